"""Mangled input: whatever the bytes, the importers raise nothing but DataFileError, and store nothing of a bad file."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foedus.errors import DataFileError
from foedus.importers import import_atop, import_covariates, import_states
from foedus.store import Store
from tests.importers.synthetic import (
    ATOP_ALLIANCES,
    ATOP_MEMBERS,
    COW_MAJORS,
    COW_STATES,
    GW_IISYSTEM,
    GW_PROCESSED,
    atop_dyad_years,
    cow_system,
)
from tests.importers.synthetic_covariates import (
    DEMOCRACY_PROCESSED,
    MID_DDYDISPS,
    MIDB,
    NMC_ORIGINAL,
    POLITY5,
    RIVALRIES,
    UDS,
    VDEM,
    archigos_original,
)

ORIGINALS: list[bytes] = [
    text.encode("utf-8") if isinstance(text, str) else text
    for text in (ATOP_ALLIANCES, ATOP_MEMBERS, atop_dyad_years(), atop_dyad_years(processed=True), COW_STATES,
                 cow_system()[:2000], COW_MAJORS, GW_PROCESSED, GW_IISYSTEM)
]


#: The covariate files, by the dataset that reads them.
COVARIATE_ORIGINALS: dict[str, list[bytes]] = {
    dataset: [text.encode("utf-8") for text in texts]
    for dataset, texts in (("nmc", [NMC_ORIGINAL]), ("democracy", [VDEM, POLITY5, UDS, DEMOCRACY_PROCESSED]),
                           ("mids", [MIDB, MID_DDYDISPS]), ("rivalries", [RIVALRIES]),
                           ("archigos", [archigos_original()]))
}


@st.composite
def mangled(draw: st.DrawFn, originals: list[bytes] = ORIGINALS) -> tuple[bytes, bool]:
    """One of the synthetic files, damaged by a few edits, perhaps gzipped (before or after the damage)."""
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 4))):
        edit = draw(st.sampled_from(["insert", "delete", "replace", "duplicate-line", "truncate", "swap-separator"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if edit == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                [b",", b"\n", b'"', b"\r\n", b"\t", b"-9", b"2.5", b"1e400", b"nan", b"\xff\xfe", b"\x00"]))
        elif edit == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif edit == "replace" and data:
            data[at] = draw(st.integers(0, 255))
        elif edit == "duplicate-line":
            lines = bytes(data).split(b"\n")
            pick = draw(st.integers(0, len(lines) - 1))
            lines.insert(pick, lines[pick])
            data = bytearray(b"\n".join(lines))
        elif edit == "truncate":
            del data[at:]
        else:
            data = bytearray(bytes(data).replace(b",", b";", 1))
    compress = draw(st.sampled_from(["no", "before", "after"]))
    body = bytes(data)
    if compress == "before":
        return gzip.compress(body, mtime=0), True
    if compress == "after":
        packed = bytearray(gzip.compress(body, mtime=0))
        if len(packed) > 12:
            packed[draw(st.integers(10, len(packed) - 1))] ^= 0x5A
        return bytes(packed), True
    return body, False


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    store = Store(Path(":memory:"), duckdb.connect(), False)
    store.migrate()
    yield store, tmp_path_factory.mktemp("mangled")
    store.close()


def _counts(store: Store) -> tuple[int, ...]:
    tables = ("imported_files", "atop_alliances", "atop_members", "atop_dyad_years", "state_spells",
              "state_system_years", "major_powers")
    return tuple(int(store.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables)  # type: ignore[index]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file=mangled(), importer=st.sampled_from(["atop", "cow", "gw"]))
def test_parsers_raise_only_data_file_errors(
    scratch: tuple[Store, Path], file: tuple[bytes, bool], importer: str
) -> None:
    store, folder = scratch
    content, compressed = file
    path = folder / ("atop4_01m.csv.gz" if compressed else "atop4_01m.csv")
    path.write_bytes(content)
    store.connection.execute("DELETE FROM imported_files")  # every example is a new file, never a replacement
    before = _counts(store)
    try:
        if importer == "atop":
            import_atop(path, db=store)
        else:
            import_states(path, importer, db=store)
    except DataFileError as exc:
        assert exc.problems and all(p.file == str(path) for p in exc.problems)
        assert _counts(store) == before


_COVARIATE_TABLES = ("imported_files", "capabilities", "regime_scores", "rivalries", "dispute_dyad_years", "leaders")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), dataset=st.sampled_from(sorted(COVARIATE_ORIGINALS)))
def test_covariate_parsers_raise_only_data_file_errors(
    scratch: tuple[Store, Path], data: st.DataObject, dataset: str
) -> None:
    store, folder = scratch
    content, compressed = data.draw(mangled(COVARIATE_ORIGINALS[dataset]))
    path = folder / ("covariate.csv.gz" if compressed else "covariate.csv")
    path.write_bytes(content)
    store.connection.execute("DELETE FROM imported_files")
    counts = [f"SELECT count(*) FROM {t}" for t in _COVARIATE_TABLES]
    before = [store.connection.execute(sql).fetchall() for sql in counts]
    try:
        import_covariates(dataset, path, db=store)
    except DataFileError as exc:
        assert exc.problems and all(p.file == str(path) for p in exc.problems)
        assert [store.connection.execute(sql).fetchall() for sql in counts] == before
