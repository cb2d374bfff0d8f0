"""A claim said to contradict the record only where it is firmly tied to its record (issue 22, ninth round): a date
read as an agreement's signing with no verb of signing, or with one of another clause, a leader's office dated by
when another leader's rule began, an ending told of the agreement that replaced the one ended, and a breach denied
by "none". Each on made-up sentences; a date or office told wrongly and firmly still contradicts."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _verdicts(store: Store, text: str, kind: str) -> list[str]:
    return [c.verdict for c in _claims(_check(store, text), kind)]


def test_a_date_no_verb_of_signing_ties_to_the_agreement_is_not_its_signing(check_store: Store) -> None:
    for text in ("Envoys of the two states met in Brussels on 14 June 2021 at the NATO summit.",
                 "On 3 May 1999 the foreign minister told reporters in Ottawa that the North Atlantic Treaty mattered.",
                 "Baghdad took itself out of the Baghdad Pact on 24 March 1959."):
        assert "contradicts" not in _verdicts(check_store, text, "agreement_date"), [
            (c.claimed, c.reason) for c in _check(check_store, text).claims]
    # a signing told wrongly and firmly still contradicts
    assert _verdicts(check_store, "The North Atlantic Treaty was signed in Washington on 4 April 1950.",
                     "agreement_date") == ["contradicts"]


def test_a_verb_of_signing_in_another_clause_than_the_agreement(check_store: Store) -> None:
    for text in ("The Locarno Rhineland Pact was torn up when German troops entered the Rhineland on 7 March 1936.",
                 "On 11 December 1941 Berlin, Rome and Tokyo signed a new agreement that replaced the Tripartite "
                 "Pact."):
        assert "contradicts" not in _verdicts(check_store, text, "agreement_date"), [
            (c.claimed, c.reason) for c in _check(check_store, text).claims]
    assert _verdicts(check_store, "Berlin, Rome and Tokyo signed the Tripartite Pact on 27 September 1941.",
                     "agreement_date") == ["contradicts"]


def test_an_office_dated_by_when_another_leader_began_to_rule(check_store: Store) -> None:
    text = ("Charles de Gaulle, who had led France since 1959, received Konrad Adenauer, the West German "
            "chancellor, in Paris.")
    offices = _claims(_check(check_store, text), "leader_office")
    assert not [c for c in offices if c.verdict == "contradicts"], [(c.claimed, c.verdict) for c in offices]


def test_the_agreement_that_replaced_another_is_not_the_one_ended(check_store: Store) -> None:
    text = "The old wartime pledge of the Americas was wound up when the Rio Treaty superseded it."
    assert not [c for c in _claims(_check(check_store, text), "ending") if "Rio" in c.claimed]


def test_a_breach_denied_by_none(check_store: Store) -> None:
    text = "None of them has been breached, and the Rio Treaty remains in force."
    endings = _claims(_check(check_store, text), "ending")
    assert not [c for c in endings if "breach" in c.claimed and not c.claimed.split(": ", 1)[-1].startswith("not ")]


def test_in_force_told_of_the_new_agreement_in_a_relative_clause(check_store: Store) -> None:
    text = ("The 1961 treaty between North Korea and the Soviet Union was superseded in 2000, when Pyongyang and "
            "Moscow signed a new treaty of friendship on 9 February 2000, which remains in force.")
    endings = _claims(_check(check_store, text), "ending")
    assert not [c for c in endings if "1961" in c.claimed and c.claimed.endswith(": in force")]
