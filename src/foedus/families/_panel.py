"""What every family's panel verb does: read the family once, place its values by state-year or dyad-year.

A verb reads its family's rows (the store's import, else the shipped table: :func:`foedus.universe.family_relation`)
as NumPy columns in one query, places them with array look-ups (a dense year-by-code table for state-years, the
index of each year's pairs that the dyad-year panel carries for dyad-years), and adds nullable columns: missing
(``<NA>``) where the data have no value, or the year lies outside the data's coverage, never 0. Each adds one
provenance entry naming its file, sha256 and works to cite.

Dyad-year conventions (as peacesciencer's, Miller 2022): in a directed panel the row (A, B) has A's values in the
columns ending in ``1`` and B's in those ending in ``2``; in a non-directed panel ``ccode1 < ccode2``. A dyadic
event (a dispute, a war, a rivalry) between two states is marked on both (A, B) and (B, A).

References
----------
Miller, S. V. (2022). peacesciencer: An R package for quantitative peace science research. *Conflict Management
and Peace Science*, 39(6), 755-779. https://doi.org/10.1177/07388942221077926
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foedus.families import family
from foedus.panels import Panel, PanelError, _dyad_rows, _extended, _masked, _own_mask, _reading

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from foedus.store import Store
    from foedus.universe import Relation

__all__ = [
    "Fetched", "add_columns", "by_dyad_year", "by_state_year", "checked", "dyadic_events", "fetch", "nullable",
    "outside_coverage", "state_values",
]



@dataclasses.dataclass(frozen=True)
class Fetched:
    """A family's rows as NumPy columns, and the relation they were read from."""

    columns: dict[str, np.ndarray[Any, Any]]
    relation: Relation
    rows: int


def checked(panel: Panel, verb: str, state_names: Sequence[str], dyad_names: Sequence[str] | None = None) -> tuple[
        str, ...]:
    """Return the columns ``verb`` adds to ``panel``, after checking it is a panel the verb takes without them.

    ``dyad_names`` default to each state-year name with ``1`` and ``2`` appended.

    Raises
    ------
    PanelError
        If ``panel`` is no panel, of a unit the verb does not take, or already has the columns.
    """
    if not isinstance(panel, Panel):
        raise PanelError(f"{verb} needs a panel: build one first with state_years(...) or dyad_years(...)")
    if panel.unit == "state-year":
        names = tuple(state_names)
    else:
        names = tuple(dyad_names) if dyad_names is not None else tuple(f"{n}{i}" for n in state_names for i in "12")
    if not names:
        raise PanelError(f"{verb} adds nothing to a {panel.unit} panel: use a "
                         f"{'dyad' if panel.unit == 'state-year' else 'state'}-year panel")
    if set(names) & set(panel.frame.columns):
        raise PanelError(f"the panel already has the columns of {verb} ({', '.join(names)}): it was applied before")
    return names


def fetch(panel: Panel, db: Store | str | Path | None, table: str, select: str) -> Fetched:
    """Run ``select`` on the store and return its columns.

    In ``select``, ``{rows}`` stands for the family's relation, ``{start}`` and ``{end}`` for the panel's years and
    ``{last}`` for the last year the data cover.
    """

    from foedus.universe import family_relation

    with _reading(db if db is not None else panel.db) as store:
        relation = family_relation(store, table)
        last = relation.coverage[1] if relation.coverage else panel.end
        sql = (select.replace("{start}", str(int(panel.start))).replace("{end}", str(int(panel.end)))
               .replace("{last}", str(int(last))).replace("{rows}", relation.sql))
        found = store.connection.execute(sql).fetchnumpy()
    columns = {name: _filled(values) for name, values in found.items()}
    rows = len(next(iter(columns.values()))) if columns else 0
    return Fetched(columns, relation, rows)


def _filled(values: Any) -> np.ndarray[Any, Any]:
    """Return a fetched column as a plain array: NULL numbers as NaN (DuckDB gives masked arrays for NULLs)."""
    import numpy as np

    if isinstance(values, np.ma.MaskedArray):
        if values.dtype.kind in "iuf":
            filled: np.ndarray[Any, Any] = np.ma.filled(values.astype(np.float64), np.nan)
            return filled
        return np.ma.filled(values)
    return np.asarray(values)


def outside_coverage(panel: Panel, relation: Relation) -> np.ndarray[Any, Any]:
    """Return, per row of ``panel``, whether its year lies outside the years ``relation`` covers."""
    years = panel.frame["year"].to_numpy()
    first, last = relation.coverage or (panel.start, panel.end)
    outside: np.ndarray[Any, Any] = (years < first) | (years > last)
    return outside


#: The last panel's state-year index (see :func:`_state_index`): verbs in a chain share its rows.
_last_index: list[Any] = []


def _state_index(panel: Panel) -> tuple[int, list[np.ndarray[Any, Any]]]:
    """Return the width of a year-by-code table for ``panel`` and, per code column, each row's cell in it (flat).

    The panels a chain of verbs returns share their code and year columns, so the index of the last panel is kept
    (with weak references to its columns, compared by identity) and reused.
    """
    import weakref

    import numpy as np

    columns = [panel.frame[c].to_numpy() for c in (*panel.code_columns, "year")]
    if _last_index:
        refs, key, found = _last_index[0]
        if key == (panel.start, panel.end, len(panel.frame)) and all(
                r() is c for r, c in zip(refs, columns, strict=True)):
            return found  # type: ignore[no-any-return]
    *codes, years = columns
    width = int(max((int(c.max()) for c in codes if len(c)), default=0)) + 1
    rows = (years.astype(np.int64) - panel.start) * width
    found = (width, [rows + c for c in codes])
    try:
        refs = [weakref.ref(c) for c in columns]
    except TypeError:  # an array that takes no weak reference: not kept
        return found
    _last_index[:] = [(refs, (panel.start, panel.end, len(panel.frame)), found)]
    return found


def by_state_year(
    panel: Panel, codes: np.ndarray[Any, Any], years: np.ndarray[Any, Any], values: np.ndarray[Any, Any],
    fill: float, combine: str = "last",
) -> list[np.ndarray[Any, Any]]:
    """Return ``values`` placed on the panel's rows, one array per code column (a state-year panel has one).

    Each row of data gives the value of state ``codes[i]`` in ``years[i]``; rows of the panel with no data get
    ``fill``. ``combine`` is "last" (a state-year given twice keeps its last value), "max" or "sum".
    """
    import numpy as np

    width, cells = _state_index(panel)
    keep = (years >= panel.start) & (years <= panel.end) & (codes >= 0) & (codes < width)
    at = (years[keep].astype(np.int64) - panel.start) * width + codes[keep].astype(np.int64)
    table = np.full((panel.end - panel.start + 1) * width, fill, dtype=np.result_type(values.dtype, fill))
    if combine == "sum":
        np.add.at(table, at, values[keep])
    elif combine == "max":
        np.maximum.at(table, at, values[keep])
    else:
        table[at] = values[keep]
    return [table.take(c) for c in cells]


def state_values(
    panel: Panel, fetched: Fetched, names: Sequence[str], columns: Sequence[str], fill: float,
    outside: np.ndarray[Any, Any] | None = None,
) -> dict[str, pd.api.extensions.ExtensionArray]:
    """Return the state-year ``columns`` of ``fetched`` (with ``ccode`` and ``year``) placed on ``panel`` as the
    nullable columns ``names`` (per column, one name per code column of the panel: ``x`` or ``x1``, ``x2``).

    A value is missing where it is NaN or, if given, where ``outside``; ``fill`` is the value of a state-year the data
    do not give (NaN: missing; 0: none).
    """
    import numpy as np

    added = {}
    per_side = len(panel.code_columns)
    for index, column in enumerate(columns):
        values = fetched.columns[column]
        placed = by_state_year(panel, fetched.columns["ccode"], fetched.columns["year"],
                               values.astype(np.float64) if np.isnan(fill) else values, fill)
        for side, side_values in enumerate(placed):
            missing = np.isnan(side_values) if side_values.dtype.kind == "f" else np.zeros(len(side_values), bool)
            added[names[index * per_side + side]] = nullable(side_values, missing if outside is None
                                                            else missing | outside)
    return added


def by_dyad_year(
    panel: Panel, first: np.ndarray[Any, Any], second: np.ndarray[Any, Any], years: np.ndarray[Any, Any],
    values: np.ndarray[Any, Any],
) -> np.ndarray[Any, Any]:
    """Return, per row of ``panel``, the largest of ``values`` given for its pair and year (0 where none).

    Each row of data concerns the pair (``first``, ``second``) in either order: it is placed on (A, B) and (B, A)
    of a directed panel, on (min, max) of a non-directed one. Rows naming dyad-years the panel lacks are left out.
    """
    import numpy as np

    keep = (years >= panel.start) & (years <= panel.end)
    first, second, years, values = first[keep], second[keep], years[keep], values[keep]
    low, high = np.minimum(first, second), np.maximum(first, second)
    if panel.directed:
        low, high = np.concatenate([low, high]), np.concatenate([high, low])
        years, values = np.concatenate([years, years]), np.concatenate([values, values])
    rows, placed = _dyad_rows(panel, years, low, high)
    out = np.zeros(len(panel.frame), dtype=values.dtype)
    np.maximum.at(out, rows, values[placed])
    return out


def nullable(values: np.ndarray[Any, Any], missing: np.ndarray[Any, Any]) -> pd.api.extensions.ExtensionArray:
    """Return ``values`` as a nullable pandas array (Float64 for floats, else the integers' own width), missing where
    ``missing`` (and where a float is NaN)."""
    import numpy as np
    import pandas as pd

    if values.dtype.kind == "f":
        return pd.arrays.FloatingArray(values.astype(np.float64, copy=False), missing | np.isnan(values))
    if values.dtype.kind == "b" or values.dtype == np.int8:
        return _masked(values, missing)
    return pd.arrays.IntegerArray(values, _own_mask(missing))


def dyadic_events(panel: Panel, fetched: Fetched, names: Sequence[str]) -> dict[str, pd.api.extensions.ExtensionArray]:
    """Return the two columns of a family of dyadic events (disputes, wars) placed on ``panel``.

    ``fetched`` has ``ccode1, ccode2, year, onset``: one row per dyad-year of states on opposite sides. On a
    state-year panel, the first column is 1 if the state was in any such dyad that year and the second if one of
    them had its onset that year; on a dyad-year panel, the same for the two states against each other (in either
    direction). Years outside the data's coverage are missing.
    """
    import numpy as np

    c1, c2, years = fetched.columns["ccode1"], fetched.columns["ccode2"], fetched.columns["year"]
    onset = fetched.columns["onset"].astype(np.int8)
    outside = outside_coverage(panel, fetched.relation)
    if panel.unit == "state-year":
        codes, both_years = np.concatenate([c1, c2]), np.concatenate([years, years])
        (ever,) = by_state_year(panel, codes, both_years, np.ones(len(codes), dtype=np.int8), 0, "max")
        (began,) = by_state_year(panel, codes, both_years, np.concatenate([onset, onset]), 0, "max")
    else:
        ever = by_dyad_year(panel, c1, c2, years, np.ones(len(years), dtype=np.int8))
        began = by_dyad_year(panel, c1, c2, years, onset)
    return {names[0]: nullable(ever.astype(np.int8), outside), names[1]: nullable(began.astype(np.int8), outside)}


def add_columns(panel: Panel, family_name: str, role: str, fetched: Fetched,
                added: dict[str, pd.api.extensions.ExtensionArray]) -> Panel:
    """Return ``panel`` with the ``added`` columns and a provenance entry for the family's data."""
    relation = fetched.relation
    first = relation.provenance[0]
    entry = {
        "role": role, "dataset": family_name, "layout": relation.kind, "version": first["version"],
        "file": first["name"], "sha256": first["sha256"], "rows": fetched.rows,
        "coverage": list(relation.coverage) if relation.coverage else None,
        "cites": list(_cites(family_name, relation)),
    }
    return _extended(panel, added, provenance=(*panel.provenance, entry))


def _cites(family_name: str, relation: Relation) -> tuple[str, ...]:
    from foedus.data import shipped_table

    item = family(family_name)
    if relation.kind == "shipped":
        return shipped_table(relation.family).citations
    layouts = {p.get("layout") for p in relation.provenance}
    cited = [key for layout in layouts for key in item.cited_for.get(layout) or item.cited_for.get(None) or ()]
    return tuple(dict.fromkeys(cited)) or item.citations
