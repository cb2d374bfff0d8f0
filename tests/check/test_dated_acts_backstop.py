"""Dated acts told with verbs of no regular past tense, and dates set off before their act by commas (issue 22,
round 21), each on made-up sentences: read as events of the states told, not in the record where it holds none."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_an_irregular_past_verb_tells_a_dated_act(check_store: Store) -> None:
    result = _check(check_store, "Turkish drones flew over northern Iraq on 14 April 2011. Bolivian miners fled "
                                 "across the border into Peru in May 1931. Chile cut its ties with Peru in 1926.")
    events = _claims(result, "event_date")
    assert [c.verdict for c in events] == ["not_in_record", "not_in_record", "not_in_record"]
    assert [c.claimed.split(" of ")[0] for c in events] == ["event", "event", "event"]


def test_a_verb_that_is_no_past_act_tells_nothing(check_store: Store) -> None:
    result = _check(check_store, "Chile hopes to cut its ties with Peru in 1926. Ministers will not cut the "
                                 "budget in May 1931.")
    assert not _claims(result, "event_date")


def test_a_date_set_off_by_commas_before_its_act_is_that_act_s(check_store: Store) -> None:
    result = _check(check_store, "Peru and Ecuador fought in July 1941, but four years later, in March 1945, "
                                 "Ecuadorian guns shelled the Peruvian border posts.")
    told = [c for c in _claims(result, "event_date") if "1945-03" in c.claimed]
    assert len(told) == 1 and told[0].verdict == "not_in_record"
    assert "shelled" in told[0].text


def test_an_act_told_at_a_time_relative_to_another_is_not_in_the_record(check_store: Store) -> None:
    result = _check(check_store, "Peru and Bolivia signed a pact in March 1873. Within weeks Lima had recalled its "
                                 "envoy from Santiago.\n\nDenmark was invaded on 9 April 1940. Norwegian ships "
                                 "sailed north that very night.")
    told = [c for c in _claims(result, "event_date") if "Within weeks" in c.text or "that very night" in c.text]
    assert [(c.verdict, c.claimed.rsplit(" (", 1)[1]) for c in told] == [("not_in_record", "1873)"),
                                                                         ("not_in_record", "1940)")]
    assert all(c.proposed_entry for c in told)


def test_a_relative_time_with_no_state_or_no_act_tells_no_event(check_store: Store) -> None:
    result = _check(check_store, "Peru and Bolivia signed a pact in March 1873. Within weeks the rains came. "
                                 "Lima is quiet that month.")
    assert not [c for c in _claims(result, "event_date") if "Within weeks" in c.text or "quiet" in c.text]


def test_a_relative_act_beside_a_dated_claim_is_read_in_its_own_clause(check_store: Store) -> None:
    result = _check(check_store, "Peru and Bolivia signed a pact in March 1873, and within weeks Lima recalled its "
                                 "envoy from Santiago.")
    told = [c for c in _claims(result, "event_date") if "within weeks" in c.claimed]
    assert len(told) == 1 and told[0].verdict == "not_in_record" and told[0].text.startswith("within weeks")


def test_taking_power_told_after_the_record_s_start_of_that_rule_is_wrong(check_store: Store) -> None:
    late = _check(check_store, "Angola and Zambia signed a pact in 1999. Levy Mwanawasa took over in January 2003 "
                               "and kept the pact.")
    assert [(c.verdict, c.claimed) for c in _claims(late, "leader_office")] == [
        ("contradicts", "Levy Mwanawasa on 2003-01")]
    again = _check(check_store, "Angola and Zambia signed a pact in 1999. Levy Mwanawasa took office again in "
                                "January 2007 and kept the pact.")
    assert [c.verdict for c in _claims(again, "leader_office")] == ["consistent"]
    for term in ("Re-elected, Levy Mwanawasa took over in January 2003", "Levy Mwanawasa took over in January 2003 "
                 "for a second term"):  # (a new term: the spell runs on across terms)
        told = _check(check_store, f"Angola and Zambia signed a pact in 1999. {term} and kept the pact.")
        assert [c.verdict for c in _claims(told, "leader_office")] == ["consistent"], term


def test_an_act_told_as_the_anchor_of_a_relative_time_is_not_the_claim(check_store: Store) -> None:
    result = _check(check_store, "Peru and Bolivia signed a pact in March 1873. The envoys left Lima four days "
                                 "before Chile recalled its consul.")
    assert not [c for c in _claims(result, "event_date") if "four days" in c.claimed]
