"""Dates told of an agreement the checker could not link, read against the record (issue 22va), on made-up
sentences: the one agreement of a told state signed that day, where the states told are not all in it (a mediator, a
state the article is about and its partner untold), and a making told in a coordinate clause of its own."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _dated(store: Store, body: str, day: str) -> list[tuple[str, str, list[str]]]:
    """Return the verdict, kind and records of each date claim of ``body`` told at ``day``."""
    return [(c.verdict, c.kind, [r.id for r in c.records]) for c in _check(store, body).claims
            if c.kind in {"agreement_date", "event_date"} and day in c.claimed]


def test_the_one_agreement_of_a_told_state_signed_that_day_is_the_one_told(check_store: Store) -> None:
    # a mediator named beside the article's two states, and the partner left untold
    mediated = ("Honduras and El Salvador fought a short war in 1969. A peace treaty, brokered by a retired Peruvian "
                "statesman, was finally signed in Lima on 30 October 1980.")
    assert _dated(check_store, mediated, "30 October 1980") == [("consistent", "agreement_date", ["atop-3885"])]
    untold = ("Cuba, Angola and South Africa are the subject of this piece. The settlement of the regional war was "
              "signed at the United Nations on 23 December 1988.")
    assert _dated(check_store, untold, "23 December 1988") == [("within_tolerance", "agreement_date", ["atop-3990"])]


def test_no_agreement_is_taken_where_several_fit_or_no_agreement_is_told(check_store: Store) -> None:
    # three agreements France signed at Locarno that day, none holding more of the told states than the others
    several = "A French diplomat recalled that a treaty was signed on 16 October 1925."
    assert [v for v, _, _ in _dated(check_store, several, "16 October 1925")] in ([], ["not_in_record"])
    # a landing is no signing, though Italy signed an agreement that very day
    landing = "Italian troops landed at Massawa on 16 October 1925."
    assert all(kind == "event_date" and not any(r.startswith(("atop-", "1925")) for r in refs)
               for _, kind, refs in _dated(check_store, landing, "16 October 1925"))


def test_a_making_told_in_a_coordinate_clause_after_another_date_is_read(check_store: Store) -> None:
    body = ("Czechoslovakia and France concluded an alliance on 25 January 1924, and in October 1925 at Locarno they "
            "added a treaty of guarantee.")
    claims = [c for c in _claims(_check(check_store, body), "agreement_date") if "October 1925" in c.claimed]
    assert [(c.verdict, [r.id for r in c.records]) for c in claims] == [
        ("consistent", ["cs-fr-1925-franco-czechoslovak-guarantee"])]
    # a date of another act in the same coordinate clause still keeps it unread
    other = ("Czechoslovakia and France concluded an alliance on 25 January 1924, and in October 1925 at Locarno they "
             "added a treaty of guarantee, void by March 1936.")
    assert not [c for c in _claims(_check(check_store, other), "agreement_date")
                if "October 1925" in c.claimed and c.verdict != "not_in_record"]


def test_a_dateline_s_date_is_no_date_the_article_tells(check_store: Store) -> None:
    body = ("PYONGYANG, 11 July 2021 (Korea Desk) - Sixty years ago today Beijing and Pyongyang signed their treaty of "
            "friendship and mutual assistance.")
    result = _check(check_store, body, published="2021-07-11")
    dated = [(c.verdict, [r.id for r in c.records]) for c in result.claims if c.kind in {"agreement_date",
                                                                                         "event_date"}]
    assert dated == [("consistent", ["cn-kp-1961-friendship-treaty"])]
    # a date after a place in capitals within a sentence is told, not filed
    told = _check(check_store, "China and North Korea signed at BEIJING, 11 July 1961 - a treaty of friendship.")
    assert [c.verdict for c in told.claims if c.kind == "agreement_date"] == ["consistent"]


def test_an_act_of_the_agreement_told_or_of_a_state_at_the_record_s_own_precision_is_read(check_store: Store) -> None:
    # "it", the treaty of the sentence before, turned to again in a month the record holds its invocation in
    again = ("The Rio Treaty was first invoked over Cuba in October 1962. Its members turned to it again in September "
             "2001, after the attacks on New York.")
    claims = [c for c in _check(check_store, again).claims if "2001" in c.claimed]
    assert [(c.verdict, [r.id for r in c.records]) for c in claims] == [
        ("consistent", ["1947-rio-treaty", "2001-rio-treaty-invoked"])]
    # a withdrawal the record dates to a month, told at that month with a word of its description
    gone = "Under pressure from Paris, Libyan forces pulled back from Chad by November 1981."
    assert [c.verdict for c in _claims(_check(check_store, gone), "event_date")] == ["consistent"]
    # no word of what was done: another act of the same states that month, not in the record
    dinner = "Libyan diplomats hosted a dinner for Chad's envoys in November 1981."
    assert [c.verdict for c in _claims(_check(check_store, dinner), "event_date")] == ["not_in_record"]
