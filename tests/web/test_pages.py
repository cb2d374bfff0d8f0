"""The pages, rendered on the server: what they show is what the API says, and every asset is served locally."""

from __future__ import annotations

import csv
import io
import json
import re
from html import unescape
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from foedus.text import percent, percents
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


def _text(html: str) -> str:
    """Return what a reader sees of a page: its text outside scripts, styles, code and BibTeX, without tags."""
    body = html.split("<main", 1)[1] if "<main" in html else html
    for tag in ("script", "style", "code", "pre"):
        body = re.sub(rf"<{tag}\b.*?</{tag}>", " ", body, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())


def test_the_home_page_offers_a_pair_form_fed_by_the_states_api(client: TestClient) -> None:
    page, html = _page(client, "/")
    assert 'list="state-names"' in html and '<datalist id="state-names">' in html
    assert "/static/app.js" in page.assets
    assert 'action="/pair"' in html
    assert '<a href="/docs">API docs</a>' in html  # the nav opens the documentation, not raw JSON


def test_a_pair_page_does_not_wait_for_an_assessment_it_has_not_computed(client: TestClient) -> None:
    page, html = _page(client, "/pair?a=Japan&b=United+Kingdom&coding=curated")
    assert 'data-src="/pair/assessment?a=Japan&amp;b=United+Kingdom' in html and 'aria-busy="true"' in html
    assert 'class="spinner"' in html and "data-progress" in html and "wait=1" in html
    assert page.rows and "probability" not in page.cells  # the history is there; the figure is to come
    panel, fragment = _page(client, "/pair/assessment?a=Japan&b=United+Kingdom&coding=curated")
    figure = api(client, "/api/assessment", a="Japan", b="United Kingdom")
    assert panel.cells["10"] == percent(figure["probability"]["10"]["median"])
    assert "<html" not in fragment and 'data-spec-for="curve-chart"' in fragment
    _, again = _page(client, "/pair?a=Japan&b=United+Kingdom&coding=curated")  # computed once: now in the page
    assert "data-src=" not in again and 'class="probability"' in again


@pytest.mark.parametrize("coding", ["curated", "atop"])
def test_the_pair_view_shows_the_apis_probability_for_its_coding(client: TestClient, coding: str) -> None:
    page, html = _page(client, f"/pair?a=China&b=Russia&coding={coding}&wait=1")
    figure = api(client, "/api/assessment", a="China", b="Russia", coding=coding)
    for h in ("5", "10", "20"):
        p = figure["probability"][h]
        assert page.cells[h] == percents(p["median"], p["low"], p["high"])[0]  # as the sentence writes it
        assert float(page.cells[f"value-{h}"]) == figure["probability"][h]["median"]
    assert figure["sentence"].replace("'", "&#39;") in html
    assert f'data-coding="{coding}" aria-current="page"' in html


def test_the_pair_view_shows_the_record_without_it_and_the_specification_curve(client: TestClient) -> None:
    page, html = _page(client, "/pair?a=China&b=Russia&wait=1")
    figure = api(client, "/api/assessment", a="China", b="Russia")
    for h in ("5", "10", "20"):
        p = figure["without_record"][h]
        median, low, high = percents(p["median"], p["low"], p["high"])
        assert page.cells[f"without-{h}"] == f"{median} ({low} – {high})"
    assert figure["record_sentence"].replace("'", "&#39;") in html
    assert len(figure["by_specification"]) > 1
    for spec in figure["by_specification"]:
        p = spec["horizons"]["10"]
        median, low, high = percents(p["median"], p["low"], p["high"])
        assert page.cells[f"specification-{spec['name']}"] == (
            f"{spec['label']}{median}{low} – {high}{percent(spec['weight'])}")
    evidence = figure["evidence"]
    assert f"{evidence['units']:,} alliances" in html and evidence["units"] >= 1000  # thousands separators


def test_the_pair_view_lists_agreements_events_and_sources(client: TestClient) -> None:
    page, html = _page(client, "/pair?a=China&b=Russia&coding=all")
    history = api(client, "/api/history", a="China", b="Russia", coding="all")
    assert [r["data-slug"] for r in page.rows] == [a["slug"] for a in history["agreements"]]
    assert all(f'id="source-{s["ledger"]}-{s["id"]}"' in html for s in history["sources"])
    assert html.count("<li data-event=") == len(history["events"])
    assert 'id="timeline-chart"' in html and 'data-spec-for="timeline-chart"' in html


def test_every_rationale_is_text_in_a_details_with_a_legend_for_the_contested_marker(client: TestClient) -> None:
    for url, outcomes in (("/pair?a=China&b=Russia&coding=all",
                           [o for a in api(client, "/api/history", a="China", b="Russia")["agreements"]
                            for o in a["outcomes"] if o["member"] is None]),
                          ("/treaty/cn-ru-1950-friendship-alliance",
                           api(client, "/api/treaties/cn-ru-1950-friendship-alliance")["outcomes"])):
        _, html = _page(client, url)
        readings = re.findall(r'<details class="reading" data-coding="([^"]+)"( data-contested="true")?[^>]*>\s*'
                              r"<summary>.*?</summary>\s*<p class=\"rationale\">(.*?)</p>", html, flags=re.S)
        assert len(readings) == len(outcomes)
        assert [(c, bool(mark), unescape(text)) for c, mark, text in readings] == [
            (o["coding"], o["contested"], o["rationale"]) for o in outcomes]
        assert any(o["contested"] for o in outcomes) and 'id="contested-legend"' in html
        assert "(contested)" in html  # the marker is said in words to a screen reader


def test_the_pair_view_shows_every_codings_curve_on_one_fixed_axis(client: TestClient) -> None:
    from foedus.web.charts import breach_curve_spec

    specs = {c: breach_curve_spec(api(client, "/api/assessment", a="China", b="Russia", coding=c))
             for c in ("curated", "atop", "all")}
    domains = {c: s["layer"][1]["encoding"]["y"]["scale"]["domain"] for c, s in specs.items()}
    assert len({tuple(d) for d in domains.values()}) == 1, domains  # one axis, whichever coding
    series = specs["all"]["layer"][1]["encoding"]["color"]["scale"]["domain"]
    assert series == ["every coding, mixed", "coding atop", "coding curated", "coding narrative-2023"]
    _, html = _page(client, "/pair?a=China&b=Russia&coding=all&wait=1")
    assert 'class="by-coding"' in html.split("<details>")[0]  # the per-coding figures are not folded away


def test_an_agreement_some_coding_ends_is_never_in_force(client: TestClient) -> None:
    _, html = _page(client, "/pair?a=China&b=Russia&coding=all")
    history = api(client, "/api/history", a="China", b="Russia")
    cells = dict(re.findall(r'<tr data-slug="([^"]+)">.*?<td [^>]*class="ended">(.*?)</td>', html, flags=re.S))
    for agreement in history["agreements"]:
        ended = any(o["ending"] != "in_force" for o in agreement["outcomes"] if o["member"] is None)
        shown = _text(cells[agreement["slug"]]).strip()
        assert (shown == "in force") == (not ended and agreement["ended"] is None), (agreement["slug"], shown)
    assert "ended by 1860-11-14" in _text(cells["cn-ru-1689-nerchinsk"])  # the cessions its replacement rests on
    assert "date not recorded" in _text(cells["cn-ru-1727-kyakhta"])
    spec = json.loads(re.search(r'data-spec-for="timeline-chart">(.*?)</script>', html, flags=re.S).group(1))
    bars = {b["agreement"]: b for b in spec["vconcat"][0]["layer"][0]["data"]["values"]}
    kyakhta = next(b for k, b in bars.items() if "Kyakhta" in k)
    assert kyakhta["end"] == kyakhta["start"] and not kyakhta["certain"]  # no bar running to today
    assert next(b for k, b in bars.items() if "Nerchinsk" in k)["end"] < 1861


def test_the_pair_view_of_an_unknown_state_is_a_404_page_with_suggestions(client: TestClient) -> None:
    _, html = _page(client, "/pair?a=Chna&b=Russia", status=404)
    assert "unknown state" in html
    assert '<a href="/pair?a=China&amp;b=Russia" class="suggestion">China</a>' in html  # a suggestion is a link


def test_the_pair_view_keeps_the_history_when_no_figure_can_be_given(client: TestClient) -> None:
    _, html = _page(client, "/pair?a=China&b=Russia&prior=hunch")
    assert 'data-error="invalid_request"' in html and "unknown prior" in html
    assert 'id="agreements"' in html and "data-src=" not in html  # said at once, never a spinner


def test_a_coding_is_offered_only_where_it_reads_one_of_the_pairs_agreements(client: TestClient) -> None:
    _, china_russia = _page(client, "/pair?a=China&b=Russia")
    _, japan_germany = _page(client, "/pair?a=Japan&b=Germany")
    assert "coding=narrative-2023" in china_russia and "coding=narrative-2023" not in japan_germany
    assert all(f"coding={c}" in japan_germany for c in ("atop", "all"))


def test_a_treaty_page_links_its_pairs(client: TestClient) -> None:
    _, html = _page(client, "/treaty/cn-ru-1896-li-lobanov")
    assert '<a href="/pair?a=365&amp;b=710">' in html


def test_the_treaty_view_shows_each_codings_outcome(client: TestClient) -> None:
    _, html = _page(client, "/treaty/cn-ru-1896-li-lobanov")
    treaty = api(client, "/api/treaties/cn-ru-1896-li-lobanov")
    for outcome in treaty["outcomes"]:
        assert f'<li data-coding="{outcome["coding"]}">' in html
    assert "Members" in html and all(m["name"] in html for m in treaty["members"])


def test_an_atop_only_alliance_has_its_own_page(client: TestClient) -> None:
    _, html = _page(client, "/treaty/atop-4170")
    treaty = api(client, "/api/treaties/atop-4170")
    assert treaty["atopid"] == 4170 and treaty["ledger"] == "atop"
    assert html.count("<tr><td>") == len(treaty["members"]) == 2 and "ATOP only" in html
    assert all(m["name"] in html for m in treaty["members"]) and 'datetime="1992-02-07"' in html
    assert 'data-coding="atop"' in html and "in force" in _text(html)  # ATOP's ending
    text = " ".join(_text(html).split())
    assert "in force as of 2016 (ATOP 4.01's last year)" in text  # not "in force" today
    assert 'id="provisions"' in html and "consultation" in text and 'href="https://www.atopdata.org/data.html"' in html
    assert '<a href="/pair?a=220&amp;b=365">' in html  # the pair's page
    held = client.get("/treaty/atop-3200", follow_redirects=False)
    assert held.status_code == 307 and held.headers["location"] == "/treaty/cn-ru-1950-friendship-alliance"
    _page(client, "/treaty/atop-999999", status=404)


def test_pages_say_words_not_snake_case_and_dates_do_not_wrap(client: TestClient) -> None:
    for url in ("/pair?a=China&b=Russia&coding=all&wait=1", "/treaty/cn-ru-2022-joint-statement",
                "/treaty/de-su-1939-molotov-ribbentrop", "/ledger?ending=lost_independence", "/"):
        _, html = _page(client, url)
        text = _text(html)
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), (url, re.findall(r"\b[a-z]+_[a-z_]+\b", text)[:5])
        # A source's address may hold a date (a news site's path): an address is not a date to keep on one line.
        outside = _text(re.sub(r'<time class="date"[^>]*>[^<]*</time>|<a href="https?://[^"]*"[^>]*>https?://[^<]*</a>',
                               " ", html))
        assert not re.findall(r"\b\d{4}-\d{2}-\d{2}\b", outside), url  # each date is one unbreakable <time>
    _, html = _page(client, "/treaty/cn-ru-2022-joint-statement")
    assert "joint statement" in _text(html)
    css = client.get("/static/style.css").text
    assert re.search(r"\.date, time \{[^}]*white-space: nowrap", css)


def test_sources_read_as_prose_and_cite_as_bibtex_with_a_copy_button(client: TestClient) -> None:
    from foedus.cite import bibtex

    history = api(client, "/api/history", a="China", b="Russia")
    _, html = _page(client, "/pair?a=China&b=Russia&wait=1")
    assert "Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long (2002)." in _text(html)
    assert "Long, Andrew G.." not in html and ".." not in re.sub(r"\.\.\.|…", "", _text(html).replace(". .", ""))
    pair_bibtex = unescape(re.search(r'<pre id="cite-pair-text"[^>]*>(.*?)</pre>', html, flags=re.S).group(1))
    assert pair_bibtex == bibtex([{k: v for k, v in s.items() if v is not None} for s in history["sources"]])
    assert 'data-copy="cite-pair-text"' in html and 'data-copy="cite-assessment-text"' in html
    assert "@article{leeds2002atop," in html
    for url in ("/treaty/cn-ru-1950-friendship-alliance", "/treaty/atop-4170"):
        _, treaty = _page(client, url)
        assert 'data-copy="cite-treaty-text"' in treaty and "@article{leeds2002atop," in treaty
        assert treaty.count("@article{leeds2002atop,") == 1  # ATOP's article once, whichever way it came


def test_the_ledger_searches_sorts_counts_and_pages_on_the_server(client: TestClient) -> None:
    page, html = _page(client, "/ledger?q=Warsaw")
    assert page.rows and {r["data-slug"] for r in page.rows} == {"1955-warsaw-pact"}
    _, full = _page(client, "/ledger")
    everything = api(client, "/api/ledger")
    assert full.count('<tr data-slug="') == 50 < everything["total"]  # one page, not 28,000 px of rows
    assert f'<span id="row-total">{everything["total"]:,}</span>' in full and "page 1 of" in full
    assert 'rel="next"' in full and 'aria-sort="ascending"' in full
    atop = dict((f["value"], f["count"]) for f in everything["facets"]["source"])["atop"]
    assert f'ATOP only</a> <span class="count">{atop:,}</span>' in full
    last, html = _page(client, "/ledger?sort=title&order=desc&page=2&per_page=20")
    expected = api(client, "/api/ledger", sort="title", order="desc", page=2, per_page=20)["rows"]
    assert [r["data-slug"] for r in last.rows] == [r["slug"] for r in expected]
    assert 'aria-sort="descending"' in html


def test_the_ledger_exports_hold_exactly_the_rows_shown_with_codes_to_merge_on(client: TestClient) -> None:
    page, html = _page(client, "/ledger?since=1900&until=1950&obligation=defense&ending=&coding=atop&per_page=30")
    for link_id in ("csv-link", "json-link"):
        link = re.search(rf'id="{link_id}" href="([^"]+)"', html)
        assert link is not None
        response = client.get(unescape(link.group(1)))
        assert response.status_code == 200
        table = (list(csv.DictReader(io.StringIO(response.text))) if link_id == "csv-link"
                 else response.json()["rows"])
        assert len(table) == len(page.rows) == 30
        shown = [(r["data-slug"], r["data-coding"]) for r in page.rows]
        assert [(r["slug"], r["coding"] or "") for r in table] == shown
        assert all(str(r["atopid"]) and r["member_codes"] for r in table)
    every = re.search(r'id="csv-all-link" href="([^"]+)"', html)
    assert every is not None and "page=" not in every.group(1)
    total = api(client, "/api/ledger", since=1900, until=1950, obligation="defense", coding="atop")["total"]
    assert len(client.get(unescape(every.group(1))).text.strip().splitlines()) - 1 == total > 30
    assert f'<span id="row-count">{len(page.rows)}</span>' in html


def test_a_bad_year_in_the_ledger_form_is_a_400_page(client: TestClient) -> None:
    _, html = _page(client, "/ledger?since=nineteen", status=400)
    assert "since must be a year" in html


def test_the_api_has_readable_docs_served_from_here(client: TestClient) -> None:
    page, html = _page(client, "/docs")
    assert {"/static/vendor/swagger-ui-bundle.js", "/static/docs.js",
            "/static/vendor/swagger-ui.css"} <= set(page.assets)
    assert 'data-openapi-url="/openapi.json"' in html and "<script>" not in html  # no inline script
    redoc, html = _page(client, "/redoc")
    assert "/static/vendor/redoc.standalone.js" in redoc.assets and '<redoc spec-url="/openapi.json">' in html
    assert "fonts.googleapis" not in html and '<a href="/">' in html  # a way back home
    bundle = client.get("/static/vendor/redoc.standalone.js").text
    assert "cdn.redoc.ly" not in bundle  # its side menu draws no logo from Redocly's CDN
    assert client.head("/api/ledger.csv").status_code == 200


@pytest.mark.parametrize("url", ["/", "/pair?a=China&b=Russia", "/ledger", "/treaty/cn-ru-1896-li-lobanov",
                                 "/treaty/atop-4170", "/docs", "/redoc"])
def test_every_asset_is_served_by_the_app_itself(client: TestClient, url: str) -> None:
    page, html = _page(client, url)
    assert not re.search(r'(src|href)="(https?:)?//', html.split("<main")[0] + "".join(page.assets))
    for asset in page.assets:
        if asset.startswith("data:"):
            continue
        assert asset.startswith("/static/"), asset
        assert client.get(asset).status_code == 200, asset
    headers = client.get(url).headers
    assert "default-src 'self'" in headers["content-security-policy"]


def test_the_pair_view_draws_how_alike_their_alliances_were_with_their_treaties_marked(client: TestClient) -> None:
    _, html = _page(client, "/pair?a=China&b=Russia")
    assert 'id="similarity-chart"' in html and "How alike their alliances were" in html
    spec = json.loads(unescape(re.search(r'data-spec-for="similarity-chart">(.*?)</script>', html, re.S).group(1)))
    lines, _, rules, _ = spec["layer"]
    assert {p["measure"] for p in lines["data"]["values"]} == {"S (Signorino & Ritter)", "Cohen's κ (Häge)"}
    labels = [m["label"] for m in rules["data"]["values"]]
    assert "1980 expired" in labels and any(label.startswith("2001 Treaty of Good-Neighborliness") for label in labels)
    assert all(-1 <= p["value"] <= 1 for p in lines["data"]["values"])
