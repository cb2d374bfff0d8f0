"""Events told by their noun with their date right after it (issue 22, round 40), on made-up sentences: "Rome's
ultimatum of May 1911", "a brief border war in March 1932 and a long uprising in the hills in late 1936": each an
act at its own date, read as any dated event is, not in the record where it holds none."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_a_dated_event_noun_with_no_verb_of_action_is_an_act_at_its_date(check_store: Store) -> None:
    result = _check(check_store, "Some years on, Lisbon's ultimatum of January 1890 to an unready British cabinet "
                                 "would sour the old friendship.\n\nIn the view of many, the coup attempt of 11 "
                                 "March 1975 in Portugal would shape the Spanish transition.")
    told = [c for c in _claims(result, "event_date") if "1890-01" in c.claimed or "1975-03-11" in c.claimed]
    assert [c.verdict for c in told] == ["not_in_record", "not_in_record"]
    assert "ultimatum of January 1890" in told[0].text and "coup attempt of 11 March 1975" in told[1].text


def test_each_dated_event_noun_of_one_clause_is_its_own_act(check_store: Store) -> None:
    result = _check(check_store, "The accord signed in Asuncion on 12 June 1935 closed a quarrel between Bolivia "
                                 "and Chile that had seen a brief border war in March 1932 and a long, bitter "
                                 "uprising in the northern hills in late 1933.")
    told = {c.text: c.verdict for c in _claims(result, "event_date")}
    assert told.get("a brief border war in March 1932") == "not_in_record"
    assert told.get("a long, bitter uprising in the northern hills in late 1933") == "not_in_record"


def test_an_event_noun_with_no_date_of_its_own_tells_no_act(check_store: Store) -> None:
    result = _check(check_store, "The revolution was a long way off, and the old coup still divided the officers "
                                 "of Bolivia and Chile.")
    assert not _claims(result, "event_date")


def test_a_verb_of_action_tells_the_act_not_the_dated_event_noun(check_store: Store) -> None:
    result = _check(check_store, "Unlike Bavaria, Oldenburg stood with Prussia in the war of 1866.")
    told = _claims(result, "event_date")
    assert told and all(c.claimed.startswith("event of") for c in told)
