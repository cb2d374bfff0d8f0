"""The tables the events package rests on: official column lists, CAMEO codes (with the damaged one), quad
classes, and actors' countries by period."""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foedus.events.cameo import cameo_codes, quad_class_of_root, read_cameo_json, root_name, write_cameo_table
from foedus.events.countries import CODE_PERIODS, country_lookup_sql, country_periods
from foedus.events.layouts import GDELT1_COLUMNS, GDELT2_COLUMNS


@pytest.mark.shared_data
def test_the_layouts_are_the_official_column_lists(shared_data: Path) -> None:
    for layout, name in ((GDELT1_COLUMNS, "gdelt1_events_columns.csv"), (GDELT2_COLUMNS, "gdelt2_events_columns.csv")):
        with (shared_data / "events" / name).open(encoding="utf-8") as handle:
            assert tuple(r["name"] for r in csv.DictReader(handle)) == layout
    assert (len(GDELT1_COLUMNS), len(GDELT2_COLUMNS)) == (58, 61)


@pytest.mark.shared_data
def test_the_shipped_cameo_table_is_rebuilt_from_the_original(shared_data: Path, tmp_path: Path) -> None:
    codes, problems = read_cameo_json(shared_data / "events" / "cameo_codes.json")
    (damaged,) = problems
    assert (damaged.field, damaged.line) == ("Description['0872']", None) and "damaged" in damaged.message
    rebuilt = tmp_path / "cameo_codes.csv"
    write_cameo_table(codes, rebuilt)
    shipped = resources.files("foedus.events") / "data" / "cameo_codes.csv"
    assert rebuilt.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")
    assert len(codes) == 280 and cameo_codes()["0872"].goldstein == 9.0 and cameo_codes()["0872"].description == ""


def test_a_cameo_file_that_is_not_one_is_refused(tmp_path: Path) -> None:
    from foedus.errors import DataFileError

    bad = tmp_path / "cameo.json"
    bad.write_text('{"Description": {}}', encoding="utf-8")
    with pytest.raises(DataFileError, match="is not a CAMEO codes JSON file"):
        read_cameo_json(bad)
    odd = tmp_path / "odd.json"
    odd.write_text('{"Description": {"04": "CONSULT", "2205": "x"}, "cameoCode": {"04": "04", "2205": "2205"}, '
                   '"GoldsteinScale": {"04": "11.0", "2205": "1"}}', encoding="utf-8")
    codes, problems = read_cameo_json(odd)
    assert codes == [] and [p.field for p in problems] == ["GoldsteinScale['04']", "cameoCode['2205']"]


@pytest.mark.shared_data
def test_gdelts_quad_classes_follow_the_root_codes(shared_data: Path) -> None:
    for name in ("gdelt1_events_sample.tsv", "gdelt2_events_sample.tsv"):
        columns = GDELT1_COLUMNS if name.startswith("gdelt1") else GDELT2_COLUMNS
        root, quad = columns.index("EventRootCode"), columns.index("QuadClass")
        for line in (shared_data / "events" / name).read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            assert quad_class_of_root(int(fields[root])) == int(fields[quad])


#: CAMEO's twenty root codes and the quad class GDELT's codebook gives each (QuadClass: 1 verbal cooperation,
#: 2 material cooperation, 3 verbal conflict, 4 material conflict): make a public statement (01) to engage in
#: diplomatic cooperation (05) are verbal cooperation; material cooperation (06), provide aid (07), yield (08) are
#: material cooperation; investigate (09) to reject (12) and threaten (13) are verbal conflict; protest (14) to
#: use unconventional mass violence (20) are material conflict. Written out, so that moving one root fails.
CAMEO_QUAD_CLASSES = {
    1: 1, 2: 1, 3: 1, 4: 1, 5: 1,
    6: 2, 7: 2, 8: 2,
    9: 3, 10: 3, 11: 3, 12: 3, 13: 3,
    14: 4, 15: 4, 16: 4, 17: 4, 18: 4, 19: 4, 20: 4,
}


def test_every_root_code_has_cameos_quad_class_in_python_and_in_sql() -> None:
    from foedus.events.cameo import quad_class_sql

    assert {root: quad_class_of_root(root) for root in range(1, 21)} == CAMEO_QUAD_CLASSES
    rows = duckdb.sql(f"SELECT root, {quad_class_sql('root')} FROM range(1, 21) t(root) ORDER BY root").fetchall()
    assert dict(rows) == CAMEO_QUAD_CLASSES
    assert root_name("06") == "Engage in material cooperation" and root_name("14") == "Protest"


def test_root_names_and_quad_classes() -> None:
    assert root_name("04") == "Consult" and root_name("19") == "Fight"
    assert [quad_class_of_root(r) for r in (1, 5, 6, 8, 9, 13, 14, 20)] == [1, 1, 2, 2, 3, 3, 4, 4]
    with pytest.raises(ValueError, match="not a CAMEO root code"):
        quad_class_of_root(21)


def _state(code: str, on: dt.date) -> int | None:
    found = [p.ccode for p in country_periods("code") if p.key == code and p.first <= on <= p.last]
    assert len(found) <= 1
    return found[0] if found else None


def test_country_codes_map_to_the_state_of_their_period() -> None:
    assert (_state("CHN", dt.date(2023, 3, 21)), _state("RUS", dt.date(1985, 1, 1))) == (710, 365)
    assert (_state("DEU", dt.date(1985, 1, 1)), _state("DEU", dt.date(1990, 10, 3))) == (260, 255)
    assert (_state("CZE", dt.date(1992, 12, 31)), _state("CZE", dt.date(1993, 1, 1))) == (315, 316)
    assert _state("ROM", dt.date(2000, 1, 1)) == 360
    assert _state("SSD", dt.date(2010, 1, 1)) is None  # South Sudan did not exist yet
    assert _state("AFR", dt.date(2010, 1, 1)) is None  # a region, not a state
    assert all(code.isupper() and len(code) == 3 for code, *_ in CODE_PERIODS)


_STATE_CODES = sorted({p.key for p in country_periods("code")})


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.sampled_from([*_STATE_CODES, "DEU", "CZE", "YEM", "AFR", "EUR", "WST"]),
                                    st.text("ABCDEUFRZ", min_size=1, max_size=4), st.none()),
                          st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31))), min_size=1, max_size=30))
def test_the_sql_lookup_maps_codes_as_the_periods_say(rows: list[tuple[str | None, dt.date]]) -> None:
    con = duckdb.connect()
    lookup = country_lookup_sql(con, "code").format(column="code", date="day")
    con.execute("CREATE TABLE e (code VARCHAR, day DATE)")
    con.executemany("INSERT INTO e VALUES (?, ?)", rows)
    found = [r[0] for r in con.execute(f"SELECT {lookup} FROM e").fetchall()]  # in insertion order
    assert found == [_state(code, day) if code else None for code, day in rows]


def test_every_state_alive_since_1980_has_an_event_code_and_name() -> None:
    """GDELT 1.0 starts in 1979: every COW state alive since then is mapped from a CAMEO code (GDELT) and from a
    name (ICEWS), including the GDR (DDR) and South Yemen (YMD), which ISO 3166-3 lists as former codes."""
    import datetime as dt

    from foedus.events.countries import NAME_ALIASES, country_periods
    from foedus.states import known_states

    since = dt.date(1980, 1, 1)
    by_code = {p.ccode for p in country_periods("code") if p.last >= since}
    by_name = {p.ccode for p in country_periods("name") if p.last >= since} | set(NAME_ALIASES.values())
    alive = {s.ccode for s in known_states() if s.exists_to is None or s.exists_to.latest() >= since}
    assert alive - by_code == set()
    assert alive - by_name == set()
    codes = {(p.key, p.ccode, p.first, p.last) for p in country_periods("code")}
    assert ("DDR", 265, dt.date(1949, 10, 7), dt.date(1990, 10, 2)) in codes
    assert ("YMD", 680, dt.date(1967, 11, 30), dt.date(1990, 5, 21)) in codes
