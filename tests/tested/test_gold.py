"""The automatic coding against hand-coded cases from the historical record: Cohen's kappa and every disagreement.

Two sets: ``gold_cases.yaml`` (31 cases, coded while the rules were written) and ``gold_heldout.yaml`` (21 cases of
other alliances and wars, coded and committed before the named-adversary and who-attacked-whom rules were run on
them; the rules were revised twice after their answers on both sets were seen, see docs/tested.md: 0.635, then
0.696, then 0.84 on the held-out set). Kappa is over the categories honoured, violated, not_applicable and
uncertain (the coder's abstention, which never agrees with a hand coding); it is also given over the cases the
coder decides. Every disagreement is
explained in docs/tested.md ("Gold cases and agreement"):

- old set, the coder abstains (``uncertain``: who attacked whom inside the war the years cannot tell, see
  ``War.began``): Triple Alliance 1915 (Italy's neutrality), Soviet-Japanese pact 1945 (both members),
  Molotov-Ribbentrop pact 1941 (both members), Italo-Soviet pact 1941 (Italy), Austro-German-Romanian alliance
  1914 (Romania's defence: Italy, still a member in 1915, fought Bulgaria that year);
- old set, decided differently: Dual Alliance 1914 (COW codes Austria-Hungary as the initiator), Greek-Serbian
  alliance 1914 (ATOP codes the defence with no named adversary), Triple Alliance of 1865 (Uruguay is not in COW's
  war);
- held-out set: Tripartite Pact 1941 (abstains: Japan and the United States entered the war the year they fought),
  NATO 2001 (the casus, the attack of 11 September, was not an inter-state war; COW has the United States begin
  the war with Afghanistan).

A third set, ``gold_blind.yaml`` (33 cases of other alliances and wars), was coded blind by a helper session that
never ran the coder (its form is checked by ``test_gold_blind_form.py``); its kappa was measured once, after it was
committed: 0.59 (0.62 over the 32 cases the coder decides). Its disagreements were then studied and two general rules
changed (an attack by a fellow member sets off the others' defence; a member that went over to the other side of its
partner's war violated its defence or offence), so it is no longer blind: 0.73 (0.76 decided). Its six remaining
disagreements (docs/tested.md): the Soviet invasion of Poland in 1939 is no USSR-Poland dyad of COW's war (three
cases of the 1932 Polish-Soviet pact); the Serbian-Bulgarian alliance's offence in the First Balkan War (ATOP makes
it conditional on the number of adversaries, read as several, and each member fought only the Ottoman Empire: two
cases); the Italo-Yugoslav pact of 1937 in 1941 (the coder abstains). The first set's Pact of Steel case (Italy's
offence, 1939) now agrees: Italy went over to the Allies in 1943.

A fourth set, ``gold_blind2.yaml`` (40 cases), was coded blind by another helper session that never ran the coder,
read its rules or output, or saw any discussion of cases (its header says what it did see). Its kappa was measured
once, on the rules as they were when it was committed (with the fellow-member and change-of-sides rules): **0.51**
(0.51 over the 40 cases the coder decides; 0.48 on the rules before those two changes), 13 disagreements. That was the
blind figure; its disagreements were then studied (docs/tested.md), so the set is **no longer blind** from then on.
Two general rules changed because of them (ATOP's ``cowwar`` on the partner's row shows a treaty signed during the war
the partner was fighting where the years cannot; a located defence against a named adversary of another region is not
voided by reading the location as the attacker's region): 0.55 (0.55 decided), 12 disagreements, the other sets
unchanged. What remains: Montenegro, Denmark, Iran, Thailand and Egypt are not in COW's wars (five cases), the
attacks of 11 September were not an inter-state war (ANZUS), COW codes the Balkan League's side as the initiator of the
First Balkan War, ATOP codes Ethiopia-Kenya's defence without a named adversary, the location of the Taiwan treaty
and of the Anglo-Prussian treaty of 1870 the data cannot check, and two judgement calls (Russia's separate peace,
1917; India's use of force before 3 December 1971).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from foedus.tested import TestedCases

_GOLD = Path(__file__).with_name("gold_cases.yaml")
_HELDOUT = Path(__file__).with_name("gold_heldout.yaml")
_BLIND = Path(__file__).with_name("gold_blind.yaml")
_BLIND2 = Path(__file__).with_name("gold_blind2.yaml")
_CATEGORIES = ("honoured", "violated", "not_applicable", "uncertain")


def cohens_kappa(pairs: list[tuple[str, str]]) -> float:
    """Return Cohen's kappa of two codings of the same cases (Cohen 1960, Educ. Psychol. Meas. 20(1))."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in _CATEGORIES) / (n * n)
    return (observed - expected) / (1 - expected)


def _gold(path: Path = _GOLD) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return rows


def compare(universe: TestedCases, path: Path = _GOLD) -> list[tuple[dict[str, Any], str]]:
    """Return each gold case with the automatic (LLM) outcome of the same alliance, war, member and obligation (no
    case: the casus never came up, ``not_applicable``)."""
    found = {(c.alliance, c.war, c.member, c.obligation): c for c in universe.cases}
    out = []
    for row in _gold(path):
        case = found.get((row["alliance"], row["war"], row["member"], row["obligation"]))
        out.append((row, case.outcomes["llm"] if case is not None else "not_applicable"))
    return out


def test_the_gold_cases_span_the_period_with_a_source_each() -> None:
    rows, heldout = _gold(), _gold(_HELDOUT)
    assert len(rows) >= 25 and len(heldout) >= 12
    for r in rows + heldout:
        assert r["source"] and r["outcome"] in _CATEGORIES[:3]
    keys = [(r["alliance"], r["war"], r["member"], r["obligation"]) for r in rows + heldout]
    assert len(set(keys)) == len(keys)
    assert not {(r["alliance"], r["war"]) for r in rows} & {(r["alliance"], r["war"]) for r in heldout}


def test_every_gold_case_is_a_case_of_the_universe(universe: TestedCases) -> None:
    keys = {(c.alliance, c.war, c.member, c.obligation) for c in universe.cases}
    missing = [(r["alliance"], r["war"], r["member"], r["obligation"]) for r in _gold() + _gold(_HELDOUT)
               if (r["alliance"], r["war"], r["member"], r["obligation"]) not in keys]
    # ATOP's member-level coding gives the Triple Alliance's offensive pledge to Germany alone: Austria-Hungary
    # made none, so no case arises (the hand coding: not applicable)
    assert missing == [("1882-triple-alliance", 97, 300, "offense")]


def _disagreements(pairs: list[tuple[dict[str, Any], str]]) -> set[tuple[str, int, int, str]]:
    return {(g["alliance"], g["war"], g["member"], auto) for g, auto in pairs if g["outcome"] != auto}


def test_kappa_against_the_gold_cases_and_the_known_disagreements(universe: TestedCases) -> None:
    pairs = compare(universe)
    assert _disagreements(pairs) == {
        ("1882-triple-alliance", 106, 325, "uncertain"),
        ("1883-austro-german-romanian-alliance", 106, 360, "uncertain"),
        ("jp-su-1941-neutrality-pact", 139, 365, "uncertain"), ("jp-su-1941-neutrality-pact", 139, 740, "uncertain"),
        ("de-su-1939-molotov-ribbentrop", 139, 255, "uncertain"),
        ("de-su-1939-molotov-ribbentrop", 139, 365, "uncertain"), ("atop-2305", 139, 325, "uncertain"),
        ("at-de-1879-dual-alliance", 106, 255, "not_applicable"),
        ("gr-rs-1913-greek-serbian-alliance", 106, 350, "honoured"),
        ("1865-triple-alliance-paraguayan-war", 49, 165, "violated"),
    }
    assert round(cohens_kappa([(g["outcome"], auto) for g, auto in pairs]), 2) == 0.54
    decided = [(g["outcome"], auto) for g, auto in pairs if auto != "uncertain"]
    assert len(decided) == 24 and round(cohens_kappa(decided), 2) == 0.79


def test_kappa_against_the_held_out_gold_cases(universe: TestedCases) -> None:
    pairs = compare(universe, _HELDOUT)
    assert _disagreements(pairs) == {("1940-tripartite-pact", 139, 255, "uncertain"),
                                     ("1949-nato", 225, 200, "not_applicable")}
    assert round(cohens_kappa([(g["outcome"], auto) for g, auto in pairs]), 2) == 0.84
    decided = [(g["outcome"], auto) for g, auto in pairs if auto != "uncertain"]
    assert len(decided) == 20 and round(cohens_kappa(decided), 2) == 0.91


def test_kappa_against_the_blind_gold_cases(universe: TestedCases) -> None:
    pairs = compare(universe, _BLIND)
    assert _disagreements(pairs) == {
        ("bg-rs-1912-serbian-bulgarian-alliance", 100, 355, "not_applicable"),
        ("bg-rs-1912-serbian-bulgarian-alliance", 100, 345, "not_applicable"),
        ("atop-2295", 139, 365, "not_applicable"), ("atop-2295", 139, 365, "honoured"),
        ("atop-2295", 139, 290, "not_applicable"), ("atop-2405", 139, 325, "uncertain"),
    }
    assert round(cohens_kappa([(g["outcome"], auto) for g, auto in pairs]), 2) == 0.73
    decided = [(g["outcome"], auto) for g, auto in pairs if auto != "uncertain"]
    assert len(decided) == 32 and round(cohens_kappa(decided), 2) == 0.76


def test_kappa_against_the_second_blind_gold_cases(universe: TestedCases) -> None:
    """The second blind set: 0.51 (40 cases, all decided, 13 disagreements) measured once, blind, on the rules it was
    committed against; no longer blind since its disagreements were studied and two general rules changed (the Pacific
    alliance of 1865 now agrees; Japan-Thailand 1941 is violated, Thailand being absent from COW's war): 0.55."""
    pairs = compare(universe, _BLIND2)
    assert _disagreements(pairs) == {
        ("atop-1295", 58, 200, "violated"),
        ("atop-1475", 100, 350, "not_applicable"), ("atop-1480", 100, 345, "not_applicable"),
        ("1915-treaty-of-london", 106, 365, "honoured"), ("atop-2450", 139, 255, "not_applicable"),
        ("jp-th-1941-alliance", 139, 800, "violated"), ("atop-2195", 139, 365, "not_applicable"),
        ("eg-gb-1936-anglo-egyptian-treaty", 139, 651, "violated"),
        ("tw-us-1954-mutual-defense-treaty", 159, 2, "violated"),
        ("in-pk-1966-tashkent-declaration", 178, 750, "honoured"), ("et-ke-1963-defence-pact", 219, 501, "violated"),
        ("1951-anzus", 225, 900, "not_applicable"),
    }
    assert round(cohens_kappa([(g["outcome"], auto) for g, auto in pairs]), 2) == 0.55
    decided = [(g["outcome"], auto) for g, auto in pairs if auto != "uncertain"]
    assert len(decided) == 40 and round(cohens_kappa(decided), 2) == 0.55
