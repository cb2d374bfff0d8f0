"""The panel verb: alliance-portfolio similarity merged into a dyad-year panel (:mod:`foedus.panels`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.similarity.dyads import check_options, column_name, dyad_similarity

if TYPE_CHECKING:
    from foedus.panels import Panel
    from foedus.store import Store

__all__ = ["MEASURE_REFERENCES", "with_similarity"]

#: The works behind each measure (ids of :data:`foedus.cite.METHOD_REFERENCES`).
MEASURE_REFERENCES: dict[str, tuple[str, ...]] = {
    "s": ("signorino1999similarity",), "s_squared": ("signorino1999similarity",),
    "kappa": ("hage2011similarity",), "pi": ("hage2011similarity",), "taub": ("buenodemesquita1975polarity",),
}

_LEDGER_NOTE = ("similarity: the ledgers' treaties override ATOP for the members they list, and add the treaties ATOP "
                "lacks")


def with_similarity(
    panel: Panel, measures: Sequence[str] | str | None = None, *, scale: str = "valued", weights: str | None = None,
    ledgers: bool = True, db: Store | str | Path | None = None,
) -> Panel:
    """Return ``panel`` with the alliance-portfolio similarity of each dyad-year: one column per measure.

    The columns are named ``{measure}_{scale}``, and ``{measure}_{scale}_cinc`` when weighted: ``s_valued``,
    ``s_squared_valued``, ``kappa_valued``, ``pi_valued``, ``taub_valued``, ``s_valued_cinc``... Each year's
    portfolios range over the states of the panel's system that year (see :mod:`foedus.similarity.portfolios`);
    the directed rows (A, B) and (B, A) carry the same value, as does the non-directed row. Years outside ATOP's
    coverage are missing (NaN), never 0. Call it again with another scale or weights to add more columns.

    Parameters
    ----------
    panel : Panel
        A dyad-year panel (from :func:`foedus.panels.dyad_years`).
    measures : sequence of str, optional
        Any of ``s`` (absolute distances), ``s_squared``, ``kappa``, ``pi``, ``taub``; by default all of them (only
        the two S when weighted).
    scale : {"valued", "binary"}
        ATOP's obligations on the 0-3 scale (3 defence or offence, 2 neutrality or consultation, 1 non-aggression
        only), or any alliance as 1. κ and π weigh disagreements quadratically on the valued scale.
    weights : {None, "cinc"}
        Weigh S by the states' capability shares (COW NMC's CINC), as Signorino and Ritter do.
    ledgers : bool
        Let the ledgers' treaties override ATOP for the members they list (see :mod:`foedus.similarity.portfolios`);
        False: ATOP only.
    db : store or path, optional
        The store to read from; by default the one ``panel`` was built from.

    Raises
    ------
    PanelError
        If ``panel`` is not a dyad-year panel, or already has the columns.
    SimilarityError
        If a measure, scale or weight is unknown, or weights are asked for κ, π or τb.

    References
    ----------
    Signorino, C. S., & Ritter, J. M. (1999). Tau-b or not tau-b: Measuring the similarity of foreign policy
    positions. *International Studies Quarterly*, 43(1), 115-144. https://doi.org/10.1111/0020-8833.00113
    Häge, F. M. (2011). Choice or circumstance? Adjusting measures of foreign policy similarity for chance agreement.
    *Political Analysis*, 19(3), 287-305. https://doi.org/10.1093/pan/mpr023
    Bueno de Mesquita, B. (1975). Measuring systemic polarity. *Journal of Conflict Resolution*, 19(2), 187-216.
    https://doi.org/10.1177/002200277501900201
    """
    from foedus.panels import Panel, PanelError, _reading

    if not isinstance(panel, Panel) or panel.unit != "dyad-year":
        raise PanelError("with_similarity needs a dyad-year panel: build one first with dyad_years(system, start, end) "
                         "(or `foedus panel dyad-years`)")
    chosen = check_options(scale, weights, measures)
    names = [column_name(m, scale, weights) for m in chosen]
    if taken := [n for n in names if n in panel.frame.columns]:
        raise PanelError(f"the panel already has {', '.join(taken)}: with_similarity was applied to it before with "
                         "these measures, scale and weights")
    first, second = panel.code_columns
    frame = panel.frame
    with _reading(db if db is not None else panel.db) as store:
        result = dyad_similarity(store, panel.system, frame["year"].to_numpy(), frame[first].to_numpy(),
                                 frame[second].to_numpy(), measures=chosen, scale=scale, weights=weights,
                                 ledgers=ledgers)
    cites = ["leeds2002atop", *dict.fromkeys(ref for m in chosen for ref in MEASURE_REFERENCES[m])]
    provenance = list(panel.provenance)
    for source in result.provenance:
        if source["role"] == "state system" or source.get("kind") == "ledgers":
            continue  # the panel's own state system is in its provenance already; the ledgers are named in a note
        weighted = source["role"] == "capability weights"
        role = "similarity weights" if weighted else "similarity"
        added = [c for c in result.values if c.endswith("_cinc") or not weighted]
        same = next((k for k, p in enumerate(provenance)
                     if p["role"] == role and p["sha256"] == (source.get("sha256") or "")), None)
        if same is not None:  # a second call (another scale, the weights) adds its columns to the entry
            provenance[same] = {**provenance[same], "columns": [*provenance[same]["columns"], *added],
                                "cites": list(dict.fromkeys([*provenance[same]["cites"], *cites]))
                                if not weighted else provenance[same]["cites"]}
            continue
        provenance.append({
            "role": role, "dataset": source["dataset"].lower() if not weighted else "nmc",
            "layout": source.get("kind"), "version": source.get("version"), "file": source["name"],
            "sha256": source.get("sha256") or "", "rows": None, "coverage": source.get("coverage"),
            "columns": added, "ledgers": ledgers,
            "cites": ["singer1972capabilities", "cow-nmc7"] if weighted else cites,
        })
    notes = list(panel.notes) + [n for n in result.notes if n not in panel.notes]
    if ledgers and _LEDGER_NOTE not in notes:
        notes.append(_LEDGER_NOTE)
    return dataclasses.replace(panel, frame=frame.assign(**result.values), provenance=tuple(provenance),
                               notes=tuple(notes))
