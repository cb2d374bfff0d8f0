"""Endings told of the pair's agreements: none broken, of a multilateral one whose members left it in different ways;
a breacher told beside the state that was not one ("Egypt, not Jordan, broke it"); an agreement kept until victory;
the pair told still members, or never to have left (issue 22), each on made-up sentences (the record is the shipped
ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check

_PACT_OF_1967 = "In 1967 Egypt and Jordan signed a defence pact, and Iraq joined it in June 1967."


def _endings(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _check(store, body).claims if c.kind == "ending"]


def test_none_broken_of_a_multilateral_agreement_read_by_the_pairs_own_exits(check_store: Store) -> None:
    # ATOP reads only its members' exits from the Helsinki Final Act, and not all alike: none of the pair's a breach
    found = _endings(check_store, "Moldova and Russia have a friendship treaty of 2001, and both took part in the "
                                  "Helsinki Final Act. Neither has been broken.")
    assert [v for v, _ in found] == ["consistent"]
    assert found[0][1].endswith("not ended in a breach (betrayal)")


def test_a_breacher_told_beside_the_state_that_was_none(check_store: Store) -> None:
    # the curated coding names Egypt as the breacher of the 1967 pact; ATOP names none
    for told in ("Egypt, not Jordan, had broken it by 1979.", "It was Egypt, not Jordan, that broke it."):
        assert [v for v, _ in _endings(check_store, f"{_PACT_OF_1967} {told}")] == ["consistent"]
    for told in ("Jordan, not Egypt, broke it in 1979.", "Ten years on, Iraq, rather than Egypt, had broken it."):
        assert [v for v, _ in _endings(check_store, f"{_PACT_OF_1967} {told}")] == ["depends_on_coding"]


def test_an_agreement_kept_until_victory(check_store: Store) -> None:
    found = _endings(check_store, "On 1 January 1942 Britain and Australia signed the Declaration by United Nations. "
                                  "The two governments kept it until victory.")
    assert found == [("consistent", "it [Declaration by United Nations]: fulfilled")]


def test_the_pair_told_still_members_or_never_to_have_left(check_store: Store) -> None:
    found = _endings(check_store, "Japan and China both acceded to the Treaty of Amity and Cooperation in Southeast "
                                  "Asia. China signed in 2003, Japan came in a year later, and both are still members.")
    assert found == [("consistent", "Treaty of Amity and Cooperation in Southeast Asia: in force")]
    found = _endings(check_store, "Morocco and Algeria both adhered to the joint defence treaty of the Arab League in "
                                  "the 1960s. Neither has ever left.")
    assert [(v, c.rsplit(": ", 1)[1]) for v, c in found] == [("consistent", "in force")]
    # "neither has left the room": no agreement left
    assert not _endings(check_store, "Morocco and Algeria both adhered to the joint defence treaty of the Arab League "
                                     "in the 1960s. Neither has left the talks.")


def test_an_agreement_of_a_plural_title_told_by_that_word(check_store: Store) -> None:
    protocols = "In March 1934 Italy, Austria and Hungary put their names to the Rome Protocols."
    found = _endings(check_store, f"{protocols} The protocols perished with Austria when German troops arrived four "
                                  "years later.")
    assert found == [("consistent", "The protocols [ATOP 2335]: ended")]
    # the word is kept only where the agreement's title holds it: "the accords" of a declaration is another
    assert not _endings(check_store, "In 1934 Germany and Poland signed a declaration of non-aggression. The accords "
                                     "were torn up in 1939.")
