"""Agreements described rather than named ("signed a defensive alliance on 14 August 1920"): the stored one nearest."""

from __future__ import annotations

import re
from collections.abc import Sequence

from foedus.check.claims._clauses import _attached
from foedus.check.claims._records import (
    _entered_after,
    _name,
    _nearest_agreement,
    _nearest_of_context,
    _not_in_record,
    _pdate,
    _Records,
    compare_dates,
)
from foedus.check.claims._sentences import _ASIDE, _SUBORDINATE, Sentence, _codes, _pair_names, _place, _segments
from foedus.check.claims._words import _CLAUSE_BREAK, _DATED_NAME, _EVENT_ONLY, _EVENT_OR_ENDING, _NEGATION, _SIGNING
from foedus.check.claims.endings import _claimed_endings, _ending_claim, _parties_told
from foedus.check.claims.parties import _parties_claim, _party_list
from foedus.check.models import Claim, Mention

#: What follows "the" in an agreement told by a relative clause of its signing: "the treaty of defensive alliance that
#: Peru, Bolivia and Argentina had signed", "the declaration France and Germany signed", "the defence agreement it had
#: concluded with Gabon" (an agreement described, not one the article spoke of before).
_RELATIVE_SIGNING = (r"(?:[\w-]+,?\s+){0,4}?(?:treaty|pact|alliance|agreement|convention|accord|declaration|protocol)"
                     # (what it is of, each item up to two words: "of friendly relations and cooperation")
                     r"(?:\s+of\s+[\w-]+(?:\s+(?!that\b|which\b)[a-z][\w-]*)?"
                     r"(?:(?:,\s+|\s+and\s+)[\w-]+(?:\s+(?!that\b|which\b)[a-z][\w-]*)?)*)?\s+(?:that\s+|which\s+)?"
                     r"(?:it|they|he|she|we|(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:(?:,\s+|,?\s+and\s+|\s+)(?:the\s+)?(?-i:[A-Z])[\w'-]*)*)"
                     r"\s+(?:had\s+|have\s+|has\s+)?(?:signed|concluded|sealed|struck|inked)\b")


#: An agreement told by "The" and the participle of its signing after it: "The treaty, signed in Vienna on 30 October
#: 1883", "The Treaty of Friendship and Neutrality, signed in Paris on 17 December 1925".
_PARTICIPLE_SIGNED = (r"(?:[\w-]+\s+){0,3}?(?:treaty|pact|alliance|agreement|convention|accord|protocol)"
                      r"(?:\s+of\s+[\w-]+(?:(?:,\s+|\s+and\s+)[\w-]+)*)?(?:\s+itself)?"
                      r"(?:,\s+|\s+(?:was|were|had\s+been)\s+)(?:signed|concluded|sealed)\b")


#: An agreement named by what it is, not by its title: "a defensive alliance", "their political agreement", "its own
#: mutual assistance pact", "a treaty of friendship and co-operation" (a title-like phrase the matcher could not tie
#: to one agreement counts too: "a treaty of alliance").
_UNNAMED = re.compile(
    rf"\b(?P<det>an?|its|their|his|her|our|another|the(?=\s+{_RELATIVE_SIGNING})|"
    r"(?:(?<=\bsigned\s)|(?<=\bconcluded\s)|(?<=\bsealed\s))"  # ("concluded the treaty that still binds them")
    r"the(?=\s+(?:[\w-]+\s+){0,2}?(?:treaty|pact|alliance|agreement|convention|accord)\b)|"
    rf"the(?=\s+{_PARTICIPLE_SIGNED}))\s+(?:own\s+)?"
    # (no article nor preposition among the words: "their names to a pact of ...": "a pact of ...")
    r"(?P<words>(?:(?!(?:to|a|an|the|with|by|on|in|at)\s)[\w-]+,?\s+){0,4}?)"
    r"(?P<noun>treaty|pact|alliance|agreement|convention|accord|declaration|guarantee|protocol|"
    # an agreement told by its form or as a bargain: "an exchange of letters dated ...", "struck a deal" (not "a
    # great deal")
    r"exchange\s+of\s+(?:diplomatic\s+)?(?:notes|letters)|(?<!\bgreat\s)(?<!\bgood\s)deal)\b"
    r"(?P<of>\s+of\s+(?!\d|(?:its|their|his|her)\s+own\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[\w-]+(?:(?:,\s+|\s+and\s+)(?!signed\b)[\w-]+)*)?",
    re.IGNORECASE)  # ("a pact of 18 June 1941": its date)


#: What ties a date to the agreement described just before it, as the date of its signing: "in March 1929", "of their
#: own in March 1929", "signed in Baghdad on 30 June 1931", "at Salonika in July 1937", "followed at Bled on 9 August
#: 1954", "negotiated at Portsmouth in January 1948".
_TOLD_WHEN_AND_WHERE = re.compile(
    r"\s*,?\s*(?:of\s+(?:its|their|his|her)\s+own\s+)?"
    r"(?:(?:(?:was|were|had\s+been)\s+)?(?:signed|concluded|sealed|negotiated|agreed|followed)(?:\s+\w+){0,3}?\s+"
    r"(?:in|on)|(?:at|in)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:in|on)|in|on|of)\s+",
    re.IGNORECASE)


#: An active verb of replacing ("replaced", "which replaces"; not "was replaced by the treaty ...", whose object
#: replaced it).
_REPLACING = (r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )"
              r"\b(?:replaced|replaces|superseded|supersedes|supplanted|supplants)\s+")


def _replaced_one(s: Sentence, at: int, date: Mention) -> bool:
    """Whether the agreement described at ``at`` (an offset in ``s``) and dated by ``date`` is told as the one an
    active verb of replacing ended: the verb's object ("It replaced the defence pact the two had signed on 24 February
    1972"), or, where the verb stands between the description and the date, the verb's object, which the date dates
    ("a pact which replaces the non-aggression treaty the two countries signed in 1960")."""
    if re.search(_REPLACING + "$", s.text[:at], re.IGNORECASE):
        return True
    between = s.text[at:max(at, date.start - s.start)]
    return re.search(_REPLACING + r"(?:the|an?|its|their)\s", between, re.IGNORECASE) is not None and \
        not re.search(r"[;:.]", between)


def _unnamed_signings(s: Sentence, records: _Records, context: Sequence[int],
                      pair: Sequence[int] = ()) -> tuple[list[Claim], set[int]]:
    """Signings of agreements the article describes without naming them ("Czechoslovakia and Yugoslavia signed a
    defensive alliance on 14 August 1920", "a treaty of friendship in February 1995", "On 16 May 1935 the Soviet
    Union signed its own mutual assistance pact with Czechoslovakia"), and the clauses that repeat such a signing for
    other states with the verb left out ("...; Czechoslovakia and Romania followed on 23 April 1921").

    The parties are the clause's states (:func:`_parties_told`: a capital told as the place of the signing is none),
    up to a subordinate clause and not after "against"; with none named ("The treaty, signed in Vienna on ...",
    "Diouf and Jawara signed the pact"), those of ``context`` (the sentence before's, else the article's pair); the
    agreement is the
    stored one (ledger or ATOP) of those states signed nearest the article's date: with two states or more named, all
    of them among its members; with one, the only agreement of that state signed within :data:`_ONE_STATE_DAYS` days,
    else one it shares with a state of the sentence before ("it", "the three"). An agreement a year or less away is
    compared (a wrong year contradicts); none within a year is not in the record. With no state named and none of
    ``context``'s agreements near, those of the article's ``pair`` (:func:`_nearest_of_context`: "The two republics
    signed a defensive alliance on ..." after a sentence of other states). Returns the claims and the starts of the
    dates they used."""
    out: list[Claim] = []
    used: set[int] = set()
    linked = [m for m in s.of("agreement") if m.target]
    previous: list[int] = []
    for lo, hi in _segments(s):
        text = s.text[lo - s.start:hi - s.start]
        asides = [(lo + a.start(), lo + a.end()) for a in _ASIDE.finditer(text)]
        text = _ASIDE.sub(lambda a: " " * len(a.group(0)), text)  # "Armenia, which hosts a Russian base, concluded"
        cut = _SUBORDINATE.search(text)
        first = lo  # where the parties begin
        if cut is not None and cut.group(0).casefold().endswith("when") and _SIGNING.search(text, cut.end()) \
                and not _SIGNING.search(text[:cut.start()]):
            # "They met again in Ankara on 19 October 1939, when Britain, France and Turkey signed a treaty": the
            # signing is the "when" clause's, its date the main clause's
            first, cut = lo + cut.end(), _SUBORDINATE.search(text, cut.end())
        hi = lo + cut.start() if cut else hi
        text = text[:hi - lo]
        against = re.search(r"\b(?:against|if|unless|should|in case)\b", text)
        states = _parties_told(s, [m for m in s.of("state") if first <= m.start < (
            lo + against.start() if against else hi) and not any(a <= m.start < b for a, b in asides)])
        verb = _SIGNING.search(text)
        lead = None if verb is None or first != lo else re.search(r",\s+(?=[^,]*$)", text[:verb.start()])
        begins = None if lead is None else lo + lead.end()  # where the subject begins
        while lead is not None and begins is not None:  # "Peru, Bolivia and Argentina had signed": a list of the
            # parties, not a lead-in, unless its first item is another's object ("the day they declared war on the
            # United States, Germany, Italy and Japan signed")
            item = next((m for m in s.of("state") if m.end == begins - len(lead.group(0))), None)
            if item is None:
                break
            if re.search(r"\b(?:on|against|with|to|of|from|by|in|at|for)\s+(?:the\s+)?$",
                         s.text[:item.start - s.start]):
                break
            lead = re.search(r",\s+$", s.text[:item.start - s.start])
            begins = None if lead is None else s.start + lead.end()
        if begins is not None:  # "Fearing Bulgarian ambitions, Serbia and Greece signed": the subject, not the lead-in
            subject = _parties_told(s, [m for m in s.of("state") if begins <= m.start < (
                lo + against.start() if against else hi) and not any(a <= m.start < b for a, b in asides)])
            states = subject or states
        # (a date that names an agreement described, "signed ... a pact of 18 June 1941", dates its signing)
        dates = [m for m in s.of("date") if m.value and lo <= m.start < hi and (not _attached(s, m) or (
            _SIGNING.search(text) is not None and any(
                re.fullmatch(r"\s*(?:of|\()\s*", s.text[p.end() + lo - s.start:m.start - s.start])
                for p in _UNNAMED.finditer(text) if p.group("det").casefold() in {"a", "an"})))]
        phrases = [p for p in _UNNAMED.finditer(text) if not any(
            m.start < lo + p.end() and lo + p.start() < m.end for m in linked
            if not (m.how == "anaphora" and p.group("det").casefold() == "the"))  # "the treaty that A signed"
            and not (p.group("det").casefold() == "the" and any(m.start < lo + p.start() for m in linked))]
        # ("it was replaced by the Four-Power Treaty, signed at ...": the sentence is the earlier agreement's)
        if not dates or (not phrases and any(lo <= m.start < hi for m in linked)):
            previous = []
            continue
        signing = _SIGNING.search(text)
        if signing is not None and _NEGATION.search(text[:signing.start()]):
            previous = []  # "had never signed a bilateral pact": a count, no signing
            continue
        told: list[tuple[re.Match[str] | None, Mention]] = []
        for phrase in phrases:
            attached = _TOLD_WHEN_AND_WHERE.match(text[phrase.end():])
            date = next((d for d in dates if attached and d.start - lo == phrase.end() + attached.end()), None)
            reach = 90 if phrase.group("det").casefold() == "the" else 40  # "the pact that A, B and C had signed"
            verb = _relative_signing_verb(text, phrase) or signing  # ("the treaty that A and B signed on ...": its own)
            if date is None and verb is not None and (verb.end() <= phrase.start() <= verb.end() + 40
                                                      or 0 <= verb.start() - phrase.end() <= reach) \
                    and not _EVENT_ONLY.search(text[verb.end():phrase.start()]):  # "signed the law ratifying it"
                at = lo + phrase.start()
                after = [d for d in dates if d.start >= at and d.start not in used
                         and not _CLAUSE_BREAK.search(s.text[at - s.start:d.start - s.start])
                         and not any(at < lo + q.start() < d.start for q in phrases)]
                before = [d for d in dates if d.start < lo + (verb.start() if verb.start() < phrase.start()
                                                              else phrase.start())]
                date = after[0] if after else before[-1] if before else None
            if date is None and told and signing is not None:  # "signed X in 1924 and, at Locarno on 16 October
                # 1925, Y": a second agreement under the same verb takes the date told between them or after it
                date = next((d for d in dates if d.start > (told[-1][0].end() + lo if told[-1][0] else lo)
                             and d.start not in used), None)
            if date is None and previous and not _EVENT_OR_ENDING.search(text):
                date = next((d for d in dates if d.start > lo + phrase.start()), None)  # "and added a guarantee"
            if date is not None and date.start not in used:
                told.append((phrase, date))
                used.add(date.start)
        if not told and previous and states and not phrases and not _EVENT_OR_ENDING.search(text) \
                and not signing:
            told.append((None, dates[0]))  # "; Czechoslovakia and Romania followed on 23 April 1921"
            used.add(dates[0].start)
        if not told:
            previous = []
            continue
        parties = states if len(states) >= 2 else [*states, *(c for c in previous if c not in states)][:2] \
            if previous else states
        for said_as, date in told:
            words = (said_as.group(0) if said_as is not None else "").casefold()
            found = _nearest_of_context(records, parties, context, pair, date, words,
                                        signed=signing is not None and said_as is not None)
            described = said_as.group(0) if said_as is not None else f"an agreement of {_pair_names(parties)}"
            outsider: int | None = None
            if found is None and len(states) >= 3 and said_as is not None and signing is not None:
                # "the treaty that Peru, Bolivia and Argentina had signed": the one agreement of all the states but
                # one signed then is the one told of, and that state is claimed a party wrongly
                fits = {c: _nearest_agreement(records, [x for x in states if x != c], context, date, words)
                        for c in states}
                single = {c: slug for c, slug in fits.items() if slug is not None}
                if len(set(single.values())) == 1 and len(single) == 1:
                    (outsider, found), = single.items()
            told_with = _signer_and_partners(s, first, lo + signing.start(), lo + said_as.end()) \
                if found is None and len(states) >= 3 and said_as is not None and signing is not None \
                and signing.start() < said_as.start() else []
            if 2 <= len(told_with) < len(set(states)):
                # "Tallinn signed a non-aggression pact with the Soviet Union in May 1932, and both Tallinn and Riga
                # signed ... with Moscow, Warsaw and Bucharest": the subject and the partner after "with" are its
                # parties, the states of the clause beside them another agreement's
                found = _nearest_agreement(records, told_with, context, date, words, signed=True)
                states = told_with if found is not None else states
            if found is None:
                if len(states) >= 2 and said_as is not None:
                    out.append(_not_in_record(s, f"{described} of {_pair_names(states)} signed {date.value}",
                                              "treaty", states, date.value or ""))
                elif said_as is not None and not any(lo + said_as.end() <= m.start < date.start for m in linked):
                    # (not an agreement named between it and its date: "signed a protocol dissolving the Warsaw
                    # Pact on ...", the date that one's)
                    between = text[said_as.end():max(said_as.end(), date.start - lo)]
                    out.extend(_signed_by_few(s, said_as.group(0), between, date, states, context, pair, signing))
                continue
            treaty = records.gaz.treaties[found]
            ref = records.treaty_ref(found)
            verdict, reason = compare_dates(date.value or "", treaty.signed, "statement" if treaty.kind in {
                "joint_statement", "declaration"} else "signed")
            short = re.sub(r"\s*\(.*", "", ref.label)
            out.append(Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{described} [{short}] signed {date.text}", verdict=verdict,
                             record_value=f"signed {treaty.signed}", reason=reason, records=[ref]))
            rest = s.text[(lo - s.start) + (said_as.end() if said_as is not None else 0):]
            if said_as is not None and (re.match(r"[^.;]*?,\s+which\b", rest) or re.match(
                    r"[^.]*?(?:[:;]|,\s+and|\bbefore|\buntil)\s+it\s+(?:(?:too|also|itself|finally|eventually)\s+)?"
                    r"(?:was|had|has|is|remains|remained|never|still)\b", rest)):
                # "..., which remains in force"; "...signed on 6 December 1938, ...: it was broken when ..."; "...
                # and lasted eighteen months before it too was broken", "..., and it has never been terminated"
                out.extend(_ending_claim(s, found, one, records) for one in _claimed_endings(rest))
            if said_as is not None and _replaced_one(s, lo - s.start + said_as.start(), date):
                out.append(_ending_claim(s, found, "replaced", records))
            if outsider is not None:
                out.append(_parties_claim(s, found, [outsider], records))
            elif len(states) >= 2 and signing is not None and said_as is not None:
                out.append(Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                                 claimed="parties: " + ", ".join(_name(c, treaty.signed) for c in states),
                                 verdict="consistent",
                                 record_value="parties: " + ", ".join(_name(c, treaty.signed)
                                                                     for c in sorted(treaty.members)),
                                 reason="each named state is a party", records=[ref]))
        previous = parties
    return out, used


#: A verb that tells an agreement made, right after its description: "a pact followed at Bled on ...", "a protocol
#: concluded in ...".
_MADE_AFTER = re.compile(r"^[^,;:]{0,40}?\b(?:signed|concluded|sealed|negotiated|agreed|followed|initialled)\b",
                         re.IGNORECASE)


def _signed_by_few(s: Sentence, described: str, after: str, date: Mention, states: Sequence[int],
                   context: Sequence[int], pair: Sequence[int], signing: re.Match[str] | None) -> list[Claim]:
    """Return the signing of an agreement the sentence describes and dates with fewer than two states named, which
    no stored agreement near that date answers (:func:`_nearest_of_context` found none), as not in the record: the
    parties told by their leaders, as "the two sides" or by one state and a partner ("In March 1955 Salazar and
    Kubitschek signed a treaty of consultation", "the two sides signed a secret naval protocol in 1931", "A full
    defence pact followed at Cairo on ...", "his government signed a defence agreement with Syria"). The proposed
    entry's states are those named, with the sentence before's (else the article's pair) after them. Only where a
    verb of making it is told in the clause, or in ``after`` (what the clause tells between the description and
    the date): none for "an alliance in 1902" alone."""
    if signing is None and _MADE_AFTER.match(after) is None:
        return []
    who = [*states, *(c for c in (context if len(context) >= 2 else pair) if c not in states)]
    return [_not_in_record(s, f"{described} signed {date.text}", "treaty", who[:max(2, len(states))], date.value or "")]


#: What joins the states of a list: "A, B and C", "A and the B".
_LIST_JOIN = re.compile(r"(?:,\s+|,?\s+and\s+)(?:the\s+)?")


def _signer_and_partners(s: Sentence, first: int, verb: int, phrase_end: int) -> list[int]:
    """Return the states a clause tells as the signers of an agreement it describes by its subject and a partner
    list right after the description ("Ghana signed a defence pact with Togo and Benin in 1961": Ghana, Togo and
    Benin): the states between ``first`` (where the clause's subject begins) and the verb at ``verb``, and those
    listed right after "with" at ``phrase_end`` (offsets in the article); none where either part names none."""
    told = re.match(r"\s+with\s+(?:the\s+)?", s.text[phrase_end - s.start:])
    if told is None:
        return []
    signers = [m for m in s.of("state") if m.target and first <= m.start < verb]
    partners: list[Mention] = []
    at = phrase_end + told.end()
    for m in sorted(s.of("state"), key=lambda x: x.start):
        if m.start < at or not m.target:
            continue
        if m.start != at:
            break
        partners.append(m)
        joined = _LIST_JOIN.match(s.text, m.end - s.start)
        if joined is None:
            break
        at = s.start + joined.end()
    if not signers or not partners:
        return []
    return list(dict.fromkeys(_codes([*signers, *partners])))


def _relative_signing_verb(text: str, phrase: re.Match[str]) -> re.Match[str] | None:
    """Return the verb of the relative clause of signing right after an agreement described ("the treaty of friendly
    relations that A and B signed on ..."), where the phrase is told so, else None: its date is that verb's, whatever
    other verb of signing the clause holds before ("A statement issued after the talks ... the treaty that ...")."""
    if phrase.group("det").casefold() != "the":
        return None
    told = re.compile(rf"the\s+{_RELATIVE_SIGNING}", re.IGNORECASE).match(text, phrase.start())
    return None if told is None else re.search(r"(?:signed|concluded|sealed|struck|inked)$", text[:told.end()])


def _dated_names(s: Sentence, records: _Records, dates: Sequence[Mention],
                 context: Sequence[int], pair: Sequence[int] = ()) -> tuple[list[Claim], set[int]]:
    """Agreements told by a name the record lacks and the date of their signing ("the London convention of July
    1840, which Russia and Turkey signed with Britain"): the stored agreement of the sentence's states (else those of
    ``context``) signed nearest that date (:func:`_nearest_agreement`), compared as a signing. Where none of theirs
    was signed within a year, nothing is claimed here (it may be a peace or an armistice, an event); with no state
    named, the article's ``pair`` stands in for a ``context`` none of whose agreements is near
    (:func:`_nearest_of_context`).
    Returns the claims and the starts of the dates they used."""
    out: list[Claim] = []
    used: set[int] = set()
    linked = [m for m in s.of("agreement") if m.target]
    for date in dates:
        found = _DATED_NAME.search(s.text[:date.start - s.start])
        if found is None or any(m.end - s.start > found.start("name") for m in linked if m.start < date.start):
            continue
        # the parties: the states named outside the name, not after "to", "against" ("... to force Egypt out")
        cut = re.search(r"\b(?:to|against|if|unless|should)\b", s.text[date.end - s.start:])
        until = date.end + (cut.start() if cut else len(s.text))
        # (nor the words of another agreement's name: "the Franco-Soviet treaty ... by the Munich agreement of ...")
        states = _codes([m for m in s.of("state") if not _place(s, m) and m.start < until
                         and not s.start + found.start("name") <= m.start < date.start
                         and not any(a.start <= m.start < a.end for a in s.of("agreement"))])
        words = found.group("name").casefold()
        slug = _nearest_of_context(records, states, context, pair, date, words)
        if slug is None and len(states) >= 3:  # one of three or more named may be no party (told so elsewhere)
            fits = {_nearest_agreement(records, [x for x in states if x != c], context, date, words) for c in states}
            slug = next(iter(fits - {None}), None) if len(fits - {None}) == 1 else None
        if slug is None:
            continue
        treaty = records.gaz.treaties[slug]
        ref = records.treaty_ref(slug)
        verdict, reason = compare_dates(date.value or "", treaty.signed, "signed")
        later = _entered_after(records, slug, states or context, _pdate(date.value or "")) \
            if verdict == "contradicts" else []
        if later:  # ("the agreement of 31 January 1942" of two states, one of which entered the record's only later)
            verdict, reason = "not_in_record", (
                f"{' and '.join(_name(c, date.value or '') for c in later)} entered the record's nearest agreement "
                f"({treaty.signed}) only after {date.text}: the sentence tells of another, which the record lacks")
        short = re.sub(r"\s*\(.*", "", ref.label)
        out.append(Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                         claimed=f"{found.group('name')} [{short}] of {date.text}", verdict=verdict,
                         record_value=f"signed {treaty.signed}", reason=reason, records=[ref]))
        out.extend(_dated_name_signers(s, records, slug, found, date))
        used.add(date.start)
    return out, used


def _dated_name_signers(s: Sentence, records: _Records, slug: str, found: re.Match[str],
                        date: Mention) -> list[Claim]:
    """The states a sentence lists as the signers of an agreement told by a name the record lacks and its date
    (:func:`_dated_names`), as its parties: a list right before "signed the NAME" ("Britain, France and Spain signed
    the London convention of 1861") or right after it in a relative clause ("the Paris protocol of May 1902, which
    A and B signed with C"), two states or more (:func:`_party_list`); a state that is none is a wrong party."""
    told = _party_list(s, date)
    if told is None:
        return []
    near_before = 0 <= found.start("name") - told.end(1) <= 40
    near_after = 0 <= told.start(1) - (date.end - s.start) <= 40
    codes = _codes([m for m in s.of("state") if told.start(1) <= m.start - s.start < told.end(1) and not _place(s, m)])
    if not (near_before or near_after) or len(codes) < 2:
        return []
    return [_parties_claim(s, slug, codes, records)]
