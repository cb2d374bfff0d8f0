"""The pair told as parties by a word for two ("both", "both of our countries", "the two kingdoms", "them both"): told
bound now by an agreement (its ending's claim beside), members of one a description names, or belonging to one."""

from __future__ import annotations

from foedus.check.models import CheckResult, Claim
from foedus.store import Store
from tests.check.sentences import check_plain as _check


def _parties(result: CheckResult) -> list[Claim]:
    return [c for c in result.claims if c.kind == "agreement_parties"]


def test_a_named_agreement_told_still_binding_both_tells_the_two_its_parties(check_store: Store) -> None:
    right = _parties(_check(check_store, "Argentina and Brazil have long been rivals on the River Plate. "
                                         "The Rio treaty still binds both of them."))
    assert [(c.verdict, c.records[0].id) for c in right] == [("consistent", "1947-rio-treaty")]
    # (one of the two left it in 2013: told bound still, a party no more)
    gone = _parties(_check(check_store, "Brazil and Venezuela share a long jungle border. "
                                        "The Rio treaty is still in force for them both."))
    assert [(c.verdict, c.records[0].id) for c in gone] == [("contradicts", "1947-rio-treaty")]


def test_both_of_our_countries_told_bound_by_it_are_its_parties(check_store: Store) -> None:
    result = _check(check_store, "Argentina and Brazil signed the Inter-American Treaty of Reciprocal Assistance in "
                                 "Rio. Both of our countries remain bound by it today.")
    told = [c for c in _parties(result) if c.text.startswith("Both of our countries")]
    assert [(c.verdict, c.records[0].id) for c in told] == [("consistent", "1947-rio-treaty")]
    assert any(c.kind == "ending" and c.text.startswith("Both of our") for c in result.claims)


def test_the_two_kingdoms_told_founding_members_of_a_named_agreement(check_store: Store) -> None:
    told = _parties(_check(check_store, "Prussia and Saxony were rivals for a century. Both kingdoms were founding "
                                        "members of the German Confederation."))
    assert [c.verdict for c in told] == ["consistent"]


def test_both_told_belonging_to_an_agreement_its_description_and_date_name(check_store: Store) -> None:
    told = _parties(_check(check_store, "Kyrgyzstan and Uzbekistan share the Fergana valley. Both also belong to "
                                        "the Commonwealth's charter of 22 January 1993."))
    assert [c.verdict for c in told] == ["consistent"]


def test_both_told_founding_members_of_an_agreement_an_event_was_read_of(check_store: Store) -> None:
    told = _parties(_check(check_store, "Burkina Faso and Niger are neighbours in the Sahel. Both were founding "
                                        "members of the African Union's constitutive act in July 2000."))
    assert [(c.verdict, c.claimed) for c in told] == [("consistent", "parties: Burkina Faso, Niger")]
