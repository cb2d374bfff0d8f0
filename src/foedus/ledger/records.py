"""The records of a ledger: sources, codings, treaties with their members, events and outcomes.

Field names and vocabularies are documented in ``docs/ledger-format.md``; these pydantic models check each
record's shape, and :mod:`foedus.ledger.files` checks what ties records together.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from foedus.dates import PartialDate
from foedus.vocabulary import CodingKind, Ending, EventKind, Obligation, TreatyKind

__all__ = [
    "INT32_MAX",
    "INT32_MIN",
    "LINK_SCHEMES",
    "CodingSpec",
    "Event",
    "LedgerHeader",
    "Membership",
    "Outcome",
    "Source",
    "StateRef",
    "TimeZoneName",
    "Treaty",
    "time_zone_name",
]


#: The bounds of the store's INTEGER columns (DuckDB's 32-bit integers). Every integer a ledger holds is checked
#: against them here, so that what ``foedus ledger validate`` passes ``foedus ledger load`` can store.
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1

#: The kinds of link a source's ``url`` may be: shown as a link, it must never be ``javascript:`` or ``data:``.
LINK_SCHEMES: tuple[str, ...] = ("http", "https", "doi")


def _to_text(value: Any) -> Any:
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _link(value: str) -> str:
    scheme = urlsplit(value).scheme.lower() if ":" in value else ""
    if scheme not in LINK_SCHEMES:
        raise ValueError(f"must be a link starting with http://, https:// or doi:, not {value[:40]!r}")
    return value


#: The shape of an IANA time zone name (``Europe/Moscow``, ``Asia/Shanghai``, ``UTC``, ``America/Argentina/Salta``):
#: checked before the name is looked up, so that no path (``../x``, ``/etc/passwd``) ever reaches ``zoneinfo``.
_TIME_ZONE_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9_+-]{0,40}(?:/[A-Za-z0-9][A-Za-z0-9_+-]{0,40}){0,3}")


def time_zone_name(value: str) -> str:
    """Return ``value`` if it names an IANA time zone known to :mod:`zoneinfo` (such as ``Europe/Moscow``).

    Raises
    ------
    ValueError
        If it does not, with a message saying what is expected.
    """
    if _TIME_ZONE_SHAPE.fullmatch(value):
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
        else:
            return value
    raise ValueError(f"{value[:40]!r} is not an IANA time zone name (such as Europe/Moscow or Asia/Shanghai)")


Date = Annotated[PartialDate, BeforeValidator(PartialDate.parse)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
LooseText = Annotated[str, BeforeValidator(_to_text), StringConstraints(strip_whitespace=True, min_length=1)]
StoredInt = Annotated[int, Field(ge=INT32_MIN, le=INT32_MAX)]
PositiveInt = Annotated[int, Field(gt=0, le=INT32_MAX)]
Link = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_link)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")]
#: A state as a ledger author writes it: a name, ISO3, COW abbreviation, or COW code.
StateRef = Annotated[Annotated[str, StringConstraints(max_length=200)] | StoredInt, Field(union_mode="left_to_right")]
SourceIds = Annotated[list[Identifier], Field(min_length=1)]
#: An IANA time zone name, checked with :mod:`zoneinfo`.
TimeZoneName = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(time_zone_name)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class LedgerHeader(_Record):
    """What a ledger file says about itself."""

    format: Literal[1]
    ledger: Slug
    version: LooseText
    title: Text
    description: Text | None = None


class CodingSpec(_Record):
    """A coding a ledger declares: its name, kind and what it is."""

    name: Slug
    kind: CodingKind
    description: Text


class Source(_Record):
    """A work a record rests on, with enough detail to find it and to print it as BibTeX."""

    id: Identifier
    type: Literal["article", "book", "chapter", "treaty", "document", "dataset", "web", "report"]
    author: Text | None = None
    editor: Text | None = None
    title: Text
    journal: Text | None = None
    booktitle: Text | None = None
    publisher: Text | None = None
    series: Text | None = None
    institution: Text | None = None
    address: Text | None = None
    year: StoredInt | None = None
    volume: LooseText | None = None
    issue: LooseText | None = None
    pages: LooseText | None = None
    url: Link | None = None
    doi: Text | None = None
    note: Text | None = None


class Membership(_Record):
    """A state's membership of a treaty: when it entered and, if it did, when it left."""

    state: StateRef
    entered: Date | None = None
    exited: Date | None = None


class Treaty(_Record):
    """An agreement between states, with its obligations, dates (each with its precision) and members."""

    slug: Slug
    title: Text
    alt_titles: list[Text] = []
    kind: TreatyKind
    obligations: list[Obligation]
    multilateral: bool
    signed: Date
    in_force: Date | None = None
    ended: Date | None = None
    term_years: PositiveInt | None = None
    renewal: Text | None = None
    atopid: PositiveInt | None = None
    disagrees_with_atop: Text | None = None
    members: Annotated[list[Membership], Field(min_length=2)]
    description: Text | None = None
    sources: SourceIds


class Event(_Record):
    """Something that happened, dated, between states, perhaps under a treaty.

    ``time_zone`` names the IANA time zone in which ``date`` is the day (where the day could differ between
    capitals, or with the hour of the announcement), and ``time_zone_note`` says why the day is in doubt;
    ``place`` is where it happened, as text (``Moscow``, ``The Hague``).
    """

    id: Identifier
    date: Date
    kind: EventKind
    actors: Annotated[list[StateRef], Field(min_length=1)]
    targets: list[StateRef] = []
    treaty: Slug | None = None
    place: Text | None = None
    time_zone: TimeZoneName | None = None
    time_zone_note: Text | None = None
    description: Text
    sources: SourceIds


class Outcome(_Record):
    """How a treaty (or one member's participation) ended under a named coding, and why we say so."""

    treaty: Slug
    coding: Slug
    member: StateRef | None = None
    ending: Ending
    breached_by: list[StateRef] = []
    events: list[Identifier] = []
    termmode: StoredInt | None = None
    termcaus: StoredInt | None = None
    contested: bool = False
    rationale: Text
    sources: SourceIds
