"""The closed vocabularies of the ledger, and which endings count as a breach."""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "BREACH_ENDINGS",
    "CODING_KINDS",
    "ENDINGS",
    "EVENT_KINDS",
    "OBLIGATIONS",
    "TREATY_KINDS",
    "CodingKind",
    "Ending",
    "EventKind",
    "Obligation",
    "TreatyKind",
    "is_breach",
]

Obligation = Literal["defense", "offense", "neutrality", "non_aggression", "consultation"]
TreatyKind = Literal[
    "alliance", "friendship", "partnership", "border", "trade", "joint_statement", "declaration",
    "cooperation", "other",
]
Ending = Literal[
    "in_force", "expired", "replaced", "violated", "abrogated", "lost_independence", "fulfilled",
    "defeated", "dissolved_jointly",
]
EventKind = Literal[
    "signed", "ratified", "in_force", "invoked", "honored", "violated", "abrogated", "denounced",
    "repudiated", "expired", "replaced", "extended", "suspended", "notice_of_termination", "statement",
    "armed_clash", "war", "occupation", "lease", "cession", "recognition", "withdrawal", "military_aid",
    "resolution", "third_party_agreement", "visit", "summit", "sanctions", "court_decision", "warrant",
]
CodingKind = Literal["dataset", "curated", "narrative", "user"]

OBLIGATIONS: tuple[str, ...] = get_args(Obligation)
TREATY_KINDS: tuple[str, ...] = get_args(TreatyKind)
ENDINGS: tuple[str, ...] = get_args(Ending)
EVENT_KINDS: tuple[str, ...] = get_args(EventKind)
CODING_KINDS: tuple[str, ...] = get_args(CodingKind)

#: Endings that are a breach by a member. A joint dissolution, an expiry or a replacement is not.
BREACH_ENDINGS: frozenset[str] = frozenset({"violated", "abrogated"})


def is_breach(ending: str) -> bool:
    """Return True if ``ending`` is a breach of the alliance by one of its members."""
    return ending in BREACH_ENDINGS
