"""Fits of the universe, cached on disk: the unit-year table, each specification's fit and the stacking weights.

A fit depends only on the data in the store (the ledgers, the imported files or the shipped tables), the coding,
the specification, the prior and the year it is made as of, and on the version of the model's code. The cache
key is the sha256 of all of these (:func:`store_fingerprint`), so a new ledger version, an import or a newer
foedus makes a new fit, and nothing stale is ever read. Every function here is handed the
:class:`~foedus.reliability.cache.FitCache` it fills by its owner (a CLI call, the web app, a notebook's ledger);
:func:`backtest` and :func:`precompute`, the entry points, make a new one in the default folder when they are not
(:mod:`foedus.reliability.cache`: arrays and JSON, never pickles; an unreadable entry is rebuilt).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from foedus.errors import FoedusError
from foedus.progress import report
from foedus.reliability.backtest import Backtest, cross_validate, origin_years, rolling_forecasts, summarise
from foedus.reliability.cache import MODEL_VERSION, FitCache
from foedus.reliability.design import (
    FEATURES,
    SPECIFICATIONS,
    Specification,
    UnitYears,
    design_matrix,
    get_specification,
    unit_years,
)
from foedus.reliability.priors import DEFAULT_PRIOR, get_prior
from foedus.store.facts import codings as stored_codings
from foedus.store.facts import fingerprint, known_codings, latest_year
from foedus.text import DEFAULT_CODING

if TYPE_CHECKING:
    from foedus.reliability.forecasters import LogisticHazard
    from foedus.reliability.model import BreachModel
    from foedus.store import Store

__all__ = [
    "MODEL_VERSION", "STACKING_HORIZON", "FitStep", "assessment_steps", "backtest", "fitted_logistic", "fitted_model",
    "precompute", "shipped_stacking", "stacked_backtest", "stacking_key", "store_fingerprint", "universe_table",
]

T = TypeVar("T")

#: The horizon, in years, of the backtest whose stacking weights mix the specifications into the headline.
STACKING_HORIZON = 10


def store_fingerprint(store: Store) -> str:
    """Return the part of a fit's cache key that names the data: the store's fingerprint
    (:func:`foedus.store.facts.fingerprint`) without event data, which does not enter a fit, and with the model's
    version."""
    return fingerprint(store, events=False, extra={"model": MODEL_VERSION})


def _cached(key: dict[str, Any], build: Callable[[], T], cache: FitCache) -> T:
    """Return the value cached under ``key`` in ``cache``, or build, store and return it, saying what it builds
    (:func:`foedus.progress.report`)."""

    def built() -> T:
        report(_describe(key))
        return build()

    return cache.get(key, built)


def _describe(key: dict[str, Any]) -> str:
    """Return what building ``key`` does, in words."""
    kind, coding, year = key.get("kind"), key.get("coding"), key.get("as_of")
    if kind == "table":
        return f"building the unit-year table of coding {coding} as of {year}"
    if kind == "fit":
        names = [s.name for s in SPECIFICATIONS]
        spec = key.get("spec")
        which = f"{names.index(spec) + 1} of {len(names)} " if spec in names else ""
        return f"fitting specification {which}({spec}), coding {coding}, prior {key.get('prior')}, as of {year}"
    if kind == "stacking":
        return f"running the backtest that weighs the specifications, coding {coding} (a few minutes, once)"
    return f"computing {kind}"


def universe_table(store: Store, coding: str, as_of: int | None = None, *, cache: FitCache,
                   fingerprint: str | None = None) -> UnitYears:
    """Return the unit-year table of every alliance in ``store`` under ``coding``, as known at the end of
    ``as_of`` (default: the latest year in the store)."""
    from foedus.reliability.spells import major_power_periods, stored_alliances
    from foedus.reliability.units import alliance_units

    year = latest_year(store) if as_of is None else as_of
    # The features name the table's covariates: a family that gives the model a new one makes a new table.
    key = {"kind": "table", "store": fingerprint or store_fingerprint(store), "coding": coding, "as_of": year,
           "features": [f.name for f in FEATURES]}

    def build() -> UnitYears:
        alliances = stored_alliances(store, coding)
        units = alliance_units(alliances, as_of=year, majors=major_power_periods(store))
        return unit_years(store, units, alliances)

    return _cached(key, build, cache)


def fitted_model(store: Store, coding: str, spec: Specification, prior: str, as_of: int, *, cache: FitCache,
                 fingerprint: str | None = None) -> BreachModel:
    """Return the fit of ``spec`` on every unit-year known at the end of ``as_of``, without its training design
    (see :meth:`BreachModel.group_design`)."""
    from foedus.reliability.model import BreachModel

    mark = fingerprint or store_fingerprint(store)
    key = {"kind": "fit", "store": mark, "coding": coding, "spec": spec.name, "prior": prior, "as_of": as_of}

    def build() -> BreachModel:
        table = universe_table(store, coding, as_of, fingerprint=mark, cache=cache)
        return BreachModel(prior=prior).fit(design_matrix(table, spec, as_of)).slim()

    return _cached(key, build, cache)


def fitted_logistic(store: Store, coding: str, name: str, as_of: int, *, cache: FitCache,
                    fingerprint: str | None = None, draws: int = 500) -> LogisticHazard:
    """Return the logistic hazard ``name`` fitted on every unit-year known at the end of ``as_of`` (its parameters
    and covariance are what is cached, as JSON)."""
    from foedus.reliability.forecasters import Training, logistic_forecaster

    mark = fingerprint or store_fingerprint(store)
    key = {"kind": "logistic", "store": mark, "coding": coding, "name": name, "as_of": as_of}
    table = universe_table(store, coding, as_of, fingerprint=mark, cache=cache)
    training = Training(table, as_of)

    def build() -> dict[str, Any]:
        model = logistic_forecaster(name).fit(training)
        return {"params": model.params_.tolist(), "covariance": model.covariance_.tolist()}

    fit = _cached(key, build, cache)
    return logistic_forecaster(name, draws=draws).restore(training, np.array(fit["params"]),
                                                          np.array(fit["covariance"]))


def stacked_backtest(store: Store, coding: str, horizon: int, prior: str, as_of: int | None = None,
                     progress: Callable[[str], None] | None = None, *, cache: FitCache,
                     fingerprint: str | None = None, ship: bool = True) -> Backtest:
    """Return the rolling-origin backtest of every specification (its stacking weights give the headline).

    Only what was known at the end of ``as_of`` is used. With ``ship``, the backtest shipped with foedus is used when
    it was made for exactly this store's content (a fresh store), instead of running it again. The backtest without
    the Cox baseline and cross-validation, which the weights do not need, is what is cached; ``foedus backtest``
    runs the full one.
    """
    year = latest_year(store) if as_of is None else as_of
    key = stacking_key(store, coding, horizon, prior, year, fingerprint=fingerprint)
    mark = key["store"]

    def build() -> Backtest:
        shipped = shipped_stacking(key) if ship else None
        if shipped is not None:
            return shipped
        table = universe_table(store, coding, year, fingerprint=mark, cache=cache)
        results = rolling_forecasts(table, horizon=horizon, origins=origin_years(table, horizon),
                                    specs=SPECIFICATIONS, prior=prior, cox=False, draws=100, progress=progress)
        summary = summarise(results, horizon=horizon, coding=coding, prior=prior, specs=SPECIFICATIONS,
                            cross_validation={})
        summary.forecasts = []  # the weights and scores are what is kept
        return summary

    return _cached(key, build, cache) if ship else build()


def stacking_key(store: Store, coding: str = DEFAULT_CODING, horizon: int = 10, prior: str = DEFAULT_PRIOR,
                 as_of: int | None = None, *, fingerprint: str | None = None) -> dict[str, Any]:
    """Return the cache key of the stacking backtest of ``store`` (what :func:`stacked_backtest` looks up)."""
    year = latest_year(store) if as_of is None else as_of
    return {"kind": "stacking", "store": fingerprint or store_fingerprint(store), "coding": coding,
            "horizon": horizon, "prior": prior, "as_of": year, "specs": [s.name for s in SPECIFICATIONS]}


def shipped_stacking(key: dict[str, Any]) -> Backtest | None:
    """Return the stacking backtest shipped with foedus if it was made for exactly ``key``, else None.

    ``foedus data build`` runs the backtest on a fresh store (the shipped tables and ledgers) and ships its
    weights and scores, so that a new user's first assessment need not run it; any other store, coding, prior or
    model version has another key and runs its own.
    """
    from foedus.data import stacking_document

    document = stacking_document()
    if document is None or document.get("key") != key:
        return None
    return Backtest.from_dict(document["backtest"])


@dataclass(frozen=True)
class FitStep:
    """One piece of the work an assessment needs (a table, a backtest, a fit), to run ahead of time on a store."""

    label: str
    run: Callable[[Store], object]


def assessment_steps(store: Store, *, cache: FitCache, prior: str = DEFAULT_PRIOR,
                     as_of: int | None = None) -> list[FitStep]:
    """Return what :func:`foedus.reliability.assess.assess` computes for any pair at ``as_of`` under each coding,
    as steps that fill ``cache``: each coding's unit-year table and every specification's fit, each
    the stacking backtest of the default coding (which chooses the forecaster for every coding), and the fits of the
    top specification under each prior and of the logistic hazards.

    The default coding (``curated``, which ``all`` also uses) comes first, so that the first pair page is ready
    soonest. Each step computes under the store's content when the steps were made: run them on the same store.
    """
    from foedus.reliability.priors import PRIORS

    year = latest_year(store) if as_of is None else as_of
    mark = store_fingerprint(store)
    codings = [c.name for c in stored_codings(store) if c.used]
    first = sorted(codings, key=lambda c: c != DEFAULT_CODING)
    steps: list[FitStep] = []

    def table(coding: str) -> FitStep:
        return FitStep(f"the unit-year table of coding {coding}",
                       lambda s: universe_table(s, coding, year, fingerprint=mark, cache=cache))

    def fit(coding: str, spec: Specification, chosen: str) -> FitStep:
        return FitStep(f"{spec.label}, coding {coding}" + (f", prior {chosen}" if chosen != prior else ""),
                       lambda s: fitted_model(s, coding, spec, chosen, year, fingerprint=mark, cache=cache))

    def backtest(coding: str) -> FitStep:
        return FitStep(f"the stacking backtest of coding {coding}",
                       lambda s: stacked_backtest(s, coding, STACKING_HORIZON, prior, as_of=year, fingerprint=mark,
                                                        cache=cache))

    def priors(coding: str) -> FitStep:
        def run(s: Store) -> object:
            weights = stacked_backtest(s, DEFAULT_CODING, STACKING_HORIZON, prior, as_of=year, fingerprint=mark,
                                       cache=cache).weights
            top = max(SPECIFICATIONS, key=lambda spec: weights.get(spec.name, 0.0))
            return [fitted_model(s, coding, top, name, year, fingerprint=mark, cache=cache) for name in PRIORS]

        return FitStep(f"the top specification under each prior, coding {coding}", run)

    def logistic(coding: str) -> FitStep:
        def run(s: Store) -> object:
            from foedus.reliability.forecasters import LOGISTIC, LOGISTIC_RECENT

            headline = stacked_backtest(s, DEFAULT_CODING, STACKING_HORIZON, prior, as_of=year,
                                        fingerprint=mark, cache=cache).headline
            names = dict.fromkeys(n for n in (LOGISTIC, headline) if n in (LOGISTIC, LOGISTIC_RECENT))
            return [fitted_logistic(s, coding, name, year, fingerprint=mark, cache=cache) for name in names]

        return FitStep(f"the logistic hazard, coding {coding}", run)

    steps += [table(c) for c in first]
    steps += [fit(c, spec, prior) for c in first for spec in SPECIFICATIONS]
    steps.append(backtest(DEFAULT_CODING))  # the one backtest that chooses every coding's forecaster
    for coding in first:
        steps += [priors(coding), logistic(coding)]
    return steps


def precompute(store: Store, *, prior: str = DEFAULT_PRIOR, as_of: int | None = None,
               progress: Callable[[int, int, str], None] | None = None, cache: FitCache | None = None) -> int:
    """Fit ahead of time everything an assessment at ``as_of`` needs under every coding
    (:func:`assessment_steps`), so that assessing any pair afterwards takes about a second; return the steps run.

    ``progress(done, total, label)`` is called before each step and once at the end. The fits go to ``cache``
    (default: a new cache in the default folder, where later calls that use that folder find them).
    """
    steps = assessment_steps(store, prior=prior, as_of=as_of, cache=cache if cache is not None else FitCache())
    for done, step in enumerate(steps):
        if progress is not None:
            progress(done, len(steps), step.label)
        step.run(store)
    if progress is not None:
        progress(len(steps), len(steps), "done")
    return len(steps)


def backtest(
    store: Store, *, horizon: int = 10, coding: str = DEFAULT_CODING, prior: str = DEFAULT_PRIOR,
    origins: Sequence[int] | None = None, specs: Sequence[str] | None = None, cox: bool = True,
    cross_validation: bool = True, progress: Callable[[str], None] | None = None, cache: FitCache | None = None,
) -> Backtest:
    """Run the rolling-origin backtest on every alliance in ``store`` under ``coding``
    (:mod:`foedus.reliability.backtest`), cached in ``cache`` (default: a new cache in the default folder, for this
    call).

    Raises
    ------
    FoedusError
        On an unknown coding, prior or specification, or a horizon out of range.
    """
    known = list(known_codings(store))
    if coding not in known:
        raise FoedusError(f"unknown coding {coding!r}; choose one of: {', '.join(known)}")
    if not 1 <= horizon <= 50:
        raise FoedusError(f"the horizon must be from 1 to 50 years, not {horizon}")
    try:
        get_prior(prior)
        chosen = [get_specification(n) for n in specs] if specs else list(SPECIFICATIONS)
    except ValueError as exc:
        raise FoedusError(str(exc)) from None

    key = {"kind": "backtest", "store": store_fingerprint(store), "coding": coding, "horizon": horizon,
           "prior": prior, "origins": list(origins) if origins is not None else None,
           "specs": [s.name for s in chosen], "cox": cox, "cross_validation": cross_validation}

    fits = cache if cache is not None else FitCache()

    def run() -> Backtest:
        table = universe_table(store, coding, cache=fits)
        years = list(origins) if origins is not None else origin_years(table, horizon)
        if not years:
            raise FoedusError(f"no origin from 1900 has a known outcome {horizon} years on")
        results = rolling_forecasts(table, horizon=horizon, origins=years, specs=chosen, prior=prior, cox=cox,
                                    progress=progress)
        provisional = summarise(results, horizon=horizon, coding=coding, prior=prior, specs=chosen,
                                cross_validation={})
        if cross_validation:
            provisional.cross_validation = cross_validate(table, horizon=horizon, origins=years, specs=chosen,
                                                          weights=provisional.weights, prior=prior)
        provisional.forecasts = []  # the scores are what is kept
        return provisional

    return fits.get(key, run)
