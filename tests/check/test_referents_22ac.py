"""What "that treaty", "the pact" and "it" refer to after a sentence that tells an agreement by its words beside one it
names: the described one joins the agreements spoken of, so a noun that names it finds it; "it" stays with the one
named first."""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.models import CheckResult, Claim
from foedus.store import Store


def _check(store: Store, body: str, published: str = "2022-08-28") -> CheckResult:
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def _claims(result: CheckResult, kind: str) -> list[Claim]:
    return [c for c in result.claims if c.kind == kind]


def test_that_treaty_after_a_treaty_told_beside_a_named_one_is_the_treaty_told(check_store: Store) -> None:
    result = _check(check_store, "Syria and Lebanon joined the Arab League at its founding in March 1945, and both "
                                 "signed its collective defence treaty in June 1950. Morocco acceded to that treaty in "
                                 "1961.")
    entry = [c for c in _claims(result, "event_date") if "Morocco" in c.claimed]
    assert [c.records[0].id for c in entry] == ["1950-arab-league-joint-defence"]
    result = _check(check_store, "Iraq was a founder of the Arab League in March 1945, and Baghdad and Amman concluded "
                                 "a treaty of brotherhood and alliance on 14 April 1947. That treaty lapsed in 1958.")
    ended = [c for c in _claims(result, "agreement_date") if "ended" in c.claimed]
    assert [(c.verdict, c.records[0].id) for c in ended] == [("consistent", "atop-3065")]


def test_it_after_such_a_sentence_is_still_the_agreement_named_first(check_store: Store) -> None:
    result = _check(check_store, "Iraq was a founder of the Arab League in March 1945, and Baghdad and Amman concluded "
                                 "a treaty of brotherhood and alliance on 14 April 1947. It is still in force.")
    assert [c.records[0].id for c in _claims(result, "ending")] == ["atop-3015"]


def test_it_after_an_agreement_named_without_a_date_is_that_one_whatever_year_was_told_before(
        check_store: Store) -> None:
    # the year told before ("1930") does not date "it" once a sentence has named another agreement and told no date
    result = _check(check_store, "Athens and Ankara concluded a treaty of neutrality on 30 October 1930. Then there "
                                 "is the Treaty of Guarantee. It remains in force.")
    assert [c.records[0].id for c in _claims(result, "ending")] == ["1960-cyprus-treaty-of-guarantee"]
    result = _check(check_store, "Athens and Ankara concluded a treaty of neutrality on 30 October 1930. Both later "
                                 "joined the North Atlantic Treaty. It is still in force for both.")
    assert {c.records[0].id for c in result.claims if c.kind in {"ending", "agreement_parties"}
            and "1930" not in c.text} == {"1949-nato"}
