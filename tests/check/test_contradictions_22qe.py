"""Missed tolerances and contradictions (issue 22qe): a claim read as consistent though the record, compared with
the value the article tells, shows it a day off or wrong; each on made-up sentences read against the record."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def test_parties_told_by_an_entry_a_day_off_are_within_tolerance(check_store: Store) -> None:
    # ATOP records Jordan's entry into the Egyptian-Syrian defence pact on 24 October 1956: an entry told on the 25th
    # makes the party claim of the three states, told at that date, a day off too
    result = check_sentences(check_store, "Jordan acceded on 25 October 1956 to the defence pact Egypt and Syria had "
                                          "concluded a year before.")
    parties = claims_of(result, "agreement_parties")
    assert [c.verdict for c in parties] == ["within_tolerance"]
    assert "25 October 1956" in parties[0].claimed
    assert "1956-10-24" in parties[0].reason
    # (told on the recorded day, they stay consistent)
    result = check_sentences(check_store, "Jordan acceded on 24 October 1956 to the defence pact Egypt and Syria had "
                                          "concluded a year before.")
    assert [c.verdict for c in claims_of(result, "agreement_parties")] == ["consistent"]


def test_a_day_told_by_its_ordinal_after_a_month_is_compared_as_a_day(check_store: Store) -> None:
    # the Warsaw Pact was signed on 14 May 1955: "on the 15th" after "In May 1955" is a day off, not the same month
    result = check_sentences(check_store, "In May 1955, on the 15th as I recall, the Soviet Union and Poland signed "
                                          "the Warsaw Pact.")
    dates = claims_of(result, "agreement_date")
    assert [c.verdict for c in dates] == ["within_tolerance"]
    assert [(m.value, m.precision) for m in result.mentions if m.kind == "date" and m.text == "the 15th"] == [
        ("1955-05-15", "day")]
    result = check_sentences(check_store, "In May 1955, on the 14th, the Soviet Union and Poland signed the Warsaw "
                                          "Pact.")
    assert [c.verdict for c in claims_of(result, "agreement_date")] == ["consistent"]
    # (an ordinal before a noun is no day)
    result = check_sentences(check_store, "In May 1955 the Soviet Union and Poland signed the Warsaw Pact, and on "
                                          "the 14th Army's parade ground nobody cheered.")
    assert not any(m.kind == "date" and "14th" in m.text for m in result.mentions)
    assert [c.verdict for c in claims_of(result, "agreement_date")] == ["consistent"]


def test_the_states_an_agreement_is_told_signed_with_are_parties_too(check_store: Store) -> None:
    # the Balkan Entente of February 1934 bound Greece, Turkey, Romania and Yugoslavia; Bulgaria stayed out
    result = check_sentences(check_store, "In February 1934 Greece and Turkey signed the Balkan Pact with Romania and "
                                          "Bulgaria.")
    parties = claims_of(result, "agreement_parties")
    assert parties[0].verdict == "contradicts"
    assert "Bulgaria" in parties[0].claimed
    result = check_sentences(check_store, "In February 1934 Greece and Turkey signed the Balkan Pact with Romania and "
                                          "Yugoslavia.")
    assert {c.verdict for c in claims_of(result, "agreement_parties")} == {"consistent"}
    # (a state whose blessing it was signed with is none of its parties)
    result = check_sentences(check_store, "In February 1934 Greece and Turkey signed the Balkan Pact with Bulgaria's "
                                          "blessing.")
    assert {c.verdict for c in claims_of(result, "agreement_parties")} == {"consistent"}


def test_a_leader_told_taking_power_a_year_late_contradicts_whatever_states_the_article_is_about(
        check_store: Store) -> None:
    # Archigos has Joseph Kabila leading Congo-Kinshasa from 17 January 2001; the article is about two other states,
    # yet the name is one person's, and his taking power is read against his own spell
    body = "Zimbabwe and Angola kept troops in the war from 1998. Joseph Kabila took over in {} and sent them home."
    offices = claims_of(check_sentences(check_store, body.format("January 2002")), "leader_office")
    assert [c.verdict for c in offices] == ["contradicts"]
    assert "2001-01-17" in offices[0].record_value
    offices = claims_of(check_sentences(check_store, body.format("January 2001")), "leader_office")
    assert [c.verdict for c in offices] == ["consistent"]
