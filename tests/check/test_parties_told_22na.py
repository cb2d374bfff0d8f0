"""States told as an agreement's parties, or kept out of one, in forms read since issue 22Na, each on made-up
sentences: a state told never to have been a party after a relative aside ("A, which had other worries, was never a
party to it") or with the negation before "been" ("A has never been a party to it"); kept out of "either text" or "any
of this"; an apposition of a possessive ("A, B's neighbour, was never a party to it"); two parties and no more ("it
bound only the two signatories", "a treaty with only two parties", "only the two states signed it"); states told to
sit in an agreement ("both now sit in NATO"); a state told never to have left one ("A never left", "neither state
has ever left it"), a party still. The record is the shipped ledgers' and ATOP's: the Warsaw Pact's eight
founders, Austria never among them; the Pact of Steel's two; the North Atlantic Treaty's founders, Austria never among
its parties."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_WARSAW = "The Warsaw Pact was signed in May 1955. "


def _parties(store: Store, body: str) -> list[tuple[str, str]]:
    """Return each parties claim of ``body`` as (claimed, verdict)."""
    return [(c.claimed, c.verdict) for c in _claims(_check(store, body), "agreement_parties")]


def _kept_out(store: Store, body: str) -> list[tuple[str, str]]:
    """Return each claim of ``body`` that states are no party, as (claimed, verdict)."""
    return [(claimed, verdict) for claimed, verdict in _parties(store, body) if claimed.startswith("not a party")]


def test_a_state_told_never_a_party_after_a_relative_aside(check_store: Store) -> None:
    assert _kept_out(check_store, _WARSAW + "Austria, which had just won back its sovereignty that spring, was never "
                                            "a party to it.") == [("not a party: Republic of Austria", "consistent")]


def test_the_negation_told_before_been(check_store: Store) -> None:
    assert _kept_out(check_store, _WARSAW + "Austria has never been a party to it.") == [
        ("not a party: Republic of Austria", "consistent")]
    assert _kept_out(check_store, "Austria has never been a party to the North Atlantic Treaty.") == [
        ("not a party: Republic of Austria", "consistent")]
    assert [v for _, v in _kept_out(check_store, "Norway has not ever been a member of the North Atlantic "
                                                 "Treaty.")] == ["contradicts"]  # (a founder, the treaty named)


def test_kept_out_of_either_text_or_any_of_this(check_store: Store) -> None:
    assert _kept_out(check_store, _WARSAW + "Austria was never a party to either text.") == [
        ("not a party: Republic of Austria", "consistent")]
    assert _kept_out(check_store, _WARSAW + "Austria was never a party to any of this.") == [
        ("not a party: Republic of Austria", "consistent")]


def test_an_apposition_of_a_possessive_is_no_state_of_the_list(check_store: Store) -> None:
    assert _kept_out(check_store, _WARSAW + "Austria, Hungary's western neighbour, was never a party to it.") == [
        ("not a party: Republic of Austria", "consistent")]


def test_two_parties_and_no_more(check_store: Store) -> None:
    steel = "The Pact of Steel was signed in Berlin in May 1939. "
    for told in ("It bound only the two signatories.", "It was a treaty with only two parties.",
                 "Only the two states signed it; no neighbour was asked."):
        assert _parties(check_store, steel + told)[-1:] == [("two parties only", "consistent")], told
    assert _parties(check_store, _WARSAW + "Only the two states signed it.") == [("two parties only", "contradicts")]
    # (two of something else: no claim of its parties)
    assert not _parties(check_store, steel + "It bound only the two clauses together.")


def test_states_told_to_sit_in_an_agreement(check_store: Store) -> None:
    assert _parties(check_store, "Norway and Denmark now sit together in NATO.") == [
        ("parties: Norway, Denmark", "consistent")]
    assert [v for _, v in _parties(check_store, "Norway and Austria sit in the North Atlantic Treaty.")] == [
        "contradicts"]


def test_a_state_told_never_to_have_left_is_a_party_still(check_store: Store) -> None:
    signed = "Poland and Hungary signed the Warsaw Pact in 1955. "
    assert _parties(check_store, signed + "Neither state has ever left it.")[-1:] == [
        ("parties: Polish People's Republic, Hungarian People's Republic", "consistent")]  # (in to its end)
    assert _parties(check_store, signed + "Albania, by contrast, never formally left.")[-1:] == [
        ("parties still: People's Republic of Albania", "contradicts")]  # (it left in September 1968)
    assert _parties(check_store, signed + "Bulgaria never left.")[-1:] == [
        ("parties: People's Republic of Bulgaria", "consistent")]
    assert len(_parties(check_store, signed + "Its first secretary never left office.")) == 1  # (the signing's)
