"""One pair's alliance-portfolio similarity year by year, beside the agreements of its record."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from foedus.errors import IncompatibleInputError
from foedus.results.names import SIMILARITY_SCHEMA
from foedus.similarity.dyads import column_name, dyad_similarity
from foedus.similarity.measures import MEASURES
from foedus.similarity.panel import MEASURE_REFERENCES
from foedus.text import DEFAULT_CODING

if TYPE_CHECKING:
    import pandas as pd

    from foedus.history import Agreement
    from foedus.results.similarity import SimilarityModel
    from foedus.states import State
    from foedus.store import Store

__all__ = ["SIMILARITY_SCHEMA", "PairAgreement", "PairSimilarity", "pair_similarity"]


_LABELS = {"s": "S", "s_squared": "S (squared distances)", "kappa": "Cohen's κ", "pi": "Scott's π",
           "taub": "Kendall's τb"}


@dataclass(frozen=True)
class PairAgreement:
    """An agreement with military obligations the two states were both party to, and the years they were."""

    slug: str
    title: str
    obligations: list[str]
    multilateral: bool
    start: int
    end: int | None  # None: in force at the end of the record
    ending: str | None  # how it ended in the curated reading (else ATOP's), when it did
    origin: str


@dataclass(frozen=True)
class PairSimilarity:
    """The similarity of two states' alliance portfolios in each year both were in the system.

    ``values`` maps each column (``s_valued``, ``kappa_valued``..., ``s_valued_cinc``) to one value per year in
    ``years`` (NaN where it is missing); ``agreements`` are the record's agreements with military obligations
    between the two (from :func:`foedus.history.pair_history`).
    """

    a: State
    b: State
    names: tuple[str, str]
    system: str
    scale: str
    start: int
    end: int
    years: list[int]
    values: dict[str, list[float]]
    agreements: list[PairAgreement]
    coverage: tuple[int, int]
    provenance: tuple[dict[str, Any], ...]
    notes: tuple[str, ...]
    ledgers: bool

    @property
    def title(self) -> str:
        """Return the pair as a heading: ``China (710) – Russia (365)``."""
        return f"{self.names[0]} ({self.a.ccode}) – {self.names[1]} ({self.b.ccode})"

    def label(self, column: str) -> str:
        """Return a column's name in words: ``S``, ``Cohen's κ``, ``S weighted by capabilities``..."""
        measure = column.removesuffix("_cinc").removesuffix(f"_{self.scale}")
        return _LABELS.get(measure, measure) + (" weighted by capabilities" if column.endswith("_cinc") else "")

    def in_force(self, year: int) -> list[PairAgreement]:
        """Return the agreements binding both states in ``year``."""
        return [a for a in self.agreements if a.start <= year and (a.end is None or year <= a.end)]

    def to_frame(self) -> pd.DataFrame:
        """Return one row per year: ``year`` and each measure's column."""
        import pandas as pd

        return pd.DataFrame({"year": self.years, **self.values})

    def to_model(self) -> SimilarityModel:
        """Return the result as its result model (:class:`foedus.results.similarity.SimilarityModel`; missing values
        are null)."""
        from foedus.results.similarity import SimilarityModel

        def number(value: float) -> float | None:
            return None if math.isnan(value) else round(value, 6)

        return SimilarityModel.model_validate({
            "schema": SIMILARITY_SCHEMA,
            "pair": [{"ccode": s.ccode, "name": n} for s, n in zip((self.a, self.b), self.names, strict=True)],
            "system": self.system, "scale": self.scale, "from": self.start, "to": self.end,
            "coverage": list(self.coverage), "ledgers": self.ledgers,
            "measures": [{"column": c, "label": self.label(c)} for c in self.values],
            "years": [{"year": y, **{c: number(v[i]) for c, v in self.values.items()}}
                      for i, y in enumerate(self.years)],
            "agreements": [{"slug": a.slug, "title": a.title, "obligations": a.obligations,
                            "multilateral": a.multilateral, "start": a.start, "end": a.end, "ending": a.ending,
                            "origin": a.origin} for a in self.agreements],
            "files": [{k: p.get(k) for k in ("role", "kind", "name", "dataset", "version", "sha256")}
                      for p in self.provenance],
            "references": sorted({r for c in self.values for r in _references(c, self.scale)}),
            "notes": list(self.notes),
        })

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data in the ``foedus.similarity/1`` schema (:meth:`to_model`)."""
        return self.to_model().model_dump(by_alias=True)


def _references(column: str, scale: str) -> tuple[str, ...]:
    measure = column.removesuffix("_cinc").removesuffix(f"_{scale}")
    return MEASURE_REFERENCES.get(measure, ())


def _year(text: str | None) -> int | None:
    return int(text[:4]) if text else None


def _pair_agreement(agreement: Agreement, a: int, b: int) -> PairAgreement | None:
    """Return the agreement with the years both ``a`` and ``b`` were party to it, or None (no military
    obligation, or never both at once)."""
    if not agreement.military:
        return None
    first = [m for m in agreement.members if m.ccode == a]
    second = [m for m in agreement.members if m.ccode == b]
    if first and second:
        start = max(min(_year(m.entered) or 0 for m in first), min(_year(m.entered) or 0 for m in second))
        exits = [_year(m.exited) for m in first + second]
        end = min((y for y in exits if y is not None), default=None)
        if end is None or any(y is None for y in exits):
            ended = _year(agreement.ended)
            end = min(end, ended) if end is not None and ended is not None else (end if end is not None else ended)
    else:
        start, end = _year(agreement.signed) or 0, _year(agreement.ended)
    outcome = agreement.pair_reading(DEFAULT_CODING, (a, b)) or agreement.pair_reading("atop", (a, b))
    ending = outcome.ending if outcome is not None and end is not None else None
    return PairAgreement(agreement.slug, agreement.title, list(agreement.obligations), agreement.multilateral, start,
                         end, ending, agreement.origin)


def pair_similarity(
    store: Store, a: str | int, b: str | int, *, start: int | None = None, end: int | None = None,
    scale: str = "valued", system: str = "cow", ledgers: bool = True,
) -> PairSimilarity:
    """Return the similarity of the alliance portfolios of ``a`` and ``b`` in each year, with their agreements.

    Every measure (S with absolute and squared distances, Cohen's κ, Scott's π, Kendall's τb) and S weighted by
    capability shares, on ``scale``, for each year from ``start`` to ``end`` in which both states were in the
    system (by default the years ATOP covers). Years outside ATOP's coverage are missing, never 0.

    Parameters
    ----------
    store : Store
        An open store.
    a, b : str or int
        Any name, ISO3, COW abbreviation or COW code of a state.
    start, end : int, optional
        The first and last year (default: those of the ATOP data in use).
    scale : {"valued", "binary"}
        The portfolio scale (:mod:`foedus.similarity.portfolios`).
    system : {"cow", "gw"}
        The state system of the portfolios.
    ledgers : bool
        Let the ledgers override ATOP for the members they list.

    Raises
    ------
    StateNotFoundError, AmbiguousStateError
        If a state cannot be resolved.
    IncompatibleInputError
        If the two states are the same, or ``start`` is after ``end``.

    References
    ----------
    Signorino, C. S., & Ritter, J. M. (1999). *International Studies Quarterly*, 43(1), 115-144.
    https://doi.org/10.1111/0020-8833.00113
    Häge, F. M. (2011). *Political Analysis*, 19(3), 287-305. https://doi.org/10.1093/pan/mpr023
    Bueno de Mesquita, B. (1975). *Journal of Conflict Resolution*, 19(2), 187-216.
    https://doi.org/10.1177/002200277501900201
    """
    import numpy as np

    from foedus.history import pair_history
    from foedus.similarity.portfolios import state_system
    from foedus.states import name_periods, resolve_state
    from foedus.universe import family_relation

    state_a, state_b = resolve_state(a), resolve_state(b)
    if state_a.ccode == state_b.ccode:
        raise IncompatibleInputError(f"{a!r} and {b!r} are the same state ({state_a.ccode}); name two different states")
    for name, value in (("start", start), ("end", end)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise IncompatibleInputError(f"{name} must be a year (an integer), not {value!r}")
    coverage = family_relation(store, "atop_members").coverage or (1816, 2016)
    first = start if start is not None else coverage[0]
    last = end if end is not None else coverage[1]
    if first > last:
        raise IncompatibleInputError(f"the start year {first} is after the end year {last}")
    states = state_system(store, system, first, last)
    present: dict[int, set[int]] = {}
    for year, code in zip(states.year.tolist(), states.code.tolist(), strict=True):
        present.setdefault(year, set()).add(code)
    years = [y for y in range(first, last + 1) if {state_a.ccode, state_b.ccode} <= present.get(y, set())]
    columns = [column_name(m, scale, None) for m in MEASURES] + [column_name("s", scale, "cinc")]
    values: dict[str, list[float]] = {c: [] for c in columns}
    provenance: tuple[dict[str, Any], ...] = ()
    notes: list[str] = []
    if years:
        count = len(years)
        for weights in (None, "cinc"):
            result = dyad_similarity(store, system, np.asarray(years), np.full(count, state_a.ccode),
                                     np.full(count, state_b.ccode), measures=None if weights is None else ["s"],
                                     scale=scale, weights=weights, ledgers=ledgers)
            for column, array in result.values.items():
                values[column] = array.tolist()
            provenance += tuple(p for p in result.provenance if p not in provenance)
            notes += [n for n in result.notes if n not in notes]
    else:
        notes.append(f"{state_a.name} and {state_b.name} were not both in the {system.upper()} system in any year from "
                     f"{first} to {last}")
    history = pair_history(store, state_a.ccode, state_b.ccode, since=first, until=last, tested=False)
    agreements = sorted((p for p in (_pair_agreement(x, state_a.ccode, state_b.ccode) for x in history.agreements)
                         if p is not None), key=lambda p: (p.start, p.slug))
    names = (name_periods(a)[0].name, name_periods(b)[0].name)
    return PairSimilarity(state_a, state_b, names, system, scale, first, last, years, values, agreements, coverage,
                          provenance, tuple(notes), ledgers)
