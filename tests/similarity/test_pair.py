"""One pair over time: `foedus similarity` and pair_similarity, with the agreements of the record marked."""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from foedus.cli import cli
from foedus.errors import FoedusError
from foedus.similarity.pair import pair_similarity
from foedus.store import Store
from tests.extras import require


def test_china_and_russia_from_1950_have_every_year_and_their_treaties(store: Store) -> None:
    result = pair_similarity(store, "China", "Russia", start=1950, end=2016)
    assert result.years == list(range(1950, 2017))
    assert set(result.values) == {"s_valued", "s_squared_valued", "kappa_valued", "pi_valued", "taub_valued",
                                  "s_valued_cinc"}
    assert all(not math.isnan(v) for values in result.values.values() for v in values)
    treaties = {a.slug: a for a in result.agreements}
    assert (treaties["cn-ru-1950-friendship-alliance"].start, treaties["cn-ru-1950-friendship-alliance"].end,
            treaties["cn-ru-1950-friendship-alliance"].ending) == (1950, 1980, "expired")
    assert (treaties["cn-ru-2001-good-neighborliness"].start, treaties["cn-ru-2001-good-neighborliness"].end) == (
        2001, None)
    # the portfolios drift apart once the 1950 treaty lapses: κ falls to about nothing in the 1980s
    kappa = dict(zip(result.years, result.values["kappa_valued"], strict=True))
    assert kappa[1985] < kappa[1970] and kappa[1985] < kappa[2010]


def test_the_json_follows_its_schema(store_path: Path) -> None:
    jsonschema = require("jsonschema", "test")
    result = CliRunner().invoke(cli, ["similarity", "China", "Russia", "--from", "1990", "--to", "2016", "--json",
                                      "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    schema = json.loads((resources.files("foedus") / "schemas" / "similarity-1.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["schema"] == "foedus.similarity/1" and len(document["years"]) == 27
    assert {"signorino1999similarity", "hage2011similarity", "buenodemesquita1975polarity"} <= set(
        document["references"])


def test_the_command_prints_a_year_by_year_table_and_draws_the_figure(store_path: Path, tmp_path: Path) -> None:
    require("matplotlib", "plot")
    figure = tmp_path / "sim.png"
    result = CliRunner().invoke(cli, ["similarity", "China", "Russia", "--from", "1950", "--to", "2016", "--plot",
                                      str(figure), "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "China (710) – Russia (365)" in result.output and "1950–1980" in result.output
    assert figure.read_bytes().startswith(b"\x89PNG")


def test_years_outside_atop_are_missing_and_bad_requests_are_clear_errors(store: Store, store_path: Path) -> None:
    late = pair_similarity(store, "China", "Russia", start=2015, end=2018)
    assert late.years == [2015, 2016, 2017, 2018]  # both in the system, as the capabilities table has it
    assert [math.isnan(v) for v in late.values["s_valued"]] == [False, False, True, True]
    assert late.to_dict()["years"][-1]["s_valued"] is None
    with pytest.raises(FoedusError, match="same state"):
        pair_similarity(store, "China", "PRC")
    runner = CliRunner()
    backwards = runner.invoke(cli, ["similarity", "China", "Russia", "--from", "2000", "--to", "1990", "--db",
                                    str(store_path)])
    assert backwards.exit_code == 1 and "after the end year" in backwards.output
    gw = runner.invoke(cli, ["similarity", "China", "Russia", "--system", "gw", "--db", str(store_path)])
    assert gw.exit_code == 1 and "foedus import states --system gw" in gw.output
