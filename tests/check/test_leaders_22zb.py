"""Leaders' offices read from wordings that told none before (issue 22zb), each on made-up sentences read against
Archigos: an heir told succeeding or deposing a ruler of the house ("X succeeded his father in June 2013", "X had
overthrown his brother") takes the throne then, read against the start of the heir's spell."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def _offices(store: Store, body: str, published: str = "2020-05-01") -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in claims_of(check_sentences(store, body, published), "leader_office")]


def test_an_heir_succeeding_a_parent_takes_office_then(check_store: Store) -> None:
    # Qatar's Tamim took over on 26 June 2013 (Archigos)
    assert _offices(check_store, "Tamim bin Hamad succeeded his father in June 2013 and kept the gas money "
                                 "flowing.") == [("Tamim bin Hamad on 2013-06", "consistent")]
    assert [v for _, v in _offices(check_store, "Tamim bin Hamad succeeded his father in June 2011.")] == \
        ["contradicts"]
    # read against the start of the spell, not as an office held: Bhutan's king took over in July 1972
    assert [v for _, v in _offices(check_store, "Jigme Singye Wangchuck succeeded his father in July 1974.")] == \
        ["contradicts"]


def test_an_heir_deposing_a_kinsman_takes_office_then(check_store: Store) -> None:
    # Saudi Arabia's Faisal took over on 2 November 1964
    assert _offices(check_store, "Faisal had overthrown his brother in November 1964, with the backing of the "
                                 "princes.") == [("Faisal on 1964-11", "consistent")]


def test_an_heir_told_taking_another_office_is_no_ruler(check_store: Store) -> None:
    assert _offices(check_store, "Lars Jensen succeeded his father as head of the shipping firm in 1990.") == []
    assert _offices(check_store, "Tamim bin Hamad succeeded his father as chairman of the investment authority "
                                 "in 2005.") == []
