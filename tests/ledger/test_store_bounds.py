"""What ``ledger validate`` passes, ``ledger load`` stores: records carry the store's bounds (issue 10, finding 5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import duckdb
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from foedus.ledger.files import read_ledger, validate_ledger
from foedus.ledger.records import INT32_MAX, INT32_MIN, Outcome, Source, Treaty
from foedus.store import Store
from foedus.store.schema import LEDGER_TABLES as _LEDGER_TABLES
from tests.ledgers import TINY, line_of

#: Each INTEGER column of the ledger tables that holds an integer a ledger writes, and the record field it comes from.
FROM_RECORDS = {
    ("sources", "year"): (Source, "year"),
    ("treaties", "term_years"): (Treaty, "term_years"),
    ("treaties", "atopid"): (Treaty, "atopid"),
    ("outcomes", "termmode"): (Outcome, "termmode"),
    ("outcomes", "termcaus"): (Outcome, "termcaus"),
}
#: The other INTEGER columns hold what foedus derives: years of dates (1 to 9999), COW codes it resolved, the format.
DERIVED = {
    ("ledgers", "format"), ("treaties", "signed_year"), ("treaties", "ended_year"), ("memberships", "ccode"),
    ("memberships", "entered_year"), ("memberships", "exited_year"), ("events", "year"), ("events", "actors"),
    ("events", "targets"), ("outcomes", "member"), ("outcomes", "breached_by"),
}

#: Where TINY writes each of the fields above, and the text that replaces the value.
WHERE = {
    ("sources", "year"): ("    year: 1996", "    year: {}"),
    ("treaties", "term_years"): ("    term_years: 30", "    term_years: {}"),
    ("treaties", "atopid"): ("    atopid: 1395", "    atopid: {}"),
    ("outcomes", "termmode"): ("    termmode: 3", "    termmode: {}"),
    ("outcomes", "termcaus"): ("    termcaus: 6", "    termcaus: {}"),
}


@pytest.fixture(scope="module")
def scratch() -> Iterator[Store]:
    store = Store(Path(":memory:"), duckdb.connect(), False)
    store.migrate()
    yield store
    store.close()


def test_every_integer_column_of_the_ledger_tables_is_accounted_for(scratch: Store) -> None:
    columns = {
        (r["table_name"], r["column_name"])
        for r in scratch.query(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE data_type IN ('INTEGER', 'INTEGER[]') AND list_contains(?, table_name)",
            [["ledgers", *_LEDGER_TABLES]],
        )
    }
    assert columns == set(FROM_RECORDS) | DERIVED


@pytest.mark.parametrize("column", sorted(FROM_RECORDS))
def test_each_integer_field_refuses_what_the_store_cannot_hold(column: tuple[str, str]) -> None:
    model, name = FROM_RECORDS[column]
    info = model.model_fields[name]
    field = TypeAdapter(Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation)
    assert field.validate_python(INT32_MAX) == INT32_MAX
    for outside in (INT32_MAX + 1, INT32_MIN - 1, 10**40):
        with pytest.raises(ValidationError):
            field.validate_python(outside)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.sampled_from(sorted(WHERE)),
       value=st.integers(-(2**40), 2**40) | st.sampled_from([INT32_MAX, INT32_MAX + 1, INT32_MIN, INT32_MIN - 1]))
@example(column=("sources", "year"), value=2**31)
@example(column=("treaties", "atopid"), value=2**31)
@example(column=("treaties", "term_years"), value=2**31)
@example(column=("outcomes", "termcaus"), value=2**31)
def test_a_ledger_that_validates_loads(scratch: Store, tmp_path_factory: pytest.TempPathFactory,
                                       column: tuple[str, str], value: int) -> None:
    old, new = WHERE[column]
    text = TINY.replace(old, new.format(value), 1)
    path = tmp_path_factory.mktemp("bounds") / "tiny.yaml"
    path.write_text(text, encoding="utf-8")
    problems = validate_ledger(path)
    if not INT32_MIN <= value <= INT32_MAX:
        assert any(p.line == line_of(text, new.format(value).strip()) for p in problems), problems
    if problems:
        return
    report = scratch.load(read_ledger(path))
    assert report.status in ("loaded", "replaced")
    table, name = column
    stored = {r[name] for r in scratch.query(f"SELECT {name} FROM {table} WHERE ledger = 'tiny'")}
    assert value in stored
