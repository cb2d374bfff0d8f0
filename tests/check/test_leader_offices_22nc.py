"""Leaders' offices told in more of the ways English tells them (issue 22nc): an office held "since" a date told in
the present perfect ("has been Egypt's president since"); each on made-up sentences read against Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def _offices(store: Store, body: str, published: str = "2024-12-01") -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in claims_of(check_sentences(store, body, published), "leader_office")]


def test_an_office_held_since_a_date_in_the_present_perfect(check_store: Store) -> None:
    # Hosni Mubarak was Egypt's president from October 1981 to February 2011
    assert [v for _, v in _offices(check_store, "Hosni Mubarak has been Egypt's president since 1981, and the "
                                                "peace holds.", "2005-06-01")] == ["consistent"]
    assert [v for _, v in _offices(check_store, "Hosni Mubarak, who has been president of Egypt since 1987, "
                                                "praised the accord.", "2005-06-01")] == ["contradicts"]
    # (a leader who took office after Archigos ends: not in the record, never passed over)
    assert [v for _, v in _offices(check_store, "Gabriel Boric has been Chile's president since March 2022.")] == [
        "not_in_record"]

