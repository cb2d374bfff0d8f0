"""An agreement's dates: signed, in force, ended, each compared with the record's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from foedus.check.claims._clauses import (
    _BOUND,
    _BY_PARTIES,
    _MEMBERS_ARE,
    _RELATIVE_BREAK,
    _attached,
    _ends,
    _is_subject,
    _own_clause,
    _signing_of,
)
from foedus.check.claims._records import _gap, _label, _name, _not_in_record, _pdate, _Records, compare_dates
from foedus.check.claims._sentences import Sentence, _pair_names
from foedus.check.claims._words import (
    _BREACH,
    _CLAUSE_BREAK,
    _ENDED,
    _ENDINGS,
    _EVENT_ONLY,
    _EVENT_OR_ENDING,
    _FOLDED_INTO,
    _JOINING,
    _NEGATION,
)
from foedus.check.claims.endings import (
    _attached_year,
    _claimed_ending,
    _claimed_endings,
    _dated_ending,
    _ending_claim,
    _ending_date_claim,
)
from foedus.check.claims.memberships import _late_signature
from foedus.check.claims.parties import _parties_claim, _parties_too_late, _party_list, _signed_again
from foedus.check.claims.unknown_names import _PLACE_NAME, _UNKNOWN_NAME, _another_of_that_name, _named_unknown
from foedus.check.mentions import _FULL_MONTHS, Treaty, number_value
from foedus.check.models import Claim, Mention, RecordRef

_MONTH_NUMBER = {name: index for index, name in enumerate(_FULL_MONTHS, start=1)}


def _title_dates(title: str) -> set[str]:
    """Return the days a record's title gives its instruments ("(London, 26 May 1942)": "1942-05-26")."""
    return {f"{year}-{_MONTH_NUMBER[month]:02d}-{int(day):02d}" for day, month, year in re.findall(
        rf"\b(\d{{1,2}})\s+({'|'.join(_FULL_MONTHS)})\s+(\d{{4}})\)", title)}


def _signing_verdict(date: Mention, treaty: Treaty) -> tuple[str, str]:
    """Return the verdict and reason on ``date`` told as ``treaty``'s signing (its announcement, for a statement or
    declaration): a date the record's title gives one of its instruments is the record's too ("signed the Anglo-Soviet
    Treaty of Alliance on 26 May 1942": a record of two instruments whose title dates the second, "... (12 July 1941)
    and Treaty of Alliance (London, 26 May 1942)")."""
    verdict, reason = compare_dates(date.value or "", treaty.signed, "statement" if treaty.kind in {
        "joint_statement", "declaration"} else "signed")
    if verdict != "consistent" and (date.value or "") in _title_dates(treaty.title):
        return "consistent", "the record's title dates this instrument so"
    return verdict, reason


def _agreement_claims(s: Sentence, slug: str, dates: list[Mention], records: _Records) -> list[Claim]:
    treaty = records.gaz.treaties[slug]
    ref = records.treaty_ref(slug)
    out: list[Claim] = []
    mention = next(m for m in s.of("agreement") if m.target == f"treaty:{slug}")
    signing = _signing_of(s, mention) or _founding_of(s, mention) or _founder_of(s, mention) or \
        _anniversary_of(s, mention)
    own = _own_clause(s, mention)  # where agreements named in clauses of their own each end in their own
    ending = _claimed_ending(own.text)
    word = _dated_ending(own.text)  # a breach is dated as an event; an abrogation, expiry... as the agreement's end
    date: Mention | None = None
    if word is not None and dates:
        at = own.start + word.start()
        free = [d for d in dates if not _attached(s, d) and own.start <= d.start < own.end]
        after = [d for d in free if d.start > at and not _CLAUSE_BREAK.search(s.text[at - s.start:d.start - s.start])
                 and not _named_date_between(s, dates, at, d)]
        before = [d for d in free if d.start < at and not signing
                  and not _RELATIVE_BREAK.search(s.text[d.end - s.start:at - s.start])]
        date = after[0] if after else (before[-1] if before else None)
    # "withdrew in 1968", "the pact lapsed", "was renewed in 1911": without a verb of signing, no date of signing
    told = _EVENT_OR_ENDING.search(s.text) or _EVENT_ONLY.search(s.text) or _JOINING.search(s.text)
    # ("adhered to the declaration: Iraq in January 1943": a date of entry, judged as such, not of the signing)
    whole = {"text": s.text.strip(), "start": s.start, "end": s.end}
    if word is not None and date is not None and _ends(own, mention) and _ended_before_told(s, mention, treaty):
        pass  # "On 30 June 1902 Rome and Paris promised each other neutrality, and that pledge lasted until 1918",
        # "that pledge" resolved to one ended in 1859: another agreement's end, not this one's
    elif word is not None and date is not None and _ends(own, mention):
        out.extend(_signed_before_ending(s, mention, treaty, ref, dates, own.start + word.start()))
        another = _date_of_another_act(s, own.start + word.end(), date)
        out.extend(c.model_copy(update=whole)
                   for c in _ending_date_claim(own, slug, _label(mention, treaty), date, records, ref)
                   if not (another and c.verdict == "contradicts"))
    elif _is_subject(s, mention, signing) and (signing or any(d.precision != "year" for d in dates)) and dates \
            and (signing is not None or told is None) and (signing is not None or mention.how != "anaphora") \
            and not (mention.how == "description" and re.search(r"\d{4}", mention.text)) \
            and not _signed_by_its_successor(s, mention, signing):
        told_signing = signing is not None
        signing = signing or re.search(re.escape(mention.text), s.text)
        at = s.start + (signing.start() if signing else 0)
        usable = [d for d in dates if not _attached(s, d)] or dates
        after = [d for d in usable
                 if d.start >= at and not _CLAUSE_BREAK.search(s.text[at - s.start:d.start - s.start])]
        own_date = next((d for d in dates if re.fullmatch(r"\s*(?:of|\()\s*", s.text[mention.end - s.start:
                                                                                       d.start - s.start])), None)
        # "the Balkan Entente of February 1934, signed by ..., and a treaty of neutrality of 30 October 1930": the
        # date the name carries is its own
        date = own_date or (after[0] if after else min(usable, key=lambda d: abs(d.start - at)))
        loose = None if own_date is not None else _loose_signing(s, mention, signing if told_signing else None,
                                                                 date, bool(after))
        verdict, reason = _signing_verdict(date, treaty)
        other = _redated_referent(records, slug, date) if verdict == "contradicts" and mention.how == "anaphora" \
            else None
        if other is not None:  # "Signed in Vienna on 12 June 1815, it ...": the pair's agreement of that day
            slug, treaty, ref = other, records.gaz.treaties[other], records.treaty_ref(other)
            verdict, reason = _signing_verdict(date, treaty)
        lo, hi = sorted((mention.end, date.start))
        if date.end <= mention.start and _RELATIVE_BREAK.search(s.text[date.end - s.start:mention.start - s.start]):
            pass  # "a pact ... on 8 March 1945, which the Rio treaty replaced": the date is the antecedent's
        elif not any(lo <= s.start + t.start() < hi for t in _UNKNOWN_NAME.finditer(s.text)
                     if _named_unknown(s, t)):
            # (a date told after another agreement's name, one the record does not hold, is that one's)
            late = _late_signature(s, slug, signing, date, records) if verdict == "contradicts" else []
            if not late and verdict == "contradicts" and loose is not None:
                verdict, reason = "not_in_record", f"{loose}: the record's signing ({treaty.signed}) is another act"
            # "shared two: the North Atlantic Treaty, and the Final Act both signed on 1 August 1976": the verb of
            # signing and its date are another agreement's; nothing is told of this one's signing
            anothers = loose is not None and verdict == "not_in_record" and not told_signing and any(
                _signing_of(s, m) is not None for m in s.of("agreement") if m.target and m.target != mention.target)
            if not anothers:
                out.extend(late or [Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                                          claimed=f"{_label(mention, treaty)} signed {date.text}", verdict=verdict,
                                          record_value=f"signed {treaty.signed}", reason=reason, records=[ref])])
    if not out:
        out.extend(_attached_year(s, mention, treaty, ref) or _attached_day(s, mention, treaty, ref))
    if _PLACE_NAME.fullmatch(mention.text):
        out = [_another_of_that_name(c, treaty) for c in out]
    between = re.search(r"\bbetween\s+(.{3,160}?)(?=[;:.()]|,\s+(?!and\b|or\b|the\s+[A-Z])[a-z]|"
                        r",\s+and\s+(?!the\b)[a-z]|\bthat\b|\bwhich\b|\bwho\b|\bin\s+\d|$)", s.text)
    if between is not None and not any(between.start(1) <= m.start - s.start < between.end(1) for m in s.of("state")):
        between = None  # "guaranteed the frontier between the two old enemies": no parties named there
    named: list[int] = []
    subjects = re.search(r"^(.{3,200}?)\s+(?:have\s+|had\s+)?(?:signed|concluded|joined|acceded to|(?:put|set|added|"
                         r"affixed)\s+their\s+(?:names|hands|signatures|seals)\s+to)\b", s.text)
    if subjects is not None and _NEGATION.search(subjects.group(1)):
        subjects = None  # "Switzerland never joined NATO": no party claimed (:func:`_membership_statements`)
    # "A and B joined NATO": only where the agreement is what was joined (not "joined the war, honouring the pact")
    joined = subjects is not None and subjects.group(0).endswith(("joined", "acceded to")) and any(
        re.fullmatch(r"\s*(?:the\s+)?", s.text[subjects.end():m.start - s.start]) for m in s.of("agreement"))
    party_list = None if between is not None else _party_list(s, mention)
    if party_list is not None:  # "binding A, B and C", "which A and B signed with C", "the founders, A, B and C"
        between, signing = party_list, party_list
    if between is None and subjects is not None and (" and " in subjects.group(1) or joined) and \
            (signing or joined) and not any(m.start < s.start + subjects.end(1) for m in s.of("agreement")) and \
            not _signed_again(s, subjects.end(), mention):
        between = subjects
        signing = signing or subjects  # "A, B and C joined the pact": each is claimed a party

    def names_states(span: re.Match[str] | None) -> bool:
        return span is not None and any(span.start(1) <= m.start - s.start < span.end(1) for m in s.of("state"))

    if between is None and signing is not None:
        by = _BY_PARTIES.search(s.text, signing.end())  # "was signed in Warsaw on 14 May 1955 by A, B and C"
        between = by if names_states(by) else None
    bound = _BOUND.search(s.text)
    if between is None and bound is not None and mention.start < s.start + bound.start() and \
            sum(bound.start(1) <= m.start - s.start < bound.end(1) for m in s.of("state")) >= 2:
        between, signing = bound, bound  # "the alliance bound France and Russia to mobilise together"
    listed = _MEMBERS_ARE.search(s.text)
    if between is None and listed is not None and mention.start <= s.start + listed.start() + 1 and \
            sum(listed.start(1) <= m.start - s.start < listed.end(1) for m in s.of("state")) >= 2:
        between, signing = listed, listed  # "Its founding signatories were A, B and C"
    if party_list is not None and party_list.group(0).startswith(("founding", "original", "founders")):
        listed = party_list
    if between is not None and between is not listed and mention.start <= s.start + between.start() < mention.end:
        between = None  # "the Treaty between A and B": the title names the parties, the article claims nothing
    if between is not None:
        lo, hi = s.start + between.start(1), s.start + between.end(1)
        for m in s.of("state"):
            code = int(m.target.split(":")[1]) if m.target else None
            if code is not None and lo <= m.start < hi and code not in named:
                named.append(code)
    if signing and between and named and (_is_subject(s, mention, signing) or signing in (bound, listed)
                                          or signing is between):
        members = treaty.members
        if signing is listed and listed is not None and listed.group(0).startswith(("founding", "original",
                                                                                      "founders")):
            members = frozenset(records.founders(slug))  # the states that signed it, not those that joined later
        outsiders = [c for c in named if c not in members and (
            members is not treaty.members or c not in records.atop_members(slug))]  # (a founder: a signatory)
        names = ", ".join(_name(c, treaty.signed) for c in sorted(members))
        if outsiders:
            wrong = ", ".join(_name(c, treaty.signed) for c in outsiders)
            out.append(Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"parties include {wrong}", verdict="contradicts",
                             record_value=f"parties: {names}", reason=f"{wrong} is not a party to {treaty.title}",
                             records=[ref]))
        elif _parties_too_late(s, slug, named, records):
            out.append(_parties_claim(s, slug, named, records))  # (the late ones contradict: a party only later)
        else:
            out.append(Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                             claimed="parties: " + ", ".join(_name(c, treaty.signed) for c in named),
                             verdict="consistent", record_value=f"parties: {names}",
                             reason="each named state is a party", records=[ref]))
    if ending is not None and _ends(own, mention):
        dated = next((c for c in out if c.kind == "agreement_date" and " ended " in c.claimed), None)
        out.extend(_with_its_date(_ending_claim(own, slug, one, records).model_copy(update=whole),
                                  dated if date is not None and _dated_in_its_clause(own, one, date) else None)
                   for one in _claimed_endings(own.text)
                   if one != "in_force" or not _in_force_of_another(own, mention))
    elif ending is None:
        out.extend(_ending_told_again(s, slug, mention, records))
    return _another_agreement(out, treaty)


def _another_agreement(claims: list[Claim], treaty: Treaty) -> list[Claim]:
    """Return the claims told of an agreement whose signing the article dates more than a year from the record's and
    whose parties it names some not of the record's ("A and C signed a Treaty of Friendship in 1904", the record
    holding one of A and B of 1984) as of another agreement, one the record does not hold: neither its signing date
    (:func:`_another_of_that_name`) nor its parties are in the record."""
    dated = [c for c in claims if c.kind == "agreement_date" and c.verdict == "contradicts"
             and c.record_value.startswith("signed")]
    if not dated or not any(c.kind == "agreement_parties" and c.verdict == "contradicts" for c in claims):
        return claims
    other = [_another_of_that_name(c, treaty) if c in dated else c for c in claims]
    if other == claims:
        return claims  # (a year or less apart: this agreement's date, told wrongly)
    title = re.sub(r"\s*\(.*", "", treaty.title)
    reason = f"another agreement than the record's {title}: its parties are not in the record"
    return [c.model_copy(update={"verdict": "not_in_record", "reason": reason})
            if c.kind == "agreement_parties" and c.verdict == "contradicts" else c for c in other]


#: A participle of signing right after an agreement's name (and the rest of a title the record lacks: "the Four-Power
#: Treaty on the Pacific, signed ..."): "the Iberian Pact, signed in Lisbon on ...", "NATO, which was concluded in ...".
_SIGNED_AFTER_NAME = re.compile(r"(?:\s+(?:on|of|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*)?"
                                r",?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been)\s+)?(?:signed|concluded)\b")


def _signed_before_ending(s: Sentence, mention: Mention, treaty: Treaty, ref: RecordRef, dates: list[Mention],
                          ending_at: int) -> list[Claim]:
    """The signing date told by a participle right after an agreement's name in a sentence that dates its end too
    ("The Iberian Pact, signed in Lisbon on 17 March 1939, was abrogated on 22 November 1977", "the Four-Power
    Treaty, signed in Washington in December 1921 ...; it lapsed in 1931"): the first date after the participle and
    before the word of ending at ``ending_at``, compared as the signing (the end is a claim of its own)."""
    told = _SIGNED_AFTER_NAME.match(s.text, mention.end - s.start)
    if told is None:
        return []
    at = s.start + told.end()
    date = next((d for d in dates if at <= d.start < ending_at and not _attached(s, d)
                 and not _CLAUSE_BREAK.search(s.text[told.end():d.start - s.start])), None)
    if date is None:
        return []
    verdict, reason = _signing_verdict(date, treaty)
    return [Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{_label(mention, treaty)} signed {date.text}", verdict=verdict,
                  record_value=f"signed {treaty.signed}", reason=reason, records=[ref])]


#: What parts a verb of signing from an agreement told in a clause of its own: "the pact of 1925 was torn up when
#: troops entered the zone on 7 March 1936", "a pledge agreed in March 1945 lapsed when the Rio treaty replaced it".
_SIGNING_CLAUSE_BREAK = re.compile(r";|,\s+(?:which|who|that|when|where|after|before|while|as)\b|"
                                   r"\s(?:when|after|before|while|until|once)\s", re.IGNORECASE)


#: "agreed to deepen", "agreed to meet": a promise to act, not an agreement's signing.
_AGREED_TO_DO = re.compile(r"agreed\s+to\s+(?!the\b|an?\b|its\b|their\b|(?-i:[A-Z]))\w+", re.IGNORECASE)

#: An instrument signed that replaced the agreement named after it: "signed a new pact that replaced the alliance".
_REPLACED_BY_IT = re.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:replaced|superseded|succeeded|ended|dissolved|"
                             r"abrogated|annulled|terminated)\b", re.IGNORECASE)


def _loose_signing(s: Sentence, mention: Mention, signing: re.Match[str] | None, date: Mention,
                   after_verb: bool) -> str | None:
    """Return why a date read as an agreement's signing is only loosely tied to it, else None: no verb of signing
    in the sentence ("ministers met in Riga on 4 May 2021 in the margins of the Warsaw Pact's anniversary"), a verb
    of signing in another clause than the agreement ("the old pact lapsed when Lima signed the armistice on 3 May
    1880"), or a date outside the verb's clause ("the treaty, signed at Rome, was torn up when war came on 2 June
    1940"). Such a date is another act's: not a contradiction of the record's signing."""
    if signing is None or _AGREED_TO_DO.match(s.text, signing.start()):
        return "no verb of signing ties the date to the agreement"
    lo, hi = (mention.end - s.start, signing.start()) if mention.start - s.start < signing.start() else (
        signing.end(), mention.start - s.start)
    own_relative = mention.start - s.start < signing.start() and re.match(r"\s*,?\s*(?:which|that)\b", s.text[lo:hi])
    # (a relative clause told right after the agreement is its own: "the Canberra Pact, which both signed in 1944")
    if lo < hi and not own_relative and (_SIGNING_CLAUSE_BREAK.search(s.text[lo:hi])
                                         or _REPLACED_BY_IT.search(s.text[lo:hi])):
        return "the verb of signing is told in another clause than the agreement"
    a, b = sorted((signing.end(), date.start - s.start))
    if not after_verb and _SIGNING_CLAUSE_BREAK.search(s.text[a:b]):
        return "the date is told in another clause than the signing"
    return None


def _in_force_of_another(own: Sentence, mention: Mention) -> bool:
    """Whether "in force" is told in a relative clause of another agreement named after ``mention`` ("The 1961 pact
    was superseded in 1994, when the two signed a new treaty on 3 May 1994, which remains in force"): the new
    one's, not this one's."""
    found = _ENDINGS[-1][0].search(own.text)
    relative = None if found is None else [r for r in re.finditer(r",\s+which\b", own.text[:found.start()])]
    if not relative:
        return False
    at = own.start + relative[-1].start()
    named = [m for m in own.of("agreement") if m.target and m.end <= at]
    if named and named[-1].start > mention.start and named[-1].target != mention.target:
        return True
    # (another told by its noun after an indefinite article: "signed a treaty of friendly relations")
    between = own.text[mention.end - own.start:at - own.start] if mention.end <= at else ""
    return re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:treaty|pact|agreement|alliance|accord|convention)\b",
                     between) is not None


def _ended_before_told(s: Sentence, mention: Mention, treaty: Treaty) -> bool:
    """Whether an agreement a pronoun or noun stands for (``mention``, an anaphora) had ended more than two years
    before every date its sentence tells: the words are of another agreement, which the sentence itself tells of."""
    years = [int(d.value[:4]) for d in s.of("date") if d.value]
    return mention.how == "anaphora" and bool(treaty.ended) and bool(years) and \
        int((treaty.ended or "0")[:4]) + 2 < min(years)


def _founding_of(s: Sentence, mention: Mention) -> re.Match[str] | None:
    """Return the active verb of founding right before an agreement's name ("Guatemala, Honduras and Nicaragua founded
    the Central American Defence Council on ..."): its signing, told by the states that made it; or the verb that
    tells it came next, right after its name and before a date (:data:`_FOLLOWED_ON`: "The charter of the OAS
    followed at Bogota on 30 April 1948"): its signing, told as the next agreement made."""
    founded = re.search(r"\b(?:founded|established|created|set\s+up)\s+(?:the\s+)?(?=$)",
                        s.text[:mention.start - s.start])
    if founded is not None or mention.text.casefold() in {"it", "this", "that", "which"}:
        return founded  # ("It followed in May": a state, as often as an agreement)
    return _FOLLOWED_ON.match(s.text, mention.end - s.start)


#: A founder told by a noun of signing or founding right before an agreement's name: "among the original signatories
#: of the Declaration", "a founder of the Arab League", "one of the founding members of NATO" (not a "signatory" alone,
#: which may have signed it years later).
_FOUNDER_OF = re.compile(r"\b(?:(?:original|founding|first)\s+(?:signator(?:y|ies)|members?|part(?:y|ies)|states?)|"
                         r"co-?founders?|founders?)\s+(?:of|to)\s+(?:the\s+)?$", re.IGNORECASE)


def _founder_of(s: Sentence, mention: Mention) -> re.Match[str] | None:
    """Return the noun of a founder right before an agreement's name (:data:`_FOUNDER_OF`: "Egypt, a founder of the
    Arab League in March 1945", "both were among the original signatories of the Declaration by United Nations on 1
    January 1942"): a founder's signature is the agreement's own, so the date told after it is its signing."""
    return _FOUNDER_OF.search(s.text, 0, mention.start - s.start)


#: An agreement told made next, by "followed" right after its name, with the place and then the date it was made:
#: "The Bogota charter of the OAS followed on 30 April 1948", "NATO followed in Washington in April 1949".
_FOLLOWED_ON = re.compile(r"\s+(?:(?:soon|then|only)\s+)?(followed)\b(?=\s+(?:(?:at|in)\s+(?-i:[A-Z])[\w'’-]+"
                          r"(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?(?:on|in)\s+(?:[\w-]+\s+)?\d)")


#: The word of an anniversary in a date counted back from the article's day ("seventieth anniversary today", "turns
#: fifty today": :data:`foedus.check.mentions._SINCE_TODAY`).
_ANNIVERSARY = re.compile(r"\banniversary\b|\b(?:turns|turned|becomes)\b", re.IGNORECASE)


def _anniversary_of(s: Sentence, mention: Mention) -> re.Match[str] | None:
    """Return the word of an anniversary told of an agreement right after it in its clause, of a date counted back
    from the article's day ("the alliance's seventieth anniversary today", "the pact turns fifty today"): the
    anniversary of its signing, which that date tells as a verb of signing would."""
    for date in s.of("date"):
        if date.how != "relative to the article's date" or date.start < mention.end or \
                _ANNIVERSARY.search(date.text) is None or _CLAUSE_BREAK.search(s.text[mention.end - s.start:
                                                                                     date.start - s.start]):
            continue
        return _ANNIVERSARY.search(s.text, date.start - s.start)
    return None


def _attached_day(s: Sentence, mention: Mention, treaty: Treaty, ref: RecordRef) -> list[Claim]:
    """An agreement named with the day or month of its signing in a sentence that tells another act of it ("both
    joined the Nyon arrangement of 14 September 1937", "the Rio pact of 2 September 1947 bound them"): the date the
    name carries is its signing's, compared as such (the title's own dates count: :func:`_title_dates`)."""
    date = next((d for d in s.of("date") if d.value and d.precision in {"day", "month"} and re.fullmatch(
        r"\s*(?:of|\()\s*", s.text[mention.end - s.start:d.start - s.start])), None)
    if date is None or mention.how in {"description", "anaphora"}:
        return []
    verdict, reason = _signing_verdict(date, treaty)
    return [Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{mention.text} of {date.text}", verdict=verdict, record_value=f"signed {treaty.signed}",
                  reason=reason, records=[ref])]


def _ending_told_again(s: Sentence, slug: str, mention: Mention, records: _Records) -> list[Claim]:
    """The ending told of an agreement named again later in its sentence, in a clause of its own, where the clause
    of its first mention tells none ("Britain left the treaty in 1974, and SEATO was wound up in 1977")."""
    whole = {"text": s.text.strip(), "start": s.start, "end": s.end}
    for later in (m for m in s.of("agreement") if m.target == f"treaty:{slug}" and m.start > mention.start):
        own = _own_clause(s, later)
        if own.start > mention.start and _claimed_ending(own.text) is not None and _ends(own, later):
            return [_ending_claim(own, slug, one, records).model_copy(update=whole)
                    for one in _claimed_endings(own.text)]
    return []


#: An agreement told as replaced by another: "was replaced by", "was superseded three years later by", "gave way to".
_SUCCEEDED_BY = re.compile(r"\b(?:replaced|superseded|succeeded|supplanted|overtaken|followed)\s+"
                           r"(?:[\w-]+\s+){0,3}?by\b|\bgave\s+way\s+to\b|\bmade\s+way\s+for\b|"
                           rf"\b{_FOLDED_INTO}\b", re.IGNORECASE)


def _signed_by_its_successor(s: Sentence, mention: Mention, signing: re.Match[str] | None) -> bool:
    """Whether the verb of signing a sentence tells after an agreement is its successor's: the
    agreement told replaced by another between them ("It was replaced in 1904 by a defensive pact of March 1904,
    concluded as ...", "The entente gave way to a treaty signed on 3 May 1921"). The successor is read by its own
    rules; the one replaced is not told signed then."""
    if signing is None or signing.start() < mention.end - s.start:
        return False  # ("Both signed the Act on 8 March 1945, replaced by ...": the verb before it is its own)
    return _SUCCEEDED_BY.search(s.text, mention.end - s.start, signing.start()) is not None


def _named_date_between(s: Sentence, dates: list[Mention], at: int, date: Mention) -> bool:
    """Whether a date that names an agreement (:func:`_attached`: "the Rio Treaty of 2 September 1947") stands between
    a word of ending at ``at`` and ``date``: the ending is told by the agreement that date names, and a date after it
    is another's ("..., replaced by the Rio Treaty of 2 September 1947 and by the Bogota pact on 30 April 1948")."""
    return any(at < d.start < date.start and _attached(s, d) for d in dates)


#: A clause of an act of its own, with its subject and its verb, between the word of an ending and a date: "it
#: collapsed when the junta seized power in May 1964", "Rome voided the pact when it marched into the zone on 3 June".
_ANOTHER_ACT = re.compile(r"\b(?:when|as\s+soon\s+as|once|after)\s+(?:it|they|he|she|we|(?:the\s+)?"
                          r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)\s+(?!was\b|were\b|had\b|has\b|is\b)"
                          r"[a-z]+ed\b", re.IGNORECASE)


def _date_of_another_act(s: Sentence, at: int, date: Mention) -> bool:
    """Whether the date told after the word of an ending (at ``at``) dates an act of a clause of its own ("the pact
    collapsed when the junta seized power on 4 May 1964"): the day of that act, which the record of the agreement does
    not hold, not the day the agreement ended (unless that clause's act is itself the ending: "when Rome abrogated it
    on ...")."""
    between = s.text[at - s.start:date.start - s.start]
    act = _ANOTHER_ACT.search(between)
    return act is not None and _dated_ending(between[act.start():]) is None


def _with_its_date(claim: Claim, dated: Claim | None) -> Claim:
    """Return an ending claim told with its date ("It lapsed on 6 December 1984") judged on both: how every coding
    reads the ending, and the date against the record's end. An ending every coding reads so, dated a day off, is
    within tolerance; one dated wrongly keeps its own verdict (the date's is a claim of its own, ``agreement_date``:
    the annotated sets disagree on whether it makes the ending wrong too)."""
    if dated is None or claim.verdict != "consistent" or claim.claimed.split(": ", 1)[-1].startswith("not ") or \
            dated.verdict != "within_tolerance":
        return claim
    return claim.model_copy(update={"verdict": dated.verdict, "reason": f"{claim.reason}; the date: {dated.reason}",
                                    "record_value": f"{claim.record_value}; {dated.record_value}"})


#: What parts the word of an ending from a date told in another clause: "The pact ended in defeat: it was over on
#: 29 September 1918", "It ended on 16 March 1981; the treaty was abrogated", "It ended on 3 May 1990, and Rome in
#: effect denounced it".
_OTHER_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|when|while|after|as|so)\b|\s+and\s+(?!by\b|on\b|in\b)",
                           re.IGNORECASE)


def _dated_in_its_clause(own: Sentence, ending: str, date: Mention) -> bool:
    """Whether the date an agreement's end is told at stands in the clause of the word of ``ending`` ("It lapsed on
    19 June 1890": the ending is judged with its date, :func:`_with_its_date`), not in a clause of its own beside it
    ("The alliance ended in defeat: it was over on 29 September 1918": the date is a claim of its own; so is the date
    of an end told with no word of how)."""
    told = ending.removeprefix("not ")
    if told == "ended":
        return False  # ("It ended on 17 March 1981": no word of how, the date is the whole claim, its own)
    patterns = [p for p, name in ((_BREACH, "breach"), *_ENDINGS) if name == told] or [_ENDED]
    words = [m for p in patterns for m in p.finditer(own.text)]
    if not words:
        return True
    at, when = words[0].start(), date.start - own.start
    lo, hi = sorted((at, when))
    return not _OTHER_CLAUSE.search(own.text[lo:hi])


def _redated_referent(records: _Records, slug: str, date: Mention) -> str | None:
    """Return the agreement a pronoun told signed on ``date`` stands for where the one it was resolved to was signed
    in another year or month and exactly one other agreement of the same states was signed then ("The second pact.
    Signed in Vienna on 12 June 1815, it ...", "Gul signed it with Aliyev in August 2010" after a pact of 1994 was
    last named): a reader takes "it" as the agreement of that date. None where no other fits (the date is then the
    resolved one's, wrongly told)."""
    members = records.gaz.treaties[slug].members
    fits = [t.slug for t in records.gaz.treaties.values() if t.slug != slug and len(t.members) >= 2
            and (members <= t.members or t.members <= members) and t.kind not in {"border", "trade"}
            and compare_dates(date.value or "", t.signed, "signed")[0] in {"consistent", "within_tolerance"}]
    return str(fits[0]) if len(fits) == 1 else None


#: An agreement's noun right before a date that dates it, told by "of" or by the participle of its signing, with
#: its place between: "the neutrality pact of August 1926", "the treaty of neutrality of 1930", "The Peace of Prague,
#: signed on ...", "the accord was signed in Rome on ...", "an armistice concluded at Washington in ...", "whose
#: defence agreement with Lisbon dates from ...".
_DATED_AGREEMENT = re.compile(
    r"\b(?:treat(?:y|ies)|pacts?|alliances?|agreements?|conventions?|accords?|protocols?|armistice|peace|act|"
    r"declarations?|ententes?)\b"
    r"(?:(?:\s+of\s+[\w-]+(?:\s+and\s+[\w-]+)?)?\s+of\s*"
    r"|[^;:.()]{0,40}?(?:,\s+|\s+(?:was|were|had\s+been|been)\s+|\s+)(?:signed|concluded|sealed|initialled)"
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?\s+(?:on|in)\s+"
    r"|(?:\s+[\w-]+){0,3}?\s+dat(?:es|ed|ing)\s+(?:back\s+)?(?:from|to)\s+)$",
    re.IGNORECASE)


def _dated_agreement_unread(s: Sentence, records: _Records, pair: Sequence[int], context: Sequence[int],
                            told: list[Claim]) -> list[Claim]:
    """Return, for each date no dated claim of the sentence (``told``) read that dates an agreement told right before
    it (:data:`_DATED_AGREEMENT`: "the neutrality pact of August 1926", "The Peace of Prague, signed on ...", "an
    accord dating from ..."), its signing checked against every agreement of the states told: two or more the
    sentence names, else those it names with the sentence before's (``context``), else the article's ``pair``. The
    one agreement of all of them signed at that date (its year, month, or the day or one off) is compared; none is
    not in the record; several, or fewer than two states, say nothing. A backstop: the rules of named and described
    agreements read such a date first."""
    read = {d.start for c in told if c.kind in {"agreement_date", "event_date"} for d in s.dates_in(c.claimed)}
    own = list(dict.fromkeys(s.states()))
    fill = context if len(context) >= 2 else pair
    who = set(own) if len(own) >= 2 else set(own) | set(fill)
    if len(who) < 2:
        return []
    out: list[Claim] = []
    for date in s.of("date"):
        if not date.value or date.start in read or not _DATED_AGREEMENT.search(s.text[:date.start - s.start]):
            continue
        said = _pdate(date.value)
        fits = [t for t in records.gaz.treaties.values() if who <= t.members and _gap(said, _pdate(t.signed)) <= (
            1 if said.precision == "day" else 0)]
        if len(fits) > 1:
            continue
        told_as = f"an agreement of {_pair_names(sorted(who))} signed {date.text}"
        if not fits:
            out.append(_not_in_record(s, told_as, "treaty", sorted(who), date.value))
            continue
        verdict, reason = compare_dates(date.value, fits[0].signed, "signed")
        ref = records.treaty_ref(fits[0].slug)
        short = re.sub(r"\s*\(.*", "", ref.label)
        out.append(Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                         claimed=f"{told_as} [{short}]", verdict=verdict,
                         record_value=f"signed {fits[0].signed}", reason=reason + " (the one agreement of these states "
                         "signed then)", records=[ref]))
    return out


#: A verb of how long an agreement held right before the span it tells: "it lasted less than eight years", "The pact
#: survived barely seven years", "It lasted three and a half years" (not "has lasted seventy years": in force still).
_LASTED_FOR = re.compile(r"(?<!\bhas\s)(?<!\bhave\s)\b(?:lasted|survived|endured)\s+(?:(?:for|only|a\s+mere)\s+)*$",
                         re.IGNORECASE)


#: How long a span is, in its words: a word of how near ("less than", "nearly", "barely"), the number, the unit.
_SPAN_WORDS = re.compile(r"(?:for\s+)?(?:(?P<near>(?:more|less|fewer)\s+than|(?:little|no)\s+more\s+than|nearly|"
                         r"barely|almost|about|some|just|over|under|within|exactly)\s+)?(?P<number>.+?)"
                         r"(?P<half>\s+and\s+a\s+half)?[\s-]+(?P<unit>years?|decades?|months?|weeks?|days?)"
                         r"(?P<half_after>\s+and\s+a\s+half)?", re.IGNORECASE)


_UNIT_YEARS = {"year": 1.0, "decade": 10.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}


#: The subject of that verb, where no agreement is named before it: "it", "the pact", "the alliance".
_HELD_SUBJECT = re.compile(r"\b(?:it|the\s+(?:[\w-]+\s+)?(?:pact|treaty|alliance|agreement|accord|entente|convention|"
                           r"declaration|guarantee|pledge|friendship))\s+(?:had\s+)?$", re.IGNORECASE)


def _span_told(words: str) -> tuple[float, float] | None:
    """Return the least and the most years a span told in ``words`` allows ("less than eight years": 0 to 8, "three
    and a half years": about 3.5, "nearly a decade": 9 to 10), or None where its number is no number ("a few")."""
    found = _SPAN_WORDS.fullmatch(words.strip())
    if found is None:
        return None
    said = found.group("number").casefold()
    number = {"a": 1.0, "an": 1.0, "half a": 0.5}.get(said)
    if number is None:
        value = number_value(said)
        if value is None:
            return None
        number = float(value)
    unit = _UNIT_YEARS[found.group("unit").casefold().rstrip("s")]
    years = (number + (0.5 if found.group("half") or found.group("half_after") else 0.0)) * unit
    near = re.sub(r"\s+", " ", (found.group("near") or "").casefold())
    if near in {"less than", "fewer than", "under", "within", "no more than"}:
        return 0.0, years
    if near in {"more than", "over"}:
        return years, float("inf")
    if near == "little more than":
        return years, years + unit
    if near in {"nearly", "almost"}:
        return years - unit, years
    if near in {"about", "some"}:
        return years - unit, years + unit
    return years - unit / 2, years + unit  # ("seven years", "barely seven years": seven and some months)


def _duration_claims(s: Sentence, records: _Records, referent: str | None, told: Sequence[Claim]) -> list[Claim]:
    """How long an agreement that has ended held, told by a verb of lasting and its span (:data:`_LASTED_FOR`: "it
    lasted less than eight years", "The pact survived barely seven years"): a claim of its dates, the span from its
    signing to its end in the record. The agreement is the one named before the verb in its clause, else (the
    verb's subject "it" or "the pact") the one the sentence's ending claims are of, else the one last spoken of. The
    span is compared with the record's at the precision of both dates: right where they overlap."""
    out: list[Claim] = []
    for span in s.of("duration"):
        lead = s.text[:span.start - s.start]
        verb = _LASTED_FOR.search(lead)
        if verb is None:
            continue
        clause = max([b.end() for b in _CLAUSE_BREAK.finditer(lead, 0, verb.start())], default=0)
        named = [m for m in s.of("agreement") if m.target and clause <= m.start - s.start < verb.start()]
        ended = {c.records[0].id for c in told if c.kind == "ending" and c.records
                 and c.records[0].id in records.gaz.treaties}
        told_back = _HELD_SUBJECT.search(lead[clause:verb.start()]) is not None  # ("it lasted", "the pact survived")
        slug = (named[-1].target or "").split(":", 1)[-1] if named else None if not told_back else \
            next(iter(ended)) if len(ended) == 1 else referent
        treaty = records.gaz.treaties.get(slug or "")
        allowed = _span_told(span.text)
        if treaty is None or not treaty.ended or not treaty.signed or allowed is None:
            continue
        signed, ended_on = _pdate(treaty.signed), _pdate(treaty.ended)
        least = (ended_on.earliest() - signed.latest()).days / 365.25
        most = (ended_on.latest() - signed.earliest()).days / 365.25
        right = least <= allowed[1] and allowed[0] <= most
        held = f"{least:.1f} years" if most - least < 0.1 else f"{least:.1f} to {most:.1f} years"
        short = re.sub(r"\s*\(.*", "", treaty.title)
        out.append(Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                         claimed=f"{short} lasted {span.text}",
                         verdict="consistent" if right else "contradicts",
                         record_value=f"signed {treaty.signed}, ended {treaty.ended}",
                         reason=f"the record's span from its signing to its end is {held}",
                         records=[records.treaty_ref(treaty.slug)]))
    return out
