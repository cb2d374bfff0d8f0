"""Tested by war: were alliance commitments honoured when the casus foederis arose?

The literature's most-cited measure of alliance reliability is what allies did when the event their treaty was
written for happened. foedus builds every case of its universe (each member's obligation in each alliance in force
when a partner fought one of COW's inter-state wars, :mod:`foedus.tested.rules`), decides whether the casus
foederis arose by the obligation's own terms as ATOP codes them, and whether the member honoured it under three
rule sets; :mod:`foedus.tested.rates` gives the honoured shares beside the published ones.

>>> from foedus.store import open_store                                      # doctest: +SKIP
>>> with open_store() as store:                                             # doctest: +SKIP
...     report = tested_report(store, pair=(710, 365))

References
----------
Leeds, B. A., Long, A. G., & Mitchell, S. M. (2000). Reevaluating alliance reliability: Specific threats, specific
promises. *Journal of Conflict Resolution*, 44(5), 686-699. https://doi.org/10.1177/0022002700044005006
Berkemeier, M., & Fuhrmann, M. (2018). Reassessing the fulfillment of alliance commitments in war. *Research &
Politics*, 5(2).
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from foedus.results.names import TESTED_CASES_SCHEMA
from foedus.tested.cases import CASE_COLUMNS, TestedCases, case_row, tested_cases, universe_cases
from foedus.tested.rates import GROUPS, PUBLISHED, Published, Rate, rates, wilson_interval
from foedus.tested.records import (
    Commitment,
    Conditions,
    NamedAdversary,
    TestedAlliance,
    War,
    WarPart,
    named_adversaries,
    stored_tested_alliances,
    stored_wars,
    wars_from_rows,
)
from foedus.tested.rules import OUTCOMES, RULE_SETS, Case, alliance_war_cases

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = [
    "CASE_COLUMNS", "GROUPS", "OUTCOMES", "PUBLISHED", "RULE_SETS", "SCHEMA", "Case", "Commitment", "Conditions",
    "NamedAdversary", "Published", "Rate", "TestedAlliance", "TestedCases", "War", "WarPart", "alliance_war_cases",
    "case_row", "cases_csv", "named_adversaries", "rates", "stored_tested_alliances", "stored_wars", "tested_cases",
    "tested_report", "universe_cases", "wars_from_rows", "wilson_interval",
]

#: The name of the JSON schema of :func:`tested_report` (``src/foedus/schemas/tested-cases-1.json``).
SCHEMA = TESTED_CASES_SCHEMA


def _names(codes: set[int]) -> dict[int, str]:
    from foedus.errors import FoedusError
    from foedus.states import state_name

    out = {}
    for code in codes:
        try:
            out[code] = state_name(code)
        except (FoedusError, LookupError):  # a code the state list lacks is shown as the code
            out[code] = str(code)
    return out


def tested_report(store: Store, *, pair: tuple[int, int] | None = None, alliance: str | None = None,
                  universe: TestedCases | None = None) -> dict[str, Any]:
    """Return the war test of the universe, a pair or an alliance, as JSON-ready data (schema :data:`SCHEMA`):
    the shares under each rule set, the published figures beside them, the cases and the data used.

    Raises
    ------
    LookupError
        If ``alliance`` names no alliance with a case.
    """
    found = universe if universe is not None else tested_cases(store, pair if alliance is None else None)
    chosen = list(found.cases)
    if pair is not None:
        chosen = found.for_pair(*pair)
    if alliance is not None:
        wanted = {(c.alliance, c.war, c.member, c.obligation) for c in found.for_alliance(alliance)}
        chosen = [c for c in chosen if (c.alliance, c.war, c.member, c.obligation) in wanted]
        if not chosen:
            raise LookupError(f"no case of an alliance {alliance!r}: give an ATOP id (3200), a key (atop-3200) or a "
                              "ledger slug, of an alliance whose member fought a COW inter-state war while in it")
    codes = {c.member for c in chosen} | {p for c in chosen for p in c.partners}
    names = _names(codes)
    groups = list(GROUPS) if pair is None and alliance is None else ["all", "before 1945", "1945 and after"]
    from foedus.results.tested import TestedCasesModel

    return TestedCasesModel.model_validate({
        "schema": SCHEMA,
        "filter": {"pair": list(pair) if pair else None, "alliance": alliance},
        "rules": list(RULE_SETS),
        "rates": [asdict(r) for r in rates(chosen, groups=groups)],
        "published": [asdict(p) for p in PUBLISHED] if pair is None and alliance is None else [],
        "cases": [case_row(c, names) for c in chosen],
        "counts": {o: sum(c.outcomes["llm"] == o for c in chosen) for o in OUTCOMES},
        "data": list(found.provenance),
    }).model_dump(by_alias=True)


def cases_csv(rows: list[dict[str, Any]]) -> str:
    """Return case rows (from :func:`tested_report`) as CSV in :data:`CASE_COLUMNS` (lists joined with ``;``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CASE_COLUMNS)
    for row in rows:
        cells = []
        for column in CASE_COLUMNS:
            value = row[column]
            if isinstance(value, list):
                value = ";".join(map(str, value))
            elif value is None:
                value = ""
            elif isinstance(value, bool):
                value = "true" if value else "false"
            text = str(value)
            cells.append("'" + text if text[:1] in ("=", "+", "-", "@") and not text[1:2].isdigit() else text)
        writer.writerow(cells)
    return buffer.getvalue()
