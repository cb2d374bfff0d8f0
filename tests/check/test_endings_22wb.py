"""Endings told by a state's act or an agreement's noun (issue 22wb), on made-up sentences: an agreement not renewed
at its term, help owed to an ally and not given, and an ending told of an agreement by a noun no rule links."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_JAPAN = "Britain and Japan signed their alliance in London on 30 January 1902. "
_STEEL = "Germany and Italy signed the Pact of Steel on 22 May 1939. "


def _endings(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed.rsplit(": ", 1)[-1]) for c in _claims(_check(store, text), "ending")]


def test_an_agreement_not_renewed_at_its_term_is_told_expired(check_store: Store) -> None:
    for told in ("In 1921 Britain declined to extend it.", "The alliance was not renewed in 1921.",
                 "London chose not to renew the alliance.", "Twenty years later the two governments let it lapse."):
        # (every coding reads the alliance as replaced by the Four-Power Treaty, not as run out)
        assert _endings(check_store, _JAPAN + told) == [("contradicts", "expired")], told
    assert _endings(check_store, _JAPAN + "The alliance was renewed in 1905 and again in 1911.") == []


def test_help_owed_to_an_ally_and_not_given_is_a_breach_by_that_state(check_store: Store) -> None:
    for told in ("In September 1939 Italy refused to come to the aid of Germany.",
                 "In June 1940 Italy walked away from its commitments to Germany.",
                 "In 1940 Italy left its ally to face France alone.",
                 "In 1940 Rome never came to Germany's aid."):
        # (both codings read the Pact of Steel as ended by defeat, not by a breach)
        assert _endings(check_store, _STEEL + told) == [("contradicts", "ended in a breach (betrayal)")], told
    assert _endings(check_store, _STEEL + "In June 1940 Italy came to the aid of Germany.") == []


def test_an_ending_told_of_an_agreement_by_a_noun_no_rule_links(check_store: Store) -> None:
    # the noun dated: the one agreement of the two made that year, whatever a coding reads
    assert _endings(check_store, "Britain and Japan have a long history. The 1902 text was replaced in 1923, "
                                 "after two renewals.") == [("consistent", "replaced")]
    assert _endings(check_store, "Britain and Japan have a long history. The 1902 instrument simply expired "
                                 "in 1923.") == [("contradicts", "expired")]
    # undated: the agreement last told of, a guess kept only where a coding agrees
    assert _endings(check_store, _STEEL + "Six years later the text ended in defeat.") == [("consistent", "defeated")]
    assert _endings(check_store, _STEEL + "Six years later the text was abrogated.") == []


def test_a_list_told_and_then_said_unpublished_in_the_next_sentence_is_one_reference(check_store: Store) -> None:
    for told, sequel in (("There is a register, kept in the archive in Lisbon, of every Spanish raid since 1640.",
                          "Nobody has ever published it."),
                         ("The general kept a dossier on the Belgian officers he suspected.",
                          "It has never been released."),
                         ("There is a list of the ships lost in 1917.", "The admiralty has not released it.")):
        lists = _claims(_check(check_store, f"{told} {sequel} Peace came later."), "list")
        assert [(c.verdict, c.text) for c in lists] == [("referenced_not_stated", f"{told} {sequel}")]
    for sequel in ("It was long.", "The admiralty released it in 1990."):
        lists = _claims(_check(check_store, f"There is a list of the ships lost in 1917. {sequel} Peace came later."),
                        "list")
        assert [c.text for c in lists] == ["There is a list of the ships lost in 1917."], sequel


def test_the_state_told_as_failing_its_ally_is_read_against_a_coding_s_breacher(check_store: Store) -> None:
    pact = "Germany and the Soviet Union signed a non-aggression pact on 23 August 1939. In June 1941 "
    # (the curated coding names Germany as the violator; ATOP names none)
    assert _endings(check_store, pact + "Germany walked away from its commitments to the Soviet Union.") == [
        ("consistent", "ended in a breach (betrayal)")]
    assert _endings(check_store, pact + "the Soviet Union walked away from its commitments to Germany.") == [
        ("depends_on_coding", "ended in a breach (betrayal)")]
