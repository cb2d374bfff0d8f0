"""Parties to an agreement told by forms that recur across articles (issue 22, round 40): an entry told by "came in"
or "entered (it)" with a word of lateness before its date, and a membership told of "it", the agreement last spoken
of ("is a party to it", "remain members of it"). Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _entries(result: object) -> list[tuple[str, str]]:
    """Return each entry claimed ("parties: Spain: entry into ...") as its state and its verdict."""
    return [(c.claimed.split(": ")[1], c.verdict) for c in _claims(result, "agreement_parties")  # type: ignore[arg-type]
            if ": entry into " in c.claimed]


def test_an_entry_told_late_by_came_in_or_entered_it(check_store: Store) -> None:
    late = _check(check_store, "Belgium and the Netherlands signed the North Atlantic Treaty in 1949. Spain came in "
                               "only in 1984, long after the others.")
    assert _entries(late) == [("Spain", "contradicts")]
    entered = _check(check_store, "Portugal was a founding member of the North Atlantic Treaty in 1949, and Greece "
                                  "entered it on 22 October 1951.")
    assert _entries(entered) == [("Kingdom of Greece", "consistent")]


def test_a_membership_told_of_it_the_agreement_last_spoken_of(check_store: Store) -> None:
    text = "Paraguay and Uruguay signed the Rio treaty in 1947. {}"
    member = _check(check_store, text.format("Honduras, a small republic, is still a member of it."))
    assert [(c.claimed, c.verdict) for c in _claims(member, "agreement_parties") if "Honduras" in c.claimed] == [
        ("parties: Honduras", "consistent")]
    stranger = _check(check_store, text.format("Japan, a reader wrote to us, is a party to it."))
    assert [c.verdict for c in _claims(stranger, "agreement_parties") if "Japan" in c.claimed] == ["contradicts"]


def test_a_seat_inside_or_outside_the_agreement_last_spoken_of(check_store: Store) -> None:
    text = "Paraguay and Uruguay signed the Rio treaty in 1947. {}"
    inside = _check(check_store, text.format("Honduras was already inside, and Guatemala stayed in."))
    assert sorted((c.claimed, c.verdict) for c in _claims(inside, "agreement_parties")
                  if "Honduras" in c.claimed or "Guatemala" in c.claimed) == [
        ("parties: Guatemala", "consistent"), ("parties: Honduras", "consistent")]
    still = _check(check_store, text.format("Ecuador and Bolivia are still in it."))
    assert [c.verdict for c in _claims(still, "agreement_parties") if "Ecuador" in c.claimed] == ["consistent"]
    outside = _check(check_store, text.format("Sweden remains outside the Rio treaty today."))
    assert [(c.claimed, c.verdict) for c in _claims(outside, "agreement_parties") if "Sweden" in c.claimed] == [
        ("not a party: Sweden", "consistent")]
