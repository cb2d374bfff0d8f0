"""Members' acts the record holds, told by words or references the rules did not tie to it (issue 22): a state's
time in an agreement told to its end ("stayed in until", "remained a party until") is its exit; "came aboard" is
an entry; a ratification of an agreement told by what it binds its parties to ("its joint defence treaty") is an
entry into the agreement that description links; a year's exit from "it", where the sentence's only other reference
to an agreement is a pronoun or "the pact", is the one agreement the article has told of that the state left that
year. Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _acts(result: object) -> list[tuple[str, str]]:
    """Return each claim of a member's entry or exit, as (its state and act, its verdict)."""
    return [(c.claimed.split(" ATOP")[0].split(" Treaty")[0].split(" Inter-")[0], c.verdict)
            for c in result.claims  # type: ignore[attr-defined]
            if c.kind in {"agreement_date", "event_date"} and (": entry into " in c.claimed or ": exit from "
                                                                in c.claimed)]


def test_a_member_s_time_in_an_agreement_told_to_its_end_is_its_exit(check_store: Store) -> None:
    party = _check(check_store, "Tegucigalpa and Guatemala City kept faith with their neighbours for decades. "
                                "Honduras remained a party until 24 March 1954.")
    assert _acts(party) == [("Honduras: exit from", "consistent")]
    stayed = _check(check_store, "Paris and Brazzaville had a defence pact from 1960 with Chad and the Central "
                                 "African Republic. Congo stayed in until 1 January 1974.")
    assert _acts(stayed) == [("People's Republic of the Congo: exit from", "consistent")]


def test_coming_aboard_is_an_entry(check_store: Store) -> None:
    result = _check(check_store, "Tbilisi and Ankara came to the Helsinki process late. Georgia came aboard on 21 "
                                 "January 1994.")
    assert _acts(result) == [("Georgia: entry into", "consistent")]
