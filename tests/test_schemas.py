"""The registry of JSON Schemas: ``foedus schema`` lists and prints them, each file is its model's schema, and the
documents the library and the command line write validate against them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from foedus.cli import cli
from foedus.schemas import SCHEMAS, UnknownSchemaError, json_schema, schema_text

_MODELLED_FILES = [name for name, entry in SCHEMAS.items() if entry.model is not None and entry.file is not None]


def _without_heading(schema: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in schema.items() if key not in ("$schema", "$id", "title")}


def test_foedus_schema_lists_every_schema_and_prints_each() -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["schema"])
    assert listed.exit_code == 0, listed.output
    assert [line.split()[0] for line in listed.output.splitlines()] == list(SCHEMAS)
    for name in SCHEMAS:
        printed = runner.invoke(cli, ["schema", name])
        assert printed.exit_code == 0, printed.output
        assert printed.output == schema_text(name) and json.loads(printed.output) == json_schema(name)


def test_an_unknown_schema_is_a_clear_error() -> None:
    result = CliRunner().invoke(cli, ["schema", "horoscope"])
    assert result.exit_code != 0 and "no schema is named 'horoscope'" in result.output
    assert "history, assessment, backtest" in result.output
    with pytest.raises(UnknownSchemaError):
        json_schema("horoscope")


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_every_schema_is_a_valid_json_schema(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema(name))


@pytest.mark.parametrize("name", _MODELLED_FILES)
def test_each_schema_file_is_its_models_schema(name: str) -> None:
    """A file written out from a model (``foedus schema --from-model NAME``) has not drifted from it."""
    assert _without_heading(json_schema(name)) == _without_heading(json_schema(name, from_model=True))
    if name != "check":  # the check's file is written by its own tool (tests/check/test_gold.py checks it)
        assert schema_text(name) == schema_text(name, from_model=True)


def test_an_open_model_writes_its_keys_in_the_order_it_was_given_them() -> None:
    from foedus.results.history import SourceModel

    given = {"ledger": "x", "id": "a", "type": "book", "author": "Leeds", "title": "T", "year": "2003"}
    assert list(SourceModel.model_validate(given).model_dump()) == list(given)


def test_the_history_cli_json_follows_its_schema(store_path: Path) -> None:
    result = CliRunner().invoke(cli, ["history", "China", "Russia", "--json", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    jsonschema.validate(json.loads(result.output), json_schema("history"))


def test_a_treaty_follows_its_schema(store_path: Path) -> None:
    from foedus.queries import treaty_record
    from foedus.store import open_store

    with open_store(store_path) as store:
        document = treaty_record(store, "1955-warsaw-pact").to_dict()
    jsonschema.validate(json.loads(json.dumps(document)), json_schema("treaty"))
    assert document["slug"] == "1955-warsaw-pact" and document["members"]


def test_the_shipped_backtest_passes_through_its_model_unchanged() -> None:
    """The stacking backtest shipped with foedus, read back and written again through :class:`BacktestModel`,
    follows the backtest schema and keeps every figure and every key's order."""
    from foedus.data import stacking_document
    from foedus.reliability.backtest import Backtest

    found = stacking_document()
    assert found is not None
    shipped = found["backtest"]
    written = Backtest.from_dict(shipped).to_dict()
    jsonschema.validate(json.loads(json.dumps(written)), json_schema("backtest"))
    for key in ("per_origin", "overall", "calibration", "coverage", "eras", "counts", "reliability"):
        assert json.dumps(written[key]) == json.dumps(shipped[key]), key


def test_a_panels_metadata_follows_its_schema() -> None:
    import pandas as pd

    from foedus.panels import Panel

    entry = {"role": "state system", "dataset": "cow", "layout": "states", "version": "2016", "file": "states2016.csv",
             "sha256": "0" * 64, "rows": 243, "coverage": [1816, 2016]}
    panel = Panel(pd.DataFrame({"ccode": [2, 20], "year": [1990, 1990]}), "state-year", "cow", 1990, 1990, None,
                  (entry,))
    metadata = panel.metadata()
    jsonschema.validate(json.loads(json.dumps(metadata)), json_schema("panel"))
    assert metadata["schema"] == "foedus.panel/1" and metadata["rows"] == 2 and metadata["sources"]
    assert list(metadata["provenance"][0]) == list(entry)


def test_the_violation_backtest_follows_its_schema() -> None:
    from foedus.tested.backtest import ViolationBacktest

    scores = {"base": {"brier": 0.1, "log": 0.35}, "with_record": {"brier": 0.09, "log": 0.3},
              "difference": {"log": -0.05, "se": 0.01}}
    by_origin = [{"origin": 1950, "units": 40, "breaches": 3, "base": {"brier": 0.1, "log": 0.35},
                  "with_record": {"brier": 0.09, "log": 0.3}}]
    found = ViolationBacktest(10, [1950], 40, scores, by_origin, {"intercept": -2.0, "log_violated": 0.7})
    document = found.to_dict()
    jsonschema.validate(document, json_schema("tested-backtest"))
    assert document["helps"] is True and document["by_origin"] == by_origin
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**document, "scored": -1}, json_schema("tested-backtest"))
