"""The model's units: a bilateral alliance's pair, a multilateral alliance's members; one breach counted once."""

from __future__ import annotations

import pytest

from foedus.codings import ATOP_TERMINATION_MODES, atop_ending
from foedus.reliability.spells import Alliance, Participation, stored_alliances
from foedus.reliability.units import alliance_units, group_of
from foedus.store import Store
from foedus.vocabulary import ENDINGS, is_breach


def member(ccode: int, start: float, end: float | None = None, ending: str | None = None,
           breached_by: frozenset[int] | None = None) -> Participation:
    return Participation(ccode, start, end, ending, "curated" if ending else None, breached_by)


def test_every_ending_is_a_breach_or_not_as_the_vocabulary_says() -> None:
    breaches = {e for e in ENDINGS if is_breach(e)}
    assert breaches == {"violated", "abrogated"}
    for ending in ("defeated", "dissolved_jointly", "expired", "replaced", "fulfilled", "lost_independence",
                   "in_force"):
        assert not is_breach(ending), ending


@pytest.mark.parametrize(("termmode", "termcaus", "ending"), [
    (0, 0, "in_force"), (1, -9, "expired"), (2, 1, "replaced"), (3, 3, "dissolved_jointly"), (3, 6, "violated"),
    (3, 4, "abrogated"), (3, 8, "abrogated"), (3, -9, "abrogated"), (4, 2, "lost_independence"), (5, 3, "fulfilled"),
    (6, 7, "defeated"),
])
def test_every_atop_termination_mode_maps_to_one_ending(termmode: int, termcaus: int, ending: str) -> None:
    assert atop_ending(termmode, termcaus) == ending
    assert set(ATOP_TERMINATION_MODES) == {0, 1, 2, 3, 4, 5, 6}


def test_a_bilateral_alliance_is_one_pair_unit() -> None:
    alliance = Alliance("x", "test", "X", frozenset({"defense"}), True,
                        [member(2, 1950.0, 1960.5, "violated"), member(20, 1950.0, 1960.5, "violated")])
    units = alliance_units([alliance], as_of=2000)
    assert len(units) == 1
    unit = units.iloc[0]
    assert unit["unit"] == "pair" and unit["group"] == "pair:2-20" and unit["breach"] and not unit["censored"]


def test_one_withdrawal_from_a_large_alliance_is_one_breach_not_one_per_pair() -> None:
    members = [member(c, 1950.0, 1970.0, "expired") for c in range(100, 130)]
    members[0] = member(100, 1950.0, 1962.0, "abrogated", frozenset({100}))
    alliance = Alliance("big", "test", "Big", frozenset({"defense"}), False, members)
    units = alliance_units([alliance], as_of=2000)
    assert len(units) == 30 and set(units["unit"]) == {"member"}
    assert int(units["breach"].sum()) == 1
    assert units.loc[units["breach"], "ccode1"].tolist() == [100]


def test_a_breach_by_another_member_ends_a_member_otherwise() -> None:
    alliance = Alliance("m", "test", "M", frozenset({"defense"}), False, [
        member(2, 1950.0, 1960.0, "violated", frozenset({20})), member(20, 1950.0, 1960.0, "violated",
                                                                       frozenset({20})),
        member(200, 1950.0, 1960.0, "violated", frozenset({20})),
    ])
    units = alliance_units([alliance], as_of=2000).set_index("ccode1")
    assert units.loc[20, "breach"] and units.loc[20, "ending"] == "violated"
    assert not units.loc[2, "breach"] and units.loc[2, "ending"] == "other"


def test_units_still_in_force_are_censored_at_the_end_of_the_data() -> None:
    alliance = Alliance("a", "atop", "A", frozenset({"defense"}), True,
                        [member(2, 2000.5), member(20, 2000.5)], data_end=2017.0)
    unit = alliance_units([alliance], as_of=2024).iloc[0]
    assert unit["censored"] and unit["end"] == 2017.0
    unit = alliance_units([alliance], as_of=2010).iloc[0]
    assert unit["censored"] and unit["end"] == 2011.0


def test_shipped_atop_alliances_in_force_are_censored_after_the_last_year_atop_covers(store: Store) -> None:
    units = alliance_units(stored_alliances(store, "atop"), as_of=2024)
    atop = units[units["source"] == "atop"]
    assert len(atop) > 1000
    assert atop.loc[atop["censored"], "end"].max() == 2017.0  # ATOP 4.01 covers to the end of 2016


def test_successor_states_of_one_ally_are_not_allied_to_each_other(store: Store) -> None:
    alliances = {a.key: a for a in stored_alliances(store, "atop")}
    units = alliance_units([alliances["atop-4070"]], as_of=2016)  # France and Czechoslovakia, then its successors
    assert set(units["group"]) == {"pair:220-315", "pair:220-316", "pair:220-317"}


def test_group_keys_order_the_pair() -> None:
    assert group_of("pair", 710, 365) == "pair:365-710"
    assert group_of("member", 2, None) == "state:2"


def test_a_groups_record_counts_only_what_ended_before_the_unit_began() -> None:
    alliances = [
        Alliance("a", "test", "A", frozenset({"defense"}), True,
                 [member(2, 1900.0, 1910.0, "violated"), member(20, 1900.0, 1910.0, "violated")]),
        Alliance("b", "test", "B", frozenset({"defense"}), True, [member(2, 1920.0), member(20, 1920.0)]),
    ]
    units = alliance_units(alliances, as_of=2000).set_index("alliance")
    assert units.loc["b", "prior_units"] == 1 and units.loc["b", "prior_breaches"] == 1
    assert units.loc["a", "prior_units"] == 0
