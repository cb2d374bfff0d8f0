"""The breach model on the real ATOP 4.01 data."""

from __future__ import annotations

from pathlib import Path

import pytest

from foedus.importers import import_atop
from foedus.reliability.assess import assess, breach_share
from foedus.reliability.model import BreachModel
from foedus.reliability.priors import LITERATURE
from foedus.reliability.spells import stored_spells
from foedus.store import open_store


@pytest.fixture(scope="module")
def atop_store(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("atop-fit") / "foedus.duckdb"
    import_atop([shared_data / "atop" / "atop4_01a.csv", shared_data / "atop" / "atop4_01m.csv"], db=path)
    return path


@pytest.mark.shared_data
def test_the_fit_on_atop_runs_and_reports_its_breach_share(atop_store: Path, shared_data: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(atop_store) as store:
        spells = stored_spells(store, "atop", as_of=2016)
    from_atop = spells[spells["source"] == "atop"]
    assert len(from_atop) > 4000  # pairs of members of ATOP 4.01's alliances not held by a ledger
    model = BreachModel().fit(spells)
    assert model.summary_["spell_years"] > 100_000
    share = breach_share(from_atop)
    with capsys.disabled():
        print(f"\nATOP 4.01 under its own coding: {share['share']:.1%} of {share['spells']:.0f} ended spells "
              f"ended in a breach ({share['weighted_share']:.1%} weighted by 1/(members - 1)). Literature: "
              + "; ".join(f"{f['source']} {float(f['share']):.0%} {f['what']}" for f in LITERATURE))
    # ATOP codes most endings as expiry, replacement or fulfilment: breaches are a minority of endings, fewer than
    # the commitments broken when tested by war
    assert 0.05 < share["share"] < 0.5


@pytest.mark.shared_data
def test_with_atop_imported_the_assessment_uses_it_and_says_so(atop_store: Path, shared_data: Path) -> None:
    with open_store(atop_store) as store:
        result = assess(store, "China", "Russia", as_of=2016, horizons=[10])
    assert result.evidence["sources"] == ["atop", "ledger"]
    assert result.evidence["spells"] > 4000
    assert 0 < result.main[10]["low"] < result.main[10]["high"] < 1
