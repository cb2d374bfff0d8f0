"""Leaders' offices told by what a leader does (issue 22w1), each on made-up sentences: a leader acting for a state at
a dated event (signing, standing beside another, receiving a delegation), a succession, a reign or a throne, becoming
a state's leader, leading a state's party, and a rank before the name read by the leadership told beside it (the
record is the shipped Archigos table)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _offices(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "leader_office")]


def test_a_leader_acting_at_a_dated_event_is_read_in_office_then_and_never_contradicted(check_store: Store) -> None:
    assert _offices(check_store, "Willy Brandt and Leonid Brezhnev signed the Moscow Treaty on 12 August 1970.") == [
        ("consistent", "Willy Brandt in office on 1970-08-12"),
        ("consistent", "Leonid Brezhnev in office on 1970-08-12")]
    assert _offices(check_store, "In July 1979 Jimmy Carter stood beside Anwar Sadat in Washington.") == [
        ("consistent", "Jimmy Carter in office on 1979-07")]
    assert _offices(check_store, "Julius Nyerere, tired after the talks, signed for Tanzania in 1964.") == [
        ("consistent", "Julius Nyerere in office on 1964")]
    # a former leader acting later: no office the record holds then, and no contradiction
    assert _offices(check_store, "Tony Blair signed the open letter in 2019.") == [
        ("not_in_record", "Tony Blair in office on 2019")]
    # a minister Archigos does not name as a state's leader is no leader acting
    assert _offices(check_store, "Vyacheslav Molotov signed for the Soviet Union on 23 August 1939.") == []


def test_a_succession_is_an_office_where_a_leader_is_succeeded_or_the_office_is_told(check_store: Store) -> None:
    assert _offices(check_store, "The treaty was renewed in March 1957, by which time Harold Macmillan had "
                                 "succeeded Eden as head of the British government.") == [
        ("consistent", "Harold Macmillan in office on 1957-03")]
    assert _offices(check_store, "Georges Pompidou, who succeeded him as president in June 1969, kept the "
                                 "pact.") == [("consistent", "Georges Pompidou on 1969-06")]
    # another office, and a successor of no state's leader, tell no leadership
    assert _offices(check_store, "Andrei Gromyko succeeded Shepilov as foreign minister in 1957.") == []


def test_a_reign_a_throne_and_becoming_a_states_leader_are_offices(check_store: Store) -> None:
    assert _offices(check_store, "In 1905 Theodore Roosevelt was president and Nicholas II reigned in Russia.") == [
        ("consistent", "Theodore Roosevelt was president in office on 1905"),
        ("consistent", "Nicholas II in office on 1905")]
    assert _offices(check_store, "In 1960 Haile Selassie was on the throne in Addis Ababa.") == [
        ("consistent", "Haile Selassie in office on 1960")]
    # a king reigning beside the prime minister who rules: not the leader Archigos records then, no contradiction
    assert _offices(check_store, "In 1950 Gustaf V was on the throne in Stockholm.") == [
        ("not_in_record", "Gustaf V in office on 1950")]
    assert _offices(check_store, "In 1985 Mikhail Gorbachev had just become the Soviet leader.") == [
        ("consistent", "Mikhail Gorbachev had just become the Soviet leader in office on 1985")]


def test_a_party_led_is_a_states_leadership_only_where_the_record_has_it_then(check_store: Store) -> None:
    assert _offices(check_store, "In 1968 Leonid Brezhnev led the Soviet party.") == [
        ("consistent", "Leonid Brezhnev led the Soviet party in office on 1968")]
    # led in opposition: not the state's leader then, and no contradiction of the record
    assert [v for v, _ in _offices(check_store, "In 1950 Winston Churchill led the Conservative party.")] == [
        "not_in_record"]


def test_a_rank_before_a_name_is_read_by_the_leadership_told_beside_it(check_store: Store) -> None:
    assert _offices(check_store, "In 1960 Marshal Tito ruling Yugoslavia signed nothing.") == [
        ("consistent", "Marshal Tito ruling in office on 1960")]
    assert [v for v, _ in _offices(check_store, "In 1962, under Field Marshal Sarit, Thailand stood firm.")] == [
        "consistent"]
    # a rank with no leadership told beside it is no office Archigos records
    assert [v for v, _ in _offices(check_store, "In 1943 Marshal Zhukov met the Allied envoys.")] in (
        [], ["not_in_record"])


def test_a_leader_at_the_head_of_a_state_or_by_their_regime(check_store: Store) -> None:
    assert _offices(check_store, "In December 1979 Moscow installed Babrak Karmal at the head of a new "
                                 "government in Kabul.") == [
        ("consistent", "Babrak Karmal at the head of a new government in office on 1979-12")]
    assert [v for v, _ in _offices(check_store, "In 1968 Nureddin al-Atassi, the man really at the head of the "
                                                "Syrian state, held back.")] == ["consistent"]
    assert _offices(check_store, "In March 2003 the coalition set out to topple Saddam Hussein's regime.") == [
        ("consistent", "Saddam Hussein in office on 2003-03")]


def test_the_date_of_an_agreement_a_leader_is_told_making_is_the_offices(check_store: Store) -> None:
    # (Eden was foreign secretary in 1954; Churchill led Britain)
    assert [v for v, _ in _offices(check_store, "Anthony Eden, then the prime minister, put London's "
                                                "name to the Manila treaty of 8 September 1954.")] == ["contradicts"]
    assert _offices(check_store, "That pact replaced the treaty of 4 February 1948, concluded under Josip Broz "
                                 "Tito.") == [("consistent", "Josip Broz Tito in office on 1948-02-04")]


def test_a_minister_told_the_real_power_is_read_as_the_states_leader(check_store: Store) -> None:
    assert [v for v, _ in _offices(check_store, "In 1916 Enver Pasha, then minister of war, was the real power in "
                                                "Constantinople.")] == ["consistent"]
    # one Archigos does not name: not in the record
    assert [v for v, _ in _offices(check_store, "In 1940 Vyacheslav Molotov, the foreign commissar, was the real "
                                                "power in Moscow.")] == ["not_in_record"]


def test_of_two_leaders_of_one_surname_the_given_name_told_picks_one(check_store: Store) -> None:
    # (Archigos writes "Kukrot Pramoj"; his brother Seni Pramoj also led Thailand in 1975)
    claims = _claims(_check(check_store, "In 1975 Prime Minister Kukrit Pramoj flew to Beijing."), "leader_office")
    assert [(c.verdict, c.record_value.split(" led ")[0]) for c in claims] == [("consistent", "Kukrot Pramoj")]
