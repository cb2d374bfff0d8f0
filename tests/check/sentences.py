"""Helpers for tests of the checker on made-up sentences: a short article around them, its claims of one kind, and
the leaders and agreements its mentions link."""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.mentions import find_mentions, gazetteer
from foedus.check.models import CheckResult, Claim
from foedus.store import Store

#: A closing sentence of common words, so that the language test reads a short made-up text as English.
ENGLISH = "This is what the papers of the time told their readers, and they were right to do so."


def check_sentences(store: Store, body: str, published: str = "2024-12-01") -> CheckResult:
    """Return the check of ``body`` as an article published on ``published``, closed by :data:`ENGLISH`."""
    return check_text(store, f"Published: {published}\n\n{body}\n\n{ENGLISH}", "a.txt")


def check_plain(store: Store, body: str, published: str = "2024-12-01") -> CheckResult:
    """Return the check of ``body`` as an article published on ``published``, as it stands (no closing sentence)."""
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def claims_of(result: CheckResult, kind: str) -> list[Claim]:
    """Return the claims of ``kind`` in ``result``."""
    return [c for c in result.claims if c.kind == kind]


def leaders_in(store: Store, text: str) -> list[tuple[str, str]]:
    """Return each leader mention of ``text`` with the office it was read with."""
    return [(m.text, m.how) for m in find_mentions(text, gazetteer(store), None) if m.kind == "leader"]


def agreement_links(store: Store, text: str) -> list[tuple[str, str | None]]:
    """Return each agreement mention of ``text`` with its target."""
    return [(m.text, m.target) for m in find_mentions(text, gazetteer(store), None) if m.kind == "agreement"]
