"""Dates of agreements told without a name the checker reads (issue 22, sixth round), on made-up sentences: a signing
told by its verb alone is the signing of the agreement of its states signed that day (the record is the shipped
ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import agreement_links as _links
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_a_signing_told_by_its_verb_alone_is_that_of_the_states_agreement_of_that_day(check_store: Store) -> None:
    for text, verdict in [
        ("Paris and Moscow talked for months about Hitler. The memorandum they had drafted was signed on 2 May 1935.",
         "consistent"),
        ("Warsaw and Bucharest drew closer. Their military convention was signed on 4 March 1921.",
         "within_tolerance"),
        ("Paris and Moscow talked for months about Hitler. France had signed one in May 1935.", "consistent"),
    ]:
        dated = _claims(_check(check_store, text), "agreement_date")
        assert [c.verdict for c in dated] == [verdict], text
        assert not _claims(_check(check_store, text), "event_date")


def test_a_signing_at_a_date_none_of_theirs_was_signed_is_not_in_the_record(check_store: Store) -> None:
    for text in ["Paris and Moscow talked for months about Hitler. The memorandum they had drafted was signed on 19 "
                 "August 1935.",
                 # (a month holds many signings: only one of the kind told, and "air routes" tells none)
                 "Paris and Moscow talked for months. A memorandum on air routes was signed in May 1935."]:
        result = _check(check_store, text)
        assert not _claims(result, "agreement_date"), text
        assert [c.verdict for c in _claims(result, "event_date")] == ["not_in_record"], text


def test_states_told_to_ally_by_a_verb_of_binding_at_a_date_are_the_signing_of_their_alliance(
        check_store: Store) -> None:
    for text, published in [
        ("Eighty-nine years ago this month, Paris bound its old rival's new state to itself against Hitler, and "
         "France and the Soviet Union became allies.", "2024-05-20"),
        ("In May 1935 Paris and Moscow became allies.", "2024-12-01"),
        ("Warsaw and Bucharest bound themselves to each other on 3 March 1921.", "2024-12-01"),
    ]:
        dated = _claims(_check(check_store, text, published), "agreement_date")
        assert [c.verdict for c in dated] == ["consistent"], text


def test_a_name_told_with_non_is_what_lies_outside_the_agreement(check_store: Store) -> None:
    text = "In 1989 Washington named Egypt a major non-NATO ally. The non-Warsaw Pact states of Europe met in 1975."
    assert _links(check_store, text) == []
    assert not _claims(_check(check_store, text), "agreement_date")
    assert _links(check_store, "Greece joined NATO in 1952.") == [("NATO", "treaty:1949-nato")]


def test_an_agreement_told_by_a_word_of_another_kind_is_not_the_alliance_told_before(check_store: Store) -> None:
    text = ("What France and the Soviet Union signed.\n\n"
            "A pact of mutual assistance. Signed in Paris on 2 May 1935.\n\n"
            "The trade treaty. Concluded on 11 January 1934, it opened each market to the other.")
    dated = _claims(_check(check_store, text), "agreement_date")
    assert [(c.verdict, c.records[0].id) for c in dated] == [("consistent", "atop-2360")]
