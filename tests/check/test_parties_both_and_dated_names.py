"""Parties told by "both" and by lists of signers (issue 22y2), each on made-up sentences: "both" with an adverb, in
the present tense of a timeline, as "both our governments" or "among the governments that signed"; each of two
agreements a sentence tells the parties of is claimed; "both" stands for the article's pair where the sentence
before names a place besides; a list of signers of an agreement told by a name the record lacks and its date."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _told(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "agreement_parties")]


def test_both_told_of_two_agreements_claims_the_parties_of_each(check_store: Store) -> None:
    told = _told(check_store, "Germany and Japan drew closer in the 1930s. Both had already joined the "
                              "Anti-Comintern Pact in 1936, and both were among the original signatories of the "
                              "Tripartite Pact.")
    assert told == [("consistent", "parties: Nazi Germany, Empire of Japan")] * 2


def test_both_in_other_forms(check_store: Store) -> None:
    present = _told(check_store, "Poland and Hungary drew closer after the war. Both sign the Helsinki Final Act "
                                 "in August 1975.")
    assert present == [("consistent", "parties: Polish People's Republic, Hungarian People's Republic")]
    among = _told(check_store, "Britain and France patrolled the Mediterranean together. Both were among the "
                               "governments that signed the Nyon arrangement in September 1937.")
    assert [v for v, _ in among] == ["consistent"] and "French Republic" in among[0][1]
    # (a state named earlier in the sentence, before a comma, is not the subject of "both signed")
    after = _told(check_store, "Greece and Turkey are old rivals. Greece entered the Atlantic alliance in 1952, as "
                               "Turkey did, and both signed the Helsinki Final Act in 1975.")
    assert ("consistent", "parties: Third Hellenic Republic, Republic of Turkey") in after


def test_both_stands_for_the_pair_not_a_place_named_before(check_store: Store) -> None:
    told = _told(check_store, "New Zealand and Australia have long stood together. In Manila in 1954, New Zealand "
                              "and Australia signed the Southeast Asia Collective Defense Treaty. Both our "
                              "governments were among the first signatories to the Declaration by United "
                              "Nations.")
    assert [v for v, _ in told] == ["consistent", "consistent"]
    assert not any("Philippines" in claimed for _, claimed in told)


def test_signers_of_an_agreement_told_by_an_unknown_name_and_its_date(check_store: Store) -> None:
    wrong = _told(check_store, "Russia, Austria and France signed the London convention of 15 July 1840.")
    assert wrong == [("contradicts", "parties include Kingdom of the French")]
    right = _told(check_store, "The Mexican expedition grew out of the London convention of October 1861, which "
                               "Spain signed with Britain and France.")
    assert [v for v, _ in right] == ["consistent"]


def test_signatories_on_the_day_exclude_states_that_joined_later_that_year(check_store: Store) -> None:
    late = _told(check_store, "The Tripartite Pact was signed in Berlin on 27 September 1940 by Germany, Italy and "
                              "Romania.")
    assert [v for v, _ in late] == ["contradicts"] and "Romania" in late[0][1]
    right = _told(check_store, "The Tripartite Pact was signed in Berlin on 27 September 1940 by Germany, Italy and "
                               "Japan.")
    assert [v for v, _ in right] == ["consistent"]


def test_founders_listed_after_the_word_are_the_founding_members(check_store: Store) -> None:
    late = _told(check_store, "The Arab League was set up in Cairo by its founders, Egypt, Syria and Kuwait.")
    assert [v for v, _ in late] == ["contradicts"] and "Kuwait" in late[0][1]
    right = _told(check_store, "The Arab League was set up in Cairo by its founders, Egypt, Syria and Lebanon.")
    assert [v for v, _ in right] == ["consistent"]


def test_the_short_name_of_the_southeast_asian_amity_treaty_links(check_store: Store) -> None:
    from tests.check.sentences import agreement_links

    assert agreement_links(check_store, "Japan acceded to the Treaty of Amity and Cooperation in July 2004.") == [
        ("Treaty of Amity and Cooperation", "treaty:2003-southeast-asia-amity")]


def test_a_listed_state_told_with_a_word_of_its_regime(check_store: Store) -> None:
    told = _told(check_store, "The Warsaw Pact of 14 May 1955, which Poland and communist Hungary both signed, "
                              "lasted until 1991.")
    assert told == [("consistent", "parties: Polish People's Republic, Hungarian People's Republic")]
