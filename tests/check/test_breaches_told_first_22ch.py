"""Breaches told of a whole told back (issue 22ch), on made-up sentences: "three of their four agreements ended in a
breach" tells the breaches first, so its claim of breaches comes before the claim of the whole; a whole told first
("have shared four agreements, and two of them were broken") keeps its claim first (the record is the shipped ledgers'
and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _counts(store: Store, body: str) -> list[tuple[str, str]]:
    """Return each count claim of ``body`` as (claimed, verdict), in the order told."""
    return [(c.claimed, c.verdict) for c in _claims(_check(store, body), "count")]


def test_breaches_of_a_whole_told_back_come_first(check_store: Store) -> None:
    """Egypt and Syria share four agreements; ATOP counts three breaches among them, the curated coding two."""
    told = _counts(check_store, "Egypt and Syria have a long history. Three of their four agreements ended in a "
                                "breach.")
    assert [verdict for _, verdict in told] == ["depends_on_coding", "consistent"]
    assert told[0][0].startswith("Three of four agreements ended in betrayal")


def test_a_whole_told_first_keeps_its_claim_first(check_store: Store) -> None:
    first = _counts(check_store, "Egypt and Syria have shared four agreements, and two of them were broken.")
    assert first[0] == ("four agreements (Egypt and Syria)", "consistent")
