"""Endings told by a part of an agreement, by a state's word broken, and by a group of the pair's agreements told in
force (issue 22, fifth round), each on made-up sentences (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _endings(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _check(store, body).claims if c.kind == "ending"]


def test_a_breach_of_a_part_of_the_agreement_or_of_the_word_given_under_it(check_store: Store) -> None:
    for told in ("In August 1939 Germany violated the terms of the Anti-Comintern Pact.",
                 "Berlin broke the spirit and the letter of the Anti-Comintern Pact."):
        assert _endings(check_store, f"In 1936 Germany and Japan signed the Anti-Comintern Pact. {told}") == [
            ("consistent", "Anti-Comintern Pact: ended in a breach (betrayal)")]
    assert _endings(check_store, "In 1915 Rome broke its word to its Triple Alliance partners.") == [
        ("consistent", "Triple Alliance: ended in a breach (betrayal)")]
    # a word of ending far from the agreement, of something else, is still no ending of it
    assert not _endings(check_store, "The transfer ended a century of control, as the treaty of 1903 had laid down.")


def test_a_state_that_broke_that_promise_or_did_not_keep_its_word(check_store: Store) -> None:
    alliance = "Germany, Austria-Hungary and Italy renewed the Triple Alliance in 1912."
    for told in ("In 1915 Italy did not keep that promise.", "In 1915 Rome broke its word when it joined the Entente.",
                 "Italy broke that pledge in 1915."):
        found = _endings(check_store, f"{alliance} {told}")
        assert [(v, c.rsplit(": ", 1)[1]) for v, c in found] == [("consistent", "ended in a breach (betrayal)")]
        assert "Triple Alliance" in found[0][1]
    declaration = "Germany and Poland signed a declaration of non-aggression in January 1934."
    assert _endings(check_store, f"{declaration} In 1939 Germany broke that promise.") == [
        ("consistent", "German-Polish Declaration of Non-Aggression: ended in a breach (betrayal)")]
    # a state that is no member, a promise kept, or a year the agreement was long dead: nothing told of it
    for told in ("France broke that promise.", "Warsaw never broke its word.", "In 1950 Germany broke that promise."):
        assert not _endings(check_store, f"{declaration} {told}")


def test_the_pairs_agreements_told_in_force_together(check_store: Store) -> None:
    # Greece and Turkey: three agreements in force in 2024 (1949, 1960, 1975) under every coding
    for told, verdict in (("All three remain in force.", "consistent"),
                          ("Two are bilateral, and both are still in force.", "consistent"),
                          ("The other five are all in force.", "contradicts")):
        found = _endings(check_store, f"Greece and Turkey have shared ten pacts. {told}")
        assert [v for v, _ in found] == [verdict]
        assert found[0][1].endswith("(Greece and Turkey): in force")
    # no count of the pair's agreements before it: "both" may be of anything
    assert not _endings(check_store, "Greece and Turkey fought in 1897. Both are still in force.")
    # a pair that shares fewer agreements in the record than the group told: nothing to check it against
    assert not _endings(check_store, "Iceland and Malta signed two pacts. Both are still in force.")


def test_an_end_told_by_an_idiom_of_death_or_of_work_done(check_store: Store) -> None:
    pact = "Turkey, Britain and France signed a treaty of mutual assistance in October 1939."
    # dead in fact, told without a date of its end in law (the record ends it only in 1945)
    for told in ("By June 1940 the pact was dead.", "The pact was a dead letter within a year."):
        found = [c for c in _check(check_store, f"{pact} {told}").claims
                 if c.kind == "ending" or (c.kind == "agreement_date" and " ended " in c.claimed)]
        assert [(c.kind, c.claimed.rsplit(": ", 1)[-1], c.verdict) for c in found] == [
            ("ending", "ended", "consistent")]
    for told in ("It had done its work by 1945.", "The pact did what it was built to do."):
        assert [c.rsplit(": ", 1)[1] for _, c in _endings(check_store, f"{pact} {told}")] == ["fulfilled"]
    # "the king was dead" tells nothing of an agreement
    assert not _endings(check_store, f"{pact} By 1936 the king was dead.")


def test_a_breach_denied_as_nobodys_claim(check_store: Store) -> None:
    pact = "Turkey, Britain and France signed a treaty of mutual assistance in October 1939."
    for told in ("It had done its work by 1945, and nobody pretended it had been betrayed.",
                 "In 1940 no one claimed that the pact was broken."):
        endings = [c.rsplit(": ", 1)[1] for _, c in _endings(check_store, f"{pact} {told}")]
        assert "not ended in a breach (betrayal)" in endings and "ended in a breach (betrayal)" not in endings


def test_a_capitalised_head_told_back(check_store: Store) -> None:
    found = _endings(check_store, "In 1815 Austria and Prussia founded the German Confederation. In 1866 the "
                                  "Confederation was betrayed by Prussia.")
    assert [(v, c.rsplit(": ", 1)[1]) for v, c in found] == [("consistent", "ended in a breach (betrayal)")]
    # "the Union" read back only as an agreement of that title: not the non-aggression pact last told of
    assert not _endings(check_store, "In 1939 Germany and the Soviet Union signed a non-aggression pact. In 1941 the "
                                     "Union was betrayed.")
