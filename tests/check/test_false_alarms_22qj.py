"""False alarms (issue 22qj): a claim called a contradiction though the value the article tells is not the one the
record holds (another act's date, another agreement of the same title); each on made-up sentences read against the
record."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def test_a_date_of_another_act_in_a_when_clause_is_not_the_ending_date(check_store: Store) -> None:
    # the record ends the Sino-Soviet treaty on 11 April 1980; the day of Deng's visit dates the visit, not the end
    result = check_sentences(check_store, "The Sino-Soviet treaty was terminated when Deng Xiaoping visited "
                                          "Washington on 29 January 1979.")
    assert not [c for c in result.claims if c.verdict == "contradicts"]
    result = check_sentences(check_store, "Beijing abrogated the Sino-Soviet alliance after Deng Xiaoping travelled "
                                          "to Washington in January 1979.")
    assert not claims_of(result, "agreement_date")
    # (the end dated in its own clause, or by a clause whose act is the ending itself, is still judged)
    for text in ("The Sino-Soviet treaty was terminated on 29 January 1979.",
                 "The Sino-Soviet treaty was terminated when Beijing abrogated it on 29 January 1979."):
        dates = claims_of(check_sentences(check_store, text), "agreement_date")
        assert [c.verdict for c in dates] == ["contradicts"], text


def test_a_title_signed_by_other_states_in_another_year_is_another_agreement(check_store: Store) -> None:
    # the record's Treaty of Peace and Friendship is Argentina and Chile's of 29 November 1984
    result = check_sentences(check_store, "Chile and Paraguay signed a Treaty of Peace and Friendship on 3 May 1921.")
    assert [c.verdict for c in claims_of(result, "agreement_date")] == ["not_in_record"]
    assert [c.verdict for c in claims_of(result, "agreement_parties")] == ["not_in_record"]
    # (its own parties with a wrong year: the record's agreement, its date told wrongly)
    result = check_sentences(check_store, "Argentina and Chile signed a Treaty of Peace and Friendship on 29 November "
                                          "1983.")
    assert [c.verdict for c in claims_of(result, "agreement_date")] == ["contradicts"]


def test_a_date_right_after_an_unknown_agreement_is_that_agreements(check_store: Store) -> None:
    # a breach told beside a peace the record does not hold: the peace's month is not the breach's
    result = check_sentences(check_store, "Serbia broke its alliance with Bulgaria, and Bulgaria gave up most of "
                                          "Macedonia under the Treaty of Bucharest in August 1913.")
    assert not claims_of(result, "event_date")
    assert not [c for c in result.claims if c.verdict == "contradicts"]


def test_a_breach_denied_through_a_verb_of_judging_is_no_breach(check_store: Store) -> None:
    # "neither side has ever been found to have violated it": the breach is denied, though the verb comes words later
    result = check_sentences(check_store, "Japan and the United States signed a security treaty in 1960; it is their "
                                          "only alliance today, and neither side has ever been found to have violated "
                                          "it.")
    endings = claims_of(result, "ending")
    assert [c.verdict for c in endings] == ["consistent"]
    assert "not ended in a breach" in endings[0].claimed
    assert any("no breach" in c.claimed for c in claims_of(result, "count"))
    assert not any("one breach" in c.claimed for c in claims_of(result, "count"))
