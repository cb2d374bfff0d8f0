"""Endings and signings as articles tell them (issue 22, third round), each on made-up sentences: an ending told beside
one denied, an expiry told with its purpose done or with victory, an agreement that "died", how "the datasets" code
an ending, "broke away" as no breach; a signing by "the two kingdoms" after a sentence of other states, "concluded
the treaty that ...", and a pronoun told signed on the day of another agreement of the same states (the record is the
shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _endings(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.claimed.split(": ", 1)[1], c.verdict) for c in _claims(_check(store, body), "ending")]


def _signed(store: Store, body: str) -> list[Claim]:
    return [c for c in _claims(_check(store, body), "agreement_date") if " signed " in c.claimed]


def test_an_ending_told_beside_one_denied(check_store: Store) -> None:
    assert _endings(check_store, "Germany and Russia signed the Reinsurance Treaty on 18 June 1887. Nobody broke it; "
                                  "it simply lapsed in 1890.") == [
        ("not ended in a breach (betrayal)", "consistent"), ("expired", "consistent")]
    assert _endings(check_store, "Germany and Italy signed the Pact of Steel on 22 May 1939. The alliance did not "
                                  "survive the defeat of September 1943; no one denounced it.") == [
        ("defeated", "consistent"), ("not abrogated", "consistent")]
    # one ending told against another in one clause is one claim
    assert _endings(check_store, "Germany and Russia signed the Reinsurance Treaty on 18 June 1887. It ran out "
                                  "rather than being broken.") == [("not ended in a breach (betrayal)", "consistent")]


def test_an_expiry_told_with_its_purpose_done_or_with_victory(check_store: Store) -> None:
    for body in ("The Declaration by United Nations lapsed with the Allied victory in 1945.",
                 "The Declaration by United Nations ended, its purpose served, with the surrender of Japan.",
                 "The Declaration by United Nations ran its course and expired, its task accomplished."):
        assert _endings(check_store, body) == [("fulfilled", "consistent")], body
    # a member's own surrender is its defeat, not the purpose done
    assert _endings(check_store, "Germany and Italy signed the Pact of Steel on 22 May 1939. The pact lapsed with "
                                  "Italy's surrender in September 1943.") == [("defeated", "consistent")]
    # an expiry with the purpose done agrees with a coding of an expiry
    assert _endings(check_store, "Germany and Russia signed the Reinsurance Treaty on 18 June 1887. It lapsed in "
                                  "1890, its purpose achieved.") == [("fulfilled", "consistent")]


def test_an_agreement_told_to_have_died_or_collapsed(check_store: Store) -> None:
    result = _check(check_store, "Germany and Russia signed the Reinsurance Treaty on 18 June 1887. The treaty died "
                                 "in June 1890.")
    assert [(c.kind, c.verdict) for c in result.claims if "died" in c.text] == [
        ("agreement_date", "consistent"), ("ending", "consistent")]
    assert not _claims(_check(check_store, "Germany and Russia signed the Reinsurance Treaty on 18 June 1887. The "
                                           "Tsar's envoy died in June 1890."), "ending")


def test_how_the_datasets_code_an_ending(check_store: Store) -> None:
    body = "Germany and Russia signed the Reinsurance Treaty on 18 June 1887. {}"
    assert _endings(check_store, body.format("The alliance databases treat that ending as an expiry.")) == [
        ("expired", "consistent")]
    assert _endings(check_store, body.format("The alliance datasets code the ending as a breach.")) == [
        ("ended in a breach (betrayal)", "contradicts")]
    assert _endings(check_store, body.format("The alliance record treats it as expired.")) == [
        ("expired", "consistent")]
    # "the alliance datasets" tells of no agreement
    assert not _claims(_check(check_store, "The alliance datasets are patchy before 1815."), "ending")


def test_breaking_away_is_no_breach(check_store: Store) -> None:
    endings = _endings(check_store, "Serbia and Greece signed a treaty of alliance on 1 June 1913, a year after "
                                    "Bulgaria broke away from the talks; it was abrogated in 1915.")
    assert endings and all("breach" not in claimed for claimed, _ in endings)


def test_a_signing_by_the_two_after_a_sentence_of_other_states(check_store: Store) -> None:
    body = ("Greece and Serbia were old friends in the Balkans, and Greece trusted Serbia.\n\nBritain, France and "
            "Russia watched the region closely.\n\nThe two kingdoms signed a defensive alliance on 1 June 1913.")
    assert [(c.claimed, c.verdict) for c in _signed(check_store, body)] == [
        ("a defensive alliance [Treaty of Alliance between Greece and Serbia] signed 1 June 1913", "consistent")]


def test_concluded_the_treaty_that(check_store: Store) -> None:
    claims = _signed(check_store, "West Germany and France concluded the treaty that binds them still on 22 January "
                                  "1963.")
    assert [c.verdict for c in claims] == ["consistent"]
    assert "Franco-German" in claims[0].claimed


def test_a_pronoun_told_signed_on_the_day_of_another_agreement_of_its_states(check_store: Store) -> None:
    body = ("Germany and Russia signed the Reinsurance Treaty on 18 June 1887. Germany, Russia and Austria-Hungary "
            "had signed the Three Emperors' League before. {}")
    # the Dreikaiserbund of 18 June 1881 is the one agreement of these states signed that day
    claims = _signed(check_store, body.format("Signed in Berlin on 18 June 1881, it bound three empires."))
    assert [c.verdict for c in claims][-1:] == ["consistent"]
    assert "1881" in claims[-1].record_value
    # no agreement of theirs that day: the pronoun's own agreement, its date wrongly told
    wrong = _signed(check_store, "Germany and Russia signed the Reinsurance Treaty on 18 June 1887. Signed in "
                                 "Berlin on 3 March 1885, it was secret.")
    assert [(c.verdict, c.record_value) for c in wrong][-1:] == [("contradicts", "signed 1887-06-18")]


def test_a_month_a_year_away_is_no_slip_of_an_event_of_other_states(check_store: Store) -> None:
    # the pair's only clash of an August is the Sino-Soviet one of 1969: not Romania's act of 1968, wrongly dated
    events = _claims(_check(check_store, "Romania and the Soviet Union signed the Warsaw Pact on 14 May 1955. The "
                                         "Soviet Union led it; Romania followed.\n\nRomania stayed in the pact "
                                         "yet declined to join the invasion of Czechoslovakia in August "
                                         "1968."), "event_date")
    assert [c.verdict for c in events if "1968" in c.claimed] == ["not_in_record"]


def test_joining_or_leaving_a_body_the_record_does_not_know(check_store: Store) -> None:
    claims = _check(check_store, "Pakistan joined SEATO in September 1954. Pakistan left the Commonwealth in January "
                                 "1972.").claims
    assert [c.verdict for c in claims if "Commonwealth" in c.text] == ["not_in_record"]


def test_a_date_of_signing_is_not_the_date_of_a_later_entry(check_store: Store) -> None:
    claims = _check(check_store, "The North Atlantic Treaty, which Italy signed in 1949 and Greece joined after its "
                                 "civil war, still binds them.").claims
    assert not [c for c in claims if c.verdict == "contradicts"]


def test_a_list_that_gives_each_state_its_own_date_of_entry(check_store: Store) -> None:
    claims = _claims(_check(check_store, "Greece and Turkey were rivals. Both later joined the North Atlantic Treaty, "
                                         "Turkey in February 1952 and West Germany in May 1955."), "event_date")
    assert [(c.claimed.split(":")[0], c.verdict) for c in claims] == [
        ("Republic of Turkey", "consistent"), ("German Federal Republic", "consistent")]


def test_an_ending_told_after_an_unnamed_signing_with_never(check_store: Store) -> None:
    assert _endings(check_store, "West Germany and France signed a treaty of friendship on 22 January 1963, and it "
                                  "has never been terminated.") == [("in force", "depends_on_coding")]


def test_an_ending_in_a_clause_of_its_own(check_store: Store) -> None:
    result = _check(check_store, "A new treaty replaced the old one on 4 May 1961, and the Warsaw Pact itself was "
                                 "dissolved in Prague on 1 July 1991.")
    assert [(c.kind, c.verdict) for c in result.claims if "Warsaw" in c.claimed] == [
        ("agreement_date", "consistent"), ("ending", "depends_on_coding")]


def test_an_ending_told_with_its_date_is_judged_on_both(check_store: Store) -> None:
    body = "Germany and Russia signed the Reinsurance Treaty on 18 June 1887. It lapsed {}."
    assert _endings(check_store, body.format("on 18 June 1890")) == [("expired", "consistent")]
    assert _endings(check_store, body.format("on 19 June 1890")) == [("expired", "within_tolerance")]
    assert _endings(check_store, body.format("in 1893")) == [("expired", "consistent")]  # (the date: its own claim)


def test_an_agreement_told_as_a_deal_an_exchange_of_letters_or_after_put_their_names_to(check_store: Store) -> None:
    body = ("Seventy years ago the South African and British governments struck a deal on a naval base.\n\nThe "
            "bargain took the form of an exchange of letters dated 1 July 1955 between the two defence ministers.\n\n"
            "In Bangkok on 12 June 1940 the British and Thai envoys put their names to a pact of non-aggression.")
    claims = _claims(_check(check_store, body, published="2025-06-30"), "agreement_date")
    assert [(c.claimed.split(" [")[0], c.verdict) for c in claims] == [
        ("a deal", "consistent"), ("an exchange of letters", "within_tolerance"),
        ("a pact of non-aggression", "consistent")]
    # "a great deal" is no agreement
    assert not _claims(_check(check_store, "Britain and Thailand signed a great deal of paper in 1940."),
                       "agreement_date")


def test_a_promise_told_with_an_adverb(check_store: Store) -> None:
    claims = _claims(_check(check_store, "On 5 September 1914 Britain, France and Russia solemnly pledged in London "
                                         "not to make a separate peace."), "agreement_date")
    assert [c.verdict for c in claims] == ["consistent"]


def test_notes_exchanged_on_the_day_of_an_agreement(check_store: Store) -> None:
    result = _check(check_store, "Italy and Malta exchanged diplomatic notes in Rome on 15 September 1980, "
                                 "guaranteeing Maltese neutrality.\n\nFrance and Britain exchanged letters about "
                                 "Egypt in 1955.")
    # letters exchanged a year from any agreement of theirs are another exchange, and tell no party of the last
    assert [(c.kind, c.verdict) for c in result.claims if c.kind != "event_date"] == [
        ("agreement_date", "consistent"), ("agreement_parties", "consistent")]
