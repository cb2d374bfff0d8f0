"""The shape of the event monitor's result (``foedus.monitor/1``): :meth:`foedus.events.monitor.MonitorResult.to_dict`
dumps :class:`MonitorModel`, and ``foedus schema monitor`` prints its JSON Schema."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from foedus.results._base import Closed, Date
from foedus.results.history import StateModel

__all__ = [
    "ChangePointModel", "DataSpanModel", "EventFileModel", "GoldsteinModel", "LedgerEventModel", "MonitorModel",
    "PeriodModel", "QuadsModel", "RootCodeModel",
]

#: A day in ISO 8601.
Day = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class QuadsModel(Closed):
    """Events counted by CAMEO quad class."""

    q1: int = Field(ge=0, description="verbal cooperation")
    q2: int = Field(ge=0, description="material cooperation")
    q3: int = Field(ge=0, description="verbal conflict")
    q4: int = Field(ge=0, description="material conflict")
    total: int = Field(ge=0)


class WaysModel(Closed):
    """Events each way and both ways."""

    a_to_b: QuadsModel
    b_to_a: QuadsModel
    both: QuadsModel


class GoldsteinModel(Closed):
    """The Goldstein scores of a period's events: their sum and mean (null: no events)."""

    sum: float
    mean: float | None = Field(ge=-10, le=10)


class GoldsteinWaysModel(Closed):
    """Goldstein scores each way and both ways."""

    a_to_b: GoldsteinModel
    b_to_a: GoldsteinModel
    both: GoldsteinModel


class VolumeModel(Closed):
    """Events each state took part in, with any partner."""

    a: int = Field(ge=0)
    b: int = Field(ge=0)


class IndexModel(Closed):
    """Net cooperation per 1,000 events of the two states (geometric mean), with its 90% bootstrap band."""

    value: float | None
    low: float | None
    high: float | None


class PeriodModel(Closed):
    """One period of the window: its events by quad class, Goldstein scores, volumes and index."""

    start: Day
    end: Day
    counts: WaysModel
    goldstein: GoldsteinWaysModel
    volume: VolumeModel = Field(description="events each state took part in, with any partner")
    index: IndexModel = Field(description="net cooperation per 1,000 events of the two states (geometric mean), "
                                          "90% bootstrap band")


class TotalsModel(Closed):
    """The dyad's events in the window: each way and both ways."""

    a_to_b: int
    b_to_a: int
    both: int


class RootCodeModel(Closed):
    """A CAMEO root code and the pair's events under it."""

    code: str = Field(pattern=r"^(0[1-9]|1\d|20)$")
    name: str
    a_to_b: int
    b_to_a: int
    both: int


class ChangePointModel(Closed):
    """A change in the index: the first period of the new segment, its interval, and the means either side."""

    date: Day = Field(description="first period of the new segment")
    low: Day
    high: Day
    support: float = Field(ge=0, le=1, description="share of bootstrap replicates with the change")
    mean_before: float | None
    mean_after: float | None


class LedgerEventModel(Closed):
    """An event of the ledger between the pair in the window, and the period it falls in."""

    id: str
    ledger: str
    date: Date
    kind: str
    description: str
    treaty: str | None
    period: Day


class EventFileModel(Closed):
    """An imported file of event data the window reads."""

    name: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    source: str
    from_: Day = Field(alias="from")
    to: Day
    events: int


class DataSpanModel(Closed):
    """What was read from one source."""

    source: str
    title: str
    from_: Day = Field(alias="from")
    to: Day
    files: int
    events: int
    samples: bool
    read: list[Annotated[list[Day], Field(min_length=2, max_length=2)]]


class MonitorModel(Closed):
    """How two states treat each other, from event data: schema ``foedus.monitor/1``, as ``foedus monitor --json``
    prints it."""

    schema_: Literal["foedus.monitor/1"] = Field(alias="schema")
    pair: list[StateModel] = Field(min_length=2, max_length=2)
    from_: Day = Field(alias="from")
    to: Day
    frequency: Literal["day", "week", "month"]
    sources: list[str] = Field(min_length=1, description="the event sources read (foedus.events.layouts.LAYOUTS)")
    engine: str = Field(description="the engine that counted them (foedus.events.layouts.ENGINES)")
    totals: TotalsModel
    periods: list[PeriodModel]
    root_codes: list[RootCodeModel]
    change_points: list[ChangePointModel]
    ledger_events: list[LedgerEventModel]
    method: dict[str, Any]
    files: list[EventFileModel]
    notes: list[str]
    data: list[DataSpanModel] = Field(
        description="What was read, by source: the days its files cover, its files and events, the days read from it "
                    "(one source a day where sources overlap), and whether its files are the development samples.")
