"""Claims the record answers once the checker finds the agreement a sentence tells in lower case: one told as the
object of a verb of joining after its body's possessive or its place ("acceded to the League's joint defence treaty",
"signed up to the Tashkent collective security treaty"), which is the agreement of those words the joining state is
recorded to have entered near the date told. Each on a short made-up sentence (the record is the shipped ledgers' and
ATOP's)."""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.models import CheckResult, Claim
from foedus.store import Store


def _check(store: Store, body: str, published: str = "2024-12-01") -> CheckResult:
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def _entries(result: CheckResult) -> list[Claim]:
    return [c for c in result.claims if c.kind in {"event_date", "agreement_date"} and "entry into" in c.claimed]


def test_an_accession_to_a_body_s_treaty_told_in_lower_case_is_checked_against_the_entry(check_store: Store) -> None:
    # Jordan entered the Arab League's joint defence treaty on 16 February 1952
    right = _entries(_check(check_store, "Jordan acceded to the League's joint defence treaty on 16 February 1952."))
    assert [(c.verdict, c.records[0].id) for c in right] == [("consistent", "1950-arab-league-joint-defence")]
    wrong = _entries(_check(check_store, "Jordan acceded to the League's joint defence treaty on 16 February 1953."))
    assert [(c.verdict, c.record_value) for c in wrong] == [("contradicts", "entered 1952-02-16")]


def test_each_clause_joins_the_agreement_its_own_words_describe(check_store: Store) -> None:
    # the charter of the Commonwealth of Independent States and the Tashkent treaty, both entered that day
    result = _check(check_store, "Azerbaijan joined the Commonwealth's charter on 24 September 1993, and it signed "
                                 "up to the Tashkent collective security treaty on the same day.")
    assert [(c.verdict, c.records[0].id) for c in _entries(result)] == [
        ("consistent", "atop-4400"), ("consistent", "atop-4220")]



def _signings(result: CheckResult) -> list[Claim]:
    return [c for c in result.claims if c.kind == "agreement_date"]


def test_a_founder_told_by_a_noun_dates_the_agreement_s_signing(check_store: Store) -> None:
    # the Declaration by United Nations was signed on 1 January 1942; its original signatories signed it that day
    told = "Haiti and Panama were among the original signatories of the Declaration by United Nations on {}."
    right = _signings(_check(check_store, told.format("1 January 1942")))
    assert [(c.verdict, c.record_value) for c in right] == [("consistent", "signed 1942-01-01")]
    wrong = _signings(_check(check_store, told.format("1 January 1944")))
    assert [(c.verdict, c.record_value) for c in wrong] == [("contradicts", "signed 1942-01-01")]
    # a founder of the Arab League (signed 22 March 1945), told a year late
    founder = _signings(_check(check_store, "Syria, a founder of the Arab League in March 1944, never left it."))
    assert [(c.verdict, c.record_value) for c in founder] == [("contradicts", "signed 1945-03-22")]
