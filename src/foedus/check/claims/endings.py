"""How an agreement ended ("expired", "was abrogated", "ended in betrayal"), compared with each coding."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from foedus.check.claims._records import (
    _coding_verdict,
    _gap,
    _name,
    _not_in_record,
    _pdate,
    _Records,
    compare_dates,
)
from foedus.check.claims._referents import _alive
from foedus.check.claims._sentences import Sentence, _aimed_at, _codes, _owner_only, _pair_names, _place, _war_named
from foedus.check.claims._words import _BREACH, _ENDED, _ENDING_WORD, _ENDINGS, _EXPIRY, _FOLDED_INTO, _NEGATION
from foedus.check.claims.counts import _count_values, _in_force_count
from foedus.check.mentions import _NUMBER_WORDS, number_value
from foedus.check.models import Claim, CodingAnswer, Mention, RecordRef
from foedus.codings import coding_sort_key
from foedus.text import coding_label, words

#: The endings told as the cause of a lapse, which are the ending it tells ("lapsed when the Reich ceased to exist").
_CAUSES_OF_LAPSE = frozenset({"fulfilled", "defeated", "lost_independence"})

_ENDING_EVENTS = ("violated", "abrogated", "denounced", "repudiated", "expired", "replaced", "withdrawal",
                  "notice_of_termination")


def _ending_date_claim(s: Sentence, slug: str, label: str, date: Mention, records: _Records,
                       ref: RecordRef) -> list[Claim]:
    """The date an agreement ended (or was abrogated, expired...), against its end date and its ending events."""
    said = date.value or ""
    options: list[tuple[str, str, RecordRef]] = []
    if treaty_ended := records.ended(slug) or records.gaz.treaties[slug].ended:
        options.append((treaty_ended, f"ended {treaty_ended}", ref))
    multilateral = len(records.gaz.treaties[slug].members) > 2
    for e in records.events():
        if e["treaty"] == slug and e["kind"] in _ENDING_EVENTS and not (multilateral and e["kind"] == "withdrawal"):
            # one member's withdrawal does not end a multilateral agreement
            options.append((e["date"], f"{e['kind'].replace('_', ' ')} {e['date']}",
                            RecordRef(kind="event", id=e["id"], ledger=e["ledger"], label=e["description"][:120],
                                      sources=[f"{e['ledger']}:{x}" for x in e["sources"]])))
    if not options:
        return []
    rank = {"consistent": 0, "within_tolerance": 1, "contradicts": 2}
    judged = [(compare_dates(said, when, "ended"), value, record) for when, value, record in options]
    (verdict, reason), value, record = min(judged, key=lambda j: rank[j[0][0]])
    return [Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{label} ended {date.text}", verdict=verdict,
                  record_value=value, reason=reason, records=[ref, record] if record is not ref else [ref])]


def _attached_year(s: Sentence, mention: Mention, treaty: Any, ref: RecordRef) -> list[Claim]:
    """An agreement named with its year: "the Treaty of X of 2001", "the Treaty of X (1950)"."""
    after = s.text[mention.end - s.start:mention.end - s.start + 12]
    found = re.match(r"\s*(?:of\s+|\(|,\s+)(\d{4})\b", after)
    if not found or mention.how == "description":
        return []
    verdict, reason = compare_dates(found.group(1), treaty.signed, "signed")
    return [Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{mention.text} of {found.group(1)}", verdict=verdict,
                  record_value=f"signed {treaty.signed}", reason=reason, records=[ref])]


def _claim_name(s: Sentence, slug: str, title: str) -> str:
    mention = next((m for m in s.of("agreement") if m.target == f"treaty:{slug}"), None)
    short = re.sub(r"\s*\(.*", "", title)
    if mention is None:
        return short
    return f"{mention.text} [{short}]" if mention.how == "anaphora" else mention.text


def _claimed_ending(text: str) -> str | None:
    """Return the ending a sentence claims ("breach", "abrogated", ...), or "not " and it where it is negated."""
    found = _BREACH.search(text)
    ending = "breach" if found else None
    if found is None:
        for pattern, name in _ENDINGS:
            found = pattern.search(text)
            if found:
                ending = name
                break
    if ending == "expired":  # "lapsed, having done exactly what it was made for", "lapsed when the Reich ceased to
        # exist": the cause told is the ending
        for pattern, name in _ENDINGS:
            cause = pattern.search(text) if name in _CAUSES_OF_LAPSE else None
            if cause is not None and not _NEGATION.search(text[:cause.start()]):
                found, ending = cause, name
                break
    if found is None or ending is None:
        ended = _ENDED.search(text)
        if ended is not None:  # ended, with no word of how: "it was Tehran's new rulers who ended it"
            # ("has never been terminated", "it did not end": in force still)
            return "in_force" if _NEGATION.search(text[:ended.start()]) else "ended"
        return None
    denied = ending == "in_force" and re.search(r"\b(?:not|no\s+longer)\b", found.group(0), re.IGNORECASE)
    return f"not {ending}" if _NEGATION.search(text[:found.start()]) or denied else ending


def _dated_ending(text: str) -> re.Match[str] | None:
    """Return the sentence's first word of an ending that dates the agreement's end (an abrogation, expiry,
    replacement, dissolution; not a breach, which is an event, nor "still in force"), unless it is negated."""
    for pattern, name in _ENDINGS:
        found = pattern.search(text)
        if found is not None and name != "in_force" and not _NEGATION.search(text[:found.start()]):
            return found
    found = _ENDED.search(text)
    if found is not None and found.group(0).casefold().endswith("with"):
        return None  # "died with the monarchy": the end of what it went with, whose date is that one's
    if found is not None and re.search(r"\bdead\b", found.group(0), re.IGNORECASE):
        return None  # "was a dead letter by 1939", "the pact was dead by June": dead in fact, not ended in law then
    if found is not None and not found.group(0).casefold().endswith("until") and re.search(
            r"\b(?:survive|outlive|outlast|last|lasted|survived|endured|short-lived)\b", found.group(0), re.IGNORECASE):
        return None  # "could not survive the crisis of 1885", "lasted barely seven years": the end came after, undated
    return found if found is not None and not _NEGATION.search(text[:found.start()]) else None


def _claimed_endings(text: str) -> list[str]:
    """Return the endings a sentence claims: :func:`_claimed_ending`'s, the one it tells in place of one it denies
    (:func:`_told_after_denial`), and "still in force" told in a later clause of its own ("has never been broken by
    either side, and it remains in force")."""
    first = _claimed_ending(text)
    if first is None:
        return []
    found = [first]
    told = _told_after_denial(text, first.removeprefix("not ")) if first.startswith("not ") else None
    if told is not None:  # in the order told
        found = [told[2], first] if told[0] < told[1] else [first, told[2]]
    in_force = _ENDINGS[-1][0].search(text)
    if first.removeprefix("not ") != "in_force" and in_force is not None and re.search(
            r"(?:,\s+and|;|,\s+which)\s", text[:in_force.start()]) and not _NEGATION.search(text[:in_force.start()]):
        found.append("in_force")
    elif first.startswith("not ") and first != "not in_force" and in_force is not None and re.search(
            r",\s+(?:never|not)\s+(?:\w+\s+){0,2}?\w+,\s+$", text[:in_force.start()]):
        found = ["in_force", *found]  # "the treaty, never denounced, is still in force": told in force, the denial
        # an aside
    return _ended_in_another_clause(text, first, found)


def _ended_in_another_clause(text: str, first: str, found: list[str]) -> list[str]:
    """Return ``found`` with "ended" added in the order told, where a clause of its own tells how long it lasted
    (:data:`_ENDED`'s "lasted until", "lingered on until") beside a clause that tells how it ended ("The pact ended in
    a breach, and the rump arrangement lingered on until 1954"; "The alliance lingered on paper until 1882, when it
    simply expired"): the span told is a claim of its own. (An end told with a date and no word of how beside one
    that tells how, "It ended on 19 June 1890, and Berlin let it lapse", is one ending, its date a claim apart.)"""
    if first.startswith("not ") or first in {"ended", "in_force"} or "ended" in found:
        return found
    how = [m for p in (_BREACH, *(p for p, _ in _ENDINGS)) for m in p.finditer(text)
           if not _NEGATION.search(text[:m.start()])]
    for ended in _ENDED.finditer(text):
        if not ended.group(0).casefold().endswith("until") or _NEGATION.search(text[:ended.start()]):
            continue
        if how and all(re.search(r"[;:]|,\s+(?:and|but|when|which)\b", text[min(m.start(), ended.start()):
                                                                       max(m.end(), ended.end())]) for m in how):
            return ["ended", *found] if ended.start() < min(m.start() for m in how) else [*found, "ended"]
    return found


def _told_after_denial(text: str, denied: str) -> tuple[int, int, str] | None:
    """Return where a sentence tells, in a clause of its own, the ending it tells beside one it denies, where it
    denies that one, and the ending told, unnegated ("Nobody broke it; it simply ran out": it expired; "The pact did
    not survive the defeat; nobody repudiated it": defeated); None where it tells none (or both in one clause: "was
    fulfilled rather than broken" tells one ending)."""
    denials = [m.start() for pattern, name in ((_BREACH, "breach"), *_ENDINGS) if name == denied
               for m in pattern.finditer(text) if _NEGATION.search(text[:m.start()])]
    told = [(m.start(), name) for pattern, name in ((_BREACH, "breach"), *_ENDINGS) if name not in {denied, "in_force"}
            for m in pattern.finditer(text) if not _NEGATION.search(text[:m.start()])]
    told = [(at, name) for at, name in told if denials and re.search(
        r"[;:]|,\s+(?:and|but|it|they)\b", text[min(at, denials[0]):max(at, denials[0])])]
    if not told:
        return None
    at, name = min(told)
    cause = _claimed_ending(text[at:]) if name == "expired" else None
    # ("it lapsed, its purpose achieved": the cause told is the ending, as in :func:`_claimed_ending`)
    return at, denials[0], cause if cause in _CAUSES_OF_LAPSE else name


def _parties_told(s: Sentence, mentions: Sequence[Mention]) -> list[int]:
    """The states a clause's mentions tell as an agreement's parties: a capital told as the place of the signing is
    none when the clause names two states or more besides it ("in Buenos Aires, Bolivia and Paraguay signed") or
    none ("The treaty, signed in Vienna on 30 October 1883": the parties are those of the context), and stands for
    its state when the clause names only one other ("signed a treaty with the Soviet Union in Mogadishu"); a state
    naming a war is none ("to shore up the regime in the Congo war")."""
    mentions = [m for m in mentions if not _war_named(s, m)]
    others = _codes([m for m in mentions if not _place(s, m)])
    return others if len(others) != 1 else _codes(mentions)


#: What comes between a state and the verb of a breach it is told to have committed: "Japan broke", "it was Japan that
#: had broken", "Washington later betrayed", "the Italians who broke".
_BREACHER_GAP = re.compile(r"^(?:\s+(?:that|who|which))?(?:\s+(?:had|has|have|then|later|first|itself|also|"
                           r"\w+ly)){0,2}\s+$", re.IGNORECASE)


#: What comes between the word of a breach and a state told as the breacher: "betrayed by Moscow", "a breach by Iran".
_BREACHER_BY = re.compile(r"^\s+(?:(?:first|later|then)\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)


def _breachers(s: Sentence) -> set[int]:
    """Return the states a sentence tells as those who broke an agreement: the subject of its word of a breach
    ("Japan broke the alliance", "it was Washington that had betrayed it") or the agent after it ("was betrayed by
    Moscow")."""
    found = _BREACH.search(s.text)
    if found is None:
        return set()
    states = [(m, int(m.target.split(":")[1])) for m in s.of("state") if m.target and not _place(s, m)
              and not _CONTRASTED.search(s.text[:m.start - s.start])]  # (not "Egypt, not Jordan, had broken it")
    told = {code for m, code in states
            if _BREACHER_GAP.match(_ASIDE.sub("", s.text[m.end - s.start:found.start()], count=1))
            or _BREACHER_BY.match(s.text[found.end():m.start - s.start])}
    return told


#: A state set aside as not the doer, right before its name: "Egypt, not Jordan, had broken it", "Rome rather than".
_CONTRASTED = re.compile(r"\b(?:not|rather\s+than|and\s+not)\s+(?:the\s+)?$", re.IGNORECASE)


#: An aside that names who did not do it, between the doer and the verb: "Egypt, not Jordan, had broken it", "Berlin,
#: and not Rome, betrayed".
_ASIDE = re.compile(r"^,\s+(?:and\s+)?(?:not|rather\s+than)\s+(?:the\s+)?[\w'’ -]{1,40}?,", re.IGNORECASE)


def _ending_claim(s: Sentence, slug: str, ending: str, records: _Records, doers: frozenset[int] = frozenset()) -> Claim:
    """How the article says an agreement ended, against each coding's ending: a coding's reading of the exit of a
    member the sentence names ("violated by Italy") where it has one, else of the whole agreement. A capital told as
    a place ("signed in Manila") names no member. ``doers``: states a rule found told as the breachers beside those
    :func:`_breachers` reads ("Rome never came to Berlin's aid": Italy)."""
    named = set(_codes([m for m in s.of("state") if not _place(s, m) and not _before_in_force_clause(s, ending, m)]))
    rows = []
    for row in records.outcomes(slug, members=True):
        if row["member"] is None and any(r["coding"] == row["coding"] and r["member"] in named
                                         for r in records.outcomes(slug, members=True)):
            continue
        if row["member"] is not None and row["member"] not in named:
            continue
        rows.append(row)
    for coding in {r["coding"] for r in records.outcomes(slug, members=True)} - {r["coding"] for r in rows}:
        # a coding that reads only its members' exits (ATOP's multilateral alliances), none of them named: its reading
        # of the whole agreement where every member's exit is read alike
        exits = [r for r in records.outcomes(slug, members=True) if r["coding"] == coding]
        if len({r["ending"] for r in exits}) == 1:
            rows.append({**exits[0], "member": None, "member_name": None, "breach": any(r["breach"] for r in exits),
                         "breached_by_names": sorted({n for r in exits for n in r["breached_by_names"] or []})})
        elif (ending.removeprefix("not ") == "in_force"
              or (ending.startswith("not ") and ending != "not breach")) \
                and not (records.ended(slug) or records.gaz.treaties[slug].ended) \
                and any(r["ending"] == "in_force" for r in exits):
            # "The OAS Charter still binds both of them": an agreement some members left runs on for the others (and
            # "it has never lapsed", "nobody denounced it", of one that runs on: not ended so)
            still = next(r for r in exits if r["ending"] == "in_force")
            rows.append({**still, "member": None, "member_name": None, "breach": False, "breached_by_names": []})
        elif ending.removeprefix("not ") == "breach":
            # "Neither has been broken", "the pact was betrayed", of a multilateral agreement whose members left it in
            # different ways: broken where some member's exit was a breach, unbroken where none was; the article's
            # pair's own exits where both are members (another member's breach is no breach between them)
            own = [r for r in exits if r["member"] in records.pair]
            exits = own if len({r["member"] for r in own}) == 2 else exits
            rows.append({**exits[0], "member": None, "member_name": None,
                         "ending": "members' exits: " + ", ".join(sorted({words(r["ending"]) for r in exits})),
                         "breach": any(r["breach"] for r in exits),
                         "breached_by": sorted({b for r in exits for b in r["breached_by"] or []}),
                         "breached_by_names": sorted({n for r in exits for n in r["breached_by_names"] or []})})
    answers = []
    negated = ending.startswith("not ")
    ending = ending.removeprefix("not ")
    if ending == "fulfilled" and _surrender_of_member(s, records.gaz.treaties[slug].members):
        ending = "defeated"  # "ended with Germany's surrender", of Germany's own alliance: its defeat
    # an expiry told with the purpose done ("lapsed with victory"): a coding's expiry reads it so as well
    lapsed = ending == "fulfilled" and not negated and any(
        not _NEGATION.search(s.text[:m.start()]) for m in _EXPIRY.finditer(s.text))
    ended, signed = records.ended(slug), records.gaz.treaties[slug].signed
    # "still in force" read at the end of as_of: an agreement that ended only later was in force then, one signed
    # only later was not
    # the states told as the breachers, where they are members (told of another agreement, they say nothing of this)
    breachers = (_breachers(s) | doers) & records.gaz.treaties[slug].members if ending == "breach" else set()
    later = ending == "in_force" and ended is not None and _pdate(ended).year > records.as_of
    unborn = ending == "in_force" and _pdate(signed).year > records.as_of
    # "abrogated" (denounced, repudiated) read as a coding's breach where no coding tells the two apart ("Italy
    # denounced the alliance", which every coding reads as Italy's violation); where one coding reads an abrogation
    # and another a violation, the word tells which: the abrogation's
    abrogated = ending == "abrogated" and any(r["ending"] == "abrogated" for r in rows)
    for row in sorted(rows, key=lambda r: coding_sort_key(r["coding"])):
        same = row["ending"] == ending or (ending == "abrogated" and row["breach"] and not abrogated) or (
            ending == "ended" and row["ending"] != "in_force") or (  # ended somehow
            lapsed and row["ending"] == "expired")  # "lapsed, its purpose achieved": it expired, too
        agrees = bool(row["breach"] if ending == "breach" else (same or later) and not unborn) != negated
        own_exits = _pair_exits(records, slug, row["coding"]) if row["member"] is None and not agrees and \
            ending != "breach" else None
        if own_exits is not None and \
                (own_exits == ending or (ending == "ended" and own_exits != "in_force")) != negated:
            # "SEATO was wound up in 1977" of Britain and Australia: a coding that keeps the whole alliance in force
            # but reads both of the pair's own exits so agrees (and one that keeps it in force agrees that it is)
            agrees = True
        if ending == "breach" and not negated and row["breach"] and breachers and row.get("breached_by") and \
                not breachers & set(row["breached_by"]):
            agrees = False  # "it was Japan that broke the pact": a coding that names another member as the breacher
        breacher = f" by {', '.join(row['breached_by_names'])}" if row["breached_by_names"] else ""
        whose = f" ({row['member_name']}'s exit)" if row["member"] is not None else ""
        whose += f" (the pair's own exits: {words(own_exits)})" if own_exits is not None and agrees else ""
        when = (f" {'on' if len(ended or '') == 10 else 'in'} {ended}, so in force in {records.as_of}"
                if later and row["ending"] != "in_force" else "")
        when = f"; signed only in {signed[:4]}, after {records.as_of}" if unborn else when
        answers.append(CodingAnswer(coding=row["coding"], answer=f"{words(row['ending'])}{breacher}{whose}{when}",
                                    agrees=bool(agrees)))
    refs = [records.treaty_ref(slug)] + [
        RecordRef(kind="outcome", id=f"{slug}/{r['coding']}" + (f"/{r['member']}" if r["member"] else ""),
                  ledger=r["ledger"], label=f"{coding_label(r['coding'])}: {words(r['ending'])}",
                  sources=[f"{r['ledger']}:{x}" for x in r["sources"]])
        for r in rows]
    word = "ended in a breach (betrayal)" if ending == "breach" else ending.replace("_", " ")
    word = f"not {word}" if negated else word
    title = records.gaz.treaties[slug].title
    record_value = "; ".join(f"{a.coding}: {a.answer}" for a in answers) or "no coding records its ending"
    if not answers:
        verdict, reason = "not_in_record", "no coding of the ledger records how this agreement ended"
    else:
        verdict, reason = _coding_verdict(answers, "every coding agrees", "no coding reads the ending so", "read",
                                          "it so")
    return Claim(kind="ending", text=s.text.strip(), start=s.start, end=s.end,
                 claimed=f"{_claim_name(s, slug, title)}: {word}",
                 verdict=verdict, record_value=record_value, reason=reason, records=refs,
                 codings=answers)


def _before_in_force_clause(s: Sentence, ending: str, state: Mention) -> bool:
    """Whether ``state`` is told in a clause before the one that tells the agreement still in force ("Britain left
    when the organisation was wound up, though the treaty itself is still in force": the whole treaty's, not
    Britain's exit)."""
    if ending.removeprefix("not ") != "in_force":
        return False
    word = _ENDINGS[-1][0].search(s.text)
    if word is None:
        return False
    breaks = [b.end() for b in re.finditer(r"[;:]|,\s+(?:and|but|though|although|while|whereas|yet)\b|"
                                           r"\b(?:though|although|whereas)\b", s.text[:word.start()], re.IGNORECASE)]
    return bool(breaks) and state.start - s.start < breaks[-1]


def _pair_exits(records: _Records, slug: str, coding: str) -> str | None:
    """Return how ``coding`` reads both of the article's pair's own exits from a multilateral agreement where it reads
    them alike (ATOP's member codes: "dissolved jointly" for Britain and Australia from SEATO, whose alliance it keeps
    in force), else None."""
    if len(records.pair) != 2 or not set(records.pair) <= records.gaz.treaties[slug].members:
        return None
    exits = {r["member"]: r["ending"] for r in records.outcomes(slug, members=True)
             if r["coding"] == coding and r["member"] in records.pair}
    endings = set(exits.values())
    return endings.pop() if len(exits) == 2 and len(endings) == 1 else None


def _surrender_of_member(s: Sentence, members: frozenset[int] | set[int]) -> bool:
    """Whether the surrender a sentence ends an agreement with is a member's own ("lapsed with Italy's surrender" of
    Italy's alliance): the state named right before it is a member."""
    told = re.search(r"['’]s\s+(?:(?:formal|final|unconditional)\s+)?(?:surrender|capitulation)\b", s.text,
                     re.IGNORECASE)
    return told is not None and any(code in members for code in _codes(
        [m for m in s.of("state") if m.end - s.start == told.start()]))


#: The pair's agreements told in force together, by a quantifier and no name: "All three remain in force", "..., and
#: both are still in force", "The other three are all in force", "two agreements, both still in force".
_GROUP_IN_FORCE = re.compile(
    rf"(?:^\W*|[,;:]\s+(?:and\s+|but\s+)?|\b(?:and|but)\s+)(?P<q>both|all\s+(?P<n>\d+|{_NUMBER_WORDS})|"
    rf"the\s+other\s+(?P<m>\d+|{_NUMBER_WORDS}))(?:\s+(?:of\s+them|agreements|treaties|pacts|alliances))?\s+"
    r"(?:(?:are|remain|were)\s+)?(?:(?:all|both)\s+)?(?:still\s+)?(?:(?:formally|legally)\s+)?in\s+force\b",
    re.IGNORECASE)


def _group_in_force(s: Sentence, records: _Records, pair: tuple[int, ...]) -> list[Claim]:
    """The pair's agreements told in force together without a name ("All three remain in force", "both are still
    in force"): each coding agrees where at least that many of the agreements the pair shares still bound the two at
    the end of the year claims are read at (:func:`_in_force_count`); which ones the article means it does not say,
    so a coding with fewer in force contradicts and one with as many or more agrees. Nothing where the pair shares
    fewer agreements than that in the record."""
    found = _GROUP_IN_FORCE.search(s.text)
    states = s.states()
    who = tuple(states[:2]) if len(states) >= 2 else pair
    if found is None or len(who) < 2 or _NEGATION.search(s.text[:found.start("q")]):
        return []
    word = found.group("n") or found.group("m")
    n = 2 if word is None else number_value(word)
    if n is None or n < 2:
        return []
    history = records.history(who[0], who[1])
    answers: list[CodingAnswer] = []
    told: set[str] = set()
    shared = 0
    for coding in history.coding_names():
        slugs, answer = _in_force_count(history, coding, records)
        told |= set(slugs)
        shared = max(shared, len(_count_values(history, coding, records, "pacts", records.as_of, every=True)[0]))
        answers.append(CodingAnswer(coding=coding, answer=answer, agrees=len(slugs) >= n))
    if not answers or shared < n:
        return []  # (the pair shares fewer in the record: the article tells of agreements the record does not hold)
    refs = [records.treaty_ref(slug) for slug in sorted(told) if slug in records.gaz.treaties]
    claimed = f"{' '.join(found.group('q').split())} ({_pair_names(who)}): in force"
    record_value = "; ".join(f"{a.coding}: {a.answer}" for a in answers)
    verdict, reason = _coding_verdict(answers, f"every coding has at least {n} of the pair's agreements in force",
                                      f"no coding has {n} of the pair's agreements in force", "count", f"{n} in force")
    return [Claim(kind="ending", text=s.text.strip(), start=s.start, end=s.end, claimed=claimed, verdict=verdict,
                  record_value=record_value, reason=reason, records=refs, codings=answers)]


def _unknown_descriptions(s: Sentence, records: _Records, pair: tuple[int, ...]) -> list[Claim]:
    """An agreement described by a year ("the 1951 treaty") that no stored agreement of the pair fits."""
    out: list[Claim] = []
    for m in s.of("agreement"):
        if m.target or m.how != "description" or len(pair) < 2:
            continue
        year = re.search(r"\d{4}", m.text)
        if not year:
            continue
        near = [t for t in records.gaz.treaties.values() if set(pair) <= t.members
                and abs(int(t.signed[:4]) - int(year.group(0))) <= 2 and t.kind not in {"border"}]
        if near:
            best = min(near, key=lambda t: abs(int(t.signed[:4]) - int(year.group(0))))
            out.append(Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text}: an agreement of {year.group(0)}", verdict="contradicts",
                             record_value=f"{best.title}, signed {best.signed}",
                             reason=f"no agreement of {_pair_names(pair)} was signed in {year.group(0)}; the "
                                    f"nearest is of {best.signed[:4]}", records=[records.treaty_ref(best.slug)]))
        else:
            out.append(_not_in_record(s, f"{m.text} between {_pair_names(pair)}", "treaty", pair, year.group(0)))
    return out


#: "France betrayed Poland", "Germany broke faith with Poland", "France betrayed its ally": a breach told of a state
#: towards another, no agreement named.
_BETRAYED = re.compile(r"\b(?:betrayed|broke (?:faith )?with|abandoned|deserted|double-crossed|"
                       # an ally attacked or fought: "Romania turned on its ally", "Italy turned against Germany"
                       r"turned\s+(?:on|against)(?=\s+(?:(?:its|their|her|his)\s+(?:former\s+|own\s+)?"
                       r"(?:ally|allies|partners?)\b|(?:the\s+)?(?-i:[A-Z])))|"
                       # "broke its word to Paris", "broke their promise to their allies"
                       r"broke\s+(?:its|their|her|his)\s+(?:word|promise|pledge|faith)\s+(?:to|with)|"
                       # a promise to another walked away from: "walked away from its commitments to Warsaw", "went
                       # back on its pledge to Quito", "failed to honour its obligations towards its ally"
                       r"(?:walked\s+away\s+from|went\s+back\s+on|reneged\s+on|(?:failed|refused)\s+to\s+(?:keep|honou?r))"
                       r"\s+(?:its|their|her|his)\s+(?:own\s+|solemn\s+)?(?:word|promises?|pledges?|commitments?|"
                       r"obligations?|guarantees?|undertakings?)\s+(?:to|with|towards)|"
                       # an ally left alone: "left its ally to face the invader alone", "left Prague to its fate"
                       r"left(?=\s+(?:[\w'’-]+\s+){1,3}?(?:to\s+(?:face|fight|fend|stand)\b[^.;]{0,60}?\balone\b|"
                       r"to\s+(?:its|their|her|his)\s+(?:own\s+)?fate\b|in\s+the\s+lurch\b))|"
                       # help owed and not given: "failed to come to the aid of Poland", "never came to Prague's
                       # defence", "did not go to its ally's assistance", "refused to defend its ally"
                       r"(?P<aid>(?:failed|refused|declined|did\s+not|didn['’]t|never|would\s+not)\s+(?:to\s+)?"
                       r"(?:(?:come|came|go|went|rush|rushed|march|marched)\s+to(?:\s+the\s+(?:aid|assistance|help|"
                       r"defen[cs]e|rescue)\s+of)?(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:aid|assistance|help|"
                       r"defen[cs]e|rescue)\b|\s+(?-i:[A-Z]))|(?:defend|assist|protect)(?=\s+(?:its|their|(?-i:[A-Z])))|"
                       r"(?:lift|raise)\s+a\s+finger\s+(?:for|to\s+(?:help|defend|save)))))\s+"
                       r"(?:(?P<them>them|us|him)\b|(?:(?:both|all|each|two|three)\s+of\s+)?(?:its|their|her|his)?"
                       r"(?P<ally>\s*(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:ally|allies|partners?)\b)?)",
                       re.IGNORECASE)


def _pair_breach_claims(s: Sentence, records: _Records, pair: tuple[int, ...], year: int | None,
                        spoken: Sequence[str] = ()) -> list[Claim]:
    """A breach one state is said to have done another ("France betrayed Poland in 1939"; "France betrayed its ally",
    the ally being the other state of the article's pair), read as the ending of the pair's earliest bilateral
    agreement in force in the sentence's year (or the year the article last wrote), against each coding. A state
    that betrayed "its allies" where no such pair is told betrayed an agreement the article speaks of (``spoken``:
    the one it was last about first, then those it names, as ``treaty:slug`` or slug) of which it was a member then."""
    verb = _BETRAYED.search(s.text)
    if verb is None or _NEGATION.search(s.text[:verb.start()]):
        return []
    states = [m for m in s.of("state") if m.target]
    doer = next((m for m in reversed(states) if m.end - s.start <= verb.start()), None)
    other = next((m for m in states if m.start - s.start >= verb.end()), None)
    if doer is None:
        return []
    a = int((doer.target or "").split(":")[1])
    if verb.group("them"):  # "Many Pakistanis still say that America betrayed them": those named before the doer
        told = [int((m.target or "").split(":")[1]) for m in states if m.end <= doer.start]
        told = [c for c in told if c != a] or [c for c in pair if c != a and len(pair) == 2]
        if not told:
            return []
        b = told[-1]
    elif other is not None and not verb.group("ally"):
        b = int((other.target or "").split(":")[1])
    elif verb.group("ally") and a in pair and len(pair) == 2:
        b = pair[1] if pair[0] == a else pair[0]
    elif verb.group("ally"):
        # allies the article does not name: see below; an ally the sentence names besides ("Romania turned on its ally,
        # and in Vienna ...") is read only where the two shared one agreement then
        b = next((c for c in _codes([m for m in states if m is not doer]) if c != a), a)
    elif verb.group("aid") and other is None and re.match(r"(?:its|their|her|his)\b", s.text[verb.end():]) and \
            a in pair and len(pair) == 2:  # "Britain failed to come to its aid": the pair's other state's
        b = pair[1] if pair[0] == a else pair[0]
    else:
        return []
    dates = [int(d.value[:4]) for d in s.of("date") if d.value]
    when = dates[0] if dates else year
    if when is None:
        return []
    fits = sorted((t for t in records.gaz.treaties.values() if {a, b} <= t.members and len(t.members) == 2 and a != b
                   and t.kind not in {"border", "trade", "joint_statement"}
                   and int(t.signed[:4]) <= when <= int((t.ended or "9999")[:4])), key=lambda t: (t.signed, t.slug))
    if re.search(r"\b(?:word|promise|pledge)\b", verb.group(0), re.IGNORECASE) and not verb.group("ally"):
        # "Ankara broke its word to Paris": a promise, read only where the two shared one agreement then
        alive = [t for t in records.gaz.treaties.values() if {a, b} <= t.members and a != b
                 and t.kind not in {"border", "trade", "joint_statement"}
                 and int(t.signed[:4]) <= when <= int((t.ended or "9999")[:4])]
        fits = alive if len(alive) == 1 else []
    if not fits and verb.group("ally"):  # "So Bucharest betrayed its allies": an agreement the article speaks of
        slugs = [x.removeprefix("treaty:") for x in spoken]
        fits = [records.gaz.treaties[t] for t in slugs if t in records.gaz.treaties
                and a in records.gaz.treaties[t].members and _alive(records.gaz.treaties[t], when)]
        alive = [t for t in records.gaz.treaties.values() if {a, b} <= t.members and a != b
                 and t.kind not in {"border", "trade", "joint_statement"}
                 and int(t.signed[:4]) <= when <= int((t.ended or "9999")[:4])]
        fits = fits or (alive if len(alive) == 1 else [])
    if not fits:
        return []
    return [_ending_claim(s, fits[0].slug, "breach", records, frozenset({a}))]


#: A state's word broken or not kept, told of the agreement the article is about without naming it: "Russia broke
#: that promise", "Italy did not keep its pledge", "Tehran broke its word when it left" (a word broken "to" or "with"
#: another state is :data:`_BETRAYED`'s).
_PROMISE_BROKEN = re.compile(r"\b(?P<verb>broke|(?:had|has|have)\s+broken|reneged\s+on|went\s+back\s+on|"
                             r"(?P<kept>(?:did\s+not|didn't|failed\s+to|never)\s+(?:keep|kept|honou?r(?:ed)?)))\s+"
                             r"(?:that|this|the|its|their|her|his)\s+(?:own\s+|solemn\s+)?"
                             r"(?:promise|pledge|word|commitment|undertaking)\b(?!\s+(?:to|with|of)\b)",
                             re.IGNORECASE)


_DOER_GAP = re.compile(r"(?:\s+(?:that|who|which))?(?:\s+(?:had|has|then|later|soon|also|never|\w+ly)){0,2}\s+",
                       re.IGNORECASE)


def _promise_broken(s: Sentence, records: _Records, year: int | None, referent: str | None) -> list[Claim]:
    """A state told to have broken (or not kept) its word or "that promise", no agreement named: a breach of the
    agreement the article was last about, by that state, where it was a member then ("Russia broke that promise",
    "Italy did not keep its pledge"); "never broke its word" tells no breach. Nothing where the state is no member or
    the agreement was not alive in the year told."""
    found = _PROMISE_BROKEN.search(s.text)
    if found is None or referent is None or referent not in records.gaz.treaties:
        return []
    treaty = records.gaz.treaties[referent]
    doer = next((m for m in reversed(s.of("state")) if m.target and m.end - s.start <= found.start()
                 and _DOER_GAP.fullmatch(s.text[m.end - s.start:found.start()])), None)
    if doer is None or int((doer.target or "").split(":")[1]) not in treaty.members:
        return []
    dates = [int(d.value[:4]) for d in s.of("date") if d.value]
    when = dates[0] if dates else year
    if when is not None and not _alive(treaty, when):
        return []
    never = found.group("kept") is not None and found.group("kept").casefold().startswith("never")
    if never or _NEGATION.search(s.text[:found.start()]):
        return []  # ("Warsaw never broke its word": of its own conduct, which no coding's reading of the end tells)
    return [_ending_claim(s, referent, "breach", records)]


#: Agreements told together by a quantifier as the subject of an ending: "Both were dead by 1897", "Both treaties are
#: still in force", "neither pact expired; both were abrogated", "All three lapsed in 1945"; or as the object of a
#: breach or an end: "Moscow broke all three within a year", "Cairo denounced both pacts".
_PLURAL_TOLD = re.compile(
    rf"(?:(?:^|[,;:]\s+|\b(?:and|but|so|then)\s+)(?P<q>both|neither|all\s+(?P<n>{_NUMBER_WORDS}|\d+)|"
    # (denied of each: "None has been terminated", "none of the five was denounced", "not one of them was broken")
    rf"the\s+(?P<m>two|three|four)|(?:none|not\s+one)(?:\s+of\s+(?:them|the\s+(?P<k>{_NUMBER_WORDS}|\d+)))?|"
    # (the parties told as the subject, the agreements as the object: "Neither side ever denounced either one")
    r"no(?=\s+(?:side|state|party|country|government|member|signatory|partner|capital)\b))"
    r"(?P<who>\s+(?:of\s+the\s+two\s+)?(?:sides?|states?|part(?:y|ies)|countr(?:y|ies)|governments?|members?|"
    r"signator(?:y|ies)|partners?|capitals?))?|"
    r"\b(?P<verb>broke|breached|violated|betrayed|denounced|abrogated|repudiated|scrapped|ended|terminated)\s+"
    rf"(?P<q2>both|all\s+(?P<n2>{_NUMBER_WORDS}|\d+)))"
    r"(?:\s+(?:of\s+them|(?:[\w-]+\s+)?(?:agreements?|treat(?:y|ies)|pacts?|alliances?|accords?)))?\b",
    re.IGNORECASE)


#: What may stand between agreements told together and the word of their ending: "Both (were) dead", "Both treaties
#: (are) still in force", "neither (has ever been) broken".
_PLURAL_GAP = re.compile(r"(?:\s+(?:were|was|are|is|had|have|has|been|became|become|remain(?:ed|s)?|still|ever|all|"
                         r"both|formally|legally|effectively|already|quietly|simply|later|soon|then|never|not|\w+ly|"
                         # another act denied with it: "none was suspended or denounced"
                         r"\w+ed\s+(?:or|nor)))*"
                         r"\s+", re.IGNORECASE)


#: The agreements told as the object of an ending whose subject is the parties (:data:`_PLURAL_TOLD`'s ``who``), right
#: after its word or a second verb joined to it: "denounced either one", "denounced or withdrew from either treaty",
#: "walked out of a treaty", "repudiated any of them" (``two``: two of them; else every one, or ``k`` of them).
_PARTIES_OBJECT = re.compile(
    r"(?:\s+(?:or|nor)(?:\s+\w+){1,2}?)?\s+(?:(?:from|of|on)\s+)?"
    r"(?:(?P<two>either|both)(?:\s+of\s+them|\s+one|\s+(?:[\w-]+\s+)?(?:treat(?:y|ies)|pacts?|agreements?|alliances?|"
    r"accords?|texts?))?|(?:any|all|each)(?:\s+of\s+(?:them|these|those|the\s+(?P<k>\d+|" + _NUMBER_WORDS + r")))?|"
    r"(?:a|any)\s+(?:single\s+)?(?:treaty|pact|agreement|alliance|accord))\b", re.IGNORECASE)


#: What follows agreements told together as the object of a breach: the clause's end or a word that opens another
#: phrase ("Moscow broke all three within a year", "Cairo denounced both in 1962").
_PLURAL_OBJECT_END = re.compile(r"\s*(?:[,;:.)]|$|(?:in|within|by|on|at|after|before|when|and|but|as|during|over|"
                                r"later|soon|that|under|with|itself|themselves|once)\b)", re.IGNORECASE)


def _parties_object(rest: str) -> re.Match[str] | None:
    """Return the agreements told as the object of the first word of an ending in ``rest`` (the words after the
    parties told as its subject, to the clause's end), where they follow the word right away
    (:data:`_PARTIES_OBJECT`); None where no word of an ending is told or its object is another ("denounced it")."""
    rest = re.split(r"[;:]", rest, maxsplit=1)[0]
    words = [m for p in (_BREACH, _ENDED, *(p for p, _ in _ENDINGS)) if (m := p.search(rest))]
    if not words:
        return None
    first = min(words, key=lambda m: (m.start(), -m.end()))
    return _PARTIES_OBJECT.match(rest, first.end())


def _pair_shares(records: _Records, pair: Sequence[int]) -> list[str]:
    """Return the slugs of every agreement the article's ``pair`` shares by the year claims are read at, in any
    coding (what "both" or "all three" stand for where the sentences before named none: "and both remain in force",
    "Neither has been broken"); empty without a pair."""
    if len(pair) < 2:
        return []
    history = records.history(pair[0], pair[1])
    slugs: dict[str, None] = {}
    for coding in history.coding_names():
        slugs.update(dict.fromkeys(_count_values(history, coding, records, "pacts", records.as_of, every=True)[0]))
    return list(slugs)


def _plural_endings(s: Sentence, records: _Records, recent: Sequence[str],
                    pair: Sequence[int] = ()) -> list[Claim]:
    """Agreements told together by a quantifier, none named in the sentence (:data:`_PLURAL_TOLD`: "Both were dead by
    1897", "neither treaty expired; both were abrogated", "Moscow broke all three"): the last two (or three...)
    distinct agreements the article named or told signed in the two sentences before (``recent``, slugs, the latest
    last), each read by :func:`_ending_claim`, one claim for them together that a coding agrees with where it reads
    every one of them so. Nothing where those sentences told of fewer, or where no word of an ending follows the
    quantifier in its clause."""
    if s.agreements():
        return []
    distinct = list(dict.fromkeys(reversed([x.removeprefix("treaty:") for x in recent])))
    out: list[Claim] = []
    for found in _PLURAL_TOLD.finditer(s.text):
        word = found.group("n") or found.group("m") or found.group("k") or found.group("n2")
        every = word is None and (found.group("q") or "").casefold().startswith(("none", "not"))
        told_to = None
        if found.group("who") or (found.group("q") or "").casefold() == "no":
            # ("Neither side ever denounced either one": the parties' own act, of the agreements its object tells)
            told_to = _parties_object(s.text[found.end():])
            if told_to is None:
                continue
            word = told_to.group("k")
            every = word is None and told_to.group("two") is None
        n = 2 if word is None else number_value(word)
        if n is None or n < 2:
            continue
        told_of = distinct
        if every and len(distinct) >= 2:
            n = len(distinct)  # ("None has been terminated", "none of them lapsed": every one told before)
        elif len(distinct) < n:
            # (none or too few told in the sentences before: the pair's own agreements, where it shares just that many;
            # "none" of them, however many it shares)
            shares = _pair_shares(records, pair) if not found.group("m") else []
            n = len(shares) if every else n
            if len(shares) != n or n < 2:
                continue
            told_of = shares
        after = re.split(r"[;:]", s.text[found.end():], maxsplit=1)[0]  # (the rest of its clause)
        if found.group("verb") and not _PLURAL_OBJECT_END.match(s.text[found.end():]):
            continue  # ("broke both promises": not the agreements)
        if found.group("verb"):
            endings = _claimed_endings(found.group(0) + after)
        else:
            # (read as told of one: "Both were dead" as "it were dead", which :data:`_ENDED` reads after a noun)
            rest = "it" + after
            told = _claimed_endings(rest)
            first = min((m.start() for p in (_BREACH, _ENDED, *(p for p, _ in _ENDINGS)) if (m := p.search(rest))),
                        default=None)
            if first is None or not told or not _PLURAL_GAP.fullmatch(rest[2:first] or " "):
                continue
            denied = (found.group("q") or "").casefold().startswith(("neither", "no"))
            endings = [e.removeprefix("not ") if denied and e.startswith("not ") else
                       e if not denied else f"not {e}" for e in told]
        slugs = [x for x in reversed(told_of[:n]) if x in records.gaz.treaties]
        for ending in endings[:1]:
            told_as = s.text[found.start("q") if found.group("q") else found.start("verb"):found.end()]
            together = _together([_ending_claim(s, slug, ending, records) for slug in slugs], told_as, records)
            # (the pair's own agreements are a guess at what the writer meant: they bear an ending out, never refute it)
            out.extend(c for c in together if told_of is distinct or c.verdict != "contradicts")
    return out


def _together(claims: list[Claim], told: str, records: _Records) -> list[Claim]:
    """One ending claim for several agreements told together: a coding agrees where it reads each of them so."""
    claims = [c for c in claims if c.codings]
    if len(claims) < 2:
        return []
    first = claims[0]
    names = [c.claimed.rsplit(": ", 1)[0] for c in claims]
    codings: dict[str, list[CodingAnswer]] = {}
    for c in claims:
        for a in c.codings:
            codings.setdefault(a.coding, []).append(a)
    answers = [CodingAnswer(coding=coding, agrees=all(a.agrees for a in these),
                            answer="; ".join(f"{name}: {a.answer}" for name, a in zip(names, these, strict=False)))
               for coding, these in sorted(codings.items(), key=lambda kv: coding_sort_key(kv[0]))]
    verdict, reason = _coding_verdict(answers, "every coding reads each of them so",
                                      "no coding reads every one of them so", "read", "them so")
    word = first.claimed.rsplit(": ", 1)[-1]
    return [first.model_copy(update={
        "claimed": f"{' '.join(told.split())} ({', '.join(names)}): {word}", "verdict": verdict,
        "reason": reason, "codings": answers, "record_value": "; ".join(f"{a.coding}: {a.answer}" for a in answers),
        "records": [r for c in claims for r in c.records]})]


def _alive_then(s: Sentence, claim: Claim, records: _Records, pair: Sequence[int]) -> Claim:
    """Return an ending ``claim`` found told of an agreement signed only after the sentence's dates
    (:func:`foedus.check.claims._records._before_its_signing`) as the same ending of the one agreement of the
    sentence's states (else the article's ``pair``) that was in force at the latest date it tells, where the record
    holds exactly one ("Twenty-five years ago today Indonesia revoked its security agreement with Australia": the
    agreement of those two in force that year, not their later treaty); else ``claim`` unchanged. Called only on a
    claim :func:`~foedus.check.claims._records._before_its_signing` has just re-read so."""
    if claim.kind != "ending":
        return claim
    years = [_pdate(d.value).latest().year for d in s.of("date") if d.value]
    own = set(_codes([m for m in s.of("state") if not _place(s, m)]))
    told = own if len(own) >= 2 else own | set(pair)
    slugs = [t.slug for t in records.gaz.treaties.values() if len(told) >= 2 and told <= t.members
             and t.kind not in {"border", "trade", "joint_statement", "declaration"} and years
             and _alive(t, max(years)) and int(t.signed[:4]) <= max(years)
             and all(records.entry_years(t.slug).get(c, int(t.signed[:4])) <= max(years) for c in told)]
    if len(slugs) != 1:
        return claim
    return _ending_claim(s, slugs[0], _told_ending(claim), records)


def _told_ending(claim: Claim) -> str:
    """Return the ending an ending ``claim`` tells, as :func:`_ending_claim` takes it ("not in_force", "breach")."""
    said = claim.claimed.rsplit(": ", 1)[-1]
    negated = said.startswith("not ")
    said = said.removeprefix("not ")
    ending = "breach" if said.startswith("ended in a breach") else said.replace(" ", "_")
    return f"not {ending}" if negated else ending


def _open_members(records: _Records, slug: str) -> list[int]:
    """Return the members of ``slug`` ATOP's member phases hold as having entered and never left, where the record
    holds no end of the whole agreement: two of them keep it in force between them, whatever a coding reads of its
    first members' exits. (A ledger's membership without an exit tells no more than that the ledger lists none.)"""
    if records.ended(slug) or records.gaz.treaties[slug].ended:
        return []
    last: dict[int, Any] = {}
    for phase in records.atop_phases(slug):  # (ordered by member and phase: the last one is the member's standing)
        if phase["entered"] is None or int(str(phase["entered"])[:4]) <= records.as_of:
            last[int(phase["ccode"])] = phase["exited"]
    return sorted(code for code, exited in last.items() if exited is None)


def _ending_elsewhere(s: Sentence, claim: Claim, records: _Records, others: Sequence[str],
                      just_told: Sequence[str] = (), near: Sequence[str] = (), own: Sequence[str] = ()) -> Claim:
    """Return an ending ``claim`` every coding contradicts re-read against the rest of the record before it stands:
    an agreement told still in force that two members entered and never left runs on between them ("The 1934 pact
    is still in force", its first signatory's successor having joined later); an agreement told in force and not
    named in the sentence ("That treaty is still in force", "our pact remains in force") may be another the article
    tells of (``others``, the likeliest first): the first of them in force by every coding is the one told, unless
    the sentence before named the one linked (``just_told``: "They signed the Treaty of X. That treaty is still in
    force" is of X, and wrong); an ending of the past told by a pronoun or a common noun of the one the sentence
    before named, in a sentence whose other claims tell of another (``own``: "In 1861 A, B and C agreed in London to
    ..., and the convention was abrogated"), may be of that other one (:func:`_past_ending_elsewhere`). Else
    ``claim`` unchanged. A false contradiction costs more than a reading of the wrong one of two agreements. An ending
    of the past told by a pronoun of one whose ending no coding records ("It formally ended on 30 March 1991", "it"
    taken for a protocol still in force) is re-read so too: the pronoun more likely tells of the one just told."""
    uncoded = claim.verdict == "not_in_record" and claim.record_value == "no coding records its ending"
    if claim.kind != "ending" or (claim.verdict != "contradicts" and not uncoded) or not claim.records or \
            claim.records[0].id not in records.gaz.treaties or \
            len({r.id for r in claim.records if r.kind == "treaty"}) > 1:  # (a group's: "all three remain in force")
        return claim
    slug, ending = claim.records[0].id, _told_ending(claim)
    if uncoded:
        return claim if ending == "in_force" or slug in just_told else \
            _past_ending_elsewhere(s, claim, records, slug, ending, near)
    if ending == "in_force":
        members = _open_members(records, slug)
        if len(members) >= 2:
            return claim.model_copy(update={
                "verdict": "consistent", "reason": "no member's exit ends it: members who never left keep it in force",
                "record_value": f"{claim.record_value}; never left it: {_pair_names(members)}"})
    if any(m.target == f"treaty:{slug}" and m.how != "anaphora" for m in s.of("agreement")):
        return claim  # (named in the sentence: the writer's own agreement)
    if slug in just_told:  # (named in the one before: the writer's own, unless this one tells of another)
        return claim if ending == "in_force" else _past_ending_elsewhere(s, claim, records, slug, ending,
                                                                         [o for o in own if o != slug])
    if ending != "in_force":
        return _past_ending_elsewhere(s, claim, records, slug, ending, near)
    for other in dict.fromkeys(others):
        if other == slug or other not in records.gaz.treaties:
            continue
        found = _ending_claim(s, other, ending, records)
        if found.verdict == "consistent":
            return found
    return claim


def _past_ending_elsewhere(s: Sentence, claim: Claim, records: _Records, slug: str, ending: str,
                           near: Sequence[str]) -> Claim:
    """Return an ending of the past (a breach, an expiry, a replacement) every coding contradicts of an agreement
    the sentence tells only by a pronoun or a common noun ("it", "the pact", "that alliance") re-read against the
    agreements the sentence's other claims and the last sentence's claims were read against (``near``): where one
    of them the sentence's states (if it names two) belong to ended so by some coding, the writer may well mean that
    one ("Of their two pacts only one was broken, and it was the Romanians who broke it"; "Vienna betrayed its ally
    in 1859. The alliance ended only when ..."), and the ending is read against it; two records fitting the words
    and disagreeing are no ground for a contradiction. Else ``claim`` unchanged."""
    if not any(m.target == f"treaty:{slug}" and m.how == "anaphora" for m in s.of("agreement")):
        return claim  # (an agreement found by its description or its states: no pronoun to mistake)
    states = set(_codes([m for m in s.of("state") if not _place(s, m) and not _aimed_at(s, m)
                         and not _owner_only(s, m)]))  # (not "to collect Mexico's debts": no party told)
    for other in dict.fromkeys(near):
        if other == slug or other not in records.gaz.treaties or \
                (len(states) >= 2 and not states <= records.gaz.treaties[other].members):
            continue
        found = _ending_claim(s, other, ending, records)
        if found.verdict == "consistent":
            return found.model_copy(update={"reason": f"{found.reason} (of {records.gaz.treaties[other].title}, "
                                                      "the agreement told just before)"})
    return claim


def _ended_by_the_sentences_event(s: Sentence, claims: list[Claim], records: _Records) -> list[Claim]:
    """Return ``claims`` with an ending the record cannot check or contradicts re-read against the agreement a
    stored event the same sentence's date matches ended ("Twenty-five years ago today, Jakarta revoked its security
    agreement with Canberra": the revocation that day is the record's, of the agreement it ended, not of a later
    one of the pair). Only an event of an ending's kind, of a state the sentence names, matched within the tolerance
    to a month or a day the sentence tells, ties the ending so."""
    ties = [records.gaz.treaties[e["treaty"]].slug for c in claims
            if c.kind == "event_date" and c.verdict in {"consistent", "within_tolerance"} and c.records
            and c.records[0].kind == "event"
            and re.search(r"\(\d{4}-\d{2}(?:-\d{2})?\)$", c.claimed)  # (a month or a day told, not a year)
            for e in records.events() if e["id"] == c.records[0].id and e["kind"] in _ENDING_EVENTS
            and e["treaty"] in records.gaz.treaties and (set(e["actors"]) | set(e["targets"])) & set(s.states())]
    if len(set(ties)) != 1:
        return claims
    out = []
    for claim in claims:
        if claim.kind == "ending" and claim.verdict in {"contradicts", "not_in_record"} and \
                len({r.id for r in claim.records if r.kind == "treaty"}) <= 1 and \
                (not claim.records or claim.records[0].id != ties[0]):
            found = _ending_claim(s, ties[0], _told_ending(claim), records)
            claim = found if found.verdict != "contradicts" or claim.verdict == "contradicts" else claim
        out.append(claim)
    return out


#: Where a sentence's clauses part, each able to tell an ending of its own: "France betrayed its ally, and the other
#: pact lapsed with it", "That battle ended the treaty; in the datasets' words it was violated", "...: every coding
#: scores that as a breach".
_ENDING_CLAUSE_BREAK = re.compile(r";\s*|:\s+|,\s+(?:and|but|yet|while|whereas)\s+", re.IGNORECASE)

#: A pronoun standing for the agreement a clause tells the ending of ("and on 2 May it was dissolved").
_CLAUSE_PRONOUN = re.compile(r"\b(?:it|they)\s+(?:\w+\s+){0,2}?(?:was|were|had|has|is|are|did|lapsed|expired|ended|"
                             r"died|collapsed)\b", re.IGNORECASE)


def _ending_clauses(s: Sentence) -> list[Sentence]:
    """Return the sentence's clauses (:data:`_ENDING_CLAUSE_BREAK`), each with its own mentions."""
    bounds, at = [], 0
    for found in _ENDING_CLAUSE_BREAK.finditer(s.text):
        bounds.append((at, found.start()))
        at = found.end()
    bounds.append((at, len(s.text)))
    return [s.part(s.start + a, s.start + b) for a, b in bounds if b > a]


def _clause_referent(clause: Sentence, word_at: int, told: Sequence[str], *,
                     by_noun: bool = False) -> tuple[str, bool] | None:
    """Return the agreement a clause tells the ending of, and whether a pronoun tells it: one it names (the last
    before its word of ending, else the first after), or, told by a pronoun, the one agreement its sentence's other
    endings are of (``told``); with ``by_noun`` (a clause beside a coding's reading, or one itself), told by a common
    noun no rule linked as well ("That battle ended the border treaty; in the datasets' words it was violated")."""
    named = [m for m in clause.of("agreement") if m.target]
    if named:
        before = [m for m in named if m.start - clause.start < word_at]
        chosen = before[-1] if before else named[0]
        return (chosen.target or "").removeprefix("treaty:"), chosen.text.casefold() in {"it", "they", "them"}
    if (_CLAUSE_PRONOUN.search(clause.text) or _PARTIES_AS_SUBJECT.search(clause.text) or
            (by_noun and _TOLD_BY_NOUN.search(clause.text))) and len(set(told)) == 1:
        return told[0], True
    return None


#: The parties told together as the subject of a clause, by a quantifier and a word for a party ("neither country
#: walked out", "no member denounced it", "both governments let it lapse", "each side kept its word"): the parties of
#: the agreement the sentence tells the ending of, whose own act the clause tells.
_PARTIES_AS_SUBJECT = re.compile(r"^\W*(?:(?:and|but|yet|so)\s+)?(?:neither|no|both|each|either|every|all)\s+"
                                 r"(?:(?:of\s+the|the)\s+)?(?:two\s+|three\s+|other\s+)?(?:countr(?:y|ies)|sides?|"
                                 r"part(?:y|ies)|states?|members?|governments?|signator(?:y|ies)|partners?|allies|ally|"
                                 r"capitals?)\b", re.IGNORECASE)


#: A clause that tells how a coding of the record reads an ending, in the record's words rather than the writer's:
#: "every coding in the record scores that as a breach", "in the language of the alliance datasets it was violated",
#: "the curated coding names Prussia as the violator", "both codings treat its end as a violation".
_CODING_READING = re.compile(r"\b(?:codings?|datasets?|coders|(?-i:ATOP)|(?:the|one|another)\s+curated\s+"
                             r"(?:one|reading|coding|record))\b", re.IGNORECASE)


def _endings_per_clause(s: Sentence, claims: list[Claim], records: _Records) -> list[Claim]:
    """Return ``claims`` with an ending claim for each clause of the sentence that tells an ending of its own which
    none of the sentence's ending claims reads ("The new rulers tore up the union, and in August it was formally
    dissolved": a breach and a dissolution, two claims), of the agreement the clause names or, by a pronoun, the one
    the sentence's other endings are of. The sentence's ending claims are then ordered as their clauses are told."""
    endings = [c for c in claims if c.kind == "ending"]
    clauses = _ending_clauses(s)
    if not endings or len(clauses) < 2:
        return claims
    told = [_told_ending(c) for c in endings]
    slugs = [c.records[0].id for c in endings if c.records and c.records[0].id in records.gaz.treaties]
    placed: list[tuple[int, Claim]] = []
    left = list(zip(told, endings, strict=True))
    new: list[tuple[int, Claim]] = []
    for index, clause in enumerate(clauses):
        ending = _claimed_ending(clause.text)
        if ending is None:
            continue
        same = next((pair for pair in left if pair[0] == ending), None)
        if same is not None:
            left.remove(same)
            placed.append((index, same[1]))
            continue
        # (a coding's reading told in a clause of its own is a claim beside the writer's: "The Entente died on 28
        # October 1940: every coding scores that as a breach")
        coded = [other for other in clauses if other is not clause and _CODING_READING.search(other.text)
                 and _claimed_ending(other.text) is not None]
        later_end = ending == "ended" and _end_dated_after_how(s, clauses, index)
        if ending == "ended" and any(one.removeprefix("not ") not in {"ended", "in_force"} for one in told) and \
                not coded and not later_end:
            continue  # ("It ended on 19 June 1890, and Berlin let it lapse": one ending, told how in a clause)
        if ending == "expired" and any(one in _CAUSES_OF_LAPSE for one in told):
            continue  # ("The pact lapsed in June 1940, and it ended because Estonia lost its independence": one
            # ending, its cause told in a clause of its own, as :func:`_claimed_ending` reads it in one clause)
        found = _ENDING_WORD.search(clause.text)
        referent = _clause_referent(clause, found.start() if found else 0, slugs,
                                    by_noun=bool(coded) or bool(_CODING_READING.search(clause.text)) or later_end)
        if referent is None or referent[0] not in records.gaz.treaties:
            continue
        claim = _ending_claim(clause, referent[0], ending, records).model_copy(
            update={"text": s.text.strip(), "start": s.start, "end": s.end})
        if later_end:
            claim = _judged_with_its_end(clause, claim, records, referent[0])
        if referent[1] and claim.verdict == "contradicts":
            continue  # ("and it was the Italians who broke it": a pronoun may stand for another than the sentence's)
        new.append((index, claim))
    if not new:
        return claims
    placed += [(len(clauses), claim) for _, claim in left]  # (a claim no clause reads: after those that do)
    ordered = [claim for _, claim in sorted(placed + new, key=lambda pair: pair[0])]
    slots = iter(ordered)
    out = [next(slots) if c.kind == "ending" else c for c in claims]
    return out + list(slots)


def _end_dated_after_how(s: Sentence, clauses: Sequence[Sentence], index: int) -> bool:
    """Whether the clause ``index`` of ``s`` tells an agreement's end with no word of how, at a date of its own, after
    a clause that told how it was broken, ended or replaced ("Tehran's departure broke the alliance, and the
    organisation was wound up on 9 October 1979"; "The pact was superseded by the new treaty, and the old one formally
    ended on 25 February 1955"): the end it came to, then, a claim of its own beside how (an end told first and its
    how after, "It ended on 19 June 1890, and Berlin let it lapse", is one ending told twice; so is an end told after a
    colon or a semicolon, "The treaty simply lapsed: it was over on 19 June 1890", the same end told again)."""
    clause = clauses[index]
    if index == 0 or not any(d.value for d in clause.of("date")):
        return False
    if not re.match(r",\s+(?:and|but|yet)\b", s.text[clauses[index - 1].end - s.start:clause.start - s.start],
                    re.IGNORECASE):
        return False  # ("The treaty simply lapsed: it was over on 19 June 1890": the lapse told again, with its date)
    return any((how := _claimed_ending(before.text)) is not None and not how.startswith("not ")
               and how not in {"ended", "in_force"} for before in clauses[:index])


def _judged_with_its_end(clause: Sentence, claim: Claim, records: _Records, slug: str) -> Claim:
    """Return an end told at a date of its own (:func:`_end_dated_after_how`) judged with that date too, where the
    clause tells one date and the record ends the agreement a day off it: within tolerance, as an ending told with
    its date is where every coding reads it so (a date further off is a claim of its own, not the ending's)."""
    dates = [d for d in clause.of("date") if d.value]
    ended = records.ended(slug) or records.gaz.treaties[slug].ended
    if len(dates) != 1 or not ended or claim.verdict != "consistent":
        return claim
    verdict, reason = compare_dates(dates[0].value or "", ended, "ended")
    if verdict != "within_tolerance":
        return claim
    return claim.model_copy(update={"verdict": verdict, "reason": f"{claim.reason}; the date: {reason}",
                                    "record_value": f"{claim.record_value}; ended {ended}"})


#: An agreement told by a common noun in a clause that tells its ending, with the year or day it was made where the
#: article gives one: "the 1957 text simply lapsed", "Its successor of 7 February 1923 was abrogated", "The 1916
#: coalition ended in a breach", "the old treaty ended that same day", "the friendship did not last".
_TOLD_BY_NOUN = re.compile(
    r"\b(?:the|that|this|its|their|our)\s+(?:(?:(?P<year>1[5-9]\d\d|20\d\d)|[\w'’-]+)\s+){0,2}?"
    r"(?P<noun>treaty|pact|alliance|agreement|accord|text|act|coalition|council|organi[sz]ation|charter|convention|"
    r"league|entente|guarantee|successor|arrangement|instrument|declaration|protocol|understanding|union|"
    # a treaty of friendship told by its word ("The friendship lasted barely seven years")
    r"friendship)\b"
    r"(?P<of>\s+of\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?P<year2>1[5-9]\d\d|20\d\d)\b)?", re.IGNORECASE)


def _dated_noun(found: re.Match[str], s: Sentence) -> str | None:
    """Return the day, month or year an agreement told by :data:`_TOLD_BY_NOUN` carries ("the 1957 text": 1957; "its
    successor of 7 February 1923": 1923-02-07), as the date mention's value where a date mention spans it."""
    if found.group("of"):
        at = s.start + found.start("of")
        dated = next((d for d in s.of("date") if d.value and at <= d.start < s.start + found.end()), None)
        return dated.value if dated is not None else found.group("year2")
    return found.group("year")


def _plain_noun(told: str) -> bool:
    """Whether an agreement told by a common noun may be the one the article was last about: not one told as another
    ("the new treaty", "its successor", "the second pact") nor by a capitalised word, which names one ("the Japanese
    pact", "the Union")."""
    words_told = told.split()[1:]
    return not any(w[:1].isupper() for w in words_told) and not any(
        w.casefold() in {"other", "new", "next", "first", "second", "third", "last", "previous", "earlier", "later",
                         "latest", "successor", "former", "rival", "another"} for w in words_told)


#: A part of an agreement told by its pronoun, which stands for the agreement whose part it is: "Its defence clause is
#: still in force", "their mutual-aid provisions lapsed", "its obligations were never denounced".
_ITS_PART = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:clauses?|articles?|provisions?|obligations?|terms|"
                       r"text|core|commitments?|undertakings?)\b", re.IGNORECASE)


#: An agreement told as what its parties left to end at its term, by any noun ("let the lease expire", "allowed the
#: arrangement to lapse", "the act was simply let expire"): the noun stands for the agreement, whatever the word.
_LEFT_TO_LAPSE = re.compile(r"\b(?:let|allowed|left)\s+(?:the|that|this|its|their|our)\s+(?:[\w'’-]+\s+){0,2}?"
                            r"(?:to\s+)?(?:\w+ly\s+)?(?:lapse|expire|run\s+out|die)\b|"
                            r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:let|allowed\s+to)\s+(?:lapse|expire|run\s+out|die)\b",
                            re.IGNORECASE)


def _ending_backstop(s: Sentence, records: _Records, pair: Sequence[int], referent: str | None) -> list[Claim]:
    """An ending told of an agreement by a common noun or a pronoun that no rule linked ("the 1957 text simply lapsed
    when the leaders promised something bigger", "The 1916 coalition ended in a breach", "Its successor of 7
    February 1923 was abrogated in March 1954", "and the old treaty ended that same day"), read against the one stored
    agreement of the sentence's states (else the article's pair) made at the date the noun carries; with none told,
    against the agreement the article was last about (``referent``), kept only where a coding reads it so: the
    referent is then a guess, and a guess never contradicts. Nothing where the noun is another agreement's successor
    and carries no date."""
    endings = _claimed_endings(s.text)
    word = _ENDING_WORD.search(s.text)
    if not endings or word is None:
        return []
    clause = next((c for c in _ending_clauses(s) if c.start - s.start <= word.start() < c.end - s.start), s)
    states = s.states()
    who = set(states if len(states) >= 2 else pair)
    told = list(_TOLD_BY_NOUN.finditer(clause.text))
    slug, certain = None, False
    for found in told:
        when = _dated_noun(found, clause)
        if when is None or len(who) < 2:
            continue
        fits = [t.slug for t in records.gaz.treaties.values() if who <= t.members and t.signed.startswith(when)]
        if len(fits) == 1:
            slug, certain = fits[0], True
            break
    if slug is None:
        at = max(0, word.start() - (clause.start - s.start))
        # (the subject before the word, or its object right after: "Nobody broke them", "they simply lost a member")
        # (or in the word's own words, "has withdrawn from it", "tore them up"; or the agreement's own work or
        # purpose told done, "Its work was done when ...", "their task accomplished")
        pronoun = re.search(r"\b(?:it|which|they|them)\b", clause.text[:at], re.IGNORECASE) or _ITS_PART.search(
            clause.text[:at]) or re.match(
            r"\s+(?:it|them)\b", clause.text[at + len(word.group(0)):], re.IGNORECASE) or re.search(
            r"\b(?:it|them)\b|^(?:its|their)\b", word.group(0), re.IGNORECASE) or _LEFT_TO_LAPSE.search(clause.text)
        undated = [f for f in told if _dated_noun(f, clause) is None and _plain_noun(f.group(0))]
        # (a coding's reading tells of the agreement the article is about, named or not: "The curated coding names
        # Prussia as the violator; ATOP names nobody")
        coded = _CODING_READING.search(clause.text) is not None
        if referent is None or referent not in records.gaz.treaties or not (undated or pronoun or coded):
            return []
        slug = referent
    claim = _ending_claim(s, slug, endings[0], records)
    if not certain and claim.verdict not in {"consistent", "depends_on_coding"}:
        return []
    return [claim]


def _ended_then(s: Sentence, records: _Records, pair: Sequence[int]) -> list[Claim]:
    """An ending told of an agreement by a noun or pronoun no rule linked, with a date told right after its word ("the
    old convention was wound up on 9 October 1979", "the Kabul treaty formally ended on 2 March 1961", "it lapsed in
    May 1920"), read against the one stored agreement of the sentence's states (else the article's pair) that the
    record ends then, or that one of them left then (a day off at most): kept only where a coding reads the ending so
    (the agreement is a guess by its date, and a guess never contradicts). Nothing where several fit."""
    endings = _claimed_endings(s.text)
    word = _ENDING_WORD.search(s.text)
    if not endings or word is None or endings[0].startswith("not ") or endings[0] == "in_force":
        return []
    before = s.text[:word.start()]
    if not (_TOLD_BY_NOUN.search(before) or re.search(r"\b(?:it|which|they)\b", before, re.IGNORECASE)):
        return []
    dates = [d for d in s.of("date") if d.value and 0 <= d.start - s.start - word.end() <= 60
             and not re.search(r"[;:()]|\bwhen\b", s.text[word.end():d.start - s.start])]
    states = s.states()
    who = set(states if len(states) >= 2 else pair)
    if len(dates) != 1 or len(who) < 2:
        return []
    said = _pdate(dates[0].value or "")
    near = 1 if said.precision == "day" else 0
    ends = [(slug, records.ended(slug) or t.ended) for slug, t in records.gaz.treaties.items() if who <= t.members]
    exits = [(slug, exited) for slug, code, _, exited in records.member_dates()
             if code in who and exited and slug in records.gaz.treaties and who <= records.gaz.treaties[slug].members]
    fits = {slug for slug, when in [*ends, *exits] if when and _gap(said, _pdate(when)) <= near}
    if len(fits) != 1:
        return []
    claim = _ending_claim(s, fits.pop(), endings[0], records)
    return [claim] if claim.verdict in {"consistent", "depends_on_coding"} else []


#: An end told by a word the ending rules leave undated ("the pact was dead by April 1965").
_DEAD_BY = re.compile(r"\bdead\b", re.IGNORECASE)


def _end_options(records: _Records, slug: str, states: set[int], *, whole: bool = True) -> list[tuple[str, str]]:
    """Return the dates the record ends ``slug`` at, each with its words: the agreement's end (unless not ``whole``),
    and the exits of the members among ``states``."""
    options: list[tuple[str, str]] = []
    if whole and (ended := records.ended(slug) or records.gaz.treaties[slug].ended):
        options.append((ended, f"ended {ended}"))
    options += [(str(exited), f"{_name(code, str(exited))}'s exit {exited}")
                for agreement, code, _, exited in records.member_dates()
                if agreement == slug and code in states and exited]
    return options


def _dated_by_its_ending(s: Sentence, claims: list[Claim], records: _Records) -> list[Claim]:
    """Return ``claims`` with a date no rule found in the record, told right after a word of an ending of the one
    agreement the sentence's ending claim was read against ("That pact was abrogated on 28 September 1961", "the
    alliance was dead by May 1925, broken over the frontier", "Chile denounced it in March 1950"), re-read as that
    agreement's end or the exit of a member the sentence names. A date the record contradicts so stays unread where
    another agreement of the sentence's states (else the article's pair) ended, or one of them left it, then: the
    ending may be told of that one."""
    slugs = {c.records[0].id for c in claims if c.kind == "ending" and c.records and c.records[0].kind == "treaty"
             and not c.claimed.endswith("in force") and ": not " not in c.claimed}
    if len(slugs) != 1 or next(iter(slugs)) not in records.gaz.treaties or any(
            c.kind == "agreement_date" and " ended " in c.claimed for c in claims):
        return claims
    slug = next(iter(slugs))
    treaty = records.gaz.treaties[slug]
    states = set(_codes([m for m in s.of("state") if not _place(s, m)]))
    words_at = [w.end() for w in itertools.chain(_ENDING_WORD.finditer(s.text), _DEAD_BY.finditer(s.text))]
    out: list[Claim] = []
    for claim in claims:
        dates = s.dates_in(claim.claimed)
        if claim.kind not in {"agreement_date", "event_date"} or claim.verdict != "not_in_record" or \
                not claim.record_value.startswith("no ") or len(dates) != 1:
            out.append(claim)
            continue
        date = dates[0]
        at = date.start - s.start
        # right after the word, in its clause ("ended with the Austrian defeat on 3 July 1866"; not the date a
        # name carries, "the pact of 1912 ended", nor one told after a break, "ended; on 2 May ...")
        # nor the date of another agreement told between, "superseded by a wider treaty of August 1905": its own
        told = any(0 <= at - w <= 60 and not re.search(r"[;:()]|,\s+(?:and|but|when|after|before|while)\b|\bwhen\b|"
                                                      r"\b(?:treaty|pact|alliance|agreement|accord|convention|"
                                                      r"protocol|declaration|charter|entente)\b",
                                                      s.text[w:at], re.IGNORECASE) for w in words_at)
        said = _pdate(date.value or "")
        if not told or said.latest() < _pdate(treaty.signed).earliest():
            out.append(claim)
            continue
        rank = {"consistent": 0, "within_tolerance": 1, "contradicts": 2}
        judged = [(compare_dates(date.value or "", when, "ended"), value)
                  for when, value in _end_options(records, slug, states)]
        if not judged:
            out.append(claim)
            continue
        (verdict, reason), value = min(judged, key=lambda j: rank[j[0][0]])
        others = states or set(records.pair)
        told_of = slug
        if verdict == "contradicts":
            # (each agreement's end, and its told members' exits, read in one pass over the record)
            ends = [(other, when, f"ended {when}") for other, t in records.gaz.treaties.items()
                    if other != slug and t.members & others and (when := records.ended(other) or t.ended)]
            ends += [(other, str(exited), f"{_name(code, str(exited))}'s exit {exited}")
                     for other, code, _, exited in records.member_dates()
                     if other != slug and code in others and exited and other in records.gaz.treaties]
            fits = {(other, when, value) for other, when, value in ends
                    if _gap(said, _pdate(when)) <= (1 if said.precision == "day" else 0)}
            if len({f[0] for f in fits}) > 1:
                out.append(claim)  # (other agreements of theirs ended then: which one the ending is told of is open)
                continue
            if fits:  # ("Chile denounced it in March 1950", "it" read as an older pact: the one Chile left then)
                told_of, when, value = min(fits)
                verdict, reason = compare_dates(date.value or "", when, "ended")
                reason += f"; the record ends {records.gaz.treaties[told_of].title[:80]} then, not the one read"
        # (its kind kept: an event's date re-read as an end tells the next sentence of no agreement signed)
        out.append(claim.model_copy(update={
            "verdict": verdict, "record_value": value,
            "claimed": f"{_claim_name(s, told_of, records.gaz.treaties[told_of].title)} ended {date.text}",
            "reason": reason + " (the end of the agreement it tells ended)",
            "records": [records.treaty_ref(told_of)], "proposed_entry": None}))
    return out


#: A replacement told with the successor as its subject or agent: "the Rio treaty replaced it", "The 1979 treaty
#: superseded that deal", "a pact that was replaced by the SADC protocol", "gave way to the new treaty", "took its
#: place".
_SUPERSESSION = re.compile(r"\b(?:replac(?:ed|ing)|supersed(?:ed|ing)|supplant(?:ed|ing)|"
                           r"(?:took|take|taking)\s+(?:its|their|the)\s+place(?:\s+of)?|"
                           r"(?:gave|give|giving)\s+way\s+to|made\s+way\s+for|succeeded\s+by|"
                           + _FOLDED_INTO + r")\b", re.IGNORECASE)


def _beside(between: str) -> bool:
    """Whether the words between an agreement and a verb of replacing leave it the verb's subject or agent: few, and
    no break of clause nor another doer ("the Rio treaty replaced", "was replaced in 1947 by the Rio treaty", "the
    Baghdad Pact, which took the place of"; not "the Final Act; Husák, who had replaced")."""
    return len(between) <= 60 and not re.search(r"[;:()]|\b(?:who|whom|he|she|they|when|after|before|while)\b",
                                                 between, re.IGNORECASE)


def _predecessor_replaced(s: Sentence, records: _Records, pair: Sequence[int]) -> list[Claim]:
    """A replacement told of an agreement no rule linked, by its successor, which the sentence names ("The 1979
    treaty superseded that deal on the day it was signed", "That four-way pact was replaced by the Harare protocol
    in 2001", "the old arrangement was wound up when the Lisbon treaty replaced it"): read against the one stored
    agreement the record ends within a year of the successor's signing that shares at least two of its members (or
    holds the article's pair), kept only where a coding reads it so: the predecessor is the record's guess, and a
    guess never contradicts."""
    word = _SUPERSESSION.search(s.text)
    if word is None or _NEGATION.search(s.text[:word.start()]):
        return []
    # the successor: told after the word where the word is passive ("was replaced by X", "gave way to X"), before
    # it where active ("X replaced it", "X took its place")
    after = re.match(r"(?:\w+\s+){0,2}?(?:by|to|for)\b", s.text[word.end():].lstrip()) is not None or \
        word.group(0).casefold().endswith("into") or \
        word.group(0).casefold().startswith(("gave", "give", "made")) or \
        re.search(r"\b(?:was|were|been|being|is|are)\s+$", s.text[:word.start()]) is not None
    # (told right beside the word, in its clause: not "Husák, who had replaced the reformers", after a treaty)
    successors = {(m.target or "").removeprefix("treaty:") for m in s.of("agreement")
                  if (m.target or "").startswith("treaty:") and (m.start - s.start > word.start()) == after
                  and _beside(s.text[word.end():m.start - s.start] if after else s.text[m.end - s.start:word.start()])
                  } & set(records.gaz.treaties)
    if len(successors) != 1:
        return []
    new = records.gaz.treaties[next(iter(successors))]
    signed = _pdate(new.signed)
    fits = []
    for slug, old in records.gaz.treaties.items():
        if slug == new.slug or not (len(old.members & new.members) >= 2 or (pair and set(pair) <= old.members
                                                                            and set(pair) <= new.members)):
            continue
        ended = records.ended(slug) or old.ended
        if ended and old.signed < new.signed and _gap(_pdate(ended), signed) <= 366:
            fits.append(slug)
    # (several ended then: those that hold the states the sentence tells, then those some coding reads replaced)
    told = set(_codes([m for m in s.of("state") if not _place(s, m)]))
    held = [f for f in fits if told and told <= records.gaz.treaties[f].members]
    fits = held if len(fits) > 1 and held else fits
    read = [f for f in fits if any(r["ending"] == "replaced" for r in records.outcomes(f, members=True))]
    fits = read if len(fits) > 1 and read else fits
    if len(fits) != 1:
        return []
    claim = _ending_claim(s, fits[0], "replaced", records)
    return [claim] if claim.verdict in {"consistent", "depends_on_coding"} else []
