"""End to end in headless Chromium, at a desktop width (1280 px) and a phone's (375 px): the pages fit the screen,
the rationales are text the keyboard reaches, "all" draws every coding's curve, ATOP-only alliances have pages, the
API docs render, the ledger search works, and axe-core finds no serious or critical accessibility violation.

Uses Debian's Chromium (/usr/bin/chromium) through Playwright's driver; Playwright's own browsers are never
downloaded. Without Chromium the tests skip, except under CI (env CI set), where they fail: .ci/run installs it.
axe-core is vendored from npm in tests/web/vendor (see its README): nothing is fetched at run time. Screenshots go
to test-artifacts/.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from foedus.web.pages import percent
from tests.web.conftest import LiveServer

CHROMIUM = Path(os.environ.get("FOEDUS_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
WIDTHS = [1280, 375]
#: How long a page may take to draw its charts or load its assessment (a first fit on a loaded machine).
SLOW = 240_000


def _require_browser() -> None:
    missing = None
    if not CHROMIUM.exists():
        missing = f"Debian's Chromium is not at {CHROMIUM} (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "the playwright package is not installed (pip install -e '.[test]')"
    if missing is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI is set, so the browser tests must run, but {missing}")
    pytest.skip(missing)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Return a fresh Chromium context (its own user-data-dir) that records the requests it makes."""
    _require_browser()
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=ARGS,
            viewport={"width": 1280, "height": 1000},
        )
        context.set_default_timeout(60_000)
        yield context
        context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """Return a new page; fail the test on any script error or request that leaves the test server (one the page's
    Content-Security-Policy blocked in the browser never left)."""
    opened = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    blocked: set[str] = set()
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    opened.on("request", lambda request: requests.append(request.url))
    opened.on("requestfailed", lambda request: blocked.add(request.url) if "csp" in (request.failure or "") else None)
    opened.errors = errors
    yield opened
    opened.close()
    assert errors == []
    left = [url for url in requests if url not in blocked
            and not url.startswith(("http://127.0.0.1:", "data:", "blob:http://127.0.0.1:"))]
    assert left == []


def _at(page: Any, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900 if width > 600 else 800})


def _settled(page: Any) -> None:
    """Wait until the assessment panel has loaded and every chart is drawn."""
    page.wait_for_function("!document.querySelector('#assessment-body[aria-busy]')", timeout=SLOW)
    page.wait_for_function("![...document.querySelectorAll('[data-chart]')].some(e => e.dataset.rendered !== 'true')",
                           timeout=SLOW)


def _no_overflow(page: Any) -> None:
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"the page is {widths[0]} px wide in a {widths[1]} px window"


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _axe(page: Any) -> list[str]:
    """Return axe-core's serious and critical violations on the page, one line each."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))  # through DevTools: the page's CSP allows no inline script
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def _api_median(server: LiveServer, coding: str, horizon: str = "10") -> float:
    response = httpx.get(f"{server.url}/api/assessment", params={"a": "China", "b": "Russia", "coding": coding},
                         timeout=SLOW / 1000)
    assert response.status_code == 200, response.text
    median: float = response.json()["probability"][horizon]["median"]
    return median


def _shown(page: Any, horizon: str = "10") -> tuple[str, float]:
    cell = page.locator(f'#assessment td.probability[data-horizon="{horizon}"]')
    return cell.inner_text().strip(), float(cell.get_attribute("data-value"))


def test_the_pair_view_loads_its_assessment_and_switches_coding(live_server: LiveServer, page: Any) -> None:
    page.goto(f"{live_server.url}/pair?a=China&b=Russia")
    assert page.locator(".coding-switch a.current").inner_text() == "curated"
    page.wait_for_selector("#assessment-body .assessment-ready", timeout=SLOW)  # loaded in, without a reload
    assert _shown(page) == (percent(_api_median(live_server, "curated")), _api_median(live_server, "curated"))

    page.locator('.coding-switch a[data-coding="atop"]').click()
    page.wait_for_url("**coding=atop**")
    _settled(page)
    assert page.locator(".coding-switch a.current").inner_text() == "atop"
    assert page.locator("#assessment").get_attribute("data-coding") == "atop"
    atop = _api_median(live_server, "atop")
    assert _shown(page) == (percent(atop), atop)
    assert _api_median(live_server, "atop") != _api_median(live_server, "curated")
    assert page.locator("#timeline-chart svg .mark-rect path").count() > 0  # the agreements' bars
    page.locator("#timeline").screenshot(path=str(ARTIFACTS / "pair-china-russia-atop-timeline.png"))


def test_a_pair_not_yet_assessed_shows_progress_then_the_figure(live_server: LiveServer, page: Any) -> None:
    page.goto(f"{live_server.url}/pair?a=Germany&b=Austria-Hungary&coding=narrative-2023")
    page.wait_for_selector("#assessment-body .assessment-ready, #assessment-body [data-state=error]", timeout=SLOW)
    assert page.locator("#agreements tbody tr").count() > 0
    assert page.locator("#assessment-body").get_attribute("aria-busy") is None


@pytest.mark.parametrize("width", WIDTHS)
def test_all_draws_every_codings_curve_on_one_axis_and_the_markers_apart(live_server: LiveServer, page: Any,
                                                                          width: int) -> None:
    _at(page, width)
    page.goto(f"{live_server.url}/pair?a=China&b=Russia&coding=all")
    _settled(page)
    legend = page.locator("#curve-chart svg .role-legend-label text").evaluate_all("all => all.map(t => t.textContent)")
    assert legend == ["every coding, mixed", "coding atop", "coding curated", "coding narrative-2023"]
    assert page.locator("#curve-chart svg .mark-line path").count() == 4  # the mixture and the three codings
    boxes = page.evaluate("""() => [...document.querySelectorAll('#timeline-chart svg .mark-symbol path')]
        .map(p => { const b = p.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; })""")
    assert len(boxes) > 20
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a[0] < b[0] + b[2] - 0.5 and b[0] < a[0] + a[2] - 0.5 and a[1] < b[1] + b[3] - 0.5
                   and b[1] < a[1] + a[3] - 0.5]
    assert overlapping == []  # no two codings' end markers on top of each other
    _no_overflow(page)
    _shot(page, f"pair-china-russia-all-{width}")


@pytest.mark.parametrize("width", WIDTHS)
def test_rationales_are_visible_text_the_keyboard_reaches(live_server: LiveServer, page: Any, width: int) -> None:
    _at(page, width)
    page.goto(f"{live_server.url}/pair?a=China&b=Russia&coding=curated")
    contested = page.locator('#agreements details.reading[data-contested="true"]').first
    rationale = contested.locator(".rationale")
    assert not rationale.is_visible()
    page.locator("#contested-legend").wait_for(state="visible")
    for _ in range(200):  # Tab from the top of the page until the first contested reading has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('details.reading[data-contested=\"true\"]') !== null"):
            break
    else:
        pytest.fail("Tab never reached a contested reading")
    page.keyboard.press("Enter")
    assert rationale.is_visible() and len(rationale.inner_text()) > 40
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.goto(f"{live_server.url}/treaty/cn-ru-1950-friendship-alliance")
    assert all(r.is_visible() for r in page.locator("#outcomes .rationale").all())  # open on the treaty page
    _no_overflow(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_an_atop_only_alliance_has_a_page(live_server: LiveServer, page: Any, width: int) -> None:
    _at(page, width)
    response = page.goto(f"{live_server.url}/treaty/atop-4170")
    assert response.status == 200
    assert page.locator("#members tbody tr").count() == 2 and "ATOP only" in page.locator("main").inner_text()
    _no_overflow(page)
    _shot(page, f"treaty-atop-4170-{width}")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_api_docs_render(live_server: LiveServer, page: Any, width: int) -> None:
    _at(page, width)
    page.goto(f"{live_server.url}/")
    page.locator('header nav a[href="/docs"]').click()
    page.wait_for_url("**/docs")
    page.wait_for_selector("#swagger-ui[data-rendered=true] .opblock", timeout=SLOW)
    assert page.locator(".opblock").count() >= 9 and "/api/assessment" in page.locator("#swagger-ui").inner_text()
    _no_overflow(page)
    _shot(page, f"docs-{width}")


def test_redoc_renders_with_nothing_fetched_from_elsewhere(live_server: LiveServer, page: Any) -> None:
    page.goto(f"{live_server.url}/redoc")
    page.wait_for_selector('text="/api/assessment"', timeout=SLOW)
    assert page.locator("redoc").inner_text().count("/api/") >= 9
    assert page.locator('nav.home a[href="/"]').is_visible()  # a way back home
    # nothing asked of another host (the page fixture checks every request) and nothing blocked: no console error


@pytest.mark.parametrize("width", WIDTHS)
def test_the_ledger_search_finds_warsaw_and_the_csv_is_what_it_shows(live_server: LiveServer, page: Any,
                                                                     width: int) -> None:
    _at(page, width)
    page.goto(f"{live_server.url}/ledger")
    page.locator('input[name="q"]').fill("Warsaw")
    page.locator("#ledger-filters button").click()
    page.wait_for_url("**q=Warsaw**")
    assert "since=" not in page.url  # empty fields stay out of the URL
    titles = page.locator("#ledger-table tbody tr td:nth-child(3) a").all_inner_texts()
    assert titles and all("Warsaw" in t for t in titles)
    page.locator('select[name="coding"]').select_option("curated")
    page.locator("#ledger-filters button").click()
    page.wait_for_url("**coding=curated**")
    shown = page.locator("#ledger-table tbody tr").count()
    csv = httpx.get(live_server.url + page.locator("#csv-link").get_attribute("href"), timeout=30)
    assert csv.status_code == 200 and len(csv.text.strip().splitlines()) - 1 == shown > 0
    _no_overflow(page)
    page.goto(f"{live_server.url}/ledger")
    _no_overflow(page)
    _shot(page, f"ledger-{width}")


def _in_view(page: Any, selector: str) -> list[str]:
    """Return what of ``selector`` is hidden or runs past the window's right edge, one line each."""
    return list(page.evaluate("""sel => [...document.querySelectorAll(sel)].flatMap(e => {
        const box = e.getBoundingClientRect(), style = getComputedStyle(e);
        const hidden = box.width === 0 || box.height === 0 || style.visibility === 'hidden';
        return hidden || box.right > document.documentElement.clientWidth + 1 || box.left < -1
            ? [`${sel}: ${e.textContent.trim().slice(0, 60)} at ${Math.round(box.left)}-${Math.round(box.right)}`]
            : [];
    })""", selector))


def test_on_a_phone_every_agreement_shows_its_dates_and_its_ending_under_each_coding(live_server: LiveServer,
                                                                                      page: Any) -> None:
    _at(page, 375)
    page.goto(f"{live_server.url}/pair?a=China&b=Russia&coding=all")
    rows = page.locator("table.agreements tbody tr")
    assert rows.count() >= 20
    readings = page.locator("table.agreements tbody tr details.reading summary")
    codings = set(readings.evaluate_all("all => all.map(s => s.parentElement.dataset.coding)"))
    assert codings == {"atop", "curated", "narrative-2023"}
    for selector in ("table.agreements tbody tr td[data-label=signed]", "table.agreements tbody tr td.ended",
                     "table.agreements tbody tr details.reading summary",
                     "table.agreements tbody tr .contested", "table.agreements tbody tr .coding-name"):
        assert page.locator(selector).count() > 0, selector
        assert _in_view(page, selector) == []
    _no_overflow(page)
    page.goto(f"{live_server.url}/ledger?q=Warsaw")
    shown = page.locator("#ledger-table tbody tr")
    assert shown.count() >= 3
    for selector in ("#ledger-table tbody td[data-label=signed]", "#ledger-table tbody td[data-label=ended]",
                     "#ledger-table tbody td.coding", "#ledger-table tbody td.ending-cell .ending"):
        assert page.locator(selector).count() == shown.count(), selector
        assert _in_view(page, selector) == []
    assert len(set(page.locator("#ledger-table tbody td.coding").all_inner_texts())) >= 2  # rows told apart
    _no_overflow(page)
    _shot(page, "ledger-warsaw-375")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("url", ["/", "/pair?a=China&b=Russia&coding=all", "/treaty/cn-ru-1896-li-lobanov",
                                 "/ledger", "/ledger?q=japan&coding=atop", "/ledger?q=Warsaw", "/tested"])
def test_axe_finds_no_serious_or_critical_violation(live_server: LiveServer, page: Any, url: str,
                                                    width: int) -> None:
    _at(page, width)
    page.goto(live_server.url + url)
    _settled(page)
    page.locator("details").evaluate_all("all => all.forEach(d => d.open = true)")  # check the folded parts too
    assert _axe(page) == []
    _no_overflow(page)
    name = re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "home"
    _shot(page, f"axe-{name}-{width}")


def test_typing_a_name_suggests_states_and_opens_the_pair(live_server: LiveServer, page: Any) -> None:
    page.goto(f"{live_server.url}/")
    page.locator("#state-a").press_sequentially("Qing", delay=20)
    page.wait_for_function("document.querySelectorAll('#state-names option').length > 0")
    options = page.locator("#state-names option").evaluate_all("options => options.map(o => o.value)")
    assert "Qing China" in options
    page.locator("#state-a").fill("Qing China")
    page.locator("#state-b").fill("Russian Empire")
    page.locator("form.pair-form button").click()
    page.wait_for_url("**/pair?**")
    assert page.locator("h1").inner_text() == "China – Russia"


def test_the_copy_button_copies_the_bibtex(live_server: LiveServer, page: Any, browser: Any) -> None:
    browser.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.goto(f"{live_server.url}/treaty/cn-ru-1950-friendship-alliance")
    page.locator("#cite-treaty summary").click()
    page.locator('button[data-copy="cite-treaty-text"]').click()
    page.wait_for_selector("#cite-treaty .copied:text('Copied.')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#cite-treaty-text").inner_text() and copied.startswith("@")


def test_the_relations_panel_says_which_command_to_run_without_event_data(live_server: LiveServer, page: Any
                                                                          ) -> None:
    page.goto(f"{live_server.url}/pair?a=China&b=Russia")
    page.wait_for_selector('#relations[data-state="empty"]')
    text = page.locator("#relations").inner_text()
    assert "No event data has been imported" in text and "foedus download gdelt --from" in text
