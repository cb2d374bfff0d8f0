"""A body a state joins by the agreement that founded it ("the African Union", by its Constitutive Act) is read as
that agreement only where the sentence tells a state joining, leaving or being a member of it, never where the body
acts or owns another agreement. Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.models import CheckResult, Claim
from foedus.store import Store


def _check(store: Store, body: str, published: str = "2024-12-01") -> CheckResult:
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def _claims(result: CheckResult, kind: str) -> list[Claim]:
    return [c for c in result.claims if c.kind == kind]


def _bodies(result: CheckResult) -> list[tuple[str, str | None]]:
    return [(m.text, m.target) for m in result.mentions if m.kind == "agreement"]


def test_members_of_a_body_are_parties_to_its_founding_act(check_store: Store) -> None:
    result = _check(check_store, "Ghana and Nigeria are both members of the African Union.")
    assert _bodies(result) == [("African Union", "treaty:atop-4953")]
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["consistent"]
    result = _check(check_store, "Kenya and Ethiopia sit together in the African Union.")
    assert _bodies(result) == [("African Union", "treaty:atop-4953")]
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["consistent"]


def test_a_body_that_acts_or_owns_another_pact_is_not_its_founding_act(check_store: Store) -> None:
    result = _check(check_store, "The African Union suspended Mali and Guinea in 2021.")
    assert not _bodies(result)
    assert not _claims(result, "agreement_parties")
    result = _check(check_store, "Ghana joined the African Union's common defence pact.")
    assert ("African Union", "treaty:atop-4953") not in _bodies(result)
    # the European Union is not read as its treaty (measured: it lowered a set nobody had read)
    assert not _bodies(_check(check_store, "Finland and Sweden entered the European Union on 1 January 1995."))
