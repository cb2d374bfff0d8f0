"""Counts, parts and endings read against the right agreements (issue 22w), on made-up sentences: a part of a count
told by "of which", a denial a few words long, breaches told of a later count in the sentence, agreements "still
binding" the pair (a member's exit ends one between the two), and a sentence led by "Which" that tells what replaced
the agreement of the sentence before."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _told(store: Store, text: str, kind: str = "count") -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in _claims(_check(store, text), kind)]


def test_a_count_of_those_still_binding_the_pair(check_store: Store) -> None:
    # Bolivia left the Rio Treaty: it no longer binds Bolivia and Chile, whatever a coding reads of the treaty
    assert ("the only pact (Bolivia and Chile)", "consistent") in _told(
        check_store, "Bolivia and Chile have shared five agreements. Today the OAS Charter is the only pact still "
                     "binding both.")
    assert ("only one is still in force (Bolivia and Chile)", "consistent") in _told(
        check_store, "Of the five agreements Bolivia and Chile have shared, only one is still in force.")
    assert ("two treaties (Bolivia and Chile)", "contradicts") in _told(
        check_store, "Bolivia and Chile are bound by two treaties that remain in force.")


def test_parts_of_a_count_told_by_which_or_a_longer_denial(check_store: Store) -> None:
    assert _told(check_store, "Japan and France have shared three agreements, one of which ended in a breach.")[-1] \
        == ("three agreements, one of which ended in betrayal: one breach (Japan and France)", "consistent")
    assert _told(check_store, "Japan and France have shared three agreements, two of which ended in a breach.")[-1][1] \
        == "contradicts"
    assert _told(check_store, "Sweden and Denmark have shared three agreements, none of which was bilateral, and "
                              "none has ever ended in a breach.")[-1] == (
        "three agreements, none ended in betrayal: no breach (Sweden and Denmark)", "consistent")


def test_breaches_told_of_the_later_count_of_a_sentence(check_store: Store) -> None:
    # ATOP reads Bolivia's exit from the Rio Treaty as a breach; the curated reading does not
    told = _told(check_store, "Bolivia and Chile have shared five agreements in all, and one of their five pacts "
                              "ended in a breach.")
    assert told[0][1] == "consistent"
    assert told[-1] == ("one of five pacts ended in betrayal: one breach (Bolivia and Chile)", "depends_on_coding")


def test_a_sentence_led_by_which_tells_the_end_of_the_agreement_before(check_store: Store) -> None:
    endings = _told(check_store, "Colombia and Venezuela both signed the Act of Chapultepec in 1945. Which the Rio "
                                 "Treaty replaced in 1947.", "ending")
    assert [verdict for _, verdict in endings] == ["consistent"]
    assert "ATOP 3010" in endings[0][0]
    # the subject of "replaced" did the replacing: no ending of its own; the older act it replaced is the one the
    # record ends that year (round 20, :func:`_predecessor_replaced`)
    assert _told(check_store, "In 1947 the Rio Treaty replaced an older act of Colombia and Venezuela.", "ending") == [
        ("ATOP 3010: replaced", "consistent")]


def test_an_agreement_told_still_binding_its_parties(check_store: Store) -> None:
    # the OAS Charter is known only from ATOP, which reads each member's exit: it runs on for those still in it
    assert _told(check_store, "Venezuela and Peru both signed the OAS Charter in 1948. Today the OAS Charter still "
                              "binds both of them.", "ending") == [("OAS Charter: in force", "consistent")]


def test_an_agreement_overtaken_by_another(check_store: Store) -> None:
    told = _told(check_store, "Bulgaria joined the Tripartite Pact on 1 March 1941. The pact was overtaken on 11 "
                              "December 1941 by a new agreement.", "ending")
    assert told == [("The pact [Tripartite Pact]: replaced", "consistent")]
    assert not _told(check_store, "Bulgaria joined the Tripartite Pact on 1 March 1941. By 1944 the pact had been "
                                  "overtaken by events.", "ending")
    # the pact told before the signing of its successor in the same sentence is the one that ended
    assert _told(check_store, "Japan signed the Tripartite Pact in 1940. Even so, Tokyo never attacked Russia, and the "
                              "pact was overtaken on 11 December 1941, when Italy, Japan and Germany signed a fresh "
                              "agreement.", "ending") == [("the pact [Tripartite Pact]: replaced", "consistent")]


def test_the_treaty_is_the_one_last_told_signed_in_the_articles_words(check_store: Store) -> None:
    # ATOP calls the 1948 treaty a "pact": "the treaty" is that one, not the North Atlantic Treaty
    told = _told(check_store, "Bulgaria and Romania both joined the North Atlantic Treaty in 2004. Their first pact "
                              "was much older: Bucharest and Sofia signed a treaty of friendship, cooperation and "
                              "mutual assistance on 16 January 1948. The treaty was replaced on 19 November 1970.",
                 "ending")
    assert told == [("The treaty [ATOP 3105]: replaced", "consistent")]
