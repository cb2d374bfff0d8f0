"""Fixtures for the article checker: one read-only store for the session (the checker never writes)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.extras import require

for _module in ("trafilatura", "htmldate", "dateparser", "rapidfuzz"):
    require(_module, "check")

from foedus.store import Store, open_store  # noqa: E402 - after the check that the check extra is there

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="session")
def check_store(_prepared_store: Path) -> Iterator[Store]:
    """Return the prepared store (shipped ledgers loaded), opened read-only once for every test of this folder."""
    with open_store(_prepared_store, read_only=True) as store:
        yield store
