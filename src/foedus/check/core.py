"""Check an article against the record: read it, find its mentions and claims, give each claim a verdict."""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.check.models import Article, AsOf, CheckResult
from foedus.check.reading import ArticleError, read_article
from foedus.errors import FoedusError, IncompatibleInputError

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = ["check_article", "check_text", "example_article", "reading_year"]


def example_article() -> Path:
    """Return the path of the short example article shipped with foedus (``foedus check --example``)."""
    from importlib import resources

    return Path(str(resources.files("foedus.check") / "data" / "example_article.txt"))


def reading_year(store: Store, as_of: int | None = None, published: _dt.date | None = None) -> AsOf:
    """Return the year the record is read at for an article's claims about "now", and why that year.

    ``as_of`` if given; else the year the article was published; else (no date, or a date later than the record)
    the latest year the record holds, as :func:`foedus.store.facts.latest_year` finds it for an assessment.
    Never today's date: the same article and store give the same verdicts whenever they are checked.

    Raises
    ------
    IncompatibleInputError
        If ``as_of`` is outside the years the record covers.
    """
    from foedus.store.facts import year_range

    first, latest = year_range(store)
    if as_of is not None:
        if not first <= as_of <= latest:
            raise IncompatibleInputError(f"as_of must be a year from {first} to {latest} (the years the record "
                                         f"covers), not {as_of}")
        return AsOf(year=as_of, basis="given", reason=f"as of {as_of}, the year asked for")
    if published is not None and published.year <= latest:
        return AsOf(year=published.year, basis="published",
                    reason=f"as of {published.year}, the year the article was published")
    why = "the article's date is unknown" if published is None else \
        f"the article is of {published.year}, later than the record"
    return AsOf(year=latest, basis="record", reason=f"as of {latest}, the latest year the record holds ({why})")


def check_text(store: Store, data: bytes | str, name: str = "-", *,
               published: _dt.date | str | None = None, as_of: int | None = None) -> CheckResult:
    """Return the verdicts of the record on the article in ``data`` (its bytes or text; ``name`` tells its format).

    Parameters
    ----------
    store : Store
        An open store; it is only read.
    data : bytes or str
        The article: plain text, Markdown or HTML.
    name : str
        The file's name (its suffix tells the format), or ``-``.
    published : date or ISO text, optional
        The article's publication date, against which "on March 18" is resolved; default: found in the article.
    as_of : int, optional
        The year at which claims about "now" are read (a count of alliances so far, "still in force"); default:
        the year the article was published, else the latest year the record holds (:func:`reading_year`).

    Raises
    ------
    ArticleError
        If the article cannot be read (empty, binary, too large, not English, no main text).
    IncompatibleInputError
        If ``as_of`` is outside the years the record covers.
    """
    from foedus.check.claims import find_claims
    from foedus.check.mentions import find_mentions, gazetteer

    _require_extra()

    raw = data.encode("utf-8") if isinstance(data, str) else data
    if isinstance(published, str):
        try:
            published = _dt.date.fromisoformat(published)
        except ValueError as exc:
            raise ArticleError(f"--published {published!r} is not a date like 2023-03-22") from exc
    text = read_article(raw, name, published=published)
    year = reading_year(store, as_of, text.published)
    gaz = gazetteer(store)
    mentions = find_mentions(text.text, gaz, text.published)
    claims = find_claims(store, gaz, text.text, mentions, lines=text.format == "html", as_of=year.year)
    summary: dict[str, int] = {}
    for claim in claims:
        summary[claim.verdict] = summary.get(claim.verdict, 0) + 1
    article = Article(source=name, format=text.format, language=text.language,
                      published=text.published.isoformat() if text.published else None,
                      published_from=text.published_from, words=len(text.text.split()), text=text.text)
    return CheckResult(article=article, as_of=year, mentions=mentions, claims=claims, summary=summary)


def _require_extra() -> None:
    """Raise a clear error if the check extra's packages are missing (they are imported only when used)."""
    import importlib.util

    missing = [m for m in ("trafilatura", "htmldate", "dateparser", "rapidfuzz", "lxml_html_clean")
               if importlib.util.find_spec(m) is None]
    if missing:
        raise FoedusError(f"foedus check needs {', '.join(missing)}: pip install 'foedus[check]'")


def check_article(store: Store, path: str | Path, *, published: _dt.date | str | None = None,
                  as_of: int | None = None) -> CheckResult:
    """Return the verdicts of the record on the article in file ``path`` (``-``: standard input); ``published``
    and ``as_of`` as for :func:`check_text`.

    Raises
    ------
    ArticleError
        If the file cannot be read or the article cannot be checked.
    IncompatibleInputError
        If ``as_of`` is outside the years the record covers.
    """
    if str(path) == "-":
        return check_text(store, sys.stdin.buffer.read(), "-", published=published, as_of=as_of)
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > 2_000_000:
            raise ArticleError(f"{file}: the article is {size:,} bytes; foedus check reads at most 2,000,000")
        data = file.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{file}: cannot be read ({exc.strerror or exc})") from exc
    return check_text(store, data, str(file), published=published, as_of=as_of)
