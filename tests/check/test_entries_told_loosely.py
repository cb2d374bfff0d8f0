"""Entries into an agreement told of a state the ledger does not list but ATOP codes under the agreement's id, and
entries told at a year the record dates otherwise, of an agreement the sentence describes and the article names
(issue 22, round 18); each on made-up sentences (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

#: The 1976 treaty of Bali, told by a shorter name; New Zealand acceded to it in July 2005.
BALI = "Few still recall the 1976 Treaty of Amity and Cooperation, signed in Bali. "


def _told(store: Store, body: str, kind: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), kind)]


def _contradicted(store: Store, body: str) -> list[str]:
    return [c.claimed for c in _check(store, body).claims if c.verdict == "contradicts"]


def test_an_adherent_atop_codes_under_a_ledger_agreement_s_id_is_a_member(check_store: Store) -> None:
    # (the ledger lists the Declaration's first signers; ATOP, under the id the ledger's agreement holds, the states
    # that adhered later: Liberia in February 1944)
    body = ("The Allies' declaration of 1 January 1942 grew. Liberia put its name to it in February 1944, after "
            "Ethiopia adhered in July 1942.")
    parties = _told(check_store, body, "agreement_parties")
    assert ("consistent", "parties: Liberia: entry into Declaration by United Nations February 1944") in parties
    assert not [c for c in _check(check_store, body).claims if c.verdict != "consistent"]


def test_an_entry_told_a_year_off_into_an_agreement_described_is_a_wrong_date(check_store: Store) -> None:
    body = BALI + "Wellington acceded to the regional non-aggression code in 2004."
    parties = _told(check_store, body, "agreement_parties")
    assert [v for v, _ in parties] == ["contradicts"]
    assert parties[0][1].startswith("parties: New Zealand: entry into Treaty of Amity") and parties[0][1].endswith(
        " 2004")
    right = body.replace("in 2004", "in July 2005")
    assert [v for v, _ in _told(check_store, right, "agreement_parties")] == ["consistent"]


def test_an_entry_told_years_off_or_of_a_founder_is_left_unread(check_store: Store) -> None:
    # (years off: another act, perhaps; a founder's "joining" is its signing, read by other rules)
    assert not _contradicted(check_store, BALI + "Wellington acceded to the regional non-aggression code in 2011.")
    assert not _contradicted(check_store, "The Allies' declaration of 1 January 1942 grew. Britain joined the "
                                          "wartime compact in 1943.")
    # (another date the sentence tells near the entry may be the entry's: the year-off one is another act's)
    assert not _contradicted(check_store, BALI + "Wellington acceded to the regional non-aggression code in July "
                                                 "2005, after talks held in 2004.")
    # (an entry told by a noun another verb governs is no joining of the state's own)
    assert not _contradicted(check_store, BALI + "A quarrel over fisheries held up Wellington's accession talks "
                                                 "in 2004.")
