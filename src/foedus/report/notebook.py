"""Notebook views: the HTML that :class:`~foedus.history.PairHistory`,
:class:`~foedus.reliability.assess.Assessment` and :class:`~foedus.panels.Panel` show in Jupyter (their
``_repr_html_`` delegates here), built from :mod:`foedus.report.html` (escaped, with links only to http(s) URLs and
DOIs) and written with :mod:`foedus.text`, as the terminal and the pages write them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus.alliance_titles import with_year
from foedus.report.html import details, href, linked, source_label, source_list, table, text
from foedus.text import RECORD_COUNT_HEADERS, datasets_in_words, percents, record_count_cells, words

if TYPE_CHECKING:
    from foedus.history import OutcomeEntry, PairHistory
    from foedus.panels import Panel
    from foedus.reliability.assess import Assessment

__all__ = ["assessment_html", "history_html", "outcome_html", "panel_html"]

#: The mark of a breach in a table: colour and weight, the same as the pages' (Okabe & Ito's vermillion).
_BREACH_STYLE = ' style="color: #D55E00; font-weight: bold"'


def outcome_html(outcome: OutcomeEntry | None, coding: str) -> str:
    """Return how ``coding`` ends an agreement, as a table cell: the ending in words, who breached, the member it
    concerns, whether it is contested, and whose reading it is when the coding falls back on ATOP's; the rationale
    as its tooltip."""
    if outcome is None:
        return "–"
    shown = words(outcome.ending)
    if outcome.breached_by:
        shown += " by " + ", ".join(s.name for s in outcome.breached_by)
    if outcome.member is not None:
        shown += f" ({outcome.member.name} only)"
    if outcome.contested:
        shown += " (contested)"
    if outcome.coding != coding:
        shown += " (ATOP's: no ledger codes it)"
    style = _BREACH_STYLE if outcome.breach else ""
    return f'<span{style} title="{text(outcome.rationale)}">{text(shown)}</span>'


def history_html(history: PairHistory) -> str:
    """Return a pair's history as HTML: the summary, the record counted under each coding, the agreements under
    each coding, the key events and the sources."""
    codings = history.coding_names()
    by_key = {(s.get("ledger"), s.get("id")): s for s in history.sources}
    rows = []
    for a in history.agreements:
        in_force = any(o.ending == "in_force" for o in a.outcomes)
        years = f"{a.signed}–{a.ended or ('in force' if in_force else '?')}"
        note = "known only from ATOP" if a.origin == "atop" else (f"ATOP {a.atopid}" if a.atopid else "")
        if a.multilateral:
            note = f"multilateral, {len(a.members)} members" + (f"; {note}" if note else "")
        title = text(a.title) + (f'<br><small>{text(note)}</small>' if note else "")
        obligations = ", ".join(words(o) for o in a.obligations) or words(a.kind)
        cells = [f'<span style="white-space: nowrap">{text(years)}</span>', title, text(obligations)]
        for coding in codings:
            cells.append(outcome_html(history.reading(a, coding), coding))
        cited = [by_key[(a.ledger, key)] for key in a.sources if (a.ledger, key) in by_key]
        cells.append(", ".join(linked(source_label(s), href(s.get("url"), s.get("doi"))) for s in cited))
        rows.append(cells)
    header = ["years", "agreement", "obligations", *codings, "sources"]
    parts = [f"<p><b>{text(history.title())}</b>: {text(history.summary())}</p>"]
    counts = history.record_counts()
    if counts:
        parts.append(table(["coding", RECORD_COUNT_HEADERS[0]],
                           [[text(c), text(record_count_cells(n.to_dict())[0])] for c, n in counts.items()],
                           caption="The record counted under each coding"))
    if rows:
        parts.append(table(header, rows))
    if history.events:
        events = [[text(e.date), text(words(e.kind)), text(e.description)] for e in history.events]
        parts.append(details(f"Key events ({len(history.events)})", table(["date", "kind", "what happened"], events)))
    if history.sources:
        parts.append(details(f"Sources ({len(history.sources)})", source_list(history.sources)))
    return "".join(parts)


def _cell(entry: dict[str, float]) -> str:
    median, low, high = percents(entry["median"], entry["low"], entry["high"])
    return text(f"{median} ({low}–{high})")


def assessment_html(result: Assessment) -> str:
    """Return an assessment as HTML: the headline and its sentence first, the figures per horizon and coding with
    the record counted under each, then the specifications, the record and the evidence, each folded until
    opened."""
    h = result.headline_horizon
    alliance = result.alliance
    what = (alliance.title if result.hypothetical else with_year(alliance.title, alliance.signed, article=False))
    codings = list(result.by_coding)
    parts = [
        f"<p><b>{text(f'{result.a.name} – {result.b.name}: P(breach within {h} years after {result.as_of})')} = "
        f"{_cell(result.main[h])}</b></p>",
        f"<p>{text(result.sentence())} {text(result.record_sentence())}</p>",
        f"<p><b>The alliance:</b> {text(what)}. It obliges them {text(alliance.obliges)}. "
        f"<small>Coding: {text(result.coding)}; prior: {text(result.prior)}; as of the end of {result.as_of}."
        "</small></p>",
        table(["years after " + str(result.as_of), "this alliance", "without the pair's record"],
              [[str(s), _cell(result.main[s]), _cell(result.without_record[s])] for s in result.horizons],
              caption="P(breach): median (90% interval)"),
        table(["coding", *RECORD_COUNT_HEADERS, *[f"{s} years" for s in result.horizons]],
              [[text(c + (" (headline)" if c == result.coding else "")),
                *[text(x) for x in record_count_cells(result.record_counts.get(c, {}))],
                *[_cell(t[s]) for s in result.horizons]]
               for c, t in result.by_coding.items()],
              caption="How the figure moves with the coding of the record, and the record counted under each"),
    ]
    specs = [[text(r.name), text(r.description), _cell(r.horizons[str(h)].model_dump()), f"{r.weight:.2f}"]
             for r in result.specifications]
    parts.append(details(f"Specification curve ({len(result.specifications)} specifications, {h} years)",
                         table(["specification", "what enters", f"{h} years", "stacking weight"], specs)))
    record = []
    for row in result.record:
        kind = "" if row.bilateral else " (multilateral)"
        cells = []
        for c in codings:
            ending = words(row.endings.get(c) or ("not coded" if row.has_ended else "in force"))
            if not row.in_model_by_coding.get(c, row.in_model):
                ending += " (not in this coding's model)"
            style = _BREACH_STYLE if row.breached.get(c) else ""
            cells.append(f"<span{style}>{text(ending)}</span>")
        record.append([f'<span style="white-space: nowrap">{text(row.signed[:10])}</span>',
                       text(row.title + kind), *cells])
    parts.append(details(f"The record ({len(result.record)} agreements) and how each coding ends them",
                         table(["signed", "agreement", *codings], record)))
    ev = result.evidence
    parts.append(details("The evidence", (
        f"<p>Fitted on {ev.units:,} units ({ev.pair_units:,} bilateral pairs, {ev.member_units:,} members "
        f"of multilateral alliances) of {ev.alliances:,} alliances, {ev.unit_years:,} unit-years "
        f"{ev.first_year}–{ev.last_year}, {ev.breaches:,} breaches.</p>"
        f"<p>Data: {text(datasets_in_words(ev.data))}.</p><p>{text(ev.interval)}</p>")))
    return "".join(parts)


def panel_html(panel: Panel) -> str:
    """Return a panel as HTML: what it is, the files it was built from, its notes, the first and last rows, and the
    works to cite (linked by DOI or URL)."""
    kind = "" if panel.directed is None else (" directed" if panel.directed else " non-directed")
    files = [[text(p["role"]), text(f"{p['dataset']} {p['version'] or ''}".strip()), text(p["layout"] or ""),
              text(p["file"]), f"<code>{text(p['sha256'][:16])}…</code>",
              text("–".join(str(y) for y in p["coverage"]) if p.get("coverage") else "")]
             for p in panel.provenance]
    parts = [f"<p><b>{text(f'foedus panel: {panel.system.upper()}{kind} {panel.unit}s {panel.start}–{panel.end}')}"
             f"</b>, {len(panel):,} rows × {len(panel.frame.columns)} columns</p>"]
    if files:
        parts.append(table(["role", "data", "layout", "file", "sha256", "years"], files,
                           caption="Built from"))
    if panel.notes:
        parts.append('<ul style="text-align: left">' + "".join(f"<li>{text(n)}</li>" for n in panel.notes)
                     + "</ul>")
    if panel.unplaced is not None and len(panel.unplaced):
        parts.append(f"<p>{len(panel.unplaced):,} rows of merged data name dyad-years the panel lacks: see "
                     "<code>panel.unplaced</code>.</p>")
    parts.append(panel.frame.to_html(max_rows=10, border=0, escape=True))
    sources = panel.sources()
    if sources:
        parts.append(details(f"Cite ({len(sources)} works)", source_list(sources)))
    return "".join(parts)
