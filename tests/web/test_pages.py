"""The pages, rendered on the server: what they show is what the API says, and every asset is served locally."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from foedus.web.pages import percent
from tests.web.conftest import api


class _Page(HTMLParser):
    """The parts of a page the tests read: assets, elements with data attributes, their text."""

    def __init__(self) -> None:
        super().__init__()
        self.assets: list[str] = []
        self.rows: list[dict[str, str]] = []
        self.cells: dict[str, str] = {}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag == "script" and "src" in found:
            self.assets.append(found["src"])
        if tag == "link" and found.get("rel") in ("stylesheet", "icon"):
            self.assets.append(found["href"])
        if tag == "tr" and "data-slug" in found:
            self.rows.append(found)
        if tag == "td" and "probability" in found.get("class", ""):
            self._open = found["data-horizon"]
            self.cells[self._open] = ""
            self.cells[f"value-{self._open}"] = found["data-value"]
        if tag == "td" and "without-record" in found.get("class", ""):
            self._open = f"without-{found['data-horizon']}"
            self.cells[self._open] = ""
        if tag == "tr" and "data-specification" in found:
            self._open = f"specification-{found['data-specification']}"
            self.cells[self._open] = ""

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self.cells[self._open] += data.strip()

    def handle_endtag(self, tag: str) -> None:
        if (tag == "td" and not (self._open or "").startswith("specification-")) or tag == "tr":
            self._open = None


def _page(client: TestClient, url: str, status: int = 200) -> tuple[_Page, str]:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    parsed = _Page()
    parsed.feed(response.text)
    return parsed, response.text


def test_the_home_page_offers_a_pair_form_fed_by_the_states_api(client: TestClient) -> None:
    page, html = _page(client, "/")
    assert 'list="state-names"' in html and '<datalist id="state-names">' in html
    assert "/static/app.js" in page.assets
    assert 'action="/pair"' in html


@pytest.mark.parametrize("coding", ["curated", "atop"])
def test_the_pair_view_shows_the_apis_probability_for_its_coding(client: TestClient, coding: str) -> None:
    page, html = _page(client, f"/pair?a=China&b=Russia&coding={coding}")
    figure = api(client, "/api/assessment", a="China", b="Russia", coding=coding)
    for h in ("5", "10", "20"):
        assert page.cells[h] == percent(figure["probability"][h]["median"])
        assert float(page.cells[f"value-{h}"]) == figure["probability"][h]["median"]
    assert figure["sentence"].replace("'", "&#39;") in html
    assert f'data-coding="{coding}" aria-current="page"' in html


def test_the_pair_view_shows_the_record_without_it_and_the_specification_curve(client: TestClient) -> None:
    page, html = _page(client, "/pair?a=China&b=Russia")
    figure = api(client, "/api/assessment", a="China", b="Russia")
    for h in ("5", "10", "20"):
        p = figure["without_record"][h]
        assert page.cells[f"without-{h}"] == f"{percent(p['median'])} ({percent(p['low'])} – {percent(p['high'])})"
    assert figure["record_sentence"].replace("'", "&#39;") in html
    assert len(figure["by_specification"]) > 1
    for spec in figure["by_specification"]:
        p = spec["horizons"]["10"]
        assert page.cells[f"specification-{spec['name']}"] == (
            f"{spec['label']}{percent(p['median'])}{percent(p['low'])} – {percent(p['high'])}{percent(spec['weight'])}")


def test_the_pair_view_lists_agreements_events_and_sources(client: TestClient) -> None:
    page, html = _page(client, "/pair?a=China&b=Russia&coding=all")
    history = api(client, "/api/history", a="China", b="Russia", coding="all")
    assert [r["data-slug"] for r in page.rows] == [a["slug"] for a in history["agreements"]]
    assert all(f'id="source-{s["ledger"]}-{s["id"]}"' in html for s in history["sources"])
    assert html.count('<time>') == len(history["events"])
    assert 'id="timeline-chart"' in html and 'id="curve-chart"' in html


def test_the_pair_view_of_an_unknown_state_is_a_404_page_with_suggestions(client: TestClient) -> None:
    _, html = _page(client, "/pair?a=Chna&b=Russia", status=404)
    assert "unknown state" in html and "<code>China</code>" in html


def test_the_pair_view_keeps_the_history_when_no_figure_can_be_given(client: TestClient) -> None:
    _, html = _page(client, "/pair?a=China&b=Russia&prior=hunch")
    assert 'data-error="invalid_request"' in html and "unknown prior" in html
    assert 'id="agreements"' in html


def test_the_treaty_view_shows_each_codings_outcome(client: TestClient) -> None:
    _, html = _page(client, "/treaty/cn-ru-1896-li-lobanov")
    treaty = api(client, "/api/treaties/cn-ru-1896-li-lobanov")
    for outcome in treaty["outcomes"]:
        assert f'<li data-coding="{outcome["coding"]}">' in html
    assert "Members" in html and all(m["name"] in html for m in treaty["members"])


def test_the_ledger_csv_holds_exactly_the_rows_the_browser_shows(client: TestClient) -> None:
    page, html = _page(client, "/ledger?since=1900&until=1950&obligation=defense&ending=&coding=curated")
    link = re.search(r'id="csv-link" href="([^"]+)"', html)
    assert link is not None
    response = client.get(link.group(1).replace("&amp;", "&"))
    assert response.status_code == 200
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert len(table) == len(page.rows) > 0
    assert [(r["slug"], r["coding"]) for r in table] == [(r["data-slug"], r["data-coding"]) for r in page.rows]
    assert f'<span id="row-count">{len(table)}</span>' in html


def test_a_bad_year_in_the_ledger_form_is_a_400_page(client: TestClient) -> None:
    _, html = _page(client, "/ledger?since=nineteen", status=400)
    assert "since must be a year" in html


@pytest.mark.parametrize("url", ["/", "/pair?a=China&b=Russia", "/ledger", "/treaty/cn-ru-1896-li-lobanov"])
def test_every_asset_is_served_by_the_app_itself(client: TestClient, url: str) -> None:
    page, html = _page(client, url)
    assert not re.search(r'(src|href)="(https?:)?//', html.split("<main>")[0] + "".join(page.assets))
    for asset in page.assets:
        if asset.startswith("data:"):
            continue
        assert asset.startswith("/static/"), asset
        assert client.get(asset).status_code == 200, asset
    headers = client.get(url).headers
    assert "default-src 'self'" in headers["content-security-policy"]
