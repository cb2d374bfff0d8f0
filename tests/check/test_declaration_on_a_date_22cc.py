""""The declaration" ("the convention", "the protocol") told before "on" and a date refers back to the one told
before (issue 22Cc), on made-up sentences (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _entries(store: Store, text: str) -> list[tuple[str, str, str]]:
    """Return each entry claim of ``text`` as (its kind, the state told, its verdict)."""
    return [(c.kind, c.claimed.split(" into ")[0], c.verdict)
            for c in _check(store, text).claims if ": entry into " in c.claimed]


def test_the_declaration_before_on_and_a_date_refers_back(check_store: Store) -> None:
    told = _entries(check_store, "The Declaration by United Nations was signed in January 1942. Mexico entered the "
                                 "war that May and adhered to the declaration on 5 June 1942.")
    assert told[:1] == [("event_date", "United Mexican States: entry", "consistent")]
    wrong = _entries(check_store, "The Declaration by United Nations was signed in January 1942. Mexico entered the "
                                  "war that May and adhered to the declaration on 5 June 1944.")
    assert wrong[:1] == [("event_date", "United Mexican States: entry", "contradicts")]
