"""The history of a pair as rich tables: agreements with their endings under each coding, then events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from foedus.report.tables import add_column

if TYPE_CHECKING:
    from rich.console import Console

    from foedus.history import Agreement, OutcomeEntry, PairHistory

__all__ = ["print_history"]

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
    text = Text(outcome.ending.replace("_", " "), style=_ENDING_STYLE.get(outcome.ending, ""))
    if outcome.breached_by:
        text.append(" by " + ", ".join(s.name for s in outcome.breached_by))
    if outcome.member is not None:
        text.append(f" ({outcome.member.name} only)", style="dim")
    if outcome.contested:
        text.append(" (contested)", style="yellow")
    if outcome.coding != coding:  # an alliance known only from ATOP: every coding reads ATOP's ending
        text.append(" (ATOP's: no ledger codes it)", style="dim")
    return text


def print_history(history: PairHistory, console: Console, *, show_events: bool = True) -> None:
    """Print the agreements table, the events table and the summary line of ``history``."""
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
        obligations = ", ".join(o.replace("_", "-") for o in a.obligations) or Text(a.kind.replace("_", " "),
                                                                                     style="dim")
        table.add_row(_years(a), title, obligations, *[_outcome_cell(a.reading(c), c) for c in codings])
    console.print(table)
    if show_events and history.events:
        events = Table(title="Key events", show_lines=False)
        add_column(events, "Date", no_wrap=True)
        add_column(events, "Kind")
        add_column(events, "What happened")
        for e in history.events:
            events.add_row(e.date, e.kind.replace("_", " "), e.description)
        console.print(events)
    if history.tested:
        from foedus.report.tested import tested_cases_table

        console.print(tested_cases_table(history.tested, title="Tested by war (foedus tested: the rules and the "
                                                              "universe's shares)"))
    console.print(Text(history.summary(), style="bold"))
