"""HTML for notebooks: escaped, left-aligned tables in words, with links where a source has a URL or a DOI.

Every value is escaped (:func:`text`); a link is made only from an ``http``/``https`` URL or a DOI (:func:`href`), so
nothing a ledger holds can run in the notebook. Cells carry their own ``text-align: left``: notebooks right-align
table cells by default, which suits numbers, not titles.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlsplit

from foedus.text import source_label, words

__all__ = ["cell_style", "details", "href", "linked", "source_label", "source_list", "table", "text", "words"]

#: The style of every header and cell.
cell_style = "text-align: left; vertical-align: top; padding: 2px 8px"


def text(value: object) -> str:
    """Return ``value`` as escaped HTML text (quotes included)."""
    return html.escape(str(value), quote=True)




def href(url: object = None, doi: object = None) -> str | None:
    """Return a safe link target: ``https://doi.org/...`` for a DOI (or a ``doi:`` URL), an ``http(s)`` URL as it
    is, else None (never ``javascript:`` or ``data:``)."""
    if doi:
        name = re.sub(r"^(doi:|https?://(dx\.)?doi\.org/)", "", str(doi).strip(), flags=re.IGNORECASE)
        return "https://doi.org/" + quote(name, safe="/:;()._-")
    if url:
        link = str(url).strip()
        if link.lower().startswith("doi:"):
            return href(doi=link)
        if urlsplit(link).scheme.lower() in ("http", "https"):
            return link
    return None


def linked(label: str, target: str | None) -> str:
    """Return ``label`` (plain text) as escaped HTML, linked to ``target`` if there is one."""
    if target is None:
        return text(label)
    return f'<a href="{text(target)}" target="_blank" rel="noopener noreferrer">{text(label)}</a>'


def table(header: Sequence[str], rows: Iterable[Sequence[str]], *, caption: str | None = None) -> str:
    """Return a table; ``header`` is plain text, each row's cells are HTML already escaped."""
    head = "".join(f'<th style="{cell_style}">{text(h)}</th>' for h in header)
    body = "".join("<tr>" + "".join(f'<td style="{cell_style}">{c}</td>' for c in row) + "</tr>" for row in rows)
    title = f'<caption style="text-align: left; font-weight: bold">{text(caption)}</caption>' if caption else ""
    return f"<table>{title}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def details(summary: str, body: str) -> str:
    """Return ``body`` (HTML) folded under ``summary`` (plain text): the reader opens what they need."""
    return f"<details><summary>{text(summary)}</summary>{body}</details>"


def source_list(sources: Iterable[Mapping[str, Any]]) -> str:
    """Return the sources as a list: author, year, title in italics, where published, linked by URL or DOI."""
    items = []
    for s in sources:
        parts = [text(s["author"])] if s.get("author") else []
        if s.get("year"):
            parts.append(f"({text(s['year'])})")
        title = f"<i>{text(s.get('title') or s.get('id') or '')}</i>"
        where = ", ".join(text(s[k]) for k in ("journal", "booktitle", "publisher", "institution") if s.get(k))
        target = href(s.get("url"), s.get("doi"))
        shown = str(s.get("doi") or s.get("url") or "")
        link = f" {linked(shown, target)}" if target else ""
        items.append(f"<li>{' '.join(parts)} {title}{'. ' + where if where else ''}.{link}</li>")
    return f'<ul style="text-align: left">{"".join(items)}</ul>'
