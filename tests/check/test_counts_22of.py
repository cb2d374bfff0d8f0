"""Counts between a pair told in other phrasings (issue 22of), each on made-up sentences: a box of figures ("Bilateral
alliances: none"), agreements told the only ones in force ("only the A and the B remain in force"), a count told by
what the record holds or by a tally of betrayals, "no bilateral pact" beside another count, a count answered after a
colon, breaches and bilateral pacts told none in other words; and lists or documents told of and not given (the
record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _counts(store: Store, body: str) -> list[tuple[str, str]]:
    """Return each count claim of ``body`` as (claimed, verdict)."""
    return [(c.claimed, c.verdict) for c in _claims(_check(store, body), "count")]


def _verdicts(store: Store, body: str, words: str) -> list[str]:
    """Return the verdicts of the count claims of ``body`` whose claimed words hold ``words``."""
    return [c.verdict for c in _claims(_check(store, body), "count") if words in c.claimed]


def test_a_box_of_figures(check_store: Store) -> None:
    """Norway and Denmark share two agreements (NATO and the Helsinki Final Act), both multilateral, both in force,
    neither broken; Egypt and Syria's breaches are three under ATOP and two under the curated coding."""
    body = ("Norway and Denmark have long stood side by side in the north.\n\n## The figures\n\n"
            "- Agreements shared: two.\n- Bilateral alliances: none.\n- Still in force: two of the two.\n"
            "- Breaches: zero.")
    assert _counts(check_store, body) == [
        ("Agreements shared: two (Norway and Denmark)", "consistent"),
        ("Bilateral alliances: none (Norway and Denmark)", "consistent"),
        ("Still in force: two of the two (Norway and Denmark)", "consistent"),
        ("Breaches: zero: no breach (Norway and Denmark)", "consistent")]
    assert _verdicts(check_store, "Norway and Denmark, in brief.\n\n- Bilateral: three.", "Bilateral") == \
        ["contradicts"]
    assert _verdicts(check_store, "Egypt and Syria, in brief.\n\n- Betrayals: two.", "Betrayals") == \
        ["depends_on_coding"]
    # a value that is no number is no count told by a label
    assert not _verdicts(check_store, "Egypt and Syria, in brief.\n\n- Betrayals: one or two, as you like.",
                         "Betrayals")


def test_agreements_told_the_only_ones_in_force(check_store: Store) -> None:
    """Norway and Denmark have two agreements in force; one told alone is too few."""
    assert _verdicts(check_store, "Norway and Denmark share several pacts. Only the Atlantic treaty is still in "
                                  "force for both today.", "only") == ["contradicts"]
    assert _verdicts(check_store, "Norway and Denmark share several pacts. Only the Atlantic treaty and the Helsinki "
                                  "accord remain in force today.", "only") == ["consistent"]


def test_a_count_told_by_what_the_record_holds_or_a_tally(check_store: Store) -> None:
    """Norway and Denmark share two agreements; Egypt and Syria's breaches differ by coding."""
    assert _verdicts(check_store, "Norway and Denmark and their agreements. The record holds two.", "two") == \
        ["consistent"]
    assert _verdicts(check_store, "Norway and Denmark and their agreements. The record holds five.", "five") == \
        ["contradicts"]
    assert _verdicts(check_store, "Egypt and Syria quarrelled often. The ledger of betrayals between the two comes "
                                  "to two.", "two") == ["depends_on_coding"]


def test_no_bilateral_pact_beside_a_count_and_a_count_after_a_colon(check_store: Store) -> None:
    """Norway and Denmark have no bilateral alliance; Argentina and Chile have one (1984) among four agreements."""
    assert _verdicts(check_store, "Norway and Denmark shared two agreements, and no bilateral pact at all.",
                     "no bilateral pact") == ["consistent"]
    assert _verdicts(check_store, "Argentina and Chile shared four agreements, and no bilateral pact at all.",
                     "no bilateral pact") == ["contradicts"]
    counts = _counts(check_store, "Asked how many agreements Norway and Denmark had, she said at once: two, both "
                                  "multilateral.")
    assert ("two (Norway and Denmark)", "consistent") in counts


def test_breaches_and_own_pacts_told_none_in_other_words(check_store: Store) -> None:
    """Egypt and Syria count breaches; Norway and Denmark none, and no bilateral pact; Argentina and Chile one."""
    assert _verdicts(check_store, "Egypt and Syria were close. Not once has either broken an agreement with the "
                                  "other.", "no breach") == ["contradicts"]
    assert _verdicts(check_store, "Norway and Denmark were close. No treaty between them has ever been broken.",
                     "no breach") == ["consistent"]
    assert _verdicts(check_store, "Norway and Denmark never signed anything with each other alone.",
                     "no bilateral alliance") == ["consistent"]
    assert _verdicts(check_store, "Argentina and Chile never signed anything with each other alone.",
                     "no bilateral alliance") == ["contradicts"]
    assert _verdicts(check_store, "Norway and Denmark are neighbours. Neither state signed a bilateral alliance with "
                                  "the other, ever.",
                     "no bilateral alliance") == ["consistent"]


def test_a_sentence_keeps_its_closing_quote(check_store: Store) -> None:
    """A quoted sentence ends after its closing quotation mark, not before it."""
    claims = _claims(_check(check_store, 'Norway and Denmark have a modest record. "Two agreements," she says, "and '
                                         'not one bilateral." Nobody argued.'), "count")
    assert any(c.text.endswith('bilateral."') for c in claims)


def test_lists_told_of_and_not_given(check_store: Store) -> None:
    """A document this memo does not reproduce, one not circulated with it, a diary listing names, a list that never
    arrived: each referenced and never stated."""
    for body in ("The bases are listed in a schedule that this memo does not reproduce.",
                 "- The annex of recommendations from the spring session was not circulated with this note.\n"
                 "- Norway and Denmark met again in May.",
                 "The envoy kept a diary listing every minister he dined with; it is still with his heirs.",
                 "The ministry promised us the list, but the list itself never arrived."):
        assert [c.verdict for c in _claims(_check(check_store, body), "list")] == ["referenced_not_stated"], body
