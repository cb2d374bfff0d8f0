"""Agreement dates and entries told by description, per member, by other verbs and against the article's present
(issue 22, eighth round): later signatures by any verb of signing with each further state's own date, "both" joining
for the article's pair, a name carrying its own day, an agreement described as what a state entered, a membership
"since" a date, a verb of signing whose object or subject is another agreement, a founding told actively, and dates
told against publication. Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _entries(result: object) -> list[tuple[str, str]]:
    return [(c.claimed.split(":", 1)[0], c.verdict) for c in _claims(result, "event_date")  # type: ignore[arg-type]
            if ": entry into " in c.claimed or ": exit from " in c.claimed]


def test_a_later_signature_by_any_verb_with_each_further_state_s_own_date(check_store: Store) -> None:
    result = _check(check_store, "Kazakhstan put its name to the Helsinki Final Act in September 1992, and "
                                 "Turkmenistan in 1992.")
    assert _entries(result) == [("Kazakhstan", "consistent"), ("Turkmenistan", "consistent")]
    assert not [c for c in _claims(result, "agreement_date") if "signed" in c.claimed]  # (no signing of 1992)
    wrong = _check(check_store, "Albania set its hand to the Helsinki Final Act in June 1991.")
    assert _entries(wrong) == [("Republic of Albania", "contradicts")]


def test_both_joining_is_the_article_s_pair_where_the_sentence_before_names_fewer(check_store: Store) -> None:
    text = ("Bulgaria and Romania have quarrelled over Dobruja for a century. The war years were hard. Then both "
            "governments adhered to the Tripartite Pact, Romania on 23 November 1940 and Bulgaria on 1 March 1941.")
    assert _entries(_check(check_store, text)) == [("Kingdom of Romania", "consistent"),
                                                   ("Tsardom of Bulgaria", "consistent")]


def test_a_name_carrying_the_day_of_its_signing_in_a_sentence_of_another_act(check_store: Store) -> None:
    dated = _check(check_store, "Greece and Turkey were wary neighbours. Both joined the Pact of Steel of 23 May "
                                "1939? No: both joined the Nyon arrangement of 15 September 1937.")
    assert [(c.claimed, c.verdict) for c in _claims(dated, "agreement_date")] == [
        ("Pact of Steel of 23 May 1939", "within_tolerance"), ("Nyon arrangement of 15 September 1937",
                                                               "within_tolerance")]


def test_an_agreement_described_as_what_a_state_entered(check_store: Store) -> None:
    text = ("Egypt and Libya were neighbours. Libya joined the Arab League in March 1953 and later acceded to "
            "the League's joint defence treaty in September 1964.")
    assert _entries(_check(check_store, text)) == [("United Kingdom of Libya", "consistent"),
                                                   ("Kingdom of Libya", "consistent")]
    ratified = _check(check_store, "Morocco and Algeria quarrelled. Algeria ratified the joint defence treaty on 11 "
                                   "September 1964.")
    assert _entries(ratified) == [("Algeria", "consistent")]


def test_a_verb_of_entry_with_no_subject_of_its_own_after_a_subordinate_clause(check_store: Store) -> None:
    text = ("Qatar and Saudi Arabia share a long border. The Arab League admitted new states as they became "
            "independent. Qatar joined the Arab League on 11 September 1971, days after it became independent from "
            "Britain, and acceded to the joint defence treaty on 15 November 1972.")
    entries = _entries(_check(check_store, text))
    assert ("Qatar", "contradicts") in entries and not [e for e in entries if "Kingdom" in e[0]]


def test_a_membership_since_a_date_is_an_entry_then(check_store: Store) -> None:
    result = _check(check_store, "Greece has been in NATO since 1952; Albania joined on 1 April 2009. Spain has "
                                 "been in NATO since 1985.")
    assert _entries(result) == [("Republic of Albania", "consistent"), ("Kingdom of Greece", "consistent"),
                                ("Spain", "contradicts")]


def test_a_verb_of_signing_whose_object_or_subject_is_another_agreement(check_store: Store) -> None:
    other = _check(check_store, "The minister noted that Bulgaria had sat in the Atlantic Alliance since 2004, and "
                                "that both countries had signed the Helsinki Final Act in 1976.")
    dated = [(c.claimed, c.verdict) for c in _claims(other, "agreement_date")]
    assert dated == [("Helsinki Final Act signed 1976", "contradicts")]  # (not NATO's signing)
    armistice = _check(check_store, "France and Poland allied in 1921. Their alliance did not outlive the fall of "
                                    "France on 22 June 1940, when an armistice was signed at Compiègne.")
    assert not [c for c in _claims(armistice, "agreement_date") if "signed" in c.claimed]


def test_a_founding_told_actively_is_the_signing(check_store: Store) -> None:
    result = _check(check_store, "Guatemala, Nicaragua and Honduras founded the Central American Defence Council on "
                                 "13 December 1963; El Salvador came in a month later.")
    assert [(c.claimed, c.verdict) for c in _claims(result, "agreement_date")] == [
        ("Central American Defence Council signed 13 December 1963", "within_tolerance")]


def test_dates_told_against_the_article_s_present(check_store: Store) -> None:
    signed = _check(check_store, "Hungary's ambassador in Bucharest used a dinner on Monday evening to mark the "
                                 "basic treaty signed in Timisoara thirty years ago today.", published="2026-09-16")
    assert [c.verdict for c in _claims(signed, "agreement_date")] == ["consistent"]
    left = _check(check_store, "Twenty years ago today Mexico's withdrawal from the Rio Treaty took effect, closing "
                               "a commitment of decades, historians recalled on Friday.", published="2024-09-06")
    assert _entries(left) == [("United Mexican States", "consistent")]
    accords = _check(check_store, "Thirty years ago today Afghanistan and Pakistan signed the Geneva accords, which "
                                  "opened the road to the Soviet pull-out.", published="2018-04-14")
    assert [c.verdict for c in _claims(accords, "agreement_date")] == ["consistent"]


def test_an_end_told_by_how_long_the_agreement_lasted(check_store: Store) -> None:
    result = _check(check_store, "Peru and Chile signed an alliance on 5 December 1865. The alliance lasted until 11 "
                                 "April 1871, when an armistice with Spain was signed in Washington.")
    assert [(c.claimed.split("] ", 1)[-1], c.verdict) for c in _claims(result, "agreement_date")] == [
        ("signed 5 December 1865", "consistent"), ("ended 11 April 1871", "consistent")]
    assert not _claims(_check(check_store, "The war lasted until 1945."), "agreement_date")


def test_a_state_s_place_in_an_agreement_ended(check_store: Store) -> None:
    result = _check(check_store, "The OAS charter bound the hemisphere. Cuba's place in the OAS charter ended on 22 "
                                 "January 1962.")
    assert _entries(result) == [("Cuba", "consistent")]


def test_no_state_leaves_an_agreement_years_after_it_ended(check_store: Store) -> None:
    result = _check(check_store, "Chile and Peru signed an alliance on 5 December 1865. Chile left it in 1880.")
    assert [c.verdict for c in _claims(result, "event_date")] == ["not_in_record"]  # ("it": another agreement)
