"""`foedus check`: the table, --json in the foedus.check/1 schema, standard input, and errors without a traceback."""

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
    assert "signed 1950-02-14" in result.output and "sino-russian:" in result.output


def test_json_from_standard_input_follows_the_schema(store_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "-", "--json", "--db", str(store_path)], input=ARTICLE)
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    schema = json.loads((resources.files("foedus") / "schemas" / "check-1.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["schema"] == "foedus.check/1" and document["article"]["published"] == "2023-03-24"


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
