"""The history of a pair as rich tables: agreements with their endings under each coding, then events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from foedus.report.tables import add_column
from foedus.text import words

if TYPE_CHECKING:
    from rich.console import Console

    from foedus.history import Agreement, OutcomeEntry, PairHistory

__all__ = ["print_evidence", "print_history", "reference"]

_ENDING_STYLE = {"violated": "bold red", "abrogated": "red", "in_force": "green", "expired": "cyan",
                 "replaced": "blue", "fulfilled": "cyan", "dissolved_jointly": "cyan"}


def _years(agreement: Agreement) -> str:
    if agreement.ended:
        return f"{agreement.signed}–{agreement.ended}"
    in_force = any(o.ending == "in_force" for o in agreement.outcomes)
    return f"{agreement.signed}–{'in force' if in_force else '?'}"


def _outcome_cell(outcome: OutcomeEntry | None, coding: str) -> Text:
    if outcome is None:
        return Text("–", style="dim")
    text = Text(words(outcome.ending), style=_ENDING_STYLE.get(outcome.ending, ""))
    if outcome.breached_by:
        text.append(" by " + ", ".join(s.name for s in outcome.breached_by))
    if outcome.member is not None:
        text.append(f" ({outcome.member.name} only)", style="dim")
    if outcome.contested:
        text.append(" (contested)", style="yellow")
    if outcome.coding != coding:  # an alliance known only from ATOP: every coding reads ATOP's ending
        text.append(" (ATOP's: no ledger codes it)", style="dim")
    return text


def reference(source: Mapping[str, Any]) -> str:
    """Return a source as a reader cites it in one line: ``Leeds, Brett Ashley et al. (2002). Alliance Treaty
    Obligations and Provisions, 1815-1944. International Interactions 28(3): 237-260. doi:10.1080/...``."""
    parts = []
    who = str(source.get("author") or source.get("editor") or "").replace("{", "").replace("}", "")
    names = [n.strip() for n in who.split(" and ") if n.strip()]
    if names:
        parts.append(names[0] + (" et al." if len(names) > 2 else f" and {names[1]}" if len(names) == 2 else ""))
    if source.get("year"):
        parts.append(f"({source['year']}).")
    elif parts and not parts[-1].endswith("."):
        parts[-1] += "."
    if source.get("title"):
        parts.append(str(source["title"]).replace("{", "").replace("}", "").rstrip(".") + ".")
    venue = source.get("journal") or source.get("booktitle") or source.get("publisher") or source.get("institution")
    if venue:
        extra = ""
        if source.get("volume"):
            extra += f" {source['volume']}"
            if source.get("issue"):
                extra += f"({source['issue']})"
        if source.get("pages"):
            extra += f": {str(source['pages']).replace('--', '-')}"
        parts.append(f"{venue}{extra}.")
    if source.get("doi"):
        parts.append(f"doi:{source['doi']}")
    elif source.get("url"):
        parts.append(str(source["url"]))
    return " ".join(parts)


def print_evidence(history: PairHistory, console: Console) -> None:
    """Print, for each agreement, each coding's ending with its rationale and the sources it rests on, in full."""
    by_key = {(s.get("ledger"), s.get("id")): s for s in history.sources}
    codings = history.coding_names()
    console.print(Text("The evidence: why each ending is coded so", style="bold"))
    for a in history.agreements:
        readings = [(c, history.reading(a, c)) for c in codings]
        shown = [(c, o) for c, o in readings if o is not None]
        if not shown:
            continue
        console.print()
        console.print(Text(f"{_years(a)}  {a.title}", style="bold"))
        for coding, outcome in shown:
            assert outcome is not None
            line = Text(f"  {coding}: ", style="bold")
            line.append_text(_outcome_cell(outcome, coding))
            console.print(line)
            if outcome.rationale:
                console.print(Padding(Text(" ".join(outcome.rationale.split())), (0, 0, 0, 4)))
            cited = [by_key[(a.ledger, k)] for k in outcome.sources if (a.ledger, k) in by_key]
            cited_text = [reference(s) for s in cited]
            missing = len([k for k in outcome.sources if (a.ledger, k) not in by_key and k != "atop"])
            if missing:
                cited_text.append(f"{missing} source{'s' if missing != 1 else ''} the ledger names without "
                                  "describing it")
            for ref in cited_text:
                console.print(Padding(Text("– " + ref, style="dim"), (0, 0, 0, 4)))


def print_history(history: PairHistory, console: Console, *, show_events: bool = True,
                  evidence: bool = False) -> None:
    """Print the agreements table, the events table and the summary line of ``history``; with ``evidence``, each
    ending's rationale and sources after them."""
    codings = history.coding_names()
    table = Table(title=history.title(),
                  show_lines=True, expand=False)
    add_column(table, "Years", no_wrap=True)
    add_column(table, "Agreement")
    add_column(table, "Obligations")
    for coding in codings:
        add_column(table, coding)
    for a in history.agreements:
        title = Text(a.title)
        notes = []
        if a.multilateral:
            notes.append(f"multilateral, {len(a.members)} members")
        if a.origin == "atop":
            notes.append("known only from ATOP")
        elif a.atopid:
            notes.append(f"ATOP {a.atopid}")
        if notes:
            title.append("\n" + "; ".join(notes), style="dim")
        obligations = ", ".join(words(o) for o in a.obligations) or Text(words(a.kind), style="dim")
        table.add_row(_years(a), title, obligations, *[_outcome_cell(history.reading(a, c), c) for c in codings])
    console.print(table)
    if show_events and history.events:
        events = Table(title="Key events", show_lines=False)
        add_column(events, "Date", no_wrap=True)
        add_column(events, "Kind")
        add_column(events, "What happened")
        for e in history.events:
            events.add_row(e.date, words(e.kind), e.description)
        console.print(events)
    if history.tested:
        from foedus.report.tested import tested_cases_table

        console.print(tested_cases_table(history.tested, title="Tested by war (foedus tested: the rules and the "
                                                              "universe's shares)"))
    if evidence:
        print_evidence(history, console)
    console.print(Text(history.summary(), style="bold"))
