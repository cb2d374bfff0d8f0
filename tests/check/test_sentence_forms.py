"""Sentence forms the checker reads since issue 22e, each on a short made-up sentence (the record is the shipped
ledgers' and ATOP's): agreements told by a relative clause or a leading participle, parties told by what they
promised, endings told as "still in force", "did the job", "fulfilled rather than broken" or "betrayed them",
counts told in prose, leaders by a title in lower case, and the names articles use for ATOP-coded alliances."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from foedus.check import check_text
from foedus.check.mentions import atop_names, find_mentions, gazetteer
from foedus.check.models import CheckResult
from foedus.store import Store
from tests.check.sentences import agreement_links as _links
from tests.check.sentences import claims_of as _claims


def _check(store: Store, body: str, published: str = "2024-12-01") -> CheckResult:
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def test_an_agreement_told_by_a_relative_clause_of_its_signing(check_store: Store) -> None:
    right = _check(check_store, "France leaned on the defence agreement that it had concluded with Gabon on 17 "
                                "August 1960.")
    assert [(c.verdict, c.records[0].id) for c in _claims(right, "agreement_date")] == [
        ("consistent", "fr-ga-1960-defence-agreement")]
    wrong = _check(check_store, "The treaty of defensive alliance that Argentina, Bolivia and Peru had signed in Lima "
                                "on 6 February 1873 promised to protect each signatory's independence.")
    assert [c.verdict for c in _claims(wrong, "agreement_date")] == ["consistent"]
    parties = _claims(wrong, "agreement_parties")
    assert [c.verdict for c in parties] == ["contradicts"] and "Argentina" in parties[0].claimed


def test_a_sentence_led_by_a_participle_of_signing(check_store: Store) -> None:
    result = _check(check_store, "The war killed off the Tashkent Declaration. Signed on 10 January 1966 by Pakistan, "
                                 "India and the Soviet Union, it had bound the pair to renounce force.")
    assert [c.verdict for c in _claims(result, "agreement_date")] == ["consistent"]
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["contradicts"]
    assert not _claims(result, "ending")  # "to renounce force" ends nothing


def test_parties_told_by_what_they_promised(check_store: Store) -> None:
    result = _check(check_store, "The Treaty of Guarantee was signed in Nicosia on 16 August 1960. Turkey, Greece and "
                                 "Britain guaranteed the new republic's independence.")
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["consistent"]
    wrong = _check(check_store, "The Treaty of Guarantee was signed in Nicosia on 16 August 1960. Italy, Greece and "
                                "Britain guaranteed the new republic's independence.")
    assert [c.verdict for c in _claims(wrong, "agreement_parties")] == ["contradicts"]


def test_endings_told_in_other_words(check_store: Store) -> None:
    seato = _check(check_store, "Bangkok tied itself to SEATO, the Southeast Asia Collective Defense Treaty signed at "
                                "Manila on 8 September 1954, which, on paper, remains in force.", "2021-12-21")
    assert [c.verdict for c in _claims(seato, "agreement_date")] == ["consistent"]
    assert [c.verdict for c in _claims(seato, "ending")] == ["depends_on_coding"]
    kept = _check(check_store, "Pakistan and the United States signed an agreement of cooperation on 5 March 1959. "
                               "The agreement was never terminated and remains in force.", "2021-12-16")
    assert [c.verdict for c in _claims(kept, "ending")] == ["consistent"]  # no negation across "and"
    fulfilled = _check(check_store, "Mozambique and Zimbabwe signed a defence agreement on 10 January 1981. The pact "
                                    "did the job it was made for.")
    assert [c.verdict for c in _claims(fulfilled, "ending")] == ["consistent"]
    crimea = _check(check_store, "Britain, France and the Ottoman Empire signed a treaty of alliance on 12 March 1854. "
                                 "The alliance was fulfilled rather than broken.")
    assert [c.verdict for c in _claims(crimea, "agreement_date")] == ["consistent"]
    assert [c.verdict for c in _claims(crimea, "ending")] == ["consistent"]


def test_a_breach_told_of_them(check_store: Store) -> None:
    result = _check(check_store, "Pakistan and the United States signed an agreement of cooperation on 5 March 1959. "
                                 "In 1971 war came. Many Pakistanis say that America betrayed them.", "2021-12-16")
    endings = _claims(result, "ending")
    assert [c.verdict for c in endings] == ["contradicts"] and endings[0].records[0].id == \
        "pk-us-1959-cooperation-agreement"


def test_counts_told_in_prose(check_store: Store) -> None:
    second = _check(check_store, "The Soviet-Yugoslav treaty of 11 April 1945 was their second bilateral pact.")
    assert [c.verdict for c in _claims(second, "count")] == ["consistent"]
    before = _check(check_store, "Before 1978 Hanoi and Moscow had never signed a bilateral pact.", "2018-11-03")
    assert [c.verdict for c in _claims(before, "count")] == ["consistent"]
    assert not _claims(before, "agreement_date")  # a signing told negated is no signing
    never = _check(check_store, "Hanoi and Moscow have signed two bilateral pacts in all, and neither of them was "
                   "ever broken.",
                   "2018-11-03")
    assert [c.verdict for c in _claims(never, "count")] == ["consistent", "consistent"]


def test_leaders_by_a_title_in_lower_case(check_store: Store) -> None:
    result = _check(check_store, "In 1945 the treaty was signed in Moscow. Then prime minister Josip Broz Tito signed "
                                 "it in person. President Léon M'ba was restored in 1964.")
    offices = _claims(result, "leader_office")
    assert [c.claimed.split(" in office")[0] for c in offices] == ["prime minister Josip Broz Tito",
                                                                    "President Léon M'ba"]
    # Archigos (shipped): Tito led Yugoslavia from March 1945; "Mba" led Gabon from 1960 to 1967
    assert [c.verdict for c in offices] == ["consistent", "consistent"]


def test_names_of_atop_coded_alliances_link(check_store: Store) -> None:
    assert _links(check_store, "In 1992 the Collective Security Treaty was signed.") == [
        ("Collective Security Treaty", "treaty:atop-4220")]
    assert _links(check_store, "Russia leads the CSTO.") == [("CSTO", "treaty:atop-4220")]
    assert _links(check_store, "The Balkan Entente bound four states.") == [("Balkan Entente", "treaty:atop-2330")]
    assert _links(check_store, "The Simla Agreement followed the war.") == [("Simla Agreement", "treaty:atop-3705")]
    # a name two alliances share links by the sentence's year, else not at all
    assert _links(check_store, "They concluded the Balkan Pact in Ankara in 1953.") == [
        ("Balkan Pact", "treaty:atop-3230")]
    assert _links(check_store, "The Balkan Pact of 1934 was aimed at Bulgaria.") == [
        ("Balkan Pact", "treaty:atop-2330")]
    assert _links(check_store, "The Balkan Pact was much discussed.") == [("Balkan Pact", None)]


def test_short_and_partial_names_link_nothing(check_store: Store) -> None:
    text = ("Sino-Indian talks, the Indo-Pacific, the Sino and the Balkan states: in Tashkent, Kyiv and Ukraine "
            "officials spoke of collective security, an entente and the little entente of the 1920s.")
    mentions = find_mentions(text, gazetteer(check_store), None)
    assert not [m for m in mentions if m.kind == "agreement" and m.target]
    assert not [m for m in mentions if m.text.startswith("Sino") and m.target == "state:369"]  # never Ukraine
    # no name short enough to match inside others, but for an acronym of three capitals, read only in capitals
    assert all(len(n.name) >= 4 or re.fullmatch(r"[A-Z]{3}", n.name) for n in atop_names())


def test_each_atop_name_is_of_a_stored_alliance_signed_on_its_date(check_store: Store) -> None:
    gaz = gazetteer(check_store)
    held = {t["atopid"]: t["slug"] for t in check_store.query("SELECT slug, atopid FROM treaties WHERE atopid IS "
                                                                "NOT NULL")}
    for name in atop_names():
        slug = held.get(name.atopid, f"atop-{name.atopid}")
        assert gaz.treaties[slug].signed == name.signed, name
        assert name.source.strip(), name


@pytest.mark.shared_data
def test_each_atop_name_matches_atops_alliance_file(shared_data: Path) -> None:
    path = shared_data / "atop" / "atop4_01a.csv"
    if not path.exists():
        pytest.skip(f"{path} is not there")
    with path.open(encoding="utf-8") as handle:
        begun = {int(r["atopid"]): f"{r['begyr']}-{int(r['begmo'] or 0):02d}-{int(r['begday'] or 0):02d}"
                 for r in csv.DictReader(handle)}
    for name in atop_names():
        assert begun[name.atopid] == name.signed, name


def test_a_renewal_told_beside_another_signing_is_an_event_of_its_own(check_store: Store) -> None:
    result = _check(check_store, "The Anti-Comintern Pact was renewed at Berlin on 25 November 1941, and on 11 "
                                 "December 1941 Japan, Germany and Italy signed an agreement to wage the war together.")
    events = _claims(result, "event_date")
    assert ("consistent", "1941-anti-comintern-renewal") in [(c.verdict, c.records[0].id) for c in events if c.records]
    assert not [c for c in _claims(result, "agreement_date") if "Anti-Comintern" in c.claimed]


def test_an_entry_into_the_agreement_named_last_before_the_verb(check_store: Store) -> None:
    result = _check(check_store, "After the war the two sat side by side in NATO and in the Baghdad Pact, which "
                                 "London joined on 5 April 1955.")
    entries = _claims(result, "event_date")
    assert [(c.verdict, c.records[0].id) for c in entries] == [("consistent", "1955-baghdad-pact-cento")]


def test_endings_of_a_declaration_a_revocation_and_it_after_a_colon(check_store: Store) -> None:
    died = _check(check_store, "India and Pakistan signed the Tashkent Declaration on 10 January 1966. The declaration "
                               "died that evening, broken by both sides.")
    assert [c.verdict for c in _claims(died, "ending")] == ["consistent"]  # both codings: violated
    broken = _check(check_store, "The earlier one, the declaration Germany and France signed on 6 December 1938, was "
                                 "dead within a year: it was broken when France declared war.")
    assert [c.records[0].id for c in _claims(broken, "ending")] == ["atop-2430"]
    revoked = _check(check_store, "Australia and Indonesia signed an agreement on maintaining security on 18 December "
                                  "1995. In 1999 Indonesia revoked the agreement.")
    assert [c.claimed.split(": ")[-1] for c in _claims(revoked, "ending")] == ["abrogated"]


def test_states_told_to_be_allied_at_a_date(check_store: Store) -> None:
    right = _check(check_store, "Constantinople and London were allied once more in 1878, when Britain undertook to "
                                "defend the Sultan's Asian provinces.")
    assert [(c.verdict, c.records[0].id) for c in _claims(right, "agreement_date")] == [("consistent", "atop-1330")]
    assert not _claims(_check(check_store, "Constantinople and London were allied once more in 1700."),
                       "agreement_date")


def test_the_alliance_is_the_one_alive_then_and_an_expiry_told_with_its_cause(check_store: Store) -> None:
    result = _check(check_store, "On 12 March 1854 France and Britain signed a treaty of alliance with the Ottoman "
                                 "Empire. Forty years earlier Britain had joined the Quadruple Alliance of 20 "
                                 "November 1815. The war ended on 30 March 1856. Then the alliance lapsed, having "
                                 "done exactly what it was made for.")
    [ending] = _claims(result, "ending")
    assert ending.records[0].id == "1854-crimean-war-alliance" and ending.claimed.endswith("fulfilled")


def test_a_date_the_records_title_gives_its_second_instrument(check_store: Store) -> None:
    result = _check(check_store, "Britain and the Soviet Union were allies. On 26 May 1942 Molotov and Eden signed "
                                 "the Anglo-Soviet Treaty of Alliance in London.", "2022-05-26")
    assert [(c.verdict, c.records[0].id) for c in _claims(result, "agreement_date")] == [
        ("consistent", "gb-su-1941-anglo-soviet-alliance")]


def test_a_leader_named_before_the_title(check_store: Store) -> None:
    result = _check(check_store, "In 1963 Jomo Kenyatta, then Kenya's prime minister, signed it. In 1914 Enver "
                                 "Pasha, the war minister, had pressed for war. In 1865 its president, Francisco "
                                 "Solano López, declared war.")
    offices = _claims(result, "leader_office")
    assert [c.claimed.split(",")[0] for c in offices] == ["Jomo Kenyatta", "Enver Pasha", "president"]
    # Kenyatta led Kenya from December 1963 (Archigos); a war minister is no office Archigos records; Archigos's
    # Paraguay begins after 1865, and its only López then is Venezuela's, of 1887: someone else
    assert [c.verdict for c in offices] == ["consistent", "not_in_record", "not_in_record"]


def test_a_signing_told_in_a_when_clause(check_store: Store) -> None:
    result = _check(check_store, "The former allies gathered in Ankara on 19 October 1939, when Turkey, Britain and "
                                 "France signed a treaty of mutual assistance.")
    told = [(c.kind, c.verdict, c.records[0].id) for c in result.claims]
    assert told == [("agreement_date", "consistent", "1939-anglo-franco-turkish-treaty"),
                    ("agreement_parties", "consistent", "1939-anglo-franco-turkish-treaty")]  # all three, not two


def test_an_entry_repeated_for_other_states_with_the_verb_left_out(check_store: Store) -> None:
    result = _check(check_store, "Hungary and Poland joined NATO in December 1997, Slovenia in March 2003, and "
                                 "Croatia in July 2009.")
    told = [(c.claimed.split(":")[0].split()[-1], c.verdict) for c in _claims(result, "event_date")]
    assert told == [("Poland", "consistent"), ("Slovenia", "consistent"), ("Croatia", "contradicts")]
    relative = _check(check_store, "NATO grew again on 26 March 2003. Albania and Croatia adhered that July, as "
                                   "planned.")
    assert [c.verdict for c in _claims(relative, "event_date")] == ["contradicts"]  # July 2003, not 2008
    other = _check(check_store, "Hungary joined NATO in December 1997, Slovenia hosting the summit in March 2003.")
    assert not [c for c in _claims(other, "event_date") if "Slovenia: entry" in c.claimed]  # a verb of its own


def test_an_agreement_referred_to_takes_no_signing_date_without_a_verb_of_signing(check_store: Store) -> None:
    result = _check(check_store, "Russia and China signed the Treaty of Good Neighbourliness and Friendly "
                                 "Co-operation on 16 July 2001. The treaty was much praised in Beijing on 3 March "
                                 "2005.")
    assert [c.claimed for c in _claims(result, "agreement_date")] == [
        "Treaty of Good Neighbourliness and Friendly Co-operation signed 16 July 2001"]


def test_a_founding_told_in_the_passive_and_entries_told_as_following_or_becoming_a_party(check_store: Store) -> None:
    result = _check(check_store, "NATO was set up by twelve states on 4 April 1949; Greece and Turkey followed in "
                                 "October 1951. Spain became a party to the alliance in December 1981, and Switzerland "
                                 "became a party to it in 1990.")
    assert [c.verdict for c in _claims(result, "agreement_date")] == ["consistent"]
    assert [(c.claimed.split(":")[0].split()[-1], c.verdict) for c in _claims(result, "event_date")] == [
        ("Turkey", "consistent"), ("Spain", "consistent")]
    parties = _claims(result, "agreement_parties")  # each dated entry is also a party claim with its verdict
    wrong = [c for c in parties if c.verdict != "consistent"]
    assert [c.verdict for c in wrong] == ["contradicts"] and "Switzerland" in wrong[0].claimed
    assert [c.claimed.split(":")[1].split()[-1] for c in parties if c.verdict == "consistent"] == ["Turkey", "Spain"]


def test_protocols_of_accession_told_of_they_are_entries_not_signings(check_store: Store) -> None:
    result = _check(check_store, "Poland and Hungary had left the Warsaw Pact by 1991. On 16 December 1997 they "
                                 "signed their protocols of accession to NATO in Brussels.")
    assert [c.verdict for c in _claims(result, "event_date") if "entry into" in c.claimed] == ["consistent"]
    assert not [c for c in _claims(result, "agreement_date") if "1997" in c.claimed]


def test_each_agreement_takes_the_verb_of_signing_of_its_own_clause(check_store: Store) -> None:
    result = _check(check_store, "The United States signed the North Atlantic Treaty on 4 April 1949, and with "
                                 "Australia and New Zealand it concluded the ANZUS Treaty on 1 September 1951.")
    assert [(c.claimed, c.verdict) for c in _claims(result, "agreement_date")] == [
        ("North Atlantic Treaty signed 4 April 1949", "consistent"), ("ANZUS signed 1 September 1951",
                                                                       "consistent")]


def test_a_title_without_its_parties_and_an_unknown_name_that_is_no_anaphor(check_store: Store) -> None:
    assert ("Agreement on Maintaining Security", "treaty:au-id-1995-agreement-on-maintaining-security") in _links(
        check_store, "Canberra and Jakarta concluded the Agreement on Maintaining Security in December 1995.")
    result = _check(check_store, "Russia and China signed the Treaty of Good Neighbourliness and Friendly "
                                 "Co-operation on 16 July 2001. The Treaty of Tianjin, signed on 26 June 1858, was "
                                 "another matter.")
    assert [c.claimed for c in _claims(result, "agreement_date") if c.verdict != "not_in_record"] == [
        "Treaty of Good Neighbourliness and Friendly Co-operation signed 16 July 2001"]


def test_an_ending_told_of_it_is_the_agreement_referred_to_not_one_named_after(check_store: Store) -> None:
    result = _check(check_store, "Britain and the Soviet Union signed the Anglo-Soviet Treaty of Alliance in 1942. "
                                 "Khrushchev's government revoked it in 1955 after Bonn joined NATO.")
    endings = _claims(result, "ending")
    assert [(c.records[0].id, c.verdict) for c in endings] == [("gb-su-1941-anglo-soviet-alliance", "consistent")]
    void = _check(check_store, "Britain and the Soviet Union signed the Anglo-Soviet Treaty of Alliance in 1942. "
                               "Moscow declared it void in 1955.")
    assert [c.verdict for c in _claims(void, "ending")] == ["consistent"]


def test_a_declaration_of_war_is_no_statement_or_signing(check_store: Store) -> None:
    result = _check(check_store, "In January 1942 Britain declared war on China.")
    assert not [c for c in _claims(result, "event_date")
                if c.records and c.records[0].id == "1942-un-declaration-signed"]


@pytest.mark.parametrize("sentence", [
    "The foreign office keeps a secret register of every breach since 1950.",
    "The full text of the 1961 treaty is reproduced in an appendix.",
    "A chronology of the crisis is printed at the foot of this page.",
    "The ministry referred us to its catalogue of the consultations held under the pact.",
])
def test_a_list_or_document_given_elsewhere_is_referenced_not_stated(check_store: Store, sentence: str) -> None:
    assert [c.verdict for c in _claims(_check(check_store, sentence), "list")] == ["referenced_not_stated"]


@pytest.mark.parametrize("sentence", [
    "Moscow kept a list of demands: a base, a port and a railway.",
    "The treaty was printed in every newspaper in 1961.",
    "Historians list the causes of the war differently.",
])
def test_a_list_given_or_no_list_is_no_reference(check_store: Store, sentence: str) -> None:
    assert _claims(_check(check_store, sentence), "list") == []


def test_an_event_is_dated_by_the_date_written_before_one_told_against_another(check_store: Store) -> None:
    result = _check(check_store, "On 31 March 1979 the ministers met in Baghdad. Its envoy gone from Cairo the same "
                                 "day, Jordan announced its break with Egypt in April 1979.")
    told = [c.claimed for c in _claims(result, "event_date") if "Jordan" in c.text]
    assert told and all("April 1979" in c for c in told)


def test_states_said_to_be_parties_founding_members_or_never_parties(check_store: Store) -> None:
    def parties(body: str) -> list[tuple[str, str]]:
        return [(c.verdict, c.claimed) for c in _claims(_check(check_store, body), "agreement_parties")]

    assert parties("Sweden and Finland are now both members of NATO.") == [
        ("consistent", "parties: Sweden, Finland")]
    assert [v for v, _ in parties("Norway and Denmark were among the founding members of NATO.")] == ["consistent"]
    late = parties("Greece and Norway were among the founding members of NATO.")
    assert [v for v, _ in late] == ["contradicts"] and "Greece" in late[0][1]
    assert [v for v, _ in parties("Switzerland, for all its banks, never joined NATO.")] == ["consistent"]
    never = parties("Norway, whatever some of its critics now claim, never signed the North Atlantic Treaty.")
    assert [v for v, _ in never] == ["contradicts"]


def test_an_agreement_referred_to_with_an_adjective_and_one_dated_of_its_own(check_store: Store) -> None:
    result = _check(check_store, "Russia and China signed the Treaty of Good Neighbourliness and Friendly "
                                 "Co-operation on 16 July 2001. The celebrated treaty was abrogated in June 2021.")
    assert any("The celebrated treaty [" in c.claimed for c in result.claims)
    dated = _check(check_store, "Russia and China signed the Treaty of Good Neighbourliness and Friendly "
                                "Co-operation on 16 July 2001. Moscow and Beijing signed the border treaty of 14 "
                                "October 2004 later.")
    assert not any("Good Neighbourliness" in r.label and "2004" in c.claimed for c in dated.claims for r in c.records)


def test_a_pact_described_with_its_date_and_a_clause_told_after_a_span_of_time(check_store: Store) -> None:
    result = _check(check_store, "Germany and Turkey signed a non-aggression pact of 18 June 1941, only four days "
                                 "before Germany attacked the Soviet Union.")
    assert [c.verdict for c in _claims(result, "agreement_date")] == ["consistent"]
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["consistent"]  # not the Soviet Union


def test_an_ending_word_far_before_an_agreement_is_not_its_and_a_colon_opens_a_clause(check_store: Store) -> None:
    result = _check(check_store, "The handover ended a long era of quarrels over the frontier, just as the Treaty of "
                                 "Good Neighbourliness and Friendly Co-operation, signed on 16 July 2001, foresaw.")
    assert _claims(result, "ending") == []
    assert [c.verdict for c in _claims(result, "agreement_date")] == ["consistent"]
    left = _check(check_store, "Moscow crushed the Prague Spring, and the bloc never recovered: Albania left the "
                               "Warsaw Pact in September 1968.")
    assert [(c.verdict, c.claimed.split(":")[0]) for c in _claims(left, "event_date")] == [
        ("consistent", "People's Republic of Albania")]


def test_an_agreement_told_by_what_its_parties_promised_on_a_date(check_store: Store) -> None:
    result = _check(check_store, "On 27 September 1940 Germany, Italy and Japan pledged in Berlin to assist one "
                                 "another. Hungary adhered in November 1940.")
    assert [(c.verdict, c.records[0].id) for c in _claims(result, "agreement_date")] == [
        ("consistent", "1940-tripartite-pact")]
    # the promisers, then Hungary by its entry (each dated entry is also a party claim)
    assert [(c.verdict, "Hungary" in c.claimed) for c in _claims(result, "agreement_parties")] == [
        ("consistent", False), ("consistent", True)]
    assert [c.verdict for c in _claims(result, "event_date")] == ["consistent"]  # the pact promised is "it" next
    none = _check(check_store, "In 1960 Sweden and Norway promised to consult each other on fisheries.")
    assert _claims(none, "agreement_date") == []


def test_an_end_by_mutual_consent_is_a_joint_dissolution(check_store: Store) -> None:
    result = _check(check_store, "Britain and the Soviet Union signed the Anglo-Soviet Treaty of Alliance in 1942. "
                                 "In the end it was terminated by mutual consent.")
    endings = _claims(result, "ending")
    assert [c.claimed.rsplit(": ", 1)[-1] for c in endings] == ["dissolved jointly"]
    assert endings[0].verdict == "contradicts"  # both codings read a Soviet abrogation


def test_a_list_of_parties_with_an_item_led_by_the(check_store: Store) -> None:
    result = _check(check_store, "The ANZUS Treaty was signed on 1 September 1951 in San Francisco by New Zealand, "
                                 "Australia, the United States and Canada.")
    wrong = _claims(result, "agreement_parties")
    assert [c.verdict for c in wrong] == ["contradicts"] and "Canada" in wrong[0].claimed


def test_a_signing_told_with_its_place_and_the_states_or_pair_of_the_article(check_store: Store) -> None:
    # a capital told as the place of the signing is no party when two states (or none) are named besides it
    result = _check(check_store, "Sixty years ago today, in Buenos Aires, Paraguay and Bolivia signed the treaty "
                                 "that closed the Chaco conflict.", published="1998-07-21")
    assert [(c.verdict, c.records[0].id) for c in _claims(result, "agreement_date")] == [("consistent", "atop-2423")]
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["consistent"]
    unknown = _check(check_store, "On 12 May 1911, in Buenos Aires, Paraguay and Bolivia signed the treaty that "
                                  "settled their customs dispute.")
    assert [c.verdict for c in _claims(unknown, "agreement_date")] == ["not_in_record"]
    # "The treaty, signed in Paris on ...": the parties are the states of the sentence before
    for day, verdict in (("17 December 1925", "consistent"), ("17 December 1926", "contradicts")):
        told = _check(check_store, f"Ankara and Moscow stayed close. The neutrality treaty, signed in Paris on {day}, "
                                   "was renewed in 1935.")
        assert [(c.verdict, c.records[0].id) for c in _claims(told, "agreement_date")] == [(verdict, "atop-2145")]
    # with one state named besides it, the capital stands for its state
    one = _check(check_store, "Siad Barre's government concluded a pact of friendship with the Soviet Union in "
                              "Mogadishu on 11 July 1974.")
    assert [c.verdict for c in _claims(one, "agreement_parties")] == ["consistent"]


def test_a_list_of_parties_is_no_lead_in_unless_led_by_another_object(check_store: Store) -> None:
    listed = _check(check_store, "Bolivia, Peru and Argentina signed a treaty of defensive alliance in Lima on 6 "
                                 "February 1873.")
    parties = _claims(listed, "agreement_parties")
    assert [c.verdict for c in parties] == ["contradicts"] and "Argentina" in parties[0].claimed
    led = _check(check_store, "On 11 December 1941, the very day they declared war on the United States, Japan, "
                              "Germany and Italy signed an agreement to fight on together.")
    assert [c.verdict for c in _claims(led, "agreement_parties")] == ["consistent"]


@pytest.mark.parametrize(("sentence", "slug", "verdict"), [
    ("London's commitment rested on AMDA, which Britain and Malaya concluded on 12 October 1957.", "atop-3330",
     "consistent"),
    ("Spain and Canada put their names to the Helsinki Accords on 1 August 1975.", "atop-3740", "consistent"),
    ("Ecuador and Peru signed the Charter of the OAS on 30 April 1949.", "atop-3150", "contradicts"),
    ("Ghana and Kenya adopted the Constitutive Act of the African Union on 11 July 2000.", "atop-4953",
     "within_tolerance"),
])
def test_names_of_atop_alliances_added_since_heldout6(check_store: Store, sentence: str, slug: str,
                                                      verdict: str) -> None:
    result = _check(check_store, sentence)
    assert [(c.verdict, c.records[0].id) for c in _claims(result, "agreement_date")] == [(verdict, slug)]


@pytest.mark.parametrize("sentence", [
    "A list of the Romanian diplomats recalled from Sofia that month was never made public.",
    "Lisbon's list of the concessions it expected has never been released.",
    "The treaty's secret protocol listed the ports each navy might use in wartime.",
    "The memorandum, which enumerated every Chilean grievance, stayed in a drawer in Santiago.",
    "The general's report to the cabinet listed the divisions he would need.",
])
def test_a_list_told_by_its_owner_or_contents_and_not_given_is_referenced_not_stated(check_store: Store,
                                                                                     sentence: str) -> None:
    assert [c.verdict for c in _claims(_check(check_store, sentence), "list")] == ["referenced_not_stated"]


@pytest.mark.parametrize("sentence", [
    "The annex listed Bulgaria, Greece and Romania as the guarantors.",
    "The list of demands included a port, a railway and a naval base.",
    "Security topped the list of concerns in Ankara that winter.",
    "Its list of grievances was short: a tariff and a border post.",
])
def test_a_list_given_or_told_as_a_rank_is_no_reference(check_store: Store, sentence: str) -> None:
    assert _claims(_check(check_store, sentence), "list") == []
