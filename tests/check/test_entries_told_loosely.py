"""Entries into an agreement told of a state the ledger does not list but ATOP codes under the agreement's id, and
entries told at a year the record dates otherwise, of an agreement the sentence describes and the article names
(issue 22, round 18); each on made-up sentences (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _told(store: Store, body: str, kind: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), kind)]


def test_an_adherent_atop_codes_under_a_ledger_agreement_s_id_is_a_member(check_store: Store) -> None:
    # (the ledger lists the Declaration's first signers; ATOP, under the id the ledger's agreement holds, the states
    # that adhered later: Liberia in February 1944)
    body = ("Ethiopia adhered to the Declaration by United Nations in July 1942, and Liberia signed it in "
            "February 1944.")
    assert ("consistent", "parties: Liberia: entry into Declaration by United Nations February 1944") in _told(
        check_store, body, "agreement_parties")
    assert not [c for c in _check(check_store, body).claims if c.verdict == "not_in_record"]


def test_an_entry_told_a_year_off_into_an_agreement_described_is_a_wrong_date(check_store: Store) -> None:
    body = ("Few remember the Treaty of Amity and Cooperation in Southeast Asia. Wellington acceded to the "
            "regional non-aggression code in 2004.")
    assert _told(check_store, body, "agreement_parties") == [
        ("contradicts", "parties: New Zealand: entry into Treaty of Amity and Cooperation in Southeast Asia 2004")]
    right = body.replace("in 2004", "in July 2005")
    assert [v for v, _ in _told(check_store, right, "agreement_parties")] == ["consistent"]


def test_an_entry_told_years_off_or_of_a_founder_is_left_unread(check_store: Store) -> None:
    # (years off: another act, perhaps; a founder's "joining" is its signing, read by other rules)
    far = ("Few remember the Treaty of Amity and Cooperation in Southeast Asia. Wellington acceded to the "
           "regional non-aggression code in 2011.")
    assert not [c for c in _check(check_store, far).claims if c.verdict == "contradicts"]
    founder = ("The Declaration by United Nations was signed on 1 January 1942. Britain joined the wartime "
               "compact of the Allies in 1943.")
    assert not [c for c in _check(check_store, founder).claims if c.verdict == "contradicts"]
    # (another date the sentence tells near the entry may be the entry's: the year-off one is another act's)
    talks = ("Few remember the Treaty of Amity and Cooperation in Southeast Asia. Wellington acceded to the "
             "regional non-aggression code in July 2005, after talks held in 2004.")
    assert not [c for c in _check(check_store, talks).claims if c.verdict == "contradicts"]
    # (an entry told by a noun another verb governs is no joining of the state's own)
    stalled = ("Few remember the Treaty of Amity and Cooperation in Southeast Asia. A quarrel over fisheries held up "
               "Wellington's accession talks in 2004.")
    assert not [c for c in _check(check_store, stalled).claims if c.verdict == "contradicts"]
