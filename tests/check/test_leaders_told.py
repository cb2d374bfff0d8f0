"""Leaders' offices told in more of the ways English tells them (issue 22Le): a state told as a person's followed by
an apposition of the state's own ("Nasser's Egypt, a young republic,"), or told so at no date of the paragraph's; and a
state's rule told in a passive phrase set off by commas ("India, governed by Jawaharlal Nehru,"); each on made-up
sentences read against Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in claims_of(check_sentences(store, body), "leader_office")]


def test_an_apposition_after_a_state_told_as_a_persons_is_the_states(check_store: Store) -> None:
    # Gamal Abdel Nasser led Egypt from November 1954 to September 1970
    assert _offices(check_store, "The first conference met in 1958. Nasser's Egypt, a republic of only a few years, "
                                 "wanted partners who asked for little.") == [("Nasser in office on 1958",
                                                                               "consistent")]


def test_a_state_told_as_a_persons_in_a_paragraph_of_no_date_is_read_at_the_articles_year(
        check_store: Store) -> None:
    # Josip Broz Tito led Yugoslavia from March 1945 to May 1980
    assert _offices(check_store, "The talks opened in Belgrade in 1961.\n\nTito's Yugoslavia wanted partners who "
                                 "asked for little.") == [("Tito in office on 1961", "consistent")]

