"""Contradictions that must not stand (issue 22, round 21): a state the sentence tells as the one an act is aimed at
(an enemy, a threat, a target) is no party the writer claims, whatever agreement the sentence tells of; a state told
as a party that is none still contradicts. Sentences made up for these tests."""

from __future__ import annotations

from foedus.check.claims._records import _tells_an_act_on_one
from foedus.check.claims._sentences import Sentence
from foedus.check.models import Claim, Mention
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_a_state_an_act_is_aimed_at_is_no_party_told(check_store: Store) -> None:
    wary = _check(check_store, "Greece and Turkey, both wary of the Soviet Union, acceded to the North Atlantic Treaty "
                               "on 18 February 1952, and West Germany followed in May 1955.")
    assert not [c for c in _claims(wary, "agreement_parties") if c.verdict == "contradicts"]
    fearful = _check(check_store, "Poland and Czechoslovakia, fearful of West Germany, signed the Warsaw Pact on 14 "
                                  "May 1955.")
    assert [(c.verdict, c.claimed) for c in _claims(fearful, "agreement_parties")] == [
        ("consistent", "parties: Polish People's Republic, Czechoslovakia")]


def test_a_state_told_as_a_party_that_is_none_still_contradicts(check_store: Store) -> None:
    wrong = _check(check_store, "Britain, France and Egypt signed the North Atlantic Treaty on 4 April 1949.")
    assert [(c.verdict, c.claimed) for c in _claims(wrong, "agreement_parties")] == [
        ("contradicts", "parties include Kingdom of Egypt")]


def test_an_ending_told_by_a_common_noun_of_the_agreement_its_sentence_tells(check_store: Store) -> None:
    text = ("The four courts signed a convention on Portugal's civil war in May 1847. Fourteen years later Spain, "
            "France and Britain agreed at London, on 31 October 1861, to seize Mexico's customs houses, and the "
            "convention was abrogated the next spring.")
    assert [(c.verdict, c.claimed) for c in _claims(_check(check_store, text), "ending")] == [
        ("consistent", "ATOP 1225: abrogated")]
    alone = ("The four courts signed a convention on Portugal's civil war in May 1847. The convention was abrogated "
             "the next spring.")
    assert [c.verdict for c in _claims(_check(check_store, alone), "ending")] == ["contradicts"]


def test_a_date_read_against_another_agreement_its_sentence_tells_of(check_store: Store) -> None:
    pledged = _check(check_store, "Two years after the American republics had pledged joint defence in March 1945, "
                                  "the Rio Treaty replaced that pledge.")
    assert [(c.verdict, c.claimed) for c in _claims(pledged, "event_date")] == [
        ("consistent", "ATOP 3010: signing March 1945")]
    joined = _check(check_store, "Britain and Italy came together in February 1887 in a Mediterranean understanding, "
                                 "which Austria-Hungary joined on 24 March 1887.")
    assert ("consistent", "ATOP 1360: signing February 1887") in [
        (c.verdict, c.claimed) for c in _claims(joined, "event_date")]


def test_a_date_of_no_act_on_an_agreement_is_not_read_as_one() -> None:
    def told(text: str, date: str, value: str, claimed: str) -> bool:
        at = text.index(date)
        mention = Mention(kind="date", text=date, start=at, end=at + len(date), value=value,
                          precision="month" if len(value) == 7 else "day")
        claim = Claim(kind="event_date", text=text, start=0, end=len(text), claimed=claimed,
                      verdict="not_in_record", record_value="no such record", reason="")
        return _tells_an_act_on_one(Sentence(0, len(text), text, (mention,)), claim, mention)

    assert told("Austria-Hungary joined the understanding in March 1887.", "March 1887", "1887-03",
                "accession of Austria-Hungary in 1887-03")
    assert not told("Crispi gave a speech at Turin in March 1887.", "March 1887", "1887-03",
                    "statement of Kingdom of Italy in 1887-03")
    assert not told("Its garrison left, and Depretis resigned later that month.", "that month", "1887-03",
                    "event of Kingdom of Italy in 1887-03")
    assert not told("Italy went to war with Abyssinia in March 1887, a month after the pact.", "March 1887",
                    "1887-03", "war of Kingdom of Italy and Ethiopia in 1887-03")


def test_a_count_is_not_read_across_another_number(check_store: Store) -> None:
    result = _check(check_store, "Portugal and Brazil have long been close. The two signed three treaties after 1950, "
                                 "and the pair kept two one-sided pacts besides.")
    assert [(m.text, m.value) for m in result.mentions if m.kind == "count"] == [
        ("three treaties", "3"), ("two one-sided pacts", "2")]


def test_a_state_named_as_a_member_of_the_same_short_name_is_that_member(check_store: Store) -> None:
    congo = _check(check_store, "Angola, Zimbabwe, Namibia and Congo signed a defence pact on 8 April 1999.")
    assert [(c.verdict, c.claimed) for c in _claims(congo, "agreement_parties")] == [
        ("consistent", "parties: Republic of Angola, Zimbabwe, Namibia, Democratic Republic of the Congo")]
    ireland = _check(check_store, "Britain, Ireland and France signed the North Atlantic Treaty in April 1949.")
    assert [(c.verdict, c.claimed) for c in _claims(ireland, "agreement_parties")] == [
        ("contradicts", "parties include Éire")]


def test_a_described_signing_read_against_the_agreement_signed_that_very_day(check_store: Store) -> None:
    result = _check(check_store, "Austria and Britain go back a long way. On 20 November 1815 Austria and Britain "
                                 "signed, in Paris, a treaty to stop a French revival.")
    assert [(c.verdict, c.claimed) for c in _claims(result, "agreement_date")] == [
        ("consistent", "an agreement [Quadruple Alliance] signed 20 November 1815")]


def test_a_signing_of_an_agreement_the_record_does_not_hold_is_not_that_of_one_named_after_it(
        check_store: Store) -> None:
    text = ("Egypt and Syria were allies for decades. After Begin and Sadat signed the Sinai Accords in 1979, Egypt "
            "was expelled from the Arab League.")
    assert not [c for c in _claims(_check(check_store, text), "agreement_date") if "Arab League" in c.claimed]
    # the agreement named right after the verb is still the one signed
    text = "Egypt and Syria were allies for decades. Both signed the Arab League's pact in 1979."
    assert [c.verdict for c in _claims(_check(check_store, text), "agreement_date")] == ["contradicts"]
