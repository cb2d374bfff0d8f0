"""The dashboard's war test: the universe page with its filters, and the sections of the pair and treaty pages."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_the_tested_page_shows_the_shares_beside_the_published_and_filters_the_cases(client: TestClient) -> None:
    page = client.get("/tested")
    assert page.status_code == 200
    assert "Leeds, Long &amp; Mitchell 2000: 74.5%" in page.text and "1816-1944" in page.text
    filtered = client.get("/tested", params={"q": "Li-Lobanov", "outcome": "violated", "since": "1900"})
    assert filtered.status_code == 200
    assert "Li-Lobanov Treaty" in filtered.text and "Anglo-Polish" not in filtered.text
    bad = client.get("/tested", params={"obligation": "alliance"})
    assert bad.status_code == 400 and "unknown obligation" in bad.text


def test_pair_and_treaty_pages_show_their_war_tested_cases(client: TestClient) -> None:
    pair = client.get("/pair", params={"a": "China", "b": "Russia"})
    assert pair.status_code == 200 and 'id="tested"' in pair.text and "Li-Lobanov" in pair.text
    treaty = client.get("/treaty/cn-ru-1896-li-lobanov")
    assert treaty.status_code == 200 and 'id="tested"' in treaty.text and "violated" in treaty.text
