"""The year claims about "now" are read at: asked for, else the article's, else the record's latest; never today's.

And the sources every verdict cites, as a reader cites them (``Malozemoff 1958``) beside the ledger's keys.
"""

from __future__ import annotations

import datetime as dt

import pytest

from foedus.check import check_text, reading_year
from foedus.errors import IncompatibleInputError
from foedus.store import Store
from foedus.store.facts import latest_year

TEXT = ("The Treaty of Friendship, Alliance and Mutual Assistance is still in force. "
        "Russia and China have allied five times.")


def _claims(store: Store, published: str | None, as_of: int | None = None) -> dict[str, tuple[str, list[str]]]:
    text = (f"Published: {published}\n\n" if published else "") + TEXT
    result = check_text(store, text, "a.txt", as_of=as_of)
    return {c.kind: (c.verdict, [a.answer for a in c.codings]) for c in result.claims}


def test_the_year_is_the_one_asked_for_else_the_articles_else_the_records(check_store: Store) -> None:
    latest = latest_year(check_store)
    assert reading_year(check_store, 1960, dt.date(2023, 3, 24)).basis == "given"
    published = reading_year(check_store, None, dt.date(2023, 3, 24))
    assert (published.year, published.basis) == (2023, "published")  # not the latest year the store holds
    unknown = reading_year(check_store, None, None)
    assert (unknown.year, unknown.basis) == (latest, "record") and "date is unknown" in unknown.reason
    later = reading_year(check_store, None, dt.date(latest + 1, 1, 1))
    assert (later.year, later.basis) == (latest, "record") and "later than the record" in later.reason
    with pytest.raises(IncompatibleInputError, match="as_of must be a year from"):
        reading_year(check_store, latest + 1)


def test_still_in_force_and_counts_so_far_are_read_at_that_year(check_store: Store) -> None:
    # the 1950 treaty ended in 1980: in force for an article of 1975, not for one of 2023
    in_1975 = _claims(check_store, "1975-01-01")
    assert in_1975["ending"][0] == "consistent" and all("so in force in 1975" in a for a in in_1975["ending"][1])
    assert _claims(check_store, "2023-03-24")["ending"][0] == "contradicts"
    # and one signed after the year read was not in force then
    text = "Published: 1975-01-01\n\nThe Treaty of Good-Neighbourliness and Friendly Co-operation is still in force."
    [claim] = [c for c in check_text(check_store, text, "a.txt").claims if c.kind == "ending"]
    assert claim.verdict == "contradicts" and all("signed only in 2001" in a.answer for a in claim.codings)
    # --as-of overrides the article's year: the alliances counted are those signed, and ended, by then
    assert _claims(check_store, "2023-03-24", as_of=1975) == in_1975
    assert any("ended by 1975 (1896, 1937, 1945) and 1 in force then (1950)" in a for a in in_1975["count"][1])
    assert not any("2001" in a for a in in_1975["count"][1])
    assert any("in force then (2001)" in a for a in _claims(check_store, "2023-03-24")["count"][1])


def test_every_source_key_has_a_readers_label(check_store: Store) -> None:
    result = check_text(check_store, "Published: 2023-03-24\n\n" + TEXT, "a.txt")
    refs = [r for c in result.claims for r in c.records]
    assert refs and all(len(r.source_labels) == len(r.sources) for r in refs)
    labels = dict(zip([k for r in refs for k in r.sources], [v for r in refs for v in r.source_labels], strict=True))
    assert labels["sino-russian:malozemoff1958"] == "Malozemoff 1958"
    assert all(":" not in label for label in labels.values())
