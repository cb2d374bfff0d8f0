"""Who is told party to an agreement, read in more of the ways writers say it (issue 22ra), on made-up sentences: the
members a noun names ("parties", "founders") are read after a verb of holding with words of time between ("now
include", "today range from ... to"), of an agreement named or told back by "the treaty's" (the record is the shipped
ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "agreement_parties")]


def test_members_told_after_a_verb_of_holding_with_words_of_time_between(check_store: Store) -> None:
    """Turkey and Sweden are parties to the North Atlantic Treaty (Sweden from 2024); Japan never was."""
    told = _parties(check_store, "The North Atlantic Treaty was signed in Washington in April 1949. NATO's members "
                                 "today range from the Atlantic states to Turkey, Sweden and Japan.")
    assert told == [("contradicts", "parties include Japan")]
    told = _parties(check_store, "The North Atlantic Treaty was signed in Washington in April 1949. NATO's members "
                                 "now include Sweden and Finland.")
    assert [v for v, _ in told] == ["consistent"]


def test_the_agreement_told_back_by_its_noun_in_the_possessive(check_store: Store) -> None:
    told = _parties(check_store, "The North Atlantic Treaty was signed in Washington in April 1949. The treaty's "
                                 "founding members also included Norway and Denmark.")
    assert [v for v, _ in told] == ["consistent"]
    told = _parties(check_store, "The Rio Treaty was signed in 1947. The treaty's parties now include Mexico and "
                                 "Japan.")
    assert [v for v, _ in told] == ["contradicts"]


def test_a_noun_of_the_agreement_between_its_name_and_the_members(check_store: Store) -> None:
    told = _parties(check_store, "In 1945 the Arab League pact's founders were Egypt, Iraq and Syria.")
    assert [v for v, _ in told] == ["consistent"]
