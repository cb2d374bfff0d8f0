"""One story everywhere: China–Russia's record counted the same way on every surface (terminal, short and full;
JSON; the web page; the notebook; the figure), and no internal name, module path, file hash or development note in
anything a reader sees (pages, terminal output, BibTeX)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from foedus.cli import cli
from foedus.history import pair_history
from foedus.store import open_store
from foedus.text import RECORD_COUNT_HEADERS, count_of, percents, words
from tests.extras import require

require("fastapi", "web")

from fastapi.testclient import TestClient  # noqa: E402

#: What China–Russia's record counts under each coding: (breached, all agreements, breached in the model, in it).
#: Curated: Li-Lobanov 1896, Manchuria 1902, 1924, 1945 and the 1957 accord; the model holds 1896 and 1945 of them.
CHINA_RUSSIA = {"atop": (2, 24, 2, 11), "curated": (5, 24, 2, 11), "narrative-2023": (5, 24, 5, 12)}


def _run(*args: str, store_path: Path) -> str:
    result = CliRunner(env={"COLUMNS": "140"}).invoke(cli, [*args, "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def document(web_store_path: Path) -> dict[str, Any]:
    return dict(json.loads(_run("assess", "China", "Russia", "--coding", "all", "--json", store_path=web_store_path)))


def _expected(coding: str) -> tuple[str, str]:
    breached, every, in_breached, in_model = CHINA_RUSSIA[coding]
    return count_of(breached, every), count_of(in_breached, in_model)


def test_the_json_counts_what_the_history_counts(document: dict[str, Any], web_store_path: Path) -> None:
    with open_store(web_store_path) as store:
        history = pair_history(store, "China", "Russia")
    counts = history.record_counts()
    for coding, (breached, every, in_breached, in_model) in CHINA_RUSSIA.items():
        assert document["record_counts"][coding] == {"coding": coding, "agreements": every, "breached": breached,
                                                     "in_model": in_model, "breached_in_model": in_breached}
        assert (counts[coding].breached, counts[coding].agreements) == (breached, every)
        rows = document["record"]
        assert sum(r["breached"][coding] for r in rows) == breached
        assert sum(r["in_model_by_coding"][coding] for r in rows) == in_model


def test_the_terminal_short_and_full_say_the_same_counts(web_store_path: Path) -> None:
    short = _run("assess", "China", "Russia", "--coding", "all", store_path=web_store_path)
    full = _run("assess", "China", "Russia", "--coding", "all", "--full", store_path=web_store_path)
    history = _run("history", "China", "Russia", store_path=web_store_path)
    for coding in CHINA_RUSSIA:
        every, in_model = _expected(coding)
        narrow = f"{every} ({in_model})".replace(" of ", "/")
        assert re.search(rf"^{re.escape(coding)}\s+{re.escape(narrow)}", short, re.MULTILINE), short
        assert re.search(rf"{re.escape(coding)}\s+│\s+{every}\s+│\s+{in_model}\s+│", full), full
    assert "breached: of all their agreements (in the model)" in " ".join(short.split())
    assert all(h.split(",")[0] in full for h in RECORD_COUNT_HEADERS)
    summary = " ".join(history.split())
    assert ("breached by one of the two, of all 24 agreements: ATOP 2, foedus's curated reading 5 and the 2023 "
            "narrative 5") in summary


def test_the_page_the_notebook_and_the_figure_say_the_same_counts(document: dict[str, Any], client: TestClient,
                                                                   web_store_path: Path) -> None:
    from foedus.reliability.assess import assess

    require("matplotlib", "plot")
    from foedus.report.plots import assessment_figure

    page = client.get("/pair", params={"a": "China", "b": "Russia", "coding": "all", "wait": 1}).text
    with open_store(web_store_path) as store:
        result = assess(store, "China", "Russia", coding="all")
    notebook = result._repr_html_()
    figure = assessment_figure(result)
    (counts,) = figure.findobj(lambda a: a.get_gid() == "counts")
    drawn = " ".join(counts.get_text().split())
    for coding in CHINA_RUSSIA:
        every, in_model = _expected(coding)
        row = re.search(rf'<tr data-coding="{re.escape(coding)}">(.*?)</tr>', page, re.DOTALL)
        assert row is not None
        assert re.findall(r'<td class="record-count">([^<]*)</td>', row.group(1)) == [every, in_model]
        assert f"<td style=\"text-align: left; vertical-align: top; padding: 2px 8px\">{every}</td>" in notebook
        assert f"{coding}: {every} breached ({in_model} in the model)" in drawn
    median, low, high = percents(document["probability"]["10"]["median"], document["probability"]["10"]["low"],
                                 document["probability"]["10"]["high"])
    assert f"{median} chance (90% interval {low} to {high})" in document["sentence"]


#: What a reader must never see: module paths, internal names, file hashes, development notes.
_LEAKS = [
    re.compile(r"\bfoedus\.[a-z_]+(\.[a-z_]+)*\b(?!\.(org|io|com))"),  # a module path (foedus.codings)
    re.compile(r"\bfile-[0-9a-f]{6,}\b"),  # a file's hash as a source key
    re.compile(r"\bsha256\b", re.IGNORECASE),
    re.compile(r"\b[a-z_]+\.py\b"),  # a source file
    re.compile(r"\b(TODO|FIXME|XXX)\b"),
]
#: Development notes that the ledgers' sources still carry (corrected with the record, issue 20 part 7).
_NOTES = re.compile(r"inferred table|codebook's own wording")


def _leaks(text: str) -> list[str]:
    return [m.group(0) for pattern in _LEAKS for m in pattern.finditer(text)]


def test_no_internal_name_reaches_a_reader(client: TestClient, web_store_path: Path) -> None:
    outputs = {
        "history": _run("history", "China", "Russia", "--evidence", store_path=web_store_path),
        "history Japan–Germany": _run("history", "Japan", "Germany", store_path=web_store_path),
        "assess": _run("assess", "China", "Russia", "--full", store_path=web_store_path),
    }
    for url in ("/pair?a=China&b=Russia", "/treaty/atop-4170", "/treaty/cn-ru-1896-li-lobanov", "/ledger?q=Warsaw"):
        html = client.get(url).text
        visible = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
        outputs[url] = re.sub(r"<[^>]+>", " ", visible)  # the text a reader sees, not attributes or code
    found = {where: _leaks(text) for where, text in outputs.items()}
    assert not any(found.values()), found


def test_no_module_path_or_hash_in_the_bibtex(web_store_path: Path) -> None:
    bibtex = re.sub(r"https?://\S+", " ", _run("cite", store_path=web_store_path))  # addresses may name anything
    assert not _leaks(bibtex), _leaks(bibtex)


def test_the_bibtex_and_the_pages_carry_no_development_note(client: TestClient, web_store_path: Path) -> None:
    texts = [_run("cite", store_path=web_store_path), client.get("/pair?a=China&b=Russia").text]
    assert not [t for t in texts if _NOTES.search(t)]


def test_one_word_rule() -> None:
    assert words("non_aggression") == "non-aggression" and words("lost_independence") == "lost independence"
    assert words(None) == ""
    assert percents(0.014, 0.004, 0.036) == ["1.4%", "0.4%", "3.6%"]
    assert percents(0.11, 0.2) == ["11%", "20%"]
