"""Agreements the checker did not link (issue 22, ninth round): names articles use for alliances ATOP codes without a
title (check/data/atop_names.csv, each sourced), and an agreement described by its signer and the partner after
"with" in a clause that names other states beside them. Every sentence is made up for these tests."""

from __future__ import annotations

from foedus.check.mentions import find_mentions, gazetteer
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _links(store: Store, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.target) for m in find_mentions(text, gazetteer(store), None) if m.kind == "agreement"]


def test_names_of_untitled_atop_alliances_link(check_store: Store) -> None:
    assert _links(check_store, "Sofia welcomed the Salonika Agreement as a first revision.") == [
        ("Salonika Agreement", "treaty:atop-2425")]
    assert _links(check_store, "Dollfuss owed much to the Rome Protocols.") == [("Rome Protocols", "treaty:atop-2335")]
    assert _links(check_store, "Madrid leaned on the Pact of Cartagena.") == [("Pact of Cartagena", "treaty:atop-1445")]
    assert _links(check_store, "Salazar valued the Iberian Pact above all.") == [("Iberian Pact", "treaty:atop-2435")]
    assert _links(check_store, "Tokyo lost its British alliance to the Four-Power Treaty.") == [
        ("Four-Power Treaty", "treaty:atop-2095")]
    # a name the two agreements of 1887 share links by the sentence's year, else by which one is told
    assert _links(check_store, "The Second Mediterranean Agreement bound Vienna too.") == [
        ("Second Mediterranean Agreement", "treaty:atop-1375")]
    assert _links(check_store, "The Mediterranean Agreement was much discussed.") == [("Mediterranean Agreement", None)]
    # a place alone links nothing: "Salonika", "Cartagena", "Rome"
    assert not [t for _, t in _links(check_store, "Ships called at Salonika, Cartagena and Rome in 1938.") if t]


def test_a_name_s_date_is_compared_with_its_signing(check_store: Store) -> None:
    result = _check(check_store, "Portugal and Spain signed the Iberian Pact on 17 March 1939.")
    assert [(c.verdict, c.records[0].id) for c in _claims(result, "agreement_date")] == [
        ("consistent", "atop-2435")]
    wrong = _check(check_store, "Italy, Austria and Hungary signed the Rome Protocols in March 1931.")
    assert [(c.verdict, c.records[0].id) for c in _claims(wrong, "agreement_date")] == [
        ("contradicts", "atop-2335")]


def test_a_described_signing_is_its_subject_s_and_its_partner_s(check_store: Store) -> None:
    result = _check(check_store, "Riga signed a non-aggression pact with the Soviet Union in February 1932, and "
                                 "Warsaw, Bucharest and Helsinki were soon doing the same.")
    dates = _claims(result, "agreement_date")
    assert [(c.verdict, c.records[0].id) for c in dates] == [("consistent", "atop-2285")]
    # no partner told after "with": the clause's states stay the parties, and none of theirs is found
    none = _check(check_store, "Riga, Warsaw, Bucharest and Helsinki signed a non-aggression pact in February 1932.")
    assert all(c.verdict == "not_in_record" for c in _claims(none, "agreement_date"))


def test_an_agreement_named_as_a_model_is_not_what_it_refers_to(check_store: Store) -> None:
    for compared in (", modelled on NATO's Article 5, is", ", unlike NATO's Article 5, is",
                     " is weaker than NATO's and"):
        text = ("In Manila on 8 September 1954 the Southeast Asia Collective Defense Treaty was signed. Its fourth "
                f"article{compared} a promise to consult. Pakistan left in November 1972.")
        exits = [c for c in _claims(_check(check_store, text), "event_date") if ": exit from " in c.claimed]
        assert [(c.verdict, c.records[0].id) for c in exits] == [("consistent", "1954-seato")], compared


def test_a_signing_told_by_a_participle_beside_a_dated_end_is_compared_too(check_store: Store) -> None:
    result = _check(check_store, "The Iberian Pact, signed in Lisbon on 17 March 1938, was abrogated on 22 November "
                                 "1977.")
    assert [(c.claimed, c.verdict) for c in _claims(result, "agreement_date")] == [
        ("Iberian Pact signed 17 March 1938", "contradicts"), ("Iberian Pact ended 22 November 1977", "consistent")]
    told = _check(check_store, "The Warsaw Pact, which was signed on 14 May 1955, was dissolved on 1 July 1991.")
    assert [c.verdict for c in _claims(told, "agreement_date")] == ["consistent", "consistent"]


def test_an_exit_is_compared_with_the_nearest_of_a_state_s_exits(check_store: Store) -> None:
    for told, verdict, year in (("in April 1999", "consistent", "1999"),
                                ("on 29 June 2012", "within_tolerance", "2012"),
                                ("in June 2010", "contradicts", "2012")):
        text = f"On 15 May 1992 the Collective Security Treaty was signed at Tashkent. Uzbekistan left it {told}."
        exits = [c for c in _claims(_check(check_store, text), "event_date") if ": exit from " in c.claimed]
        assert [(c.verdict, c.record_value[5:9]) for c in exits] == [(verdict, year)], told
