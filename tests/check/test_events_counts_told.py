"""Lists and documents an article refers to and never gives, told in shapes the checker once missed (issue 22): one
sold, attached or kept somewhere else, one to be handed out later, one the writer says was not reprinted, one a reader
is sent to look up in an appendix, one annexed to another paper. Each on made-up sentences: referenced but never
stated; a document whose items the sentence gives is stated."""

from __future__ import annotations

import pytest

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

#: A sentence that names a pair, so the article is about something the record holds.
_LEAD = "Belgium and the Netherlands settled their border by treaty in 1839."


def _lists(store: Store, sentence: str) -> list[str]:
    """Return the verdict of each list claim on ``sentence``, told after :data:`_LEAD`."""
    return [c.verdict for c in _claims(_check(store, f"{_LEAD} {sentence}"), "list") if sentence[:30] in c.text]


@pytest.mark.parametrize("sentence", [
    # sold or kept at a shop
    "A leaflet naming each envoy at the congress is on sale at the cathedral bookshop.",
    "A brochure on the old fortress, naming the nine bastions still standing, is sold at the ticket kiosk.",
    # attached to another edition, and not reprinted by the writer
    "The syllabus for this seminar is attached to the printed programme; we have not reprinted it here.",
    # handed out later, by whoever keeps it
    "The map of the old frontier posts will be sent out next week.",
    "I have copied every ratification date into a spreadsheet which I'll post next month.",
    # a book said to survive somewhere
    "The visitors' book of the 1839 conference, with every delegate's signature, is thought to survive in a private "
    "archive.",
    # a cross-reference to an appendix, and a table annexed to another paper
    "See also the table of boundary posts in the appendix to this report.",
    "The memorandum refers to an annexed schedule of garrison strengths.",
])
def test_a_document_told_out_of_the_readers_reach_is_referenced_not_stated(check_store: Store, sentence: str) -> None:
    """Each document is told as somewhere the article's reader cannot see it."""
    assert _lists(check_store, sentence) == ["referenced_not_stated"]


def test_a_document_whose_items_follow_is_stated(check_store: Store) -> None:
    """A guide told with its items after it gives them: nothing is referred to and withheld."""
    sentence = "The guide on sale at the kiosk names three forts: Namur, Liège and Huy."
    assert _lists(check_store, sentence) == []


def test_a_writer_who_left_out_a_state_reprints_no_document(check_store: Store) -> None:
    """A writer's "we have not counted" is no document withheld."""
    assert _lists(check_store, "We have not counted Luxembourg among the parties.") == []


def _counts(store: Store, body: str, words: str) -> list[tuple[str, str]]:
    """Return the verdict and claimed words of each count claim on the sentence holding ``words``."""
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "count") if words in c.text]


def test_a_count_told_with_an_aside_of_the_writers_is_read_as_without_it(check_store: Store) -> None:
    """Saxony and Hanover shared three multilateral agreements of 1815-1866, none in force today: "None, of course,
    is in force" counts as "None is in force" does, and the claim keeps the sentence's own words."""
    body = "Saxony and Hanover shared three agreements, none of them bilateral. None, of course, is in force today."
    told = _counts(check_store, body, "None, of course, is in force")
    assert told and {verdict for verdict, _ in told} == {"consistent"}
    assert all("  " not in claimed for _, claimed in told)
    plain = _counts(check_store, body.replace(", of course,", ""), "None is in force")
    assert [claimed for _, claimed in told] == [claimed for _, claimed in plain]


def _events(store: Store, body: str, words: str) -> list[tuple[str, str]]:
    """Return the verdict and claimed words of each event claim on the sentence holding ``words``."""
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "event_date") if words in c.text]


@pytest.mark.parametrize(("body", "words"), [
    ("Chile and Bolivia have quarrelled over the sea for a century. The railway between them has been idle since "
     "1978.", "has been idle"),
    ("Belize had been independent only since 21 September 1981, with George Price as its first premier.",
     "had been independent"),
])
def test_a_state_of_things_told_since_a_date_is_an_event_not_in_the_record(check_store: Store, body: str,
                                                                          words: str) -> None:
    """What began the state of things told "since" a date is an event the record does not hold."""
    assert [verdict for verdict, _ in _events(check_store, body, words)] == ["not_in_record"]


def test_a_count_or_an_office_told_since_a_year_is_no_event(check_store: Store) -> None:
    """A count told from a year on and a leader's office since a year are their own claims, not events."""
    assert _events(check_store, "Poland and Hungary have been allied four times since 1921.", "allied") == []
    assert _events(check_store, "Hassan II, king since 1961, received the envoy of Spain warmly.", "king") == []
