"""Agreements named with a name the record does not hold: claims about them are not in the record."""

from __future__ import annotations

import re
from typing import Any

from foedus.check.claims._records import _not_in_record
from foedus.check.claims._sentences import Sentence
from foedus.check.models import Claim

#: An agreement's name the record does not hold: "the Entente Cordiale", "the Anglo-Russian Convention", "the Camp
#: David Accords".
_UNKNOWN_NAME = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+)*(?:Treaty|Treaties|Pact|Agreements?|Conventions?|Accords?|Protocols?|Alliance|Entente|"
    r"Declaration)\b(?:\s+(?:of\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'’-]*)*")


#: Words of a name that say what an agreement is, not which one ("Treaty of Friendship and Alliance").
_GENERIC_NAME_WORDS = frozenset({
    "treaty", "treaties", "pact", "agreement", "agreements", "convention", "conventions", "accord", "accords",
    "protocol", "protocols", "alliance", "entente", "declaration", "of",
    "and", "the", "friendship", "mutual", "assistance", "cooperation", "co-operation", "defence", "defense", "security",
    "non-aggression", "peace", "joint", "military", "secret", "defensive", "bilateral", "new"})


def _named_unknown(s: Sentence, name: re.Match[str]) -> bool:
    """Return True if ``name`` (a match in the sentence) names an agreement the article's mentions do not: two words
    or more, one of them more than what the agreement is, and no mention of an agreement inside it."""
    words = name.group(0).split()
    return len(words) >= 2 and any(w.casefold() not in _GENERIC_NAME_WORDS for w in words) and not any(
        m.start < s.start + name.end() and s.start + name.start() < m.end for m in s.of("agreement"))


#: A relative clause of signing right after an agreement's noun: "the treaty he signed with", "the pact that Rome
#: had concluded with".
_SIGNED_WITH = re.compile(r"\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,3}?(?:had\s+)?(?:signed|concluded)\s+with\s+")


def _signed_with_others(s: Sentence, anaphor: re.Match[str], members: frozenset[int] | set[int]) -> bool:
    """Return True if the agreement's noun the anaphor ends in is told by a relative clause of its signing with a
    state that is no member of ``members`` (the agreement the noun would otherwise stand for): the noun then
    describes another agreement ("the treaty he signed with Tito's Yugoslavia in 1945" after an Anglo-Soviet one)."""
    told = _SIGNED_WITH.match(s.text, anaphor.end())
    if told is None:
        return False
    after = [m for m in s.of("state") if m.target and m.start >= s.start + told.end()]
    return bool(after) and int((after[0].target or "state:0").split(":")[1]) not in members


def _unknown_named_before(s: Sentence, at: int) -> bool:
    """Return True if the sentence names, before ``at`` (an "it" or "the treaty" standing for an agreement), an
    agreement by a title the record does not hold: the pronoun stands for that one, not for one the article named
    before ("Iran had signed the Algiers Agreement in 1975; Iraq tore it up in 1980")."""
    return any(_named_unknown(s, name) and name.end() <= at for name in _UNKNOWN_NAME.finditer(s.text)
               if not re.match(r"(?:The|A|An|In|On|By)\b", name.group(0)))


def _unknown_names(s: Sentence, pair: tuple[int, ...]) -> list[Claim]:
    """An agreement named with its date whose name the record does not hold ("the Entente Cordiale of April 1904",
    "the Anglo-Russian Convention, signed in St Petersburg on 31 August 1907"): not in the record, with a proposed
    ledger entry."""
    out: list[Claim] = []
    for name in _UNKNOWN_NAME.finditer(s.text):
        if not _named_unknown(s, name):
            continue
        date = next((d for d in s.of("date") if d.value and d.start - s.start >= name.end() and re.fullmatch(
            r"\s*(?:of|\(|,\s+signed(?:\s+[\w-]+){0,3}?\s+(?:on|in))\s*", s.text[name.end():d.start - s.start])),
            None)
        if date is None:
            continue
        states = s.states() or list(pair)
        out.append(_not_in_record(s, f"{name.group(0)} signed {date.text}", "treaty", states[:2], date.value or ""))
    return out


#: A name that is only a place ("the Treaty of London", "the Peace of Bucharest"): many agreements share it.
_PLACE_NAME = re.compile(r"(?:[Tt]he\s+)?(?:Treaty|Peace|Convention|Pact|Protocol|Declaration|Agreement|Congress)"
                         r"\s+of\s+(?:St\.?\s+)?[A-Z][\w'’-]+")


def _another_of_that_name(claim: Claim, treaty: Any) -> Claim:
    """Return a signing date told of an agreement named only by a place more than a year from the record's
    agreement of that name as not in the record: it is another agreement of the same name ("the Treaty of London of
    30 May 1913", the record holding the one of 1915)."""
    said = re.findall(r"\b(1[0-9]\d\d|20\d\d)\b", claim.claimed)  # (the Treaty of Windsor of 1386 too)
    if claim.kind != "agreement_date" or claim.verdict != "contradicts" or not claim.record_value.startswith("signed") \
            or not said or abs(int(said[-1]) - int(treaty.signed[:4])) <= 1:
        return claim
    title = re.sub(r"\s*\(.*", "", treaty.title)
    reason = (f"the record's {title} was signed in {treaty.signed[:4]}; another agreement of that name, of "
              f"{said[-1]}, is not in the record (a sourced ledger entry would be needed)")
    return claim.model_copy(update={"verdict": "not_in_record", "reason": reason})
