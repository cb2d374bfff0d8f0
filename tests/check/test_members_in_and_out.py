"""States told to sign, join or leave an agreement at a date (issue 22v), each on made-up sentences: a dated exit
claims the state a party until then, one state told to sign a named agreement at a date is claimed a party (a wrong
party contradicts), "followed" after a signing or a sentence telling an entry is an entry, and entries and exits told
by other words ("came in on", "walked out", "dropped out of", "its withdrawal")."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _told(store: Store, text: str, kind: str = "agreement_parties") -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), kind)]


def test_a_dated_exit_claims_the_state_a_party_until_then(check_store: Store) -> None:
    assert _told(check_store, "Mexico withdrew from the Rio treaty in September 2004.") == [
        ("consistent", "parties: United Mexican States: exit from Inter-American Treaty of Reciprocal Assistance "
                       "September 2004")]
    # an exit told at a wrong date is the exit's own fault (the record: October 2014), told once
    wrong = _check(check_store, "Bolivia pulled out of the Rio treaty in 2010.")
    assert [c.verdict for c in _claims(wrong, "event_date")] == ["contradicts"]
    assert _claims(wrong, "agreement_parties") == []
    # a state that never was a member: its exit is not in the record, and no party is claimed
    assert _told(check_store, "Japan withdrew from the Rio treaty in 1950.") == []


def test_one_state_told_to_sign_a_named_agreement_at_a_date_is_claimed_a_party(check_store: Store) -> None:
    assert _told(check_store, "Chile signed the Rio treaty on 2 September 1947.") == [("consistent", "parties: Chile")]
    assert [v for v, _ in _told(check_store, "Sweden signed the Warsaw Pact on 14 May 1955.")] == ["contradicts"]
    assert [v for v, _ in _told(check_store, "Spain signed the Tripartite Pact in September 1940.")] == \
        ["contradicts"]
    # (a possessive is no signer: "Chile's envoy signed ...")
    assert _told(check_store, "Chile's envoy signed the Rio treaty on 2 September 1947.") == []


def test_followed_after_a_signing_or_a_sentence_telling_an_entry_is_an_entry(check_store: Store) -> None:
    same = _check(check_store, "On 1 January 1942 Poland signed the Declaration by United Nations, and Mexico "
                               "followed in June 1942.")
    assert [(c.verdict, c.claimed.split(":")[0]) for c in _claims(same, "event_date")] == [
        ("consistent", "United Mexican States")]
    after = _check(check_store, "Hungary joined the Anti-Comintern Pact in February 1939. Manchukuo followed in "
                                "the same month.")
    assert not any("Manchukuo" in c.claimed for c in after.claims if c.verdict == "contradicts")
    # a subject that is no state ("Britain's guarantee followed") is no entry
    guarantee = _check(check_store, "Germany and Italy signed the Pact of Steel on 22 May 1939, and Britain's "
                                    "guarantee followed in August 1939.")
    assert not any("United Kingdom" in c.claimed and "entry into" in c.claimed for c in guarantee.claims)
    assert [c.claimed for c in _claims(guarantee, "agreement_parties")] == ["parties: Nazi Germany, Fascist Italy"]


def test_entries_and_exits_told_by_other_words(check_store: Store) -> None:
    walked = _told(check_store, "Mexico walked out of the Rio treaty in September 2004.")
    assert [v for v, _ in walked] == ["consistent"]
    its = _told(check_store, "Bolivia left the Rio treaty; its withdrawal took effect in 2014.")
    assert [v for v, _ in its] == ["consistent"] and "Bolivia" in its[0][1]
    came = _check(check_store, "Hungary joined the Anti-Comintern Pact in February 1939; Spain came in on 27 March "
                               "1939.")
    assert any("Spain" in c.claimed and "entry into" in c.claimed for c in _claims(came, "event_date"))
    # "its" is the state told to leave before, not the first state of the sentence
    two = _told(check_store, "Mexico and Bolivia both signed the Rio treaty, but Bolivia later left it; its exit "
                             "took effect in 2014.", "event_date")
    assert two == [("consistent", "Plurinational State of Bolivia: exit from Inter-American Treaty of Reciprocal "
                                  "Assistance 2014")]


def test_an_entry_into_force_is_also_one_of_the_agreements_dates(check_store: Store) -> None:
    result = _check(check_store, "The Rio treaty entered into force on 3 December 1948. The Rio treaty came into "
                                 "force in December 1949.")
    assert [(c.verdict, c.claimed) for c in _claims(result, "agreement_date")] == [
        ("consistent", "Rio treaty in force 3 December 1948"), ("contradicts", "Rio treaty in force December 1949")]
    assert [c.verdict for c in _claims(result, "event_date")] == ["consistent", "contradicts"]


def test_the_members_of_the_agreement_last_spoken_of_listed(check_store: Store) -> None:
    wrong = _told(check_store, "The Warsaw Pact was signed in May 1955. Its members were Poland, Hungary and "
                               "Yugoslavia.")
    assert [v for v, _ in wrong] == ["contradicts"] and "Yugoslavia" in wrong[0][1]
    right = _told(check_store, "The Warsaw Pact was signed in May 1955. Its members were Poland, Hungary and "
                               "Romania.")
    assert [v for v, _ in right] == ["consistent"]
    # one state is no list
    assert _told(check_store, "The Warsaw Pact was signed in May 1955. Its members were led by Moscow.") == []


def test_the_nth_member_and_a_later_entrants_ratification(check_store: Store) -> None:
    nth = _told(check_store, "NATO grew after the Cold War. Montenegro became the twenty-ninth member on 5 June "
                             "2017.", "event_date")
    assert [v for v, _ in nth] == ["consistent"] and "Montenegro: entry into" in nth[0][1]
    ratified = _told(check_store, "Trinidad and Tobago ratified the Rio treaty on 6 April 1967.", "event_date")
    assert [v for v, _ in ratified] == ["consistent"] and "entry into" in ratified[0][1]
    # a founder's ratification, or one on a day the record's entry is not, is no entry told
    for text in ("Chile ratified the Rio treaty in 1949.", "The Bahamas ratified the Rio treaty in 1990."):
        assert not any("entry into" in claimed for _, claimed in _told(check_store, text, "event_date"))


def test_a_state_that_entered_an_agreement_by_name(check_store: Store) -> None:
    entered = _told(check_store, "Mexico went to war with the Axis and entered the Declaration by United Nations on "
                                 "5 June 1942.", "event_date")
    assert any(v == "consistent" and "entry into Declaration by United Nations" in claimed for v, claimed in entered)
    # entering a war, a city or into force is no entry into an agreement
    for text in ("Brazil entered the war in August 1942, honouring the Declaration by United Nations.",
                 "The Rio treaty entered into force on 3 December 1948."):
        assert not any("entry into" in claimed for _, claimed in _told(check_store, text, "event_date"))


def test_an_entry_told_with_an_adverb_after_the_verb(check_store: Store) -> None:
    told = _told(check_store, "The North Atlantic Treaty was signed in April 1949. West Germany became a party only "
                              "in May 1955, and Spain became a member only in 1982.", "event_date")
    assert [v for v, _ in told] == ["consistent", "consistent"]
    # something else joined, with an adverb: no entry into the agreement last told of
    other = _told(check_store, "The North Atlantic Treaty was signed in April 1949. Spain joined only the European "
                               "Community, in 1986.", "event_date")
    assert not any("entry into" in claimed for _, claimed in other)
