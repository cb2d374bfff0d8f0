"""POST /api/ledgers: only with the token, checked first, stored in one transaction, readers wait."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from foedus.web.settings import MAX_UPLOAD
from tests.ledgers import TINY, line_of
from tests.web.conftest import TOKEN, api

AUTH = {"Authorization": f"Bearer {TOKEN}"}
YAML = {"Content-Type": "application/yaml", **AUTH}


def _counts(client: TestClient) -> dict[str, Any]:
    return {ledger["name"]: ledger for ledger in api(client, "/api/ledgers")["ledgers"]}


def test_a_read_only_server_refuses_a_ledger_with_403_and_says_how_to_allow_it(client: TestClient) -> None:
    response = client.post("/api/ledgers", content=TINY.encode(), headers=YAML)
    assert response.status_code == 403
    assert response.json()["error"] == "read_only" and "--token" in response.json()["message"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token"}, {"Authorization": "Basic x"}])
def test_without_the_token_a_ledger_is_refused_with_401(writable_client: TestClient, headers: dict[str, str]) -> None:
    before = _counts(writable_client)
    response = writable_client.post("/api/ledgers", content=TINY.encode(),
                                    headers={"Content-Type": "application/yaml", **headers})
    assert response.status_code == 401 and response.json()["error"] == "token_required"
    assert _counts(writable_client) == before


def test_a_ledger_loads_with_the_token_and_changes_what_the_api_answers(writable_client: TestClient) -> None:
    fingerprint = api(writable_client, "/api/health")["fingerprint"]
    history = api(writable_client, "/api/history", a="Soviet Union", b="Japan")
    assert "tiny-1941-neutrality" not in {a["slug"] for a in history["agreements"]}
    response = writable_client.post("/api/ledgers", content=TINY.encode(), headers=YAML)
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["ledger"], report["status"]) == ("tiny", "loaded")
    assert report["counts"]["treaties"] == 3 and report["fingerprint"] != fingerprint
    assert _counts(writable_client)["tiny"]["treaties"] == 3
    history = api(writable_client, "/api/history", a="Soviet Union", b="Japan")  # not the cached answer
    assert "tiny-1941-neutrality" in {a["slug"] for a in history["agreements"]}
    again = writable_client.post("/api/ledgers", content=TINY.encode(), headers=YAML)
    assert again.json()["status"] == "unchanged"


def test_a_multipart_upload_loads_too(writable_client: TestClient) -> None:
    response = writable_client.post("/api/ledgers", files={"file": ("tiny.yaml", TINY.encode(), "application/yaml")},
                                    headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["ledger"] == "tiny"


def test_ledger_problems_are_a_422_listing_each_with_line_and_field(writable_client: TestClient) -> None:
    text = TINY.replace("kind: lease", "kind: leased").replace("ending: expired", "ending: lapsed")
    before = _counts(writable_client)
    response = writable_client.post("/api/ledgers", files={"file": ("mine.yaml", text.encode(), "text/yaml")},
                                    headers=AUTH)
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "ledger_problems" and "nothing was stored" in body["message"]
    where = {(p["line"], p["field"]) for p in body["problems"]}
    assert (line_of(text, "kind: leased"), "events[0].kind") in where
    assert (line_of(text, "ending: lapsed"), "outcomes[2].ending") in where
    assert {p["file"] for p in body["problems"]} == {"mine.yaml"}
    assert _counts(writable_client) == before


def test_malformed_yaml_is_a_422_with_its_line(writable_client: TestClient) -> None:
    response = writable_client.post("/api/ledgers", content=b"format: 1\nledger: [unclosed\n", headers=YAML)
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert "not valid YAML" in problem["message"] and problem["line"] is not None


def test_a_ledger_that_clashes_with_the_store_stores_nothing(writable_client: TestClient) -> None:
    clash = TINY.replace("slug: tiny-1950-alliance", "slug: cn-ru-1950-friendship-alliance").replace(
        "treaty: tiny-1950-alliance", "treaty: cn-ru-1950-friendship-alliance")
    before = _counts(writable_client)
    response = writable_client.post("/api/ledgers", content=clash.encode(), headers=YAML)
    assert response.status_code == 422, response.text
    assert "already stored by ledger 'sino-russian'" in response.json()["problems"][0]["message"]
    assert _counts(writable_client) == before
    treaty = api(writable_client, "/api/treaties/cn-ru-1950-friendship-alliance")
    assert treaty["ledger"] == "sino-russian"


def test_an_oversized_upload_is_a_413_and_is_not_read(writable_client: TestClient) -> None:
    big = TINY.encode() + b"#" * (MAX_UPLOAD + 128 * 1024) + b"\n"
    response = writable_client.post("/api/ledgers", content=big, headers=YAML)
    assert response.status_code == 413 and response.json()["error"] == "upload_too_large"
    just_over = TINY.encode() + b"#" * (MAX_UPLOAD - len(TINY.encode()) + 1) + b"\n"
    response = writable_client.post("/api/ledgers", files={"file": ("big.yaml", just_over, "text/yaml")},
                                    headers=AUTH)
    assert response.status_code == 413
    assert "tiny" not in _counts(writable_client)


@pytest.mark.parametrize(
    ("content", "headers", "status"),
    [(TINY.encode(), {"Content-Type": "application/json"}, 415),
     (b"--x\r\n\r\n", {"Content-Type": "multipart/form-data; boundary=x"}, 400),
     (b"\xff\xfe not text", {"Content-Type": "application/yaml"}, 422)],
)
def test_other_bad_uploads_are_4xx(writable_client: TestClient, content: bytes, headers: dict[str, str],
                                   status: int) -> None:
    response = writable_client.post("/api/ledgers", content=content, headers={**AUTH, **headers})
    assert response.status_code == status, response.text
    assert response.json()["message"]


def test_a_load_waits_for_readers_and_readers_wait_for_it(writable_client: TestClient, tmp_path: Path) -> None:
    from foedus.queries import read_uploaded_ledger

    gate = writable_client.app.state.gate  # type: ignore[attr-defined]
    document = read_uploaded_ledger(TINY.encode(), "tiny.yaml", tmp_path)
    loaded = threading.Event()

    def load() -> None:
        gate.load(document, "tiny.yaml")
        loaded.set()

    with gate.reading() as store:
        writer = threading.Thread(target=load)
        writer.start()
        assert not loaded.wait(0.3), "the load must wait for the reader to finish"
        assert store.query("SELECT count(*) AS n FROM treaties WHERE ledger = 'tiny'")[0]["n"] == 0
    writer.join(timeout=30)
    assert loaded.is_set()
    with gate.reading() as store:
        assert store.query("SELECT count(*) AS n FROM treaties WHERE ledger = 'tiny'")[0]["n"] == 3
