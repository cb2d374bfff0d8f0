"""Counts of agreements or breaches between a pair, compared with each coding's count."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from foedus.check.claims._records import _coding_verdict, _pdate, _Records
from foedus.check.claims._sentences import Sentence, _codes, _pair_names, _place, _segments
from foedus.check.claims._words import _BREACH, _LIST_REFERENCE
from foedus.check.mentions import _AGREEMENT_NOUN, _NUMBER_WORDS, number_value
from foedus.check.models import Claim, CodingAnswer, Mention, RecordRef
from foedus.codings import coding_sort_key
from foedus.text import plural

if TYPE_CHECKING:
    from foedus.history import Agreement, PairHistory


def _ended_by(agreement: Agreement, as_of: int) -> bool:
    """Return True if ``agreement`` had ended by the end of ``as_of`` (one ended on an unknown date counts)."""
    return agreement.ended is None or _pdate(agreement.ended).year <= as_of


def _count_values(history: PairHistory, coding: str, records: _Records, noun: str,
                  as_of: int, *, every: bool = False, shared: bool = False,
                  multilateral: bool = False) -> tuple[list[str], list[str]]:
    """Return the slugs of the pair's bilateral agreements of the noun's sort that ``coding`` counts by the end of
    ``as_of``, and of those among them that had ended by then: breaches (:meth:`PairHistory.breaches`) by then, or
    alliances signed by then: those a narrative coding codes (its own list), or those with military obligations that
    a dataset's or curated coding reads (:func:`_reading`: an agreement known only from ATOP through ATOP's ending,
    one signed after a dataset's last through the others'; ``history`` holds only the agreements signed by
    ``as_of``). With ``every``, the count is of every agreement the pair shares, multilateral or without military
    obligations ("the thirteen pacts they have shared", "ten in all"); with ``shared``, of every alliance they shared,
    multilateral ones included ("the only alliance A and B ever shared"); with ``multilateral``, of those only that
    have other parties besides the pair ("three multilateral agreements")."""
    if noun.startswith(("betray", "breach", "violation")):
        breached = [a.slug for a in history.breaches(coding) if _ended_by(a, as_of)]
        return breached, breached
    kind = records.kind(coding)
    readings = {a.slug: _reading(history, a, coding, records) for a in history.agreements}
    chosen = [a for a in history.agreements if readings[a.slug] is not None
              and (every or ((shared or not a.multilateral) and (a.military or kind == "narrative")))
              and (a.multilateral or not multilateral)]
    ended = [a.slug for a in chosen if (outcome := readings[a.slug]) is not None and outcome.ending != "in_force"
             and _ended_by(a, as_of)]
    return [a.slug for a in chosen], ended


def _binds_pair(history: PairHistory, agreement: Agreement, as_of: int) -> bool:
    """Return True if ``agreement`` still bound the pair at the end of ``as_of`` by the record's own dates: not ended
    by then, and neither of the two had left it by then (Ecuador's exit from the Rio Treaty in 2016 ends it between
    Ecuador and Peru, though it runs on for the others)."""
    if agreement.ended is not None and _pdate(agreement.ended).year <= as_of:
        return False
    return not any(m.exited is not None and _pdate(m.exited).year <= as_of
                   for m in agreement.left_early((history.a.ccode, history.b.ccode)))


def _in_force_count(history: PairHistory, coding: str, records: _Records, *,
                    bilateral: bool = False, obligation: str | None = None) -> tuple[list[str], str]:
    """Return the pair's agreements that ``coding`` counts and that still bound the two at the end of the year claims
    are read at (in force by the record's own dates, whatever a coding reads of how the others ended:
    :func:`_binds_pair`), and that count in words; with ``bilateral``, only their bilateral alliances ("two
    bilateral pacts are in force today", "no bilateral pact between us"); with ``obligation``, only those carrying it
    ("defense"; "" for any military obligation: "no military alliance binds them")."""
    chosen, _ = _count_values(history, coding, records, "pacts", records.as_of, every=True)
    slugs = [a.slug for a in history.agreements if a.slug in chosen and _binds_pair(history, a, records.as_of)
             and (obligation is None or (obligation in a.obligations if obligation else a.military))]
    if obligation is not None:  # ("no defence alliance": those carrying that obligation only)
        what = f"{obligation} obligation" if obligation else "military obligation"
        return slugs, f"with a {what}, in force in {records.as_of}: {plural(len(slugs), 'agreement')}" + (
            f" ({_years(history, slugs)})" if slugs else "")
    if bilateral:
        own = _count_values(history, coding, records, "alliances", records.as_of)[0]
        slugs = [x for x in slugs if x in own]
        return slugs, f"bilateral, in force in {records.as_of}: {plural(len(slugs), 'alliance')}" + (
            f" ({_years(history, slugs)})" if slugs else "")
    return slugs, f"in force in {records.as_of}: {plural(len(slugs), 'agreement')}" + (
        f" ({_years(history, slugs)})" if slugs else "")


def _count_answer(history: PairHistory, chosen: list[str], ended: list[str], noun: str, as_of: int) -> str:
    """Return one coding's count in words, with the agreements' signing years: ``5 alliances (1896, 1924, 1937,
    1945, 1950)``; ``6 alliances, 5 ended by 2023 (1896, ...) and 1 in force then (2001)``; ``2 breaches (1896,
    1962)``."""
    if noun.startswith(("betray", "breach", "violation")):
        return f"{plural(len(chosen), 'breach', 'breaches')} ({_years(history, chosen)})"
    counted = plural(len(chosen), "alliance")
    if len(ended) == len(chosen):
        return f"{counted} ({_years(history, chosen)})" if chosen else counted
    going = [slug for slug in chosen if slug not in ended]
    return (f"{counted}, {len(ended)} ended by {as_of}" + (f" ({_years(history, ended)})" if ended else "")
            + f" and {len(going)} in force then ({_years(history, going)})")


def _reading(history: PairHistory, agreement: Any, coding: str, records: _Records) -> Any:
    """Return how ``coding`` reads an agreement for a count: its own outcome between the pair
    (:meth:`PairHistory.reading`: a member's exit where one of the two left); for an agreement known only from ATOP,
    ATOP's; and, under a dataset's coding, for an agreement signed after the last one the dataset codes (beyond its
    coverage, where it is silent), another coding's."""
    own = history.reading(agreement, coding)
    if own is not None or records.kind(coding) != "dataset" or agreement.signed <= records.coverage(coding):
        return own
    return next((history.reading(agreement, other) for other in history.coding_names()
                 if other != coding and records.kind(other) != "narrative"
                 and history.reading(agreement, other) is not None), None)


def _pair_codings(history: PairHistory, records: _Records) -> list[str]:
    """Return the codings a count of the pair's agreements is read under: those that read one of them
    (:meth:`PairHistory.coding_names`); where the record holds no agreement between the two at all, every built-in
    coding of the record's own (ATOP's and the curated, not a narrative's own list; the one chosen, if one is), each
    of which counts none ("Mongolia and Paraguay were allied once" is no count the record bears out)."""
    names = history.coding_names()
    if names or history.agreements:
        return names
    if history.coding != "all":
        return [history.coding]
    return sorted((name for name, about in records.codings.items() if about.get("kind") in {"dataset", "curated"}),
                  key=coding_sort_key)


def _years(history: PairHistory, slugs: list[str]) -> str:
    """Return the signing years of the pair's agreements ``slugs``: "1896, 1937, 1945"."""
    signed = {a.slug: a.signed[:4] for a in history.agreements}
    return ", ".join(signed.get(slug, "?") for slug in slugs)


#: The part of a count that a later clause says was broken: "three (ended in a breach)", "one of them (broken)",
#: "half (ended in a breach)", "only that one (has ever been breached)", "just one (that ended in a breach)", "two of
#: them (breached)"; a number followed by a noun of its own ("two years later") is no part.
_PART_COUNT = re.compile(rf"\b(half|\d+|{_NUMBER_WORDS})\b(?:\s+of\s+(?:them|these|those|which|the\s+(?:\w+\s+)?\w+|"
                         r"(?:these|those)\s+\w+))?(?=(?:,(?:\s+[\w'’-]+){1,4},)?\s+(?:(?:that|which)\s+)?"
                         r"(?:were\s+|was\s+|had\s+been\s+|ha(?:ve|s)\s+(?:ever\s+|since\s+|now\s+|already\s+)?been\s+|"
                         r"ended\s+|broken|betrayed|violated|breached))",
                         re.IGNORECASE)


#: Words by which a count of pacts or agreements (not of "alliances", nor "bilateral" ones) is of every agreement a
#: pair shares, not of its bilateral alliances: "the thirteen pacts Germany and Italy have shared", "ten in all",
#: "party to together".
_EVERY_SHARED = re.compile(r"\b(?:shared?|in all|in total|altogether|together|every pact|all told|partners\s+in|"
                           r"parties\s+to)\b", re.IGNORECASE)


#: An agreement told the pair's own, in a part of a count: "(none of them) an alliance of their own", "(not one of
#: them is) a treaty of the two alone", "(neither was) a pact between them alone".
_OWN_ONE = (r"(?:(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:alliance|treaty|pact|agreement|accord)|"
            r"(?:[\w-]+\s+)?(?:alliances|treaties|pacts|agreements|accords))\s+)?(?:of\s+(?:their|its|our)\s+own|"
            r"(?:(?:signed|concluded|made|agreed)\s+)?(?:of|between|by)\s+(?:the\s+two(?:\s+of\s+(?:them|us))?|them|us|"
            r"(?:the|our)\s+two\s+(?:countries|states|nations|governments|kingdoms|capitals|empires|republics|"
            r"neighbours|neighbors))\s+alone)\b|(?:their|our)\s+own\b(?!\s+[\w-])")
# (also without its noun, or with it in the plural: "three of them their own", "two of them treaties of their own",
# "none of them between the two alone"; not "their own" before a noun: "two of them their own initiative"; told in
# the writer's voice, "only one of them an alliance of our own"; told by the two signing it alone, "none of them
# signed by our two countries alone", "not one of them between the two countries alone")


#: The words by which a part of a count is told bilateral as the record or a coder reads it: "(eight of them) counted
#: as bilateral", "(two of them) coded as bilateral", "(none of them) listed as an alliance of their own".
_COUNTED_AS = r"(?:(?:counted|coded|listed|classed|classified|recorded|reckoned)\s+as\s+)?"


#: A part of a count told bilateral, which makes the count one of every agreement the pair shares: "five
#: agreements, one of them bilateral", "of which two were bilateral".
_BILATERAL_PART = re.compile(rf"\b(?:(?:one|\d+|{_NUMBER_WORDS}|none|not\s+one|neither|all|every\s+one|each)\s+of\s+"
                             rf"(?:them|these|those|which)|of\s+which\s+(?:one|\d+|{_NUMBER_WORDS}|none|not\s+one|all))"
                             r"\s+(?:(?:was|were|is|are)\s+)?" + _COUNTED_AS +
                             r"(?:(?:(?:a|an)\s+)?(?:(?:purely|strictly|truly|formally)\s+)?"
                             rf"(?:bilateral|multilateral)\b|{_OWN_ONE})",
                             re.IGNORECASE)


#: A count told back as the whole of a part before it: "three of their five pacts", "Of the seven pacts", "one of
#: France's two alliances".
_TOLD_BACK = re.compile(r"\bof\s+(?:the|their|these|those|(?-i:[A-Z])[\w-]*['’]s)\s+$", re.IGNORECASE)


#: The part told before a count told back: "Three of their (five pacts were broken)".
_PART_BEFORE = re.compile(rf"\b(\d+|{_NUMBER_WORDS})\s+of\s+(?:the|their|these|those|(?-i:[A-Z])[\w-]*['’]s)\s+$",
                          re.IGNORECASE)  # (also "one of Britain's two alliances")


#: A count told as of a year: "Before 1978 A and B had never signed a pact", "By 1939 they had signed three".
_COUNT_UNTIL = re.compile(r"\b(?P<word>before|until|prior to)\s+(?P<year>1[5-9]\d\d|20\d\d)\b(?![-\d])", re.IGNORECASE)


#: A count told as of a year: "By 1894 the two had been allied four times", "allied four times by then" (the year
#: the sentence or the article last told).
_COUNT_BY = re.compile(r"\bby\s+(?:(?P<year>1[5-9]\d\d|20\d\d)\b(?![-\d])|(?P<then>then|that\s+time|that\s+year)\b)",
                       re.IGNORECASE)


def _count_by(s: Sentence, count: Mention, last: int) -> int | None:
    """Return the year a count is told as of by "by" in its clause (:data:`_COUNT_BY`: a year, or "then", the year
    ``last`` told), else None."""
    lo = max(s.text.rfind(x, 0, count.start - s.start) for x in ";:")
    ends = [i for i in (s.text.find(x, count.end - s.start) for x in ";:") if i >= 0]
    by = _COUNT_BY.search(s.text[lo + 1:min(ends, default=len(s.text))])
    if by is None:
        return None
    return int(by.group("year")) if by.group("year") else last


#: A verb of breaking whose object tells that none was broken: "Russia broke none of those alliances", "broke neither".
_BROKE_NONE = re.compile(r"\s+(none|neither|not\s+(?:a\s+single\s+)?one|no)\b", re.IGNORECASE)


#: A count told within a span of years: "Between 1815 and 1866 they concluded three", "from 1950 to 1975, two".
_COUNT_BETWEEN = re.compile(r"\b(?:between|from)\s+(?P<first>1[5-9]\d\d|20\d\d)\s+(?:and|to|until)\s+"
                            r"(?P<last>1[5-9]\d\d|20\d\d)\b(?![-\d])", re.IGNORECASE)


#: The wider scopes a count of a pair's agreements may be read in where its words do not say which it counts (a
#: count of their bilateral alliances being read first): every alliance both belonged to, multilateral ones included,
#: then every agreement the pair shares (as `foedus history`'s summary counts them).
#: The scopes a count told back ("of their two treaties") is read at where every agreement the pair shares counts
#: otherwise: their own alliances, then every alliance both belonged to.
_NARROWER_SCOPES = ((False, False, "their own alliances"),
                    (False, True, "every alliance both belonged to, multilateral ones included"))
_WIDER_SCOPES = ((False, True, "every alliance both belonged to, multilateral ones included"),
                 (True, False, "every agreement the pair shares"))


#: Words after a count that bind it to the pair's own agreements: "two alliances of their own", "two pacts between
#: the two of them alone".
_OWN_SCOPE = re.compile(r"^\s+(?:of\s+(?:their|its)\s+own|between\s+(?:the\s+two(?:\s+of\s+them)?|them)\s+alone|"
                        r"(?:that\s+(?:were|are)\s+)?(?:purely\s+|strictly\s+)?bilateral)\b", re.IGNORECASE)


#: Words anywhere in a count's clause that bind it to the pair's own agreements: "the only alliance the two ever made
#: on their own account", "by themselves".
_ON_THEIR_OWN = re.compile(r"\b(?:on\s+their\s+own|by\s+themselves|with\s+each\s+other\s+alone)\b", re.IGNORECASE)


#: Words right after a count that make it one of the agreements binding the pair now: "the only pact still binding
#: both", "two treaties that remain in force", "one agreement in force today", "the last that still binds them", "one
#: agreement between them still in force", "no alliance of their own binds Belgrade and Moscow today".
_STILL_BINDING = re.compile(r"\s+(?:of\s+(?:their|its)\s+own\s+|between\s+(?:them|the\s+two)\s+)?"
                            r"(?:(?:that|which)\s+)?(?:(?:is|are|remains?)\s+)?"
                            r"(?:still\s+(?:(?:formally|legally)\s+)?(?:in\s+force|binding|binds?|bound)|in\s+force\s+(?:today|now|still)|"
                            r"(?:(?:that|which)\s+)?(?:remains?|(?:is|are)\s+still)\s+in\s+force|"
                            r"binds?\s+(?:[\w'’-]+\s+){1,4}?(?:today|now|any\s+longer))\b", re.IGNORECASE)


#: Agreements told as yet to be signed, which no record holds: "the 30 agreements the ministers will sign", "are
#: expected to sign twelve accords", "a dozen pacts due to be signed on Friday".
_TO_BE_SIGNED = (r"\b(?:will|shall|(?:is|are)\s+(?:expected|due|set|scheduled|about)\s+to|(?:is|are)\s+to|plans?\s+to|"
                 r"intends?\s+to|hopes?\s+to)\s+(?:\w+\s+)?(?:be\s+)?sign(?:ed)?\b")


def _to_be_signed(s: Sentence, count: Mention) -> bool:
    """Return True if a count is of agreements told as yet to be signed (:data:`_TO_BE_SIGNED`): right before it
    ("will sign two accords") or in a clause right after it ("the 30 agreements the leaders are expected to sign"),
    not elsewhere in the sentence ("have shared five agreements and will sign a sixth")."""
    before = re.search(_TO_BE_SIGNED + r"(?:\s+[\w-]+){0,2}\s*$", s.text[:count.start - s.start], re.IGNORECASE)
    after = re.match(r"\s+(?:(?:that|which)\s+)?(?:(?!(?:and|but|or|in|so)\b)[\w'’-]+\s+){0,4}?"
                     + _TO_BE_SIGNED.removeprefix(r"\b"),
                     s.text[count.end - s.start:], re.IGNORECASE)
    return before is not None or after is not None


def _pair_adjective(s: Sentence, count: Mention) -> bool:
    """Return True if a count's words name its agreements by the adjectives of two states joined by a hyphen, which
    tells them bilateral: "no Swedish-Finnish defence treaty", "two Franco-Spanish conventions" (two state mentions
    within the count, the second right after the first's hyphen)."""
    inside = sorted((m for m in s.of("state") if count.start <= m.start and m.end <= count.end), key=lambda m: m.start)
    return any(b.start == a.end + 1 and s.text[a.end - s.start] == "-" for a, b in itertools.pairwise(inside))


def _own_in_count(s: Sentence, count: Mention) -> bool:
    """Return True if a count's own words, or those right after it (:data:`_OWN_SCOPE`), bind it to the pair's own
    agreements: "not one with each other alone", "without ever signing one of their own", "three agreements in all,
    and not one treaty of their own" (the pair's bilateral alliances, whatever the sentence shares besides)."""
    return re.search(r"\b(?:of\s+(?:their|its)\s+own|alone)\b", count.text, re.IGNORECASE) is not None or \
        _OWN_SCOPE.match(s.text[count.end - s.start:]) is not None


def _scope_told(s: Sentence, count: Mention) -> bool:
    """Return True if a count's words say which of the pair's agreements it counts: "two bilateral alliances", "one
    multilateral pact", "two alliances of their own" (not "two agreements between them", "allied twice")."""
    _, hi = _count_scope(s, count)
    return re.search(r"\b(?:bilateral|multilateral|own|alone)\b", count.text, re.IGNORECASE) is not None or \
        _pair_adjective(s, count) or \
        _OWN_SCOPE.match(s.text[count.end - s.start:]) is not None or \
        _ON_THEIR_OWN.search(s.text[count.end - s.start:hi]) is not None


def _coding_counts(history: PairHistory, records: _Records, noun: str, n: int, told_at: int, after: int | None,
                   this: str | None, ordinal: bool, *, every: bool, shared: bool, multilateral: bool = False
                   ) -> tuple[list[CodingAnswer], dict[str, list[str]], bool]:
    """Return each coding's answer to a count of ``n`` (an ordinal's with ``ordinal``) of the pair's agreements of
    the noun's sort (:func:`_count_values` with ``every``, ``shared`` and ``multilateral``) read at ``told_at``, from
    the year ``after`` on if told so, ``this`` being the agreement an ordinal refers to; the slugs each coding
    counts; and whether a coding agrees only by counting those that had ended."""
    answers: list[CodingAnswer] = []
    counted_by: dict[str, list[str]] = {}
    by_ended = False
    for coding in _pair_codings(history, records):
        chosen, ended = _count_values(history, coding, records, noun, told_at, every=every, shared=shared,
                                      multilateral=multilateral)
        since_then = 0  # told from a year on: "since 1992" from its start, "none since 1958" after that year's
        if after is not None:
            later = {a.slug for a in history.agreements if int(a.signed[:4]) >= after}
            chosen, ended = [x for x in chosen if x in later], [x for x in ended if x in later]
            since_then = sum(1 for a in history.agreements if a.slug in chosen and int(a.signed[:4]) > after)
        counted_by[coding] = chosen
        total = len(chosen)
        agrees = (n in {total, len(ended) + 1}) if ordinal else (n in {total, len(ended)} if n else n == total)
        # (a count of none is of every agreement: none having ended is no agreement at all)
        agrees = agrees or (after is not None and not ordinal and n == since_then)
        if this is not None and this in chosen:  # "It was the second alliance": the one it refers to
            agrees = agrees or chosen.index(this) + 1 == n
        by_ended = by_ended or (agrees and n != total)
        answers.append(CodingAnswer(coding=coding, answer=_count_answer(history, chosen, ended, noun, records.as_of)
                                    + (f" signed from {after} on" if after is not None else ""), agrees=agrees))
    return answers, counted_by, by_ended


def _count_claims(s: Sentence, records: _Records, pair: tuple[int, ...], named: set[str],
                  year: int | None = None) -> list[Claim]:
    """Counts of the pair's agreements or breaches against each coding's. An ordinal ("the second alliance") of an
    agreement the sentence names or refers to agrees where that agreement is the coding's n-th; otherwise, told in
    the past tense ("It was the second alliance they had signed"), it is read at the year the article last wrote
    (``year``, if before the year claims are read at): the n-th then is either the latest then or the one after those
    that had ended."""
    out: list[Claim] = []
    states = s.states()
    who = tuple(states[:2]) if len(states) >= 2 else pair
    told_of = who  # the sentence's pair; a count's own clause may name another (:func:`_count_pair`)
    seen: set[tuple[str, str]] = set()
    for m in s.of("count"):
        noun = m.how.removeprefix("ordinal ")
        ordinal = m.how.startswith("ordinal")
        if noun == "times" and not re.search(r"\b(allied|alliances?|allies)\b", s.text, re.IGNORECASE):
            continue
        if noun in {"times"}:
            noun = "alliances"
        if not re.match(r"(alliance|treat|agreement|pact|betray|breach|violation|accord)", noun):
            continue
        if re.match(r"\S+\s+of\s", m.text):
            continue  # "five of those pacts": a part of a count (:func:`_part_claims`, the count's breaches)
        if not ordinal and _to_be_signed(s, m):
            continue  # "the 30 agreements the two leaders are expected to sign": none yet in any record
        if len(who) < 2:
            out.append(Claim(kind="count", text=s.text.strip(), start=s.start, end=s.end, claimed=m.text,
                             verdict="not_in_record", record_value="", reason="the article does not say between whom"))
            continue
        n = int(m.value or 0)
        negated = n == 1 and not ordinal and _NOT_ONE.search(s.text[:m.start - s.start]) is not None
        n = 0 if negated else n  # "not one alliance of their own": none
        who = _count_pair(s, m, told_of)
        key = ("breach" if noun.startswith(("betray", "breach", "violation")) else "alliance", f"{ordinal}{n}{who}")
        breach = _BREACH.search(s.text, m.end - s.start)
        if breach is not None and any(m.end <= c.start < s.start + breach.start() for c in _whole_counts(s)):
            breach = None  # "seven agreements, ..., and two of their seven pacts ended in a breach": the later one's
        repeated = key in seen  # (told again, "seven agreements ... two of their seven pacts": the breaches its own)
        if repeated and breach is None:
            continue
        seen.add(key)
        past = re.search(r"\b(?:was|were|had)\b", s.text[:m.start - s.start]) is not None and not re.search(
            r"\b(?:is|are|has|have)\b", s.text[:m.end - s.start])  # "It was the second", not "It is the third"
        written = [int(d.value[:4]) for d in s.of("date") if d.value and d.start < m.start] or [year or records.as_of]
        told_at = written[-1] if ordinal and past and written[-1] < records.as_of else records.as_of
        until = _COUNT_UNTIL.search(s.text[:m.start - s.start])
        if until is not None and int(until.group("year")) <= records.as_of:  # "Before 1978 A and B had never signed"
            told_at = int(until.group("year")) - 1
        by = None if until is not None else _count_by(s, m, written[-1])
        if by is not None and by <= records.as_of:  # "By 1894 they had been allied four times", "... by then"
            told_at = by
        history = records.history(who[0], who[1], told_at)
        this = next((x for x in s.agreements() if ordinal and set(who) <= records.gaz.treaties[x].members), None)
        lo, hi = _count_scope(s, m)  # "shared seven agreements but only one bilateral pact": each count its words
        own = s.text[lo:hi]
        # "five security agreements, one of them bilateral": a part told bilateral, so the whole is every agreement
        part = _BILATERAL_PART.search(own)
        own = _BILATERAL_PART.sub("", own)  # (every part: "every one of them multilateral and none of them bilateral")
        # "three of their five pacts", "of the seven pacts": a whole told back, every agreement of the pair
        told_back = _TOLD_BACK.search(s.text[:m.start - s.start]) is not None
        every = ((_EVERY_SHARED.search(own) is not None or part is not None or told_back) and not ordinal
                 and not noun.startswith("alliance") and not re.search(r"\bbilateral\b", own, re.IGNORECASE)
                 and not _pair_adjective(s, m) and not _own_in_count(s, m))
        # "the only alliance A and B ever shared": every alliance both belonged to, not only their bilateral ones
        shared = not every and not ordinal and re.search(r"\bbilateral\b", own, re.IGNORECASE) is None and \
            not _pair_adjective(s, m) and not _own_in_count(s, m) and \
            re.search(r"\b(?:shared?|belonged\s+to|were\s+(?:both\s+)?(?:members|parties))\b",
                      s.text[m.end - s.start:hi], re.IGNORECASE) is not None
        # "three multilateral agreements", "two multilateral alliances": those the pair shares with other parties
        multilateral = not ordinal and not noun.startswith(("betray", "breach", "violation")) and \
            re.search(r"\bmultilateral\b", m.text, re.IGNORECASE) is not None
        if multilateral:
            every, shared = not noun.startswith("alliance"), noun.startswith("alliance")
        after = _count_since(s, m, hi, written[-1])
        span = _COUNT_BETWEEN.search(s.text[:m.start - s.start])
        if span is not None and after is None and until is None and \
                int(span.group("first")) <= int(span.group("last")) <= records.as_of:
            # "Between 1815 and 1866 the two concluded three alliances": those signed in those years only
            after, told_at = int(span.group("first")), int(span.group("last"))
            history = records.history(who[0], who[1], told_at)
        answers, counted_by, by_ended = _coding_counts(history, records, noun, n, told_at, after, this, ordinal,
                                                       every=every, shared=shared, multilateral=multilateral)
        if not ordinal and not noun.startswith(("betray", "breach", "violation")) and \
                _STILL_BINDING.match(s.text[m.end - s.start:hi]):
            # "the only pact still binding both", "two treaties that remain in force": those that bind them now
            answers = []
            # ("two bilateral pacts are in force today", "one treaty of their own still binds them": those only)
            bilateral = re.search(r"\bbilateral\b", m.text, re.IGNORECASE) is not None or _own_in_count(s, m) or \
                re.match(r"\s+of\s+(?:their|our|its)\s+own\b", s.text[m.end - s.start:], re.IGNORECASE) is not None
            for coding in _pair_codings(history, records):
                slugs, answer = _in_force_count(records.history(who[0], who[1]), coding, records, bilateral=bilateral)
                answers.append(CodingAnswer(coding=coding, answer=answer, agrees=len(slugs) == n))
                counted_by[coding] = slugs
            by_ended = False
        scope = ""
        if answers and not any(a.agrees for a in answers) and not ordinal and not every and not shared and \
                not noun.startswith(("betray", "breach", "violation")) and not _scope_told(s, m):
            # "that makes two agreements between them": the words do not say which agreements; a scope that
            # counts so (every alliance both belonged to, every agreement they share) is no contradiction
            for alt_every, alt_shared, words in _WIDER_SCOPES:
                alt = _coding_counts(history, records, noun, n, told_at, after, this, ordinal,
                                     every=alt_every, shared=alt_shared)
                if any(a.agrees for a in alt[0]) and not alt[2]:  # (its whole count, not those that had ended)
                    (answers, counted_by, by_ended), every, shared, scope = alt, alt_every, alt_shared, words
                    break
        if answers and not any(a.agrees for a in answers) and every and told_back and not ordinal and \
                _EVERY_SHARED.search(own) is None and part is None and not _scope_told(s, m):
            # "neither of their two treaties was broken": a whole told back by "their" alone may be of their own
            # alliances; where those count so, no contradiction
            for alt_every, alt_shared, words in _NARROWER_SCOPES:
                alt = _coding_counts(history, records, noun, n, told_at, after, this, ordinal,
                                     every=alt_every, shared=alt_shared)
                if any(a.agrees for a in alt[0]) and not alt[2]:
                    (answers, counted_by, by_ended), every, shared, scope = alt, alt_every, alt_shared, words
                    break
        counted = sorted({slug for coding in history.coding_names()
                          for slug in _count_values(history, coding, records, noun, records.as_of, every=every,
                                                    shared=shared, multilateral=multilateral)[0]})
        refs = [records.treaty_ref(slug) if slug in records.gaz.treaties else
                RecordRef(kind="treaty", id=slug, ledger="atop", label=slug, sources=["atop:atop"]) for slug in counted]
        how = (f"the {n - 1} that had ended by {records.as_of} and this one" if ordinal else
               f"counting the alliances that had ended by {records.as_of}") if by_ended else ""
        how = "; ".join(x for x in (f"counting {scope}, as the article does not say bilateral" if scope else "",
                                    how) if x)
        counted_claim = _count_verdict(s, f"{'not ' if negated else _qualifier(s, m.start - s.start)}{m.text} "
                                          f"({_pair_names(who)})",
                                       answers, refs, how)
        whole_at = len(out)  # (where the whole's claim stands: a part broken of a whole told back goes before it)
        if not repeated and not (negated and breach is not None and _ONE_BROKEN.match(s.text[m.end - s.start:])):
            out.append(counted_claim)  # (not "not one pact has been broken": none broken, not none signed)
        record_value = counted_claim.record_value
        not_one = negated  # ("not one pact was broken": the count told none)
        if not ordinal and not noun.startswith(("betray", "breach", "violation")) and breach is not None:
            # "Of the five agreements ..., three ended in a breach", "two agreements, one of them broken": the number
            # told of the breaches; else the count's own ("five alliances, all betrayed")
            part = _PART_COUNT.search(s.text, m.end - s.start, breach.end())
            word = None if part is None else part.group(1)
            before = _PART_BEFORE.search(s.text[:m.start - s.start]) if part is None else None
            if before is not None and number_value(before.group(1)) is not None:
                word = before.group(1)  # "Three of their five pacts were broken": three
            broken = n if word is None else n // 2 if word.casefold() == "half" else number_value(word)
            every_one = part is not None and re.search(r"\bevery\s+$", s.text[:part.start()], re.IGNORECASE)
            broken = n if every_one else broken  # "three agreements, and every one of them was broken": all three
            nothing = None if part is not None else re.search(
                r"\b(?P<none>neither|none|not one|no one)\b(?:\s+\w+){0,8}\s*$|\bnever\s+(?:been\s+)?$|"
                # ("two pacts in all, no breaches", "one agreement, zero breaches", "and not a single breach")
                r"\b(?P<no>no|zero|nil|not\s+a\s+single|without\s+(?:a\s+single|any))\s+$",
                s.text[m.end - s.start:breach.start()], re.IGNORECASE)
            if nothing is not None:
                broken = 0  # "two bilateral pacts in all, and neither was ever broken"
            broke_none = None if part is not None or nothing is not None else _BROKE_NONE.match(s.text, breach.end())
            if broke_none is not None:
                broken = 0  # "allied four times; Russia broke none of those alliances"
            negation = None if part is None else re.search(
                r"\bnot\s+(?:a\s+single\s+)?$|\b(?:none|neither|not\s+one|no\s+one)\s+of\s+(?:the|those|these|their)\s+$",
                s.text[:part.start()], re.IGNORECASE)  # ("not one of them", "none of the seven ended in a breach")
            negated = negation is not None
            broken = 0 if negated else broken  # "..., and not one of them was ever broken"
            none_of = _NONE_OF_BEFORE.search(s.text[:m.start - s.start]) if part is None and nothing is None else None
            broken = 0 if none_of is not None else broken  # "neither of their two treaties was ever broken"
            told = f"{'not ' if not_one else ''}{m.text}" if part is None else \
                f"{m.text}, {negation.group(0).casefold() if negation else 'every ' if every_one else ''}" \
                f"{_qualified(s, part)}"
            told = f"{m.text}, {nothing.group('none')}" if nothing is not None and nothing.group("none") else told
            told = f"{m.text}, {broke_none.group(1).casefold()}" if broke_none is not None else told
            told = f"{m.text}, {nothing.group('no')} {breach.group(0)}" if nothing is not None and nothing.group(
                "no") else told
            told = f"{before.group(1)} of {m.text}" if before is not None and word is not None else told
            told = f"{none_of.group(0).strip()} {m.text}" if none_of is not None else told
            breach_answers, breached = [], set()
            for coding in _pair_codings(history, records):
                slugs, _ = _count_values(history, coding, records, "breaches", records.as_of)
                if re.search(r"\bbilateral\b", s.text[:breach.start()], re.IGNORECASE) or broke_none is not None:
                    # "two bilateral pacts, and neither was ever broken", "four alliances; Russia broke none of
                    # those": the breaches of those counted only
                    slugs = [x for x in slugs if x in counted_by[coding]]
                breached |= set(slugs)
                breach_answers.append(CodingAnswer(coding=coding, agrees=len(slugs) == broken,
                                                   answer=_count_answer(history, slugs, slugs, "breaches",
                                                                        records.as_of)))
            broken_claim = _count_verdict(
                s, f"{told} ended in betrayal{_breaches_told(broken)} ({_pair_names(who)})", breach_answers,
                [records.treaty_ref(x) for x in sorted(breached) if x in records.gaz.treaties])
            # "two of their seven pacts ended in a breach": the part is told first, of a whole told back as what the
            # breaches are of, and its claim comes first (the whole's is still checked after it; not "Of the seven
            # pacts they shared, two were broken", which tells the whole first)
            out.insert(whole_at if told_back and before is not None else len(out), broken_claim)
        listed = sum(1 for t in named if t.startswith("treaty:") and who and
                     set(who) <= records.gaz.treaties[t.split(":", 1)[1]].members)
        if not ordinal and n > 1 and listed < n and _LIST_REFERENCE.search(s.text):
            out.append(Claim(kind="list", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"a list of {n} referred to", verdict="referenced_not_stated",
                             record_value=record_value,
                             reason=f"the article refers to {n} items but names {listed} of them; which {n} it means "
                                    "cannot be checked", records=refs, codings=answers))
    return out


#: A verb of breaking told right after "not one <agreement>": "not one pact has ever been broken", "not one treaty
#: between them was violated" (a count of breaches, not of agreements).
_ONE_BROKEN = re.compile(r"(?:\s+(?!(?:and|but|or|while|though|although)\b)[\w'’-]+){0,6}?\s+"
                         r"(?:breached|broken|violated|betrayed|torn\s+up)\b", re.IGNORECASE)


#: None told just before a count, of the whole it counts: "neither of their two treaties", "none of the five pacts",
#: "not one of those three alliances" (the breaches told after it are none).
_NONE_OF_BEFORE = re.compile(r"\b(?:neither|none|not\s+(?:a\s+single\s+)?one)\s+of\s+(?:the|their|these|those)\s+$",
                             re.IGNORECASE)


def _whole_counts(s: Sentence) -> list[Mention]:
    """Return the sentence's counts of a pair's agreements as wholes ("seven agreements", "their five pacts"): not
    ordinals, parts ("two of those pacts") nor counts of breaches."""
    return [c for c in s.of("count") if not c.how.startswith("ordinal")
            and re.match(r"(?:alliance|treat|agreement|pact|accord)", c.how) and not re.match(r"\S+\s+of\s", c.text)]


#: How many of a pair's agreements a part of a count tells: a number, or none, or all ("none of them", "not one of
#: the seven", "all of them").
_PART_QUANTITY = (rf"(?P<q>(?:not|never)\s+(?:a\s+)?single\s+one|(?:not|never)\s+one|none|neither|no\s+one|all|it|"
                  rf"every\s+one|each|half|both|\d+|{_NUMBER_WORDS})")


#: Agreements in the plural, as a whole a part is told of.
_PACTS = r"(?:alliances|pacts|treaties|agreements|accords)\b"


#: The whole a part is told of: "of them", "of the seven", "of their five pacts", "of those pacts", "of Britain's two
#: alliances" (not "of the three states").
_PART_OF = (rf"\s+of\s+(?:them|these|those|it|which|(?:the|their|these|those|(?-i:[A-Z])[\w-]*['’]s)\s+"
            rf"(?:(?:\d+|{_NUMBER_WORDS})(?:\s+(?:[\w-]+\s+)?{_PACTS})?|(?:[\w-]+\s+)?{_PACTS}))")


#: What a part of a count is told to be: bilateral (or multilateral), or told not to be ("and it is not a bilateral
#: one", after a count of one), broken, or still in force ("one in force" in a list after the count).
_PART_IS = (r"\s+(?:(?P<bi>(?:(?:was|were|is|are)\s+)?" + _COUNTED_AS +
            r"(?P<neg>(?:not|neither|never)\s+(?:even\s+)?)?"
            r"(?:(?:(?:a|an)\s+)?(?:(?:purely|strictly|truly|formally)\s+)?"
            rf"(?P<side>bilateral|multilateral)\b|{_OWN_ONE}))|"
            # (with words of manner between: "are still formally in force", "remain legally in force", "is
            # formally alive")
            r"(?P<force>(?:(?:is|are|was|were)\s+|remains?\s+|still\s+remains?\s+)?"
            r"(?:(?:still|currently|formally|legally|technically|nominally)\s+){0,2}(?:in\s+force|"
            r"(?<=formally\s)alive|(?<=legally\s)alive)|(?:still\s+|now\s+)(?:binds?|links?|ties?)\s+"
            r"(?:both|them|the\s+two)\b)|"
            r"(?P<broken>(?:(?:has|have|had)\s+)?(?:(?:was|were)\s+)?(?:(?:ever|since|later|then)\s+)?(?:been\s+)?"
            r"(?:(?:ever|since|later)\s+)?(?:ended\s+in\s+(?:what\s+(?:[\w'’-]+\s+){1,4}?(?:calls?|called|codes?|coded|terms?|"
            r"termed)\s+)?(?:a\s+)?(?:breach|betrayal)|broken|breached|betrayed|"
            r"violated)\b))")


#: A part of a count told of the whole ("two of them bilateral", "Not one of the seven has ever been breached",
#: "three of their five pacts were broken"), or at the head of its clause ("None was a bilateral alliance",
#: "Three remain in force", "Of the nine, one was broken", "Of those five, two were broken"); the agreements it
#: counts may be named between commas ("one of them, the 1962 declaration, was broken", "Just one, the Rio treaty, is
#: in force today").
_PART = re.compile(rf"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bonly\s)|(?<=\bjust\s)|(?<=\bonly\sthat\s)|"
                   rf"(?P<of>\b(?-i:[Oo])f\s+(?:the|those|these)\s+\w+,\s+))?{_PART_QUANTITY}(?P<whole>{_PART_OF})?"
                   rf"(?=(?P<named>,\s+(?:the\s+|(?-i:[A-Z])|(?:by|on|in|under|according\s+to)\s+)[^,;.()]{{1,60}}?,)?"
                   rf"(?P<is>{_PART_IS}))",
                   re.IGNORECASE)


def _part_value(word: str, side: str | None, whole: int | None = None) -> int | None:
    """Return how many a part's quantity says are bilateral, broken or in force: "none" 0, a number its value, "both"
    two; "all of them multilateral", "both multilateral" none bilateral; "all", "each" and "every one" the count of
    the ``whole`` they are told of ("three agreements, every one of them in force"), if given; "half" nothing
    checkable here."""
    word = re.sub(r"\s+", " ", word.casefold())
    if word in {"none", "neither", "not one", "no one", "not a single one", "not single one", "never one",
                "never a single one", "never single one"}:
        return 0 if side != "multilateral" else None
    if word == "both":
        return 0 if side == "multilateral" else 2
    if word in {"all", "every one", "each"}:
        return 0 if side == "multilateral" else whole
    return None if side == "multilateral" else number_value(word)


def _parties_told(s: Sentence) -> list[int]:
    """Return the states the sentence names, but for those named only as the first word of an agreement's name ("the
    Laos declaration", "the Warsaw Pact", "the Rio treaty"): no party of the count told."""
    named = [m for m in s.of("state") if m.target and not re.match(
        r"\s+(?:declaration|pact|treaty|accords?|agreement|charter|protocol|convention|conference)\b",
        s.text[m.end - s.start:], re.IGNORECASE)]
    return _codes(named)


def _bare_part(s: Sentence, part: re.Match[str]) -> bool:
    """Return True if a part of a count told bilateral or multilateral without "of them" closes its clause, with no
    noun after it ("three agreements, both multilateral, and ...", "two pacts, neither bilateral", "two agreements,
    one bilateral and one multilateral"), not a count of its own ("just one bilateral pact", "all bilateral
    treaties")."""
    return re.match(r"\s*(?:[,;:.]|and\b|but\b|$)", s.text[part.end("is"):]) is not None


def _part_claims(s: Sentence, records: _Records, pair: tuple[int, ...]) -> list[tuple[int, Claim]]:
    """Parts of a pair's agreements the sentence counts, each with its position in the sentence: how many were
    bilateral alliances ("five agreements, two of them bilateral", "none of them bilateral", "all of them
    multilateral"), are in force ("Three remain in force", "none is in force today"), or were broken where no count
    of the whole before it in the sentence tells them ("Not one of the seven has ever been breached", "Of the nine,
    one was broken"). Each is compared with each coding's count: bilateral alliances as a count of "bilateral
    alliances" reads them, those in force among every agreement the pair shares, breaches among the pair's."""
    states = _parties_told(s)  # (not Laos in "the Laos declaration")
    who = tuple(states[:2]) if len(states) >= 2 else pair
    if len(who) < 2:
        return []
    out: list[tuple[int, Claim]] = []
    wholes = [m for m in s.of("count") if not re.match(r"\S+\s+of\s", m.text)
              and not m.how.startswith(("ordinal", "betray", "breach", "violation"))]
    for part in _PART.finditer(s.text):
        kind = "bilateral" if part.group("bi") else "in force" if part.group("force") else "broken"
        unanchored = part.group("whole") is None and part.group("of") is None and \
            not re.search(r"\bof\s+which\s+$", s.text[:part.start()], re.IGNORECASE) and \
            not re.fullmatch(r"\W*(?:(?:only|just)\s+)?", s.text[:part.start()], re.IGNORECASE) and \
            not any(m.end - s.start <= part.start() for m in wholes) and \
            not any(at < part.start() for at, _ in out)
        if unanchored and kind != "in force":
            continue  # "and one was broken" told of nothing counted before it (nor of a part before it: "Three
            # are still in force, and none was ever broken")
        # (those in force told after a word that leads the clause, of nothing counted in the sentence: "Second,
        # three are still in force today", "All four are multilateral, and three are still in force": of the pair's
        # agreements, maybe, or of some told before; read as the pair's only where a coding counts so, below)
        if kind == "bilateral" and part.group("whole") is None and not re.match(r"\s+(?:was|were|is|are)\b",
                                                                             part.group("is")) and \
                not _bare_part(s, part):
            continue  # "just one bilateral pact": a count of its own, no part
        if kind == "bilateral" and any(m.start - s.start == part.start() and not re.match(r"\S+\s+of\s", m.text)
                                       for m in s.of("count")):
            continue  # "two were pacts of their own": the count's own claim (:func:`_count_claims`)
        before = [m for m in wholes if m.end - s.start <= part.start()]
        if part.group("q").casefold() == "both" and ((part.group("whole") is None and not before) or
                                                      part.group("is").rstrip().casefold().endswith("betrayed")):
            continue  # "Both were broken": the two agreements last named, maybe, not all the pair's; "Both of
            # them were betrayed": the two states, maybe
        value = _part_value(part.group("q"), part.group("side"),
                            int(before[-1].value) if before and before[-1].value else None)
        if part.group("q").casefold() == "it" or part.group("neg"):
            # "one agreement, and it is not a bilateral one": the one counted, told not bilateral (only that)
            value = 0 if part.group("neg") and part.group("side") == "bilateral" and before and \
                before[-1].value == "1" and part.group("q").casefold() in {"it", "one"} else None
        if value is None:
            continue
        if kind == "broken" and any(m.start - s.start < part.end() for m in wholes):
            continue  # "five agreements, and only one ended in a breach", "three of their five pacts were broken":
            # the count's own (:func:`_count_claims`)
        history = records.history(who[0], who[1])
        answers: list[CodingAnswer] = []
        counted: set[str] = set()
        for coding in _pair_codings(history, records):
            if kind == "bilateral":
                chosen, ended = _count_values(history, coding, records, "alliances", records.as_of)
                slugs, answer = chosen, _count_answer(history, chosen, ended, "alliances", records.as_of)
                answer = f"bilateral: {answer}"
            elif kind == "in force":
                slugs, answer = _in_force_count(history, coding, records)
            else:
                slugs, _ = _count_values(history, coding, records, "breaches", records.as_of)
                if re.search(r"\bbilateral\b", part.group("whole") or "", re.IGNORECASE):
                    slugs = [x for x in slugs if x in _count_values(history, coding, records, "alliances",
                                                                    records.as_of)[0]]
                answer = _count_answer(history, slugs, slugs, "breaches", records.as_of)
            counted |= set(slugs)
            answers.append(CodingAnswer(coding=coding, answer=answer, agrees=len(slugs) == value))
        if not answers:
            continue
        noun = re.match(r"(?:(?:\s+[\w-]+){0,2}?\s+(?:alliance|pact|treaty|agreement)s?|\s+one)\b",
                        s.text[part.end("is"):]) \
            if part.group("side") else None  # ("None was a bilateral alliance")
        told = re.sub(r"\s+", " ", s.text[part.start():part.end("is") + (noun.end() if noun else 0)].strip())
        told = _qualifier(s, part.start()) + told
        refs = [records.treaty_ref(x) for x in sorted(counted) if x in records.gaz.treaties]
        told += _breaches_told(value) if kind == "broken" else ""
        claim = _count_verdict(s, f"{told} ({_pair_names(who)})", answers, refs)
        if unanchored and claim.verdict != "consistent":
            continue  # (the pair's agreements are a guess at what the writer counted: they bear it out, never
            # refute it)
        out.append((part.start(), claim))
    return out


#: A pair told bound by nothing now: "Nothing binds the two today", "No treaty is in force between them", "no
#: bilateral pact still binds Lisbon and Madrid", "none of the five binds both any longer" (a part told "in force" is
#: :func:`_part_claims`'s: "none of them remains in force").
_NONE_BINDING = re.compile(
    r"\b(?P<q>nothing|(?P<any>anything)|no\s+(?P<bi>bilateral\s+)?(?:agreements?|treat(?:y|ies)|pacts?|alliances?|accords?)|"
    r"(?P<of>none|neither)\s+of\s+(?:them|these|those|(?:the|their|these|those)\s+(?:[\w-]+\s+)?[\w-]+))"
    r"\s+(?:(?:now|still|today|formally|legally)\s+)?"
    r"(?P<verb>(?:binds?|links?|ties?|unites?)\s+(?:both|them|the\s+two|either|"
    r"(?-i:[A-Z])[\w-]+\s+and\s+(?-i:[A-Z])[\w-]+)|"
    r"(?:remains?|is|are)\s+(?:still\s+)?in\s+force\s+between)\b(?![^.;]{0,20}\b(?:until|till)\b)", re.IGNORECASE)
# (also "No alliance links Lima and Quito today", and "anything" told under a negation: "I doubt that anything still
# binds them", "I cannot see that anything ties the two")


#: A negation before "anything binds" within its clause: "I cannot see that", "it is not clear that", "I doubt".
_NEGATED_BEFORE = re.compile(r"\b(?:not|cannot|can't|never|hardly|scarcely|doubt|\w+n't)\b[^.;:,]{0,40}$",
                             re.IGNORECASE)


#: A pair told to have no agreement between them now, in the present tense: "There is no bilateral pact between
#: us", "there are no treaties between Oslo and Helsinki today" (not "there was no pact left": the past is a
#: time the checker does not read here).
_NONE_THERE = re.compile(
    r"\bthere\s+(?:is|are)\s+(?:still\s+|now\s+|today\s+)?no\s+(?P<bi>bilateral\s+)?(?:[\w-]+\s+)?"
    r"(?:agreements?|treat(?:y|ies)|pacts?|alliances?|accords?)\s+(?:now\s+|today\s+|still\s+)?between\s+"
    r"(?:us|them|the\s+two|(?-i:[A-Z])[\w-]+\s+and\s+(?-i:[A-Z])[\w-]+)\b(?!\s+and\b)", re.IGNORECASE)


#: A pair told to hold no agreement now, by a verb of having in the present tense: "Oslo and Helsinki have no defence
#: alliance", "the two share no treaty of alliance today", "they hold no bilateral pact of their own" (not "had no
#: pact", a past the checker does not read here, nor "have no interest in an alliance").
_NONE_HELD = re.compile(
    r"\b(?:have|has|share|shares|hold|holds)\s+(?:still\s+|now\s+|yet\s+|today\s+)?no\s+(?P<bi>bilateral\s+)?"
    r"(?P<kind>(?:(?!(?:in|for|of|to|with|an?|the|any|need|reason|interest|desire|wish|plans?)\b)[\w-]+\s+){0,2}?)"
    r"(?:agreements?|treat(?:y|ies)|pacts?|alliances?|accords?)(?P<of>\s+of\s+(?:alliance|defen[cs]e|mutual\s+[\w-]+))?"
    r"(?P<own>\s+(?:of\s+(?:their|its)\s+own|between\s+(?:them|the\s+two)\s+alone))?\b(?!\s+(?:until|till|before)\b)",
    re.IGNORECASE)


#: A pair told to have none of its agreements in force now, by "in force" itself: "no alliance in force between them",
#: "No treaty between the two is in force today", "none is in force today", "neither of them remains in force",
#: "Neither survives" (a bare "none" or "neither" is read only where every coding has none in force: it may be of
#: some agreements only); not told of a past time ("no pact was in force in 1939", "none in force until 1950").
_NONE_IN_FORCE = re.compile(
    r"\b(?:no\s+(?P<bi>bilateral\s+)?(?:agreements?|treat(?:y|ies)|pacts?|alliances?|accords?)"
    r"(?:\s+between\s+(?:them|us|the\s+two|(?-i:[A-Z])[\w-]+\s+and\s+(?-i:[A-Z])[\w-]+))?|"
    r"(?P<bare>none|neither)(?:\s+of\s+(?:them|these|those|the\s+(?:two|three|four|five)))?)"
    r"(?:\s+(?:is|are|remains?))?(?:\s+(?:still|now|today|formally|legally))?"
    r"(?:\s+in\s+force|(?<=neither)\s+survives|(?<=none)\s+survives)\b"
    r"(?!\s+(?:until|till|before|then|at\s+the\s+time)\b)(?![^.;]{0,30}\b(?:in|by)\s+1[5-9]\d\d\b)",
    re.IGNORECASE)


def _none_binding_claims(s: Sentence, records: _Records, pair: tuple[int, ...], context: Sequence[int]) -> list[Claim]:
    """A pair told bound by no agreement now (:data:`_NONE_BINDING`), against each coding's count of the agreements
    that still bind the two (:func:`_in_force_count`; of their bilateral alliances where told "no bilateral pact"):
    the sentence's two states, else the last sentence's ("the two"), else the article's pair."""
    found = next((m for m in _NONE_BINDING.finditer(s.text)
                  if not (m.group("of") and m.group("verb").casefold().endswith("between"))
                  and not (m.group("any") and not _NEGATED_BEFORE.search(s.text[:m.start()]))),
                 None) or _NONE_THERE.search(s.text) or _NONE_HELD.search(s.text) or _NONE_IN_FORCE.search(s.text)
    who = _told_pair(s, pair, context)
    if found is None or len(who) < 2 or (found.re is _NONE_IN_FORCE and _NEGATED_BEFORE.search(
            s.text[:found.start()])):
        return []
    history = records.history(who[0], who[1])
    told = re.sub(r"\s+between$", "", re.sub(r"\s+", " ", found.group(0)))
    bilateral = bool(found.group("bi") or (found.re is _NONE_HELD and found.group("own")))
    claims = _none_told(s, records, history, f"{told}: none in force ({_pair_names(who)})",
                        lambda coding: _in_force_count(history, coding, records, bilateral=bilateral))
    obligation = _obligation_told(found)
    if obligation is not None and any(c.verdict != "consistent" for c in claims):
        # "have no defence alliance": of the agreements binding them now, none that carries that obligation
        claims = _none_told(s, records, history, f"{told}: none in force ({_pair_names(who)})",
                            lambda coding: _in_force_count(history, coding, records, bilateral=bilateral,
                                                           obligation=obligation))
    if found.re is _NONE_IN_FORCE and any(c.verdict != "consistent" for c in claims) and (
            found.group("bare") or (not bilateral and re.search(r"\balliances?\b", found.group(0), re.IGNORECASE))):
        return []  # ("none is in force today": maybe of some agreements told before, not of all the pair's; "no
        # alliance in force": a writer's sense of "alliance" may be narrower than every agreement the pair shares)
    if found.re is _NONE_HELD and any(c.verdict != "consistent" for c in claims) and (
            found.group("kind") or found.group("of") or not bilateral):
        return []  # ("have no defence alliance", "no formal pact", "France and Germany have no alliance today": of a
        # kind the codings may not tell apart, or a writer's sense of "alliance" narrower than the codings')
    return claims


#: The words after an agreement told the only one binding a pair now: "(Only the OAS charter) still binds them both",
#: "(only the 1995 treaty) remains in force between them".
_ONLY_BINDS = re.compile(r"\s+(?:(?:still|now|today|formally|legally)\s+)?(?:(?:binds?|links?|ties?|unites?)\s+"
                         r"(?:them|both|the\s+two|us)\b|(?:(?:remains?|is|are)\s+)?(?:still\s+)?in\s+force"
                         r"(?:\s+(?:between|for\s+(?:both|them|the\s+two))\b|\s+(?:today|now)\b|(?=\s*(?:[,;.]|$))))",
                         re.IGNORECASE)
# (also "(Only the Bali treaty) is still in force for both today", "(only the Rio treaty) still in force.")


#: The words joining agreements told together after "only": "(Only the 1960 treaty) and (the Bali treaty)".
_AND_NEXT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


#: An agreement told by a description after "only", where no mention names it: "the Bali treaty", "the 1951 pact".
_ONLY_ITEM = re.compile(r"(?:the\s+|their\s+)(?:[\w'’-]+\s+){0,4}?(?:treaty|pact|accord|charter|agreement|declaration|"
                        r"convention|protocol|alliance)\b", re.IGNORECASE)


def _only_binding_claims(s: Sentence, records: _Records, pair: tuple[int, ...], context: Sequence[int]) -> list[Claim]:
    """An agreement told the only one binding a pair now ("Only the OAS charter still binds them both"), a count of
    one agreement in force between them, against each coding's (:func:`_in_force_count`): it agrees where the coding
    counts just that one (or, for an agreement the sentence does not link, just one)."""
    who = _told_pair(s, pair, context)
    if len(who) < 2:
        return []
    for only in re.finditer(r"\bonly\s+", s.text, re.IGNORECASE):
        told = _only_told(s, only.end())  # ("Only the 1960 treaty and the Bali treaty remain in force": those two)
        if not told or not _ONLY_BINDS.match(s.text[told[-1][1]:]):
            continue
        history = records.history(who[0], who[1])
        targets = {x for _, _, x in told}
        answers: list[CodingAnswer] = []
        counted: set[str] = set()
        for coding in _pair_codings(history, records):
            slugs, answer = _in_force_count(history, coding, records)
            counted |= set(slugs)
            answers.append(CodingAnswer(coding=coding, answer=answer, agrees=len(slugs) == len(told) and (
                None in targets or set(slugs) == targets)))
        if not answers:
            return []
        refs = [records.treaty_ref(x) for x in sorted(counted) if x in records.gaz.treaties]
        names = " and ".join(s.text[lo:hi] for lo, hi, _ in told)
        many = "one" if len(told) == 1 else str(len(told))
        return [_count_verdict(s, f"only {names}: {many} in force ({_pair_names(who)})", answers, refs)]
    return []


def _only_told(s: Sentence, at: int) -> list[tuple[int, int, str | None]]:
    """Return the agreements told one after another from position ``at`` of the sentence's text (after "only"), each
    with its bounds and the slug it links to (None where no mention links it: "the Bali treaty"), joined by "and" or
    commas."""
    told: list[tuple[int, int, str | None]] = []
    while True:
        m = next((x for x in s.of("agreement") if x.start - s.start in {at, at + 4} and
                  s.text[at:x.start - s.start].casefold() in {"", "the "}), None)
        if m is not None:
            told.append((m.start - s.start, m.end - s.start, m.target.split(":", 1)[1] if m.target and
                         m.target.startswith("treaty:") else None))
        elif (item := _ONLY_ITEM.match(s.text, at)) is not None:
            told.append((at, item.end(), None))
        else:
            return told
        joined = _AND_NEXT.match(s.text, told[-1][1])
        if joined is None or not (_ONLY_ITEM.match(s.text, joined.end()) or any(
                x.start - s.start in {joined.end(), joined.end() + 4} for x in s.of("agreement"))):
            return told
        at = joined.end()


#: A kind of agreement told by the obligation it carries: "no defence alliance", "no pact of mutual defence", "no
#: military alliance" (any military obligation).
_OBLIGATION_TOLD = re.compile(r"\b(?:(?P<defense>defen[cs]e|defensive|mutual[\s-]+defen[cs]e)|(?P<any>military))\b",
                              re.IGNORECASE)


def _obligation_told(found: re.Match[str]) -> str | None:
    """Return the obligation a pair is told to hold no agreement of (:data:`_NONE_HELD`'s kind words): "defense",
    "" for any military obligation, or None where the words tell none."""
    if found.re is not _NONE_HELD:
        return None
    told = _OBLIGATION_TOLD.search(f"{found.group('kind') or ''} {found.group('of') or ''}")
    return None if told is None else "defense" if told.group("defense") else ""


#: A sentence told as a label and its value, as in a box of figures: "Breaches: none", "- In force: two".
_LABEL_LINE = re.compile(r"^[\W\d]*?[A-Za-z][\w ]{0,40}:\s")


def _told_pair(s: Sentence, pair: tuple[int, ...], context: Sequence[int]) -> tuple[int, ...]:
    """Return the pair a sentence tells of: its own two states, else the last sentence's ("the two"), else the
    article's pair; a label and its value (:data:`_LABEL_LINE`: a box of figures) is of the article's pair, not of
    the states the sentence before it named."""
    context = () if _LABEL_LINE.match(s.text) else context
    states = s.states()
    return tuple(states[:2]) if len(states) >= 2 else tuple(context[:2]) if len(context) >= 2 else pair


def _told_of_pair(pattern: re.Pattern[str], s: Sentence, pair: tuple[int, ...],
                  context: Sequence[int]) -> tuple[re.Match[str], tuple[int, ...]] | None:
    """Return the words ``pattern`` finds in a sentence and the pair they are told of (:func:`_told_pair`), or None
    where it finds none or no pair is told."""
    found = pattern.search(s.text)
    who = _told_pair(s, pair, context)
    return None if found is None or len(who) < 2 else (found, who)


def _none_told(s: Sentence, records: _Records, history: PairHistory, claimed: str,
               counted_by: Callable[[str], tuple[list[str], str]]) -> list[Claim]:
    """Return the claim that a pair has none of what ``counted_by`` counts under a coding (its agreements and that
    count in words): each coding agrees where it counts none."""
    answers: list[CodingAnswer] = []
    counted: set[str] = set()
    for coding in _pair_codings(history, records):
        slugs, answer = counted_by(coding)
        counted |= set(slugs)
        answers.append(CodingAnswer(coding=coding, answer=answer, agrees=not slugs))
    if not answers:
        return []
    refs = [records.treaty_ref(x) for x in sorted(counted) if x in records.gaz.treaties]
    return [_count_verdict(s, claimed, answers, refs)]


#: A pair told never to have signed an alliance of their own: "Neither state ever signed a bilateral alliance with
#: the other", "neither government has ever concluded a treaty with the other", "Neither side has ever signed one"
#: (a bare "one" is read only where every coding counts none: it may be of a kind the codings do not tell apart).
_NEVER_SIGNED = re.compile(
    r"\bneither(?:\s+(?:state|side|country|government|capital|party|of\s+them))?\s+(?:has\s+|had\s+)?(?:ever\s+)?"
    r"(?:signed|concluded|made|agreed)\s+(?:(?P<bare>one)\b(?!\s+(?:of|with\s+(?!the\s+other|each\s+other)))|"
    r"(?:a|an|any)\s+(?:(?:bilateral|formal|defen[cs]e|mutual[\s-]+defen[cs]e)\s+){0,2}"
    r"(?:alliance|pact|treaty)\s+with\s+(?:the\s+other|each\s+other|one\s+another))|"
    r"\bnever\s+(?:signed|concluded|made|agreed(?:\s+to)?)\s+(?:anything|any\s+(?:[\w-]+\s+)?(?:alliance|pact|treaty|"
    r"agreement)|(?:a|an)\s+(?:[\w-]+\s+)?(?:alliance|pact|treaty|agreement))\s+(?:with\s+(?:each\s+other|one\s+another)|"
    r"between\s+(?:them|the\s+two|themselves))\s+alone\b", re.IGNORECASE)
# (also without "ever", or told after it: "Neither state signed a bilateral alliance with the other, ever"; and of
# anything signed "with each other alone")


def _never_signed_claims(s: Sentence, records: _Records, pair: tuple[int, ...],
                         context: Sequence[int]) -> list[Claim]:
    """A pair told never to have signed an alliance of their own (:data:`_NEVER_SIGNED`), against each coding's count
    of their bilateral alliances (:func:`_count_values`): the sentence's two states, else the last sentence's, else the
    article's pair."""
    if (told_of := _told_of_pair(_NEVER_SIGNED, s, pair, context)) is None:
        return []
    found, who = told_of
    history = records.history(who[0], who[1])

    def own(coding: str) -> tuple[list[str], str]:
        chosen, ended = _count_values(history, coding, records, "alliances", records.as_of)
        return chosen, f"bilateral: {_count_answer(history, chosen, ended, 'alliances', records.as_of)}"

    told = re.sub(r"\s+", " ", found.group(0))
    claims = _none_told(s, records, history, f"{told}: no bilateral alliance ({_pair_names(who)})", own)
    return [] if found.group("bare") and any(c.verdict != "consistent" for c in claims) else claims


#: A pair told never to have breached an agreement between them, with no count before it: "There has been no breach
#: of any of their treaties", "there has never been a violation between the two", "Chile and Peru have never broken a
#: treaty with each other", "neither side has ever violated one of their pacts".
_NO_BREACH = re.compile(
    r"\b(?:there\s+(?:has|have|had)\s+(?:never\s+been\s+(?:a|any)|(?:ever\s+)?been\s+no)\s+"
    r"(?:breach(?:es)?|violations?|betrayals?)\s+(?:of\s+(?:any\s+of\s+)?(?:these|those|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:agreements|treaties|pacts|alliances)|by\s+either|between\s+(?:them|the\s+two))|"
    r"(?:have|has|had)\s+never\s+(?:broken|breached|violated|betrayed|torn\s+up)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?"
    r"(?:treaty|pact|alliance|agreement)\s+with\s+(?:each\s+other|one\s+another)|"
    r"(?:neither(?:\s+(?:side|party|state|country|government|capital))?\s+(?:has|had)\s+ever|"
    r"(?:not\s+once|never)\s+(?:has|had)\s+either(?:\s+(?:side|party|state|country|government|capital))?)\s+"
    r"(?:broken|breached|violated|betrayed|torn\s+up)\s+(?:a|an|any|one\s+of\s+(?:their|the|these|those))\s+(?:[\w-]+\s+)?"
    r"(?:treat(?:y|ies)|pacts?|alliances?|agreements?)|"
    r"no\s+(?:[\w-]+\s+)?(?:treaty|pact|alliance|agreement)\s+(?:between\s+(?:them|the\s+two)\s+)?(?:has|had)\s+"
    r"(?:ever\s+)?been\s+(?:broken|breached|violated|betrayed|torn\s+up))\b", re.IGNORECASE)
# (also "Not once has either broken an agreement with the other", "no treaty between them has ever been broken")


def _no_breach_claims(s: Sentence, records: _Records, pair: tuple[int, ...], context: Sequence[int]) -> list[Claim]:
    """A pair told never to have breached an agreement between them (:data:`_NO_BREACH`), against each coding's count
    of the pair's breaches: the sentence's two states, else the last sentence's, else the article's pair."""
    if (told_of := _told_of_pair(_NO_BREACH, s, pair, context)) is None:
        return []
    found, who = told_of
    return _breaches_told_none(s, records, found, who)


def _breaches_told_none(s: Sentence, records: _Records, found: re.Match[str], who: Sequence[int]) -> list[Claim]:
    """The claims of a pair's breaches told to be none (the words ``found``), against each coding's count of the
    breaches between the two states ``who``."""
    history = records.history(who[0], who[1])

    def breaches(coding: str) -> tuple[list[str], str]:
        slugs, _ = _count_values(history, coding, records, "breaches", records.as_of)
        return slugs, _count_answer(history, slugs, slugs, "breaches", records.as_of)

    told = re.sub(r"\s+", " ", found.group(0))
    return _none_told(s, records, history, f"{told}{_breaches_told(0)} ({_pair_names(who)})", breaches)


#: Breaches told to be none, in any phrasing, of the pair's agreements or of "neither side": "no breaches, no
#: walkouts", "Neither side ever violated it", "neither of their pacts has been coded as broken", "none of the three
#: was ever betrayed" (:func:`_no_breach_backstop`).
_NONE_BREACHED = re.compile(
    r"\b(?:no\s+(?:breach(?:es)?|violations?|betrayals?)\b(?!\s+(?:of|by)\s+(?!(?:it|them|either|any)\b))|"
    r"(?:neither|none|not\s+one|no\s+one|nobody|never)\b(?:,?\s+(?!(?:and|but|or|because|although|though|while)\b)"
    r"[\w'’-]+){0,8}?,?\s+(?<!\bfor\s)"
    r"(?:breach(?:ed|ing)?|break(?:ing)?|broke|broken|violat(?:e|ed|ing)|betray(?:ed|ing)?|(?:tear|tore|torn|tearing)\s+up|"
    r"in\s+breach)\b|"
    r"\b(?:no|not|never|neither|nor|without)\b(?:\s+(?!(?:and|but|or|because|although|though|while)\b)[\w'’-]+)"
    r"{0,6}?\s+(?:a|any|one|a\s+single)\s+(?:breach|violation|betrayal)\b)", re.IGNORECASE)
# (and a breach under a negation earlier in its clause: "no account records a breach between them")
# (also told by a coding or a finding: "neither has been coded as breaking one", "neither was found in breach of it";
# by any form of the verb, after "never", "no one" or "nobody" too: "neither was ever found to breach it", "no one
# has accused either of breaking one", "it has never been broken by either side"; not a reason: "never forgave A for
# breaking it")


def _no_breach_backstop(s: Sentence, records: _Records, pair: tuple[int, ...],
                        context: Sequence[int]) -> list[Claim]:
    """Breaches told to be none in a phrasing :data:`_NO_BREACH` lacks (:data:`_NONE_BREACHED`), read as the pair's
    count of breaches where every coding counts none; where a coding counts one, nothing is said (the words may be of
    one agreement, or of a time, the record's count is not)."""
    if (told_of := _told_of_pair(_NONE_BREACHED, s, pair, context)) is None:
        return []
    found, who = told_of
    if _NEGATED_BEFORE.search(s.text[:found.start()]):
        return []
    claims = _breaches_told_none(s, records, found, who)
    return claims if all(c.verdict == "consistent" for c in claims) else []


#: Small numbers in words, for a count of breaches told back in the claim ("two breaches").
_SMALL_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                  "twelve")


def _breaches_told(n: int | None) -> str:
    """Return how many breaches a count's claim reads the article to tell, as the claim words it after what is told
    ("two of the four ended in betrayal: two breaches"): ": no breach", ": one breach", ": 14 breaches"; "" for None."""
    if n is None:
        return ""
    word = _SMALL_NUMBERS[n] if n < len(_SMALL_NUMBERS) else str(n)
    return f": {word} {'breach' if n <= 1 else 'breaches'}"


def _with_parts(s: Sentence, counts: list[Claim], parts: list[tuple[int, Claim]]) -> list[Claim]:
    """Return a sentence's count claims with its parts' (:func:`_part_claims`) in the order told: a part told before
    the breach a count's claim tells of comes before that claim ("five agreements, one of them bilateral, and only
    that one has ever been breached")."""
    breach = _BREACH.search(s.text)
    out = list(counts)
    at = next((i for i, c in enumerate(out) if " ended in betrayal" in c.claimed), len(out))
    for position, claim in parts:
        if breach is not None and position < breach.start() and at < len(out):
            out.insert(at, claim)
            at += 1
        else:
            out.append(claim)
    return out


#: The words right after a count that tell it from a time on ("since", "ever since", "so far since").
_SINCE_WORDS = r"\s+(?:(?:ever|so\s+far)\s+)?since"
#: A count told from a year on: "since 1958", or "since" closing its clause ("have signed no alliance since"), "since
#: then": from the year last written.
_SINCE = re.compile(r"^" + _SINCE_WORDS + r"(?:\s+(?P<year>1[5-9]\d\d|20\d\d)\b(?![-\d])|\s+then\b|"
                    r"(?=\s*(?:[,;.:]|$)))", re.IGNORECASE)


def _count_since(s: Sentence, count: Mention, hi: int, last: int) -> int | None:
    """Return the year a count is told from (:data:`_SINCE`, right after the count, within its scope's end ``hi``),
    ``last`` where it is told from the year last written, or None."""
    since = _SINCE.match(s.text[count.end - s.start:hi])
    if since is None:
        return None
    return int(since.group("year")) if since.group("year") else last


def _count_pair(s: Sentence, count: Mention, who: tuple[int, ...]) -> tuple[int, ...]:
    """Return the pair a count is of: the two states its own clause names where it names two and the sentence's
    clauses name other states besides ("X was the only treaty Britain and Malaysia concluded, and Malaysia and
    Singapore have signed just one pact": Malaysia and Singapore's one), else ``who``."""
    lo, hi = next(((lo, hi) for lo, hi in _segments(s) if lo <= count.start < hi), (s.start, s.end))
    own = _codes([m for m in s.of("state") if lo <= m.start < hi and not _place(s, m)])
    return tuple(own) if len(own) == 2 and set(own) != set(who) else who


#: A negation that makes a count of one none, just before it: "not one alliance of their own".
_NOT_ONE = re.compile(r"\bnot\s+$", re.IGNORECASE)


#: The word that bounds a count as told, just before it: "only one of them bilateral", "exactly one alliance".
_QUALIFIER = re.compile(r"\b(?:only|just|exactly|precisely)\s+$", re.IGNORECASE)


def _qualifier(s: Sentence, at: int) -> str:
    """Return the bounding word told just before position ``at`` of the sentence's text ("only ", "exactly "), or an
    empty string: a count's claim quotes it ("only one of them bilateral")."""
    found = _QUALIFIER.search(s.text[:at])
    return "" if found is None else found.group(0).casefold()


def _qualified(s: Sentence, part: re.Match[str]) -> str:
    """Return a part of a count as told, with its bounding word ("only one of them")."""
    return _qualifier(s, part.start()) + part.group(0).strip()


def _count_scope(s: Sentence, count: Mention) -> tuple[int, int]:
    """Return the bounds, in the sentence's text, of the words that tell of one of its counts: from the count before
    it to the count after it ("the neighbours have shared seven security agreements but only one bilateral pact":
    "shared" is the seven's, "bilateral" the one's)."""
    counts = [c for c in s.of("count") if c is not count]
    lo = max([c.end for c in counts if c.end <= count.start], default=s.start)
    hi = min([c.start for c in counts if c.start >= count.end], default=s.end)
    return lo - s.start, hi - s.start


def _count_verdict(s: Sentence, claimed: str, answers: list[CodingAnswer], refs: list[RecordRef],
                   ended: str = "") -> Claim:
    """Return a count's verdict; ``ended`` says how a coding that agrees counted when it is by the alliances that had
    ended ("counting the alliances that had ended by 2023"), not by all it codes."""
    record_value = "; ".join(f"{a.coding}: {a.answer}" for a in answers)
    how = f" ({ended})" if ended else ""
    verdict, reason = _coding_verdict(answers, f"every coding counts so{how}", "no coding counts so", "count",
                                      f"so{how}")
    return Claim(kind="count", text=s.text.strip(), start=s.start, end=s.end, claimed=claimed,
                 verdict=verdict, record_value=record_value, reason=reason, records=refs,
                 codings=answers)


#: A count told as a label and its value, as in a box of figures or a list of points: "Bilateral alliances: none",
#: "agreements shared: two, both multilateral", "In force between A and B today: one", "Still in force: three of the
#: four", "Breaches: zero". The label says what is counted (every agreement, their bilateral alliances, those in force
#: now, the breaches), the value how many (a value that is no bare number, "one or none", is no count here).
_LABELLED = re.compile(
    r"^[\W\d]*?(?:(?P<every>(?:(?:agreements|treaties|pacts|alliances)\s+(?:shared|in\s+common|in\s+all|together)|"
    r"(?:shared|common)\s+(?:agreements|treaties|pacts|alliances)))|"
    r"(?P<bi>bilateral(?:\s+(?:alliances|treaties|pacts|agreements))?)|"
    r"(?P<force>(?:still\s+)?in\s+force(?:\s+between\s+[^:;.]{1,60}?)?(?:\s+(?:today|now))?)|"
    r"(?P<breach>breaches|betrayals|violations))\s*:\s*"
    rf"(?P<n>none|no(?:ne)?|zero|nil|\d{{1,2}}|{_NUMBER_WORDS})(?:\s+of\s+(?:the|their)\s+(?:\d{{1,2}}|{_NUMBER_WORDS}))?"
    r"(?=\s*(?:[,;.]|$)|\s+in\s+all\b)", re.IGNORECASE)


def _labelled_claims(s: Sentence, records: _Records, pair: tuple[int, ...], context: Sequence[int]) -> list[Claim]:
    """A count told as a label and its value (:data:`_LABELLED`), against each coding's count of what the label names:
    every agreement the pair shares, their bilateral alliances, those still binding the two
    (:func:`_in_force_count`), or the breaches between them; of the sentence's two states, else the last sentence's,
    else the article's pair."""
    if (told_of := _told_of_pair(_LABELLED, s, pair, context)) is None:
        return []
    found, who = told_of
    word = found.group("n").casefold()
    n = 0 if word in {"none", "no", "zero", "nil"} else number_value(word)
    if n is None:
        return []
    history = records.history(who[0], who[1])

    def counted_by(coding: str) -> tuple[list[str], str]:
        if found.group("force"):
            return _in_force_count(history, coding, records)
        noun = "breaches" if found.group("breach") else "pacts" if found.group("every") else "alliances"
        chosen, ended = _count_values(history, coding, records, noun, records.as_of, every=bool(found.group("every")))
        answer = _count_answer(history, chosen, ended, noun, records.as_of)
        return chosen, f"bilateral: {answer}" if found.group("bi") else answer

    answers: list[CodingAnswer] = []
    counted: set[str] = set()
    for coding in _pair_codings(history, records):
        slugs, answer = counted_by(coding)
        counted |= set(slugs)
        answers.append(CodingAnswer(coding=coding, answer=answer, agrees=len(slugs) == n))
    if not answers:
        return []
    refs = [records.treaty_ref(x) for x in sorted(counted) if x in records.gaz.treaties]
    told = re.sub(r"\s+", " ", found.group(0)).strip(" -*•")
    return [_count_verdict(s, f"{told}{_breaches_told(n) if found.group('breach') else ''} ({_pair_names(who)})",
                           answers, refs)]


#: Words that never stand between a negation's determiner and its agreement noun: a preposition or determiner ("no
#: history of the alliance", "not a word about a pact").
_NOT_A_MODIFIER = (r"(?:of|to|in|on|for|with|by|at|from|about|than|the|a|an|any|this|that|their|its|his|her|our|"
                   r"and|or|but|is|are|was|were|be|been|has|have|had)")


#: An agreement told to be none by the grammar of negation, whatever the verb: a negative determiner before its noun
#: ("no bilateral pact", "nothing bilateral"), or a determiner under a negation earlier in its clause ("have not
#: concluded another alliance", "neither had any treaty with the other", "rather than by any treaty of alliance",
#: "never joined a multilateral defence pact with"). Not a copula's ("it was not a treaty but a declaration": what
#: something is, no count).
_NONE_OF_KIND = re.compile(
    rf"(?:\bno\s+|\bnothing\s+(?=(?:bilateral|multilateral)\b)|"
    rf"\b(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    rf"(?:not|never|neither|nor|without|rather\s+than|\w+n['’]t)\b"
    rf"(?:\s+(?!(?:and|but|or|because|while|though|although|which|who|that)\b)[\w'’-]+){{0,5}}?\s+"
    rf"(?:any|another|a|an|one|a\s+single)\s+)"
    rf"(?P<kind>(?:(?!{_NOT_A_MODIFIER}\b)[\w-]+\s+){{0,3}}?)"
    rf"(?P<noun>{_AGREEMENT_NOUN}\b|(?<=nothing\s)(?:bilateral|multilateral)\b)",
    re.IGNORECASE)


#: Words after a told "none" that bind it to the pair's own agreements ("any treaty with the other", "an alliance
#: of their own", "with each other").
_WITH_EACH_OTHER = re.compile(r"\b(?:with\s+(?:the\s+other|each\s+other|one\s+another)|of\s+(?:their|its)\s+own|"
                              r"between\s+(?:them|the\s+two)\s+alone)\b", re.IGNORECASE)


#: Words telling a "none" of a time after the one last written: "not ... another alliance since", "no pact left",
#: "After that, nothing bilateral", "in the decades after 1955", "from then on".
_AFTER_THEN = re.compile(r"\b(?:another|since|after|afterwards|thereafter|thenceforth|henceforth|again|left|"
                         r"any\s+more|any\s+longer|no\s+longer|later|from\s+(?:then|that\s+\w+|\d{4})\s+on(?:wards?)?)\b",
                         re.IGNORECASE)


#: Words telling a "none" of the present: "are bound today", "has no pact now", "is linked by".
_NOW = re.compile(r"\b(?:today|now|nowadays|at\s+present|currently|is|are|remains?)\b", re.IGNORECASE)


#: Words telling a "none" of all time up to now: "has never joined", "have not concluded", "ever".
_EVER = re.compile(r"\b(?:ever|has|have|never)\b", re.IGNORECASE)


#: Words that tell the pair a "none" is of where the sentence names no two states.
_PAIR_WORDS = re.compile(r"\b(?:the\s+two|them|they|both|each\s+other|the\s+other|one\s+another|bilateral|"
                         r"between\s+us|we|our)\b", re.IGNORECASE)


def _none_of_kind_backstop(s: Sentence, records: _Records, pair: tuple[int, ...], context: Sequence[int],
                           year: int | None) -> list[Claim]:
    """A pair told to have no agreement of a kind, in any phrasing the grammar of negation gives
    (:data:`_NONE_OF_KIND`), read as a count of none where no other rule read the sentence's count: of their own
    alliances where told so ("with the other", "bilateral"), of the multilateral ones they shared where told
    "multilateral", else of every agreement they share; at the time the words tell ("another", "since", "left":
    binding them at any time after the year last written; the present: binding them now; "ever", "has never": any up
    to now; else the past: binding them in the year last written). Read only where every coding counts none: where
    one counts some, nothing is said (the words may be of a kind of agreement, or of a time, the record's count is
    not). Each negated agreement of the sentence is a claim of its own ("No treaty obliged them, and the two have not
    concluded another alliance since")."""
    out: list[Claim] = []
    for found in _NONE_OF_KIND.finditer(s.text):
        out.extend(_none_of_kind_told(s, records, found, pair, context, year))
    return out


def _none_of_kind_told(s: Sentence, records: _Records, found: re.Match[str], pair: tuple[int, ...],
                       context: Sequence[int], year: int | None) -> list[Claim]:
    """The claim of :func:`_none_of_kind_backstop` on one negated agreement (``found``) of the sentence."""
    if any(m.target and m.start - s.start < found.end() and found.start() < m.end - s.start
                            for m in s.of("agreement")):
        return []
    clause = s.text[:found.end() + 60]
    # (the states told up to the words' clause: not those of a later clause, "... when the two shared no alliance; a
    # chapter on the Soviet invasion of Afghanistan")
    told_here = _codes([m for m in s.of("state") if m.start - s.start < found.end() + 40 and not _place(s, m)])
    if len(told_here) < 2 and not _PAIR_WORDS.search(clause):
        return []
    who = tuple(told_here[:2]) if len(told_here) >= 2 else _told_pair(s.part(s.start, s.start), pair, context)
    if len(who) < 2:
        return []
    written = [int(d.value[:4]) for d in s.of("date") if d.value and d.start - s.start < found.end() + 40]
    then = written[-1] if written else year if year is not None else records.as_of
    words = f"{found.group('kind')} {found.group('noun')}"
    own = re.search(r"\bbilateral\b", words, re.IGNORECASE) is not None or \
        _WITH_EACH_OTHER.search(s.text[found.start():found.end() + 40]) is not None
    multilateral = re.search(r"\bmultilateral\b", words, re.IGNORECASE) is not None
    if _AFTER_THEN.search(clause) and then <= records.as_of:
        after: int | None = then
        until = records.as_of
    elif _NOW.search(clause):
        after, until = records.as_of, records.as_of
    elif _EVER.search(clause):
        after, until = None, records.as_of
    else:
        after, until = then - 1, min(then, records.as_of)
    history = records.history(who[0], who[1])

    def counted_by(coding: str) -> tuple[list[str], str]:
        chosen, _ = _count_values(history, coding, records, "alliances" if own else "pacts", until,
                                  every=not own)
        told = [a for a in history.agreements if a.slug in chosen and int(a.signed[:4]) <= until
                and (not multilateral or a.multilateral)
                and (after is None or int(a.signed[:4]) > after or _binds_pair(history, a, after))]
        slugs = [a.slug for a in told]
        what = "bilateral alliances" if own else "multilateral agreements" if multilateral else "agreements"
        when = f"in force in {records.as_of}" if after == records.as_of else f"in force in {until}" \
            if after == until - 1 else f"binding them after {after}" if after is not None else f"by {until}"
        return slugs, f"{what} {when}: {len(slugs)}" + (f" ({_years(history, slugs)})" if slugs else "")

    told = re.sub(r"\s+", " ", found.group(0))
    claims = _none_told(s, records, history, f"{told}: none ({_pair_names(who)})", counted_by)
    if not claims or claims[0].verdict != "consistent":
        return []
    claim = claims[0]
    if not claim.records:  # (none counted: the pair's agreements the record holds are what the count rests on)
        claim.records.extend(records.treaty_ref(a.slug) for a in history.agreements if a.slug in records.gaz.treaties)
    return claims if claim.records else []
