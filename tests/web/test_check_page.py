"""The dashboard's article checker: a pasted or uploaded article comes back marked with its verdicts, escaped; bad
articles are said so on the form. In Chromium at 1280 and 375 px with axe-core finding nothing serious."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.extras import require
from tests.web.conftest import LiveServer
from tests.web.test_browser import WIDTHS, _at, _axe, _no_overflow, _shot, browser, page  # noqa: F401 - fixtures

for _module in ("trafilatura", "htmldate", "dateparser", "rapidfuzz"):
    require(_module, "check")

GOLD = Path(__file__).resolve().parents[1] / "check" / "gold"
HOSTILE = ('<html><head><script>alert("head")</script></head><body><article><p>'
           + (GOLD / "01_five_betrayals.txt").read_text(encoding="utf-8").split("\n\n", 1)[1].replace("\n\n", "</p><p>")
           + '</p><p>The Li-Lobanov Treaty &lt;script&gt;alert("text")&lt;/script&gt; was signed in 1896.'
           '<img src=x onerror="alert(1)"></p></article><script>alert("tail")</script></body></html>')


def test_the_form_checks_pasted_and_uploaded_articles_and_escapes_them(client: TestClient) -> None:
    assert client.get("/check").status_code == 200
    pasted = client.post("/check", data={"text": HOSTILE, "published": "2023-03-24"})
    assert pasted.status_code == 200
    body = pasted.text.split("<main", 1)[1]
    assert not re.search(r"<script|<img|<[^>]*\sonerror=", body)  # every tag of the article comes back as text
    assert "&lt;script&gt;" in body.split("</textarea>", 1)[1]
    assert 'class="verdict verdict-within_tolerance"' in body and "<mark" in body
    uploaded = client.post("/check", files={"file": ("a.txt", (GOLD / "04_reinsurance.txt").read_bytes())})
    assert uploaded.status_code == 200 and "contradicts the record" in uploaded.text
    for form, words in (({"text": ""}, "empty"), ({"text": "Le traité de Moscou a été signé par la Russie et "
                                                            "la Chine, et il est encore en vigueur."}, "French")):
        answer = client.post("/check", data=form)
        assert answer.status_code == 400 and words in answer.text and 'role="alert"' in answer.text
    binary = client.post("/check", files={"file": ("a.txt", b"\x00\x01\x02" * 100)})
    assert binary.status_code == 400 and "binary" in binary.text


def test_the_page_cites_sources_by_author_and_year_and_says_the_year_it_reads_at(client: TestClient) -> None:
    text = (GOLD / "01_five_betrayals.txt").read_text(encoding="utf-8")
    default = client.post("/check", data={"text": text}).text
    assert "as of 2023, the year the article was published" in default
    assert "Malozemoff 1958" in default and "sino-russian:" not in default.split("</textarea>", 1)[1]
    asked = client.post("/check", data={"text": text, "as_of": "1960"})
    assert asked.status_code == 200 and "as of 1960, the year asked for" in asked.text
    for year, words in (("soon", "a year like 2023"), ("3000", "must be a year from")):
        answer = client.post("/check", data={"text": text, "as_of": year})
        assert answer.status_code == 400 and words in answer.text and f'value="{year}"' in answer.text


@pytest.mark.parametrize("width", WIDTHS)
def test_the_checker_page_marks_the_article_in_the_browser(live_server: LiveServer, page: Any,  # noqa: F811
                                                           width: int) -> None:
    _at(page, width)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{live_server.url}/")
    page.locator('header nav a[href="/check"]').click()
    page.wait_for_url("**/check")
    page.locator("#check-text").fill(HOSTILE)
    page.locator("#check-published").fill("2023-03-24")
    page.locator(".check-form button").click()
    page.wait_for_selector("#claims table")
    assert page.locator(".check-article mark").count() >= 3
    assert "depends on the coding" in page.locator("#claims").inner_text()
    assert dialogs == [] and page.locator(".check-article img").count() == 0
    page.locator("details").evaluate_all("all => all.forEach(d => d.open = true)")
    assert _axe(page) == []
    _no_overflow(page)
    _shot(page, f"check-{width}")
