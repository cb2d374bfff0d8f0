"""States told as an agreement's parties in forms read since issue 22Mb, each on made-up sentences: states told bound
by an agreement ("are still bound by the treaty", "is bound to B in NATO", the partner a party too); "it" after the
one agreement its sentence names ("The treaty was signed in 1949, and A and B are parties to it"); a membership told
shared ("A and B have long shared NATO", "share membership of the pact"). A state that never was a party is a wrong
party (the record is the shipped ledgers' and ATOP's: Norway and Denmark among the North Atlantic Treaty's founders,
Austria never among its parties)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, body: str) -> list[tuple[str, str]]:
    """Return each parties claim of ``body`` as (claimed, verdict)."""
    return [(c.claimed, c.verdict) for c in _claims(_check(store, body), "agreement_parties")]


def test_states_told_bound_by_an_agreement(check_store: Store) -> None:
    assert _parties(check_store, "Norway and Denmark are still bound by the North Atlantic Treaty.") == [
        ("parties: Norway, Denmark", "consistent")]
    assert [v for _, v in _parties(check_store, "Denmark and Austria remain bound by the North Atlantic Treaty.")] \
        == ["contradicts"]
    # (the partner one is bound to in it is a party too)
    assert _parties(check_store, "Norway is bound to Denmark in NATO.") == [("parties: Norway, Denmark", "consistent")]
    assert [v for _, v in _parties(check_store, "Norway is bound to Austria in NATO.")] == ["contradicts"]


def test_it_after_the_agreement_its_sentence_names(check_store: Store) -> None:
    assert _parties(check_store, "The North Atlantic Treaty was signed in 1949, and Norway and Denmark are both "
                                 "parties to it.") == [("parties: Norway, Denmark", "consistent")]
    assert _parties(check_store, "The North Atlantic Treaty was signed in 1949, and Austria and Norway are parties "
                                 "to it.") == [("parties include Republic of Austria", "contradicts")]


def test_a_membership_told_shared(check_store: Store) -> None:
    assert _parties(check_store, "Norway and Denmark have long shared NATO.") == [
        ("parties: Norway, Denmark", "consistent")]
    assert _parties(check_store, "Norway and Austria share membership of NATO.") == [
        ("parties include Republic of Austria", "contradicts")]

