"""Actors' countries in event data, mapped to COW state codes by period through foedus's states tables.

GDELT codes an actor's country with a CAMEO country code, which is the ISO 3166 alpha-3 code for most states; ICEWS
names the country. Both are mapped to the COW code of the state that the code or name denoted on the event's date:
``DEU`` is the German Federal Republic (260) until 2 October 1990 and Germany (255) from the 3rd. The tables are
foedus's own (``foedus/data/states.csv``: ISO3 and the period each state existed; ``state_names.csv``: names and
the periods they apply to) with the few codes and names below that differ between the event data and ISO or foedus.
A code or name with no state on the event's date (a region such as ``AFR``, a territory such as ``HKG``) stays
unmapped, and is counted.

CAMEO codes a domestic actor's country with "the United Nations list of standard three-letter country codes"
(Schrodt 2012, section 3.1.1), ISO 3166-1 alpha-3; a state that ended before ISO 3166-3 took its code out (the GDR,
South Yemen) keeps the alpha-3 code it had until then (``DDR``, ``YMD`` in ISO 3166-3).

References
----------
Schrodt, P. A. (2012). *CAMEO: Conflict and Mediation Event Observations. Event and Actor Codebook*, version
1.1b3. Pennsylvania State University. http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf
ISO 3166-3:2020. *Codes for the representation of names of countries and their subdivisions — Part 3: Code for
formerly used names of countries*. International Organization for Standardization.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import string
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from foedus.dates import PartialDate
from foedus.states import _tables

if TYPE_CHECKING:
    import duckdb

__all__ = [
    "CODE_PERIODS",
    "NAME_ALIASES",
    "NAME_KEY_SQL",
    "CountryPeriod",
    "country_lookup_sql",
    "country_periods",
    "event_codes_of",
    "quote_sql",
]

_FIRST = _dt.date(1, 1, 1)
_LAST = _dt.date(9999, 12, 31)

#: CAMEO codes whose state changes with the period, or that are not the state's ISO3 code: (code, ccode, first day,
#: last day, why). They replace what the ISO3 column of the states table says for the code.
CODE_PERIODS: tuple[tuple[str, int, str | None, str | None, str], ...] = (
    ("DEU", 255, None, "1949-05-22", "Germany before the division"),
    ("DEU", 260, "1949-05-23", "1990-10-02", "the German Federal Republic until reunification"),
    ("DEU", 255, "1990-10-03", None, "Germany after reunification"),
    ("CZE", 315, None, "1992-12-31", "Czechoslovakia until its dissolution"),
    ("CZE", 316, "1993-01-01", None, "the Czech Republic"),
    ("YEM", 678, None, "1990-05-21", "the Yemen Arab Republic until unification"),
    ("YEM", 679, "1990-05-22", None, "Yemen after unification"),
    ("ROM", 360, None, None, "CAMEO's code for Romania (ISO's until 2002)"),
    ("KSV", 347, "2008-02-17", None, "CAMEO's code for Kosovo (ISO has none; COW 347 from independence)"),
    ("DDR", 265, "1949-10-07", "1990-10-02", "the German Democratic Republic: ISO 3166's alpha-3 code until 1990 "
     "(ISO 3166-3, DDDE), which CAMEO's UN three-letter codes follow"),
    ("YMD", 680, "1967-11-30", "1990-05-21", "South Yemen (Democratic Yemen): ISO 3166's alpha-3 code until 1990 "
     "(ISO 3166-3, YDYE), which CAMEO's UN three-letter codes follow"),
)

#: Country names in ICEWS that foedus's name tables do not hold, with the COW code they denote.
NAME_ALIASES: dict[str, int] = {
    "Democratic Republic of Congo": 490,
    "Moldova, Republic of": 359,
    "Swaziland": 572,
}

#: SQL that turns a country name (``{x}``) into the key the name map uses: lower case, no accents or punctuation.
NAME_KEY_SQL = (
    "regexp_replace(trim(regexp_replace(replace(replace(lower(strip_accents({x})), '''', ''), '&', ' and '), "
    "'[^0-9a-z]+', ' ', 'g')), '^the ', '')"
)


@dataclass(frozen=True)
class CountryPeriod:
    """A code or name that denotes state ``ccode`` from ``first`` to ``last`` (both inclusive)."""

    key: str
    ccode: int
    first: _dt.date
    last: _dt.date


def _bounds(start: PartialDate | str | None, end: PartialDate | str | None) -> tuple[_dt.date, _dt.date]:
    if isinstance(start, str):
        start = PartialDate.parse(start)
    if isinstance(end, str):
        end = PartialDate.parse(end)
    return (start.earliest() if start else _FIRST), (end.latest() if end else _LAST)


def _without_overlaps(rows: list[CountryPeriod]) -> list[CountryPeriod]:
    """Drop the keys that denote two states on the same day: an event coded so cannot be placed."""
    by_key: dict[str, list[CountryPeriod]] = {}
    for row in rows:
        by_key.setdefault(row.key, []).append(row)
    kept: list[CountryPeriod] = []
    for periods in by_key.values():
        unique = sorted(set(periods), key=lambda p: (p.first, p.ccode))
        clash = any(a.last >= b.first and a.ccode != b.ccode for a, b in itertools.pairwise(unique))
        if not clash:
            kept.extend(unique)
    return kept


@cache
def country_periods(kind: str) -> tuple[CountryPeriod, ...]:
    """Return the periods of every country code (``kind="code"``) or name (``kind="name"``, keys still to be
    normalised with :data:`NAME_KEY_SQL`), with no key denoting two states on one day."""
    states, names = _tables()
    rows: list[CountryPeriod] = []
    if kind == "code":
        overridden = {code for code, *_ in CODE_PERIODS}
        for state in states.values():
            if state.iso3 and state.iso3 not in overridden:
                rows.append(CountryPeriod(state.iso3, state.ccode, *_bounds(state.exists_from, state.exists_to)))
        for code, ccode, first, last, _why in CODE_PERIODS:
            rows.append(CountryPeriod(code, ccode, *_bounds(first, last)))
    elif kind == "name":
        for entry in names:
            rows.append(CountryPeriod(entry.name, entry.ccode, *_bounds(entry.start, entry.end)))
        for name, ccode in NAME_ALIASES.items():
            state = states[ccode]
            rows.append(CountryPeriod(name, ccode, *_bounds(state.exists_from, state.exists_to)))
    else:
        raise ValueError(f"kind is 'code' or 'name', not {kind!r}")
    return tuple(rows) if kind == "name" else tuple(_without_overlaps(rows))


def event_codes_of(ccode: int, first: _dt.date, last: _dt.date) -> list[tuple[int, _dt.date, _dt.date]]:
    """Return the COW codes under which the event data code the state ``ccode`` from ``first`` to ``last``, each
    with the days it applies: every code that a CAMEO country code of the state maps to in the window. Germany
    over 1985-1995 is (260, to 2 October 1990) and (255, from the 3rd): ``DEU`` denotes both in turn."""
    periods = country_periods("code")
    keys = {p.key for p in periods if p.ccode == ccode}
    found: dict[int, tuple[_dt.date, _dt.date]] = {}
    for p in periods:
        if p.key in keys and p.first <= last and p.last >= first:
            start, end = max(p.first, first), min(p.last, last)
            low, high = found.get(p.ccode, (start, end))
            found[p.ccode] = (min(low, start), max(high, end))
    if ccode not in found:
        found[ccode] = (first, last)
    return sorted(((code, *span) for code, span in found.items()), key=lambda row: row[1])


def country_lookup_sql(con: duckdb.DuckDBPyConnection, kind: str) -> str:
    """Make the ENUM type ``country_key`` in ``con`` and return SQL that maps an actor's country (``{column}``) on
    the event's date (``{date}``) to a COW code.

    The codes or names become an ENUM type, so that the lookup is a cast and an index into constant lists of
    each key's periods (at most a few), never a join: a join would carry every column of every row through it.
    No key denotes two states on one day (:func:`_merge_periods`).
    """
    rows = country_periods(kind)
    con.execute("CREATE OR REPLACE TEMP TABLE raw_map (key VARCHAR, ccode SMALLINT, first DATE, last DATE)")
    con.executemany("INSERT INTO raw_map VALUES (?, ?, ?, ?)", [[r.key, r.ccode, r.first, r.last] for r in rows])
    key = NAME_KEY_SQL.format(x="key") if kind == "name" else "key"
    normalised = con.execute(f"SELECT {key}, ccode, first, last FROM raw_map").fetchall()
    merged = _merge_periods([CountryPeriod(k, int(c), f, la) for k, c, f, la in normalised if k])
    by_key: dict[str, list[CountryPeriod]] = {}
    for period in merged:
        by_key.setdefault(period.key, []).append(period)
    keys = sorted(by_key)
    con.execute("CREATE TYPE country_key AS ENUM (" + ", ".join(quote_sql(k) for k in keys + _other_codes(kind, keys))
                + ")")
    width = max((len(v) for v in by_key.values()), default=1)

    def column(k: int, what: str) -> str:
        if what == "ccode":
            values = [str(by_key[key][k].ccode) if k < len(by_key[key]) else "NULL" for key in keys]
            return f"([{', '.join(values)}]::SMALLINT[])"
        values = [f"'{getattr(by_key[key][k], what).isoformat()}'" if k < len(by_key[key]) else "NULL"
                  for key in keys]
        return f"([{', '.join(values)}]::DATE[])"

    index = "(enum_code(TRY_CAST({column} AS country_key)) + 1)"
    cases = " ".join(f"WHEN {{date}} BETWEEN {column(k, 'first')}[{index}] AND {column(k, 'last')}[{index}] "
                     f"THEN {column(k, 'ccode')}[{index}]" for k in range(width))
    lookup = index.replace("{column}", NAME_KEY_SQL.format(x="{column}") if kind == "name" else "{column}")
    return f"CASE {cases.replace(index, lookup)} END"


def _other_codes(kind: str, keys: list[str]) -> list[str]:
    """Return every other three-letter code (AAA to ZZZ), for codes: they follow the keys in the ENUM, past the end
    of the lists, so a region's code (``AFR``, ``EUR``) maps to nothing by a cast that succeeds. A cast that fails
    costs DuckDB some microseconds a row: a GDELT file with a region's code for 4.7% of its actors imported 35%
    slower."""
    if kind != "code":
        return []
    known = set(keys)
    return [c for c in map("".join, itertools.product(string.ascii_uppercase, repeat=3)) if c not in known]


def quote_sql(text: str) -> str:
    """Return ``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _merge_periods(rows: list[CountryPeriod]) -> list[CountryPeriod]:
    """Join the overlapping periods of a key and state; drop a key that denotes two states on one day."""
    by_key: dict[str, dict[int, list[CountryPeriod]]] = {}
    for row in rows:
        by_key.setdefault(row.key, {}).setdefault(row.ccode, []).append(row)
    kept: list[CountryPeriod] = []
    for key, by_state in by_key.items():
        spans: list[CountryPeriod] = []
        for ccode, periods in by_state.items():
            periods.sort(key=lambda p: p.first)
            current = periods[0]
            for p in periods[1:]:
                if (p.first - current.last).days <= 1:
                    current = CountryPeriod(key, ccode, current.first, max(current.last, p.last))
                else:
                    spans.append(current)
                    current = p
            spans.append(current)
        spans.sort(key=lambda p: p.first)
        if all(a.last < b.first for a, b in itertools.pairwise(spans)):
            kept.extend(spans)
    return kept
