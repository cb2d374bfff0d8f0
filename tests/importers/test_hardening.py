"""What an attack on the importers broke (issue 10, findings 2, 13 and 15), and files that are not data files."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from foedus.errors import DataFileError
from foedus.importers import datafile, import_atop
from tests.importers.helpers import snapshot
from tests.importers.synthetic import ATOP_ALLIANCES, ATOP_MEMBERS, write

#: A value longer than DuckDB's CSV reader takes in one buffer (about 32 MB): it drops the record it is on.
HUGE = 34_000_000


def _refused(path: Path, store_path: Path, **options: object) -> DataFileError:
    before = snapshot(store_path)
    with pytest.raises(DataFileError) as caught:
        import_atop(path, db=store_path, **options)  # type: ignore[arg-type]
    assert snapshot(store_path) == before
    return caught.value


# --- finding 2: a record DuckDB's reader drops is never dropped in silence --------------------------------------------
@pytest.mark.slow
def test_a_record_the_csv_reader_drops_refuses_the_file_at_its_line(store_path: Path, tmp_path: Path) -> None:
    text = ATOP_ALLIANCES.replace("1003,,,1910", f"1003,{'x' * HUGE},,1910")
    error = _refused(write(tmp_path, "atop4_01a.csv", text), store_path)
    (problem,) = error.problems
    assert problem.line == 4  # the header, 1001, 1002, then 1003
    assert "holds 4 records but DuckDB's CSV reader read 3" in problem.message
    assert f"{HUGE:,} characters" in problem.message


@pytest.mark.slow
def test_a_dropped_record_is_refused_even_when_bad_rows_may_be_skipped(store_path: Path, tmp_path: Path) -> None:
    text = ATOP_ALLIANCES.replace("1003,,,1910", f"1003,{'x' * HUGE},,1910").replace("1002,,,1920.0", "1002,,,x")
    error = _refused(write(tmp_path, "atop4_01a.csv", text), store_path, skip_bad_rows=True)
    assert [p.line for p in error.problems] == [4]


@pytest.mark.slow
def test_a_dropped_record_is_found_when_the_first_column_is_not_one_the_layout_reads(
    store_path: Path, tmp_path: Path
) -> None:
    # The reader keeps only the columns a layout uses: the records are compared on one of those, not on c0.
    lines = ATOP_ALLIANCES.splitlines()
    text = "\n".join([f"comment,{lines[0]}", *(f",{line}" for line in lines[1:])]) + "\n"
    text = text.replace(",1003,,,1910", f"{'x' * HUGE},1003,,,1910")
    (problem,) = _refused(write(tmp_path, "atop4_01a.csv", text), store_path).problems
    assert problem.line == 4
    assert "holds 4 records but DuckDB's CSV reader read 3" in problem.message


def test_a_value_over_the_line_limit_is_refused_by_line(store_path: Path, tmp_path: Path) -> None:
    text = ATOP_ALLIANCES.replace("1003,,,1910", f"1003,{'x' * 3_000_000},,1910")
    (problem,) = _refused(write(tmp_path, "atop4_01a.csv", text), store_path).problems
    assert problem.line == 4 and "cannot be read" in problem.message


# --- finding 15: DuckDB's complaints name the file's columns ----------------------------------------------------------
@pytest.mark.parametrize(("old", "new", "column"), [("1004,,,1941", '"10"04,,,1941', "atopid"),
                                                    ("1004,,,1941", '1004,"x"y,,1941', "cowid")])
def test_an_unterminated_quote_names_the_column(store_path: Path, tmp_path: Path, old: str, new: str,
                                                column: str) -> None:
    (problem,) = _refused(write(tmp_path, "atop4_01a.csv", ATOP_ALLIANCES.replace(old, new)), store_path).problems
    assert (problem.line, problem.field) == (5, column) and "unterminated quote" in problem.message
    assert "c0" not in str(problem) and "c1:" not in str(problem)


# --- finding 13: a version foedus does not know -----------------------------------------------------------------------
def test_an_unknown_version_is_refused_naming_the_line_unless_it_is_given(store_path: Path, tmp_path: Path) -> None:
    text = ATOP_MEMBERS.replace(",4.01\n", ",99.5\n")
    path = write(tmp_path, "members.csv", text)
    (problem,) = _refused(path, store_path).problems
    assert (problem.line, problem.field) == (2, "version")
    assert "version 99.5, which foedus does not know" in problem.message and "--version 99.5" in problem.message
    (report,) = import_atop(path, db=store_path, version="99.5")
    assert report.version == "99.5"


def test_an_unknown_version_in_the_name_is_refused_too(store_path: Path, tmp_path: Path) -> None:
    header, *body = ATOP_MEMBERS.splitlines()
    keep = [i for i, name in enumerate(header.split(",")) if name != "version"]
    text = "\n".join(",".join(line.split(",")[i] for i in keep) for line in [header, *body]) + "\n"
    (problem,) = _refused(write(tmp_path, "atop9_9m.csv", text), store_path).problems
    assert problem.line is None and "version 9.9" in problem.message


@pytest.mark.parametrize("name", ["atop4_01m.csv", "atop5_0m.csv", "atop5_1m.csv", "members.csv"])
def test_known_versions_import(store_path: Path, tmp_path: Path, name: str) -> None:
    (report,) = import_atop(write(tmp_path, name, ATOP_MEMBERS), db=store_path)
    assert report.version == "4.01"  # the version column wins over the name


# --- files that are not data files ------------------------------------------------------------------------------------
def test_a_device_a_fifo_or_a_folder_is_refused_before_it_is_read(store_path: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "atop4_01m.csv"
    os.mkfifo(fifo)
    for path in (Path("/dev/zero"), fifo, tmp_path):
        (problem,) = _refused(path, store_path).problems
        assert "not a regular file" in problem.message


def test_files_over_the_limit_are_refused(store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datafile, "MAX_DATA_FILE_BYTES", 4096)
    big = ATOP_MEMBERS * (4096 // len(ATOP_MEMBERS) + 1)
    assert "more than a data file may be" in _refused(write(tmp_path, "a.csv", big), store_path).problems[0].message
    bomb = write(tmp_path, "atop4_01m.csv.gz", gzip.compress(ATOP_MEMBERS.encode() + b"0" * 10_000, mtime=0))
    assert bomb.stat().st_size < 4096
    assert "gunzips to more than 4,096 bytes" in _refused(bomb, store_path).problems[0].message
