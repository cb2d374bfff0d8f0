"""Parties told in forms of their own (issue 22, ninth round), each on made-up sentences: an ordinal signatory, a
state that remains a party or was among the guarantors, members "today", a state that "also signed" at its clause's
end or "signed up too" (an aside or a ruler's possessive before the verb), states after ", with" beside those told
parties, and a sentence that opens with a capital bearing a diacritic."""

from __future__ import annotations

from foedus.check.claims._sentences import sentences
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, text: str) -> list[tuple[str, str, str]]:
    return [(c.verdict, c.claimed, c.text) for c in _claims(_check(store, text), "agreement_parties")]


def test_an_ordinal_signatory_is_a_party(check_store: Store) -> None:
    told = _parties(check_store, "Colombia and Peru signed the Rio Treaty in 1947. Japan was a fifth signatory, "
                                 "some papers said. Cuba was a third signatory of the Rio Treaty.")
    assert [(v, c) for v, c, t in told if "signatory" in t] == [
        ("contradicts", "parties include Japan"), ("consistent", "parties: Cuba")]


def test_a_state_that_remains_a_party_or_was_among_the_guarantors(check_store: Store) -> None:
    told = _parties(check_store, "Colombia signed the Rio Treaty in 1947. Colombia remains a party.")
    assert ("consistent", "parties: Republic of Colombia", "Colombia remains a party.") in told
    told = _parties(check_store, "Chile signed the Rio Treaty in 1947. Japan remained a member.")
    assert [v for v, c, t in told if "remained" in t] == ["contradicts"]


def test_members_told_today(check_store: Store) -> None:
    told = _parties(check_store, "Norway and Denmark are today members of the North Atlantic Treaty.")
    assert [v for v, c, t in told] == ["consistent"]


def test_a_state_that_also_signed_or_signed_up_too(check_store: Store) -> None:
    told = _parties(check_store, "Britain and France signed the Nyon arrangement in September 1937. Greece, to the "
                                 "surprise of many, also signed. Japan also joined. The United States signed up too, "
                                 "and paid nothing. Franco's Spain signed too.")
    assert [(v, t) for v, c, t in told if "Nyon" not in t] == [
        ("consistent", "Greece, to the surprise of many, also signed."), ("contradicts", "Japan also joined."),
        ("contradicts", "The United States signed up too, and paid nothing."),
        ("contradicts", "Franco's Spain signed too.")]
    # (not "also signed a loan": an object after the verb is another act)
    assert [t for v, c, t in _parties(check_store, "Britain and France signed the Nyon arrangement in September 1937. "
                                                   "Greece also signed a loan with Britain.") if "loan" in t] == []


def test_states_after_with_beside_those_told_parties(check_store: Store) -> None:
    told = _parties(check_store, "Norway and Denmark signed the North Atlantic Treaty in April 1949, with Iceland as "
                                 "the third Nordic signatory.")
    assert ("consistent", "parties: Republic of Iceland") in [(v, c) for v, c, t in told]
    told = _parties(check_store, "Chile and Peru were founding members of the Rio Treaty, with Ecuador, Japan and "
                                 "others.")
    assert ("contradicts", "parties include Japan") in [(v, c) for v, c, t in told]
    # (a state "with" that does something else is no party)
    told = _parties(check_store, "Norway and Denmark joined the North Atlantic Treaty in April 1949, with Britain "
                                 "watching.")
    assert not [c for v, c, t in told if "Kingdom" in c]


def test_a_sentence_may_open_with_an_accented_capital() -> None:
    text = "The pact was signed in 1937. Édouard Daladier spoke. İsmet İnönü came next. Ōkuma left."
    assert [s.text for s in sentences(text, [])] == [
        "The pact was signed in 1937.", "Édouard Daladier spoke.", "İsmet İnönü came next.", "Ōkuma left."]


def test_states_tied_or_linked_to_others_by_an_agreement(check_store: Store) -> None:
    told = _parties(check_store, "In 1934 the Balkan Entente linked Turkey and Yugoslavia to Greece and Bulgaria.")
    assert [(v, c) for v, c, t in told] == [("contradicts", "parties include Tsardom of Bulgaria")]
    told = _parties(check_store, "That winter the Balkan Entente, signed on 9 February 1934, tied Belgrade and "
                                 "Ankara to Romania and Greece.")
    assert [v for v, c, t in told] == ["consistent"] and "Kingdom of Romania" in told[0][1]
    # (not where the clause's subject is something else than the agreement: "the war tied Turkey to Britain")
    assert _parties(check_store, "After the Balkan Entente, the war tied Turkey to Britain.") == []


def test_an_agreement_told_by_its_kind_and_date_joins_states(check_store: Store) -> None:
    told = _parties(check_store, "The convention of 17 August 1916 joined Romania to France and Russia against the "
                                 "Central Powers.")
    assert [v for v, c, t in told] == ["consistent"] and "Kingdom of Romania" in told[0][1]
    told = _parties(check_store, "The treaty of Constantinople of 12 March 1854 joined London and Paris to the "
                                 "Ottoman Empire in its war on Russia.")
    assert [v for v, c, t in told] == ["consistent"]


def test_members_told_by_the_agreement_s_name_or_as_remaining_in_it(check_store: Store) -> None:
    told = _parties(check_store, "Turkey and Greece are now both NATO allies. Norway stayed in NATO. Spain and Egypt "
                                 "were fellow NATO members.")
    assert [(v, c) for v, c, t in told] == [
        ("consistent", "parties: Republic of Turkey, Kingdom of Greece"), ("consistent", "parties: Norway"),
        ("contradicts", "parties include Kingdom of Egypt")]


def test_a_membership_dated_before_the_state_entered_contradicts(check_store: Store) -> None:
    told = _parties(check_store, "Sweden was a member of NATO in 1990. In 1960 Greece was a member of NATO. In 1950 "
                                 "Greece was a member of NATO. Sweden has been a member of NATO since 2024.")
    assert [v for v, c, t in told] == ["contradicts", "consistent", "contradicts", "consistent"]


def test_both_neighbours_or_both_republics_signed(check_store: Store) -> None:
    told = _parties(check_store, "Chile and Peru share a long border. Both republics signed the Rio Treaty in 1947. "
                                 "Both neighbours also joined the Rio Treaty.")
    assert [(v, c) for v, c, t in told] == [("consistent", "parties: Chile, Peru")] * 2


def test_a_membership_dated_before_the_agreement_is_the_date_s_error_not_the_parties(check_store: Store) -> None:
    told = _parties(check_store, "Norway and Denmark were both founding members of the alliance, signing the "
                                 "North Atlantic Treaty on 4 April 1948.")
    assert [v for v, c, t in told] == ["consistent"]
    told = _parties(check_store, "Germany and Japan drew closer. Both had joined the Anti-Comintern Pact in 1936, "
                                 "and Italy was a member of the Tripartite Pact in 1941.")
    assert {v for v, c, t in told} == {"consistent"}  # (1936 is the Anti-Comintern Pact's date, not Italy's)
