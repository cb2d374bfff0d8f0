"""Parts of a count and counts of none in force (issue 22w3), each on made-up sentences: a part told "their own" or
"treaties of their own" without an article, "both" and "every one of them", a part after "Of those five,", a part
whose agreements are named between commas, "still in force" without a verb, and a pair told bound by nothing now by
"links", by "anything binds" under a negation, or by "there is no pact between them" (the record is the shipped
ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _counts(store: Store, body: str) -> list[tuple[str, str]]:
    """Return each count claim of ``body`` as (claimed, verdict)."""
    return [(c.claimed, c.verdict) for c in _claims(_check(store, body), "count")]


def _told(store: Store, body: str, words: str) -> list[Claim]:
    """Return the count claims of ``body`` whose claimed words hold ``words``."""
    return [c for c in _claims(_check(store, body), "count") if words in c.claimed]


def test_a_part_told_their_own_without_an_article_or_in_the_plural(check_store: Store) -> None:
    """Argentina and Chile have one bilateral alliance in the record (1984), Spain and Portugal one (1939)."""
    assert [c.verdict for c in _told(check_store, "Argentina and Chile have signed four agreements in all, two of them "
                                                  "their own.", "two of them their own")] == ["contradicts"]
    assert [c.verdict for c in _told(check_store, "Argentina and Chile have signed four agreements in all, one of them "
                                                  "their own.", "one of them their own")] == ["consistent"]
    assert [c.verdict for c in _told(check_store, "Spain and Portugal have been parties to many agreements together, "
                                                  "three of them treaties of their own.", "treaties of their own")] == \
        ["contradicts"]
    # (Bolivia and Paraguay's peace treaty of 1938 is their own)
    assert [c.verdict for c in _told(check_store, "Bolivia and Paraguay share five agreements, none of them between "
                                                  "the two alone.", "between the two alone")] == ["contradicts"]
    # "their own" before a noun is no part told bilateral
    assert not _told(check_store, "Argentina and Chile have signed four agreements in all, two of them their own "
                                  "initiative.", "their own")


def test_both_and_every_one_of_them(check_store: Store) -> None:
    """Norway and Denmark share NATO and the Helsinki Final Act (both multilateral, both in force); Egypt and Syria's
    four agreements count three breaches under ATOP and two under the curated coding."""
    assert _counts(check_store, "Norway and Denmark have shared two agreements in all, both multilateral, and both "
                                "remain in force.") == [
        ("two agreements (Norway and Denmark)", "consistent"), ("both multilateral (Norway and Denmark)", "consistent"),
        ("both remain in force (Norway and Denmark)", "consistent")]
    every = _told(check_store, "Egypt and Syria have been parties to four agreements, and every one of them was "
                               "broken.", "ended in betrayal")
    assert [(c.claimed, c.verdict) for c in every] == [
        ("four agreements, every one of them ended in betrayal: four breaches (Egypt and Syria)", "contradicts")]
    both = _told(check_store, "Egypt and Syria have shared four agreements. Both of them ended in a breach.", "Both")
    assert [c.verdict for c in both] == ["depends_on_coding"]
    # "both" told of nothing counted: maybe the two agreements last named, not every breach of the pair
    assert not _told(check_store, "Egypt and Syria signed two pacts in the 1950s. Both were broken.", "Both")
    assert not _told(check_store, "Britain and France have shared many agreements, both of them great powers.",
                     "both")


def test_a_part_after_of_those_or_with_its_agreements_named(check_store: Store) -> None:
    """Greece and Turkey: five breaches under ATOP, four under the curated coding; two of their agreements (NATO and
    the Helsinki Final Act) and a third (1960) are in force."""
    of_those = _told(check_store, "Greece and Turkey have shared ten agreements in all. Of those ten, one was broken.",
                     "Of those ten")
    assert [(c.claimed, c.verdict) for c in of_those] == [
        ("Of those ten, one was broken: one breach (Greece and Turkey)", "contradicts")]
    named = _told(check_store, "Greece and Turkey have shared ten agreements in all. Four of them, the Balkan pacts "
                               "among them, ended in a breach.", "Four of them")
    assert [c.verdict for c in named] == ["depends_on_coding"]
    still = _told(check_store, "Greece and Turkey have shared ten agreements in all, one of them bilateral, and three "
                               "still in force.", "still in force")
    assert [(c.claimed, c.verdict) for c in still] == [("three still in force (Greece and Turkey)", "consistent")]


def test_a_pair_told_linked_by_nothing_now(check_store: Store) -> None:
    """Japan and Russia are both parties to the Treaty of Amity and Cooperation in Southeast Asia; Greece and Turkey
    have no bilateral alliance in force."""
    assert _counts(check_store, "Japan and Russia fought in 1904. Today no treaty links Tokyo and Moscow.") == [
        ("no treaty links Tokyo and Moscow: none in force (Japan and Russia)", "contradicts")]
    assert _counts(check_store, "Japan and Russia fought in 1904. I do not believe anything binds Tokyo and Moscow "
                                "today.") == [
        ("anything binds Tokyo and Moscow: none in force (Japan and Russia)", "contradicts")]
    assert _counts(check_store, "Greece and Turkey are rivals. There is no bilateral pact between them.") == [
        ("There is no bilateral pact between them: none in force (Greece and Turkey)", "consistent")]
    # "anything" with no negation is no count of none in force; the past tense is none at the year it tells, not now
    # (issue 22rg: read only where every coding counts none then)
    assert not _counts(check_store, "Japan and Russia fought in 1904. If anything binds Tokyo and Moscow today, it "
                                    "is trade.")
    assert _counts(check_store, "Greece and Turkey are rivals. There was no bilateral pact between them in 1990.") == [
        ("no bilateral pact: none (Greece and Turkey)", "consistent")]


def test_a_pair_told_never_to_have_breached_an_agreement_between_them(check_store: Store) -> None:
    """Chile and Peru: no breach in either coding; Greece and Turkey: five under ATOP, four under the curated coding."""
    assert _counts(check_store, "Chile and Peru have never broken a treaty with each other.") == [
        ("have never broken a treaty with each other: no breach (Chile and Peru)", "consistent")]
    assert _counts(check_store, "Greece and Turkey are old rivals. Yet there has been no breach of any of these "
                                "treaties by either side.") == [
        ("there has been no breach of any of these treaties: no breach (Greece and Turkey)", "contradicts")]
    assert [v for _, v in _counts(check_store, "Greece and Turkey quarrel. Neither side has ever violated one of "
                                                "their pacts.")] == ["contradicts"]
    # a breach of something that is no agreement of the pair is no count
    assert not _counts(check_store, "Greece and Turkey quarrel. There has been no breach of the ceasefire since May.")


def test_a_part_after_a_part_of_the_same_sentence(check_store: Store) -> None:
    """Chile and Peru: two agreements in force (1947, 1948), none ever broken."""
    assert _counts(check_store, "By our count Chile and Peru have shared five agreements in all. Two are still in "
                                "force, and none has ever been broken.") == [
        ("five agreements (Chile and Peru)", "consistent"),
        ("none has ever been broken: no breach (Chile and Peru)", "consistent"),
        ("Two are still in force (Chile and Peru)", "consistent")]
    assert not _counts(check_store, "Chile and Peru fought in 1879, and one was broken.")


def test_agreements_yet_to_be_signed_are_no_count_of_the_record(check_store: Store) -> None:
    assert not _counts(check_store, "Chile and Peru fought in 1879. The twelve agreements the two presidents are "
                                    "expected to sign on Friday cover trade.")
    assert _counts(check_store, "Chile and Peru will sign two accords next week, though they have shared five "
                                "agreements in all.") == [("five agreements (Chile and Peru)", "consistent")]
    assert _counts(check_store, "Chile and Peru have shared five agreements in all and will sign a sixth next "
                                "year.") == [("five agreements (Chile and Peru)", "consistent")]


def test_none_of_the_whole_ended_in_a_breach_is_no_breach(check_store: Store) -> None:
    assert _counts(check_store, "Chile and Peru have signed five agreements in all, and none of the five ended in a "
                                "breach.") == [
        ("five agreements (Chile and Peru)", "consistent"),
        ("five agreements, none of the five ended in betrayal: no breach (Chile and Peru)", "consistent")]


def test_a_state_named_only_in_an_agreements_name_is_no_party_of_a_part(check_store: Store) -> None:
    """Greece and Turkey (not Rio's Brazil): five breaches under ATOP, four under the curated coding."""
    claims = _told(check_store, "Greece and Turkey have shared ten agreements. Four of them were broken, much as the "
                                "Rio treaty was for others, between Greece and Turkey alike.", "Four of them")
    assert [(c.claimed, c.verdict) for c in claims] == [
        ("Four of them were broken: four breaches (Greece and Turkey)", "depends_on_coding")]


def test_a_part_told_broken_by_now(check_store: Store) -> None:
    assert [v for c, v in _counts(check_store, "In all, Greece and Turkey have shared ten agreements, four of which "
                                               "have now been broken.") if "betrayal" in c] == ["depends_on_coding"]


def test_a_whole_told_as_so_many_bilateral_and_so_many_multilateral(check_store: Store) -> None:
    """Greece and Turkey have one bilateral alliance (1930) among their ten agreements."""
    assert _counts(check_store, "Greece and Turkey have shared ten agreements, two bilateral and eight "
                                "multilateral.") == [("ten agreements (Greece and Turkey)", "consistent"),
                                                     ("two bilateral (Greece and Turkey)", "contradicts")]
    assert _counts(check_store, "Greece and Turkey signed one bilateral pact in 1930.") == [
        ("one bilateral pact (Greece and Turkey)", "consistent")]  # (a count of its own, no part)


def test_never_one_of_their_own_is_none(check_store: Store) -> None:
    """Greece and Turkey have one bilateral alliance (1930); Norway and Denmark none."""
    assert [v for c, v in _counts(check_store, "Greece and Turkey have shared ten agreements, never one of their "
                                               "own.") if "their own" in c] == ["contradicts"]
    assert [v for c, v in _counts(check_store, "Norway and Denmark have shared two agreements, never one of their "
                                               "own.") if "their own" in c] == ["consistent"]


def test_both_of_them_betrayed_may_be_the_two_states(check_store: Store) -> None:
    assert not _told(check_store, "Egypt and Syria have shared four agreements. Both of them were betrayed in 1967.",
                     "Both")
