"""Parties told clause by clause (issue 22vb): each further list of states a sentence tells joining the one agreement
its claims are of is a claim of its own, read against the members (and, where its clause gives a date with a year,
against each state's entry), on made-up sentences (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "agreement_parties")]


def test_a_later_clause_s_joiners_are_a_claim_of_their_own(check_store: Store) -> None:
    assert _parties(check_store, "Turkey and Iraq founded the Baghdad Pact in February 1955, and Britain and "
                                 "Pakistan joined soon after.") == [
        ("consistent", "parties: Republic of Turkey, Kingdom of Iraq"),
        ("consistent", "parties: United Kingdom of Great Britain and Northern Ireland, Dominion of Pakistan")]


def test_states_told_with_the_verb_left_out_are_one_claim_with_the_list_before(check_store: Store) -> None:
    told = _parties(check_store, "Iraq and Turkey put their pact in place on 24 February 1955. The United Kingdom "
                                 "adhered in April and Pakistan in September; Tehran signed up on 3 November 1955.")
    assert [v for v, _ in told] == ["consistent", "consistent"]
    assert "United Kingdom" in told[0][1] and "Pakistan" in told[0][1] and "Iran" in told[1][1]


def test_a_joiner_that_never_belonged_is_not_contradicted_from_another_clause(check_store: Store) -> None:
    told = _parties(check_store, "Turkey and Iraq founded the Baghdad Pact in February 1955, and Britain and Egypt "
                                 "joined soon after.")
    assert not any("Egypt" in c or "United Kingdom" in c for _, c in told)


def test_a_clause_s_own_year_is_read_against_the_state_s_entry(check_store: Store) -> None:
    wrong = _parties(check_store, "Libya signed the Constitutive Act of the African Union on 12 July 2000, and "
                                  "Tunisia signed it in 2003.")
    assert wrong[-1][0] == "contradicts" and "Tunisia" in wrong[-1][1] and "2003" in wrong[-1][1]
    right = _parties(check_store, "Libya signed the Constitutive Act of the African Union on 12 July 2000, and "
                                  "Tunisia signed it in 2000.")
    assert right[-1][0] == "consistent" and "Tunisia" in right[-1][1]


def test_a_partner_after_with_read_already_adds_no_claim(check_store: Store) -> None:
    told = _parties(check_store, "The Manila Pact, which Pakistan and Thailand signed with France in 1954, lapsed "
                                 "in 1977.")
    assert len(told) <= 1


def test_an_entry_re_read_as_another_agreement_s_tells_the_state_a_party_to_it(check_store: Store) -> None:
    told = _parties(check_store, "Italy renewed the Triple Alliance on 5 December 1912, and it joined the Entente's "
                                 "no-separate-peace declaration on 30 November 1915.")
    assert told == [("consistent", "parties: Kingdom of Italy: entry into Declaration of London on no separate peace "
                                   "30 November 1915")]


def test_states_beside_a_signing_found_only_on_re_reading_its_date_are_its_parties(check_store: Store) -> None:
    told = _parties(check_store, "Austria and Russia had made common cause with Britain and Prussia in London on 15 "
                                 "July 1840, over the Egyptian crisis.")
    assert told == [("consistent", "parties: Austrian Empire, Russian Empire, United Kingdom of Great Britain and "
                                   "Ireland, Kingdom of Prussia")]
