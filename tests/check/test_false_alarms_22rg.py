"""Contradictions the checker said wrongly, each on a short made-up sentence (the record is the shipped ledgers').

West Africa's protocol on non-aggression of 1978 is read by the names articles use for it, not as the defence
protocol of 1981 that the acronym "ECOWAS" names; "it ended", told of one whose end no coding records, is re-read
against the agreement told just before, as a contradicted ending is; an ending denied by a subject told at some
length ("nobody in either capital", "neither has been allowed to", "neither the pact nor the treaty has ever been")
is no claim that it ended so; an exit announced or threatened is not the exit the record dates.
"""

from __future__ import annotations

from foedus.check.claims.endings import _claimed_endings
from foedus.store import Store
from tests.check.sentences import check_plain as _check
from tests.check.sentences import claims_of as _claims


def test_the_west_african_non_aggression_protocol_is_not_the_defence_protocol(check_store: Store) -> None:
    for told in ("the ECOWAS non-aggression protocol", "the ECOWAS protocol on non-aggression"):
        result = _check(check_store, f"Ghana and Togo signed {told} in Lagos on 22 April 1978.")
        dated = _claims(result, "agreement_date")
        assert [(c.verdict, c.records[0].id) for c in dated] == [("consistent", "atop-3810")], told
        assert [c.verdict for c in _claims(result, "agreement_parties")] == ["consistent"]
    # the acronym alone still names the defence protocol
    result = _check(check_store, "Ghana and Togo signed the ECOWAS defence protocol in Freetown on 29 May 1981.")
    assert {c.records[0].id for c in _claims(result, "agreement_date")} == {"1981-ecowas-mutual-assistance-defence"}


def test_it_ended_after_a_pact_described_is_not_an_agreement_whose_end_no_coding_records(check_store: Store) -> None:
    result = _check(check_store, "Guinea and Sierra Leone signed a defence pact in March 1971. Both later joined the "
                                 "ECOWAS non-aggression protocol. In November 1986 the bilateral pact was replaced by "
                                 "a three-way non-aggression pact with Liberia, signed by the three presidents. That "
                                 "pact was violated in 1991. It formally ended on 30 March 1991.")
    told = [(c.records[0].id, c.claimed.rsplit(": ", 1)[-1], c.verdict) for c in _claims(result, "ending")
            if "30 March" in c.text]
    assert told == [("atop-3982", "ended", "consistent")]  # ("It [ATOP 3982]": the three-way pact told last)


def test_an_ending_denied_by_a_longer_subject_is_no_claim_of_it() -> None:
    assert _claimed_endings("Nobody in either capital ever tore it up.") == ["not breach"]
    assert _claimed_endings("Neither has been allowed to lapse.") == ["not expired"]
    assert _claimed_endings("Neither kingdom, he insisted, had ever broken it.") == ["not breach"]
    assert _claimed_endings("Neither the charter nor the defence treaty has ever been dissolved.") == [
        "not dissolved_jointly"]
    # an ending told outright stays one
    assert _claimed_endings("Neither Paris nor Rome was consulted; Rome broke it in 1940.") == ["breach"]
    assert _claimed_endings("Nobody was surprised when the pact was broken.") == ["breach"]


def test_a_denied_breach_of_an_agreement_in_force_is_consistent(check_store: Store) -> None:
    result = _check(check_store, "Morocco and Saudi Arabia are both parties to the Arab League's joint defence treaty. "
                                 "Neither kingdom, officials insist, has ever broken it.")
    assert all(c.verdict != "contradicts" for c in _claims(result, "ending"))


def test_an_exit_announced_is_not_the_exit_the_record_dates(check_store: Store) -> None:
    for told in ("Bolivia announced its withdrawal from the Rio Treaty in June 2012.",
                 "Bolivia threatened to quit the Rio Treaty in June 2012."):
        exits = [c for c in _claims(_check(check_store, told), "event_date") if "exit from" in c.claimed]
        assert [c.verdict for c in exits] == ["not_in_record"], told
    # an announcement told on the day and month the record dates the exit, a year off, is that act told wrong
    wrong = [c for c in _claims(_check(check_store, "Bolivia announced its withdrawal from the Rio Treaty on 17 "
                                                    "October 2013."), "event_date") if "exit from" in c.claimed]
    assert [c.verdict for c in wrong] == ["contradicts"]
    # an exit told as made is checked against its date
    made = [c for c in _claims(_check(check_store, "Bolivia left the Rio Treaty in June 2012."), "event_date")
            if "exit from" in c.claimed]
    assert [c.verdict for c in made] == ["contradicts"]
    made = [c for c in _claims(_check(check_store, "Mexico left the Rio Treaty in September 2004."), "event_date")
            if "exit from" in c.claimed]
    assert [c.verdict for c in made] == ["consistent"]
