"""Reading an article: formats, publication dates, language, and bad input (a clear error, never a traceback)."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foedus.check import ArticleError, check_text, detect_language, read_article
from foedus.check.reading import MAX_BYTES
from foedus.store import Store

ENGLISH = ("Russia and China signed a treaty of friendship in Moscow. It was the first of several agreements that the "
           "two states concluded in the years that followed, and it is still cited by both governments.")


def test_text_markdown_and_html_give_their_main_text() -> None:
    assert read_article(ENGLISH.encode(), "a.txt").text == ENGLISH
    markdown = read_article(f"# Title\n\n**{ENGLISH}** [link](http://x.invalid)".encode(), "a.md")
    assert markdown.text.startswith("Title") and "**" not in markdown.text and "http" not in markdown.text
    html = (f"<html><head><script>alert('x')</script><style>p{{color:red}}</style></head><body><nav>Home</nav>"
            f"<article><p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>")
    read = read_article(html.encode(), "a.html")
    assert "alert" not in read.text and "color" not in read.text and read.format == "html"


def test_the_publication_date_comes_from_the_page_the_text_or_the_caller() -> None:
    html = (f'<html><head><meta property="article:published_time" content="2023-03-22T10:00:00Z"></head>'
            f"<body><article><p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>")
    assert read_article(html.encode(), "a.html").published == dt.date(2023, 3, 22)
    assert read_article(f"Published: 2021-08-14\n\n{ENGLISH}".encode(), "a.txt").published == dt.date(2021, 8, 14)
    given_date = read_article(ENGLISH.encode(), "a.txt", published=dt.date(2020, 1, 1))
    assert (given_date.published, given_date.published_from) == (dt.date(2020, 1, 1), "given")
    assert read_article(ENGLISH.encode(), "a.txt").published is None


@pytest.mark.parametrize(("top", "day"), [("*Islamabad, 22 May 2021*", dt.date(2021, 5, 22)),
                                          ("Monday, March 3, 2025", dt.date(2025, 3, 3)),
                                          ("NEW DELHI, 9 August 1971", dt.date(1971, 8, 9)),
                                          ("2019-11-30", dt.date(2019, 11, 30))])
def test_a_dateline_on_a_line_of_its_own_at_the_top_is_the_publication_date(top: str, day: dt.date) -> None:
    for name in ("a.md", "a.txt"):
        read = read_article(f"# Headline\n\n{top}\n\n{ENGLISH}".encode(), name)
        assert read.published == day, (top, name)
    # (a date inside a sentence is no dateline)
    assert read_article(f"It was signed on 22 May 2021.\n\n{ENGLISH}".encode(), "a.txt").published is None


@pytest.mark.parametrize(("data", "name", "words"), [
    (b"", "a.txt", "empty"),
    (b"   \n\n ", "a.txt", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "a.txt", "binary"),
    (b"\xff\xfe\xfd" * 10, "a.txt", "UTF-8"),
    (b"x" * (MAX_BYTES + 1), "a.txt", "at most"),
    (ENGLISH.encode(), "a.pdf", ".pdf"),
    (b"<html><body><script>var a = 1;</script></body></html>", "a.html", "no main text"),
])
def test_bad_input_is_a_clear_error(data: bytes, name: str, words: str) -> None:
    with pytest.raises(ArticleError, match=words) as caught:
        read_article(data, name)
    assert name in str(caught.value)


@pytest.mark.parametrize(("text", "code"), [
    (ENGLISH, "en"),
    ("La Russie et la Chine ont signé un traité d'amitié à Moscou. C'est le premier des accords que les deux États "
     "ont conclus dans les années qui ont suivi, et il est encore cité par les deux gouvernements.", "fr"),
    ("Russland und China haben in Moskau einen Freundschaftsvertrag unterzeichnet. Es war der erste von mehreren "
     "Verträgen, die die beiden Staaten in den folgenden Jahren geschlossen haben, und er wird von beiden zitiert.",
     "de"),
    ("Rusia y China firmaron un tratado de amistad en Moscú. Fue el primero de varios acuerdos que los dos estados "
     "concluyeron en los años siguientes, y todavía lo citan ambos gobiernos.", "es"),
    ("Россия и Китай подписали в Москве договор о дружбе. Это было первое из нескольких соглашений.", "ru"),
    ("中俄两国在莫斯科签署了友好条约。这是两国此后缔结的若干协定中的第一个。", "zh"),
    ("12345 67890 !!! ???", "und"),
    # one short sentence of names and numbers: the only function words it holds are one language's
    ("Zimbabwe's president, Robert Mugabe, visited Beijing in March 2019.", "en"),
    ("Mugabe a visité Pékin en mars 2019.", "und"),  # "a" is English, "en" French: it cannot tell
    ("Mugabe Harare Beijing Moscow Pretoria 2019", "und"),
])
def test_the_language_is_told_by_a_stop_word_test(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_a_text_foedus_cannot_read_is_said_so_not_half_checked() -> None:
    french = ("La Russie et la Chine ont signé un traité d'amitié à Moscou le 16 juillet 2001. C'est le premier des "
              "accords que les deux États ont conclus.")
    with pytest.raises(ArticleError, match=r"French.*English only"):
        read_article(french.encode(), "article.txt")


def test_hostile_markup_is_never_run_and_comes_back_escaped(check_store: Store) -> None:
    from foedus.check.render import result_html

    html = ("<html><head><script>document.write('<b>owned</b>')</script></head><body><article>"
            f"<p>{ENGLISH} The Treaty of Nerchinsk was signed in 1689 &lt;script&gt;alert(1)&lt;/script&gt;.</p>"
            "<p><img src=x onerror=alert(2)>A second paragraph about Russia and China and their treaties.</p>"
            "</article></body></html>")
    result = check_text(check_store, html.encode(), "hostile.html")
    rendered = result_html(result)
    assert result._repr_html_() == rendered  # the notebook view
    assert "<script" not in rendered and "onerror" not in rendered and "owned" not in rendered
    assert "&lt;script&gt;" in rendered


_PIECES = [*"abc XYZ,.-'0123456789\n", "Soviet", "China", " on ", "March", " 1950", "Treaty of", " five ",
           "alliances", " years", "Sino-", "the "]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_any_text_gives_mentions_inside_it(check_store: Store, text: str) -> None:
    from foedus.check.mentions import find_mentions, gazetteer

    for mention in find_mentions(text, gazetteer(check_store), dt.date(2023, 3, 22)):
        assert 0 <= mention.start < mention.end <= len(text) and text[mention.start:mention.end] == mention.text


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_text_or_a_clear_error(data: bytes) -> None:
    with contextlib.suppress(ArticleError):
        read_article(data, "x.txt")


def test_a_markdown_front_matter_gives_the_date_and_title_and_is_not_prose() -> None:
    """A Markdown article's front matter (a YAML block between "---" lines) gives its publication date and title;
    its other fields (tags, author) are not checked as the article's text. A block that is no YAML mapping stays."""
    front = (f'---\ntitle: "Old allies"\nauthor: "A. Writer"\ndate: 2024-12-14\ntags: [rio-treaty, nato]\n---\n\n'
             f"{ENGLISH}")
    read = read_article(front.encode(), "a.md")
    assert read.published == dt.date(2024, 12, 14)
    assert read.text.startswith("Old allies") and "rio-treaty" not in read.text and "A. Writer" not in read.text
    quoted = read_article(f"---\ndate: '14 December 2024'\n---\n{ENGLISH}".encode(), "a.md")
    assert quoted.published == dt.date(2024, 12, 14) and quoted.text == ENGLISH
    not_yaml = read_article(f"---\n{ENGLISH}\n---\n{ENGLISH}".encode(), "a.md")
    assert not_yaml.text.count("Russia and China") == 2  # a rule and prose, not front matter


def test_a_checked_markdown_article_makes_no_claim_of_its_front_matter(check_store: Store) -> None:
    front = ("---\ntitle: Allies\ndate: 2023-05-01\ntags: [rio-treaty]\n---\n"
             "Brazil and Chile signed the Rio Treaty on 2 September 1947.\n")
    result = check_text(check_store, front.encode(), "a.md")
    assert result.article.published == "2023-05-01"
    assert all("tags" not in c.text and "2023-05-01" not in c.claimed for c in result.claims)



_VOCABULARY = ("the of and to in was that it with for as on by at from which treaty alliance signed Russia France "
               "Britain China in 1894 1950 March, 3 war, ended; betrayal. Pact Brest-Litovsk Moscow's never")
_WORDS = st.lists(st.sampled_from(_VOCABULARY.split(" ")), min_size=30, max_size=120)


@given(words=_WORDS, width=st.integers(60, 120))
@settings(max_examples=60, deadline=None)
def test_a_paragraph_an_editor_wrapped_is_read_as_written_whole(words: list[str], width: int) -> None:
    import textwrap

    body = textwrap.fill(" ".join(words), width=width)
    text = read_article(f"Published: 2024-11-05\n\n{body}\n".encode(), "a.txt").text
    assert len(text) == len(f"Published: 2024-11-05\n\n{body}")  # (each break a space: offsets are kept)
    assert "\n" not in text.removeprefix("Published: 2024-11-05\n\n") and text.split() == [
        "Published:", "2024-11-05", *words]  # (a word broken at its hyphen, "Brest-⏎Litovsk", joined again)


def test_a_sentence_wrapped_across_lines_is_read_whole(check_store: Store) -> None:
    wrapped = ("Published: 2024-11-05\n\nThe Franco-Russian Alliance held until the Bolsheviks left the war. The\n"
               "Treaty of Brest-Litovsk, which ended Russia's part in it, was signed on 3 March\n"
               "1918, and Paris called it a betrayal.\n\n- a list item\n- another\n")
    text = read_article(wrapped.encode(), "a.txt").text
    assert "3 March 1918" in text and "Treaty of Brest-Litovsk" in text and "\n- a list item\n- another" in text
    result = check_text(check_store, wrapped.encode(), "a.txt")
    assert [c.verdict for c in result.claims if "1918-03-03" in c.record_value] == ["consistent"]
    assert not [c for c in result.claims if "2024-03" in c.claimed or "2024-03" in c.reason]
    # a heading, a byline or a dateline on a line of its own stays on it
    top = "Seminar notes, week 7: the alliances of the Eastern Bloc and their ends\nTirana and Prague\nBy A. Writer\n"
    assert read_article(f"{top}\nRussia and France signed it in 1894.".encode(), "a.txt").text.startswith(top)


def test_a_markdown_heading_is_a_paragraph_of_its_own_and_the_title_told_once() -> None:
    page = "---\ntitle: The Manila pact at seventy\n---\n\n# The Manila pact at seventy\n\nIt was signed.\n\n## Then\n"
    assert read_article(page.encode(), "a.md").text == "The Manila pact at seventy\n\nIt was signed.\n\nThen"
