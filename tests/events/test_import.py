"""Importing event files: layouts, bad rows with file and line, duplicates, all-or-none files, country mapping."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foedus.cli import cli
from foedus.errors import DataFileError
from foedus.events.dataset import default_events_dir, parquet_files
from foedus.events.ingest import expand_paths, import_events
from foedus.events.layouts import GDELT1_COLUMNS, GDELT2_COLUMNS, ICEWS_COLUMNS
from tests.events.files import GDELT1_57, gdelt_row, icews_row, write_gdelt, write_icews
from tests.importers.helpers import snapshot


def stored(store_path: Path) -> list[tuple[object, ...]]:
    """Return the stored events (id, date, actor ccodes, code, quad, Goldstein), ordered by id."""
    files = [str(p) for p in parquet_files(default_events_dir(store_path))]
    if not files:
        return []
    return duckdb.sql(
        f"""SELECT event_id, date::VARCHAR, actor1_ccode, actor2_ccode, event_code, quad_class, goldstein
            FROM read_parquet({files!r}) ORDER BY event_id"""
    ).fetchall()


def test_a_clean_file_is_stored_with_cow_codes(store_path: Path, tmp_path: Path) -> None:
    path = write_gdelt(tmp_path / "20230321.export.CSV", [
        gdelt_row(1, "20230321", "CHN", "RUS", "057", "1", "8.0"),
        gdelt_row(2, "20230321", "RUS", "CHN", "036", "1", "4.0"),
        gdelt_row(3, "20230322", "USA", "", "173", "4", "-5.0"),
    ])
    (report,) = import_events("gdelt2", [path], db=store_path)
    assert (report.status, report.rows_read, report.rows_stored, report.rows_bad) == ("imported", 3, 2, 1)
    (problem,) = report.problems  # an event with one actor is no relation between two: refused, never NULL
    assert (problem.line, problem.field) == (3, "Actor2Code") and "required" in problem.message
    assert (str(report.first_date), str(report.last_date)) == ("2023-03-21", "2023-03-21")
    assert stored(store_path) == [(1, "2023-03-21", 710, 365, "057", 1, 8.0),
                                  (2, "2023-03-21", 365, 710, "036", 1, 4.0)]
    folders = {p.parent.relative_to(default_events_dir(store_path)).as_posix()
               for p in parquet_files(default_events_dir(store_path))}
    assert folders == {"source=gdelt2/year=2023/month=3"}


def test_a_date_that_does_not_exist_is_a_bad_row_with_its_line(store_path: Path, tmp_path: Path) -> None:
    path = write_gdelt(tmp_path / "x.CSV", [gdelt_row(1, "20230228", "CHN", "RUS"),
                                            gdelt_row(2, "20230230", "CHN", "RUS"),
                                            gdelt_row(3, "20230301", "CHN", "RUS")])
    (report,) = import_events("gdelt2", [path], db=store_path)
    assert (report.rows_read, report.rows_stored, report.rows_bad) == (3, 2, 1)
    (problem,) = report.problems
    assert (problem.file, problem.line, problem.field) == (str(path), 2, "SQLDATE")
    assert "'20230230', not a date that exists (YYYYMMDD)" in problem.message
    assert [r[0] for r in stored(store_path)] == [1, 3]


def test_a_row_with_the_wrong_number_of_columns_is_a_bad_row(store_path: Path, tmp_path: Path) -> None:
    short = "\t".join(gdelt_row(2, "20230301", "CHN", "RUS").split("\t")[:40])
    path = write_gdelt(tmp_path / "x.CSV", [gdelt_row(1, "20230301", "CHN", "RUS"), short,
                                            gdelt_row(3, "20230301", "CHN", "RUS") + "\textra"])
    (report,) = import_events("gdelt2", [path], db=store_path)
    assert (report.rows_stored, report.rows_bad) == (1, 2)
    assert [(p.line, p.message) for p in report.problems] == [
        (2, "has 40 values; the file has 61 columns"), (3, "has 62 values; the file has 61 columns")]


def test_a_file_with_the_wrong_column_count_stores_nothing(store_path: Path, tmp_path: Path) -> None:
    gdelt1 = write_gdelt(tmp_path / "20160312.export.CSV", [gdelt_row(1, "20160312", "CHN", "RUS",
                                                                      columns=GDELT1_COLUMNS)])
    before = snapshot(store_path)
    with pytest.raises(DataFileError, match=r"has 58 tab-separated columns; a GDELT 2.0 events file has 61"):
        import_events("gdelt2", [gdelt1], db=store_path)
    assert snapshot(store_path) == before and stored(store_path) == []


def test_gdelt1_accepts_its_57_and_58_column_files(store_path: Path, tmp_path: Path) -> None:
    old = write_gdelt(tmp_path / "1985.csv", [gdelt_row(1, "19850101", "DEU", "USA", columns=GDELT1_57)])
    new = write_gdelt(tmp_path / "20160312.export.CSV", [gdelt_row(2, "20160312", "DEU", "USA",
                                                                   columns=GDELT1_COLUMNS)])
    reports = import_events("gdelt1", [old, new], db=store_path)
    assert [r.rows_stored for r in reports] == [1, 1]
    # DEU is the German Federal Republic (260) in 1985 and Germany (255) after reunification
    assert [(r[0], r[2]) for r in stored(store_path)] == [(1, 260), (2, 255)]


def test_an_unknown_cameo_code_is_kept_and_counted_a_malformed_one_is_a_bad_row(
    store_path: Path, tmp_path: Path
) -> None:
    path = write_gdelt(tmp_path / "x.CSV", [
        gdelt_row(1, "20230301", "CHN", "RUS", "0999", "2", "1.0"),  # CAMEO's shape, not in the table
        gdelt_row(2, "20230301", "CHN", "RUS", "2105", "4", "-10.0"),  # root 21 does not exist
        gdelt_row(3, "20230301", "CHN", "RUS", "0872", "2", "9.0"),  # in the table, its description damaged
    ])
    (report,) = import_events("gdelt2", [path], db=store_path)
    assert (report.rows_stored, report.rows_bad, report.unknown_codes) == (2, 1, {"0999": 1})
    (problem,) = report.problems
    assert (problem.line, problem.field) == (2, "EventCode") and "'2105', not a CAMEO event code" in problem.message


def test_a_goldstein_score_off_the_scale_is_a_bad_row_with_its_line(store_path: Path, tmp_path: Path) -> None:
    path = write_gdelt(tmp_path / "x.CSV", [gdelt_row(7, "20230301", "CHN", "RUS"),
                                            gdelt_row(8, "20230301", "CHN", "RUS", goldstein="12.5")])
    (report,) = import_events("gdelt2", [path], db=store_path)
    assert report.rows_stored == 1
    assert [(p.line, p.field, p.message) for p in report.problems] == [
        (2, "GoldsteinScale", "is '12.5', not a Goldstein score (-10 to 10, in tenths)")]


def test_strict_refuses_a_file_with_a_bad_row(store_path: Path, tmp_path: Path) -> None:
    path = write_gdelt(tmp_path / "x.CSV", [gdelt_row(1, "20230301", "CHN", "RUS"), gdelt_row(2, "2023", "CHN", "RUS")])
    before = snapshot(store_path)
    with pytest.raises(DataFileError, match=r"x.CSV:2: SQLDATE: is '2023'"):
        import_events("gdelt2", [path], db=store_path, strict=True)
    assert snapshot(store_path) == before and stored(store_path) == []


def test_a_file_imported_twice_adds_nothing(store_path: Path, tmp_path: Path) -> None:
    path = write_gdelt(tmp_path / "x.CSV", [gdelt_row(1, "20230301", "CHN", "RUS")])
    import_events("gdelt2", [path], db=store_path)
    files_before, rows_before = parquet_files(default_events_dir(store_path)), snapshot(store_path)
    (again,) = import_events("gdelt2", [path], db=store_path)
    assert again.status == "already imported" and "nothing added" in str(again)
    assert parquet_files(default_events_dir(store_path)) == files_before and snapshot(store_path) == rows_before


def test_overlapping_files_store_each_event_once(store_path: Path, tmp_path: Path) -> None:
    first = write_gdelt(tmp_path / "a.CSV", [gdelt_row(i, "20230301", "CHN", "RUS") for i in (1, 2, 3)])
    second = write_gdelt(tmp_path / "b.CSV", [gdelt_row(i, "20230301", "CHN", "RUS") for i in (3, 4, 4)])
    import_events("gdelt2", [first], db=store_path)
    (report,) = import_events("gdelt2", [second], db=store_path)
    assert (report.rows_read, report.rows_stored, report.rows_duplicate) == (3, 1, 2)
    assert [r[0] for r in stored(store_path)] == [1, 2, 3, 4]
    third = write_gdelt(tmp_path / "c.CSV", [gdelt_row(i, "20230301", "CHN", "RUS") for i in (5, 6)])
    fourth = write_gdelt(tmp_path / "d.CSV", [gdelt_row(i, "20230301", "CHN", "RUS") for i in (6, 7)])
    reports = import_events("gdelt2", [third, fourth], db=store_path)  # one batch: the first file's copy wins
    assert [(r.rows_stored, r.rows_duplicate) for r in reports] == [(2, 0), (1, 1)]
    assert [r[0] for r in stored(store_path)] == [1, 2, 3, 4, 5, 6, 7]


def test_a_batch_of_files_is_stored_a_file_a_month(store_path: Path, tmp_path: Path) -> None:
    files = [write_gdelt(tmp_path / f"2023020{k}.export.CSV", [gdelt_row(10 * k + i, f"2023020{k}", "CHN", "RUS")
                                                                for i in range(3)]) for k in range(1, 6)]
    files.append(write_gdelt(tmp_path / "20230206.export.CSV", [gdelt_row(99, "20190505", "RUS", "CHN")]))  # old
    reports = import_events("gdelt2", files, db=store_path)
    assert [r.rows_stored for r in reports] == [3, 3, 3, 3, 3, 1]
    parts = parquet_files(default_events_dir(store_path))
    named = f"part-{reports[0].sha256[:16]}"  # after the batch's first file: recorded with it, or not at all
    assert [(p.parent.parent.name, p.parent.name, p.name.startswith(named)) for p in parts] == [
        ("year=2019", "month=5", True), ("year=2023", "month=2", True)]
    assert len(stored(store_path)) == 16


def test_zip_gz_globs_and_folders(store_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "gdelt"
    folder.mkdir()
    write_gdelt(folder / "20230301.export.CSV.zip", [gdelt_row(1, "20230301", "CHN", "RUS")])
    write_gdelt(folder / "20230302.export.CSV.gz", [gdelt_row(2, "20230302", "CHN", "RUS")])
    (folder / "README.md").write_text("not an event file", encoding="utf-8")
    assert [p.name for p in expand_paths([folder])] == ["20230301.export.CSV.zip", "20230302.export.CSV.gz"]
    assert [p.name for p in expand_paths([str(folder / "*.zip")])] == ["20230301.export.CSV.zip"]
    reports = import_events("gdelt2", [folder], db=store_path)
    assert [r.rows_stored for r in reports] == [1, 1]
    with pytest.raises(DataFileError, match="matches no file"):
        expand_paths([str(folder / "*.tab")])


def test_a_truncated_zip_stores_nothing(store_path: Path, tmp_path: Path) -> None:
    whole = write_gdelt(tmp_path / "20230301.export.CSV.zip",
                        [gdelt_row(i, "20230301", "CHN", "RUS") for i in range(1, 200)])
    cut = tmp_path / "cut.export.CSV.zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    good = write_gdelt(tmp_path / "good.CSV", [gdelt_row(500, "20230301", "CHN", "RUS")])
    before = snapshot(store_path)
    with pytest.raises(DataFileError, match=r"cut.export.CSV.zip: is not a complete zip archive"):
        import_events("gdelt2", [good, cut], db=store_path)
    assert snapshot(store_path) == before and stored(store_path) == []


def test_icews_names_map_to_states_and_other_places_are_counted(store_path: Path, tmp_path: Path) -> None:
    path = write_icews(tmp_path / "events.2018.tab", [
        icews_row(10, "2018-06-01", "China", "Russia", "036", "4"),
        icews_row(11, "2018-06-01", "Russian Federation", "China", "1056", "-5"),
        icews_row(12, "2018-06-02", "Occupied Palestinian Territory", "NA", "173", "-5"),
    ])
    (report,) = import_events("icews", [path], db=store_path)
    assert (report.rows_stored, report.actors_unmapped, report.unknown_codes) == (3, 1, {"1056": 1})
    assert [(r[2], r[3], r[5]) for r in stored(store_path)] == [(710, 365, 1), (365, 710, 3), (None, None, 4)]


def test_an_icews_file_with_another_header_stores_nothing(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "events.tab"
    path.write_text("\t".join(reversed(ICEWS_COLUMNS)) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="does not have the ICEWS header"):
        import_events("icews", [path], db=store_path)


def test_import_list_shows_event_files_with_rows_dates_and_sha256(store_path: Path, tmp_path: Path) -> None:
    path = write_gdelt(tmp_path / "20230321.export.CSV", [gdelt_row(1, "20230321", "CHN", "RUS")])
    runner = CliRunner()
    imported = runner.invoke(cli, ["import", "events", "gdelt2", str(path), "--db", str(store_path)])
    assert imported.exit_code == 0, imported.output
    assert "gdelt2: imported 1 of 1 events, 2023-03-21–2023-03-21" in imported.output
    listed = runner.invoke(cli, ["import", "list", "--db", str(store_path)])
    assert listed.exit_code == 0, listed.output
    line = next(x for x in listed.output.splitlines() if "20230321.export.CSV" in x)
    assert "gdelt2" in line and "2023-03-21–2023-03-21" in line and "events" in line


def test_the_cli_reports_bad_files_cleanly(store_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["import", "events", "gdelt2", str(tmp_path / "missing.CSV"),
                                      "--db", str(store_path)])
    assert result.exit_code == 1 and "no such file or folder" in result.output and "Traceback" not in result.output


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(2000, 2030), st.integers(1, 13), st.integers(1, 32)), min_size=1,
                max_size=12))
def test_every_row_is_either_stored_or_reported(tmp_path_factory: pytest.TempPathFactory, _prepared_store: Path,
                                                dates: list[tuple[int, int, int]]) -> None:
    import datetime as dt

    folder = tmp_path_factory.mktemp("prop")
    store_path = folder / "foedus.duckdb"
    shutil.copy(_prepared_store, store_path)
    rows = [gdelt_row(i + 1, f"{y:04d}{m:02d}{d:02d}", "CHN", "RUS") for i, (y, m, d) in enumerate(dates)]

    def exists(y: int, m: int, d: int) -> bool:
        try:
            dt.date(y, m, d)
        except ValueError:
            return False
        return True

    valid = [i + 1 for i, day in enumerate(dates) if exists(*day)]
    (report,) = import_events("gdelt2", [write_gdelt(folder / "p.CSV", rows)], db=store_path)
    assert report.rows_read == len(rows) and report.rows_stored + report.rows_bad == len(rows)
    assert [r[0] for r in stored(store_path)] == valid
    assert sorted(p.line for p in report.problems) == [i + 1 for i, day in enumerate(dates) if not exists(*day)]


@pytest.mark.shared_data
def test_the_real_samples_import(shared_data: Path, store_path: Path) -> None:
    events = shared_data / "events"
    reports = [*import_events("gdelt1", [events / "gdelt1_events_sample.tsv"], db=store_path),
               *import_events("gdelt2", [events / "gdelt2_events_sample.tsv"], db=store_path),
               *import_events("icews", [events / "icews_events_2018_sample.tab"], db=store_path)]
    one_actor = {name: sum(1 for line in (events / name).read_text(encoding="utf-8").splitlines()
                           if not line.split("\t")[5] or not line.split("\t")[15])
                 for name in ("gdelt1_events_sample.tsv", "gdelt2_events_sample.tsv")}
    assert one_actor == {"gdelt1_events_sample.tsv": 12, "gdelt2_events_sample.tsv": 17}
    assert [(r.source, r.rows_read, r.rows_stored, r.rows_bad) for r in reports] == [
        ("gdelt1", 50, 38, 12), ("gdelt2", 50, 33, 17), ("icews", 3705, 3705, 0)]  # one actor: refused, reported
    assert all(p.field in ("Actor1Code", "Actor2Code") and p.message.startswith("is empty: a required field")
               for r in reports for p in r.problems)
    assert reports[2].unknown_codes == {"0251": 1, "0256": 2, "1056": 2, "1243": 1, "129": 8}
    assert len(GDELT2_COLUMNS) == 61


def test_a_damaged_gzip_in_a_batch_stores_nothing(store_path: Path, tmp_path: Path) -> None:
    import gzip

    good = write_gdelt(tmp_path / "a.export.CSV.gz", [gdelt_row(1, "20230301", "CHN", "RUS")])
    text = "".join(gdelt_row(i, "20230302", "CHN", "RUS") + "\n" for i in range(10, 5000)).encode("utf-8")
    packed = gzip.compress(text)
    (tmp_path / "b.export.CSV.gz").write_bytes(packed[: len(packed) // 2])
    with pytest.raises(DataFileError, match=r"b.export.CSV.gz: is not a complete gzip file"):
        import_events("gdelt2", [good, tmp_path / "b.export.CSV.gz"], db=store_path)
    assert stored(store_path) == []  # found by the scan, before any file is stored: as a damaged zip


def test_the_package_exports_what_it_says() -> None:
    import foedus.events

    assert sorted(foedus.events.__all__) == sorted(dir(foedus.events))
    assert all(getattr(foedus.events, name) is not None for name in foedus.events.__all__)


def test_repeated_ids_far_apart_are_found_too(store_path: Path, tmp_path: Path) -> None:
    far = 10**12
    path = write_gdelt(tmp_path / "x.CSV", [gdelt_row(i, "20230301", "CHN", "RUS") for i in (1, far, far, 2)])
    (report,) = import_events("gdelt2", [path], db=store_path)
    assert (report.rows_stored, report.rows_duplicate) == (3, 1)
    assert [r[0] for r in stored(store_path)] == [1, 2, far]
