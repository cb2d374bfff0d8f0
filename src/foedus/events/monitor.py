"""How two states treat each other now: counts, Goldstein scores, a cooperation index with a band, change points,
and the ledger's events, from the imported event data (``foedus monitor``, schema ``foedus.monitor/1``).

The cooperation index of a period is the dyad's net cooperation (its cooperative events, quad classes 1 and 2,
minus its conflictual ones, 3 and 4, both ways) per thousand events of the two states' volume, the geometric mean
of the number of events each state took part in with any partner that period:

    index = 1000 * (cooperation - conflict) / sqrt(volume_a * volume_b)

Normalising by the states' own volume removes the many-fold growth of news coverage (and of GDELT) over the years,
which raw counts carry. The band is a percentile bootstrap over the days of each period (Efron & Tibshirani 1993):
the days are drawn with replacement, the index recomputed, and the middle 90% of the replicates kept; the
generator is seeded, so the band is the same on every run. Change points are found in the index series, each
period weighted by its own variance with the volume as exposure (:mod:`foedus.events.changepoints`).

References
----------
Efron, B., & Tibshirani, R. J. (1993). *An Introduction to the Bootstrap*. Chapman & Hall/CRC.
Goldstein, J. S. (1992). A conflict-cooperation scale for WEIS events data. *Journal of Conflict Resolution*,
36(2), 369-385. https://doi.org/10.1177/0022002792036002007
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foedus.errors import FoedusError
from foedus.events.aggregate import (
    DAILY_COLUMNS,
    EventQuery,
    daily_table,
    dyad_sql,
    dyad_twin_sql,
    root_code_counts,
    run,
    volume_query_sql,
)
from foedus.events.cameo import QUAD_CLASSES, root_name
from foedus.events.changepoints import FALSE_ALARM_RATE, PENALTY_RULE, change_points, index_variances
from foedus.events.countries import event_codes_of
from foedus.events.dataset import commit_staged, default_events_dir, ensure_volumes, parquet_files, store_key
from foedus.events.layouts import ENGINES as EVENT_ENGINES
from foedus.events.layouts import LAYOUTS
from foedus.results.names import MONITOR_SCHEMA

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from foedus.results.monitor import MonitorModel
    from foedus.store import Store

__all__ = [
    "ACTORS",
    "ENGINES",
    "FREQUENCIES",
    "MONITOR_SCHEMA",
    "PRECEDENCE",
    "SAMPLE_SHA256",
    "SOURCES",
    "WEIGHTS",
    "MonitorResult",
    "NoEventDataError",
    "monitor",
]

FREQUENCIES = ("day", "week", "month")
#: The sources a monitor reads: every layout of the registry (:data:`foedus.events.layouts.LAYOUTS`), or all.
SOURCES = (*LAYOUTS, "all")
ENGINES = tuple(EVENT_ENGINES)
ACTORS = ("government", "all")
#: The order in which ``source="all"`` reads each day from one source only: the first whose files cover the day.
PRECEDENCE = ("gdelt2", "gdelt1", "icews")
_TITLES = {name: layout.title for name, layout in LAYOUTS.items()}
#: The sha256 of the small real samples a development checkout holds beside foedus (``../shared/data/events``):
#: data read only from them are said to be samples, not a record of relations.
SAMPLE_SHA256: dict[str, str] = {
    "e3db56dc81fcbd170c6f6c49d815f925b3c072f0f16232e9d1f4efc78f6d6aa0": "gdelt1_events_sample.tsv",
    "229bbb2ab3ef204dea7bc71af658d9e2975c6d0ea534dc711e024d076fc7703d": "gdelt2_events_sample.tsv",
    "5d63363827bc4e43e3ea3808427b8b42ea9dc230b9dbaa249286eb579b6408c8": "icews_events_2018_sample.tab",
}
WEIGHTS = ("events", "articles", "sources")
_NO_DATA = ("no event data has been imported into {where}: in a development checkout, try the small samples beside "
            "it (`foedus import events icews ../shared/data/events/icews_events_2018_sample.tab`); import your own "
            "files with `foedus import events gdelt2 FILES` (or gdelt1, icews), or fetch a day of GDELT with "
            "`foedus download gdelt --from 2017-07-01 --to 2017-07-01` (a longer window is a longer download)")


class NoEventDataError(FoedusError):
    """The store has no event data to monitor; the message says which command imports some."""


@dataclass
class MonitorResult:
    """The relations of two states over a window, period by period (see the module's notes)."""

    pair: list[dict[str, Any]]
    first: _dt.date
    last: _dt.date
    frequency: str
    sources: list[str]
    engine: str
    periods: list[dict[str, Any]]
    root_codes: list[dict[str, Any]]
    change_points: list[dict[str, Any]]
    ledger_events: list[dict[str, Any]]
    method: dict[str, Any]
    files: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    data: list[dict[str, Any]] = field(default_factory=list)
    """What was read, by source: its days (``from``, ``to``), files and events stored, the days read from it
    (``read``: one source a day where sources overlap), and whether its files are the development samples."""

    @property
    def totals(self) -> dict[str, int]:
        """Return the dyad's events in the window: each way and both ways."""
        return {way: sum(p["counts"][way]["total"] for p in self.periods) for way in ("a_to_b", "b_to_a", "both")}

    def to_model(self) -> MonitorModel:
        """Return the result as its result model (:class:`foedus.results.monitor.MonitorModel`)."""
        from foedus.results.monitor import MonitorModel

        return MonitorModel.model_validate({
            "schema": MONITOR_SCHEMA, "pair": self.pair, "from": self.first.isoformat(), "to": self.last.isoformat(),
            "frequency": self.frequency, "sources": self.sources, "engine": self.engine, "totals": self.totals,
            "periods": self.periods, "root_codes": self.root_codes, "change_points": self.change_points,
            "ledger_events": self.ledger_events, "method": self.method, "files": self.files, "notes": self.notes,
            "data": self.data,
        })

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data in the ``foedus.monitor/1`` schema (:meth:`to_model`)."""
        return self.to_model().model_dump(by_alias=True)


# --- periods -------------------------------------------------------------------------------------------------------
def period_start(day: _dt.date, frequency: str) -> _dt.date:
    """Return the first day of the period holding ``day``: itself, the Monday of its ISO week, or the 1st."""
    if frequency == "day":
        return day
    if frequency == "week":
        return day - _dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _period_end(start: _dt.date, frequency: str) -> _dt.date:
    if frequency == "day":
        return start
    if frequency == "week":
        return start + _dt.timedelta(days=6)
    following = (start.replace(day=28) + _dt.timedelta(days=4)).replace(day=1)
    return following - _dt.timedelta(days=1)


def _index(coop: Any, conflict: Any, volume_a: Any, volume_b: Any) -> Any:
    """Return the cooperation index (NaN where a state has no events): works on numbers and numpy arrays."""
    import numpy as np

    with np.errstate(divide="ignore", invalid="ignore"):
        value = 1000.0 * (np.asarray(coop, float) - conflict) / np.sqrt(np.asarray(volume_a, float) * volume_b)
        return np.where(np.asarray(volume_a) * np.asarray(volume_b) > 0, value, np.nan)


def _rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None or not math.isfinite(value) else round(float(value), digits)


# --- the monitor ---------------------------------------------------------------------------------------------------
def monitor(
    store: Store,
    a: str | int,
    b: str | int,
    *,
    start: _dt.date | str | None = None,
    end: _dt.date | str | None = None,
    frequency: str = "week",
    source: str = "all",
    engine: str = "duckdb",
    actors: str = "government",
    weight: str = "events",
    as_added: _dt.date | str | None = None,
    spark_master: str | None = None,
    events_dir: str | Path | None = None,
    replicates: int = 999,
    seed: int = 20230321,
    top: int = 5,
) -> MonitorResult:
    """Return how states ``a`` and ``b`` treated each other from ``start`` to ``end``, period by period.

    Parameters
    ----------
    start, end : date or ISO text, optional
        The window (both days included); by default from the first to the last day with an event of either
        state (the ``data`` of the result says the days each source covers).
    frequency : {"day", "week", "month"}
        The periods (weeks are ISO weeks, from Monday).
    source : {"gdelt1", "gdelt2", "icews", "all"}
        Which imported data to read; ``all`` reads each day from one source only, the first of
        :data:`PRECEDENCE` whose recorded files cover it, so that sources covering the same days (GDELT 1.0 and 2.0
        from 2015) are never pooled (a note says which days came from which source). A dataset whose files this
        store has not recorded is read whole.
    engine : {"duckdb", "spark"}
        Where the aggregation runs (the same SQL either way); ``spark_master`` is the Spark master URL.
    events_dir : str or Path, optional
        The Parquet dataset (default: the store's, ``<store>-events``); may be ``s3a://...`` with Spark.
    replicates, seed : int
        Bootstrap replicates for the index's 90% band, and the seed of their generator.

    Raises
    ------
    NoEventDataError
        If no event data has been imported (the message says what to run).
    """
    import numpy as np

    from foedus.history import pair_events
    from foedus.states import resolve_state

    _check_choice(frequency, FREQUENCIES, "frequency")
    _check_choice(source, SOURCES, "source")
    _check_choice(engine, ENGINES, "engine")
    _check_choice(actors, ACTORS, "actors")
    _check_choice(weight, WEIGHTS, "weight")
    added = _as_date(as_added, "as-added")
    first = _as_date(start, "from")
    last = _as_date(end, "to")
    if first and last and first > last:
        raise FoedusError(f"--from {first} is after --to {last}: give the earlier date first")
    state_a, state_b = resolve_state(a, on=first), resolve_state(b, on=first)
    if state_a.ccode == state_b.ccode:
        raise FoedusError(f"{a!r} and {b!r} are the same state ({state_a.ccode}): name two states")
    location = str(events_dir) if events_dir is not None else str(default_events_dir(store.path))
    if "://" not in location:
        _finish_recorded_imports(store, Path(location))
    if "://" not in location and not parquet_files(Path(location)):
        raise NoEventDataError(_NO_DATA.format(where=location))
    sources = tuple(LAYOUTS) if source == "all" else (source,)
    window = (first or _dt.date(1, 1, 1), last or _dt.date(9999, 12, 31))
    notes: list[str] = []
    also: list[tuple[int, ...]] = []
    for state in (state_a, state_b):
        codes = event_codes_of(state.ccode, *window)
        also.append(tuple(code for code, *_ in codes if code != state.ccode))
        if len(codes) > 1:
            listed = "; ".join(f"{code} {_span(start, end)}" for code, start, end in codes)
            notes.append(f"{state.name}: the event data code it under more than one COW code in the window "
                         f"({listed}); its events under each count as its")
    coverage = _coverage(store, sources)
    spans = _one_source_a_day(coverage, *window) if source == "all" else ()
    if source == "all" and _overlapping(coverage, *window):
        notes.append(_overlap_note(coverage, spans))
    query = EventQuery(state_a.ccode, state_b.ccode, *window, () if source == "all" else sources,
                       also_a=also[0], also_b=also[1], actors=actors, weight=weight, as_added=added, spans=spans)
    notes.extend(_actor_notes(actors, weight, added, sources))
    if "://" not in location:
        try:
            ensure_volumes(Path(location))  # a dataset copied in by hand has no volumes yet
        except FoedusError as exc:
            notes.append(f"{exc}; they were counted from the events instead")
    queries = [dyad_sql(query), volume_query_sql(query)]
    where = query.added_by()
    results = run(engine, location, queries, events_where=where, spark_master=spark_master,
                  from_twins=None if where else [dyad_twin_sql(query), volume_query_sql(query)])
    dyad, volumes = results.groups
    if results.volumes_from_events and not where and not [n for n in notes if n.startswith("cannot write")]:
        notes.append("the dataset's volume files do not match its event files one to one (a partial copy, or an "
                     "import moving files in), so the volumes were counted from the events")
    days, daily = daily_table(dyad, volumes)
    if not len(days):
        held = [c for c in coverage if c["events"]]
        where = (f"; the data read run from {min(c['from'] for c in held)} to {max(c['to'] for c in held)}"
                 if held else "")
        notes.append(f"the data holds no event of either state in the window{where}")
    window_first = first or (days[0].item() if len(days) else None)
    window_last = last or (days[-1].item() if len(days) else None)
    if window_first is None or window_last is None:
        raise NoEventDataError(f"the event data in {location} holds no event of {state_a.name} or {state_b.name}; "
                               "import more, or pass --from and --to")
    if frequency == "day":
        notes.append("with daily periods the band has a single day to resample, so it is the index itself; "
                     "use --freq week or month for a band")
    rng = np.random.default_rng(seed)
    periods = _periods(days, daily, window_first, window_last, frequency, replicates, rng)
    defined = [i for i, p in enumerate(periods) if p["index"]["value"] is not None]
    found: list[dict[str, Any]] = []
    penalty = math.inf
    if len(defined) >= 4:
        chosen = [periods[i] for i in defined]
        coop = np.array([p["counts"]["both"]["q1"] + p["counts"]["both"]["q2"] for p in chosen], dtype=float)
        conflict = np.array([p["counts"]["both"]["q3"] + p["counts"]["both"]["q4"] for p in chosen], dtype=float)
        exposure = np.sqrt(np.array([float(p["volume"]["a"]) * p["volume"]["b"] for p in chosen])) / 1000.0
        signal = (coop - conflict) / exposure  # the index, unrounded
        points, penalty = change_points(signal, index_variances(coop, conflict, exposure),
                                        replicates=max(99, min(replicates, 999)), seed=seed)
        for point in points:
            found.append({
                "date": periods[defined[point.index]]["start"],
                "low": periods[defined[point.low]]["start"], "high": periods[defined[point.high]]["start"],
                "support": round(point.support, 3), "mean_before": _rounded(point.mean_before),
                "mean_after": _rounded(point.mean_after),
            })
    else:
        notes.append("change points need the index in at least 4 periods")
    ranked = sorted(root_code_counts(dyad).items(), key=lambda item: (-sum(item[1]), item[0]))
    roots = [
        {"code": f"{code:02d}", "name": root_name(f"{code:02d}"), "a_to_b": ab, "b_to_a": ba, "both": ab + ba}
        for code, (ab, ba) in ranked
    ]
    ledger_events = [
        {"id": e.id, "ledger": e.ledger, "date": e.date, "kind": e.kind, "description": e.description,
         "treaty": e.treaty, "period": period_start(_day_of(e.date), frequency).isoformat()}
        for e in pair_events(store, state_a.ccode, state_b.ccode, since=window_first.year, until=window_last.year)
        if window_first <= _day_of(e.date) <= window_last
    ]
    return MonitorResult(
        pair=[{"ccode": s.ccode, "name": s.name} for s in (state_a, state_b)],
        first=window_first, last=window_last, frequency=frequency, engine=engine,
        sources=_in_precedence({name for name, *_ in spans}) if spans else list(sources),
        periods=periods, root_codes=roots[:top], change_points=found, ledger_events=ledger_events,
        method={
            "index": "1000 * (quad 1+2 - quad 3+4 events, both ways) / sqrt(events of A * events of B)",
            "band": {"level": 0.9, "replicates": replicates, "seed": seed, "resampled": "days within each period"},
            "change_points": {"method": "PELT (ruptures), least squares weighted by each period's variance under "
                                        "a quasi-Poisson model with the volume as exposure, plus a variance that "
                                        "does not shrink with volume; support by parametric bootstrap",
                              "penalty_rule": PENALTY_RULE, "false_alarm_rate": FALSE_ALARM_RATE,
                              "penalty": _rounded(penalty, 6),
                              "replicates": max(99, min(replicates, 999)) if found else 0},
            "quad_classes": {str(k): v for k, v in QUAD_CLASSES.items()},
            "actors": actors, "weight": weight, "as_added": added.isoformat() if added else None,
        },
        files=_files(store, sources, window_first, window_last),
        notes=notes,
        data=[{key: value for key, value in c.items() if key != "intervals"}
              | {"read": [[a.isoformat(), b.isoformat()] for name, a, b in spans if name == c["source"]]
                 if spans else [[c["from"], c["to"]]]}
              for c in coverage],
    )


def _coverage(store: Store, sources: tuple[str, ...]) -> list[dict[str, Any]]:
    """Return, for each source in ``sources`` with event files this store recorded (as :func:`_files` reads them), its
    days (first and last), the days its files cover (``intervals``, merged), its files and events, and whether they
    are all the development samples (:data:`SAMPLE_SHA256`)."""
    if not store.has_table("event_files"):
        return []
    rows = store.query(
        """SELECT e.source, e.first_date, e.last_date, i.rows_stored, i.sha256
           FROM imported_files i JOIN event_files e USING (sha256)
           WHERE list_contains(?, e.source) AND e.first_date IS NOT NULL
           ORDER BY e.source, e.first_date""",
        [list(sources)],
    )
    found: list[dict[str, Any]] = []
    for name in _in_precedence(sources):
        mine = [r for r in rows if r["source"] == name]
        if not mine:
            continue
        intervals: list[tuple[_dt.date, _dt.date]] = []
        for r in sorted(mine, key=lambda r: r["first_date"]):
            if intervals and r["first_date"] <= intervals[-1][1] + _dt.timedelta(days=1):
                intervals[-1] = (intervals[-1][0], max(intervals[-1][1], r["last_date"]))
            else:
                intervals.append((r["first_date"], r["last_date"]))
        found.append({
            "source": name, "title": _TITLES[name], "from": intervals[0][0].isoformat(),
            "to": max(b for _, b in intervals).isoformat(), "files": len(mine),
            "events": sum(int(r["rows_stored"]) for r in mine),
            "samples": all(r["sha256"] in SAMPLE_SHA256 for r in mine), "intervals": intervals,
        })
    return found


def _in_precedence(sources: set[str] | tuple[str, ...]) -> list[str]:
    """Return ``sources`` in the order of :data:`PRECEDENCE`, any source it does not name (a layout added to the
    registry) after them."""
    order = [*PRECEDENCE, *(name for name in LAYOUTS if name not in PRECEDENCE)]
    return [name for name in order if name in sources]


def _one_source_a_day(coverage: list[dict[str, Any]], first: _dt.date, last: _dt.date
                      ) -> tuple[tuple[str, _dt.date, _dt.date], ...]:
    """Return the (source, first day, last day) to read so that each day of the window comes from one source only,
    the first of :data:`PRECEDENCE` whose files cover it; empty when no file is recorded (every source is read)."""
    taken: list[tuple[_dt.date, _dt.date]] = []
    spans: list[tuple[str, _dt.date, _dt.date]] = []
    for entry in coverage:  # in the order of PRECEDENCE
        for start, end in entry["intervals"]:
            pieces = [(max(start, first), min(end, last))]
            for low, high in taken:
                pieces = [piece for a, b in pieces for piece in
                          ((a, min(b, low - _dt.timedelta(days=1))), (max(a, high + _dt.timedelta(days=1)), b))
                          if piece[0] <= piece[1]]
            spans.extend((entry["source"], a, b) for a, b in pieces if a <= b)
            taken.append((start, end))
    return tuple(sorted(spans, key=lambda s: s[1]))


def _overlapping(coverage: list[dict[str, Any]], first: _dt.date, last: _dt.date) -> bool:
    """Return whether two sources' files cover a day of the window both."""
    days = [(max(a, first), min(b, last)) for c in coverage for a, b in c["intervals"]]
    days = sorted((a, b) for a, b in days if a <= b)
    reached: _dt.date | None = None
    for start, end in days:
        if reached is not None and start <= reached:
            return True
        reached = end if reached is None else max(reached, end)
    return False


def _overlap_note(coverage: list[dict[str, Any]], spans: tuple[tuple[str, _dt.date, _dt.date], ...]) -> str:
    """Return the note that says which source each stretch of days was read from, where sources overlap."""
    read = ", ".join(f"{_TITLES[name]} {a} to {b}" for name, a, b in spans)
    return (f"the sources cover some days twice, so each day is read from one source only "
            f"({', '.join(_TITLES[s] for s in PRECEDENCE)}, in that order; --source picks one): {read}")


def _actor_notes(actors: str, weight: str, added: _dt.date | None, sources: tuple[str, ...]) -> list[str]:
    """Return the notes that say whose events are counted, and how."""
    notes = []
    if actors == "government":
        notes.append("actors: state actors only (the default): governments, militaries, legislatures, courts, "
                     "police and intelligence services, or the country itself; --actors all counts every actor "
                     "of the two countries (firms, parties, rebels, citizens)")
    if weight != "events":
        notes.append(f"each event weighs its number of {weight}, in the counts, the Goldstein sums and the volumes"
                     + ("; ICEWS gives none, so its events weigh 0" if "icews" in sources else ""))
    if added is not None:
        notes.append(f"as the data stood on {added}: events GDELT added later are left out, and so are ICEWS's, "
                     "which carry no date added; the volumes were counted from the events")
    return notes


def _span(start: _dt.date, end: _dt.date) -> str:
    early, late = start == _dt.date(1, 1, 1), end == _dt.date(9999, 12, 31)
    if early and late:
        return "throughout"
    if early:
        return f"to {end}"
    return f"from {start}" if late else f"from {start} to {end}"


def _finish_recorded_imports(store: Store, events_dir: Path) -> None:
    """Rename into place the files of this store's imports that were recorded but not yet renamed (an import that
    stopped between the two); files of unrecorded imports stay hidden (:mod:`foedus.events.dataset`)."""
    if not store.has_table("imported_files"):
        return
    recorded = {r["sha256"][:16] for r in store.query("SELECT sha256 FROM imported_files WHERE dataset = 'events'")}
    try:
        commit_staged(events_dir, store_key(store.path), recorded)
    except OSError as exc:
        raise FoedusError(f"cannot rename the recorded event files into {events_dir}: {exc}") from None


def _check_choice(value: str, allowed: tuple[str, ...], name: str) -> None:
    if value not in allowed:
        raise FoedusError(f"unknown {name} {value!r}; use one of: {', '.join(allowed)}")


def _as_date(value: _dt.date | str | None, name: str) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise FoedusError(f"--{name} must be a day such as 2022-01-01, not {value!r}") from None


def _day_of(text: str) -> _dt.date:
    """Return the first day of a ledger date at its own precision (1950, 1950-02 or 1950-02-14)."""
    from foedus.dates import PartialDate

    return PartialDate.parse(text).earliest()


def _period_starts(days: npt.NDArray[np.datetime64], frequency: str) -> npt.NDArray[np.datetime64]:
    """Return :func:`period_start` of each of ``days`` (``datetime64[D]``), at once."""
    import numpy as np

    if frequency == "day":
        return days
    if frequency == "week":  # 1970-01-01, day 0, was a Thursday: weekday 3, Monday being 0
        return days - (days.astype(np.int64) + 3) % 7
    return days.astype("datetime64[M]").astype("datetime64[D]")


def _periods(
    days: npt.NDArray[np.datetime64], table: npt.NDArray[np.float64], first: _dt.date, last: _dt.date,
    frequency: str, replicates: int, rng: np.random.Generator,
) -> list[dict[str, Any]]:
    """Return the periods of the window with their figures and the index's bootstrap band, from the daily figures
    (:func:`foedus.events.aggregate.daily_table`: ``days`` and their ``table``).

    The band resamples the days of each period; periods of the same number of days are resampled together, one
    array operation for all of them."""
    import warnings

    import numpy as np

    columns = DAILY_COLUMNS[1:]
    calendar = np.arange(np.datetime64(first, "D"), np.datetime64(last, "D") + 1)  # every day of the window
    grid = np.zeros((len(calendar), len(columns)))
    at = (days - np.datetime64(first, "D")).astype(np.int64)
    inside = (at >= 0) & (at < len(calendar))
    grid[at[inside]] = table[inside]
    starts = _period_starts(calendar, frequency)
    bounds = [*np.flatnonzero(np.r_[True, starts[1:] != starts[:-1]]).tolist(), len(calendar)]
    tables = [grid[lo:hi] for lo, hi in itertools.pairwise(bounds)]
    bands = np.full((len(tables), 2), np.nan)
    by_length: dict[int, list[int]] = {}
    for k, period in enumerate(tables):
        by_length.setdefault(len(period), []).append(k)
    for length, members in by_length.items():
        stacked = np.stack([tables[k] for k in members])  # periods x days x columns
        series = np.stack([stacked[:, :, [0, 1, 4, 5]].sum(axis=2), stacked[:, :, [2, 3, 6, 7]].sum(axis=2),
                           stacked[:, :, 10], stacked[:, :, 11]], axis=2)  # periods x days x (coop, conflict, a, b)
        picks = rng.integers(0, length, size=(len(members), replicates, length))
        # how often each replicate drew each day, then one product for the four sums: the figures are counts
        # (whole numbers), so the sums are exact whichever the order
        times = np.bincount((np.arange(len(members) * replicates)[:, None] * length
                             + picks.reshape(-1, length)).ravel(),
                            minlength=len(members) * replicates * length).reshape(len(members), replicates, length)
        drawn = np.matmul(times.astype(float), series)  # periods x replicates x 4
        sampled = _index(drawn[:, :, 0], drawn[:, :, 1], drawn[:, :, 2], drawn[:, :, 3])
        whole = np.isfinite(sampled).all(axis=1)  # most periods: a quantile of all their replicates at once
        rows = np.asarray(members)
        if whole.any():
            bands[rows[whole]] = np.quantile(sampled[whole], [0.05, 0.95], axis=1).T
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # a period with no finite replicate: no band
            for row in np.flatnonzero(~whole).tolist():
                bands[rows[row]] = np.nanquantile(sampled[row], [0.05, 0.95])
    totals = np.array([period.sum(axis=0) for period in tables]).reshape(len(tables), len(columns))
    coop = totals[:, 0] + totals[:, 1] + totals[:, 4] + totals[:, 5]
    conflict = totals[:, 2] + totals[:, 3] + totals[:, 6] + totals[:, 7]
    points = _index(coop, conflict, totals[:, 10], totals[:, 11])
    bands[~np.isfinite(points)] = np.nan
    periods = []
    for k, (summed, point, (low, high)) in enumerate(zip(totals.tolist(), points.tolist(), bands.tolist(),
                                                         strict=True)):
        start = starts[bounds[k]].item()
        periods.append(_period_record(start, _period_end(start, frequency), dict(zip(columns, summed, strict=True)),
                                      point, low, high))
    return periods


def _period_record(start: _dt.date, end: _dt.date, total: dict[str, Any], point: float, low: float,
                   high: float) -> dict[str, Any]:
    def way(prefix: str) -> dict[str, int]:
        quads = {f"q{q}": int(total[f"{prefix}_q{q}"]) for q in range(1, 5)}
        return {**quads, "total": sum(quads.values())}

    ab, ba = way("ab"), way("ba")
    both = {k: ab[k] + ba[k] for k in ab}

    def goldstein(total_sum: float, n: int) -> dict[str, float | None]:
        return {"sum": round(float(total_sum), 4), "mean": _rounded(total_sum / n) if n else None}

    return {
        "start": start.isoformat(), "end": end.isoformat(),
        "counts": {"a_to_b": ab, "b_to_a": ba, "both": both},
        "goldstein": {"a_to_b": goldstein(total["ab_goldstein"], ab["total"]),
                      "b_to_a": goldstein(total["ba_goldstein"], ba["total"]),
                      "both": goldstein(total["ab_goldstein"] + total["ba_goldstein"], both["total"])},
        "volume": {"a": int(total["volume_a"]), "b": int(total["volume_b"])},
        "index": {"value": _rounded(point), "low": _rounded(low), "high": _rounded(high)},
    }


def _files(store: Store, sources: tuple[str, ...], first: _dt.date, last: _dt.date) -> list[dict[str, Any]]:
    if not store.has_table("event_files"):
        return []
    rows = store.query(
        """SELECT i.name, i.sha256, e.source, e.first_date, e.last_date, i.rows_stored
           FROM imported_files i JOIN event_files e USING (sha256)
           WHERE list_contains(?, e.source) AND e.first_date <= ? AND e.last_date >= ?
           ORDER BY e.source, e.first_date, i.name""",
        [list(sources), last, first],
    )
    return [{"name": r["name"], "sha256": r["sha256"], "source": r["source"], "from": r["first_date"].isoformat(),
             "to": r["last_date"].isoformat(), "events": int(r["rows_stored"])} for r in rows]
