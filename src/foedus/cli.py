"""The ``foedus`` command: parse arguments, call the library, print. No logic of its own."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from foedus.errors import FoedusError, LedgerError
from foedus.events.layouts import ENGINES as EVENT_ENGINES
from foedus.events.layouts import LAYOUTS as EVENT_LAYOUTS
from foedus.text import DEFAULT_CODING

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["main"]


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError  # rich would exit 1 here; the CLI's group ends quietly with 0 instead

    return _Console(stderr=stderr, soft_wrap=False, width=_width(sys.stderr if stderr else sys.stdout))


def _width(stream: Any) -> int | None:
    """Return the width to print at: ``$COLUMNS`` if set, the terminal's own (None: rich asks it), else that of the
    terminal the command runs in when its output is piped (stderr's), else 160 (a file read later)."""
    import os

    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if stream.isatty():
        return None
    for other in (sys.stderr, sys.stdin):
        try:
            if other is not None and other.isatty():
                return os.get_terminal_size(other.fileno()).columns
        except (OSError, ValueError, AttributeError):
            continue
    return 160


class _Group(click.Group):
    """Turns foedus errors into a clean message and exit code 1, and a closed pipe into a quiet exit 0, in one place.

    The library's messages name its Python arguments (``as_of``); on the command line they name the options
    (``--as-of``) instead.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # here, not at exit, so that a closed pipe is caught below
            return result
        except BrokenPipeError:
            _quiet_closed_stdout()
            ctx.exit(0)
        except LedgerError as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            count = len(exc.problems)
            click.echo(f"error: {count} problem{'s' if count != 1 else ''} found", err=True)
            ctx.exit(1)
        except FoedusError as exc:
            click.echo(f"error: {_option_names(str(exc), self)}", err=True)
            ctx.exit(1)


def _quiet_closed_stdout() -> None:
    """Point stdout at the null device: the reader (``| head``) has gone, and flushing at exit must not fail."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (a test runner's): nothing left to flush
        pass


def _option_names(message: str, group: click.Group) -> str:
    """Return ``message`` with every Python argument that is an option's (``as_of``) written as it (``--as-of``)."""
    import re

    options: dict[str, str] = {}
    stack: list[click.Command] = [group]
    while stack:
        command = stack.pop()
        if isinstance(command, click.Group):
            stack.extend(command.commands.values())
        for param in command.params:
            flags = [o for o in param.opts if o.startswith("--")]
            if isinstance(param, click.Option) and param.name and "_" in param.name and flags:
                options.setdefault(param.name, flags[0])
    return re.sub(r"(?<![\w-])([a-z]+(?:_[a-z]+)+)(?![\w-])", lambda m: options.get(m.group(1), m.group(1)), message)


def _db_option(func: F) -> F:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="The store's file (default: $FOEDUS_DB, or foedus.duckdb in your data directory).",
    )(func)


class _Progress:
    """A progress line on stderr while long work runs: what it is doing (the library's :func:`foedus.progress.report`
    and the command's own steps), a bar when the steps are counted, and the time so far.

    Only on a terminal and never with ``--quiet``; it appears after half a second, so quick work shows nothing, and
    it leaves nothing behind on the screen. Output on stdout (tables, ``--json``) is never touched.
    """

    def __init__(self, label: str, *, quiet: bool = False, total: int | None = None) -> None:
        import threading

        self.enabled = not quiet and sys.stderr.isatty()
        self.lock = threading.Lock()
        self.started = self.stopped = False
        self.bar: Any = None
        self.task: Any = None
        self.context: Any = None
        if self.enabled:
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}")]
            if total:
                columns.append(BarColumn())
            self.bar = Progress(*columns, TimeElapsedColumn(), console=_console(stderr=True), transient=True)
            self.task = self.bar.add_task(label, total=total)
            self.timer = threading.Timer(0.5, self._start)
            self.timer.daemon = True

    def __enter__(self) -> _Progress:
        if self.enabled:
            from foedus.progress import reporting

            self.timer.start()
            self.context = reporting(self.update)
            self.context.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.context.__exit__(None, None, None)
            self.timer.cancel()
            with self.lock:
                self.stopped = True
                if self.started:
                    self.bar.stop()

    def _start(self) -> None:
        with self.lock:
            if not self.stopped:
                self.bar.start()
                self.started = True

    def update(self, description: str) -> None:
        """Say what the work is doing now (drawn at once if the line is showing, so no step is skipped)."""
        if self.enabled:
            self.bar.update(self.task, description=description)
            self._draw()

    def advance(self, description: str) -> None:
        """Count one step done and say what the work is doing now."""
        if self.enabled:
            self.bar.update(self.task, advance=1, description=description)
            self._draw()

    def _draw(self) -> None:
        with self.lock:
            if self.started and not self.stopped:
                self.bar.refresh()


def _quiet_option(func: F) -> F:
    return click.option("-q", "--quiet", is_flag=True,
                        help="Show no progress on stderr (none is shown when stderr is not a terminal).")(func)


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
@click.option("--evidence", is_flag=True, help="Print each ending's rationale and the sources it rests on.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON in the foedus.history/1 schema.")
@_db_option
def history(
    state_a: str, state_b: str, coding: str, since: int | None, until: int | None, evidence: bool, as_json: bool,
    db: Path | None,
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

    print_history(result, _console(), evidence=evidence)


@cli.command()
@click.argument("article", required=False)
@click.option("--published", default=None, help="The article's date (2023-03-22), if the article does not give it.")
@click.option("--as-of", "as_of", type=int, default=None,
              help="Read counts so far and \"still in force\" at the end of this year (default: the year the "
                   "article was published, else the latest year the record holds).")
@click.option("--example", is_flag=True, help="Check the short example article shipped with foedus.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON in the foedus.check/2 schema.")
@_db_option
def check(article: str | None, published: str | None, as_of: int | None, example: bool, as_json: bool,
          db: Path | None) -> None:
    """Check ARTICLE (.txt, .md or .html; - for standard input) against the record, claim by claim.

    Each claim gets a verdict (consistent, within tolerance, contradicts, depends on the coding, not in the record,
    referenced but never stated) with the ledger record and sources it rests on. The ledger is never written.
    """
    from foedus.check import check_article, example_article
    from foedus.store import open_store

    if (article is None) == (not example):
        raise click.UsageError("give an ARTICLE (a file, or - for standard input) or --example, not both")
    with open_store(db) as store:
        result = check_article(store, example_article() if example else str(article), published=published,
                               as_of=as_of)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    from foedus.check.render import print_result

    print_result(result, _console())


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
@click.option("--coding", default=DEFAULT_CODING, show_default=True,
              help="A coding's name, or all for an equal mixture.")
@click.option("--prior", default=None, help="A named prior from the literature (see foedus priors).")
@click.option("--specs", "specs", is_flag=True, help="Print the specification curve: every specification's figure.")
@click.option("--full", "full", is_flag=True,
              help="Print everything: the obligations, each coding's counts, the drivers, the evidence (by default "
                   "a short answer).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON in the foedus.assessment/3 schema.")
@click.option("--plot", "plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the record and the cumulative breach probability to FILE.png, .svg or .pdf.")
@_quiet_option
@_db_option
def assess(
    state_a: str, state_b: str, treaty: str | None, as_of: int | None, horizon: str, coding: str,
    prior: str | None, specs: bool, full: bool, as_json: bool, plot: Path | None, quiet: bool, db: Path | None,
) -> None:
    """The probability that the alliance of STATE_A and STATE_B is broken within each horizon, with 90%
    intervals, stacked over the model's specifications, beside every coding of the record."""
    from foedus.reliability.assess import assess as run_assessment
    from foedus.reliability.cache import FitCache
    from foedus.reliability.priors import DEFAULT_PRIOR
    from foedus.store import open_store

    steps = _horizons(horizon)
    if steps and max(steps) > 25:
        click.echo(f"warning: a {max(steps)}-year horizon reaches far past what the backtest checks (10 years); "
                   "read it as a rough extrapolation", err=True)
    with _Progress(f"assessing {state_a} – {state_b}", quiet=quiet), open_store(db) as store:
        result = run_assessment(store, state_a, state_b, treaty=treaty, as_of=as_of, horizons=steps,
                                coding=coding, prior=prior or DEFAULT_PRIOR, cache=FitCache())
    if plot is not None:
        from foedus.report.plots import plot_assessment

        plot_assessment(result, plot)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    from foedus.report.assess import print_assessment

    print_assessment(result, _console(), specs=specs, full=full)
    if plot is not None:
        click.echo(f"figure written to {plot}")


@cli.command()
@click.argument("state_a")
@click.argument("state_b")
@click.option("--from", "start", type=int, default=None, help="The first year (default: the ATOP data's first).")
@click.option("--to", "end", type=int, default=None, help="The last year (default: the ATOP data's last).")
@click.option("--scale", type=click.Choice(["valued", "binary"]), default="valued", show_default=True,
              help="Portfolios of ATOP's obligations on 0-3 (defence/offence 3 ... none 0), or any alliance as 1.")
@click.option("--system", type=click.Choice(["cow", "gw"]), default="cow", show_default=True,
              help="The state system whose states make up the portfolios.")
@click.option("--atop-only", "atop_only", is_flag=True, help="Leave the ledgers out: ATOP's alliances alone.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON in the foedus.similarity/1 schema.")
@click.option("--plot", "plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write S and Cohen's kappa by year, with the agreements marked, to FILE.png, .svg or .pdf.")
@_db_option
def similarity(state_a: str, state_b: str, start: int | None, end: int | None, scale: str, system: str,
               atop_only: bool, as_json: bool, plot: Path | None, db: Path | None) -> None:
    """How alike the alliance portfolios of STATE_A and STATE_B were each year: Signorino and Ritter's S (absolute
    and squared distances, and weighted by capabilities), Cohen's kappa, Scott's pi and Kendall's tau-b, beside the
    agreements of their record."""
    from foedus.similarity.pair import pair_similarity
    from foedus.store import open_store

    with open_store(db) as store:
        result = pair_similarity(store, state_a, state_b, start=start, end=end, scale=scale, system=system,
                                 ledgers=not atop_only)
    if plot is not None:
        from foedus.report.similarity import plot_similarity

        plot_similarity(result, plot)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    from foedus.report.similarity import print_similarity

    print_similarity(result, _console())
    if plot is not None:
        click.echo(f"figure written to {plot}")


@cli.command()
@click.option("--coding", default=DEFAULT_CODING, show_default=True, help="The coding of the outcomes.")
@click.option("--horizon", type=int, default=10, show_default=True, help="Years after each origin.")
@click.option("--prior", default=None, help="A named prior (see foedus priors).")
@click.option("--origin", "origins", type=int, multiple=True,
              help="An origin year (repeatable); default: every 5 years from 1900 to the last one with a known "
                   "outcome.")
@click.option("--spec", "specs", multiple=True, help="Only this specification (repeatable); default: all.")
@click.option("--no-cox", "no_cox", is_flag=True, help="Leave out the cause-specific Cox baseline (faster).")
@click.option("--no-cv", "no_cv", is_flag=True, help="Leave out the leave-alliances-out cross-validation.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON in the foedus.backtest/3 schema.")
@click.option("--plot", "plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the calibration figure to FILE.png, .svg or .pdf.")
@_quiet_option
@_db_option
def backtest(coding: str, horizon: int, prior: str | None, origins: tuple[int, ...], specs: tuple[str, ...],
             no_cox: bool, no_cv: bool, as_json: bool, plot: Path | None, quiet: bool, db: Path | None) -> None:
    """Rolling-origin backtest: at every origin, fit on what was known then and forecast breaches within the
    horizon for every alliance in force; score against the simple baselines (Brier and log scores, calibration,
    coverage, leave-alliances-out cross-validation)."""
    from foedus.reliability.cache import FitCache
    from foedus.reliability.fits import backtest as run_backtest
    from foedus.reliability.priors import DEFAULT_PRIOR
    from foedus.store import open_store

    with _Progress("backtesting", quiet=quiet) as progress, open_store(db) as store:
        result = run_backtest(store, horizon=horizon, coding=coding, prior=prior or DEFAULT_PRIOR,
                              origins=list(origins) or None, specs=list(specs) or None, cox=not no_cox,
                              cross_validation=not no_cv, progress=progress.update, cache=FitCache())
    if plot is not None:
        from foedus.report.plots import plot_calibration

        plot_calibration(result, plot)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    from foedus.report.backtest import print_backtest

    print_backtest(result, _console())
    if plot is not None:
        click.echo(f"figure written to {plot}")


@cli.command()
def priors() -> None:
    """List every prior the model uses: on the breach share (from the literature), coefficients and variances."""
    from foedus.reliability.priors import prior_table

    for line in prior_table():
        click.echo(line)


@cli.command("schema")
@click.argument("name", required=False)
@click.option("--from-model", is_flag=True, help="Make the schema from its model even where it has a file.")
def schema(name: str | None, from_model: bool) -> None:
    """Print the JSON Schema named NAME (history, assessment, backtest, ...); with no NAME, list them."""
    from foedus.schemas import SCHEMAS, schema_text

    if name is None:
        width = max(len(n) for n in SCHEMAS)
        for entry in SCHEMAS.values():
            click.echo(f"{entry.name:<{width}}  {entry.document or 'web API':<22}  {entry.title}")
        return
    click.echo(schema_text(name, from_model=from_model), nl=False)


@cli.group("cache")
def cache_group() -> None:
    """The cache of fits (unit-year tables, fits, backtests): where it is, what it holds; clear it.

    Its folder is $FOEDUS_CACHE or your cache directory; it keeps the least recently used entries out past
    $FOEDUS_CACHE_SIZE (default 1GB) on disk and $FOEDUS_CACHE_MEMORY (default 512MB) in a process's memory.
    Entries are arrays and JSON, never pickles: one that cannot be read is computed again.
    """


@cache_group.command("info")
def cache_info() -> None:
    """Print the cache's folder, its entries by kind, its size and its bound."""
    from foedus.reliability.cache import FitCache
    from foedus.text import size_in_words

    info = FitCache().info()
    click.echo(f"folder: {info.folder}")
    kinds = ", ".join(f"{count} {kind}" for kind, count in info.kinds.items()) or "none"
    click.echo(f"entries: {info.entries} ({kinds})")
    click.echo(f"size: {size_in_words(info.size)} of at most {size_in_words(info.limit)} ($FOEDUS_CACHE_SIZE)")


@cache_group.command("clear")
def cache_clear() -> None:
    """Remove every entry of the cache (they are computed again when needed)."""
    from foedus.reliability.cache import FitCache

    cache = FitCache()
    removed = cache.clear()
    click.echo(f"removed {removed} entr{'y' if removed == 1 else 'ies'} from {cache.folder}")


@cli.group()
def ledger() -> None:
    """Check, load and list ledger files."""


@ledger.command("example")
def ledger_example() -> None:
    """Print a small valid ledger to start your own from: one alliance, its events, its ending under two codings
    and its sources (foedus ledger example > my_ledger.yaml)."""
    from importlib.resources import files

    click.echo(files("foedus.ledger").joinpath("example.yaml").read_text(encoding="utf-8"), nl=False)


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
    from foedus.store.tables import ledger_summaries

    with open_store(db) as store:
        rows = ledger_summaries(store)
    table = Table("ledger", "version", "treaties", "events", "outcomes", "origin")
    for r in rows:
        origin = "shipped with foedus" if r.shipped else r.path
        table.add_row(r.name, r.version, str(r.treaties), str(r.events), str(r.outcomes), origin)
    _console().print(table)


@cli.command()
@click.argument("states", nargs=-1)
@click.option("--ledger", "ledger_name", default=None, help="Cite every source of this ledger.")
@click.option("--panel", "panel_file", default=None, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Cite the data a panel FILE written by `foedus panel` used (each family it merged).")
@_db_option
def cite(states: tuple[str, ...], ledger_name: str | None, panel_file: Path | None, db: Path | None) -> None:
    """Print BibTeX for the sources behind the history of two STATES, behind a whole ledger, or behind a panel.

    With none, cite every source in the store, the data foedus rests on, and the covariate datasets imported.
    """
    from foedus.cite import bibtex, imported_data_sources
    from foedus.history import pair_history
    from foedus.store import open_store
    from foedus.store.tables import imported_files, ledger_names
    from foedus.store.tables import sources as ledger_sources

    if states and len(states) != 2:
        raise click.UsageError("name two states, e.g. foedus cite China Russia")
    if panel_file is not None:
        if states or ledger_name:
            raise click.UsageError("--panel cites a panel file alone: give no STATES or --ledger with it")
        from foedus.panel_files import read_panel_metadata

        click.echo(bibtex(read_panel_metadata(panel_file)["sources"], with_foedus=False), nl=False)
        return
    with open_store(db) as store:
        if states:
            sources = pair_history(store, states[0], states[1], tested=False).sources
        else:
            known = ledger_names(store)
            if ledger_name is not None and ledger_name not in known:
                raise FoedusError(f"no ledger named {ledger_name!r} in the store; it has: {', '.join(known)}")
            sources = ledger_sources(store, ledger_name)
            if ledger_name is None:
                sources += imported_data_sources(imported_files(store))
    click.echo(bibtex([{k: v for k, v in s.items() if v is not None} for s in sources]), nl=False)


@cli.command()
@click.argument("name")
@click.option("--on", "on", default=None, help="The date the name is used at: 1896, 1950-02 or 1950-02-14.")
def state(name: str, on: str | None) -> None:
    """Resolve a state's NAME, ISO3, COW abbreviation or code to its COW code, with the period the name applies to.

    Prints a header and one tab-separated row per period of the name ("French Republic" has four).
    """
    from foedus.states import name_periods, resolve_state

    found = resolve_state(name, on=on)
    click.echo("ccode\tcow\tiso3\tname\tperiod")
    for entry in name_periods(name, on=on):
        click.echo(f"{found.ccode}\t{found.cow_abb}\t{found.iso3 or '-'}\t{entry.name}\t{entry.period}")


# --- imported data: ATOP, state systems, panels, downloads -------------------------------------------------------
def _print_import(report: Any) -> None:
    click.echo(str(report))
    for problem in report.problems:
        click.echo(f"skipped: {problem}", err=True)
    for note in report.notes:
        click.echo(f"note: {note}", err=True)


@cli.group("import")
def import_() -> None:
    """Import research data: ATOP, the COW and G-W state systems, the covariates of the breach model, and event
    data."""


@import_.command("atop")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--version", "version", default=None, help="The ATOP version (default: read from the header or name).")
@click.option("--skip-bad-rows", is_flag=True, help="Store a file's good rows even if some are bad; report those.")
@_quiet_option
@_db_option
def import_atop_files(files: tuple[Path, ...], version: str | None, skip_bad_rows: bool, quiet: bool,
                      db: Path | None) -> None:
    """Import ATOP FILES: alliance (atopXa), member (atopXm) or directed dyad-year (atopXddyr) level, 4.x or 5.x.

    Each file is checked, then stored in one transaction; a file with problems stores nothing unless
    --skip-bad-rows is given. Importing a file again replaces its rows.
    """
    from foedus.importers import import_atop
    from foedus.store import open_store

    with _Progress("importing ATOP", quiet=quiet, total=3 * len(files)) as progress, \
            open_store(db, read_only=False) as store:
        for path in files:
            for report in import_atop(path, db=store, version=version, skip_bad_rows=skip_bad_rows,
                                      progress=progress.advance):
                _print_import(report)


@import_.command("states")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--system", type=click.Choice(["cow", "gw"]), required=True, help="The state system of the FILES.")
@click.option("--skip-bad-rows", is_flag=True, help="Store a file's good rows even if some are bad; report those.")
@_quiet_option
@_db_option
def import_state_files(files: tuple[Path, ...], system: str, skip_bad_rows: bool, quiet: bool,
                       db: Path | None) -> None:
    """Import state-system FILES: COW's states2016.csv, system2016.csv, majors2016.csv; G-W's iisystem.dat.

    A new list of a system replaces the one stored before.
    """
    from foedus.importers import import_states
    from foedus.store import open_store

    with _Progress(f"importing {system} states", quiet=quiet, total=3 * len(files)) as progress, \
            open_store(db, read_only=False) as store:
        for path in files:
            for report in import_states(path, system, db=store, skip_bad_rows=skip_bad_rows,
                                        progress=progress.advance):
                _print_import(report)


def _covariate_commands() -> dict[str, str]:
    """Return the covariate datasets' import commands and the files each reads (from the data families' registry,
    which is light: the CLI starts without importing the importers)."""
    from foedus.families import FAMILIES

    return {f.command: f.files_help for f in FAMILIES if f.command is not None}


_COVARIATE_COMMANDS = _covariate_commands()


def _covariate_command(dataset: str, files_help: str) -> None:
    @import_.command(dataset, help=f"""Import FILES of {files_help}.

    The layout is read from each file's header, the version from its name or columns (or --version). Each
    file is checked, then stored in one transaction; a file with problems stores nothing unless
    --skip-bad-rows is given. Importing a file again replaces its rows. Notes (rows left out on purpose,
    codes mapped) are printed on stderr.""")
    @click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--version", "version", default=None, help="The data's version (default: from the name or file).")
    @click.option("--skip-bad-rows", is_flag=True, help="Store a file's good rows even if some are bad; report those.")
    @_quiet_option
    @_db_option
    def command(files: tuple[Path, ...], version: str | None, skip_bad_rows: bool, quiet: bool,
                db: Path | None) -> None:
        from foedus.importers import import_covariates
        from foedus.store import open_store

        with _Progress(f"importing {dataset}", quiet=quiet, total=3 * len(files)) as progress, \
                open_store(db, read_only=False) as store:
            for path in files:
                for report in import_covariates(dataset, path, db=store, version=version,
                                                skip_bad_rows=skip_bad_rows, progress=progress.advance):
                    _print_import(report)


for _dataset, _files_help in _COVARIATE_COMMANDS.items():
    _covariate_command(_dataset, _files_help)


_LIMIT_HELP = {
    "max_line": ("--max-line", "FOEDUS_MAX_LINE", "1MiB", "Refuse (and report) a line longer than this"),
    "max_member": ("--max-member", "FOEDUS_MAX_MEMBER", "16GiB", "Refuse an archive member or .gz unpacking past this"),
    "max_archive": ("--max-archive", "FOEDUS_MAX_ARCHIVE", "32GiB", "Refuse an archive unpacking past this in all"),
    "max_ratio": ("--max-ratio", "FOEDUS_MAX_RATIO", "200", "Refuse an archive unpacking past this many times its "
                                                             "compressed size"),
    "max_download": ("--max-download", "FOEDUS_MAX_DOWNLOAD", "8GiB", "Stop a download with no listed length here"),
    "deadline": ("--deadline", "FOEDUS_DEADLINE", "3600", "Stop a file's whole transfer after this many seconds"),
}


def _limit_options(*names: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Add the options of the limits ``names`` (foedus.limits), each read from its environment variable too."""
    def add(command: Callable[..., Any]) -> Callable[..., Any]:
        for name in reversed(names):
            flag, variable, default, text = _LIMIT_HELP[name]
            command = click.option(flag, name, default=None, metavar="SIZE" if "ratio" not in name and
                                   name != "deadline" else "N",
                                   help=f"{text} (default {default}, or ${variable}; 0: no limit).")(command)
        return command
    return add


def _limits(**given: str | None) -> Any:
    """Return the limits in force: the environment's, with the options given."""
    from foedus.limits import limits, parse_size

    changes: dict[str, float | int | None] = {}
    for name, text in given.items():
        if text is None:
            continue
        if name in ("max_ratio", "deadline"):
            try:
                changes[name] = float(text)
            except ValueError:
                raise click.BadParameter(f"{text!r} is not a number", param_hint=_LIMIT_HELP[name][0]) from None
        else:
            changes[name] = parse_size(text, _LIMIT_HELP[name][0])
    return limits().with_(**changes)


@import_.command("events")
@click.argument("source", type=click.Choice(list(EVENT_LAYOUTS)))
@click.argument("paths", nargs=-1, required=True)
@click.option("--events-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The Parquet dataset to add to (default: <store>-events beside the store).")
@click.option("--strict", is_flag=True, help="Refuse a file with any bad row (by default bad rows are left out).")
@_limit_options("max_line", "max_member", "max_archive", "max_ratio")
@_quiet_option
@_db_option
def import_event_files(source: str, paths: tuple[str, ...], events_dir: Path | None, strict: bool, quiet: bool,
                       db: Path | None, **limits: str | None) -> None:
    """Import event files of SOURCE (GDELT 1.0 or 2.0, ICEWS) from PATHS: files (.CSV, .zip, .gz, .tab), folders
    or globs, streamed into a Parquet dataset partitioned by year and month.

    Each file's layout is checked against the official columns; its rows are stored all or none; bad rows are left
    out and reported with file and line; events already stored (overlapping files) are not stored twice; a file
    imported before adds nothing. Every record is counted by foedus as it reads the file, and must be stored, a
    duplicate or reported, or the file is refused. Lines and archives past the limits below are refused.
    """
    from foedus.events.ingest import import_events
    from foedus.store import open_store

    bounds = _limits(**limits)
    with _Progress(f"importing {source} events", quiet=quiet) as progress, open_store(db, read_only=False) as store:
        for report in import_events(source, list(paths), db=store, events_dir=events_dir, strict=strict,
                                    limits=bounds, progress=progress.update):
            _print_import(report)


@import_.command("list")
@_db_option
def import_list(db: Path | None) -> None:
    """List the imported files: dataset, layout, version, rows, years (days for event files) covered and sha256."""
    from rich.table import Table

    from foedus.importers import imported_files

    table = Table("file", "dataset", "layout", "version", "rows", "skipped", "years", "sha256")
    for r in imported_files(db):
        years = f"{r['coverage_start']}–{r['coverage_end']}" if r["coverage_start"] is not None else ""
        if r.get("first_date") is not None:
            years = f"{r['first_date']}–{r['last_date']}"
        table.add_row(r["name"], r["dataset"], r["layout"], r["version"] or "", f"{r['rows_stored']:,}",
                      f"{r['rows_skipped']:,}", years, r["sha256"][:16])
    _console().print(table)


@cli.group("data")
def data_group() -> None:
    """The tables derived from research datasets that ship with foedus."""


@data_group.command("list")
def data_list() -> None:
    """List the shipped tables: source, version, rows, years, sha256 and what to cite."""
    from rich.table import Table

    from foedus.cite import short_citation
    from foedus.data import shipped_tables

    table = Table("table", "source", "version", "rows", "years", "sha256", "cite")
    for r in shipped_tables():
        years = f"{r['years'][0]}–{r['years'][1]}" if r["years"] else ""
        sha = "" if r["sha256"] is None else r["sha256"][:16] + ("" if r["intact"] else " (file differs!)")
        rows = f"{r['rows']:,}" if r["rows"] is not None else "not built"
        table.add_row(r["name"], r["dataset"], r["version"], rows, years, sha,
                      "; ".join(short_citation(c) for c in r["citations"]))
    _console().print(table)
    click.echo("Rebuild them from the original files with `foedus data build --from DIR`; `foedus cite` gives BibTeX.")


@data_group.command("build")
@click.option("--from", "source", required=True, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="A folder holding the original files (searched recursively by name).")
@click.option("--to", "output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write the tables here instead of into the installed package.")
@click.option("--table", "names", multiple=True, help="Only this table (repeatable).")
@_quiet_option
def data_build(source: Path, output: Path | None, names: tuple[str, ...], quiet: bool) -> None:
    """Rebuild the shipped tables from the original files, byte for byte."""
    from foedus.data.build import build_shipped_tables

    with _Progress("rebuilding the shipped tables", quiet=quiet) as progress:
        built = build_shipped_tables(source, output, names=list(names) or None, progress=progress.update)
    for b in built:
        years = f", {b.years[0]}–{b.years[1]}" if b.years else ""
        click.echo(f"{b.path}: {b.rows:,} rows{years} (sha256 {b.sha256[:16]}…)")


@cli.group("panel")
def panel_group() -> None:
    """Build state-year and dyad-year panels from the imported data and write them to a file."""


def _panel_source_names() -> tuple[str, ...]:
    """Return what ``--with`` merges: every data family's panel verb (the registry's names) and similarity."""
    from foedus.families import panel_names

    return (*panel_names(), "similarity")


_PANEL_SOURCES = _panel_source_names()


def _panel_sources(text: str) -> list[str]:
    sources = [s.strip().lower() for s in text.split(",") if s.strip()]
    unknown = [s for s in sources if s not in _PANEL_SOURCES]
    if unknown:
        raise click.BadParameter(f"{', '.join(unknown)}: use any of {', '.join(_PANEL_SOURCES)}", param_hint="--with")
    return sources


def _write_panel(build: Callable[[Any], Any], sources: list[str], atop_version: str | None, output: Path,
                 db: Path | None, quiet: bool,
                 similarity: tuple[tuple[str, str | None], ...] = (("valued", None),)) -> None:
    import warnings

    from foedus.families import panel_family, panel_verb
    from foedus.panels import UnplacedPledgesWarning, with_alliances
    from foedus.similarity.panel import with_similarity
    from foedus.store import open_store

    with _Progress(f"building the panel for {output.name}", quiet=quiet) as progress, open_store(db) as store, \
            warnings.catch_warnings():
        warnings.simplefilter("ignore", UnplacedPledgesWarning)  # printed below as notes
        panel = build(store)
        for source in sources:
            progress.update(f"merging {source}")
            if source == "atop":
                panel = with_alliances(panel, version=atop_version, db=store)
            elif source == "similarity":
                for scale, weights in similarity:
                    panel = with_similarity(panel, scale=scale, weights=weights, db=store)
            else:
                panel = panel_verb(panel_family(source))(panel, db=store)
        progress.update(f"writing {output}")
        panel.write(output)
    click.echo(f"{output}: {len(panel):,} rows, {', '.join(map(str, panel.frame.columns))}")
    for entry in panel.provenance:
        what = " ".join(str(part) for part in (entry["dataset"], entry["version"], entry["layout"]) if part)
        click.echo(f"  from {entry['file']} ({what}, sha256 {entry['sha256'][:16]}…)")
    for note in panel.notes:
        click.echo(f"note: {note}", err=True)


def _panel_options(func: F) -> F:
    for option in reversed([
        click.option("--system", type=click.Choice(["cow", "gw"]), required=True, help="The state system."),
        click.option("--start", type=int, required=True, help="The first year."),
        click.option("--end", type=int, required=True, help="The last year."),
        click.option("--with", "with_", default="",
                     help=f"Sources to merge, comma-separated: {', '.join(_PANEL_SOURCES)} (similarity, dyad-years "
                          "only: every alliance-portfolio similarity measure on the --similarity-scale, and S "
                          "weighted by capabilities)."),
        click.option("--atop-version", default=None, help="The ATOP version to merge (default: the newest)."),
        click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
                     help="The file to write: FILE.parquet or FILE.csv (with FILE.csv.foedus.json)."),
    ]):
        func = option(func)
    return _db_option(_quiet_option(func))


@panel_group.command("dyad-years")
@_panel_options
@click.option("--nondirected", is_flag=True, help="One row per pair (ccode1 < ccode2) instead of both directions.")
@click.option("--similarity-scale", "similarity_scale", type=click.Choice(["valued", "binary"]), default="valued",
              show_default=True, help="The portfolio scale of --with similarity.")
def panel_dyad_years(system: str, start: int, end: int, with_: str, atop_version: str | None, output: Path,
                     quiet: bool, db: Path | None, nondirected: bool, similarity_scale: str) -> None:
    """Write the dyad-years of a state system from START to END, without false dyads, with merged sources."""
    from foedus.panels import dyad_years

    sources = _panel_sources(with_)
    _write_panel(lambda store: dyad_years(system, start, end, directed=not nondirected, db=store), sources,
                 atop_version, output, db, quiet, ((similarity_scale, None), (similarity_scale, "cinc")))


@panel_group.command("state-years")
@_panel_options
def panel_state_years(system: str, start: int, end: int, with_: str, atop_version: str | None, output: Path,
                      quiet: bool, db: Path | None) -> None:
    """Write the state-years of a state system from START to END, with merged sources (majors, capabilities, ...)."""
    from foedus.families import panel_family
    from foedus.panels import state_years

    sources = _panel_sources(with_)
    dyadic = [s for s in sources if s == "similarity" or "state-year" not in panel_family(s).verb_units]
    if dyadic:
        raise click.BadParameter(f"{', '.join(dyadic)}: between states (ATOP's pledges, portfolio similarity): "
                                 "merge them into dyad-years", param_hint="--with")
    _write_panel(lambda store: state_years(system, start, end, db=store), sources, atop_version, output, db, quiet)


@panel_group.command("cite")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def panel_cite(file: Path) -> None:
    """Print BibTeX for the data behind a panel FILE written by foedus panel (its files and sha256 in notes)."""
    from foedus.cite import bibtex
    from foedus.panel_files import read_panel_metadata

    click.echo(bibtex(read_panel_metadata(file)["sources"], with_foedus=False), nl=False)


@cli.command()
@click.argument("state_a")
@click.argument("state_b")
@click.option("--from", "date_from", default=None,
              help="The first day, e.g. 2022-01-01 (default: the first day with an event of either state).")
@click.option("--to", "date_to", default=None,
              help="The last day, e.g. 2023-12-31 (default: the last day with an event of either state).")
@click.option("--freq", type=click.Choice(["day", "week", "month"]), default="week", show_default=True,
              help="The periods.")
@click.option("--source", type=click.Choice([*EVENT_LAYOUTS, "all"]), default="all", show_default=True,
              help="Which imported event data to read; all: each day from one source only, where they overlap "
                   "GDELT 2.0, then GDELT 1.0, then ICEWS.")
@click.option("--engine", type=click.Choice(list(EVENT_ENGINES)), default="duckdb", show_default=True,
              help="Where the aggregation runs: DuckDB here, or Spark (pip install 'foedus[spark]').")
@click.option("--spark-master", default=None, help="The Spark master URL (default local[2]), e.g. spark://host:7077.")
@click.option("--events-dir", default=None,
              help="The Parquet dataset (default: <store>-events beside the store); s3a://... with Spark.")
@click.option("--actors", type=click.Choice(["government", "all"]), default="government", show_default=True,
              help="Count the states' own organs only (government, military, legislature, courts, police, "
                   "intelligence, or the country itself), or every actor of the two countries.")
@click.option("--weight", type=click.Choice(["events", "articles", "sources"]), default="events", show_default=True,
              help="Count events, or weigh each by its GDELT articles or sources (ICEWS's weigh 0).")
@click.option("--as-added", "as_added", default=None,
              help="The data as they stood on this day (e.g. 2023-03-31): events GDELT added later left out.")
@click.option("--seed", type=int, default=20230321, show_default=True, help="The seed of the bootstrap.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON in the foedus.monitor/1 schema.")
@click.option("--plot", "plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the index with its band, change points and ledger events to FILE.png or FILE.svg.")
@_db_option
def monitor(
    state_a: str, state_b: str, date_from: str | None, date_to: str | None, freq: str, source: str, engine: str,
    spark_master: str | None, events_dir: str | None, actors: str, weight: str, as_added: str | None, seed: int,
    as_json: bool, plot: Path | None, db: Path | None,
) -> None:
    """How STATE_A and STATE_B treat each other, from the imported event data (GDELT, ICEWS): events by quad class
    each way, Goldstein scores, a cooperation index with a 90% band, top CAMEO root codes, change points, and the
    ledger's events."""
    from foedus.events.monitor import monitor as run_monitor
    from foedus.store import open_store

    with open_store(db) as store:
        result = run_monitor(store, state_a, state_b, start=date_from, end=date_to, frequency=freq, source=source,
                             engine=engine, spark_master=spark_master, events_dir=events_dir, seed=seed,
                             actors=actors, weight=weight, as_added=as_added)
    if plot is not None:
        from foedus.report.monitor import plot_monitor

        plot_monitor(result, plot)
    if as_json:  # allow_nan=False: NaN is not JSON; the monitor writes null where a figure is undefined
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, allow_nan=False))
        return
    from foedus.report.monitor import print_monitor

    print_monitor(result, _console())
    if plot is not None:
        click.echo(f"figure written to {plot}")


@cli.command()
@click.argument("dataset", type=click.Choice(["atop", "cow-states", "gw", "gdelt"]))
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to keep the files (default: downloads/DATASET in your data directory).")
@click.option("--url", default=None, help="Fetch from this URL (a folder ending in /, or the file; for gdelt, "
                                          "the master file list) instead.")
@click.option("--no-import", is_flag=True, help="Fetch and check only.")
@click.option("--from", "date_from", default=None, help="gdelt: the first day of files to fetch, e.g. 2022-01-01.")
@click.option("--to", "date_to", default=None, help="gdelt: the last day of files to fetch, e.g. 2023-12-31.")
@_limit_options("max_download", "deadline", "max_member", "max_archive", "max_ratio", "max_line")
@_quiet_option
@_db_option
def download(dataset: str, directory: Path | None, url: str | None, no_import: bool, date_from: str | None,
             date_to: str | None, quiet: bool, db: Path | None, **limits: str | None) -> None:
    """Fetch a DATASET from its publisher, check its sha256 against foedus's pin (or record it), and import it.

    gdelt fetches GDELT 2.0's event files published from --from to --to, checks each against the size and MD5 of
    GDELT's master file list, resumes where a previous run stopped, and imports them.

    Every download follows redirects to http and https only, stops at the length the server lists (or, for
    gdelt, the size the master list gives), or at --max-download when none is listed, and at --deadline for the
    whole transfer; archives are unpacked within the limits below.
    """
    bounds = _limits(**limits)
    if dataset == "gdelt":
        _download_gdelt(directory, url, no_import, date_from, date_to, db, quiet, bounds)
        return
    from foedus.download import download as fetch

    with _Progress(f"downloading {dataset}", quiet=quiet) as progress:
        report = fetch(dataset, directory=directory, url=url, db=db, import_files=not no_import,
                       progress=progress.update, limits=bounds)
    for f in report.files:
        check = {True: "matches the pinned sha256", None: "no pinned sha256: recorded"}[f.pinned]
        click.echo(f"{f.path}: sha256 {f.sha256} ({check})")
    for imported in report.imports:
        _print_import(imported)


def _download_gdelt(directory: Path | None, url: str | None, no_import: bool, date_from: str | None,
                    date_to: str | None, db: Path | None, quiet: bool, bounds: Any = None) -> None:
    import datetime as dt

    from foedus.events.download import download_gdelt

    if not date_from or not date_to:
        raise click.UsageError("gdelt needs --from and --to, e.g. --from 2022-01-01 --to 2023-12-31")
    try:
        first, last = dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to)
    except ValueError:
        raise click.BadParameter("give days such as 2022-01-01", param_hint="--from/--to") from None
    with _Progress("downloading GDELT", quiet=quiet) as progress:
        report = download_gdelt(first, last, directory=directory, url=url, db=db, import_files=not no_import,
                                progress=progress.update, limits=bounds)
    click.echo(f"{len(report.fetched)} files fetched and {len(report.present)} already here, each matching the size "
               "and MD5 of GDELT's master file list")
    for imported in report.imports:
        _print_import(imported)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on (loopback by default: the dashboard is for this machine).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="The port to listen on.")
@click.option("--token", envvar="FOEDUS_TOKEN", default=None, show_envvar=True,
              help="Accept ledgers at POST /api/ledgers from clients that send this token; without it, read-only.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="A host name requests may carry besides localhost, 127.0.0.1 and ::1 (and --host's address); "
                   "repeat for several. Needed to reach a server on --host 0.0.0.0 by this machine's name or address.")
@_db_option
def serve(host: str, port: int, token: str | None, allow_hosts: tuple[str, ...], db: Path | None) -> None:
    """Serve the dashboard and the JSON API (/api, documented at /docs) over the store, opened read-only.

    The model is fitted to every alliance in the background as the server starts (the pages show how far it is),
    after which any pair's assessment takes about a second.

    Requests must name this machine in their Host header (localhost, 127.0.0.1, ::1, --host's address, or a name
    given with --allow-host): that keeps web pages elsewhere from reaching the server through DNS rebinding.
    Needs the web extra: pip install 'foedus[web]'.
    """
    try:
        import uvicorn

        from foedus.web import create_app
        from foedus.web.settings import LOOPBACK_HOSTS
    except ImportError as exc:
        raise click.ClickException(f"{exc.name} is missing: install the web extra, pip install 'foedus[web]'") from None
    wildcard = host in ("0.0.0.0", "::", "")
    allowed = (*LOOPBACK_HOSTS, *(() if wildcard else (host,)), *allow_hosts)
    app = create_app(db, token=token, allowed_hosts=allowed, warm=True)
    shown = f"[{host}]" if ":" in host else host
    mode = "accepts ledgers with the token" if token else "read-only"
    click.echo(f"foedus dashboard on http://{shown}:{port}/ ({mode})", err=True)
    if host not in LOOPBACK_HOSTS and not host.startswith("127."):
        where = "every network interface" if wildcard else f"the address {host}"
        click.echo(
            f"warning: listening on {where}: anyone who can reach this machine can read the store"
            + (", and the token crosses the network in clear text (plain HTTP)" if token else "")
            + f". Requests must name one of: {', '.join(allowed)} (add names with --allow-host).",
            err=True,
        )
    uvicorn.run(app, host=host, port=port, log_level="warning")


# --- tested by war (foedus.tested) ------------------------------------------------------------------------------
@cli.command()
@click.argument("states", nargs=-1)
@click.option("--alliance", default=None, help="Only this alliance: an ATOP id (3200), atop-3200 or a ledger slug.")
@click.option("--cases", "cases_path", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="Write every case to this file: .csv, or .json (schema foedus.tested-cases/1); - prints them.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON in the foedus.tested-cases/1 schema.")
@click.option("--backtest", "backtest_", is_flag=True,
              help="Instead: do earlier violations help the 10-year breach forecast out of sample?")
@_db_option
def tested(states: tuple[str, ...], alliance: str | None, cases_path: Path | None, as_json: bool, backtest_: bool,
           db: Path | None) -> None:
    """Were alliance commitments honoured when the casus foederis arose? Shares under three rule sets, with Wilson
    intervals, beside the published figures; for two STATES (foedus tested China Russia), their cases.

    Each case is one member's obligation in one alliance in force when a partner fought a COW inter-state war,
    judged by the obligation's own terms (a named adversary, whether the partner was attacked...). Every share is
    given with and without the cases whose timing is uncertain (the war data have years, not days).
    """
    from foedus.states import resolve_state
    from foedus.store import open_store
    from foedus.tested import cases_csv, tested_report

    if len(states) not in (0, 2):
        raise click.UsageError("give two states (foedus tested China Russia), or none for the whole universe")
    if backtest_:
        from foedus.reliability.cache import FitCache
        from foedus.tested.backtest import violation_backtest

        with open_store(db) as store:
            found = violation_backtest(store, cache=FitCache())
        click.echo(json.dumps(found.to_dict(), indent=2) if as_json else found.sentence())
        return
    pair = None
    if states:
        first, second = (resolve_state(s).ccode for s in states)
        if first == second:
            raise click.UsageError(f"{states[0]} and {states[1]} are the same state")
        pair = (first, second)
    with open_store(db) as store:
        try:
            report = tested_report(store, pair=pair, alliance=alliance)
        except LookupError as exc:
            raise click.ClickException(str(exc).strip("'\"")) from None
    if cases_path is not None:
        text = (json.dumps(report, ensure_ascii=False, indent=1) + "\n" if cases_path.suffix == ".json"
                else cases_csv(report["cases"]))
        if str(cases_path) == "-":
            click.echo(cases_csv(report["cases"]), nl=False)
            return
        if cases_path.suffix not in (".csv", ".json"):
            raise click.UsageError(f"--cases writes .csv or .json, not {cases_path.suffix or 'a file without one'}")
        cases_path.write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(report['cases']):,} cases to {cases_path}", err=True)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    from foedus.report.tested import print_tested

    print_tested(report, _console(), show_cases=pair is not None or alliance is not None,
                 limit=None if pair is not None or alliance is not None else 40)


def main() -> None:
    """Run the command line."""
    cli(prog_name="foedus")
