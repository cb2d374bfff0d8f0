"""Every data family's panel verb equals a computation made apart from it, in plain pandas, from the shared files.

The expected columns are built straight from ``../shared/data`` (not from foedus's imports or shipped tables), on
state-years over the whole range and on directed and non-directed dyad-years over a stretch of years.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from foedus.families import FAMILIES, panel_verb
from foedus.panels import Panel, PanelError, dyad_years, state_years

pytestmark = pytest.mark.shared_data


@pytest.fixture(scope="module")
def panels(cow_store: Path) -> dict[str, Panel]:
    return {
        "state-years": state_years("cow", 1816, 2016, db=cow_store),
        "directed": dyad_years("cow", 1905, 1925, db=cow_store),
        "non-directed": dyad_years("cow", 1990, 2016, directed=False, db=cow_store),
    }


def _csv(shared_data: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(shared_data / "covariates" / name, float_precision="round_trip")  # as DuckDB reads them


def _per_side(panel: Panel, values: pd.DataFrame, names: list[str]) -> dict[str, pd.Series]:
    """Merge state-year ``values`` (ccode, year, names...) onto each side of ``panel``."""
    frame = panel.frame
    sides = [("ccode", "")] if panel.unit == "state-year" else [("ccode1", "1"), ("ccode2", "2")]
    merged = {suffix: frame[[column, "year"]].merge(values.rename(columns={"ccode": column}), on=[column, "year"],
                                                    how="left")
              for column, suffix in sides}
    return {f"{name}{suffix}": merged[suffix][name] for name in names for _, suffix in sides}


def _mask_years(series: pd.Series, years: pd.Series, first: int, last: int) -> pd.Series:
    return series.where((years >= first) & (years <= last))


def _dyadic(panel: Panel, rows: pd.DataFrame, first: int, last: int, names: tuple[str, str]) -> dict[str, pd.Series]:
    """Expected columns of an event family from directed rows (ccode1, ccode2, year, onset), both directions given."""
    frame = panel.frame
    if panel.unit == "state-year":
        per = rows.groupby(["ccode1", "year"], as_index=False)["onset"].max().rename(columns={"ccode1": "ccode"})
        per["any"] = 1
        merged = frame[["ccode", "year"]].merge(per, on=["ccode", "year"], how="left")
    else:
        per = rows.groupby(["ccode1", "ccode2", "year"], as_index=False)["onset"].max()
        per["any"] = 1
        merged = frame[["ccode1", "ccode2", "year"]].merge(per, on=["ccode1", "ccode2", "year"], how="left")
    years = merged["year"]
    return {names[0]: _mask_years(merged["any"].fillna(0), years, first, last),
            names[1]: _mask_years(merged["onset"].fillna(0), years, first, last)}


def expected_capabilities(panel: Panel, data: Path) -> dict[str, pd.Series]:
    nmc = _csv(data, "cow_nmc.csv")[["ccode", "year", "cinc"]]
    return _per_side(panel, nmc, ["cinc"])


def expected_democracy(panel: Panel, data: Path) -> dict[str, pd.Series]:
    scores = _csv(data, "cw_democracy.csv")[["ccode", "year", "v2x_polyarchy", "polity2", "euds"]]
    return _per_side(panel, scores, ["v2x_polyarchy", "polity2", "euds"])


def expected_rivalries(panel: Panel, data: Path) -> dict[str, pd.Series]:
    rivals = _csv(data, "td_rivalries.csv")
    first, last = int(rivals["styear"].min()), 2010  # an end in 2010, the handbook's last year, means ongoing
    years = [(r.ccode1, r.ccode2, y) for r in rivals.itertuples() for y in range(r.styear, r.endyear + 1)]
    long = pd.DataFrame(years, columns=["ccode1", "ccode2", "year"])
    frame = panel.frame
    if panel.unit == "state-year":
        both = pd.concat([long[["ccode1", "year"]].set_axis(["ccode", "year"], axis=1),
                          long[["ccode2", "year"]].set_axis(["ccode", "year"], axis=1)])
        counts = both.value_counts().rename("n").reset_index()
        merged = frame[["ccode", "year"]].merge(counts, on=["ccode", "year"], how="left")
        return {"rivalries": _mask_years(merged["n"].fillna(0), merged["year"], first, last)}
    pairs = pd.concat([long, long.rename(columns={"ccode1": "ccode2", "ccode2": "ccode1"})]).drop_duplicates()
    pairs["flag"] = 1
    merged = frame[["ccode1", "ccode2", "year"]].merge(pairs, on=["ccode1", "ccode2", "year"], how="left")
    return {"rivalry": _mask_years(merged["flag"].fillna(0), merged["year"], first, last)}


def expected_disputes(panel: Panel, data: Path) -> dict[str, pd.Series]:
    mids = _csv(data, "cow_mid_ddydisps.csv").rename(columns={"cowmidonset": "onset"})
    return _dyadic(panel, mids, int(mids["year"].min()), int(mids["year"].max()), ("mid", "mid_onset"))


def expected_wars(panel: Panel, data: Path) -> dict[str, pd.Series]:
    wars = _csv(data, "cow_war_inter.csv").rename(columns={"cowinteronset": "onset"})
    return _dyadic(panel, wars, int(wars["year"].min()), int(wars["year"].max()), ("war", "war_onset"))


def expected_leaders(panel: Panel, data: Path) -> dict[str, pd.Series]:
    from foedus.states import gw_to_cow_periods

    spells = _csv(data, "archigos.csv")
    begins = pd.to_datetime(spells["startdate"])
    start, end = begins.dt.year, pd.to_datetime(spells["enddate"]).dt.year
    first, last = int(start.min()), int(end.max())
    end = end.where(spells["exit"] != "Still in Office", last)  # in office to the data's last year
    # A spell is placed by the COW state its G-W code stands for in the periods the spell overlaps: keep the spells
    # whose code stands only for itself then (the others are left out of the comparison, with the states their codes
    # stand for: see _leader_codes_that_differ).
    periods = pd.DataFrame([(p.gwcode, p.first, p.last, p.ccode) for p in gw_to_cow_periods()],
                           columns=["gwcode", "first", "last", "ccode"])
    spans = spells.assign(begins=begins.dt.date, ends=pd.to_datetime(spells["enddate"]).dt.date,
                          row=range(len(spells)))
    overlaps = spans.merge(periods, on="gwcode")
    overlaps = overlaps[(overlaps["first"] <= overlaps["ends"]) & (overlaps["begins"] <= overlaps["last"])]
    same = (overlaps["ccode"] == overlaps["gwcode"]).groupby(overlaps["row"]).all()
    kept = np.isin(np.arange(len(spells)), same.index[same])
    spells, start, end = spells[kept], start[kept], end[kept]
    rows = [(g, y, leader, y == s, y == s and entry == "Irregular")
            for g, leader, s, e, entry in zip(spells["gwcode"], spells["leadid"], start, end, spells["entry"],
                                              strict=True)
            for y in range(s, e + 1)]
    long = pd.DataFrame(rows, columns=["ccode", "year", "leader", "entered", "irregular"])
    keys = ["ccode", "year"]
    per = long.groupby(keys).agg(leaders=("leader", "nunique"), irregular_entry=("irregular", "max")).reset_index()
    entries = long[long["entered"]].groupby(keys)["leader"].nunique().rename("leader_entries").reset_index()
    per = per.merge(entries, on=keys, how="left")
    out = _per_side(panel, per, ["leaders", "leader_entries", "irregular_entry"])
    years = panel.frame["year"]
    return {k: _mask_years(v.fillna(0).astype(float), years, first, last) for k, v in out.items()}


def _leader_codes_that_differ() -> set[int]:
    """G-W codes Archigos uses that stand for another COW code (or none) in some period, and those COW codes:
    their rows depend on foedus's mapping by period, which the pandas computation above does not repeat."""
    from foedus.states import gw_to_cow_periods

    differ = {(p.gwcode, p.ccode) for p in gw_to_cow_periods() if p.gwcode != p.ccode}
    return {code for pair in differ for code in pair if code is not None}


EXPECTED: dict[str, Callable[[Panel, Path], dict[str, pd.Series]]] = {
    "capabilities": expected_capabilities,
    "democracy": expected_democracy,
    "rivalries": expected_rivalries,
    "disputes": expected_disputes,
    "leaders": expected_leaders,
    "wars": expected_wars,
}


def _compare(got: pd.Series, expected: pd.Series, keep: np.ndarray[Any, Any] | None, label: str) -> None:
    left, right = got.astype("Float64").reset_index(drop=True), expected.astype("Float64").reset_index(drop=True)
    if keep is not None:
        left, right = left[keep].reset_index(drop=True), right[keep].reset_index(drop=True)
    assert len(left) > 0
    different = ~((left == right).fillna(False) | (left.isna() & right.isna()))
    assert not different.any(), f"{label}: {int(different.sum())} rows differ, e.g. row {int(different.idxmax())}"


@pytest.mark.parametrize("name", list(EXPECTED))
@pytest.mark.parametrize("kind", ["state-years", "directed", "non-directed"])
def test_each_verb_equals_the_pandas_computation_on_every_row(
    name: str, kind: str, panels: dict[str, Panel], cow_store: Path, shared_data: Path
) -> None:
    panel = panels[kind]
    verb = panel_verb(next(f for f in FAMILIES if f.name == name))
    result = verb(panel, db=cow_store)
    expected = EXPECTED[name](panel, shared_data)
    added = [c for c in result.frame.columns if c not in panel.frame.columns]
    assert added == list(expected), f"{name} adds {added}"
    assert len(result.frame) == len(panel.frame)
    keep = None
    if name == "leaders":
        differ = _leader_codes_that_differ()
        keep = ~np.isin(panel.frame[list(panel.code_columns)].to_numpy(), list(differ)).any(axis=1)
    for column in added:
        _compare(result.frame[column], expected[column], keep, f"{name} {kind} {column}")
    entry = result.provenance[-1]
    assert entry["dataset"] == name and entry["sha256"] and entry["cites"]


def test_a_verb_refuses_a_panel_it_was_applied_to(panels: dict[str, Panel], cow_store: Path) -> None:
    from foedus.families.capabilities import with_capabilities

    once = with_capabilities(panels["state-years"], db=cow_store)
    with pytest.raises(PanelError, match="already has the columns"):
        with_capabilities(once, db=cow_store)
    with pytest.raises(PanelError, match="needs a panel"):
        with_capabilities("not a panel", db=cow_store)  # type: ignore[arg-type]


def test_a_panel_cites_every_family_it_merged(panels: dict[str, Panel], cow_store: Path) -> None:
    panel = panels["non-directed"]
    for name in EXPECTED:
        panel = panel_verb(next(f for f in FAMILIES if f.name == name))(panel, db=cow_store)
    cited = {s["id"] for s in panel.sources()}
    for name in EXPECTED:
        family = next(f for f in FAMILIES if f.name == name)
        assert set(family.shipped[0].citations) <= cited, name
