"""The checker reads a pair's agreements and events, never its war-tested cases: finding those reads every war of the
pair's alliances, seconds per pair that a count of agreements would spend for nothing."""

from __future__ import annotations

import pytest

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def test_a_count_of_a_pairs_agreements_finds_no_war_tested_case(check_store: Store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import foedus.history

    def refuse(*args: object) -> None:
        raise AssertionError("the checker asked for the pair's war-tested cases")

    monkeypatch.setattr(foedus.history, "_tested", refuse)
    result = check_sentences(check_store, "France and Britain have shared thirty-two agreements, four of them "
                                          "bilateral.")
    assert [c.verdict for c in claims_of(result, "count")] == ["consistent", "consistent"]
