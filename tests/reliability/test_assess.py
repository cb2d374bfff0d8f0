"""Assessing a pair's alliance: probabilities with intervals, the record, codings and priors side by side."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from foedus.errors import FoedusError
from foedus.reliability.assess import Assessment, assess
from foedus.reliability.priors import PRIORS
from foedus.store import Store


@pytest.fixture(scope="module")
def china_russia(_prepared_store: object) -> Assessment:
    from foedus.store import open_store

    with open_store(_prepared_store) as store:  # type: ignore[arg-type]
        return assess(store, "China", "Russia", as_of=2023)


def test_the_current_alliance_is_the_2001_treaty(china_russia: Assessment) -> None:
    assert china_russia.alliance["slug"] == "cn-ru-2001-good-neighborliness"
    assert not china_russia.hypothetical and china_russia.as_of == 2023


def test_never_a_probability_without_its_interval_and_evidence(china_russia: Assessment) -> None:
    document = china_russia.to_dict()
    for h in ("5", "10", "20"):
        p = document["probability"][h]
        assert 0 <= p["low"] < p["median"] < p["high"] <= 1
    assert document["coding"] == "curated" and document["prior"] in PRIORS
    assert document["evidence"]["spells"] > 100 and document["evidence"]["breaches"] > 10
    assert document["evidence"]["pair_spells"] >= 5


def test_probabilities_grow_with_the_horizon(china_russia: Assessment) -> None:
    medians = [china_russia.main[h]["median"] for h in (5, 10, 20)]
    assert medians == sorted(medians)


def test_the_narrative_reading_is_more_pessimistic_than_atops(china_russia: Assessment) -> None:
    by = china_russia.by_coding
    assert set(by) == {"atop", "curated", "narrative-2023"}
    assert by["narrative-2023"][10]["median"] > by["atop"][10]["median"]
    assert set(china_russia.by_prior) == set(PRIORS)


def test_json_follows_the_published_schema(china_russia: Assessment) -> None:
    json.dumps(china_russia.to_dict(), allow_nan=False)  # strict JSON: no NaN for spells still in force
    schema = json.loads((resources.files("foedus") / "schemas" / "assessment-1.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json.dumps(china_russia.to_dict())), schema)


def test_the_sentence_names_the_figure_and_its_interval(china_russia: Assessment) -> None:
    sentence = china_russia.sentence()
    p = china_russia.main[10]
    assert f"{p['median'] * 100:.0f}%" in sentence and "90% interval" in sentence
    assert "after 2023" in sentence and "not a prediction" in sentence


def test_without_an_alliance_a_new_one_is_assessed(store: Store) -> None:
    result = assess(store, "Japan", "Germany", as_of=2023, horizons=[10])
    assert result.hypothetical and "new" in result.sentence()


def test_all_codings_mix_their_draws(store: Store) -> None:
    mixed = assess(store, "China", "Russia", as_of=2023, horizons=[10], coding="all")
    lows = [v[10]["low"] for v in mixed.by_coding.values()]
    highs = [v[10]["high"] for v in mixed.by_coding.values()]
    assert min(lows) <= mixed.main[10]["median"] <= max(highs)


@pytest.mark.parametrize(("as_of", "message"), [(3000, "cannot see past"), (1500, "as_of must be a year from")])
def test_an_as_of_outside_the_records_is_a_clear_error(store: Store, as_of: int, message: str) -> None:
    with pytest.raises(FoedusError, match=message):
        assess(store, "China", "Russia", as_of=as_of)


def test_as_of_is_explicit_and_changes_the_answer(store: Store) -> None:
    early = assess(store, "China", "Russia", as_of=1955, horizons=[10])
    assert early.alliance["slug"] == "cn-ru-1950-friendship-alliance"
    assert early.as_of == 1955


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"coding": "cynic"}, "unknown coding"), ({"prior": "optimist"}, "unknown prior"),
     ({"horizons": [0]}, "horizons"), ({"horizons": [101]}, "horizons"),
     ({"treaty": "cn-ru-1950-friendship-alliance"}, "already ended")],
)
def test_bad_arguments_are_clear_errors(store: Store, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(FoedusError, match=message):
        assess(store, "China", "Russia", as_of=2023, **kwargs)  # type: ignore[arg-type]
