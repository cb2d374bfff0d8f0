"""What an attack on the server broke (issue 10): each case is a regression test of one finding."""

from __future__ import annotations

import csv
import io
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from foedus.queries import ledger_csv, ledger_rows
from foedus.store import open_store
from foedus.web import create_app
from foedus.web import gate as gate_module
from foedus.web.app import OTHER_CSP, PAGE_CSP
from foedus.web.pages import link_of
from tests.ledgers import TINY
from tests.processes import hold_store
from tests.web.conftest import TOKEN, api

AUTH = {"Authorization": f"Bearer {TOKEN}"}
YAML = {"Content-Type": "application/yaml", **AUTH}


@pytest.fixture
def writable(store_path: Path) -> Iterator[TestClient]:
    """A client of an app that accepts ledgers, over a fresh store, that waits briefly for a busy store."""
    application = create_app(store_path, token=TOKEN)
    application.state.gate.busy_timeout = 0.3
    with TestClient(application, base_url="http://localhost") as test_client:
        yield test_client
    application.state.gate.close()


# --- finding 1: a busy upload must not poison later requests ------------------------------------------------------
def test_an_upload_while_another_process_writes_is_a_503_and_later_reads_recover(
    writable: TestClient, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process takes the write lock in the moment the gate lets go of its read connection to load."""
    holders: list[subprocess.Popen[str]] = []
    real_open_store = gate_module.open_store

    def open_store_after_another_writer(*args: Any, **options: Any) -> Any:
        if options.get("read_only") is False and not holders:
            holders.append(hold_store(store_path, read_only=False))  # the gate holds nothing now: it gets the lock
        return real_open_store(*args, **options)

    monkeypatch.setattr(gate_module, "open_store", open_store_after_another_writer)
    before = api(writable, "/api/ledgers")
    try:
        response = writable.post("/api/ledgers", content=TINY.encode(), headers=YAML)
        assert response.status_code == 503 and response.headers["Retry-After"].isdigit()
        assert response.json()["error"] == "store_busy" and "try again" in response.json()["message"]
        for url in ("/api/ledgers", "/api/health", "/api/history?a=China&b=Russia"):
            busy = writable.get(url)  # the other process still writes: busy, and says so
            assert busy.status_code == 503 and "Retry-After" in busy.headers, (url, busy.text)
    finally:
        for holder in holders:
            holder.communicate("")
    assert holders, "the other writer never took the lock"
    assert api(writable, "/api/ledgers") == before  # once it is done, every read works again
    assert api(writable, "/api/health")["status"] == "ok"
    assert api(writable, "/api/history", a="China", b="Russia")["agreements"]
    again = writable.post("/api/ledgers", content=TINY.encode(), headers=YAML)
    assert again.status_code == 200 and again.json()["status"] == "loaded"
    assert "tiny" in {ledger["name"] for ledger in api(writable, "/api/ledgers")["ledgers"]}


def test_a_store_held_from_the_start_of_a_request_is_a_503_not_a_500(writable: TestClient, store_path: Path) -> None:
    gate = writable.app.state.gate  # type: ignore[attr-defined]
    gate.close()  # as if a load had let go of the file
    holder = hold_store(store_path, read_only=False)
    try:
        assert writable.get("/api/ledger").status_code == 503
    finally:
        holder.communicate("")
    assert writable.get("/api/ledger").status_code == 200


# --- finding 4: what fails over the API is a 4xx, and the upload does not stay behind --------------------------------
@pytest.mark.parametrize("text", [
    "format: 1\nx: &a [*a]\n",
    TINY.replace("signed: 1896-06-03", "signed: 1900-02-30"),
    TINY.replace("atopid: 1395", "atopid: " + "9" * 5000),
    "l0: &l0 [a, a, a, a, a, a, a, a, a]\n" + "".join(
        f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 10)),
    TINY.replace("title: Li-Lobanov Treaty", "title: !!python/object/apply:os.system [id]"),
])
def test_a_ledger_that_broke_the_reader_is_a_422_and_its_upload_is_removed(writable: TestClient, text: str) -> None:
    uploads = writable.app.state.gate.uploads  # type: ignore[attr-defined]
    response = writable.post("/api/ledgers", content=text.encode(), headers=YAML)
    assert response.status_code == 422, response.text
    assert response.json()["problems"] and response.json()["problems"][0]["line"] is not None
    assert not uploads.exists() or list(uploads.iterdir()) == []


def test_a_valid_upload_the_store_could_not_take_is_removed(writable: TestClient, store_path: Path) -> None:
    uploads = writable.app.state.gate.uploads  # type: ignore[attr-defined]
    holder = hold_store(store_path, read_only=True)  # the gate can read, but nobody can write
    try:
        response = writable.post("/api/ledgers", content=TINY.encode(), headers=YAML)
    finally:
        holder.communicate("")
    assert response.status_code == 503
    assert list(uploads.iterdir()) == []
    assert writable.post("/api/ledgers", content=TINY.encode(), headers=YAML).status_code == 200
    assert len(list(uploads.iterdir())) == 1  # a stored ledger keeps its file: the store points at it


# --- finding 6: CSV injection ---------------------------------------------------------------------------------------
def test_cells_that_start_like_a_formula_are_neutralised(store_path: Path, tmp_path: Path) -> None:
    from foedus.api import load_ledger

    hostile = (TINY.replace("title: Li-Lobanov Treaty", 'title: "=HYPERLINK(\\"http://evil.example\\")"')
               .replace("title: Soviet-Japanese Neutrality Pact", 'title: "@SUM(1+1)"')
               .replace("title: Treaty of Friendship, Alliance and Mutual Assistance", 'title: "\\t-2+3"'))
    path = tmp_path / "hostile.yaml"
    path.write_text(hostile, encoding="utf-8")
    load_ledger(path, db=store_path)
    with open_store(store_path) as store:
        rows = [r for r in ledger_rows(store) if r.ledger == "tiny"]
    titles = {r["title"] for r in csv.DictReader(io.StringIO(ledger_csv(rows)))}
    assert {"'=HYPERLINK(\"http://evil.example\")", "'@SUM(1+1)", "'-2+3"} <= titles
    assert not any(t.startswith(("=", "+", "-", "@", "\t", "\r")) for t in titles)
    row = rows[0]
    for text in ("\tx", "\rx", "+1", "-1", "@x", "=1"):
        written = next(csv.DictReader(io.StringIO(ledger_csv([replace(row, member=text, members=[text, "ok"])]))))
        assert written["member"] == "'" + text and written["members"] == f"'{text}; ok"


# --- finding 7: binding, Host, headers --------------------------------------------------------------------------------
@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", ""])
def test_a_request_naming_another_host_is_refused(client: TestClient, host: str) -> None:
    response = client.get("/api/health", headers={"Host": host})
    assert response.status_code == 400 and response.json()["error"] == "host_not_allowed"
    assert "--allow-host" in response.json()["message"]


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000"])
def test_loopback_hosts_are_answered(client: TestClient, host: str) -> None:
    assert client.get("/api/health", headers={"Host": host}).status_code == 200


def test_other_hosts_can_be_allowed(store_path: Path) -> None:
    application = create_app(store_path, allowed_hosts=["dashboard.lan", "192.168.1.5"])
    with TestClient(application, base_url="http://dashboard.lan") as test_client:
        assert test_client.get("/api/health").status_code == 200
        assert test_client.get("/api/health", headers={"Host": "192.168.1.5:8000"}).status_code == 200
        assert test_client.get("/api/health", headers={"Host": "localhost"}).status_code == 400
    application.state.gate.close()


@pytest.mark.parametrize("url", ["/", "/pair?a=China&b=Russia", "/api/health", "/api/ledger.csv", "/static/app.js",
                                 "/api/nowhere", "/nowhere", "/openapi.json"])
def test_every_answer_carries_the_security_headers(client: TestClient, url: str) -> None:
    response = client.get(url)
    page = response.headers["content-type"].startswith("text/html")
    assert response.headers["Content-Security-Policy"] == (PAGE_CSP if page else OTHER_CSP)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_the_page_policy_runs_no_inline_script_and_loads_nothing_from_elsewhere() -> None:
    directives = dict(d.strip().split(" ", 1) for d in PAGE_CSP.split(";"))
    assert directives["script-src"] == "'self' 'unsafe-eval'"  # no 'unsafe-inline', no other origin
    assert "'unsafe-inline'" not in directives["script-src"] and "http" not in PAGE_CSP
    assert directives["frame-ancestors"] == "'none'"


# --- finding 8: only http, https and doi links ------------------------------------------------------------------------
@pytest.mark.parametrize(("url", "href"), [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"), ("http://example.org", "http://example.org"),
    ("doi:10.1080/03050620212098", "https://doi.org/10.1080/03050620212098"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,<b>x</b>", None),
    ("vbscript:x", None), ("//evil.example", None), ("", None), (None, None),
])
def test_a_source_url_is_a_link_only_if_http_https_or_doi(url: str | None, href: str | None) -> None:
    assert link_of(url) == href


def test_a_stored_javascript_url_is_shown_as_text_not_a_link(store_path: Path) -> None:
    with open_store(store_path, read_only=False) as store:  # stored before urls were checked on the way in
        row = store.query("SELECT ledger, id FROM sources WHERE url IS NOT NULL LIMIT 1")[0]
        store.connection.execute("UPDATE sources SET url = 'javascript:alert(document.domain)' WHERE ledger = ? "
                                 "AND id = ?", [row["ledger"], row["id"]])
        slug = store.query("SELECT slug FROM treaties WHERE ledger = ? AND list_contains(sources, ?) LIMIT 1",
                           [row["ledger"], row["id"]])[0]["slug"]
    application = create_app(store_path)
    with TestClient(application, base_url="http://localhost") as test_client:
        html = test_client.get(f"/treaty/{slug}").text
    application.state.gate.close()
    assert "javascript:alert(document.domain)" in html and 'href="javascript:' not in html


# --- finding 9: the store's path stays private ------------------------------------------------------------------------
def test_health_does_not_show_where_the_store_is(client: TestClient, web_store_path: Path) -> None:
    body = client.get("/api/health").text
    assert web_store_path.name in body and str(web_store_path.parent) not in body


# --- finding 14: the spec says what the API accepts -------------------------------------------------------------------
def _parameter(spec: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == name)
    schema = found["schema"]
    return next(o for o in schema.get("anyOf", [schema]) if o.get("type") == "string")


def test_the_spec_lists_the_codings_obligations_endings_and_priors_the_api_takes(client: TestClient) -> None:
    from foedus.reliability.priors import PRIORS
    from foedus.vocabulary import ENDINGS, OBLIGATIONS

    spec = api(client, "/openapi.json")
    ledger_codings = _parameter(spec, "/api/ledger", "coding")["enum"]
    assert {"atop", "curated", "narrative-2023"} <= set(ledger_codings)
    for path in ("/api/ledger", "/api/ledger.csv"):
        assert _parameter(spec, path, "obligation")["enum"] == [*OBLIGATIONS, "none"]
        assert _parameter(spec, path, "ending")["enum"] == list(ENDINGS)
        assert _parameter(spec, path, "coding")["enum"] == ledger_codings
    assert _parameter(spec, "/api/assessment", "coding")["enum"] == ["all", *ledger_codings]
    assert _parameter(spec, "/api/assessment", "prior")["enum"] == list(PRIORS)
    assert "all" in _parameter(spec, "/api/history", "coding")["enum"]
    for value in ledger_codings:  # every value the spec lists is taken
        assert client.get("/api/ledger", params={"coding": value}).status_code == 200


def test_a_coding_a_new_ledger_declares_joins_the_spec(writable: TestClient) -> None:
    assert "skeptic" not in _parameter(api(writable, "/openapi.json"), "/api/ledger", "coding")["enum"]
    assert writable.post("/api/ledgers", content=TINY.encode(), headers=YAML).status_code == 200
    spec = api(writable, "/openapi.json")
    assert "skeptic" in _parameter(spec, "/api/ledger", "coding")["enum"]
    assert "skeptic" in _parameter(spec, "/api/history", "coding")["enum"]


def test_the_csv_documents_text_errors_and_answers_them(client: TestClient) -> None:
    responses = api(client, "/openapi.json")["paths"]["/api/ledger.csv"]["get"]["responses"]
    assert set(responses["200"]["content"]) == {"text/csv"}
    assert all(set(responses[code]["content"]) == {"text/plain"} for code in ("400", "404", "422", "503"))
    response = client.get("/api/ledger.csv", params={"ending": "betrayed"})
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(("path", "methods"), [("/api/ledgers", {"GET", "POST"}), ("/api/health", {"GET"})])
def test_a_method_a_path_does_not_serve_is_a_405_listing_all_it_does(client: TestClient, path: str,
                                                                    methods: set[str]) -> None:
    for method in ("OPTIONS", "DELETE", "PUT", "PATCH"):
        response = client.request(method, path)
        assert response.status_code == 405
        assert {m.strip() for m in response.headers["Allow"].split(",")} == methods
    for method in methods:  # and each method it lists is served (a POST without the token is refused, not 405)
        assert client.request(method, path).status_code != 405
