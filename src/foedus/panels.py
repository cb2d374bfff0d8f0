"""State-year and dyad-year panels from the imported state systems, and the sources merged into them.

peacesciencer's verbs (``create_stateyears``, ``create_dyadyears``, ``add_atop_alliance``, ``add_cow_majors``),
done with explicit years, one code path for every state system, day-precise state spells (a pair alive in the
same year but never on the same day is a false dyad, and is left out), and every result carrying the files,
versions and sha256 it was built from. Panels are built in DuckDB; merged columns are placed by position.

Rows are ordered by year, then code (then the second code). Merged flags are nullable integers (0/1): missing
(``<NA>``) in the years the merged data does not cover, never 0.

References
----------
Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
Correlates of War Project (2017). State System Membership List, v2016. https://correlatesofwar.org
Gleditsch, K. S., & Ward, M. D. (1999). A revised list of independent states since the Congress of Vienna.
*International Interactions*, 25(4), 393-413. https://doi.org/10.1080/03050629908434958
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import threading
import warnings
import weakref
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from foedus.errors import FoedusError, PanelError
from foedus.panel_files import write_panel
from foedus.results.names import PANEL_SCHEMA

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    import polars as pl
    import pyarrow as pa  # type: ignore[import-untyped]

    from foedus.store import Store

__all__ = [
    "ALLIANCE_COLUMNS",
    "MissingDependencyError",
    "Panel",
    "PanelError",
    "UnplacedPledgesWarning",
    "dyad_years",
    "panel_sources",
    "state_years",
    "with_alliances",
    "with_majors",
]

Unit = Literal["state-year", "dyad-year"]

#: The columns :func:`with_alliances` adds: ATOP's five obligations, and whether any of them holds.
ALLIANCE_COLUMNS: tuple[str, ...] = (
    "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul", "atop_any",
)

_CODE_COLUMN = {"cow": "ccode", "gw": "gwcode"}
_SYSTEM_NAME = {"cow": "Correlates of War", "gw": "Gleditsch-Ward"}
_SYSTEM_HINT = {
    "cow": "FILE: COW's states2016.csv; or run `foedus download cow-states`",
    "gw": "FILE: G-W's iisystem.dat; or run `foedus download gw`",
}
_REFERENCE_OF = {"cow": "cow2017states", "gw": "gleditsch1999states", "atop": "leeds2002atop"}
_SOURCE_KEYS = ("id", "type", "author", "title", "journal", "year", "volume", "issue", "pages", "doi", "url")
_KEY_YEAR, _KEY_CODE = 100_000_000, 10_000  # a wide dyad key: year, code 1, code 2 in one int64


class MissingDependencyError(FoedusError, ImportError):
    """An optional library is needed for this; the message says how to install it."""


class UnplacedPledgesWarning(UserWarning):
    """Some rows of a merged source name dyad-years the panel lacks; they are in ``Panel.unplaced``."""


@dataclass(frozen=True, eq=False)
class Panel:
    """A state-year or dyad-year panel, with what it was built from.

    Attributes
    ----------
    frame : pandas.DataFrame
        The rows, ordered by year, then code(s). Codes are ``ccode`` (COW) or ``gwcode`` (G-W); dyad-year
        panels name them ``ccode1``, ``ccode2``.
    unit : {"state-year", "dyad-year"}
    system : {"cow", "gw"}
    start, end : int
        The first and last year.
    directed : bool or None
        For a dyad-year panel: whether both (A, B) and (B, A) are rows, or only A < B.
    provenance : tuple of dict
        One entry per file used: its role, dataset, layout, version, file name, sha256 and coverage.
    unplaced : pandas.DataFrame or None
        Rows of merged data that name dyad-years the panel lacks (with a ``reason``), or None.
    notes : tuple of str
        What the verbs reported (e.g. the count of unplaced pledges).
    """

    frame: pd.DataFrame
    unit: Unit
    system: str
    start: int
    end: int
    directed: bool | None
    provenance: tuple[dict[str, Any], ...]
    unplaced: pd.DataFrame | None = None
    notes: tuple[str, ...] = ()
    db: Store | Path | None = None

    @property
    def code_columns(self) -> tuple[str, ...]:
        """Return the names of the state-code columns: ``("ccode",)`` or ``("ccode1", "ccode2")``."""
        code = _CODE_COLUMN[self.system]
        return (code,) if self.unit == "state-year" else (f"{code}1", f"{code}2")

    def __len__(self) -> int:
        return len(self.frame)

    def __repr__(self) -> str:
        kind = "" if self.directed is None else (" directed" if self.directed else " non-directed")
        used = ", ".join(f"{p['dataset']} {p['version'] or ''}".strip() for p in self.provenance)
        return f"<foedus.Panel {self.system}{kind} {self.unit}s {self.start}–{self.end}: {len(self):,} rows; {used}>"

    def _repr_html_(self) -> str:
        """Return the panel as HTML for notebooks: what it is, the files it was built from, its notes, the first and
        last rows, and the works to cite (linked by DOI or URL)."""
        from foedus.report.notebook import panel_html

        return panel_html(self)

    def to_pandas(self) -> pd.DataFrame:
        """Return the rows as a pandas DataFrame."""
        return self.frame

    def to_arrow(self) -> pa.Table:
        """Return the rows as a pyarrow Table, sharing the panel's numbers rather than copying them (pyarrow is
        optional: ``pip install 'foedus[polars]'``).

        A nullable column's mask becomes Arrow's validity bitmap (one bit a row); other columns go through pyarrow's
        own conversion from pandas.
        """
        try:
            import pyarrow as pa
        except ImportError:
            raise MissingDependencyError(
                "Panel.to_arrow needs pyarrow: install it with pip install 'foedus[polars]'"
            ) from None
        import numpy as np
        from pandas.core.arrays.masked import BaseMaskedArray

        columns = []
        for name in self.frame.columns:
            column = self.frame[name]
            values = column.array
            if isinstance(values, BaseMaskedArray) and values.dtype.kind in "iuf":
                data = np.ascontiguousarray(values._data)  # type: ignore[attr-defined]
                missing = values._mask  # type: ignore[attr-defined]
                count = int(np.count_nonzero(missing))
                valid = pa.py_buffer(np.packbits(~missing, bitorder="little")) if count else None
                columns.append(pa.Array.from_buffers(
                    pa.from_numpy_dtype(data.dtype), len(data), [valid, pa.py_buffer(data)], null_count=count))
            elif isinstance(column.dtype, np.dtype) and column.dtype.kind in "iuf":
                columns.append(pa.array(column.to_numpy()))  # NumPy numbers: no copy
            else:
                columns.append(pa.Array.from_pandas(column))
        return pa.Table.from_arrays(columns, names=[str(n) for n in self.frame.columns])

    def to_polars(self) -> pl.DataFrame:
        """Return the rows as a polars DataFrame, sharing the panel's numbers through Arrow (:meth:`to_arrow`; polars
        is optional: ``pip install 'foedus[polars]'``)."""
        try:
            import polars as pl
        except ImportError:
            raise MissingDependencyError(
                "Panel.to_polars needs polars: install it with pip install 'foedus[polars]'"
            ) from None
        frame = pl.from_arrow(self.to_arrow(), rechunk=False)
        assert isinstance(frame, pl.DataFrame)
        return frame

    def sources(self) -> list[dict[str, Any]]:
        """Return the works to cite for this panel (see :func:`panel_sources`)."""
        return panel_sources(self)

    def metadata(self) -> dict[str, Any]:
        """Return what the panel is and was built from, as JSON-ready data (written beside exported files) in the
        ``foedus.panel/1`` schema (:class:`foedus.results.panels.PanelModel`)."""
        from foedus.results.panels import PanelModel

        return PanelModel.model_validate({
            "schema": PANEL_SCHEMA, "unit": self.unit, "system": self.system, "start": self.start,
            "end": self.end, "directed": self.directed, "rows": len(self), "columns": list(self.frame.columns),
            "provenance": list(self.provenance), "notes": list(self.notes), "sources": self.sources(),
        }).model_dump(by_alias=True)

    def write(self, path: str | Path) -> Path:
        """Write the rows to ``path`` (``.parquet`` or ``.csv``), with the metadata, and return the path.

        See :func:`foedus.panel_files.write_panel`.
        """
        return write_panel(self, path)


# --- helpers ----------------------------------------------------------------------------------------------------
@contextmanager
def _reading(db: Store | str | Path | None) -> Iterator[Store]:
    """Lend a read-only store for one panel step (the process's shared reader of the file, so that a chain of verbs
    opens it once; without preparing it: panels need only imported data)."""
    from foedus.errors import StoreError
    from foedus.store import Store, default_db_path, open_store, shared_reader

    if isinstance(db, Store):
        yield db
        return
    path = Path(db) if db is not None else default_db_path()
    if not path.exists():
        try:
            open_store(path, read_only=True).close()  # a new store: create and prepare it
        except StoreError:
            if path.exists():
                raise
    with shared_reader(path) as store:
        yield store


def _imported(store: Store, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Return rows of ``imported_files``; none when the store predates imports."""
    import duckdb

    try:
        return store.query(sql, params)
    except duckdb.CatalogException:
        return []


def _origin(db: Store | str | Path | None) -> Store | Path:
    from foedus.store import Store, default_db_path

    if isinstance(db, Store):
        return db
    return Path(db) if db is not None else default_db_path()


def _check_years(start: object, end: object) -> tuple[int, int]:
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise PanelError(f"{name} must be a year (an integer), not {value!r}")
    assert isinstance(start, int) and isinstance(end, int)
    if start > end:
        raise PanelError(f"the start year {start} is after the end year {end}")
    return start, end


def _entry(role: str, record: dict[str, Any], **extra: Any) -> dict[str, Any]:
    coverage = None
    if record.get("coverage_start") is not None:
        coverage = [record["coverage_start"], record["coverage_end"]]
    return {
        "role": role, "dataset": record["dataset"], "layout": record["layout"], "version": record["version"],
        "file": record["name"], "sha256": record["sha256"], "rows": record["rows_stored"], "coverage": coverage,
        **extra,
    }


def _system_file(store: Store, system: str) -> dict[str, Any]:
    if system not in _CODE_COLUMN:
        raise PanelError(f"unknown state system {system!r}; use one of: {', '.join(_CODE_COLUMN)}")
    rows = _imported(
        store, "SELECT * FROM imported_files WHERE dataset = ? AND target = 'state_spells' ORDER BY imported_at DESC",
        [system],
    )
    if not rows:
        raise PanelError(
            f"the store has no {_SYSTEM_NAME[system]} state system: run `foedus import states --system {system} FILE` "
            f"first ({_SYSTEM_HINT[system]})"
        )
    return rows[0]


def _covered(record: dict[str, Any], start: int, end: int, system: str) -> None:
    first, last = record["coverage_start"], record["coverage_end"]
    if start < first or end > last:
        raise PanelError(
            f"the {_SYSTEM_NAME[system]} state system in the store ({record['name']}) covers {first}–{last}; "
            f"ask for years within it (not {start}–{end}), or import a list that covers them"
        )


# --- reading imported rows once -----------------------------------------------------------------------------------
#: The columns this process has read from imported rows, by store file, imports and query (:func:`_read_once`).
_READS: OrderedDict[tuple[Any, ...], dict[str, np.ndarray[Any, Any]]] = OrderedDict()
#: How many such reads are kept (the newest): a panel and its verbs read a few.
_READS_KEPT = 16
_reads_lock = threading.Lock()


def _read_once(
    store: Store, records: Sequence[dict[str, Any]], sql: str, params: dict[str, Any] | None = None
) -> dict[str, np.ndarray[Any, Any]]:
    """Return the columns of ``sql``, a query of the rows of the imports ``records``, read from the store once per
    process.

    Imported rows change only when a file is imported again, which records a new ``imported_at``, and only by writing
    the store's file: the key names the file (its inode, size and modification time), each import (sha256 and time),
    the query and its parameters. The arrays are read-only, as every later caller shares them. A store that is no file
    (``:memory:``) is read each time. The query's columns must hold no NULL.
    """
    import numpy as np

    def read() -> dict[str, np.ndarray[Any, Any]]:
        found = store.connection.execute(sql, params or {}).fetchnumpy()
        columns = {}
        for name, values in found.items():
            array = np.asarray(values)
            array.flags.writeable = False
            columns[name] = array
        return columns

    try:
        stat = None if str(store.path) == ":memory:" else os.stat(store.path)
    except OSError:
        stat = None
    if stat is None:
        return read()
    key = (
        str(Path(store.path).resolve()), stat.st_ino, stat.st_size, stat.st_mtime_ns,
        tuple((r["sha256"], r["imported_at"]) for r in records), sql, tuple(sorted((params or {}).items())),
    )
    with _reads_lock:
        kept = _READS.get(key)
        if kept is not None:
            _READS.move_to_end(key)
            return kept
    columns = read()
    with _reads_lock:
        _READS[key] = columns
        while len(_READS) > _READS_KEPT:
            _READS.popitem(last=False)
    return columns


# --- the units --------------------------------------------------------------------------------------------------
#: A state system's spells: each state's code and its first and last day in the system, as days since 1970.
_SPELLS_SQL = """
    SELECT code::INTEGER AS code, (start_date - DATE '1970-01-01')::INTEGER AS s,
           (end_date - DATE '1970-01-01')::INTEGER AS e
    FROM state_spells WHERE system = $system
"""


def _year_of(days: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Return the year of each day (days since 1970)."""
    import numpy as np

    years: np.ndarray[Any, Any] = days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
    return years


def _new_year(years: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Return 1 January of each year, as days since 1970."""
    import numpy as np

    days: np.ndarray[Any, Any] = (years.astype(np.int64) - 1970).astype("datetime64[Y]").astype("datetime64[D]")
    return days.astype(np.int64)


def _stretches(
    spells: dict[str, np.ndarray[Any, Any]], start: int, end: int
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Return one row per state, year from ``start`` to ``end`` and stretch of days in the system that year (two when
    a state left and came back within the year): the code, the year, and the stretch's first and last day (days since
    1970), ordered by year, code and first day."""
    import numpy as np

    code, first, last = (spells[k].astype(np.int64) for k in ("code", "s", "e"))
    low, high = np.maximum(_year_of(first), start), np.minimum(_year_of(last), end)
    counts = np.maximum(high - low + 1, 0)
    spell = np.repeat(np.arange(len(code)), counts)
    years = low[spell] + np.arange(len(spell)) - np.repeat(np.cumsum(counts) - counts, counts)
    stretch_first = np.maximum(first[spell], _new_year(years))
    stretch_last = np.minimum(last[spell], _new_year(years + 1) - 1)
    codes = code[spell]
    order = np.lexsort((stretch_first, codes, years))
    return (codes[order].astype(np.int32), years[order].astype(np.int32), stretch_first[order],
            stretch_last[order])


class _DyadIndex:
    """Where the dyad-years of a panel are: per year, the states in it and, for each ordered pair of them, the panel's
    row (or none), so that data for a dyad-year are placed by array look-ups rather than a search.

    ``rank[year - start, code]`` is the place of a state among the year's states by code (-1: not among them); the
    pairs of a year with ``size`` states fill ``size * size`` cells, row-major, after those of the years before;
    ``filled`` says which cells are rows of the panel. ``complete`` says whether the states are all those in the
    system (the index was built from the spells), not only those with a row.
    """

    _NONE = -(1 << 40)  # a cell part of a state not in the year: any cell with it is negative

    def __init__(self, start: int, rank: np.ndarray[Any, Any], size: np.ndarray[Any, Any],
                 filled: np.ndarray[Any, Any], complete: bool) -> None:
        import numpy as np

        self.start, self.rank, self.filled, self.complete = start, rank, filled, complete
        size = size.astype(np.int64)
        offset = np.cumsum(size * size) - size * size
        # A pair's cell is the first state's part plus the second's; both tables are indexed by (year, code).
        present, ranks = rank >= 0, rank.astype(np.int64)
        self._first = np.where(present, offset[:, None] + ranks * size[:, None], self._NONE).ravel()
        self._second = np.where(present, ranks, self._NONE).ravel()
        self._rows: np.ndarray[Any, Any] | None = None

    @property
    def rows(self) -> np.ndarray[Any, Any]:
        """Return, per cell, the row of the panel (meaningful for filled cells): the panel's rows are the filled
        cells, in order."""
        import numpy as np

        if self._rows is None:
            self._rows = np.cumsum(self.filled, dtype=np.int64 if len(self.filled) >= 1 << 31 else np.int32) - 1
        return self._rows

    def find(self, years: np.ndarray[Any, Any], first: np.ndarray[Any, Any], second: np.ndarray[Any, Any]) -> tuple[
            np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Return the rows of the dyad-years (``first``, ``second``, ``years``) the panel has, and which those are."""
        import numpy as np

        span, width = self.rank.shape
        at = years.astype(np.int64) - self.start
        placed = (at >= 0) & (at < span) & (first >= 0) & (first < width) & (second >= 0) & (second < width)
        if not placed.all():
            at, first, second = at[placed], first[placed], second[placed]
        at *= width
        cells = self._first[at + first] + self._second[at + second]
        paired = cells >= 0
        cells = cells[paired]
        filled = self.filled[cells]
        placed[placed] = paired
        placed[placed] = filled
        return self.rows[cells[filled]], placed


@functools.lru_cache(maxsize=512)
def _all_pairs(states: int, directed: bool) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Return which cells of a year's ``states`` x ``states`` grid are dyads when every state is in the system on one
    same day (all ordered pairs of two states, or those with the first before the second), and how many in each
    row."""
    import numpy as np

    pairs = ~np.eye(states, dtype=bool) if directed else np.triu(np.ones((states, states), dtype=bool), 1)
    counts = pairs.sum(axis=1)
    pairs.flags.writeable = counts.flags.writeable = False  # shared by every panel
    return pairs, counts


def _pair_stretches(
    stretches: tuple[np.ndarray[Any, Any], ...], start: int, end: int, directed: bool
) -> tuple[np.ndarray[Any, Any], _DyadIndex]:
    """Return the dyads of states in the system on one same day of a year (code 1, code 2 and year, as the rows of
    one int32 array), ordered by year, then code 1, then code 2, and their index, from the stretches ordered by
    year, code and first day (:func:`_stretches`)."""
    import numpy as np

    codes, years, first, last = stretches
    width = int(codes.max(initial=-1)) + 1
    rank = np.full((end - start + 1, width), -1, dtype=np.int32)
    size = np.zeros(end - start + 1, dtype=np.int64)
    bounds = np.flatnonzero(np.diff(years)) + 1
    lows, highs = np.concatenate([[0], bounds]), np.concatenate([bounds, [len(years)]])
    if not len(years):  # no state in the system in these years
        lows = highs = bounds
    dyads = np.empty((3, int(((highs - lows) ** 2).sum())), dtype=np.int32)
    filled, at = [], 0
    for low, high in zip(lows.tolist(), highs.tolist(), strict=True):
        c, s, e = codes[low:high], first[low:high], last[low:high]
        once = c[1:] != c[:-1]
        if once.all() and s.max() <= e.min():  # most years: every state in the system on one same day
            together, counts = _all_pairs(len(c), directed)
        else:
            together = (s[:, None] <= e[None, :]) & (s[None, :] <= e[:, None])
            if not once.all():  # a state with two stretches in the year: its states' pairs, each once
                first_of = np.concatenate([[True], once])
                c, of = c[first_of], np.cumsum(first_of) - 1
                shared = np.zeros((len(c), len(c)), dtype=np.int64)
                np.add.at(shared, (of[:, None], of[None, :]), together)
                together = shared > 0
            together &= (c[:, None] != c[None, :]) if directed else (c[:, None] < c[None, :])
            counts = together.sum(axis=1)
        year, n, made = int(years[low]), len(c), int(counts.sum())
        rank[year - start, c] = np.arange(n, dtype=np.int32)
        size[year - start] = n
        filled.append(together.ravel())
        dyads[0, at:at + made] = np.repeat(c, counts)  # row-major: by the first code, then the second
        dyads[1, at:at + made] = np.broadcast_to(c, (n, n))[together]
        dyads[2, at:at + made] = year
        at += made
    cells = np.concatenate(filled) if filled else np.zeros(0, dtype=bool)
    return dyads[:, :at], _DyadIndex(start, rank, size, cells, complete=True)


def _index_rows(panel: Panel) -> _DyadIndex:
    """Return the index of a dyad-year panel's rows, in whatever order they are (the panel's own if it has one)."""
    import numpy as np

    found = _INDEXES.get(panel)
    if found is not None:
        return found
    first, second = (panel.frame[c].to_numpy().astype(np.int64) for c in panel.code_columns)
    years = panel.frame["year"].to_numpy().astype(np.int64)
    usable = np.flatnonzero((years >= panel.start) & (years <= panel.end) & (first >= 0) & (second >= 0))
    first, second, at = first[usable], second[usable], years[usable] - panel.start
    width = int(max(first.max(initial=-1), second.max(initial=-1))) + 1
    present = np.zeros((panel.end - panel.start + 1, width), dtype=bool)
    present[at, first] = True
    present[at, second] = True
    size = present.sum(axis=1).astype(np.int64)
    rank = (np.cumsum(present, axis=1) - 1).astype(np.int32)
    rank[~present] = -1
    index = _DyadIndex(panel.start, rank, size, np.zeros(int((size * size).sum()), dtype=bool), complete=False)
    cells = index._first[at * width + first] + index._second[at * width + second]
    rows = np.full(len(index.filled), len(panel.frame), dtype=np.int64)
    np.minimum.at(rows, cells, usable)  # a dyad-year given twice: its first row, as a search would find
    index.filled = rows < len(panel.frame)
    index._rows = rows
    _INDEXES[panel] = index
    return index


#: The index of each dyad-year panel this process holds, made by :func:`dyad_years` and passed on by the verbs.
_INDEXES: weakref.WeakKeyDictionary[Panel, _DyadIndex] = weakref.WeakKeyDictionary()


def _dyad_rows(panel: Panel, years: np.ndarray[Any, Any], first: np.ndarray[Any, Any],
               second: np.ndarray[Any, Any]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Return the rows of ``panel`` that are the dyad-years (``first``, ``second``, ``years``), and which of them it
    has."""
    return _index_rows(panel).find(years, first, second)


def _extended(panel: Panel, added: dict[str, Any], **changes: Any) -> Panel:
    """Return ``panel`` with the ``added`` columns (see :func:`_with_columns`) and the other ``changes``: the same rows,
    so the same index."""
    extended = dataclasses.replace(panel, frame=_with_columns(panel.frame, added), **changes)
    index = _INDEXES.get(panel)
    if index is not None:
        _INDEXES[extended] = index
    return extended


def state_years(system: str, start: int, end: int, *, db: Store | str | Path | None = None) -> Panel:
    """Return the state-year panel of ``system`` ("cow" or "gw") from ``start`` to ``end`` (both included).

    A state is in a year if it was in the system on any day of it; built from the imported state spells.

    Raises
    ------
    PanelError
        If no such state system is imported (the message says what to run), or the years fall outside it.

    References
    ----------
    Correlates of War Project (2017). State System Membership List, v2016. https://correlatesofwar.org
    Gleditsch, K. S., & Ward, M. D. (1999). A revised list of independent states since the Congress of Vienna.
    *International Interactions*, 25(4), 393-413. https://doi.org/10.1080/03050629908434958
    """
    import numpy as np
    import pandas as pd

    start, end = _check_years(start, end)
    with _reading(db) as store:
        record = _system_file(store, system)
        _covered(record, start, end, system)
        spells = _read_once(store, [record], _SPELLS_SQL, {"system": system})
    codes, years, _, _ = _stretches(spells, start, end)
    first = np.ones(len(codes), dtype=bool)  # one row a state-year: the first of its stretches
    first[1:] = (codes[1:] != codes[:-1]) | (years[1:] != years[:-1])
    frame = pd.DataFrame(np.stack([codes[first], years[first]]).T, columns=[_CODE_COLUMN[system], "year"], copy=False)
    return Panel(frame, "state-year", system, start, end, None, (_entry("state system", record),), db=_origin(db))


def dyad_years(
    system: str, start: int, end: int, directed: bool = True, *, db: Store | str | Path | None = None
) -> Panel:
    """Return the dyad-year panel of ``system`` ("cow" or "gw") from ``start`` to ``end`` (both included).

    A pair of states is a dyad in a year if both were in the system on one same day of it: pairs alive in the
    same year but never on the same day (false dyads) are left out. Directed panels hold (A, B) and (B, A);
    non-directed ones only A < B.

    ``db`` may be an open store (``foedus.open_store()``); given a path (or by default), the verbs of a chain share
    the process's one read connection to the file. The state system's spells are read from the store once per
    process (again after the list is imported anew).

    Raises
    ------
    PanelError
        If no such state system is imported (the message says what to run), or the years fall outside it.

    References
    ----------
    Miller, S. V. (2022). peacesciencer. *Conflict Management and Peace Science*, 39(6), 755-779.
    https://doi.org/10.1177/07388942221077926
    """
    import pandas as pd

    start, end = _check_years(start, end)
    with _reading(db) as store:
        record = _system_file(store, system)
        _covered(record, start, end, system)
        spells = _read_once(store, [record], _SPELLS_SQL, {"system": system})
    dyads, index = _pair_stretches(_stretches(spells, start, end), start, end, directed)
    code = _CODE_COLUMN[system]
    # One int32 block for the three columns: verbs that add columns never copy it to consolidate.
    frame = pd.DataFrame(dyads.T, columns=[f"{code}1", f"{code}2", "year"], copy=False)
    panel = Panel(frame, "dyad-year", system, start, end, directed, (_entry("state system", record),), db=_origin(db))
    _INDEXES[panel] = index
    return panel


# --- merging ----------------------------------------------------------------------------------------------------
def _version_key(version: str | None) -> tuple[tuple[int, int | str], ...]:
    parts = re.split(r"[.\-]", version or "")
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def _atop_choice(store: Store, version: str | None) -> dict[str, Any]:
    files = _imported(
        store,
        """SELECT * FROM imported_files WHERE dataset = 'atop' AND target IN ('atop_dyad_years', 'atop_members')
           ORDER BY imported_at DESC""",
    )
    if not files:
        raise PanelError(
            "the store has no ATOP data: run `foedus import atop FILE` first (a directed dyad-year file such as "
            "atop5_1ddyr.csv, or a member file such as atop5_1m.csv), or `foedus download atop`"
        )
    versions = sorted({f["version"] for f in files}, key=_version_key)
    chosen = version if version is not None else versions[-1]
    if chosen not in versions:
        raise PanelError(f"no ATOP {chosen} in the store; it has: {', '.join(str(v) for v in versions)}. Ask for "
                         f"one of those, or import ATOP {chosen} first")
    of_version = [f for f in files if f["version"] == chosen]
    # Directed dyad-years place every pledge as ATOP coded it; member phases are the fallback.
    of_version.sort(key=lambda f: f["target"] != "atop_dyad_years")
    return of_version[0]


#: ATOP's five obligations packed in one small integer: bit 0 defense ... bit 4 consultation.
_OBLIGATIONS = ("defense", "offense", "neutral", "nonagg", "consul")
_BITS = "(" + " + ".join(f"{1 << i} * {o}::TINYINT" for i, o in enumerate(_OBLIGATIONS)) + ")"

_DERIVED_PLEDGES_SQL = """
    WITH m AS (
        SELECT atopid, ccode, defense, offense, neutral, nonagg, consul,
               make_date(entered_year, coalesce(entered_month, 1), coalesce(entered_day, 1)) AS s,
               CASE WHEN exited_year IS NULL THEN make_date($last, 12, 31)
                    WHEN exited_day IS NOT NULL THEN make_date(exited_year, exited_month, exited_day)
                    WHEN exited_month IS NOT NULL THEN last_day(make_date(exited_year, exited_month, 1))
                    ELSE make_date(exited_year, 12, 31) END AS e
        FROM atop_members WHERE file_sha256 = $sha256),
    pledges AS (
        SELECT a.ccode AS ccode1, b.ccode AS ccode2, y::INTEGER AS year, bit_or({bits})::TINYINT AS bits
        FROM m a JOIN m b ON a.atopid = b.atopid AND a.ccode <> b.ccode AND a.s <= b.e AND b.s <= a.e,
             range(year(greatest(a.s, b.s)), year(least(a.e, b.e)) + 1) t(y)
        WHERE y BETWEEN $start AND $end
        GROUP BY a.ccode, b.ccode, y)
    SELECT * FROM pledges
""".replace("{bits}", _BITS.replace("defense", "a.defense").replace("offense", "a.offense")
            .replace("neutral", "a.neutral").replace("nonagg", "a.nonagg").replace("consul", "a.consul"))

_DYAD_PLEDGES_SQL = f"""
    SELECT ccode1, ccode2, year, {_BITS}::TINYINT AS bits
    FROM atop_dyad_years WHERE file_sha256 = $sha256 AND year BETWEEN $start AND $end
"""

#: Why a pledge has no row in the panel, by whether state 1 and state 2 were in the system that year.
_REASONS = {(False, False): "neither state in the system", (False, True): "state 1 not in the system",
            (True, False): "state 2 not in the system", (True, True): "never in the system on the same day"}


def _with_columns(frame: pd.DataFrame, added: dict[str, Any]) -> pd.DataFrame:
    """Return ``frame`` with the ``added`` columns, sharing (not copying) its columns and theirs: nothing modifies a
    panel's columns in place."""
    import pandas as pd

    extra = pd.DataFrame(added, index=frame.index, copy=False)
    joined: pd.DataFrame = pd.concat([frame, extra], axis=1, copy=False)  # type: ignore[call-overload]
    return joined


def _own_mask(missing: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Return a column's own copy of ``missing`` (pandas may change a mask in place): fresh zeros, which cost nothing
    until written, when nothing is missing."""
    import numpy as np

    return missing.copy() if missing.any() else np.zeros(len(missing), dtype=bool)


def _masked(values: np.ndarray[Any, Any], missing: np.ndarray[Any, Any]) -> pd.api.extensions.ExtensionArray:
    import pandas as pd

    return pd.arrays.IntegerArray(values.astype("int8", copy=False), _own_mask(missing))


def _unplaced(
    store: Store, panel: Panel, pledges: dict[str, np.ndarray[Any, Any]], missing: np.ndarray[Any, Any]
) -> pd.DataFrame:
    """Return the pledges the panel has no row for, each with its obligations and the reason, ordered by year and
    codes."""
    import numpy as np
    import pandas as pd

    bits = pledges["bits"][missing]
    frame = pd.DataFrame({
        "ccode1": pledges["ccode1"][missing], "ccode2": pledges["ccode2"][missing], "year": pledges["year"][missing],
        **{f"atop_{o}": ((bits >> i) & 1).astype("int8") for i, o in enumerate(_OBLIGATIONS)},
    })
    if not len(frame):
        return frame.assign(reason=pd.Series(dtype="object"))
    index = _index_rows(panel)
    if index.complete:  # built from the spells: it knows every state in the system
        present = index.rank >= 0
    else:
        record = _system_file(store, panel.system)
        codes, years, _, _ = _stretches(
            _read_once(store, [record], _SPELLS_SQL, {"system": panel.system}), panel.start, panel.end)
        present = np.zeros((panel.end - panel.start + 1, int(codes.max(initial=-1)) + 1), dtype=bool)
        present[years - panel.start, codes] = True
    first, second, year = (frame[c].to_numpy() for c in ("ccode1", "ccode2", "year"))

    def inside(codes: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        known: np.ndarray[Any, Any] = (codes >= 0) & (codes < present.shape[1])
        found = known.copy()
        found[known] = present[year[known] - panel.start, codes[known]]
        return found

    one, two = inside(first), inside(second)
    reasons = np.empty(len(frame), dtype=object)
    for (has_one, has_two), reason in _REASONS.items():
        reasons[(one == has_one) & (two == has_two)] = reason
    order = np.lexsort((second, first, year))
    return frame.assign(reason=reasons).iloc[order].reset_index(drop=True)


def with_alliances(
    panel: Panel, source: str = "atop", *, version: str | None = None, db: Store | str | Path | None = None
) -> Panel:
    """Return ``panel`` with ATOP's obligations as flags: ``atop_defense`` ... ``atop_consul`` and ``atop_any``.

    In a directed panel, (A, B) carries A's pledges to B: one-way pledges stay one-way. In a non-directed panel
    a flag holds if either state pledged it. The directed dyad-year data of the version is used when imported;
    otherwise the pledges are derived from the member phases (each member's own obligations toward every other
    member whose phase overlaps its own). Years outside the data's coverage are missing (``<NA>``), not 0.

    Adding alliances never adds rows. The data's rows that name dyad-years the panel lacks (states outside the
    system, or never in it on the same day) are counted in a :class:`UnplacedPledgesWarning` and a note, and
    returned as ``result.unplaced`` with a ``reason``. ATOP codes states by their COW code: in a G-W panel its
    pledges are placed by code, and those of states whose codes differ are among the unplaced.

    Parameters
    ----------
    panel : Panel
        A dyad-year panel (from :func:`dyad_years`).
    source : str
        The alliance data: "atop" (the one available).
    version : str, optional
        The ATOP version to use; by default the newest imported.
    db : store or path, optional
        The store to read from; by default the one ``panel`` was built from.

    Raises
    ------
    PanelError
        If ``panel`` is not a dyad-year panel, already has the columns, or no ATOP data is imported.

    References
    ----------
    Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
    Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
    """
    import numpy as np

    if source != "atop":
        raise PanelError(f"unknown alliance source {source!r}; the one available is 'atop'")
    if not isinstance(panel, Panel) or panel.unit != "dyad-year":
        raise PanelError(
            "with_alliances needs a dyad-year panel: build one first with dyad_years(system, start, end) "
            "(or `foedus panel dyad-years`)"
        )
    if set(ALLIANCE_COLUMNS) & set(panel.frame.columns):
        raise PanelError("the panel already has ATOP columns: with_alliances was applied to it before")
    with _reading(db if db is not None else panel.db) as store:
        record = _atop_choice(store, version)
        derived = record["target"] != "atop_dyad_years"
        params: dict[str, Any] = {"sha256": record["sha256"], "start": panel.start, "end": panel.end}
        if derived:
            params["last"] = record["coverage_end"]
        pledges = _read_once(store, [record], _DERIVED_PLEDGES_SQL if derived else _DYAD_PLEDGES_SQL, params)
        first, second, bits = pledges["ccode1"], pledges["ccode2"], pledges["bits"].astype(np.int8)
        if not panel.directed:
            first, second = np.minimum(first, second), np.maximum(first, second)
        rows, placed = _dyad_rows(panel, pledges["year"], first, second)
        unplaced = _unplaced(store, panel, pledges, ~placed)
    packed = np.zeros(len(panel.frame), dtype=np.int8)
    np.bitwise_or.at(packed, rows, bits[placed])  # a non-directed row takes the pledges of both directions
    if record["coverage_start"] <= panel.start and panel.end <= record["coverage_end"]:
        outside = np.zeros(len(packed), dtype=bool)
    else:
        years = panel.frame["year"].to_numpy()
        outside = (years < record["coverage_start"]) | (years > record["coverage_end"])
    flags = packed[None, :] >> np.arange(len(_OBLIGATIONS), dtype=np.int8)[:, None]  # one row an obligation
    flags &= np.int8(1)
    added = {f"atop_{o}": _masked(flags[i], outside) for i, o in enumerate(_OBLIGATIONS)}
    added["atop_any"] = _masked((packed != 0).view(np.int8), outside)
    entry = _entry("alliances", record, derived_from_member_phases=record["target"] == "atop_members")
    notes = list(panel.notes)
    if len(unplaced):
        note = (
            f"{len(unplaced):,} rows of ATOP {record['version']} ({record['name']}) for {panel.start}–{panel.end} name "
            f"dyad-years this {panel.system} panel lacks (states outside the system, or never in it on the same day); "
            "they are in Panel.unplaced"
        )
        notes.append(note)
        warnings.warn(note, UnplacedPledgesWarning, stacklevel=2)
    return _extended(panel, added, provenance=(*panel.provenance, entry), unplaced=unplaced, notes=tuple(notes))


def with_majors(panel: Panel, *, db: Store | str | Path | None = None) -> Panel:
    """Return ``panel`` with COW's major-power status: ``major`` (state-years) or ``major1``, ``major2``.

    A state is a major power in a year if it held the status on any day of it. Years outside the list's
    coverage are missing (``<NA>``). The list is COW's; in a G-W panel it is matched by code.

    Raises
    ------
    PanelError
        If no major-power list is imported (the message says what to run), or the panel already has the columns.

    References
    ----------
    Correlates of War Project (2017). State System Membership List, v2016. https://correlatesofwar.org
    """
    import numpy as np

    if not isinstance(panel, Panel):
        raise PanelError("with_majors needs a panel: build one first with state_years(...) or dyad_years(...)")
    names = ("major",) if panel.unit == "state-year" else ("major1", "major2")
    if set(names) & set(panel.frame.columns):
        raise PanelError("the panel already has major-power columns: with_majors was applied to it before")
    with _reading(db if db is not None else panel.db) as store:
        records = _imported(
            store,
            "SELECT * FROM imported_files WHERE dataset = 'cow' AND target = 'major_powers' ORDER BY imported_at DESC",
        )
        if not records:
            raise PanelError(
                "the store has no major-power list: run `foedus import states --system cow FILE` first "
                "(FILE: COW's majors2016.csv), or `foedus download cow-states`"
            )
        record = records[0]
        spells = store.connection.execute(
            "SELECT code, year(start_date) AS first, year(end_date) AS last FROM major_powers WHERE file_sha256 = ?",
            [record["sha256"]],
        ).fetchall()
    years = panel.frame["year"].to_numpy()
    sides = [panel.frame[column].to_numpy() for column in panel.code_columns]
    first_year = panel.start
    width = max([code for code, _, _ in spells] + [int(codes.max(initial=0)) for codes in sides]) + 1
    table = np.zeros((panel.end - panel.start + 1, width), dtype=np.int8)
    for code, first, last in spells:
        low, high = max(first, panel.start), min(last, panel.end)
        if low <= high:
            table[low - first_year: high - first_year + 1, code] = 1
    cells = (years.astype(np.int64) - first_year) * width  # a row's cell in the year-by-code table, less its code
    outside = (years < record["coverage_start"]) | (years > record["coverage_end"])
    added = {}
    for name, codes in zip(names, sides, strict=True):
        flags = table.ravel()[cells + np.maximum(codes, 0)]
        if codes.min(initial=0) < 0:
            flags[codes < 0] = 0
        added[name] = _masked(flags, outside)
    return _extended(panel, added, provenance=(*panel.provenance, _entry("major powers", record)))


def panel_sources(panel: Panel) -> list[dict[str, Any]]:
    """Return the works to cite for ``panel``, as source records (the keys of a ledger's sources).

    Each is one of the works foedus rests on (:func:`foedus.cite.reference`: the data of each file, and the methods
    a verb names), with a ``note`` naming the files used (name, version, sha256); ``foedus.cite.bibtex`` turns them
    into BibTeX.
    """
    from foedus.cite import reference

    used: dict[str, list[str]] = {}
    for entry in panel.provenance:
        version = f" {entry['version']}" if entry.get("version") else ""
        for ref_id in entry.get("cites") or (_REFERENCE_OF[entry["dataset"]],):  # a verb may name its works
            used.setdefault(ref_id, []).append(f"{entry['role']}: {entry['file']}{version}, sha256 {entry['sha256']}")
    out = []
    for ref_id, files in used.items():
        work = reference(ref_id)
        source = {k: work[k] for k in _SOURCE_KEYS if k in work}
        source["note"] = "foedus panel used " + "; ".join(files)
        out.append(source)
    return out
