"""The result of checking an article, as pydantic models: the ``foedus.check/2`` JSON schema is theirs."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["CHECK_SCHEMA", "Article", "AsOf", "CheckResult", "Claim", "CodingAnswer", "Mention", "RecordRef",
           "Verdict"]

#: The name and version of the JSON document :meth:`CheckResult.to_dict` returns.
CHECK_SCHEMA = "foedus.check/2"

Verdict = Literal[
    "consistent", "within_tolerance", "contradicts", "depends_on_coding", "not_in_record", "referenced_not_stated"
]
MentionKind = Literal["state", "agreement", "leader", "date", "duration", "count"]
ClaimKind = Literal["event_date", "agreement_date", "agreement_parties", "ending", "count", "leader_office", "list"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Mention(_Model):
    """A span of the article that names something foedus knows: a state, agreement, leader, date or count."""

    kind: MentionKind
    text: str
    start: int
    end: int
    #: ``state:365``, ``treaty:cn-ru-1950-friendship-alliance``, ``leader:...``; None for dates and counts
    target: str | None = None
    #: A date's value at its precision (``1950``, ``1950-02``, ``1950-02-14``), a count's number, a duration's years
    value: str | None = None
    precision: Literal["year", "month", "day"] | None = None
    how: str = ""  # "name", "alias", "adjective", "capital", "title", "fuzzy 93", "description" ...


class RecordRef(_Model):
    """A ledger record a verdict rests on, with its sources: their keys (``ledger:id``) and, in the same order, how
    a reader cites them (``Malozemoff 1958``)."""

    kind: Literal["treaty", "event", "outcome", "leader", "pair"]
    id: str
    ledger: str
    label: str
    sources: list[str]
    source_labels: list[str] = []


class CodingAnswer(_Model):
    """What one coding says: an agreement's ending, or a pair's count."""

    coding: str
    answer: str
    agrees: bool


class Claim(_Model):
    """One checkable statement of the article and the record's verdict on it."""

    kind: ClaimKind
    text: str
    start: int
    end: int
    claimed: str
    verdict: Verdict
    record_value: str
    reason: str
    records: list[RecordRef] = []
    codings: list[CodingAnswer] = []
    proposed_entry: str | None = None  # a ledger entry (YAML) for review, where the record lacks one


class Article(_Model):
    """What was read: where from, its language, its publication date and its main text."""

    source: str
    format: Literal["txt", "md", "html"]
    language: str
    published: str | None
    published_from: str
    words: int
    text: str


class AsOf(_Model):
    """The year the record is read at for claims about "now" (a count of alliances so far, "still in force"), and
    why that year: ``"given"`` (``--as-of``), ``"published"`` (the article's year) or ``"record"`` (the latest year
    the record holds, the article's date being unknown or later)."""

    year: int
    basis: Literal["given", "published", "record"]
    reason: str


class CheckResult(_Model):
    """An article checked against the record: mentions, claims and verdicts (schema ``foedus.check/2``)."""

    schema_: Literal["foedus.check/2"] = Field("foedus.check/2", alias="schema")
    article: Article
    as_of: AsOf
    mentions: list[Mention]
    claims: list[Claim]
    summary: dict[str, int]

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def to_dict(self) -> dict[str, object]:
        """Return the result as a JSON-ready dictionary, its schema name under ``"schema"``."""
        return self.model_dump(mode="json", by_alias=True)

    def _repr_html_(self) -> str:
        from foedus.check.render import result_html

        return result_html(self)
