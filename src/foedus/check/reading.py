"""Read an article: plain text, Markdown or HTML (main text by trafilatura, date by htmldate), and its language.

HTML is parsed, never run: trafilatura and htmldate read the markup with lxml and drop scripts and styles. The
language is told by a deterministic stop-word test (:func:`detect_language`): the share of a text's words that are
among the most common function words of each of a few languages, and the share of its letters in Cyrillic, CJK or
Arabic script. On the gold set and the samples in tests/check it tells English from French, German, Spanish,
Italian, Russian and Chinese without error, which is all the checker needs: it reads English only.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from foedus.errors import FoedusError

__all__ = ["MAX_BYTES", "ArticleError", "ArticleText", "detect_language", "read_article"]

#: The largest article read (2 MB): far above any commentary, well below what would make a check slow.
MAX_BYTES = 2_000_000


class ArticleError(FoedusError, ValueError):
    """An article foedus cannot read: empty, binary, too large, not in English, or without main text."""


@dataclass(frozen=True)
class ArticleText:
    """An article's main text and what was learned while reading it."""

    source: str
    format: str
    text: str
    language: str
    published: _dt.date | None
    published_from: str


_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset((
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on", "not",
        "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "they", "were", "had", "their",
        "its", "has", "been", "would", "there", "we", "who", "after"
    )),
    "fr": frozenset((
        "le", "la", "les", "de", "des", "et", "en", "un", "une", "du", "est", "que", "qui", "dans", "pour", "pas",
        "au", "sur", "par", "ce", "il", "elle", "sont", "avec", "plus", "ont", "été", "aux", "cette"
    )),
    "de": frozenset((
        "der", "die", "das", "und", "den", "von", "zu", "ist", "mit", "sich", "des", "auf", "für", "nicht", "ein",
        "eine", "dem", "im", "auch", "es", "an", "als", "wurde", "sind", "nach", "bei"
    )),
    "es": frozenset((
        "el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "que", "es", "por", "con", "para", "se", "su",
        "al", "lo", "como", "más", "pero", "sus", "fue", "ha", "entre"
    )),
    "it": frozenset((
        "il", "la", "di", "e", "che", "un", "una", "per", "non", "con", "del", "della", "è", "sono", "gli", "le",
        "al", "nel", "dei", "alla", "anche", "più", "ha", "stato"
    )),
}
_LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
                   "ru": "Russian (Cyrillic script)", "zh": "Chinese or Japanese (CJK script)",
                   "ar": "Arabic script", "und": "undetermined"}
_SCRIPTS = (("ru", re.compile(r"[\u0400-\u04ff]")), ("zh", re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")),
            ("ar", re.compile(r"[\u0600-\u06ff]")))


_SHORT_TEXT_WORDS = 40


def detect_language(text: str) -> str:
    """Return the language of ``text`` as an ISO 639-1 code (``"und"`` when it cannot tell).

    A script other than Latin that holds most letters decides at once; otherwise the language whose common
    function words make the largest share of the words wins, if that share is at least 15%. A short text (under
    40 words, such as one sentence pasted into the dashboard) is mostly names and numbers, so there the one
    language whose function words it holds wins however small their share, provided no other language's are there.
    A tie between languages is undetermined.
    """
    letters = [ch for ch in text[:20_000] if ch.isalpha()]
    if not letters:
        return "und"
    for code, pattern in _SCRIPTS:
        if sum(1 for ch in letters if pattern.match(ch)) > 0.4 * len(letters):
            return code
    words = re.findall(r"[^\W\d_]+", text[:20_000].casefold())
    if len(words) < 5:
        return "und"
    hits = {code: sum(w in stop for w in words) for code, stop in _STOP_WORDS.items()}
    best = max(hits, key=lambda c: hits[c])
    others = max(n for code, n in hits.items() if code != best)
    if hits[best] <= others:
        return "und"  # a tie: "Mugabe a visité Pékin en mars" holds English "a" and French "en"
    if hits[best] >= 0.15 * len(words):
        return best
    return best if others == 0 and len(words) < _SHORT_TEXT_WORDS else "und"


def language_name(code: str) -> str:
    """Return a language code as words."""
    return _LANGUAGE_NAMES.get(code, code)


_PUBLISHED_LINE = re.compile(r"^\s*(?:published|date|dateline)\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
#: A dateline on a line of its own near the top: a place (optional), a weekday (optional) and a date written out or
#: in ISO form, set in italics or bold or not ("*Islamabad, 22 May 2021*", "Monday, March 3, 2024").
_DATELINE = re.compile(r"^[ \t*_]*(?:(?:[A-Z][\w.'’-]*[ \t]?){1,4},[ \t]+)?"
                       r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
                       r"(\d{1,2}[ \t]+[A-Z][a-z]+\.?,?[ \t]+\d{4}|[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}|"
                       r"\d{4}-\d{2}-\d{2})[ \t*_]*$", re.MULTILINE)


def _format_of(name: str, data: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    if suffix in {".md", ".markdown"}:
        return "md"
    if suffix in {".txt", ".text", ""}:
        head = data[:2048].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or (suffix == "" and head.startswith(b"<")):
            return "html"
        return "txt"
    raise ArticleError(f"{name}: foedus check reads .txt, .md and .html articles, not {suffix!r} files")


def _decode(name: str, data: bytes) -> str:
    if not data.strip():
        raise ArticleError(f"{name}: the article is empty")
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name}: this is a binary file, not an article (it holds NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{name}: not UTF-8 text (byte {exc.start} cannot be decoded); save it as UTF-8") from exc
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 0.01 * min(len(text), 8192):
        raise ArticleError(f"{name}: this looks like a binary file, not an article (it holds control characters)")
    return text


def _from_html(name: str, html: str) -> tuple[str, _dt.date | None]:
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    if not text.strip():
        raise ArticleError(f"{name}: no main text could be found in this HTML page")
    found: str | None = None
    try:
        found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        found = None
    return text, (_dt.date.fromisoformat(found) if found else None)


#: A Markdown file's front matter (Jekyll, Hugo, Pandoc): a YAML block between "---" lines at its very top.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def _front_matter(text: str) -> tuple[str, dict[str, object]]:
    """Return a Markdown article without its front matter, and the front matter's fields: metadata (tags, author,
    section) is not the article's prose, and its title is (kept as the text's first line). A block that is not a
    mapping of YAML is left in the text, as prose."""
    import yaml

    found = _FRONT_MATTER.match(text)
    if found is None:
        return text, {}
    try:
        fields = yaml.safe_load(found.group("body"))
    except yaml.YAMLError:
        return text, {}
    if not isinstance(fields, dict):
        return text, {}
    rest = text[found.end():]
    title = fields.get("title")
    if not isinstance(title, str) or not title.strip() or re.match(rf"\s*#*\s*{re.escape(title.strip())}\s*\n", rest):
        return rest, fields  # (a title the text opens with already is told once)
    return f"{title}\n\n{rest}", fields


def _front_matter_date(fields: dict[str, object]) -> _dt.date | None:
    """Return the publication date a front matter gives (``date``, ``published``), if one reads as a date."""
    for key in ("published", "date"):
        value = fields.get(key)
        if isinstance(value, _dt.datetime):
            return value.date()
        if isinstance(value, _dt.date):
            return value
        if isinstance(value, str):
            found = _published_line(f"{key}: {value}")
            if found is not None:
                return found
    return None


def _markdown_to_text(text: str) -> str:
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^[ \t]{0,3}#{1,6}[ \t]*", "", text, flags=re.MULTILINE)
    return re.sub(r"(\*\*|__|\*|_|`)", "", text)


#: A line that opens a list item, a table row, a quotation or a heading: never the rest of the line before it.
_OWN_LINE = re.compile(r"[ \t]*(?:[-*•+>#]\s|\d+[.)]\s|\|)")


def _unwrapped(text: str) -> str:
    """Return ``text`` with each line break that wraps a sentence made a space, so that a date, title or name told
    across two lines ("signed on 3 March⏎1918") is read whole; offsets are kept, each break being one character.

    A break wraps a sentence in a paragraph wrapped as an editor wraps one, at 50 characters or more (each line but
    its last too full for the next line's first word); elsewhere (a heading above its paragraph, a dateline, a
    byline) only where the next line goes on in lower case or with a number. A list item, a table row or a quotation
    keeps its line. A word broken at its hyphen is joined, its space moved after it (its second part is one character
    earlier)."""
    out = list(text)
    for block in re.finditer(r"[^\n](?:.|\n(?![ \t]*\n))*", text):
        lines = block.group(0).split("\n")
        widest = max(len(line.rstrip()) for line in lines)
        # (as an editor wraps: each line but the last ran out of room for the next line's first word)
        wrapped = widest >= 50 and all(len(line.rstrip()) + 1 + len(following.split()[0]) > widest
                                       for line, following in itertools.pairwise(lines) if following.strip())
        at = block.start()
        for line, following in itertools.pairwise(lines):
            at += len(line)
            goes_on = following.lstrip()[:1].islower() or following.lstrip()[:1].isdigit()
            if not _OWN_LINE.match(following) and not line.rstrip().endswith(":") and (wrapped or goes_on):
                word = re.match(r"[^\W\d_][\w'’.-]*", following)
                if line.endswith("-") and line[-2:-1].isalpha() and word is not None:
                    # a word broken at its hyphen ("Brest-⏎Litovsk") is one word again, the space moved after it
                    out[at:at + word.end() + 1] = [*word.group(0), " "]
                else:
                    out[at] = " "
            at += 1
    return "".join(out)


def _published_line(text: str) -> _dt.date | None:
    """Return the date of a ``Published: 2023-03-22`` line at the top of ``text``, else of a dateline standing on a
    line of its own there (:data:`_DATELINE`: "*Islamabad, 22 May 2021*", "March 3, 2024"), else None."""
    match = _PUBLISHED_LINE.search(text[:600]) or _DATELINE.search(text[:600])
    if not match:
        return None
    try:
        return _dt.date.fromisoformat(match.group(1)[:10])
    except ValueError:
        import dateparser

        parsed = dateparser.parse(match.group(1), languages=["en"], settings={"STRICT_PARSING": True})
        return parsed.date() if parsed else None


def read_article(data: bytes, name: str = "-", *, published: _dt.date | None = None) -> ArticleText:
    """Return the main text of the article in ``data`` (the bytes of a file called ``name``, or ``-``).

    The publication date is ``published`` if given, else what htmldate finds in an HTML page, else a
    ``Published: 2023-03-22`` line at the top of a text file, else unknown.

    Raises
    ------
    ArticleError
        If the article is empty, binary, larger than :data:`MAX_BYTES`, of a format foedus does not read, has no
        main text, or is not in English.
    """
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{name}: the article is {len(data):,} bytes; foedus check reads at most {MAX_BYTES:,}")
    kind = _format_of(name, data)
    raw = _decode(name, data)
    found: _dt.date | None = None
    if kind == "html":
        text, found = _from_html(name, raw)
        found_from = "htmldate"
    else:
        fields: dict[str, object] = {}
        if kind == "md":
            body, fields = _front_matter(raw)
            text = _markdown_to_text(body)
        else:
            text = raw
        found = _front_matter_date(fields)
        found_from = "the article's front matter"
        if found is None:
            found = _published_line(raw)
            found_from = "the article's Published line or dateline"
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if kind != "html":
        text = _unwrapped(text)
    language = detect_language(text)
    if language != "en":
        raise ArticleError(
            f"{name}: the article reads as {language_name(language)}; foedus check reads English only, so it is not "
            "checked (not even in part)"
        )
    if published is not None:
        return ArticleText(name, kind, text, language, published, "given")
    return ArticleText(name, kind, text, language, found, found_from if found else "unknown")
