"""Assess an alliance: the probability that it is breached within a horizon, with the evidence and its spread.

The assessment of a pair fits the breach model (:mod:`foedus.reliability.model`) to every alliance spell in the
store under each coding and each prior, and reads off the pair's current alliance: the probability of a breach
within each horizon after ``as_of``, its 90% interval, the same for comparable alliances without the pair's own
record (the base rate), each covariate's contribution, and how the figure moves with the coding and the prior.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from foedus.codings import coding_sort_key
from foedus.errors import FoedusError, IncompatibleInputError
from foedus.reliability.model import BreachModel, Exposure, SpellContext
from foedus.reliability.priors import DEFAULT_PRIOR, LITERATURE, PRIORS, get_prior
from foedus.reliability.spells import stored_spells
from foedus.states import State, resolve_state

if TYPE_CHECKING:
    import pandas as pd

    from foedus.store import Store

__all__ = [
    "ASSESSMENT_SCHEMA", "Assessment", "assess", "breach_share", "coding_names", "latest_year", "percent",
    "year_range",
]

#: The name and version of the JSON document :meth:`Assessment.to_dict` returns.
ASSESSMENT_SCHEMA = "foedus.assessment/1"
_HORIZON_LIMIT = 100


def coding_names(store: Store) -> list[str]:
    """Return the codings the store's outcomes use, built-in ones first."""
    used = {r["coding"] for r in store.query("SELECT DISTINCT coding FROM outcomes")}
    return sorted(used, key=coding_sort_key)


def breach_share(spells: pd.DataFrame) -> dict[str, float]:
    """Return the share of ended spells that ended in a breach: unweighted, and weighted as in the fit.

    Not the same quantity as the literature's shares of commitments broken when tested by war (see
    :data:`foedus.reliability.priors.LITERATURE`): most alliances end without ever being tested.
    """
    ended = spells[~spells["censored"]]
    if ended.empty:
        return {"spells": 0.0, "share": float("nan"), "weighted_share": float("nan")}
    weights = ended["weight"].to_numpy(float)
    breaches = ended["breach"].to_numpy(bool)
    return {"spells": float(len(ended)), "share": float(breaches.mean()),
            "weighted_share": float(np.average(breaches, weights=weights))}


def year_range(store: Store) -> tuple[int, int]:
    """Return the first year a stored treaty was signed and the latest year any stored record mentions."""
    latest = latest_year(store)
    first = store.query("SELECT min(signed_year) AS year FROM treaties")[0]["year"]
    return (int(first) if first is not None else latest), latest


def latest_year(store: Store) -> int:
    """Return the latest year any stored record mentions: the default ``as_of`` (it never depends on today)."""
    row = store.query(
        """SELECT greatest(
               (SELECT max(signed_year) FROM treaties), (SELECT max(ended_year) FROM treaties),
               (SELECT max(year) FROM events)) AS year"""
    )
    year = row[0]["year"] if row else None
    if year is None:
        raise FoedusError("the store holds no treaties: load a ledger first (foedus ledger load PATH)")
    return int(year)


@dataclass
class Fit:
    """One fit of the model under a coding and a prior, and its forecast for the pair's alliance."""

    coding: str
    prior: str
    model: BreachModel
    spells: pd.DataFrame
    forecast: dict[str, Any]
    base_rate: dict[str, Any]

    @property
    def breaches(self) -> int:
        """Return the number of spells that ended in a breach."""
        return int(self.spells["breach"].sum())


@dataclass
class Assessment:
    """The answer to "how likely is this alliance to be breached, and how sure can we be?" for one pair."""

    a: State
    b: State
    as_of: int
    horizons: list[int]
    coding: str
    prior: str
    alliance: dict[str, Any]
    hypothetical: bool
    record: list[dict[str, Any]]
    main: dict[int, dict[str, float]]
    base_rate: dict[int, dict[str, float]]
    by_coding: dict[str, dict[int, dict[str, float]]]
    by_prior: dict[str, dict[int, dict[str, float]]]
    contributions: list[dict[str, Any]]
    hazard_ratios: list[dict[str, Any]]
    evidence: dict[str, Any]
    curve: dict[str, Any] = field(default_factory=dict)

    def probability(self, horizon: int) -> dict[str, float]:
        """Return the mean, median and 90% interval of P(breach within ``horizon`` years)."""
        return self.main[horizon]

    def sentence(self) -> str:
        """Return one plain sentence a journalist could quote without misreading it."""
        h = 10 if 10 in self.horizons else self.horizons[0]
        p = self.main[h]
        reading = {"all": "weighing every coding of the record equally", "curated": "on foedus's curated reading",
                   "atop": "on ATOP's coding", "narrative-2023": "on the 2023 narrative's reading"}.get(
            self.coding, f"on the {self.coding} coding")
        what = ("a new alliance between them" if self.hypothetical
                else f"the {self.alliance['signed'][:4]} {self.alliance['title']}")
        spread = f"{percent(p['low'])} to {percent(p['high'])}"
        return (
            f"{reading[0].upper()}{reading[1:]} of the {self.evidence['pair_spells']} alliance spells between "
            f"{self.a.name} and {self.b.name} ({self.evidence['pair_breaches']} ended in a breach), and of how "
            f"{self.evidence['spells']} alliance spells since {self.evidence['first_year']} ended, foedus estimates a "
            f"{percent(p['median'])} chance (90% interval {spread}) that {what} is broken by one of them within {h} "
            f"years after {self.as_of}; for comparable alliances in general the figure is "
            f"{percent(self.base_rate[h]['median'])}. This is a statistical estimate, not a prediction of events."
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the assessment as a JSON-ready dictionary in the ``foedus.assessment/1`` schema."""
        def horizons(table: dict[int, dict[str, float]]) -> dict[str, dict[str, float]]:
            return {str(h): v for h, v in table.items()}

        return {
            "schema": ASSESSMENT_SCHEMA,
            "pair": [{"ccode": s.ccode, "name": s.name} for s in (self.a, self.b)],
            "as_of": self.as_of,
            "horizons": self.horizons,
            "coding": self.coding,
            "prior": self.prior,
            "prior_source": get_prior(self.prior).source,
            "alliance": self.alliance,
            "hypothetical": self.hypothetical,
            "probability": horizons(self.main),
            "base_rate": horizons(self.base_rate),
            "by_coding": {c: horizons(t) for c, t in self.by_coding.items()},
            "by_prior": {p: horizons(t) for p, t in self.by_prior.items()},
            "contributions": self.contributions,
            "hazard_ratios": self.hazard_ratios,
            "record": self.record,
            "evidence": self.evidence,
            "curve": self.curve,
            "sentence": self.sentence(),
        }


def percent(value: float) -> str:
    return f"{value * 100:.0f}%" if value >= 0.01 else f"{value * 100:.1f}%"


def _current_spell(spells: pd.DataFrame, pair: tuple[int, int], treaty: str | None) -> dict[str, Any] | None:
    mine = spells[(spells["ccode1"] == pair[0]) & (spells["ccode2"] == pair[1])]
    if treaty is not None:
        chosen = mine[mine["alliance"] == treaty]
        if chosen.empty:
            raise IncompatibleInputError(f"{treaty!r} is not an alliance between the two states before the as-of year")
        row = chosen.iloc[-1]
        if not row["censored"]:
            raise IncompatibleInputError(f"{treaty!r} had already ended ({row['ending']}) by the as-of year")
        return dict(row)
    live = mine[mine["censored"]]
    if live.empty:
        return None
    live = live.sort_values(["bilateral", "defense", "start"], ascending=[False, False, False])
    return dict(live.iloc[0])


def _context(model: BreachModel, spell: dict[str, Any] | None, pair: tuple[int, int], as_of: int) -> SpellContext:
    data = model.data_
    assert data is not None
    index = data.pairs.index(pair) if pair in data.pairs else None
    history_x = history_exposure = None
    breaches = 0.0
    if index is not None:
        rows = data.pair == index
        history_x = data.x[rows]
        history_exposure = data.exposure[rows] * data.weight[rows]
        breaches = float(np.sum(data.breach[rows] * data.weight[rows]))
    if spell is None:  # a hypothetical new bilateral defense pact, signed in the year after as_of
        return SpellContext(start=as_of + 0.5, defense_or_offense=True, bilateral=True, breaches=breaches,
                            history_x=history_x, history_exposure=history_exposure)
    return SpellContext(
        start=float(spell["start"]), defense_or_offense=bool(spell["defense"] or spell["offense"]),
        bilateral=bool(spell["bilateral"]), major_power=spell.get("major") is True, breaches=breaches,
        history_x=history_x, history_exposure=history_exposure,
    )


def _fit(spells: pd.DataFrame, coding: str, prior: str, as_of: int, pair: tuple[int, int], treaty: str | None,
         horizons: list[int], warm: Any = None, exposure: Exposure | None = None, curves: bool = False,
         ) -> tuple[Fit, dict[str, Any] | None]:
    model = BreachModel(prior=prior).fit(spells, warm=warm, exposure=exposure)
    spell = _current_spell(spells, pair, treaty)
    context = _context(model, spell, pair, as_of)
    draws = model.parameter_draws()
    forecast = model.forecast(context, as_of, horizons, draws=draws, curves=curves)
    base = model.forecast(context, as_of, horizons, pooled_only=True, draws=draws, curves=False)
    return Fit(coding, prior, model, spells, forecast, base), spell


def _mixture(fits: list[Fit], horizons: list[int], key: str = "forecast") -> dict[int, dict[str, float]]:
    table = {}
    for h in horizons:
        values = np.concatenate([getattr(f, key)["draws"][h] for f in fits])
        low, median, high = np.percentile(values, [5, 50, 95])
        table[h] = {"mean": float(values.mean()), "median": float(median), "low": float(low), "high": float(high)}
    return table


def assess(
    store: Store,
    a: str | int,
    b: str | int,
    *,
    treaty: str | None = None,
    as_of: int | None = None,
    horizons: tuple[int, ...] | list[int] = (5, 10, 20),
    coding: str = "curated",
    prior: str = DEFAULT_PRIOR,
) -> Assessment:
    """Return the assessment of the alliance between ``a`` and ``b`` in force at the end of ``as_of``.

    Parameters
    ----------
    store : Store
        An open store with ledgers loaded.
    a, b : str or int
        Any name, ISO3, COW abbreviation or COW code of the two states.
    treaty : str, optional
        The slug of the alliance to assess; by default the pair's current alliance (bilateral and military first,
        then the latest), or a hypothetical new one when none is in force.
    as_of : int, optional
        The last year the model may see, within the years the records cover; by default the latest year in the
        store (never today's date).
    horizons : sequence of int
        Years after ``as_of``, each between 1 and 100.
    coding : str
        A coding's name, or ``"all"`` for an equal mixture of every coding in the store.
    prior : str
        A prior from :data:`foedus.reliability.priors.PRIORS`.

    Raises
    ------
    FoedusError
        On an unknown coding or prior, or horizons out of range.
    IncompatibleInputError
        On two names for one state, a treaty that is not the pair's alliance in force, or an as-of year before
        any alliance.
    """
    state_a, state_b = resolve_state(a), resolve_state(b)
    if state_a.ccode == state_b.ccode:
        raise IncompatibleInputError(f"{a!r} and {b!r} are the same state ({state_a.ccode}); name two different states")
    steps = sorted({int(h) for h in horizons})
    if not steps or steps[0] < 1 or steps[-1] > _HORIZON_LIMIT:
        raise FoedusError(f"horizons must be whole years from 1 to {_HORIZON_LIMIT}, not {list(horizons)}")
    try:
        get_prior(prior)
    except ValueError as exc:
        raise FoedusError(str(exc)) from None
    codings = coding_names(store)
    if coding != "all" and coding not in codings:
        raise FoedusError(f"unknown coding {coding!r}; choose one of: all, {', '.join(codings)}")
    earliest, latest = year_range(store)
    if as_of is not None and not earliest <= as_of <= latest:
        raise FoedusError(f"as_of must be a year from {earliest} to {latest} (the years the records cover), "
                          f"not {as_of}: the model cannot see past its records")
    year = latest if as_of is None else as_of
    pair = (min(state_a.ccode, state_b.ccode), max(state_a.ccode, state_b.ccode))

    spells = {c: stored_spells(store, c, as_of=year) for c in codings}
    if any(frame.empty for frame in spells.values()):
        raise IncompatibleInputError(f"no alliance began before the end of {year}: choose a later as_of")
    main_coding = "curated" if coding == "all" else coding
    first = _fit(spells[main_coding], main_coding, prior, year, pair, treaty, steps, curves=True)
    warm = first[0].model.params_
    by_coding_fits = {
        c: first if c == main_coding else _fit(spells[c], c, prior, year, pair, treaty, steps, warm)
        for c in codings
    }
    by_prior_fits = {
        p: first if p == prior else _fit(spells[main_coding], main_coding, p, year, pair, treaty, steps, warm,
                                         exposure=first[0].model.data_)
        for p in PRIORS
    }
    chosen = list(f for f, _ in by_coding_fits.values()) if coding == "all" else [by_coding_fits[coding][0]]
    main_fit, spell = by_coding_fits[main_coding]
    main = _mixture(chosen, steps)
    base = _mixture(chosen, steps, key="base_rate")
    record_frame = main_fit.spells[(main_fit.spells["ccode1"] == pair[0]) & (main_fit.spells["ccode2"] == pair[1])]
    record = [
        {"alliance": r["alliance"], "title": r["title"], "start": round(float(r["start"]), 2),
         "end": None if r["censored"] else round(float(r["end"]), 2),
         "ending": None if r["censored"] else str(r["ending"]), "breach": bool(r["breach"]),
         "coded_by": None if r["censored"] else str(r["coded_by"]), "bilateral": bool(r["bilateral"]),
         "endings": {c: _ending_of(f.spells, r["alliance"], pair) for c, (f, _) in by_coding_fits.items()}}
        for r in record_frame.to_dict("records")
    ]
    context = _context(main_fit.model, spell, pair, year)
    alliance = ({"slug": spell["alliance"], "title": spell["title"], "signed": _year_text(spell["start"]),
                 "bilateral": bool(spell["bilateral"]), "source": spell["source"]}
                if spell is not None else {"slug": None, "title": "a hypothetical new bilateral defense pact",
                                           "signed": str(year + 1), "bilateral": True, "source": None})
    pair_spells = len(record_frame)
    return Assessment(
        a=state_a, b=state_b, as_of=year, horizons=steps, coding=coding, prior=prior, alliance=alliance,
        hypothetical=spell is None, record=record, main=main, base_rate=base,
        by_coding={c: f.forecast["horizons"] for c, (f, _) in by_coding_fits.items()},
        by_prior={p: f.forecast["horizons"] for p, (f, _) in by_prior_fits.items()},
        contributions=main_fit.model.contributions(context, year),
        hazard_ratios=main_fit.model.hazard_ratios(),
        evidence={
            "spells": len(main_fit.spells), "breaches": main_fit.breaches,
            "pairs": main_fit.model.summary_["pairs"], "spell_years": main_fit.model.summary_["spell_years"],
            "first_year": int(np.floor(main_fit.spells["start"].min())),
            "pair_spells": pair_spells, "pair_breaches": int(record_frame["breach"].sum()),
            "breach_share": breach_share(main_fit.spells), "literature": list(LITERATURE),
            "frailty": main_fit.forecast["frailty"], "frailty_shape": main_fit.model.frailty_shape_,
            "sources": sorted(set(main_fit.spells["source"])),
            "data": _provenance(store, set(main_fit.spells["source"])),
            "by_coding": {c: {"spells": len(f.spells), "breaches": f.breaches}
                          for c, (f, _) in by_coding_fits.items()},
        },
        curve={"years": main_fit.forecast["years"], **main_fit.forecast["cumulative"],
               "hazard": main_fit.forecast["hazard"]},
    )


def _provenance(store: Store, sources: set[str]) -> list[dict[str, Any]]:
    """Return the ledgers (and, if used, the imported ATOP files) an assessment rests on, with their sha256."""
    data = [{"kind": "ledger", "name": r["name"], "version": r["version"], "sha256": r["sha256"]}
            for r in store.query("SELECT name, version, sha256 FROM ledgers ORDER BY name")]
    if "atop" in sources:
        data += [{"kind": "imported", "name": r["name"], "version": r["version"], "sha256": r["sha256"]}
                 for r in store.query("SELECT name, version, sha256 FROM imported_files "
                                      "WHERE dataset = 'atop' ORDER BY name")]
    return data


def _year_text(value: float) -> str:
    return str(int(np.floor(value)))


def _ending_of(spells: pd.DataFrame, alliance: str, pair: tuple[int, int]) -> str | None:
    rows = spells[(spells["alliance"] == alliance) & (spells["ccode1"] == pair[0]) & (spells["ccode2"] == pair[1])]
    if rows.empty:
        return None
    row = rows.iloc[0]
    return None if row["censored"] else str(row["ending"])
