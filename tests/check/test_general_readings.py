"""General readings of a clause (issue 22k), each on made-up sentences: a leader in apposition to an office on either
side, a dated statement with a verb the checker has no word for, an entry into an agreement against a founding with
other states, a list of states told as parties, endings told negatively or with no word of how, and a count of what
two states "ever shared" (the record is the shipped ledgers' and ATOP's; no leaders are imported)."""

from __future__ import annotations

import datetime as dt

from foedus.check.mentions import find_mentions, gazetteer
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims
from tests.check.sentences import leaders_in as _leaders


def test_a_leader_in_apposition_to_an_office_on_either_side(check_store: Store) -> None:
    text = ("Clement Attlee, Britain's prime minister since July 1945, flew to Washington. Ribbentrop, Hitler's "
            "foreign minister, came to Moscow. The Emir, Jaber al-Ahmad al-Sabah, left. Walter Ulbricht, East "
            "Germany's first general secretary, spoke. Then the Turkish president, Celal Bayar, arrived.")
    assert _leaders(check_store, text) == [
        ("Clement Attlee, Britain's prime minister", "prime minister"),
        ("Ribbentrop, Hitler's foreign minister", "foreign minister"),
        ("Emir, Jaber al-Ahmad al-Sabah", "Emir"),
        ("Walter Ulbricht, East Germany's first general secretary", "general secretary"),
        ("president, Celal Bayar", "president")]
    claims = _claims(_check(check_store, "Clement Attlee, Britain's prime minister since July 1945, flew to "
                                         "Washington in December 1950."), "leader_office")
    assert [(c.verdict, c.claimed) for c in claims] == [  # (Archigos spells him "Atlee": the surname is alike)
        ("consistent", "Clement Attlee, Britain's prime minister in office on 1945-07")]


def test_words_before_a_comma_that_are_no_leader(check_store: Store) -> None:
    text = ("Meanwhile, Britain's prime minister flew home. However, the president stayed. In Paris, the king of "
            "the Belgians waited.")
    assert _leaders(check_store, text) == []


def test_a_dated_statement_with_a_verb_the_checker_has_no_word_for(check_store: Store) -> None:
    result = _check(check_store, "Portuguese engineers finished the Cahora Bassa dam in June 1974. Chilean miners "
                                 "struck gold at Andacollo on 2 May 1931.")
    events = _claims(result, "event_date")
    assert [c.verdict for c in events] == ["not_in_record", "not_in_record"]
    assert events[0].proposed_entry is not None and "1974-06" in events[0].proposed_entry
    assert not _claims(_check(check_store, "Portugal and Britain: the oldest friendship, 1373 to 2023."), "event_date")


def test_joining_an_agreement_is_an_entry_and_joining_states_is_founding(check_store: Store) -> None:
    entry = _check(check_store, "Romania and Austria-Hungary signed their alliance in Vienna on 30 October 1883. "
                                "Germany acceded to it the same day.")
    assert [c.verdict for c in _claims(entry, "event_date")] == ["consistent"]
    assert not [c for c in _claims(entry, "agreement_date") if "acceded" in c.text]
    founding = _check(check_store, "Romania and Austria-Hungary signed their alliance in Vienna on 30 October 1883. "
                                   "Germany joined the two in it the same day.")
    assert [(c.kind, c.verdict) for c in founding.claims if "joined" in c.text] == [
        ("agreement_date", "consistent")]


def test_a_list_of_states_told_as_parties(check_store: Store) -> None:
    bound = _check(check_store, "The Triple Alliance of 1882 bound three monarchies: Germany, Austria-Hungary and "
                                "Russia.")
    assert [c.verdict for c in _claims(bound, "agreement_parties")] == ["contradicts"]
    assert "Russia" in _claims(bound, "agreement_parties")[0].claimed
    signed = _check(check_store, "The Canberra Pact, which Australia and New Zealand both signed in 1944, set the "
                                 "tone.")
    assert [c.verdict for c in _claims(signed, "agreement_parties")] == ["consistent"]
    partner = _check(check_store, "The Canberra Pact, which Australia signed with France in 1944, set the tone.")
    assert [c.verdict for c in _claims(partner, "agreement_parties")] == ["contradicts"]
    other = _check(check_store, "The Canberra Pact was the first alliance Australia and France had signed.")
    assert not _claims(other, "agreement_parties")  # a list inside a clause about another agreement


def test_endings_told_negatively_or_with_no_word_of_how(check_store: Store) -> None:
    kept = _check(check_store, "The Canberra Pact was signed in 1944. It has never been terminated. That commitment "
                               "has never been revoked.")
    assert [(c.claimed.split(": ")[-1], c.verdict) for c in _claims(kept, "ending")] == [
        ("in force", "consistent"), ("not abrogated", "consistent")]
    ended = _check(check_store, "The Triple Alliance was renewed in 1912. It was the war that ended it.")
    assert [c.verdict for c in _claims(ended, "ending")] == ["consistent"]


def test_a_state_that_betrayed_its_allies_breaches_the_agreement_spoken_of(check_store: Store) -> None:
    result = _check(check_store, "Romania and Austria-Hungary signed their alliance in Vienna on 30 October 1883, and "
                                 "Germany acceded the same day. In August 1916 Romania betrayed its allies.")
    endings = _claims(result, "ending")
    assert [(c.verdict, c.records[0].id) for c in endings] == [("consistent", endings[0].records[0].id)]
    assert "breach" in endings[0].claimed


def test_the_only_alliance_two_states_ever_shared_counts_multilateral_ones(check_store: Store) -> None:
    result = _check(check_store, "Their pact of 1883 remained the only alliance Romania and Austria-Hungary ever "
                                 "shared.")
    assert [c.verdict for c in _claims(result, "count")] == ["consistent"]


def test_it_after_an_agreement_the_record_does_not_hold_is_that_one(check_store: Store) -> None:
    text = ("The Canberra Pact was signed in 1944. Later the two governments drew up a protocol on fisheries, signed "
            "in Wellington on 3 March 1961. It is still in force.")
    assert not _claims(_check(check_store, text), "ending")  # not the Canberra Pact's
    known = _check(check_store, "The Canberra Pact was signed in 1944. It is still in force.")
    assert [c.verdict for c in _claims(known, "ending")] == ["consistent"]


def test_a_day_without_its_year_in_an_anniversary_article_is_of_the_year_it_is_set_in(check_store: Store) -> None:
    def day(body: str, text: str = "9 April") -> str | None:
        found = [m for m in find_mentions(body, gazetteer(check_store), dt.date(2021, 5, 2)) if m.kind == "date"
                 and m.text == text]
        return found[0].value if found else None

    story = "Sixty years ago today, the two armies met on the border. The first shots had been fired on 9 April."
    assert day(story) == "1961-04-09"
    assert day(story + " The talks had failed in March.", "March") == "1961-03"
    back = ("Sixty years ago today, the two armies met on the border. In 2020 the quarrel flared up again. The "
            "ministers spoke on 9 April.")
    assert day(back) == "2021-04-09"  # the story has come back to the article's own time


def test_the_union_or_confederation_in_lower_case_refers_to_the_agreement(check_store: Store) -> None:
    result = _check(check_store, "The Canberra Pact was signed in 1944. In 1950 the union was dissolved by mutual "
                                 "agreement.")
    endings = _claims(result, "ending")
    assert [(c.verdict, c.records[0].id) for c in endings] == [("contradicts", "au-nz-1944-canberra-pact")]
    assert not _claims(_check(check_store, "The Canberra Pact was signed in 1944. The Soviet Union was far away."),
                       "ending")


def test_an_agreement_told_by_a_name_the_record_lacks_and_its_date(check_store: Store) -> None:
    right = _check(check_store, "Britain, Austria, Russia and Prussia stood together in the Levant convention of "
                                "July 1840, to drive the pasha out of Syria.")
    dated = _claims(right, "agreement_date")
    assert [(c.verdict, c.records[0].id) for c in dated] == [("consistent", "atop-1110")]
    wrong = _check(check_store, "Britain, Austria, Russia and Prussia stood together in the Levant convention of "
                                "July 1841.")
    assert [c.verdict for c in _claims(wrong, "agreement_date")] == ["contradicts"]
    # a date of a peace the record does not hold is no agreement's: nothing is claimed of a signing
    assert not _claims(_check(check_store, "Britain and Portugal sealed the Lisbon arrangement of May 1981."),
                       "agreement_date")


# Issue 22l: further general readings, each on made-up sentences.


def test_an_agreement_described_and_dated_by_its_place_or_an_added_clause(check_store: Store) -> None:
    # the date tied to the description past "of their own", "at PLACE", a participle or "was signed in ... on"; a
    # later ", and it ..." clause names no party of it
    texts = ["France and the Soviet Union drew closer. The two governments added a mutual assistance pact of their "
             "own at Paris on 2 May 1935, and it was a dead letter by the time Germany invaded France.",
             "France and the Soviet Union met again in the war. The treaty of alliance was signed in Moscow on 10 "
             "December 1944 by France and the Soviet Union.",
             "The treaty itself, signed in Moscow on 10 December 1944, bound France and the Soviet Union."]
    told = [[(c.verdict, c.record_value) for c in _claims(_check(check_store, text), "agreement_date")]
            for text in texts]
    assert told == [[("consistent", "signed 1935-05-02")], [("consistent", "signed 1944-12-10")],
                    [("consistent", "signed 1944-12-10")]]


def test_each_count_of_a_sentence_is_read_by_its_own_words(check_store: Store) -> None:
    # "shared" is the first count's, "bilateral" the second's; a part told bilateral makes the whole every agreement
    shared = _claims(_check(check_store, "France and Britain shared thirty-two security agreements but only four "
                                         "bilateral pacts."), "count")
    assert [c.verdict for c in shared] == ["consistent", "consistent"]
    assert "32 alliances" in shared[0].record_value and "4 alliances" in shared[1].record_value
    part = _claims(_check(check_store, "France and Britain have signed thirty-two security agreements, four of them "
                                       "bilateral."), "count")
    assert [c.verdict for c in part] == ["consistent", "consistent"]  # the whole, and its part (issue 22n)
    assert "32 alliances" in part[0].record_value and part[1].claimed.startswith("four of them bilateral")
    broken = _claims(_check(check_store, "Britain and France have signed four bilateral pacts, and only that one has "
                                         "ever been breached."), "count")
    assert [c.claimed for c in broken] == [
        "four bilateral pacts (United Kingdom and France)",
        "four bilateral pacts, one ended in betrayal: one breach (United Kingdom and France)"]


def test_an_entry_into_an_agreement_told_by_a_description_and_its_year(check_store: Store) -> None:
    for text, entered in (("Egypt and Jordan quarrelled. In February 1952 Amman adhered to the League's joint "
                           "defence treaty of 1950.", "entered 1952-02-16"),
                          ("Egypt and Morocco were far apart. Rabat acceded to the Arab collective defence pact of "
                           "1950 in June 1961.", "entered 1961-06-13")):
        events = _claims(_check(check_store, text), "event_date")
        assert [(c.verdict, c.record_value) for c in events] == [("consistent", entered)]


def test_a_state_told_a_founding_member_in_apposition_or_a_perfect_tense(check_store: Store) -> None:
    def parties(sentence: str) -> list[tuple[str, str]]:
        result = _check(check_store, f"Norway and Denmark talked. {sentence}")
        return [(c.verdict, c.claimed) for c in _claims(result, "agreement_parties")]

    assert parties("Norway had been a founding member of NATO that April.") == [("consistent", "parties: Norway")]
    assert parties("Denmark, a founding member of NATO in April 1949, hesitated.") == [
        ("consistent", "parties: Denmark")]
    assert parties("Spain, a founding member of NATO, hesitated.") == [
        ("contradicts", "founding members include Francoist Spain")]


def test_a_dated_entry_is_also_a_party_claim_with_the_entry_verdict(check_store: Store) -> None:
    right = _check(check_store, "Hungary adhered to the Anti-Comintern Pact on 24 February 1939.")
    assert [(c.kind, c.verdict) for c in right.claims] == [("event_date", "consistent"),
                                                          ("agreement_parties", "consistent")]
    wrong = _check(check_store, "Spain adhered to the Anti-Comintern Pact in March 1939.")
    assert [c.verdict for c in _claims(wrong, "agreement_parties")] == [c.verdict for c in _claims(wrong, "event_date")]
    # (a protocol of accession signed tells the state a party from then, as the annotated sets read it, with the
    # date's verdict)
    protocol = _check(check_store, "Spain signed its protocol of accession to NATO in December 1981.")
    assert [c.verdict for c in _claims(protocol, "agreement_parties")] == [
        c.verdict for c in _claims(protocol, "event_date")]


def test_states_a_list_claim_tells_joining_apart_are_each_a_party_claim(check_store: Store) -> None:
    result = _check(check_store, "Both now belong to the Treaty of Amity and Cooperation in Southeast Asia, which "
                                 "Japan acceded to in July 2004 and Russia on 29 November 2004.")
    parties = _claims(result, "agreement_parties")
    entries = _claims(result, "event_date")
    assert len(entries) == 2
    assert [c.verdict for c in parties if ": entry into " in c.claimed] == [c.verdict for c in entries]


def test_no_state_enters_an_agreement_after_its_end(check_store: Store) -> None:
    result = _check(check_store, "The Warsaw Pact was dissolved on 1 July 1991. Poland joined in March 1999.")
    warsaw = [c for c in result.claims if "Poland" in c.text and any("Warsaw" in r.label or r.id == "1955-warsaw-pact"
                                                                     for r in c.records)]
    assert not warsaw  # (the record's accession of Poland to NATO in March 1999 may answer it: not the Warsaw Pact)
    elliptical = _check(check_store, "The Warsaw Pact was signed in May 1955. Albania joined it on 14 May 1955, "
                                     "Poland in March 1999.")
    assert not [c for c in elliptical.claims if "Republic of Poland: entry" in c.claimed]


def test_the_atlantic_alliance_and_the_maastricht_treaty_are_named(check_store: Store) -> None:
    result = _check(check_store, "Denmark was a founding member of the Atlantic Alliance in April 1949. The "
                                 "Netherlands signed the Treaty of Maastricht on 7 February 1992.")
    assert [m.target for m in result.mentions if m.kind == "agreement"] == ["treaty:1949-nato", "treaty:atop-4175"]
    # Denmark a founder of the one, the Netherlands a signatory of the other on its day (issue 22v)
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["consistent", "consistent"]


def test_a_state_joins_the_agreement_alive_then(check_store: Store) -> None:
    replaced = _check(check_store, "The Saadabad Pact was superseded on 24 February 1955 by the Baghdad Pact. "
                                   "Pakistan acceded in September 1955.")
    assert [(c.kind, c.verdict, c.records[0].id) for c in replaced.claims if "Pakistan" in c.text] == [
        ("event_date", "consistent", "1955-baghdad-pact-cento"),
        ("agreement_parties", "consistent", "1955-baghdad-pact-cento")]
    ended = _check(check_store, "The Tripartite Pact was signed on 27 September 1940. Hungary joined on 20 November "
                                "1940, and a Berlin ceremony renewed the earlier Anti-Comintern Pact in November 1941.")
    assert [c.records[0].id for c in _claims(ended, "agreement_parties")] == ["1940-tripartite-pact"]


def test_two_states_told_by_both_as_signing_or_founding_an_agreement_are_parties(check_store: Store) -> None:
    signed = _check(check_store, "Poland and Hungary were rivals. Both signed the Warsaw Pact in May 1955.")
    assert [(c.verdict, c.claimed) for c in _claims(signed, "agreement_parties")] == [
        ("consistent", "parties: Polish People's Republic, Hungarian People's Republic")]
    founders = _check(check_store, "Norway and Denmark argued over Greenland. Both had also been among the original "
                                   "signatories of the North Atlantic Treaty on 4 April 1949.")
    assert [c.verdict for c in _claims(founders, "agreement_parties")] == ["consistent"]
    wrong = _check(check_store, "Sweden and Finland stayed neutral. In May 1955 both signed the Warsaw Pact.")
    assert [c.verdict for c in _claims(wrong, "agreement_parties")] == ["contradicts"]
    named = _check(check_store, "Chile and Peru both signed the Warsaw Pact in May 1955.")
    assert [c.verdict for c in _claims(named, "agreement_parties")] == ["contradicts"]  # (told once, by its subject)


def test_the_nyon_arrangement_and_the_act_of_chapultepec_are_named(check_store: Store) -> None:
    result = _check(check_store, "Greece signed the Nyon Arrangement in September 1937. Peru signed the Act of "
                                 "Chapultepec on 8 March 1945.")
    assert [m.target for m in result.mentions if m.kind == "agreement"] == ["treaty:atop-2420", "treaty:atop-3010"]


def test_an_agreement_told_by_its_states_adjectives_in_an_anniversary_is_the_one_signed_that_year(
        check_store: Store) -> None:
    result = _check(check_store, "Twenty years ago today the two governments put their names to the Anglo-Iraqi "
                                 "Treaty.", published="1950-06-30")
    assert [m.target for m in result.mentions if m.kind == "agreement"] == ["treaty:atop-2270"]
    assert [c.verdict for c in _claims(result, "agreement_date")] == ["consistent"]


def test_the_league_named_is_no_agreement_of_another_name_and_troops_leaving_are_no_exit(check_store: Store) -> None:
    league = _check(check_store, "Britain and Iraq signed a treaty of alliance on 30 June 1930. Iraq joined the "
                                 "League on 3 October 1932.")
    assert not [c for c in league.claims if "1932" in c.text and c.records]
    troops = _check(check_store, "Hungary left the Warsaw Pact in November 1956. The last Soviet troops left in "
                                 "June 1991.")
    assert not [c for c in troops.claims if "Soviet" in c.text and "exit from" in c.claimed]


def test_states_that_followed_an_entry_told_in_the_same_sentence_entered_too(check_store: Store) -> None:
    result = _check(check_store, "Hungary joined the Anti-Comintern Pact on 24 February 1939, and Spain followed "
                                 "in March 1939.")
    entries = [c.claimed.split(":")[0] for c in _claims(result, "event_date")]
    assert entries == ["Kingdom of Hungary", "Francoist Spain"]


def test_states_told_beside_others_in_an_agreement_or_its_guarantors_are_parties(check_store: Store) -> None:
    beside = _check(check_store, "Today Poland has sat beside Hungary in NATO since March 1999.")
    assert [(c.kind, c.verdict) for c in beside.claims] == [("agreement_parties", "consistent")]  # (no signing)
    guarantor = _check(check_store, "Britain was one of the guarantors of the Rhineland Pact, signed at Locarno "
                                    "in October 1925.")
    assert [c.verdict for c in _claims(guarantor, "agreement_parties")] == ["consistent"]
    wrong = _check(check_store, "Sweden stood beside Austria in the Warsaw Pact.")
    assert [c.verdict for c in _claims(wrong, "agreement_parties")] == ["contradicts"]


def test_states_that_allied_again_at_a_date_told_before_the_verb(check_store: Store) -> None:
    result = _check(check_store, "In May 1882 Rome and Vienna allied once more, with Berlin.")
    assert [(c.verdict, c.records[0].id) for c in _claims(result, "agreement_date")] == [
        ("consistent", "1882-triple-alliance")]


def test_an_entry_dated_by_the_day_a_state_became_a_party_agrees_where_the_record_holds_that_day(
        check_store: Store) -> None:
    """NATO's ledger dates each later member's entry by its accession protocol (ATOP's rule) and holds the day it
    deposited its instrument as an event: an entry told by either day agrees, a wrong year still contradicts."""
    result = _check(check_store, "Hungary joined NATO on 12 March 1999. Romania acceded to NATO in March 2004. "
                                 "Albania joined NATO on 1 April 2010.")
    entries = {c.claimed.split(":")[0]: c for c in _claims(result, "event_date") if "entry into" in c.claimed}
    hungary, romania, albania = (next(c for name, c in entries.items() if state in name)
                                 for state in ("Hungary", "Romania", "Albania"))
    assert hungary.verdict == "consistent" and "became a party 1999-03-12" in hungary.record_value
    assert [r.kind for r in hungary.records] == ["treaty", "event"]
    assert romania.verdict == "consistent" and "2004-03-29" in romania.record_value
    assert albania.verdict == "contradicts"  # a year after the protocol and the deposit alike


def test_a_count_of_none_is_of_every_agreement_not_of_those_ended(check_store: Store) -> None:
    """The mutual defence treaty of 1951 still binds the Philippines and the United States: that none of their
    bilateral alliances has ended does not make "never signed a bilateral alliance" true."""
    result = _check(check_store, "The Philippines and the United States have never signed a bilateral alliance.")
    assert [c.verdict for c in _claims(result, "count")] == ["contradicts"]


def test_a_state_told_to_sign_in_the_signing_year_that_joined_later_is_not_yet_a_party(check_store: Store) -> None:
    """Sweden became a party to the North Atlantic Treaty only in 2022 (its protocol): told to have signed it in 1949
    it contradicts; told as a party now, or with a wrong year (the date's own claim), it does not."""
    signed = _check(check_store, "Norway and Sweden signed the North Atlantic Treaty in 1949.")
    assert [c.verdict for c in _claims(signed, "agreement_parties")] == ["contradicts"]
    assert "a party from 2022" in _claims(signed, "agreement_parties")[0].reason
    founders = _check(check_store, "Norway and Denmark signed the North Atlantic Treaty in 1949.")
    assert [c.verdict for c in _claims(founders, "agreement_parties")] == ["consistent"]
    now = _check(check_store, "Norway and Sweden, which signed up only later, have been parties to the North "
                              "Atlantic Treaty since 1949 and 2024.")
    assert "contradicts" not in [c.verdict for c in _claims(now, "agreement_parties")]
    wrong_year = _check(check_store, "Norway and Denmark signed the North Atlantic Treaty in 1950.")
    assert [c.verdict for c in _claims(wrong_year, "agreement_parties")] in ([], ["consistent"])


def test_an_elliptical_entry_after_an_aside_or_an_adverb_is_an_entry_too(check_store: Store) -> None:
    aside = _check(check_store, "Brazil acceded to the Declaration by United Nations in February 1943, when its "
                                "soldiers were already drilling, and Ethiopia in July 1942.")
    assert [c.claimed.split(":")[0] for c in _claims(aside, "event_date")] == ["United States of Brazil", "Ethiopia"]
    adverb = _check(check_store, "Mexico acceded to the Declaration by United Nations in June 1942, Chile only in "
                                 "February 1945.")
    entries = _claims(adverb, "event_date")
    assert "Chile" in entries[-1].claimed
    assert [c.verdict for c in _claims(adverb, "agreement_parties")] == [c.verdict for c in entries]


def test_a_state_s_government_signing_tells_the_state_a_party(check_store: Store) -> None:
    def parties(sentence: str) -> list[tuple[str, str]]:
        return [(c.verdict, c.claimed) for c in _claims(_check(check_store, sentence), "agreement_parties")]

    assert ("consistent", "parties: Norway") in parties(
        "Norway's exiled government signed the Declaration by United Nations in London.")
    assert [v for v, _ in parties("Spain's government signed the Declaration by United Nations.")] == ["contradicts"]
    assert not parties("Sweden's government welcomed the North Atlantic Treaty.")


def test_states_an_agreement_had_among_its_members_are_parties(check_store: Store) -> None:
    def parties(sentence: str) -> list[str]:
        return [c.verdict for c in _claims(_check(check_store, sentence), "agreement_parties")]

    assert parties("The Rio Treaty had Venezuela among its original signatories.") == ["consistent"]
    assert parties("By 1960 the Baghdad Pact numbered Pakistan and Iran among its members.") == ["consistent"]
    assert parties("The Rio Treaty had Spain among its founders.") == ["contradicts"]


def test_a_partner_fronted_by_with_after_a_dated_clause_is_a_party(check_store: Store) -> None:
    result = _check(check_store, "Greece and Turkey talked. The two had joined NATO on 18 February 1952, and with "
                                 "Yugoslavia they formally concluded the Balkan Pact on 28 February 1953.")
    assert any("Yugoslavia" in c.claimed and c.verdict == "consistent" for c in _claims(result, "agreement_parties"))


def test_states_told_beside_a_signing_the_record_found_are_its_parties(check_store: Store) -> None:
    def parties(sentence: str) -> list[tuple[str, str]]:
        return [(c.verdict, c.claimed) for c in _claims(_check(check_store, sentence), "agreement_parties")]

    # (the states in a title no record holds by that name, or standing beside its signing in no form read as a
    # signer's)
    assert parties("The Treaty of Friendship between Egypt and Syria was signed on 20 October 1955.") == [
        ("consistent", "parties: Republic of Egypt, Syrian Republic")]
    assert [v for v, _ in parties("Paris and Ankara, after long haggling and with London watching, finally put "
                                  "the Balkan question aside in the Treaty of Mutual Assistance between Britain, "
                                  "France and Turkey of 19 October 1939.")] == ["consistent"]
    # (a state beside it that is no party: none, never a contradiction)
    assert not parties("Italy looked on when the Treaty of Mutual Assistance between Britain, France and Turkey "
                       "was signed on 19 October 1939.")


def test_more_verbs_of_joining_and_leaving_are_read_against_a_member_s_entry_or_exit(check_store: Store) -> None:
    def read(sentence: str) -> list[tuple[str, str, str]]:
        return [(c.kind, c.claimed.split(":")[0], c.verdict) for c in _check(check_store, sentence).claims]

    assert read("Tunisia became a party to the continent's new founding charter in December 2000.") == [
        ("agreement_date", "Republic of Tunisia", "consistent"),
        ("agreement_parties", "parties", "consistent")]
    assert read("The king's men had their way: Iraq's government denounced it on 24 March 1959.") == [
        ("agreement_date", "Republic of Iraq", "consistent"), ("agreement_parties", "parties", "consistent")]


def test_states_concluding_a_described_agreement_after_a_date_are_its_parties(check_store: Store) -> None:
    result = _check(check_store, "On 20 October 1955, with Cairo pressing hard, Damascus and Egypt concluded a "
                                 "mutual defence pact.")
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["consistent"]


def test_a_member_s_act_the_record_contradicts_is_read_against_its_other_acts(check_store: Store) -> None:
    # another state's entry into the same agreement at the date told, that state read at no other date
    other = _check(check_store, "Madrid entered the North Atlantic Treaty in May 1982, the alliance Bonn had joined "
                                "in 1954.")
    assert [c.verdict for c in _claims(other, "agreement_parties") if "entry into" in c.claimed] == [
        "consistent", "consistent"]
    wrong = _check(check_store, "Madrid entered the North Atlantic Treaty in May 1982, the alliance Bonn had joined "
                                "in 1957.")
    assert "contradicts" in [c.verdict for c in _claims(wrong, "agreement_parties") if "1957" in c.claimed]
    # an agreement told by no title: the one other agreement the state entered that month
    league = _check(check_store, "Libya, a member of the League since March 1953, joined its joint defence treaty "
                                 "in September 1964.")
    assert [c.verdict for c in league.claims if "September 1964" in c.claimed] == ["consistent", "consistent"]
    # a day told: the state's entry that day into another agreement, whatever the sentence called it
    day = _check(check_store, "Libya adhered to the Arab League's joint defence treaty on 28 March 1953.")
    assert [c.verdict for c in day.claims if "28 March 1953" in c.claimed] == ["consistent", "consistent"]
    # a wrong year of a state's own entry stands
    late = _check(check_store, "Greece acceded to the North Atlantic Treaty in 1955.")
    assert [c.verdict for c in _claims(late, "event_date")] == ["contradicts"]


def test_an_agreement_told_by_its_date_that_a_told_state_joined_only_later_is_another(check_store: Store) -> None:
    # the nearest agreement of the two, the Declaration by United Nations, Mexico adhered to only in June 1942
    early = _check(check_store, "For a year Mexico and Britain worked under the agreement of 10 February 1942, which "
                                "gave London a say in the war effort.")
    assert [c.verdict for c in _claims(early, "agreement_date")] == ["not_in_record"]
    # told at a date both were in it, a wrong date of it stands
    later = _check(check_store, "For a year Mexico and Britain worked under the agreement of 10 February 1943, which "
                                "gave London a say in the war effort.")
    assert [c.verdict for c in _claims(later, "agreement_date")] == ["contradicts"]


def test_a_count_told_within_a_span_of_years_counts_those_signed_in_it(check_store: Store) -> None:
    # Russia and Belarus: ATOP's bilateral pacts of 1992, 1995 and 1997
    within = _check(check_store, "Between 1994 and 1998 Moscow and Minsk signed two bilateral security treaties.")
    assert [c.verdict for c in _claims(within, "count")] == ["consistent"]
    wrong = _check(check_store, "From 1994 to 1998 Moscow and Minsk signed three bilateral security treaties.")
    assert [c.verdict for c in _claims(wrong, "count")] == ["contradicts"]


def test_a_day_told_without_a_year_in_a_sentence_of_two_years_does_not_contradict(check_store: Store) -> None:
    result = _check(check_store, "The Rio Treaty was invoked over Cuba in October 1962, and once more after the "
                                 "bombings of 3 March, on 9 March 1999.")
    assert not [c for c in result.claims if "3 March" in c.claimed and "9 March" not in c.claimed
                and c.verdict == "contradicts"]


def test_a_past_ending_told_by_a_pronoun_is_read_against_the_agreement_just_told(check_store: Store) -> None:
    # "it" last stood for NATO; the sentence before counted the pair's bilateral pacts, one of them broken
    near = _check(check_store, "Poland joined the North Atlantic Treaty in March 1999, and Germany had been a member "
                               "since 1955.\n\nWarsaw and Berlin have signed two bilateral pacts. Only one of them was "
                               "ever broken, and it was the Germans who broke it.")
    assert [c.verdict for c in _claims(near, "ending")] == ["consistent"]
    # the pronoun's own agreement, told just before, wrongly ended: the contradiction stands
    own = _check(check_store, "Berlin and Warsaw signed a declaration of non-aggression in January 1934. It simply "
                              "lapsed in 1939.")
    assert [c.verdict for c in _claims(own, "ending")] == ["contradicts"]


def test_a_date_told_of_an_agreement_s_successor_is_not_its_signing(check_store: Store) -> None:
    result = _check(check_store, "London and Tokyo concluded an alliance on 30 January 1902. It was superseded three "
                                 "years later by a wider treaty of August 1905, concluded as the war in Manchuria "
                                 "ended.")
    assert not [c for c in _claims(result, "agreement_date") if c.verdict == "contradicts"]
    assert [c.verdict for c in _claims(result, "ending")] == ["consistent"]



def test_both_or_neither_with_none_told_before_stands_for_the_pairs_two_agreements(check_store: Store) -> None:
    text = ("Finland and Norway have been close partners in Europe for decades. Their ministers meet every year. "
            "Neither was ever torn up; both remain in force today.")
    endings = _claims(_check(check_store, text), "ending")
    # ("Neither was ever torn up" a claim of its own: each of the pair's agreements read by every coding, the pair's
    # own exits from a multilateral one among them, none a breach)
    assert [c.verdict for c in endings] == ["consistent", "consistent"]
    assert "in force" in endings[-1].claimed
    # (a guess at what "both" stands for bears an ending out, never refutes it)
    lapsed = "Finland and Norway have been close partners in Europe for decades. Both lapsed in 1961."
    assert not [c for c in _claims(_check(check_store, lapsed), "ending") if c.verdict == "contradicts"]


def test_an_ending_told_of_a_later_description_than_the_sentences_first(check_store: Store) -> None:
    text = ("Romania and Austria-Hungary signed their alliance in Vienna on 30 October 1883. In August 1916 Bucharest "
            "celebrated the union of its provinces, and the old alliance was broken.")
    endings = _claims(_check(check_store, text), "ending")
    assert [c.verdict for c in endings] == ["consistent"] and "old alliance" in endings[0].claimed
