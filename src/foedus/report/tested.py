"""The war test as rich tables: shares under each rule set beside the published figures, and the cases."""

from __future__ import annotations

from typing import Any

from foedus.report.tables import add_column

__all__ = ["certain_text", "print_tested", "rate_text", "share_text", "tested_cases_table"]

_RULE_TITLES = {"llm": "LLM / B&F rules", "strict": "strict per member", "lenient": "lenient multilateral"}


def share_text(share: float | None, low: float | None = None, high: float | None = None) -> str:
    """Return a share as a percent, with its interval when given: ``58% (52–64)``."""
    if share is None:
        return "–"
    text = f"{100 * share:.0f}%"
    if low is not None and high is not None:
        text += f" ({100 * low:.0f}–{100 * high:.0f})"
    return text


def rate_text(rate: dict[str, Any]) -> str:
    """Return a share with its interval, the cases decided and, if any were left out, how many the data could not
    decide: ``100% (96–100) of 85 decided; 9 uncertain``."""
    text = f"{share_text(rate['share'], rate['low'], rate['high'])} of {rate['cases']:,} decided"
    return text + (f"; {rate['uncertain']:,} uncertain" if rate.get("uncertain") else "")


def certain_text(rates: list[dict[str, Any]]) -> str:
    """Return the timing-certain shares of one group under each rule set, the cases they count and how many decided
    cases of uncertain timing they leave out: ``34% / 26% / 43% of 206; 357 timing-uncertain left out``."""
    text = " / ".join(share_text(r["certain_share"]) for r in rates) + f" of {rates[0]['certain_cases']:,}"
    left = rates[0].get("timing_uncertain", 0)
    return text + (f"; {left:,} timing-uncertain left out" if left else "")


def _rates_table(report: dict[str, Any]) -> Any:
    from rich.table import Table

    table = Table(title="Honoured when the casus foederis arose (95% Wilson intervals; of the cases decided, and how "
                        "many the data could not decide)", title_justify="left")
    add_column(table, "group")
    for rule in report["rules"]:
        add_column(table, _RULE_TITLES.get(rule, rule), justify="right")
    add_column(table, "timing certain only (LLM / strict / lenient)", justify="right")
    add_column(table, "published", justify="left")
    published: dict[str, list[str]] = {}
    for p in report["published"]:
        published.setdefault(p["group"], []).append(f"{p['study']}: {100 * p['share']:.1f}%".replace(".0%", "%"))
    by_group: dict[str, dict[str, dict[str, Any]]] = {}
    for r in report["rates"]:
        by_group.setdefault(r["group"], {})[r["rule"]] = r
    for group, by_rule in by_group.items():
        cells = [rate_text(by_rule[rule]) for rule in report["rules"]]
        cells.append(certain_text([by_rule[rule] for rule in report["rules"]]))
        table.add_row(group, *cells, "; ".join(published.get(group, [])))
    return table


def tested_cases_table(cases: list[dict[str, Any]], *, title: str = "Cases (LLM / strict / lenient)",
                       limit: int | None = None) -> Any:
    """Return case rows (:func:`foedus.tested.case_row`) as a rich table: war, year, alliance, member, obligation,
    the outcome under each rule set, why, and whether the timing is uncertain."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in ("war", "year", "alliance", "member", "obligation", "outcome (LLM / strict / lenient)", "why",
                   "timing"):
        add_column(table, column)
    rows = cases if limit is None else cases[:limit]
    for c in rows:
        outcome = " / ".join(c[f"outcome_{r}"].replace("_", " ") for r in ("llm", "strict", "lenient"))
        why = c["condition"] if c["arose"] and c["outcome_llm"] != "uncertain" else c["reason_llm"]
        table.add_row(str(c["war"]), str(c["year"]), c["title"], c["member_name"], c["obligation"].replace("_", "-"),
                      outcome, why, "uncertain" if c["timing_uncertain"] else "")
    return table


def print_tested(report: dict[str, Any], console: Any, *, show_cases: bool, limit: int | None = 40) -> None:
    """Print the shares (with the published figures beside them) and, if asked, the cases."""
    console.print(_rates_table(report))
    counts = report["counts"]
    console.print(f"{len(report['cases']):,} cases: {counts['honoured']:,} honoured, {counts['violated']:,} violated, "
                  f"{counts['not_applicable']:,} where the casus foederis did not arise, {counts['untestable']:,} "
                  f"consultation pledges war data cannot test, {counts.get('uncertain', 0):,} where they cannot "
                  "tell who attacked whom (counts under the LLM rules)")
    if report["published"]:
        console.print("Why foedus's shares can differ from the published ones: docs/tested.md")
    if show_cases:
        console.print(tested_cases_table(report["cases"], limit=limit))
        if limit is not None and len(report["cases"]) > limit:
            console.print(f"… {len(report['cases']) - limit:,} more: --cases FILE.csv or --json writes them all")
