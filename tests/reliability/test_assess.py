"""Assessing a pair's alliance: the stacked figure, its interval, and everything it is set beside."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import numpy as np
import pytest

from foedus.errors import FoedusError, IncompatibleInputError
from foedus.history import pair_history
from foedus.reliability.assess import Assessment, assess, percents
from foedus.reliability.cache import FitCache
from foedus.reliability.design import SPECIFICATIONS
from foedus.reliability.priors import PRIORS
from foedus.store import Store
from tests.reliability import snapshots


@pytest.fixture(scope="module")
def china_russia(_prepared_store: object) -> Assessment:
    from foedus.store import open_store

    with open_store(_prepared_store) as store:  # type: ignore[arg-type]
        return assess(store, "China", "Russia")


def test_the_current_alliance_is_the_2001_treaty_and_what_it_obliges(china_russia: Assessment) -> None:
    alliance = china_russia.alliance
    assert alliance.slug == "cn-ru-2001-good-neighborliness" and not china_russia.hypothetical
    assert set(alliance.obligations) == {"non_aggression", "consultation"}
    assert "no defense clause" in alliance.obliges and "not breaches" in alliance.breach_means
    assert china_russia.as_of == 2024  # the latest year in the records, never today's date


def test_china_russias_figures_are_the_reviewed_ones(china_russia: Assessment) -> None:
    pinned = json.loads(snapshots.CHINA_RUSSIA.read_text(encoding="utf-8"))
    for h, figures in pinned["probability"].items():
        for key, value in figures.items():
            assert china_russia.main[int(h)][key] == pytest.approx(value, abs=2e-3), (h, key)
    for coding, value in pinned["by_coding"].items():
        assert china_russia.by_coding[coding][10]["median"] == pytest.approx(value, abs=2e-3)
    assert china_russia.without_record[10]["median"] == pytest.approx(pinned["without_record"]["10"], abs=2e-3)


def test_the_headline_is_the_forecaster_that_won_the_backtest(china_russia: Assessment) -> None:
    from foedus.reliability.forecasters import LOGISTIC, LOGISTIC_RECENT

    frame = china_russia.by_spec  # the specification curve as a frame
    assert list(frame.index) == [row.name for row in china_russia.specifications]
    assert frame["weight"].sum() == pytest.approx(1.0) and {"median_10", "low_10", "high_10"} <= set(frame.columns)
    names = {row.name for row in china_russia.specifications}
    assert names == {s.name for s in SPECIFICATIONS} | {LOGISTIC}
    assert sum(row.weight for row in china_russia.specifications) == pytest.approx(1.0)
    medians = [row.horizons["10"].median for row in china_russia.specifications]
    assert medians == sorted(medians)  # the specification curve is sorted
    headline = china_russia.evidence.backtest.headline
    if headline == "stacked":
        assert min(medians) <= china_russia.main[10]["median"] <= max(medians)
    if headline in (LOGISTIC, LOGISTIC_RECENT):
        assert "logistic hazard" in china_russia.evidence.interval
        assert china_russia.without_record[10] == china_russia.main[10]  # no frailty: the record enters no further


def test_the_interval_holds_its_draws_and_says_what_it_covers(china_russia: Assessment) -> None:
    main = china_russia.main[10]
    assert 0 < main["low"] < main["median"] < main["high"] < 1
    if china_russia.evidence.backtest.headline == "stacked":
        heaviest = max(china_russia.specifications, key=lambda r: r.weight).horizons["10"]
        assert main["high"] - main["low"] >= 0.8 * (heaviest.high - heaviest.low)
    assert "parameter uncertainty" in china_russia.evidence.interval


def test_the_comparable_base_rate_and_the_as_of_reason_are_given(china_russia: Assessment) -> None:
    c = china_russia.comparable
    assert c.bilateral and c.major_power and c.years_in_force == "15 or more"
    assert c.low is not None and c.share is not None and c.high is not None
    assert c.unit_years > 0 and 0 <= c.low <= c.share <= c.high <= 1
    assert c.share == pytest.approx(c.breached / c.unit_years)
    assert str(china_russia.as_of) in china_russia.as_of_reason


def test_probabilities_grow_with_the_horizon(china_russia: Assessment) -> None:
    medians = [china_russia.main[h]["median"] for h in (5, 10, 20)]
    assert medians == sorted(medians)


def test_the_codings_are_side_by_side_and_the_narrative_is_the_most_pessimistic(china_russia: Assessment) -> None:
    by = china_russia.by_coding
    assert set(by) == {"atop", "curated", "narrative-2023"}
    assert by["narrative-2023"][10]["median"] > by["curated"][10]["median"] > by["atop"][10]["median"]
    assert set(china_russia.by_prior) == set(PRIORS)


def test_history_and_assess_count_breaches_the_same_way(china_russia: Assessment, store: Store) -> None:
    history = pair_history(store, "China", "Russia")
    for coding, counts in china_russia.record_counts.items():
        assert counts["breached"] == len(history.breaches(coding))
        assert counts["agreements"] == len(history.agreements) == len(china_russia.record)
        assert counts["breached_in_model"] <= counts["in_model"] <= counts["agreements"]
        # every breach the model counts is one the coding records
        entered = [r for r in china_russia.record if r.in_model_by_coding[coding]]
        assert len(entered) == counts["in_model"]
        assert sum(r.breached[coding] for r in entered) == counts["breached_in_model"]
    laos = next(r for r in china_russia.record if "Laos" in r.title)
    assert str(laos.endings["curated"]).startswith("violated (by a third member")


def test_the_pairs_own_record_is_said_in_words(china_russia: Assessment) -> None:
    before, after = percents(china_russia.without_record[10]["median"], china_russia.main[10]["median"])
    if china_russia.without_record == china_russia.main:  # a headline without a frailty says so, not "from x to x"
        assert china_russia.record_sentence().startswith("China and Russia's own record does not move the estimate")
        return
    assert china_russia.record_sentence() == (
        f"China and Russia's record moves the estimate from {before} (comparable alliances, without their record) "
        f"to {after}.")


def test_the_capability_shift_since_2001_enters_as_nmc_measures_it(china_russia: Assessment) -> None:
    caps = china_russia.capabilities
    assert caps.ratio_at_start == pytest.approx(3.09, abs=0.02)
    assert caps.ratio_now == pytest.approx(6.13, abs=0.02)
    assert caps.shift == pytest.approx(np.log(6.13 / 3.09), abs=0.01)
    assert "capability_shift" in caps.hazard_ratios


def test_major_power_status_enters_end_to_end(china_russia: Assessment, store: Store, fit_cache: FitCache) -> None:
    from foedus.reliability.fits import universe_table

    table = universe_table(store, "curated", cache=fit_cache)
    unit = table.units[table.units["alliance"] == "cn-ru-2001-good-neighborliness"].iloc[0]
    assert bool(unit["major"])
    assert "major_power" in {r.covariate for r in china_russia.hazard_ratios}


def test_json_follows_the_published_schema(china_russia: Assessment) -> None:
    document = json.loads(json.dumps(china_russia.to_dict(), allow_nan=False))
    schema = json.loads((resources.files("foedus") / "schemas" / "assessment-3.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["evidence"]["data"][0]["kind"] == "ledger"
    families = {d["family"]: d["kind"] for d in document["evidence"]["data"] if "family" in d}
    assert families["atop_members"] == "shipped" and families["capabilities"] == "shipped"


def test_the_sentence_names_the_figure_its_interval_and_the_universe(china_russia: Assessment) -> None:
    sentence = china_russia.sentence()
    median, low, high = percents(*(china_russia.main[10][k] for k in ("median", "low", "high")))
    assert f"{median} chance (90% interval {low} to {high})" in sentence
    assert "after 2024" in sentence and "not a prediction" in sentence
    assert f"{china_russia.evidence.units:,}" in sentence


def test_an_assessment_in_a_notebook_puts_the_headline_first_and_folds_the_rest(china_russia: Assessment) -> None:
    from foedus.vocabulary import ENDINGS, OBLIGATIONS
    from tests.report.reading import read

    markup = china_russia._repr_html_()
    page = read(markup)
    assert page.text.startswith("China – Russia: P(breach within 10 years after 2024) = ")
    assert china_russia.sentence() in page.text
    assert markup.count("<details>") == 3 and len(markup) < 40_000  # a page, not a wall of text
    assert page.cells and all("text-align: left" in style for style in page.cells)
    assert not [t for t in (*ENDINGS, *OBLIGATIONS) if "_" in t and t in page.text]
    assert "narrative-2023" in page.text and "Treaty of Nerchinsk" in page.text


def test_numbers_share_one_precision() -> None:
    assert percents(0.113, 0.06, 0.21) == ["11%", "6%", "21%"]
    assert percents(0.0136, 0.004, 0.0358) == ["1.4%", "0.4%", "3.6%"]
    assert percents(0.2, 0.005, 0.5) == ["20.0%", "0.5%", "50.0%"]


def test_without_an_alliance_a_new_one_is_assessed(store: Store) -> None:
    result = assess(store, "Japan", "Germany", horizons=[10])
    assert result.hypothetical and "new alliance" in result.sentence()
    assert result.capabilities.shift == 0.0


def test_all_codings_mix_their_draws(store: Store) -> None:
    mixed = assess(store, "China", "Russia", horizons=[10], coding="all")
    medians = [v[10]["median"] for v in mixed.by_coding.values()]
    assert min(medians) <= mixed.main[10]["median"] <= max(medians)
    assert set(mixed.curve.codings) == {"atop", "curated", "narrative-2023"}


def test_a_pair_in_a_multilateral_alliance_is_two_members(store: Store) -> None:
    result = assess(store, "France", "Italy", horizons=[10])
    assert result.alliance.unit in ("pair", "member")
    assert 0 < result.main[10]["median"] < 1


def test_an_atop_only_alliance_is_named_listed_and_read_through_atops_ending(store: Store) -> None:
    result = assess(store, "France", "Russia", horizons=[10], as_of=2016)  # ATOP 4.01 runs to 2016
    title = "ATOP 4170: Consultation pact between French Fifth Republic and Russian Federation (1992)"
    assert (result.alliance.slug, result.alliance.title) == ("atop-4170", title)
    assert f"that {title} is broken" in result.sentence()  # its year is said once, not "the 1992 ATOP 4170 ..."
    (row,) = [r for r in result.record if r.alliance == "atop-4170"]
    assert row.in_model and row.title == title
    # under the default coding it is not "not coded": every coding reads ATOP's ending, and says so
    assert row.endings == {c: "in_force" + ("" if c == "atop" else " (ATOP's: no ledger codes it)")
                              for c in result.by_coding}


def test_as_of_is_explicit_and_changes_the_answer(store: Store) -> None:
    early = assess(store, "China", "Russia", as_of=1955, horizons=[10])
    assert early.alliance.slug == "cn-ru-1950-friendship-alliance" and early.as_of == 1955


@pytest.mark.parametrize(("as_of", "message"), [(3000, "cannot see past"), (1500, "must be a year from")])
def test_an_as_of_outside_the_records_is_a_clear_error(store: Store, as_of: int, message: str) -> None:
    with pytest.raises(FoedusError, match=message):
        assess(store, "China", "Russia", as_of=as_of)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"coding": "cynic"}, "unknown coding"), ({"prior": "optimist"}, "unknown prior"),
     ({"horizons": [0]}, "each horizon must be a whole number of years from 1 to 50"),
     ({"horizons": [51]}, r"from 1 to 50, not \[51\]")],
)
def test_bad_arguments_are_clear_errors(store: Store, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(FoedusError, match=message) as raised:
        assess(store, "China", "Russia", **kwargs)  # type: ignore[arg-type]
    assert not isinstance(raised.value, IncompatibleInputError)  # a bad value on its own, not a mismatch


@pytest.mark.parametrize(
    ("b", "kwargs", "message"),
    [("PRC", {}, "same state"),
     ("Russia", {"treaty": "cn-ru-1950-friendship-alliance"}, "not in force"),
     ("Russia", {"treaty": "us-uk-1999-imaginary"}, "not an alliance between the two states"),
     ("Russia", {"as_of": 1700}, "no alliance began before the end of 1700")],
)
def test_arguments_that_do_not_fit_together_are_incompatible(
    store: Store, b: str, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(IncompatibleInputError, match=message):
        assess(store, "China", b, **kwargs)  # type: ignore[arg-type]


def test_a_coding_a_ledger_declares_before_any_ending_uses_it_is_known_everywhere(store_path: Path,
                                                                                 tmp_path: Path) -> None:
    """history, assess and backtest answer "which codings exist" the same way (foedus.store.codings)."""
    from foedus.ledger.files import read_ledger
    from foedus.reliability.fits import backtest
    from foedus.store import known_codings, open_store

    text = resources.files("foedus.ledger").joinpath("example.yaml").read_text(encoding="utf-8")
    declared_only = text[:text.index("  - treaty: fr-su-1935-mutual-assistance\n    coding: my-reading")]
    (tmp_path / "declared.yaml").write_text(declared_only, encoding="utf-8")
    with open_store(store_path, read_only=False) as writer:
        writer.load(read_ledger(tmp_path / "declared.yaml"))
    with open_store(store_path) as store:
        assert "my-reading" in known_codings(store)
        assert pair_history(store, "France", "Soviet Union", coding="my-reading").agreements
        with pytest.raises(IncompatibleInputError, match="as_of must be a year"):  # past the coding's check
            assess(store, "China", "Russia", coding="my-reading", as_of=3000)
        with pytest.raises(FoedusError, match="horizon must be"):
            backtest(store, coding="my-reading", horizon=0)
        with pytest.raises(FoedusError, match="unknown coding 'nobody-declared-this'"):
            assess(store, "China", "Russia", coding="nobody-declared-this")


def test_an_assessment_under_a_coding_no_ending_uses_yet_says_so_and_reads_curated(
    store_path: Path, china_russia: Assessment
) -> None:
    """A coding a loaded ledger declares, before any ending uses it: history accepts it, and so does assess, whose
    figures are then the curated coding's (every spell reads curated, then ATOP) and which says so (issue 18)."""
    from foedus.store import codings, open_store

    with open_store(store_path, read_only=False) as writer:  # what a ledger load stores for a declared coding alone
        writer.connection.execute("INSERT INTO codings VALUES ('sino-russian', 'my-reading', 'curated', 'mine')")
    with open_store(store_path) as store:
        listed = {c.name: c for c in codings(store)}
        assert listed["my-reading"].declared and not listed["my-reading"].used
        assert listed["curated"].declared and listed["curated"].used and listed["atop"].used
        assert pair_history(store, "China", "Russia", coding="my-reading").agreements
        result = assess(store, "China", "Russia", coding="my-reading")
    assert "No ending is coded under my-reading yet" in (result.evidence.coding_note or "")
    assert china_russia.evidence.coding_note is None and "coding" not in china_russia.to_dict()["evidence"]
    for h in result.horizons:
        assert result.main[h]["median"] == pytest.approx(china_russia.main[h]["median"], abs=2e-3)
    assert set(result.by_coding) == {*china_russia.by_coding, "my-reading"}
