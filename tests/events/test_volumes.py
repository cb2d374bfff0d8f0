"""The volumes beside the events: each part's events counted by day and state, the monitor's denominators."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import foedus.events.ingest as ingest
import foedus.events.monitor as monitor_module
from foedus.errors import FoedusError
from foedus.events.aggregate import EventQuery, daily_rows, dyad_sql, run_duckdb, volume_query_sql
from foedus.events.dataset import (
    VOLUME_COLUMNS,
    dyad_files,
    dyads_dir,
    ensure_volumes,
    parquet_files,
    parquet_relation,
    volume_file,
    volume_sql,
    volumes_dir,
)
from foedus.events.ingest import import_events
from foedus.events.monitor import monitor
from foedus.events.synthetic import write_parquet_dataset
from foedus.store import open_store
from tests.events.files import gdelt_row, write_gdelt

_CODES = st.one_of(st.none(), st.sampled_from([2, 365, 710]))
_EVENTS = st.lists(st.tuples(st.dates(dt.date(2023, 1, 1), dt.date(2023, 1, 5)), _CODES, _CODES), max_size=40)


def _oracle(events: list[tuple[dt.date, int | None, int | None]]) -> Counter[tuple[dt.date, int]]:
    """Count, by hand, the events of each state and day: a state on both sides of an event counts once."""
    counts: Counter[tuple[dt.date, int]] = Counter()
    for day, first, second in events:
        for code in {first, second} - {None}:
            assert code is not None
            counts[(day, code)] += 1
    return counts


@settings(max_examples=60, deadline=None)
@given(_EVENTS)
def test_the_volumes_count_each_state_once_an_event(events: list[tuple[dt.date, int | None, int | None]]) -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE e (date DATE, actor1_ccode SMALLINT, actor2_ccode SMALLINT)")
    if events:
        con.executemany("INSERT INTO e VALUES (?, ?, ?)", events)
    relation = ("(SELECT *, true AS actor1_state, false AS actor2_state, 1 AS articles, 2 AS sources FROM e)")
    found: Counter[tuple[dt.date, int]] = Counter()
    for day, code, _state, n, articles, sources in con.execute(volume_sql(relation)).fetchall():
        found[(day, int(code))] += int(n)
        assert (articles, sources) == (n, 2 * n)
    assert dict(found) == dict(_oracle(events))


def _twins(events_dir: Path) -> list[Path]:
    return sorted(p for p in volumes_dir(events_dir).rglob("*.parquet"))


def test_the_import_writes_each_parts_volumes(store_path: Path, tmp_path: Path) -> None:
    rows = [gdelt_row(1, "20230131", "CHN", "RUS"), gdelt_row(2, "20230201", "CHN", "CHN"),
            gdelt_row(3, "20230201", "RUS", "AFR"), gdelt_row(4, "20230201", "EUR", "USA"),  # regions: no state
            gdelt_row(5, "20230202", "USA", "RUS")]
    import_events("gdelt2", [write_gdelt(tmp_path / "two-months.CSV", rows)], db=store_path)
    events_dir = store_path.with_name("foedus-events")
    parts = parquet_files(events_dir)
    assert len(parts) == 2 and _twins(events_dir) == sorted(volume_file(events_dir, p) for p in parts)
    con = duckdb.connect()
    for part in parts:
        twin_file = parquet_relation(volume_file(events_dir, part))
        schema = con.execute(f"DESCRIBE SELECT * FROM {twin_file}").fetchall()
        assert {name: kind for name, kind, *_ in schema if name in VOLUME_COLUMNS} == VOLUME_COLUMNS
        twin = con.execute(f"SELECT date, ccode, state, events, articles, sources FROM {twin_file} "
                           "ORDER BY date, ccode, state").fetchall()
        assert twin == con.execute(volume_sql(parquet_relation(part))).fetchall()
    everything = con.execute(f"SELECT date, ccode, sum(events)::INT FROM read_parquet('{volumes_dir(events_dir)}"
                             "/*/*/*/*.parquet') GROUP BY ALL ORDER BY ALL").fetchall()
    assert everything == [(dt.date(2023, 1, 31), 365, 1), (dt.date(2023, 1, 31), 710, 1),
                          (dt.date(2023, 2, 1), 2, 1), (dt.date(2023, 2, 1), 365, 1), (dt.date(2023, 2, 1), 710, 1),
                          (dt.date(2023, 2, 2), 2, 1), (dt.date(2023, 2, 2), 365, 1)]


def test_a_dataset_without_volumes_gets_them_and_the_same_figures(dyad_store: Path) -> None:
    events_dir = dyad_store.with_name("foedus-events")
    with open_store(dyad_store) as store:
        before = monitor(store, "China", "Russia", frequency="month").to_dict()
        shutil.rmtree(volumes_dir(events_dir))  # a dataset copied in by hand
        after = monitor(store, "China", "Russia", frequency="month").to_dict()
    assert after == before
    assert _twins(events_dir) == sorted(volume_file(events_dir, p) for p in parquet_files(events_dir))


def test_a_stray_volume_file_is_removed_and_a_missing_one_written(dyad_store: Path) -> None:
    events_dir = dyad_store.with_name("foedus-events")
    (twin,) = _twins(events_dir)[:1]
    stray = twin.with_name("part-0000000000000000-0.parquet")
    shutil.copy(twin, stray)
    twin.unlink()
    assert ensure_volumes(events_dir) == 1
    assert twin.exists() and not stray.exists()
    assert ensure_volumes(events_dir) == 0


def test_a_failed_import_leaves_neither_parts_nor_volumes(store_path: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object) -> None:
        raise RuntimeError("the store went away")

    monkeypatch.setattr(ingest, "_record", fail)
    rows = [gdelt_row(1, "20230131", "CHN", "RUS"), gdelt_row(2, "20230201", "RUS", "CHN")]
    with pytest.raises(RuntimeError):
        import_events("gdelt2", [write_gdelt(tmp_path / "w.CSV", rows)], db=store_path)
    events_dir = store_path.with_name("foedus-events")
    assert parquet_files(events_dir) == [] and _twins(events_dir) == []


def test_files_of_an_interrupted_import_are_removed_with_their_volumes(store_path: Path, tmp_path: Path) -> None:
    from foedus.events.dataset import staged_file, store_key

    import_events("gdelt2", [write_gdelt(tmp_path / "a.CSV", [gdelt_row(1, "20230131", "CHN", "RUS")])],
                  db=store_path)
    events_dir = store_path.with_name("foedus-events")
    (part,) = parquet_files(events_dir)
    key = store_key(store_path)
    orphan = staged_file(part.with_name("part-00000000000000ff-0.parquet"), key)  # staged, never recorded: a crash
    shutil.copy(part, orphan)
    orphan_twin = staged_file(volume_file(events_dir, part.with_name("part-00000000000000ff-0.parquet")), key)
    orphan_twin.write_bytes(volume_file(events_dir, part).read_bytes())
    half_written = volume_file(events_dir, part).with_name(".part-00000000000000ff-0.parquet.99-1.partial")
    half_written.write_bytes(b"PAR1")  # a monitor killed while writing volumes
    with open_store(store_path) as store:  # the monitor does not see an unrecorded import's files
        assert monitor(store, "China", "Russia", frequency="month").periods[0]["volume"] == {"a": 1, "b": 1}
    import_events("gdelt2", [write_gdelt(tmp_path / "b.CSV", [gdelt_row(2, "20230131", "RUS", "CHN")])],
                  db=store_path)
    assert not orphan.exists() and not orphan_twin.exists() and not half_written.exists()
    assert len(parquet_files(events_dir)) == 2 and len(_twins(events_dir)) == 2
    with open_store(store_path) as store:
        assert monitor(store, "China", "Russia", frequency="month").periods[0]["volume"] == {"a": 2, "b": 2}


def test_two_stores_sharing_a_dataset_keep_each_others_files(_prepared_store: Path, tmp_path: Path) -> None:
    from foedus.events.dataset import staged_file, store_key

    events_dir = tmp_path / "shared-events"
    stores = [tmp_path / "one.duckdb", tmp_path / "two.duckdb"]
    for store in stores:
        shutil.copy(_prepared_store, store)
    import_events("gdelt2", [write_gdelt(tmp_path / "a.CSV", [gdelt_row(1, "20230131", "CHN", "RUS")])],
                  db=stores[0], events_dir=events_dir)
    (first,) = parquet_files(events_dir)
    others_staged = staged_file(first.with_name("part-00000000000000ee-0.parquet"), store_key(stores[0]))
    shutil.copy(first, others_staged)  # store one's import under way (or interrupted): not store two's to remove
    import_events("gdelt2", [write_gdelt(tmp_path / "b.CSV", [gdelt_row(2, "20230131", "RUS", "CHN")])],
                  db=stores[1], events_dir=events_dir)
    import_events("gdelt2", [write_gdelt(tmp_path / "c.CSV", [gdelt_row(3, "20230131", "RUS", "CHN")])],
                  db=stores[1], events_dir=events_dir)
    assert first.exists() and others_staged.exists() and len(parquet_files(events_dir)) == 3
    import_events("gdelt2", [write_gdelt(tmp_path / "d.CSV", [gdelt_row(4, "20230131", "RUS", "CHN")])],
                  db=stores[0], events_dir=events_dir)
    assert not others_staged.exists() and len(parquet_files(events_dir)) == 4  # its own orphan, its own to remove


def test_an_import_recorded_but_not_yet_renamed_is_finished_by_the_monitor(store_path: Path, tmp_path: Path) -> None:
    from foedus.events.dataset import staged_file, store_key

    import_events("gdelt2", [write_gdelt(tmp_path / "a.CSV", [gdelt_row(1, "20230131", "CHN", "RUS")])],
                  db=store_path)
    events_dir = store_path.with_name("foedus-events")
    (part,) = parquet_files(events_dir)
    part.replace(staged_file(part, store_key(store_path)))  # a crash between the record and the rename
    volume_file(events_dir, part).replace(staged_file(volume_file(events_dir, part), store_key(store_path)))
    with open_store(store_path) as store:
        assert monitor(store, "China", "Russia", frequency="month").totals["both"] == 1
    assert parquet_files(events_dir) == [part] and volume_file(events_dir, part).exists()


def test_the_volumes_count_every_event_of_a_state_once(store_path: Path, tmp_path: Path) -> None:
    rows = [gdelt_row(1, "20230320", "CHN", "RUS", "057", "1", "8.0"),
            gdelt_row(2, "20230320", "CHN", "CHN"),  # China with itself: once
            gdelt_row(3, "20230321", "CHN", "AFR"),  # a region as second actor
            gdelt_row(4, "20230321", "AFR", "RUS"),
            gdelt_row(5, "20230322", "EUR", "RUS"),  # a region: no state, Russia's all the same
            gdelt_row(6, "20230322", "RUS", "RUS"),
            gdelt_row(7, "20230322", "RUS", "CHN", "112", "3", "-2.0"),
            gdelt_row(8, "20230323", "USA", "GBR")]  # neither
    import_events("gdelt2", [write_gdelt(tmp_path / "w.CSV", rows)], db=store_path)
    with open_store(store_path) as store:
        (week,) = monitor(store, "China", "Russia", start="2023-03-20", end="2023-03-26").periods
    assert week["volume"] == {"a": 4, "b": 5}
    assert (week["counts"]["a_to_b"]["total"], week["counts"]["b_to_a"]["total"]) == (1, 1)


def test_volumes_that_do_not_match_the_files_are_counted_from_the_events(dyad_store: Path) -> None:
    events_dir = dyad_store.with_name("foedus-events")
    query = EventQuery(710, 365, dt.date(2022, 1, 1), dt.date(2023, 12, 31))
    queries = [dyad_sql(query), volume_query_sql(query)]
    whole = run_duckdb(events_dir, queries)
    (twin,) = _twins(events_dir)[:1]
    stray = twin.with_name("part-00000000000000aa-0.parquet")  # volumes of no file: they would inflate the index
    shutil.copy(twin, stray)
    with_stray = run_duckdb(events_dir, queries)
    twin.unlink()  # and a file without its volumes
    without_twin = run_duckdb(events_dir, queries)
    assert [r.volumes_from_events for r in (whole, with_stray, without_twin)] == [False, True, True]
    for damaged in (with_stray, without_twin):
        assert daily_rows(*damaged.groups) == daily_rows(*whole.groups) != {}


def test_a_dataset_whose_volumes_cannot_be_written_is_monitored_all_the_same(
        dyad_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events_dir = dyad_store.with_name("foedus-events")
    with open_store(dyad_store) as store:
        before = monitor(store, "China", "Russia", frequency="month").to_dict()
        shutil.rmtree(volumes_dir(events_dir))

        def unwritable(folder: Path) -> int:
            raise FoedusError(f"cannot write the event volumes into {folder / '_volumes'}: [Errno 30] Read-only")

        monkeypatch.setattr(monitor_module, "ensure_volumes", unwritable)
        after = monitor(store, "China", "Russia", frequency="month").to_dict()
    notes = after.pop("notes")
    before.pop("notes")
    assert after == before
    assert any("Read-only" in n and "counted from the events" in n for n in notes)


def test_an_import_under_way_does_not_disturb_a_monitor(dyad_store: Path) -> None:
    events_dir = dyad_store.with_name("foedus-events")
    with open_store(dyad_store) as store:
        before = monitor(store, "China", "Russia", frequency="month").to_dict()
        staged = events_dir / "_staging" / "tmp1" / "tmp2" / "staged.parquet"  # where an import stages its rows
        staged.parent.mkdir(parents=True)
        shutil.copy(parquet_files(events_dir)[0], staged)
        assert monitor(store, "China", "Russia", frequency="month").to_dict() == before


def test_a_folder_with_a_quote_in_its_name(_prepared_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "o'brien's data"
    folder.mkdir()
    store_path = folder / "foedus.duckdb"
    shutil.copy(_prepared_store, store_path)
    files = [write_gdelt(folder / f"{k}.CSV", [gdelt_row(k, f"2023013{k}", "CHN", "RUS"),
                                              gdelt_row(10 + k, "20230201", "RUS", "CHN")]) for k in (0, 1)]
    import_events("gdelt2", files[:1], db=store_path)
    reports = import_events("gdelt2", files, db=store_path)  # an overlap check against the stored files
    assert [r.status for r in reports] == ["already imported", "imported"]
    with open_store(store_path) as store:
        result = monitor(store, "China", "Russia", frequency="month")
    assert result.totals == {"a_to_b": 2, "b_to_a": 2, "both": 4}
    assert not [n for n in result.notes if "volume" in n]


@pytest.fixture(scope="module")
def _varied(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic dataset whose actors are state actors or not, with articles and sources that vary."""
    folder = tmp_path_factory.mktemp("varied") / "events"
    write_parquet_dataset(folder, 20_000, first=dt.date(2023, 1, 1), last=dt.date(2023, 2, 28))
    con = duckdb.connect()
    for part in parquet_files(folder):
        vary = part.with_name("vary.tmp")
        con.execute(f"""COPY (SELECT * REPLACE (actor1_state AND event_id % 3 <> 0 AS actor1_state,
                                               actor2_state AND event_id % 5 <> 0 AS actor2_state,
                                               date_added + INTERVAL (event_id % 40) DAY AS date_added,
                                               CASE WHEN event_id % 7 = 0 THEN NULL ELSE articles END AS articles)
                            FROM {parquet_relation(part)}) TO '{vary}' (FORMAT parquet)""")
        vary.replace(part)
    shutil.rmtree(volumes_dir(folder))
    shutil.rmtree(dyads_dir(folder))
    ensure_volumes(folder)
    return folder


@pytest.mark.parametrize(("actors", "weight", "as_added"), [
    ("government", "events", None), ("all", "events", None), ("government", "articles", None),
    ("all", "sources", None), ("government", "events", "2023-02-20"),
])
def test_the_dyad_twins_give_what_the_events_give(_varied: Path, store_path: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, actors: str, weight: str,
                                                  as_added: str | None) -> None:
    copy = tmp_path / "events"
    shutil.copytree(_varied, copy)
    options = {"events_dir": copy, "frequency": "week", "actors": actors, "weight": weight, "as_added": as_added,
               "replicates": 99}
    with open_store(store_path) as store:
        fast = monitor(store, "China", "Russia", **options).to_dict()
        monkeypatch.setattr(monitor_module, "ensure_volumes", lambda folder: 0)
        shutil.rmtree(dyads_dir(copy))  # no twins: every figure recomputed from the events
        plain = monitor(store, "China", "Russia", **options).to_dict()
    assert fast == plain
    assert fast["totals"]["both"] > 20


def test_the_monitor_reads_the_dyad_twins(_varied: Path, store_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "events"
    shutil.copytree(_varied, copy)
    con = duckdb.connect()
    for twin in dyad_files(copy):  # double every count in the twins: the monitor's totals double
        doubled = twin.with_name("doubled.tmp")
        con.execute(f"COPY (SELECT * REPLACE (events * 2 AS events) FROM {parquet_relation(twin)}) "
                    f"TO '{doubled}' (FORMAT parquet)")
        doubled.replace(twin)
    with open_store(store_path) as store:
        read = monitor(store, "China", "Russia", events_dir=copy, actors="all", replicates=99).totals
        original = monitor(store, "China", "Russia", events_dir=_varied, actors="all", replicates=99).totals
    assert read["both"] == 2 * original["both"] > 0


def test_the_dataset_listing_finds_what_pathlibs_glob_finds(tmp_path: Path) -> None:
    from foedus.events.dataset import PART_GLOB, _matching

    month = tmp_path / "source=gdelt2" / "year=2023" / "month=3"
    month.mkdir(parents=True)
    for name in ("part-0123456789abcdef-0.parquet", ".part-0123456789abcdef-1.parquet.fedcba9876543210.staged",
                 ".part-0123456789abcdef-0.parquet.1-2.partial", "notes.txt", "b.parquet"):
        (month / name).write_bytes(b"")
    (month / "folder.parquet").mkdir()  # a folder whose name looks like a part
    (tmp_path / "source=icews" / "year=2018").mkdir(parents=True)  # no month below
    (tmp_path / "source=x.parquet").write_bytes(b"")  # a file where a folder is expected
    (tmp_path / "_volumes" / "source=gdelt2").mkdir(parents=True)
    for pattern in (PART_GLOB, "source=*/year=*/month=*/.part-*.staged", "source=*/year=*/month=*/.*.partial",
                    "source=*"):
        assert sorted(_matching(tmp_path, pattern)) == sorted(tmp_path.glob(pattern))
        assert (sorted(_matching(tmp_path, pattern, files=True))
                == sorted(p for p in tmp_path.glob(pattern) if p.is_file()))
    assert _matching(tmp_path / "absent", PART_GLOB) == []
