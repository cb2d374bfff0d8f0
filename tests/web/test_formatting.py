"""How the pages write values: authors in prose, references without doubled stops, words, counts, dates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foedus.cite import FOEDUS_REFERENCES
from foedus.web.formatting import authors_in_prose, citation, date, sentence_join, thousands, words

_NAME = st.text(st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=8)


@pytest.mark.parametrize(("bibtex", "prose"), [
    ("Leeds, Brett Ashley and Ritter, Jeffrey M. and Mitchell, Sara McLaughlin and Long, Andrew G.",
     "Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long"),
    ("Gleditsch, Kristian S. and Ward, Michael D.", "Kristian S. Gleditsch and Michael D. Ward"),
    ("Miller, Steven V.", "Steven V. Miller"),
    ("{Correlates of War Project}", "Correlates of War Project"),
    ("Coppedge, Michael and Gerring, John and others", "Michael Coppedge, John Gerring et al."),
    ("Mark Mancall", "Mark Mancall"), ("", ""), (None, ""),
])
def test_authors_read_as_a_list_in_prose(bibtex: str | None, prose: str) -> None:
    assert authors_in_prose(bibtex) == prose


@given(st.lists(st.tuples(_NAME, _NAME), min_size=1, max_size=6))
def test_every_author_appears_once_and_and_joins_only_the_last_two(names: list[tuple[str, str]]) -> None:
    text = authors_in_prose(" and ".join(f"{surname}, {given}" for surname, given in names))
    assert text.count(" and ") == (1 if len(names) > 1 else 0) + sum(" and " in f"{g} {s}" for s, g in names)
    assert text.endswith(f"{names[-1][1]} {names[-1][0]}")


@given(st.lists(st.text(max_size=20), max_size=5))
def test_sentences_never_end_with_two_stops(parts: list[str]) -> None:
    joined = sentence_join(*parts)
    assert ".." not in joined.replace("...", "") or any(".." in p for p in parts)


def test_a_reference_reads_without_doubled_stops() -> None:
    atop = next(r for r in FOEDUS_REFERENCES if r["id"] == "leeds2002atop")
    text = str(citation(atop))
    assert text == ("Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long (2002). "
                    "<cite>Alliance Treaty Obligations and Provisions, 1815-1944</cite>. "
                    "<i>International Interactions</i> 28(3): 237-260.")
    assert str(citation({"title": "Why <b>?", "author": "A, B."})) == "B. A. <cite>Why &lt;b&gt;</cite>?"


def test_words_counts_and_dates() -> None:
    assert words("joint_statement") == "joint statement" and words("non_aggression") == "non-aggression"
    assert words(None) == "" and thousands(7994) == "7,994" and thousands(31725) == "31,725"
    assert str(date("1896-06-03")) == '<time class="date" datetime="1896-06-03">1896-06-03</time>'
    assert str(date("1896")) == '<time class="date" datetime="1896">1896</time>'
    assert str(date(None, "in force")) == "in force" and str(date("<x>")) == '<time class="date">&lt;x&gt;</time>'


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_the_contested_marker_meets_wcag_aa_contrast() -> None:
    import re
    from importlib import resources

    css = (resources.files("foedus.web") / "static" / "style.css").read_text(encoding="utf-8")
    marker = re.search(r"--contested: (#[0-9a-fA-F]{6})", css)
    assert marker is not None and re.search(r"\.contested \{ color: var\(--contested\)", css)
    for background in ("#ffffff", "#fbfbfa", "#eef1f5"):  # a panel, the page, an ending's label
        lighter, darker = sorted((_luminance(marker.group(1)), _luminance(background)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5, background
