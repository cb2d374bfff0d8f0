""""The Final Act" told in a sentence naming Helsinki is the Helsinki Final Act; a Final Act of another conference
or place is not. Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.models import CheckResult, Claim
from foedus.store import Store


def _check(store: Store, body: str, published: str = "2024-12-01") -> CheckResult:
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def _parties(result: CheckResult) -> list[Claim]:
    return [c for c in result.claims if c.kind == "agreement_parties"]


def _agreements(result: CheckResult) -> list[tuple[str, str | None]]:
    return [(m.text, m.target) for m in result.mentions if m.kind == "agreement"]


def test_the_final_act_told_with_helsinki_is_the_helsinki_final_act(check_store: Store) -> None:
    result = _check(check_store, "Norway and Spain are old partners. Their envoys sat in Helsinki in August 1975, "
                                 "where both put their names to the Final Act.")
    assert _agreements(result) == [("Final Act", "treaty:atop-3740")]
    assert [c.verdict for c in _parties(result)] == ["consistent"]
    result = _check(check_store, "Canada signed the Final Act at Helsinki in 1975.")
    assert _agreements(result) == [("Final Act", "treaty:atop-3740")]
    assert [c.verdict for c in _parties(result)] == ["consistent"]


def test_a_final_act_of_another_conference_or_place_is_not_linked(check_store: Store) -> None:
    result = _check(check_store, "Prussia signed the Final Act of the Congress of Vienna, later shown in Helsinki.")
    assert ("Final Act", "treaty:atop-3740") not in _agreements(result)
    result = _check(check_store, "Prussia signed the Final Act in Vienna in 1815.")
    assert ("Final Act", "treaty:atop-3740") not in _agreements(result)

