"""Who is party to an agreement, told in more phrasings (issue 22, helper 22pg), on made-up sentences: members
listed with their number or rank ("The eight signatories were ..."), "other members included ...", a state "among
those signatories", an aside between a state and its verb or noun of membership, and the agreement last spoken of
told back by a pronoun or by "the same pact", where a state the record lacks is a contradiction (the record is the
shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_SIGNED = "The Warsaw Pact was signed in Warsaw in May 1955. "


def _parties(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "agreement_parties")]


def test_members_listed_with_their_number_or_rank(check_store: Store) -> None:
    told = _parties(check_store, _SIGNED + "Its eight founding signatories were the Soviet Union, Poland, Hungary, "
                                           "Romania, Bulgaria, Albania, Czechoslovakia and East Germany.")
    assert [v for v, _ in told] == ["consistent"]
    told = _parties(check_store, _SIGNED + "Other members included Poland, Bulgaria and Yugoslavia.")
    assert [v for v, _ in told] == ["contradicts"]
    assert "Yugoslavia" in told[0][1]


def test_a_state_among_those_signatories_with_an_aside(check_store: Store) -> None:
    assert [v for v, _ in _parties(check_store, _SIGNED + "Romania was among those first signatories.")] == [
        "consistent"]
    told = _parties(check_store, _SIGNED + "Hungary, the archive shows, was among its signatories as well.")
    assert [v for v, _ in told] == ["consistent"]


def test_a_state_the_record_lacks_told_back_by_a_pronoun(check_store: Store) -> None:
    told = _parties(check_store, _SIGNED + "Finland, which had sent observers, signed it too.")
    assert [v for v, _ in told] == ["contradicts"]
    told = _parties(check_store, _SIGNED + "Yugoslavia was among its signatories as well.")
    assert [v for v, _ in told] == ["contradicts"]
    told = _parties(check_store, _SIGNED + "Albania, which had sent a delegation, signed it too.")
    assert [v for v, _ in told] == ["consistent"]


def test_the_same_pact_told_back(check_store: Store) -> None:
    told = _parties(check_store, _SIGNED + "Finland signed the same pact that month.")
    assert [v for v, _ in told] == ["contradicts"]
    told = _parties(check_store, _SIGNED + "Bulgaria signed the same pact that month.")
    assert [v for v, _ in told] == ["consistent"]


def test_a_state_told_a_party_by_a_relative_clause_after_it(check_store: Store) -> None:
    told = _parties(check_store, _SIGNED + "Some older maps add Finland, which signed the pact alongside them.")
    assert [v for v, _ in told] == ["contradicts"]
    told = _parties(check_store, _SIGNED + "Some older maps add Albania, which signed the pact alongside them.")
    assert [v for v, _ in told] == ["consistent"]
