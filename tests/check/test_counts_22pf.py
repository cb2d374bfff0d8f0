"""Counts told in other words (issue 22pf), each on made-up sentences: breaches told none by a coding or a finding,
"no" or "zero" breaches after a count, a pair told to have nothing in force by "in force" itself, parts of a count
told of "it" or with no verb, and a count of none or of those in force told of the pair the last count was of (the
record is the shipped ledgers' and ATOP's, read at the article's year, 2024)."""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _told(store: Store, body: str, words: str) -> list[Claim]:
    """Return the count claims of ``body`` whose claimed words hold ``words``."""
    return [c for c in _claims(_check(store, body), "count") if words in c.claimed]


def test_breaches_told_none_by_a_coding_or_a_finding(check_store: Store) -> None:
    """Iraq and Lebanon share two agreements, neither breached under any coding."""
    body = ("Iraq and Lebanon belong to two agreements together. Not one coding shows either state breaking them. "
            "Neither has been judged in breach of the other one.")
    assert [c.verdict for c in _told(check_store, body, "no breach")] == ["consistent", "consistent"]


def test_no_or_zero_breaches_after_a_count_are_none(check_store: Store) -> None:
    """A count followed by "no breaches" tells none broken, not all of them broken."""
    body = "For Iraq and Lebanon the tally is short: two agreements, no breaches, and little else to say."
    broken = [c for c in _claims(_check(check_store, body), "count") if "ended in betrayal" in c.claimed]
    assert [(c.verdict, c.claimed.split(": ")[-1]) for c in broken] == [("consistent", "no breach (Iraq and Lebanon)")]
    body = "Between Iraq and Lebanon: two agreements, zero breaches."
    broken = [c for c in _claims(_check(check_store, body), "count") if "ended in betrayal" in c.claimed]
    assert [c.verdict for c in broken] == ["consistent"]


def test_none_in_force_told_by_in_force_itself(check_store: Store) -> None:
    """Iraq and Lebanon have both their agreements in force; Canada and Mexico have none in force."""
    assert [c.verdict for c in _told(check_store, "Iraq and Lebanon have met often, yet no treaty between them is in "
                                                  "force now.", "none in force")] == ["contradicts"]
    assert [c.verdict for c in _told(check_store, "Canada and Mexico fought on the same side once; today no pact "
                                                  "between the two is in force.", "none in force")] == ["consistent"]
    # a bare "none" speaks only where every coding has none in force; a past time is not read
    assert not _told(check_store, "Iraq and Lebanon signed papers, and none remains in force.", "none in force")
    assert not _told(check_store, "For Iraq and Lebanon no treaty was in force in 1930.", "none in force")


def test_parts_told_of_it_or_with_no_verb(check_store: Store) -> None:
    """Canada and Mexico share one multilateral alliance (1942); Canada and Brazil two, one in force."""
    assert [c.verdict for c in _told(check_store, "Canada and Mexico have one alliance together, none of it "
                                                  "bilateral.", "none of it bilateral")] == ["consistent"]
    assert [c.verdict for c in _told(check_store, "Canada and Mexico have one alliance together, and it is not a "
                                                  "bilateral one.", "it is not a bilateral one")] == ["consistent"]
    assert [c.verdict for c in _told(check_store, "Canada and Brazil, in sum: two alliances, one in force.",
                                     "one in force")] == ["consistent"]
    assert [c.verdict for c in _told(check_store, "Canada and Brazil, in sum: two alliances, two in force.",
                                     "two in force")] == ["contradicts"]


def test_none_told_after_a_count_is_of_the_counted_pair(check_store: Store) -> None:
    """A count of the article's pair (Iraq and Lebanon) told after Syria and Turkey are named makes "neither broken"
    the pair's, not Syria and Turkey's."""
    body = ("Iraq and Lebanon are the subject here. Iraq sends oil west and Lebanon sends bankers east. Syria and "
            "Turkey, meanwhile, quarrelled over water. Two agreements in all. Records show neither broken.")
    assert [c.claimed for c in _told(check_store, body, "neither broken")] == \
        ["neither broken: no breach (Iraq and Lebanon)"]


def test_a_pair_told_never_to_have_signed_one_of_their_own(check_store: Store) -> None:
    """Iraq and Pakistan share no bilateral alliance; Argentina and Chile one (1984)."""
    assert [c.verdict for c in _told(check_store, "Iraq and Pakistan were partners at times, but neither country has "
                                                  "ever concluded a defence treaty with the other.",
                                     "no bilateral alliance")] == ["consistent"]
    assert [c.verdict for c in _told(check_store, "Argentina and Chile have quarrelled for long, and neither side has "
                                                  "ever made a pact with the other.", "no bilateral alliance")] == \
        ["contradicts"]
    # a bare "one" speaks only where every coding counts none
    assert not _told(check_store, "Argentina and Chile talk of peace; neither has ever signed one.",
                     "no bilateral alliance")


def test_times_told_before_the_two_are_told_in_one_alliance(check_store: Store) -> None:
    """Canada and Brazil have shared two alliances (1942, 1976)."""
    assert [c.verdict for c in _told(check_store, "Three times, on paper, Canada and Brazil ended up within the same "
                                                  "alliance.", "Three times")] == ["contradicts"]
    assert [c.verdict for c in _told(check_store, "Twice in the last century Canada and Brazil were formally allied.",
                                     "Twice")] == ["consistent"]
    # a time told of another act is no count of alliances
    assert not _told(check_store, "Canada and Brazil met twice, when both were allies of Britain.", "twice")
