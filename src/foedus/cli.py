"""The ``foedus`` command: parse arguments, call the library, print. No logic of its own."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from foedus.errors import FoedusError, LedgerError

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["main"]


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, soft_wrap=False, width=None if sys.stdout.isatty() else 160)


class _Group(click.Group):
    """Turns foedus errors into a clean message and exit code 1, in one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LedgerError as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            count = len(exc.problems)
            click.echo(f"error: {count} problem{'s' if count != 1 else ''} found", err=True)
            ctx.exit(1)
        except FoedusError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


def _db_option(func: F) -> F:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="The store's file (default: $FOEDUS_DB, or foedus.duckdb in your data directory).",
    )(func)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="foedus")
def cli() -> None:
    """foedus: the history and reliability of alliances between states."""


@cli.command()
@click.argument("state_a")
@click.argument("state_b")
@click.option("--coding", default="all", show_default=True, help="A coding's name (atop, curated, ...) or all.")
@click.option("--since", type=int, default=None, help="Only what was in force or happened from this year.")
@click.option("--until", type=int, default=None, help="Only what was in force or happened up to this year.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON in the foedus.history/1 schema.")
@_db_option
def history(
    state_a: str, state_b: str, coding: str, since: int | None, until: int | None, as_json: bool, db: Path | None
) -> None:
    """The agreements between STATE_A and STATE_B and how each ended under each coding.

    States may be given by any name ("China", "Soviet Union", "Qing China"), ISO3 or COW code.
    """
    from foedus.history import pair_history
    from foedus.store import open_store

    with open_store(db) as store:
        result = pair_history(store, state_a, state_b, coding=coding, since=since, until=until)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    from foedus.report.history import print_history

    print_history(result, _console())


def _horizons(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise click.BadParameter(f"{text!r}: give whole years separated by commas, e.g. 5,10,20") from None


@cli.command()
@click.argument("state_a")
@click.argument("state_b")
@click.option("--treaty", default=None, help="The alliance to assess (a slug); default: the pair's current one.")
@click.option("--as-of", "as_of", type=int, default=None,
              help="The last year the model sees (default: the latest year in the store).")
@click.option("--horizon", "horizon", default="5,10,20", show_default=True, help="Years ahead, comma-separated.")
@click.option("--coding", default="curated", show_default=True, help="A coding's name, or all for an equal mixture.")
@click.option("--prior", default=None, help="A named prior from the literature (see foedus priors).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON in the foedus.assessment/1 schema.")
@click.option("--plot", "plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the timeline and the cumulative breach probability to FILE.png or FILE.svg.")
@_db_option
def assess(
    state_a: str, state_b: str, treaty: str | None, as_of: int | None, horizon: str, coding: str,
    prior: str | None, as_json: bool, plot: Path | None, db: Path | None,
) -> None:
    """The probability that the alliance of STATE_A and STATE_B is breached within each horizon, with 90%
    intervals, the record it rests on, and how it moves with the coding and the prior."""
    from foedus.reliability.assess import assess as run_assessment
    from foedus.reliability.priors import DEFAULT_PRIOR
    from foedus.store import open_store

    with open_store(db) as store:
        result = run_assessment(store, state_a, state_b, treaty=treaty, as_of=as_of, horizons=_horizons(horizon),
                                coding=coding, prior=prior or DEFAULT_PRIOR)
    if plot is not None:
        from foedus.report.plots import plot_assessment

        plot_assessment(result, plot)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    from foedus.report.assess import print_assessment

    print_assessment(result, _console())
    if plot is not None:
        click.echo(f"figure written to {plot}")


@cli.command()
def priors() -> None:
    """List the named priors and the figures from the literature they rest on."""
    from foedus.reliability.priors import DEFAULT_PRIOR, PRIORS

    for prior in PRIORS.values():
        mark = " (default)" if prior.name == DEFAULT_PRIOR else ""
        click.echo(f"{prior.name}{mark}: breach share {prior.breach_share:.2f}, spread {prior.spread} — "
                   f"{prior.source}. {prior.note}")


@cli.group()
def ledger() -> None:
    """Check, load and list ledger files."""


@ledger.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def ledger_validate(paths: tuple[Path, ...]) -> None:
    """Report every problem in the ledger files at PATHS, with file, line and field."""
    from foedus.ledger.files import validate_ledger

    problems = [p for path in paths for p in validate_ledger(path)]
    if problems:
        raise LedgerError(problems)
    click.echo(f"ok: {len(paths)} ledger file{'s' if len(paths) != 1 else ''}, no problems")


@ledger.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_db_option
def ledger_load(paths: tuple[Path, ...], db: Path | None) -> None:
    """Check the ledger files at PATHS and store each in one transaction (a file with problems stores nothing)."""
    from foedus.ledger.files import read_ledger
    from foedus.store import open_store

    documents = [read_ledger(path) for path in paths]
    with open_store(db, read_only=False) as store:
        for document in documents:
            click.echo(str(store.load(document)))


@ledger.command("list")
@_db_option
def ledger_list(db: Path | None) -> None:
    """List the ledgers in the store."""
    from rich.table import Table

    from foedus.store import open_store

    with open_store(db) as store:
        rows = store.query(
            """SELECT l.name, l.version, l.shipped, l.path,
                      (SELECT count(*) FROM treaties t WHERE t.ledger = l.name) AS treaties,
                      (SELECT count(*) FROM events e WHERE e.ledger = l.name) AS events,
                      (SELECT count(*) FROM outcomes o WHERE o.ledger = l.name) AS outcomes
               FROM ledgers l ORDER BY l.name"""
        )
    table = Table("ledger", "version", "treaties", "events", "outcomes", "origin")
    for r in rows:
        origin = "shipped with foedus" if r["shipped"] else r["path"]
        table.add_row(r["name"], r["version"], str(r["treaties"]), str(r["events"]), str(r["outcomes"]), origin)
    _console().print(table)


@cli.command()
@click.argument("states", nargs=-1)
@click.option("--ledger", "ledger_name", default=None, help="Cite every source of this ledger.")
@_db_option
def cite(states: tuple[str, ...], ledger_name: str | None, db: Path | None) -> None:
    """Print BibTeX for the sources behind the history of two STATES, or behind a whole ledger.

    With neither, cite every source in the store and the data foedus rests on.
    """
    from foedus.cite import bibtex
    from foedus.history import pair_history
    from foedus.store import open_store

    if states and len(states) != 2:
        raise click.UsageError("name two states, e.g. foedus cite China Russia")
    with open_store(db) as store:
        if states:
            sources = pair_history(store, states[0], states[1]).sources
        else:
            known = [r["name"] for r in store.query("SELECT name FROM ledgers ORDER BY name")]
            if ledger_name is not None and ledger_name not in known:
                raise FoedusError(f"no ledger named {ledger_name!r} in the store; it has: {', '.join(known)}")
            sources = store.query(
                "SELECT * FROM sources WHERE ?::VARCHAR IS NULL OR ledger = ? ORDER BY ledger, id",
                [ledger_name, ledger_name],
            )
    click.echo(bibtex([{k: v for k, v in s.items() if v is not None} for s in sources]), nl=False)


@cli.command()
@click.argument("name")
@click.option("--on", "on", default=None, help="The date the name is used at: 1896, 1950-02 or 1950-02-14.")
def state(name: str, on: str | None) -> None:
    """Resolve a state's NAME, ISO3, COW abbreviation or code to its COW code."""
    from foedus.states import resolve_state, state_name

    found = resolve_state(name, on=on)
    period = f"{found.exists_from or '…'}–{found.exists_to or ''}"
    click.echo(f"{found.ccode}\t{found.cow_abb}\t{found.iso3 or '-'}\t{state_name(found.ccode, on)}\t{period}")


def main() -> None:
    """Run the command line."""
    cli(prog_name="foedus")
