"""The store: migrations, transactional loads, shipped ledgers, readers side by side, one writer."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from foedus.errors import LedgerError, StoreBusyError
from foedus.ledger.files import read_ledger
from foedus.store import (
    _LEDGER_TABLES,
    READ_BUSY_TIMEOUT,
    SHIPPED_LEDGERS,
    WRITE_BUSY_TIMEOUT,
    Store,
    _all_migrations,
    open_store,
)
from tests.ledgers import TINY, write
from tests.processes import hold_store


def snapshot(path: Path) -> dict[str, list[Any]]:
    with open_store(path, prepare=False) as store:
        return {
            table: sorted(map(repr, store.connection.execute(f"SELECT * FROM {table}").fetchall()))
            for table in ("ledgers", *_LEDGER_TABLES)
        }


def many_treaties(count: int, bad_at: int | None = None) -> str:
    """A ledger of ``count`` treaties; the one numbered ``bad_at`` (1-based) names a state that never was."""
    head = TINY.split("treaties:\n")[0] + "treaties:\n"
    records = [
        f"""  - slug: tiny-{1990 + i}-pact
    title: Pact number {i}
    kind: other
    obligations: [consultation]
    multilateral: false
    signed: {1990 + i}
    members:
      - state: Russian Federation
      - state: {"Atlantis" if i == bad_at else "Japan"}
    sources: [paine1996]
"""
        for i in range(1, count + 1)
    ]
    return head + "".join(records)


def test_first_use_creates_the_schema_and_loads_the_shipped_ledgers(store_path: Path) -> None:
    with open_store(store_path) as store:
        assert store.applied_migrations() == [name for name, _ in _all_migrations()]  # data families' last
        names = {r["name"] for r in store.query("SELECT name FROM ledgers WHERE shipped")}
        assert names == {read_ledger(Path(__file__).parents[1] / "src/foedus/ledger/data" / n).header.ledger
                         for n in SHIPPED_LEDGERS}
        assert store.is_current()


def test_loading_is_idempotent(store_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path)
    with open_store(store_path, read_only=False) as store:
        first = store.load(read_ledger(path))
    before = snapshot(store_path)
    with open_store(store_path, read_only=False) as store:
        second = store.load(read_ledger(path))
    assert (first.status, second.status) == ("loaded", "unchanged")
    assert snapshot(store_path) == before


def test_a_new_version_replaces_the_ledgers_records(store_path: Path, tmp_path: Path) -> None:
    with open_store(store_path, read_only=False) as store:
        store.load(read_ledger(write(tmp_path)))
        changed = TINY.replace('version: "1"', 'version: "2"').replace(
            "  - slug: tiny-1941-neutrality", "  - slug: tiny-1941-neutrality-pact")
        report = store.load(read_ledger(write(tmp_path, changed)))
        assert report.status == "replaced"
        slugs = {r["slug"] for r in store.query("SELECT slug FROM treaties WHERE ledger = 'tiny'")}
        assert "tiny-1941-neutrality" not in slugs and "tiny-1941-neutrality-pact" in slugs
        assert store.query("SELECT version FROM ledgers WHERE name = 'tiny'") == [{"version": "2"}]


def test_a_file_whose_twentieth_record_is_bad_changes_nothing(store_path: Path, tmp_path: Path) -> None:
    with open_store(store_path, read_only=False) as store:
        store.load(read_ledger(write(tmp_path, many_treaties(25))))
    before = snapshot(store_path)
    from foedus.api import load_ledger

    with pytest.raises(LedgerError) as caught:
        load_ledger(write(tmp_path, many_treaties(25, bad_at=20).replace('version: "1"', 'version: "2"')),
                    db=store_path)
    assert [p.field for p in caught.value.problems] == ["treaties[19].members[1].state"]
    assert snapshot(store_path) == before


def test_a_failure_while_writing_rolls_everything_back(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(store_path)
    original = Store._insert_records

    def insert_then_fail(self: Store, document: Any) -> None:
        original(self, document)
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_insert_records", insert_then_fail)
    with open_store(store_path, read_only=False) as store, pytest.raises(RuntimeError):
        store.load(read_ledger(write(tmp_path)))
    assert snapshot(store_path) == before


def test_a_failed_load_is_rolled_back_on_the_connection_that_made_it(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server keeps one connection: what a failed load wrote must be gone from it, not only from the file."""
    original = Store._insert_records

    def insert_then_fail(self: Store, document: Any) -> None:
        original(self, document)
        raise RuntimeError("disk full")

    document = read_ledger(write(tmp_path))
    with open_store(store_path, read_only=False) as store:
        monkeypatch.setattr(Store, "_insert_records", insert_then_fail)
        with pytest.raises(RuntimeError, match="disk full"):
            store.load(document)
        assert store.query("SELECT count(*) AS n FROM ledgers WHERE name = 'tiny'") == [{"n": 0}]
        assert store.query("SELECT count(*) AS n FROM treaties WHERE ledger = 'tiny'") == [{"n": 0}]
        monkeypatch.setattr(Store, "_insert_records", original)
        assert store.load(document).status == "loaded"  # not "unchanged": the failed load left nothing behind
        assert store.query("SELECT count(*) AS n FROM treaties WHERE ledger = 'tiny'") == [{"n": 3}]


def test_a_slug_of_another_ledger_is_refused(store_path: Path, tmp_path: Path) -> None:
    with open_store(store_path, read_only=False) as store:
        store.load(read_ledger(write(tmp_path)))
        other = TINY.replace("ledger: tiny", "ledger: other")
        with pytest.raises(LedgerError, match="already stored by ledger 'tiny'"):
            store.load(read_ledger(write(tmp_path, other, "other.yaml")))
        assert store.query("SELECT count(*) AS n FROM ledgers WHERE name = 'other'") == [{"n": 0}]


def test_a_users_version_of_a_shipped_ledger_is_kept(store_path: Path, tmp_path: Path) -> None:
    shipped = Path(__file__).parents[1] / "src/foedus/ledger/data" / SHIPPED_LEDGERS[0]
    mine = write(tmp_path, shipped.read_text(encoding="utf-8") + "\n# my notes\n", "mine.yaml")
    name = read_ledger(mine).header.ledger
    with open_store(store_path, read_only=False) as store:
        assert store.load(read_ledger(mine)).status == "replaced"
    with open_store(store_path) as store:
        rows = store.query("SELECT shipped, path FROM ledgers WHERE name = ?", [name])
    assert rows == [{"shipped": False, "path": str(mine.resolve())}]


def test_two_readers_at_once(store_path: Path) -> None:
    reader = hold_store(store_path, read_only=True)
    try:
        with open_store(store_path, busy_timeout=0.2) as store:
            assert store.query("SELECT count(*) AS n FROM treaties")[0]["n"] > 0
    finally:
        reader.communicate("")


def test_a_second_writer_gets_a_busy_error(store_path: Path, tmp_path: Path) -> None:
    before = snapshot(store_path)
    writer = hold_store(store_path, read_only=False)
    try:
        with pytest.raises(StoreBusyError, match="is being written by another process; try again"), \
                open_store(store_path, read_only=False, busy_timeout=0.2) as store:
            store.load(read_ledger(write(tmp_path)))
    finally:
        writer.communicate("")
    assert snapshot(store_path) == before


def test_a_writer_blocked_by_a_reader_is_told_so_not_that_someone_writes(store_path: Path) -> None:
    reader = hold_store(store_path, read_only=True)  # as `foedus serve` does
    try:
        with pytest.raises(StoreBusyError) as caught:
            open_store(store_path, read_only=False, busy_timeout=0.2)
    finally:
        reader.communicate("")
    message = str(caught.value)
    assert "open in another process" in message and "foedus serve" in message and "being written" not in message


def test_a_reader_blocked_by_a_writer_is_told_to_try_again(store_path: Path) -> None:
    writer = hold_store(store_path, read_only=False)
    try:
        with pytest.raises(StoreBusyError, match="is being written by another process; try again"):
            open_store(store_path, busy_timeout=0.2)
    finally:
        writer.communicate("")


def test_a_reader_waits_for_a_short_write_to_finish(store_path: Path) -> None:
    writer = hold_store(store_path, read_only=False)
    releaser = threading.Timer(0.5, writer.communicate, args=("",))
    releaser.start()
    try:
        with open_store(store_path) as store:  # waits up to READ_BUSY_TIMEOUT for the writer
            assert store.query("SELECT count(*) AS n FROM treaties")[0]["n"] > 0
    finally:
        releaser.join()
    assert READ_BUSY_TIMEOUT > WRITE_BUSY_TIMEOUT


def test_the_shared_reader_is_one_connection_that_gives_way_to_writers(store_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import foedus.store as store_module

    monkeypatch.setattr(store_module, "SHARED_IDLE", 0.01)
    with store_module.shared_reader(store_path) as first, store_module.shared_reader(store_path) as second:
        assert first is second and first.read_only
    with open_store(store_path, read_only=False) as writer:  # this process's reader closes first
        writer.connection.execute("CREATE TABLE scratch (x INTEGER)")
    with store_module.shared_reader(store_path) as again:
        assert again.has_table("scratch")  # a new reader sees the write
    deadline = time.monotonic() + 10
    while store_module._shared and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not store_module._shared  # let go once unused


def test_the_ledger_tables_read_as_typed_rows_and_frames(store_path: Path, tmp_path: Path) -> None:
    from foedus.store.tables import (
        LEDGER_TABLES,
        imported_files,
        ledger_names,
        ledger_summaries,
        sources,
        table_frame,
        treaty_title,
    )

    with open_store(store_path, read_only=False) as store:
        store.load(read_ledger(write(tmp_path)))
    with open_store(store_path) as store:
        summaries = {s.name: s for s in ledger_summaries(store)}
        names = ledger_names(store)
        assert names == sorted(summaries) and "tiny" in names
        tiny = summaries["tiny"]
        counted = {t: store.query(f"SELECT count(*) AS n FROM {t} WHERE ledger = 'tiny'")[0]["n"]
                   for t in ("treaties", "events", "outcomes")}
        assert (tiny.treaties, tiny.events, tiny.outcomes) == (counted["treaties"], counted["events"],
                                                                counted["outcomes"])
        assert tiny.treaties > 0 and not tiny.shipped
        assert {s["ledger"] for s in sources(store, "tiny")} == {"tiny"}
        assert len(sources(store)) > len(sources(store, "tiny"))
        assert imported_files(store) == []
        slug = store.query("SELECT slug, title FROM treaties WHERE ledger = 'tiny' ORDER BY slug")[0]
        assert treaty_title(store, slug["slug"]) == slug["title"]
        assert treaty_title(store, "no-such-treaty") is None
        for table in LEDGER_TABLES:
            frame = table_frame(store, table)
            assert len(frame) == store.query(f"SELECT count(*) AS n FROM {table}")[0]["n"]
        one = store.query("SELECT coding FROM outcomes ORDER BY coding")[0]["coding"]
        assert set(table_frame(store, "outcomes", coding=one)["coding"]) == {one}
        with pytest.raises(ValueError, match="no ledger table 'codings'"):
            table_frame(store, "codings")
