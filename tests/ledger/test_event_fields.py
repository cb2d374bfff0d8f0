"""An event's place and time zone, and the kinds of event an article's claims are checked against."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foedus.errors import Problem
from foedus.history import pair_history
from foedus.ledger.files import read_ledger, validate_ledger
from foedus.ledger.records import time_zone_name
from foedus.store import Store, open_store
from foedus.store.schema import MIGRATIONS as _MIGRATIONS
from tests.ledgers import TINY, line_of, write

_ZHENBAO = "    description: Border clash on the Ussuri.\n"


def with_event_fields(fields: str, kind: str = "armed_clash") -> str:
    """The tiny ledger with ``fields`` (YAML lines, indented as an event's fields) added to its second event."""
    assert _ZHENBAO in TINY and "    kind: armed_clash\n" in TINY
    return TINY.replace(_ZHENBAO, fields + _ZHENBAO).replace("    kind: armed_clash\n", f"    kind: {kind}\n")


def problems(tmp_path: Path, text: str) -> list[Problem]:
    return validate_ledger(write(tmp_path, text))


@pytest.mark.parametrize(
    ("value", "sound"),
    [
        ("Europe/Moscow", True),
        ("Asia/Shanghai", True),
        ("Asia/Pyongyang", True),
        ("UTC", True),
        ("America/Argentina/Salta", True),
        ("Europe/Mosow", False),  # a misspelling
        ("Moscow", False),  # a city, not a zone
        ("Europe", False),  # a folder of zones
        ("../../etc/passwd", False),  # a path never reaches zoneinfo
        ("/etc/localtime", False),
        ("MSK+3", False),
        ('""', False),
        ("3", False),
    ],
)
def test_time_zone_is_an_iana_name(tmp_path: Path, value: str, sound: bool) -> None:
    text = with_event_fields(f"    time_zone: {value}\n")
    found = problems(tmp_path, text)
    if sound:
        assert found == []
        assert read_ledger(write(tmp_path, text)).events[1].time_zone == value
        return
    assert len(found) == 1, found
    assert (found[0].line, found[0].field) == (line_of(text, "time_zone:"), "events[1].time_zone")


def test_a_bad_time_zone_names_what_is_expected(tmp_path: Path) -> None:
    [problem] = problems(tmp_path, with_event_fields("    time_zone: Europe/Mosow\n"))
    assert "'Europe/Mosow' is not an IANA time zone name" in problem.message
    assert "Europe/Moscow" in problem.message


def test_a_time_zone_note_needs_a_time_zone(tmp_path: Path) -> None:
    text = with_event_fields("    time_zone_note: Announced late in the evening, Moscow time.\n")
    [problem] = problems(tmp_path, text)
    assert (problem.line, problem.field) == (line_of(text, "time_zone_note:"), "events[1].time_zone_note")
    assert "needs a time_zone" in problem.message


def test_a_bad_time_zone_with_a_note_is_reported_once(tmp_path: Path) -> None:
    text = with_event_fields("    time_zone: Moscow\n    time_zone_note: Late in the evening.\n")
    assert [p.field for p in problems(tmp_path, text)] == ["events[1].time_zone"]


@pytest.mark.parametrize("kind", ["visit", "summit", "sanctions", "court_decision", "warrant"])
def test_the_kinds_an_article_cites_are_known(tmp_path: Path, kind: str) -> None:
    text = with_event_fields("    place: Moscow\n    time_zone: Europe/Moscow\n    time_zone_note: Why.\n", kind)
    event = read_ledger(write(tmp_path, text)).events[1]
    assert (event.kind, event.place, event.time_zone, event.time_zone_note) == (
        kind, "Moscow", "Europe/Moscow", "Why.")


def test_an_empty_place_is_reported(tmp_path: Path) -> None:
    text = with_event_fields('    place: " "\n')
    [problem] = problems(tmp_path, text)
    assert (problem.line, problem.field) == (line_of(text, "place:"), "events[1].place")


def test_events_without_the_new_fields_stay_valid(tmp_path: Path) -> None:
    event = read_ledger(write(tmp_path)).events[1]
    assert (event.place, event.time_zone, event.time_zone_note) == (None, None, None)


@cache
def _zones() -> list[str]:
    return sorted(available_timezones())


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30) | st.sampled_from(_zones()))
def test_time_zone_name_accepts_exactly_the_zones_zoneinfo_loads(value: str) -> None:
    try:
        accepted = time_zone_name(value)
    except ValueError as exc:
        assert "is not an IANA time zone name" in str(exc)
        assert value not in _zones()
    else:
        assert accepted == value
        assert ZoneInfo(value).key == value


def test_the_store_keeps_place_and_time_zone_and_history_shows_them(store_path: Path, tmp_path: Path) -> None:
    text = with_event_fields("    place: Damansky Island\n    time_zone: Asia/Vladivostok\n"
                             "    time_zone_note: Dawn on the Ussuri was still 1 March in Moscow.\n")
    with open_store(store_path, read_only=False) as store:
        store.load(read_ledger(write(tmp_path, text)))
        [row] = store.query("SELECT place, time_zone, time_zone_note FROM events WHERE ledger = 'tiny' "
                            "AND id = 'zhenbao'")
        assert row == {"place": "Damansky Island", "time_zone": "Asia/Vladivostok",
                       "time_zone_note": "Dawn on the Ussuri was still 1 March in Moscow."}
        history = pair_history(store, "Soviet Union", "People's Republic of China")
    [event] = [e for e in history.to_dict()["events"] if e["id"] == "zhenbao" and e["ledger"] == "tiny"]
    assert (event["place"], event["time_zone"]) == ("Damansky Island", "Asia/Vladivostok")


def test_a_store_made_before_the_new_columns_gains_them(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    connection = duckdb.connect(str(path))
    old = Store(path, connection, read_only=False)
    connection.execute("CREATE TABLE schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
    for name, sql in (m for m in _MIGRATIONS if m[0] < "0006"):
        connection.execute(sql)
        connection.execute("INSERT INTO schema_migrations VALUES (?, current_timestamp)", [name])
    assert "0006_event_place_and_time_zone" in old.migrate()
    columns = {r["column_name"] for r in old.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")}
    old.close()
    assert {"place", "time_zone", "time_zone_note"} <= columns
