"""Endings told by words the checker did not read (issue 22, helper 22ke): an agreement taken into a wider one
("was folded into", "absorbed into", "merged into"), and an ending told of the agreement the article is about by a
pronoun inside the words of the ending ("has withdrawn from it") or by its own work told done ("Its work was done").
Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _endings(text: str, store: Store) -> list[tuple[str, str]]:
    return [(c.claimed.rsplit(": ", 1)[-1], c.verdict) for c in _claims(_check(store, text), "ending")]


def test_an_agreement_taken_into_a_wider_one_was_replaced(check_store: Store) -> None:
    for verb in ("folded into", "absorbed into", "merged into"):
        text = ("Panama and Venezuela put their names to the Act of Chapultepec in March 1945, a pledge of mutual "
                f"help for the rest of the war. Two years on, that act was {verb} the Rio treaty of 2 September 1947.")
        assert ("replaced", "consistent") in _endings(text, check_store), verb


def test_a_pronoun_inside_the_words_of_an_exit_is_the_agreement_told_of(check_store: Store) -> None:
    text = ("Mongolia signed up to the Treaty of Amity and Cooperation in Southeast Asia in July 2005, and North Korea "
            "followed in 2008. Whatever else has changed in the region since then, neither government has withdrawn "
            "from it.")
    assert ("not abrogated", "consistent") in _endings(text, check_store)


def test_its_work_told_done_is_the_agreement_s_purpose_fulfilled(check_store: Store) -> None:
    text = ("Colombia signed the Declaration by United Nations in December 1943 and Peru only in February 1945. "
            "Its work was done once Tokyo capitulated in September of that year.")
    assert ("fulfilled", "consistent") in _endings(text, check_store)


def _counts(text: str, store: Store, published: str) -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in _claims(_check(store, text, published), "count")]


def test_a_part_in_force_told_by_a_relative_of_the_whole(check_store: Store) -> None:
    for told in ("three of which are still in force", "of which three remain in force"):
        text = (f"Senegal and Ivory Coast have no alliance of their own. Between them lie five multilateral pacts, "
                f"{told}.")
        counts = _counts(text, check_store, "2021-06-01")
        assert any(claimed.startswith(("three of which", "three remain")) and verdict == "consistent"
                   for claimed, verdict in counts), counts
    wrong = _counts("Senegal and Ivory Coast have no alliance of their own. Between them lie five multilateral "
                    "pacts, of which one remains in force.", check_store, "2021-06-01")
    assert any(claimed.startswith("one remains") and verdict == "contradicts" for claimed, verdict in wrong), wrong


def test_a_part_in_force_told_with_words_of_manner(check_store: Store) -> None:
    text = ("Senegal and Ivory Coast share five multilateral pacts. Three of the five are still formally in force, "
            "whatever their practical worth.")
    counts = _counts(text, check_store, "2021-06-01")
    assert any(claimed.startswith("Three of the five") and verdict == "consistent" for claimed, verdict in counts), \
        counts


def test_a_treaty_of_friendship_told_by_its_word_ended(check_store: Store) -> None:
    text = ("Italy and Ethiopia signed a treaty of friendship in Addis Ababa on 2 August 1928. The friendship "
            "survived for less than a decade.")
    assert ("ended", "consistent") in _endings(text, check_store)
