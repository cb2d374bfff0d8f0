"""Claims the record holds, linked to it rather than left "not in the record" (issue 22): a leader's office told
beside another leader's "since" date, or dated by "since his coup"; a state's later entry into the agreement last told
of, told by a participle ("acceding"), a noun ("added its signature"), a bare "entered", a wait ("waited until"), with
an aside on who ruled it ("X, under its king, followed") or at a time counted from one before ("a year later"). Each
on made-up sentences; a wrong date told so still contradicts."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_PACT = "The Arab League pact was signed in Cairo on 22 March 1945. "


def _verdicts(store: Store, text: str, kind: str, part: str = "") -> list[str]:
    return [c.verdict for c in _claims(_check(store, text), kind) if part in c.claimed]


def _entries(store: Store, text: str) -> list[str]:
    """The verdicts of the claims of an entry into an agreement, however the checker files them."""
    return [c.verdict for c in _check(store, text).claims if ": entry into " in c.claimed
            and c.kind in {"event_date", "agreement_date"}]


def test_an_office_beside_another_leaders_since_is_told_at_no_date(check_store: Store) -> None:
    text = ("Josip Broz Tito, who had ruled Yugoslavia since 1945, welcomed Gamal Abdel Nasser, Egypt's president, "
            "to Brioni.")
    assert _verdicts(check_store, text, "leader_office", "Nasser") == ["consistent"]


def test_an_office_since_a_coup_of_the_leaders_own(check_store: Store) -> None:
    assert _verdicts(check_store, "Muammar Gaddafi, Libya's ruler since his 1969 coup, flew to Cairo.",
                     "leader_office", "Gaddafi") == ["consistent"]
    assert _verdicts(check_store, "Muammar Gaddafi, Libya's ruler since his 1975 coup, flew to Cairo.",
                     "leader_office", "Gaddafi") == ["contradicts"]


def test_a_later_entry_told_by_other_words(check_store: Store) -> None:
    for told in ("Yemen came late, acceding in May 1945.", "Yemen added its signature in May 1945.",
                 "Yemen entered only in May 1945.", "Yemen waited until May 1945 to sign.",
                 "Yemen, governed by its imam, waited until May 1945.", "Yemen, under its imam, followed in May 1945."):
        assert set(_entries(check_store, _PACT + told)) == {"consistent"}, told
    # a wrong year told so still contradicts
    assert "contradicts" in _entries(check_store, _PACT + "Yemen came late, acceding in May 1949.")


def test_a_later_entry_at_a_time_counted_from_another(check_store: Store) -> None:
    text = ("The Treaty of Amity and Cooperation in Southeast Asia was signed in 1976. China acceded in October 2003; "
            "Russia followed a year later.")
    assert set(_entries(check_store, text)) == {"consistent"}
    claims = _check(check_store, text).claims
    assert any("Russian" in c.claimed for c in claims if ": entry into " in c.claimed)
    # (the time read as the entry's is no other act's the record lacks)
    assert "not_in_record" not in [c.verdict for c in claims], [(c.claimed, c.verdict) for c in claims]
    assert set(_entries(check_store, _PACT + "Yemen came in a month later.")) == {"consistent"}
    wrong = ("The Treaty of Amity and Cooperation in Southeast Asia was signed in 1976. China acceded in October "
             "2003; Russia followed five years later.")
    assert "contradicts" in [c.verdict for c in _check(check_store, wrong).claims if "Russian" in c.claimed
                             and ": entry into " in c.claimed]


def test_a_later_signature_past_a_semicolon_after_the_agreements_name(check_store: Store) -> None:
    assert set(_entries(check_store, "The Arab League pact's founders were Egypt and Iraq; Yemen signed in May "
                                     "1945.")) == {"consistent"}
    assert "contradicts" in _entries(check_store, "The Arab League pact's founders were Egypt and Iraq; Yemen added "
                                                  "its signature in May 1949.")
