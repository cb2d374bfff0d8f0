"""Check an article against the record: read it, find its mentions and claims, give each claim a verdict."""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.check.models import Article, CheckResult
from foedus.check.reading import ArticleError, read_article
from foedus.errors import FoedusError

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = ["check_article", "check_text", "example_article"]


def example_article() -> Path:
    """Return the path of the short example article shipped with foedus (``foedus check --example``)."""
    from importlib import resources

    return Path(str(resources.files("foedus.check") / "data" / "example_article.txt"))


def check_text(store: Store, data: bytes | str, name: str = "-", *,
               published: _dt.date | str | None = None) -> CheckResult:
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

    Raises
    ------
    ArticleError
        If the article cannot be read (empty, binary, too large, not English, no main text).
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
    gaz = gazetteer(store)
    mentions = find_mentions(text.text, gaz, text.published)
    claims = find_claims(store, gaz, text.text, mentions, lines=text.format == "html")
    summary: dict[str, int] = {}
    for claim in claims:
        summary[claim.verdict] = summary.get(claim.verdict, 0) + 1
    article = Article(source=name, format=text.format, language=text.language,
                      published=text.published.isoformat() if text.published else None,
                      published_from=text.published_from, words=len(text.text.split()), text=text.text)
    return CheckResult(article=article, mentions=mentions, claims=claims, summary=summary)


def _require_extra() -> None:
    """Raise a clear error if the check extra's packages are missing (they are imported only when used)."""
    import importlib.util

    missing = [m for m in ("trafilatura", "htmldate", "dateparser", "rapidfuzz", "lxml_html_clean")
               if importlib.util.find_spec(m) is None]
    if missing:
        raise FoedusError(f"foedus check needs {', '.join(missing)}: pip install 'foedus[check]'")


def check_article(store: Store, path: str | Path, *, published: _dt.date | str | None = None) -> CheckResult:
    """Return the verdicts of the record on the article in file ``path`` (``-``: standard input).

    Raises
    ------
    ArticleError
        If the file cannot be read or the article cannot be checked.
    """
    if str(path) == "-":
        return check_text(store, sys.stdin.buffer.read(), "-", published=published)
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > 2_000_000:
            raise ArticleError(f"{file}: the article is {size:,} bytes; foedus check reads at most 2,000,000")
        data = file.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{file}: cannot be read ({exc.strerror or exc})") from exc
    return check_text(store, data, str(file), published=published)
