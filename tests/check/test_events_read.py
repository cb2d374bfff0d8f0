"""Dated events read by the grammar of their clauses (issue 22): a passive of an irregular verb or a past
progressive tells an act; an act told at a time counted from another is the record's only if it is between the states
the clause names; a clause of time dates the main clause after it; a clause joined by ", and" is an act at the
sentence's one date; a dated act spans the asides after it. Every sentence is made up for these tests."""

from __future__ import annotations

import re

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _events(result: object) -> list[tuple[str, str, str]]:
    return [(c.text, c.claimed, c.verdict) for c in _claims(result, "event_date")]  # type: ignore[arg-type]


def test_an_irregular_passive_is_an_act_of_its_own_clause(check_store: Store) -> None:
    text = ("Belgium and the Netherlands argued over the Scheldt for years. The Belgian cabinet met on 3 March 1923; "
            "the Dutch ministers were beaten in the lower house on 9 March 1923.")
    events = _events(_check(check_store, text))
    beaten = [e for e in events if "were beaten" in e[0]]
    assert beaten and all("met on" not in e[0] for e in beaten)
    assert all(e[2] == "not_in_record" for e in beaten)


def test_a_past_progressive_is_an_act_at_the_time_counted_from_the_clause_before(check_store: Store) -> None:
    text = ("Norway and Sweden kept apart during the war. King Haakon sailed home to Norway on 7 June 1945, and three "
            "days later Swedish ministers were flying into Oslo.")
    events = _events(_check(check_store, text))
    assert any("were flying into Oslo" in e[0] and "1945-06-10" in e[1] and "sailed home" not in e[0]
               for e in events)


def test_a_war_counted_from_another_is_the_record_s_only_between_both_states(check_store: Store) -> None:
    text = ("Romania declared war on Austria-Hungary on 27 August 1916. Within days Bulgaria had declared war on "
            "Romania as well.")
    events = _events(_check(check_store, text))
    later = [e for e in events if "Bulgaria had declared war" in e[0]]
    assert later and later[0][2] == "not_in_record"


def test_a_clause_of_time_dates_the_main_clause_after_it(check_store: Store) -> None:
    text = ("Iraq and Jordan watched Israel closely in 1967. A month of threats passed. Then, on 2 June 1967, Amman "
            "signed nothing new; when Israel struck Egypt on 5 June 1967, Iraq rushed brigades towards the Jordan, "
            "as the Arab pact asked of it.")
    events = _events(_check(check_store, text))
    assert any("Iraq rushed brigades" in e[0] and "1967-06-05" in e[1] for e in events)


def test_a_clause_joined_by_and_is_an_act_at_the_sentence_s_date(check_store: Store) -> None:
    text = ("Iraq and Jordan watched Israel closely in 1967. When Israel struck Egypt on 5 June 1967, Iraq rushed "
            "brigades towards the Jordan, and Algeria broke off relations with Washington.")
    events = _events(_check(check_store, text))
    algeria = [e for e in events if e[0].startswith("Algeria broke off")]
    assert algeria and "1967-06-05" in algeria[0][1] and algeria[0][2] == "not_in_record"


def test_a_dated_act_spans_the_aside_after_it(check_store: Store) -> None:
    text = ("Mexico and Japan traded little in 1941. Mexico broke relations with Japan on 8 December 1941, well "
            "ahead of most of its neighbours, and seized Japanese ships in its ports on 11 December 1941.")
    events = _events(_check(check_store, text))
    first = [e for e in events if "1941-12-08" in e[1]]
    assert first and "well ahead of most of its neighbours" in first[0][0] and "seized" not in first[0][0]


def test_two_verbs_of_one_clause_are_told_on_the_whole_clause(check_store: Store) -> None:
    text = ("Greece and Albania quarrelled over the border. The Albanian envoy protested in Athens on 3 May 1928 and "
            "departed on 9 May 1928.")
    events = _events(_check(check_store, text))
    assert sorted(re.findall(r"1928-05-\d\d", e[1])[0] for e in events) == ["1928-05-03", "1928-05-09"]
    assert all("protested in Athens on 3 May 1928 and departed on 9 May 1928" in e[0] for e in events)


def test_a_visit_a_year_off_in_the_same_month_is_another_states_when_it_names_two(check_store: Store) -> None:
    # (the record holds Kim Jong Un's visit to Beijing of March 2018; a visit of Zimbabwe's is none of its)
    text = "Zimbabwe and China call each other old friends. Zimbabwe's president flew to Beijing in March 2019."
    [visit] = [e for e in _events(_check(check_store, text)) if "Beijing" in e[0]]
    assert visit[2] == "not_in_record"
    # one state named, the same month a year away: the article's year is wrong, not its event
    text = "North Korea's leader Kim Jong Un visited Beijing in March 2019, his first trip abroad."
    [visit] = [e for e in _events(_check(check_store, text)) if "Beijing" in e[0]]
    assert visit[2] == "contradicts"
