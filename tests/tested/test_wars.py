"""The wars as a data family: the shipped table rebuilt byte for byte, imported, cited, merged into panels; the
command."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from foedus.cli import cli
from foedus.data import shipped_path
from foedus.data.build import build_shipped_tables


@pytest.mark.shared_data
def test_the_shipped_war_and_condition_tables_rebuild_identically(shared_data: Path, tmp_path: Path) -> None:
    built = build_shipped_tables(shared_data, tmp_path, names=["war_dyad_years", "atop_conditions"])
    for b in built:
        assert hashlib.sha256(shipped_path(b.table.name).read_bytes()).hexdigest() == b.sha256, b.table.name
    wars = {b.table.name: b for b in built}["war_dyad_years"]
    assert wars.rows == 958 and wars.years == (1823, 2003)


@pytest.mark.shared_data
def test_an_import_of_the_war_file_gives_the_same_cases_as_the_shipped_table(shared_data: Path,
                                                                             store_path: Path) -> None:
    from foedus.importers import import_covariates
    from foedus.store import open_store
    from foedus.tested import tested_cases
    from foedus.universe import family_relation

    with open_store(store_path) as store:
        shipped = tested_cases(store)
    (report,) = import_covariates("wars", shared_data / "covariates" / "cow_war_inter.csv", db=store_path)
    assert report.rows_read == 1932 and report.rows_stored == 958
    with open_store(store_path) as store:
        assert family_relation(store, "war_dyad_years").kind == "imported"
        imported = tested_cases(store)
    assert [c.outcomes for c in imported.cases] == [c.outcomes for c in shipped.cases]


@pytest.mark.shared_data
def test_with_wars_marks_the_years_states_fought(shared_data: Path, store_path: Path) -> None:
    from foedus.families.wars import with_wars
    from foedus.importers import import_states
    from foedus.panels import state_years

    cow = shared_data / "cow"
    import_states([cow / "states2016.csv", cow / "system2016.csv"], "cow", db=store_path)
    panel = with_wars(state_years("cow", 1913, 1915, db=store_path))
    frame = panel.to_pandas().set_index(["ccode", "year"])
    assert frame.loc[(255, 1914), "war"] == 1 and frame.loc[(255, 1914), "war_onset"] == 1
    assert frame.loc[(255, 1913), "war"] == 0 and frame.loc[(2, 1915), "war"] == 0
    assert panel.provenance[-1]["dataset"] == "wars"
    assert any(s["id"] == "sarkees2010resort" for s in panel.sources())


def test_foedus_tested_prints_the_shares_beside_the_published_ones() -> None:
    result = CliRunner().invoke(cli, ["tested"], env={"COLUMNS": "240"})  # wide enough not to wrap the citation
    assert result.exit_code == 0, result.output
    assert "Leeds, Long & Mitchell 2000: 74.5%" in result.output and "1816-1944" in result.output
    assert " decided; " in result.output and " uncertain" in result.output  # what each share left out is said


def test_foedus_tested_for_a_pair_lists_its_cases(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["tested", "China", "Russia", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    schema = json.loads((Path(__file__).parents[2] / "src/foedus/schemas/tested-cases-1.json").read_text())
    jsonschema.validate(report, schema)
    li_lobanov = [c for c in report["cases"] if c["alliance"] == "cn-ru-1896-li-lobanov" and c["war"] == 82]
    assert {c["outcome_llm"] for c in li_lobanov if c["member"] == 365} == {"violated"}
    out = tmp_path / "cases.csv"
    result = CliRunner().invoke(cli, ["tested", "--alliance", "1395", "--cases", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("alliance,atopid,source,title")


def test_foedus_tested_refuses_bad_input_clearly() -> None:
    result = CliRunner().invoke(cli, ["tested", "China"])
    assert result.exit_code == 2 and "two states" in result.output
    result = CliRunner().invoke(cli, ["tested", "--alliance", "no-such-thing"])
    assert result.exit_code == 1 and "no case of an alliance" in result.output


def test_foedus_tested_backtest_answers_the_question_out_of_sample() -> None:
    result = CliRunner().invoke(cli, ["tested", "--backtest", "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found["horizon"] == 10 and found["scored"] > 1000 and found["origins"][0] >= 1900
    assert set(found["scores"]) == {"base", "with_record", "difference"}


@pytest.mark.shared_data
def test_an_atop_import_stores_the_conditions_the_shipped_table_holds(shared_data: Path, store_path: Path) -> None:
    from foedus.importers import import_atop
    from foedus.store import open_store
    from foedus.universe import family_relation, shipped_sql

    import_atop([shared_data / "atop" / "atop4_01a.csv", shared_data / "atop" / "atop4_01m.csv"], db=store_path)
    with open_store(store_path) as store:
        relation = family_relation(store, "atop_conditions")
        assert relation.kind == "imported"
        imported = store.query(f"SELECT * FROM {relation.sql} ORDER BY line")
        shipped = store.query(f"SELECT * FROM ({shipped_sql('atop_conditions')}) ORDER BY line")
    assert imported == shipped and len(imported) == 2398
