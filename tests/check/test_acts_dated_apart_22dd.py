"""A member's act told with a date of its own is not read again at a later date that another clause of the sentence
tells (issue 22dd), on made-up sentences: "Britain left it in 1975, and the alliance was wound up on 30 June 1977"
tells no exit of Britain's on 30 June 1977; and "entered" an agreement is a member's act, read at its own date (the
record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_plain, claims_of

_SEATO = ("Pakistan walked out of SEATO in November 1972, Britain left it in 1975, and the alliance was wound up on "
          "30 June 1977.")


def _told(store: Store, body: str, kind: str) -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in claims_of(check_plain(store, body), kind)]


def test_an_act_with_a_date_of_its_own_is_not_read_at_a_later_clauses_date(check_store: Store) -> None:
    # the end of June 1977 is the alliance's: not Britain's exit, which the sentence dates in 1975 (the record has
    # Britain stay to the end, so the exit told in 1975 contradicts it)
    told = [(c.kind, c.claimed, c.verdict) for c in check_plain(check_store, _SEATO).claims]
    britain = [(kind, claimed, verdict) for kind, claimed, verdict in told if claimed.count("United Kingdom") == 1
               and "exit from" in claimed]
    assert not [claim for claim in britain if "30 June 1977" in claim[1]]
    assert [(kind, verdict) for kind, claimed, verdict in britain if claimed.endswith(" 1975")] == [
        ("event_date", "contradicts")]


def test_a_state_told_with_a_date_alone_after_an_act_is_that_act_again(check_store: Store) -> None:
    # "and Peru in 1950" has no verb of its own: it tells Peru's entry, at its own year
    told = _told(check_store, "Chile joined the Rio Treaty in 1948 and Peru in 1950.", "event_date")
    assert [claimed for claimed, _ in told if claimed.startswith("Peru:")] == [
        "Peru: entry into Inter-American Treaty of Reciprocal Assistance 1950"]



def test_a_state_told_to_enter_an_agreement_at_a_date_is_its_entry(check_store: Store) -> None:
    # the record has Lithuania enter the CSCE (ATOP 3740) on 6 December 1991: "entered" tells that entry, at its day
    right = _told(check_store, "Lithuania entered the Helsinki process on 6 December 1991.", "agreement_date")
    assert [verdict for claimed, verdict in right if claimed.startswith("Lithuania: entry into ATOP 3740")] == [
        "consistent"]
    wrong = _told(check_store, "Lithuania entered the Helsinki process on 11 September 1991.", "agreement_date")
    assert [verdict for claimed, verdict in wrong if claimed.startswith("Lithuania: entry into ATOP 3740")] == [
        "contradicts"]
    # a war entered is no agreement's entry
    war = _told(check_store, "The Warsaw Pact was signed on 14 May 1955. Hungary entered the war on 27 June 1941.",
                "agreement_date")
    assert not [claimed for claimed, _ in war if "entry into" in claimed]
