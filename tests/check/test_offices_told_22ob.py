"""Leaders' offices told in forms the checker once passed over, each on a short made-up sentence: a strongman is a
state's ruler, "in power since" and "had ruled since" date a rule's start, a rule "until" a date is read past a
relative clause or the comma closing an apposition, "took charge" and "took over that month" are takings of office,
and Archigos's "Ibn Yahya Hamid" is the Imam Ahmad articles tell of.
"""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_plain as _check


def _offices(store: Store, body: str) -> list[Claim]:
    return [c for c in _check(store, body).claims if c.kind == "leader_office"]


def test_a_strongman_is_read_as_a_states_ruler(check_store: Store) -> None:
    right = _offices(check_store, "Iraq left the alliance in 1959, when Abd al-Karim Qasim, Iraq's strongman, "
                                  "promised the people a republic of their own.")
    assert [c.verdict for c in right] == ["consistent"] and "strongman" in right[0].claimed
    # (told before the name with a determiner, of a leader Archigos does not name so: no record of it)
    rosas = _offices(check_store, "Brazil and Uruguay signed a treaty of alliance on 29 May 1851 against the "
                                  "Argentine strongman Juan Manuel de Rosas and his friends in the war.")
    assert [c.verdict for c in rosas] == ["not_in_record"]


def test_a_leader_by_then_a_states_unchallenged_leader(check_store: Store) -> None:
    claims = _offices(check_store, "Italy signed a treaty in 1928. Mussolini, by then Italy's unchallenged leader, "
                                   "wanted calm.")
    assert [(c.claimed.split(" in office")[0], c.verdict) for c in claims] == [("Mussolini", "consistent")]


def test_in_power_since_a_date_dates_the_rules_start(check_store: Store) -> None:
    right = _offices(check_store, "Sudan signed in 1972. Nimeiry, in power in Khartoum from May 1969, wanted calm.")
    assert [c.verdict for c in right] == ["consistent"] and right[0].claimed.endswith("1969-05")
    wrong = _offices(check_store, "Sudan signed in 1972. Nimeiry, in power in Khartoum since May 1965, wanted calm.")
    assert [c.verdict for c in wrong] == ["contradicts"]


def test_had_ruled_since_a_date_dates_the_rules_start(check_store: Store) -> None:
    right = _offices(check_store, "Oman signed in 1970. The old sultan, Said bin Taimur, had ruled since February "
                                  "1932.")
    assert [c.verdict for c in right] == ["consistent"] and right[0].claimed.endswith("1932-02")
    wrong = _offices(check_store, "Oman signed in 1970. Said bin Taimur had ruled since February 1925.")
    assert [c.verdict for c in wrong] == ["contradicts"]


def test_a_rule_until_a_date_past_a_relative_clause_or_an_apposition(check_store: Store) -> None:
    past_clause = _offices(check_store, "Yemen signed in 1956. Imam Ahmad, who succeeded his father in 1948, ruled "
                                        "until his death in September 1962.")
    assert [c.verdict for c in past_clause] == ["consistent"] and "left office" in past_clause[0].record_value
    appositive = _offices(check_store, "Burkina Faso signed in 1990. His successor, Blaise Compaore, ruled until "
                                       "October 2014.")
    assert [c.verdict for c in appositive] == ["consistent"]
    wrong = _offices(check_store, "Burkina Faso signed in 1990. His successor, Blaise Compaore, ruled until "
                                  "October 2012.")
    assert [c.verdict for c in wrong] == ["contradicts"]


def test_imam_ahmad_is_archigos_ibn_yahya_hamid(check_store: Store) -> None:
    claims = _offices(check_store, "Yemen and China signed in 1958. Imam Ahmad died in September 1962.")
    assert [(c.verdict, c.records[0].label) for c in claims] == [("consistent", "Ibn Yahya Hamid")]


def test_took_charge_and_took_over_that_month_are_takings_of_office(check_store: Store) -> None:
    charge = _offices(check_store, "Hungary and Poland were allies in 1956. Imre Nagy took charge in Budapest on 25 "
                                   "October 1956.")
    assert [c.verdict for c in charge] == ["consistent"] and "took office" in charge[0].record_value
    over = _offices(check_store, "Kenya signed in 1978. Daniel arap Moi took over that August.")
    assert [c.verdict for c in over] == ["consistent"] and "took office" in over[0].record_value


def test_a_second_leader_told_with_the_first_ones_office_left_out(check_store: Store) -> None:
    owner = _offices(check_store, "The two kingdoms exchanged notes on 4 May 1887, when Salisbury was Britain's prime "
                                  "minister and Agostino Depretis Italy's.")
    assert [(c.claimed.split(" in office")[0], c.verdict) for c in owner][1:] == [("Agostino Depretis", "consistent")]
    ruled = _offices(check_store, "The isthmus states made peace on 20 December 1907, when José Santos Zelaya ruled "
                                  "Nicaragua and Fernando Figueroa El Salvador.")
    assert [c.claimed.split(" in office")[0] for c in ruled] == ["José Santos Zelaya", "Fernando Figueroa"]
    whose = _offices(check_store, "At the conference in 1948 Colombia's president was Mariano Ospina Pérez, and "
                                  "Peru's was José Luis Bustamante y Rivero.")
    assert [c.verdict for c in whose] == ["consistent", "consistent"] and "Bustamante" in whose[1].claimed
    same = _offices(check_store, "The two powers agreed in 1887. Lord Salisbury was prime minister in London; "
                                 "Agostino Depretis held the same office in Rome.")
    assert [c.verdict for c in same] == ["consistent", "consistent"] and "Depretis" in same[1].claimed
    # (a name told after "and" with no office of the first's left out is no leader of it: "and Italy" is a state)
    none = _offices(check_store, "The two kingdoms exchanged notes on 4 May 1887, when Salisbury was Britain's prime "
                                 "minister and Italy was still weak.")
    assert len(none) == 1
