"""The public API: exactly the names intended, importable cheaply, frames out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import foedus
from foedus.families import FAMILIES

INTENDED = {
    "AmbiguousStateError",
    "ArticleError",
    "Assessment",
    "Backtest",
    "BreachModel",
    "CheckResult",
    "assess",
    "backtest",
    "DataFileError",
    "FoedusError",
    "Ledger",
    "LedgerError",
    "PairHistory",
    "PairSimilarity",
    "Panel",
    "PartialDate",
    "Problem",
    "StateNotFoundError",
    "StoreBusyError",
    "StoreError",
    "__version__",
    "atop_ending",
    "bibtex",
    "check_article",
    "check_text",
    "dyad_years",
    "import_atop",
    "import_covariates",
    "import_states",
    "load_ledger",
    "open",
    "open_store",
    "pair_history",
    "pair_similarity",
    "panel_sources",
    "portfolio_similarity",
    "read_ledger",
    "resolve_state",
    "state_name",
    "state_years",
    "validate_ledger",
    "with_alliances",
    "with_majors",
    "with_similarity",
} | {f.verb_name for f in FAMILIES if f.verb_name}  # every data family's panel verb


def test_exported_names_are_exactly_those_intended() -> None:
    assert set(foedus.__all__) == INTENDED
    assert foedus.__all__ == sorted(foedus.__all__)
    for name in foedus.__all__:
        assert getattr(foedus, name) is not None


def test_importing_foedus_imports_no_heavy_library() -> None:
    code = (
        "import sys, foedus, foedus.cli; "
        "print(sorted(m for m in ('pandas', 'duckdb', 'pydantic', 'numpy', 'yaml', 'rich') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_open_returns_a_ledger_with_frames(store_path: Path) -> None:
    with foedus.open(store_path) as ledger:
        history = ledger.history("China", "Russia", coding="curated")
        assert set(history["coding"]) == {"curated"}
        assert {"slug", "ending", "breach", "breached_by"} <= set(history.columns)
        assert len(ledger.treaties()) >= 60
        assert set(ledger.outcomes("atop")["coding"]) == {"atop"}
        assert len(ledger.events()) > 0 and len(ledger.sources()) > 0
        assert "<table>" in ledger.pair_history("China", "Russia")._repr_html_()
        # 1955, as tests/reliability/test_assess.py: the session's cache holds one set of fits for that year
        assessment = ledger.assess("China", "Russia", as_of=1955, horizons=[10])
        assert assessment.alliance.slug == "cn-ru-1950-friendship-alliance" and assessment.as_of == 1955
        assert 10 in assessment.main
