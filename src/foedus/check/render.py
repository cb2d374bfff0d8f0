"""How a checked article is shown: a rich table for the terminal, HTML for notebooks and the dashboard."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from foedus.text import VERDICT_WORDS, coding_label

if TYPE_CHECKING:
    from rich.console import Console

    from foedus.check.models import CheckResult, Claim

__all__ = ["article_html", "claims_html", "print_result", "result_html"]

_STYLES = {"consistent": "green", "within_tolerance": "cyan", "contradicts": "bold red",
           "depends_on_coding": "yellow", "not_in_record": "magenta", "referenced_not_stated": "magenta"}


def _sources(claim: Claim, most: int = 6, each: int = 4, more_hint: str = "") -> str:
    """Return the records a claim rests on as a reader cites them: each record's label, then its sources by author
    and year ("Li-Lobanov Treaty (Malozemoff 1958, Paine 1996 …)"); the keys are in the JSON."""
    names = []
    for r in claim.records[:most]:
        label = r.label if len(r.label) <= 80 else r.label[:79].rstrip() + "…"
        cited = [c if len(c) <= 50 else c[:49].rstrip() + "…" for c in dict.fromkeys(r.source_labels or r.sources)]
        names.append(label + (f" ({', '.join(cited[:each])}{' …' if len(cited) > each else ''})" if cited else ""))
    more = len(claim.records) - most
    return "; ".join(names) + (f"; and {more} more{more_hint}" if more > 0 else "") or "—"


def _record_value(claim: Claim) -> str:
    """Return the record's value in words: each coding's answer on a line of its own (✓ where it agrees with the
    article), else the record's value as it is."""
    if not claim.codings:
        return claim.record_value
    return "\n".join(f"{coding_label(a.coding)}: {a.answer}{' ✓' if a.agrees else ''}" for a in claim.codings)


def _summary(result: CheckResult) -> str:
    """Return how many claims got each verdict, in the order of :data:`VERDICT_WORDS`: ``consistent: 4, within
    tolerance: 1``."""
    return ", ".join(f"{VERDICT_WORDS[k]}: {result.summary[k]}" for k in VERDICT_WORDS if result.summary.get(k))


def _published(result: CheckResult) -> str:
    article = result.article
    if not article.published:
        return "publication date unknown"
    source = "as given" if article.published_from == "given" else f"from {article.published_from}"
    return f"published {article.published} ({source})"


def print_result(result: CheckResult, console: Console) -> None:
    """Print the article's claims as a table (claim, verdict, the record's value, sources), then proposed entries."""
    from rich.markup import escape as rich_escape
    from rich.table import Table

    article = result.article
    console.print(f"[bold]{rich_escape(article.source)}[/bold]: {article.words} words, "
                  f"{rich_escape(_published(result))}; {len(result.mentions)} mentions, {len(result.claims)} claims")
    hint = "" if result.as_of.basis == "given" else "; --as-of YEAR reads it at another year"
    console.print(f"Counts so far and \"still in force\" are read {rich_escape(result.as_of.reason)}{hint}.")
    table = Table(show_lines=True)
    for column in ("claim", "verdict", "the record's value", "sources"):
        table.add_column(column, overflow="fold")
    for claim in result.claims:
        verdict = VERDICT_WORDS[claim.verdict]
        shown = f"[{_STYLES[claim.verdict]}]{verdict}[/]\n{rich_escape(claim.reason)}"
        table.add_row(rich_escape(claim.claimed), shown, rich_escape(_record_value(claim)),
                      rich_escape(_sources(claim, most=3, each=2, more_hint=" (--json lists all)")))
    console.print(table)
    console.print(_summary(result) or "No checkable claims found.")
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
        codings = "".join(f"<li>{escape(coding_label(a.coding))}: {escape(a.answer)}{' ✓' if a.agrees else ''}</li>"
                          for a in claim.codings)
        proposal = (f"<details><summary>Proposed ledger entry</summary><pre>{escape(claim.proposed_entry)}</pre>"
                    "</details>") if claim.proposed_entry else ""
        rows.append(
            f"<tr><td>{escape(claim.claimed)}</td>"
            f'<td><span class="verdict verdict-{escape(claim.verdict)}">{escape(VERDICT_WORDS[claim.verdict])}</span>'
            f"<br>{escape(claim.reason)}</td>"
            f"<td>{'<ul>' + codings + '</ul>' if codings else escape(claim.record_value)}{proposal}</td>"
            f"<td>{escape(_sources(claim))}</td></tr>")
    return ('<table class="check-claims"><thead><tr><th scope="col">Claim</th><th scope="col">Verdict</th>'
            '<th scope="col">The record\'s value</th><th scope="col">Sources</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


def result_html(result: CheckResult) -> str:
    """Return the whole result as one HTML fragment (the notebook view)."""
    article = result.article
    head = (f"<p><strong>{escape(article.source)}</strong>: {article.words} words, {escape(_published(result))}; "
            f"{len(result.claims)} claims; counts so far and &ldquo;still in force&rdquo; read "
            f"{escape(result.as_of.reason)}.</p>")
    style = ("<style>.verdict-contradicts{background:#f8d0d0}.verdict-consistent{background:#d4f0d4}"
             ".verdict-within_tolerance{background:#d0eaf8}.verdict-depends_on_coding{background:#f8ecc0}"
             ".verdict-not_in_record,.verdict-referenced_not_stated{background:#ead8f0}</style>")
    return f"<div class=\"foedus-check\">{style}{head}{claims_html(result)}<details><summary>Article</summary>" \
           f"{article_html(result)}</details></div>"
