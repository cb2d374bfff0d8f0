"""Alliance spells from the ledgers: pairs, endings under each coding, censoring, the pair's record."""

from __future__ import annotations

import pandas as pd

from foedus.reliability.spells import Alliance, Participation, alliance_spells, stored_spells
from foedus.store import Store


def china_russia(spells: pd.DataFrame) -> pd.DataFrame:
    return spells[(spells["ccode1"] == 365) & (spells["ccode2"] == 710) & spells["bilateral"]]


def test_codings_give_the_pair_different_records(store: Store) -> None:
    atop = china_russia(stored_spells(store, "atop", as_of=2023))
    narrative = china_russia(stored_spells(store, "narrative-2023", as_of=2023))
    assert atop["breach"].sum() == 1
    assert narrative["breach"].sum() == 5
    # the narrative treats the 1924 agreement as a betrayed alliance; ATOP does not hold it
    assert "cn-ru-1924-sino-soviet-agreement" in set(narrative["alliance"])
    assert "cn-ru-1924-sino-soviet-agreement" not in set(atop["alliance"])


def test_the_2001_treaty_is_censored_at_the_as_of_year(store: Store) -> None:
    spells = china_russia(stored_spells(store, "curated", as_of=2010))
    current = spells[spells["alliance"] == "cn-ru-2001-good-neighborliness"].iloc[0]
    assert current["censored"] and current["end"] == 2011.0
    assert current["prior_spells"] >= 4


def test_nothing_after_as_of_is_seen(store: Store) -> None:
    spells = stored_spells(store, "curated", as_of=1949)
    assert spells["start"].max() < 1950
    treaty_1945 = china_russia(spells)
    row = treaty_1945[treaty_1945["alliance"] == "cn-ru-1945-friendship-alliance"].iloc[0]
    assert row["censored"] and not row["breach"]  # its 1950 end is not known in 1949


def test_multilateral_spells_count_the_members_present_and_carry_no_weight(store: Store) -> None:
    spells = stored_spells(store, "curated", as_of=2023)
    sco = spells[spells["alliance"] == "2007-sco-good-neighborliness"]
    assert not sco["bilateral"].any() and (sco["members"] > 2).all()
    assert "weight" not in spells.columns


def test_a_breach_by_a_third_member_is_not_the_pairs_breach() -> None:
    alliance = Alliance("x", "test", "X", frozenset({"defense"}), bilateral=False, members=[
        Participation(2, 1950.0, 1960.0, "violated", "curated", frozenset({20})),
        Participation(20, 1950.0, 1960.0, "violated", "curated", frozenset({20})),
        Participation(200, 1950.0, 1960.0, "violated", "curated", frozenset({20})),
    ])
    spells = alliance_spells([alliance], as_of=2000).set_index(["ccode1", "ccode2"])
    assert spells.loc[(2, 20), "breach"] and spells.loc[(20, 200), "breach"]
    assert not spells.loc[(2, 200), "breach"] and spells.loc[(2, 200), "ending"] == "other"
    assert spells.loc[(2, 20), "breached_by"] == [20]


def test_a_member_leaving_ends_its_spells_only() -> None:
    alliance = Alliance("y", "test", "Y", frozenset({"consultation"}), bilateral=False, members=[
        Participation(2, 1950.0, None, None, None, None),
        Participation(20, 1950.0, 1970.5, "abrogated", "curated", frozenset({20})),
        Participation(200, 1955.0, None, None, None, None),
    ])
    spells = alliance_spells([alliance], as_of=2000).set_index(["ccode1", "ccode2"])
    assert spells.loc[(2, 20), "end"] == 1970.5 and spells.loc[(2, 20), "breach"]
    assert spells.loc[(2, 200), "censored"] and spells.loc[(2, 200), "start"] == 1955.0
