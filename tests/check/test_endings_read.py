"""Endings told in ways the checker used to miss (issue 22): an end told by what an agreement did not survive or by how
short it was ("did not outlast the war", "lasted only six years"), a bond kept up to a defeat ("bound them until their
defeat"), an agreement told binding a pair now in a relative clause ("the one treaty that binds them both") and an ally
turned on ("Rome turned on its ally"); each on made-up sentences (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.check.claims.endings import _claimed_ending
from foedus.store import Store
from tests.check.sentences import check_sentences as _check


def _endings(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _check(store, body).claims if c.kind == "ending"]


def test_an_end_told_by_what_it_did_not_survive_or_how_long_it_lasted() -> None:
    assert _claimed_ending("The league did not outlast the war.") == "ended"
    assert _claimed_ending("Their entente didn't last long.") == "ended"
    assert _claimed_ending("The arrangement lasted only six years.") == "ended"
    assert _claimed_ending("That pact proved short-lived.") == "ended"
    # a span still running is no end, and a defeat told is the ending it tells
    assert _claimed_ending("The pact has lasted seventy years.") is None
    assert _claimed_ending("The pact did not survive the defeat of its members.") == "defeated"


def test_a_bond_kept_until_a_defeat() -> None:
    assert _claimed_ending("It held the two together until their final defeat.") == "defeated"
    assert _claimed_ending("The pact bound them until defeat.") == "defeated"


def test_an_agreement_told_binding_a_pair_now_in_a_relative_clause() -> None:
    assert _claimed_ending("The charter is now the only text that binds them both.") == "in_force"
    assert _claimed_ending("It is a treaty which binds Lima and Quito.") == "in_force"
    # what a treaty bound its parties to do is no claim that it binds them now
    assert _claimed_ending("The treaty bound each side to consult the other.") is None


def test_an_end_told_by_what_it_did_not_survive_read_against_the_codings(check_store: Store) -> None:
    found = _endings(check_store, "Germany, Austria-Hungary and Italy signed the Triple Alliance in May 1882. The "
                                  "Triple Alliance did not survive the Great War.")
    assert found and found[-1] == ("consistent", "Triple Alliance: ended")


def test_a_bond_kept_until_a_defeat_read_against_the_codings(check_store: Store) -> None:
    found = _endings(check_store, "Berlin and Vienna concluded the Dual Alliance in October 1879. The Dual Alliance "
                                  "bound the two empires until their defeat.")
    assert found and found[-1] == ("consistent", "Dual Alliance: defeated")


def test_an_ally_turned_on_where_the_sentence_names_the_ally(check_store: Store) -> None:
    found = _endings(check_store, "The war in Europe began in the summer of 1914. Romania turned on its ally in August "
                                  "1916, and Austria-Hungary never forgave it.")
    assert found and found[-1][0] == "consistent"
    assert found[-1][1].endswith("ended in a breach (betrayal)")


def test_the_noun_of_an_ending_told_of_a_named_agreement_by_of(check_store: Store) -> None:
    found = _endings(check_store, "Germany and Japan set up the Anti-Comintern Pact in 1936. The only breach, of the "
                                  "Anti-Comintern Pact, came from Berlin.")
    assert found and found[-1][1] == "Anti-Comintern Pact: ended in a breach (betrayal)"
