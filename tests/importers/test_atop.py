"""ATOP's files: layouts and versions told from the header, dates at their own precision, endings mapped through
the one table, every bad row named by file, line and column, one transaction per file."""

from __future__ import annotations

import csv
import gzip
import hashlib
from pathlib import Path

import pytest

from foedus.codings import ATOP_TERMINATION_MODES, atop_ending
from foedus.errors import DataFileError, Problem
from foedus.importers import import_atop
from tests.importers.helpers import import_real_data, rows, snapshot
from tests.importers.synthetic import (
    ATOP_ALLIANCES,
    ATOP_MEMBERS,
    PLEDGES,
    atop_dyad_years,
    write,
)


def test_alliance_dates_keep_their_precision_and_never_invent_a_day(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_atop(write(tmp_path, "atop4_01a.csv", ATOP_ALLIANCES), db=store_path)
    assert (report.layout, report.version, report.rows_stored, report.status) == ("alliances", "4.01", 4, "imported")
    found = {r["atopid"]: r for r in rows(store_path, "SELECT * FROM atop_alliances")}
    assert (found[1001]["began"], found[1001]["began_precision"], found[1001]["ended"]) == ("1904-04-08", "day", None)
    assert found[1001]["in_effect"] is True
    # 1920.0 is 1920; day 0 is unknown (a month's precision); month and day -9 leave the year alone
    assert (found[1002]["began"], found[1002]["began_year"], found[1002]["began_day"]) == ("1920-05", 1920, None)
    assert (found[1002]["began_precision"], found[1002]["ended"], found[1002]["ended_precision"]) == (
        "month", "1930", "year")
    assert (found[1002]["ended_month"], found[1002]["ended_day"]) == (None, None)
    assert found[1003]["neutral"] is True and found[1003]["defense"] is False


def test_member_phases_in_effect_have_no_end_and_codes_written_as_floats_are_integers(
    store_path: Path, tmp_path: Path
) -> None:
    import_atop(write(tmp_path, "atop4_01m.csv", ATOP_MEMBERS), db=store_path)
    found = rows(store_path, "SELECT atopid, ccode, exited, exited_year, entered, entered_precision FROM atop_members")
    assert {(r["atopid"], r["ccode"]) for r in found} >= {(1002, 2), (1002, 200)}
    uk_france = [r for r in found if r["atopid"] == 1001]
    assert {(r["exited"], r["exited_year"]) for r in uk_france} == {(None, None)}
    usa = next(r for r in found if (r["atopid"], r["ccode"]) == (1002, 2))
    assert (usa["entered"], usa["entered_precision"]) == ("1920-05", "month")


def test_termination_codes_are_kept_raw_and_mapped_through_the_one_table(store_path: Path, tmp_path: Path) -> None:
    import_atop(write(tmp_path, "atop4_01m.csv", ATOP_MEMBERS), db=store_path)
    found = rows(store_path, "SELECT atopid, ccode, termmode, termcaus, ending FROM atop_members")
    assert all(r["ending"] == atop_ending(r["termmode"], r["termcaus"]) for r in found)
    by_member = {(r["atopid"], r["ccode"]): r["ending"] for r in found}
    assert by_member[(1003, 200)] == "violated"  # early end, war between members
    assert by_member[(1003, 390)] == "dissolved_jointly"  # early end, purpose achieved: not a breach
    assert by_member[(1004, 344)] == "lost_independence"
    assert by_member[(1002, 2)] == "expired"
    assert by_member[(1001, 200)] == "in_force"


@pytest.mark.parametrize(
    ("name", "header_change", "version", "expected"),
    [
        ("atop4_01m.csv", None, None, "4.01"),  # the version column (4.01)
        ("members.csv", None, None, "4.01"),  # ... wherever the file's name
        ("members.csv", "drop-version", None, "4"),  # cowsys/cow4id: an ATOP 4 file
        ("atop5_1m.csv", "drop-version-and-cow", None, "5.1"),  # the name
        ("members.csv", "drop-version-and-cow", None, "5"),  # neither: ATOP 5
        ("atop4_01m.csv", None, "4.0", "4.0"),  # --version wins
    ],
)
def test_version_is_read_from_the_header_then_the_name(
    store_path: Path, tmp_path: Path, name: str, header_change: str | None, version: str | None, expected: str
) -> None:
    lines = ATOP_MEMBERS.splitlines()
    table = [line.split(",") for line in lines]
    drop = {"drop-version": {"version"}, "drop-version-and-cow": {"version", "cowid", "cow4id", "cowsys"}}.get(
        header_change or "", set())
    keep = [i for i, column in enumerate(table[0]) if column not in drop]
    text = "\n".join(",".join(row[i] for i in keep) for row in table) + "\n"
    (report,) = import_atop(write(tmp_path, name, text), db=store_path, version=version)
    assert (report.layout, report.version) == ("members", expected)
    assert {r["version"] for r in rows(store_path, "SELECT version FROM atop_members")} == {expected}


def test_layouts_are_told_apart_by_the_header(store_path: Path, tmp_path: Path) -> None:
    files = {
        "a.csv": (ATOP_ALLIANCES, False, "alliances"),
        "m.csv": (ATOP_MEMBERS, False, "members"),
        "atop4_01ddyr.csv": (atop_dyad_years(), False, "dyad-years"),
        "atop5_1_ddy_processed.csv.gz": (atop_dyad_years(processed=True), True, "dyad-years-processed"),
    }
    for name, (text, compress, layout) in files.items():
        (report,) = import_atop(write(tmp_path, name, text, compress=compress), db=store_path)
        assert report.layout == layout
    with pytest.raises(DataFileError) as caught:
        import_atop(write(tmp_path, "other.csv", "a,b,c\n1,2,3\n"), db=store_path)
    assert caught.value.problems[0].line == 1 and "not an ATOP file" in caught.value.problems[0].message


def test_processed_dyad_years_are_gzip_with_floats_and_store_integers(store_path: Path, tmp_path: Path) -> None:
    text = atop_dyad_years(processed=True)
    (report,) = import_atop(write(tmp_path, "atop5_1_ddy_processed.csv.gz", text, compress=True), db=store_path)
    assert (report.version, report.rows_stored, report.coverage) == ("5.1", len(text.splitlines()) - 1, (1904, 1941))
    stored = rows(store_path, "SELECT ccode1, ccode2, year, defense, consul FROM atop_dyad_years WHERE year = 1904")
    assert {(r["ccode1"], r["ccode2"], r["defense"], r["consul"]) for r in stored} == {
        (200, 220, True, False), (220, 200, False, True),
    }


def test_every_import_is_recorded_with_name_size_sha256_layout_version_and_counts(
    store_path: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, "atop4_01m.csv", ATOP_MEMBERS)
    import_atop(path, db=store_path)
    (record,) = rows(store_path, "SELECT * FROM imported_files")
    assert record["name"] == "atop4_01m.csv" and record["size"] == path.stat().st_size
    assert record["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (record["layout"], record["version"], record["dataset"], record["target"]) == (
        "members", "4.01", "atop", "atop_members")
    assert (record["rows_read"], record["rows_stored"], record["rows_skipped"]) == (8, 8, 0)
    assert (record["coverage_start"], record["coverage_end"]) == (1904, 1941)


def test_importing_the_same_file_again_replaces_its_rows(store_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "atop4_01m.csv", ATOP_MEMBERS)
    (first,) = import_atop(path, db=store_path)
    before = snapshot(store_path)
    (second,) = import_atop(path, db=store_path)
    assert (first.status, second.status) == ("imported", "replaced")
    after = snapshot(store_path)
    assert {k: v for k, v in after.items() if k != "imported_files"} == {
        k: v for k, v in before.items() if k != "imported_files"}
    assert len(after["imported_files"]) == 1


BAD_ALLIANCES = """\
atopid,cowid,cow4id,begyr,begmo,begday,endyr,endmo,endday,ineffect,bilat,defense,offense,neutral,nonagg,consul,version
1001,,,1904,4,8,0,0,0,1,1,1,0,0,0,1,4.01
1002,,,18x0,5,0,1930,-9,-9,0,1,0,0,0,1,0,4.01
1003,,,1910,2,30,1912,12,31,0,1,0,0,1,0,0,4.01
1004,,,1941,5,1,1941,11,1,0,1,2,0,0,0,1,4.01
1005,,,1941,5,1,1941,11,1,0,1,0,0,0,0
1006,,,1950,1,1,1940,1,1,0,1,0,0,0,0,1,4.01
1001,,,1904,4,8,0,0,0,1,1,1,0,0,0,1,4.01
1007,,,1941,0,15,1941,11,1,0,1,0,0,0,0,1,4.01
1008,,,1941.5,1,1,1941,11,1,0,1,0,0,0,0,1,4.01
"""


def test_bad_rows_are_reported_by_file_line_and_column_and_nothing_is_stored(store_path: Path, tmp_path: Path) -> None:
    import_atop(write(tmp_path, "atop4_01m.csv", ATOP_MEMBERS), db=store_path)
    before = snapshot(store_path)
    path = write(tmp_path, "atop4_01a.csv", BAD_ALLIANCES)
    with pytest.raises(DataFileError) as caught:
        import_atop(path, db=store_path)
    file = str(path)
    assert caught.value.problems == [
        Problem(file, 3, "begyr", "is '18x0', not a number"),
        Problem(file, 4, "begday", "is 30, a day that does not exist in 1910-02"),
        Problem(file, 5, "defense", "is '2', not 0 or 1"),
        Problem(file, 6, "", "has 15 values; the file has 17 columns"),
        Problem(file, 7, "endyr", "ends (1940-01-01) before it begins (1950-01-01)"),
        Problem(file, 8, "atopid", "repeats the atopid of line 2"),
        Problem(file, 9, "begday", "is 15 but the month is unknown: a day needs a month (write 0 or -9 for an "
                                   "unknown day)"),
        Problem(file, 10, "begyr", "is '1941.5', not a whole number"),
    ]
    assert snapshot(store_path) == before


def test_skip_bad_rows_stores_the_good_rows_and_reports_and_counts_the_bad(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_atop(write(tmp_path, "atop4_01a.csv", BAD_ALLIANCES), db=store_path, skip_bad_rows=True)
    assert (report.rows_read, report.rows_stored, report.rows_skipped) == (9, 1, 8)
    assert sorted({p.line for p in report.problems}) == [3, 4, 5, 6, 7, 8, 9, 10]
    (record,) = rows(store_path, "SELECT rows_read, rows_stored, rows_skipped FROM imported_files")
    assert record == {"rows_read": 9, "rows_stored": 1, "rows_skipped": 8}
    assert [r["atopid"] for r in rows(store_path, "SELECT atopid FROM atop_alliances")] == [1001]


def test_a_termmode_outside_the_table_names_the_column(store_path: Path, tmp_path: Path) -> None:
    text = ATOP_MEMBERS.replace("1941,9,30,0,1,1,4,2,", "1941,9,30,0,1,1,7,2,")  # Croatia's termmode: 7
    path = write(tmp_path, "atop4_01m.csv", text)
    with pytest.raises(DataFileError) as caught:
        import_atop(path, db=store_path)
    (problem,) = caught.value.problems
    assert (problem.line, problem.field) == (8, "termmode")
    assert "ATOP_TERMINATION_MODES" in problem.message


def test_line_numbers_stay_exact_across_blank_lines_and_quoted_line_breaks(store_path: Path, tmp_path: Path) -> None:
    lines = ATOP_ALLIANCES.splitlines()
    quoted = lines[1].replace(",,,1904", ',"a\nnote",,1904')
    bad = lines[3].replace("1910,1,1", "1910,13,1")
    text = "\n".join([lines[0], quoted, "", lines[2], bad]) + "\n"
    with pytest.raises(DataFileError) as caught:
        import_atop(write(tmp_path, "atop4_01a.csv", text), db=store_path)
    assert [(p.line, p.field) for p in caught.value.problems] == [(6, "begmo")]


def test_duplicate_directed_dyad_years_and_self_dyads_are_problems(store_path: Path, tmp_path: Path) -> None:
    text = atop_dyad_years()
    lines = text.splitlines()
    assert lines[1].startswith("2200,2,200,1920,")
    text += lines[1] + "\n" + lines[1].replace("2200,2,200,", "200200,200,200,") + "\n"
    with pytest.raises(DataFileError) as caught:
        import_atop(write(tmp_path, "atop4_01ddyr.csv", text), db=store_path)
    end = len(lines)
    assert [(p.line, p.field, p.message) for p in caught.value.problems] == [
        (end + 1, "year", "repeats the directed dyad-year of line 2"),
        (end + 2, "stateB", "is the same state as 200"),
    ]


@pytest.mark.parametrize("content", [b"", b"\n\n", b"\x1f\x8bnot gzip", b"atopid,begyr\n", b"\x00\x01\x02binary"])
def test_empty_broken_and_binary_files_are_data_file_errors(store_path: Path, tmp_path: Path, content: bytes) -> None:
    before = snapshot(store_path)
    with pytest.raises(DataFileError):
        import_atop(write(tmp_path, "atop4_01a.csv", content), db=store_path)
    assert snapshot(store_path) == before


def test_a_missing_required_column_is_named(store_path: Path, tmp_path: Path) -> None:
    text = "\n".join(",".join(line.split(",")[:-2]) for line in ATOP_ALLIANCES.splitlines()) + "\n"  # no consul
    with pytest.raises(DataFileError) as caught:
        import_atop(write(tmp_path, "atop4_01a.csv", text), db=store_path)
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (1, "has no column 'consul', which the atop alliances layout needs")]


def test_one_way_pledges_are_stored_one_way(store_path: Path, tmp_path: Path) -> None:
    import_atop(write(tmp_path, "atop4_01ddyr.csv", atop_dyad_years()), db=store_path)
    found = rows(store_path, "SELECT ccode1, ccode2, defense, consul FROM atop_dyad_years WHERE year = 1910 "
                             "AND 220 IN (ccode1, ccode2)")
    assert {(r["ccode1"], r["ccode2"], r["defense"], r["consul"]) for r in found} == {
        (200, 220, True, False), (220, 200, False, True)}
    assert len(PLEDGES) == 8


# --- the real files --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_store(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return import_real_data(shared_data, tmp_path_factory.mktemp("real") / "foedus.duckdb")


def _csv_rows(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.shared_data
def test_atop_401_imports_every_alliance_and_member_phase(shared_data: Path, real_store: Path) -> None:
    alliances = _csv_rows(shared_data / "atop" / "atop4_01a.csv")
    members = _csv_rows(shared_data / "atop" / "atop4_01m.csv")
    counts = rows(real_store, """SELECT (SELECT count(*) FROM atop_alliances) AS a,
                                        (SELECT count(*) FROM atop_members) AS m,
                                        (SELECT count(DISTINCT atopid) FROM atop_alliances) AS ids""")[0]
    assert (counts["a"], counts["m"]) == (len(alliances), len(members)) == (745, 2398)
    assert counts["ids"] == len({r["atopid"] for r in alliances})
    files = {r["name"]: r for r in rows(real_store, "SELECT * FROM imported_files")}
    assert files["atop4_01a.csv"]["version"] == files["atop4_01m.csv"]["version"] == "4.01"
    assert files["atop5_1_ddy_processed.csv.gz"]["rows_stored"] == 273_296
    # yrexit = 0 is still in effect: no end is stored
    in_effect = sum(1 for r in members if r["yrexit"] == "0")
    assert rows(real_store, "SELECT count(*) AS n FROM atop_members WHERE exited IS NULL")[0]["n"] == in_effect


@pytest.mark.shared_data
def test_termmode_table_covers_every_termmode_in_the_member_file(shared_data: Path, real_store: Path) -> None:
    seen = {int(r["termmode"]) for r in _csv_rows(shared_data / "atop" / "atop4_01m.csv") if r["termmode"].strip()}
    assert seen <= set(ATOP_TERMINATION_MODES)
    stored = rows(real_store, "SELECT termmode, termcaus, ending, count(*) AS n FROM atop_members GROUP BY ALL")
    assert all(r["ending"] == atop_ending(r["termmode"], -9 if r["termcaus"] is None else r["termcaus"])
               for r in stored)
    assert {r["termmode"] for r in stored} == seen


def test_atop_5_1_dyad_years_in_the_published_layout_import_as_5_1(store_path: Path, tmp_path: Path) -> None:
    """atop5_1ddyr.csv as atopdata.org publishes it (what `foedus download atop` brings): no version column."""
    lines = atop_dyad_years().splitlines()
    header = lines[0].split(",")
    keep = [i for i, column in enumerate(header) if column != "version"]
    text = "\n".join(",".join(line.split(",")[i] for i in keep) for line in lines) + "\n"
    (report,) = import_atop(write(tmp_path, "atop5_1ddyr.csv", text), db=store_path)
    assert (report.layout, report.version, report.rows_stored) == ("dyad-years", "5.1", len(lines) - 1)
    stored = rows(store_path, "SELECT DISTINCT version FROM atop_dyad_years")
    assert [r["version"] for r in stored] == ["5.1"]
