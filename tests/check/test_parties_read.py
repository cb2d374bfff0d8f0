"""Who is told party to an agreement, read in more of the ways writers say it (issue 22ra), on made-up sentences: a
list told with outsiders in it tells its other states parties rightly, and the members a noun names ("parties",
"founders") are read after a verb of holding with words of time between ("now include", "today range from ... to"),
of an agreement named or told back by "the treaty's" (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "agreement_parties")]


def test_a_list_with_an_outsider_tells_its_other_states_parties_rightly(check_store: Store) -> None:
    """Japan is no party to the Rio Treaty; Brazil and Peru are."""
    told = _parties(check_store, "The Rio Treaty was signed in 1947. Its signatories included Brazil, Peru and Japan.")
    assert told == [("contradicts", "parties include Japan"), ("consistent", "parties: Brazil, Peru")]
    # (a list of members only: one claim, as before)
    told = _parties(check_store, "The Rio Treaty was signed in 1947. Its signatories included Brazil and Peru.")
    assert [v for v, _ in told] == ["consistent"]


def test_members_told_after_a_verb_of_holding_with_words_of_time_between(check_store: Store) -> None:
    """Norway and Denmark signed the North Atlantic Treaty in 1949; Sweden joined in 2024; Japan never did."""
    told = _parties(check_store, "The North Atlantic Treaty was signed in Washington in April 1949. NATO's members "
                                 "today range from the Atlantic states to Turkey, Sweden and Japan.")
    assert told == [("contradicts", "parties include Japan"), ("consistent", "parties: Turkey, Sweden")]
    told = _parties(check_store, "The North Atlantic Treaty was signed in Washington in April 1949. NATO's members "
                                 "now include Sweden and Finland.")
    assert [v for v, _ in told] == ["consistent"]


def test_the_agreement_told_back_by_its_noun_in_the_possessive(check_store: Store) -> None:
    told = _parties(check_store, "The North Atlantic Treaty was signed in Washington in April 1949. The treaty's "
                                 "founding members also included Norway and Denmark.")
    assert [v for v, _ in told] == ["consistent"]
    told = _parties(check_store, "The Rio Treaty was signed in 1947. The treaty's parties now include Mexico and "
                                 "Japan.")
    assert [v for v, _ in told] == ["contradicts", "consistent"]


def test_a_noun_of_the_agreement_between_its_name_and_the_members(check_store: Store) -> None:
    told = _parties(check_store, "In 1945 the Arab League pact's founders were Egypt, Iraq and Syria.")
    assert [v for v, _ in told] == ["consistent"]


def test_states_told_bound_by_an_agreement_or_parties_to_it(check_store: Store) -> None:
    """Norway and Denmark are parties to the North Atlantic Treaty; Chile and Peru to the Rio Treaty; Japan to
    neither."""
    told = _parties(check_store, "Norway and Denmark are still bound by the North Atlantic Treaty.")
    assert [v for v, _ in told] == ["consistent"]
    told = _parties(check_store, "Japan and Denmark were both bound by the North Atlantic Treaty.")
    assert told[0] == ("contradicts", "parties include Japan")
    told = _parties(check_store, "The Rio Treaty was signed near Rio de Janeiro in 1947. Chile and Peru have been "
                                 "bound by it ever since.")
    assert [v for v, _ in told] == ["consistent"]
    told = _parties(check_store, "The Rio Treaty was signed near Rio de Janeiro in 1947. Chile and Peru are both "
                                 "parties to it.")
    assert [v for v, _ in told] == ["consistent"]
