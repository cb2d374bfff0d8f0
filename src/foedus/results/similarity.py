"""The shape of a pair's alliance-portfolio similarity (``foedus.similarity/1``):
:meth:`foedus.similarity.pair.PairSimilarity.to_dict` dumps :class:`SimilarityModel`, and ``foedus schema similarity``
prints its JSON Schema."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from foedus.results._base import Closed, Open
from foedus.results.history import StateModel

__all__ = ["MeasureModel", "PortfolioFileModel", "SharedAgreementModel", "SimilarityModel", "SimilarityYearModel"]

#: A measure in one year; null where it is missing.
Value = Annotated[float | None, Field(ge=-1, le=1)]


class MeasureModel(Closed):
    """A measure's column and its name in words."""

    column: str
    label: str


class SimilarityYearModel(Open):
    """One year both states were in the system: the year and one value per measure column (null where it is
    missing: outside ATOP's coverage, or no capability score for some state of the system)."""

    year: int
    __pydantic_extra__: dict[str, Value] = Field(init=False)


class SharedAgreementModel(Closed):
    """An agreement with military obligations both states were party to, and the years they were."""

    slug: str
    title: str
    obligations: list[str]
    multilateral: bool
    start: int = Field(description="the first year both states were party to it")
    end: int | None = Field(description="the last year; null: in force at the end of the record")
    ending: str | None = Field(description="how it ended in the curated reading, else ATOP's")
    origin: str


class PortfolioFileModel(Closed):
    """A file the portfolios were built from."""

    role: str
    kind: str | None
    name: str
    dataset: str
    version: str | None
    sha256: str | None


class SimilarityModel(Closed):
    """How alike two states' alliance portfolios were, year by year, beside their agreements: schema
    ``foedus.similarity/1``, as ``foedus similarity --json`` prints it."""

    schema_: Literal["foedus.similarity/1"] = Field(alias="schema")
    pair: list[StateModel] = Field(min_length=2, max_length=2)
    system: Literal["cow", "gw"] = Field(description="the state system whose states make up each year's portfolios")
    scale: Literal["valued", "binary"] = Field(
        description="valued: 3 defence or offence, 2 neutrality or consultation, 1 non-aggression only, 0 none; "
                    "binary: any alliance 1")
    from_: int = Field(alias="from")
    to: int
    coverage: list[int] = Field(min_length=2, max_length=2,
                                description="the first and last year of the ATOP data in use")
    ledgers: bool = Field(description="whether the ledgers override ATOP for the members they list")
    measures: list[MeasureModel]
    years: list[SimilarityYearModel] = Field(
        description="one entry per year both states were in the system: the year and one value per measure column")
    agreements: list[SharedAgreementModel]
    files: list[PortfolioFileModel]
    references: list[str] = Field(description="ids of the works behind the measures (foedus.cite.reference)")
    notes: list[str]
