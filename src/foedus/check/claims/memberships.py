"""A state's entry into or exit from an agreement, and an agreement's entry into force, with their dates."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from foedus.check.claims._clauses import _attached
from foedus.check.claims._records import (
    _MONTH_WORDS,
    _gap,
    _label,
    _name,
    _nearest_agreement,
    _pdate,
    _Records,
    compare_dates,
)
from foedus.check.claims._sentences import _SEGMENT_BREAK, _SUBORDINATE, Sentence, _codes, _place
from foedus.check.claims._words import _CLAUSE_BREAK, _DATED_NAME, _IN_FORCE, _JOINING, _LATER, _NAME_PUT, _SIGNING
from foedus.check.claims.events import _years_on
from foedus.check.claims.parties import _clause_start, _parties_claim
from foedus.check.claims.unknown_names import _unknown_named_before
from foedus.check.mentions import _norm
from foedus.check.models import Claim, Mention, RecordRef


def _late_signature(s: Sentence, slug: str, signing: re.Match[str] | None, date: Mention,
                    records: _Records) -> list[Claim]:
    """A state told to sign an agreement long in force, on a later day than its signing ("Ecuador signed the
    Declaration by United Nations on 7 February 1945"): its adhesion, judged as its entry (:func:`_membership_claim`)
    and as its being a party, where each state before the verb in its clause is one that entered after the signing;
    else nothing (the date is then the agreement's own, wrongly told)."""
    if signing is None or not _LATE_SIGNING_VERB.match(signing.group(0)):
        return []
    clause = _clause_start(s, signing.start())
    states = _codes([m for m in s.of("state") if clause <= m.start - s.start < signing.start() and not _place(s, m)
                     and not re.match(r"['’]s\b", s.text[m.end - s.start:])])
    if not states or records.founders(slug) & set(states):
        return []
    entry = _membership_claim(s, records, slug, states, date, True)
    if ": entry into " not in entry.claimed or entry.verdict == "not_in_record":
        return []
    # (two states or more are claimed parties by the list before the verb, below)
    out = _with_entry_parties([entry]) if len(states) == 1 else [entry]
    return out + _late_signatures_told_after(s, records, slug, date)


#: A verb by which a state puts its name to an agreement: "signed", "put its name to", "set its hand to".
_LATE_SIGNING_VERB = re.compile(r"sign|(?:put|set|added|affixed)\s+(?:its|their)\s+(?:names?|hands?|signatures?)\b",
                                re.IGNORECASE)


def _late_signatures_told_after(s: Sentence, records: _Records, slug: str, date: Mention) -> list[Claim]:
    """The later signatures a sentence tells after one (:func:`_late_signature`) with the verb left out, each state
    with its own date (:func:`_elliptical_clauses`: "Croatia signed the Final Act in July 1992 and Slovenia in March
    1993"): each an entry of its own, judged against the record's, for states that were no founders."""
    out: list[Claim] = []
    for states, more in _elliptical_clauses(s, date):
        if records.founders(slug) & set(states) or _after_its_end(records, slug, more):
            break
        entry = _membership_claim(s, records, slug, states, more, True)
        if ": entry into " not in entry.claimed:
            break
        out.extend(_with_entry_parties([entry]) if len(states) == 1 and entry.verdict != "not_in_record" else [entry])
    return out


#: A state told to sign or join an agreement just named or referred to, with no date: "Georgia signed it as well",
#: "that Turkey also signed it", "the Baghdad Pact, which Kabul never joined".
_JOIN_VERB = (r"(?:signed|joined|ratified|(?:acceded|adhered)\s+to|"
              r"(?:put|set|added)\s+(?:its|their)\s+(?:names?|signatures?)\s+to)")  # ("Egypt put its name to it")


_SUBJECT_GAP = r"\s+(?:(?:also|too|later|then|soon|had|has|have|(?P<never>never|did\s+not|didn't))\s+)*"


_JOINED_BEFORE = re.compile(rf"^{_SUBJECT_GAP}(?:sign|join|ratify|accede\s+to|adhere\s+to|{_JOIN_VERB})\s+$",
                            re.IGNORECASE)


_WHICH_JOINED = re.compile(rf"^{_SUBJECT_GAP}{_JOIN_VERB}\b(?!\s+(?:in|on|at|from)\s+\S*\d)", re.IGNORECASE)


def _signed_it_too(s: Sentence, records: _Records) -> list[Claim]:
    """A state told to have signed or joined an agreement without a date: the subject right before "signed it" (the
    agreement referred to), or after ", which" following the agreement's name ("the Baghdad Pact, which Kabul never
    joined"), against its members; a state told never to have joined it is rightly told so where it is none. A date
    told with the verb makes it an entry (:func:`_membership_claims`), not this."""
    out: list[Claim] = []
    states = [m for m in s.of("state") if m.target and not _place(s, m)]
    for m in s.of("agreement"):
        slug = (m.target or "").split(":", 1)[-1]
        if not m.target or slug not in records.gaz.treaties:
            continue
        subject, gap = None, None
        for x in states:  # "Georgia signed it": the state right before the verb whose object the agreement is
            between = s.text[x.end - s.start:m.start - s.start]
            if x.end <= m.start and (found := _JOINED_BEFORE.match(between)) is not None and \
                    not re.match(r"\s+(?:as\s+well\s+as|in\s+\d)", s.text[m.end - s.start:]):
                subject, gap = x, found
        if subject is None:  # "the Baghdad Pact, which Kabul never joined"
            which = re.match(r",\s+which\s+(?:the\s+)?", s.text[m.end - s.start:])
            told = None if which is None else next((y for y in states if y.start == m.end + which.end()), None)
            found = None if told is None else _WHICH_JOINED.match(s.text[told.end - s.start:])
            subject, gap = (told, found) if found is not None else (None, None)
        if subject is None:
            out.extend(_dated_signer(s, records, m, states))
            continue
        if gap is None:
            continue
        code = int((subject.target or "0:0").split(":")[1])
        treaty = records.gaz.treaties[slug]
        if gap.group("never"):
            member = code in treaty.members or code in records.atop_members(slug)
            who, short = _name(code, treaty.signed), re.sub(r"\s*\(.*", "", records.treaty_ref(slug).label)
            out.append(Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"not a party: {who}", verdict="contradicts" if member else "consistent",
                             record_value="parties: " + ", ".join(_name(c, treaty.signed)
                                                                  for c in sorted(treaty.members)),
                             reason=f"{who} is {'a' if member else 'not a'} party to {short}",
                             records=[records.treaty_ref(slug)]))
        else:
            out.append(_parties_claim(s, slug, [code], records))
    return out


#: A state told to sign an agreement at a date, the state right before the verb ("Peru signed the Rio treaty on 2
#: September 1947") or after ", which" following the agreement's name ("the Final Act, which Moscow signed in 1975").
_SIGNER_GAP = r"^\s+(?:(?:also|too|later|then|soon|itself|had|has|have|duly|formally)\s+)*signed"


_SIGNER_BEFORE = re.compile(rf"{_SIGNER_GAP}\s+(?:the\s+)?$", re.IGNORECASE)


_WHICH_SIGNED = re.compile(rf"{_SIGNER_GAP}\b"
                           r"(?=\s+(?:in|on)\s+(?:[\w-]+\s+)?\S*\d)", re.IGNORECASE)


def _dated_signer(s: Sentence, records: _Records, mention: Mention, states: list[Mention]) -> list[Claim]:
    """One state told to sign an agreement at a date (:data:`_SIGNER_BEFORE`, :data:`_WHICH_SIGNED`), a claim that
    it is a party: one told at the day of signing is judged a party (a founder told at another day makes no claim
    of its own: the agreement's date is wrongly told, :func:`_agreement_claims`); a state that entered later, by its
    entry at that date (:func:`_membership_claim`, "Chile signed the pact in 1961", of a state
    that joined in 1963, contradicts); a state that never was a member, a wrong party."""
    slug = (mention.target or "").split(":", 1)[-1]
    subject = next((x for x in states if x.end <= mention.start and _SIGNER_BEFORE.match(
        s.text[x.end - s.start:mention.start - s.start])), None)
    verb_end = mention.end
    if subject is None:
        which = re.match(r",\s+which\s+(?:the\s+)?", s.text[mention.end - s.start:])
        told = None if which is None else next((y for y in states if y.start == mention.end + which.end()), None)
        found = None if told is None else _WHICH_SIGNED.match(s.text[told.end - s.start:])
        if told is None or found is None:
            return []
        subject, verb_end = told, told.end + found.end()
    if re.match(r"['’]s\b", s.text[subject.end - s.start:]):
        return []
    date = next((d for d in s.of("date") if d.value and d.start >= verb_end and not _attached(s, d)
                 and not _CLAUSE_BREAK.search(s.text[verb_end - s.start:d.start - s.start])), None)
    if date is None or not re.fullmatch(r"[^,;]{0,60}?\b(?:in|on)\s+(?:[\w-]+\s+)?",
                                        s.text[verb_end - s.start:date.start - s.start]):
        return []
    code = int((subject.target or "0:0").split(":")[1])
    on_the_day = compare_dates(date.value or "", records.gaz.treaties[slug].signed, "signed")[0] != "contradicts"
    if on_the_day:
        return [_parties_claim(s, slug, [code], records)]  # (a signatory on the day it was signed)
    if code in records.founders(slug):
        return []  # a founder told at another date: the agreement's date, wrongly told, is the claim
    entry = _membership_claim(s, records, slug, [code], date, True)
    if entry.kind == "agreement_parties":
        return [entry]
    return [] if entry.verdict == "not_in_record" else _with_entry_parties([entry])


#: "El Salvador followed in January 1964": the act of the clause before it, told again for another state (an entry where
#: that clause founded or joined the agreement).
_FOUNDED = re.compile(r"\b(?:was|were)\s+(?:set up|founded|established|created|formed)\b", re.IGNORECASE)


#: A later entry told of states by its order or its wait: "B followed in 2004", "C followed a year later", "D waited
#: until 12 February 1945"; the "followed" told with what it followed them into, its rank among the members or how
#: late it came, before the date: "E followed them into the treaty in 1995", "F followed as the 32nd on 7 March
#: 2024", "G followed only in 2003", "H followed it into the fold later in 1992".
_FOLLOWED_INTO = (r"(?:\s+(?:them|it|the\s+(?:others|two|three))\s+into\s+(?:the\s+|its\s+|their\s+)?"
                  r"(?:[\w'’-]+\s+){0,3}?(?:treaty|pact|alliance|fold|agreement|organi[sz]ation|union|league|accord|"
                  r"charter|bloc|community|act|declaration|convention|protocol)\b)?"
                  r"(?:\s+as\s+the\s+[\w-]+(?:\s+(?:member|party|signatory|state))?)?"
                  r"(?:\s+(?:only|later|soon|eventually|finally|afterwards|too))*")
_FOLLOWED = re.compile(r"\bfollowed(?:\s+suit)?\b(?=" + _FOLLOWED_INTO + r"(?:\s+(?:in|on|by)\b|,|\s*$|\s+"
                       + _LATER + r"))|"
                       r"\b(?:waited|held\s+out)\s+until(?=\s+(?:[\w-]+\s+)?\S*\d)", re.IGNORECASE)


#: A signature told with no object, right before its date: "Brazil signed on 8 February 1943", "Canberra signed
#: only in December 2006" (of the agreement last told of, for a state that was no founder, an entry).
_SIGNED_LATE = re.compile(r"\b(?:signed|" + _NAME_PUT + r")(?=\s+(?:(?:only|later|"
                          r"finally|eventually)\s+)?(?:(?:on|in)\s+(?:[\w-]+\s+)?\S*\d|" + _LATER + r"|"
                          # a month told by its name alone, of the year told before: "North Yemen signed that May"
                          r"(?:in|that|the\s+following)\s+(?-i:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)\b(?!\s+\d)))",
                          re.IGNORECASE)


#: A verb that tells again the act of a verb before it, for other states: "Chile did so the next day", "Peru did
#: likewise in 1962", "Bolivia did the same in May".
_DID_SO = re.compile(r"\bdid\s+(?:so|likewise|the\s+same)\b(?!\s+(?:because|when|after|before|with|to)\b)",
                     re.IGNORECASE)


_LEAVING = re.compile(r"\b(left|leaves|walk(?:ed|s|ing)? out(?: of)?|drop(?:ped|s)? out of|withdr[ae]w\w*|"
                      r"withdrawal|quit|pulled out|exit(?:ed)?|"
                      r"walk(?:ed|s|ing)? away from|(?:stopped|ceased) (?:being|to be) (?:a )?(?:party|member)|"
                      r"(?:was|were) suspended(?= (?:from|by)\b)|"
                      r"(?:(?<=league )|(?<=organization )|(?<=organisation )|(?<=alliance )|(?<=bloc )|"
                      r"(?<=council ))suspended(?=\s+(?-i:[A-Z]))|"
                      r"(?:was|were) expelled|expulsion|suspended (?:its|their) membership|"
                      r"(?:participation|membership|(?<=[’']s )place)\b(?:\s+[\w-]+){0,6}?\s+"
                      r"(?:ended|suspended|terminated))\b",
                      re.IGNORECASE)


#: What follows a verb of joining whose object is other states, not the agreement: "joined the two", "joined them",
#: "joined Britain and France in".
_JOINED_PARTNERS = re.compile(r"\s+(?:the\s+(?:two|three|four|others?|allies)|them|(?-i:[A-Z])[\w'’-]+(?:\s+and\s+"
                              r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+)*\s+in\b|by\b)", re.IGNORECASE)


_VERDICT_RANK = {"consistent": 0, "within_tolerance": 1, "contradicts": 2}


def _membership_claims(s: Sentence, records: _Records, referent: str | None,
                       context: Sequence[int] = (), follows_entry: bool = False,
                       pair: Sequence[int] = (), year: int | None = None) -> tuple[list[Claim], set[int]]:
    """A state's entry into or exit from an agreement (the one the sentence names, else the one the article was last
    about), dated, against the record's membership: when the state entered or left it. The states are those written
    before the verb in its clause ("Azerbaijan and Georgia joined in 1993"); a founding member's entry is the
    agreement's signing. Where a named state never was a member, or the record has no exit for it, the claim is not
    in the record. An entry told at a time counted from one before ("China acceded in October 2003; Russia followed a
    year later") is read at the year it tells (:func:`_later_dates`). Returns the claims and the starts of the dates
    they used."""
    dates = sorted([m for m in s.of("date") if m.value and not _attached(s, m)] + _later_dates(s, year),
                   key=lambda m: m.start)
    if not dates:
        return [], set()
    agreements = s.agreements()
    slug = agreements[0] if len(agreements) == 1 else referent if not agreements else None
    if all(m.how == "anaphora" for m in s.of("agreement") if m.target):
        # "Khartoum acceded to the League's collective security treaty of 1950": that one, not the one last told of
        described = _joined_by_description(s, records, context)
        # ("Libya acceded to the League's joint defence treaty on ...": each clause's agreement, told in lower case)
        joined = [described] if described is not None else _joined_by_its_words(s, records, context, dates)
        if joined:
            slug = joined[0][0]
            stand_ins = [Mention(kind="agreement", text=s.text[lo:hi], start=s.start + lo, end=s.start + hi,
                                 target=f"treaty:{one}", how="description") for one, lo, hi in joined]
            s = Sentence(s.start, s.end, s.text, tuple(sorted((*stand_ins, *(
                m for m in s.mentions if m.how != "anaphora" and not any(
                    x.start < m.end and m.start < x.end for x in stand_ins))), key=lambda m: m.start)))
    for pattern, entering in ((_JOINING, True), (_LEAVING, False), (_RATIFYING, True)):
        verbs = list(pattern.finditer(s.text))
        if pattern is _JOINING and not verbs:  # "It was set up by A, B and C; D followed in January 1964"
            verbs = [f for f in _FOLLOWED.finditer(s.text) if _FOUNDED.search(s.text[:f.start()])][:1]
            verbs = verbs or _followers(s, follows_entry)
        elif pattern is _JOINING:  # "A and B joined it in October 1954; C and D followed in November 1988"
            verbs += [f for f in _FOLLOWED.finditer(s.text) if f.start() > verbs[0].end()]
        if pattern is _JOINING and not agreements and referent is not None:
            # "Brazil signed on 8 February 1943": a later signature of the agreement last told of, an entry
            verbs = sorted(verbs + list(_SIGNED_LATE.finditer(s.text)), key=lambda v: v.start())
        elif pattern is _JOINING and slug is not None:
            # ("The pact's founders were A and B; C added its signature in May 1945": of the one named in a clause
            # before, past a semicolon)
            verbs = sorted(verbs + [v for v in _SIGNED_LATE.finditer(s.text) if _past_its_name(s, v)],
                           key=lambda v: v.start())
        if pattern is not _RATIFYING and verbs:  # "Peru left it in 1960; Chile did so in 1962": the same act again
            verbs = sorted(verbs + [d for d in _DID_SO.finditer(s.text) if d.start() > verbs[0].end()],
                           key=lambda v: v.start())
        out: list[Claim] = []
        used: set[int] = set()
        for verb in verbs:  # each in its own clause: "Spain joined in 1982, and Hungary became a member in 1999"
            if not agreements and _joins_another(s, verb):
                continue  # "South Africa left the Commonwealth in May 1961": not the agreement last told of
            if not agreements and _joins_one_told_here(s, verb, verbs):
                continue  # "when Asean opened its Treaty of Amity to outsiders, Japan acceded in 2004": that one
            told = _membership_told(s, records, _object_told_before(s, verb, slug, referent), verb, entering, dates,
                                    context, pair)
            if told is None and entering and referent is not None and slug not in (None, referent):
                # "Romania joined that November, and a ceremony renewed the old Anti-Comintern Pact": an agreement
                # ended by then is not the one joined; the one the article was last about is
                told = _membership_told(s, records, referent, verb, entering, dates, context, pair)
            if told is None or told[1].start in used:
                continue
            states, date, chosen = told
            if verb.re is _SIGNED_LATE and set(states) & records.founders(chosen):
                continue  # (a founder's signature is the agreement's own, told by its date)
            if pattern is _RATIFYING and not _ratified_entry(s, records, chosen, states, date):
                continue
            # joining other states ("Italy joined the two in ...", "the two were joined by Japan") is founding with
            # them; joining the agreement ("Germany acceded the same day") is an entry, an event of its own
            partners = entering and bool(_JOINED_PARTNERS.match(s.text, verb.end()) or re.search(
                r"\b(?:was|were|been)\s+$", s.text[:verb.start()]))
            claim = _membership_claim(s, records, chosen, states, date, entering, partners)
            if claim.verdict == "contradicts" and all(m.how == "anaphora" for m in s.of("agreement") if m.target):
                chosen, claim = _another_named_fits(s, records, chosen, claim, states, date, entering, partners)
            if not entering and _announced(s.text, verb) and claim.kind == "event_date" \
                    and claim.verdict != "consistent" and _announced_before(date, claim.record_value):
                claim = claim.model_copy(update={
                    "verdict": "not_in_record",
                    "reason": "an exit announced, not made, then: the record dates the exit itself, not its "
                              "announcement; a sourced event would be needed"})
            if "suspended" in verb.group(0).casefold() and claim.verdict == "not_in_record":
                continue  # (a suspension the record holds no exit for: not read as one, its date left to an event)
            if claim.kind == "agreement_parties" and any(
                    m.how == "anaphora" and verb.start() <= m.start - s.start < verb.end() for m in s.of("agreement")):
                continue  # ("became the alliance's 32nd member", of a state never in the one last told of: another)
            out.append(claim)
            used.add(date.start)
            for more_states, more in _elliptical_clauses(s, date):  # "..., Italy in November 1916"
                if entering and _after_its_end(records, chosen, more):
                    break
                out.append(_membership_claim(s, records, chosen, more_states, more, entering, partners))
                used.add(more.start)
        if out:
            return out, used
    return [], set()


def _another_named_fits(s: Sentence, records: _Records, chosen: str, claim: Claim, states: list[int], date: Mention,
                        entering: bool, partners: bool) -> tuple[str, Claim]:
    """Return the agreement and claim of an entry (or exit) the sentence tells of no agreement by name ("Sweden
    became the alliance's thirty-second member on 7 March 2024", "Hungary joined in 1999"), read as the one the
    article was last about (``chosen``, ``claim``) and contradicting it, where exactly one other agreement the article
    names holds that state's entry (exit) at the date told: the sentence tells of that one (the article's own
    agreement, told of again after a paragraph on another). Otherwise ``chosen`` and ``claim`` unchanged: a date off
    every agreement's is a wrong date of the one last told of; so is one whose founders the states are, where a
    founder's entry is the signing, no joining after it ("Azerbaijan followed it into the Helsinki fold in 1992" is
    no entry into its own bilateral pact of that year)."""
    fits = []
    for other in sorted(records.named - {chosen}):
        if other not in records.gaz.treaties or set(states) & records.founders(other):
            continue
        read = _membership_claim(s, records, other, states, date, entering, partners)
        if read.verdict in {"consistent", "within_tolerance"}:
            fits.append((other, read))
    return fits[0] if len(fits) == 1 else (chosen, claim)


#: An exit told as announced, not made, at the date told: "announcing its withdrawal", "announced Hungary's
#: withdrawal", "announced in June 2012 that Bolivia would quit", "an exit first announced by ... in 2012".
_ANNOUNCED_BEFORE = re.compile(r"\b(?:announc\w*|declar(?:ed|ing)|threaten\w*)(?:\s+(?!and\b|but\b)[\w'’-]+){0,6}?\s+$",
                               re.IGNORECASE)
_ANNOUNCED_AFTER = re.compile(r"^[^,.;:]{0,12}?\b(?:(?:first|formally|publicly)\s+)?(?:announced|declared|"
                              r"threatened)\b", re.IGNORECASE)


def _announced(text: str, verb: re.Match[str]) -> bool:
    """Whether the verb of leaving ``verb`` tells an exit announced or threatened rather than made ("Ecuador joined
    Bolivia in announcing its withdrawal in June 2012", "Morales announced in June 2012 that Bolivia would quit", "an
    exit first announced in 2012"): its date is the announcement's, which the record does not hold."""
    return _ANNOUNCED_BEFORE.search(text[:verb.start()]) is not None or \
        _ANNOUNCED_AFTER.match(text[verb.end():]) is not None


def _announced_before(date: Mention, recorded: str) -> bool:
    """Whether an exit announced at ``date`` may well be an announcement ahead of the exit the record dates
    (``recorded``, "left 2016-02-19"): told before it, and not on its day and month of another year ("Iraq announced
    its withdrawal on 24 March 1958", of an exit announced and made on 24 March 1959: the same act, the year wrong)."""
    left = re.search(r"\d{4}(?:-\d\d){0,2}", recorded)
    told = date.value or ""
    if left is None or not told or told >= left.group(0)[:len(told)]:
        return False
    return not (len(told) == len(left.group(0)) == 10 and told[4:] == left.group(0)[4:])


def _past_its_name(s: Sentence, verb: re.Match[str]) -> bool:
    """Whether ``verb`` stands in a clause of its own, past a semicolon, after every agreement its sentence names."""
    cut = s.text.rfind(";", 0, verb.start())
    return all(m.end - s.start <= cut if m.start - s.start < verb.start() else False
               for m in s.of("agreement") if m.target)


def _later_dates(s: Sentence, year: int | None) -> list[Mention]:
    """Return, as dates of year precision, the times a sentence tells counted from one before (:data:`_LATER`: "a
    year later", "a few weeks later"): the year of the last date the sentence told before it, else the year the
    article last told (``year``), moved on by the years it counts."""
    out: list[Mention] = []
    for d in s.of("duration"):
        if re.fullmatch(_LATER, d.text, re.IGNORECASE) is None:
            continue
        before = [m for m in s.of("date") if m.value and m.end <= d.start]
        anchor = int(before[-1].value[:4]) if before and before[-1].value else year
        if anchor is not None:
            then = str(anchor + _years_on(d.text))
            out.append(Mention(kind="date", text=d.text, start=d.start, end=d.end, value=then, precision="year"))
    return out


def _object_told_before(s: Sentence, verb: re.Match[str], slug: str | None, referent: str | None) -> str | None:
    """Return the agreement a verb of joining or leaving is of: ``slug`` (the one the sentence names), unless its
    object is a name no mention links and the one named is told only by a description after another verb ("Kuwait
    joined the League on ..., and acceded to the joint defence treaty on ..."): the one the article was last about,
    ``referent``, is the body joined first (none where that is the one named: the body is then another)."""
    if slug is None or not _joins_another(s, verb):
        return slug
    named = [m for m in s.of("agreement") if m.target == f"treaty:{slug}"]
    if named and all(m.how == "entry description" and m.start - s.start > verb.end() for m in named):
        return referent if referent != slug else None
    return slug


#: What tells a state in an agreement from a date on, before the agreement's name: "has been in", "had been a member
#: of", "have been parties to".
_BEEN_IN = re.compile(r"\b(?:has|have|had)\s+(?:(?:long|also|only|now)\s+)?been\s+(?:in|(?:a|an)\s+"
                      r"(?:member|party|ally)\s+(?:of|to|in)|(?:members|parties|allies)\s+(?:of|to|in))\s+(?:the\s+)?$",
                      re.IGNORECASE)


#: A state told a party, a signatory or a founder of an agreement from a date on, by the words right before the date:
#: "had been a signatory of the Final Act since 1 August 1975", "had been among its signatories since 1 August 1976",
#: "is counted a party from 7 March 2005", "was a founding signatory at Bali on 24 February 1976", "were among its
#: founders on 22 March 1945", "The Dutch were founders on 4 April 1949". Since or from any date, the state's entry; at
#: a date told with "on" or "in", only a signatory or founder's of the agreement last spoken of (its signing: "was a
#: member in 1990" tells what it was then, not when it came in). The agreement is the one named after the noun
#: (``object``), else the one last spoken of.
_PARTY_FROM = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:(?:long|also|only|now|always)\s+)?been|was|were|is|are|"
    r"(?:is|was|are|were)\s+(?:counted|listed|recorded)(?:\s+as)?)\s+"
    r"(?:(?:also|both|all|still|then|already|indeed)\s+)*"
    r"(?:(?:among|one\s+of)\s+(?:the|its|their)\s+|an?\s+|the\s+)?"
    r"(?:(?P<founding>founding|original)\s+)?"
    r"(?:(?P<signer>signator(?:y|ies)|founders?)|members?|part(?:y|ies))"
    r"(?:\s+(?:of|to|in)\s+(?P<object>[^,;:()]{2,80}?))?"
    r"(?:,?\s+(?:at|in)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
    r"\s+(?:(?P<since>since|from)|on|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _member_since(s: Sentence, records: _Records, taken: set[int],
                  referent: str | None = None) -> tuple[list[Claim], set[int]]:
    """A state told to have been in an agreement since a date ("Greece has been in NATO since 1952", "Chile had been
    a party to the Rio pact since 1947"), or told a party, signatory or founder of it from a date or at the day of its
    founding (:data:`_PARTY_FROM`: "had been among its signatories since 1 August 1976", "was a founding signatory at
    Bali on 24 February 1976", of the agreement last spoken of, ``referent``, where the words name none): its entry
    at that date (:func:`_membership_claim`; a founder's is the signing), the states those before the verb in its
    clause; a date in ``taken`` is another claim's. Returns the claims and the starts of the dates they read."""
    out: list[Claim] = []
    used: set[int] = set()
    for m in s.of("agreement"):
        slug = (m.target or "").split(":", 1)[-1]
        been = _BEEN_IN.search(s.text[:m.start - s.start])
        since = re.match(r"\s+since\s+(?:the\s+)?", s.text[m.end - s.start:])
        date = None if since is None else next((d for d in s.of("date") if d.value
                                                and d.start == m.end + since.end()), None)
        if been is None or date is None or date.start in taken or slug not in records.gaz.treaties or \
                m.how == "anaphora":
            continue
        states = _states_before(s, been.start())
        if states:
            out.append(_membership_claim(s, records, slug, states, date, True))
            used.add(date.start)
    for date in s.of("date"):
        if not date.value or date.start in taken | used or _attached(s, date):
            continue
        lead = s.text[max(0, date.start - s.start - 200):date.start - s.start]
        words = _PARTY_FROM.search(lead)
        if words is None or not (words.group("since") or ((words.group("founding") or words.group("signer"))
                                                          and words.group("object") is None)):
            continue  # ("a founding signatory of the Bali treaty in 1977": the signing rules read the one named)
        at = date.start - len(lead) + words.start()  # (where the words begin, in the article)
        told = [m for m in s.of("agreement") if m.target and _clause_start(s, at - s.start) <= m.start - s.start
                and m.start < date.start]
        if words.group("object") is not None:
            lo, hi = date.start - len(lead) + words.start("object"), date.start - len(lead) + words.end("object")
            named = [m for m in told if lo <= m.start < hi]
            which = (named[0].target or "").split(":", 1)[-1] if len(named) == 1 else None
        else:  # ("among its founders on ...": the one "its" stands for; "a founding signatory at Bali on ...": the
            # one last spoken of)
            own = [m for m in told if m.start >= at]
            which = (own[0].target or "").split(":", 1)[-1] if len(own) == 1 else referent if not told else None
        if which is None or which not in records.gaz.treaties:
            continue
        states = _states_before(s, at - s.start)
        if not states or (words.group("object") is None and not set(states) <= records.gaz.treaties[which].members):
            continue  # (a state never in the one last spoken of: another agreement is meant)
        out.append(_membership_claim(s, records, which, states, date, True,
                                     bool(words.group("founding") or words.group("signer"))))
        used.add(date.start)
    return out, used


def _states_before(s: Sentence, at: int) -> list[int]:
    """Return the states of the clause holding offset ``at`` of the sentence's text told before it, its subject: no
    place of an act ("in Manila") and no possessive ("Spain's")."""
    clause = _clause_start(s, at)
    return _codes([x for x in s.of("state") if clause <= x.start - s.start < at and not _place(s, x)
                   and not re.match(r"['’]s\b", s.text[x.end - s.start:])])


def _joins_one_told_here(s: Sentence, verb: re.Match[str], verbs: list[re.Match[str]]) -> bool:
    """Whether a verb of joining, in a sentence that links no agreement, is of an agreement the sentence itself tells
    of rather than the one the article was last about: one named before it by a title the record does not hold
    ("when the Andean states opened their Pact of Cartagena to others, Chile acceded in 1969"), or, for "followed",
    the object of the verb it follows where that is something else ("Peru adhered to the Allied pledge on 2 May 1917,
    and Chile followed on 4 June 1917")."""
    if _unknown_named_before(s, verb.start()) or _unlinked_object_before(s, verb.start()):
        return True
    if not _FOLLOWED.fullmatch(verb.group(0)):
        return False
    led = [v for v in verbs if v.end() <= verb.start() and not _FOLLOWED.fullmatch(v.group(0))]
    return bool(led) and (_joins_another(s, led[-1]) or _OBJECT_AFTER_JOINING.match(s.text, led[-1].end()) is None)


#: An agreement signed or joined that the record does not link: "signed the African Union's founding act",
#: "joined the Andean charter" (a verb of joining after it is of that one; not "signed a defence agreement", a new
#: one the sentence describes, which the rules of agreements told without a name link).
_SIGNED_OBJECT = re.compile(r"\b(?:signed|joined|ratified|adopted|(?:acceded|adhered)\s+to)\s+the\s+"
                            r"(?:[\w'’-]+\s+){0,4}?(?:act|charter|treaty|pact|protocol|convention|accord|agreement|"
                            r"declaration)\b", re.IGNORECASE)


def _unlinked_object_before(s: Sentence, at: int) -> bool:
    """Whether the sentence tells, before offset ``at``, a signing or joining of an agreement no mention links ("Ghana
    signed the African Union's founding act in July 2000; Guinea came in on 2 March 2001": Guinea came into that)."""
    return any(o.end() <= at and not re.search(r"\b(?:accession|membership|adhesion)\b", o.group(0), re.IGNORECASE)
               and not any(m.target and m.start - s.start < o.end() and o.start() < m.end - s.start
                           for m in s.of("agreement"))
               for o in _SIGNED_OBJECT.finditer(s.text))  # (not "signed its accession protocol": the same one)


#: What may stand beside the states that are a clause's whole subject: "Italy followed", "and then Chile and Peru".
_SUBJECT_GLUE = re.compile(r"[\s,]*(?:(?:and|the|then|soon|later|only|duly|also|shortly|in\s+turn)\b[\s,]*)*",
                           re.IGNORECASE)


#: An aside telling who ruled a state, between it and its verb: "Chile, under President Ríos, followed", "Peru,
#: governed by Manuel Prado, waited until ...".
_RULED_ASIDE = re.compile(r",\s+(?:then\s+)?(?:under|(?:governed|led|ruled|headed)\s+by)\b[^,;]*,", re.IGNORECASE)


def _followers(s: Sentence, follows_entry: bool) -> list[re.Match[str]]:
    """Return the verbs "followed" told of states that entered an agreement after others signed or joined it: after a
    verb of signing in the sentence ("A signed the declaration on 1 January 1942, and B followed on 26 December
    1944"), or opening a sentence that follows one telling an entry or a signing (``follows_entry``: "A acceded to
    the treaty in 2003. B followed in 2004."), and likewise "did so", "did the same" ("B did the same in 2004").
    Its subject is only states ("B's guarantee followed" is no entry)."""
    out: list[re.Match[str]] = []
    for f in sorted(itertools.chain(_FOLLOWED.finditer(s.text), _DID_SO.finditer(s.text)), key=lambda v: v.start()):
        signed = _SIGNING.search(s.text[:f.start()])
        if signed is None and not follows_entry:
            continue
        asides = [a.span() for a in _RULED_ASIDE.finditer(s.text, 0, f.start())]  # ("B, under X, followed")
        clause = max([b.end() for b in re.finditer(r"[,;:]\s+", s.text[:f.start()])
                      if not any(a <= b.start() < z for a, z in asides)], default=0)
        if signed is None and clause:
            continue  # (after the sentence before, only a sentence that opens with its subject)
        subject = [m for m in s.of("state") if m.target and clause <= m.start - s.start < f.start()
                   and not any(a <= m.start - s.start < z for a, z in asides)]
        rest, at = "", clause
        for m in subject:
            rest, at = rest + s.text[at:m.start - s.start], m.end - s.start
        rest += s.text[at:f.start()]
        for a, z in asides:
            rest = rest.replace(s.text[a:z], "")
        if subject and _SUBJECT_GLUE.fullmatch(rest) and not re.match(r"['’]s\b", s.text[subject[-1].end - s.start:]):
            out.append(f)
    return out[:1]


#: A state's ratification of an agreement: "Ecuador ratified on 11 November 1949", "deposited its ratification".
_RATIFYING = re.compile(r"\b(ratified|deposited\s+(?:its|their)\s+(?:instruments?\s+of\s+)?ratifications?)\b",
                        re.IGNORECASE)


def _ratified_entry(s: Sentence, records: _Records, slug: str, states: list[int], date: Mention) -> bool:
    """Whether a dated ratification is read as the states' entry into the agreement (:func:`_membership_claim`): only
    for states that entered after its signing, and only where the record's entry agrees with it (the record codes that
    agreement's entries by ratification). Elsewhere the record dates entries by another act (the signing, an
    accession protocol), and a ratification told on another day is no sign of a wrong date."""
    if set(states) & records.founders(slug):
        return False
    return _membership_claim(s, records, slug, states, date, True).verdict in {"consistent", "within_tolerance"}


def _joins_another(s: Sentence, verb: re.Match[str]) -> bool:
    """Whether a verb of joining or leaving has for its object a name that is no agreement or state the record
    knows ("left the Commonwealth", "joined the European Community"): a body of its own, not the agreement the
    article was last about."""
    found = re.match(r"\s+(?:the\s+)?((?-i:[A-Z])[\w'’-]+)", s.text[verb.end():])
    if found is None or found.group(1).casefold() in _MONTH_WORDS:
        return False
    at = s.start + verb.end() + found.start(1)
    return not any(m.start <= at < m.end for m in s.mentions if m.kind in {"agreement", "state"})


def _with_entry_parties(claims: list[Claim]) -> list[Claim]:
    """Return a sentence's ``claims`` with, after each dated entry judged against the record's membership, the claim
    it also makes that its states are parties to the agreement since then ("Portugal acceded to the pact in May
    1950", "Norway's protocol of accession was signed in March 1952": a party from then), with the entry's verdict
    (the date is what tells such a membership right or wrong); likewise after each dated exit the record bears out
    ("Chile withdrew from the pact in 1980": a party until then; an exit told at a wrong date is that exit's fault
    alone, the event's claim); none where the sentence already tells those states parties to that agreement, save
    by one claim of several states whose entries it dates apart (:func:`_entries_apart`)."""
    out: list[Claim] = []
    for c in claims:
        out.append(c)
        act = next((a for a in (": entry into ", ": exit from ") if a in c.claimed), None)
        if c.kind != "event_date" or c.verdict == "not_in_record" or act is None or not c.records or (
                act == ": exit from " and c.verdict == "contradicts"):
            continue  # (an exit told at a wrong date is the exit's fault alone: the state was a party all the same)
        names = c.claimed.split(act, 1)[0].split(" and ")
        if any(o.kind == "agreement_parties" and o.records[:1] == c.records[:1] and all(n in o.claimed for n in names)
               and not _entries_apart(o, c, claims) for o in claims):
            continue
        out.append(Claim(kind="agreement_parties", text=c.text, start=c.start, end=c.end,
                         claimed=f"parties: {c.claimed}", verdict=c.verdict, record_value=c.record_value,
                         reason=c.reason, records=c.records))
    return out


def _entries_apart(told: Claim, entry: Claim, claims: Sequence[Claim]) -> bool:
    """Return whether the parties claim ``told`` names, besides the states of the dated ``entry``, those of another
    entry of ``claims`` into the same agreement at another date: one claim for states the sentence tells joining
    apart ("both are parties to the pact, which A joined in 2003 and B in 2005"), not the entry's own."""
    if ": entry into " in told.claimed or ": exit from " in told.claimed:
        return False
    own = entry.claimed.split(": entry into ", 1)[0].split(" and ")
    if len(told.claimed.split(": ", 1)[-1].split(", ")) <= len(own):
        return False  # (a claim of no more states than the entry's: the entry's own)
    when = entry.claimed.rsplit(" into ", 1)[-1]
    return any(o is not entry and o.kind == "event_date" and o.records[:1] == entry.records[:1]
               and ": entry into " in o.claimed and o.claimed.rsplit(" into ", 1)[-1] != when for o in claims)


def _joined_by_description(s: Sentence, records: _Records, context: Sequence[int]) -> tuple[str, int, int] | None:
    """Return the stored agreement a state is told to join or leave by a description the record lacks and its year
    ("Khartoum acceded to the League's collective security treaty of 1950"): the one of the sentence's states and
    ``context`` signed nearest that date (:func:`_nearest_agreement`) and where the sentence names it, else None."""
    for date in s.of("date"):
        found = _DATED_NAME.search(s.text[:date.start - s.start]) if date.value else None
        verb = None if found is None else next((v for pattern in (_JOINING, _LEAVING) for v in pattern.finditer(
            s.text, 0, found.start()) if not re.search(r"[;.]", s.text[v.end():found.start()])), None) or \
            _joined_it_after(s, date)
        if found is None or verb is None:
            continue
        states = [c for c in _codes([m for m in s.of("state") if not _place(s, m)]) + list(context)]
        slug = _nearest_agreement(records, list(dict.fromkeys(states)), context, date, found.group("name").casefold())
        return None if slug is None else (slug, found.start("name"), found.end("name"))
    return None


#: An agreement told in lower case as the object of a verb of joining, after its body's possessive or its place:
#: "acceded to the League's joint defence treaty", "signed up to the Tashkent collective security treaty", "joined the
#: Commonwealth's charter", "ratified the Union's common defence pact" (the body or place, then the words and noun).
_JOINED_DESCRIBED = re.compile(
    r"\s+(?:(?:together|jointly|formally|also|only|then|later|both)\s+)*(?:to\s+|into\s+)?(?:the|its|their)\s+"
    r"(?:(?P<owner>(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?-i:[A-Z])[\w-]*)['’]s\s+|(?P<place>(?-i:[A-Z])[\w-]*)\s+)?"
    r"(?P<words>(?:(?-i:[a-z])[\w-]*\s+){0,4}?)"
    r"(?P<noun>treaty|pact|charter|act|protocol|accord|agreement|alliance|convention)\b",
    re.IGNORECASE)
#: Nouns any agreement may be told by whatever its title (ATOP's titles call each a "pact"); another noun ("charter",
#: "protocol") must be one of its title's words.
_ANY_NOUN = frozenset({"treaty", "pact", "agreement", "alliance"})
#: Words that describe no agreement in particular.
_NO_KIND_WORDS = frozenset({"new", "old", "own", "first", "later", "earlier", "original", "founding", "whole", "same",
                            "regional", "collective", "mutual", "formal"})
#: How far (in days) a state's recorded entry may lie from the date told for the agreement described to be the one.
_DESCRIBED_ENTRY_DAYS = 2 * 366


def _joined_by_its_words(s: Sentence, records: _Records, context: Sequence[int],
                         dates: Sequence[Mention]) -> list[tuple[str, int, int]]:
    """Return the stored agreement a state is told to join by a description in lower case, after its body's
    possessive or place ("Kuwait acceded to the League's joint defence treaty on 12 August 1962", "it signed up to
    the Tashkent collective security treaty the same day"): of the agreements the joining states (those before the
    verb, else ``context``) are recorded members of, the one whose title or names hold the description's words (and
    its noun, a charter or a protocol), which the states entered nearest the date told after the verb, within two
    years; with its span, for each such verb (none where no description follows, or none or two agreements fit: the
    claim is then left to the other rules)."""
    out: list[tuple[str, int, int]] = []
    for verb in _JOINING.finditer(s.text):
        found = _JOINED_DESCRIBED.match(s.text, verb.end())
        if found is None or not (found.group("owner") or found.group("place") or found.group("words").strip()):
            continue
        date = next((d for d in dates if d.value and d.start - s.start >= found.end()
                     and not re.search(r"[;.]", s.text[found.end():d.start - s.start])), None)
        if date is None:
            continue
        clause = max([b.end() for b in _SEGMENT_BREAK.finditer(s.text, 0, verb.start())], default=0)
        states = _codes([m for m in s.of("state") if clause <= m.start - s.start < verb.start() and not _place(s, m)])
        states = states or list(context)[:1]
        if not states:
            continue
        words = [w for w in re.findall(r"[\w-]+", found.group("words").casefold()) if w not in _NO_KIND_WORDS]
        noun = found.group("noun").casefold()
        told = [_norm(w) for w in words + ([] if noun in _ANY_NOUN else [noun])]
        said = _pdate(date.value or "")
        fits: list[tuple[int, str]] = []
        for slug, treaty in records.gaz.treaties.items():
            if not set(states) <= treaty.members or treaty.kind in {"border", "trade"}:
                continue
            names = " | ".join([_norm(treaty.title), _norm(records.treaty_ref(slug).label),
                                *records.names(slug)])
            if not all(re.search(rf"\b{re.escape(w)}", names) for w in told):
                continue
            entered = records.entry_dates(slug)
            gap = max(_gap(said, _pdate(entered.get(c, treaty.signed))) for c in states)
            if gap <= _DESCRIBED_ENTRY_DAYS:
                fits.append((gap, slug))
        fits.sort()
        if not fits or (len(fits) > 1 and fits[1][0] == fits[0][0]):
            continue
        lo = found.start("owner") if found.group("owner") else found.start("place") if found.group("place") else \
            found.start("words")
        out.append((fits[0][1], lo, found.end()))
    return out


#: What follows a verb of joining that has no object of its own, so that the agreement joined is the one last told
#: of: "became a party only on 27 February 1995", "joined it in", "adhered that November".
_OBJECT_AFTER_JOINING = re.compile(r"\s*(?:(?:only|again|formally|finally|officially|also|then|soon|later|to\s+it)\s+)*"
                                   r"(?:[,.;]|in\b|on\b|at\b|it\b|them\b|$|the\s+(?:two|three|four|others)\b)")


def _joined_it_after(s: Sentence, date: Mention) -> re.Match[str] | None:
    """Return a verb of joining or leaving told after a dated description, in its sentence, whose object is "it"
    ("The Pact's defence protocol of 4 May 1962 bound its founders at once, while Chile acceded to it in 1964"):
    "it" is the agreement described, not the one the article was last about."""
    return next((v for pattern in (_JOINING, _LEAVING) for v in pattern.finditer(s.text, date.end - s.start)
                 if re.match(r"\s+(?:(?:to|from)\s+)?it\b", s.text[v.end():])
                 and not re.search(r"[;.]", s.text[date.end - s.start:v.start()])), None)


def _membership_told(s: Sentence, records: _Records, slug: str | None, verb: re.Match[str], entering: bool,
                     dates: list[Mention], context: Sequence[int] = (),
                     pair: Sequence[int] = ()) -> tuple[list[int], Mention, str] | None:
    """Return the states a verb of entry or exit is told of (those before it in its clause; for "they", "both" or
    "the two", the states of the sentence before, ``context``), its date (the first after it in its clause) and the
    agreement (``slug``, or, the sentence naming several, the one named last before the verb), or None where the verb
    tells of no dated entry into or exit from an agreement."""
    agreements = s.agreements()
    if len(agreements) > 1:  # "in NATO and in the Baghdad Pact, which Britain joined on ...": the agreement named last
        # before the verb
        before = [m for m in s.of("agreement") if m.target and m.end - s.start <= verb.start()]
        after = [m for m in s.of("agreement") if m.target and not re.match(r"['’]s\b", s.text[m.end - s.start:])
                 and re.fullmatch(
            r"\s+(?:(?:to|into|of|in|from)\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}['’]s\s+)?",
            s.text[verb.end():m.start - s.start])]
        # ("accession to NATO", "acceded to the League's defence treaty": the one named right after the verb)
        slug = (after[0].target or "").split(":", 1)[1] if after else \
            (before[-1].target or "").split(":", 1)[1] if before else None
    if slug is None or slug not in records.gaz.treaties:
        return None
    if entering and re.match(r"\s+(?:the\s+)?(?:war|fight|fighting|talks|coalition|forces)\b", s.text[verb.end():]):
        return None
    if entering and not agreements and not _OBJECT_AFTER_JOINING.match(s.text, verb.end()) and \
            not any(d.start - s.start == verb.end() + 1 for d in dates):
        return None  # "Bulgaria joined the Central Powers": something else was joined, not the agreement last told of
    clause = max([b.end() for b in _SEGMENT_BREAK.finditer(s.text, 0, verb.start())]
                 + [b.start() for b in _SUBORDINATE.finditer(s.text, 0, verb.start())]
                 + [b.end() for b in re.finditer(r":\s+", s.text[:verb.start()])], default=0)  # ("...: Honduras left")
    owner = re.search(r"['’]s\s+$", s.text[:verb.start()])
    if owner is not None:  # "Mexico's withdrawal", "Cuba's participation": the possessor only
        clause = max([clause] + [m.start - s.start for m in s.of("state") if m.end - s.start == owner.start()])
    asides = [a.span() for a in re.finditer(r",\s+(?:which|who|whose|after|before|having)\b[^,;]*,",
                                             s.text[:verb.start()])] + [
        a.span() for a in _RULED_ASIDE.finditer(s.text, 0, verb.start())]
    named = [(a.start, a.end) for a in s.of("agreement") if a.target]  # ("the Rio pact": no state of its own)
    clause = _after_an_earlier_act(s, clause, verb, entering, asides, named)
    states = _codes([m for m in s.of("state") if clause <= m.start - s.start < verb.start()
                     and not any(a <= m.start - s.start < b for a, b in asides)
                     and not any(a <= m.start < b for a, b in named)
                     and not _TROOPS_AFTER.match(s.text, m.end - s.start)])
    if not entering and verb.group(0).casefold() == "suspended":
        states = _suspended_states(s, verb)  # "the League suspended Syria": the state suspended, not its subject
    told = [v for v in (_JOINING if entering else _LEAVING).finditer(s.text, 0, verb.start()) if v.end() < verb.start()]
    if told and re.search(r",\s+and\s+(?:(?:then|later|also|finally|soon)\s+)?$", s.text[:verb.start()]):
        # "Kuwait joined the League on ..., weeks after it became independent from Britain, and acceded to the
        # treaty on ...": a verb with no subject of its own shares the first verb's
        lead = max([b.end() for b in _SEGMENT_BREAK.finditer(s.text, 0, told[0].start())], default=0)
        states = _codes([m for m in s.of("state") if lead <= m.start - s.start < told[0].start()
                         and not _place(s, m) and not any(a <= m.start < b for a, b in named)]) or states
    if not states and told and re.search(r"\bits\s+$", s.text[:verb.start()]):
        # "Nicaragua left the pact; its exit took effect on ...": the state told to leave (or join) before, the one
        # right before that verb
        states = _codes([m for m in s.of("state") if m.end - s.start <= told[-1].start() and not _place(s, m)
                         and not any(a <= m.start < b for a, b in named)][-1:])
    if re.search(r"\bit\s+(?:(?:had|has|then|later|also|formally|finally|soon|duly)\s+)*$", s.text[:verb.start()]):
        # "Turkey declared war on Germany on 23 February, and it adhered ...": "it" is the sentence's subject, the
        # state named first, not every state between
        first = [m for m in s.of("state") if m.start - s.start < verb.start() and not _place(s, m)][:1]
        states = _codes(first)
    if not states and len(context) >= 2 and _PLURAL_SUBJECT.search(s.text[clause:verb.start()]):
        # "On 26 March 2003 they signed their protocols of accession": those of them that ever were members
        states = [c for c in context if c in records.gaz.treaties[slug].members]
    if not states and len(context) < 2 and len(pair) == 2 and _PAIR_SUBJECT.search(s.text[clause:verb.start()]):
        # "In November 1940 both governments adhered to the pact, ...", the sentence before naming one state or none:
        # the two the article is about
        states = [c for c in pair if c in records.gaz.treaties[slug].members or c in records.atop_members(slug)]
    after = [d for d in dates if d.start - s.start >= verb.end()
             and not _CLAUSE_BREAK.search(s.text[verb.end():d.start - s.start])
             # (not a date another verb of its kind tells, between: "signed its protocol of accession to the North
             # Atlantic Treaty, and it joined the Western European Union on 14 November 1988": that one's)
             and not (entering and _JOINING.search(s.text, verb.end(), d.start - s.start))
             and not _REPORTED_ON.search(s.text[:d.start - s.start])]
    # else a date that leads the verb's clause: "On 26 March 2003 they signed their protocols of accession"
    after = after or [d for d in dates if clause <= d.start - s.start < verb.start()
                      and not re.search(r"[,;]", s.text[d.end - s.start:verb.start()])
                      and not _SIGNING.search(s.text[clause:d.start - s.start])]
    if not after and owner is not None:  # "Twenty years ago today Mexico's withdrawal ... took effect"
        after = [d for d in dates if d.end - s.start <= clause and not s.text[d.end - s.start:clause].strip()]
    # (not a date a verb of signing before it in the clause tells: "which the Soviet Union signed in 1975 and Moldova
    # adhered to after independence")
    if not entering and verb.group(0).casefold() == "suspended":  # "the League suspended Syria on 12 November 2011"
        # (its own date, right after the state or leading the clause: not "..., and its part in the 1950 treaty")
        after = [d for d in after if re.fullmatch(r"[^,;]{0,40}?\s+(?:on|in)\s+(?:[\w-]+\s+)?",
                                                  s.text[verb.end():d.start - s.start])] or \
            [d for d in dates if clause <= d.start - s.start < verb.start()]
    if not states or not after:
        return None
    if entering and _after_its_end(records, slug, after[0]):
        return None  # no state joins an agreement after its end: "it" is another agreement than the one last told of
    if not entering and _after_its_end(records, slug, after[0], 1) and not any(
            m.target == f"treaty:{slug}" and m.how != "anaphora" for m in s.of("agreement")):
        return None  # nor leaves one years after it ended ("A second ... El Salvador left it at the end of 1932", of a
        # pact ended in 1918): "it" is another agreement, one the checker could not link
    own = _own_states(s, verb, after[0])
    return own or states, after[0], slug


#: A verb of reporting right before a date: the day something was said, not the act told ("..., historians noted on
#: Friday", "officials said in March").
_REPORTED_ON = re.compile(r"\b(?:said|noted|told|recalled|announced|added|wrote|observed|remarked|reported|stressed)"
                          r"\s+(?:[\w-]+\s+)?(?:on|in|last|this)?\s*$", re.IGNORECASE)


def _suspended_states(s: Sentence, verb: re.Match[str]) -> list[int]:
    """Return the states a body is told to suspend, those right after the verb ("the League suspended Syria",
    "the organisation suspended Egypt and Libya"): each one's membership, an exit (the record dates it so)."""
    run: list[Mention] = []
    for m in s.of("state"):
        gap = s.text[(run[-1].end - s.start) if run else verb.end():m.start - s.start] if m.target else "x"
        if m.start - s.start >= verb.end() and re.fullmatch(r"\s+" if not run else r",?\s+(?:and\s+)?|,\s+", gap):
            run.append(m)
        elif run:
            break
    return _codes(run)


def _after_an_earlier_act(s: Sentence, clause: int, verb: re.Match[str], entering: bool,
                          asides: list[tuple[int, int]], named: list[tuple[int, int]]) -> int:
    """Return where the subject of a verb of entry or exit begins where another such verb is told before it in its
    clause, after a comma or a bare "and" ("Chile acceded to the pact in 1961 and Peru followed in 1963", "Cuba left
    it in May 1962, Haiti in June"): after that verb and the date told with it, so that the earlier act's states
    are not taken for the later's; else ``clause``, as where no state stands between the two (an aside: "Chile,
    which had joined it in 1955, left in 1968")."""
    earlier = [v for v in (_JOINING if entering else _LEAVING).finditer(s.text, clause, verb.start())
               if v.end() <= verb.start() and not any(a <= v.start() < b for a, b in asides)]
    if not earlier:
        return clause
    start = max([earlier[-1].end()] + [d.end - s.start for d in s.of("date")
                                        if earlier[-1].end() <= d.start - s.start and d.end - s.start <= verb.start()])
    if not re.search(r"(?:,|\band)\s+(?:and\s+)?(?:then\s+)?(?:the\s+)?$", s.text[start:min(
            [m.start - s.start for m in s.of("state") if start <= m.start - s.start < verb.start()] or [start])]):
        return clause
    if not any(start <= m.start - s.start < verb.start() and not any(a <= m.start < b for a, b in named)
               for m in s.of("state")):
        return clause
    return start


def _own_states(s: Sentence, verb: re.Match[str], date: Mention) -> list[int]:
    """Return the states a date after a verb of entry or exit is told of in a list that gives each its own ("Both
    adhered to the treaty, Rabat in June 1961 and Algiers in September 1964": Morocco's date), or [] where none
    stands right before it."""
    run: list[Mention] = []
    end = date.start - s.start
    for m in sorted((m for m in s.of("state") if m.target and verb.end() <= m.start - s.start < end),
                    key=lambda m: -m.start):
        gap = s.text[m.end - s.start:(run[-1].start - s.start) if run else end]
        if not re.fullmatch(r"\s+(?:(?:in|on|by|from)\s+)?" if not run else r",?\s+(?:and\s+)?|,\s+", gap):
            break
        run.append(m)
    if not run or not re.search(r"[,;:]\s+(?:and\s+)?(?:the\s+)?$", s.text[:run[-1].start - s.start]):
        return []
    return _codes(list(reversed(run)))


def _after_its_end(records: _Records, slug: str, date: Mention, years: int = 0) -> bool:
    """Whether ``date`` falls in a year after the agreement ``slug`` ended (no state enters it then), or more than
    ``years`` years after."""
    ended = records.gaz.treaties[slug].ended
    return bool(ended and date.value and int(date.value[:4]) > int(ended[:4]) + years)


#: A state's people or forces, not the state: "the last Syrian soldiers left in April 2005", "French troops joined".
_TROOPS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:soldiers|troops|forces|army|armies|units|garrisons?|officers|"
                           r"volunteers|advisers|advisors|ships|warships|fleets?|squadrons?)\b", re.IGNORECASE)


#: A subject that stands for the states of the sentence before: "they", "both", "the two", "all three".
_PLURAL_SUBJECT = re.compile(r"\b(?:they|both|(?:the|all) (?:two|three|four)|each of them)\b", re.IGNORECASE)


#: A subject that stands for the two states an article is about, where the sentence before names fewer: "both
#: governments", "both states", "the two neighbours".
_PAIR_SUBJECT = re.compile(r"\b(?:both|the\s+two)\b(?:\s+(?:governments|states|countries|neighbours|neighbors|capitals|"
                           r"kingdoms|republics|monarchies))?\s*$", re.IGNORECASE)


#: A clause that repeats the verb before it for other states, the verb left out: ", and Bulgaria the following
#: March", ", Italy in November 1916", "; Greece and Turkey on 18 February 1952".
_ELLIPSIS = re.compile(r",\s+(?:and\s+|then\s+)?(?:the\s+)?|;\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


#: A clause of circumstance after an entry's date, before an elliptical clause: ", after British troops had occupied
#: the country", ", when the war was won" (no date of its own, up to the comma before the next clause).
_CIRCUMSTANCE = re.compile(r",\s+(?:after|when|while|once|as|before|following|under|amid|despite)\b[^,;\d]*(?=,)",
                           re.IGNORECASE)


def _elliptical_clauses(s: Sentence, after: Mention) -> list[tuple[list[int], Mention]]:
    """Return the clauses after the date ``after`` that repeat the sentence's verb for other states with a date of
    their own, the verb left out (", and Bulgaria the following March", ", Italy in November 1916"): each clause's
    states and date. A clause is only states (joined by commas and "and"), an optional "in", "on" or "by", and a
    date; one with any other word is no such clause."""
    out: list[tuple[list[int], Mention]] = []
    at = after.end
    dates = [d for d in s.of("date") if d.value and d.start > at]
    for date in dates:
        aside = _CIRCUMSTANCE.match(s.text, at - s.start)  # (", after X had happened, and B in March 1944")
        if aside is not None and aside.end() < date.start - s.start:
            at = s.start + aside.end()
        gap = s.text[at - s.start:date.start - s.start]
        states = [m for m in s.of("state") if m.target and at <= m.start < date.start]
        if not states:
            break
        if not _ELLIPSIS.fullmatch(gap[:states[0].start - at]):
            break
        joins = [s.text[a.end - s.start:b.start - s.start] for a, b in itertools.pairwise(states)]
        tail = s.text[states[-1].end - s.start:date.start - s.start]
        if any(not re.fullmatch(r",?\s+(?:and\s+)?(?:the\s+)?|,\s+", j) for j in joins) or not re.fullmatch(
                r"\s+(?:(?:only|not\s+until|until|then|finally|eventually|later|just|also)\s+)?"
                r"(?:(?:in|on|by|from)\s+)?", tail):
            break
        out.append((_codes(states), date))
        at = date.end
    return out


def _membership_claim(s: Sentence, records: _Records, slug: str, states: list[int], date: Mention,
                      entering: bool, partners: bool = False) -> Claim:
    """Return the claim that ``states`` entered (or left) an agreement at ``date``, against the record's membership
    (the ledger's, else ATOP's for the same agreement): not in the record where a state has no such entry or exit; an
    entry on the day of signing is the agreement's own date."""
    treaty = records.gaz.treaties[slug]
    rows = {r["ccode"]: r for r in records.store.query(
        "SELECT ccode, entered, exited FROM memberships WHERE treaty = ?", [slug])}
    phases: dict[int, list[Any]] = {}
    for row in records.atop_phases(slug):  # the members ATOP codes for the same agreement, where the ledger has none
        rows.setdefault(row["ccode"], {"ccode": row["ccode"], "entered": row["entered"], "exited": row["exited"]})
        phases.setdefault(row["ccode"], []).append(row)
    ref = records.treaty_ref(slug)
    label = re.sub(r"\s*\(.*", "", ref.label)
    names = " and ".join(_name(c, date.value or "") for c in states)
    act = "entry into" if entering else "exit from"
    known = [_phase_nearest(rows[c], phases.get(c, []), date, entering) if c in rows else None for c in states]
    strangers = [c for c in states if c not in rows and c not in treaty.members]
    if entering and strangers and f"treaty:{slug}" in {m.target for m in s.of("agreement")}:
        # "Bulgaria became a party to the treaty in 1915", of a state that never was: a wrong party
        return _parties_claim(s, slug, strangers, records)
    if any(k is None for k in known):
        missing = [_name(c, date.value or "") for c, k in zip(states, known, strict=True) if k is None]
        return Claim(kind="event_date", text=s.text.strip(), start=s.start, end=s.end,
                     claimed=f"{names}: {act} {label} {date.text}", verdict="not_in_record",
                     record_value=f"no {act} of {', '.join(missing)} recorded",
                     reason=f"the record holds no {act} {label} for {', '.join(missing)}; a sourced membership "
                            "record would be needed", records=[ref])
    judged = [(compare_dates(date.value or "", str(k), "accession" if entering else "withdrawal"), str(k))
              for k in known]
    (verdict, reason), value = max(judged, key=lambda j: _VERDICT_RANK[j[0][0]])
    refs = [ref]
    if entering and verdict != "consistent":
        deposited = _deposit_events(records, slug, states)
        if deposited:  # "Poland joined NATO on 12 March 1999": the day it became a party, which the record holds
            best = min(((compare_dates(date.value or "", e["date"], "accession"), e) for e in deposited),
                       key=lambda j: _VERDICT_RANK[j[0][0]])
            if _VERDICT_RANK[best[0][0]] < _VERDICT_RANK[verdict]:
                (verdict, reason), event = best
                reason += f"; the record dates the entry {value}, and the day it became a party {event['date']}"
                value = f"{value}; became a party {event['date']} ({event['kind'].replace('_', ' ')})"
                refs.append(RecordRef(kind="event", id=event["id"], ledger=event["ledger"],
                                      label=event["description"][:120],
                                      sources=[f"{event['ledger']}:{x}" for x in event["sources"]]))
    founding = partners and all(str(k) == treaty.signed for k in known)
    return Claim(kind="agreement_date" if founding else "event_date", text=s.text.strip(), start=s.start,
                 end=s.end, claimed=f"{names}: {act} {label} {date.text}", verdict=verdict,
                 record_value=f"{'entered' if entering else 'left'} {value}", reason=reason, records=refs)


def _phase_nearest(row: Any, phases: Sequence[Any], date: Mention, entering: bool) -> Any:
    """Return the date of a state's entry into (or exit from) an agreement the record holds nearest the one told: the
    ledger's, else that of the ATOP phase whose entry or exit the date fits best, where ATOP codes the state leaving
    and coming back ("Uzbekistan suspended its membership on 29 June 2012", of a state that left in 1999, came back
    in 2006 and left again in 2012)."""
    key = "entered" if entering else "exited"
    told = [str(p[key]) for p in phases if p[key]]
    if row[key] is None or len(told) < 2 or str(row[key]) not in told:
        return row[key]
    act = "accession" if entering else "withdrawal"
    year = int((date.value or "0")[:4])
    return min(told, key=lambda value: (_VERDICT_RANK.get(compare_dates(date.value or "", value, act)[0], 3),
                                        abs(int(value[:4]) - year)))


def _deposit_events(records: _Records, slug: str, states: list[int]) -> list[dict[str, Any]]:
    """Return the record's events on which every one of ``states`` became a party to the agreement ``slug`` (its
    instrument deposited, the agreement in force for it, its ratification): where the record dates an entry by
    another act (NATO's entries are the protocols' days, ATOP's rule), the day commentary usually means."""
    rows = records.store.query(
        "SELECT ledger, id, date, kind, actors, description, sources FROM events WHERE treaty = ? "
        "AND kind IN ('in_force', 'ratified') ORDER BY date", [slug])
    return [r for r in rows if set(states) <= set(r["actors"])]


#: An agreement told in force from a date, its entry into force: "in force from 3 December 1949", "in force only
#: from May 1950".
_IN_FORCE_FROM = re.compile(r"\bin\s+force\s+(?:(?:only|formally|legally)\s+)?from\b", re.IGNORECASE)


def _in_force_claims(s: Sentence, records: _Records, taken: set[int],
                     signed: Sequence[str] = ()) -> tuple[list[Claim], set[int]]:
    """The date an agreement the sentence names (or refers to: "It entered into force on ...") came into force, or
    the one it tells signed by a description (``signed``: "The treaty was signed on ... and came into force on ..."),
    against the record's date of entry into force, where the record has one: an event of the agreement's, and one of
    its own dates (an ``agreement_date`` of the same verdict), as readers take it either way. Told "in force from" a
    date, the same (:data:`_IN_FORCE_FROM`)."""
    words = _IN_FORCE.search(s.text) or _IN_FORCE_FROM.search(s.text)
    if words is None or _LEAVING.search(s.text[:words.start()]):
        return [], set()  # "Mexico's withdrawal took effect": an exit, not the agreement's entry into force
    before = [m for m in s.of("agreement") if m.target and m.start - s.start < words.start()]
    if not before and signed and signed[-1] in records.gaz.treaties:
        title = re.sub(r"\s*\(.*", "", records.treaty_ref(signed[-1]).label)
        before = [Mention(kind="agreement", text=title, start=s.start, end=s.start,
                          target=f"treaty:{signed[-1]}", how="description")]
    dates = [d for d in s.of("date") if d.value and d.start not in taken and d.start - s.start > words.start()
             and not _CLAUSE_BREAK.search(s.text[words.end():d.start - s.start])]
    if not before or not dates:
        return [], set()
    slug = (before[-1].target or "").split(":", 1)[1]
    rows = records.store.query("SELECT in_force FROM treaties WHERE slug = ?", [slug])
    if not rows or not rows[0]["in_force"]:
        return [], set()
    date = dates[0]
    verdict, reason = compare_dates(date.value or "", rows[0]["in_force"], "in_force")
    ref = records.treaty_ref(slug)
    event = Claim(kind="event_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{_label(before[-1], records.gaz.treaties[slug])} in force {date.text}", verdict=verdict,
                  record_value=f"in force {rows[0]['in_force']}", reason=reason, records=[ref])
    return [event, event.model_copy(update={"kind": "agreement_date"})], {date.start}
