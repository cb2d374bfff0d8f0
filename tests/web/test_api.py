"""The JSON API: what the library says, every bad input a 4xx with a clear message, cached assessments."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from foedus.history import pair_history
from foedus.store import open_store
from foedus.store.facts import latest_year
from tests.web.conftest import api


def _schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((resources.files("foedus") / "schemas" / name).read_text(encoding="utf-8"))
    return schema


def test_health_names_the_store_and_says_it_is_read_only_without_a_token(client: TestClient,
                                                                         web_store_path: Path) -> None:
    health = api(client, "/api/health")
    assert health["status"] == "ok" and health["store"] == web_store_path.name  # never the folder it is in
    assert str(web_store_path.parent) not in client.get("/api/health").text
    assert health["writable"] is False and len(health["fingerprint"]) == 64


def test_state_suggestions_give_historic_names_with_their_periods(client: TestClient) -> None:
    found = api(client, "/api/states", q="qing")
    qing = next(s for s in found if s["name"] == "Qing China")
    assert qing["ccode"] == 710 and qing["end"] is not None and qing["end"].startswith("1912")


def test_state_suggestions_put_a_code_first(client: TestClient) -> None:
    assert api(client, "/api/states", q="RUS")[0]["ccode"] == 365
    assert api(client, "/api/states", q="soviet")[0]["ccode"] == 365
    assert len(api(client, "/api/states", q="a", limit=3)) == 3


def test_pair_history_is_the_librarys_in_its_schema(client: TestClient, web_store_path: Path) -> None:
    document = api(client, "/api/history", a="Qing China", b="Russian Empire", coding="curated", until=1911)
    jsonschema.validate(document, _schema("history-1.json"))
    with open_store(web_store_path) as store:
        expected = pair_history(store, "Qing China", "Russian Empire", coding="curated", until=1911).to_dict()
    assert document == json.loads(json.dumps(expected))
    assert document["agreements"] and {o["coding"] for a in document["agreements"] for o in a["outcomes"]} == {
        "curated"}


def _error(client: TestClient, url: str, status: int, **params: Any) -> dict[str, Any]:
    response = client.get(url, params=params)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert body["error"] and body["message"]
    return body


def test_an_unknown_state_is_a_404_with_suggestions(client: TestClient) -> None:
    body = _error(client, "/api/history", 404, a="Chna", b="Russia")
    assert body["error"] == "state_not_found" and "China" in body["suggestions"]


def test_an_ambiguous_state_is_a_422_with_its_options(client: TestClient) -> None:
    body = _error(client, "/api/assessment", 422, a="Republic of China", b="Russia")
    assert body["error"] == "ambiguous_state" and body["options"] == ["710 China", "713 Taiwan"]


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"horizon": 0}, 422, "horizon"),
        ({"horizon": 101}, 422, "horizon"),
        ({"horizon": "ten"}, 422, "horizon"),
        ({"coding": "gossip"}, 400, "unknown coding 'gossip'"),
        ({"prior": "hunch"}, 400, "unknown prior 'hunch'"),
        ({"as_of": 1500}, 422, "as_of"),
        ({"as_of": 3000}, 422, "as_of"),
        ({"treaty": "no-such-treaty"}, 422, "no-such-treaty"),
        ({"b": "PRC"}, 422, "same state"),
    ],
)
def test_bad_assessment_input_is_a_4xx_that_says_what_is_wrong(client: TestClient, params: dict[str, Any],
                                                               status: int, words: str) -> None:
    body = _error(client, "/api/assessment", status, **{"a": "China", "b": "Russia", **params})
    assert words in body["message"]


def test_an_as_of_before_any_alliance_is_a_4xx_not_a_crash(client: TestClient, web_store_path: Path) -> None:
    with open_store(web_store_path) as store:
        first = store.query("SELECT min(signed_year) AS y FROM treaties")[0]["y"]
    body = _error(client, "/api/assessment", 422, a="China", b="Russia", as_of=first)
    assert f"before the end of {first}" in body["message"] and "later as_of" in body["message"]


def test_the_assessment_is_the_librarys_in_its_schema_and_never_depends_on_today(
    client: TestClient, web_store_path: Path
) -> None:
    document = api(client, "/api/assessment", a="China", b="Russia")
    jsonschema.validate(document, _schema("assessment-3.json"))
    with open_store(web_store_path) as store:
        assert document["as_of"] == latest_year(store)
    assert document["alliance"]["slug"] == "cn-ru-2001-good-neighborliness"
    assert document["horizons"] == [5, 10, 20] and document["coding"] == "curated"
    for h in ("5", "10", "20"):
        p = document["probability"][h]
        assert 0 <= p["low"] < p["median"] < p["high"] <= 1
    assert "within 10 years after" in document["sentence"]
    assert "record moves the estimate" in document["record_sentence"] or \
        "record does not move the estimate" in document["record_sentence"]
    json.dumps(document, allow_nan=False)  # no NaN leaks into the JSON


def test_the_assessment_api_gives_the_librarys_figures(client: TestClient, web_store_path: Path) -> None:
    from foedus.reliability.assess import assess

    # 2016 under ATOP's coding, as the README's tour: the session's cache holds one set of fits for both
    document = api(client, "/api/assessment", a="China", b="Russia", horizon=[10], coding="atop", as_of=2016)
    assert (document["coding"], document["as_of"]) == ("atop", 2016)
    with open_store(web_store_path) as store:
        expected = assess(store, "China", "Russia", horizons=[10], coding="atop", as_of=2016)
    assert document["probability"]["10"] == expected.main[10]
    assert document["sentence"] == expected.sentence()


def test_a_repeated_assessment_comes_from_the_cache(client: TestClient, app: FastAPI) -> None:
    first = client.get("/api/assessment", params={"a": "China", "b": "Russia"})
    before = app.state.gate.cache.info()
    again = client.get("/api/assessment", params={"a": "PRC", "b": "RUS", "horizon": [20, 5, 10]})
    after = app.state.gate.cache.info()
    assert again.content == first.content
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)


def test_the_treaty_view_has_members_outcomes_under_each_coding_events_and_sources(client: TestClient) -> None:
    treaty = api(client, "/api/treaties/cn-ru-1950-friendship-alliance")
    assert treaty["signed"] == "1950-02-14" and "defense" in treaty["obligations"]
    assert {m["ccode"] for m in treaty["members"]} == {365, 710}
    assert {"atop", "curated", "narrative-2023"} <= {o["coding"] for o in treaty["outcomes"]}
    assert {s["id"] for s in treaty["sources"]} >= {s for o in treaty["outcomes"] for s in o["sources"]}
    events = {e["id"] for e in treaty["events"]}
    assert events >= {e for o in treaty["outcomes"] for e in o["events"]}


def test_an_unknown_treaty_is_a_404_that_names_close_slugs(client: TestClient) -> None:
    body = _error(client, "/api/treaties/cn-ru-1950-friendship", 404)
    assert "cn-ru-1950-friendship-alliance" in body["message"]


def test_ledger_filters_keep_only_matching_rows(client: TestClient) -> None:
    breaches = api(client, "/api/ledger", coding="curated", ending="violated")
    assert breaches["count"] == len(breaches["rows"]) > 0
    assert {(r["coding"], r["ending"]) for r in breaches["rows"]} == {("curated", "violated")}
    defense = api(client, "/api/ledger", obligation="defense", since=1900, until=1910)["rows"]
    assert defense and all("defense" in r["obligations"] for r in defense)
    assert all(int(r["signed"][:4]) <= 1910 and (r["ended"] is None or int(r["ended"][:4]) >= 1900) for r in defense)
    everything = api(client, "/api/ledger")["count"]
    assert everything > breaches["count"]


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [({"ending": "betrayed"}, 400, "unknown ending"), ({"obligation": "love"}, 400, "unknown obligation"),
     ({"coding": "gossip"}, 400, "unknown coding"), ({"since": 1950, "until": 1900}, 422, "after"),
     ({"since": "soon"}, 422, "since")],
)
def test_bad_ledger_filters_are_4xx(client: TestClient, params: dict[str, Any], status: int, words: str) -> None:
    body = _error(client, "/api/ledger", status, **params)
    assert words in body["message"]
    response = client.get("/api/ledger.csv", params=params)  # the CSV's errors are text, as its spec says
    assert response.status_code == status and response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith(f"{body['error']}: ") and words in response.text


def test_the_ledger_csv_holds_the_same_rows_as_the_json(client: TestClient) -> None:
    import csv
    import io

    params = {"coding": "atop", "since": 1914, "until": 1918}
    rows = api(client, "/api/ledger", **params)["rows"]
    response = client.get("/api/ledger.csv", params=params)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["slug"], r["coding"], r["member"]) for r in table] == [
        (r["slug"], r["coding"], r["member"] or "") for r in rows]


def test_the_openapi_spec_documents_every_endpoint_with_models(client: TestClient) -> None:
    spec = api(client, "/openapi.json")
    assert {"/api/states", "/api/history", "/api/assessment", "/api/treaties/{slug}", "/api/ledger",
            "/api/ledger.csv", "/api/ledgers", "/api/health"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert {"AssessmentModel", "HistoryModel", "TreatyModel", "ErrorBody", "LoadReportModel"} <= set(schemas)
    horizon = next(p for p in spec["paths"]["/api/assessment"]["get"]["parameters"] if p["name"] == "horizon")
    assert horizon["schema"]["items"]["maximum"] == 100
    assert "post" in spec["paths"]["/api/ledgers"]


def test_the_ledger_api_searches_counts_and_pages(client: TestClient) -> None:
    warsaw = api(client, "/api/ledger", q="warsaw")
    assert warsaw["total"] == warsaw["count"] == len(warsaw["rows"]) > 0 and warsaw["per_page"] is None
    assert {r["slug"] for r in warsaw["rows"]} == {"1955-warsaw-pact"}
    page = api(client, "/api/ledger", page=2)
    assert (page["page"], page["per_page"], page["count"]) == (2, 50, 50) and page["pages"] == -(-page["total"] // 50)
    everything = api(client, "/api/ledger")
    assert page["rows"] == everything["rows"][50:100] and everything["total"] == page["total"]
    sources = {f["value"]: f["count"] for f in everything["facets"]["source"]}
    assert sources["ledger"] + sources["atop"] == everything["total"]
    atop = api(client, "/api/ledger", source="atop", per_page=5)["rows"]
    assert all(r["source"] == "atop" and r["slug"] == f"atop-{r['atopid']}" and r["member_codes"] for r in atop)


@pytest.mark.parametrize(("params", "words"), [
    ({"source": "wiki"}, "unknown source"), ({"sort": "mood"}, "unknown sort"), ({"order": "up"}, "unknown order")])
def test_bad_ledger_browsing_is_a_400(client: TestClient, params: dict[str, Any], words: str) -> None:
    assert words in _error(client, "/api/ledger", 400, **params)["message"]


def test_an_atop_only_alliance_is_a_treaty_of_the_api(client: TestClient) -> None:
    from foedus.results.history import TreatyModel

    treaty = api(client, "/api/treaties/atop-4170")
    TreatyModel.model_validate(treaty)
    assert treaty["slug"] == "atop-4170" and [m["ccode"] for m in treaty["members"]] == [220, 365]
    assert _error(client, "/api/treaties/atop-999999", 404)["error"] == "not_found"


def test_the_csv_answers_head_and_the_warmup_says_how_far_it_is(client: TestClient) -> None:
    head = client.head("/api/ledger.csv", params={"coding": "curated"})
    assert head.status_code == 200 and head.headers["content-type"].startswith("text/csv") and head.content == b""
    assert api(client, "/api/warmup")["state"] == "off"  # the tests' app fits on demand


def test_the_as_of_bounds_follow_a_ledger_loaded_while_the_server_runs(writable_client: TestClient) -> None:
    """A ledger with a 2025 event moves the store's last year to 2025: the API takes it without a restart."""
    from tests.ledgers import TINY
    from tests.web.conftest import TOKEN

    later = TINY.replace("events:\n", "events:\n  - id: later\n    date: 2025-03-01\n    kind: statement\n"
                         "    actors: [Russian Federation]\n    description: A statement.\n"
                         "    sources: [paine1996]\n", 1)
    loaded = writable_client.post("/api/ledgers", content=later.encode(),
                                  headers={"Content-Type": "application/yaml", "Authorization": f"Bearer {TOKEN}"})
    assert loaded.status_code == 200, loaded.text
    # a prior that does not exist is refused before any fit: what matters is that as_of=2025 passes the bounds
    answer = writable_client.get("/api/assessment", params={"a": "China", "b": "Russia", "as_of": 2025,
                                                            "prior": "no-such-prior"})
    assert answer.status_code != 422 or "as_of" not in answer.text, answer.text
    assert "no-such-prior" in answer.text
    beyond = writable_client.get("/api/assessment", params={"a": "China", "b": "Russia", "as_of": 2026})
    assert 400 <= beyond.status_code < 500 and "2025" in beyond.text
    # the route's dependency reads the store's years at each request, before the library checks anything else
    early = writable_client.get("/api/assessment", params={"a": "China", "b": "Russia", "as_of": 2026,
                                                           "prior": "no-such-prior"})
    assert early.status_code == 422 and "as_of" in early.text and "2025" in early.text, early.text
