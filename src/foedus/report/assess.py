"""An assessment as rich tables: the record, the probabilities with intervals, what drives them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from foedus.reliability.assess import percent

if TYPE_CHECKING:
    from rich.console import Console

    from foedus.reliability.assess import Assessment

__all__ = ["print_assessment"]


def _cell(entry: dict[str, float]) -> str:
    return f"{percent(entry['median'])} ({percent(entry['low'])}–{percent(entry['high'])})"


def print_assessment(result: Assessment, console: Console) -> None:
    """Print the record, the forecast per horizon, the side-by-side codings and priors, and the sentence."""
    what = result.alliance["title"] + ("" if result.hypothetical else f" ({result.alliance['signed']})")
    console.print(Text(f"{result.a.name} ({result.a.ccode}) – {result.b.name} ({result.b.ccode}): {what}",
                       style="bold"))
    console.print(f"As of the end of {result.as_of}; coding: {result.coding}; prior: {result.prior}.")
    if result.hypothetical:
        console.print(Text("No alliance between them is in force: the figures are for a new one.", style="yellow"))

    record = Table(title="The record it rests on (spells of the pair)")
    record.add_column("From", no_wrap=True)
    record.add_column("To", no_wrap=True)
    record.add_column("Alliance")
    codings = list(result.by_coding)
    for coding in codings:
        record.add_column(coding)
    for spell in result.record:
        endings = [spell["endings"].get(c) or "in force" for c in codings]
        title = spell["title"] + ("" if spell["bilateral"] else " (multilateral)")
        record.add_row(str(int(spell["start"])), "" if spell["end"] is None else str(int(spell["end"])), title,
                       *[Text(e.replace("_", " "), style="red" if e in ("violated", "abrogated") else "")
                         for e in endings])
    console.print(record)

    main = Table(title=f"P(breach within h years after {result.as_of}), median and 90% interval")
    main.add_column("h", justify="right")
    main.add_column("this pair", justify="right")
    main.add_column("comparable alliances", justify="right")
    for h in result.horizons:
        main.add_row(str(h), _cell(result.main[h]), _cell(result.base_rate[h]))
    console.print(main)

    side = Table(title="How the figure moves with the coding and the prior")
    side.add_column("reading")
    for h in result.horizons:
        side.add_column(f"{h} years", justify="right")
    for coding, table in result.by_coding.items():
        counts = result.evidence["by_coding"][coding]
        side.add_row(f"coding {coding} ({counts['breaches']} breaches in {counts['spells']} spells)",
                     *[_cell(table[h]) for h in result.horizons])
    for prior, table in result.by_prior.items():
        side.add_row(f"prior {prior}", *[_cell(table[h]) for h in result.horizons])
    console.print(side)

    drivers = Table(title="What drives the breach hazard (hazard ratios, 90% interval)")
    drivers.add_column("covariate")
    drivers.add_column("this alliance", justify="right")
    drivers.add_column("breach", justify="right")
    drivers.add_column("other endings", justify="right")
    values = {c["covariate"]: c["value"] for c in result.contributions}
    for row in result.hazard_ratios:
        if row["covariate"] == "intercept":
            continue
        b, o = row["breach"], row["other"]
        drivers.add_row(row["covariate"].replace("_", " "), f"{values[row['covariate']]:.2f}",
                        f"{b['ratio']:.2f} ({b['low']:.2f}–{b['high']:.2f})",
                        f"{o['ratio']:.2f} ({o['low']:.2f}–{o['high']:.2f})")
    frailty = result.evidence["frailty"]
    drivers.add_row("the pair's own record (frailty)", "", f"{frailty['mean']:.2f} ({frailty['low']:.2f}–"
                    f"{frailty['high']:.2f})", "")
    console.print(drivers)
    evidence = result.evidence
    data = ", ".join(f"{d['name']} {d['version'] or ''} (sha256 {d['sha256'][:12]}…)" for d in evidence["data"])
    console.print(
        f"Fitted on {evidence['spells']} alliance spells ({evidence['breaches']} breaches) of {evidence['pairs']} "
        f"pairs, {evidence['first_year']}–{result.as_of}, from {data}."
    )
    share = evidence["breach_share"]
    figures = "; ".join(f"{f['source']}: {float(f['share']) * 100:.0f}% {f['what']}" for f in evidence["literature"])
    console.print(
        f"Of the {share['spells']:.0f} spells that ended, {share['share'] * 100:.0f}% ended in a breach "
        f"({share['weighted_share'] * 100:.0f}% weighted). For comparison, the literature's shares of commitments "
        f"broken when tested: {figures}.", style="dim"
    )
    console.print(Text(result.sentence(), style="bold"))
