"""Claims the record holds what they need for, which the checker once told not in the record: a later entry told by
"followed" with what the state followed others into, or how late it came, before its date.
"""

from __future__ import annotations

from foedus.check.models import CheckResult, Claim
from foedus.store import Store
from tests.check.sentences import check_plain as _check


def _entries(result: CheckResult, state: str) -> list[Claim]:
    return [c for c in result.claims if c.kind == "event_date" and c.claimed.startswith(f"{state}: entry into ")]


def test_followed_them_into_the_treaty_is_a_later_entry(check_store: Store) -> None:
    text = ("Vietnam and Laos acceded to ASEAN's Treaty of Amity and Cooperation on 23 July 1992. "
            "Cambodia and Myanmar followed them into the treaty in {}.")
    right = _entries(_check(check_store, text.format(1995)), "Kingdom of Cambodia and Union of Myanmar")
    assert [c.verdict for c in right] == ["consistent"]
    wrong = _entries(_check(check_store, text.format(1997)), "Kingdom of Cambodia and Union of Myanmar")
    assert [c.verdict for c in wrong] == ["contradicts"]


def test_followed_only_later_is_a_later_entry(check_store: Store) -> None:
    text = "The Czech Republic joined NATO on 12 March 1999 with Hungary and Poland. Slovakia followed only in {}."
    assert [c.verdict for c in _entries(_check(check_store, text.format(2004)), "Slovak Republic")] == ["consistent"]
    assert [c.verdict for c in _entries(_check(check_store, text.format(2001)), "Slovak Republic")] == [
        "contradicts"]
    # (after a semicolon too, of the agreement the clause before named)
    told = "Italy entered the Western European Union on 23 October 1954; Greece followed only in March 1995."
    assert [c.verdict for c in _entries(_check(check_store, told), "Third Hellenic Republic")] == ["contradicts"]


def test_followed_it_into_the_fold_later_in_a_year_is_a_later_entry(check_store: Store) -> None:
    text = ("Ukraine joined the Helsinki Final Act in January 1992. "
            "Azerbaijan followed it into the Helsinki fold later in {}.")
    assert [c.verdict for c in _entries(_check(check_store, text.format(1993)), "Azerbaijan")] == ["consistent"]
    assert [c.verdict for c in _entries(_check(check_store, text.format(1992)), "Azerbaijan")] == ["contradicts"]


def _offices(result: CheckResult) -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in result.claims if c.kind == "leader_office"]


def test_a_leader_told_by_one_name_archigos_spells_otherwise_is_found_beside_a_ruling_office(
        check_store: Store) -> None:
    # "Qaboos" is Archigos's "Qabus Bin Said", "Rahmon" its "Rakhmonov": one name, told with a title or an office
    told = _offices(_check(check_store, "Oman's Sultan Qaboos received the envoy in March 1985."))
    assert told == [("Sultan Qaboos in office on 1985-03", "consistent")]
    told = _offices(_check(check_store, "Rahmon, in power in Dushanbe since November 1992, sent a message."))
    assert [v for _, v in told] == ["consistent"]


def test_a_leader_in_a_clause_of_its_own_is_dated_by_its_own_clause(check_store: Store) -> None:
    # the sentence's first date is the clause before's: the office is told at the date after the name in its own
    told = _offices(_check(check_store, "Nehru led India in 1955, and Ayub Khan ruled Pakistan in 1962."))
    assert told == [("Nehru in office on 1955", "consistent"), ("Ayub Khan in office on 1962", "consistent")]
    told = _offices(_check(check_store, "Nehru led India in 1955, and Ayub Khan ruled Pakistan in 1952."))
    assert told[1:] == [("Ayub Khan in office on 1952", "contradicts")]
