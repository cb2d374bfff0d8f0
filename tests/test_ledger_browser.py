"""The ledger browser's rows (every ledger treaty and every ATOP alliance no ledger holds), its search, facets,
sort and pages, and the ATOP-only alliances as treaty records."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foedus.atop_records import atop_only_records, atop_record
from foedus.errors import FoedusError, IncompatibleInputError
from foedus.queries import (
    LEDGER_COLUMNS,
    LEDGER_FACETS,
    LedgerQuery,
    LedgerRow,
    all_ledger_rows,
    browse_ledger,
    ledger_codings,
    ledger_csv,
    ledger_rows,
    treaty_record,
)
from foedus.records import ledger_slug_of_atop
from foedus.states import _normalise
from foedus.store import Store
from foedus.universe import family_relation
from foedus.vocabulary import ENDINGS


@pytest.fixture(scope="module")
def rows(_prepared_store: Any) -> list[LedgerRow]:
    from foedus.store import open_store

    with open_store(_prepared_store, read_only=True) as store:
        return all_ledger_rows(store)


def test_atop_only_alliances_are_rows_with_atops_ids_and_cow_codes(rows: list[LedgerRow], store: Store) -> None:
    relation = family_relation(store, "atop_members")
    universe = {r["atopid"] for r in store.query(f"SELECT DISTINCT atopid FROM {relation.sql}")}
    held = {r["atopid"] for r in store.query("SELECT atopid FROM treaties WHERE atopid IS NOT NULL")}
    atop = [r for r in rows if r.source == "atop"]
    assert {r.atopid for r in atop} == universe - held  # every ATOP alliance no ledger holds, and only those
    assert all(r.slug == f"atop-{r.atopid}" and r.coding == "atop" and r.ledger == "atop" for r in atop)
    france_russia = [r for r in atop if r.atopid == 4170]
    assert len(france_russia) == 1 and france_russia[0].member_codes == [220, 365]
    assert france_russia[0].obligations == ["consultation"] and france_russia[0].ending == "in_force"
    ledger = [r for r in rows if r.source == "ledger"]
    assert {r.slug for r in ledger} == {t["slug"] for t in store.query("SELECT slug FROM treaties")}
    warsaw = next(r for r in ledger if r.slug == "1955-warsaw-pact")
    assert warsaw.atopid is not None and 365 in warsaw.member_codes and len(warsaw.member_codes) == len(warsaw.members)
    member_rows = [r for r in rows if r.member is not None]
    assert member_rows and all(r.member_code in r.member_codes for r in member_rows)


def test_the_csv_carries_the_columns_to_merge_on(rows: list[LedgerRow]) -> None:
    chosen = [r for r in rows if r.slug in ("atop-4170", "1955-warsaw-pact")]
    table = list(csv.DictReader(io.StringIO(ledger_csv(chosen))))
    assert {"atopid", "member_codes", "member_code", "source"} <= set(LEDGER_COLUMNS) == set(table[0])
    atop = next(r for r in table if r["slug"] == "atop-4170")
    assert (atop["atopid"], atop["member_codes"], atop["source"]) == ("4170", "220; 365", "atop")


def test_an_atop_only_alliance_is_a_treaty_record_with_atops_ending(store: Store) -> None:
    record = treaty_record(store, "atop-4170")
    assert record.ledger == "atop" and record.atopid == 4170 and not record.multilateral
    assert [(m.ccode, m.entered, m.exited) for m in record.members] == [(220, "1992-02-07", None),
                                                                        (365, "1992-02-07", None)]
    assert [(o.coding, o.ending, o.member) for o in record.outcomes] == [("atop", "in_force", None)]
    assert any(s["id"] == "leeds2002atop" for s in record.sources)
    assert "shipped with foedus" in (record.description or "")
    ended = next(r for r in atop_only_records(store) if r.ended is not None and r.multilateral)
    assert {o.member.ccode for o in ended.outcomes if o.member} == {m.ccode for m in ended.members}
    assert all(o.ending in ENDINGS and o.termmode is not None for o in ended.outcomes)


def test_an_atop_id_a_ledger_holds_or_none_has_is_not_an_atop_only_record(store: Store) -> None:
    assert ledger_slug_of_atop(store, 3200) == "cn-ru-1950-friendship-alliance"
    with pytest.raises(LookupError, match=r"held by a ledger.*cn-ru-1950-friendship-alliance"):
        atop_record(store, "atop-3200")
    with pytest.raises(LookupError, match="has no alliance 999999"):
        treaty_record(store, "atop-999999")
    with pytest.raises(LookupError, match="not the slug of an ATOP alliance"):
        atop_record(store, "atop-x")


def test_search_finds_warsaw_and_ids_and_codes(rows: list[LedgerRow]) -> None:
    found = browse_ledger(rows, LedgerQuery(q="Warsaw"))
    assert found.total > 0 and {r.slug for r in found.rows} == {"1955-warsaw-pact"}
    assert {r.slug for r in browse_ledger(rows, LedgerQuery(q="4170")).rows} == {"atop-4170"}
    both = browse_ledger(rows, LedgerQuery(q="france 365")).rows  # every word, anywhere in the row
    assert both and all(220 in r.member_codes and 365 in r.member_codes for r in both)
    assert browse_ledger(rows, LedgerQuery(q="ZZZ no such")).total == 0


def test_facets_count_the_rows_each_choice_would_show(rows: list[LedgerRow]) -> None:
    query = LedgerQuery(since=1900, until=1950, coding="atop")
    view = browse_ledger(rows, query)
    for facet in LEDGER_FACETS:
        for value, count in view.facets[facet]:
            assert browse_ledger(rows, replace(query, **{facet: value})).total == count, (facet, value)
    assert sum(n for _, n in view.facets["ending"]) == browse_ledger(rows, replace(query, ending=None)).total


@settings(max_examples=40, deadline=None)
@given(per_page=st.integers(1, 400), sort=st.sampled_from(["signed", "ended", "title", "members", "coding", "ending",
                                                          "source"]), descending=st.booleans())
def test_pages_partition_the_sorted_rows(rows: list[LedgerRow], per_page: int, sort: str, descending: bool) -> None:
    query = LedgerQuery(source="ledger", sort=sort, descending=descending)
    everything = browse_ledger(rows, query)
    pages = [browse_ledger(rows, replace(query, page=p, per_page=per_page))
             for p in range(1, -(-everything.total // per_page) + 1)]
    assert all(v.pages == len(pages) and v.total == everything.total for v in pages)
    assert [r for v in pages for r in v.rows] == everything.rows
    key = {"signed": lambda r: r.signed, "title": lambda r: _normalise(r.title),
           "members": lambda r: len(r.members)}.get(sort)
    if key is not None:
        values = [key(r) for r in everything.rows]
        assert values == sorted(values, reverse=descending)


def test_a_page_past_the_last_is_the_last(rows: list[LedgerRow]) -> None:
    view = browse_ledger(rows, LedgerQuery(page=10_000, per_page=50))
    assert view.page == view.pages and view.rows


@pytest.mark.parametrize(("changes", "error", "words"), [
    ({"source": "wiki"}, FoedusError, "unknown source"), ({"sort": "colour"}, FoedusError, "unknown sort"),
    ({"ending": "betrayed"}, FoedusError, "unknown ending"), ({"since": 1950, "until": 1900}, IncompatibleInputError,
                                                             "after"),
    ({"page": 0}, FoedusError, "1 or more"),
])
def test_bad_queries_are_refused(store: Store, changes: dict[str, Any], error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        LedgerQuery(**changes).check(ledger_codings(store))


def test_ledger_rows_filters_as_the_browser_does(store: Store) -> None:
    violated = ledger_rows(store, coding="curated", ending="violated")
    assert violated and {(r.coding, r.ending) for r in violated} == {("curated", "violated")}
    only_ledgers = ledger_rows(store, source="ledger")
    assert only_ledgers and {r.source for r in only_ledgers} == {"ledger"}
    assert len(ledger_rows(store)) > len(only_ledgers)


def test_every_atop_alliance_an_assessment_may_name_has_a_record(store: Store) -> None:
    from foedus.reliability.spells import stored_alliances

    assessable = {a.key for a in stored_alliances(store, "curated") if a.source == "atop"}
    records = {r.slug: r for r in atop_only_records(store)}
    assert assessable == set(records)  # the "alliance assessed" link of any of them opens its page
    titles = {a.key: a.title for a in stored_alliances(store, "curated") if a.source == "atop"}
    assert all(records[k].title == t for k, t in titles.items())  # named as the model names it
