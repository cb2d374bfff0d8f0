"""The universe's cases, computed once per session (a fresh store: the shipped tables and ledgers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foedus.tested import TestedCases, tested_cases


@pytest.fixture(scope="session")
def universe(_prepared_store: Path) -> TestedCases:
    from foedus.store import open_store

    with open_store(_prepared_store) as store:
        return tested_cases(store)
