"""What an agreement told without its name ("it", "the treaty", "that pact") refers to."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from foedus.check.claims._sentences import Sentence
from foedus.check.mentions import Gazetteer
from foedus.check.models import Mention

#: What makes an agreement named after it the frame of those who act, not what they act on: "the members of the Arab
#: League signed the Treaty of Joint Defence", "the parties to NATO concluded a protocol".
_FRAME_BEFORE = re.compile(r"(?<!\bof\s)(?<!\bamong\s)(?<!\bwere\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bis\s)"
                           r"\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:members|member\s+states|parties|signatories)\s+"
                           r"(?:of|to)\s+(?:the\s+)?$", re.IGNORECASE)


#: The act whose doers such a frame names, in the words right after it: "... signed", "... went on to conclude".
_FRAME_ACT = re.compile(r"^[^,;.]{0,40}?\b(?:signed|concluded|adopted|agreed|added|drew up)\b", re.IGNORECASE)


def _without_frames(s: Sentence) -> Sentence:
    """Return ``s`` without the agreements it names only as the body whose members, the subject, act ("the members
    of the Arab League signed the Treaty of Joint Defence ...": the treaty is what the sentence is about), where it
    names another agreement; a membership told ("both are parties to the Rio Treaty", "among the founders of the Arab
    League") and a sentence naming only the one keep it."""
    frames = [m for m in s.of("agreement") if m.target and _FRAME_BEFORE.search(s.text[:m.start - s.start])
              and _FRAME_ACT.search(s.text[m.end - s.start:])]
    others = {m.target for m in s.of("agreement") if m.target} - {m.target for m in frames}
    if not frames or not others:
        return s
    return Sentence(s.start, s.end, s.text, tuple(m for m in s.mentions if m not in frames))


def _as_told(mentions: Sequence[Mention]) -> list[Mention]:
    """Return ``mentions`` with the agreements linked by what they bind their parties to (``how`` "kind
    description", "kind title": :func:`foedus.check.mentions._kind_descriptions`) as the claims read them: a title in
    lower case unresolved, a description none; the claims tie each to the agreement whose signing the sentence tells
    (:func:`_unnamed_signings`), with its parties and date. A month made a day by its ordinal after it ("In April
    1999, on the 9th, ...") is told by that day alone."""
    refined = {(m.how or "").removeprefix("day of ") for m in mentions if (m.how or "").startswith("day of ")}
    return [m.model_copy(update={"target": None, "how": "description"}) if m.how == "kind title" else m
            for m in mentions if m.how != "kind description" and not (
                m.kind == "date" and m.precision == "month" and m.text in refined)]


#: What tells an agreement named only as the model or measure of another: "modelled on NATO's Article 5", "like the Rio
#: Treaty", "unlike ANZUS", "closer than the Warsaw Pact", "a NATO-style clause".
_COMPARED_BEFORE = re.compile(r"\b(?:modell?ed|patterned|styled)\s+(?:closely\s+)?(?:on|after)\s+(?:the\s+)?$|"
                              r"\b(?:[Uu]nlike|[Ll]ike|similar\s+to|akin\s+to|compared\s+(?:with|to)|than)\s+(?:the\s+)?$")


def _compared_only(s: Sentence, mention: Mention) -> bool:
    """Whether ``s`` names the agreement ``mention`` only as the model or measure of another ("Its fourth article,
    modelled on NATO's Article 5, ...", "Like the Rio Treaty, it ...", "a NATO-style guarantee"): the sentence is not
    about that one, and "it" or "the treaty" next is not it."""
    return mention.how != "anaphora" and (
        _COMPARED_BEFORE.search(s.text[:mention.start - s.start]) is not None
        or re.match(r"-(?:style|type|like)\b", s.text[mention.end - s.start:]) is not None)


def _live_referent(about: list[Mention], gaz: Gazetteer, s: Sentence) -> str:
    """Return the agreement a sentence naming ``about`` is about for the next: the first it names, unless the
    sentence is dated the day or month that one ended and another named lives on ("The Saadabad Pact gave way to the
    Baghdad Pact on 24 February 1955. Britain joined that April": the Baghdad Pact)."""
    slugs = [(m.target or "").split(":", 1)[1] for m in about]
    first = gaz.treaties.get(slugs[0])
    if first is None or not first.ended or len(set(slugs)) < 2 or not any(
            m.value and len(m.value) >= 7 and first.ended.startswith(m.value) for m in s.of("date")):
        return slugs[0]
    live = [slug for slug in slugs if slug in gaz.treaties and (gaz.treaties[slug].ended or "9999") > first.ended]
    return live[0] if live else slugs[0]


#: An agreement told by a noun and what it was, signed or made: "the protocol on politics, defence and security
#: signed by the Southern African Development Community", "a new treaty concluded in 1993".
_UNLINKED_AGREEMENT = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:treaty|pact|protocol|agreement|convention|"
                                 r"accord)\b(?:\s+(?:on|of)\s+[\w\s,-]{3,60}?)?,?\s+(?:signed|concluded|agreed)\b",
                                 re.IGNORECASE)


def _pairs_named(s: Sentence, before: int) -> list[tuple[int, int]]:
    """Return the pairs of states the sentence names together ("Britain and Russia have allied") before its
    character ``before``; the last two of a longer list ("the United States, Britain, France and Japan") are no
    pair."""
    states = [m for m in s.of("state") if m.target and m.end - s.start <= before]
    return [(int((a.target or "").split(":")[1]), int((b.target or "").split(":")[1]))
            for index, (a, b) in enumerate(itertools.pairwise(states))
            if re.fullmatch(r"\s+and\s+(?:the\s+)?", s.text[a.end - s.start:b.start - s.start])
            and not (index and re.fullmatch(r",\s*(?:the\s+)?",
                                            s.text[states[index - 1].end - s.start:a.start - s.start]))]


def _resolve(anaphor: str, recent: list[Mention], referent: str | None, gaz: Gazetteer,
             when: int | None = None) -> str:
    """Return the agreement an anaphor refers to: "it" the one the last sentence was about; "the treaty" that one if
    it is a treaty, else the latest named agreement whose name holds the word, else the latest. Where the sentence
    (or the article just before it) is at a year ``when`` outside that agreement's life, the latest agreement spoken
    of that was alive then ("the Quadruple Alliance of 1815 ... In 1856 Sardinia joined the alliance": the one of
    1854)."""
    found = _resolve_by_name(anaphor, recent, referent, gaz)
    if re.search(r"\bbilateral\b", anaphor, re.IGNORECASE) and len(gaz.treaties[found].members) != 2:
        # "the bilateral pact": the latest agreement of two states spoken of, not a larger one named since
        two = [slug for slug in [*((m.target or "").split(":", 1)[1] for m in reversed(recent)), referent or ""]
               if slug in gaz.treaties and len(gaz.treaties[slug].members) == 2]
        found = two[0] if two else found
    if when is None or _alive(gaz.treaties[found], when):
        return found
    word = anaphor.strip().split()[-1].casefold()
    for m in reversed(recent):
        slug = (m.target or "").split(":", 1)[1]
        if _alive(gaz.treaties[slug], when) and (word not in _AGREEMENT_NOUNS or word in m.text.casefold()
                                                 or word in gaz.treaties[slug].title.casefold()
                                                 or word == gaz.treaties[slug].kind):
            return slug
    return found


_AGREEMENT_NOUNS = frozenset({"treaty", "pact", "alliance", "agreement", "accord", "league", "entente", "declaration",
                              "convention", "protocol", "confederation", "union"})

#: The heads of a body's name an agreement is told by ("the League", "the Entente", "the Confederation", "the
#: Union", "the charter" after "the CIS charter"): the one last named so, whatever was named since.
_NAME_HEADS = frozenset({"league", "entente", "confederation", "union", "charter"})


#: The words that tell an agreement of a kind the alliance records are not: "the boundary treaty", "the trade pact".
_OTHER_KIND = re.compile(r"\b(?:boundary|border|frontier|trade|commercial|fisheries|navigation)\b", re.IGNORECASE)


def _of_another_kind(anaphor: str, treaty: Any) -> bool:
    """Whether an anaphor tells an agreement of another kind than ``treaty`` ("the boundary treaty", "that trade
    accord" after a treaty of friendship was told): a word of :data:`_OTHER_KIND` that neither the treaty's title nor
    its kind holds."""
    word = _OTHER_KIND.search(anaphor)
    return word is not None and treaty.kind not in {"border", "trade"} and \
        word.group(0).casefold() not in treaty.title.casefold()


def _alive(treaty: Any, year: int) -> bool:
    """Whether ``treaty`` was signed by ``year`` and had not ended two years before it."""
    ended = int(treaty.ended[:4]) if treaty.ended else 9999
    return int(treaty.signed[:4]) - 1 <= year <= ended + 2


def _resolve_by_name(anaphor: str, recent: list[Mention], referent: str | None, gaz: Gazetteer) -> str:
    """Return the agreement an anaphor names by its word alone (see :func:`_resolve`)."""
    word = anaphor.strip().split()[-1].casefold()
    if word not in _AGREEMENT_NOUNS and word not in _NAME_HEADS:
        word = "it"  # "the abrogation": of the agreement last spoken of
    # (an alliance ATOP alone holds, told last by its signing, "a defensive alliance": ATOP's title describes it,
    # "Defense ... pact between A and B", and names none; "that treaty" next is that one)
    told_so = next(((m.target or "").split(":", 1)[1] for m in reversed(recent)
                    if word in _NAME_HEADS and word in m.text.casefold()), None)
    if told_so is not None and told_so in gaz.treaties:
        return told_so  # "the League": the one last named so ("the Arab League"), not one whose title holds the word
    if referent is not None and (word == "it" or word in gaz.treaties[referent].title.casefold() or (
            gaz.treaties[referent].atop_only and recent and recent[-1].how == "description"
            and recent[-1].target == f"treaty:{referent}" and word in {"treaty", "pact", "alliance", "agreement"})):
        return referent
    for m in reversed(recent):
        slug = (m.target or "").split(":", 1)[1]
        if word in m.text.casefold() or (word in _NAME_HEADS and word in gaz.treaties[slug].title.casefold()):
            return slug
    return referent or (recent[-1].target or "").split(":", 1)[1]


def _capital_referent(s: Sentence, anaphor: re.Match[str], slug: str, recent: list[Mention],
                      gaz: Gazetteer) -> str | None:
    """Return the agreement an anaphor with a capitalised word (``cap`` of :data:`_ANAPHORA`: "The Rio pact", "The
    Italian guarantee") refers to: the latest agreement named whose name (as told or the record's title) holds that
    word; else ``slug`` (the one resolved) where the word names one of its members; else None."""
    cap = anaphor.group("cap") if "cap" in anaphor.re.groupindex else None
    if not cap:
        return slug
    word = cap.split("-")[0].casefold()
    for m in reversed(recent):
        told = (m.target or "").removeprefix("treaty:")
        if told in gaz.treaties and (word in m.text.casefold() or word in gaz.treaties[told].title.casefold()):
            return told
    if slug not in gaz.treaties:
        return None
    lo, hi = s.start + anaphor.start("cap"), s.start + anaphor.end("cap")
    members = gaz.treaties[slug].members
    return slug if any(m.target and m.start < hi and lo < m.end and int(m.target.split(":")[1]) in members
                       for m in s.of("state")) else None
