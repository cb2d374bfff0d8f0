"""Assess an alliance: the probability that it is breached within a horizon, how sure we can be, and why.

The headline is the *stacked* forecast: every declared specification (:data:`foedus.reliability.design.
SPECIFICATIONS`) is fitted to the whole universe of alliances (ATOP's and the ledgers', :mod:`foedus.universe`),
and their forecasts are mixed with the weights that maximise their out-of-sample log score in the rolling-origin
backtest at ten years (:mod:`foedus.reliability.stacking`). Its 90% interval covers the uncertainty of each
specification's parameters (cluster-robust) and the choice between specifications; it does not cover the choice of
coding, which is shown beside it, nor events the data cannot see.

Beside it: every specification's own figure with its weight (the specification curve), the figure under every
coding, how far the pair's own record moves it, what the alliance obliges and what a breach of it means, how the
shift in the two states' capabilities enters, and the priors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from foedus.alliance_titles import with_year
from foedus.codings import coding_sort_key
from foedus.errors import FoedusError, IncompatibleInputError
from foedus.records import atopid_of
from foedus.reliability.backtest import RECALIBRATED, shift_probabilities
from foedus.reliability.cache import FitCache
from foedus.reliability.design import SPECIFICATIONS, Specification, UnitYears, forecast_rows
from foedus.reliability.fits import (
    STACKING_HORIZON,
    fitted_logistic,
    fitted_model,
    stacked_backtest,
    store_fingerprint,
    universe_table,
)
from foedus.reliability.forecasters import LOGISTIC, LOGISTIC_RECENT, LogisticHazard
from foedus.reliability.model import BreachModel, band, interval
from foedus.reliability.priors import DEFAULT_PRIOR, LITERATURE, PRIORS, get_prior
from foedus.results.names import ASSESSMENT_SCHEMA
from foedus.states import State, resolve_state
from foedus.store.facts import as_of_year
from foedus.store.facts import codings as stored_codings
from foedus.store.tables import ledger_summaries, treaty_title
from foedus.text import DEFAULT_CODING, coding_reading, percent, percents

if TYPE_CHECKING:
    import pandas as pd

    from foedus.reliability.backtest import Backtest
    from foedus.results.assessment import (
        AllianceModel,
        AssessmentModel,
        CapabilitiesModel,
        ComparableModel,
        CurveModel,
        EvidenceModel,
        HazardRatioModel,
        RecordAgreementModel,
        SpecificationModel,
        WarTestedCaseModel,
    )
    from foedus.store import Store

__all__ = [
    "ASSESSMENT_SCHEMA", "Assessment", "assess", "breach_share", "percent", "percents",
]

_HORIZON_LIMIT = 50
_DRAWS = 500
_OBLIGATION_WORDS = {
    "defense": "to defend the other if attacked", "offense": "to join the other in a war it starts",
    "neutrality": "to stay neutral if the other is at war", "non_aggression": "not to attack the other",
    "consultation": "to consult in a crisis",
}


def breach_share(units: pd.DataFrame) -> dict[str, float]:
    """Return the number of units that ended and the share of them that ended in a breach.

    Not the literature's share of commitments broken when tested by war (see
    :data:`foedus.reliability.priors.LITERATURE`): most alliances end without ever being tested.
    """
    ended = units[~units["censored"]]
    if ended.empty:
        return {"units": 0.0, "share": float("nan")}
    return {"units": float(len(ended)), "share": float(ended["breach"].to_numpy(bool).mean())}


def _article(text: str) -> str:
    """Return "a" or "an" for a number read aloud ("an 11% chance", "an 8% chance", "a 5% chance")."""
    digits = text.lstrip("0.") or "0"
    return "an" if digits[0] == "8" or digits.split("%")[0].split(".")[0] in ("11", "18") else "a"


@dataclass
class Assessment:
    """The answer to "how likely is this alliance to be breached, and how sure can we be?" for one pair.

    The parts of the document are held as their result models (:mod:`foedus.results.assessment`); the figures by
    horizon (``main``, ``without_record``, ``by_coding``, ``by_prior``) as :func:`foedus.reliability.model.interval`
    gives them, by horizon in years.
    """

    a: State
    b: State
    as_of: int
    horizons: list[int]
    coding: str
    prior: str
    alliance: AllianceModel
    hypothetical: bool
    main: dict[int, dict[str, float]]
    without_record: dict[int, dict[str, float]]
    by_coding: dict[str, dict[int, dict[str, float]]]
    specifications: list[SpecificationModel]
    by_prior: dict[str, dict[int, dict[str, float]]]
    record: list[RecordAgreementModel]
    record_counts: dict[str, dict[str, int]]
    capabilities: CapabilitiesModel
    hazard_ratios: list[HazardRatioModel]
    frailty: dict[str, dict[str, float]]
    evidence: EvidenceModel
    curve: CurveModel
    comparable: ComparableModel
    as_of_reason: str = ""
    #: Whether the as-of year was asked for (``as_of``) rather than taken from the record.
    as_of_given: bool = False

    @property
    def by_spec(self) -> pd.DataFrame:
        """Return the specification curve as a frame: one row per specification (sorted by its headline figure),
        with its name, label, what enters it, its stacking weight, and its median and 90% interval at each horizon
        (``median_10``, ``low_10``, ``high_10``...)."""
        import pandas as pd

        rows = [{"name": r.name, "label": r.label, "description": r.description, "weight": r.weight,
                 **{f"{k}_{h}": getattr(v, k) for h, v in r.horizons.items() for k in ("median", "low", "high")}}
                for r in self.specifications]
        return pd.DataFrame(rows).set_index("name") if rows else pd.DataFrame()

    def probability(self, horizon: int) -> dict[str, float]:
        """Return the mean, median and 90% interval of P(breach within ``horizon`` years)."""
        return self.main[horizon]

    @property
    def headline_horizon(self) -> int:
        """Return the horizon the sentence speaks of: 10 years if asked for, else the first."""
        return STACKING_HORIZON if STACKING_HORIZON in self.horizons else self.horizons[0]

    def record_sentence(self) -> str:
        """Return how far the pair's own record moves the estimate, in words."""
        h = self.headline_horizon
        before, after = percents(self.without_record[h]["median"], self.main[h]["median"])
        if self.without_record == self.main:  # a headline without a frailty: no record enters beyond the covariates
            return (f"{self.a.name} and {self.b.name}'s own record does not move the estimate: the headline forecaster "
                    "has no pair or state term, so their past alliances count in the fit like any others.")
        entered = [row for row in self.record if row.in_model]
        if not any(row.bilateral for row in entered):
            shared = len(entered)
            if not shared:
                return (f"{self.a.name} and {self.b.name} share no alliance in the model: each state's record in its "
                        f"other alliances moves the estimate from {before} (comparable alliances) to {after}.")
            return (f"{self.a.name} and {self.b.name} share no bilateral alliance in the model, only "
                    f"{shared} multilateral one{'s' if shared != 1 else ''}: each state's record as a member moves "
                    f"the estimate from {before} (comparable alliances) to {after}.")
        return (f"{self.a.name} and {self.b.name}'s record moves the estimate from {before} (comparable alliances, "
                f"without their record) to {after}.")

    def sentence(self) -> str:
        """Return one plain sentence a journalist could quote without misreading it."""
        h = self.headline_horizon
        p = self.main[h]
        median, low, high = percents(p["median"], p["low"], p["high"])
        reading = coding_reading(self.coding)
        what = ("a new alliance between them" if self.hypothetical
                else with_year(self.alliance.title, self.alliance.signed[:4]))
        ev = self.evidence
        return (
            f"{reading} of how {ev.units:,} alliances and alliance memberships since {ev.first_year} ended, "
            f"and of {self.a.name} and {self.b.name}'s own record, foedus estimates {_article(median)} {median} "
            f"chance (90% interval {low} to {high}) that {what} is broken by one of them within {h} years after "
            f"{self.as_of}. This is a statistical estimate, not a prediction of events."
        )

    def _repr_html_(self) -> str:
        """Return the assessment as HTML for notebooks (:func:`foedus.report.notebook.assessment_html`)."""
        from foedus.report.notebook import assessment_html

        return assessment_html(self)

    def to_model(self) -> AssessmentModel:
        """Return the assessment as its result model (:class:`foedus.results.assessment.AssessmentModel`)."""
        from foedus.results.assessment import AssessmentModel

        def horizons(table: dict[int, dict[str, float]]) -> dict[str, dict[str, float]]:
            return {str(h): v for h, v in table.items()}

        return AssessmentModel.model_validate({
            "schema": ASSESSMENT_SCHEMA,
            "pair": [{"ccode": s.ccode, "name": s.name} for s in (self.a, self.b)],
            "as_of": self.as_of, "horizons": self.horizons, "coding": self.coding, "prior": self.prior,
            "prior_source": get_prior(self.prior).source, "alliance": self.alliance,
            "hypothetical": self.hypothetical,
            "probability": horizons(self.main), "without_record": horizons(self.without_record),
            "by_coding": {c: horizons(t) for c, t in self.by_coding.items()},
            "by_specification": self.specifications,
            "by_prior": {p: horizons(t) for p, t in self.by_prior.items()},
            "record": self.record, "record_counts": self.record_counts, "capabilities": self.capabilities,
            "hazard_ratios": self.hazard_ratios, "frailty": self.frailty, "evidence": self.evidence,
            "curve": self.curve, "record_sentence": self.record_sentence(), "sentence": self.sentence(),
            "comparable": self.comparable, "as_of_reason": self.as_of_reason,
        })

    def to_dict(self) -> dict[str, Any]:
        """Return the assessment as a JSON-ready dictionary in the ``foedus.assessment/3`` schema (:meth:`to_model`)."""
        return self.to_model().model_dump(by_alias=True)


@dataclass
class _Target:
    """What is forecast: one unit (a bilateral pair), two member units of one alliance, or a new alliance."""

    units: list[int]
    alliance: str | None
    row: dict[str, Any] | None


def _find_target(table: UnitYears, pair: tuple[int, int], treaty: str | None, as_of: int) -> _Target:
    frame = table.units
    in_force = frame["censored"].to_numpy(bool) & (frame["end"].to_numpy(float) >= as_of + 1)
    a, b = pair
    options: list[tuple[tuple[bool, bool, float], _Target]] = []
    pairs = np.flatnonzero(in_force & (frame["group"].to_numpy() == f"pair:{a}-{b}"))
    for u in pairs:
        found = dict(frame.iloc[u])
        options.append(((True, bool(found["defense"] or found["offense"]), float(found["start"])),
                        _Target([int(u)], str(found["alliance"]), found)))
    members = frame[in_force & (frame["unit"].to_numpy() == "member")]
    shared = set(members.loc[members["ccode1"] == a, "alliance"]) & set(members.loc[members["ccode1"] == b, "alliance"])
    for key in sorted(shared):
        both = members[(members["alliance"] == key) & members["ccode1"].isin([a, b])]
        first = dict(both.iloc[0])
        options.append(((False, bool(first["defense"] or first["offense"]), float(both["start"].max())),
                        _Target([int(i) for i in both.index], key, first)))
    if treaty is not None:
        chosen = [t for _, t in options if t.alliance == treaty]
        if not chosen:
            ended = frame[(frame["alliance"] == treaty)]
            if not ended.empty:
                raise IncompatibleInputError(
                    f"{treaty!r} is not in force between the two states at the end of {as_of}")
            raise IncompatibleInputError(f"{treaty!r} is not an alliance between the two states before the as-of year")
        return chosen[0]
    if not options:
        return _Target([], None, None)
    options.sort(key=lambda o: o[0], reverse=True)
    return options[0][1]


@dataclass
class _Forecast:
    cumulative: NDArray[np.float64]  # draws x years
    without_record: NDArray[np.float64]


def _forecast(model: BreachModel, table: UnitYears, target: _Target, pair: tuple[int, int], as_of: int,
              longest: int, conditions: dict[str, float] | None, major: bool, draws: int,
              seed: int) -> _Forecast:
    """Return the target's cumulative breach probability by year (draws), with and without its own record."""
    from foedus.reliability.design import new_alliance_rows

    theta = model.parameter_draws(draws)
    rng = np.random.default_rng(seed)
    if target.units:
        units = np.array(target.units, dtype=np.int64)
        groups = table.group[table.row_at(units, as_of)]
    else:
        key = f"pair:{pair[0]}-{pair[1]}"
        groups = np.array([table.groups.index(key) if key in table.groups else -1], dtype=np.int64)
    design = model.group_design(table, groups)
    if target.units:
        rows = forecast_rows(table, design, units, as_of, longest)
    else:
        rows = new_alliance_rows(design, conditions or {}, bilateral=True, defense=True, major=major,
                                 origin=as_of, horizon=longest)
    frailty = model.frailty_draws(theta, groups, rng, design)
    everyone = [list(range(len(groups)))]
    with_record = model.forecast(rows, frailty, everyone, theta)[:, 0, :]
    population = np.ones_like(frailty)
    if model.frailty_:
        kinds = np.where(groups >= 0, table.group_kind()[np.maximum(groups, 0)], 0)
        shapes = np.exp(theta[:, 2 * len(model.names_):])[:, kinds]
        population = rng.gamma(shapes, 1.0 / shapes)
    without = model.forecast(rows, population, everyone, theta)[:, 0, :]
    return _Forecast(with_record, without)


def _mix(parts: dict[str, NDArray[np.float64]], weights: dict[str, float], seed: int) -> NDArray[np.float64]:
    """Return draws of the mixture of ``parts`` (each draws x years) with ``weights``."""
    names = [n for n in parts if weights.get(n, 0.0) > 0] or list(parts)
    w = np.array([weights.get(n, 1.0) for n in names], dtype=float)
    w = w / w.sum()
    count = next(iter(parts.values())).shape[0]
    pick = [int(k) for k in np.asarray(np.random.default_rng(seed).choice(len(names), size=count, p=w))]
    return np.stack([parts[names[k]][i] for i, k in enumerate(pick)])


def _logistic_forecast(model: LogisticHazard, table: UnitYears, target: _Target, as_of: int, longest: int,
                       conditions: dict[str, float] | None, major: bool) -> _Forecast:
    """Return the target's cumulative breach probability by year under a logistic hazard (parameter draws); it has
    no frailty, so the pair's record enters only through the covariates and is the same without it."""
    from foedus.reliability.design import new_alliance_rows

    design = model.design_
    assert design is not None
    if target.units:
        rows = forecast_rows(table, design, np.array(target.units, dtype=np.int64), as_of, longest)
    else:
        rows = new_alliance_rows(design, conditions or {}, bilateral=True, defense=True, major=major,
                                 origin=as_of, horizon=longest)
    each = model.probabilities(rows, model.parameter_draws())  # draws x units x years
    cumulative = 1 - np.prod(1 - each, axis=1)  # either member of a two-member target breaching
    return _Forecast(cumulative, cumulative)


def _headline(parts: dict[str, NDArray[np.float64]], weights: dict[str, float], headline: str, shift: float,
              forecasts: dict[str, _Forecast], *, without: bool = False) -> NDArray[np.float64]:
    """Return draws of the headline forecaster: the stacked mixture, the same recalibrated, or a logistic hazard."""
    if headline in (LOGISTIC, LOGISTIC_RECENT):
        chosen = forecasts[headline]
        return chosen.without_record if without else chosen.cumulative
    stacked = _mix(parts, weights, 11)
    return shift_probabilities(stacked, shift) if headline == RECALIBRATED else stacked


def _by_horizon(draws: NDArray[np.float64], horizons: list[int]) -> dict[int, dict[str, float]]:
    return {h: interval(draws[:, h - 1]) for h in horizons}


def assess(
    store: Store,
    a: str | int,
    b: str | int,
    *,
    treaty: str | None = None,
    as_of: int | None = None,
    horizons: tuple[int, ...] | list[int] = (5, 10, 20),
    coding: str = DEFAULT_CODING,
    prior: str = DEFAULT_PRIOR,
    cache: FitCache | None = None,
) -> Assessment:
    """Return the assessment of the alliance between ``a`` and ``b`` in force at the end of ``as_of``.

    Parameters
    ----------
    store : Store
        An open store (the shipped ledgers and tables, and any imports).
    a, b : str or int
        Any name, ISO3, COW abbreviation or COW code of the two states.
    treaty : str, optional
        The alliance to assess (a ledger slug or ``atop-<id>``); by default the pair's current alliance (bilateral
        first, then military, then the latest), or a hypothetical new bilateral defense pact when none is in force.
    as_of : int, optional
        The last year the model may see; by default the latest year in the store (never today's date).
    horizons : sequence of int
        Years after ``as_of``, each from 1 to 50.
    coding : str
        A coding's name, or ``"all"`` for an equal mixture of every coding.
    prior : str
        A prior from :data:`foedus.reliability.priors.PRIORS`.
    cache : FitCache, optional
        The cache of fits its owner holds (a notebook's :class:`foedus.Ledger`, the web app, a CLI call); by
        default a new one in the default folder (``$FOEDUS_CACHE``), for this call: the fits it finds there on disk
        are read, what it fits is written there, and nothing stays in memory after the call.

    Raises
    ------
    FoedusError
        On an unknown coding or prior, horizons out of range, or an as-of year outside the records.
    IncompatibleInputError
        On two names for one state, a treaty that is not an alliance of the pair in force at the as-of year, or an
        as-of year before any alliance began.
    """
    state_a, state_b = resolve_state(a), resolve_state(b)
    if state_a.ccode == state_b.ccode:
        raise IncompatibleInputError(f"{a!r} and {b!r} are the same state ({state_a.ccode}); name two different states")
    steps = sorted({int(h) for h in horizons})
    if not steps or steps[0] < 1 or steps[-1] > _HORIZON_LIMIT:
        raise FoedusError(f"each horizon must be a whole number of years from 1 to {_HORIZON_LIMIT}, not "
                          f"{list(horizons)}")
    try:
        get_prior(prior)
    except ValueError as exc:
        raise FoedusError(str(exc)) from None
    stored = stored_codings(store)
    known = [c.name for c in stored if c.declared]
    if coding != "all" and coding not in known:
        raise FoedusError(f"unknown coding {coding!r}; choose one of: all, {', '.join(known)}")
    used = [c.name for c in stored if c.used]
    codings = used if coding in ("all", *used) else sorted([*used, coding], key=coding_sort_key)
    year = as_of_year(store, as_of)
    pair = (min(state_a.ccode, state_b.ccode), max(state_a.ccode, state_b.ccode))
    longest = max(steps)
    main_coding = DEFAULT_CODING if coding == "all" else coding

    def modelled(c: str) -> str:
        """Return the coding whose fits ``c`` shares: a coding no ending uses yet reads every spell through the
        curated coding, then ATOP's (:mod:`foedus.reliability.spells`), so its table and fits are the curated one's."""
        return c if c in used else DEFAULT_CODING

    mark = store_fingerprint(store)
    fits = cache if cache is not None else FitCache()
    table = universe_table(store, modelled(main_coding), year, fingerprint=mark, cache=fits)
    if table.units.empty:
        raise IncompatibleInputError(f"no alliance began before the end of {year}: choose a later as_of")
    target = _find_target(table, pair, treaty, year)  # before the backtest: a wrong treaty is refused at once
    # The forecaster (the headline and the stacking weights) is chosen once, by the backtest under the default
    # coding; every coding's figure is that forecaster fitted on the coding's own universe. So a coding's figures
    # are the same whichever coding is asked for (the pair page's axis stays put), and `--coding atop` needs no
    # backtest of its own (`foedus backtest --coding atop` scores the forecasters under ATOP's reading).
    backtest = stacked_backtest(store, DEFAULT_CODING, STACKING_HORIZON, prior, as_of=year, fingerprint=mark,
                                cache=fits)
    weights = backtest.weights
    conditions = None
    major = False
    if not target.units:
        from foedus.reliability.design import pair_conditions
        from foedus.reliability.spells import major_power_periods

        conditions = pair_conditions(store, pair[0], pair[1], year)
        periods = major_power_periods(store) or {}
        major = any(lo <= year + 0.5 <= hi for c in pair for lo, hi in periods.get(c, []))

    def forecasts_for(c: str, specs: list[Specification], p: str, *, logistic: tuple[str, ...] = ()
                      ) -> dict[str, _Forecast]:
        t = universe_table(store, modelled(c), year, fingerprint=mark, cache=fits)
        tgt = _find_target(t, pair, target.alliance if target.units else None, year) if target.units else target
        out = {}
        for k, spec in enumerate(specs):
            model = fitted_model(store, modelled(c), spec, p, year, fingerprint=mark, cache=fits)
            out[spec.name] = _forecast(model, t, tgt, pair, year, longest, conditions, major, _DRAWS, 7 + k)
        for name in logistic:
            fit = fitted_logistic(store, modelled(c), name, year, fingerprint=mark, cache=fits, draws=_DRAWS)
            out[name] = _logistic_forecast(fit, t, tgt, year, longest, conditions, major)
        return out

    headline = backtest.headline
    wanted = tuple(dict.fromkeys(n for n in (LOGISTIC, headline) if n in (LOGISTIC, LOGISTIC_RECENT)))
    by_coding_draws: dict[str, NDArray[np.float64]] = {}
    by_coding_without: dict[str, NDArray[np.float64]] = {}
    spec_forecasts: dict[str, dict[str, _Forecast]] = {}
    for c in codings:
        spec_forecasts[c] = forecasts_for(c, list(SPECIFICATIONS), prior, logistic=wanted)
        candidates = {k: f for k, f in spec_forecasts[c].items() if k in weights}
        by_coding_draws[c] = _headline({k: f.cumulative for k, f in candidates.items()}, weights, headline,
                                       backtest.shift, spec_forecasts[c])
        by_coding_without[c] = _headline({k: f.without_record for k, f in candidates.items()}, weights, headline,
                                         backtest.shift, spec_forecasts[c], without=True)
    chosen = codings if coding == "all" else [coding]
    main_draws = _mix({c: by_coding_draws[c] for c in chosen}, {c: 1.0 for c in chosen}, 13)
    main_without = _mix({c: by_coding_without[c] for c in chosen}, {c: 1.0 for c in chosen}, 13)
    curve_rows = [(s.name, s.label, s.describe()) for s in SPECIFICATIONS]
    curve_rows.append((LOGISTIC, "discrete-time logistic hazard", "calendar eras; years in force; bilateral, defense; "
                       "the covariates; multinomial logistic hazard of breach and other endings, no frailty"))
    from foedus.results.assessment import CurveModel, EvidenceModel, HazardRatioModel, SpecificationModel

    headline_step = str(STACKING_HORIZON if STACKING_HORIZON in steps else steps[0])
    by_spec = sorted(
        (SpecificationModel.model_validate({
            "name": name, "label": label, "description": text, "weight": weights.get(name, 0.0),
            "horizons": {str(h): v for h, v in _by_horizon(spec_forecasts[main_coding][name].cumulative,
                                                            steps).items()}})
         for name, label, text in curve_rows),
        key=lambda r: float(r.horizons[headline_step].median))
    top = max(SPECIFICATIONS, key=lambda s: weights.get(s.name, 0.0))
    by_prior = {}
    for name in PRIORS:
        f = forecasts_for(main_coding, [top], name)[top.name]
        by_prior[name] = _by_horizon(f.cumulative, steps)
    main_model = fitted_model(store, modelled(main_coding), top, prior, year, fingerprint=mark, cache=fits)
    covariate_spec = next(s for s in sorted(SPECIFICATIONS, key=lambda s: -weights.get(s.name, 0.0))
                          if s.covariates)
    covariate_model = fitted_model(store, modelled(main_coding), covariate_spec, prior, year, fingerprint=mark,
                                   cache=fits)
    tables = {c: universe_table(store, modelled(c), year, fingerprint=mark, cache=fits) for c in codings}
    record, counts = _record(store, tables, main_coding, pair, state_a, state_b)
    return Assessment(
        a=state_a, b=state_b, as_of=year, horizons=steps, coding=coding, prior=prior,
        alliance=_alliance(store, table, target, year), hypothetical=not target.units,
        main=_by_horizon(main_draws, steps), without_record=_by_horizon(main_without, steps),
        by_coding={c: _by_horizon(d, steps) for c, d in by_coding_draws.items()},
        specifications=by_spec, by_prior=by_prior, record=record, record_counts=counts,
        capabilities=_capabilities(table, target, covariate_model, conditions, year),
        hazard_ratios=[HazardRatioModel.model_validate({**r, "specification": covariate_spec.name})
                       for r in covariate_model.hazard_ratios()],
        frailty=main_model.frailty_shapes(),
        comparable=comparable_share(table, target, year, STACKING_HORIZON),
        as_of_reason=_as_of_reason(store, year, as_of is not None), as_of_given=as_of is not None,
        evidence=EvidenceModel.model_validate({
            **_evidence(store, table, backtest, weights, top, year),
            "interval": _interval_words(backtest.headline, coding),
            **({"coding": _unused_words(coding)} if coding not in ("all", *used) else {}),
            "tested": _war_tested(store, state_a.ccode, state_b.ccode, year)}),
        curve=CurveModel.model_validate({
            "years": list(range(year + 1, year + longest + 1)), **band(main_draws),
            "codings": {c: band(d)["median"] for c, d in by_coding_draws.items()}}),
    )


def comparable_share(table: UnitYears, target: _Target, year: int, horizon: int, *, since: int = 1946,
                     seed: int = 20231) -> ComparableModel:
    """Return the observed ``horizon``-year breach share among units comparable to the target, in force at the end
    of any year ``L`` from ``since`` to ``year - horizon`` (so that the outcome is known): the same bilateral or
    multilateral kind, the same military obligation (defense or offense, or neither), the same major-power status
    and years in force in the same band (under 5, 5 to 15, 15 and more). A unit counts once per such year; the 90%
    interval resamples alliances (a unit's years move together).
    """
    from foedus.reliability.backtest import _cluster_bootstrap
    from foedus.results.assessment import ComparableModel

    frame = table.units
    if target.row is None:
        bilateral, military, major, years = True, True, False, 0.0
    else:
        row = target.row
        bilateral = row["unit"] == "pair"
        military = bool(row["defense"] or row["offense"])
        major = False if _missing(row["major"]) else bool(row["major"])
        years = year + 1.0 - float(row["start"])
    start, end = frame["start"].to_numpy(float), frame["end"].to_numpy(float)
    kind = (frame["unit"].to_numpy() == "pair") == bilateral
    duty = (frame["defense"].to_numpy(bool) | frame["offense"].to_numpy(bool)) == military
    power = frame["major"].astype("boolean").fillna(False).to_numpy(bool) == major
    breach = frame["breach"].to_numpy(bool) & ~frame["censored"].to_numpy(bool)
    band = int(np.digitize([years], [5.0, 15.0])[0])
    cluster = table.alliance[np.searchsorted(table.unit, np.arange(len(frame)))] if table.rows else np.zeros(
        len(frame), dtype=np.int64)
    outcomes, clusters = [], []
    for landmark in range(since, year - horizon + 1):
        alive = (start < landmark + 1) & (end >= landmark + 1) & kind & duty & power
        alive &= np.digitize(landmark + 1.0 - start, [5.0, 15.0]) == band
        chosen = np.flatnonzero(alive)
        outcomes.append(breach[chosen] & (end[chosen] <= landmark + 1 + horizon))
        clusters.append(cluster[chosen])
    y = np.concatenate(outcomes).astype(float) if outcomes else np.zeros(0)
    groups = np.concatenate(clusters) if clusters else np.zeros(0, dtype=np.int64)
    what = {"bilateral": bilateral, "military": military, "major_power": major,
            "years_in_force": ["under 5", "5 to 15", "15 or more"][band], "since": since, "horizon": horizon}
    if not len(y):
        return ComparableModel.model_validate({**what, "unit_years": 0, "breached": 0, "alliances": 0, "share": None,
                                               "low": None, "high": None})
    reps = _cluster_bootstrap(y, np.ones(len(y)), groups, np.random.default_rng(seed))
    low, high = np.nanpercentile(reps, [5, 95])
    return ComparableModel.model_validate({
        **what, "unit_years": len(y), "breached": int(y.sum()), "alliances": len(np.unique(groups)),
        "share": float(y.mean()), "low": float(low), "high": float(high)})


def _missing(value: Any) -> bool:
    import pandas as pd

    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def _as_of_reason(store: Store, year: int, given: bool) -> str:
    """Return the year the forecast starts from and why."""
    from foedus.universe import family_relation

    atop = family_relation(store, "atop_members").last_year
    after = (f" ATOP's records end with {atop}: an alliance known only from ATOP is censored there (its later "
             f"years are not assumed unbroken); a ledger alliance is followed to the end of {year}."
             if atop is not None and atop < year else "")
    if given:
        return f"The forecast starts from the end of {year}, as asked (as_of).{after}"
    return (f"The forecast starts from the end of {year}, the latest year any stored record mentions (a ledger's "
            f"treaty, ending or event; never today's date).{after}")


def _alliance(store: Store, table: UnitYears, target: _Target, year: int) -> AllianceModel:
    from foedus.results.assessment import AllianceModel

    if not target.units or target.row is None:
        return AllianceModel.model_validate({
            "slug": None, "title": "a hypothetical new bilateral defense pact", "signed": str(year + 1),
            "bilateral": True, "source": None, "obligations": ["defense"], "obliges": _obliges(["defense"]),
            "breach_means": _breach_means(["defense"]), "unit": "pair"})
    row = target.row
    obligations = [o for o in ("defense", "offense", "neutrality", "non_aggression", "consultation") if row[o]]
    slug = str(row["alliance"])
    title = str(row["title"])
    described = treaty_title(store, slug)
    if described is not None:
        title = described
    elif (atopid := atopid_of(slug)) is not None:
        from foedus.alliance_titles import atop_alliance_titles

        title = atop_alliance_titles(store, [atopid]).get(atopid, title)
    return AllianceModel.model_validate({
        "slug": slug, "title": title, "signed": str(int(np.floor(float(row["start"])))),
        "bilateral": row["unit"] == "pair", "source": row["source"], "obligations": obligations,
        "obliges": _obliges(obligations), "breach_means": _breach_means(obligations), "unit": row["unit"]})


def _obliges(obligations: list[str]) -> str:
    words = [_OBLIGATION_WORDS[o] for o in obligations if o in _OBLIGATION_WORDS]
    text = "; ".join(words) if words else "no military obligation"
    if "defense" not in obligations:
        text += " (no defense clause: neither promises to fight for the other)"
    return text


def _breach_means(obligations: list[str]) -> str:
    named = ", ".join(o.replace("_", "-") for o in obligations) or "its terms"
    return (f"a member acting against its obligations ({named}) or renouncing the treaty before its term, as a "
            "coding records it (ending 'violated' or 'abrogated'); expiry, replacement by a new treaty, joint "
            "dissolution and loss of independence are other endings, not breaches")


def _record(store: Store, tables: dict[str, UnitYears], main: str, pair: tuple[int, int], a: State,
            b: State) -> tuple[list[RecordAgreementModel], dict[str, dict[str, int]]]:
    """Return the pair's agreements as `foedus history` lists them, marking those that enter the model under each
    coding, and the record counted under each coding (:meth:`foedus.history.PairHistory.record_counts`)."""
    from foedus.history import pair_history
    from foedus.results.assessment import RecordAgreementModel

    history = pair_history(store, a.ccode, b.ccode, tested=False)
    key = f"pair:{pair[0]}-{pair[1]}"

    def in_model(table: UnitYears) -> dict[str, bool]:
        """The alliances that enter the model as a unit of the pair or as both states' member units, each with
        whether a unit of theirs ends in a breach."""
        units = table.units
        ours = units[(units["group"] == key) | ((units["unit"] == "member") & units["ccode1"].isin(pair))]
        members = ours[ours["unit"] == "member"]
        both = set(members.loc[members["ccode1"] == pair[0], "alliance"]) & set(
            members.loc[members["ccode1"] == pair[1], "alliance"])
        ours = ours[(ours["group"] == key) | ours["alliance"].isin(both)]
        return {str(k): bool(v) for k, v in ours.groupby("alliance")["breach"].any().items()}

    model = {c: in_model(t) for c, t in tables.items()}
    rows = []
    for agreement in history.agreements:
        endings: dict[str, str | None] = {}
        for c in tables:
            outcome = history.reading(agreement, c)
            if outcome is None:
                endings[c] = None
                continue
            by_third = (outcome.breach and outcome.breached_by
                        and not {s.ccode for s in outcome.breached_by} & set(pair))
            endings[c] = (outcome.ending + (" (by a third member, not by either of them)" if by_third else "")
                          + (" (ATOP's: no ledger codes it)" if outcome.coding != c else ""))
        ended = agreement.ended is not None or any(e and not e.startswith("in_force") for e in endings.values())
        slug = agreement.key
        rows.append(RecordAgreementModel.model_validate({
            "alliance": slug, "title": agreement.title, "signed": agreement.signed, "ended": agreement.ended,
            "has_ended": ended, "bilateral": not agreement.multilateral, "military": agreement.military,
            "in_model": slug in model[main], "in_model_by_coding": {c: slug in model[c] for c in tables},
            "breached": {c: history.breached(agreement, c) for c in tables}, "endings": endings}))
    counts = {c: n.to_dict() for c, n in history.record_counts(list(tables), model).items()}
    return rows, counts


def _capabilities(table: UnitYears, target: _Target, model: BreachModel, conditions: dict[str, float] | None,
                  year: int) -> CapabilitiesModel:
    """Return how the two states' capability ratio has moved and how the model weighs it."""
    from foedus.results.assessment import CapabilitiesModel

    ratios = {r["covariate"]: r["breach"] for r in model.hazard_ratios()
              if r["covariate"] in ("log_capability_ratio", "capability_shift")}
    if not target.units:
        ratio = float(np.exp(conditions["log_capability_ratio"])) if conditions and np.isfinite(
            conditions.get("log_capability_ratio", np.nan)) else None
        return CapabilitiesModel.model_validate({"ratio_now": ratio, "ratio_at_start": None, "shift": 0.0,
                                                 "hazard_ratios": ratios,
                                                 "note": "A new alliance starts with no shift in capability."})
    unit = np.array(target.units[:1], dtype=np.int64)
    row = table.row_at(unit, year)[0]
    first = table.row_at(unit, int(table.year[np.searchsorted(table.unit, unit[0])]))[0]
    now = table.covariates["log_capability_ratio"][row]
    then = table.covariates["log_capability_ratio"][first]
    shift = table.covariates["capability_shift"][row]
    effect = ratios.get("capability_shift", {}).get("ratio")
    return CapabilitiesModel.model_validate({
        "ratio_now": float(np.exp(now)) if np.isfinite(now) else None,
        "ratio_at_start": float(np.exp(then)) if np.isfinite(then) else None,
        "shift": float(shift) if np.isfinite(shift) else None,
        "hazard_ratios": ratios,
        "note": ("The capability shift is |log(ratio now / ratio at signing)|, carried forward from the last year "
                 "NMC covers; the hazard ratio is per unit of that shift, in the specification with covariates. "
                 + (f"At this shift it multiplies the breach hazard by {effect ** shift:.2f}."
                    if effect is not None and np.isfinite(shift) else "")),
    })


def _war_tested(store: Store, a: int, b: int, year: int) -> list[WarTestedCaseModel]:
    """Return the pair's war-tested cases up to ``year`` where the casus foederis arose (foedus.tested): war, year,
    alliance, member, obligation, the outcome under each rule set, and whether the timing is uncertain."""
    from foedus.results.assessment import WarTestedCaseModel
    from foedus.tested import tested_cases

    return [WarTestedCaseModel.model_validate({
        "war": c.war, "year": c.year, "alliance": c.alliance, "title": c.title, "member": c.member,
        "obligation": c.obligation, "outcomes": dict(c.outcomes), "timing_uncertain": c.timing_uncertain})
        for c in tested_cases(store, (a, b)).cases if c.arose and c.year <= year]


def _evidence(store: Store, table: UnitYears, backtest: Backtest, weights: dict[str, float], top: Specification,
              year: int) -> dict[str, Any]:
    """Return the first part of the evidence (:class:`foedus.results.assessment.EvidenceModel`): the units, the
    backtest behind the weights and the data."""
    from foedus.results.assessment import EvidenceBacktestModel
    from foedus.universe import universe_provenance

    units = table.units
    overall = backtest.overall
    best = min(("overall_rate", "stratified_aalen_johansen", "own_record"),
               key=lambda k: overall.get(k, {}).get("log", float("inf")))
    ledgers = [{"kind": "ledger", "name": r.name, "version": r.version, "sha256": r.sha256}
               for r in ledger_summaries(store)]
    return {
        "units": len(units), "pair_units": int((units["unit"] == "pair").sum()),
        "member_units": int((units["unit"] == "member").sum()), "alliances": len(table.alliances),
        "groups": len(table.groups), "unit_years": table.rows, "breaches": int(units["breach"].sum()),
        "first_year": int(np.floor(units["start"].min())), "last_year": year,
        "breach_share": breach_share(units), "literature": list(LITERATURE),
        "weights": weights, "top_specification": top.name,
        "backtest": EvidenceBacktestModel(
            horizon=backtest.horizon, origins=backtest.origins, headline=backtest.headline,
            stacked=overall.get(backtest.headline, {}), best_baseline=best, baseline=overall.get(best, {}),
            coverage=backtest.coverage, eras=backtest.eras, count_coverage=backtest.count_coverage),
        "data": ledgers + universe_provenance(store),
    }


def _unused_words(coding: str) -> str:
    """Return what an assessment under a coding no ending uses yet rests on, in words."""
    return (f"No ending is coded under {coding} yet: every alliance reads the curated coding's ending, then ATOP's, "
            f"so the figures under {coding} are the curated coding's.")


def _interval_words(headline: str, coding: str) -> str:
    """Return what the headline's 90% interval covers, in words."""
    if headline in (LOGISTIC, LOGISTIC_RECENT):
        what = ("The headline is the discrete-time logistic hazard"
                + (" weighted toward recent decades" if headline == LOGISTIC_RECENT else "")
                + ", which won the leak-free backtest under the curated coding (lowest log score; every coding's "
                "figure uses it; `foedus backtest` gives the table). Its "
                "90% interval covers its parameter uncertainty (robust to the clustering of units in alliances); "
                "the spread between the frailty model's specifications is shown beside it, not inside it.")
    else:
        what = ("The 90% interval covers each specification's parameter uncertainty (robust to the clustering of "
                "units in alliances) and the choice between specifications (weighted by stacking)"
                + (", recalibrated on the recent origins whose outcomes are known" if headline == RECALIBRATED
                   else "") + ".")
    coding_words = (" With every coding weighed, it also covers the choice of coding." if coding == "all" else
                    " It does not cover the choice of coding, shown separately.")
    return what + coding_words + " Nor does it cover anything the data do not record."
