"""Similarity of dyad-years from the shipped universe: checked against a straightforward per-year computation written
here, and the rules every panel must keep (missing years missing, directed and non-directed agree)."""

from __future__ import annotations

import csv
import gzip
import math
from collections import defaultdict
from importlib import resources
from typing import Any

import numpy as np
import pytest
from scipy.stats import kendalltau

from foedus.similarity.dyads import dyad_similarity, portfolio_matrix
from foedus.similarity.measures import SimilarityError
from foedus.similarity.portfolios import alliance_ties, state_system
from foedus.store import Store


def _shipped(name: str) -> list[dict[str, str]]:
    with gzip.open(str(resources.files("foedus") / "data" / name), "rt", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _day(text: str, last: bool) -> tuple[int, int, int]:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return (parts[0], parts[1], parts[2])
    if len(parts) == 2:
        return (parts[0], parts[1], 31 if last else 1)  # the 31st of any month: only compared, never a date
    return (parts[0], 12, 31) if last else (parts[0], 1, 1)


Portfolios = tuple[dict[int, list[int]], dict[tuple[int, int, int], int], dict[tuple[int, int], float]]


def _independent_portfolios() -> Portfolios:
    """Read the shipped tables with the csv module: states by year, every member's own pledge (0-3) to each other
    member of the same ATOP phase on some shared day of a year, and capability scores."""
    capabilities = {(int(r["ccode"]), int(r["year"])): float(r["cinc"]) for r in _shipped("capabilities.csv.gz")
                    if r["cinc"]}
    system: dict[int, list[int]] = defaultdict(list)
    for code, year in sorted(capabilities, key=lambda k: (k[1], k[0])):
        system[year].append(code)
    phases: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in _shipped("atop_member_phases.csv.gz"):
        flag = {k: r[k] == "true" for k in ("defense", "offense", "neutral", "nonagg", "consul")}
        level = 3 if flag["defense"] or flag["offense"] else 2 if flag["neutral"] or flag["consul"] else (
            1 if flag["nonagg"] else 0)
        phases[(r["atopid"], r["phase"])].append({
            "ccode": int(r["ccode"]), "level": level, "start": _day(r["entered"], False),
            "end": _day(r["exited"], True) if r["exited"] else (2016, 12, 31)})
    ties: dict[tuple[int, int, int], int] = {}
    for members in phases.values():
        for a in members:
            for b in members:
                if a["ccode"] == b["ccode"] or a["level"] == 0:
                    continue
                first, last = max(a["start"], b["start"]), min(a["end"], b["end"])
                for year in range(first[0], last[0] + 1) if first <= last else ():
                    key = (year, a["ccode"], b["ccode"])
                    ties[key] = max(ties.get(key, 0), a["level"])
    return system, ties, capabilities


def _by_definition(x: np.ndarray, y: np.ndarray, top: int, weights: np.ndarray | None) -> dict[str, float]:
    w = np.ones(len(x)) if weights is None else weights
    out = {"s": 1 - 2 * float((w * np.abs(x - y)).sum()) / (float(w.sum()) * top),
           "s_squared": 1 - 2 * float((w * (x - y) ** 2).sum()) / (float(w.sum()) * top**2)}
    if weights is not None:
        return out
    cats = np.arange(top + 1)
    delta = ((cats[:, None] - cats[None, :]) / top) ** 2
    observed = np.zeros((top + 1, top + 1))
    np.add.at(observed, (x, y), 1.0 / len(x))
    rows, cols = observed.sum(axis=1), observed.sum(axis=0)
    pooled = (rows + cols) / 2
    out["kappa"] = 1 - (delta * observed).sum() / (delta * np.outer(rows, cols)).sum()
    out["pi"] = 1 - (delta * observed).sum() / (delta * np.outer(pooled, pooled)).sum()
    out["taub"] = float(kendalltau(x, y).statistic)
    return out


def test_a_thousand_dyad_years_agree_with_a_per_year_computation_written_apart(store: Store) -> None:
    system, ties, capabilities = _independent_portfolios()
    rng = np.random.default_rng(23)
    years = rng.choice(np.arange(1816, 2017), size=1000)
    pairs = [rng.choice(system[int(y)], size=2, replace=False) for y in years]
    first, second = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    computed = {
        (scale, weights): dyad_similarity(store, "cow", years, first, second, scale=scale, weights=weights,
                                          ledgers=False).values
        for scale in ("valued", "binary") for weights in (None, "cinc")
    }
    for row, (year, a, b) in enumerate(zip(years.tolist(), first.tolist(), second.tolist(), strict=True)):
        states = system[year]
        top_of = {"valued": 3, "binary": 1}
        for (scale, weights), values in computed.items():
            top = top_of[scale]

            def portfolio(state: int, top: int = top, year: int = year, states: list[int] = states) -> np.ndarray:
                return np.array([top if k == state else min(ties.get((year, state, k), 0), top) for k in states])

            w = np.array([capabilities[(k, year)] for k in states]) if weights else None
            expected = _by_definition(portfolio(a), portfolio(b), top, w)
            for measure, value in expected.items():
                column = f"{measure}_{scale}" + (f"_{weights}" if weights else "")
                got = values[column][row]
                assert got == pytest.approx(value, abs=1e-9, nan_ok=True), (year, a, b, column)


def test_the_directed_dyads_read_the_same_value_both_ways(store: Store) -> None:
    years = np.array([1914, 1914, 1955, 1955, 2005, 2005])
    first = np.array([255, 365, 710, 365, 2, 200])
    second = np.array([365, 255, 365, 710, 200, 2])
    values = dyad_similarity(store, "cow", years, first, second).values
    for column, array in values.items():
        np.testing.assert_array_equal(array[0::2], array[1::2], err_msg=column)


def test_years_outside_atop_and_states_outside_the_system_are_missing_never_zero(store: Store) -> None:
    result = dyad_similarity(store, "cow", [2017, 2016, 1950, 1950], [2, 2, 2, 2], [200, 200, 200, 99],
                             measures=["s", "kappa"])
    s = result.values["s_valued"]
    assert math.isnan(s[0]) and not math.isnan(s[1]) and not math.isnan(s[2]) and math.isnan(s[3])
    assert any("2017" in note and "outside the years the ATOP data covers" in note for note in result.notes)


def test_a_ledger_overrides_atop_for_the_members_it_lists_and_the_others_keep_atops_ties(store: Store) -> None:
    with_ledgers = alliance_ties(store, 2010, 2010)
    atop_only = alliance_ties(store, 2010, 2010, ledgers=False)

    def level(ties: Any, a: int, b: int) -> int:
        hit = (ties.ccode1 == a) & (ties.ccode2 == b)
        return int(ties.level[hit][0]) if hit.any() else 0

    # the 1960 US-Japan treaty: ATOP codes Japan's own pledge as consultation, the ledger gives the treaty defence
    assert (level(atop_only, 740, 2), level(with_ledgers, 740, 2)) == (2, 3)
    # the ledger lists 12 of the 34 members of the Treaty of Amity and Cooperation: the United States (not listed)
    # keeps its tie to China (listed)
    assert level(atop_only, 2, 710) == level(with_ledgers, 2, 710) == 1


def test_each_state_ties_itself_at_the_top_and_ties_outside_the_system_are_left_out() -> None:
    states = np.array([2, 200, 365])
    matrix = portfolio_matrix(states, np.array([2, 200, 2]), np.array([200, 2, 999]), np.array([3, 2, 3]), 3)
    assert matrix.tolist() == [[3, 3, 0], [2, 3, 0], [0, 0, 3]]
    assert portfolio_matrix(states, np.array([2]), np.array([200]), np.array([3]), 1).tolist() == [
        [1, 1, 0], [0, 1, 0], [0, 0, 1]]


def test_without_an_imported_system_cow_is_the_capabilities_states_and_gw_asks_for_an_import(store: Store) -> None:
    cow = state_system(store, "cow", 2016, 2016)
    assert len(cow.code) == 195 and cow.provenance["kind"] == "shipped"
    with pytest.raises(SimilarityError, match="foedus import states --system gw"):
        state_system(store, "gw", 2016, 2016)
    with pytest.raises(SimilarityError, match="unknown scale"):
        dyad_similarity(store, "cow", [2000], [2], [200], scale="ordinal")
    with pytest.raises(SimilarityError, match="unknown weights"):
        dyad_similarity(store, "cow", [2000], [2], [200], weights="gdp")


def test_a_year_in_which_a_state_has_no_capability_score_has_no_weighted_s(store: Store,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import foedus.similarity.dyads as dyads

    real = dyads.capability_shares

    def without_the_united_states_in_1950(store: Store, start: int, end: int) -> Any:
        shares, source = real(store, start, end)
        del shares[(2, 1950)]
        return shares, source

    monkeypatch.setattr(dyads, "capability_shares", without_the_united_states_in_1950)
    result = dyad_similarity(store, "cow", [1950, 1951], [200, 200], [220, 220], weights="cinc")
    weighted = result.values["s_valued_cinc"]
    assert math.isnan(weighted[0]) and not math.isnan(weighted[1])
    assert any("missing in 1 year (1950)" in note for note in result.notes)
