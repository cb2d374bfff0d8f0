"""Record answers where 'not in the record' was said: an alliance's invocation told in other words than "invoked"
(a member's call on it, its appeal, the members' backing of the action it was called on for), found among the
record's invocations of an agreement the sentence's states belong to."""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.models import CheckResult, Claim
from foedus.store import Store


def _check(store: Store, body: str, published: str = "2024-12-01") -> CheckResult:
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def _events(result: CheckResult) -> list[Claim]:
    return [c for c in result.claims if c.kind == "event_date"]


def test_a_members_call_on_an_alliance_is_its_invocation(check_store: Store) -> None:
    called = _events(_check(check_store, "In April 1982 Buenos Aires called upon it against London, in vain."))
    assert [(c.verdict, c.records[0].id) for c in called] == [("consistent", "1982-falklands-rio-treaty")]
    appealed = _events(_check(check_store, "Argentina appealed to its hemispheric allies in April 1982."))
    assert [(c.verdict, c.records[0].id) for c in appealed] == [("consistent", "1982-falklands-rio-treaty")]
    other = _events(_check(check_store, "Argentina appealed to its hemispheric allies in August 1986."))
    assert [c.verdict for c in other] == ["not_in_record"]


def test_the_members_backing_of_the_action_is_the_alliances_invocation(check_store: Store) -> None:
    backed = _events(_check(check_store, "Chile and Colombia endorsed the naval blockade on 23 October 1962."))
    assert [(c.verdict, c.records[0].id) for c in backed] == [("consistent", "1962-rio-treaty-cuban-missile-crisis")]
    supported = _events(_check(check_store, "Ecuador and Uruguay supported the American quarantine in October 1962."))
    assert [(c.verdict, c.records[0].id) for c in supported] == [
        ("consistent", "1962-rio-treaty-cuban-missile-crisis")]
