"""Every case of the universe: all alliances in the store against all wars, each with its evidence.

An alliance meets a war when one of its members fought in it while a member; :func:`foedus.tested.rules.
alliance_war_cases` then decides each member's obligations. States' names are resolved only for display.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from foedus.tested.records import TestedAlliance, War, stored_tested_alliances, stored_wars
from foedus.tested.rules import RULE_SETS, Case, alliance_war_cases

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = ["CASE_COLUMNS", "TestedCases", "case_row", "tested_cases", "universe_cases"]

#: The columns of the case table (CSV), in order; the JSON schema ``foedus.tested-cases/1`` describes each.
CASE_COLUMNS: tuple[str, ...] = (
    "alliance", "atopid", "source", "title", "bilateral", "war", "war_start", "war_end", "member", "member_name",
    "obligation", "year", "partners", "arose", "condition", "unverified", "timing_uncertain", "major",
    "outcome_llm", "outcome_strict", "outcome_lenient", "reason_llm", "reason_strict", "reason_lenient",
    "member_parts", "partner_parts", "war_lines", "atop_lines",
)


@dataclass(frozen=True)
class TestedCases:
    """The cases of a store's universe and the data they rest on (wars: shipped or imported, with sha256)."""

    __test__ = False  # not a pytest test class, despite its name

    cases: tuple[Case, ...]
    provenance: tuple[dict[str, Any], ...]

    def for_pair(self, a: int, b: int) -> list[Case]:
        """Return the cases where one of ``a``, ``b`` is the member and the other a partner (or the partner)."""
        return [c for c in self.cases if (c.member == a and b in c.partners) or (c.member == b and a in c.partners)]

    def for_alliance(self, key: str) -> list[Case]:
        """Return the cases of one alliance, by key (``atop-3200`` or a ledger slug) or ATOP id."""
        return [c for c in self.cases if c.alliance == key or (c.atopid is not None and str(c.atopid) == key)]


def universe_cases(alliances: Iterable[TestedAlliance], wars: dict[int, War],
                   majors: dict[int, list[tuple[float, float]]] | None = None) -> list[Case]:
    """Return the cases of ``alliances`` in ``wars``, ordered by war, alliance, member and obligation."""
    fought: dict[int, list[War]] = {}
    for war in wars.values():
        for code in war.participants():
            fought.setdefault(code, []).append(war)
    cases: list[Case] = []
    for alliance in alliances:
        met: dict[int, War] = {}
        for m in alliance.members:
            for war in fought.get(m.ccode, []):
                if m.start <= war.end and (m.end is None or m.end >= war.start):
                    met[war.number] = war
        for war in met.values():
            cases.extend(alliance_war_cases(alliance, war, majors))
    order = {o: i for i, o in enumerate(("defense", "offense", "neutrality", "non_aggression", "consultation"))}
    return sorted(cases, key=lambda c: (c.war, c.alliance, c.member, order[c.obligation]))


def tested_cases(store: Store, pair: tuple[int, int] | None = None) -> TestedCases:
    """Return every case of the store's universe: its alliances (ledgers over ATOP) against its wars; with
    ``pair``, only the cases of the alliances both states belonged to where one was member and the other partner."""
    from foedus.reliability.spells import major_power_periods
    from foedus.universe import family_relation

    wars, provenance = stored_wars(store)
    alliances = stored_tested_alliances(store, pair)
    cases = universe_cases(alliances, wars, major_power_periods(store))
    if pair is not None:
        a, b = pair
        cases = [c for c in cases if (c.member == a and b in c.partners) or (c.member == b and a in c.partners)]
    atop = [dict(p, family=f) for f in ("atop_members", "atop_conditions")
            for p in family_relation(store, f).provenance]
    return TestedCases(tuple(cases), tuple([dict(p, family="war_dyad_years") for p in provenance] + atop))


def _parts(parts: Iterable[Any]) -> str:
    return "; ".join(f"{p.ccode} side {'AB'[p.side - 1]} {p.first}-{p.last}{' (began it)' if p.initiator else ''}"
                     for p in parts)


def case_row(case: Case, names: dict[int, str] | None = None) -> dict[str, Any]:
    """Return a case as one flat row of :data:`CASE_COLUMNS` (lists joined for CSV by the caller)."""
    row: dict[str, Any] = {
        "alliance": case.alliance, "atopid": case.atopid, "source": case.source, "title": case.title,
        "bilateral": case.bilateral, "war": case.war, "war_start": case.war_start, "war_end": case.war_end,
        "member": case.member, "member_name": (names or {}).get(case.member, str(case.member)),
        "obligation": case.obligation, "year": case.year, "partners": list(case.partners), "arose": case.arose,
        "condition": case.condition, "unverified": list(case.unverified), "timing_uncertain": case.timing_uncertain,
        "major": case.major,
    }
    for rule in RULE_SETS:
        row[f"outcome_{rule}"] = case.outcomes[rule]
    for rule in RULE_SETS:
        row[f"reason_{rule}"] = case.reasons[rule]
    row["member_parts"] = _parts(case.member_parts)
    row["partner_parts"] = _parts(case.partner_parts)
    row["war_lines"] = list(case.war_lines)
    row["atop_lines"] = list(case.atop_lines)
    return row
