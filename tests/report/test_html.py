"""HTML for notebooks: escaped, left-aligned, in words, linked where a source has a URL or DOI."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foedus.history import pair_history
from foedus.ledger.files import read_ledger
from foedus.report.html import href, linked, source_list, table, text, words
from foedus.store import Store, open_store
from foedus.vocabulary import ENDINGS, OBLIGATIONS
from tests.ledgers import TINY, write
from tests.report.reading import read

SNAKE_CASE = [term for term in (*ENDINGS, *OBLIGATIONS) if "_" in term]


@given(st.text())
def test_any_text_comes_out_as_the_same_text_and_never_as_markup(value: str) -> None:
    page = read(f"<p>{text(value)}</p>")
    assert page.tags == {"p"} and page.text == " ".join(value.split())


@pytest.mark.parametrize(("url", "doi", "target"), [
    ("https://example.org/a?b=1", None, "https://example.org/a?b=1"),
    (None, "10.1080/03050620213653", "https://doi.org/10.1080/03050620213653"),
    ("doi:10.1177/0022343308100719", None, "https://doi.org/10.1177/0022343308100719"),
    (None, "https://doi.org/10.23696/vdemds26", "https://doi.org/10.23696/vdemds26"),
    ("javascript:alert(1)", None, None),
    ("data:text/html,<b>x</b>", None, None),
    ("ftp://example.org/x", None, None),
])
def test_links_are_made_only_from_http_urls_and_dois(url: str | None, doi: str | None, target: str | None) -> None:
    assert href(url, doi) == target


def test_a_doi_that_tries_to_break_out_of_its_attribute_stays_inside_it() -> None:
    page = read(linked("x", href(doi='10.1000/x" onmouseover="alert(1)')))  # read() fails on any on* attribute
    assert page.links == ["https://doi.org/10.1000/x%22%20onmouseover%3D%22alert(1)"]


def test_tables_are_left_aligned_and_sources_are_listed_with_their_links() -> None:
    page = read(table(["a", "b"], [["1", "2"]]))
    assert page.cells and all("text-align: left" in style for style in page.cells)
    listed = read(source_list([{"author": "Leeds, B. A.", "year": 2002, "title": "ATOP <1815-1944>",
                                "doi": "10.1080/03050620213653"}, {"title": "No link"}]))
    assert listed.links == ["https://doi.org/10.1080/03050620213653"]
    assert "ATOP <1815-1944>" in listed.text and words("lost_independence") == "lost independence"


def _hostile_store(tmp_path: Path) -> Store:
    """A store with the tiny ledger, its first treaty's title and one source's DOI written to break HTML."""
    hostile = (TINY.replace("title: Li-Lobanov Treaty", "title: \"Li-Lobanov <script>alert('x')</script> & Co\"")
               .replace("    publisher: M. E. Sharpe\n", "    publisher: M. E. Sharpe\n    doi: 10.1000/a\"><i>b\n"))
    store = open_store(tmp_path / "tiny.duckdb", read_only=False, prepare=False)
    store.load(read_ledger(write(tmp_path, hostile)))
    return store


def test_a_pair_history_in_a_notebook_is_escaped_left_aligned_in_words_and_linked(tmp_path: Path) -> None:
    history = pair_history(_hostile_store(tmp_path), "Qing China", "Russian Empire", until=1911)
    markup = history._repr_html_()
    page = read(markup)
    assert "script" not in page.tags and "<script" not in markup
    assert "Li-Lobanov <script>alert('x')</script> & Co" in page.text  # shown as written, never run
    assert page.text.startswith("Qing China (710) – Russian Empire (365):")
    assert all("text-align: left" in style for style in page.cells)
    assert not [term for term in SNAKE_CASE if term in page.text]
    assert "https://doi.org/10.1000/a%22%3E%3Ci%3Eb" in page.links  # the hostile DOI, as a harmless link
    assert all(link.startswith(("https://", "http://")) for link in page.links)


def test_the_shipped_history_links_its_sources(store: Store) -> None:
    page = read(pair_history(store, "China", "Russia")._repr_html_())
    assert any(link.startswith("https://doi.org/") for link in page.links)
    assert any(link.startswith("http") and "doi.org" not in link for link in page.links)
    assert "violated by Russian Empire" in page.text and "in force" in page.text
    assert not [term for term in SNAKE_CASE if term in page.text]


def test_a_panel_in_a_notebook_says_what_it_is_built_from_and_what_to_cite(store_path: Path, tmp_path: Path) -> None:
    from foedus.importers import import_states
    from foedus.panels import dyad_years
    from tests.importers.synthetic import COW_STATES
    from tests.importers.synthetic import write as write_file

    import_states(write_file(tmp_path, "states2016.csv", COW_STATES), "cow", db=store_path)
    panel = dyad_years("cow", 1900, 1910, db=store_path)
    page = read(panel._repr_html_())
    assert page.text.startswith(f"foedus panel: COW directed dyad-years 1900–1910, {len(panel):,} rows")
    sha = panel.provenance[0]["sha256"]
    assert sha[:16] in page.text and "states2016.csv" in page.text
    assert "https://correlatesofwar.org" in page.links
    assert "ccode1" in page.text  # the first rows themselves
