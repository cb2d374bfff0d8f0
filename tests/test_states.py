"""Resolving states from names, codes and historic names with their periods."""

from __future__ import annotations

import contextlib
import csv
import itertools
from pathlib import Path

import pytest

from foedus.errors import AmbiguousStateError, StateNotFoundError
from foedus.states import cow_code_for_gw, gw_to_cow_periods, known_states, resolve_state, state_name


@pytest.mark.parametrize(
    ("query", "on", "ccode"),
    [
        ("Qing China", 1896, 710), ("Republic of China", 1937, 710), ("Republic of China", 1953, 713),
        ("People's Republic of China", 1950, 710), ("China", None, 710), ("CHN", None, 710), (710, None, 710),
        ("Russian Empire", "1896-06-03", 365), ("Soviet Union", 1950, 365), ("USSR", 1969, 365),
        ("Russian Federation", 2001, 365), ("Russia", None, 365), ("RUS", None, 365), ("365", None, 365),
        ("soviet union", 1950, 365), ("  Japan ", None, 740), ("United States", None, 2), ("USA", None, 2),
        ("UKG", None, 200), ("GBR", None, 200), ("West Germany", 1960, 260),
    ],
)
def test_names_codes_and_historic_names_resolve(query: str | int, on: int | str | None, ccode: int) -> None:
    assert resolve_state(query, on=on).ccode == ccode


def test_historic_name_outside_its_period_is_an_error() -> None:
    with pytest.raises(StateNotFoundError, match=r"Qing China.*1912"):
        resolve_state("Qing China", on=1950)
    with pytest.raises(StateNotFoundError, match="1922"):
        resolve_state("Soviet Union", on=1896)


def test_name_of_two_states_needs_a_date() -> None:
    with pytest.raises(AmbiguousStateError) as caught:
        resolve_state("Republic of China")
    assert any("710" in o for o in caught.value.options) and any("713" in o for o in caught.value.options)


def test_unknown_name_lists_the_closest_matches() -> None:
    with pytest.raises(StateNotFoundError) as caught:
        resolve_state("Rusia")
    assert "Russia" in caught.value.suggestions
    with pytest.raises(StateNotFoundError, match="did you mean"):
        resolve_state("Sovet Union")


def test_unknown_code_is_an_error() -> None:
    with pytest.raises(StateNotFoundError, match="no state has this COW code"):
        resolve_state(9999)


def test_name_in_use_on_a_date() -> None:
    assert state_name(365, 1896) == "Russian Empire"
    assert state_name(365, 1950) in {"Soviet Union", "USSR", "Union of Soviet Socialist Republics"}
    assert state_name(710, 1896) in {"Qing China", "Qing Empire", "Qing dynasty"}


def test_no_name_denotes_two_states_at_once() -> None:
    from foedus.states import _tables

    _, names = _tables()
    by_name: dict[str, list[object]] = {}
    for entry in names:
        by_name.setdefault(entry.name.casefold(), []).append(entry)
    for entries in by_name.values():
        for i, x in enumerate(entries):
            for y in entries[i + 1:]:
                if x.ccode != y.ccode:  # type: ignore[attr-defined]
                    overlap = not (
                        (x.end is not None and y.start is not None and x.end < y.start)  # type: ignore[attr-defined]
                        or (y.end is not None and x.start is not None and y.end < x.start)  # type: ignore[attr-defined]
                    )
                    assert not overlap, (x, y)


@pytest.mark.shared_data
def test_every_cow_state_is_known_with_its_abbreviation(shared_data: Path) -> None:
    ours = {s.ccode: s for s in known_states()}
    with (shared_data / "cow" / "states2016.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {int(r["ccode"]) for r in rows} <= set(ours)
    for row in rows:
        state = ours[int(row["ccode"])]
        assert state.cow_abb == row["stateabb"], row
        # COW names a state by its latest name over the whole spell ("Yugoslavia" from 1878): try both ends
        resolved = set()
        for year in (row["styear"], row["endyear"]):
            with contextlib.suppress(LookupError):
                resolved.add(resolve_state(row["statenme"], on=year).ccode)
        assert resolved == {state.ccode}, row


@pytest.mark.shared_data
def test_gleditsch_ward_codes_are_real(shared_data: Path) -> None:
    with (shared_data / "gw" / "gw_states_processed.csv").open(encoding="utf-8") as handle:
        gw_codes = {int(float(r["gwcode"])) for r in csv.DictReader(handle)}
    ours = {s.gwcode for s in known_states() if s.gwcode is not None}
    # G-W list microstates separately (Gleditsch & Ward 1999, appendix); the processed list leaves them out
    microstates = {54, 55, 56, 57, 58, 60, 221, 223, 232, 331, 403, 591, 935, 970, 971, 972, 973, 983, 986, 987, 990}
    assert ours - gw_codes == microstates


@pytest.mark.parametrize(("gwcode", "on", "ccode"), [
    (260, "1989-12-31", 260), (260, "1990-10-02", 260), (260, "1990-10-03", 255), (260, "2015", 255),  # Germany
    (255, "1900", 255), (265, "1980", 265),
    (340, "1882", 345), (340, "2010", 345), (345, "1950", 345), (347, "2010", 347),  # Serbia, Yugoslavia, Kosovo
    (678, "1980", 678), (678, "1990-05-21", 678), (678, "1990-05-22", 679), (680, "1980", 680),  # Yemen
    (816, "1960", 816), (816, "1990", 816), (817, "1960", 817), (817, "1980", None),  # Vietnam
    (970, "2000", 946), (971, "2000", 970), (972, "2000", 955), (973, "2000", 947),  # Kiribati, Nauru, Tonga, Tuvalu
    (711, "1930", None), (563, "1880", None), (815, "1850", None),  # Tibet, Transvaal, Vietnam (Annam)
    (2, "1816", 2), (365, "1950", 365), (710, "1900", 710),
])
def test_gleditsch_ward_codes_map_to_cow_codes_by_period(gwcode: int, on: str, ccode: int | None) -> None:
    assert cow_code_for_gw(gwcode, on) == ccode


def test_the_periods_of_a_gleditsch_ward_code_never_overlap() -> None:
    periods = gw_to_cow_periods()
    assert periods == tuple(sorted(periods, key=lambda p: (p.gwcode, p.first)))
    for before, after in itertools.pairwise(periods):
        if before.gwcode == after.gwcode:
            assert before.last < after.first, (before, after)
    assert all(p.first <= p.last for p in periods)
