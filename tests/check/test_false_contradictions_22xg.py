"""Contradictions that must not stand (issue 22, round 41): an entry told of no agreement by name, read first as
one into the agreement the article was last about, is one into the other agreement the article names whose record
holds that state's entry at the date told. Sentences made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _entries(store: Store, body: str) -> list[tuple[str, str]]:
    """Return the verdict and claim of each dated entry the last paragraph of ``body`` tells."""
    last = body.rsplit("\n\n", 1)[-1]
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "event_date") if c.text.strip() == last]


def test_an_entry_told_by_no_name_is_into_the_named_agreement_whose_date_it_is(check_store: Store) -> None:
    admitted = _entries(check_store, "Poland and Lithuania both signed the North Atlantic Treaty protocols in the "
                                     "1990s and later. Both governments signed the Maastricht treaty's successor "
                                     "texts and took part in the Helsinki Final Act.\n\nPoland was admitted as one "
                                     "of the organisation's new members on 12 March 1999.")
    assert admitted == [("consistent", "Republic of Poland: entry into North Atlantic Treaty 12 March 1999")]
    entered = _entries(check_store, "The North Atlantic Treaty was signed in Washington in April 1949. Greece and "
                                    "Turkey signed the Balkan Pact with Yugoslavia at Ankara on 28 February 1953.\n\n"
                                    "Turkey had entered the alliance on 18 February 1952.")
    assert entered == [("consistent", "Republic of Turkey: entry into North Atlantic Treaty 18 February 1952")]


def test_an_entry_off_every_named_agreements_date_still_contradicts(check_store: Store) -> None:
    entered = _entries(check_store, "The North Atlantic Treaty was signed in Washington in April 1949. Greece and "
                                    "Turkey signed the Balkan Pact with Yugoslavia at Ankara on 28 February 1953.\n\n"
                                    "Turkey had entered the alliance on 18 February 1950.")
    assert [verdict for verdict, _ in entered] == ["contradicts"]
