"""End to end in headless Chromium: the pair view, its coding switch and charts, the state suggestions.

Uses Debian's Chromium (/usr/bin/chromium) through Playwright's driver; Playwright's own browsers are never
downloaded. Without Chromium the tests skip, except under CI (env CI set), where they fail: .ci/run installs it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from foedus.web.pages import percent
from tests.web.conftest import LiveServer

CHROMIUM = Path(os.environ.get("FOEDUS_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


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
    """Return a new page; fail the test on any script error or request that leaves the test server."""
    opened = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    opened.on("request", lambda request: requests.append(request.url))
    yield opened
    opened.close()
    assert errors == []
    assert all(url.startswith(("http://127.0.0.1:", "data:")) for url in requests), requests


def _api_median(server: LiveServer, coding: str, horizon: str = "10") -> float:
    response = httpx.get(f"{server.url}/api/assessment", params={"a": "China", "b": "Russia", "coding": coding},
                         timeout=120)
    assert response.status_code == 200, response.text
    median: float = response.json()["probability"][horizon]["median"]
    return median


def _shown(page: Any, horizon: str = "10") -> tuple[str, float]:
    cell = page.locator(f'#assessment td.probability[data-horizon="{horizon}"]')
    return cell.inner_text().strip(), float(cell.get_attribute("data-value"))


def test_the_pair_view_switches_coding_and_shows_the_apis_probability(live_server: LiveServer, page: Any) -> None:
    page.goto(f"{live_server.url}/pair?a=China&b=Russia")
    assert page.locator(".coding-switch a.current").inner_text() == "curated"
    assert _shown(page) == (percent(_api_median(live_server, "curated")), _api_median(live_server, "curated"))

    page.locator('.coding-switch a[data-coding="atop"]').click()
    page.wait_for_url("**coding=atop**")
    assert page.locator(".coding-switch a.current").inner_text() == "atop"
    assert page.locator("#assessment").get_attribute("data-coding") == "atop"
    atop = _api_median(live_server, "atop")
    assert _shown(page) == (percent(atop), atop)
    assert _api_median(live_server, "atop") != _api_median(live_server, "curated")

    for chart in ("#timeline-chart", "#curve-chart"):
        page.wait_for_selector(f'{chart}[data-rendered="true"] svg')
    assert page.locator("#timeline-chart svg .mark-rect path").count() > 0  # the agreements' bars
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "pair-china-russia-atop.png"), full_page=False)
    page.locator("#timeline").screenshot(path=str(ARTIFACTS / "pair-china-russia-atop-timeline.png"))


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


def test_the_ledger_browser_filters_and_links_the_csv_of_what_it_shows(live_server: LiveServer, page: Any) -> None:
    page.goto(f"{live_server.url}/ledger")
    page.locator('select[name="coding"]').select_option("curated")
    page.locator('select[name="ending"]').select_option("violated")
    page.locator("#ledger-filters button").click()
    page.wait_for_url("**ending=violated**")
    assert "since=" not in page.url  # empty fields stay out of the URL
    shown = page.locator("#ledger-table tbody tr").count()
    csv = httpx.get(live_server.url + page.locator("#csv-link").get_attribute("href"), timeout=30)
    assert csv.status_code == 200 and len(csv.text.strip().splitlines()) - 1 == shown > 0




def test_the_relations_panel_says_which_command_to_run_without_event_data(live_server: LiveServer, page: Any
                                                                          ) -> None:
    page.goto(f"{live_server.url}/pair?a=China&b=Russia")
    page.wait_for_selector('#relations[data-state="empty"]')
    text = page.locator("#relations").inner_text()
    assert "No event data has been imported" in text and "foedus download gdelt --from" in text
