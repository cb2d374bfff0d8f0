"""Leaders told after Archigos ends (issue 22), on made-up sentences: a leader who took office after 2015, named
with an office or with none, is linked by name (``check/data/later_leaders.csv``, each row sourced) and their office
is read as not in the record, never judged against a namesake Archigos holds."""

from __future__ import annotations

from foedus.check.mentions import archigos_also, later_leader
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims
from tests.check.sentences import leaders_in as _leaders


def _offices(store: Store, body: str, published: str = "2024-12-01") -> list[tuple[str, str]]:
    return [(c.verdict, c.record_value if c.verdict == "consistent" else c.reason)
            for c in _claims(_check(store, body, published), "leader_office")]


def test_a_later_leader_is_read_by_whole_name_or_by_a_titled_surname() -> None:
    assert later_leader("Fumio Kishida") == "Fumio Kishida"
    assert later_leader("President Joe Biden") == "Joe Biden"
    assert later_leader("Ferdinand Marcos Jr.") == "Ferdinand Marcos Jr."
    assert later_leader("Ferdinand Marcos") is None  # (the father, whom Archigos holds)
    assert later_leader("Kishida") is None  # (a surname alone only where asked for)
    assert later_leader("Macron", surname=True) == "Emmanuel Macron"


def test_a_later_leader_named_with_no_office_is_past_the_record(check_store: Store) -> None:
    assert _offices(check_store, "Rishi Sunak flew to Canberra last spring to talk about submarines.",
                    "2023-06-01") == [("not_in_record", "Archigos ends in 2015, before Rishi Sunak took office on "
                                                        "2022-10-25: who held the office later needs a ledger event")]
    assert _offices(check_store, "Ferdinand Marcos Jr. spoke to the Japanese Diet in November 2023.") == [
        ("not_in_record", "Archigos ends in 2015, before Ferdinand Marcos Jr. took office on 2022-06-30: who held "
                          "the office later needs a ledger event")]


def test_a_later_leader_is_no_namesake_archigos_holds(check_store: Store) -> None:
    # (Archigos holds a Conté of Guinea: "Giuseppe Conte" is none of his)
    assert _leaders(check_store, "Giuseppe Conte, Italy's prime minister, went to Lisbon in 2019.") == [
        ("Giuseppe Conte, Italy's prime minister", "prime minister")]
    assert [v for v, _ in _offices(check_store, "Giuseppe Conte, Italy's prime minister, went to Lisbon in 2019.")] \
        == ["not_in_record"]
    assert [v for v, _ in _offices(check_store, "Giorgia Meloni, Italy's prime minister, and Athens signed a "
                                                "communiqué on energy in 2023.")] == ["not_in_record"]


def _targets(store: Store, body: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.target) for m in _check(store, body).mentions if m.kind == "leader"]


def test_a_hyphen_archigos_writes_is_read_told_as_a_space(check_store: Store) -> None:
    assert _offices(check_store, "Kim Il Sung signed the treaty with Beijing in July 1961.") == [
        ("consistent", "Kim Il-Sung led COW 731 from 1948-09-09 to 1994-07-08")]
    assert _targets(check_store, "Britain's prime minister, David Lloyd George, went to Paris in 1919.") == [
        ("prime minister, David Lloyd George", "leader:Lloyd-George")]


def test_leaders_archigos_spells_otherwise_are_linked(check_store: Store) -> None:
    assert archigos_also("Emomali Rahmon") == "Rakhmonov"
    assert archigos_also("Rahmon Nabiyev") is None  # (his predecessor, another leader)
    assert archigos_also("Jacobo Árbenz") == "Arbenz Guzman"
    assert archigos_also("President Mitterrand") == "Mitterand"
    assert _targets(check_store, "Emomali Rahmon signed the Tashkent treaty for Tajikistan in May 1992.") == [
        ("Emomali Rahmon", "leader:Rakhmonov")]
