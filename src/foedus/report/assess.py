"""An assessment for the terminal: the headline first, then how it moves and what it rests on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from foedus.alliance_titles import with_year
from foedus.report.tables import add_column
from foedus.text import DEFAULT_CODING, RECORD_COUNT_HEADERS, percents, record_count_cells, words

if TYPE_CHECKING:
    from rich.console import Console

    from foedus.reliability.assess import Assessment
    from foedus.results.assessment import RecordAgreementModel

__all__ = ["print_assessment", "print_specification_curve", "silent_codings"]


def _cell(entry: dict[str, float]) -> str:
    median, low, high = percents(entry["median"], entry["low"], entry["high"])
    return f"{median} ({low}–{high})"


def _ending(row: RecordAgreementModel, coding: str, *, mark: str = "") -> str:
    """Return how ``coding`` ends a record row, in words; ``mark`` after it when the row is not in that coding's
    model."""
    ending = words(row.endings.get(coding) or ("not coded" if row.has_ended else "in force"))
    return ending + (mark if mark and not row.in_model_by_coding.get(coding, row.in_model) else "")


def _ending_style(row: RecordAgreementModel, coding: str) -> str:
    """Return the style of a breach by one of the pair (the record counts it), else none."""
    return "red" if row.breached.get(coding) else ""


def print_specification_curve(result: Assessment, console: Console) -> None:
    """Print every specification's figure, sorted, with its stacking weight."""
    h = result.headline_horizon
    table = Table(title=f"Specification curve: P(breach within {h} years) under each specification, sorted")
    table.add_column("specification")
    table.add_column("what enters")
    table.add_column(f"{h} years", justify="right")
    table.add_column("stacking weight", justify="right")
    for row in result.specifications:
        table.add_row(row.name, row.description, _cell(row.horizons[str(h)].model_dump()), f"{row.weight:.2f}")
    table.add_row(Text("stacked (the headline)", style="bold"), "", Text(_cell(result.main[h]), style="bold"),
                  "1.00")
    console.print(table)


def _print_context(result: Assessment, console: Console) -> None:
    """Print the year the forecast starts from and why, and what happened to comparable alliances since 1946."""
    if result.as_of_reason:
        console.print(result.as_of_reason, style="dim")
    c = result.comparable
    if c.unit_years and c.share is not None and c.low is not None and c.high is not None:
        kind = "bilateral" if c.bilateral else "multilateral (members)"
        duty = "with" if c.military else "without"
        power = "with" if c.major_power else "without"
        console.print(
            f"What happened to alliances like this one: of {kind} alliances {duty} a defense or offense pledge, "
            f"{power} a major power, {c.years_in_force} years in force, in force at the end of any year from "
            f"{c.since} (with their {c.horizon}-year outcome known), {c.breached} of {c.unit_years:,} "
            f"unit-years ({c.alliances} alliances) were breached within {c.horizon} years: "
            f"{c.share * 100:.1f}% (90% interval, resampling alliances, {c.low * 100:.1f}–{c.high * 100:.1f}%).")


def print_assessment(result: Assessment, console: Console, *, specs: bool = False, full: bool = False) -> None:
    """Print the assessment: by default a short answer (the headline, the figures by horizon and coding, the record
    one line per agreement); with ``full`` also the obligations, the drivers and the evidence."""
    h = result.headline_horizon
    console.print(Text(f"{result.a.name} – {result.b.name}: P(breach within {h} years after {result.as_of}) = "
                       f"{_cell(result.main[h])}", style="bold"))
    console.print(result.sentence())
    if not full:
        _print_short(result, console, specs=specs)
        return
    _print_context(result, console)
    console.print(result.record_sentence())
    what = (result.alliance.title if result.hypothetical
            else with_year(result.alliance.title, result.alliance.signed, article=False))
    console.print()
    if result.hypothetical:
        console.print(Text("No alliance between them is in force: the figures are for a new one.", style="yellow"))
    console.print(Text(f"The alliance: {what}", style="bold"))
    console.print(f"It obliges them {result.alliance.obliges}.")
    console.print(f"A breach means {result.alliance.breach_means}.")
    console.print(f"Coding: {result.coding}; prior: {result.prior}; as of the end of {result.as_of}.")

    main = Table(title=f"P(breach within h years after {result.as_of}): median (90% interval)")
    add_column(main, "h", justify="right")
    add_column(main, "this alliance", justify="right")
    add_column(main, "without the pair's record", justify="right")
    for step in result.horizons:
        main.add_row(str(step), _cell(result.main[step]), _cell(result.without_record[step]))
    console.print(main)

    side = Table(title="How the figure moves with the coding of the record (stacked, each coding alone), and the "
                       "record counted under each")
    add_column(side, "coding")
    for header in RECORD_COUNT_HEADERS:
        add_column(side, header, justify="right")
    for step in result.horizons:
        add_column(side, f"{step} years", justify="right")
    for coding, table in result.by_coding.items():
        side.add_row(coding + (" (headline)" if coding == result.coding else ""),
                     *record_count_cells(result.record_counts.get(coding, {})),
                     *[_cell(table[s]) for s in result.horizons])
    console.print(side)
    _print_silent(result, console)
    _print_spread(result, console, specs)
    _print_record(result, console)
    _print_drivers(result, console)
    _print_evidence(result, console)


def _print_spread(result: Assessment, console: Console, specs: bool) -> None:
    h = result.headline_horizon
    if specs:
        print_specification_curve(result, console)
        return
    figures = [row.horizons[str(h)].median for row in result.specifications]
    low, high = percents(min(figures), max(figures))
    console.print(f"Across the {len(result.specifications)} specifications the {h}-year figure runs from {low} to "
                  f"{high}; `--specs` prints each with its stacking weight.")


def _bare(entry: dict[str, float]) -> str:
    median, low, high = (p.rstrip("%") for p in percents(entry["median"], entry["low"], entry["high"]))
    return f"{median} ({low}–{high})"


def _print_short(result: Assessment, console: Console, *, specs: bool) -> None:
    """The short answer: one table of figures (by horizon: the headline, without the pair's record, each coding),
    the record one line per agreement, and where the rest is; every header whole at 80 columns."""
    if result.hypothetical:
        console.print(Text("No alliance between them is in force: the figures are for a new one.", style="yellow"))
    with_model = console.width >= _MODEL_COUNT_WIDTH
    console.print(f"Coding {result.coding}, prior {result.prior}; breached: of all their "
                  + ("agreements (in the model)." if with_model else "agreements (--full: in the model)."))
    figures = Table(title=f"P(breach within h years after {result.as_of}) in %: median (90% interval)",
                    title_justify="left", box=None, pad_edge=False, header_style="bold")
    add_column(figures, "reading", no_wrap=True)
    add_column(figures, "breached", justify="right", no_wrap=True)
    for step in result.horizons:
        add_column(figures, f"h = {step}", justify="right", no_wrap=True)
    headline = f"{result.coding} (headline)" if result.coding in result.by_coding else "headline"
    figures.add_row(Text(headline, style="bold"), _counts_short(result, result.coding, with_model),
                    *[Text(_bare(result.main[s]), style="bold") for s in result.horizons])
    figures.add_row("without their record", "", *[_bare(result.without_record[s]) for s in result.horizons])
    c = result.comparable
    if c.unit_years and c.share is not None and c.low is not None and c.high is not None:
        observed = {"median": c.share, "low": c.low, "high": c.high}  # alliances like this one, beside the forecast
        figures.add_row(f"like it, {c.since} on", f"{c.breached}/{c.unit_years:,}",
                        *[_bare(observed) if s == c.horizon else "" for s in result.horizons])
    for coding, table in result.by_coding.items():
        if coding != result.coding:
            figures.add_row(coding, _counts_short(result, coding, with_model),
                            *[_bare(table[s]) for s in result.horizons])
    console.print(figures)
    _print_silent(result, console)
    if specs:
        print_specification_curve(result, console)
    codings = list(result.by_coding)
    if result.record:
        widths = [max(len(coding), 10) for coding in codings]
        title_width = max(16, console.width - 10 - sum(widths) - 2 * (len(codings) + 1))
        record = Table(box=None, pad_edge=False, header_style="bold")
        record.add_column("signed", no_wrap=True, width=10)
        record.add_column("agreement (* not in model)", no_wrap=True, overflow="ellipsis",
                          width=title_width)
        for coding, width in zip(codings, widths, strict=True):
            record.add_column(coding, no_wrap=True, overflow="ellipsis", width=width)
        for row in result.record:
            cells = [Text(_ending(row, c, mark="*"), style=_ending_style(row, c)) for c in codings]
            record.add_row(row.signed[:10], row.title, *cells)
        console.print(record)
    since = "" if result.as_of_given else f"why {result.as_of}, "
    console.print(Text(f"More: --full ({since}obligations, drivers, evidence); foedus history (each ending's why).",
                       style="dim"))


def silent_codings(result: Assessment) -> dict[str, int]:
    """Return, for each coding silent on some of the agreements that enter its model, how many: the model reads
    those through the curated coding, then ATOP's (:mod:`foedus.reliability.spells`), so its breaches in the model
    may include endings the coding itself does not record."""
    silent = {c: sum(1 for row in result.record if row.in_model_by_coding.get(c) and not row.endings.get(c))
              for c in result.by_coding}
    return {c: n for c, n in silent.items() if n}


def _print_silent(result: Assessment, console: Console) -> None:
    if result.evidence.coding_note:  # a coding no ending uses yet: its figures are the curated coding's
        console.print(result.evidence.coding_note, style="dim")
    for coding, count in silent_codings(result).items():
        console.print(f"{coding} is silent on {count} agreements in its model (read there as curated, else ATOP).",
                      style="dim")


#: The narrowest terminal whose short table also counts the agreements in the model (below it, ``--full`` does).
_MODEL_COUNT_WIDTH = 90


def _counts_short(result: Assessment, coding: str, with_model: bool = True) -> str:
    """Return the record counted under ``coding`` as one narrow cell: ``5/24 (2/11)``, or ``5/24`` without the
    model's count; the counts of :func:`foedus.text.record_count_cells`."""
    if coding not in result.record_counts:  # "all" mixes the codings: each row below counts its own
        return ""
    every, in_model = (cell.replace(" of ", "/") for cell in record_count_cells(result.record_counts[coding]))
    return f"{every} ({in_model})" if in_model and with_model else every


def _print_record(result: Assessment, console: Console) -> None:
    record = Table(title="The record: their agreements, as `foedus history` lists them, and how each coding ends them")
    add_column(record, "signed", no_wrap=True)
    add_column(record, "agreement")
    codings = list(result.by_coding)
    for coding in codings:
        add_column(record, coding)
    for row in result.record:
        kind = "" if row.bilateral else " (multilateral)"
        cells = [Text(_ending(row, c, mark=" (not in its model)"), style=_ending_style(row, c)) for c in codings]
        record.add_row(row.signed[:10], row.title + kind, *cells)
    console.print(record)


def _print_drivers(result: Assessment, console: Console) -> None:
    caps = result.capabilities
    if caps.ratio_now is not None:
        start = caps.ratio_at_start
        direction = "up" if start and start < caps.ratio_now else "down"
        moved = f", {direction} from {start:.1f} when it was signed" if start else ""
        console.print(f"Capabilities: the stronger's CINC is {caps.ratio_now:.1f} times the weaker's{moved}. "
                      + caps.note)
    spec = result.hazard_ratios[0].specification if result.hazard_ratios else ""
    drivers = Table(title=f"What moves the hazards (hazard ratios, 90% interval; specification {spec})")
    drivers.add_column("covariate")
    drivers.add_column("breach", justify="right")
    drivers.add_column("other endings", justify="right")
    for row in result.hazard_ratios:
        if row.covariate == "intercept":
            continue
        b, o = row.breach, row.other
        drivers.add_row(words(row.covariate), f"{b.ratio:.2f} ({b.low:.2f}–{b.high:.2f})",
                        f"{o.ratio:.2f} ({o.low:.2f}–{o.high:.2f})")
    console.print(drivers)
    for kind, f in result.frailty.items():
        console.print(f"Spread between {kind}s (frailty variance): {f['variance']:.2f} ({f['variance_low']:.2f}–"
                      f"{f['variance_high']:.2f}); its prior: {f['prior_variance']:.2f} "
                      f"({f['prior_variance_low']:.2f}–{f['prior_variance_high']:.2f}).", style="dim")


def _print_tested(result: Assessment, console: Console) -> None:
    cases = result.evidence.tested
    if not cases:
        console.print("Tested by war: no case where a war made the casus foederis of one of their alliances arise "
                      "(foedus tested).")
        return
    llm = [c.outcomes["llm"] for c in cases]
    cases_text = "; ".join(
        f"{c.year} {c.title}, {c.member} {c.obligation.replace('_', '-')}: {c.outcomes['llm']}"
        + (" (timing uncertain)" if c.timing_uncertain else "") for c in cases)
    console.print(f"Tested by war (foedus tested {result.a.ccode} {result.b.ccode}): {len(cases)} case(s) where the "
                  f"casus foederis arose between them, {llm.count('honoured')} honoured and {llm.count('violated')} "
                  f"violated under the LLM rules"
                  + (f" ({llm.count('uncertain')} where the war data cannot tell who attacked whom)"
                     if "uncertain" in llm else "")
                  + f": {cases_text}. Not in the model's figures.")


def _print_evidence(result: Assessment, console: Console) -> None:
    _print_tested(result, console)
    ev = result.evidence
    shipped = [d for d in ev.data if d.get("kind") == "shipped"]
    imported = [d for d in ev.data if d.get("kind") == "imported"]
    universe = ("the ATOP 4.01 universe shipped with foedus" if any(d["family"] == "atop_members" for d in shipped)
                else "your imported ATOP files")
    console.print(
        f"Fitted on {ev.units:,} units ({ev.pair_units:,} bilateral pairs, {ev.member_units:,} members of "
        f"multilateral alliances) of {ev.alliances:,} alliances, {ev.unit_years:,} unit-years "
        f"{ev.first_year}–{ev.last_year}, {ev.breaches:,} breaches: {universe} plus the ledgers "
        f"({', '.join(d['name'] for d in ev.data if d['kind'] == 'ledger')})"
        + (f" and {len(imported)} imported file(s)" if imported else "") + "."
    )
    bt = ev.backtest
    stacked, base = bt.stacked, bt.baseline
    if stacked:
        coding = DEFAULT_CODING  # the forecaster is chosen under the default coding, whichever is asked for
        console.print(
            f"The rolling-origin backtest at {bt.horizon} years ({len(bt.origins)} origins, "
            f"{bt.origins[0]}–{bt.origins[-1]}, coding {coding}, as of {result.as_of}): "
            f"{words(bt.headline)} (the headline) log score {stacked['log']:.4f}, Brier "
            f"{stacked['brier']:.4f}; best simple baseline ({words(bt.best_baseline)}) {base.get('log', 0):.4f} "
            f"and {base.get('brier', 0):.4f} (lower is better). This backtest, the one the forecaster is chosen by, "
            "uses fewer parameter draws per forecast and leaves out the Cox baseline and the cross-validation, which "
            f"the choice does not need, so `foedus backtest --coding {coding} --horizon {bt.horizon}` (the full "
            "table, and the README's) can differ from it in the third or fourth decimal.", style="dim")
    share = ev.breach_share
    figures = "; ".join(f"{f['source']}: {float(f['share']) * 100:.0f}% {f['what']}" for f in ev.literature)
    console.print(
        f"Of the {share['units']:,.0f} units that ended, {share['share'] * 100:.0f}% ended in a breach. The "
        f"literature counts something else, commitments broken when tested by war: {figures}.", style="dim")
    console.print(ev.interval, style="dim")
