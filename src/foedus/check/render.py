"""How a checked article is shown: a rich table for the terminal, HTML for notebooks and the dashboard."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from foedus.check.models import VERDICT_WORDS

if TYPE_CHECKING:
    from rich.console import Console

    from foedus.check.models import CheckResult, Claim

__all__ = ["article_html", "claims_html", "print_result", "result_html"]

_STYLES = {"consistent": "green", "within_tolerance": "cyan", "contradicts": "bold red",
           "depends_on_coding": "yellow", "not_in_record": "magenta", "referenced_not_stated": "magenta"}


def _sources(claim: Claim, most: int = 6, each: int = 4) -> str:
    names = [f"{r.kind} {r.id}" + (f" [{', '.join(r.sources[:each])}{' …' if len(r.sources) > each else ''}]"
                                   if r.sources else "") for r in claim.records[:most]]
    more = len(claim.records) - most
    return "; ".join(names) + (f"; and {more} more (--json lists all)" if more > 0 else "") or "—"


def print_result(result: CheckResult, console: Console) -> None:
    """Print the article's claims as a table (claim, verdict, the record's value, sources), then proposed entries."""
    from rich.markup import escape as rich_escape
    from rich.table import Table

    article = result.article
    published = f"published {article.published} ({article.published_from})" if article.published else \
        "publication date unknown"
    console.print(f"[bold]{rich_escape(article.source)}[/bold]: {article.words} words, {published}; "
                  f"{len(result.mentions)} mentions, {len(result.claims)} claims")
    table = Table(show_lines=True)
    for column in ("claim", "verdict", "the record's value", "sources"):
        table.add_column(column, overflow="fold")
    for claim in result.claims:
        verdict = VERDICT_WORDS[claim.verdict]
        shown = f"[{_STYLES[claim.verdict]}]{verdict}[/]\n{rich_escape(claim.reason)}"
        table.add_row(rich_escape(claim.claimed), shown, rich_escape(claim.record_value),
                      rich_escape(_sources(claim, most=3, each=2)))
    console.print(table)
    counts = ", ".join(f"{VERDICT_WORDS[k]}: {v}" for k, v in sorted(result.summary.items()))
    console.print(counts or "No checkable claims found.")
    proposals = [c for c in result.claims if c.proposed_entry]
    if proposals:
        console.print("\n[bold]Proposed ledger entries for review[/bold] (foedus never writes the ledger):")
        for claim in proposals:
            console.print(rich_escape(claim.proposed_entry or ""), highlight=False)


def article_html(result: CheckResult) -> str:
    """Return the article's text as HTML, each claim's sentence marked with its verdict (everything escaped)."""
    text = result.article.text
    marks: list[tuple[int, int, Claim]] = []
    for claim in result.claims:
        if not any(s <= claim.start < e for s, e, _ in marks):
            marks.append((claim.start, claim.end, claim))
    marks.sort(key=lambda x: x[0])
    parts: list[str] = []
    at = 0
    for index, (start, end, _claim) in enumerate(marks):
        parts.append(escape(text[at:start]))
        verdicts = sorted({c.verdict for c in result.claims if c.start == start})
        label = ", ".join(VERDICT_WORDS[v] for v in verdicts)
        parts.append(f'<mark class="verdict-{escape(_worst(verdicts))}" id="claim-{index}" title="{escape(label)}">'
                     f"{escape(text[start:end])}</mark><sup>[{escape(label)}]</sup>")
        at = end
    parts.append(escape(text[at:]))
    return "<p>" + "".join(parts).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"


def _worst(verdicts: Sequence[str]) -> str:
    order = ["contradicts", "not_in_record", "referenced_not_stated", "depends_on_coding", "within_tolerance",
             "consistent"]
    return min(verdicts, key=order.index)


def claims_html(result: CheckResult) -> str:
    """Return the claims as an HTML table: claim, verdict and reason, the record's value, sources."""
    rows = []
    for claim in result.claims:
        codings = "".join(f"<li>{escape(a.coding)}: {escape(a.answer)}{' ✓' if a.agrees else ''}</li>"
                          for a in claim.codings)
        proposal = (f"<details><summary>Proposed ledger entry</summary><pre>{escape(claim.proposed_entry)}</pre>"
                    "</details>") if claim.proposed_entry else ""
        rows.append(
            f"<tr><td>{escape(claim.claimed)}</td>"
            f'<td><span class="verdict verdict-{escape(claim.verdict)}">{escape(VERDICT_WORDS[claim.verdict])}</span>'
            f"<br>{escape(claim.reason)}</td>"
            f"<td>{escape(claim.record_value)}{'<ul>' + codings + '</ul>' if codings else ''}{proposal}</td>"
            f"<td>{escape(_sources(claim))}</td></tr>")
    return ('<table class="check-claims"><thead><tr><th scope="col">Claim</th><th scope="col">Verdict</th>'
            '<th scope="col">The record\'s value</th><th scope="col">Sources</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


def result_html(result: CheckResult) -> str:
    """Return the whole result as one HTML fragment (the notebook view)."""
    article = result.article
    head = (f"<p><strong>{escape(article.source)}</strong>: {article.words} words, "
            f"published {escape(article.published or 'unknown')}; {len(result.claims)} claims</p>")
    style = ("<style>.verdict-contradicts{background:#f8d0d0}.verdict-consistent{background:#d4f0d4}"
             ".verdict-within_tolerance{background:#d0eaf8}.verdict-depends_on_coding{background:#f8ecc0}"
             ".verdict-not_in_record,.verdict-referenced_not_stated{background:#ead8f0}</style>")
    return f"<div class=\"foedus-check\">{style}{head}{claims_html(result)}<details><summary>Article</summary>" \
           f"{article_html(result)}</details></div>"
