"""BibTeX from source records."""

from __future__ import annotations

from foedus.cite import bibtex, bibtex_entry


def test_article_entry_has_its_fields() -> None:
    entry = bibtex_entry({"id": "x", "ledger": "tiny", "type": "article", "author": "Leeds, Brett Ashley",
                          "title": "A & B", "journal": "International Interactions", "year": 2002, "issue": "3",
                          "doi": "10.1080/03050620213653"})
    assert entry.splitlines()[0] == "@article{tiny:x,"
    assert "  title = {A \\& B}," in entry and "  number = {3}," in entry
    assert "  doi = {10.1080/03050620213653}," in entry


def test_treaties_and_documents_are_misc_with_a_url() -> None:
    entry = bibtex_entry({"id": "unga505", "type": "document", "title": "Resolution 505 (VI)",
                          "url": "https://example.org/a_b"})
    assert entry.startswith("@misc{unga505,") and "\\url{https://example.org/a_b}" in entry


def test_foedus_data_is_cited_once() -> None:
    text = bibtex([])
    assert text.count("@article{leeds2002atop,") == 1 and "gleditsch1999states" in text
