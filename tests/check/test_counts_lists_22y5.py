"""Counts of none and lists out of the reader's reach (issue 22y5), each on made-up sentences: a pair told bound by
nothing now, a count of none told by "there has never been", a count named by two states' adjectives (bilateral), and
a list or document the writer could not see, that is kept classified or in an archive, mentioned but never printed,
unpublished after an aside, given in another edition, promised, or not read out (the record is the shipped ledgers'
and ATOP's)."""

from __future__ import annotations

from foedus.check.mentions import find_mentions, gazetteer
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_a_pair_bound_by_nothing_now_is_a_count_of_none_in_force(check_store: Store) -> None:
    """Japan and Russia are both parties to the Treaty of Amity and Cooperation in Southeast Asia (no treaty binding
    them is false); the Austro-Serbian treaties of the 1880s bind no one now."""
    bound = _check(check_store, "Japan and Russia fought in 1904 and allied in 1907. No treaty now binds Tokyo and "
                                "Moscow.")
    claims = [c for c in _claims(bound, "count") if "binds" in c.text]
    assert [(c.verdict, c.claimed) for c in claims] == [
        ("contradicts", "No treaty now binds Tokyo and Moscow: none in force (Japan and Russia)")]
    assert "in force in" in claims[0].record_value and claims[0].records
    unbound = _check(check_store, "Austria and Serbia signed a secret treaty in 1881. Today neither of those treaties "
                                  "binds the two.")
    assert [c.verdict for c in _claims(unbound, "count") if "binds" in c.text] == ["consistent"]


def test_a_bilateral_pact_bound_by_nothing_counts_only_bilateral_alliances(check_store: Store) -> None:
    result = _check(check_store, "Paraguay and Bolivia fought the Chaco War. No bilateral pact binds them today.")
    claims = [c for c in _claims(result, "count") if "binds" in c.text]
    assert len(claims) == 1 and all(a.answer.startswith("bilateral, in force in") for a in claims[0].codings)
    assert claims[0].verdict == "contradicts"  # (their peace treaty of 1938)
    greece = _check(check_store, "Greece and Turkey fought in 1922. No bilateral pact binds them today.")
    assert [c.verdict for c in _claims(greece, "count") if "binds" in c.text] == ["consistent"]  # (NATO is not one)


def test_a_past_or_partial_binding_is_no_count_of_none_in_force(check_store: Store) -> None:
    result = _check(check_store, "Chile and Peru were allies in 1866. Nothing bound the two in 1900, and nothing "
                                 "obliges either to consult the other. None of them remains in force.")
    assert not [c for c in _claims(result, "count") if "none in force" in c.claimed]


def test_there_has_never_been_a_treaty_is_a_count_of_none(check_store: Store) -> None:
    result = _check(check_store, "Argentina and Chile quarrel often. But there has never been a bilateral alliance "
                                 "between Buenos Aires and Santiago.")
    claims = _claims(result, "count")
    assert [c.claimed for c in claims] == ["there has never been a bilateral alliance (Argentina and Chile)"]
    assert claims[0].verdict == "contradicts"  # (their treaty of peace and friendship of 1984)


def test_a_count_named_by_two_states_adjectives_is_bilateral(check_store: Store) -> None:
    """Norway and Denmark share NATO and the Helsinki Final Act, but no bilateral alliance: a count of none named
    "Norwegian-Danish" is of their bilateral ones, whatever else the sentence says ("train together")."""
    result = _check(check_store, "Norway and Denmark cooperate closely. No Norwegian-Danish defence treaty has ever "
                                 "been signed, though their navies train together.")
    assert [c.verdict for c in _claims(result, "count")] == ["consistent"]


def test_lists_and_documents_out_of_the_readers_reach(check_store: Store) -> None:
    told = [
        "Its secret naval protocol, which fixed the ports each fleet would use, has never been published in full.",
        "The frontier villages were set out in a confidential appendix that we were unable to consult.",
        "The memoir mentions twice a list of the envoys' nine meetings but never prints it.",
        "A register of the deportees, which the ministry long kept classified, runs to many volumes.",
        "The roll of the fallen, which is kept in the regimental archive, is not read aloud.",
        "Its side letters, which reassured Lisbon on the colonies, set out conditions that were never made public.",
        "The full chronology of the crisis appears in our Sunday edition.",
        "Readers asked for the timeline we promised last month.",
        "Their names are carved on the monument; we will not read them all today.",
    ]
    for sentence in told:
        result = _check(check_store, sentence)
        assert [c.verdict for c in _claims(result, "list")] == ["referenced_not_stated"], sentence


def test_documents_told_as_given_are_no_list(check_store: Store) -> None:
    for sentence in ["The secret protocol, which divided the Baltic states, was published in 1948.",
                     "The register, which I was able to consult, records every visit.",
                     "The conditions that were not met doomed the pact.",
                     "Their letters, which were published in 1970, show the strain."]:
        assert not _claims(_check(check_store, sentence), "list"), sentence


def test_their_single_or_sole_alliance_is_a_count_of_one(check_store: Store) -> None:
    gaz = gazetteer(check_store)
    for text in ["Chile and Bolivia fell out. Their single alliance ended in a breach.",
                 "Its sole treaty with Lisbon lapsed in 1890."]:
        counts = [m for m in find_mentions(text, gaz, None) if m.kind == "count"]
        assert [(m.value, m.how) for m in counts] in ([("1", "alliance")], [("1", "treaty")]), text
