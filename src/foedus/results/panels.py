"""The shape of a panel's metadata (``foedus.panel/1``), written beside an exported panel (``FILE.csv.foedus.json``,
or inside a Parquet file): :meth:`foedus.panels.Panel.metadata` dumps :class:`PanelModel`, and ``foedus schema panel``
prints its JSON Schema."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from foedus.results._base import Closed

__all__ = ["PanelModel"]


class PanelModel(Closed):
    """What a panel is and was built from: schema ``foedus.panel/1``."""

    schema_: Literal["foedus.panel/1"] = Field(alias="schema")
    unit: Literal["state-year", "dyad-year"]
    system: Literal["cow", "gw"]
    start: int = Field(description="the first year")
    end: int = Field(description="the last year")
    directed: bool | None = Field(
        description="for a dyad-year panel: whether both (A, B) and (B, A) are rows, or only A < B; null: state-year")
    rows: int = Field(ge=0)
    columns: list[str]
    provenance: list[dict[str, Any]] = Field(
        description="one entry per file used: its role, dataset, layout, version, file name, sha256 and coverage")
    notes: list[str] = Field(description="what the verbs reported (e.g. the count of unplaced pledges)")
    sources: list[dict[str, Any]] = Field(description="the works to cite for the panel (foedus cite --panel)")
