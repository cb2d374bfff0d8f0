"""`foedus check`: the table, --json in the foedus.check/2 schema, standard input, and errors without a traceback."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from foedus.cli import cli

ARTICLE = ("Published: 2023-03-24\n\nRussia and China have allied five times, and each of the five alliances ended "
           "in betrayal. The Treaty of Friendship, Alliance and Mutual Assistance was signed on 15 February 1950.\n")


def test_the_table_shows_claim_verdict_record_and_sources(store_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(article), "--db", str(store_path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "depends on the coding" in result.output and "within tolerance" in result.output
    assert "signed 1950-02-14" in result.output
    # sources as a reader cites them (author and year), never the ledger's keys
    assert "Goncharov 1993" in result.output and "sino-russian:" not in result.output
    assert "read as of 2023, the year the article was published" in result.output


def test_json_from_standard_input_follows_the_schema(store_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "-", "--json", "--db", str(store_path)], input=ARTICLE)
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    schema = json.loads((resources.files("foedus") / "schemas" / "check-2.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["schema"] == "foedus.check/2" and document["article"]["published"] == "2023-03-24"
    assert document["as_of"] == {"year": 2023, "basis": "published",
                                 "reason": "as of 2023, the year the article was published"}
    refs = [r for c in document["claims"] for r in c["records"] if r["sources"]]
    assert refs and all(len(r["source_labels"]) == len(r["sources"]) for r in refs)
    cited = {k: v for r in refs for k, v in zip(r["sources"], r["source_labels"], strict=True)}
    assert cited["sino-russian:goncharov1993"] == "Goncharov 1993"


def test_as_of_is_the_year_asked_for_and_must_be_one_the_record_covers(store_path: Path) -> None:
    runner = CliRunner()
    given = runner.invoke(cli, ["check", "-", "--json", "--as-of", "1960", "--db", str(store_path)], input=ARTICLE)
    assert given.exit_code == 0, given.output
    assert json.loads(given.output)["as_of"]["year"] == 1960
    later = runner.invoke(cli, ["check", "-", "--as-of", "3000", "--db", str(store_path)], input=ARTICLE)
    assert later.exit_code == 1 and "--as-of must be a year from" in later.output and "Traceback" not in later.output


def test_bad_articles_are_clear_errors(store_path: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"word " * 2_000_000)  # 10 MB
    runner = CliRunner()
    for args, words in (([str(empty)], "empty"), ([str(tmp_path / "missing.txt")], "cannot be read"),
                        ([str(huge)], "at most"),
                        ([str(empty), "--published", "soon"], "not a date")):
        result = runner.invoke(cli, ["check", *args, "--db", str(store_path)])
        assert result.exit_code == 1 and words in result.output and "Traceback" not in result.output
    neither = runner.invoke(cli, ["check", "--db", str(store_path)])
    assert neither.exit_code == 2 and "or --example" in neither.output
