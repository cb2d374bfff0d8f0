"""The event monitor for people: a table of the periods with events, the top CAMEO root codes, change points and
the ledger's events; and a figure of the cooperation index with its band, the change points and the ledger's events
marked, above the dyad's events by quad class."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.markup import escape
from rich.table import Table

from foedus.errors import FoedusError

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from rich.console import Console

    from foedus.events.monitor import MonitorResult

__all__ = ["data_lines", "monitor_figure", "plot_monitor", "print_monitor"]

_QUAD_COLOURS = ("#2e86c1", "#27ae60", "#e67e22", "#c0392b")


def _index_text(index: dict[str, Any]) -> str:
    if index["value"] is None:
        return "–"
    return f"{index['value']:.1f} [{index['low']:.1f}, {index['high']:.1f}]"


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def print_monitor(result: MonitorResult, console: Console) -> None:
    """Print the monitor's result: what the data holds, period by period, and what stands out."""
    a, b = (p["name"] for p in result.pair)
    totals = result.totals
    console.print(f"[bold]{a} – {b}[/bold], {result.first} to {result.last}, by {result.frequency} "
                  f"({', '.join(result.sources)}; {result.engine}): {totals['a_to_b']:,} events {a} → {b}, "
                  f"{totals['b_to_a']:,} {b} → {a}")
    for line in data_lines(result):
        console.print(line, markup=False)
    table = Table("period", f"{a}→{b} q1 q2 q3 q4", f"{b}→{a} q1 q2 q3 q4", "Goldstein mean", "index [90%]",
                  f"events of {a}", f"events of {b}", title="Periods with events of either state")
    shown = [p for p in result.periods if p["volume"]["a"] or p["volume"]["b"]]
    for p in shown:
        ab, ba = p["counts"]["a_to_b"], p["counts"]["b_to_a"]
        table.add_row(p["start"], " ".join(f"{ab[f'q{q}']:>3}" for q in range(1, 5)),
                      " ".join(f"{ba[f'q{q}']:>3}" for q in range(1, 5)), _mean(p["goldstein"]["both"]["mean"]),
                      _index_text(p["index"]), f"{p['volume']['a']:,}", f"{p['volume']['b']:,}")
    if shown:
        console.print(table)
    empty = len(result.periods) - len(shown)
    if empty:
        console.print(f"[dim]{empty} of {len(result.periods)} periods hold no event of either state[/dim]")
    if result.root_codes:
        roots = Table("CAMEO root", "", f"{a}→{b}", f"{b}→{a}", title="Top CAMEO root codes of the dyad")
        for r in result.root_codes:
            roots.add_row(r["code"], r["name"], str(r["a_to_b"]), str(r["b_to_a"]))
        console.print(roots)
    method = result.method["change_points"]
    if result.change_points:
        for c in result.change_points:
            console.print(f"change point {c['date']} (90%: {c['low']} – {c['high']}, support {c['support']:.0%}): "
                          f"index {c['mean_before']:.1f} → {c['mean_after']:.1f}")
    console.print(f"[dim]change points: {method['method']}, penalty {method['penalty_rule']}[/dim]")
    for e in result.ledger_events:
        console.print(escape(f"ledger: {e['date']} {e['kind']}: {e['description']} [{e['ledger']}:{e['id']}]"))
    for note in result.notes:
        console.print(f"[yellow]note:[/yellow] {note}")
    for f in result.files:
        console.print(f"[dim]from {f['name']} ({f['source']}, {f['from']}–{f['to']}, sha256 {f['sha256'][:12]}…)"
                      "[/dim]")


def data_lines(result: MonitorResult) -> list[str]:
    """Return the lines that say what data the monitor read: each source's days, files and events, and whether
    they are the small samples of a development checkout rather than a record of relations."""
    if not result.data:
        return []
    parts = [f"{d['title']} {d['from']} to {d['to']} ({d['files']:,} file{'s' if d['files'] != 1 else ''}, "
             f"{d['events']:,} events)" for d in result.data]
    lines = ["data read: " + "; ".join(parts)]
    if all(d["samples"] for d in result.data):
        first = min(d["from"] for d in result.data)
        last = max(d["to"] for d in result.data)
        lines.append(f"these are the small real samples of a development checkout ({first} to {last}), not a "
                     "record of the pair's relations: import or download event data for the window you want "
                     "(foedus download gdelt --from ... --to ...)")
    return lines


def plot_monitor(result: MonitorResult, path: str | Path) -> Path:
    """Write the monitor's figure to ``path`` (``.png`` or ``.svg``) and return the path.

    Raises
    ------
    FoedusError
        If matplotlib is not installed (``pip install 'foedus[plot]'``) or the suffix is not .png or .svg.
    """
    target = Path(path)
    if target.suffix.lower() not in (".png", ".svg"):
        raise FoedusError(f"--plot takes a .png or .svg file, not {target.name!r}")
    figure = monitor_figure(result)
    figure.savefig(target)
    import matplotlib.pyplot as plt

    plt.close(figure)
    return target


def monitor_figure(result: MonitorResult) -> Figure:
    """Return the monitor's figure (matplotlib, Agg): the index with its band, each period's value drawn as a
    point (``gid`` ``index-points``) so that a lone period shows, change points and ledger events, and the events
    by quad class below; a footnote says what data were read.

    Raises
    ------
    FoedusError
        If matplotlib is not installed (``pip install 'foedus[plot]'``).
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise FoedusError("plots need matplotlib: pip install 'foedus[plot]'") from None
    a, b = (p["name"] for p in result.pair)
    starts = [_dt.date.fromisoformat(p["start"]) for p in result.periods]
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(11, 7), sharex=True, gridspec_kw={"height_ratios": [1.3, 1]})
    value = [p["index"]["value"] if p["index"]["value"] is not None else float("nan") for p in result.periods]
    low = [p["index"]["low"] if p["index"]["low"] is not None else float("nan") for p in result.periods]
    high = [p["index"]["high"] if p["index"]["high"] is not None else float("nan") for p in result.periods]
    top.fill_between(starts, low, high, alpha=0.3, step="post", label="90% bootstrap band")
    top.step(starts, value, where="post", label="cooperation index")
    middles = [s + (_dt.date.fromisoformat(p["end"]) - s) / 2 for s, p in zip(starts, result.periods, strict=True)]
    top.plot(middles, value, linestyle="none", marker="o", markersize=4, color="C0", gid="index-points")
    top.axhline(0, color="black", linewidth=0.6)
    for k, c in enumerate(result.change_points):
        span = (_dt.date.fromisoformat(c["low"]), _dt.date.fromisoformat(c["high"]))
        top.axvspan(span[0], span[1] + _dt.timedelta(days=1), color="#8e44ad", alpha=0.15)
        top.axvline(_dt.date.fromisoformat(c["date"]), color="#8e44ad", linewidth=1.2,
                    label="change point (90%)" if k == 0 else None)
    for k, e in enumerate(result.ledger_events):
        day = _dt.date.fromisoformat(e["date"][:10]) if len(e["date"]) >= 10 else _dt.date.fromisoformat(e["period"])
        for axis in (top, bottom):
            axis.axvline(day, color="#c0392b", linestyle="--", linewidth=1,
                         label="ledger event" if k == 0 and axis is top else None)
        top.annotate(e["description"][:40], (day, 1), xycoords=("data", "axes fraction"), rotation=90, fontsize=7,
                     va="top", ha="right", color="#c0392b")
    top.set_ylabel("net cooperation per 1,000 events")
    top.set_title(f"{a} – {b}: cooperation index by {result.frequency}, {result.first} to {result.last}")
    if result.data:
        samples = " (small development samples, not a record)" if all(d["samples"] for d in result.data) else ""
        figure.text(0.01, 0.005, "data: " + "; ".join(f"{d['title']} {d['from']} to {d['to']}" for d in result.data)
                    + samples, fontsize=7, ha="left", va="bottom")
    top.legend(loc="lower left", fontsize=8)
    bottom_base = [0] * len(starts)
    widths = [(_dt.date.fromisoformat(p["end"]) - _dt.date.fromisoformat(p["start"])).days + 1 for p in result.periods]
    for q in range(1, 5):
        heights = [p["counts"]["both"][f"q{q}"] for p in result.periods]
        bottom.bar(starts, heights, width=widths, bottom=bottom_base, align="edge", color=_QUAD_COLOURS[q - 1],
                   label=result.method["quad_classes"][str(q)])
        bottom_base = [x + y for x, y in zip(bottom_base, heights, strict=True)]
    bottom.set_ylabel("events, both ways")
    bottom.legend(loc="upper left", fontsize=8)
    figure.autofmt_xdate()
    figure.tight_layout(rect=(0, 0.02, 1, 1))
    return figure
