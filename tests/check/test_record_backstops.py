"""Backstops against a wrong "not in the record" (issue 22, round 10), each on made-up sentences: a date the record
was found to hold nothing for that is the day an agreement of the told states was signed (the record's shipped
ledgers and ATOP; no leaders are imported)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _dated(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.kind, c.verdict) for c in _check(store, body).claims
            if c.kind in {"agreement_date", "event_date"} and "papers of the time" not in c.text]


def test_the_day_two_states_signed_an_agreement_is_its_signing_whatever_the_verb(check_store: Store) -> None:
    # the Warsaw Pact was signed on 14 May 1955: the very day, told by no word of signing, is its signing
    assert _dated(check_store, "On 14 May 1955 Poland and Hungary sat down together in the Polish capital.") == [
        ("agreement_date", "consistent")]
    # a day off, told with a word of an agreement: within tolerance
    assert _dated(check_store, "On 15 May 1955 Poland and Hungary made a pact in Warsaw.") == [
        ("agreement_date", "within_tolerance")]


def test_a_day_off_or_a_month_without_a_word_of_an_agreement_stays_unrecorded(check_store: Store) -> None:
    assert _dated(check_store, "On 15 May 1955 Poland and Hungary held talks in Warsaw.") == [
        ("event_date", "not_in_record")]
    assert _dated(check_store, "In May 1955 Poland and Hungary held talks in Warsaw.") == [
        ("event_date", "not_in_record")]


def test_an_agreement_told_by_its_year_is_the_one_of_that_year_told_last(check_store: Store) -> None:
    from tests.check.sentences import agreement_links

    # the larger pact of 1955 named first, the pair's own agreement of 1955 told last: "the 1955 agreement" is that
    text = ("Britain and Iraq were both members of the Baghdad Pact. London and Baghdad signed a defence agreement of "
            "4 April 1955 on the air bases at Habbaniya. The 1955 agreement lapsed when the monarchy fell.")
    assert agreement_links(check_store, text)[-1] == ("The 1955 agreement", "treaty:atop-3280")
    # the only one of that year told: it, and a "treaty" is never a declaration told last
    assert agreement_links(check_store, "The Baghdad Pact bound Britain and Iraq from 1955. The 1955 pact lapsed "
                                        "for Iraq in 1959.")[-1] == ("The 1955 pact", "treaty:1955-baghdad-pact-cento")


def test_a_state_joining_or_leaving_an_agreement_told_by_no_name_is_its_entry_or_exit(check_store: Store) -> None:
    # Pakistan entered the Baghdad Pact on 23 September 1955 and Iraq left it on 24 March 1959; "the northern-tier
    # pact" is a name the gazetteer does not know
    assert _dated(check_store, "Pakistan adhered to the northern-tier pact on 24 September 1955.") == [
        ("agreement_date", "within_tolerance")]
    assert _dated(check_store, "General Qasim took Iraq out of the northern-tier pact on 24 March 1959.") == [
        ("agreement_date", "consistent")]
    # a day no entry of the state's was made: still not in the record
    assert _dated(check_store, "Pakistan adhered to the northern-tier pact on 2 September 1955.") == [
        ("event_date", "not_in_record")]


def _told(store: Store, body: str, kind: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _check(store, body).claims if c.kind == kind]


def test_an_agreement_referred_to_at_a_date_before_its_signing_is_another(check_store: Store) -> None:
    # "it" is the Warsaw Pact (1955), told lapsing in 1944: another agreement, not a contradiction of that one
    text = "The Warsaw Pact bound Moscow and Budapest. It lapsed in 1944."
    assert [v for v, _ in _told(check_store, text, "ending")] == ["not_in_record"]
    assert [v for v, _ in _told(check_store, text, "agreement_date")] == ["not_in_record"]
    # the one agreement of the two in force at the date told is the one meant: Indonesia abrogated the security
    # agreement of 1995 in 1999, not the Lombok treaty of 2006
    endings = _told(check_store, "The Lombok treaty binds Jakarta and Canberra today. Indonesia abrogated it in "
                                 "September 1999.", "ending")
    assert [v for v, _ in endings] == ["consistent"] and "Maintaining Security" in endings[0][1]
