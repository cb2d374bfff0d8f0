"""State-system lists: COW's states, state-years and major powers; Gleditsch-Ward's list, processed and original."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foedus.errors import DataFileError, Problem
from foedus.importers import import_states, imported_files
from tests.importers.helpers import rows, snapshot
from tests.importers.synthetic import COW_MAJORS, COW_STATES, GW_IISYSTEM, GW_PROCESSED, cow_system, write


def test_cow_states_are_stored_as_day_precise_spells(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_states(write(tmp_path, "states2016.csv", COW_STATES), "cow", db=store_path)
    assert (report.dataset, report.layout, report.version, report.rows_stored) == ("cow", "states", "2016", 11)
    assert report.coverage == (1900, 1950)
    france = rows(store_path, "SELECT start_date, end_date FROM state_spells WHERE code = 220 ORDER BY start_date")
    assert [(r["start_date"], r["end_date"]) for r in france] == [
        (dt.date(1900, 1, 1), dt.date(1940, 6, 22)), (dt.date(1944, 8, 25), dt.date(1950, 12, 31))]
    assert {r["system"] for r in rows(store_path, "SELECT system FROM state_spells")} == {"cow"}


def test_cow_state_years_and_major_powers_are_told_apart_by_the_header(store_path: Path, tmp_path: Path) -> None:
    system, majors = import_states(
        [write(tmp_path, "system2016.csv", cow_system()), write(tmp_path, "majors2016.csv", COW_MAJORS)],
        "cow", db=store_path,
    )
    assert (system.layout, majors.layout) == ("system", "majors")
    assert system.rows_stored == len(cow_system().splitlines()) - 1
    assert rows(store_path, "SELECT count(*) AS n FROM major_powers")[0]["n"] == 3


@pytest.mark.parametrize(
    ("name", "content"), [("gw_states_processed.csv", GW_PROCESSED.encode("utf-8")), ("iisystem.dat", GW_IISYSTEM)]
)
def test_both_gleditsch_ward_layouts_give_the_same_spells(
    store_path: Path, tmp_path: Path, name: str, content: bytes
) -> None:
    (report,) = import_states(write(tmp_path, name, content), "gw", db=store_path)
    assert report.layout == ("iisystem" if name.endswith(".dat") else "states-processed")
    found = rows(store_path, "SELECT code, name, start_date, end_date FROM state_spells ORDER BY code")
    assert [(r["code"], r["name"], r["start_date"]) for r in found] == [
        (2, "United States of America", dt.date(1900, 1, 1)), (200, "United Kingdom", dt.date(1900, 1, 1)),
        (260, "German Federal Republic", dt.date(1949, 9, 21)), (437, "Côte d'Ivoire", dt.date(1940, 8, 7)),
    ]


def test_a_file_of_the_other_system_says_which_system_to_use(store_path: Path, tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="import it with --system gw"):
        import_states(write(tmp_path, "iisystem.dat", GW_IISYSTEM), "cow", db=store_path)
    with pytest.raises(DataFileError, match="import it with --system cow"):
        import_states(write(tmp_path, "states2016.csv", COW_STATES), "gw", db=store_path)
    with pytest.raises(ValueError, match="cow, gw"):
        import_states(write(tmp_path, "states2016.csv", COW_STATES), "ksg", db=store_path)


def test_bad_spells_are_reported_by_line_and_column(store_path: Path, tmp_path: Path) -> None:
    lines = COW_STATES.splitlines()
    lines[2] = lines[2].replace("1900,1,1,1950,12,31", "1900,2,30,1950,12,31")  # no 30 February: line 3
    lines[6] = lines[6].replace("1918,11,12,1938,3,13", "1918,11,12,1917,3,13")  # Austria ends before it begins
    lines.append("FRN,220,France,1940,1,1,1941,1,1,2016")  # overlaps France's first spell: line 13
    path = write(tmp_path, "states2016.csv", "\n".join(lines) + "\n")
    before = snapshot(store_path)
    with pytest.raises(DataFileError) as caught:
        import_states(path, "cow", db=store_path)
    assert caught.value.problems == [
        Problem(str(path), 3, "stday", "is 30, a day that does not exist in 1900-02"),
        Problem(str(path), 7, "endyear", "ends (1917-03-13) before it begins (1918-11-12)"),
        Problem(str(path), 13, "styear",
                "begins (1940-01-01) before the spell of the same state on line 4 ends (1940-06-22)"),
    ]
    assert snapshot(store_path) == before


def test_a_repeated_state_year_is_a_problem(store_path: Path, tmp_path: Path) -> None:
    text = cow_system() + "USA,2,1900,2016\n"
    with pytest.raises(DataFileError) as caught:
        import_states(write(tmp_path, "system2016.csv", text), "cow", db=store_path)
    (problem,) = caught.value.problems
    assert (problem.line, problem.field, problem.message) == (
        len(text.splitlines()), "year", "repeats the state-year of line 2")


def test_a_bad_iso_date_names_its_column(store_path: Path, tmp_path: Path) -> None:
    text = GW_PROCESSED.replace("1949-09-21", "1949-21-09")
    with pytest.raises(DataFileError) as caught:
        import_states(write(tmp_path, "gw.csv", text), "gw", db=store_path)
    assert [(p.line, p.field, p.message) for p in caught.value.problems] == [
        (4, "startdate", "is '1949-21-09', not a date (YYYY-MM-DD)")]


def test_a_new_list_of_a_system_replaces_the_old(store_path: Path, tmp_path: Path) -> None:
    import_states(write(tmp_path, "states2016.csv", COW_STATES), "cow", db=store_path)
    shorter = "\n".join(COW_STATES.splitlines()[:3]) + "\n"
    (report,) = import_states(write(tmp_path, "states2011.csv", shorter), "cow", db=store_path)
    assert report.status == "replaced"
    assert rows(store_path, "SELECT count(*) AS n FROM state_spells")[0]["n"] == 2
    assert [f["name"] for f in imported_files(store_path)] == ["states2011.csv"]


@pytest.mark.shared_data
def test_the_real_lists_import_whole(shared_data: Path, store_path: Path) -> None:
    cow = import_states([shared_data / "cow" / n for n in ("states2016.csv", "system2016.csv", "majors2016.csv")],
                        "cow", db=store_path)
    (gw,) = import_states(shared_data / "gw" / "gw_states_processed.csv", "gw", db=store_path)
    counts = {r.name: (r.rows_stored, r.rows_skipped) for r in [*cow, gw]}
    for report in [*cow, gw]:
        path = shared_data / ("gw" if report.dataset == "gw" else "cow") / report.name
        lines = path.read_text(encoding="utf-8").splitlines()
        assert counts[report.name] == (len(lines) - 1, 0)
    assert counts["states2016.csv"] == (243, 0)
    assert {r.version for r in cow} == {"2016"}
