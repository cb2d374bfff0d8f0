"""False alarms on claims the record bears out (issue 22, round rc): a day read against the wrong one of an
agreement's acts, and a state added to an entry by "as did" or "along with" whose claim was not its own; each on
made-up sentences read against the record."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def test_a_day_one_off_the_ending_but_on_a_members_withdrawal_is_that_withdrawal(check_store: Store) -> None:
    # the record ends the German Confederation on 15 June 1866 and holds Prussia's withdrawal from it on the 14th:
    # an end told on the 14th is the withdrawal's day, told right
    result = check_sentences(check_store, "The German Confederation was dissolved on 14 June 1866, when Prussia "
                                          "withdrew from it.")
    dates = claims_of(result, "agreement_date")
    assert [c.verdict for c in dates] == ["consistent"]
    assert "withdrawal" in dates[0].record_value
    # (a day one off the end with no act of the agreement on it stays within tolerance)
    result = check_sentences(check_store, "The German Confederation was dissolved on 16 June 1866.")
    assert [c.verdict for c in claims_of(result, "agreement_date")] == ["within_tolerance"]


def test_a_state_added_by_as_did_is_a_party_too(check_store: Store) -> None:
    # Slovenia and Slovakia both entered NATO in March 2004
    result = check_sentences(check_store, "Slovenia joined NATO on 29 March 2004, as did Slovakia.")
    added = [c for c in claims_of(result, "agreement_parties") if "Slovakia" in c.claimed]
    assert [c.verdict for c in added] == ["consistent"]
    assert "as did Slovakia" in added[0].claimed
    # (a state that entered only decades later was no party then)
    result = check_sentences(check_store, "Slovenia joined NATO on 29 March 2004, and so did Sweden.")
    added = [c for c in claims_of(result, "agreement_parties") if "Sweden" in c.claimed]
    assert [c.verdict for c in added] == ["contradicts"]


def test_a_state_added_along_with_an_entry_told_a_day_off_has_a_claim_of_its_own(check_store: Store) -> None:
    # the entry's day is one off, the state added beside it is a party all the same; its claim tells the words that
    # add it, so that a reader (and a scorer) sees which state it is of
    result = check_sentences(check_store, "Lithuania joined NATO on 30 March 2004, together with Latvia.")
    parties = claims_of(result, "agreement_parties")
    added = [c for c in parties if "together with Latvia" in c.claimed]
    assert [c.verdict for c in added] == ["consistent"]
    assert any(c.verdict == "within_tolerance" and "Lithuania" in c.claimed for c in parties)
