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


_ALLOWED_COMMANDS = {"\\textbackslash{}", "\\textasciitilde{}", "\\textasciicircum{}", "\\char64{}", "\\url{"}
_HOSTILE = ("}, title={x}, @misc{evil", "\\input{/etc/passwd}", "a\nb\r\n\nc", "{unbalanced", "50% & $x$ #1 a_b ~ ^",
            "\\immediate\\write18{rm -rf /}", "}}}}", "\\", "@", "x\x00y")


def _check_entry_is_contained(entry: str) -> None:
    """Fail unless ``entry`` is one entry whose fields cannot end early or run a command."""
    import re

    lines = entry.splitlines()
    assert lines[0].startswith("@") and lines[-1] == "}" and "@" not in entry[1:]
    for line in lines[1:-1]:
        match = re.fullmatch(r"  [a-z]+ = \{(.*)\},", line)
        assert match, line
        value, depth, url_depth = match.group(1), 0, None
        doi = line.startswith("  doi = ")
        i = 0
        while i < len(value):
            if value[i] == "\\":
                nxt = value[i + 1] if i + 1 < len(value) else ""
                if nxt in "{}&%$#_":
                    i += 2
                    continue
                allowed = [c for c in _ALLOWED_COMMANDS if value.startswith(c, i)]
                assert allowed, f"a command in {line!r}"
                if allowed[0] == "\\url{":
                    depth, url_depth = depth + 1, depth
                i += len(allowed[0])
                continue
            depth += {"{": 1, "}": -1}.get(value[i], 0)
            assert depth >= 0, f"the field ends early in {line!r}"
            if url_depth is not None and depth == url_depth:
                url_depth = None
            elif url_depth is None and not doi:
                assert value[i] not in "&%$#_~^", f"a LaTeX special in {line!r}"
            i += 1
        assert depth == 0, line


def test_hostile_source_text_cannot_break_out_of_its_entry_or_run_a_command() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    for text in _HOSTILE:
        source = {"id": text, "ledger": text, "type": "article", "author": text, "editor": f"{{{text}}}",
                  "title": text, "journal": text, "year": text, "pages": text, "doi": text, "url": text, "note": text}
        _check_entry_is_contained(bibtex_entry(source))
        _check_entry_is_contained(bibtex_entry({**source, "url": f"https://example.org/{text}"}))
        _check_entry_is_contained(bibtex_entry({**source, "doi": f"10.1000/{text}"}))
    entry = bibtex_entry({"id": "x", "type": "misc", "author": "}, title={x}, @misc{evil",
                          "title": "\\input{/etc/passwd}"})
    assert "\\input" not in entry and "@misc{evil" not in entry
    assert "title = {\\textbackslash{}input\\{/etc/passwd\\}}" in entry

    @settings(max_examples=200, deadline=None)
    @given(st.text(), st.text())
    def any_text(text: str, other: str) -> None:
        _check_entry_is_contained(bibtex_entry({"id": text, "type": "book", "author": f"{text} and {{{other}}}",
                                                "title": text, "url": f"http://x.org/{other}", "doi": other}))

    any_text()


def test_trusted_fields_are_written_as_they_read() -> None:
    entry = bibtex_entry({"id": "cow", "type": "dataset", "author": "{Correlates of War Project} and Long, A.",
                          "doi": "10.1080/03050620213653", "url": "https://example.org/a_b?x=1#y", "title": "A\nB"})
    assert "author = {{Correlates of War Project} and Long, A.}" in entry
    assert "doi = {10.1080/03050620213653}" in entry and "\\url{https://example.org/a_b?x=1#y}" in entry
    assert "title = {A B}" in entry
