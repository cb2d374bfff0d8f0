"""Parties told by signing an agreement described after the verb (issue 22wa): the one a claim of the sentence dates,
read against its members; and a list of signers of an untitled agreement the record found signed that day,
contradicted where the record's members settle it. Made-up sentences (the record is the shipped ledgers' and
ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "agreement_parties")]


def test_a_second_clause_s_pair_signing_an_organisation_s_treaty_is_a_claim(check_store: Store) -> None:
    told = _parties(check_store, "Iraq and Jordan were old partners. Both were founding members of the Arab League "
                                 "in March 1945, and both signed the League's joint defence treaty of 1950.")
    assert len(told) == 2 and all(v == "consistent" for v, _ in told)


def test_a_signer_the_record_never_has_in_the_untitled_pact_of_that_day_is_contradicted(check_store: Store) -> None:
    told = _parties(check_store, "In Athens on 9 February 1934 Greece, Turkey, Romania and Bulgaria signed a "
                                 "regional pact.")
    assert told and told[0][0] == "contradicts" and "Bulgaria" in told[0][1]
    right = _parties(check_store, "In Athens on 9 February 1934 Greece, Turkey, Romania and Yugoslavia signed a "
                                  "regional pact.")
    assert right and right[0][0] == "consistent"


def test_signers_beside_a_signing_but_not_its_subject_are_never_contradicted(check_store: Store) -> None:
    told = _parties(check_store, "In Athens on 9 February 1934, with Bulgaria looking on, Greece, Turkey, Romania "
                                 "and Yugoslavia signed a regional pact.")
    assert not any(v == "contradicts" for v, _ in told)


def test_states_told_to_keep_out_are_non_parties_read_against_the_founders(check_store: Store) -> None:
    assert _parties(check_store, "The Balkan Pact of 1934 was signed without Bulgaria.")[-1] == (
        "consistent", "not a party: Tsardom of Bulgaria")
    told = _parties(check_store, "The North Atlantic Treaty was signed in April 1949. Sweden stayed out in 1949.")
    assert ("consistent", "not a party: Sweden") in told
    told = _parties(check_store, "The North Atlantic Treaty was signed in April 1949. Ireland stayed out.")
    assert [v for v, c in told if "Ireland" in c or "Éire" in c] == ["consistent"]
    told = _parties(check_store, "Spain kept aloof from NATO until 1982.")
    assert not any(c.startswith("not a party") for _, c in told)  # (a member since: the time told is not known)
    told = _parties(check_store, "Finland's bid went through in 2023. Turkey and Hungary held out longest.")
    assert not any(c.startswith("not a party") for _, c in told)
    told = _parties(check_store, "Norway stayed out of the North Atlantic Treaty in 1949.")
    assert told and told[0][0] == "contradicts" and "Norway" in told[0][1]


def test_keeping_out_of_something_else_is_no_claim(check_store: Store) -> None:
    told = _parties(check_store, "Britain, France and Turkey signed a treaty in Ankara in October 1939. Turkey stayed "
                                 "out of the fighting until 1945.")
    assert not any(c.startswith("not a party") for _, c in told)
    told = _parties(check_store, "The Rio Treaty was signed in 1947. Later, Argentina held back from the war.")
    assert not any(c.startswith("not a party") for _, c in told)


def test_a_list_told_as_a_group_of_states_is_its_agreement_s_parties(check_store: Store) -> None:
    wrong = _parties(check_store, "In 1934 the three Baltic republics, Estonia, Latvia and Finland, met at Geneva "
                                  "and founded the Baltic Entente.")
    assert wrong and wrong[0][0] == "contradicts" and "Finland" in wrong[0][1]
    right = _parties(check_store, "In 1934 the three Baltic republics, Estonia, Latvia and Lithuania, met at Geneva "
                                  "and founded the Baltic Entente.")
    assert right and right[0][0] == "consistent"


def test_a_group_counted_otherwise_than_its_list_is_never_contradicted(check_store: Store) -> None:
    told = _parties(check_store, "In 1934 the four Baltic republics, Estonia, Latvia and Finland, met at Geneva and "
                                 "founded the Baltic Entente.")
    assert not any(v == "contradicts" for v, _ in told)


def test_states_told_among_the_signers_the_sentence_before_told_are_its_parties(check_store: Store) -> None:
    told = _parties(check_store, "In 1954 eight states signed the Manila Pact. Pakistan and Thailand were two of "
                                 "them.")
    assert told == [("consistent", "parties: Dominion of Pakistan, Kingdom of Thailand")]
    assert _parties(check_store, "In 1954 eight states signed the Manila Pact. Pakistan and India were two of "
                                 "them.") == []


def test_states_told_to_sit_in_an_agreement_are_its_parties(check_store: Store) -> None:
    assert _parties(check_store, "Portugal and Spain now sit together in NATO.")[0][0] == "consistent"
    assert _parties(check_store, "Today Lisbon and Madrid sit together in the Warsaw Pact.")[0][0] == "contradicts"
    assert _parties(check_store, "Both sat in Geneva for weeks.") == []


def test_states_listed_as_an_agreement_s_founders_or_members_are_read_against_it(check_store: Store) -> None:
    assert _parties(check_store, "The Baghdad Pact's founders were Iraq, Turkey and Egypt.")[0][0] == "contradicts"
    assert _parties(check_store, "Among the founders of the Arab League in 1945 were Egypt, Iraq and Syria.")[0][0] \
        == "consistent"
    late = _parties(check_store, "NATO's twelve founders included Portugal and Spain.")
    assert late[0][0] == "contradicts" and "Spain" in late[0][1]
    told = _parties(check_store, "The members of the Warsaw Pact, Poland and Hungary among them, met in Prague.")
    assert told[0][0] == "consistent"


def test_an_agreement_s_name_used_of_its_members_beside_a_list_is_a_claim(check_store: Store) -> None:
    assert _parties(check_store, "The NATO allies Greece and Turkey nearly went to war in 1974.")[0][0] == "consistent"
    wrong = _parties(check_store, "Egypt and Iran, two of the Arab League's founders, fell out in 1955.")
    assert wrong[0][0] == "contradicts" and "Iran" in wrong[0][1]
    late = _parties(check_store, "Greece and Spain, two of NATO's founders, quarrelled in 1974.")
    assert late[0][0] == "contradicts" and "Spain" in late[0][1]
    assert _parties(check_store, "Greece and Sweden, fellow NATO members, quarrelled in 1974.") == []
