"""Counts told "not one" (none), and counts of the pair's own agreements still in force, on made-up sentences (the
record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _told(store: Store, body: str, words: str) -> list[Claim]:
    """Return the count claims of ``body`` whose claimed words hold ``words``."""
    return [c for c in _claims(_check(store, body), "count") if words in c.claimed]


def test_not_one_is_a_count_of_none(check_store: Store) -> None:
    """Argentina and Chile have one bilateral alliance in the record (1984); Cuba and Mexico none."""
    none = _told(check_store, "Cuba and Mexico have shared several agreements in all, but not one alliance of their "
                              "own.", "one alliance")
    assert [(c.claimed.startswith("not one"), c.verdict) for c in none] == [(True, "consistent")]
    wrong = _told(check_store, "Argentina and Chile have shared several agreements in all, but not one alliance of "
                               "their own.", "one alliance")
    assert [c.verdict for c in wrong] == ["contradicts"]
    assert [c.verdict for c in _told(check_store, "Argentina and Chile have signed one alliance of their own.",
                                     "one alliance")] == ["consistent"]


def test_bilateral_pacts_in_force_count_the_pairs_own_only(check_store: Store) -> None:
    """Argentina and Chile's bilateral alliance of 1984 binds them still, beside multilateral agreements in force
    (the Rio Treaty among them): "one bilateral pact is in force" agrees, "two bilateral pacts" does not."""
    one = _told(check_store, "Argentina and Chile have one bilateral pact still in force today.", "bilateral pact")
    assert [c.verdict for c in one] == ["consistent"] and "bilateral, in force" in one[0].record_value
    two = _told(check_store, "Argentina and Chile have two bilateral pacts still in force today.", "bilateral pacts")
    assert [c.verdict for c in two] == ["contradicts"]
