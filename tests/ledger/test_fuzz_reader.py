"""The ledger reader under fuzzing, in every run: mutated ledgers are read and loaded, or refused, never a traceback.

The same mutations run at scale (10,000 examples or more, timing each) with ``python -m tests.fuzz.fuzz_ledger_reader``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings

from foedus.store import Store
from tests.fuzz.ledgers import check_one, mutated_ledgers


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    store = Store(Path(":memory:"), duckdb.connect(), False)
    store.migrate()
    yield store, tmp_path_factory.mktemp("fuzz") / "fuzzed.yaml"
    store.close()


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=mutated_ledgers())
def test_a_mutated_ledger_is_loaded_or_refused_never_a_traceback(scratch: tuple[Store, Path], text: str) -> None:
    store, path = scratch
    outcome = check_one(text, path, store)
    assert outcome.kind in ("loaded", "refused"), outcome.detail
