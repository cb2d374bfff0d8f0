"""Entries into and exits from an agreement told in forms of their own (issue 22z1), each on made-up sentences: a
follower's entry is its own states' alone, "did so" and "did likewise" repeat an entry, exits told as walking away,
ceasing to be a party or a suspension by the body, a state told to sign "as well" with no agreement named, and a
signature with no object right before its date (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _entries(store: Store, text: str) -> list[tuple[str, str]]:
    """Return each entry or exit claim of ``text`` as (the states and act told, its verdict)."""
    return [(c.claimed.split(" into ")[0].split(" from ")[0], c.verdict) for c in _claims(_check(store, text),
                                                                                        "event_date")
            if ": entry into " in c.claimed or ": exit from " in c.claimed]


def test_a_follower_entry_is_its_own_states_alone(check_store: Store) -> None:
    told = _entries(check_store, "Greece joined NATO in February 1952 and West Germany followed in May 1955.")
    assert told == [("Kingdom of Greece: entry", "consistent"), ("German Federal Republic: entry", "consistent")]
    listed = _entries(check_store, "The North Atlantic Treaty was signed in April 1949. Turkey came in on 18 "
                                   "February 1952, Spain joined in May 1982.")
    assert listed == [("Republic of Turkey: entry", "consistent"), ("Spain: entry", "consistent")]


def test_did_so_and_did_likewise_repeat_an_entry_for_other_states(check_store: Store) -> None:
    result = _check(check_store, "Greece joined NATO in February 1952; Turkey did likewise in February 1952.")
    assert [c.verdict for c in _claims(result, "agreement_parties") if "Turkey" in c.claimed] == ["consistent"]
    later = _check(check_store, "Germany and Japan signed the Anti-Comintern Pact in November 1936. Italy did so "
                                "in November 1937.")
    assert [c.verdict for c in _claims(later, "event_date") if "Italy" in c.claimed] == ["consistent"]
    # a reason, not an act told again with a date: no entry
    reason = _check(check_store, "Hungary joined the Anti-Comintern Pact on 24 February 1939; Spain did so because "
                                 "it feared Moscow.")
    assert not [c for c in reason.claims if "Spain" in c.claimed]


def test_exits_told_as_walking_away_ceasing_to_be_a_party_or_a_suspension(check_store: Store) -> None:
    result = _check(check_store, "The Baghdad Pact was signed by Iraq and Turkey in February 1955. Iraq walked away "
                                 "from it in March 1959. Britain ceased to be a party in 1979.")
    exits = [(c.kind, c.verdict) for c in result.claims if ": exit from " in c.claimed]
    assert exits == [("event_date", "consistent"), ("agreement_parties", "consistent")] * 2
    suspended = _check(check_store, "The Arab League's joint defence treaty was signed in June 1950. In November "
                                    "2010 the league suspended Syria.")
    assert [(c.kind, c.verdict) for c in suspended.claims if ": exit from " in c.claimed] == [
        ("event_date", "contradicts")]  # (the record: November 2011; the exit's fault alone)
    passive = _check(check_store, "The Arab League's joint defence treaty was signed in June 1950. Syria was "
                                  "suspended from the League in November 2011.")
    assert [c.verdict for c in passive.claims if ": exit from " in c.claimed] == ["consistent", "consistent"]
    # the suspension's own date, not a later one of another clause
    leading = _check(check_store, "The Arab League's joint defence treaty was signed in June 1950. In November 2011 "
                                  "the league suspended Syria over the war, and its place in the 1950 treaty lapsed.")
    assert [c.verdict for c in leading.claims if ": exit from " in c.claimed] == ["consistent", "consistent"]
    # a suspension the record holds no exit for is not read as one
    unheld = _check(check_store, "The Arab League's joint defence treaty was signed in June 1950. The league "
                                 "suspended Egypt in March 1979.")
    assert not [c for c in unheld.claims if ": exit from " in c.claimed]


def test_a_state_told_to_sign_or_join_as_well_is_claimed_a_party(check_store: Store) -> None:
    result = _check(check_store, "Poland and Hungary signed the Warsaw Pact in May 1955. Albania signed as well. "
                                 "Greece joined too.")
    told = [(c.claimed, c.verdict) for c in _claims(result, "agreement_parties") if "Polish" not in c.claimed]
    assert told == [("parties: People's Republic of Albania", "consistent"),
                    ("parties include Kingdom of Greece", "contradicts")]
    # an accord the sentence tells of itself, not the one last told of
    other = _check(check_store, "Poland and Hungary signed the Warsaw Pact in May 1955. In June the Balkan states "
                                "met and agreed to defend one another; Greece signed as well.")
    assert not [c for c in _claims(other, "agreement_parties") if "Greece" in c.claimed]


def test_a_signature_with_no_object_before_its_date_is_a_later_entry(check_store: Store) -> None:
    result = _check(check_store, "The North Atlantic Treaty was signed in April 1949. Turkey signed on 18 February "
                                 "1952, Spain in May 1982. Greece signed only in February 1962.")
    assert [(c.claimed.split(":")[0], c.verdict) for c in _claims(result, "agreement_parties")
            if "entry into" in c.claimed] == [("parties", "consistent"), ("parties", "consistent"),
                                              ("parties", "contradicts")]
    # a founder's signature is the agreement's own date, no entry
    founder = _check(check_store, "The Anti-Comintern Pact was signed in November 1936. Japan signed on 25 "
                                  "November 1936.")
    assert not [c for c in founder.claims if "entry into" in c.claimed]


def test_becoming_an_agreements_nth_member_is_an_entry_not_its_signing(check_store: Store) -> None:
    result = _check(check_store, "Finland became NATO's 31st member on 4 April 2023. Spain became NATO's newest "
                                 "member on 30 May 1981.")
    assert not _claims(result, "agreement_date")  # (no signing of NATO in 2023)
    assert [c.verdict for c in _claims(result, "event_date")] == ["consistent", "contradicts"]
    # "the pact's" of a state never in the pact last told of: another pact, no wrong party
    other = _check(check_store, "The Warsaw Pact was signed in May 1955. Sweden became the pact's ninth member in "
                                "1960.")
    assert not _claims(other, "agreement_parties")


def test_states_told_parties_still_that_left_are_parties_no_more(check_store: Store) -> None:
    result = _check(check_store, "Cuba, Chile and Peru are all still parties to the Rio Treaty. Mexico remains a "
                                 "member of the Rio Treaty. Chile and Peru are parties to the Rio Treaty.")
    assert [(c.claimed, c.verdict) for c in _claims(result, "agreement_parties")] == [
        ("parties still: Cuba, Chile, Peru", "contradicts"), ("parties still: United Mexican States", "contradicts"),
        ("parties: Chile, Peru", "consistent")]
    # a past membership: the exit since is no fault
    past = _check(check_store, "In 1950 Cuba and Chile were parties to the Rio Treaty.")
    assert [c.verdict for c in _claims(past, "agreement_parties")] == ["consistent"]


def test_an_entry_after_a_signing_of_an_agreement_the_record_does_not_link_is_of_that_one(
        check_store: Store) -> None:
    result = _check(check_store, "The Rio Treaty was signed in 1947. In 1948 Cuba signed the Bogota charter; Haiti "
                                 "adhered on 25 March 1948.")
    assert not [c for c in result.claims if "entry into" in c.claimed]
    # an accession protocol is the same agreement's
    same = _check(check_store, "NATO was founded in April 1949. Spain signed its accession protocol in December "
                               "1981 and joined on 30 May 1982.")
    assert [c.verdict for c in _claims(same, "event_date") if "entry into" in c.claimed] == ["consistent"]
    # (and Spain a party from the day it joined, not from the protocol's)
    assert [c.verdict for c in _claims(same, "agreement_parties")] == ["consistent"]


def test_states_told_the_parties_or_among_its_members_of_the_agreement_last_told_of(check_store: Store) -> None:
    result = _check(check_store, "The Warsaw Pact was signed in May 1955. Poland, Hungary and Albania were the "
                                 "parties. Bulgaria and Greece were among its members.")
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["consistent", "contradicts"]
    # ("the parties most at risk": parties of no agreement)
    other = _check(check_store, "The Warsaw Pact was signed in May 1955. Poland and Greece were the parties most "
                                "at risk of invasion.")
    assert not _claims(other, "agreement_parties")
