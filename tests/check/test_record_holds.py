"""Claims the record holds, linked to it rather than left "not in the record" (issue 22): a leader's office told
beside another leader's "since" date, or dated by "since his coup"; a state's later entry into the agreement last told
of, told by a participle ("acceding"), a noun ("added its signature"), a bare "entered", a wait ("waited until"), with
an aside on who ruled it ("X, under its king, followed") or at a time counted from one before ("a year later"). Each
on made-up sentences; a wrong date told so still contradicts."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _verdicts(store: Store, text: str, kind: str, part: str = "") -> list[str]:
    return [c.verdict for c in _claims(_check(store, text), kind) if part in c.claimed]


def test_an_office_beside_another_leaders_since_is_told_at_no_date(check_store: Store) -> None:
    text = ("Josip Broz Tito, who had ruled Yugoslavia since 1945, welcomed Gamal Abdel Nasser, Egypt's president, "
            "to Brioni.")
    assert _verdicts(check_store, text, "leader_office", "Nasser") == ["consistent"]


def test_an_office_since_a_coup_of_the_leaders_own(check_store: Store) -> None:
    assert _verdicts(check_store, "Muammar Gaddafi, Libya's ruler since his 1969 coup, flew to Cairo.",
                     "leader_office", "Gaddafi") == ["consistent"]
    assert _verdicts(check_store, "Muammar Gaddafi, Libya's ruler since his 1975 coup, flew to Cairo.",
                     "leader_office", "Gaddafi") == ["contradicts"]
