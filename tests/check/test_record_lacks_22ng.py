"""Claims the record cannot check, read so on short made-up sentences (the record is the shipped ledgers'): an office
told held now, in the present tense, by an article written after Archigos ends."""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.models import CheckResult, Claim
from foedus.store import Store


def _check(store: Store, body: str, published: str = "2024-12-01") -> CheckResult:
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def _offices(result: CheckResult) -> list[Claim]:
    return [c for c in result.claims if c.kind == "leader_office"]


def test_an_office_told_held_now_after_archigos_ends_is_not_in_the_record(check_store: Store) -> None:
    # the paragraph's year (1990) is not the office's: "has warned" tells it held now, in 2024
    told = _offices(_check(check_store, "In 1990 the two states signed a treaty. President Recep Tayyip Erdogan "
                                        "has warned against any new pact."))
    assert [c.verdict for c in told] == ["not_in_record"] and "2024" in told[0].claimed
    # "is still president" after a bare name tells the office too
    still = _offices(_check(check_store, "In 1995 Kazakhstan joined the pact. Nazarbayev is still president today.",
                            published="2018-05-01"))
    assert [c.verdict for c in still] == ["not_in_record"]
    # a government told acting now is its leader's office now
    government = _offices(_check(check_store, "In 1990 the two states signed a treaty. Prime Minister Shinzo Abe's "
                                              "government has said it will honour it.", published="2019-05-01"))
    assert [c.verdict for c in government] == ["not_in_record"]


def test_an_office_told_held_now_within_archigos_is_read_as_before(check_store: Store) -> None:
    # an article of 2010: now is a time Archigos covers, and the office is read as told at no date of its own
    told = _offices(_check(check_store, "In 1990 the two states signed a treaty. President Hosni Mubarak has "
                                        "warned against any new pact.", published="2010-05-01"))
    assert [c.verdict for c in told] == ["consistent"]
