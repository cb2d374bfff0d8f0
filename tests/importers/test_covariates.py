"""The covariate importers: capabilities, democracy scores, dispute dyad-years, rivalries and leaders, from their
original layouts and the processed copies, every bad row named by file, line and column, one transaction per file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from foedus.errors import DataFileError, Problem
from foedus.importers import ImportReport, import_covariates
from foedus.importers.covariates import COVARIATE_DATASETS
from tests.importers.helpers import rows, snapshot
from tests.importers.synthetic import write
from tests.importers.synthetic_covariates import (
    DEMOCRACY_PROCESSED,
    LEADERS,
    MID_DDYDISPS,
    MIDA,
    MIDB,
    MIDB_DYAD_YEARS,
    MIDB_HEADER,
    NMC_ORIGINAL,
    NMC_PROCESSED,
    POLITY5,
    RIVALRIES,
    RIVALRIES_BY_NAME,
    UDS,
    VDEM,
    archigos_original,
    archigos_processed,
)


def scores(store_path: Path) -> dict[tuple[int, int, str], float]:
    found = rows(store_path, "SELECT ccode, year, measure, value FROM regime_scores")
    return {(r["ccode"], r["year"], r["measure"]): r["value"] for r in found}


# --- capabilities --------------------------------------------------------------------------------------------
def test_nmc_original_reads_version_from_the_name_and_minus_nine_as_missing(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("nmc", write(tmp_path, "NMC-60-abridged.csv", NMC_ORIGINAL), db=store_path)
    assert (report.layout, report.version, report.rows_stored, report.coverage) == ("original", "6.0", 4, (1900, 1901))
    china = rows(store_path, "SELECT * FROM capabilities WHERE ccode = 710")[0]
    assert (china["milex"], china["pec"], china["milper"], china["cinc"], china["line"]) == (None, None, 1000.0,
                                                                                            0.1086, 5)


def test_nmc_version_column_is_used_when_the_name_says_nothing(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("nmc", write(tmp_path, "capabilities.csv", NMC_ORIGINAL), db=store_path)
    assert report.version == "2021"  # COW writes a release year in the version column
    (given,) = import_covariates("nmc", write(tmp_path, "NMC-70-abridged.csv", NMC_ORIGINAL), db=store_path,
                                 version="7.0")
    assert given.version == "7.0"


def test_nmc_processed_takes_float_codes_and_empty_values(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("nmc", write(tmp_path, "cow_nmc.csv", NMC_PROCESSED), db=store_path)
    assert (report.layout, report.version, report.rows_stored) == ("processed", None, 4)
    found = {r["ccode"]: r for r in rows(store_path, "SELECT * FROM capabilities WHERE year = 2022")}
    assert found[710]["milex"] is None and found[710]["cinc"] == pytest.approx(0.23409663)
    assert found[2]["year"] == 2022 and found[2]["tpop"] == 344775
    assert rows(store_path, "SELECT cinc FROM capabilities WHERE ccode = 31")[0]["cinc"] == pytest.approx(4.7880199e-05)


BAD_NMC = """\
stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version
USA,2,1900,191000,126,10352,248964,76094,18963,.1859,2021
USA,2.5,1901,-9,112,13689,271540,77584,19501,.1901,2021
UKG,200,1900,lots,624,5050,171000,41155,14281,1.5,2021
CHN,710,1900,-9,1000,0,-9,-3,17850,.1086,2021
USA,2,1900,191000,126,10352,248964,76094,18963,.1859,2021
"""


def test_bad_capabilities_are_named_by_file_line_and_column_and_nothing_is_stored(
    store_path: Path, tmp_path: Path
) -> None:
    before = snapshot(store_path)
    path = write(tmp_path, "NMC-60-abridged.csv", BAD_NMC)
    with pytest.raises(DataFileError) as caught:
        import_covariates("nmc", path, db=store_path)
    file = str(path)
    assert caught.value.problems == [
        Problem(file, 3, "ccode", "is '2.5', not a whole number"),
        Problem(file, 4, "cinc", "is '1.5', not between 0 and 1"),
        Problem(file, 4, "milex", "is 'lots', not a number"),
        Problem(file, 5, "tpop", "is '-3', not between 0 and 1000000000000000"),
        Problem(file, 6, "year", "repeats the state-year of line 2"),
    ]
    assert snapshot(store_path) == before


def test_skip_bad_rows_stores_the_good_capabilities_and_counts_the_bad(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("nmc", write(tmp_path, "NMC-60-abridged.csv", BAD_NMC), db=store_path,
                                  skip_bad_rows=True)
    assert (report.rows_read, report.rows_stored, report.rows_skipped) == (5, 1, 4)
    assert {p.line for p in report.problems} == {3, 4, 5, 6}


def test_importing_a_covariate_file_again_replaces_its_rows(store_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "extended_uds.csv", UDS)
    (first,) = import_covariates("democracy", path, db=store_path)
    before = snapshot(store_path)
    (second,) = import_covariates("democracy", path, db=store_path)
    assert (first.status, second.status) == ("imported", "replaced")
    after = snapshot(store_path)
    assert {k: v for k, v in after.items() if k != "imported_files"} == {
        k: v for k, v in before.items() if k != "imported_files"}
    assert len(after["imported_files"]) == 1


# --- democracy ----------------------------------------------------------------------------------------------
def test_vdem_keeps_the_successor_on_a_shared_state_year_and_skips_rows_without_a_cow_code(
    store_path: Path, tmp_path: Path
) -> None:
    (report,) = import_covariates("democracy", write(tmp_path, "V-Dem-CY-Full+Others-v16.csv", VDEM),
                                  db=store_path)
    assert (report.layout, report.version, report.stored_as) == ("vdem", "16", "scores")
    assert scores(store_path) == {
        (2, 1900, "v2x_polyarchy"): 0.372, (325, 1860, "v2x_polyarchy"): 0.101,
        (325, 1861, "v2x_polyarchy"): 0.153, (325, 1862, "v2x_polyarchy"): 0.155,
    }
    assert "imported 7 of 7 rows as 4 scores" in str(report)
    assert report.notes[0] == "1 rows have no COW state and were not stored (Hong Kong)"
    assert report.notes[1].startswith("1 values share a COW state-year with another unit's and were not stored: "
                                      "Piedmont-Sardinia 1861 v2x_polyarchy (line 5; kept Italy, line 6)")


def test_polity_codes_are_mapped_to_cow_codes_by_period(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("democracy", write(tmp_path, "p5v2018.csv", POLITY5), db=store_path)
    assert (report.layout, report.version) == ("polity5", "p5v2018")
    found = scores(store_path)
    assert found[(365, 1922, "polity2")] == -1  # Russia (365), not the USSR (364), in 1922
    assert found[(365, 1923, "polity2")] == -7
    assert found[(345, 2005, "polity2")] == 6 and found[(345, 2006, "polity2")] == 8  # Serbia continues
    assert found[(341, 2007, "polity2")] == 9 and found[(347, 2008, "polity2")] == 8  # Montenegro, Kosovo
    assert found[(300, 1917, "polity2")] == -4 and (305, 1917, "polity2") not in found
    assert found[(300, 1918, "polity2")] == found[(305, 1918, "polity2")] == 1  # the interpolated polity2
    assert not [key for key in found if key[1] == 1830]  # United Province CA: no COW state
    assert any(note.startswith("codes mapped to COW: 305 Austria -> 300 (2 rows)") for note in report.notes)


def test_a_special_polity_code_in_polity2_is_refused(store_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "p5v2018.csv", POLITY5.replace("-88,1,", "-88,-88,"))
    with pytest.raises(DataFileError) as caught:
        import_covariates("democracy", path, db=store_path)
    assert caught.value.problems == [Problem(str(path), 13, "polity2", "is '-88', not between -10 and 10 (Polity's "
                                                                       "special codes -66, -77 and -88 are not "
                                                                       "polity2 values)")]


def test_extended_uds_stores_both_scores_and_reads_na_as_missing(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("democracy", write(tmp_path, "extended_uds.csv", UDS), db=store_path)
    assert (report.layout, report.version, report.rows_stored) == ("uds", None, 6)
    found = scores(store_path)
    assert found[(345, 1918, "euds")] == -0.6 and found[(345, 1918, "aeuds")] == -0.9  # Yugoslavia continues
    assert found[(345, 1917, "euds")] == -0.5
    assert "1 rows have no COW state and were not stored (Hong Kong)" in report.notes


def test_processed_democracy_scores_are_long_and_missing_values_are_absent(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("democracy", write(tmp_path, "cw_democracy.csv", DEMOCRACY_PROCESSED),
                                  db=store_path)
    assert (report.layout, report.rows_read, report.rows_stored, report.coverage) == ("processed", 4, 11,
                                                                                      (1816, 2025))
    found = scores(store_path)
    assert found[(2, 1816, "polity2")] == 6 and (710, 2025, "polity2") not in found
    assert not [key for key in found if key[0] == 365]


def test_democracy_files_of_different_layouts_are_kept_side_by_side(store_path: Path, tmp_path: Path) -> None:
    vdem = write(tmp_path, "V-Dem-CY-Full+Others-v16.csv", VDEM)
    import_covariates("democracy", [vdem, write(tmp_path, "p5v2018.csv", POLITY5)], db=store_path)
    import_covariates("democracy", write(tmp_path, "V-Dem-CY-Full+Others-v16.csv", VDEM.replace("0.372", "0.373")),
                      db=store_path)  # a corrected V-Dem 16 replaces the first, not Polity
    files = rows(store_path, "SELECT layout, version FROM imported_files ORDER BY layout")
    assert files == [{"layout": "polity5", "version": "p5v2018"}, {"layout": "vdem", "version": "16"}]
    assert scores(store_path)[(2, 1900, "v2x_polyarchy")] == 0.373


def test_a_repeated_unit_year_and_an_out_of_range_score_are_problems(store_path: Path, tmp_path: Path) -> None:
    lines = VDEM.splitlines()
    text = "\n".join([*lines, lines[1], lines[3].replace(",0.101,", ",1.2,")]) + "\n"
    path = write(tmp_path, "vdem.csv", text)
    with pytest.raises(DataFileError) as caught:
        import_covariates("democracy", path, db=store_path)
    assert [(p.line, p.field, p.message) for p in caught.value.problems] == [
        (9, "year", "repeats the V-Dem country-year of line 2"),
        (10, "v2x_polyarchy", "is '1.2', not between 0 and 1"),
        (10, "year", "repeats the V-Dem country-year of line 4"),
    ]


# --- disputes -----------------------------------------------------------------------------------------------
def dyad_years(store_path: Path) -> set[tuple[object, ...]]:
    found = rows(store_path, "SELECT dispute, ccode1, ccode2, year, onset, hostility, fatal FROM dispute_dyad_years")
    return {tuple(r.values()) for r in found}


def test_midb_participants_make_the_dyad_years_of_opposite_sides_that_overlap(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("mids", write(tmp_path, "MIDB 5.0.csv", MIDB), db=store_path)
    assert (report.layout, report.version, report.stored_as) == ("midb", "5.0", "dyad-years")
    assert dyad_years(store_path) == MIDB_DYAD_YEARS
    assert "imported 11 of 11 rows as 8 dyad-years" in str(report)
    first = rows(store_path, "SELECT line FROM dispute_dyad_years WHERE dispute = 2003 AND ccode2 = 710 "
                             "AND ccode1 = 2 AND year = 1906")
    assert first == [{"line": 8}]  # the first of the MIDB rows the dyad-year came from


def test_midb_version_comes_from_its_version_column(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("mids", write(tmp_path, "participants.csv", MIDB), db=store_path)
    assert report.version == "5.0"


def test_mida_is_refused_with_what_to_import_instead(store_path: Path, tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as caught:
        import_covariates("mids", write(tmp_path, "MIDA 5.0.csv", MIDA), db=store_path)
    assert "import that instead" in caught.value.problems[0].message and "MIDB" in caught.value.problems[0].message


def test_bad_midb_dates_are_problems(store_path: Path, tmp_path: Path) -> None:
    lines = MIDB.splitlines()
    text = "\n".join([lines[0], lines[1].replace("2001,USA,2,5,3,1900", "2001,USA,2,30,2,1900"),
                      lines[2].replace("31,12,1900", "31,12,1899"), lines[3].replace(",0,0,1,2,0,5", ",0,0,1,7,0,5")])
    path = write(tmp_path, "MIDB 5.0.csv", text + "\n")
    with pytest.raises(DataFileError) as caught:
        import_covariates("mids", path, db=store_path)
    assert [(p.line, p.field, p.message) for p in caught.value.problems] == [
        (2, "stday", "is 30, a day that does not exist in 1900-02"),
        (3, "endyear", "ends (1899-12-31) before it begins (1900-06)"),
        (4, "hostlev", "is '7', not between 1 and 5"),
    ]


def test_processed_directed_dispute_years_are_stored_once_per_dyad(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("mids", write(tmp_path, "cow_mid_ddydisps.csv", MID_DDYDISPS), db=store_path)
    assert (report.layout, report.rows_read, report.rows_stored) == ("processed", 8, 4)
    assert dyad_years(store_path) == {
        (3001, 2, 20, 1979, True, 4, False), (3002, 365, 710, 1969, True, 5, True),
        (3002, 365, 710, 1970, False, 4, True), (3003, 2, 710, 1950, True, 4, None),
    }


def test_a_mirror_row_that_disagrees_and_states_on_one_side_are_problems(store_path: Path, tmp_path: Path) -> None:
    lines = MID_DDYDISPS.splitlines()
    assert lines[4].startswith("3002.0,710.0,365.0,1969.0,1,1,")
    text = "\n".join([*lines[:4], lines[4].replace("1969.0,1,1,", "1969.0,1,0,"), *lines[5:6],
                      lines[6].replace("1970.0,1,0,0,1,", "1970.0,1,0,1,1,")]) + "\n"
    path = write(tmp_path, "cow_mid_ddydisps.csv", text)
    with pytest.raises(DataFileError) as caught:
        import_covariates("mids", path, db=store_path)
    assert [(p.line, p.field, p.message) for p in caught.value.problems] == [
        (5, "cowmidonset", "disagrees with its mirror row (line 4) on the onset, hostility or fatalities"),
        (7, "sidea2", "puts both states on the same side"),
    ]


# --- rivalries ----------------------------------------------------------------------------------------------
def test_rivalries_are_non_directed_and_an_end_in_2010_means_ongoing(store_path: Path, tmp_path: Path) -> None:
    (report,) = import_covariates("rivalries", write(tmp_path, "td_rivalries.csv", RIVALRIES), db=store_path)
    assert (report.layout, report.rows_stored, report.coverage) == ("processed", 4, (1494, 2010))
    found = {r["rivalry"]: r for r in rows(store_path, "SELECT * FROM rivalries")}
    assert (found[126]["ccode1"], found[126]["ccode2"], found[126]["kind"]) == (365, 710, "ideological;positional;"
                                                                                        "spatial")
    assert (found[29]["name"], found[29]["start_year"], found[29]["end_year"]) == ("China-Russia 1", 1816, 1949)
    assert (found[122]["ccode1"], found[122]["ccode2"], found[122]["end_year"]) == (350, 640, None)


def test_rivalries_that_name_their_sides_or_have_an_unknown_type_are_refused(store_path: Path, tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as named:
        import_covariates("rivalries", write(tmp_path, "strategic_rivalries.csv", RIVALRIES_BY_NAME), db=store_path)
    assert "names the rivals" in named.value.problems[0].message
    path = write(tmp_path, "td_rivalries.csv", RIVALRIES.replace('"positional","spatial",\n', '"economic",,\n', 1))
    with pytest.raises(DataFileError) as typed:
        import_covariates("rivalries", path, db=store_path)
    assert [(p.line, p.field, p.message) for p in typed.value.problems] == [
        (2, "type1", "is 'economic', not one of spatial, positional, ideological, interventionary")]


# --- leaders ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "text", "layout", "version"), [
    ("1March_Archigos_4.1.txt", archigos_original(), "original", "4.1"),
    ("archigos_41.csv", archigos_original(","), "original", None),
    ("archigos.csv", archigos_processed(), "processed", None),
])
def test_leaders_carry_the_cow_code_of_their_state_by_period(
    store_path: Path, tmp_path: Path, name: str, text: str, layout: str, version: str | None
) -> None:
    (report,) = import_covariates("archigos", write(tmp_path, name, text), db=store_path)
    assert (report.layout, report.version, report.rows_stored) == (layout, version, len(LEADERS))
    found = {r["name"]: r for r in rows(store_path, "SELECT * FROM leaders")}
    for (_, gwcode, _, leader, start, _, _, _, _), ccode in LEADERS:
        assert (found[leader]["gwcode"], found[leader]["ccode"]) == (gwcode, ccode), leader
        assert found[leader]["start_date"] == dt.date.fromisoformat(start)
    assert found["Merkel"]["end_date"] is None and found["Merkel"]["exit"] == "Still in Office"
    assert found["Kohl"]["end_date"] == dt.date(1998, 10, 27)
    assert found["Saleh al-Hashidi"]["exitcode"] == "Popular Protest, without Foreign Support"
    assert report.notes == (
        "1 spells have a G-W code no COW state corresponds to and no ccode: G-W 711: 1 (e.g. TBT-1875)",
        "2 spells run across a change of COW code and carry the code where they begin: "
        "YEM-1978 Saleh al-Hashidi: 678 then 679; GFR-1982 Kohl: 260 then 255",
    )


def test_a_spell_that_ends_before_it_begins_or_repeats_an_obsid_is_refused(store_path: Path, tmp_path: Path) -> None:
    lines = archigos_processed().splitlines()
    text = "\n".join([*lines[:3], lines[3].replace("2005-11-22,2015-12-31", "2005-11-22,2005-11-21"),
                      lines[1]]) + "\n"
    path = write(tmp_path, "archigos.csv", text)
    with pytest.raises(DataFileError) as caught:
        import_covariates("archigos", path, db=store_path)
    assert [(p.line, p.field, p.message) for p in caught.value.problems] == [
        (4, "enddate", "ends (2005-11-21) before it begins (2005-11-22)"),
        (5, "obsid", "repeats the spell (obsid) of line 2"),
    ]


# --- all of them ------------------------------------------------------------------------------------------------
def test_a_file_of_another_dataset_is_refused_by_name(store_path: Path, tmp_path: Path) -> None:
    for dataset in COVARIATE_DATASETS:
        with pytest.raises(DataFileError) as caught:
            import_covariates(dataset, write(tmp_path, "other.csv", "a,b,c\n1,2,3\n"), db=store_path)
        assert caught.value.problems[0].line == 1
    with pytest.raises(ValueError, match="unknown covariate dataset 'nope'"):
        import_covariates("nope", write(tmp_path, "other.csv", "a,b\n1,2\n"), db=store_path)


def test_a_row_with_too_many_values_is_a_problem_where_na_means_missing(store_path: Path, tmp_path: Path) -> None:
    lines = VDEM.splitlines()
    path = write(tmp_path, "vdem.csv", "\n".join([*lines[:2], lines[2] + ",NA", *lines[3:]]) + "\n")
    with pytest.raises(DataFileError) as caught:
        import_covariates("democracy", path, db=store_path)
    assert [(p.line, p.message) for p in caught.value.problems] == [(3, "has 28 values; the file has 27 columns")]


# --- the dyad rule against a day-by-day oracle ----------------------------------------------------------------
_DAY = dt.timedelta(days=1)


def _first_day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, 1 if day == -9 else day)


def _last_day(year: int, month: int, day: int) -> dt.date:
    if day != -9:
        return dt.date(year, month, day)
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - _DAY


def _oracle(participants: list[tuple[int, int, tuple[int, int, int], tuple[int, int, int], int, int]]) -> set[
        tuple[object, ...]]:
    """Expand every participant row to its days, pair opposite sides day by day (peacesciencer's way)."""
    by_year: dict[tuple[int, int, int], list[tuple[int, bool | None]]] = {}
    for a in participants:
        for b in participants:
            if not (a[0] < b[0] and a[1] != b[1]):
                continue
            first = max(_first_day(*a[2]), _first_day(*b[2]))
            last = min(_last_day(*a[3]), _last_day(*b[3]))
            fatal = True if a[4] > 0 or b[4] > 0 else (False if a[4] == 0 and b[4] == 0 else None)
            day = first
            while day <= last:
                by_year.setdefault((a[0], b[0], day.year), []).append((max(a[5], b[5]), fatal))
                day += _DAY
    found = set()
    for (c1, c2, year), values in by_year.items():
        fatals = [f for _, f in values]
        fatal = True if True in fatals else (False if all(f is False for f in fatals) else None)
        onset = (c1, c2, year - 1) not in by_year
        found.add((9001, c1, c2, year, onset, max(h for h, _ in values), fatal))
    return found


_date = st.tuples(st.integers(1900, 1902), st.integers(1, 12), st.sampled_from([-9, 1, 15, 28]))


@st.composite
def _participants(draw: st.DrawFn) -> list[tuple[int, int, tuple[int, int, int], tuple[int, int, int], int, int]]:
    rows_ = []
    for _ in range(draw(st.integers(2, 5))):
        start, end = sorted([draw(_date), draw(_date)])
        rows_.append((draw(st.sampled_from([2, 20, 200])), draw(st.integers(0, 1)), start, end,
                      draw(st.sampled_from([-9, 0, 0, 3])), draw(st.integers(1, 5))))
    keys = [(r[0], r[1], r[2]) for r in rows_]
    assume(len(set(keys)) == len(keys))  # MIDB has one row per participation (state, side and start)
    return rows_


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(participants=_participants())
def test_dyad_years_from_midb_match_a_day_by_day_pairing(
    store_path: Path, tmp_path: Path,
    participants: list[tuple[int, int, tuple[int, int, int], tuple[int, int, int], int, int]],
) -> None:
    lines = [MIDB_HEADER]
    for ccode, side, (sy, sm, sd), (ey, em, ed), fatality, hostlev in participants:
        lines.append(f"9001,XXX,{ccode},{sd},{sm},{sy},{ed},{em},{ey},{side},0,-9,-9,{fatality},-9,7,{hostlev},1,5")
    import_covariates("mids", write(tmp_path, "MIDB 5.0.csv", "\n".join(lines) + "\n"), db=store_path)
    assert dyad_years(store_path) == _oracle(participants)


# --- the real processed files ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_covariates(
    shared_data: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, ImportReport]]:
    from foedus.store import open_store

    db = tmp_path_factory.mktemp("covariates") / "foedus.duckdb"
    open_store(db).close()
    folder = shared_data / "covariates"
    reports: dict[str, ImportReport] = {}
    for dataset, name in (("nmc", "cow_nmc.csv"), ("democracy", "cw_democracy.csv"),
                          ("mids", "cow_mid_ddydisps.csv"), ("rivalries", "td_rivalries.csv"),
                          ("archigos", "archigos.csv")):
        (reports[dataset],) = import_covariates(dataset, folder / name, db=db)
    return db, reports


@pytest.mark.shared_data
def test_the_processed_covariates_import_with_the_counts_of_the_readme(
    shared_data: Path, real_covariates: tuple[Path, dict[str, ImportReport]]
) -> None:
    db, reports = real_covariates
    read = {dataset: (r.rows_read, r.rows_skipped, r.coverage) for dataset, r in reports.items()}
    assert read == {
        "nmc": (17_121, 0, (1816, 2022)), "democracy": (17_706, 0, (1816, 2025)),
        "mids": (10_234, 0, (1816, 2014)), "rivalries": (197, 0, (1494, 2010)), "archigos": (3_409, 0, (1840, 2015)),
    }
    assert rows(db, "SELECT count(*) AS n FROM capabilities")[0]["n"] == 17_121
    assert rows(db, "SELECT count(*) AS n FROM dispute_dyad_years")[0]["n"] == 10_234 // 2  # mirrored pairs
    assert rows(db, "SELECT count(*) AS n FROM rivalries")[0]["n"] == 197
    assert rows(db, "SELECT count(*) AS n FROM leaders")[0]["n"] == 3_409


@pytest.mark.shared_data
def test_china_and_russia_in_the_real_covariates(
    shared_data: Path, real_covariates: tuple[Path, dict[str, ImportReport]]
) -> None:
    db, _ = real_covariates
    cinc = {r["ccode"]: r["cinc"] for r in rows(db, "SELECT ccode, cinc FROM capabilities WHERE year = 2022")}
    assert cinc[710] == pytest.approx(0.234, abs=5e-4) and cinc[365] == pytest.approx(0.038, abs=5e-4)
    rivalries = rows(db, "SELECT start_year, end_year, kind FROM rivalries WHERE ccode1 = 365 AND ccode2 = 710 "
                         "ORDER BY start_year")
    assert [(r["start_year"], r["end_year"]) for r in rivalries] == [(1816, 1949), (1958, 1989)]
    putin = rows(db, "SELECT ccode, gwcode, end_date FROM leaders WHERE name = 'Putin' ORDER BY start_date")
    assert putin[-1] == {"ccode": 365, "gwcode": 365, "end_date": None}  # still in office when the data end


@pytest.mark.shared_data
def test_real_scores_stay_in_range_and_leaders_without_a_cow_state_are_the_expected_ones(
    shared_data: Path, real_covariates: tuple[Path, dict[str, ImportReport]]
) -> None:
    db, reports = real_covariates
    ranges = {r["measure"]: (r["low"], r["high"]) for r in rows(
        db, "SELECT measure, min(value) AS low, max(value) AS high FROM regime_scores GROUP BY measure")}
    assert set(ranges) == {"euds", "aeuds", "polity2", "v2x_polyarchy"}
    assert ranges["polity2"] == (-10, 10) and 0 <= ranges["v2x_polyarchy"][0] < ranges["v2x_polyarchy"][1] <= 1
    unplaced = rows(db, "SELECT DISTINCT gwcode FROM leaders WHERE ccode IS NULL ORDER BY gwcode")
    # Ireland before 1922, Transvaal, Orange Free State, Tibet, the Maldives before 1965, Vietnam before 1893
    assert [r["gwcode"] for r in unplaced] == [205, 563, 564, 711, 781, 815]
    assert reports["archigos"].notes[0].startswith("34 spells have a G-W code")
    germany = rows(db, "SELECT DISTINCT ccode FROM leaders WHERE gwcode = 260 AND start_date > DATE '1990-10-03'")
    assert germany == [{"ccode": 255}]
