"""An office told held at an event (issue 22, round 43): "X, who led Britain at the time of the withdrawal", "X,
Britain's prime minister at the signing" has the event's time, read at the time the article told last (or the
signing of the agreement the event names), not as an office told at no date, which any spell of that person leading
agrees with. Every sentence is made up for these tests (the record is the shipped ledgers' and Archigos's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_plain, claims_of


def _offices(store: Store, body: str) -> list[str]:
    result = check_plain(store, body, published="2021-05-01")
    return [c.verdict for c in claims_of(result, "leader_office")]


def test_an_office_told_at_an_event_is_read_at_the_time_told_last(check_store: Store) -> None:
    # Wilson left office in June 1970, before a withdrawal told in 1971
    assert _offices(check_store, "The last British units withdrew in 1971. Harold Wilson, who led Britain at the "
                                 "time of the withdrawal, kept silent.") == ["contradicts"]
    # Attlee left office in 1951: not Britain's prime minister at a signing told in 1955
    assert _offices(check_store, "Britain signed the pact in February 1955. Clement Attlee, Britain's prime minister "
                                 "at the signing, said little.") == ["contradicts"]
    # held then, the office told at the event agrees
    assert _offices(check_store, "Britain joined the pact in 1971. Edward Heath, Britain's prime minister at the "
                                 "signing, welcomed it.") == ["consistent"]


def test_an_office_told_at_no_event_stays_read_as_told_at_no_date(check_store: Store) -> None:
    # no event: "when asked" is the act's time, not the office's, and any spell of Attlee's agrees
    assert _offices(check_store, "Britain signed the pact in February 1955. Clement Attlee, Britain's prime minister, "
                                 "said when asked that he opposed it.") == ["consistent"]
