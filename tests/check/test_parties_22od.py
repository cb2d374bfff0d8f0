"""States told parties or no parties to the agreement last spoken of (issue 22od), each on made-up sentences: a
state told "not a party", "never a signatory", "not among them", "left out" or to have "signed nothing of the kind",
an aside between it and the words; "and neither was B" after one told out; "neither A nor B ever joined"; and a state
told to have "put its name to" the agreement or "co-signed it", "as well" or "as a third party"; a state told "one
of NATO's signatories" (the record is the shipped ledgers' and ATOP's: the North Atlantic Treaty's founders are
twelve, Switzerland and Austria never among its parties)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_SIGNED = "Norway and Denmark signed the North Atlantic Treaty in Washington on 4 April 1949."


def _parties(store: Store, body: str) -> list[tuple[str, str]]:
    """Return each party claim of ``body`` as (verdict, claimed)."""
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "agreement_parties")]


def _told_in(store: Store, body: str, words: str) -> list[tuple[str, str]]:
    """Return the party claims of ``body`` made by the sentence holding ``words``."""
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "agreement_parties") if words in c.text]


def test_a_state_told_no_party_in_words_of_being(check_store: Store) -> None:
    for told in ("Switzerland was not a party to it.", "Switzerland, for all its sympathy, was never a party.",
                 "Switzerland was, of course, not a signatory.", "Switzerland was not among them.",
                 "Switzerland was left out entirely.", "Switzerland, wisely, signed nothing of the kind.",
                 "Switzerland was not a party to that Atlantic treaty."):
        assert _told_in(check_store, f"{_SIGNED} {told}", "Switzerland") == [
            ("consistent", "not a party: Switzerland")], told


def test_a_founder_told_no_party_is_wrong(check_store: Store) -> None:
    assert [v for v, _ in _told_in(check_store, f"{_SIGNED} Italy, whatever its later doubts, was never a party to the "
                                                f"North Atlantic Treaty.", "Italy")] == ["contradicts"]


def test_one_told_out_and_neither_another(check_store: Store) -> None:
    assert _told_in(check_store, f"{_SIGNED} Switzerland was not a party, and neither was Austria.", "Switzerland") \
        == [("consistent", "not a party: Switzerland, Republic of Austria")]


def test_neither_one_nor_another_ever_joined(check_store: Store) -> None:
    assert _told_in(check_store, f"{_SIGNED} Its members multiplied over the decades, but neither Switzerland nor "
                                 f"Austria ever joined.", "neither") == [
        ("consistent", "not a party: Switzerland, Republic of Austria")]


def test_a_state_told_to_put_its_name_to_it(check_store: Store) -> None:
    told = _told_in(check_store, f"{_SIGNED} Switzerland, to general surprise, put its name to it as well.",
                    "Switzerland")
    assert [v for v, _ in told] == ["contradicts"]
    told = _told_in(check_store, f"{_SIGNED} Iceland put its name to the treaty as a third signatory.", "Iceland")
    assert [v for v, _ in told] == ["consistent"]
    told = _told_in(check_store, f"{_SIGNED} Austria co-signed it as a third party.", "Austria")
    assert [v for v, _ in told] == ["contradicts"]
    # (a name put to another thing is no signing: "put its name to a protest")
    assert not _told_in(check_store, f"{_SIGNED} Austria put its name to a protest.", "Austria")


def test_a_state_told_among_an_agreements_own_members(check_store: Store) -> None:
    assert [v for v, _ in _told_in(check_store, "Norway was one of NATO's twelve signatories in 1949.", "Norway")] == [
        "consistent"]
    assert [v for v, _ in _told_in(check_store, "Switzerland was among NATO's signatories, a point often missed.",
                                   "Switzerland")] == ["contradicts"]
    # (what the agreement's members did is no membership told: "one of NATO's members' concerns")
    assert not _told_in(check_store, "Switzerland was one of NATO's members' chief worries.", "Switzerland")
