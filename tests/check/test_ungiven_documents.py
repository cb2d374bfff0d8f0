"""A document or enumeration told as existing or as holding things and never given (issue 22t1): the backstop
``_ungiven_document`` behind the specific list readings, on made-up sentences of several eras and phrasings; and its
silence where the article gives the items (a colon, "namely", a run of names, the next sentence)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_documents_told_and_never_given_are_referenced_not_stated(check_store: Store) -> None:
    told = [
        "The names of the Chilean officers trained in Panama have never been released.",
        "Lima sent Quito a thick dossier of alleged border incursions in 1941.",
        "The 1839 convention had a secret protocol on the Scheldt tolls.",
        "Bern's conditions for joining were never spelled out in public.",
        "There was also a register of every Danish ship stopped in the Sound.",
        "A roster of the Finnish volunteers who fought in Estonia survives in Helsinki.",
        "The Norwegian delegation presented a set of nine conditions for entering the union.",
        "The Bolivian cable itemised the rifles Santiago had promised to deliver.",
        "The full inventory is available on the ministry's website.",
        "The grievances the Greek envoy raised were too many to list in a short note.",
        "Neither government has ever published the minutes of the Caracas talks.",
        "Warsaw drew on a dossier prepared by its military attaché in Riga.",
        "A confidential annex assigned the Åland question to later talks.",
        "The complete roster ran to eleven hundred men.",
    ]
    for sentence in told:
        result = _check(check_store, sentence)
        assert [c.verdict for c in _claims(result, "list")] == ["referenced_not_stated"], sentence


def test_documents_whose_items_are_given_are_no_list(check_store: Store) -> None:
    for text in [
        "The secret protocol named three ports: Varna, Burgas and Constanța.",
        "The dossier listed Peru, Ecuador and Colombia as suppliers.",
        "Lima sent Quito a dossier of incursions, namely the raids on Zarumilla and Tumbes.",
        "The cable itemised the rifles Santiago had promised. They were Mausers, Remingtons and Winchesters.",
        "The treaty was never ratified by the Senate.",
        "The conditions that were not met doomed the pact.",
        "The report of the commission, which was published in 1932, blamed both sides.",
    ]:
        assert not _claims(_check(check_store, text), "list"), text


def test_a_document_told_again_makes_no_second_claim(check_store: Store) -> None:
    result = _check(check_store, "A roster of the Finnish volunteers who fought in Estonia survives in Helsinki. "
                                 "The archive says the roster has never been published.")
    assert [c.verdict for c in _claims(result, "list")] == ["referenced_not_stated"]


def test_a_pair_told_to_have_no_agreement_now_is_a_count_of_none(check_store: Store) -> None:
    """"Have no bilateral pact" in the present tense is a count of none in force, against the record; "no alliance"
    or a kind the codings may not tell apart ("no formal alliance") is silent unless the record agrees (a kind told by
    an obligation, "no defence alliance", is read against the obligations agreements carry: test_count_readings_22te),
    and a past or an intention is none."""
    for text, verdict in [("Peru and Chile have no bilateral pact.", "consistent"),
                          ("Brazil and Portugal hold no bilateral treaty of alliance.", "consistent"),
                          ("Chile and Argentina have no bilateral treaty.", "contradicts")]:
        claims = [c for c in _claims(_check(check_store, text), "count") if "none in force" in c.claimed]
        assert [c.verdict for c in claims] == [verdict], text
    for text in ["Iceland and Canada have no interest in an alliance.", "Peru and Ecuador had no alliance in 1941.",
                 "Mongolia and China have no formal alliance.", "Russia and Belarus have no alliance."]:
        assert not [c for c in _claims(_check(check_store, text), "count") if "none in force" in c.claimed], text
