"""Endings the checker made no claim of (issue 22, round 47): an end told at a date of its own in a clause after the
one that told how the agreement ended, on made-up sentences (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _endings(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed.rsplit(": ", 1)[-1]) for c in _claims(_check(store, text), "ending")]


def test_an_end_dated_in_a_clause_after_the_one_that_told_how_is_a_claim_of_its_own(check_store: Store) -> None:
    # CENTO: ATOP reads Iran's exit as an abrogation, the curated coding a dissolution by consent; both end it then
    assert _endings(check_store, "Turkey, Iraq and Britain signed the Baghdad Pact in February 1955. Iran's walkout "
                                 "broke the alliance, and the organisation was wound up on 9 October 1979.") == [
        ("depends_on_coding", "ended in a breach (betrayal)"), ("consistent", "ended")]
    # the Saadabad pact was replaced; the record ends it on 24 February 1955, a day off the one told
    assert _endings(check_store, "Iran, Iraq, Turkey and Afghanistan signed the Saadabad Pact in July 1937. The pact "
                                 "gave way to the Baghdad Pact, and the Saadabad treaty formally ended on 25 "
                                 "February 1955.") == [("consistent", "replaced"), ("within_tolerance", "ended")]
    # an end told first and how after is one ending; so is one told after with no date of its own
    assert _endings(check_store, "Turkey, Iraq and Britain signed the Baghdad Pact in February 1955. Iran's walkout "
                                 "broke the alliance, and the organisation did not last.") == [
        ("depends_on_coding", "ended in a breach (betrayal)")]

