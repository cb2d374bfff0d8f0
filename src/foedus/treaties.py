"""A treaty's record, whoever holds it (a ledger, or ATOP alone): its dates and members, how it ended under each
coding, the events and the sources. :func:`foedus.queries.treaty_record` reads one from the store;
:mod:`foedus.atop_records` makes those of the ATOP alliances no ledger holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from foedus.errors import FoedusError
from foedus.history import EventEntry, MemberEntry, OutcomeEntry

if TYPE_CHECKING:
    from foedus.results.history import TreatyModel

__all__ = ["TreatyNotFoundError", "TreatyRecord"]


class TreatyNotFoundError(FoedusError, LookupError):
    """No stored treaty has this slug."""


@dataclass(frozen=True)
class TreatyRecord:
    """A stored treaty: its dates and members, how it ended under each coding, the events, and the sources."""

    slug: str
    ledger: str
    title: str
    alt_titles: list[str]
    kind: str
    obligations: list[str]
    multilateral: bool
    signed: str
    in_force: str | None
    ended: str | None
    term_years: int | None
    renewal: str | None
    atopid: int | None
    disagrees_with_atop: str | None
    description: str | None
    members: list[MemberEntry]
    outcomes: list[OutcomeEntry]
    events: list[EventEntry]
    sources: list[dict[str, Any]]

    def to_model(self) -> TreatyModel:
        """Return the treaty as its result model (:class:`foedus.results.history.TreatyModel`)."""
        from foedus.results.history import TreatyModel

        return TreatyModel.model_validate(self, from_attributes=True)

    def to_dict(self) -> dict[str, Any]:
        """Return the treaty as a JSON-ready dictionary (:meth:`to_model`)."""
        return self.to_model().model_dump(by_alias=True)
