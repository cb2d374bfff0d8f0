"""Sentences and what stands in them: the states named, their places, clauses and segments."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from foedus.check.models import Claim, Mention


@dataclass(frozen=True)
class Sentence:
    """A sentence's bounds in the article and the mentions inside it."""

    start: int
    end: int
    text: str
    mentions: tuple[Mention, ...]

    def of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def states(self) -> list[int]:
        codes: list[int] = []
        for m in self.of("state"):
            if m.target and int(m.target.split(":")[1]) not in codes:
                codes.append(int(m.target.split(":")[1]))
        return codes

    def dates_in(self, words: str, precisions: Collection[str] = ("year", "month", "day")) -> list[Mention]:
        """Return the sentence's dates of ``precisions`` (each with a value) whose value or words ``words`` holds:
        the dates a claim tells, given its claimed words."""
        return [d for d in self.of("date") if d.value and d.precision in precisions
                and (d.value in words or d.text in words)]

    def part(self, lo: int, hi: int) -> Sentence:
        """Return the part of the sentence from ``lo`` to ``hi`` (offsets in the article), with its mentions."""
        return Sentence(lo, hi, self.text[lo - self.start:hi - self.start],
                        tuple(m for m in self.mentions if lo <= m.start < hi))

    def agreements(self) -> list[str]:
        slugs: list[str] = []
        for m in self.of("agreement"):
            if m.target and m.target.split(":", 1)[1] not in slugs:
                slugs.append(m.target.split(":", 1)[1])
        return slugs


_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|"
                            r"U\.S|U\.K|U\.N|D\.C|[A-Z][a-z]+\s[A-HJ-UWYZ])\.$")  # ("Dwight D. Eisenhower")


#: Capitals with a diacritic that may open a sentence ("İsmet İnönü", "Édouard Daladier", "Ōkuma", "Łódź").
_UPPER_ACCENTED = "À-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŸŹŻŽ"


def sentences(text: str, mentions: Sequence[Mention], *, lines: bool = False) -> list[Sentence]:
    """Split ``text`` into sentences (not inside a mention, not after an abbreviation) with their mentions.

    With ``lines`` every line is a paragraph of its own (HTML's main text, where a heading has no full stop);
    otherwise a blank line ends a paragraph and single line breaks may wrap a sentence.
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    breaks = r"\n" if lines else r"\n\s*\n|\n(?=\s*[-*•]\s)"
    for m in re.finditer(r"(?<=[.!?])(?P<close>[\"'”’)]*)\s+(?=[\"'“‘(]?[A-Z0-9" + _UPPER_ACCENTED + "])|" + breaks,
                         text):
        if any(x.start < m.start() < x.end for x in mentions) or _ABBREVIATIONS.search(text[start:m.start()]):
            continue
        bounds.append((start, m.end("close") if m.group("close") is not None else m.start()))  # (its closing quote)
        start = m.end()
    bounds.append((start, len(text)))
    return [Sentence(s, e, text[s:e], tuple(x for x in mentions if s <= x.start < e)) for s, e in bounds
            if text[s:e].strip()]


#: After a state's name, the noun of a war or crisis it names, no party told: "the Congo war", "the Korean War", "the
#: Suez crisis".
_WAR_NAMED = re.compile(r"\s+(?:civil\s+)?(?:wars?|crisis|conflict)\b", re.IGNORECASE)


def _war_named(s: Sentence, mention: Mention) -> bool:
    """Whether a state's mention names a war or a crisis (:data:`_WAR_NAMED`: "in the Congo war"), no party."""
    return _WAR_NAMED.match(s.text, mention.end - s.start) is not None


def _place(s: Sentence, mention: Mention) -> bool:
    """Whether a state's mention is a capital told as the place of an act ("signed in Manila", "at Lomé"), naming no
    party."""
    return mention.how == "capital" and re.search(r"\b(?:in|at)\s+$", s.text[:mention.start - s.start]) is not None


#: What tells a state the one an act is aimed at, not a party to it: "already at war with Germany", "an alliance
#: against Russia", "promising to force the Egyptian back", "to deter Iraq", "the invasion of Kuwait".
_AIMED_AT = re.compile(r"\b(?:(?:at\s+)?war\s+(?:with|on|against)|against|versus|to\s+(?:force|expel|drive|deter|"
                       r"contain|fight|attack|invade|punish|isolate|encircle|check)|forc(?:e|ed|ing)|expel(?:led|ling)?|"
                       r"invad(?:e|ed|ing)|invasion\s+of|attack(?:s|ed|ing)?\s+(?:on|by)|aimed\s+at|directed\s+at|"
                       r"(?:wary|fearful|afraid|suspicious)\s+of|threatened\s+by|menaced\s+by|to\s+(?:counter|resist|"
                       r"balance|stop|face))"
                       r"\s+(?:the\s+|a\s+)?$", re.IGNORECASE)


def _aimed_at(s: Sentence, mention: Mention) -> bool:
    """Whether a state's ``mention`` tells it as the one an act is aimed at (:data:`_AIMED_AT`): an enemy or a
    target, whom the sentence claims no party."""
    return _AIMED_AT.search(s.text[max(0, mention.start - s.start - 40):mention.start - s.start]) is not None


def _owner_only(s: Sentence, mention: Mention) -> bool:
    """Whether a state's ``mention`` is told only as the owner of a thing that is no agreement ("to collect Mexico's
    debts", "Serbia's army"): the sentence tells it no party."""
    return _OWNER_OF_A_THING.match(s.text[mention.end - s.start:]) is not None


#: A possessive of a thing that is no agreement nor a state's act on one (see :func:`_owner_only`).
_OWNER_OF_A_THING = re.compile(r"['’]s\s+(?!(?:own\s+)?(?:treaty|pact|alliance|agreement|accord|convention|protocol|"
                               r"entry|accession|signature|membership|exit|withdrawal)\b)[a-z]")


def _pair_names(pair: Sequence[int]) -> str:
    """Return a pair by the states' own names ("Russia and China"), whatever the period."""
    from foedus.states import known_states

    names = {state.ccode: state.name for state in known_states()}
    return " and ".join(names.get(c, f"COW {c}") for c in pair)


#: The parts of a sentence that each tell of one act: "A and B signed ... on X; C and D followed on Y, and E and F
#: closed the triangle on Z".
_SEGMENT_BREAK = re.compile(r";\s+|,\s+and\s+(?=(?:then\s+|later\s+)?(?:at|in|on|the|[A-Z]))")


def _segments(s: Sentence) -> list[tuple[int, int]]:
    """Return the bounds (in the article) of the sentence's clauses that each tell of one act."""
    bounds, start = [], 0
    for m in _SEGMENT_BREAK.finditer(s.text):
        bounds.append((s.start + start, s.start + m.start()))
        start = m.end()
    bounds.append((s.start + start, s.end))
    return bounds


#: A relative clause set between commas inside a clause ("Armenia, which hosts a Russian base at Gyumri, concluded").
_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")


#: Where a clause's own parties end: a subordinate clause ("..., though Moscow was bound to act only if France did").
_SUBORDINATE = re.compile(r",\s+(?:(?:[\w-]+\s+){1,3}?(?=(?:before|after)\b))?"
                          r"(?:though|although|but|while|whereas|which|who|when|after|before|as|because|"
                          r"and(?=\s+(?:it|they)\b))\b",
                          re.IGNORECASE)  # (", four days before Germany invaded ...", ", and it went down with both


# kingdoms under the German invasion": a clause of its own)


def _codes(mentions: Sequence[Mention]) -> list[int]:
    """Return the distinct states ``mentions`` link to, in order."""
    codes: list[int] = []
    for m in mentions:
        if m.kind == "state" and m.target and int(m.target.split(":")[1]) not in codes:
            codes.append(int(m.target.split(":")[1]))
    return codes


#: What stands before a dateline's date on its line: the place in capitals and a comma ("CAIRO, ", "NEW DELHI, ").
_DATELINE_PLACE = re.compile(r"[ \t]*[A-Z][A-Z.'’ -]{1,40},[ \t]*")


#: What stands after a dateline's date: the agency in brackets, if any, then a dash or the line's end.
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:[-—–]|\n|$)")


def dateline_dates(text: str, mentions: Sequence[Mention]) -> set[int]:
    """Return the starts of the dates of ``mentions`` that are an article's dateline ("LIMA, 3 May 2019 (Andes Wire)
    - ..."): the day the article was filed, no date the article tells of, though its first sentence runs on from it."""
    return {m.start for m in mentions if m.kind == "date" and _DATELINE_AFTER.match(text, m.end)
            and _DATELINE_PLACE.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start)}


#: A word or phrase of the writer's stance set off by commas inside a clause ("None, obviously, is in force", "Neither,
#: of course, ever broke it"): an aside no part of the grammar of what the clause tells.
_ASIDE = re.compile(r",\s+(?:obviously|of\s+course|naturally|clearly|evidently|admittedly|surely|certainly|indeed|"
                    r"in\s+fact|it\s+seems|it\s+appears|as\s+it\s+happens|as\s+it\s+turned\s+out|"
                    r"(?:so|as)\s+far\s+as\s+(?:we|I|anyone)\s+know|to\s+be\s+sure|strictly\s+speaking|mind\s+you|"
                    r"alas|sadly|happily|fortunately|unfortunately|incidentally|however|though|remarkably|"
                    r"interestingly|notably|tellingly|predictably|unsurprisingly|needless\s+to\s+say)\s*,(?=\s)",
                    re.IGNORECASE)


def without_asides(s: Sentence) -> Sentence:
    """Return ``s`` with the writer's asides set off by commas (:data:`_ASIDE`) blanked out, each by as many spaces:
    its offsets and mentions stay where they were. Claims read on it get their words back by
    :func:`with_words_back`."""
    if _ASIDE.search(s.text) is None:
        return s
    return Sentence(s.start, s.end, _ASIDE.sub(lambda m: " " * len(m.group(0)), s.text), s.mentions)


def with_words_back(claims: Sequence[Claim], read: Sentence, s: Sentence) -> list[Claim]:
    """Return ``claims`` read on ``read`` (``s`` without its asides: :func:`without_asides`) with the sentence's own
    words as their text, and their claimed words without the blanks."""
    if read.text == s.text:
        return list(claims)
    out = []
    for c in claims:
        at = read.text.find(c.text)
        text = s.text[at:at + len(c.text)] if at >= 0 else c.text
        out.append(c.model_copy(update={"text": text, "claimed": re.sub(r"\s{2,}", " ", c.claimed)}))
    return out
