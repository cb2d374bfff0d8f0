"""Synthetic GDELT 2.0 events for tests and benchmarks, with the skew of the real thing, written in chunks.

- **Layout**: GDELT 2.0's 61 tab-separated columns, exactly (:data:`foedus.events.layouts.GDELT2_COLUMNS`), or
  foedus's own Parquet dataset (:mod:`foedus.events.dataset`), one file per month.
- **Actors**: each actor's country is drawn from a Zipf law over the states with an ISO3 code (exponent 1.1, the
  most frequent first: the United States, China, Russia, the United Kingdom...), so that actor pairs are Zipf-like;
  a tenth of the first actors and a fifth of the second are blank, as in GDELT.
- **Events**: CAMEO root codes are drawn with the shares they have in ICEWS's events of 1-2 June 2018 (the
  3,705-event sample foedus is tested on), the code uniformly among the root's codes in the CAMEO table, with the
  table's Goldstein score and GDELT's quad class of the root.
- **Volume** grows exponentially over the period (by ``growth`` times from the first day to the last), as GDELT's
  does.

Everything comes from one seeded generator: the same arguments give the same files.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.events.cameo import cameo_codes, quad_class_of_root
from foedus.events.dataset import ensure_volumes
from foedus.events.layouts import GDELT2_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ROOT_SHARES", "monthly_counts", "write_gdelt2_csv", "write_parquet_dataset"]

#: Events by CAMEO root code in ICEWS, 1-2 June 2018 (the shipped test sample): the generator's root-code shares.
ROOT_SHARES: dict[int, int] = {
    1: 610, 2: 198, 3: 476, 4: 951, 5: 277, 6: 11, 7: 26, 8: 32, 9: 27, 10: 62, 11: 255, 12: 62, 13: 33, 14: 131,
    15: 11, 16: 24, 17: 272, 18: 100, 19: 147, 20: 0,
}
_LEADING = ("USA", "CHN", "RUS", "GBR", "FRA", "IND", "DEU", "JPN", "ISR", "IRN", "UKR", "TUR", "PAK", "SYR")
_SYNTHETIC_SHA = "5e5e5e5e5e5e5e5e"


def _countries() -> list[tuple[str, int, str]]:
    from foedus.states import known_states

    states = [s for s in known_states() if s.iso3]
    order = {code: i for i, code in enumerate(_LEADING)}
    states.sort(key=lambda s: (order.get(s.iso3 or "", len(order)), s.ccode))
    return [(s.iso3 or "", s.ccode, s.name.upper()) for s in states]


def monthly_counts(rows: int, first: _dt.date, last: _dt.date, growth: float) -> list[tuple[_dt.date, int]]:
    """Return (first day of month, events) for each month, volume growing ``growth`` times over the period."""
    months = []
    day = first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day.replace(day=28) + _dt.timedelta(days=4)).replace(day=1)
    rate = math.log(growth) / max(len(months) - 1, 1)
    weights = [math.exp(rate * k) for k in range(len(months))]
    total = sum(weights)
    counts = [int(rows * w / total) for w in weights]
    counts[-1] += rows - sum(counts)
    return list(zip(months, counts, strict=True))


def _chunk(rng: object, month: _dt.date, count: int, first_id: int, last_day: _dt.date) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    assert isinstance(rng, np.random.Generator)
    countries = _countries()
    ranks = np.arange(1, len(countries) + 1, dtype=float)
    zipf = ranks**-1.1
    zipf /= zipf.sum()
    codes = cameo_codes()
    by_root: dict[int, list[tuple[str, float]]] = {}
    for code, entry in codes.items():
        if len(code) >= 3:
            by_root.setdefault(int(code[:2]), []).append((code, entry.goldstein))
    roots = np.array(sorted(ROOT_SHARES))
    shares = np.array([ROOT_SHARES[r] for r in roots], dtype=float)
    shares /= shares.sum()
    month_end = min((month.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _dt.timedelta(days=1), last_day)
    days = (month_end - month).days + 1
    picked_roots = rng.choice(roots, size=count, p=shares)
    event_code = np.empty(count, dtype=object)
    goldstein = np.empty(count, dtype=float)
    for root in np.unique(picked_roots):
        where = np.flatnonzero(picked_roots == root)
        options = by_root[int(root)]
        choice = rng.integers(0, len(options), size=len(where))
        event_code[where] = [options[c][0] for c in choice]
        goldstein[where] = [options[c][1] for c in choice]
    a1 = rng.choice(len(countries), size=count, p=zipf)
    a2 = rng.choice(len(countries), size=count, p=zipf)
    blank1 = rng.random(count) < 0.1
    blank2 = rng.random(count) < 0.2
    iso = np.array([c[0] for c in countries], dtype=object)
    ccode = np.array([c[1] for c in countries], dtype=np.int16)
    names = np.array([c[2] for c in countries], dtype=object)
    quads = np.array([quad_class_of_root(int(r)) for r in range(1, 21)], dtype=np.int8)
    frame = pd.DataFrame({
        "event_id": np.arange(first_id, first_id + count, dtype=np.int64),
        "date": pd.to_datetime(month) + pd.to_timedelta(np.sort(rng.integers(0, days, size=count)), unit="D"),
        "actor1_country": np.where(blank1, np.array(None, dtype=object), iso[a1]),
        "actor1_ccode": pd.array(np.where(blank1, 0, ccode[a1]), dtype="Int16"),
        "actor1_name": np.where(blank1, np.array(None, dtype=object), names[a1]),
        "actor2_country": np.where(blank2, np.array(None, dtype=object), iso[a2]),
        "actor2_ccode": pd.array(np.where(blank2, 0, ccode[a2]), dtype="Int16"),
        "actor2_name": np.where(blank2, np.array(None, dtype=object), names[a2]),
        "event_code": event_code,
        "root_code": picked_roots.astype(np.int8),
        "quad_class": quads[picked_roots - 1],
        "goldstein": goldstein,
        "mentions": rng.integers(1, 40, size=count).astype(np.int32),
        "tone": np.round(rng.normal(-1.5, 3.0, size=count), 6),
    })
    frame.loc[blank1, "actor1_ccode"] = pd.NA
    frame.loc[blank2, "actor2_ccode"] = pd.NA
    return frame


def _chunks(rows: int, first: _dt.date, last: _dt.date, growth: float, seed: int
            ) -> Iterator[tuple[_dt.date, pd.DataFrame]]:
    import numpy as np

    rng = np.random.default_rng(seed)
    next_id = 1_000_000_000
    for month, count in monthly_counts(rows, first, last, growth):
        if count:
            yield month, _chunk(rng, month, count, next_id, last)
            next_id += count


def _csv_select() -> str:
    """Return SQL that turns a chunk into GDELT 2.0's 61 columns (NULL where GDELT leaves a field empty)."""
    def actor(n: int) -> list[str]:
        return [f"actor{n}_country", f"actor{n}_name", f"actor{n}_country"] + ["NULL"] * 4 + [
            f"CASE WHEN actor{n}_country IS NOT NULL AND event_id % 3 = 0 THEN 'GOV' END", "NULL", "NULL"]

    def geo(n: str) -> list[str]:
        has = f"{n}_country IS NOT NULL" if n != "action" else "TRUE"
        country = f"{n}_country" if n != "action" else "coalesce(actor1_country, actor2_country, 'USA')"
        return [f"CASE WHEN {has} THEN '1' ELSE '0' END", f"CASE WHEN {has} THEN {country} END",
                f"CASE WHEN {has} THEN left({country}, 2) END", f"CASE WHEN {has} THEN left({country}, 2) END",
                "NULL", f"CASE WHEN {has} THEN '35.0' END", f"CASE WHEN {has} THEN '105.0' END",
                f"CASE WHEN {has} THEN left({country}, 2) END"]

    values = [
        "event_id::VARCHAR", "strftime(date, '%Y%m%d')", "strftime(date, '%Y%m')", "strftime(date, '%Y')",
        "printf('%.4f', year(date) + (month(date) * 30 + day(date)) / 365.0)",
        *actor(1), *actor(2),
        "(event_id % 2)::VARCHAR", "event_code", "left(event_code, 3)", "left(event_code, 2)",
        "quad_class::VARCHAR", "printf('%.1f', goldstein)", "mentions::VARCHAR", "(1 + mentions // 4)::VARCHAR",
        "mentions::VARCHAR", "tone::VARCHAR",
        *geo("actor1"), *geo("actor2"), *geo("action"),
        "strftime(date, '%Y%m%d') || '234500'", "'https://news.example.org/world/' || event_id::VARCHAR || '.html'",
    ]
    assert len(values) == len(GDELT2_COLUMNS)
    return ", ".join(f"{v} AS \"{name}\"" for v, name in zip(values, GDELT2_COLUMNS, strict=True))


def write_gdelt2_csv(path: str | Path, rows: int, *, first: _dt.date = _dt.date(2015, 3, 1),
                     last: _dt.date = _dt.date(2024, 12, 31), growth: float = 8.0, seed: int = 12) -> Path:
    """Write ``rows`` synthetic events as one GDELT 2.0 events file (tab-separated, no header); return its path."""
    import shutil
    import tempfile

    import duckdb

    target = Path(path)
    select = _csv_select()
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    try:
        with target.open("wb") as out, tempfile.TemporaryDirectory(dir=target.parent) as scratch:
            part = Path(scratch) / "chunk.tsv"
            for _month, frame in _chunks(rows, first, last, growth, seed):
                con.register("chunk", frame)
                con.execute(f"COPY (SELECT {select} FROM chunk) TO '{part}' (FORMAT csv, DELIMITER '\t', HEADER false)")
                con.unregister("chunk")
                with part.open("rb") as chunk:
                    shutil.copyfileobj(chunk, out, 1 << 20)
    finally:
        con.close()
    return target


def write_parquet_dataset(folder: str | Path, rows: int, *, first: _dt.date = _dt.date(2015, 3, 1),
                          last: _dt.date = _dt.date(2024, 12, 31), growth: float = 8.0, seed: int = 12) -> Path:
    """Write ``rows`` synthetic events straight into foedus's Parquet dataset layout (source gdelt2, one file a
    month, each with its volumes); return the folder."""
    import duckdb

    root = Path(folder)
    con = duckdb.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        for month, frame in _chunks(rows, first, last, growth, seed):
            target = root / "source=gdelt2" / f"year={month.year}" / f"month={month.month}"
            target.mkdir(parents=True, exist_ok=True)
            con.register("chunk", frame)
            con.execute(
                f"""COPY (SELECT event_id, date::DATE AS date, actor1_country, actor1_ccode, actor2_country,
                                 actor2_ccode,
                                 event_code, root_code, quad_class, goldstein, mentions,
                                 CASE WHEN actor1_country IS NOT NULL AND event_id % 3 = 0 THEN 'GOV' END
                                     AS actor1_types, NULL::VARCHAR AS actor1_group,
                                 actor1_country IS NOT NULL AS actor1_state,
                                 CASE WHEN actor2_country IS NOT NULL AND event_id % 3 = 0 THEN 'GOV' END
                                     AS actor2_types, NULL::VARCHAR AS actor2_group,
                                 actor2_country IS NOT NULL AS actor2_state,
                                 mentions AS articles, (1 + mentions // 4)::INTEGER AS sources,
                                 event_id % 2 = 1 AS is_root, tone,
                                 (date::DATE + INTERVAL 23 HOUR + INTERVAL 45 MINUTE)::TIMESTAMP AS date_added,
                                 '{_SYNTHETIC_SHA}' AS file_sha256
                          FROM chunk)
                    TO '{target / f"part-{_SYNTHETIC_SHA}-0.parquet"}' (FORMAT parquet)"""
            )
            con.unregister("chunk")
    finally:
        con.close()
    ensure_volumes(root)  # each part's volumes, as the import writes them
    return root
