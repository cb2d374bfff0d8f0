"""Dated acts told clause by clause, dates told loosely, durations kept apart from dates, and leaders told taking or
holding an office (issue 22o), each on made-up sentences (the record is the shipped ledgers' and ATOP's; no leaders
are imported)."""

from __future__ import annotations

import datetime as dt

from foedus.check.mentions import find_mentions, gazetteer
from foedus.check.models import CheckResult, Claim
from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _events(result: CheckResult) -> list[Claim]:
    return [c for c in result.claims if c.kind == "event_date"]


def test_two_dated_acts_of_one_sentence_are_two_claims(check_store: Store) -> None:
    result = _check(check_store, "Rome recalled its envoy from Vienna on 4 May 1915 and then declared war "
                                 "on Austria-Hungary on 23 May 1915.")
    events = _events(result)
    # (two verbs of one clause: each act at its own date, both told on the whole clause)
    assert [c.claimed.rsplit(" ", 1)[-1].strip("()") for c in events] == ["1915-05-04", "1915-05-23"]
    assert all(c.text.startswith("Rome recalled") and c.text.endswith("23 May 1915.") for c in events)
    assert events[1].verdict == "consistent"  # the subject of the second clause is the first clause's
    assert events[0].verdict == "not_in_record"  # no recall is recorded: no false alarm against the war


def test_a_clause_opening_with_its_date_is_an_act_of_its_own(check_store: Store) -> None:
    result = _check(check_store, "A new government took office in Tehran on 11 February 1979; on 12 March 1979 "
                                 "Iran walked out of the alliance, and nobody in Ankara was surprised.")
    events = _events(result)
    assert [c.text.split(";")[0] for c in events][:1] == ["A new government took office in Tehran on 11 February 1979"]
    assert not any(c.verdict == "contradicts" for c in events)


def test_one_act_with_two_dates_stays_one_claim(check_store: Store) -> None:
    result = _check(check_store, "German troops occupied Denmark from 9 April 1940 to 5 May 1945.")
    assert len(_events(result)) <= 1


def test_seasons_parts_of_years_and_days_told_from_the_article(check_store: Store) -> None:
    text = ("The envoys met in the spring of 1921, again late in 1923 and in mid-1925. They quarrelled on 3 June "
            "1926, and three days earlier the minister had resigned. That winter the talks stopped. The minister "
            "arrived yesterday; the talks resume this autumn. On Thursday 12 May 2022 the court sat.")
    found = find_mentions(text, gazetteer(check_store), dt.date(2024, 11, 20))
    dates = {m.text: (m.value, m.precision) for m in found if m.kind == "date"}
    assert dates["the spring of 1921"] == ("1921", "year")
    assert dates["late in 1923"] == ("1923", "year")
    assert dates["mid-1925"] == ("1925", "year")
    assert dates["That winter"] == ("1926", "year")
    assert dates["three days earlier"] == ("1926-05-31", "day")
    assert dates["yesterday"] == ("2024-11-19", "day")
    assert dates["this autumn"] == ("2024", "year")
    assert dates["Thursday 12 May 2022"] == ("2022-05-12", "day")
    good_friday = find_mentions("On Good Friday, 7 April 1939, the troops landed.", gazetteer(check_store), None)
    assert [m.text for m in good_friday if m.kind == "date"] == ["7 April 1939"]


def test_durations_hold_their_bounds_and_are_never_dates(check_store: Store) -> None:
    text = ("The treaty was signed on 2 March 1904. Three years later it was renewed, six months later amended, "
            "and it lasted more than four decades, nearly a century and a half in the memory of the towns, and "
            "less than two and a half years in the view of its critics. Forty years on, it is still debated, and "
            "the two navies have trained together for a generation, for years within weeks of each election.")
    found = find_mentions(text, gazetteer(check_store), dt.date(2024, 1, 1))
    durations = {m.text for m in found if m.kind == "duration"}
    dates = {m.text for m in found if m.kind == "date"}
    assert {"Three years later", "six months later", "more than four decades", "nearly a century and a half",
            "less than two and a half years", "Forty years on", "for a generation", "for years",
            "within weeks"} <= durations
    assert dates == {"2 March 1904"}


def test_leaders_taking_or_holding_an_office(check_store: Store) -> None:
    text = ("Kwame Nkrumah, the leader of the independence movement, became the republic's first president in 1960. "
            "In 1952, when Mohammad Mosaddegh was prime minister, the talks failed. Václav Havel was sworn in as "
            "president in 1989. In 1963 Konrad Adenauer, West Germany's chancellor, and Maurice Couve de Murville, "
            "his French counterpart, met. Dean Acheson, his secretary of state, agreed in 1950. Zog, then "
            "Albania's monarch, fled in 1939. In 1939 Şükrü Saracoğlu, Turkey's foreign minister, went to Moscow. "
            "In 1941 the Soviet ambassador Konstantin Umansky called.")
    leaders = [(m.text, m.how) for m in find_mentions(text, gazetteer(check_store), None) if m.kind == "leader"]
    assert leaders == [
        ("Kwame Nkrumah, the leader of the independence movement, became the republic's first president",
         "president"),
        ("Mohammad Mosaddegh was prime minister", "prime minister"),
        ("Václav Havel was sworn in as president", "president"),
        ("Konrad Adenauer, West Germany's chancellor", "chancellor"),
        ("Maurice Couve de Murville, his French counterpart", "counterpart"),
        ("Dean Acheson, his secretary of state", "secretary of state"),
        ("Zog, then Albania's monarch", "monarch"),
        ("Şükrü Saracoğlu, Turkey's foreign minister", "foreign minister"),
        ("ambassador Konstantin Umansky", "ambassador")]
    result = _check(check_store, text)
    offices = [c for c in result.claims if c.kind == "leader_office"]
    assert [c.claimed.split(" in office")[0] for c in offices][1] == "Mohammad Mosaddegh was prime minister"
    # Archigos (shipped with foedus, names included) holds the states' leaders, not their ministers or envoys
    verdicts = {c.claimed.split(",")[0].split(" was ")[0]: c.verdict for c in offices}
    assert verdicts["Kwame Nkrumah"] == verdicts["Konrad Adenauer"] == verdicts["Zog"] == "consistent"  # ("Zogu")
    assert {v for k, v in verdicts.items() if k not in {"Kwame Nkrumah", "Konrad Adenauer", "Zog"}} == {
        "not_in_record"}
    assert offices[1].record_value.startswith("no leader")
    adenauer = next(c for c in offices if c.claimed.startswith("Konrad Adenauer"))
    assert adenauer.records[0].ledger == "archigos" and adenauer.records[0].sources[0].startswith("archigos:")


def test_an_office_is_read_against_archigos_leader_of_the_state_told(check_store: Store) -> None:
    """A leader's office is read against Archigos's spells of that person: of the state the sentence tells where
    that person led one, and only for an office Archigos records (a state's leader, not its foreign minister)."""
    text = ("In 1917 Britain's prime minister, Harold Wilson, stayed away. In 1966 Prime Minister Harold Wilson "
            "flew to Washington. In 1942 Anthony Eden, Britain's foreign secretary, flew to Moscow. In 1955 Anthony "
            "Eden, Britain's prime minister, met Bulganin.")
    offices = [c for c in _check(check_store, text).claims if c.kind == "leader_office"]
    assert [(c.claimed.split(" in office")[0], c.verdict) for c in offices] == [
        ("prime minister, Harold Wilson", "contradicts"),  # America's Wilson was in office then, not Britain's
        ("Prime Minister Harold Wilson", "consistent"),
        ("Anthony Eden, Britain's foreign secretary", "not_in_record"),  # not an office Archigos records
        ("Anthony Eden, Britain's prime minister", "consistent")]
    assert "COW 200" in offices[0].record_value


def test_it_after_an_agreement_the_record_lacks_is_that_one(check_store: Store) -> None:
    result = _check(check_store, "The Baghdad Pact was signed in 1955 by Iraq and Iran. In 1975 the Shah signed the "
                                 "Shatt Frontier Accord with Baghdad, and Iraq renounced it in September 1980.")
    late = [c for c in result.claims if "Shatt" in c.text]
    assert not any("Baghdad Pact" in c.claimed for c in late)  # "it" is the accord just named, not the pact
    assert not any(c.verdict == "contradicts" for c in late)


def test_a_dated_act_beside_a_signing_and_after_a_dated_clause(check_store: Store) -> None:
    result = _check(check_store, "Italy was a guarantor of the Locarno treaty signed in October 1925, and it "
                                 "protested when German soldiers marched into the Rhineland on 7 March 1936. After the "
                                 "Bolsheviks took power on 8 November 1917, the new regime made its own peace with "
                                 "Germany on 3 March 1918.")
    events = _events(result)
    assert [(c.text, c.verdict) for c in events if "Rhineland" in c.text or "own peace" in c.text] == [
        ("it protested when German soldiers marched into the Rhineland on 7 March 1936.", "consistent"),
        ("the new regime made its own peace with Germany on 3 March 1918.", "consistent")]


def test_concluding_that_is_no_signing(check_store: Store) -> None:
    result = _check(check_store, "When Argentina invoked the Rio Treaty in April 1982, Washington sided with "
                                 "Britain, and many Latin Americans concluded that the pact was one-sided.")
    assert not [c for c in result.claims if c.kind == "agreement_date"]  # no signing in April 1982
    assert [c.verdict for c in _events(result)] == ["consistent"]  # the invocation


def test_an_agreement_told_by_its_kind_far_from_the_stored_one_is_another(check_store: Store) -> None:
    result = _check(check_store, "Mali and Upper Volta signed a treaty of friendship and cooperation on 3 March "
                                 "1976. Mali and Upper Volta signed a non-aggression pact on 3 March 1976.")
    dated = [c for c in result.claims if c.kind == "agreement_date"]
    # eight months from the stored non-aggression pact: a treaty of friendship is another, the record lacks it;
    # a non-aggression pact is that one misdated
    assert [c.verdict for c in dated] == ["not_in_record", "contradicts"]
    assert "ATOP 3738" in dated[1].claimed


def test_a_bilateral_agreement_told_by_its_kind_is_one_of_two_states(check_store: Store) -> None:
    # the states told only before ("the two governments"): the larger pact of June 1977 is nearer July 1976
    result = _check(check_store, "Mali and Upper Volta quarrelled over the border in 1974. The two governments "
                                 "later signed a bilateral non-aggression pact in July 1976.")
    dated = [c for c in result.claims if c.kind == "agreement_date"]
    assert len(dated) == 1 and "ATOP 3738" in dated[0].claimed and dated[0].verdict == "contradicts"


def test_the_bilateral_pact_is_the_last_of_two_states(check_store: Store) -> None:
    result = _check(check_store, "Mali and Upper Volta quarrelled over the border in 1974. The two governments "
                                 "later signed a bilateral non-aggression pact in July 1975. Mali, Senegal, "
                                 "Mauritania, Niger, Ivory Coast, Upper Volta and Togo concluded a defence accord at "
                                 "Abidjan on 9 June 1977. The bilateral pact was violated in December 1985.")
    endings = [c for c in result.claims if c.kind == "ending" and c.text.startswith("The bilateral pact")]
    assert [(("ATOP 3738" in c.claimed), c.verdict) for c in endings] == [(True, "consistent")]


def test_the_treaty_he_signed_with_another_state_is_that_one(check_store: Store) -> None:
    result = _check(check_store, "Britain and the Soviet Union signed an agreement for joint action in Moscow on 12 "
                                 "July 1941. The treaty he signed with Beneš's Czechoslovakia in Moscow on 12 December "
                                 "1943 was meant to last twenty years.")
    dated = [c for c in result.claims if c.kind == "agreement_date" and c.text.startswith("The treaty he")]
    assert [("ATOP 2563" in c.claimed, c.verdict) for c in dated] == [(True, "consistent")]


def test_an_office_told_without_a_date_of_its_own_or_spelt_otherwise(check_store: Store) -> None:
    """A date that is another thing's ("the Locarno treaties of October 1925") is not the office's, and an office
    told at no date of its own agrees where Archigos has that person leading that state; a name spelt otherwise
    than Archigos spells it is that leader where one leader of the state told is written alike."""
    text = ("Germany's chancellor, Gustav Stresemann, had come to office before the Locarno treaties of October "
            "1925. In 1940 Thailand's prime minister, Plaek Phibunsongkhram, signed a pact with Japan. In 1942 "
            "President Manuel Ávila Camacho's government broke with the Axis.")
    offices = [c for c in _check(check_store, text).claims if c.kind == "leader_office"]
    assert [c.verdict for c in offices] == ["consistent", "consistent", "consistent"]
    assert "at no date of its own" in offices[0].reason and "COW 255" in offices[0].record_value
    assert offices[1].records[0].label == "Plaek Pibulsongkram" and offices[2].records[0].label == "Avila Camacho"
    other = [c for c in _check(check_store, "In 1942 Thailand's prime minister, Plaek Songkhram, spoke.").claims
             if c.kind == "leader_office"]
    assert [c.verdict for c in other] == ["not_in_record"]  # a name not alike enough is no one Archigos holds
