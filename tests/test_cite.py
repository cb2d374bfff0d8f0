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


def test_imported_covariates_are_cited_once_each_with_the_files_behind_them() -> None:
    from foedus.cite import COVARIATE_REFERENCES, imported_data_sources

    def record(name: str, dataset: str, layout: str, version: str | None = None) -> dict[str, object]:
        return {"name": name, "dataset": dataset, "layout": layout, "version": version, "sha256": name * 2}

    sources = imported_data_sources([
        record("atop4_01m.csv", "atop", "members", "4.01"), record("v16.csv", "democracy", "vdem", "16"),
        record("cw_democracy.csv", "democracy", "processed"), record("NMC-70-abridged.csv", "nmc", "original", "7.0"),
    ])
    cited = {s["id"]: s["note"] for s in sources}
    assert set(cited) == {"coppedge2026vdem", "marshall2020polity5", "pemstein2010uds", "marquez2016uds",
                          "singer1972capabilities", "cow-nmc7"}
    assert cited["coppedge2026vdem"] == ("imported: v16.csv 16, sha256 v16.csvv16.csv; "
                                         "cw_democracy.csv, sha256 cw_democracy.csvcw_democracy.csv")
    assert "@incollection{singer1972capabilities," in bibtex(sources, with_foedus=False)
    assert all(r.get("doi") or r.get("url") or r["type"] in ("chapter", "book", "report")
               for r in COVARIATE_REFERENCES)
