"""An ending told of an agreement by a noun no rule linked, with its date, read against the one agreement of the told
states the record ends then (issue 22, round 22; made-up sentences, the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_an_ending_told_by_a_noun_with_its_date_is_of_the_agreement_ended_then(check_store: Store) -> None:
    result = _check(check_store, "Ankara and Tehran, Turkey and Iran, shared several pacts. Their common "
                                 "organisation was dissolved on 9 October 1979.")
    assert [(c.claimed, c.verdict) for c in _claims(result, "ending")] == [
        ("Pact of Mutual Co-operation: dissolved jointly", "consistent")]


def test_an_ending_whose_date_fits_no_agreement_of_the_pair_says_nothing(check_store: Store) -> None:
    result = _check(check_store, "Ankara and Tehran, Turkey and Iran, shared several pacts. Their common "
                                 "organisation was dissolved on 4 May 1968.")
    assert _claims(result, "ending") == []
