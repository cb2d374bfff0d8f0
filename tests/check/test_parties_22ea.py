"""States told as an agreement's parties by a description of it and a date, no title named: the subject of a verb or
noun of membership ("was a founding party to the Union's constitutive act in July 2000"), the agents of a signing
("the ... accord, signed at Abidjan on 9 June 1976 by A, B and C"), and a list set off after a group of states it
names some of ("by seven states, A, B and C among them")."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_plain as _check
from tests.check.sentences import claims_of


def test_a_founding_party_to_a_described_agreement_at_a_date_is_its_party(check_store: Store) -> None:
    told = claims_of(_check(check_store, "Burkina Faso and Mali share a long border. Mali was a founding party to "
                                        "the African Union's constitutive act in July 2000."), "agreement_parties")
    assert [(c.verdict, c.records[0].id) for c in told] == [("consistent", "atop-4953")]


def test_a_signatory_of_a_described_protocol_at_a_date_is_its_party(check_store: Store) -> None:
    told = claims_of(_check(check_store, "Ghana and Togo are neighbours. Ghana was among the signatories of the West "
                                        "African defence protocol in May 1981."), "agreement_parties")
    assert [(c.verdict, c.records[0].id) for c in told] == [("consistent", "1981-ecowas-mutual-assistance-defence")]


def test_a_described_agreement_the_record_lacks_at_that_date_tells_no_parties(check_store: Store) -> None:
    told = claims_of(_check(check_store, "Ghana and Togo are neighbours. Ghana was a founding party to the regional "
                                        "trade protocol in May 1990."), "agreement_parties")
    assert told == []


def test_the_agents_of_a_described_signing_at_a_date_are_its_parties(check_store: Store) -> None:
    # (the year told is wrong, so no signing claim finds the accord: the agents and the date still do)
    told = claims_of(_check(check_store, "Senegal and Niger are far apart. A smaller pact came next: the Sahel "
                                        "non-aggression and defence assistance accord, signed at Abidjan on 9 June "
                                        "1976 by Mali, Niger, Mauritania and Togo."), "agreement_parties")
    assert [(c.verdict, c.records[0].id) for c in told] == [("consistent", "atop-3785")]
