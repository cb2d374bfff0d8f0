"""Every record of an event file counted by foedus itself: stored, a duplicate, or reported with its line."""

from __future__ import annotations

import gzip
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foedus.errors import DataFileError
from foedus.events.ingest import import_events
from foedus.events.scan import original_line, scan_file
from foedus.limits import LimitError, Limits
from tests.events.files import gdelt_row, icews_row, write_gdelt, write_icews
from tests.events.test_import import stored

MiB = 1024 * 1024


def _with_field(row: str, column: int, value: str) -> str:
    fields = row.split("\t")
    fields[column] = value
    return "\t".join(fields)


def test_a_33_mb_field_is_reported_with_its_line_not_lost(store_path: Path, tmp_path: Path) -> None:
    rows = [gdelt_row(i, "20230321", "CHN", "RUS") for i in range(1, 101)]
    rows[50] = _with_field(rows[50], -1, "x" * 33_000_000)  # SOURCEURL
    (report,) = import_events("gdelt2", [write_gdelt(tmp_path / "a.export.CSV", rows)], db=store_path)
    assert (report.rows_read, report.rows_stored, report.rows_bad) == (100, 99, 1)
    (problem,) = report.problems
    assert (problem.line, problem.field) == (51, "")
    assert f"{len(rows[50].encode()):,} bytes, over the limit" in problem.message
    assert "imported 99 of 100 events" in str(report)
    assert [r[0] for r in stored(store_path)] == [i for i in range(1, 101) if i != 51]


def _gzip_with_a_long_line(path: Path, line_bytes: int, before: list[str], after: list[str]) -> Path:
    """Write a gzip whose middle line is ``line_bytes`` long, streamed: never more than 1 MiB held."""
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    block = b"7" * MiB
    with path.open("wb") as out:
        out.write(packer.compress("".join(r + "\n" for r in before).encode()))
        for _ in range(line_bytes // MiB):
            out.write(packer.compress(block))
        out.write(packer.compress(b"\n" + "".join(r + "\n" for r in after).encode()))
        out.write(packer.flush())
    return path


def test_a_1_gib_line_in_a_gzip_is_reported_and_never_held(store_path: Path, tmp_path: Path) -> None:
    path = _gzip_with_a_long_line(tmp_path / "a.export.CSV.gz", 1024 * MiB,
                                  [gdelt_row(1, "20230321", "CHN", "RUS")], [gdelt_row(2, "20230321", "RUS", "CHN")])
    tracemalloc.start()
    try:
        (report,) = import_events("gdelt2", [path], db=store_path, limits=Limits(max_ratio=0))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (report.rows_read, report.rows_stored, report.rows_bad) == (3, 2, 1)
    assert report.problems[0].line == 2 and "1,073,741,824 bytes" in report.problems[0].message
    assert [r[0] for r in stored(store_path)] == [1, 2]
    assert peak < 64 * MiB  # the line went through in chunks of 1 MiB


def test_a_gzip_that_unpacks_far_past_its_size_is_refused(store_path: Path, tmp_path: Path) -> None:
    path = _gzip_with_a_long_line(tmp_path / "bomb.export.CSV.gz", 64 * MiB, [gdelt_row(1, "20230321", "CHN", "RUS")],
                                  [])  # a first line that passes for GDELT's, then 64 MiB of one byte
    with pytest.raises(LimitError, match=r"bomb.export.CSV.gz: unpacks to more than 200 times"):
        import_events("gdelt2", [path], db=store_path)
    with pytest.raises(LimitError, match=r"unpacks to more than 16,777,216 bytes"):
        import_events("gdelt2", [path], db=store_path, limits=Limits(max_ratio=0, max_member=16 * MiB))
    assert stored(store_path) == []


def test_a_zip_bomb_is_refused_and_leaves_nothing_behind(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "bomb.export.CSV.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle, \
            bundle.open("bomb.export.CSV", "w", force_zip64=True) as member:
        member.write((gdelt_row(1, "20230321", "CHN", "RUS") + "\n").encode())
        for _ in range(256):  # 256 MiB of zeros, streamed: about 256 KB on disk
            member.write(bytes(MiB))
    events = store_path.with_name("foedus-events")
    with pytest.raises(LimitError, match=r"bomb.export.CSV.zip: unpacks to more than 200 times"):
        import_events("gdelt2", [path], db=store_path)
    with pytest.raises(LimitError, match=r"unpacks to more than 1,048,576 bytes"):
        import_events("gdelt2", [path], db=store_path, limits=Limits(max_ratio=0, max_member=MiB))
    left = [p for p in events.rglob("*") if p.is_file()] if events.exists() else []
    assert left == [] and stored(store_path) == []


def test_a_record_the_reader_neither_stores_nor_reports_refuses_the_file(
        store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import foedus.events.ingest as ingest

    real = ingest.reject_problems

    def forgetful(con, layout, items, counts, limits):  # type: ignore[no-untyped-def]
        real(con, layout, items, counts, limits)
        for item in items:  # as DuckDB did with a line past its maximum size: a row gone without a word
            counts[item.sha256].rows_bad -= 1
            counts[item.sha256].problems.clear()

    monkeypatch.setattr(ingest, "reject_problems", forgetful)
    rows = [gdelt_row(1, "20230321", "CHN", "RUS"), gdelt_row(2, "2023-03-21", "CHN", "RUS")]
    with pytest.raises(DataFileError, match=r"x.CSV: holds 2 records, .* 1 unaccounted for, so nothing of it"):
        import_events("gdelt2", [write_gdelt(tmp_path / "x.CSV", rows)], db=store_path)
    assert stored(store_path) == []


@pytest.mark.parametrize(("column", "name"), [(5, "Actor1Code"), (15, "Actor2Code")])
def test_an_empty_actor_is_refused_with_its_line_never_stored_as_null(
        store_path: Path, tmp_path: Path, column: int, name: str) -> None:
    rows = [gdelt_row(i, "20230321", "CHN", "RUS") for i in range(1, 5)]
    rows[2] = _with_field(rows[2], column, "")
    (report,) = import_events("gdelt2", [write_gdelt(tmp_path / "x.CSV", rows)], db=store_path)
    assert (report.rows_read, report.rows_stored, report.rows_bad) == (4, 3, 1)
    assert [(p.line, p.field) for p in report.problems] == [(3, name)]
    assert [r[0] for r in stored(store_path)] == [1, 2, 4]


def test_an_icews_event_without_a_target_is_refused(store_path: Path, tmp_path: Path) -> None:
    rows = [icews_row(1, "2018-06-01", "China", "Russia"), icews_row(2, "2018-06-01", "China", "Russia")]
    rows[1] = _with_field(rows[1], 8, "")
    (report,) = import_events("icews", [write_icews(tmp_path / "x.tab", rows)], db=store_path)
    assert [(p.line, p.field) for p in report.problems] == [(3, "Target Name")]  # line 1 is the header
    assert (report.rows_read, report.rows_stored) == (2, 1)


@pytest.mark.parametrize("field", [0, 1, 26, 29, 30])  # id, SQLDATE, EventCode, QuadClass, GoldsteinScale
def test_an_empty_required_typed_field_is_refused(store_path: Path, tmp_path: Path, field: int) -> None:
    rows = [gdelt_row(1, "20230321", "CHN", "RUS"), _with_field(gdelt_row(2, "20230321", "CHN", "RUS"), field, "")]
    (report,) = import_events("gdelt2", [write_gdelt(tmp_path / "x.CSV", rows)], db=store_path)
    assert (report.rows_stored, report.rows_bad, [p.line for p in report.problems]) == (1, 1, [2])
    assert report.problems[0].message.startswith("is empty") and not report.unknown_codes
    assert [r[0] for r in stored(store_path)] == [1]


def test_an_id_already_stored_in_another_month_is_a_duplicate(store_path: Path, tmp_path: Path) -> None:
    import_events("gdelt2", [write_gdelt(tmp_path / "jan.CSV", [gdelt_row(7, "20230105", "CHN", "RUS")])],
                  db=store_path)
    (report,) = import_events("gdelt2", [write_gdelt(tmp_path / "jun.CSV", [
        gdelt_row(7, "20230605", "CHN", "RUS"), gdelt_row(8, "20230605", "CHN", "RUS")])], db=store_path)
    assert (report.rows_read, report.rows_stored, report.rows_duplicate) == (2, 1, 1)
    assert [r[:2] for r in stored(store_path)] == [(7, "2023-01-05"), (8, "2023-06-05")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["a\tb", "", "\r", "x" * 40, "\t\t", "q\tr\r"]), max_size=30),
       st.integers(min_value=1, max_value=7), st.integers(min_value=4, max_value=32), st.booleans())
def test_the_scan_counts_as_a_line_reader_does(lines: list[str], chunk: int, cap: int, header: bool) -> None:
    import foedus.events.scan as scan

    data = "\n".join(lines).encode()
    expected_lines = data.split(b"\n") if data else []
    if data.endswith(b"\n"):
        expected_lines = expected_lines[:-1]
    numbered = list(enumerate(expected_lines, start=1))
    records = [(n, x) for n, x in numbered if x.rstrip(b"\r") and not (header and n == 1)]
    long = [(n, len(x)) for n, x in numbered if len(x) > cap]
    lines_obj = scan._Lines(cap, [(1, "second")], header, None, 100)
    for start in range(0, len(data), chunk):
        lines_obj.feed(data[start:start + chunk])
    found = lines_obj.finish()
    assert found.records == len(records) and found.long_lines == long
    empty_second = [n for n, x in records
                    if len(x) <= cap and x.count(b"\t") >= 1 and x.rstrip(b"\r").split(b"\t")[1] == b""]
    assert found.incomplete_lines().tolist() == empty_second


def test_lines_of_a_copy_map_back_to_the_file() -> None:
    assert [original_line(n, [2, 5]) for n in (1, 2, 3, 4, 5)] == [1, 3, 4, 6, 7]


def test_a_multi_member_gzip_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "m.gz"
    path.write_bytes(gzip.compress(b"a\tb\n") + gzip.compress(b"c\td\ne\t\n"))
    found = scan_file(path, str(path), "gzip", Limits(), required=[(1, "second")], header=False)
    assert (found.records, found.incomplete_lines().tolist()) == (3, [3])


def test_the_limits_are_options_stated_in_help(store_path: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from foedus.cli import cli

    runner = CliRunner()
    text = runner.invoke(cli, ["import", "events", "--help"]).output
    assert all(flag in text for flag in ("--max-line", "--max-member", "--max-archive", "--max-ratio",
                                         "FOEDUS_MAX_LINE"))
    rows = [gdelt_row(1, "20230321", "CHN", "RUS"), _with_field(gdelt_row(2, "20230321", "CHN", "RUS"), -1, "u" * 900)]
    result = runner.invoke(cli, ["import", "events", "gdelt2", str(write_gdelt(tmp_path / "x.CSV", rows)),
                                 "--max-line", "800", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "imported 1 of 2 events" in result.output and "over the limit of 800" in result.output
