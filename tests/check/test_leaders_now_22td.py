"""Leaders told in the past, by one name or with a state's name in theirs, and leaders read at the date of the act
they are told making or near the paragraph's year (issue 22td), on made-up sentences."""
from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_a_leader_told_in_the_past_keeps_the_paragraph_s_year(check_store: Store) -> None:
    result = _check(check_store, "Germany and Poland settled their border by a treaty in 1990. Chancellor Helmut "
                                 "Kohl, then in office, had insisted that the settlement bound both capitals.")
    claims = [c for c in _claims(result, "leader_office") if "Kohl" in c.claimed]
    assert claims and all(c.verdict == "consistent" and "1990" in c.claimed for c in claims)


def test_a_monarch_told_by_one_name_is_the_one_archigos_names_so_first(check_store: Store) -> None:
    result = _check(check_store, "Jordan and Egypt quarrelled over Yemen in 1965. King Hussein and President Nasser "
                                 "were wary friends that year.")
    claims = [c for c in _claims(result, "leader_office") if "Hussein" in c.claimed]
    assert claims and all(r.label == "Hussein Ibn Talal El-Hashim" for c in claims for r in c.records)


def test_a_state_s_name_ending_a_leader_s_name_is_part_of_the_person(check_store: Store) -> None:
    result = _check(check_store, "Guatemala and Mexico disputed fishing grounds in 1968. Julio Mendez Montenegro, "
                                 "the Guatemalan president, sent a note to Mexico City.")
    claims = [c for c in _claims(result, "leader_office") if "Montenegro" in c.claimed]
    assert claims and all(c.verdict == "consistent" for c in claims)
    assert not [m for m in result.mentions if m.kind == "state" and m.text == "Montenegro"]


def test_an_agreement_the_leader_is_told_making_dates_the_office_before_the_sentence_s_first_date(
        check_store: Store) -> None:
    result = _check(check_store, "In 1960 Bulgaria recalled the treaty of 18 March 1948, signed by Georgi Dimitrov.")
    claims = [c for c in _claims(result, "leader_office") if "Dimitrov" in c.claimed]
    assert claims and all(c.verdict == "consistent" and "1948-03-18" in c.claimed for c in claims)



def test_a_person_named_bare_at_no_date_is_read_of_a_rule_a_few_years_from_the_paragraph_s(check_store: Store) -> None:
    result = _check(check_store, "Bulgaria and Yugoslavia signed a pact of eternal friendship in 1937. Georgi "
                                 "Dimitrov later denounced it from Sofia.")
    claims = [c for c in _claims(result, "leader_office") if "Dimitrov" in c.claimed]
    assert claims and all(c.verdict == "consistent" for c in claims)


def test_a_person_named_bare_decades_from_the_paragraph_s_year_gives_no_claim(check_store: Store) -> None:
    result = _check(check_store, "Bulgaria and Yugoslavia made peace in 1919. Georgi Dimitrov later denounced that "
                                 "peace from Sofia.")
    assert not [c for c in _claims(result, "leader_office") if "Dimitrov" in c.claimed]


def test_a_surname_of_a_told_state_s_leader_is_named_within_a_few_years_of_the_paragraph_s(check_store: Store) -> None:
    result = _check(check_store, "Greece and Yugoslavia signed a pact of friendship in 1937. Tito later called the "
                                 "Yugoslav pledge a fraud.")
    claims = [c for c in _claims(result, "leader_office") if "Tito" in c.claimed]
    assert claims and all(c.verdict == "consistent" for c in claims)
    far = _check(check_store, "Greece and Yugoslavia signed a pact of friendship in 1920. Tito later called the "
                              "Yugoslav pledge a fraud.")
    assert not [c for c in _claims(far, "leader_office") if "Tito" in c.claimed]
