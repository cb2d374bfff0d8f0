"""The columns of a file layout and the SQL that reads and checks them, one vectorised pass for all rows.

Each column's checks compile to SQL over DuckDB's text: the number or date it holds, whether it is acceptable,
and (for the rows that fail) a message saying what is wrong. Checks across columns are SQL expressions returning a
message or NULL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "Column",
    "ColumnSQL",
    "RowCheck",
    "column_sql",
    "ends_before_check",
    "partial_date_bounds",
    "partial_date_checks",
    "partial_date_text",
    "state_code",
    "year_column",
]

Kind = Literal["int", "real", "flag", "text", "iso_date", "dmy_date"]


@dataclass(frozen=True)
class Column:
    """A column a layout reads, and what its values must be.

    ``name`` is the file's column (matched case-insensitively), ``alias`` the name in SQL. Integers may be
    written as floats (``2.0``); ``unknown`` lists the codes that mean "not known" (stored NULL). A ``real``
    column holds any finite number between ``low`` and ``high``.
    """

    name: str
    kind: Kind = "int"
    alias: str = ""
    required: bool = True
    empty: bool = False
    unknown: tuple[int, ...] = ()
    low: float = -999_999
    high: float = 999_999
    allowed: tuple[int, ...] = ()
    allowed_text: str = ""

    @property
    def key(self) -> str:
        """Return the column's name in SQL."""
        return self.alias or self.name.lower()


def state_code(name: str, alias: str = "", *, empty: bool = False) -> Column:
    """Return a column of state codes (COW or G-W: 1 to 9999), written as integers or floats."""
    return Column(name, alias=alias, low=1, high=9999, empty=empty)


def year_column(name: str, alias: str = "", *, empty: bool = False, unknown: tuple[int, ...] = ()) -> Column:
    """Return a column of years (1000 to 2999)."""
    return Column(name, alias=alias, low=1000, high=2999, empty=empty, unknown=unknown)


@dataclass(frozen=True)
class RowCheck:
    """A check across columns: ``sql`` is an expression over the checked values returning a message or NULL."""

    column: str
    sql: str


def _literal(text: str) -> str:
    """Return ``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _bound(value: float) -> str:
    """Return a bound as SQL and as text: whole numbers without a decimal point."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _quoted(expr: str) -> str:
    return f"'''' || left({expr}, 40) || ''''"


@dataclass(frozen=True)
class ColumnSQL:
    """SQL for one column: ``number`` over the raw text ``c``; ``value`` and ``ok`` over ``n`` (the number) and
    ``c``; ``error`` over ``r`` (the trimmed text) and ``n``, evaluated for bad rows only."""

    number: str
    value: str
    ok: str
    error: str


def column_sql(column: Column, source: str | None) -> ColumnSQL:
    """Return the SQL that reads and checks ``column`` from the raw text column ``source`` (None: absent)."""
    sql_type = {
        "int": "INTEGER", "real": "DOUBLE", "flag": "BOOLEAN", "text": "VARCHAR",
        "iso_date": "DATE", "dmy_date": "DATE",
    }
    if source is None:
        return ColumnSQL("NULL", f"NULL::{sql_type[column.kind]}", "TRUE", "NULL::VARCHAR")
    c, n, r = f'r."{source}"', "{n}", "{r}"
    blank = f"({c} IS NULL OR trim({c}) = '')"
    missing = "NULL::VARCHAR" if column.empty else "'is empty'"
    if column.kind == "text":
        return ColumnSQL(
            "NULL", f"nullif(trim({c}), '')", "TRUE" if column.empty else f"NOT {blank}",
            f"CASE WHEN {r} IS NULL THEN {missing} END",
        )
    if column.kind in ("iso_date", "dmy_date"):
        iso = column.kind == "iso_date"
        number = f"TRY_CAST(trim({c}) AS DATE)" if iso else f"try_strptime(trim({c}), '%d:%m:%Y')::DATE"
        form = "YYYY-MM-DD" if column.kind == "iso_date" else "dd:mm:yyyy"
        return ColumnSQL(
            number, n, f"({n} IS NOT NULL OR {'TRUE' if column.empty else 'FALSE'} AND {blank})",
            f"CASE WHEN {r} IS NULL THEN {missing} "
            f"WHEN {n} IS NULL THEN 'is ' || {_quoted(r)} || ', not a date ({form})' END",
        )
    allowed = column.allowed or ((0, 1) if column.kind == "flag" else ())
    is_unknown = f"{n} IN ({', '.join(str(u) for u in column.unknown)})" if column.unknown else "FALSE"
    low, high = _bound(column.low), _bound(column.high)
    in_range = f"{n} BETWEEN {low} AND {high}"
    if allowed:
        in_range += f" AND {n} IN ({', '.join(str(a) for a in allowed)})"
        expected = column.allowed_text or " or ".join(str(a) for a in allowed)
    else:
        expected = column.allowed_text or f"between {low} and {high}"
    whole = "TRUE" if column.kind == "real" else f"{n} = round({n})"
    known = f"isfinite({n}) AND {whole} AND NOT ({is_unknown}) AND {in_range}"
    value = f"CASE WHEN {known} THEN {n} END"
    if column.kind == "flag":
        value = f"({value}) = 1"
    elif column.kind == "int":
        value = f"CAST({value} AS INTEGER)"
    empty_ok = f"{blank}" if column.empty else "FALSE"
    ok = (
        f"CASE WHEN {n} IS NULL THEN {empty_ok} "
        f"ELSE isfinite({n}) AND {whole} AND ({is_unknown} OR {in_range}) END"
    )
    error = (
        f"CASE WHEN {r} IS NULL THEN {missing} "
        f"WHEN {n} IS NULL OR NOT isfinite({n}) THEN 'is ' || {_quoted(r)} || ', not a number' "
        f"WHEN NOT ({whole}) THEN 'is ' || {_quoted(r)} || ', not a whole number' "
        f"WHEN {is_unknown} THEN NULL "
        f"WHEN NOT ({in_range}) THEN 'is ' || {_quoted(r)} || {_literal(', not ' + expected)} END"
    )
    return ColumnSQL(f"TRY_CAST({c} AS DOUBLE)", value, ok, error)


def partial_date_checks(year: str, month: str, day: str, month_column: str, day_column: str) -> tuple[RowCheck, ...]:
    """Return the checks that a date known to the year, month or day is a real date: no day without a month."""
    return (
        RowCheck(
            month_column, f"CASE WHEN {month} IS NOT NULL AND {year} IS NULL THEN 'is given but the year is not' END"
        ),
        RowCheck(
            day_column,
            f"CASE WHEN {year} IS NULL THEN NULL "
            f"WHEN {day} IS NOT NULL AND {month} IS NULL THEN 'is ' || {day} || ' but the month is unknown: "
            f"a day needs a month (write 0 or -9 for an unknown day)' "
            f"WHEN {day} IS NOT NULL AND try(make_date({year}, {month}, {day})) IS NULL THEN "
            f"'is ' || {day} || ', a day that does not exist in ' || {year} || '-' || lpad({month}::VARCHAR, 2, '0') "
            "END",
        ),
    )


def partial_date_bounds(year: str, month: str, day: str) -> tuple[str, str]:
    """Return SQL for the first and the last day a date known to the year, month or day may denote."""
    first = f"try(make_date({year}, coalesce({month}, 1), coalesce({day}, 1)))"
    last = (
        f"try(CASE WHEN {day} IS NOT NULL THEN make_date({year}, {month}, {day}) "
        f"WHEN {month} IS NOT NULL THEN last_day(make_date({year}, {month}, 1)) ELSE make_date({year}, 12, 31) END)"
    )
    return first, last


def partial_date_text(year: str, month: str, day: str) -> tuple[str, str]:
    """Return SQL for the ISO text of a date at its own precision (1896, 1896-06, 1896-06-03) and the precision."""
    text = (
        f"CASE WHEN {year} IS NULL THEN NULL ELSE lpad({year}::VARCHAR, 4, '0') "
        f"|| CASE WHEN {month} IS NULL THEN '' ELSE '-' || lpad({month}::VARCHAR, 2, '0') END "
        f"|| CASE WHEN {month} IS NULL OR {day} IS NULL THEN '' ELSE '-' || lpad({day}::VARCHAR, 2, '0') END END"
    )
    precision = (
        f"CASE WHEN {year} IS NULL THEN NULL WHEN {month} IS NULL THEN 'year' "
        f"WHEN {day} IS NULL THEN 'month' ELSE 'day' END"
    )
    return text, precision


def ends_before_check(start: str, end: str, column: str) -> RowCheck:
    """Return the check that a date known to the year, month or day (``{end}_year``...) may not end before the
    date ``{start}_year``... begins (the end's last possible day before the start's first possible day)."""
    first, _ = partial_date_bounds(f"{start}_year", f"{start}_month", f"{start}_day")
    _, last = partial_date_bounds(f"{end}_year", f"{end}_month", f"{end}_day")
    start_text, _ = partial_date_text(f"{start}_year", f"{start}_month", f"{start}_day")
    end_text, _ = partial_date_text(f"{end}_year", f"{end}_month", f"{end}_day")
    message = f"'ends (' || {end_text} || ') before it begins (' || {start_text} || ')'"
    return RowCheck(column, f"CASE WHEN {last} < {first} THEN {message} END")
