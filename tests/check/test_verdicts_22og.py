"""Verdicts on claims that are found and linked but were compared wrongly (issue 22og): a leader told "still" in
office, a breach denied by an accusation nobody made or a record that shows none, a lapse whose cause is told in a
clause of its own. Made-up sentences; the record is the shipped ledgers', ATOP's and Archigos's."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of

_BALI = "In February 1976 Indonesia signed the Treaty of Amity and Cooperation in Southeast Asia at Bali."
_HANOI = "Vietnam joined the Treaty of Amity and Cooperation in Southeast Asia in 1992."


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in claims_of(_check(store, body), "leader_office")]


def _endings(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed.rsplit(": ", 1)[-1]) for c in claims_of(_check(store, body), "ending")]


def test_a_leader_told_still_in_office_is_read_at_the_paragraphs_time(check_store: Store) -> None:
    # Archigos: Sukarno's rule ended in 1966-67, Suharto's ran on to 1998; the office is told at no date of the
    # sentence's own, but "still" tells it held at the time the paragraph tells (1976), not at some time or other
    told = "Legend has it that {}, still the president, put his name to it himself."
    assert [v for v, _ in _offices(check_store, f"{_BALI} {told.format('Sukarno')}")] == ["contradicts"]
    assert [v for v, _ in _offices(check_store, f"{_BALI} {told.format('Suharto')}")] == ["consistent"]


def test_a_person_told_still_in_power_holds_the_office_then(check_store: Store) -> None:
    # Archigos: Nguyen Van Linh led Vietnam until June 1991, Do Muoi from then
    told = "Older books claim that {} was still in power when Vietnam joined."
    assert _offices(check_store, f"{_HANOI} {told.format('Nguyen Van Linh')}") == [
        ("contradicts", "Nguyen Van Linh in office on 1992")]
    assert [v for v, _ in _offices(check_store, f"{_HANOI} {told.format('Do Muoi')}")] == ["consistent"]


def test_a_breach_nobody_was_accused_of_is_denied(check_store: Store) -> None:
    body = ("The Treaty of Amity and Cooperation in Southeast Asia binds Russia and China. Neither has let it lapse, "
            "and neither government has once accused the other of violating it.")
    assert _endings(check_store, body) == [("consistent", "not expired"),
                                           ("consistent", "not ended in a breach (betrayal)")]


def test_a_breach_the_record_does_not_show_is_denied(check_store: Store) -> None:
    # ATOP: the German-Latvian pact of 1939 ended when Latvia lost its independence, broken by neither
    pact = "Germany and Latvia signed a non-aggression pact on 7 June 1939."
    for told in ("Neither party is recorded as having broken it.", "Neither signatory is known to have violated it."):
        assert _endings(check_store, f"{pact} {told}") == [("consistent", "not ended in a breach (betrayal)")]


def test_a_lapse_whose_cause_is_told_in_a_clause_of_its_own_is_one_ending(check_store: Store) -> None:
    body = ("Germany and Latvia signed a non-aggression pact on 7 June 1939. The pact lapsed on 21 June 1940, the day "
            "the Soviet army arrived, and it ended because Latvia lost its independence.")
    assert _endings(check_store, body) == [("consistent", "lost independence")]


def test_the_entries_of_one_sentence_are_told_as_one_kind_of_claim(check_store: Store) -> None:
    # each state's entry at a date of its own is an act of that state: read alike, whichever rule found it
    for body in ("Poland entered the North Atlantic Treaty in March 1999, joining Turkey, a member since its own "
                 "protocol of 22 October 1951.",
                 "Portugal joined the Western European Union on 14 November 1988, and reunited Germany took West "
                 "Germany's seat on 3 October 1990."):
        acts = [c for c in _check(check_store, body).claims
                if c.kind in {"event_date", "agreement_date"} and ": entry into " in c.claimed]
        assert len(acts) == 2
        assert {c.kind for c in acts} == {"event_date"}
        assert {c.verdict for c in acts} == {"consistent"}

