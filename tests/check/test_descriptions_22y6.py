"""Agreements told in lower case by the words before their noun ("a defensive alliance", "the neutrality pact"), by
an anniversary rather than a written year, or with no year at all (issue 22, fifth round), each on made-up
sentences: linked only to the one stored agreement of the sentence's (or the article's) states that fits."""

from __future__ import annotations

import datetime as dt

from foedus.check.mentions import find_mentions, gazetteer
from foedus.store import Store
from tests.check.sentences import agreement_links as _links


def _described(store: Store, text: str, published: dt.date | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.target) for m in find_mentions(text, gazetteer(store), published)
            if m.kind == "agreement" and m.how == "kind description"]


def test_words_before_the_noun_tell_the_agreement_of_that_year(check_store: Store) -> None:
    assert _described(check_store, "In February 1921 France and Poland concluded a defensive alliance.") == [
        ("defensive alliance", "treaty:fr-pl-1921-franco-polish-alliance")]


def test_without_a_year_only_the_one_agreement_of_those_states_that_fits(check_store: Store) -> None:
    assert _described(check_store, "Japan and the Soviet Union kept their neutrality pact until the last weeks of "
                                   "the war.") == [("neutrality pact", "treaty:jp-su-1941-neutrality-pact")]
    # France and Poland made several defence pacts: none is told apart without a year
    assert _described(check_store, "France and Poland had a defence pact.") == []
    # "that": the one last told of, which the words alone do not say; "a": any such pact
    assert _described(check_store, "Poland and Czechoslovakia kept that consultation pact for years.") == []
    assert _described(check_store, "Japan and the Soviet Union learnt that a neutrality pact binds the weak.") == []


def test_an_anniversary_tells_the_year(check_store: Store) -> None:
    text = "Eighty years ago today Japan and the Soviet Union signed a neutrality pact."
    assert _described(check_store, text, dt.date(2021, 4, 13)) == [
        ("neutrality pact", "treaty:jp-su-1941-neutrality-pact")]


def test_a_description_with_no_duty_or_kind_is_not_linked(check_store: Store) -> None:
    assert [t for _, t in _links(check_store, "In 1921 France and Poland signed a new secret treaty.")
            if t is not None] == []


def _states(store: Store, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.target) for m in find_mentions(text, gazetteer(store), None) if m.kind == "state"]


def test_capitals_and_demonyms_stand_for_their_states(check_store: Store) -> None:
    text = ("In 1994 Kigali and Bujumbura traded accusations, and Malawian and Zambian envoys went to Lilongwe. "
            "Kuwaitis and Bahrainis met the Omani delegation in 1981.")
    assert _states(check_store, text) == [
        ("Kigali", "state:517"), ("Bujumbura", "state:516"), ("Malawian", "state:553"), ("Zambian", "state:551"),
        ("Lilongwe", "state:553"), ("Kuwaitis", "state:690"), ("Bahrainis", "state:692"), ("Omani", "state:698")]


def test_a_demonym_is_no_state_before_its_state_existed(check_store: Store) -> None:
    # Yemen (679) was formed in May 1990; Bavaria's kingdom ended in January 1871
    assert _states(check_store, "In 1962 Yemeni royalists fought on.") == []
    assert _states(check_store, "In 1995 Yemeni forces crossed the border.") == [("Yemeni", "state:679")]
    assert _states(check_store, "In 1925 the Bavarian government resigned.") == []


def test_an_agreement_told_by_its_noun_and_signing_date(check_store: Store) -> None:
    text = ("Japan and the Soviet Union kept the pact of 13 April 1941 until 1945. France and Poland renewed the "
            "alliance of February 1921. Britain and France honoured the treaty of 3 March 1999.")
    assert _described(check_store, text) == [
        ("pact of 13 April 1941", "treaty:jp-su-1941-neutrality-pact"),
        ("alliance of February 1921", "treaty:fr-pl-1921-franco-polish-alliance")]
    # the date inside stays a date of its own
    dates = [m.text for m in find_mentions(text, gazetteer(check_store), None) if m.kind == "date"]
    assert "13 April 1941" in dates
