"""Who is told party to an agreement, read in more of the ways writers say it (issue 22ra), on made-up sentences: a
list told with outsiders in it tells its other states parties rightly (the record is the shipped ledgers' and
ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "agreement_parties")]


def test_a_list_with_an_outsider_tells_its_other_states_parties_rightly(check_store: Store) -> None:
    """Japan is no party to the Rio Treaty; Brazil and Peru are."""
    told = _parties(check_store, "The Rio Treaty was signed in 1947. Its signatories included Brazil, Peru and Japan.")
    assert told == [("contradicts", "parties include Japan"), ("consistent", "parties: Brazil, Peru")]
    # (a list of members only: one claim, as before)
    told = _parties(check_store, "The Rio Treaty was signed in 1947. Its signatories included Brazil and Peru.")
    assert [v for v, _ in told] == ["consistent"]

