"""An agreement's parties told in shapes the narrower rules missed (issue 22ka), each on made-up sentences: a state
added after ", with" and told a party by the noun after it ("with Portugal as a twelfth signatory, to ..."), a list
after the noun of its members with an apposition between ("Its founding members, a dozen governments in all,
included ..."; founders told, one that joined later is told wrongly), and co-signers told "alongside" or "along with"
the agreement's signing ("The treaty was signed alongside A and B"). The record is the shipped ledgers' and ATOP's:
the North Atlantic Treaty's founders are twelve, Greece joined in 1952, Switzerland never."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_SIGNED = "Norway and Denmark signed the North Atlantic Treaty in Washington on 4 April 1949."


def _told_in(store: Store, body: str, words: str) -> list[tuple[str, str]]:
    """Return the party claims of ``body`` made by the sentence holding ``words``, as (verdict, claimed)."""
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "agreement_parties") if words in c.text]


def test_a_state_told_a_party_by_the_noun_after_with(check_store: Store) -> None:
    for rest in (", to stand by one another.", ", and nobody doubted it would last."):
        right = _told_in(check_store, f"{_SIGNED} The North Atlantic Treaty tied Norway and Denmark to the "
                                      f"Americans, with Portugal as a twelfth signatory{rest}", "twelfth")
        assert [v for v, claimed in right if "Portug" in claimed] == ["consistent"], rest
        wrong = _told_in(check_store, f"{_SIGNED} The North Atlantic Treaty tied Norway and Denmark to the "
                                      f"Americans, with Switzerland as a further party{rest}", "further")
        assert [v for v, claimed in wrong if "Switzerland" in claimed] == ["contradicts"], rest


def test_members_listed_after_an_apposition(check_store: Store) -> None:
    wrong = _told_in(check_store, f"{_SIGNED} Its members, a dozen governments at first, were Norway, Denmark and "
                                  f"Switzerland.", "a dozen")
    assert [v for v, _ in wrong] == ["contradicts"]
    right = _told_in(check_store, f"{_SIGNED} Its members, a dozen governments at first, were Norway, Denmark and "
                                  f"Italy.", "a dozen")
    assert [v for v, _ in right] == ["consistent"]


def test_founders_listed_by_the_agreement_told_back(check_store: Store) -> None:
    late = _told_in(check_store, f"{_SIGNED} Its founding members, a dozen governments in all, included Norway, "
                                 f"Denmark and Greece.", "a dozen")
    assert [(v, claimed.startswith("founding members include") and "Greece" in claimed) for v, claimed in late] == [
        ("contradicts", True)]
    right = _told_in(check_store, f"{_SIGNED} Its founding members included Norway, Denmark and Italy.", "Italy")
    assert [v for v, _ in right] == ["consistent"]


def test_co_signers_told_alongside_the_signing(check_store: Store) -> None:
    wrong = _told_in(check_store, f"{_SIGNED} The treaty was signed alongside Italy and Switzerland.", "alongside")
    assert [v for v, _ in wrong] == ["contradicts"]
    right = _told_in(check_store, f"{_SIGNED} The treaty was signed along with Italy and Portugal.", "along with")
    assert [v for v, _ in right] == ["consistent"]


def test_a_clause_of_its_own_is_read_by_its_own_dates(check_store: Store) -> None:
    body = ("Greece and Turkey have shared one alliance. It is the North Atlantic Treaty, which Norway signed in 1949 "
            "and Greece joined after the civil war.")
    told = _told_in(check_store, body, "civil war")
    assert [v for v, claimed in told if "Gree" in claimed] == ["consistent"]


def test_signers_told_by_the_passive_agent_one_a_party_only_later(check_store: Store) -> None:
    body = ("Greece and Turkey have shared one alliance. The Atlantic defence treaty, first signed in April 1949 by "
            "Norway, Denmark and Greece, binds each party to consult.")
    told = _told_in(check_store, body, "first signed")
    assert [(v, claimed.startswith("parties then: ")) for v, claimed in told] == [("contradicts", True)]
    right = ("Greece and Turkey have shared one alliance. The Atlantic defence treaty, first signed in April 1949 by "
             "Norway, Denmark and Italy, binds each party to consult.")
    assert [v for v, _ in _told_in(check_store, right, "first signed")] == ["consistent"]
