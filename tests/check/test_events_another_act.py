"""A stored event that would contradict a sentence's date, re-read before it stands (issue 22, round 13): one whose
own description tells of an act at the sentence's date, or one found only by shared words, a month or more away and
done by no state the sentence names, is another act, so the date is not in the record. Made-up sentences; the
record is the shipped ledgers'."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _events(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.reason) for c in _claims(_check(store, text), "event_date")]


def test_a_date_the_records_description_tells_of_another_act_is_not_contradicted(check_store: Store) -> None:
    # the record dates the revolution in Baghdad 14 July 1958 and tells, in passing, of what the regime did in August
    found = _events(check_store, "In August 1958 the new regime in Baghdad began to act for Iraq on its own.")
    assert [verdict for verdict, _ in found] == ["not_in_record"]


def test_the_act_of_a_state_the_sentence_names_stays_contradicted(check_store: Store) -> None:
    for told, reason in (("in October 1958", "a different date in the same year"),
                         ("in July 1957", "the wrong year: 1957 for 1958")):
        found = _events(check_store, f"Iraqi army officers overthrew the monarchy and killed King Faisal II {told}.")
        assert found == [("contradicts", reason)]


def test_a_year_of_a_states_exit_from_an_agreement_the_article_names_elsewhere(check_store: Store) -> None:
    text = ("The Rio Treaty outlived the Cold War. Some of its members, though, lost patience. For Managua the end "
            "came in 2014, when Nicaragua's withdrawal took effect.")
    found = [(c.verdict, c.claimed) for c in _check(check_store, text).claims
             if c.kind in {"agreement_date", "event_date"}]
    assert found == [("consistent", "Nicaragua: exit from Inter-American Treaty of Reciprocal Assistance 2014")]
    # a year no exit of the state's from an agreement the article names falls in: nothing to read it against
    other = text.replace("2014", "2011")
    assert [c.verdict for c in _check(check_store, other).claims
            if c.kind in {"agreement_date", "event_date"}] == ["not_in_record"]
