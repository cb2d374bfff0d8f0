"""The rules that tie a sentence to its record, each on a short made-up sentence (the record is the shipped ledgers').

Events are found by the kind their verbs tell of or by words shared with the record's description; a breach is
dated as an event; parties are read after "by", "bound" and before "joined"; a dissolution is an ending; a
protocol dissolving an agreement is no signing of it; counts read ATOP-only alliances under every coding; months
without a year, "once" and "twice", and agreements described by their partner are read.
"""

from __future__ import annotations

import datetime as dt

from foedus.check import check_text
from foedus.check.claims._records import _gap
from foedus.check.mentions import find_mentions, gazetteer
from foedus.check.models import CheckResult, Claim
from foedus.dates import PartialDate
from foedus.store import Store


def _check(store: Store, body: str, published: str = "2024-12-01") -> CheckResult:
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def _claims(result: CheckResult, kind: str) -> list[Claim]:
    return [c for c in result.claims if c.kind == kind]


def test_declared_war_finds_an_ally_honouring_its_pledge(check_store: Store) -> None:
    right = _claims(_check(check_store, "Italy declared war on France and Britain on 10 June 1940."), "event_date")
    assert [c.verdict for c in right] == ["consistent"] and right[0].records[0].id.startswith("1940-italy-")
    wrong = _claims(_check(check_store, "Italy declared war on France and Britain on 12 June 1940."), "event_date")
    assert [c.verdict for c in wrong] == ["contradicts"]  # two of the sentence's states: firmly tied, two days off


def test_an_event_told_without_a_known_verb_is_found_by_the_words_it_shares_with_the_record(check_store: Store) -> None:
    text = "In November {} Mogadishu expelled the Soviet advisers and closed Berbera to the Soviet navy."
    right = _claims(_check(check_store, text.format(1977)), "event_date")
    assert [(c.verdict, c.records[0].id) for c in right] == [("consistent", "1977-somalia-abrogates-soviet-treaty")]
    wrong = _claims(_check(check_store, text.format(1976)), "event_date")
    assert [c.verdict for c in wrong] == ["contradicts"]
    # names alone ("the Soviet navy at Berbera") are no tie: nothing is claimed of an event
    assert not _claims(_check(check_store, "In 1977 the Soviet Union was still at Berbera."), "event_date")


def test_a_breach_is_dated_as_an_event_and_ends_the_agreement(check_store: Store) -> None:
    result = _check(check_store, "The Rhineland Pact was signed at Locarno in 1925. On 7 March 1936 Germany broke it.")
    events = _claims(result, "event_date")
    assert [(c.verdict, c.records[0].id) for c in events] == [("consistent", "1936-rhineland-remilitarisation")]
    assert [c.claimed.split(":")[-1].strip() for c in _claims(result, "ending")] == ["ended in a breach (betrayal)"]
    assert not [c for c in _claims(result, "agreement_date") if "1936" in c.claimed]


def test_parties_after_by_bound_and_before_joined(check_store: Store) -> None:
    by = _claims(_check(check_store, "The Pact of Steel was signed in Berlin on 22 May 1939 by Germany, Italy and "
                                     "Japan."), "agreement_parties")
    assert [c.verdict for c in by] == ["contradicts"] and "Japan" in by[0].claimed
    bound = _claims(_check(check_store, "The Pact of Steel bound Germany and Italy to fight side by side."),
                    "agreement_parties")
    assert [c.verdict for c in bound] == ["consistent"]
    joined = _claims(_check(check_store, "Greece and Japan joined NATO in 1952."), "agreement_parties")
    assert [c.verdict for c in joined] == ["contradicts"] and "Japan" in joined[0].claimed


def test_a_protocol_dissolving_an_agreement_dates_its_end_not_its_signing(check_store: Store) -> None:
    result = _check(check_store, "The remaining members signed a protocol dissolving the Warsaw Pact on 1 July 1991.")
    dated = _claims(result, "agreement_date")
    assert [(c.verdict, c.record_value) for c in dated] == [("consistent", "ended 1991-07-01")]
    assert [c.verdict for c in _claims(result, "ending")] == ["depends_on_coding"]  # ATOP: abrogated


def test_one_members_withdrawal_does_not_end_a_multilateral_agreement(check_store: Store) -> None:
    dated = _claims(_check(check_store, "The Warsaw Pact was disbanded in September 1968."), "agreement_date")
    assert [(c.verdict, c.record_value) for c in dated] == [("contradicts", "ended 1991-07-01")]


def test_the_signing_of_an_agreement_foedus_does_not_know_is_not_the_named_ones(check_store: Store) -> None:
    result = _check(check_store, "On 13 December 1921 the powers signed the Pacific Harmony Treaty, which replaced the "
                                 "Anglo-Japanese Alliance.")
    assert not [c for c in _claims(result, "agreement_date") if c.verdict == "contradicts"]
    assert [c.verdict for c in _claims(result, "ending")] == ["consistent"]


def test_a_verb_of_another_act_between_signing_and_the_agreement(check_store: Store) -> None:
    result = _check(check_store, "On 9 November 2024 Moscow signed the law ratifying its treaty with Pyongyang.")
    assert not _claims(result, "agreement_date")
    assert [(c.verdict, c.records[0].id) for c in _claims(result, "event_date")] == [
        ("consistent", "2024-russia-ratifies-dprk-treaty")]


def test_counts_read_atop_only_alliances_under_every_coding(check_store: Store) -> None:
    result = _check(check_store, "Britain and Russia have been allied only twice.")
    counts = _claims(result, "count")
    assert [c.verdict for c in counts] == ["consistent"]
    assert all(a.answer.startswith("2") for a in counts[0].codings)  # 1844 (ATOP only) and 1941
    # a dataset is silent on what was signed after its last agreement: the 2024 treaty is counted under every coding
    later = _claims(_check(check_store, "Moscow has now signed three treaties with Pyongyang."), "count")
    assert [c.verdict for c in later] == ["consistent"]


def test_months_without_a_year_once_twice_and_partners(check_store: Store) -> None:
    gaz = gazetteer(check_store)
    found = find_mentions("Troops arrived in October. Talks began in December. In 1979 Iran signed. They left in "
                          "March that year. Spain and Portugal have been allied only once; the pact was renewed twice.",
                          gaz, dt.date(2024, 11, 12))
    assert [(m.text, m.value) for m in found if m.kind == "date" and m.precision == "month"] == [
        ("October", "2024-10"), ("December", "2023-12"), ("March", "1979-03")]
    assert [(m.text, m.value) for m in found if m.kind == "count"] == [("only once", "1")]
    linked = {m.text: m.target for m in find_mentions("In 1955 Moscow extended its friendship treaty with Finland. "
                                                      "The Indo-Pacific and the Indo-Pakistani war.", gaz, None)}
    assert linked["friendship treaty with Finland"] == "treaty:fi-su-1948-friendship-treaty"
    assert "Indo" in linked and list(linked).count("Indo") == 1  # the Indo-Pakistani war, not the Indo-Pacific
    assert next(m.start for m in find_mentions("The Indo-Pacific and the Indo-Pakistani war.", gaz, None)
                if m.text == "Indo") == len("The Indo-Pacific and the ")


def test_a_month_and_a_day_inside_it_are_no_days_apart() -> None:
    assert _gap(PartialDate.parse("1972-11"), PartialDate.parse("1972-11-08")) == 0
    assert _gap(PartialDate.parse("1939-09-05"), PartialDate.parse("1939-09-03")) == 2
    assert _gap(PartialDate.parse("1958-03"), PartialDate.parse("1959-03-24")) == 358


def test_joining_a_war_is_no_claim_of_joining_the_agreement_named_after_it(check_store: Store) -> None:
    result = _check(check_store, "In 1939 Britain and Italy joined the war, honouring the Pact of Steel.")
    assert not _claims(result, "agreement_parties")


def test_joining_is_no_signing_and_an_alliance_of_other_states_is_no_referent(check_store: Store) -> None:
    result = _check(check_store, "Japan and the United States signed their security treaty in San Francisco on "
                                 "8 September 1951. Greece and Turkey joined NATO in 1952, and West Germany joined "
                                 "it in May 1955. Britain and Russia have been allied twice, and each time the "
                                 "alliance was broken.")
    assert not [c for c in _claims(result, "agreement_date") if "NATO" in c.claimed or "it" in c.claimed.split()]
    assert not [c for c in _claims(result, "ending") if "alliance" in c.claimed]  # not the US-Japan treaty's


def test_it_as_the_subject_of_an_ending_anywhere_in_the_sentence(check_store: Store) -> None:
    result = _check(check_store, "Moscow and Beijing signed the Treaty of Friendship, Alliance and Mutual Assistance "
                                 "on 14 February 1950. China gave notice in April 1979 that it would not renew it, and "
                                 "it expired in 1980.")
    assert [c.verdict for c in _claims(result, "ending")] == ["depends_on_coding"]  # the 2023 narrative: violated


def test_a_signing_of_an_agreement_described_not_named_is_checked_against_the_states_agreement(
        check_store: Store) -> None:
    right = _check(check_store, "China and the Soviet Union signed a treaty of friendship on 14 February 1950.")
    assert [c.verdict for c in _claims(right, "agreement_date")] == ["consistent"]
    assert [c.verdict for c in _claims(right, "agreement_parties")] == ["consistent"]
    wrong = _check(check_store, "China and the Soviet Union signed a treaty of friendship on 14 February 1951.")
    assert [c.verdict for c in _claims(wrong, "agreement_date")] == ["contradicts"]
    unknown = _check(check_store, "Iceland and Peru signed a defence pact in March 1980.")
    assert [c.verdict for c in _claims(unknown, "agreement_date")] == ["not_in_record"]
    assert _claims(unknown, "agreement_date")[0].proposed_entry


def test_a_clause_that_leaves_out_the_verb_of_signing_repeats_it_for_its_own_states(check_store: Store) -> None:
    result = _check(check_store, "China and the Soviet Union signed a treaty of friendship on 14 February 1950; "
                                 "North Korea and the Soviet Union followed on 6 July 1962.")
    dated = _claims(result, "agreement_date")
    assert [(c.verdict, c.record_value) for c in dated] == [("consistent", "signed 1950-02-14"),
                                                            ("contradicts", "signed 1961-07-06")]


def test_capitals_name_their_states_but_not_inside_a_treatys_name(check_store: Store) -> None:
    result = _check(check_store, "Minsk and Moscow signed a union treaty on 2 April 1997.")
    assert {m.target for m in result.mentions if m.kind == "state"} == {"state:370", "state:365"}
    assert [c.verdict for c in _claims(result, "agreement_date")] == ["consistent"]
    named = _check(check_store, "Bulgaria lost its gains at the Treaty of Bucharest in 1913.")
    assert [m.text for m in named.mentions if m.kind == "state"] == ["Bulgaria"]


def test_entry_into_and_exit_from_an_agreement_are_checked_against_the_membership(check_store: Store) -> None:
    right = _claims(_check(check_store, "Albania left the Warsaw Pact in September 1968."), "event_date")
    assert [(c.verdict, c.record_value) for c in right] == [("consistent", "left 1968-09-13")]
    # the agreement the article was last about, where the sentence names none
    wrong = _check(check_store, "The Warsaw Pact was signed in 1955. Albania withdrew in September 1967.")
    assert [c.verdict for c in _claims(wrong, "event_date")] == ["contradicts"]
    # a state that never was a member: a wrong party, told once (no entry "not in the record" beside it)
    never = _check(check_store, "Japan joined the Warsaw Pact in 1960.")
    assert [c.verdict for c in _claims(never, "agreement_parties")] == ["contradicts"]
    assert _claims(never, "event_date") == []


def test_entry_into_force_is_checked_against_the_records_date(check_store: Store) -> None:
    result = _check(check_store, "The North Atlantic Treaty was signed in April 1949. It entered into force on 24 "
                                 "August 1950.")
    assert [(c.verdict, c.record_value) for c in _claims(result, "event_date")] == [("contradicts",
                                                                                     "in force 1949-08-24")]
    # the signing is read once, and the date of entry into force as that, never as a date of signing
    assert [(c.verdict, " in force " in c.claimed) for c in _claims(result, "agreement_date")] == [
        ("consistent", False), ("contradicts", True)]


def test_counts_told_by_only_and_never(check_store: Store) -> None:
    never = _claims(_check(check_store, "Iceland and Peru have never signed an alliance."), "count")
    assert [c.verdict for c in never] == ["consistent"]
    only = _claims(_check(check_store, "China and North Korea concluded the only alliance they have ever signed."),
                   "count")
    assert [c.verdict for c in only] == ["consistent"]
    more = _claims(_check(check_store, "It was the only alliance China and Russia ever concluded."), "count")
    assert [c.verdict for c in more] == ["contradicts"]
    assert not _claims(_check(check_store, "9.2 Bilateral treaties\n\nChina and Russia are friends."), "count")


def test_endings_told_as_a_defeat_an_end_or_in_a_later_clause(check_store: Store) -> None:
    defeat = _claims(_check(check_store, "The Dual Alliance ended with the defeat of both empires."), "ending")
    assert [c.claimed.split(": ")[-1] for c in defeat] == ["defeated"]
    both = _claims(_check(check_store, "The Treaty of Friendship, Co-operation and Mutual Assistance between China and "
                                       "North Korea has never been broken, and it remains formally in force."),
                   "ending")
    assert [c.verdict for c in both] == ["consistent", "consistent"]
    ended = _claims(_check(check_store, "The alliance between China and the Soviet Union ended in April 1980."),
                    "agreement_date")
    assert [(c.verdict, c.record_value) for c in ended] == [("consistent", "ended 1980-04-11")]


def test_a_breach_told_of_one_state_towards_another(check_store: Store) -> None:
    result = _check(check_store, "Germany betrayed the Soviet Union in 1941.")
    endings = _claims(result, "ending")
    assert [(c.verdict, c.records[0].id) for c in endings] == [("consistent", "de-su-1939-molotov-ribbentrop")]
    assert not _claims(_check(check_store, "Germany never betrayed the Soviet Union in 1941."), "ending")


def test_days_of_that_year_and_months_the_following_or_last(check_store: Store) -> None:
    result = _check(check_store, "The war began on 1 August 1914. On 3 October of that year Italy stayed neutral, and "
                                 "it denounced the Triple Alliance the following May. Last July a museum opened.")
    values = {m.text: m.value for m in result.mentions if m.kind == "date"}
    assert values["3 October"] == "1914-10-03" and values["the following May"] == "1915-05"
    assert values["July"] == "2024-07"
    assert [c.record_value for c in _claims(result, "agreement_date")] == ["denounced 1915-05-04"]


def test_an_ordinal_of_the_agreement_a_sentence_names_is_its_rank(check_store: Store) -> None:
    text = "The Sino-Soviet Non-Aggression Pact of 1937 was the {} alliance between China and Russia."
    second = _claims(_check(check_store, text.format("second")), "count")
    assert [a.agrees for a in second[0].codings if a.coding == "atop"] == [True]  # ATOP's second: 1896, 1937
    first = _claims(_check(check_store, text.format("first")), "count")
    assert [c.verdict for c in first] == ["contradicts"]


def test_listed_founding_signatories_are_the_members_from_the_signing_day(check_store: Store) -> None:
    result = _check(check_store, "The Rio Treaty was signed in 1947. Its founding signatories included Mexico, Brazil, "
                                 "the United States, Argentina and Canada.")
    assert [(c.verdict, c.claimed) for c in _claims(result, "agreement_parties")] == [("contradicts",
                                                                                      "parties include Canada")]


def test_an_expletive_it_and_a_lead_in_name_nothing(check_store: Store) -> None:
    # "It was Germany that broke the pact": the pact named is the one broken, not one "it" would refer back to
    result = _check(check_store, "The Pact of Steel was signed in 1939. It was Germany that broke the Treaty of "
                                 "Non-Aggression between Germany and the USSR.")
    assert [c.records[0].id for c in _claims(result, "ending")] == ["de-su-1939-molotov-ribbentrop"]
    lead = _check(check_store, "Fearing Japanese ambitions, China and the Soviet Union signed a treaty of friendship "
                               "on 14 February 1950.")
    assert [c.verdict for c in _claims(lead, "agreement_date")] == ["consistent"]


def test_a_name_of_a_state_that_did_not_yet_exist_is_no_mention(check_store: Store) -> None:
    result = _check(check_store, "In 1912 the armies of the league marched through Macedonia and the hills.")
    assert not [m for m in result.mentions if m.kind == "state"]
    later = _check(check_store, "In 2005 the government of Macedonia applied to join the union and the alliance.")
    assert [m.target for m in later.mentions if m.kind == "state"] == ["state:343"]


def test_a_surrender_is_an_event_and_unknown_or_reused_names_are_not_in_the_record(check_store: Store) -> None:
    surrender = _claims(_check(check_store, "Warsaw surrendered on 27 September 1939."), "event_date")
    assert [(c.verdict, c.records[0].id) for c in surrender] == [("consistent", "1939-warsaw-surrenders")]
    unknown = _check(check_store, "Japan and China ended the war with the Treaty of Shimonoseki of April 1895.")
    assert [c.verdict for c in _claims(unknown, "agreement_date")] == ["not_in_record"]
    assert not _claims(unknown, "event_date")  # the date is the treaty's
    reused = _claims(_check(check_store, "Belgian neutrality rested on the Treaty of London of 1839."),
                     "agreement_date")
    assert [c.verdict for c in reused] == ["not_in_record"]  # the record's Treaty of London is of 1915


def test_clauses_with_events_of_their_own_are_checked_one_by_one(check_store: Store) -> None:
    text = ("Ties between Beijing and Pyongyang warmed. As leader, Kim Jong Un made his first trip abroad to Beijing "
            "in March 2018, and Xi Jinping visited Pyongyang on 20 June {}.")
    right = _claims(_check(check_store, text.format(2019)), "event_date")
    assert [(c.verdict, c.record_value) for c in right] == [("consistent", "visit on 2018-03-25"),
                                                            ("consistent", "visit on 2019-06-20")]
    wrong = _claims(_check(check_store, text.format(2018)), "event_date")
    # no visit that June, but the record's visit fell on the same day a year later: the article's year is wrong
    assert [c.verdict for c in wrong] == ["consistent", "contradicts"] and "wrong year" in wrong[1].reason
    later = _claims(_check(check_store, text.format(2019).replace("20 June", "12 June").replace("2019", "2018")),
                    "event_date")
    assert [c.verdict for c in later] == ["consistent", "not_in_record"]  # another day a year away: found loosely


def test_a_weekday_is_the_latest_such_day_up_to_the_articles_date(check_store: Store) -> None:
    # 1 December 2024, the article's date, is a Sunday
    result = _check(check_store, "Officials met on Sunday and again last Sunday, and on Friday they left the talks.")
    assert [m.value for m in result.mentions if m.kind == "date" and m.how == "weekday"] == [
        "2024-12-01", "2024-11-24", "2024-11-29"]


def test_it_superseded_by_another_and_joining_something_else(check_store: Store) -> None:
    result = _check(check_store, "Turkey, Iran, Iraq and Afghanistan signed the Saadabad Pact in 1937; it was "
                                 "superseded by the Baghdad Pact in 1955.")
    assert [(c.verdict, c.records[0].id) for c in _claims(result, "ending")] == [("consistent",
                                                                                 "1937-saadabad-pact")]
    other = _check(check_store, "The Warsaw Pact was signed in 1955. In 1960 Albania joined the boycott of the talks.")
    assert not [c for c in _claims(other, "event_date") if "entry into" in c.claimed]  # not into the Warsaw Pact


def test_the_same_day_and_month_a_year_away_is_a_wrong_year(check_store: Store) -> None:
    slip = _claims(_check(check_store, "On 3 September 1942 Italy signed the armistice at Cassibile."), "event_date")
    assert [c.verdict for c in slip] == ["contradicts"] and "wrong year" in slip[0].reason
    right = _claims(_check(check_store, "On 3 September 1943 Italy signed the armistice at Cassibile."), "event_date")
    assert [c.verdict for c in right] == ["consistent"]
    other = _claims(_check(check_store, "On 9 September 1942 Italy signed the armistice at Cassibile."), "event_date")
    assert [c.verdict for c in other] == ["not_in_record"]  # a year and days away, found loosely: not a contradiction


def test_an_entry_atop_codes_for_a_ledger_agreement_is_the_records(check_store: Store) -> None:
    text = "In December {} Tokyo acceded to the Treaty of Amity and Cooperation in Southeast Asia."
    right = [c for c in _claims(_check(check_store, text.format(2003)), "event_date") if "entry" in c.claimed]
    assert [(c.verdict, c.record_value) for c in right] == [("consistent", "entered 2003-12-12")]
    wrong = [c for c in _claims(_check(check_store, text.format(1999)), "event_date") if "entry" in c.claimed]
    assert [c.verdict for c in wrong] == ["contradicts"]


def test_signing_up_to_being_brought_into_and_walking_out_are_entries_and_exits(check_store: Store) -> None:
    for body, verdict in (("In November 1988 Portugal signed up to the Western European Union.", "consistent"),
                          ("In November 1989 Portugal signed up to the Western European Union.", "contradicts"),
                          ("West Germany was brought into the Brussels Treaty on 23 October 1954.", "consistent"),
                          ("Pakistan decided to walk out of SEATO on 7 November 1972.", "within_tolerance")):
        result = _check(check_store, body)
        assert not _claims(result, "agreement_date")  # no date of signing
        assert [c.verdict for c in _claims(result, "event_date")] == [verdict]


def test_two_states_tie_a_record_of_the_verbs_kind_only_near_its_date(check_store: Store) -> None:
    def verdicts(body: str) -> list[str]:
        return [c.verdict for c in _claims(_check(check_store, body), "event_date")]

    assert verdicts("Italy declared war on France and Britain on 10 September 1940.") == ["not_in_record"]
    assert verdicts("Italy declared war on France and Britain in June 1941.") == ["contradicts"]  # a year slip
    assert verdicts("Italy declared war on France and Britain on 30 June 1940.") == ["contradicts"]  # 20 days off


def test_an_agreement_that_did_not_survive_a_defeat_was_defeated(check_store: Store) -> None:
    said = _claims(_check(check_store, "The Pact of Steel was signed in 1939. The alliance did not outlast Italy's "
                                       "defeat."), "ending")
    assert [(c.verdict, c.record_value) for c in said] == [("consistent", "atop: defeated; curated: defeated")]
    # (what it did not survive, named no defeat, tells an end, not how it came)
    assert [c.claimed for c in _claims(_check(check_store, "The Pact of Steel did not survive the war."), "ending")] \
        == ["Pact of Steel: ended"]


def test_a_count_of_every_shared_pact_counts_multilateral_ones_too(check_store: Store) -> None:
    shared = _claims(_check(check_store, "Peru and Bolivia have shared seven pacts over the years."), "count")
    assert [c.verdict for c in shared] == ["consistent"] and "7 alliances" in shared[0].record_value
    bilateral = _claims(_check(check_store, "Peru and Bolivia have shared seven bilateral pacts over the years."),
                        "count")
    assert [c.verdict for c in bilateral] == ["contradicts"]  # two bilateral alliances in the record


def test_the_number_told_of_the_breaches_is_the_one_checked(check_store: Store) -> None:
    text = "Australia and Indonesia signed two security agreements, {} of them broken."
    one = [c for c in _claims(_check(check_store, text.format("one")), "count") if "betrayal" in c.claimed]
    assert [c.verdict for c in one] == ["consistent"] and "one of them" in one[0].claimed
    both = [c for c in _claims(_check(check_store, text.format("two")), "count") if "betrayal" in c.claimed]
    assert [c.verdict for c in both] == ["contradicts"]  # one breach in the record


def test_a_day_told_again_against_the_articles_date_is_no_act_of_its_own(check_store: Store) -> None:
    for body in ("The Anglo-Japanese Alliance was signed in London on 30 January 1902, one hundred and twenty years "
                 "ago today.",
                 "One hundred and twenty years ago today, on 30 January 1902, Britain and Japan signed the "
                 "Anglo-Japanese Alliance in London."):
        result = _check(check_store, body, published="2022-01-30")
        assert [c.kind for c in result.claims if c.verdict == "not_in_record"] == [], body
        assert [c.verdict for c in _claims(result, "agreement_date")] == ["consistent"]


def test_a_title_is_read_with_or_without_its_hyphen(check_store: Store) -> None:
    for said in ("Cooperation", "Co-operation"):
        result = _check(check_store, f"On 9 August 1971 India and the Soviet Union signed the Treaty of Peace, "
                                     f"Friendship and {said} in New Delhi.")
        signed = _claims(result, "agreement_date")
        assert [(c.verdict, c.records[0].id) for c in signed] == [("consistent", "in-su-1971-friendship-treaty")]
    for said in ("Non-Aggression", "Nonaggression"):
        result = _check(check_store, f"The German-Polish {said} Pact was signed in Berlin on 26 January 1934.")
        assert [c.verdict for c in _claims(result, "agreement_date")] == ["consistent"], said


def test_a_longer_title_the_record_lacks_is_not_a_shorter_one_it_holds(check_store: Store) -> None:
    for body in ("In 1850 the United States and Costa Rica signed a Treaty of Peace, Friendship and Commerce.",
                 "The Treaty of Peace and Amity between Chile and Bolivia was signed in 1904."):
        result = _check(check_store, body)
        assert not [c for c in result.claims if c.verdict == "contradicts"], body
        assert not [m for m in result.mentions if m.target == "treaty:eg-il-1979-peace-treaty"], body
    result = _check(check_store, "Egypt and Israel signed the Treaty of Peace on 26 March 1979.")
    assert [c.verdict for c in _claims(result, "agreement_date")] == ["consistent"]


def test_a_count_told_by_a_year_is_of_the_agreements_signed_by_then(check_store: Store) -> None:
    for body in ("By 1894 Germany and Russia had been allied four times.",
                 "The Franco-Russian Alliance followed in 1894. Germany and Russia had been allied four times by then.",
                 "Germany and Russia had been allied four times by 1894."):
        counts = _claims(_check(check_store, body, published="2023-06-18"), "count")
        assert [c.verdict for c in counts] == ["consistent"], body
        assert "2023" not in counts[0].record_value, body
    wrong = _claims(_check(check_store, "By 1894 Germany and Russia had been allied six times.", "2023-06-18"),
                    "count")
    assert [c.verdict for c in wrong] == ["contradicts"]


def test_a_verb_of_breaking_whose_object_is_none_tells_no_breach(check_store: Store) -> None:
    result = _check(check_store, "Germany and Russia were allied eight times, and Russia broke none of them.")
    breaches = [c for c in _claims(result, "count") if "betrayal" in c.claimed]
    assert len(breaches) == 1 and "no breach" in breaches[0].claimed and "eight breaches" not in breaches[0].claimed


def test_an_act_told_beside_another_read_at_its_own_date_is_not_that_act(check_store: Store) -> None:
    result = _check(check_store, "Wilhelm II dismissed Bismarck in March 1890 and let the Reinsurance Treaty "
                                 "expire that June.")
    assert [c.verdict for c in _claims(result, "agreement_date")] == ["consistent"]
    assert [c.verdict for c in _claims(result, "event_date")] == ["not_in_record"]


def test_a_list_of_parties_told_after_one_agreement_is_not_a_later_ones(check_store: Store) -> None:
    result = _check(check_store, "The League of the Three Emperors, binding Germany, Austria-Hungary and Russia, "
                                 "lapsed in 1887, when Bismarck replaced it with the secret Reinsurance Treaty with "
                                 "Russia, signed on 18 June 1887.")
    parties = _claims(result, "agreement_parties")
    assert [c.verdict for c in parties] == ["consistent"] and "Three Emperors" in parties[0].records[0].label


def test_a_date_told_of_what_an_act_followed_is_not_the_acts(check_store: Store) -> None:
    opening = "The North Atlantic Treaty was signed in Washington on 4 April 1949. "
    after = _claims(_check(check_store, opening + "The alliance has been invoked only once, after the attacks of "
                                                  "11 September 2001."), "event_date")
    assert [c.verdict for c in after] == ["consistent"]
    on = _claims(_check(check_store, opening + "The alliance was invoked on 11 September 2001."), "event_date")
    assert [c.verdict for c in on] == ["within_tolerance"]  # (told as the act's own day: one day off)
    later = _claims(_check(check_store, opening + "The alliance was invoked after the attacks of 11 October 2001."),
                    "event_date")
    assert [c.verdict for c in later] == ["contradicts"]


def test_a_rulers_rule_is_no_courts_ruling_and_its_dates_are_the_offices(check_store: Store) -> None:
    for body in ("Hafez al-Assad ruled Syria from February 1971 until his death in June 2000.",
                 "Vladimir Putin has led Russia since 2000."):
        result = _check(check_store, body)
        assert [c.kind for c in result.claims] == ["leader_office"], body
        assert result.claims[0].verdict == "consistent", body
    court = _claims(_check(check_store, "The International Court of Justice ruled on 3 February 1994 that the Aouzou "
                                        "Strip belonged to Chad."), "event_date")
    assert [c.claimed.split(" of ")[0] for c in court] == ["court decision"]


def test_a_day_told_again_after_a_relative_time_is_no_act_of_its_own(check_store: Store) -> None:
    result = _check(check_store, "When Germany invaded on 1 September 1939, Britain and France declared war two days "
                                 "later, on 3 September, but sent no army east.", published="2019-11-11")
    assert [c.verdict for c in _claims(result, "event_date")] == ["consistent", "consistent"]


def test_an_act_told_beside_an_event_read_at_its_own_date_is_not_that_event(check_store: Store) -> None:
    result = _check(check_store, "The Warsaw Pact was signed on 14 May 1955. Albania withdrew formally in September "
                                 "1968, weeks after the Pact's armies crushed the Prague Spring on 20-21 August 1968.",
                    published="2021-07-01")
    told = [(c.verdict, c.record_value, c.claimed.split(" on ")[0]) for c in _claims(result, "event_date")]
    assert ("consistent", "left 1968-09-13") in [t[:2] for t in told]  # (Albania's exit, read at its own date)
    assert not [t for t in told if t[0] == "contradicts"]
    assert ("not_in_record", "another act") in [(t[0], t[2]) for t in told]  # (the invasion: no second exit)


def test_a_breach_denied_of_the_agreements_members_is_no_breach(check_store: Store) -> None:
    for denial in ("No member of the pact ever broke the treaty.", "No member of SEATO ever broke the treaty.",
                   "None of its members ever broke it.", "Neither of the two countries ever broke it."):
        result = _check(check_store, f"SEATO was signed in Manila on 8 September 1954. {denial}")
        endings = [(c.claimed.split(": ")[-1], c.verdict) for c in _claims(result, "ending")]
        assert endings == [("not ended in a breach (betrayal)", "consistent")], denial


def test_a_son_told_junior_is_not_his_father_nor_a_leader_called_so(check_store: Store) -> None:
    result = _check(check_store, "President Ferdinand Marcos Jr. took office in June 2022.")
    told = [(c.verdict, c.record_value) for c in _claims(result, "leader_office")]
    assert told == [("not_in_record", "no leader of that name in Archigos")]  # (not Panama's "Guardia Jr., E.")


def test_states_that_signed_one_agreement_are_not_parties_to_another_signed_after_it(check_store: Store) -> None:
    for body in ("France and Russia signed the Franco-Russian Alliance, and Germany and the Soviet Union signed the "
                 "Molotov-Ribbentrop Pact in 1939.",
                 "France and the Soviet Union signed a mutual assistance treaty on 2 May 1935, but Moscow broke with "
                 "its spirit when it signed the Molotov-Ribbentrop Pact on 23 August 1939."):
        parties = _claims(_check(check_store, body), "agreement_parties")
        assert parties and all(c.verdict == "consistent" for c in parties), body
    both = _claims(_check(check_store, "Germany and the Soviet Union signed the Molotov-Ribbentrop Pact and the "
                                       "Anti-Comintern Pact."), "agreement_parties")
    assert "Soviet Union" in both[0].claimed  # (one verb, two objects: still each one's parties)


def test_a_leaders_years_in_office_told_in_an_aside_date_no_event(check_store: Store) -> None:
    result = _check(check_store, "Enver Hoxha, who led Albania from 1944 until his death in 1985, broke with Moscow "
                                 "after 1961. Hafez al-Assad, who ruled Syria from 1970 to 2000, signed a treaty with "
                                 "Moscow.")
    years = [c.claimed for c in _claims(result, "event_date")]
    assert not any(y in c for c in years for y in ("1944", "1985", "1970", "2000")), years
    assert [c.verdict for c in _claims(result, "leader_office")][:1] == ["consistent"]


def test_a_title_after_states_adjectives_none_of_its_parties_is_another_agreement(check_store: Store) -> None:
    result = _check(check_store, "The Franco-Soviet Treaty of Mutual Assistance was signed on 2 May 1935. The Anglo-"
                                 "Japanese Alliance, which Russia feared, was signed in 1902.")
    told = [(c.verdict, c.records[0].id if c.records else "") for c in _claims(result, "agreement_date")]
    assert told[0][0] == "consistent" and "anglo-franco-turkish" not in told[0][1]  # (not Britain, France, Turkey's)
    assert told[1] == ("consistent", "gb-jp-1902-anglo-japanese-alliance")  # (the title of its adjectives' states)


def test_the_last_two_states_of_a_list_are_no_pair_an_agreement_told_back_must_be_of(check_store: Store) -> None:
    result = _check(check_store, "Britain and Jordan signed a treaty of alliance on 15 March 1948. In January 1957 "
                                 "Egypt, Syria and Saudi Arabia offered to pay the subsidy, and in March 1957 the two "
                                 "governments ended the treaty by common consent.")
    ended = [c for c in _claims(result, "agreement_date") if " ended " in c.claimed]
    # ("Syria and Saudi Arabia" close a list: "the treaty" is still Britain and Jordan's, told back by its noun)
    assert [(c.claimed.split(" ended")[0], c.verdict) for c in ended] == [("the treaty [ATOP 3125]", "consistent")]
