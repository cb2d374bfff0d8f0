"""The automatic coding against hand-coded cases from the historical record: Cohen's kappa and every disagreement.

Disagreements (each explained; the same list is in docs/tested.md):

- Dual Alliance, 1914, Germany's defence: COW codes Austria-Hungary as the war's only initiator, so the rules see no
  attack on it; historically Russia's mobilisation against Austria-Hungary invoked article I.
- Franco-Russian Alliance, 1904, France's defence: the convention was aimed at Germany and the Triple Alliance, but
  the ledger's alliance carries no named adversary ATOP codes, so an attack by Japan counts.
- Greek-Serbian Alliance, 1914, Greece's defence: the treaty was aimed at Bulgaria, but no named adversary is coded
  for Greece; Greece's entry beside Serbia in 1917 then counts as honouring it.
- Soviet-Japanese Neutrality Pact, 1945, Japan: neither state began COW's Second World War, so the data cannot tell
  that the USSR attacked Japan; the rules judge both as having fought their partner.
- Pact of Steel, 1939, Italy's offence: under the LLM rule any help during the partner's war honours it, and Italy
  fought beside Germany from June 1940; the strict rule (help from the year the casus arose) codes the violation.
- Triple Alliance of 1865, Uruguay: COW's war 49 lists Brazil, Argentina and Paraguay only, so Uruguay's troops
  are not in the war data.
- Triple Alliance, 1911, Austria-Hungary's offence: ATOP codes an offensive pledge for Austria-Hungary with no
  named adversary or war, so Italy's own war on the Ottoman Empire counts as the casus.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from foedus.tested import TestedCases

_GOLD = Path(__file__).with_name("gold_cases.yaml")
_CATEGORIES = ("honoured", "violated", "not_applicable")


def cohens_kappa(pairs: list[tuple[str, str]]) -> float:
    """Return Cohen's kappa of two codings of the same cases (Cohen 1960, Educ. Psychol. Meas. 20(1))."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in _CATEGORIES) / (n * n)
    return (observed - expected) / (1 - expected)


def _gold() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(_GOLD.read_text(encoding="utf-8"))
    return rows


def compare(universe: TestedCases) -> list[tuple[dict[str, Any], str]]:
    """Return each gold case with the automatic (LLM) outcome of the same alliance, war, member and obligation."""
    found = {(c.alliance, c.war, c.member, c.obligation): c for c in universe.cases}
    out = []
    for row in _gold():
        case = found.get((row["alliance"], row["war"], row["member"], row["obligation"]))
        out.append((row, case.outcomes["llm"] if case is not None else "not_applicable"))
    return out


def test_the_gold_cases_span_the_period_with_a_source_each() -> None:
    rows = _gold()
    assert len(rows) >= 25
    assert all(r["source"] and r["outcome"] in _CATEGORIES for r in rows)
    assert len({(r["alliance"], r["war"], r["member"], r["obligation"]) for r in rows}) == len(rows)


def test_every_gold_case_is_a_case_of_the_universe(universe: TestedCases) -> None:
    keys = {(c.alliance, c.war, c.member, c.obligation) for c in universe.cases}
    missing = [r for r in _gold() if (r["alliance"], r["war"], r["member"], r["obligation"]) not in keys]
    assert missing == []


def test_kappa_against_the_gold_cases_and_the_known_disagreements(universe: TestedCases) -> None:
    pairs = compare(universe)
    kappa = cohens_kappa([(gold["outcome"], auto) for gold, auto in pairs])
    disagreements = {(g["alliance"], g["war"], g["member"]) for g, auto in pairs if g["outcome"] != auto}
    assert disagreements == {
        ("at-de-1879-dual-alliance", 106, 255), ("fr-ru-1893-franco-russian-alliance", 85, 220),
        ("gr-rs-1913-greek-serbian-alliance", 106, 350), ("jp-su-1941-neutrality-pact", 139, 740),
        ("de-it-1939-pact-of-steel", 139, 325), ("1865-triple-alliance-paraguayan-war", 49, 165),
        ("1882-triple-alliance", 97, 300),
    }
    assert round(kappa, 2) == 0.64
