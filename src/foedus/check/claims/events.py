"""Dated events (visits, statements, wars, warrants) looked up among the stored events."""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Collection, Sequence
from typing import Any

from foedus.check.claims._records import (
    _KIND_WORDS,
    _LEXICAL_STRONG,
    _LEXICAL_TIE,
    _STATES_TIE_DAYS,
    _event_ref,
    _gap,
    _member_that_day,
    _name,
    _nearest_agreement,
    _not_in_record,
    _pdate,
    _Records,
    compare_dates,
)
from foedus.check.claims._sentences import Sentence, _codes, _place, _segments
from foedus.check.claims._words import _BREACH, _EVENT_WORDS, _JOINING, _SIGNING
from foedus.check.claims.unknown_names import _UNKNOWN_NAME, _named_unknown
from foedus.check.mentions import _FULL_MONTHS, number_value
from foedus.check.models import Claim, Mention, RecordRef
from foedus.dates import PartialDate
from foedus.text import words

#: A clause that tells of an act: a verb of action in the past tense, active or passive ("sank", "was readmitted"), not
#: a state of affairs ("the Soviet Union was still at Berbera") nor a heading ("1985: the year of the ships").
_STATEMENT = re.compile(r"\b(?:[a-z]{2,}ed|became|began|came|fell|fought|gave|held|"
                        r"kept|left|lost|made|met|ran|rose|sank|sat|saw|sent|set|stood|struck|took|went|won|"
                        r"drew|broke|spoke|chose|led|paid|put|told|wrote|brought|bought|sought|thought|found|"
                        r"flew|fled|drove|threw|withdrew|overthrew|overran|overtook|undertook|swept|shot|slew|tore|"
                        r"swore|rode|froze|withheld|upheld|arose|spent|lent|built|dealt|hid|shook|stole|sold|forbade|"
                        r"forgave|sprang|sped|bore|wore)\b|(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)"
                        r"(?<!\bnot\s)\b(?:cut|hit|shut|quit)\s+(?:off\s+|short\s+)?(?:its|their|his|her|the|all|diplomatic|"
                        r"ties|relations|links|aid|supplies|off)\b|"
                        # the passive of an irregular verb ("was sworn in", "were beaten on the Tauber")
                        r"\b(?:was|were)\s+(?:\w+ly\s+|then\s+|soon\s+)?(?:sworn|beaten|chosen|driven|given|taken|thrown|"
                        r"overthrown|drawn|shown|written|spoken|stolen|hidden|shaken|torn|frozen|slain|withdrawn|overtaken|"
                        r"undertaken|forbidden|flown|sunk|shot|struck|sent|sold|held|led|met|fought|won|lost|hit|cut|shut|"
                        r"put|set|brought|caught|built|bound|seized|split)\b|"
                        # the past progressive: an act under way then ("paratroopers were flying into Amman", "were
                        # defending the airport"), not a state of things ("was nothing", "was being")
                        r"\b(?:was|were)\s+(?:already\s+|still\s+)?(?!(?:nothing|something|anything|everything|being|"
                        r"during|willing|missing|lacking|wanting|king|string|thing)\b)[a-z]{3,}ing\b")


#: A month's name, as a date may open with one ("of July 1914").
_MONTH = f"(?:{'|'.join(_FULL_MONTHS)})"

#: An event told by its noun with its date right after it, a few words of its own between at most ("Vienna's
#: ultimatum of July 1914", "after the nuclear test of 9 October", "a full war in July 1941 and a short, sharp conflict
#: in the Cenepa valley in early 1995", "the assassination of the Liberal leader on 9 April 1948"): an act at that
#: date where no verb of action tells one, whose kind the noun tells (a war, a clash) or none (a coup, an uprising:
#: found in the record by its own words only). Only with its date: the noun alone ("the war", "the revolution") tells
#: of no day.
_DATED_EVENT_NOUN = (
    (re.compile(r"\b(?:war|conflict|blockade|bombing|bombardment|raid|border\s+clash)(?=(?:\s+[\w'’-]+){0,5}?\s+"
                rf"(?:of|on|in)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d|{_MONTH}\b))", re.IGNORECASE),
     ("war", "armed_clash", "occupation"), "war"),
    (re.compile(r"\b(?:coup(?:\s+d'état|\s+attempt)?|revolution|uprising|revolt|rebellion|riots?|assassination|"
                r"ultimatum|massacre|(?:nuclear|atomic|missile)\s+tests?)(?=(?:\s+[\w'’-]+){0,7}?\s+"
                rf"(?:of|on|in)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d|{_MONTH}\b))", re.IGNORECASE),
     (), "event"),
)


def _event_claims(s: Sentence, dates: list[Mention], records: _Records, pair: tuple[int, ...], *,
                  signed_unnamed: bool = False) -> list[Claim]:
    """A dated event the sentence tells of (a visit, a statement, sanctions, a warrant...), looked up among the stored
    events that involve its states (those it names, places included), the agreement it names or the article's pair.

    An event is the sentence's if its kind is one the sentence's verbs tell of ("declared war": a war, or an ally
    honouring its pledge), or if its description shares at least :data:`_LEXICAL_TIE` distinctive words with the
    sentence (:meth:`_Records.shared_words`: "the Vostochny Cosmodrome", "a sample atomic bomb"). A record found only
    loosely (by one state, or the article's pair) and more than a day away is no contradiction: the claim is then not
    in the record. One found by two of the sentence's states, by the agreement it names, or by
    :data:`_LEXICAL_STRONG` shared words, and dated otherwise contradicts the article."""
    # (a date right after the name of an agreement the record does not hold, "lost it at the Treaty of X in August
    # 1913", is that agreement's: :func:`_unknown_names`)
    dates = [d for d in dates if not any(re.fullmatch(r"\s+in\s+", s.text[t.end():d.start - s.start])
                                         for t in _UNKNOWN_NAME.finditer(s.text) if _named_unknown(s, t))]
    if not dates:
        return []
    verbs = [(w, kinds, label) for pattern, kinds, label in _EVENT_WORDS for w in pattern.finditer(s.text)]
    if not verbs and not _STATEMENT.search(s.text):
        # (the noun of a dated event tells the act only where no verb does: "sided with Prussia in the war of 1866"
        # and "backed the blockade of Cuba on 23 October 1962" tell the siding and the backing, not the war)
        verbs = [(w, kinds, label) for pattern, kinds, label in _DATED_EVENT_NOUN for w in pattern.finditer(s.text)]
    # a word inside a longer one tells nothing of its own ("declared" in "declared war": no statement)
    verbs = [v for v in verbs if not any(o[0].start() <= v[0].start() and v[0].end() <= o[0].end()
                                         and o[0].span() != v[0].span() for o in verbs)]
    breach = _BREACH.search(s.text)
    if breach is not None:  # "broke it on 22 June 1941": the breach is an event of the agreement
        verbs.append((breach, ("violated", "war", "abrogated", "denounced", "repudiated", "withdrawal"), "violation"))
    signing = _SIGNING.search(s.text)
    if signing is not None and not s.agreements() and not signed_unnamed:  # a signing of something unknown
        verbs.append((signing, ("signed", "statement"), "signed"))
    own = s.states()
    treaties = set(s.agreements())
    lookup = [*own, *(c for c in pair if c not in own)]
    if not lookup and not treaties:
        return []
    # a date told against another ("the same day", "two days later") yields to one the sentence writes out
    best = max(dates, key=lambda d: (not d.how.startswith("relative to "), len(d.value or "")))
    signed_at = _date_of_signing(s, dates, signing) if verbs and verbs[-1][2] == "signed" and (
        best.how == "weekday" or best.how.startswith("relative to ")) else None
    best = signed_at or best
    kinds = {k for _, group, _ in verbs for k in group}
    said_best = _pdate(best.value or "")
    shared = {e["id"]: records.shared_words(s, e) for e in records.events()
              if abs(_pdate(e["date"]).earliest().year - said_best.earliest().year) <= 1}
    if verbs:
        word, _, label = min(verbs, key=lambda x: abs(s.start + x[0].start() - best.start))
        at = s.start + word.start()
    elif any(n >= _LEXICAL_TIE and records.shared_words(s, e, lowercase=True) for e in records.events()
             if (n := shared.get(e["id"], 0))):
        label, at = "event", best.start  # no verb, but a record told in the sentence's words (not only its names)
    elif _STATEMENT.search(s.text):
        # a dated statement no rule above reads ("French agents sank the ship on 10 July 1985", "Carol died that
        # October"): an event of its states at that date, found only by the record's own words, else not in it
        label, at = "event", best.start
    else:
        return []
    date = min(dates, key=lambda d: (d.how.startswith("relative to "), -len(d.value or ""), abs(d.start - at)))
    date = signed_at if signed_at is not None and label == "signed" else date
    said = _pdate(date.value or "")
    doers = _doers(s, at) if verbs else []
    candidates, by_day_only = [], set()
    for e in records.events():
        involved = set(e["actors"]) | set(e["targets"])
        members_call = _members_call(e, kinds, lookup, records)
        if not (e["treaty"] in treaties or involved & set(lookup) or members_call) \
                and not _same_day_in_words(e, date, shared):
            continue
        if doers and not members_call and not set(_codes(doers)) & involved and e["treaty"] not in treaties and \
                shared.get(e["id"], 0) < _LEXICAL_STRONG and not any(
                    d.text.casefold() in (e["description"] or "").casefold() for d in doers):
            continue  # another state's act, found by the one the act was aimed at ("Hungary declared war on the
            # Soviet Union in June 1941" is not Germany's invasion of the Soviet Union that month), unless the
            # record is told in many of its own words or names the doer in its description ("Zimbabwean troops")
        known = _pdate(e["date"])
        if abs(known.earliest().year - said.earliest().year) > 1:
            continue
        lexical = shared.get(e["id"], 0)
        # two of the sentence's states on the very day it tells are the record's event, whatever the verb ("the
        # United States handed the canal to Panama on 31 December 1999": the treaty's expiry that day)
        same_day = said.precision == "day" and e["date"] == date.value and len(involved & set(own)) >= 2
        if e["kind"] not in kinds and lexical < _LEXICAL_TIE:
            if not same_day:
                continue
            by_day_only.add(e["id"])
        # the same day and month, or the same month, a year away ("signed at Cassibile on 3 September 1942" for 3
        # September 1943, "turned on its ally in August 1915" for 27 August 1916): the article's year is wrong, not
        # its event
        value = date.value or ""
        year_slip = (said.precision != "year" and len(e["date"]) >= len(value) and value[:4] != e["date"][:4]
                     and value[4:] == e["date"][4:len(value)])
        # (a month a year away is a slip only of an act of a state the sentence names: "refusing to join the invasion
        # of Czechoslovakia in August 1968" is not the pair's clash of August 1969; of two or more states it names,
        # of two: "Zimbabwe's president visited Beijing in March 2019" is not North Korea's visit of March 2018)
        year_slip = year_slip and (said.precision == "day" or len(involved & set(own)) >= min(len(set(own)), 2) > 0)
        gap = _gap(said, known)
        # two of the sentence's states tie a record of the verb's kind firmly only near its date: states at war
        # occupy, land and declare on different days, and an act a month or more away is another act
        by_states = len(involved & set(own)) >= 2 and gap <= _STATES_TIE_DAYS
        strong = _treaty_tie(e, treaties, own) or by_states or lexical >= _LEXICAL_STRONG or year_slip
        # a record found loosely and dated only more coarsely than the article ("1939" for "5 September 1939") does
        # not confirm the day
        within = gap <= 1 and (strong or known.precision == said.precision or len(e["date"]) >= len(date.value or ""))
        candidates.append((not within, not strong, -lexical, gap, e))
    # a record found only by the day and the states yields to any found by the sentence's verbs or words
    if any(c[4]["id"] not in by_day_only for c in candidates):
        candidates = [c for c in candidates if c[4]["id"] not in by_day_only]
    # a record within a day is the sentence's; otherwise the one most firmly tied to it (most shared words, nearest)
    nearest = min(candidates, key=lambda x: (x[0], x[1], x[2], x[3], x[4]["id"])) if candidates else None
    if nearest is None or (nearest[0] and nearest[1]):
        allying = _ALLYING.search(s.text)
        signed = _signing_of_the_day(s, date, records, own, pair, allying=allying is not None) \
            if label == "signed" or allying else None
        if signed is not None:
            return [signed]
        who = (own or list(pair))[:2]
        names = " and ".join(_name(c, date.value or "") for c in who)  # as they were called then
        on = "on" if date.precision == "day" else "in"
        act = "signing" if label == "signed" else label  # "signing of Germany in 2020", not "signed of"
        claim = _not_in_record(s, f"{words(act)} of {names} {on} {date.value}", "event", who, date.value or "", label)
        if nearest is not None:
            e = nearest[4]
            claim = claim.model_copy(update={"reason": claim.reason + f" (the nearest {e['kind']} of these states in "
                                                                      f"the record is {e['id']}, {e['date']})"})
        return [claim]
    event = nearest[4]
    zone = event.get("time_zone")
    if zone and event.get("time_zone_note"):
        zone = f"{zone}: {event['time_zone_note']}"
    verdict, reason = compare_dates(date.value or "", event["date"], event["kind"], zone)
    after = _AFTER_ANOTHER.search(s.text[:date.start - s.start])
    if verdict != "consistent" and after is not None and 0 < _days_after_told(date, event["date"]) <= 31:
        # "invoked after the attacks of 11 September 2001": the date is the attacks', and the record's act
        # followed it
        verdict, reason = "consistent", "the date told is of what the act followed; the record's act came after it"
    ref = RecordRef(kind="event", id=event["id"], ledger=event["ledger"], label=event["description"][:120],
                    sources=[f"{event['ledger']}:{x}" for x in event["sources"]])
    return [Claim(kind="event_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{label.replace('_', ' ')} on {date.text} ({date.value})", verdict=verdict,
                  record_value=f"{event['kind'].replace('_', ' ')} on {event['date']}", reason=reason, records=[ref])]


#: What may stand right before a state's name that tells it no doer of the clause's act: a preposition ("war on
#: Germany", "from Belarus", "in Cairo"), a possessive's object ("the invasion of Poland").
_NOT_DOER = re.compile(r"\b(?:in|at|on|of|to|into|from|with|against|by|for|towards|toward|over|upon|onto|than|"
                       r"between|beside|besides|alongside|after|before|under|near|across|through)\s+(?:the\s+)?$",
                       re.IGNORECASE)


def _doers(s: Sentence, at: int) -> list[Mention]:
    """Return the mentions of the states told doing the act whose verb stands at ``at`` in the article: those named
    before it in its clause (past the last semicolon, colon or dash; within 60 characters of the verb, no comma
    between), none of them a word of an agreement's name ("the Rome accord") nor told after a preposition ("Turkey
    declared war on Germany": Turkey; "Hungary had joined the Axis war against the Soviet Union": Hungary). An event
    none of these states did or suffered is another's act, whatever state of the sentence it shares (the one the act
    was aimed at)."""
    clause = max([b.end() for b in re.finditer(r"[;:]\s+|\s[-\u2013\u2014]\s", s.text[:at - s.start])], default=0)
    found = [m for m in s.of("state") if m.target and m.target.startswith("state:")
             and clause <= m.start - s.start and m.end <= at and at - m.end <= 60
             and not re.search(r"[,;()]", s.text[m.end - s.start:at - s.start])
             and _NOT_DOER.search(s.text[:m.start - s.start]) is None and not _place(s, m)
             and not any(a.start <= m.start and m.end <= a.end for a in s.of("agreement"))
             and _NAMING.match(s.text[m.end - s.start:]) is None]
    return found


#: What tells a state's name a word of another name right after it, naming no doer: "the Rome accord", "the Moscow
#: conference", "the Warsaw Pact".
_NAMING = re.compile(r"\s+(?:accords?|treat(?:y|ies)|pacts?|agreements?|protocols?|declarations?|conventions?|"
                     r"charter|conferences?|summits?|talks|process|communiqu[eé]s?|settlement|peace)\b", re.IGNORECASE)


#: A date told as that of what an act followed, not of the act: "after the attacks of 11 September 2001", "after
#: the coup on 12 March".
_AFTER_ANOTHER = re.compile(r"\b(?:after|following)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){1,3}(?:of|on)\s+$",
                            re.IGNORECASE)


def _days_after_told(date: Mention, recorded: str) -> int:
    """Return how many days the ``recorded`` date comes after the last day the ``date`` told may mean (0 or less
    where it does not come after)."""
    return (_pdate(recorded).earliest() - _pdate(date.value or "").latest()).days


def _event_of_another_act(s: Sentence, claim: Claim, records: _Records) -> Claim:
    """Return an event ``claim`` a stored event contradicts as not in the record where that event is another act
    than the one told: its own description tells of an act at the sentence's date ("abrogated the union after Libya
    denounced his meeting with the Israeli premier in July 1986", for "In July 1986 the king received the Israeli
    premier"), or it was found only by shared words (no agreement of the sentence, no two of its states, no slip of
    a year) and lies more than a month away, done by no state the sentence names ("Armenia froze its participation
    in February 2024" against a court's ruling of October that year on Russia; not "Iraqi officers overthrew the
    monarchy in October 1958", Iraq's own act of July, which stays contradicted). An entry or exit told near one the
    record holds of a state of the sentence stays contradicted. Else ``claim`` unchanged. Run after every other
    re-reading of the claim against the record (an act of an agreement that day is the sentence's, not this)."""
    if claim.kind != "event_date" or claim.verdict != "contradicts" or len(claim.records) != 1 or \
            claim.records[0].kind != "event":
        return claim
    event = next((e for e in records.events() if e["id"] == claim.records[0].id), None)
    told = re.search(r"\((\d{4}(?:-\d{2}){0,2})\)$", claim.claimed)
    if event is None or told is None:
        return claim
    said, known = _pdate(told.group(1)), _pdate(event["date"])
    involved = set(event["actors"]) | set(event["targets"])
    firm = event["treaty"] in set(s.agreements()) or len(involved & set(s.states())) >= 2 or \
        told.group(1)[4:] == event["date"][4:len(told.group(1))]  # (the agreement told, two states, a year's slip)
    # (an act a month or more away whose doer the sentence does not name is another's: one it names did the act told)
    far = not firm and _gap(said, known) > _STATES_TIE_DAYS and not set(event["actors"]) & set(s.states())
    if not far and not _told_in_description(event["description"] or "", said):
        return claim
    label = claim.claimed.split(" on ", 1)[0]
    if label in {"accession", "withdrawal"} and any(
            code in s.states() and when and abs(int(when[:4]) - said.earliest().year) <= 1
            for _, code, entered, exited in records.member_dates() for when in (entered, exited)):
        return claim  # (an entry or exit of a state of the sentence near then: the act told may be that one)
    own = s.states()[:2]
    names = " and ".join(_name(c, told.group(1)) for c in own) or "these states"
    found = _not_in_record(s, f"{label} of {names} {'on' if said.precision == 'day' else 'in'} {told.group(1)}",
                           "event", own, told.group(1), label)
    return found.model_copy(update={"reason": found.reason + f" (the nearest record, {event['id']} of "
                                                              f"{event['date']}, is another act)"})


def _told_in_description(description: str, said: PartialDate) -> bool:
    """Whether an event's description tells of something at the date ``said`` (a month or a day, in words)."""
    if said.precision not in {"day", "month"}:
        return False
    month, year, day = said.earliest().strftime("%B"), said.earliest().year, said.earliest().day
    told = rf"\b{month}\s+{year}\b" if said.precision == "month" else \
        rf"\b(?:{day}\s+{month},?\s+{year}|{month}\s+{day},?\s+{year})\b"
    return re.search(told, description) is not None


#: A verb that tells two states allied without a word of signing: "bound themselves in a formal alliance", "bound his
#: country to its neighbour", "allied themselves with", "became allies", "formed an alliance".
_ALLYING = re.compile(r"\b(?:bound|tied|pledged)\s+(?:themselves|itself|(?:his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:country|kingdom|state|government|nation|realm|people))\b|"
                      r"\ballied\s+(?:themselves|itself)\b|\bbecame\s+allies\b|\bformed\s+an\s+alliance\b",
                      re.IGNORECASE)


#: A signing whose object is an agreement told by its noun or a pronoun for one ("signed a treaty", "had signed one",
#: "signed theirs"), not anything else one signs (a loan, a contract, a communiqué).
_AN_AGREEMENT_SIGNED = re.compile(r"\b(?:signed|concluded)\s+(?:one|theirs|its\s+own|their\s+own|"
                                  r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:treaty|pact|alliance|agreement|"
                                  r"accord|convention))\b", re.IGNORECASE)


def _date_of_signing(s: Sentence, dates: list[Mention], signing: re.Match[str] | None) -> Mention | None:
    """Return the date told right after a verb of signing, in its clause, with at most a place between ("signed in
    Arad thirty years ago today", "concluded at Sinaia on 3 May 1921"): the signing's date, not another the sentence
    tells of its present ("on Wednesday evening ... to mark the treaty signed ... thirty years ago today")."""
    if signing is None:
        return None
    return next((d for d in dates if d.start - s.start >= signing.end() and re.fullmatch(
        r"\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?(?:(?:on|in)\s+)?",
        s.text[signing.end():d.start - s.start])), None)


def _signers_before(s: Sentence) -> list[int]:
    """Return the states named before a sentence's verb of signing, in its clause (its subject: "in Geneva, A and B
    signed ..."), places aside."""
    signing = _SIGNING.search(s.text)
    if signing is None:
        return []
    clause = max([b.end() for b in re.finditer(r";\s+", s.text[:signing.start()])], default=0)
    return _codes([m for m in s.of("state") if clause <= m.start - s.start < signing.start() and not _place(s, m)])


def _signing_of_the_day(s: Sentence, date: Mention, records: _Records, own: Sequence[int],
                        pair: Sequence[int], *, allying: bool = False) -> Claim | None:
    """Return the signing of a stored agreement a sentence tells of by its verb alone, where no event is found: the
    agreement of its states (else of the article's ``pair``) signed that very day, or a day off, or in the month told
    ("The memorandum was signed on 30 November 1981", "A first declaration, a non-aggression text, was signed on 16
    January 1992", "Both signed the West African protocol on ..."), compared as its signing; else None (the signing of
    something the record lacks, or told at a date none of theirs was signed: not in the record). A month is told so
    only with a kind of agreement the record's title tells too (:data:`_KIND_WORDS`), with a signing of one told by its
    noun (:data:`_AN_AGREEMENT_SIGNED`: "Burma had signed one in January"), or with a verb of ``allying``
    (:data:`_ALLYING`: "bound his country to its neighbour that June")."""
    if date.precision not in {"day", "month"}:
        return None
    words = s.text.casefold()
    slug = _nearest_agreement(records, own, pair, date, words) if own else \
        _nearest_agreement(records, (), pair, date, words)
    signers = _signers_before(s)
    if slug is None and len(signers) >= 2 and len(signers) < len(own):
        # "A and B signed the accords that cleared the way for C's withdrawal": the signers, not C
        slug = _nearest_agreement(records, signers, pair, date, words)
    if slug is None:
        return None
    treaty = records.gaz.treaties[slug]
    verdict, reason = compare_dates(date.value or "", treaty.signed, "statement" if treaty.kind in {
        "joint_statement", "declaration"} else "signed")
    if verdict not in {"consistent", "within_tolerance"}:
        return None
    ref = records.treaty_ref(slug)
    if date.precision == "month" and not allying and not _AN_AGREEMENT_SIGNED.search(s.text) and not any(
            w in words and w in ref.label.casefold() for w in _KIND_WORDS):
        return None  # a month holds many signings: only one of the kind the sentence tells ("a defence pact")
    short = re.sub(r"\s*\(.*", "", ref.label)
    return Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                 claimed=f"an agreement [{short}] signed {date.text}", verdict=verdict,
                 record_value=f"signed {treaty.signed}", reason=reason, records=[ref])


def _same_day_in_words(event: dict[str, Any], date: Mention, shared: dict[str, int]) -> bool:
    """Whether a stored event is dated the very day the sentence tells and told in at least :data:`_LEXICAL_TIE`
    of its distinctive words, whichever states the sentence names ("the Bolsheviks seized power in Petrograd on 7
    November 1917", its states named by no name the checker reads): that day's record of it."""
    return date.precision == "day" and event["date"] == date.value and shared.get(event["id"], 0) >= _LEXICAL_TIE


def _members_call(event: dict[str, Any], kinds: Collection[str], lookup: Sequence[int], records: _Records) -> bool:
    """Whether ``event`` is an invocation of an agreement that one of the sentence's states (or the article's pair)
    was a member of by then, where the sentence tells an invocation: the alliance's call is every member's act, told
    of its members whichever state called on it ("both states supported the quarantine of Cuba on 23 October 1962",
    of two Rio members, is the Rio treaty's invocation that day by the United States)."""
    if event["kind"] != "invoked" or "invoked" not in kinds or not event["treaty"] or not lookup:
        return False
    if event["treaty"] not in records.gaz.treaties:
        return False
    entered = records.entry_dates(event["treaty"])
    return any(code in entered and entered[code] <= event["date"] for code in lookup)


#: The acts a state does for itself as a member of an agreement (its ratification, its entry, its withdrawal).
_MEMBERS_OWN_ACTS = frozenset({"ratified", "in_force", "withdrawal"})


def _treaty_tie(event: dict[str, Any], treaties: set[str], own: Sequence[int]) -> bool:
    """Return True if ``event`` is tied to the sentence by the agreement it names: an event of that agreement and, if
    it is one member's own act (:data:`_MEMBERS_OWN_ACTS`) and the sentence names states, one of theirs (one member's
    act is not another's: "Hungary ratified the protocol on 26 February" is not Sweden's entry on 7 March; the
    alliance's own acts, "the Rio Treaty was invoked to back the quarantine of Cuba", are any member's)."""
    if event["treaty"] not in treaties:
        return False
    return (event["kind"] not in _MEMBERS_OWN_ACTS or not own
            or bool((set(event["actors"]) | set(event["targets"])) & set(own)))


def _event_parts(s: Sentence, dates: list[Mention], *, whole: bool = False) -> list[Sentence]:
    """Return the clauses of a sentence that each tell of a dated event of their own ("Kim's first trip abroad was to
    Beijing in March 2018, and Xi paid a state visit to Pyongyang on 20 June 2018"), else the whole sentence; with
    ``whole`` (an entry or exit told at one of its dates, a claim on the whole sentence), the clauses that tell of
    acts each are only those :data:`_SEGMENT_BREAK` parts."""
    acts = [] if whole else _dated_acts(s, dates)
    if acts:
        return acts
    bounds = _segments(s)
    if len(bounds) < 2 or s.agreements():
        return [s]
    told = [(lo, hi) for lo, hi in bounds if any(lo <= d.start < hi for d in dates)
            and any(p.search(s.text[lo - s.start:hi - s.start]) for p, _, _ in _EVENT_WORDS)]
    if len(told) < 2 or any(any(lo <= d.start < hi for d in dates) and (lo, hi) not in told for lo, hi in bounds):
        return [s]
    return [s.part(lo, hi) for lo, hi in told]


#: Where a sentence passes from one dated act to the next: a semicolon or colon, ", and", a comma after a date ("after
#: Egypt made peace on 26 March 1979, the Arab states broke with Cairo on 31 March"), or "and" before a verb
#: of action whose subject is the clause before ("Norway recalled its envoy on 2 May 1951 and closed the legation
#: on 9 June", "the king fled on 4 March 1921; on 6 March the army took the capital").
_ACT_BREAK = re.compile(r";\s+|:\s+(?=(?-i:[A-Z]))|,\s+and\s+|,\s+(?=(?:on|in)\s+\d)|"
                        r"(?<=\d),\s+(?!and\b|or\b|which\b|who\b|whose\b|when\b|where\b)|"
                        r"\s+and\s+(?=(?:then\s+|later\s+|only\s+|it\s+|they\s+|he\s+|she\s+)?"
                        r"(?:[a-z]{2,}ed|went|fled|flew|fought|fell|left|made|met|sent|struck|took|won|broke|came)\b)")


#: A clause that opens with its verb: its subject is the clause before ("... and declared war on Austria on ...").
_VERB_FIRST = re.compile(r"(?:then\s+|later\s+|only\s+)?(?:[a-z]{2,}ed|went|fled|flew|fought|fell|left|made|met|"
                         r"sent|struck|took|won|broke|came)\b")


def _one_predicate(s: Sentence, parts: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """Return the event ``claims`` read from the ``parts`` of a sentence with those of two parts that are one clause's
    verbs joined by "and" (its subject told once: "he was deposed on 1 May 1920 and shot the next day") told on the
    whole of that clause: each act keeps its own date, and the clause is what tells both."""
    spans = [(p.start, p.end) for p in parts]
    joined: dict[tuple[int, int], tuple[int, int]] = {}
    for (alo, ahi), (blo, bhi) in itertools.pairwise(spans):
        if re.fullmatch(r"\s+and\s+", s.text[ahi - s.start:blo - s.start]) and \
                _VERB_FIRST.match(s.text[blo - s.start:bhi - s.start]):
            lo = joined.get((alo, ahi), (alo, ahi))[0]
            joined[(alo, ahi)] = joined[(blo, bhi)] = (lo, bhi)
    out = []
    for c in claims:
        span = next((v for k, v in joined.items() if k[0] <= c.start and c.end <= k[1]), None)
        if span is not None and c.kind == "event_date":
            c = c.model_copy(update={"text": s.text[span[0] - s.start:span[1] - s.start].strip(), "start": span[0],
                                     "end": span[1]})
        out.append(c)
    return out


def _acts_beside_a_signing(s: Sentence, dates: list[Mention]) -> list[Sentence]:
    """Return the clauses of a sentence that tells of a signing which each tell of another act at a date of its own,
    naming no agreement and no signing ("Spain was a party to the pact signed at Madrid in May 1951, and it did
    nothing when Moroccan troops crossed the border on 6 November 1975")."""
    return [part for part in _dated_acts(s, dates) if not _SIGNING.search(part.text)
            and not any(m.how != "anaphora" for m in part.of("agreement"))]


def _act_bounds(text: str) -> list[tuple[int, int]]:
    """Return the spans of a sentence's clauses that may each tell an act of their own, split at
    :data:`_ACT_BREAK`."""
    bounds, start = [], 0
    for m in _ACT_BREAK.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _dated_acts(s: Sentence, dates: list[Mention]) -> list[Sentence]:
    """Return the clauses of a sentence that each tell of an act at a date of its own, when it tells of two or more
    ("Khartoum recalled its ambassador on 3 May 1962, and on 9 May Cairo closed the border"; "the Regent fled on 4
    March 1921 and returned on 1 June"), each clause with the states it names and, when it opens with its verb, those
    of the clause before (its subject); else none. Two dates of one clause ("from 3 May to 9 June") are one act; a
    clause whose date another claim took (the agreement's ending) is left out; the dates of ``dates`` are free."""
    free = {d.start for d in dates}
    dates = [m for m in s.of("date") if m.value]
    if len(dates) < 2 or not free:
        return []
    bounds = _act_bounds(s.text)
    told = [(lo, _with_its_asides(s.text, bounds, index, dates, s.start)) for index, (lo, hi) in enumerate(bounds)
            if any(lo <= d.start - s.start < hi for d in dates)]
    if len(told) < 2 or any(sum(lo <= d.start - s.start < hi for d in dates if d.start in free) > 1 for lo, hi in told):
        return []
    acts = []
    for lo, hi in told:
        clause = s.text[lo:hi]
        if not (_STATEMENT.search(clause) or any(p.search(clause) for p, _, _ in _EVENT_WORDS)):
            return []  # a date that tells of no act ("a breach of the pact of 1939"): the sentence is one claim
        inside = [m for m in s.mentions if lo <= m.start - s.start < hi]
        if _VERB_FIRST.match(clause):
            before = max((b for b in told if b[1] <= lo), default=None)
            inside = [m for m in s.mentions if m.kind == "state" and before is not None
                      and before[0] <= m.start - s.start < before[1]] + inside
        if any(m.start in free for m in inside if m.kind == "date"):  # (a date another claim took is not again)
            acts.append(Sentence(s.start + lo, s.start + hi, clause, tuple(inside)))
    return acts


def _with_its_asides(text: str, bounds: Sequence[tuple[int, int]], index: int, dates: Sequence[Mention],
                     offset: int) -> int:
    """Return where the act of clause ``index`` of ``bounds`` ends: past the clauses after it that tell no act and no
    date of their own, asides of it ("Canada declared war on Japan on 7 December 1941, a day before the United States,
    and ..."), up to the next clause that tells one."""
    hi = bounds[index][1]
    for lo_next, hi_next in bounds[index + 1:]:
        if _acts(text[lo_next:hi_next]) or any(lo_next <= d.start - offset < hi_next for d in dates):
            break
        hi = hi_next
    return hi


def _told_again(s: Sentence, dates: Sequence[Mention], read: Collection[int]) -> set[int]:
    """Return the starts of the ``dates`` told against another date ("a hundred and twenty years ago today", "two days
    later") whose day is one read already (``read``: the starts of those read), and of those told right after such a
    date as its day ("two days later, on 3 September"): "signed on 30 January 1902, a hundred and twenty years ago
    today" tells one day twice, and no act of its own."""
    days = {d.value for d in dates if d.start in read}
    again = {d.start for d in dates if d.value in days and d.how.startswith("relative")}
    return again | {d.start for d in dates for r in dates if r.how.startswith("relative") and not d.how.startswith(
        "relative") and r.value == d.value and r.end <= d.start and re.fullmatch(
        r"\s*,\s*(?:on|in)?\s*", s.text[r.end - s.start:d.start - s.start])}


def _unread_dated_acts(s: Sentence, records: _Records, pair: tuple[int, ...], told: Sequence[Claim]) -> list[Claim]:
    """Return, for each date of the sentence that no dated claim of it (``told``) read, the event its own clause tells
    (:data:`_ACT_BREAK` parts: "..., and an armistice signed in Washington on 11 April 1871 ended the war", "...: the
    League suspended Egypt at a meeting in Baghdad on 29 March 1979", "...; Turkey annexed the territory on 29 June
    1939"), read as any dated event is (:func:`_event_claims`), with the states of its clause, else (a clause that opens
    with its verb, or names none) those of the sentence. A backstop where the rules that split a sentence into its
    acts gave up on it (a clause of no act of its own beside them, or two dates in one clause)."""
    read = {d.start for c in told if c.kind in {"agreement_date", "event_date"} for d in s.dates_in(c.claimed)}
    read |= _told_again(s, s.of("date"), read)
    # (not a state's time in an agreement, "since March 1999")
    unread = [d for d in s.of("date") if d.value and d.start not in read
              and not re.search(r"\bsince\s+(?:the\s+)?$", s.text[:d.start - s.start], re.IGNORECASE)]
    if not unread:
        return []
    bounds = _act_bounds(s.text)
    out: list[Claim] = []
    for index, (lo, hi) in enumerate(bounds):
        dates = [d for d in unread if lo <= d.start - s.start < hi]
        if not dates:
            continue
        if index and not _acts(s.text[lo:hi]) and not any(
                bounds[index - 1][0] <= d.start - s.start < bounds[index - 1][1] for d in s.of("date")):
            lo = bounds[index - 1][0]  # ("Turkey annexed the territory, as Hatay, on 29 June 1939": one clause)
        hi = _act_after_its_date(s, bounds, index, lo, hi)
        clause = s.text[lo:hi]
        others = [d for d in s.of("date") if lo <= d.start - s.start < hi and d not in dates]
        if len(dates) > 1:
            # (several dates in one clause, each told right after the noun of an event: "a dispute that had produced a
            # full war in July 1941 and a short, sharp conflict in the Cenepa valley in early 1995": each noun's act
            # at its own date)
            for part, date in _acts_by_noun(s, lo, hi, dates):
                out.extend(_event_claims(part, [date], records, pair))
            continue
        if len(dates) != 1 or not _acts(clause) or (dates[0].how.startswith("relative to ") and others) or any(
                _ONE_SPAN.fullmatch(s.text[min(a.end, b.end) - s.start:max(a.start, b.start) - s.start])
                for a in dates for b in others):
            continue  # (no act told; two dates of one span are one act, "from 9 April 1940 to 5 May 1945", and one
            # told against another yields to it)
        inside = [m for m in s.mentions if lo <= m.start - s.start < hi]
        if not any(m.kind == "state" for m in inside) or _VERB_FIRST.match(clause):
            inside = [m for m in s.mentions if m.kind == "state" and not lo <= m.start - s.start < hi] + inside
        part = Sentence(s.start + lo, s.start + hi, clause, tuple(sorted(inside, key=lambda m: m.start)))
        found = _event_claims(part, dates, records, pair)
        if _JOINING.search(clause) and any(c.kind == "agreement_parties" and c.verdict == "contradicts" for c in told):
            # a joining told of a state the record holds no party ("Japan joined the Warsaw Pact in 1960"): its date
            # only where the record bears it out
            found = [c for c in (_member_that_day(part, c, records) for c in found)
                     if c.verdict in {"consistent", "within_tolerance"}]
        out.extend(found)
    return out


#: What may stand before the noun of an event, from its article on: "a full", "Vienna's", "a short, sharp".
_NOUN_OPENING = re.compile(r"(?:\b(?:a|an|the|its|their|his|her)|\b[\w-]+['’]s)\s+(?:[\w-]+,?\s+){0,3}$",
                           re.IGNORECASE)


def _acts_by_noun(s: Sentence, lo: int, hi: int, dates: Sequence[Mention]) -> list[tuple[Sentence, Mention]]:
    """Return, for each of the ``dates`` of the clause ``lo``-``hi`` of ``s`` told right after the noun of an event
    (:data:`_DATED_EVENT_NOUN`, no comma or clause between), the part of the clause from that noun (with its article
    and adjectives) to the date, with the states it names (else those the sentence names, places aside), and the
    date: one act each."""
    out: list[tuple[Sentence, Mention]] = []
    for pattern, _, _ in _DATED_EVENT_NOUN:
        for noun in pattern.finditer(s.text, lo, hi):
            date = next((d for d in sorted(dates, key=lambda d: d.start) if d.start - s.start >= noun.end()), None)
            if date is None or re.search(r"[,;:()]", s.text[noun.end():date.start - s.start]) or any(
                    date is taken for _, taken in out):
                continue
            opening = _NOUN_OPENING.search(s.text, lo, noun.start())
            start = opening.start() if opening is not None else noun.start()
            inside = [m for m in s.mentions if start <= m.start - s.start < date.end - s.start]
            if not any(m.kind == "state" for m in inside):  # (not a place: "signed in Brasilia", the article's pair)
                inside = [m for m in s.mentions if m.kind == "state" and not _place(s, m)] + inside
            text = s.text[start:date.end - s.start]
            out.append((Sentence(s.start + start, date.end, text, tuple(sorted(inside, key=lambda m: m.start))), date))
    return out


#: A clause of time set before the main clause it dates ("When A struck on 5 June 1967, B sent forces", "After the
#: coup of 3 May, ...", "Once Cairo signed on 8 May, ...").
_WHEN = re.compile(r"\W*(?:(?:just|only|even|soon|shortly|right|but|and)\s+)?(?:when|after|once|as\s+soon\s+as|"
                   r"no\s+sooner)\b", re.IGNORECASE)


def _acts_at_its_date(s: Sentence, records: _Records, pair: tuple[int, ...], told: Sequence[Claim]) -> list[Claim]:
    """Return, for each clause joined by ", and" to the dated clause before it that tells another state's act at no
    time of its own ("When A struck on 5 June 1967, B sent forces, and C declared itself at war"; "A crossed the
    border on 3 May 1920, and B mobilised"), the event it tells at the sentence's one date, read as any dated event is
    (:func:`_event_claims`) with the states the clause names: the record's act of theirs that day, else none in the
    record. Nothing where the sentence tells more than one date, no claim of it read that date, a claim of it already
    reads the clause alone, or the clause names an agreement (an entry or a signing: their own rules); a record of
    theirs dated otherwise is no contradiction (the clause may tell another day)."""
    dates = [d for d in s.of("date") if d.value]
    if len({d.value for d in dates}) != 1:
        return []
    read = [c for c in told if c.kind in {"agreement_date", "event_date"} and s.dates_in(c.claimed)]
    if not read:
        return []
    bounds = _act_bounds(s.text)
    out: list[Claim] = []
    for index, (lo, hi) in enumerate(bounds):
        clause = s.text[lo:hi]
        if not index or not re.fullmatch(r",\s+and\s+", s.text[bounds[index - 1][1]:lo]) or not _acts(clause) or any(
                lo <= d.start - s.start < hi for d in dates) or _RELATIVE_TIME.search(clause) or any(
                c.start >= s.start + lo for c in read):
            continue
        inside = [m for m in s.mentions if lo <= m.start - s.start < hi]
        if not any(m.kind == "state" and not _place(s, m) for m in inside) or any(
                m.kind == "agreement" for m in inside):
            continue
        part = Sentence(s.start + lo, s.start + hi, clause, tuple(inside))
        out.extend(c for c in _event_claims(part, dates[:1], records, pair) if c.kind == "event_date"
                   and c.verdict in {"consistent", "within_tolerance", "not_in_record"})  # (a signing: its own rules)
    return out


def _act_after_its_date(s: Sentence, bounds: Sequence[tuple[int, int]], index: int, lo: int, hi: int) -> int:
    """Return where the clause of a date that tells of no act ends: the end of the next clause, if that one tells of
    an act at no date of its own ("..., but two years later, in March 1958, Egyptian troops entered the disputed
    strip": the date told before its act, set off by commas), else ``hi``. A clause of time (:data:`_WHEN`) dates the
    main clause after it in the same way, whatever act it tells itself ("When A struck on 5 June 1967, B sent forces
    to fight beside its neighbours": B's act at that date)."""
    if index + 1 >= len(bounds) or (_acts(s.text[lo:hi]) and not _WHEN.match(s.text[lo:hi])):
        return hi
    nlo, nhi = bounds[index + 1]
    if not _acts(s.text[nlo:nhi]) or any(nlo <= d.start - s.start < nhi for d in s.of("date")):
        return hi
    return nhi


#: What joins two dates of one span of time: "from 3 May to 9 June", "between 1941 and 1945", "1941-1945".
_ONE_SPAN = re.compile(r"\W*(?:to|until|till|through|and|or|-|–|—)\W*", re.IGNORECASE)


def _acts(clause: str) -> bool:
    """Return True if ``clause`` tells of an act: a verb of action in the past tense, a word of an event, or the noun
    of one with its date (:data:`_DATED_EVENT_NOUN`)."""
    return _STATEMENT.search(clause) is not None or any(
        p.search(clause) for p, _, _ in (*_EVENT_WORDS, *_DATED_EVENT_NOUN))


#: A time told against another, with no date the checker reads ("within weeks", "a few days later", "that day", "the
#: week before", "later that month", "that November", "by the end of the month").
_RELATIVE_TIME = re.compile(
    r"\b(?:within\s+(?:days|weeks|months|hours|a\s+(?:day|week|fortnight|month))|"
    r"(?:(?:a\s+few|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+couple\s+of)\s+"
    r"(?:days|weeks|months|years)|(?:a|one)\s+(?:day|week|fortnight|month|year))\s+(?:later|earlier|afterwards|before)|"
    r"(?:days|weeks|months|years)\s+(?:later|afterwards)|"
    r"(?:the\s+(?:next|following|previous|preceding)|last)\s+(?:spring|summer|autumn|fall|winter)|"
    r"the\s+(?:next|following|previous|preceding)\s+(?:day|morning|evening|week|month)|"
    r"the\s+(?:day|week|month)\s+(?:before|after)|"
    r"(?:later\s+|earlier\s+)?that\s+(?:very\s+)?(?:day|morning|evening|night|week|month|spring|summer|autumn|winter|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"by\s+the\s+end\s+of\s+the\s+(?:day|week|month))\b", re.IGNORECASE)


def _relatively_dated_acts(s: Sentence, records: _Records, year: int | None, told: Sequence[Claim],
                           context: Sequence[int] = (), taken: Collection[int] = ()) -> list[Claim]:
    """Return, for a clause that tells a state's past act at a time told only against another (:data:`_RELATIVE_TIME`:
    "Within days Lima had recalled its envoy", "Norwegian ships sailed that October") and at no date the checker
    reads, an event of its states not in the record, read at the year the article last told (``year``): no day can be
    checked without a dated ledger event. Nothing where a dated claim of the sentence already reads the clause, where
    it names no state, or where the record holds an act of its states of the kind its verb tells within a year of
    then (the act may be that one, at a day the article does not give); nor where another claim read the clause's time
    (``taken``: the starts of the times read, "Russia followed a year later" as an entry)."""
    if year is None:
        return []
    # (a clause of its own beside the sentence's dated claims: "..., and that November Ankara hosted the talks")
    dated = any(c.kind in {"event_date", "agreement_date"} for c in told)
    bounds = _act_bounds(s.text)
    out: list[Claim] = []
    for lo, hi in bounds:
        clause = s.text[lo:hi]
        relative = _RELATIVE_TIME.search(clause)
        if relative is not None and re.search(r"(?:before|after)$", relative.group(0), re.IGNORECASE) and \
                re.match(r"\s+(?:the\s+)?\w", clause[relative.end():]):
            continue  # ("four days before Germany invaded Russia": the act after it is the time's anchor, not told)
        if relative is None or not _STATEMENT.search(clause) or any(
                lo <= d.start - s.start < hi for d in s.of("date")) or any(lo <= t - s.start < hi for t in taken):
            continue
        # (a clause whose actor is no state, "Mussolini moved divisions to the Pass within days", "the king
        # abdicated within weeks": the states of its sentence, else of the sentence before)
        then = year + _years_on(relative.group(0))  # ("three years later": the year last told, three on)
        own = _codes([m for m in s.of("state") if lo <= m.start - s.start < hi])
        # (a clause whose actor is a leader, "Mussolini moved divisions to the Pass within days": the leader's state;
        # one that names neither, "the king abdicated within weeks": the states of its sentence, else of the one
        # before, which tie a record to it only by the kind its verb tells or by the record's own words)
        told_here = bool(own)
        own = own or _leaders_states(s, lo, hi, records, then) or (
            (s.states() or list(context)) if _SOMEONE.search(clause.strip()) else [])
        if not own or (dated and len(bounds) == 1):
            continue
        verbs = [(label, kinds) for pattern, kinds, label in _EVENT_WORDS if pattern.search(clause)]
        kinds = {k for _, group in verbs for k in group}
        label = verbs[0][0] if verbs else "event"
        part = s if len(bounds) == 1 or not (s.of("date") or dated) else s.part(s.start + lo, s.start + hi)
        # (an act between two states the clause names is one of both, "Germany declared war on Romania the next
        # day", not Romania's own war on a third; an act whose verb tells no kind is the record's only where the
        # record tells it in the clause's words, not any act of its states that year)
        # (the states of its parts that tell an act: not one named in an aside, "refusing to police Spain")
        acting = [m for m in s.of("state") if lo <= m.start - s.start < hi and any(
            a <= m.start - s.start - lo < b and _acts(clause[a:b]) for a, b in _comma_parts(clause))]
        ties = 2 if told_here and len(_codes(acting)) >= 2 else 1
        if any(len((set(e["actors"]) | set(e["targets"])) & set(own)) >= ties and (
                e["kind"] in kinds or records.shared_words(part, e) >= _LEXICAL_TIE)
               and abs(_pdate(e["date"]).earliest().year - then) <= 1 for e in records.events()):
            continue
        names = " and ".join(_name(c, str(then)) for c in own[:2])
        out.append(_not_in_record(part, f"{words(label)} of {names} {relative.group(0)} ({then})", "event", own[:2],
                                  str(then), label))
    return out


def _comma_parts(clause: str) -> list[tuple[int, int]]:
    """Return the spans of ``clause`` between its commas."""
    cuts = [m.start() for m in re.finditer(",", clause)]
    return list(zip([0, *(c + 1 for c in cuts)], [*cuts, len(clause)], strict=True))


#: Someone named in a clause, by a capitalised name not merely its first word ("Reza Shah abdicated", "then King
#: Faisal stepped down"), not a thing ("Within weeks the rains came").
_SOMEONE = re.compile(r"^(?-i:[A-Z][\w'’-]+\s+[A-Z])|(?<=\s)(?-i:[A-Z][a-z])")


def _leaders_states(s: Sentence, lo: int, hi: int, records: _Records, year: int) -> list[int]:
    """Return the states the leaders named in the clause ``lo``-``hi`` of ``s`` led (Archigos) within a year of
    ``year``, in the order they are named."""
    out: list[int] = []
    for m in s.of("leader"):
        if not (lo <= m.start - s.start < hi and m.target):
            continue
        name = m.target.removeprefix("leader:")
        out.extend(int(r["ccode"]) for r in records.gaz.archigos if r["name"] == name
                   and r["start_date"] is not None and r["start_date"].year - 1 <= year
                   and (r["end_date"] is None or year <= r["end_date"].year + 1)
                   and int(r["ccode"]) not in out)
    return out


def _years_on(relative: str) -> int:
    """Return how many years a time told against another lies after it ("three years later": 3; "two years
    earlier": -2; "the previous summer": -1; "within weeks": 0)."""
    told = re.fullmatch(r"(\w+)\s+years?\s+(later|afterwards|earlier|before)", relative, re.IGNORECASE)
    if told is not None:
        n = 1 if told.group(1).casefold() in {"a", "one"} else number_value(told.group(1)) or 0
        return -n if told.group(2).casefold() in {"earlier", "before"} else n
    if re.match(r"the\s+(?:previous|preceding)\s+(?:spring|summer|autumn|fall|winter)", relative, re.IGNORECASE):
        return -1
    return 0


#: An act told as so long after or before another, which the clause after it tells ("just five days after X's treaty
#: with Y", "a week after A had concluded a similar agreement with B", "the day after Germany declared war on
#: Russia"): the span of time and the act it is counted from (``anchor``), up to a break.
_COUNTED_FROM = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+"
    r"(?P<unit>days?|weeks?|fortnights?|months?)|the\s+(?P<the>day|week))\s+(?P<dir>after|before)\s+"
    r"(?P<anchor>(?:(?!,\s+and\b)[^,;:.()\u2014])+)", re.IGNORECASE)

#: How far (in days) the record's date of the act counted from may be from the date the article counts, by the unit
#: it counts in: a week or a month told is a round figure.
_COUNT_SLACK = {"day": 0, "week": 3, "fortnight": 4, "month": 10}

#: An agreement told by its noun in the act counted from ("X's treaty with Y", "a similar agreement").
_AGREEMENT_NOUN = re.compile(r"\b(?:treaty|pact|agreement|alliance|accord|convention|protocol)\b", re.IGNORECASE)


def _counted_from_another(s: Sentence, records: _Records, told: Sequence[Claim]) -> list[Claim]:
    """Return, for an act told as so long after or before another that the record holds (:data:`_COUNTED_FROM`),
    that other act's date checked against the count: the sentence's own date (a day, not in the clause counted from),
    else the record's signing of the agreement it names, moved back (or on) by the count, is compared with the
    record's date of the act counted from, an agreement of the states that clause names (by its name, its noun or a
    verb of signing) or an event of theirs of the kind its verb tells; the nearest one to the date counted. A week or
    a month told is a round figure (:data:`_COUNT_SLACK`). Nothing where the clause names fewer than two states, the
    record holds no such act or none at the date counted (the count may be from an act the record lacks); nothing is
    made of a time the sentence does not give."""
    out: list[Claim] = []
    for m in _COUNTED_FROM.finditer(s.text):
        lo, hi = s.start + m.start("anchor"), s.start + m.end("anchor")
        anchor = m.group("anchor")
        unit = (m.group("unit") or m.group("the")).casefold().rstrip("s")
        n = 1 if m.group("the") or m.group("n").casefold() in {"a", "an", "one"} else number_value(m.group("n"))
        if n is None:
            continue
        days = n * {"day": 1, "week": 7, "fortnight": 14, "month": 30}[unit]
        back = m.group("dir").casefold() == "after"
        main = [d for d in s.of("date") if d.value and d.precision == "day" and not lo <= d.start < hi]
        named = [slug for a in s.of("agreement") if a.target and not lo <= a.start < hi
                 and (slug := a.target.removeprefix("treaty:")) in records.gaz.treaties]
        if main:
            at = min(main, key=lambda d: abs(d.start - (s.start + m.start())))
            when = _pdate(at.value or "").earliest()
        elif named and _SIGNING.search(s.text[:m.start()]):
            signed = records.gaz.treaties[named[0]].signed
            if len(signed) != 10:
                continue
            when = _pdate(signed).earliest()
        else:
            continue
        expected = when - datetime.timedelta(days=days if back else -days)
        states = _codes([x for x in s.of("state") if lo <= x.start < hi])
        if len(states) < 2:
            continue
        inside = [a for a in s.of("agreement") if a.target and lo <= a.start < hi]
        found: list[tuple[str, str, str, RecordRef]] = []  # (kind, its date, what, record)
        if inside or _AGREEMENT_NOUN.search(anchor) or _SIGNING.search(anchor):
            slugs = [a.target.removeprefix("treaty:") for a in inside if a.target] or [
                t.slug for t in records.gaz.treaties.values() if set(states) <= t.members
                and t.slug not in named and len(t.signed) == 10]
            found = [("agreement_date", records.gaz.treaties[x].signed, "signed", records.treaty_ref(x))
                     for x in slugs if x in records.gaz.treaties]
        else:
            kinds = {k for pattern, group, _ in _EVENT_WORDS if pattern.search(anchor) for k in group}
            found = [("event_date", str(e["date"]), str(e["kind"]).replace("_", " "), _event_ref(e))
                     for e in records.events() if e["kind"] in kinds and len(e["date"]) == 10
                     and set(states) <= set(e["actors"]) | set(e["targets"])]
        if not found:
            continue
        kind, date, what, ref = min(found, key=lambda f: abs((_pdate(f[1]).earliest() - expected).days))
        off = abs((_pdate(date).earliest() - expected).days)
        slack = _COUNT_SLACK[unit]
        if off > slack + (1 if unit == "day" else 0):
            continue  # (a count that fits no act of the record may count from one it lacks: nothing is told of it)
        verdict = "consistent" if off <= slack else "within_tolerance"
        reason = (f"the record dates it {date}, {abs((when - _pdate(date).earliest()).days)} days "
                  f"{'before' if back else 'after'} {when.isoformat()}")
        out.append(Claim(kind=kind, text=s.text.strip(), start=s.start, end=s.end,
                         claimed=f"{m.group(0)} ({expected.isoformat()})", verdict=verdict,
                         record_value=f"{what} {date}", reason=reason, records=[ref]))
    return out



#: A date told as when a state of things began, which still holds or held at the time told ("has been shut since
#: 1994", "had been independent only since 18 April 1980", "Since November 2015, when ..."): "since" before it, in
#: a clause of the perfect or opening the sentence.
_SINCE_DATE = re.compile(r"\b(?:ever\s+|only\s+|just\s+)?since\s+(?:the\s+)?(?:(?:early|late|mid|mid-)\s*)?$",
                         re.IGNORECASE)

#: The perfect of a clause, which tells a state of things lasting from a time on ("has been", "have patrolled").
_PERFECT = re.compile(r"\b(?:has|have|had)(?:\s+(?:not|never|only|long|always|also|now))?\s+(?:been\s+|[a-z]{2,}ed\b|"
                      r"kept\b|held\b|stood\b|sat\b|shut\b|lived\b|run\b|known\b)", re.IGNORECASE)


def _begun_since(s: Sentence, records: _Records, pair: tuple[int, ...], told: Sequence[Claim]) -> list[Claim]:
    """Return, for a date told as when a state of things began (:data:`_SINCE_DATE`) in a clause of the perfect
    (:data:`_PERFECT`: "The border between them has been shut since 1994") or leading its sentence ("Since
    November 2015, ..."), the event that began it: the record's act of its states that day where one is found
    (:func:`_event_claims`), else an event not in the record. Nothing where the clause of the date names an agreement
    (a state's time in it, "has sat beside Italy in the alliance since 1990": its own rules; not one named in an aside
    set off by commas), or a leader right before it ("king since 1961": the office's), where the sentence already
    tells a dated claim or a count (a count told from a year on), or names no state and the article no pair."""
    if any(c.kind in {"event_date", "agreement_date", "count"} for c in told):
        return []
    out: list[Claim] = []
    for d in s.of("date"):
        before = s.text[:d.start - s.start]
        since = _SINCE_DATE.search(before)
        if not d.value or since is None or d.how.startswith("relative to "):
            continue
        opens = max([m.end() for m in re.finditer(r"[;:]|,\s+(?:and|but)\s+", before)], default=0)
        clause = before[opens:since.start()]
        if not (_PERFECT.search(clause) or not before[:since.start()].strip(" \"'“‘(")):
            continue
        lo = s.start + len(before) - len(clause) - (len(before) - since.start())
        stop = re.search(r"[,;:]", s.text[d.end - s.start:])
        hi = d.end + (stop.start() if stop else len(s.text))
        if any(m.kind == "agreement" and m.target and lo <= m.start < hi and not re.search(
                r",", s.text[m.end - s.start:since.start()]) for m in s.mentions) or any(
                m.end - s.start <= since.start() and re.fullmatch(r"[\s,]*(?:[\w-]+\s+)?", s.text[
                    m.end - s.start:since.start()]) for m in s.of("leader")):
            continue
        who = s.states() or list(pair)
        if not who:
            continue
        found = [c for c in _event_claims(s, [d], records, pair)
                 if c.kind == "event_date" and c.verdict in {"consistent", "within_tolerance"}]
        if found:
            out.extend(found)
            continue
        names = " and ".join(_name(c, d.value) for c in who[:2])
        out.append(_not_in_record(s, f"event of {names} {since.group(0).strip()} {d.value}", "event", who[:2],
                                  d.value, "event"))
        break
    return out


#: Claims that already read a sentence as about an agreement or an event: an act the sentence tells beside them is
#: theirs ("Greece joined in 1952", "Australia invoked the ANZUS treaty"), not an undated act of its own.
_READ_KINDS = frozenset({"event_date", "agreement_date", "agreement_parties", "ending", "count"})


def _undated_acts(s: Sentence, records: _Records, year: int | None, told: Sequence[Claim]) -> list[Claim]:
    """Return, for a sentence that tells a state's past act at no time at all ("Lebanon stayed out of the fighting",
    "Paraguay offered diplomatic support but no troops", "Rafael Correa called the treaty a relic": the state told as
    the doer of the clause's verb, or a leader the record has leading it then), an event of that state not in the
    record, read at the year the article last told (``year``): with no date, no ledger event can be tied to it.
    Nothing where the sentence tells any date or a time told against another (the dated rules read those), where
    another claim already read it (an agreement's signing, entry, end or a count: the verb is theirs), or where the
    record holds an act of the state of the kind the verb tells within a year of then."""
    if year is None or s.of("date") or _RELATIVE_TIME.search(s.text) or any(c.kind in _READ_KINDS for c in told):
        return []
    out: list[Claim] = []
    for lo, hi in _act_bounds(s.text):
        clause = s.text[lo:hi]
        verb = _STATEMENT.search(clause)
        if verb is None:
            continue
        at = s.start + lo + verb.start()
        own = _codes([m for m in _doers(s, at) if m.start >= s.start + lo])
        if not own:  # (a leader told doing it: "Rafael Correa called the treaty a relic")
            own = _leaders_states(s, lo, lo + verb.start(), records, year)
        if not own:
            continue
        event = _undated_event(s if len(_act_bounds(s.text)) == 1 else s.part(s.start + lo, s.start + hi), clause,
                               own, records, year)
        if event is None:
            continue
        out.append(event)
        break
    return out


def _undated_event(part: Sentence, clause: str, own: Sequence[int], records: _Records, year: int) -> Claim | None:
    """Return the event ``clause`` tells of the states ``own`` at no date, as not in the record at ``year`` (the kind
    its verb tells, else a bare event), or ``None`` where the record holds an act of theirs of that kind within a year
    of then (the act is likely that one, told without its date)."""
    verbs = [(label, kinds) for pattern, kinds, label in _EVENT_WORDS if pattern.search(clause)]
    kinds = {k for _, group in verbs for k in group}
    label = verbs[0][0] if verbs else "event"
    if any((set(e["actors"]) | set(e["targets"])) & set(own) and e["kind"] in kinds
           and abs(_pdate(e["date"]).earliest().year - year) <= 1 for e in records.events()):
        return None
    names = " and ".join(_name(c, str(year)) for c in own[:2])
    return _not_in_record(part, f"{words(label)} of {names}, at no date told (read at {year})", "event", own[:2],
                          str(year), label)


#: A verb that tells again an act told before, for other states ("Spain did so because it feared Moscow", "Peru did
#: likewise", "Chile followed suit"): the act and its time are the earlier clause's, read by the rules of that act.
_DONE_AGAIN = re.compile(r"\b(?:did|do|does)\s+(?:so|likewise|the\s+same)\b|\bfollowed\s+suit\b", re.IGNORECASE)


def _dated_by_its_next_verb(s: Sentence, bounds: Sequence[tuple[int, int]], index: int) -> bool:
    """Return True if clause ``index`` of ``bounds`` is the first of verbs of one subject joined by "and", a later one
    of them told at a date or a time against another ("officers overthrew the monarchy and killed the king in October
    1958": the subject told once, the date told once for the acts it did together)."""
    for (_, hi), (nlo, nhi) in itertools.pairwise(bounds[index:]):
        if not re.fullmatch(r"\s+and\s+", s.text[hi:nlo]) or not _VERB_FIRST.match(s.text[nlo:nhi]):
            return False
        if _RELATIVE_TIME.search(s.text[nlo:nhi]) or any(nlo <= d.start - s.start < nhi for d in s.of("date")):
            return True
    return False


def _undated_clauses(s: Sentence, records: _Records, year: int | None, told: Sequence[Claim]) -> list[Claim]:
    """Return, for each clause of a sentence that tells a state's past act at no time of its own beside a clause another
    rule read (a dated act, an agreement's signing, a count: "the Dutch government sat in exile in London, and the
    Netherlands signed the declaration on 1 January 1942"; "Lebanon stayed out of the fighting, and nobody accused it
    of a breach"), an event of that state not in the record, read at the year the sentence tells (else the one the
    article last told, ``year``), as :func:`_undated_acts` reads a sentence of one such act. A clause is left to the
    other rules where it tells a date, a duration or a time told against another, names an agreement or tells a
    signing, a joining or a breach (the agreement's own acts), or where a claim of the sentence reads that clause
    alone; nothing where the record holds an act of the state of the kind the verb tells within a year of then."""
    bounds = _act_bounds(s.text)
    if len(bounds) < 2 or not any(c.kind in _READ_KINDS for c in told):
        return []
    years = [int(d.value[:4]) for d in s.of("date") if d.value]
    then = years[-1] if years else year
    if then is None:
        return []
    out: list[Claim] = []
    for index, (lo, hi) in enumerate(bounds):
        clause = s.text[lo:hi]
        if any(_WHEN.match(s.text[a:b]) for a, b in bounds[:index]):
            # (dated by a clause of time before it, the main clause's acts each: "When A struck on 5 June 1967, B
            # mobilised, and C declared itself at war")
            continue
        if index + 1 < len(bounds) and not _acts(s.text[bounds[index + 1][0]:bounds[index + 1][1]]):
            continue  # (dated by the clause after it, of no act of its own: "Turkey annexed it, as Hatay, on 29 June")
        if any(s.text[a:b].startswith(":") for (_, a), (b, _) in itertools.pairwise(bounds[index:])):
            continue  # (a lead that the clause after a colon tells in particular: "..., and the bloc never recovered:
            # Albania left the pact in September 1968")
        if _DONE_AGAIN.search(clause):
            continue  # (an act told again for other states: the earlier clause's act, not one of its own)
        if _dated_by_its_next_verb(s, bounds, index):
            continue  # (one subject's acts joined by "and", dated once after the last: "... and killed the king")
        if _RELATIVE_TIME.search(clause) or _SIGNING.search(clause) or _JOINING.search(clause) or \
                _BREACH.search(clause) or any(lo <= m.start - s.start < hi for m in s.mentions
                                              if m.kind in {"date", "agreement", "duration"}) or any(
                s.start + lo <= c.start and c.end <= s.start + hi for c in told):
            continue  # (a duration may be a time told against another: "El Salvador left three days after")
        # (the first verb a state of the clause is told doing: "In the war that followed, the Dutch government sat in
        # exile": the government's sitting, not the war's following)
        own = next((found for verb in _STATEMENT.finditer(clause) if (found := _codes(
            [m for m in _doers(s, s.start + lo + verb.start()) if m.start >= s.start + lo]))), [])
        if not own:
            continue
        event = _undated_event(s.part(s.start + lo, s.start + hi), clause, own, records, then)
        if event is not None:
            out.append(event)
    return out
