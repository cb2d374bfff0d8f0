"""Mentions: states by period, agreements by title, alias and description (never a bare fuzzy match), dates with
their precision, durations and counts."""

from __future__ import annotations

import datetime as dt

from foedus.check.mentions import find_mentions, gazetteer, number_value, parse_date
from foedus.store import Store


def _links(store: Store, text: str, published: dt.date | None = None) -> dict[str, str | None]:
    return {m.text: m.target for m in find_mentions(text, gazetteer(store), published) if m.kind in {"state",
                                                                                                  "agreement"}}


def test_names_adjectives_prefixes_and_capitals_link_to_states_by_period(check_store: Store) -> None:
    links = _links(check_store, "In 1896 Tsarist Russia and the Qing signed in Moscow; the Soviet Union and "
                                "Beijing, Sino-Soviet ties, the USSR, Chinese and Russian troops.")
    assert links["Tsarist Russia"] == links["Soviet Union"] == links["USSR"] == links["Moscow"] == "state:365"
    assert links["the Qing"] == links["Beijing"] == links["Sino"] == links["Chinese"] == "state:710"


def test_no_bare_fuzzy_match(check_store: Store) -> None:
    links = _links(check_store, "Sino relations and a casino. The Soviet Union is not China. Ukrainian grain. "
                                "Us and them; the US and us.")
    assert "Sino" not in links  # a prefix only as part of a compound ("Sino-Russian")
    assert links["Soviet Union"] == "state:365" and links["China"] == "state:710"
    assert list(links).count("US") == 1 and "Us" not in links
    assert [text for text, target in links.items() if target == "state:369"] == ["Ukrainian"]  # Ukraine: only there


def test_agreements_by_title_alias_description_and_fuzzy_title(check_store: Store) -> None:
    links = _links(check_store, "Russia and China: the Treaty of Good Neighbourliness and Friendly Co-operation, "
                                "the Li-Lobanov Treaty, the 1950 treaty, and the Treaty of Friendly Bananas.")
    assert links["Treaty of Good Neighbourliness and Friendly Co-operation"] == "treaty:cn-ru-2001-good-neighborliness"
    assert links["Li-Lobanov Treaty"] == "treaty:cn-ru-1896-li-lobanov"
    assert links["the 1950 treaty"] == "treaty:cn-ru-1950-friendship-alliance"
    assert not any("Bananas" in text for text in links)


def test_dates_have_their_precision_and_durations_are_not_dates(check_store: Store) -> None:
    found = find_mentions("In 1896, in July 2001 and on 14 February 1950. They met on March 18. 300 years of rivalry, "
                          "for three hundred years, the 1950s.", gazetteer(check_store), dt.date(2023, 3, 22))
    dates = {m.text: (m.value, m.precision) for m in found if m.kind == "date"}
    assert dates == {"1896": ("1896", "year"), "July 2001": ("2001-07", "month"),
                     "March 18": ("2023-03-18", "day"), "14 February 1950": ("1950-02-14", "day")}
    # a duration's span holds the words that say how it is bounded ("for", "within", "more than", "later")
    assert {m.text for m in found if m.kind == "duration"} == {"300 years", "for three hundred years"}


def test_a_day_without_a_year_is_resolved_against_the_article_or_the_sentence() -> None:
    assert parse_date("March 25", dt.date(2023, 3, 22)) == ("2022-03-25", "day")  # after the article: the year before
    assert parse_date("March 18", dt.date(2023, 3, 22)) == ("2023-03-18", "day")
    assert parse_date("March 18", None) is None


def test_counts_and_ordinals(check_store: Store) -> None:
    found = find_mentions("They allied five times; five alliances, five betrayals, and now the sixth alliance.",
                          gazetteer(check_store), None)
    counts = [(m.text, m.value) for m in found if m.kind == "count"]
    assert counts == [("five times", "5"), ("five alliances", "5"), ("five betrayals", "5"),
                      ("the sixth alliance", "6")]
    assert [number_value(w) for w in ("seventy-six", "76", "five", "a hundred", "zebra")] == [76, 76, 5, 100, None]


def test_atop_ids_name_the_ledgers_treaty_or_the_atop_alliance(check_store: Store) -> None:
    links = _links(check_store, "ATOP 1395 and ATOP 4170 were both signed in Moscow.")
    assert links["ATOP 1395"] == "treaty:cn-ru-1896-li-lobanov"  # a ledger holds it
    assert links["ATOP 4170"] == "treaty:atop-4170"  # known only from ATOP


def test_years_ago_in_hundreds_centuries_and_decades(check_store: Store) -> None:
    found = find_mentions("A hundred and forty years ago today, the war began. Half a century ago today, they landed. "
                          "Two centuries ago the crowns met.", gazetteer(check_store), dt.date(2019, 4, 5))
    dates = {m.text: (m.value, m.precision) for m in found if m.kind == "date"}
    assert dates == {"A hundred and forty years ago today": ("1879-04-05", "day"),
                     "Half a century ago today": ("1969-04-05", "day"), "Two centuries ago": ("1819", "year")}
    assert number_value("a hundred and forty") == 140 and number_value("two hundred") == 200
    assert number_value("a hundred and ninety-nine") == 199 and number_value("nine hundred and eleventy") is None


def test_latin_american_and_african_adjectives_demonyms_and_capitals(check_store: Store) -> None:
    found = find_mentions("Chilean troops and Peruvians met; Santiago and Libreville protested, as did N'Djamena, "
                          "Bangui and the Cypriot government.", gazetteer(check_store), dt.date(2019, 4, 5))
    states = {m.text: m.target for m in found if m.kind == "state"}
    assert states == {"Chilean": "state:155", "Peruvians": "state:135", "Santiago": "state:155",
                      "Libreville": "state:481", "N'Djamena": "state:483", "Bangui": "state:482",
                      "Cypriot": "state:352"}


def test_a_regions_adjective_is_not_a_states_and_a_title_dates_its_second_instrument(check_store: Store) -> None:
    links = _links(check_store, "In 1923 the five Central American republics met; Latin American states and the "
                                "Organization of American States. American troops landed.")
    assert [text for text, target in links.items() if target == "state:2"] == ["American"]  # the last, alone
    assert links["Organization of American States"] == "treaty:atop-3150"  # a name from check/data/atop_names.csv
    links = _links(check_store, "Britain and the Soviet Union: the 1942 treaty. In 1942 Molotov signed the "
                                "Anglo-Soviet Treaty of Alliance in London.")
    # the record's title dates the Treaty of Alliance "(London, 26 May 1942)"; the Declaration by United Nations,
    # signed in 1942 by both, is no treaty
    assert links["the 1942 treaty"] == links["the Anglo-Soviet Treaty of Alliance"] == \
        "treaty:gb-su-1941-anglo-soviet-alliance"


def test_more_adjectives_demonyms_and_capitals(check_store: Store) -> None:
    links = _links(check_store, "In 1985 Zimbabwean, Mozambican and South African troops; Salvadoran, Panamanian and "
                                "Somali officers; Estonians and Lithuanians. In 1950 Rio and Freetown.")
    assert links["Zimbabwean"] == "state:552" and links["Mozambican"] == "state:541"
    assert links["South African"] == "state:560" and links["Salvadoran"] == "state:92"
    assert links["Estonians"] == "state:366" and links["Lithuanians"] == "state:368" and links["Rio"] == "state:140"


def test_relative_dates_are_told_against_the_date_last_written(check_store: Store) -> None:
    text = ("The envoys met on 14 June 1911. Two days later the cabinet agreed, and the following week the decree "
            "went out. Parliament ratified it that October and the king signed it the following February. Later "
            "that month the court sat; the same day the press wrote. A year later the decree lapsed. "
            "He said that May would go.")
    found = find_mentions(text, gazetteer(check_store), dt.date(2020, 1, 1))
    dates = {m.text: (m.value, m.precision) for m in found if m.kind == "date"}
    assert dates["Two days later"] == ("1911-06-16", "day")
    assert dates["that October"] == ("1911-10", "month")
    assert dates["the following February"] == ("1912-02", "month")  # after October: the next year's
    assert dates["Later that month"] == ("1912-02", "month")
    assert "the same day" not in dates  # after a month there is no day to repeat
    # a length of years or months after a date is a duration, not a date: its day or month is never told
    assert "A year later" not in dates
    assert any(m.kind == "duration" and m.text == "A year later" for m in found)
    assert "that May" not in dates  # a name, not a month
    again = find_mentions("Bonn signed on 3 May 1955, the same day as Paris, and Rome in the same month as London.",
                          gazetteer(check_store), None)
    assert [m.text for m in again if m.kind == "date"] == ["3 May 1955"]  # another's day, not the one before
    assert any(m.kind == "duration" and m.text == "Two days later" for m in found)  # still a span of time too


def test_counts_past_twelve_and_in_total(check_store: Store) -> None:
    found = find_mentions("Spain and Portugal shared fourteen treaties and twenty-one accords, seven in total "
                          "with military clauses.", gazetteer(check_store), None)
    counts = {m.text: m.value for m in found if m.kind == "count"}
    assert counts["fourteen treaties"] == "14" and counts["twenty-one accords"] == "21"
    assert counts["seven in total"] == "7"


def test_an_organisations_acronym_heading_a_title_names_the_agreement(check_store: Store) -> None:
    links = _links(check_store, "Senegal and Ghana both stayed in ECOWAS through the 1990s.")
    assert links["ECOWAS"] == "treaty:1981-ecowas-mutual-assistance-defence"


def test_a_three_letter_acronym_names_its_agreement_only_in_capitals(check_store: Store) -> None:
    links = _links(check_store, "Russia and China sat together in the SCO; Britain and Italy had left the WEU by then.")
    assert links["SCO"] == "treaty:1996-shanghai-five" and links["WEU"] == "treaty:1948-brussels-treaty"
    assert "weu" not in _links(check_store, "Britain and Italy met at the weu of the river.")  # a word, not the name


def test_the_articles_pair_is_the_two_most_mentioned_states_ties_broken_by_the_first_named() -> None:
    """Of states mentioned as often, the article's pair takes the one it names first (its subject is named early),
    not the one with the lower code; "the Porte" is the Ottoman government until the sultanate's end."""
    from foedus.check.mentions import article_pair
    from foedus.check.models import Mention

    def state(code: int, at: int) -> Mention:
        return Mention(kind="state", text="x", start=at, end=at + 1, target=f"state:{code}")

    assert article_pair([state(300, 0), state(640, 5), state(200, 9), state(300, 20), state(640, 30),
                         state(200, 40)]) == (300, 640)
    assert article_pair([state(640, 0), state(200, 3), state(200, 9)]) == (200, 640)  # more mentions first


def test_seats_of_government_stand_for_their_state_by_period(check_store: Store) -> None:
    links = _links(check_store, "In 1854 the Porte and the Ballhausplatz agreed, and the Quai d'Orsay waited.")
    assert links["Porte"] == "state:640" and links["Ballhausplatz"] == "state:300" and \
        links["Quai d'Orsay"] == "state:220"
    assert _links(check_store, "In 1936 the Wilhelmstrasse and Palazzo Chigi agreed.") == \
        {"Wilhelmstrasse": "state:255", "Palazzo Chigi": "state:325"}
