"""Counts and endings read in the sixth round (issue 22z2), each on made-up sentences: a count against a pair the
record holds no agreement between (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_a_count_of_a_pair_with_no_agreement_in_the_record_is_read_against_none(check_store: Store) -> None:
    """Mongolia and Paraguay share no agreement in the record: every built-in coding counts none, so a count of one or
    more contradicts it and a count of none agrees."""
    once = _claims(_check(check_store, "Mongolia and Paraguay were allied once, in the 1930s."), "count")
    assert [c.verdict for c in once] == ["contradicts"] and once[0].codings, once[0].record_value
    assert all(a.answer.startswith("0 alliances") for a in once[0].codings)
    two = _claims(_check(check_store, "Mongolia and Paraguay have signed two treaties."), "count")
    assert [c.verdict for c in two] == ["contradicts"]
    never = _claims(_check(check_store, "Mongolia and Paraguay have never signed an alliance."), "count")
    assert [c.verdict for c in never] == ["consistent"] and never[0].codings


def test_a_part_of_a_count_told_the_pairs_own_is_a_count_of_bilateral_alliances(check_store: Store) -> None:
    """"none of them an alliance of their own", "not one of them is a treaty of the two alone": a part told bilateral
    in other words; Chile and Peru share no bilateral alliance of their own in the record after 1866, Britain and
    Portugal several."""
    chile = _claims(_check(check_store, "Chile and Peru have signed five agreements in all, and not one of them is a "
                                        "treaty of the two alone."), "count")
    own = [c for c in chile if "alone" in c.claimed]
    assert [c.verdict for c in own] == ["consistent"] and all("bilateral" in a.answer for a in own[0].codings)
    britain = _claims(_check(check_store, "Britain and Portugal shared many pacts, none of them an alliance of "
                                          "their own."), "count")
    assert [c.verdict for c in britain if "their own" in c.claimed] == ["contradicts"]


def test_a_count_of_none_of_the_pairs_own_told_by_no_or_without(check_store: Store) -> None:
    """"not a single alliance of their own", "signed no pact of their own", "without ever signing an alliance of their
    own": counts of none of the pair's bilateral alliances; a bare "no alliance today" is none."""
    for text, verdict in (("Ghana and Togo have not a single alliance of their own.", "consistent"),
                          ("Lima and Quito signed no alliance of their own in the nineteenth century.", "contradicts"),
                          ("Spain and Portugal joined many pacts without ever signing an alliance of their own.",
                           "contradicts")):
        claims = _claims(_check(check_store, text), "count")
        assert [c.verdict for c in claims] == [verdict], text
        assert "of their own" in claims[0].claimed
    assert _claims(_check(check_store, "France and Germany have no alliance today."), "count") == []


def test_agreements_told_together_by_both_neither_or_all_three(check_store: Store) -> None:
    """"Both treaties are still in force", "Neither pact expired; both ended in defeat", "Hitler broke both within a
    year": the agreements named in the two sentences before, read together (a coding agrees where it reads each so);
    "Both countries broke off relations" and a quantifier with nothing named just before tell no ending."""
    def endings(text: str) -> list[tuple[str, str]]:
        return [(c.claimed.split(" (", 1)[0], c.verdict) for c in _claims(_check(check_store, text), "ending")]

    assert endings("France and Italy signed the North Atlantic Treaty in 1949. They also signed the Rio Treaty in "
                   "1947. Both treaties are still in force.") == [("Both treaties", "consistent")]
    axis = "Germany and Italy joined the Anti-Comintern Pact in 1937 and signed the Pact of Steel in 1939. "
    told = endings(axis + "Neither pact expired; both ended in defeat.")
    assert told[0] == ("Neither pact", "consistent") and told[1][0] == "both"
    assert endings(axis + "Both were dead by 1945.") == [("Both", "consistent")]
    assert endings(axis + "Both countries broke off relations with Poland.") == []
    assert endings(axis + "Both signed the Anti-Comintern Pact with Japan.") == []
    assert endings("Germany and Italy were allies. Both were dead by 1945.") == []


def test_an_alliance_kept_in_force_whose_pairs_own_exits_ended_it(check_store: Store) -> None:
    """ATOP keeps SEATO in force as an alliance but codes each member's exit: for an article about Britain and
    Australia, "SEATO was wound up in 1977" agrees with ATOP through the pair's own exits; a member named only in
    another clause ("Pakistan quit") does not change it, and an agreement named again in
    a later clause tells its ending there."""
    base = "Britain and Australia joined SEATO in 1954. Britain and Australia were founders. "
    for text in (base + "SEATO was dissolved by common consent on 30 June 1977.",
                 base + "Pakistan quit in November 1972 and Britain left the treaty in 1974; on 30 June 1977 SEATO "
                        "was wound up by common consent."):
        claims = _claims(_check(check_store, text), "ending")
        assert [c.verdict for c in claims] == ["consistent"], text
        assert any("the pair's own exits" in a.answer for a in claims[0].codings)


def test_an_agreement_told_by_a_capitalised_word_of_its_own(check_store: Store) -> None:
    """"The Rio pact" after the Rio Treaty is that treaty (a word of its name); a capitalised word that names neither
    a member nor a word of the agreement last told of refers to no agreement of the record here."""
    rio = _claims(_check(check_store, "Brazil and Argentina signed the Rio Treaty in 1947. The Rio pact is still in "
                                      "force between them."), "ending")
    # (by the record it names, as "Rio Pact" is also one of the treaty's own names, check/data/atop_names.csv)
    assert [(c.records[0].id, c.verdict) for c in rio] == [("1947-rio-treaty", "consistent")]
    other = _claims(_check(check_store, "Brazil and Argentina signed the Rio Treaty in 1947. The Japanese pact is "
                                        "still in force."), "ending")
    assert other == []
