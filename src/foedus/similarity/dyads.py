"""Similarity for any set of dyad-years: per year, the system's portfolio matrix and every pair's measures at once.

For each year the ``N × N`` portfolio matrix of the system's states is built from the alliance ties
(:mod:`foedus.similarity.portfolios`), every measure is computed for all pairs in a few matrix products
(:func:`foedus.similarity.measures.similarity_matrices`), and each asked-for dyad reads its cell. A directed dyad
and its reverse read the same value; a dyad whose state is not in the system that year, and every dyad of a year
outside ATOP's coverage, is missing (NaN).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from foedus._blas import one_blas_thread
from foedus.similarity.measures import SimilarityError, check_measures, similarity_matrices
from foedus.similarity.portfolios import (
    SCALES,
    AllianceTies,
    alliance_ties,
    capability_shares,
    state_system,
)

if TYPE_CHECKING:
    import numpy as np

    from foedus.store import Store

__all__ = ["DyadSimilarity", "column_name", "dyad_similarity", "portfolio_matrix"]

WEIGHTS = ("cinc",)


def column_name(measure: str, scale: str, weights: str | None) -> str:
    """Return the column a measure is written to: ``s_valued``, ``kappa_binary``, ``s_squared_valued_cinc``..."""
    return f"{measure}_{scale}" + (f"_{weights}" if weights else "")


@dataclass(frozen=True)
class DyadSimilarity:
    """The measures of each dyad-year asked for (``values``: column name -> float array), and what they rest on."""

    values: dict[str, np.ndarray[Any, Any]]
    coverage: tuple[int, int]
    provenance: tuple[dict[str, Any], ...]
    notes: tuple[str, ...]


def check_options(scale: str, weights: str | None, measures: Sequence[str] | str | None) -> tuple[str, ...]:
    """Return the measures asked for, having checked the scale and the weights."""
    if scale not in SCALES:
        raise SimilarityError(f"unknown scale {scale!r}; use one of: {', '.join(SCALES)}")
    if weights is not None and weights not in WEIGHTS:
        raise SimilarityError(f"unknown weights {weights!r}; use None (unweighted) or one of: {', '.join(WEIGHTS)}")
    return check_measures(measures, weights is not None)


def portfolio_matrix(states: np.ndarray[Any, Any], first: np.ndarray[Any, Any], second: np.ndarray[Any, Any],
                     level: np.ndarray[Any, Any], top: int) -> np.ndarray[Any, Any]:
    """Return the ``N × N`` portfolio matrix of ``states`` (sorted codes): ``[i, k]`` is state i's tie to state k on
    a scale whose strongest tie is ``top`` (3: valued; 1: binary), each state tied to itself at ``top``; ties naming
    a state outside ``states`` are left out."""
    import numpy as np

    count = len(states)
    matrix = np.zeros((count, count), dtype=np.int8)
    np.fill_diagonal(matrix, top)
    if count and len(first):
        i = np.minimum(np.searchsorted(states, first), count - 1)
        j = np.minimum(np.searchsorted(states, second), count - 1)
        inside = (states[i] == first) & (states[j] == second)
        matrix[i[inside], j[inside]] = np.minimum(level[inside], top)
    return matrix


def _spans(sorted_years: np.ndarray[Any, Any], years: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    import numpy as np

    return np.stack([np.searchsorted(sorted_years, years, "left"), np.searchsorted(sorted_years, years, "right")], 1)


def dyad_similarity(
    store: Store, system: str, years: Any, first: Any, second: Any, *, measures: Sequence[str] | str | None = None,
    scale: str = "valued", weights: str | None = None, ledgers: bool = True,
) -> DyadSimilarity:
    """Return the similarity of each dyad-year (``years[r]``, ``first[r]``, ``second[r]``).

    Parameters
    ----------
    store : Store
        An open store: its state system (or the COW system of the capabilities table), ATOP and ledgers.
    system : {"cow", "gw"}
        The state system whose states make up each year's portfolios.
    years, first, second : array-like of int
        The dyad-years: year, first state's code, second state's code.
    measures : sequence of str, optional
        Any of :data:`foedus.similarity.measures.MEASURES`; by default all (only S's when weighted).
    scale : {"valued", "binary"}
        The portfolio scale (see :mod:`foedus.similarity.portfolios`).
    weights : {None, "cinc"}
        Weigh S by the states' capability shares (COW NMC's CINC).
    ledgers : bool
        Let the ledgers' treaties override ATOP for the members they list (see :mod:`foedus.similarity.portfolios`).

    Raises
    ------
    SimilarityError
        If an option is unknown, or the system is G-W and the store has none.
    """
    import numpy as np

    chosen = check_options(scale, weights, measures)
    top = SCALES[scale]
    year = np.asarray(years, dtype=np.int32)
    code1, code2 = np.asarray(first, dtype=np.int32), np.asarray(second, dtype=np.int32)
    columns = [column_name(m, scale, weights) for m in chosen]
    out = {c: np.full(len(year), np.nan) for c in columns}
    if not len(year):
        return DyadSimilarity(out, (0, 0), (), ())
    start, end = int(year.min()), int(year.max())
    states = state_system(store, system, start, end)
    ties = alliance_ties(store, start, end, ledgers=ledgers)
    provenance: list[dict[str, Any]] = [states.provenance, *ties.provenance]
    notes: list[str] = []
    capabilities: dict[tuple[int, int], float] | None = None
    if weights == "cinc":
        capabilities, source = capability_shares(store, start, end)
        provenance.append(source)
    order = np.argsort(year, kind="stable")
    wanted, starts = np.unique(year[order], return_index=True)
    stops = np.append(starts[1:], len(order))
    system_spans, tie_spans = _spans(states.year, wanted), _spans(ties.year, wanted)
    unweighed: list[int] = []
    with one_blas_thread():
        _fill(out, chosen, columns, wanted, starts, stops, order, code1, code2, states.code, system_spans, ties,
              tie_spans, top, capabilities, unweighed)
    if unweighed:
        notes.append(f"capability-weighted S is missing in {len(unweighed)} year"
                     f"{'s' if len(unweighed) != 1 else ''} ({_years_text(unweighed)}): some state of the system "
                     "has no capability score then")
    outside = sorted({int(y) for y in wanted if not ties.coverage[0] <= y <= ties.coverage[1]})
    if outside:
        notes.append(f"similarity is missing in {_years_text(outside)}: outside the years the ATOP data covers "
                     f"({ties.coverage[0]}–{ties.coverage[1]})")
    return DyadSimilarity(out, ties.coverage, tuple(provenance), tuple(notes))


def _fill(out: dict[str, np.ndarray[Any, Any]], chosen: tuple[str, ...], columns: list[str],
          wanted: np.ndarray[Any, Any], starts: np.ndarray[Any, Any], stops: np.ndarray[Any, Any],
          order: np.ndarray[Any, Any], code1: np.ndarray[Any, Any], code2: np.ndarray[Any, Any],
          system_codes: np.ndarray[Any, Any], system_spans: np.ndarray[Any, Any], ties: AllianceTies,
          tie_spans: np.ndarray[Any, Any], top: int, capabilities: dict[tuple[int, int], float] | None,
          unweighed: list[int]) -> None:
    """Write each year's measures into ``out`` at the rows of its dyads (see :func:`dyad_similarity`)."""
    import numpy as np

    for y, lo, hi, (s_lo, s_hi), (t_lo, t_hi) in zip(wanted, starts, stops, system_spans, tie_spans, strict=True):
        members = system_codes[s_lo:s_hi]
        if not ties.coverage[0] <= y <= ties.coverage[1] or len(members) < 2:
            continue
        matrix = portfolio_matrix(members, ties.ccode1[t_lo:t_hi], ties.ccode2[t_lo:t_hi], ties.level[t_lo:t_hi],
                                  top)
        vector = None
        if capabilities is not None:
            found = [capabilities.get((int(c), int(y))) for c in members]
            if any(v is None for v in found):
                unweighed.append(int(y))
                continue
            vector = np.asarray(found, dtype=np.float64)
        rows = order[lo:hi]
        i = np.minimum(np.searchsorted(members, code1[rows]), len(members) - 1)
        j = np.minimum(np.searchsorted(members, code2[rows]), len(members) - 1)
        inside = (members[i] == code1[rows]) & (members[j] == code2[rows])
        low, high = np.minimum(i, j)[inside], np.maximum(i, j)[inside]  # (A, B) and (B, A) read one cell
        needed = np.unique(np.concatenate([low, high]))
        if len(needed) < len(members) // 2:  # a few pairs (one pair's years): only their portfolios' rows
            matrix = matrix[needed]
            low, high = np.searchsorted(needed, low), np.searchsorted(needed, high)
        matrices = similarity_matrices(matrix, top=top, measures=chosen, weights=vector)
        for measure, column in zip(chosen, columns, strict=True):
            out[column][rows[inside]] = matrices[measure][low, high]


def _years_text(years: list[int]) -> str:
    """Return sorted years as runs: ``1816–1819, 1830``."""
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][1] + 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)
