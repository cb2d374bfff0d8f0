"""Who is or was party to an agreement, compared with its members."""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Mapping, Sequence

from foedus.check.claims._clauses import _attached
from foedus.check.claims._records import _GAPPED_LEAD, _name, _nearest_agreement, _Records, compare_dates
from foedus.check.claims._referents import _alive
from foedus.check.claims._sentences import (
    _ASIDE,
    _SEGMENT_BREAK,
    _SUBORDINATE,
    Sentence,
    _aimed_at,
    _codes,
    _pair_names,
    _place,
    _segments,
    _war_named,
)
from foedus.check.claims._words import _JOINING, _NAME_PUT, _NEGATION, _PAIR_WORD, _SIGNING
from foedus.check.claims.endings import _ending_claim
from foedus.check.mentions import _NUMBER_WORDS, _ORDINALS, number_value
from foedus.check.models import Claim, Mention


def _the_two(context: Sequence[int], pair: tuple[int, ...]) -> list[int]:
    """Return the two states "both" or "the two" stand for: those of the sentence before (``context``), the
    article's pair where that sentence names more ("In Manila, New Zealand and Britain signed ... Both were ...": not
    the Philippines; "Spain, Sweden and Switzerland stayed out. Both were founders of NATO": not the first two of a
    list, which "both" does not pick from), else its two; the pair where it names fewer."""
    if len(context) > 2 and len(pair) == 2:
        return list(pair)
    return list(context[:2]) if len(context) >= 2 else list(pair)


#: What tells that a list of states after it is an agreement's parties: a verb of binding ("binding A, B and C",
#: "bound four monarchies: A, B, C and D"), or a noun of membership in apposition ("its founders, A, B and C").
_PARTIES_BEFORE = re.compile(r"\b(?:(?P<founding>founding|original)\s+)?(?:(?:bind(?:s|ing)?|bound|link(?:s|ed|ing)|"
                             r"unit(?:es|ed|ing))(?:\s+(?:together\s+)?(?:\w+\s+){0,2}?(?:states|powers|countries|"
                             r"monarchies|nations|governments|members|neighbours|neighbors)\s*[:,]?)?|"
                             r"(?:(?P<founders>founders)|signatories|signers|members|parties)\s*[:,]|"
                             r"(?:states|powers|countries|monarchies|nations)\s*:)\s+(?:the\s+)?$", re.IGNORECASE)


#: What tells that a list of states before it is an agreement's parties: a verb of signing or founding after it
#: ("which A, B and C all signed", "which A and B signed with C", "A and B had founded it").
_PARTIES_AFTER = re.compile(r"^\s+(?:(?:all|both|each|jointly|had|have|has|then|later|also|formally)\s+)*"
                            r"(?:signed|concluded|founded|ratified|set\s+up)\b"
                            r"(?:(?P<with>(?:\s+[^\s,;]+){0,8}?\s+with\s+(?:the\s+)?)|"
                            r"(?!\s+(?:a|an|another|their|its|his|her)\b))", re.IGNORECASE)


#: What stands before a list that opens its clause or a relative one ("which A and B signed", "Both A and B signed").
_LIST_OPENS = re.compile(r"(?:^|\bwhich|\bthat|[,;:])\s*(?:both\s+|all\s+|each\s+)?(?:the\s+)?$", re.IGNORECASE)


_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?"
                        # (an item told with a word of its regime or state: "Italy and socialist Yugoslavia", "Hungary
                        # and a dying Soviet Union")
                        r"(?:(?:an?\s+)?(?-i:[a-z]+(?:ist|al|ed|ing|ian|ic))\s+(?:the\s+)?)?")


def _state_runs(s: Sentence) -> list[tuple[int, int]]:
    """Return the runs of state names the sentence lists together ("Senegal, the Gambia and Cameroon"), each as its
    bounds in the sentence's text; a capital told as a place ("signed in Manila") is no item."""
    runs: list[tuple[int, int]] = []
    for m in sorted((m for m in s.of("state") if m.target and not _place(s, m)), key=lambda m: m.start):
        lo, hi = m.start - s.start, m.end - s.start
        if runs and _LIST_GLUE.fullmatch(s.text[runs[-1][1]:lo]):
            runs[-1] = (runs[-1][0], hi)
        else:
            runs.append((lo, hi))
    return runs


def _signed_again(s: Sentence, after: int, mention: Mention) -> bool:
    """Whether a verb of signing of its own stands between ``after`` (an offset in the sentence: where the verb its
    subjects signed ends) and ``mention``, so that the subjects' verb governs something else: "France and Russia
    signed the alliance, and Germany and the Soviet Union signed the Molotov-Ribbentrop Pact", "A and B signed a
    treaty in 1935, but Moscow broke with it when it signed the pact" (not "A and B signed the treaty and its
    protocol")."""
    gap = s.text[after:mention.start - s.start]
    return re.search(r"\b(?:signed|signing|concluded|joined|acceded\s+to)\b", gap) is not None


def _party_list(s: Sentence, mention: Mention) -> re.Match[str] | None:
    """Return the span (as group 1) of a list of states the sentence tells as an agreement's parties, by what stands
    before it (:data:`_PARTIES_BEFORE`) or the verb of signing after it (:data:`_PARTIES_AFTER`, with a partner after
    "with" included), or None. The span opens with "founding" or "original" where only founders are meant."""
    at = mention.start - s.start
    others = [m.start - s.start for m in s.of("agreement") if m.target and m.target != mention.target]
    for lo, hi in _state_runs(s):
        if lo < at < hi or _NEGATION.search(s.text[:lo]):
            continue
        if any(x < lo for x in others) and (at >= hi or any(at < x < lo for x in others)):
            continue  # ("The League ..., binding A, B and C, lapsed when the Reinsurance Treaty was signed": the
            # League's, the agreement told right before the list)
        before = _PARTIES_BEFORE.search(s.text[max(0, lo - 80):lo])
        after = _PARTIES_AFTER.match(s.text[hi:])
        if at > hi and _signed_again(s, hi + (after.end() if after is not None else 0), mention):
            continue  # ("A and B signed X, and C and D signed Y": X's, not Y's)
        several = bool(re.search(r",|\band\b", s.text[lo:hi]))
        if before is not None and (several or before.group(0).rstrip().endswith((":", ","))):
            to = re.match(r"\s+to\s+(?:the\s+)?", s.text[hi:]) if re.match(r"(?i)\s*(?:bind|bound|link|unit)",
                                                                          before.group(0)) else None
            # (states bound or linked to others: "linked Oslo and Rome to Paris and Madrid", all of them parties)
            hi = next((r[1] for r in _state_runs(s) if to is not None and r[0] == hi + to.end()), hi)
            start = lo - (min(lo, 80) - before.start()) if before.group("founding") else \
                lo - (min(lo, 80) - before.start("founders")) if before.group("founders") else lo
            return re.compile(rf"(?s)(?:.{{{lo - start}}})?(.{{{hi - lo}}})").match(s.text, start)
        # (a list that opens its clause or a relative one: "which A and B signed", not "the alliance A and B signed",
        # which tells of another agreement)
        partner = next((r for r in _state_runs(s) if r[0] == hi + after.end()), None) \
            if after is not None and after.group("with") else None
        if after is not None and (several or partner is not None) and _LIST_OPENS.search(s.text[:lo]):
            end = partner[1] if partner else hi
            text = s.text[lo:end]
            return re.compile(rf"(?s)({re.escape(text)})").match(s.text, lo)
    return None


#: The parties of an agreement told by what they promised: "Britain, Greece and Turkey guaranteed the new republic's
#: independence", "France and West Germany promised to consult each other".
_PROMISED = re.compile(r"^(?P<subj>.{3,160}?)\s+(?:also\s+|jointly\s+|(?-i:[a-z]+ly)\s+)?"
                       r"(?:promised|pledged|undertook|guaranteed|"
                       r"vowed|(?:committed|bound|obliged) themselves|"
                       r"exchanged\s+(?:diplomatic\s+)?(?:notes|letters))\b")  # (an agreement made by notes)


def _promise_parties(s: Sentence, records: _Records, referent: str | None) -> list[Claim]:
    """The states a sentence says promised something together, as the parties of the agreement it names (one) or,
    naming none, of the agreement the article was last about: each must be a party. Two states or more, listed as the
    sentence's subject ("A, B and C guaranteed"), nothing but commas and "and" between them."""
    found = _PROMISED.search(s.text)
    agreements = s.agreements()
    slug = agreements[0] if len(agreements) == 1 else referent if not agreements else None
    if found is None or slug is None or slug not in records.gaz.treaties or (
            not agreements and found.group(0).casefold().endswith(("notes", "letters"))):
        return []  # (notes exchanged, no agreement named: not told of the one the article was last about)
    listed = _promisers(s, found)
    if not listed:
        return []
    if s.text[:listed[0].start - s.start].strip().casefold() not in {"", "the", "both", "both the"} and not re.search(
            r",\s+(?:the\s+)?$", s.text[:listed[0].start - s.start]):
        return []  # the states are the subject, or follow a lead-in ("In 1960, A and B guaranteed")
    return [_parties_claim(s, slug, _codes(listed), records)]


def _promisers(s: Sentence, found: re.Match[str]) -> list[Mention]:
    """Return the states listed as the subject of a verb of promising (:data:`_PROMISED`), two or more with nothing
    but commas and "and" between them and the verb, else none."""
    listed = [m for m in s.of("state") if m.target and m.end - s.start <= found.end("subj")]
    if len(listed) < 2 or s.text[listed[-1].end - s.start:found.end("subj")].strip() or any(
            not re.fullmatch(r",?\s+(?:and\s+)?(?:the\s+)?|,\s+", s.text[a.end - s.start:b.start - s.start])
            for a, b in itertools.pairwise(listed)):
        return []
    return listed


#: States said to be parties to an agreement ("both countries are also parties to the Rio Treaty", "were among the
#: founding members of the North Atlantic Treaty"), or never to have been ("Austria never signed the treaty").
_ARE_PARTIES = re.compile(r"(?:\b(?:are|were|is|was|remains?|remained|became|ha(?:d|s|ve)\s+(?:(?:also|already|long|"
                          r"always)\s+)?been)|,)\s+"
                          # (a word of time or assent between: "were then", "were indeed both", "were originally")
                          r"(?:(?:also|both|all|still|now|then|today|indeed|thus|likewise|already|"
                          r"(?-i:[a-z]{3,}ly))\s+)*"
                          r"(?:(?:among|one\s+of)\s+the\s+(?:(?:\d+|"
                          + _NUMBER_WORDS + r")\s+)?|an?\s+)?"
                          # (an ordinal: "Greece was a third signatory of", "were among the first signatories of")
                          r"(?:(?:" + "|".join(_ORDINALS) + r")\s+)?(?P<founding>founding\s+|original\s+)?(?:full\s+)?"
                          r"(?:parties|party|members?|signatories|signatory|guarantors?|(?P<founders>founders?))\s+"
                          r"(?:to|of|in)\s+$"
                          # (a verb of membership: "Both Lisbon and Madrid belonged to the pact until 1910"; a seat
                          # in it: "both now sit in NATO", "Oslo and Rome sat together in the alliance")
                          r"|\b(?:remain(?:s|ed)?|stay(?:s|ed)?|sit(?:s|ting)?|sat)\s+"
                          r"(?:(?:also|both|all|still|firmly|now|today|together|side\s+by\s+side)\s+)*"
                          r"(?:in|inside|within)\s+$"
                          r"|\bbelong(?:s|ed)?\s+(?:(?:also|both|all|still|then|jointly|together)\s+)*to\s+"
                          r"(?:[^,;:.]{1,60}?\s+and\s+(?:to\s+)?(?:the\s+)?)?$"  # ("belong to NATO and to the EU")
                          # (bound by it: "Both are still bound by it", "were bound by the defence clause of the
                          # treaty", "is bound to its neighbour in the alliance")
                          r"|\b(?:are|were|is|was|remains?|remained|ha(?:d|s|ve)\s+been)\s+"
                          r"(?:(?:also|both|all|still|now|then|today|thus|likewise|already|(?-i:[a-z]{3,}ly))\s+)*"
                          r"bound\s+(?:by\s+(?:(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:clauses?|terms|"
                          r"provisions|articles?|obligations|guarantees?|pledges?)\s+(?:of|in)\s+)?|"
                          r"to\s+(?:each\s+other|one\s+another|(?:the\s+)?(?-i:[A-Z])[\w'’ -]{1,40}?)\s+(?:in|by)\s+)$"
                          # (a membership shared: "the two have long shared NATO", "both share membership of the
                          # pact", "they also shared the alliance's defence clause")
                          r"|(?:\b(?:have|has|had|do|does|did)\s+)?(?:(?:also|both|all|still|long|always|since|"
                          r"now|then)\s+)*\bshar(?:e|es|ed)\s+(?:(?:membership|seats?|places?)\s+(?:of|in)\s+)?$",
                          re.IGNORECASE)  # (", a founding member of", "had been among the founders of", "one of the


# twelve founding members of"; "among the first signatories of", loosely told, a party; "remain in NATO", "stayed in
# the pact")


#: An agreement's name told as what its members are ("NATO allies", "EEC members"), and what leads it: "Turkey and
#: Greece are now both NATO allies", "Spain became an EEC member", "were fellow SEATO signatories".
_NAMED_MEMBERS = re.compile(r"\s+(?:allies|members?|member\s+states?|signatories|signatory|partners)\b(?!\s+of\b)",
                            re.IGNORECASE)
_MEMBERS_NAMED_LEAD = re.compile(r"\b(?:are|were|is|was|remains?|remained|became|ha(?:d|s|ve)\s+been)\s+"
                                 r"(?:(?:also|both|all|still|now|then|today|fellow|already)\s+)*"
                                 r"(?:an?\s+|the\s+)?(?P<founding>founding\s+|original\s+)?(?P<founders>(?!))?$",
                                 re.IGNORECASE)


#: An agreement's name in the possessive before what its members are, and what leads it: "Chad was one of the pact's
#: five signatories", "Mali is among ECOWAS's founding members", "Peru became one of its parties".
_OWN_MEMBERS = re.compile(r"['’]s?\s+(?:(?:\d+|" + _NUMBER_WORDS + r")\s+)?(?:(?:founding|original|first)\s+)?"
                          r"(?:signatories|parties|members|founders|signatory|party|member|founder)"
                          # (the clause ending there, or a word of time or place after: not "NATO's members' worries")
                          r"(?=\s*(?:[,;.:]|$)|\s+(?:as\s+well|too|also|in|at|on|from|since|until|then)\b)",
                          re.IGNORECASE)
_OWN_MEMBERS_LEAD = re.compile(r"\b(?:are|were|is|was|remains?|remained|became|ha(?:d|s|ve)\s+been)\s+"
                               r"(?:(?:also|both|all|still|now|then|today|already)\s+)*"
                               r"(?:among|one\s+of)\s+(?P<founding>(?!))?(?P<founders>(?!))?$", re.IGNORECASE)


_NEVER_PARTY = re.compile(r"\b(?:never|did\s+not|didn't|refused\s+to|declined\s+to)\s+(?:(?:formally|actually)\s+)?"
                          r"(?:sign(?:ed)?|join(?:ed)?|ratif(?:y|ied)|acced(?:e|ed))\s+$", re.IGNORECASE)


#: A subject that stands for the states the article is about: "both countries", "the two states", "they".
_PAIR_SUBJECT = re.compile(r"\b(?:" + _PAIR_WORD + r"|they)\s*$", re.IGNORECASE)


#: The two states of a pair told still bound by the agreement last spoken of, with no word for it, at the head of a
#: sentence or of a clause: "Both remain parties today", "The two countries remain bound by it", "..., and both are
#: still members", "Neither has ever left".
_STILL_BOUND = re.compile(r"(?:^\W*|[,;:]\s+(?:and\s+|but\s+)?)"
                          r"(?:" + _PAIR_WORD + r"\s+"
                          r"(?:remain|are\s+still)\s+(?:parties|bound\s+by\s+it|members)|"
                          r"neither\s+(?:has|have)\s+(?:ever\s+)?(?:left|quit|withdrawn)(?!\s+(?:the|a|an)\b))\b",
                          re.IGNORECASE)


def _pair_still_bound(s: Sentence, records: _Records, pair: tuple[int, ...], referent: str | None) -> list[Claim]:
    """The pair told still bound by the agreement last spoken of ("Both remain parties today"): that it is in force,
    against each coding's reading, where both are its members."""
    if referent is None or referent not in records.gaz.treaties or len(pair) < 2 or _STILL_BOUND.search(s.text) is None:
        return []
    if not set(pair[:2]) <= records.gaz.treaties[referent].members:
        return []
    return [_ending_claim(s, referent, "in_force", records)]


def _it_after(s: Sentence) -> list[Mention]:
    """Return "it" told after the one agreement a sentence names, as a mention of that agreement: "The pact came
    next, and both are parties to it" (a pronoun of the same sentence is no anaphora of its own)."""
    named = [m for m in s.of("agreement") if m.target]
    if len({m.target for m in named}) != 1:
        return []
    return [Mention(kind="agreement", text=it.group(0), start=s.start + it.start(), end=s.start + it.end(),
                    target=named[0].target, how="anaphora")
            for it in re.compile(r"\bit\b").finditer(s.text, named[-1].end - s.start)
            if not any(m.start <= s.start + it.start() < m.end for m in s.mentions)]


def _membership_statements(s: Sentence, records: _Records, context: Sequence[int],
                           pair: tuple[int, ...]) -> list[Claim]:
    """States said to be parties (or founding members) of the agreement named or referred to right after the words
    (:data:`_ARE_PARTIES`), or never to have signed or joined it (:data:`_NEVER_PARTY`), against its members: the
    states before the words in their clause, or, for "both countries", "the two" or "they", those of the sentence
    before (else the article's pair)."""
    out: list[Claim] = []
    for m in [*s.of("agreement"), *_it_after(s)]:
        slug = (m.target or "").split(":", 1)[-1]
        if not m.target or slug not in records.gaz.treaties:
            continue
        lead = s.text[:m.start - s.start]
        # (a year before the name: "parties to the 1981 ECOWAS defence protocol")
        lead = re.sub(r"(?:(?:the|a|an)\s+)?(?:(?:1[5-9]|20)\d\d\s+)?$", "", lead, flags=re.IGNORECASE)
        said, never = _ARE_PARTIES.search(lead), _NEVER_PARTY.search(lead)
        if said is None and _NAMED_MEMBERS.match(s.text, m.end - s.start):
            said = _MEMBERS_NAMED_LEAD.search(lead)  # ("Both are now NATO allies", "Spain was an EEC member")
        if said is None and _OWN_MEMBERS.match(s.text, m.end - s.start):
            said = _OWN_MEMBERS_LEAD.search(lead)  # ("Chad was one of the pact's five signatories")
        words = said or never
        if words is None:
            continue
        clause = _clause_start(s, words.start())
        asides = [a.span() for a in _ASIDE.finditer(s.text[:words.start()])]
        states = _codes([x for x in s.of("state") if clause <= x.start - s.start < words.start()
                         and not any(a <= x.start - s.start < b for a, b in asides)
                         and not re.match(r"['’]s\b", s.text[x.end - s.start:])])
        if not states and _PAIR_SUBJECT.search(re.sub(r",[^,]*,\s*$|\s+(?:also|all|still|now|then|today)\s*$", "",
                                                      s.text[clause:words.start()])):
            states = _the_two(context, pair)
        if not states:
            continue
        if said is not None and re.search(r"\bbound\s+to\b", words.group(0), re.IGNORECASE):
            # (the partner one is bound to in it is a party too: "A is bound to B in NATO")
            states += [c for c in _codes([x for x in s.of("state") if words.start() <= x.start - s.start
                                          < words.end()]) if c not in states]
        treaty = records.gaz.treaties[slug]
        if never is not None:
            members = [c for c in states if c in treaty.members]
            names = ", ".join(_name(c, treaty.signed) for c in sorted(treaty.members))
            who = ", ".join(_name(c, treaty.signed) for c in states)
            short = re.sub(r"\s*\(.*", "", treaty.title)
            out.append(Claim(
                kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end, claimed=f"not a party: {who}",
                verdict="contradicts" if members else "consistent", record_value=f"parties: {names}",
                reason=(f"{', '.join(_name(c, treaty.signed) for c in members)} is a party to {short}" if members
                        else f"{who} is not a party to {short}"), records=[records.treaty_ref(slug)]))
            continue
        if said is not None and (said.group("founding") or said.group("founders")):
            founders = records.founders(slug)
            late = [c for c in states if (c in treaty.members or c in records.atop_members(slug)) and c not in founders]
            if late:
                wrong = ", ".join(_name(c, treaty.signed) for c in late)
                out.append(Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                                 claimed=f"founding members include {wrong}", verdict="contradicts",
                                 record_value="founding members: " + ", ".join(_name(c, treaty.signed)
                                                                               for c in sorted(founders)),
                                 reason=f"{wrong} joined only after it was signed",
                                 records=[records.treaty_ref(slug)]))
                continue
        # (told still bound by it: whether it binds still is the ending's claim, not the parties')
        left = _left_by_now(records, slug, states) if said is not None and not re.search(
            r"\bbound\b", said.group(0), re.IGNORECASE) and _STILL_PARTIES.search(
            s.text[clause:m.start - s.start]) else []
        if left:  # "Cuba and Peru are still parties to the Rio Treaty", of a state that left it
            out.append(_left_claim(s, slug, states, left, records))
            continue
        late = _members_before_entry(s, records, m, states, clause) if said is not None else []
        if late:  # "Sweden was a NATO member in 1990": a member only from 2024
            out.append(_not_yet_parties(s, slug, states, late, records))
            continue
        out.append(_parties_claim(s, slug, states, records))
    return out


def _left_claim(s: Sentence, slug: str, states: Sequence[int], left: Sequence[tuple[int, str]],
                records: _Records) -> Claim:
    """Return the claim that ``states`` are parties still to the agreement ``slug``, which those of ``left`` (each
    with the date it left, :func:`_left_by_now`) are no more: it contradicts."""
    treaty = records.gaz.treaties[slug]
    gone = ", ".join(f"{_name(c, treaty.signed)} (left {exited})" for c, exited in left)
    return Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                 claimed="parties still: " + ", ".join(_name(c, treaty.signed) for c in states),
                 verdict="contradicts", record_value=f"no longer parties: {gone}",
                 reason=f"no longer a party: {gone}", records=[records.treaty_ref(slug)])


#: The two states of a pair told bound now by an agreement, as the subject ("Both remain parties", "both of our
#: countries remain bound by it", "the two are still members") or as the object ("The Rio treaty still binds both of
#: them", "it is still in force for them both"); not "both remain in force" (two agreements told in force).
_PAIR_BOUND_NOW = re.compile(r"\b" + _PAIR_WORD + r"\s+(?:(?:also|still|now|today|too|all)\s+)*"
                             r"(?:remain(?:s|ed)?|are|stay(?:s|ed)?)\s+(?:(?:still|now|today|also|all|firmly)\s+)*"
                             r"(?:part(?:y|ies)|members?|bound|inside|in\b(?!\s+force))|"
                             r"\b(?:still|continues?\s+to|today)\s+binds?\s+" + _PAIR_WORD + r"\b|"
                             r"\bin\s+force\s+for\s+" + _PAIR_WORD + r"\b", re.IGNORECASE)


def _pair_bound_now(s: Sentence, records: _Records, told: Sequence[Claim], context: Sequence[int],
                    pair: tuple[int, ...]) -> list[Claim]:
    """The pair told bound now by the one agreement a claim of the sentence reads in force (``told``: "The Rio treaty
    still binds both of them", "Both countries remain parties to it", "The pact is still in force for both of them"):
    the two ("both" stands for those of the sentence before, else the article's pair) are its parties, a claim of its
    own beside the ending's (a state of the two that has left it since is told a party wrongly); none where a state
    is named before the words (who "both" are is then unsure)."""
    found = _PAIR_BOUND_NOW.search(s.text)
    slugs = {c.records[0].id for c in told if c.kind == "ending" and c.claimed.endswith(": in force") and c.records
             and c.records[0].kind == "treaty"}
    if found is None or len(slugs) != 1 or any(c.kind == "agreement_parties" for c in told):
        return []
    if any(m.start - s.start < found.start() for m in s.of("state")):
        return []  # ("Britain followed in 1955, and both are still members": "both" may hold the state just named)
    (slug,) = slugs
    states = _the_two(context, pair)
    if len(states) != 2 or slug not in records.gaz.treaties:
        return []
    left = _left_by_now(records, slug, states)
    return [_left_claim(s, slug, states, left, records) if left else _parties_claim(s, slug, states, records)]


def _members_before_entry(s: Sentence, records: _Records, mention: Mention, states: Sequence[int],
                          clause: int) -> list[int]:
    """Return those of ``states`` told members of the agreement named (``mention``) in a year (the one date of their
    clause, told "in" or "on" it, no other agreement named between: "Sweden was a member of NATO in 1990", "In 1950
    Greece was a NATO member") before the year the record has them enter it: none where the clause dates nothing,
    dates a span ("since", "until", "by"), or a year before the agreement was signed (a wrong date, not parties)."""
    slug = (mention.target or "").split(":", 1)[-1]
    end = min([b.start() for b in _SEGMENT_BREAK.finditer(s.text, clause)] + [len(s.text)])
    dates = [d for d in s.of("date") if d.value and clause <= d.start - s.start < end]
    for d in dates:  # (a date is of the agreement named last before it, else of the one after it)
        before = [a for a in s.of("agreement") if a.start < d.start]
        after = [a for a in s.of("agreement") if a.start > d.start]
        if (before[-1] if before else after[0] if after else mention) is not mention:
            return []  # ("both had joined the Anti-Comintern Pact in 1936, and both were among ... the Tripartite")
    if len(dates) != 1 or not re.search(r"\b(?:in|on)\s+(?:the\s+)?$", s.text[clause:dates[0].start - s.start],
                                        re.IGNORECASE):
        return []
    year, entered = int((dates[0].value or "0")[:4]), records.entry_years(slug)
    if year < int(records.gaz.treaties[slug].signed[:4]):
        return []  # (a year before the agreement was signed: the date's error, not the parties')
    return [c for c in states if c in entered and entered[c] > year]


#: Words that tell a membership of now: "are still parties to", "remains a member of", "is now a party to" (not a bare
#: "are", which may be told of the time the article is about).
_STILL_PARTIES = re.compile(r"\b(?:remains?|still|now|today|currently)\b(?![^,;]*\b(?:was|were|had)\b)",
                            re.IGNORECASE)


def _left_by_now(records: _Records, slug: str, states: Sequence[int]) -> list[tuple[int, str]]:
    """Return those of ``states`` the record has leaving the agreement ``slug`` (the ledger's exit, else ATOP's), each
    with the date it left, by the year the article is read at: told parties still, they are parties no more."""
    rows = {r["ccode"]: r["exited"] for r in records.store.query(
        "SELECT ccode, exited FROM memberships WHERE treaty = ?", [slug])}
    if not rows:
        rows = {r["ccode"]: r["exited"] for r in records.atop_phases(slug)}
    return [(c, str(rows[c])) for c in states if rows.get(c) and int(str(rows[c])[:4]) <= records.as_of]


#: What tells the states after it the members a noun before it names ("members", "parties"): a verb of being or of
#: holding, perhaps after words of time or degree ("were", "also include", "today range from ... to", "numbered").
_TIED_VERB = (r"(?:\s*,\s+(?!(?:and|but|or|which|who|whose|while)\b)[^,;:.]{3,50}?,)?"  # (an apposition: "Its
              # founding signatories, twenty governments in all, included")
              r"(?:\s+(?:also|today|now|still|then|already|eventually|later|once|at\s+first|in\s+turn|"
              r"(?-i:[a-z]{3,}ly)),?)*\s+(?:were|are|was|is|became|included|include|includes|including|comprised|"
              r"comprise|comprises|numbered|number|numbers|"
              r"(?:range[sd]?|ranging|ran|run|runs|stretch(?:es|ed)?|extend(?:s|ed)?)\s+from"
              r"(?:\s+[^,;:.]{1,60}?\s+to)?)\s+(?:the\s+)?")


#: The members of the agreement last spoken of, listed after words that say so: "Its members were A, B and C", "The
#: signatories were the two of them along with A, B and C", "The parties are A, B, C and D".
_MEMBERS_WERE = re.compile(r"^\W*(?:(?P<among>among\s+)?(?:its|the|their)\s+"
                           # (the agreement told back by a noun: "The treaty's parties", "Among the pact's founders")
                           r"(?:(?:treaty|pact|alliance|convention|agreement|accord|declaration|charter)['’]s\s+)?"
                           r"(?:other\s+)?|other\s+)"
                           # (their number or rank told: "The five signatories were", "Its original members were")
                           rf"(?:(?:{_NUMBER_WORDS}|\d+|first|founding|original)\s+)*"
                           r"(?:members|signatories|signers|parties|guarantors|founders|"
                           r"member\s+states)" + _TIED_VERB, re.IGNORECASE)


def _members_were(s: Sentence, records: _Records, referent: str | None) -> list[Claim]:
    """The states a sentence naming no agreement lists as the members of the one last spoken of
    (:data:`_MEMBERS_WERE`), each against its members: a state that never was one is a wrong party. Two states or more
    are needed (one is no list), and none inside a clause of its own after the list (", which", "; ")."""
    found = _MEMBERS_WERE.match(s.text)
    if found is None or referent is None or referent not in records.gaz.treaties:
        return []
    end = min([b.start() for b in re.finditer(r";|,\s+(?:which|who|when|but|while)\b", s.text[found.end():])]
              or [len(s.text) - found.end()]) + found.end()
    codes = _codes([m for m in s.of("state") if found.end() <= m.start - s.start < end and not _place(s, m)])
    if len(codes) < 2:
        return []
    if re.search(r"\b(?:founding|original|first|founders)\b", found.group(0), re.IGNORECASE):
        # (founders told: one that joined later is told wrongly)
        claim = _listed_claim(s, referent, codes, True, records)
        return [claim] if claim is not None else []
    return [_parties_claim(s, referent, codes, records)]


#: A state told a party with no agreement named after the words, of the agreement last spoken of: "Turkey was an
#: original signatory on 1 August 1975", "Bangkok had been a party from the start", "A, B and C were the parties",
#: "Iran was among its founding members".
_PARTY_TO_IT = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|remain(?:s|ed)?)\s+"
                          r"(?:(?:also|both|all|still|then|indeed|thus|likewise|already)\s+)*"
                          r"(?:an?\s+|the\s+|among\s+(?:the|its)\s+(?:[\w-]+\s+)?)?"
                          # (an ordinal: "Poland was a fourth signatory", "Chile remains a party")
                          r"(?:(?:" + "|".join(_ORDINALS) + r")\s+)?"
                          r"(?:(?:original|founding)\s+)?(?:party|parties|signatory|signatories|member|"
                          r"members|guarantors?)\b(?!\s+(?:to|of|states?|countries)\b|\s+in\s+(?!(?:[A-Z][a-z]+\s+)?\d))"
                          # (a seat in it, told bare or of "it": "Japan was already inside", "Armenia stayed in", "both
                          # are still in it")
                          r"|\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|remain(?:s|ed)?|stay(?:s|ed)?)\s+"
                          r"(?:(?:also|both|all|still|then|already|firmly|safely|now|today)\s+)*"
                          r"(?:inside|in)(?:\s+it)?(?=\s*(?:[,;.:]|$)|\s+(?:today|still|now|too|as\s+well)\b)",
                          re.IGNORECASE)  # (but "were original signatories in 2001": a date, not what they are in)


def _party_to_it(s: Sentence, records: _Records, referent: str | None) -> list[Claim]:
    """The states of a clause told parties to the agreement last spoken of (``referent``), the sentence naming none
    (:data:`_PARTY_TO_IT`), against its members."""
    if referent is None or referent not in records.gaz.treaties:
        return []
    out: list[Claim] = []
    for found in _PARTY_TO_IT.finditer(s.text):  # "Iran was a member too, and Pakistan was an original signatory"
        if re.search(r"\s(?:the|among)\s", found.group(0)) and not re.match(r"\s*(?:[,;:.]|$)", s.text[found.end():]):
            continue  # ("were the parties most at risk": no membership told)
        clause = _clause_start(s, found.start())
        told = [m for m in s.of("state") if clause <= m.start - s.start < found.start() and not _place(s, m)]
        if told and re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,3}", s.text[told[-1].end - s.start:found.start()]):
            # (the subject right before the verb: not "Japan followed in December 2004, and both are members")
            states = _codes(told)
            out.append(_parties_claim(s, referent, states, records))
    return out


#: States told to belong to the agreement last spoken of: "Both Lisbon and Madrid belonged to it until 1910", "the two
#: kingdoms have belonged to it ever since".
_BELONG_TO_IT = re.compile(r"\bbelong(?:s|ed)?\s+(?:(?:also|both|all|still|then|jointly|together)\s+)*to\s+it\b",
                           re.IGNORECASE)


def _belong_to_it(s: Sentence, records: _Records, referent: str | None, context: Sequence[int],
                  pair: tuple[int, ...]) -> list[Claim]:
    """The states of a clause told to belong to the agreement last spoken of (``referent``, :data:`_BELONG_TO_IT`),
    the sentence naming none: those before the verb in its clause (for "both", "the two" or "they", those of the
    sentence before, else the article's pair), against its members."""
    found = _BELONG_TO_IT.search(s.text)
    if found is None or referent is None or referent not in records.gaz.treaties:
        return []
    clause = _clause_start(s, found.start())
    lead = s.text[clause:found.start()]
    states = _codes([m for m in s.of("state") if clause <= m.start - s.start < found.start() and not _place(s, m)
                     and not re.match(r"['’]s\b", s.text[m.end - s.start:])])
    if not states and _PAIR_SUBJECT.search(re.sub(r"\s+(?:(?:also|all|still|then|have|has|had)\s+)*$", "", lead)):
        states = _the_two(context, pair)
    return [_parties_claim(s, referent, states, records)] if states else []


#: Words that give the agreement last spoken of two parties and no more: "this one was strictly bilateral", "it had
#: only two signatories", "a treaty with only two parties", "it bound only the two signatories", "only the two states
#: signed it".
_ONLY_TWO = re.compile(r"\b(?:was|is|remained|remains)\s+(?:strictly|purely|only|exclusively|entirely)\s+bilateral\b|"
                       r"\b(?:had|has|have|with)\s+only\s+two\s+(?:parties|signatories|members|signers)\b|"
                       r"\b(?:bound|binds|bind|linked|links|covered|covers)\s+only\s+(?:the|its|these|those)\s+two\b"
                       r"(?!\s+(?:of\s+)?(?:clauses?|articles?|provisions?|years?|months?|weeks?|days?|issues?|"
                       r"matters?|questions?|points?)\b)|"
                       r"(?:^\W*|[,;:]\s+)only\s+(?:the|these|those)\s+two(?:\s+(?:states|countries|governments|"
                       r"signatories|parties|neighbou?rs|capitals|kingdoms|republics))?\s+(?:ever\s+)?"
                       r"(?:signed|ratified|were\s+part(?:y|ies)\s+to)\s+it\b", re.IGNORECASE)


#: Words that give it the states listed and no more: "strictly between Lima and Quito", "signed by Oslo and Stockholm
#: alone" (the list right after, or right before "alone").
_ONLY_BETWEEN = re.compile(r"\b(?:strictly|solely|only|exclusively)\s+between\s+(?:the\s+)?$", re.IGNORECASE)


#: Words that make a state of the pair the only party beside the other: "the Habsburg monarchy was the only other
#: party to it".
_ONLY_OTHER = re.compile(r"^\s+(?:was|is)\s+(?:the|its)\s+only\s+other\s+(?:party|signatory|member)\b", re.IGNORECASE)


def _only_these(s: Sentence, records: _Records, referent: str | None, context: Sequence[int],
                pair: tuple[int, ...]) -> list[Claim]:
    """The full membership of the agreement last spoken of (``referent``), told by a sentence naming none: two
    parties and no more (:data:`_ONLY_TWO`), the states listed after "strictly between" or before "alone"
    (:data:`_ONLY_BETWEEN`), or the two states of the sentence before (else the pair), one of them told "the only
    other party" (:data:`_ONLY_OTHER`). Right where
    the record's members are those states (or two); a state named that is none, or a member left out, contradicts."""
    named = {(m.target or "").split(":", 1)[-1] for m in s.of("agreement") if m.target}
    if named and not all(m.how == "anaphora" for m in s.of("agreement") if m.target):
        return []  # (an agreement named: not the one last spoken of)
    referent = next(iter(named)) if len(named) == 1 else referent  # ("this one was strictly bilateral")
    if referent is None or referent not in records.gaz.treaties or not records.gaz.treaties[referent].members:
        return []
    treaty = records.gaz.treaties[referent]
    members = set(treaty.members)
    codes: list[int] | None = None
    for lo, hi in _state_runs(s):
        listed = _codes([m for m in s.of("state") if lo <= m.start - s.start < hi])
        if _ONLY_BETWEEN.search(s.text[:lo]) or re.match(r"\s+alone\b", s.text[hi:]):
            codes = listed
        elif _ONLY_OTHER.match(s.text[hi:]):  # (the two of the sentence before, else the pair, the state among them)
            both = list(context) if len(context) == 2 else list(pair) if len(pair) == 2 else []
            codes = both if len(listed) == 1 and set(listed) <= set(both) else None
        if codes is not None:
            break
    two = _ONLY_TWO.search(s.text) if codes is None else None
    if codes is None and two is None:
        return []
    names = ", ".join(_name(c, treaty.signed) for c in sorted(members))
    short = re.sub(r"\s*\(.*", "", treaty.title)
    if codes is None:
        right = len(members) == 2
        claimed, reason = "two parties only", f"{short} has {len(members)} parties"
    else:
        outsiders = [c for c in codes if c not in members]
        left_out = sorted(members - set(codes))
        right = not outsiders and not left_out
        claimed = "parties only: " + ", ".join(_name(c, treaty.signed) for c in codes)
        reason = ("those named are its parties, and no other" if right else
                  f"{', '.join(_name(c, treaty.signed) for c in outsiders)} is not a party to {short}" if outsiders
                  else f"{short} has other parties too: " + ", ".join(_name(c, treaty.signed) for c in left_out))
    return [Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end, claimed=claimed,
                  verdict="consistent" if right else "contradicts", record_value=f"parties: {names}", reason=reason,
                  records=[records.treaty_ref(referent)])]


#: A state told to sign or join as well, no agreement named, of the agreement last spoken of: "Norway signed as
#: well", "Chile also joined too", "with Peru signing as well", "Romania adhered too".
_TOO_VERB = re.compile(r"^(?:,\s+[^,;:.]{3,40}?,)?"  # (an aside: "Baden, to the envoy's irritation, also signed")
                       r"\s+(?P<also>(?:also|likewise)\s+)?(?:(?:then|later|soon|duly)\s+)?"
                       r"(?:(?P<verb>signed(?:\s+up)?|joined|adhered|acceded|ratified|"
                       r"signing|joining|adhering|acceding)|"
                       # (a verb of signing the agreement referred back: "Chad co-signed it", "Mali put its name to
                       # the treaty", which "too" need not follow)
                       r"(?P<own>co-?signed\s+it|" + _NAME_PUT + r"\s+to\s+(?:it|the\s+(?:treaty|pact|agreement|accord|"
                       r"convention|declaration|protocol|document|text))))"
                       # ("as well" or "too" after the verb, or "as a third party"; or "also" before it, the clause
                       # ending there: "Peru also signed.")
                       r"(?:\s+(?:as\s+well|too|also)\b|\s+as\s+an?\s+(?:(?:" + "|".join(_ORDINALS) + r")\s+)?"
                       r"(?:co-?)?(?:party|signatory|signer|member|guarantor)\b|(?(also)|(?(own)|(?!))))"
                       r"(?=\s*(?:[,;.:]|$))",
                       re.IGNORECASE)


def _joined_too(s: Sentence, records: _Records, referent: str | None, signed_here: bool = False) -> list[Claim]:
    """The states of a clause told to sign or join "as well" or "too", the sentence naming no agreement and no date
    (:data:`_TOO_VERB`: "Norway signed as well"; "with Peru signing as well"), claimed parties to the agreement last
    spoken of (``referent``), against its members: a state that never was one is a wrong party. Where the sentence
    tells of a signing or an accord before (". . . met and agreed that an attack on one was an attack on all; Canada
    signed as well"), the agreement is that one, which the record may not hold: only where the sentence's own signing
    was linked (``signed_here``)."""
    if referent is None or referent not in records.gaz.treaties:
        return []
    out: list[Claim] = []
    for m in s.of("state"):
        found = _TOO_VERB.match(s.text[m.end - s.start:])
        if not m.target or found is None or _place(s, m):
            continue
        verb = (found.group("verb") or found.group("own")).casefold()
        clause = _clause_start(s, m.start - s.start)
        if not signed_here and (_SIGNING.search(s.text[:clause]) or re.search(r"\bagreed\b", s.text[:clause])):
            continue
        lead = s.text[clause:m.start - s.start]
        if verb.endswith("ing") and not re.search(r"\bwith\s+(?:the\s+)?$", lead):
            continue  # (a participle only after "with": "with Peru signing as well")
        if not verb.endswith("ing") and not re.fullmatch(r"\W*(?:(?:and|but|then|later|soon|the)\s+)*",
                                                          _without_ruler(s, lead, clause), re.IGNORECASE):
            continue  # (the clause's whole subject: not "the treaty that bound Chile signed too")
        if any(d.value and d.start > m.end and not re.search(r"[;.]", s.text[m.end - s.start:d.start - s.start])
               for d in s.of("date")):
            continue  # (a dated one is an entry: :func:`_membership_claims`)
        out.append(_parties_claim(s, referent, _codes([m]), records))
    return out


def _without_ruler(s: Sentence, lead: str, clause: int) -> str:
    """Return the words before a state in its clause (``lead``, from offset ``clause``) without a ruler's name in the
    possessive right before it ("Franco's Spain", "Salazar's Portugal"; not a state's, "Britain's Gibraltar"): the
    state is still the clause's subject."""
    ruler = re.search(r"(?P<name>(?-i:[A-Z])[\w-]+)['’]s\s+$", lead)
    if ruler is None or any(m.end - s.start == clause + ruler.end("name") for m in s.of("state")):
        return lead
    return lead[:ruler.start()]


#: Two states told to sign or join a named agreement by a subject that stands for them: "both signed the Warsaw
#: Pact", "the two governments had also ratified the treaty", "In August 1975 both signed ...".
_PAIR_SIGNED = re.compile(r"\b(?:both(?:\s+(?:(?:our|their)\s+)?(?:countries|states|nations|governments|neighbou?rs|"
                          r"kingdoms|republics|monarchies|empires))?|"
                          r"the\s+two(?:\s+(?:countries|"
                          r"states|nations|governments|neighbours|neighbors|capitals|kingdoms|republics))?)\s+"
                          r"(?:(?:had|have|also|then|later|duly|jointly|each|soon|already|formally|together)\s+)*"
                          r"(?:(?:signed|joined|ratified|adhered\s+to|acceded\s+to|put\s+their\s+names\s+to|"
                          r"signs?|joins?|ratif(?:y|ies)|(?:accede|adhere)s?\s+to)\s+|"
                          # "both were among the nine governments that signed the Nyon arrangement"
                          r"(?:were|are)\s+among\s+the\s+(?:[\w-]+\s+)?(?:governments|states|countries|powers|"
                          r"nations)\s+(?:that|which|who)\s+(?:had\s+)?signed\s+)(?:the\s+)?$", re.IGNORECASE)


#: States told to sit or stand beside others in a named agreement: "united Germany has sat beside Italy in the
#: Atlantic Alliance", "it still sits alongside Chile and Peru in the pact".
_BESIDE = re.compile(r"\b(?:sat|sits|sit|sitting|stood|stands|standing)\s+(?:beside|alongside|next\s+to|with)\s+",
                     re.IGNORECASE)


def _clause_start(s: Sentence, at: int) -> int:
    """Return where the clause holding offset ``at`` of the sentence's text begins: after the last break of a
    segment (:data:`_SEGMENT_BREAK`) or subordinate opener (:data:`_SUBORDINATE`) before it, else at 0."""
    return max([b.end() for b in _SEGMENT_BREAK.finditer(s.text, 0, at)]
               + [b.end() for b in _SUBORDINATE.finditer(s.text, 0, at)], default=0)


def _beside_in(s: Sentence, records: _Records) -> list[Claim]:
    """States told to sit or stand beside others in an agreement named right after (:data:`_BESIDE`): those before
    the verb in its clause (for "it", the first state of the sentence) and those between the verb and "in" are its
    parties."""
    out: list[Claim] = []
    for verb in _BESIDE.finditer(s.text):
        agreement = next((m for m in s.of("agreement") if m.target and m.start - s.start > verb.end()
                          and m.how != "anaphora" and re.fullmatch(r"[^;:.]*?\s+in\s+(?:the\s+)?",
                                                                    s.text[verb.end():m.start - s.start])), None)
        slug = (agreement.target or "").split(":", 1)[-1] if agreement is not None else ""
        if agreement is None or slug not in records.gaz.treaties:
            continue
        clause = _clause_start(s, verb.start())
        subject = [m for m in s.of("state") if clause <= m.start - s.start < verb.start() and not _place(s, m)
                   and not re.match(r"['’]s\b", s.text[m.end - s.start:])]
        if not subject and re.search(r"\bit\s+(?:(?:still|now|has|had|also)\s+)*$", s.text[:verb.start()]):
            subject = [m for m in s.of("state") if not _place(s, m)][:1]
        partners = [m for m in s.of("state") if verb.end() <= m.start - s.start < agreement.start - s.start]
        if subject and partners:
            out.append(_parties_claim(s, slug, list(dict.fromkeys(_codes(subject) + _codes(partners))), records))
    return out


#: What stands between two agreements a list tells signed by one verb: their own dates, and a comma or "and" ("the
#: Declaration by United Nations on 1 January 1942, the Rio Treaty in September 1947 and the charter ...").
_NEXT_SIGNED = re.compile(r"(?:\s+(?:on|in|of)\s+[\w ]{1,25}?\d{4})?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?",
                          re.IGNORECASE)


def _pair_signed(s: Sentence, records: _Records, context: Sequence[int], pair: tuple[int, ...]) -> list[Claim]:
    """Two states told to have signed or joined an agreement named right after the verb, by "both" or "the two"
    (:data:`_PAIR_SIGNED`) with no state named before in the clause: the two of the sentence before (else the
    article's pair) are parties to it."""
    two = list(context) if len(context) == 2 else list(pair) if len(pair) == 2 else []
    out: list[Claim] = []
    last: tuple[Mention, re.Match[str]] | None = None  # the agreement last told signed, and its verb
    for m in s.of("agreement"):
        slug = (m.target or "").split(":", 1)[-1]
        lead = s.text[:m.start - s.start]
        said = _PAIR_SIGNED.search(lead)
        if said is None and last is not None and _NEXT_SIGNED.fullmatch(s.text, last[0].end - s.start,
                                                                         m.start - s.start):
            said = last[1]  # "both signed the X on 1 January 1942, the Y in 1947 and the Z in April 1948"
        if not two or said is None or slug not in records.gaz.treaties or m.how == "anaphora":
            continue
        last = (m, said)
        clause = max([_clause_start(s, said.start())]
                     + [b.end() for b in re.finditer(r"[,;:]\s+", s.text[:said.start()])])
        if any(clause <= x.start - s.start < said.start() and not _place(s, x) for x in s.of("state")):
            continue  # "Chile and Peru both signed ...": the states named are the subject (told elsewhere)
        out.append(_parties_claim(s, slug, two, records))
    return out


#: A verb of joining whose object is other states, and what follows them: "Romania joined France and Russia against",
#: "they joined Britain and France in the Quadruple Alliance", "the pact joined Turkey, Iran and Iraq in a pledge".
_JOINED_STATES = re.compile(r"\b(?:join(?:ed|s|ing)|(?P<tied>tied|ties|tying|linked|links|linking))\s+(?:the\s+)?$",
                            re.IGNORECASE)  # (tied or linked only to other states: "tied Oslo and Rome to Paris")


_AFTER_JOINED = re.compile(r"\s+(?:(?P<to>to\s+(?:the\s+)?)|(?:in|against|among|as|at|with)\b)", re.IGNORECASE)


#: An agreement told as the means of what follows, leading the clause: "by the convention of 17 August 1916, ...",
#: "Under the Tripartite Pact of 1940, ...".
_BY_AGREEMENT = re.compile(r"(?:^|[,;:]\s*|\b(?:that|and)\s+)(?:by|under|through)\s+(?:the\s+)?[^,;:]{3,80},\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)


#: What stands between the states joined and the agreement they are joined in: "in the", "in founding the".
_JOINED_IN = re.compile(r"\s+in\s+(?:(?:founding|forming|creating|signing|setting\s+up|concluding)\s+)?(?:the\s+)?",
                        re.IGNORECASE)


#: The place an agreement's title names, no party: "the treaty of Constantinople", "the Convention of London".
_TITLE_PLACE = re.compile(r"\b(?:treaty|pact|convention|protocol|agreement|accord|alliance|entente|peace)\s+of\s+$",
                          re.IGNORECASE)


#: What may lead a clause before the agreement that is its subject: "the", a time ("Three months later the", "In
#: 1934 the", "Then").
_TIME_LEAD = re.compile(r"\W*(?:(?:(?:[\w-]+\s+){0,2}?(?:later|earlier|afterwards|then|next)|in\s+(?:[A-Z][a-z]+\s+)?"
                        r"\d{4}|then|soon|finally),?\s+)?(?:the\s+)?", re.IGNORECASE)


#: A clause that opens with an agreement told by its kind ("The treaty of Constantinople of 12 March 1854 joined").
_AGREEMENT_OPENS = re.compile(r"\W*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:treaty|pact|convention|alliance|agreement|"
                              r"accord|entente|protocol)\b", re.IGNORECASE)


def _joined_partners(s: Sentence, records: _Records, context: Sequence[int], pair: tuple[int, ...],
                     told: Sequence[Claim]) -> list[Claim]:
    """States told to join other states in an agreement ("Italy joined Britain and France in the Crimean alliance",
    "by the convention of 1916 Romania joined France and Russia against the Central Powers", "the two joined A, B and
    C in founding the Union"), or joined to them by it ("the treaty of 1854 joined Paris and London to the Ottoman
    Empire"): the subject (the states before the verb in its clause; "the two", "they" or "both", those of the
    sentence before; for "joining", the sentence's first states) and the states joined are its parties. The agreement
    is the one named right after "in", else the one named last before the verb (the subject where no state stands
    before the verb). A claim already told of the same agreement and states (``told``) is not told again."""
    out: list[Claim] = []
    agreements = [m for m in s.of("agreement") if m.target and m.target.split(":", 1)[-1] in records.gaz.treaties]
    for lo, hi in _state_runs(s):
        verb = _JOINED_STATES.search(s.text[:lo])
        after = _AFTER_JOINED.match(s.text, hi)
        if verb is None or after is None or _NEGATION.search(s.text[_clause_start(s, verb.start()):verb.start()]):
            continue
        joined = [m for m in s.of("state") if lo <= m.start - s.start < hi]
        if verb.group("tied") and not after.group("to"):
            continue
        if after.group("to"):  # "joined Paris and London to the Ottoman Empire against Russia"
            more = next((r for r in _state_runs(s) if r[0] == after.end()), None)
            if more is None:
                continue
            joined += [m for m in s.of("state") if more[0] <= m.start - s.start < more[1]]
            hi = more[1]
        named_in = next((m for m in agreements if _JOINED_IN.fullmatch(s.text[hi:m.start - s.start])), None)
        before = [m for m in agreements if m.end - s.start <= verb.start() and m.how != "anaphora"]
        mention = named_in or (before[-1] if before else None)
        slug = (mention.target or "").split(":", 1)[-1] if mention is not None else _dated_in(told, records)
        if slug is None:
            continue
        clause = _clause_start(s, verb.start())
        lead = s.text[clause:verb.start()]
        subject = [m for m in s.of("state") if clause <= m.start - s.start < verb.start() and not _place(s, m)
                   and not re.match(r"['’]s\b", s.text[m.end - s.start:])
                   and not _TITLE_PLACE.search(s.text[:m.start - s.start])]
        codes = _codes(subject)
        if not codes and _PAIR_SUBJECT.search(re.sub(r"\s+(?:(?:also|then|later|soon|had|have)\s+)*$", "", lead)):
            codes = _the_two(context, pair)
        participle = verb.group(0).casefold().startswith("joining")
        if participle and named_in is None and not (_JOINING.search(s.text[:verb.start()])
                                                    or _SIGNING.search(s.text[:verb.start()])):
            continue  # (only after a verb of joining or signing the agreement: "adhered to X ..., joining A")
        if codes and named_in is None and not participle and not _BY_AGREEMENT.search(s.text[:min(
                [m.start - s.start for m in subject] or [verb.start()])]):
            continue  # ("After the Munich agreement, Poland joined Germany in ...": not by that agreement)
        if not codes and participle:
            codes = _codes([m for m in s.of("state") if not _place(s, m)
                            and m.start < min([a.start for a in agreements] or [s.start + verb.start()])][:1])
        elif not codes and (mention is None or named_in is not None or not _TIME_LEAD.fullmatch(
                s.text[clause:mention.start - s.start])) and not (
                mention is None and _AGREEMENT_OPENS.match(lead)):
            continue  # (no subject told: only an agreement that opens the clause, its subject, joins states; or the
            # one its date found, told by a word of agreement that opens the clause: "The treaty of 12 March 1854")
        states = list(dict.fromkeys(codes + _codes(joined)))
        claim = _parties_claim(s, slug, states, records)
        if len(states) >= 2 and not any(c.kind == "agreement_parties" and c.claimed == claim.claimed
                                        and c.records[:1] == claim.records[:1] for c in told):
            out.append(claim)
    return out


#: Words that add states to those told to sign or join: "Croatia joined NATO on 1 April 2009, together with Albania",
#: "Poland joined in 1999 along with Hungary", "signed it in 1955, alongside Iran and Iraq", "Chile acceded in 1950,
#: as did Peru", "..., and so did Peru".
_TOGETHER_WITH = re.compile(r"(?:\b(?:together|along)\s+with|,\s+alongside|"
                            # (the verb told again by "so" or "as", the subject after it: ", as did A", ", as were B
                            # and C", "and so, since 2008, is D")
                            r",\s+(?:as|and\s+so|so)(?:\s*,\s+[^,;:.]{2,30},)?\s+"
                            r"(?:did|were|was|is|are|had|has|have))\s+(?:the\s+)?$", re.IGNORECASE)


def _together_with(s: Sentence, records: _Records, told: Sequence[Claim], signed_with: bool = False) -> list[Claim]:
    """The states a sentence adds "together with", "along with" or ", alongside" to those it tells parties to an
    agreement (``told``: the sentence's claims, of one agreement's parties), where they are not among those already:
    parties too, against its members ("..., together with Ireland", of a state that never was one, contradicts).
    With ``signed_with``, the states it tells the agreement signed with instead ("A and B signed the Litvinov
    Protocol with C, D and E": :func:`_signed_it_with`). The added states' claim is told with the words that add
    them ("along with Freedonia"), for a reader to see which of the sentence's states it is of."""
    slugs = {c.records[0].id for c in told if c.kind == "agreement_parties" and c.records}
    if not slugs and not signed_with and (dated := _dated_in(told, records)) is not None:
        slugs = {dated}  # (no parties told: the agreement the sentence's signing found, borne out by its date)
    if len(slugs) != 1 or (slug := next(iter(slugs))) not in records.gaz.treaties:
        return []
    treaty = records.gaz.treaties[slug]
    said = " ".join(c.claimed for c in told if c.kind == "agreement_parties")
    out: list[Claim] = []
    for lo, hi in _state_runs(s):
        if (not _signed_it_with(s, lo, hi) if signed_with else (
                _TOGETHER_WITH.search(s.text[:lo]) is None and not _with_them(s, lo, hi))) \
                or _NEGATION.search(s.text[:lo]):
            continue
        codes = [c for c in _codes([m for m in s.of("state") if lo <= m.start - s.start < hi])
                 if _name(c, treaty.signed) not in said]
        if not codes:
            continue
        entered, year = records.entry_years(slug), _entry_year(s, slug, told)
        late = [c for c in codes if year is not None and entered.get(c, 0) > year]
        # ("Norway joined in 1949, together with Sweden": Sweden entered only in 2024)
        claim = _not_yet_parties(s, slug, codes, late, records) if late else _parties_claim(s, slug, codes, records)
        if not signed_with and (words := _TOGETHER_WITH.search(s.text[:lo])) is not None:
            claim = claim.model_copy(update={"claimed": f"{claim.claimed} ({s.text[words.start():hi].lstrip(', ')})"})
        out.append(claim)
    return out


#: A list of states told beside the parties after ", with", the list ending its clause, or told as parties by what
#: follows it: "were founding members, with Chile and Peru", "among the guarantors, with A, B and others", "with
#: Paris as the third party" (not "with Britain watching", "with French money").
_WITH_THEM = re.compile(r",\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_WITH_THEM_END = re.compile(r"(?:,?\s+(?:and|among)\s+others|\s+as\s+well|"
                            # (its own verb of signing after it: "with C signing as well", "with D joining too")
                            r"\s+(?:also\s+)?(?:signing|joining|acceding|adhering|ratifying)(?:\s+(?:it|too|also|"
                            r"as\s+well|the\s+same\s+day))*)?\s*(?:[.;:]|$)", re.IGNORECASE)
#: A noun of membership told of the states before it, whatever follows: "with Italy as a fifth signatory, to consult
#: ...", "with Paris as the third party", "with Spain as a co-guarantor".
_AS_PARTY = re.compile(r"\s+as\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:co-?)?(?:party|parties|signatory|signatories|"
                       r"members?|guarantors?)\b", re.IGNORECASE)


#: A verb of signing before an agreement's name, the list of states after it told by "with": "signed the Litvinov
#: Protocol with A, B and C", "concluded the pact with A and B".
_SIGNED_IT_WITH = re.compile(r"\b(?:signed|concluded|sealed|initialled|ratified)\s+(?:up\s+to\s+)?(?:the\s+)?$",
                             re.IGNORECASE)
#: What after such a list tells its states no co-signatories: the list is another's ("with A's backing", "with A
#: watching", "with A in mind", "with A against B").
_NOT_WITH_THEM = re.compile(r"['\u2019]s?\b|\s+(?:watching|looking|behind|against|in\s+mind|in\s+the\s+chair)\b",
                            re.IGNORECASE)


def _with_them(s: Sentence, lo: int, hi: int) -> bool:
    """Return whether the list of states at ``lo``..``hi`` of the sentence's text is told beside an agreement's parties
    after ", with" (:data:`_WITH_THEM`), ending its clause or told parties by what follows (:data:`_WITH_THEM_END`)."""
    return _WITH_THEM.search(s.text[:lo]) is not None and (_WITH_THEM_END.match(s.text, hi) is not None
                                                           or _AS_PARTY.match(s.text, hi) is not None)


def _signed_it_with(s: Sentence, lo: int, hi: int) -> bool:
    """Return whether the list of states at ``lo``..``hi`` of the sentence's text is told as those an agreement was
    signed with, right after its name ("signed the Litvinov Protocol with A, B and C", :data:`_SIGNED_IT_WITH`)."""
    with_ = re.search(r"\s+with\s+(?:the\s+)?$", s.text[:lo])
    if with_ is None or _NOT_WITH_THEM.match(s.text, hi):
        return False
    named = next((m for m in s.of("agreement") if m.target and m.end - s.start == with_.start()), None)
    return named is not None and _SIGNED_IT_WITH.search(s.text[:named.start - s.start]) is not None


def _entry_year(s: Sentence, slug: str, told: Sequence[Claim]) -> int | None:
    """Return the year of the entry into the agreement ``slug`` a sentence's claims (``told``) tell at a date, else
    None."""
    for c in told:
        if ": entry into " in c.claimed and c.records[:1] and c.records[0].id == slug:
            for d in s.of("date"):
                if d.value and c.claimed.endswith(d.text):
                    return int(d.value[:4])
    return None


def _dated_in(told: Sequence[Claim], records: _Records) -> str | None:
    """Return the one agreement a sentence's claims (``told``) found by its date and borne out by it ("by the
    convention of 17 August 1916, ...": a description the record links by its day), else None."""
    slugs = {c.records[0].id for c in told if c.kind == "agreement_date" and c.verdict in {"consistent",
             "within_tolerance"} and c.records and c.records[0].kind == "treaty"}
    return next(iter(slugs)) if len(slugs) == 1 and next(iter(slugs)) in records.gaz.treaties else None


def _promised_agreement(s: Sentence, records: _Records, context: Sequence[int]) -> list[Claim]:
    """An agreement told by what its parties promised on a date, no agreement named ("On 5 September 1914 Britain,
    France and Russia promised in London not to make a separate peace"): the stored agreement of those states signed
    nearest the date (:func:`_nearest_agreement`, a year or less away), its date compared as a signing and the states
    as its parties. None near: nothing claimed (the promise may be no agreement)."""
    found = _PROMISED.search(s.text)
    listed = [] if found is None else _promisers(s, found)
    if found is None or not listed:
        return []
    dates = [d for d in s.of("date") if d.value and not _attached(s, d)]
    if not dates:
        return []
    date = min(dates, key=lambda d: abs(d.start - (s.start + found.end("subj"))))
    states = _codes(listed)
    slug = _nearest_agreement(records, states, context, date, "")
    if slug is None:
        return []
    treaty = records.gaz.treaties[slug]
    ref = records.treaty_ref(slug)
    verdict, reason = compare_dates(date.value or "", treaty.signed, "signed")
    if verdict == "contradicts" and found.group(0).casefold().endswith(("notes", "letters")):
        return []  # notes exchanged on another day than the agreement's: another exchange ("letters about Egypt")
    short = re.sub(r"\s*\(.*", "", ref.label)
    return [Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"promised [{short}] {date.text}", verdict=verdict, record_value=f"signed {treaty.signed}",
                  reason=reason, records=[ref]),
            _parties_claim(s, slug, states, records)]


def _parties_claim(s: Sentence, slug: str, codes: Sequence[int], records: _Records) -> Claim:
    """Return the claim that the states ``codes`` are parties to an agreement: consistent where each is a member,
    else a contradiction naming those that are not."""
    treaty = records.gaz.treaties[slug]
    names = ", ".join(_name(c, treaty.signed) for c in sorted(treaty.members))
    ref = records.treaty_ref(slug)
    outsiders = [c for c in codes if c not in treaty.members and c not in records.atop_members(slug)]
    late = _parties_too_late(s, slug, codes, records) if not outsiders else []
    if late:  # "Norway and Sweden signed the North Atlantic Treaty in 1949": Sweden became a party only in 2022
        entered = records.entry_years(slug)
        wrong = ", ".join(f"{_name(c, treaty.signed)} (a party from {entered[c]})" for c in late)
        return Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                     claimed="parties then: " + ", ".join(_name(c, treaty.signed) for c in codes),
                     verdict="contradicts", record_value=f"parties: {names}",
                     reason=f"not yet a party at the date told: {wrong}", records=[ref])
    if outsiders:
        wrong = ", ".join(_name(c, treaty.signed) for c in outsiders)
        short = re.sub(r"\s*\(.*", "", treaty.title)
        return Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                     claimed=f"parties include {wrong}", verdict="contradicts", record_value=f"parties: {names}",
                     reason=f"{wrong} is not a party to {short}", records=[ref])
    return Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                 claimed="parties: " + ", ".join(_name(c, treaty.signed) for c in codes), verdict="consistent",
                 record_value=f"parties: {names}", reason="each named state is a party", records=[ref])


#: Words that make a sentence's parties those of now, not of its date: "Sweden, which stayed out in 1949, is now a
#: party", "have been members since".
_NOW_PARTIES = re.compile(r"\b(?:now|today|since|still|currently|eventually|later|finally|ha(?:s|ve)\s+been)\b",
                          re.IGNORECASE)


def _parties_too_late(s: Sentence, slug: str, codes: Sequence[int], records: _Records) -> list[int]:
    """Return the states of ``codes`` told to sign an agreement in the year it was signed (the one year the sentence
    gives), that became parties to it only in a later year (the record's first entry): none where the sentence has no
    signing verb, several years, another year (a wrong date is the date's claim, not its parties'), or words that make
    its parties those of now (:data:`_NOW_PARTIES`)."""
    years = {int(d.value[:4]) for d in s.of("date") if d.value}
    if len(years) != 1 or _SIGNING.search(s.text) is None or _NOW_PARTIES.search(s.text):
        return []
    (year,) = years
    if str(year) != records.gaz.treaties[slug].signed[:4]:
        return []
    entered = records.entry_years(slug)
    return [c for c in codes if c in entered and entered[c] > year] or _entered_after_the_day(s, slug, codes, records)


def _entered_after_the_day(s: Sentence, slug: str, codes: Sequence[int], records: _Records) -> list[int]:
    """Return the states of ``codes`` told to sign an agreement on the day (or in the month) it was signed, the one
    such date the sentence gives ("signed in Berlin on 27 September 1940 by A, B and C"), that entered it only after
    that day (the record's first entry, later in the same year): no signatories then."""
    told = [d for d in s.of("date") if d.value and d.precision in {"day", "month"}]
    signed = records.gaz.treaties[slug].signed
    if len(told) != 1 or not signed.startswith(told[0].value or "-"):
        return []
    rows = [*records.atop_phases(slug),
            *records.store.query("SELECT ccode, entered FROM memberships WHERE treaty = ?", [slug])]
    first: dict[int, str] = {}
    for row in rows:
        if row["entered"] and len(str(row["entered"])) == 10:
            first[row["ccode"]] = min(first.get(row["ccode"], "9999"), str(row["entered"]))
    end = told[0].value or ""
    return [c for c in codes if c in first and first[c][:len(end)] > end]


#: States told to be allied at a date, no agreement named: "London and Constantinople were allied again in 1878",
#: "in 1921 Poland allied itself with France", "In May 1882 Rome and Vienna allied once more".
_ALLIED = re.compile(r"\b(?:(?:were|became|was)\s+(?:again\s+|formally\s+)?allied|allied\s+(?:itself|themselves)\s+"
                     r"with|allied\s+(?:once\s+(?:more|again)|again|anew))\b", re.IGNORECASE)


def _allied_claims(s: Sentence, records: _Records, context: Sequence[int]) -> list[Claim]:
    """An alliance of the states a sentence says were allied at a date it gives, no agreement named: the stored one of
    those states (all of them among its members, the subject's before the verb and any partner after "with") signed
    nearest the date, compared as a signing; none within a year is nothing claimed (the sentence may tell of a war)."""
    verb = _ALLIED.search(s.text)
    if verb is None:
        return []
    states = _codes([m for m in s.of("state") if m.end - s.start <= verb.start()])
    partner = re.match(r"\s+(?:again\s+)?with\s+(?:the\s+)?", s.text[verb.end():]) if "with" not in verb.group(0) \
        else re.match(r"\s+(?:the\s+)?", s.text[verb.end():])
    if partner is not None:
        states += [c for c in _codes([m for m in s.of("state") if m.start - s.start == verb.end() + partner.end()])
                   if c not in states]
    dates = [d for d in s.of("date") if d.value and d.start - s.start >= verb.end()] or [
        d for d in s.of("date") if d.value and d.end - s.start <= verb.start()
        and not re.search(r"[;:]", s.text[d.end - s.start:verb.start()])][-1:]  # ("In January 1864 A and B allied")
    if len(states) < 2 or not dates:
        return []
    found = _nearest_agreement(records, states, context, dates[0], "alliance")
    if found is None:
        return []
    treaty = records.gaz.treaties[found]
    ref = records.treaty_ref(found)
    verdict, reason = compare_dates(dates[0].value or "", treaty.signed, "signed")
    short = re.sub(r"\s*\(.*", "", ref.label)
    return [Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"allied [{short}] {dates[0].text}", verdict=verdict, record_value=f"signed {treaty.signed}",
                  reason=reason, records=[ref])]


def _not_yet_parties(s: Sentence, slug: str, told: Sequence[int], late: Sequence[int], records: _Records) -> Claim:
    """Return the claim that ``told`` were parties at the date the sentence tells, which ``late`` of them were not
    yet ("Sweden was a NATO member in 1990", "Norway joined in 1949, together with Sweden"): it contradicts."""
    treaty = records.gaz.treaties[slug]
    entered = records.entry_years(slug)
    wrong = ", ".join(f"{_name(c, treaty.signed)} (a party from {entered[c]})" for c in late)
    return Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                 claimed="parties then: " + ", ".join(_name(c, treaty.signed) for c in told), verdict="contradicts",
                 record_value="parties: " + ", ".join(_name(c, treaty.signed) for c in sorted(treaty.members)),
                 reason=f"not yet a party at the date told: {wrong}", records=[records.treaty_ref(slug)])


#: A verb that tells its subject a party to the agreement it acts on: "A and B signed", "which C joined", "D acceded to
#: it", "E left the pact" (one that leaves was a party), "F has belonged to NATO".
_PARTY_VERB = re.compile(r"(?:signed(?:\s+up(?:\s+to)?)?|joined|acceded(?:\s+to)?|adhered(?:\s+to)?|ratified|"
                         r"concluded|founded|co-founded|sign(?:s)?\s+up(?:\s+to)?|join|joins|accedes?(?:\s+to)?|"
                         r"ratif(?:y|ies)|leaves|left|quit|withdrew\s+from|belong(?:s|ed)?\s+to|"
                         r"(?:was|were)\s+admitted(?:\s+(?:to|into))?|"
                         # (a signature told by the name put to it: "C put its name to the treaty", "D added its
                         # signature to it")
                         + _NAME_PUT + r"\s+(?:to|on)|"
                         # (a seat in it: "A and B sit together in the EU", "C sat in the Entente's councils")
                         r"(?:sit|sits|sat|sitting)\s+(?:together\s+|side\s+by\s+side\s+)?(?:in|on)|"
                         r"(?:went|was\s+(?:put|added|set|placed))\s+(?:on|onto|to)|"  # (a name: "Chad's name went on")
                         r"became\s+(?:a\s+|an\s+)?(?:full\s+)?(?:party|member|signatory)\s+(?:to|of))\b",
                         re.IGNORECASE)


#: What may stand between a list of states and the verb it is the subject of: "A and B both signed", "C, too, joined",
#: "D had formally acceded", "E duly signed".
_SUBJECT_GAP = re.compile(r"(?:\s*,\s*too\s*,|,\s+(?:which|who)\s+[^,;:.]{3,40}?,|"
                          # (an aside: "A, which had been invited, signed it")
                          # (an apposition that describes the subject: "A, a neutral kingdom then, signed it", "B,
                          # another latecomer, joined")
                          r",\s+(?:an?|another|the|its|their|one)\s+(?!(?:and|or|but|nor)\b)[^,;:.]{3,50}?,|"
                          r"\s+(?:all|both|each|too|also|had|have|has|then|later|formally|jointly|"
                          r"eventually|finally|duly|soon|promptly|themselves|itself|quickly|only|now|still|today|"
                          r"(?-i:[a-z]{3,}ly)))*\s+", re.IGNORECASE)


#: A relative clause whose subject is the state before it, right after it: "Chile, which signed the pact", "Peru,
#: which had also joined".
_WHICH_SIGNED = re.compile(r",\s+which\s+(?:(?:also|too|then|later|had|has|have|itself|duly|soon|formally)\s+)*",
                           re.IGNORECASE)


#: What stands before a list that is its clause's subject: the clause's start, a relative pronoun, "both", "and", or a
#: date that leads the clause ("On 4 May 1951 A and B signed").
_SUBJECT_OPENS = re.compile(r"(?:^|[,;:—–]|\b(?:which|that|where|when|whereupon|and|then|as|once|after|before)\b)"
                            r"\s*(?:both\s+|all\s+|each\s+)?(?:the\s+)?$", re.IGNORECASE)


#: A verb whose object is the list of states after it, told as the agreement's parties: "signed by A, B and C",
#: "bound Finland", "added Japan to the partnership", "were joined by Japan".
_OBJECT_VERB = re.compile(r"(?:\b(?:signed|concluded|ratified|joined)\s+(?:[^,;.:]{0,60}?\s+)?(?:by|alongside|"
                          # (co-signers told beside the subject: "C signed at Rio along with A and B", "the declaration
                          # was signed alongside A and B")
                          r"(?:along|together)\s+with)|"
                          r"\b(?:ties?|tied|tying|binds?|bound|binding|links?|linked|linking)\s+(?:us|them|it|you)\s+"
                          r"(?:(?:still|also|all|both)\s+)?to|"
                          r"\b(?:bound|binding|binds|bind|added|admitted|link(?:s|ed|ing))(?:\s+(?:also|both|all|together))?)"
                          r"\s+(?:the\s+)?$", re.IGNORECASE)


#: An agreement's verb of having its members, before a list told among them (:data:`_AMONG_ITS`): "The pact had
#: Chile among its founders", "the alliance counted A and B as members", "which numbered C among its parties".
_HAD_AMONG = re.compile(r"\b(?:had|has|have|counted|counts|numbered|numbers|included|includes|listed|lists)\s+"
                        r"(?:(?:both|all|also|then|still)\s+)?(?:the\s+)?$", re.IGNORECASE)
_AMONG_ITS = re.compile(r"\s+(?:among|as)\s+(?:its|their|the)\s+(?:(?:first|founding|original|earliest|\w+-?\w*)\s+)?"
                        r"(?:members?|signatories|signatory|founders?|parties|party)\b", re.IGNORECASE)


#: A verb of signing or joining and a colon before a list of its subjects: "All five signed it: A, B, C, D and E",
#: "Three more joined: F, G and H".
_SIGNED_COLON = re.compile(r"\b(?:signed|joined|ratified|acceded|adhered)(?:\s+(?:to\s+)?(?:it|them|the\s+[\w-]+))?"
                           r"(?:\s+(?:too|as\s+well|in\s+turn))?\s*:\s*(?:the\s+)?$", re.IGNORECASE)


#: A state's own entry told by a noun, the agreement after it: "Sweden's accession to NATO", "Spain's entry into the
#: alliance", "Greece's membership of the pact".
_ACCESSION_OF = re.compile(r"['’]s\s+(?:formal\s+|eventual\s+|own\s+)?(?:accession|entry|admission|adherence|"
                           r"membership)\s+(?:to|into|in|of)\b", re.IGNORECASE)


#: A partner told before the subject that signs with it: "With Yugoslavia they concluded the Balkan Pact", "together
#: with Iraq, Turkey founded the pact".
_FRONTED_WITH = re.compile(r"(?:^|[,;:]|\band)\s*(?:together\s+|along\s+)?with\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER_FRONTED_WITH = re.compile(r",?\s+(?:(?:they|both|it|he|she|we)\s+)(?:(?:had|have|has|then|also|jointly|"
                                 r"formally)\s+)*(?:signed|concluded|founded|formed|set\s+up)\b", re.IGNORECASE)


#: A list after "with" that ends its clause, told beside the parties of a signing: "was signed in Athens in 1934,
#: with A and B", "signed a pact with C".
_WITH_PARTNER = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)


#: States a signing of an agreement names by a noun of membership: "A and B were both among its founding members",
#: "C was a third signatory", "D and E were original signatories in 2001".
_MEMBER_NOUN = re.compile(r"^(?:\s*,\s*too\s*,|,\s+(?!(?:and|or|but|nor)\b)[^,;:.]{3,40}?,)?\s+"
                          # (an aside: "A, the envoy noted, was among them")
                          r"(?:were|was|are|is|became|remain(?:s|ed)?|ha(?:d|s|ve)\s+been|"
                          # (a part acted in it: "D acted as a co-signatory", "E served as one of its guarantors")
                          r"(?:acted|acts|served|serves|stood|stands)\s+as)\s+"
                          r"(?:(?:also|both|all|still|now|then|indeed|likewise|each|(?-i:[a-z]{3,}ly))\s+)*"
                          r"(?:(?:among|one\s+of)\s+(?:the|its|their|those|these)\s+|an?\s+|the\s+|its\s+|their\s+)?"
                          r"(?:(?:(?:first|second|third|fourth|fifth|sixth|\w+)\s+)?(?:founding\s+|original\s+|full\s+)?"
                          r"(?:co-?)?(?:members?|parties|party|signatories|signatory|founders?|guarantors?)|"
                          # (the signers the sentence before told: "Cuba and Peru were among them", "two of them")
                          r"(?:among|(?:one|two|three|four|five|six|\d+)\s+of)\s+them(?=\s*[.;]))\b", re.IGNORECASE)


#: Words of an agreement's object told after a verb of signing, none named: "signed a similar pact", "a separate
#: declaration of guarantees" (an agreement the record may not hold).
_SIGNED_SOME = re.compile(r"^\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:treaty|pact|alliance|agreement|accord|"
                          r"convention|protocol|declaration)\b", re.IGNORECASE)


#: States apart from those told as parties: "a coalition against Russia", "at war with the Boers".
_NOT_PARTY_BEFORE = re.compile(r"\b(?:against|from|on|into|invaded|attacked|at\s+war\s+with|towards?|over|of)\s+"
                               r"(?:the\s+)?$", re.IGNORECASE)


#: States the record tells apart by code that one may be told for another (Germany and West Germany, Czechoslovakia and
#: the Czech Republic, Yemen's two and one): a party told among them is never read as an outsider.
_KIN_CODES = (frozenset({255, 260, 265}), frozenset({315, 316, 317}), frozenset({345, 341, 343, 344, 346, 347, 349}),
              frozenset({678, 679, 680}), frozenset({816, 817}), frozenset({365, 366, 367, 368, 369, 370, 371, 372,
                                                                         373}), frozenset({731, 732}))


#: The pair told as a subject by a word for two: "both signed the Helsinki Final Act", "the two countries joined".
_BOTH_RUN = re.compile(r"\b(?:both|the\s+two(?:\s+(?:countries|states|nations|governments|neighbours|neighbors|"
                       r"capitals|kingdoms|republics|empires))?)\b", re.IGNORECASE)


def _runs_told(s: Sentence, two: Sequence[int]) -> list[tuple[int, int, list[int] | None]]:
    """Return the lists of states the sentence tells (:func:`_state_runs`, their states read from the mentions: None)
    and each word for two (:data:`_BOTH_RUN`) that stands alone for the states ``two`` (no states listed right
    before it: "A and B both signed" is the list's; a list ending after it is no list before it: "Both, too, signed
    it, as did C")."""
    runs: list[tuple[int, int, list[int] | None]] = [(lo, hi, None) for lo, hi in _state_runs(s)]
    if len(two) == 2:
        ends = {hi for lo, hi in _state_runs(s)}
        runs += [(b.start(), b.end(), list(two)) for b in _BOTH_RUN.finditer(s.text)
                 if not any(e <= b.start() and re.fullmatch(r"[\s,]*(?:had|have|has|then|,)?\s*",
                                                           s.text[e:b.start()]) for e in ends)
                 and not re.match(r"\s+(?:of|sides|parties|pacts|treaties)\b", s.text[b.end():])]
    return sorted(runs)


#: An agreement told by a description right after the verb its signers are the subject of, or the noun its members
#: are told by: "the League's joint defence treaty", "a tripartite military pact", "their treaty of friendship", "(were
#: founding members) of the Union's constitutive act", "(belong) to the Commonwealth's charter".
_DESCRIBED_OBJECT = re.compile(r"\s+(?:(?:of|to|in)\s+)?(?:the|a|an|their|its)\s+(?:[\w'’-]+\s+){0,4}?"
                               r"(?:treaty|pact|alliance|agreement|accord|convention|protocol|charter|act)\b",
                               re.IGNORECASE)


def _dated_after(s: Sentence, told: Sequence[Claim], at: int, dated: set[str]) -> str | None:
    """Return the agreement (of ``dated``) whose signing a claim of ``told`` dates by the first date told after the
    verb ending at ``at``, within its clause and no further than a short object's length, else None."""
    end = next((b.start() for b in _SEGMENT_BREAK.finditer(s.text, at)), len(s.text))
    days = sorted((d for d in s.of("date") if at <= d.start - s.start < min(end, at + 90)), key=lambda d: d.start)
    if not days:
        return None
    slugs = {c.records[0].id for c in told if c.kind == "agreement_date" and c.records and c.records[0].id in dated
             and days[0].text in c.claimed}
    return next(iter(slugs)) if len(slugs) == 1 else None


def _described_at_date(s: Sentence, records: _Records, lo: int, hi: int, at: int, kind: str,
                       two: Sequence[int]) -> str | None:
    """Return the stored agreement a list of states (at ``lo``..``hi``) is told the parties of by a description, no
    title linked in it, and a date with a year its clause tells after the description: for the subject of a verb or
    noun of membership (ending at ``at``), the description right after it (:data:`_DESCRIBED_OBJECT`: "was a founding
    party to the Union's constitutive act in July 2000", "joined the Egyptian-Jordanian defence agreement on 4 June
    1967"); for the object of a verb that binds or signs, the clause's noun of an agreement before it ("the defence
    assistance accord, signed in Abidjan on 9 June 1976 by A, B and C"). The agreement is that of those states nearest
    the date (:func:`_nearest_agreement`, the article's pair ``two`` for context), else None."""
    seg = next(((a - s.start, b - s.start) for a, b in _segments(s) if a - s.start <= lo < b - s.start),
               (0, len(s.text)))
    if kind in {"subject", "member"}:
        described = _DESCRIBED_OBJECT.match(s.text, at)
        if described is None:
            return None
        lead, start = described.end(), at
    elif kind == "object":
        nouns = list(_AGREEMENT_NOUN.finditer(s.text, seg[0], lo))
        if not nouns:
            return None
        lead, start = nouns[-1].end(), max(seg[0], nouns[-1].start() - 60)
    else:
        return None
    if any(m.target and start <= m.start - s.start < max(lead, lo) for m in s.of("agreement")):
        return None  # (a title linked: the rules of named agreements read it)
    end = next((b.start() for b in _SEGMENT_BREAK.finditer(s.text, max(lead, hi))), len(s.text))
    date = next((d for d in sorted(s.of("date"), key=lambda d: d.start) if d.value
                 and lead <= d.start - s.start < min(end, max(lead, hi) + 40) and not lo <= d.start - s.start < hi
                 and re.search(r"\d{4}", d.text)), None)
    codes = _codes([m for m in s.of("state") if lo <= m.start - s.start < hi and not _place(s, m)]) or list(two)
    if date is None or not codes:
        return None
    return _nearest_agreement(records, codes, two, date, s.text[start:lead].casefold())


def _parties_backstop(s: Sentence, records: _Records, referent: str | None, told: Sequence[Claim],
                      two: Sequence[int] = ()) -> list[Claim]:
    """States a sentence tells as an agreement's parties in a form no other rule read: the subject of a verb of
    signing, joining or leaving (:data:`_PARTY_VERB`: "Brussels, too, signed it"), the object of one that binds or
    adds (:data:`_OBJECT_VERB`: "also bound Finland", "signed by A, B and C"), a partner after "with" ending its
    clause, or told members by a noun (:data:`_MEMBER_NOUN`: "A and B were among its founders"), with the agreement
    the clause names or refers to, else the one the sentence's signing found (a claim of ``told``), else, the verb
    told without an object, the one the article was last about (``referent``). Against its members: consistent where
    each is one; a contradiction only of an agreement named by its title, a state no kin of a member's; else none. A
    signing of "a pact" no record was found for, no date told: not in the record."""
    claimed = {c.records[0].id if c.records else "" for c in told if c.kind == "agreement_parties"}
    if "" in claimed:
        return []  # (an agreement the record lacks told: the sentence's parties are read)
    found: dict[str, list[int]] = {}
    more: dict[str, list[list[int]]] = {}
    named: dict[str, bool] = {}
    unknown: list[int] = []
    dated = {c.records[0].id for c in told if c.kind == "agreement_date" and c.records
             and c.records[0].kind == "treaty" and c.records[0].id in records.gaz.treaties}
    wrongly_dated = {c.records[0].id for c in told if c.kind == "agreement_date" and c.records
                     and c.verdict == "contradicts"}
    for lo, hi, pair_told in _runs_told(s, two):
        relation = _run_relation(s, lo, hi)
        if relation is None or _NEGATION.search(s.text[:lo]):
            continue
        kind, at = relation
        slug, explicit, direct = _backstop_agreement(s, lo, hi, at, kind, dated, referent, records)
        if slug is None and kind in {"subject", "member"} and _DESCRIBED_OBJECT.match(s.text, at) \
                and (own := _dated_after(s, told, at, dated)) is not None:
            slug, direct = own, True  # ("..., and both signed the League's defence treaty of 1950", "both were
            # founding members of the Union's charter of 1963")
        if slug is None and not dated and not any(": entry into " in c.claimed for c in told) \
                and (own := _described_at_date(s, records, lo, hi, at, kind, pair_told or two)) is not None:
            slug, direct = own, True  # ("Sudan was a founding party to the Union's constitutive act in July 2000",
            # "Iraq joined the Egyptian-Jordanian defence agreement on 4 June 1967")
        # (another clause's subject joining the agreement a claim of the sentence is of: "A signed it in 1975; B
        # adhered in 1993", "C joined on DATE, and D followed that May": a claim of its own, where it holds)
        again = slug is not None and slug in claimed and kind == "subject" and not pair_told
        if slug is not None and not direct and (claimed or pair_told) and not again:
            continue  # (guessed: only where no other rule read the sentence's parties, and of states it names)
        # (one that leaves an agreement it never was in: the exit's claim, not the parties')
        explicit = explicit and not (kind == "subject" and _LEAVING.match(s.text, _verb_start(s, hi)))
        explicit = explicit and kind != "accession"  # ("Austria's accession to NATO was never on the cards")
        codes = pair_told or _codes([m for m in s.of("state") if lo <= m.start - s.start < hi and not _place(s, m)
                                     and (kind == "accession" or not re.match(r"['’]s\b",
                                                                              s.text[m.end - s.start:])
                                          or _GOVERNMENT_OF.match(s.text, m.end - s.start) is not None)])
        if not codes or (slug in claimed and not again) or (pair_told and kind not in {"subject", "member"}):
            continue
        explicit = explicit and not pair_told  # ("both": who they are is the article's pair, read loosely)
        if slug is None:
            if (kind == "subject" and _SIGNED_SOME.match(s.text[at:]) and not dated and not s.of("date")
                    and not s.agreements()) or (not dated and _unknown_title(s, lo, hi, at, kind)):
                unknown.extend(c for c in codes if c not in unknown)
            continue
        if kind == "subject" and (slug in wrongly_dated or (_time_led(s, lo) and not _FRONTED_WITH.search(
                s.text[:lo]) and slug in _dated_in_clause(s, told, lo))):
            continue  # ("Britain signed the Declaration on 1 January 1943": the signing's date is wrongly told; "In
            # 1955 A and B founded the Baghdad Pact": the founding's date is what is told)
        if again and slug is not None:
            if _alone_in_clause(s, lo, hi):  # (not "which A signed with B": one clause, read already)
                more.setdefault(slug, []).append(list(codes))
            continue
        found.setdefault(slug, []).extend(c for c in codes if c not in found.get(slug, []))
        named[slug] = named.get(slug, False) or explicit or (kind == "subject" and _signed_beside_members(
            s, at, slug, records, two))
    out = [claim for slug, codes in found.items() if (claim := _backstop_claim(s, slug, codes, named[slug], records))]
    out += _another_clause_parties(s, more, told, records)
    if not out and unknown:
        names = ", ".join(_pair_names([c]) for c in unknown)
        out.append(Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                         claimed=f"parties: {names}", verdict="not_in_record", record_value="no such record",
                         reason="the record holds no agreement of these states that the sentence tells of",
                         records=[]))
    return out + _together_with(s, records, out)  # ("..., alongside Norway and Denmark": parties too)


#: A verb telling its subject kept out of an agreement, with no object or the agreement after "of" or "from": "Bulgaria
#: stayed out", "Italy kept aloof", "Spain remained outside (it)", "Norway refused to sign", "Ankara declined to join".
_STAYED_OUT = re.compile(r"(?:\s*,\s+(?!(?:and|but|or|nor|while|whereas)\b)[^,;:.]{3,60}?,)?"
                         # (an aside: "Moldova, despite its stake in the talks, was not a party"; a relative one:
                         # "Peru, which had hoped for more, was never a party to it")
                         r"\s*,?\s*(?:(?:alone|also|too|however|then|itself|still|pointedly|conspicuously|instead)"
                         r",?\s+)*(?:(?:stayed|stays|stay|kept|keeps|remained|remains|remain|stood|stands)\s+(?:(?:still|firmly)\s+)?"
                         r"(?:out|outside|aloof|aside|apart)|"
                         r"(?:refused|declined)\s+to\s+(?:sign|join|adhere|accede)|"
                         # (told no party: "was not a party", "was, naturally, never a signatory", "was not among
                         # them", "was left out entirely", "signed nothing of the kind", "never joined")
                         r"(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)"
                         r"(?:,\s+[^,;:.]{2,30}?,|\s+(?:(?-i:[a-z]+ly)|also|still|then|ever),?)*\s+(?:not|never)|"
                         # (the negation before "been": "has never been a party", "had not yet been a member")
                         r"ha(?:s|ve|d)\s+(?:(?-i:[a-z]+ly)\s+)?(?:not|never)\s+(?:(?:yet|ever)\s+)?been)"
                         r"\s+(?:(?:ever|once)\s+)?"
                         r"(?:(?:an?\s+|one\s+of\s+the\s+)?(?:party|parties|signatory|signatories|member|members|"
                         r"signer|signers)|among\s+(?:them|the\s+(?:signatories|signers|parties|members|founders)))|"
                         r"(?:was|were)\s+(?:(?-i:[a-z]+ly)\s+)?left\s+out(?:\s+(?:entirely|altogether|completely))?"
                         r"(?=\s*(?:[,;.:]|$|of\s+it\b))|"
                         r"signed\s+(?:nothing|none)\s+of\s+the\s+(?:kind|sort)|"
                         r"(?:never|did\s+not|didn['’]t)\s+(?:(?:formally|actually|ever)\s+)?(?:signed|joined|sign|join)"
                         r"(?=\s*(?:it\b|them\b|[,;.:]|$)))\b"
                         r"(?P<of>\s+(?:of|from|to)\s+(?:the\s+)?)?", re.IGNORECASE)


#: What a state is told to stay out of, no agreement named, that stands for the one last spoken of: "it", "any of
#: these", "any of this", "that first convention", "the treaty" (lower-case: not "the Treaty of Rome", a name), "either
#: pact" or "either text" (of two told before: the one last spoken of is checked), "the document".
_OF_IT = re.compile(r"(?:it|any\s+of\s+(?:them|these|those|this)|either\s+of\s+(?:them|these|those|the\s+two)|"
                    r"(?-i:(?:that|this|the|its|either)\s+(?:[a-z-]+\s+){0,2}?"
                    r"(?:treaty|pact|convention|alliance|agreement|accord|declaration|protocol|entente|text|document|"
                    r"charter))(?!\s+of\b))\b",
                    re.IGNORECASE)


#: "neither" before a list of states whose items "nor" joins, a verb of entry after it ("neither A nor B ever
#: joined"); and "neither was" or "nor did" before a state told out like one before it ("A was not a party, and
#: neither was B").
_NEITHER = re.compile(r"\bneither\s+(?:the\s+)?$", re.IGNORECASE)
_NEITHER_JOINED = re.compile(r"\s+(?:(?:ever|then|later|formally|actually)\s+)*(?:joined|signed|ratified|acceded|"
                             r"adhered)(?=\s*(?:it\b|them\b|[,;.:]|$))(?P<of>(?!))?", re.IGNORECASE)
_NOR_WAS = re.compile(r"\b(?:neither|nor)\s+(?:was|were|did|had|has|is)\s+(?:the\s+)?$", re.IGNORECASE)


def _neither_nor_runs(s: Sentence) -> list[tuple[int, int]]:
    """Return the runs of state names the sentence lists together (:func:`_state_runs`), a run "nor" joins to the
    one before it after "neither" made one ("neither Romania nor Yugoslavia")."""
    runs: list[tuple[int, int]] = []
    for lo, hi in _state_runs(s):
        if runs and re.fullmatch(r"\s+nor\s+(?:the\s+)?", s.text[runs[-1][1]:lo]) \
                and _NEITHER.search(s.text[:runs[-1][0]]):
            runs[-1] = (runs[-1][0], hi)
        else:
            runs.append((lo, hi))
    return runs


#: "without" right before a list of states, the signing or founding told before it: "signed without Bulgaria".
_WITHOUT = re.compile(r"\bwithout\s+(?:the\s+)?$", re.IGNORECASE)


def _stayed_out(s: Sentence, records: _Records, referent: str | None, told: Sequence[Claim]) -> list[Claim]:
    """States told to have kept out of an agreement (:data:`_STAYED_OUT`: "Bulgaria stayed out", "Norway refused to
    sign it"; or a signing "without" them: "the pact was signed without Bulgaria and Albania"): the agreement named
    right after the verb, else the one the sentence names alone, else the one the sentence's claims are of, else
    (the verb told bare, no agreement named) the one last spoken of (``referent``). Consistent where the record has
    none of them among its members (or one joined only after the year the sentence tells); a founder contradicts only
    an agreement named by its title in the sentence; one that joined later, else none (which time it is told to have
    stayed out is not known)."""
    if any(c.kind == "agreement_parties" and c.claimed.startswith("not a party") for c in told):
        return []
    slugs = {c.records[0].id for c in told if c.kind in {"agreement_parties", "agreement_date"} and c.records
             and c.records[0].kind == "treaty" and c.records[0].id in records.gaz.treaties}
    named = [m for m in s.of("agreement") if m.target and m.target.split(":", 1)[1] in records.gaz.treaties]
    out: list[Claim] = []
    runs = _neither_nor_runs(s)
    for lo, hi in runs:
        items = [m for m in s.of("state") if lo <= m.start - s.start < hi]
        if len(items) > 1 and re.match(r"['’]s\b", s.text[hi:]):
            hi = items[-2].end - s.start  # (an apposition of a possessive: "Ghana, Togo's neighbour, never signed")
        after = _STAYED_OUT.match(s.text, hi)
        if after is None and _NEITHER.search(s.text[:lo]) is not None:
            after = _NEITHER_JOINED.match(s.text, hi)  # ("neither Romania nor Yugoslavia ever joined")
        without = _WITHOUT.search(s.text[:lo]) is not None and (_SIGNING.search(s.text[:lo]) is not None
                                                                  or _PARTY_VERB.search(s.text[:lo]) is not None)
        if after is None and not without:
            continue
        rest = s.text[after.end():] if after is not None else ""
        own = [m for m in named if after is not None and after.group("of") and m.start - s.start == after.end()]
        if after is not None and after.group("of") and not own and _OF_IT.match(rest) is None:
            continue  # ("Turkey stayed out of the fighting": another matter; not "stayed out of it")
        if own:
            slug, by_title = (own[0].target or "").split(":", 1)[1], own[0].how not in {"anaphora", "description"}
        elif len({(m.target or "") for m in named}) == 1:
            slug, by_title = (named[0].target or "").split(":", 1)[1], all(
                m.how not in {"anaphora", "description"} for m in named)
        elif not named and len(slugs) == 1:
            slug, by_title = next(iter(slugs)), False
        elif not named and not slugs and referent is not None and referent in records.gaz.treaties:
            slug, by_title = referent, False
        else:
            continue
        codes = _codes([m for m in s.of("state") if lo <= m.start - s.start < hi and not _place(s, m)])
        codes += [c for c in _codes([m for m in s.of("state") if any(  # ("..., and neither was Lithuania")
            hi < a <= m.start - s.start < b and _NOR_WAS.search(s.text[:a]) and re.match(r"\s*(?:[,;.:]|$)", s.text[b:])
            for a, b in runs) and not _place(s, m)]) if c not in codes]
        if not codes:
            continue
        treaty = records.gaz.treaties[slug]
        founders = records.founders(slug)
        inside = [c for c in codes if c in founders]
        entered = records.entry_years(slug)
        years = [int(d.value[:4]) for d in s.of("date") if d.value and d.value[:4].isdigit()]
        if (inside and not by_title) or any((c in treaty.members or c in records.atop_members(slug))
                                            and not (years and max(years) < entered.get(c, 0))
                                            for c in codes if c not in founders):
            continue  # (one that joined later, at no year before its entry: which time it is told to have stayed out
            # is not known)
        who = ", ".join(_name(c, treaty.signed) for c in codes)
        short = re.sub(r"\s*\(.*", "", records.treaty_ref(slug).label)
        out.append(Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                         claimed=f"not a party: {who}", verdict="contradicts" if inside else "consistent",
                         record_value="parties: " + ", ".join(_name(c, treaty.signed) for c in sorted(treaty.members)),
                         reason=(f"{', '.join(_name(c, treaty.signed) for c in inside)} signed {short}" if inside
                                 else f"{who} is not among the parties that signed {short}"),
                         records=[records.treaty_ref(slug)]))
    return out


#: A state told never to have left an agreement, so a party still: "Minsk, by contrast, never left", "Chad never
#: formally left it", "neither state has ever left the pact". What follows the verb is the clause's end, "it", "any of
#: them", or the agreement's name (not "never left office", "never left Europe").
_NEVER_LEFT = re.compile(r"\b(?:(?:has|have|had)\s+)?(?P<never>never|not\s+once)\s+(?:(?:formally|actually|once|"
                         r"really|officially)\s+)?(?:left|quit|withdrew|withdrawn|walked\s+out)\b|"
                         r"\b(?:has|have|had)\s+ever\s+(?:formally\s+)?(?:left|quit|withdrawn)\b", re.IGNORECASE)
_NEVER_LEFT_OBJECT = re.compile(r"(?:\s+from)?(?:\s*(?:[,;.:]|$)|\s+(?P<it>it|any\s+of\s+them|either|them)\b|"
                                r"\s+(?:the\s+)?(?=\S))", re.IGNORECASE)
#: The subject "neither" stands for the pair: "neither state has ever left it", "Neither of them ever quit".
_NEITHER_SUBJECT = re.compile(r"^\W*(?:(?:and|but|yet)\s+)?neither(?:\s+(?:state|country|nation|government|side|"
                              r"capital|one|of\s+them|of\s+the\s+two))?\s+$", re.IGNORECASE)


def _never_left(s: Sentence, records: _Records, referent: str | None, context: Sequence[int],
                pair: tuple[int, ...]) -> list[Claim]:
    """States told never to have left an agreement (:data:`_NEVER_LEFT`), parties to it still: the agreement named
    right after the verb, else the one the sentence names alone, else the one last spoken of (``referent``); the
    states before the verb in its clause, or for "neither" the two of the sentence before (else the pair). Consistent
    where each is a member the record has not leaving it (before the agreement's own end) by the year the article is
    read at; a state that left, or was never a member, contradicts."""
    named = [m for m in s.of("agreement") if m.target and m.target.split(":", 1)[1] in records.gaz.treaties]
    out: list[Claim] = []
    for verb in _NEVER_LEFT.finditer(s.text):
        after = _NEVER_LEFT_OBJECT.match(s.text, verb.end())
        if after is None:
            continue
        own = [m for m in named if m.start - s.start == after.end()]
        if own:
            slug = (own[0].target or "").split(":", 1)[1]
        elif after.group("it") is None and re.match(r"\s+\S", s.text[verb.end():]) and not re.match(
                r"\s+from\s*(?:[,;.:]|$)", s.text[verb.end():]):
            continue  # ("never left office", "has never left the region": another thing left)
        elif len({m.target for m in named}) == 1:
            slug = (named[0].target or "").split(":", 1)[1]
        elif not named and referent is not None and referent in records.gaz.treaties:
            slug = referent
        else:
            continue
        clause = _clause_start(s, verb.start())
        asides = [a.span() for a in _ASIDE.finditer(s.text[:verb.start()])]
        states = _codes([m for m in s.of("state") if clause <= m.start - s.start < verb.start() and not _place(s, m)
                         and not any(a <= m.start - s.start < b for a, b in asides)
                         and not re.match(r"['’]s\b", s.text[m.end - s.start:])])
        if _NEITHER_SUBJECT.match(s.text[clause:verb.start()]) and not states:
            states = _the_two(context, pair)
        elif verb.group("never") is None or not states:
            continue  # ("has ever left" is told only after "neither")
        treaty = records.gaz.treaties[slug]
        # (an exit at the agreement's own end is none: its parties stayed in to the last)
        left = [(c, exited) for c, exited in _left_by_now(records, slug, states)
                if treaty.ended is None or exited[:7] < treaty.ended[:7]]
        if left:
            gone = ", ".join(f"{_name(c, treaty.signed)} (left {exited})" for c, exited in left)
            out.append(Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                             claimed="parties still: " + ", ".join(_name(c, treaty.signed) for c in states),
                             verdict="contradicts", record_value=f"no longer parties: {gone}",
                             reason=f"no longer a party: {gone}", records=[records.treaty_ref(slug)]))
        else:
            out.append(_parties_claim(s, slug, states, records))
    return out


#: A group of states a list right after stands for, set off by a comma, colon or dash: "the five Maghreb states, A, B,
#: C, D and E, ...", "its three founders — A, B and C —", "the Baltic republics (A, B and C)".
_GROUP_BEFORE = re.compile(r"\b(?:the|its|their|all)\s+(?:(?P<count>\d+|" + _NUMBER_WORDS + r")\s+)?"
                           r"(?:[A-Z][\w'’-]*\s+){0,3}(?:states|republics|powers|nations|countries|monarchies|"
                           r"kingdoms|members|founders|signatories|governments|allies|neighbours|neighbors)"
                           r"\s*(?:,|:|\(|[—–])\s*(?:the\s+)?$", re.IGNORECASE)


#: What follows such a list to its group's verb of making or joining an agreement, no other clause between: ", met at
#: Marrakesh and on DATE founded the", "— signed the", ") jointly set up the".
_GROUP_VERB = re.compile(r"\s*(?:,|\)|[—–])\s*(?:[^.;,()—–]{0,60}?\s+)??(?:(?:then|also|jointly|together|duly|formally)"
                         r"\s+)*(?:founded|co-founded|signed|concluded|set\s+up|created|formed|established|launched|"
                         r"joined|ratified)\s+(?:(?:the|a|an|their|its)\s+)?", re.IGNORECASE)


def _group_parties(s: Sentence, records: _Records, told: Sequence[Claim]) -> list[Claim]:
    """States listed in apposition to a group of them (:data:`_GROUP_BEFORE`: "the five Maghreb states, A, B, C, D
    and E, met at Marrakesh and founded the Arab Maghreb Union") whose verb of making or joining has the agreement
    named right after it (:data:`_GROUP_VERB`): its parties, where no claim of the sentence tells that agreement's.
    Consistent where each is a member; a contradiction only of an agreement named by its title, where the count the
    group tells (if any) is the list's, most of the list are members and none of the others is kin
    (:data:`_KIN_CODES`) of a member's; else none."""
    out: list[Claim] = []
    claimed = {c.records[0].id for c in told if c.kind == "agreement_parties" and c.records}
    for lo, hi in _state_runs(s):
        group = _GROUP_BEFORE.search(s.text[:lo])
        verb = _GROUP_VERB.match(s.text, hi) if group is not None else None
        if group is None or verb is None or any(hi <= m.start - s.start < verb.end() for m in s.of("state")):
            continue
        mention = next((m for m in s.of("agreement") if m.start - s.start == verb.end() and m.target
                        and m.target.split(":", 1)[1] in records.gaz.treaties), None)
        codes = _codes([m for m in s.of("state") if lo <= m.start - s.start < hi and not _place(s, m)])
        if mention is None or len(codes) < 2 or (slug := (mention.target or "").split(":", 1)[1]) in claimed:
            continue
        claim = _parties_claim(s, slug, codes, records)
        if claim.verdict != "consistent":
            members = records.gaz.treaties[slug].members | records.atop_members(slug)
            outsiders = [c for c in codes if c not in members]
            count = group.group("count")
            told_count = int(count) if count and count.isdigit() else _NUMBER_WORDS_VALUE.get((count or "").lower())
            if mention.how in {"anaphora", "description", "kind description"} or not outsiders \
                    or len(outsiders) * 2 >= len(codes) or (count and told_count != len(codes)) \
                    or any(c in kin and members & kin for c in outsiders for kin in _KIN_CODES):
                continue
        out.append(claim)
        claimed.add(slug)
    return out


#: The small numbers a group of states is counted by.
_NUMBER_WORDS_VALUE = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven",
                                                    "eight", "nine", "ten", "eleven", "twelve"))}


#: A noun of membership an agreement's name is tied to, right before the list of states it is told to be: "NATO's
#: founders were", "the original signatories of the Rio Treaty included", "Among the members of the Arab League in 1945
#: were", "The founders of the Baghdad Pact, ...". The agreement stands at ``AGREEMENT``.
_TIED_NOUN = (r"(?:(?:\d+|" + _NUMBER_WORDS + r")\s+)?(?P<founding>founding\s+|original\s+|first\s+)?(?:full\s+)?"
              r"(?P<noun>founders|members|signatories|signers|parties|founder\s+members|member\s+states)")
_FOUNDERS_LISTED = (
    # (a noun of the agreement between: "The Arab League pact's founders were")
    re.compile(r"^(?:\s+(?:treaty|pact|alliance|convention|agreement|accord|declaration|charter))?['’]s\s+"
               + _TIED_NOUN + _TIED_VERB + r"$", re.IGNORECASE),
    re.compile(r"^(?:\s+(?:in|of)\s+(?:[A-Z][a-z]+\s+)?(?:1[5-9]|20)\d\d)?\s*(?:,\s*|\s+(?:were|are|included|"
               r"include|comprised)\s+(?:the\s+)?)$", re.IGNORECASE))
_NOUN_OF = re.compile(r"(?:^|\b(?:the|its|[Aa]mong\s+the)\s+)" + _TIED_NOUN + r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _founders_listed(s: Sentence, records: _Records, told: Sequence[Claim]) -> list[Claim]:
    """States listed as the founders, members or signatories of an agreement named by its title right before them
    (:data:`_FOUNDERS_LISTED`: "NATO's founders were A, B and C", "Among the founders of the Arab League in 1945 were
    A and B", "The signatories of the Rio Treaty, A, B and C, met again"), where no claim of the sentence tells that
    agreement's parties: against its members (a founder against those that signed it: one that joined later is told
    wrongly), a contradiction only where no state told is kin (:data:`_KIN_CODES`) of a member's."""
    claimed = {c.records[0].id for c in told if c.kind == "agreement_parties" and c.records}
    out: list[Claim] = []
    for lo, hi in _state_runs(s):
        for m in s.of("agreement"):
            slug = (m.target or ":").split(":", 1)[1]
            if slug not in records.gaz.treaties or slug in claimed or m.how == "description" or m.end - s.start > lo:
                continue
            between = s.text[m.end - s.start:lo]
            noun = _FOUNDERS_LISTED[0].match(between)  # (of one told back too: "The treaty's parties include A, B")
            if m.how == "anaphora" and (noun is None or not re.fullmatch(r"(?i)the\s+[a-z]+", m.text)):
                continue
            if noun is None and _FOUNDERS_LISTED[1].match(between) is not None:
                noun = _NOUN_OF.search(s.text[:m.start - s.start])
            if noun is None:
                continue
            codes = _codes([x for x in s.of("state") if lo <= x.start - s.start < hi and not _place(s, x)])
            founding = bool(noun.group("founding")) or noun.group("noun").casefold().startswith("founder")
            if codes and (claim := _listed_claim(s, slug, codes, founding, records)) is not None:
                out.append(claim)
                claimed.add(slug)
                break
    return out + _tied_members(s, records, claimed)


def _listed_claim(s: Sentence, slug: str, codes: Sequence[int], founding: bool, records: _Records) -> Claim | None:
    """Return the claim that ``codes`` are members (``founding``: founders) of an agreement named by its title: a
    founder told that joined later contradicts; else :func:`_parties_claim`; None where a state not a member is kin
    (:data:`_KIN_CODES`) of a member."""
    treaty = records.gaz.treaties[slug]
    members = treaty.members | records.atop_members(slug)
    if any(c in kin and members & kin for c in codes if c not in members for kin in _KIN_CODES):
        return None
    years = [int(d.value[:4]) for d in s.of("date") if d.value and d.value[:4].isdigit()]
    entered = records.entry_years(slug)
    if not founding and years and any(entered.get(c, 0) > max(years) for c in codes):
        return None  # ("A and B, fellow NATO members, quarrelled in 1974", of one that joined later: which time the
        # membership is told of is not known)
    late = [c for c in codes if c in members and c not in records.founders(slug)] if founding else []
    if late and not [c for c in codes if c not in members]:
        wrong = ", ".join(_name(c, treaty.signed) for c in late)
        return Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                     claimed=f"founding members include {wrong}", verdict="contradicts",
                     record_value="founding members: " + ", ".join(
                         _name(c, treaty.signed) for c in sorted(records.founders(slug))),
                     reason=f"{wrong} joined only after it was signed", records=[records.treaty_ref(slug)])
    return _parties_claim(s, slug, codes, records)


#: An agreement's name used of its members, in apposition after a list of states or right before it: "A and B, two of
#: the Arab League's founders,", "C and D, fellow NATO members,", "the NATO allies E and F". The name stands at the
#: mention; these are the words on each side of it.
_MEMBERS_AFTER = re.compile(r"^\s*,\s*(?:(?:both|all|each|(?:\d+|" + _NUMBER_WORDS + r")\s+of)\s+)?(?:the\s+)?"
                            r"(?:fellow\s+)?$", re.IGNORECASE)
_MEMBERS_NOUN = re.compile(r"(?:['’]s)?\s+(?:(?P<founding>founding|original)\s+)?(?:(?P<founders>founders)|members|"
                           r"allies|signatories|parties|member\s+states)\b", re.IGNORECASE)
_MEMBERS_BEFORE = re.compile(r"\b(?:the|fellow|two|both)\s+(?:fellow\s+)?$", re.IGNORECASE)


def _tied_members(s: Sentence, records: _Records, claimed: set[str]) -> list[Claim]:
    """States told members of an agreement by its name used of its members (:data:`_MEMBERS_AFTER`, after the list:
    "Egypt and Iraq, two of the Arab League's founders, ..."; :data:`_MEMBERS_BEFORE`, before it: "the NATO allies
    Greece and Turkey"), where no claim of the sentence (``claimed``) tells that agreement's parties, against its
    members (:func:`_listed_claim`)."""
    out: list[Claim] = []
    for lo, hi in _state_runs(s):
        for m in s.of("agreement"):
            slug = (m.target or ":").split(":", 1)[1]
            if slug not in records.gaz.treaties or slug in claimed or m.how in {"anaphora", "description"} \
                    or (noun := _MEMBERS_NOUN.match(s.text, m.end - s.start)) is None:
                continue
            after = m.start - s.start >= hi and _MEMBERS_AFTER.match(s.text[hi:m.start - s.start]) is not None
            before = noun.end() <= lo and re.fullmatch(r"\s*", s.text[noun.end():lo]) is not None \
                and _MEMBERS_BEFORE.search(s.text[:m.start - s.start]) is not None
            codes = _codes([x for x in s.of("state") if lo <= x.start - s.start < hi and not _place(s, x)])
            if not (after or before) or not codes:
                continue
            founding = bool(noun.group("founding") or noun.group("founders"))
            if (claim := _listed_claim(s, slug, codes, founding, records)) is not None:
                out.append(claim)
                claimed.add(slug)
                break
    return out


def _signing_parties(s: Sentence, records: _Records, told: Sequence[Claim]) -> list[Claim]:
    """States a sentence tells beside the signing of one agreement the record found (a claim of ``told`` dating it),
    told in no form the rules above read ("Vienna and the exiled king concluded an offensive and defensive alliance
    on DATE", "the Treaty of Friendship between A and B, signed on DATE", "A had stood with B in the Convention of
    DATE, with C and D"), where no claim of the sentence tells parties: their claim where each is a party to it then,
    else none (which of them the sentence tells a signer is not known: never a contradiction)."""
    if any(c.kind == "agreement_parties" for c in told):
        return []
    slugs = {c.records[0].id for c in told if c.kind == "agreement_date" and c.records
             and c.records[0].kind == "treaty" and c.records[0].id in records.gaz.treaties
             and c.verdict in {"consistent", "within_tolerance"}
             and not c.record_value.startswith(("ended", "in force"))
             and ": entry into " not in c.claimed and ": exit from " not in c.claimed}
    if len(slugs) != 1:
        return []
    slug = next(iter(slugs))
    named = any(m.target == f"treaty:{slug}" and m.how not in {"description", "kind description", "anaphora"}
                for m in s.of("agreement"))
    if named and any(kind == "subject" and _time_led(s, lo) for lo, hi in _state_runs(s)
                     for kind, _ in [_run_relation(s, lo, hi) or ("", 0)]):
        return []  # ("In 1955 A and B founded the Baghdad Pact": the founding's date is what is told; not "On DATE A
        # and B concluded an alliance", an agreement told by its parties and date)
    states = [m for m in s.of("state") if m.target and not _place(s, m)
              and not (m.how == "capital" and re.search(r"\b(?:near|at|in|outside|from|to|into|by)\s+$",
                                                       s.text[:m.start - s.start], re.IGNORECASE))
              and not _NOT_PARTY_BEFORE.search(s.text[:m.start - s.start])
              and (not re.match(r"['’]s\b", s.text[m.end - s.start:])
                   or _GOVERNMENT_OF.match(s.text, m.end - s.start) is not None)]
    codes = _codes(states)
    if not codes or _NEGATION.search(s.text):
        return []
    claim = _parties_claim(s, slug, codes, records)
    if claim.verdict == "consistent":
        return [claim]
    if claim.claimed.startswith("parties then: ") and any(
            _SIGNED_BY.search(s.text[:lo]) and not _NEGATION.search(s.text[:lo]) for lo, _ in _state_runs(s)):
        return [claim]  # (the signers told by the passive's agent at the signing's date, one a party only later:
        # "first signed in June 1950 by A, B and C", C having acceded in 1952)
    wrong = _signers_not_parties(s, slug, records) if not named else None
    wrong = wrong or _signers_of_the_day(s, slug, records)
    if wrong is None and (own := _codes(_signing_clause_states(s, states))) and own != codes:
        # (the states of the signing's own clause, not those of a clause beside it: "they signed a defence pact with
        # A and B to prop up C's government in the D war")
        claim = _parties_claim(s, slug, own, records)
        return [claim] if claim.verdict == "consistent" else []
    return [wrong] if wrong is not None else []


#: Where a clause of signing ends before a clause of its purpose or an aside on what followed: "..., signed with A to
#: prop up B", "in order to check C", "so as to deter D".
_PURPOSE = re.compile(r"\s(?:in\s+order\s+|so\s+as\s+)?to\s+(?!(?:the|a|an|its|their|it|them|him|her|this|that|"
                      r"these|those|which|whom|each|both|all|one|another|join|sign|accede|adhere|become)\b)"
                      r"(?-i:[a-z]+)\b", re.IGNORECASE)


def _signing_clause_states(s: Sentence, states: Sequence[Mention]) -> list[Mention]:
    """Return the ``states`` told in the clause of the sentence's first verb of signing (:data:`_SIGNING`): within
    its segment (:func:`_segments`), after the subordinate clause before it and before the one after it
    (:data:`_SUBORDINATE`) or a clause of purpose (:data:`_PURPOSE`), none named as a war's or a crisis's ("the Congo
    war"); none where the sentence tells no signing."""
    sign = _SIGNING.search(s.text)
    if sign is None:
        return []
    lo, hi = next(((a - s.start, b - s.start) for a, b in _segments(s) if a - s.start <= sign.start() < b - s.start),
                  (0, len(s.text)))
    for cut in _SUBORDINATE.finditer(s.text, lo, hi):
        if cut.end() <= sign.start():
            lo = cut.end()
        else:
            hi = cut.start()
            break
    if (purpose := _PURPOSE.search(s.text, sign.end(), hi)) is not None:
        hi = purpose.start()
    return [m for m in states if lo <= m.start - s.start < hi and not _war_named(s, m)]


def _signers_not_parties(s: Sentence, slug: str, records: _Records) -> Claim | None:
    """Return the contradiction that the states a sentence tells as the subject of signing an agreement told by no
    title (:data:`_SIGNED_SOME`: "On DATE A, B and C signed a tripartite military pact"), the one the record found
    signed that day, are its parties, where the record's members settle it: two or more of the list are members, the
    others are fewer, no kin (:data:`_KIN_CODES`) of a member's, and signed no other stored agreement with a member
    within a month of it (another instrument of that day the record holds apart); else None."""
    treaty = records.gaz.treaties[slug]
    members = treaty.members | records.atop_members(slug)
    for lo, hi in _state_runs(s):
        relation = _run_relation(s, lo, hi)
        if relation is None or relation[0] != "subject" or not _SIGNED_SOME.match(s.text[relation[1]:]) \
                or _LEAVING.match(s.text, _verb_start(s, hi)):
            continue
        codes = _codes([m for m in s.of("state") if lo <= m.start - s.start < hi and not _place(s, m)])
        outsiders = [c for c in codes if c not in members]
        if not outsiders or len(codes) - len(outsiders) < 2 or len(outsiders) * 2 >= len(codes) \
                or any(c in kin and members & kin for c in outsiders for kin in _KIN_CODES):
            continue
        if _another_that_month(records, slug, outsiders, members):
            continue
        claim = _parties_claim(s, slug, codes, records)
        return claim if claim.verdict == "contradicts" else None
    return None


def _another_that_month(records: _Records, slug: str, outsiders: Sequence[int], members: set[int] | frozenset[int]
                        ) -> bool:
    """Whether ``outsiders`` signed another stored agreement with a member of ``slug`` within a month of its signing
    (another instrument of that day the record holds apart), or its signing's day is not known."""
    signed = _iso_day(records.gaz.treaties[slug].signed)
    return signed is None or any(
        other.slug != slug and set(outsiders) & other.members and members & other.members
        and (day := _iso_day(other.signed)) is not None and abs((day - signed).days) <= 31
        for other in records.gaz.treaties.values())


#: A verb of signing in the passive before the list of its signers, perhaps after a group told first: "signed by A,
#: B and C", "exchanged by A and B", "concluded in Paris by the three powers and D".
_SIGNED_BY = re.compile(r"\b(?:signed|concluded|exchanged|initial(?:l)?ed|subscribed)\s+(?:[^,;.:]{0,40}?\s+)?by\s+"
                        r"(?:[^;.:()]{0,60}?(?:,|\band)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _signers_of_the_day(s: Sentence, slug: str, records: _Records) -> Claim | None:
    """Return the contradiction that states told as the signers of an agreement told by the very day the record's
    agreement was signed (:data:`_SIGNED_BY`: "The convention of 3 May 1899, signed by A, B and C"; a date of the
    sentence to the day, the one the record found signed) are its parties, where some is no member, no kin
    (:data:`_KIN_CODES`) of a member's, and signed no other stored agreement with a member within a month of it
    (:func:`_another_that_month`); else None."""
    treaty = records.gaz.treaties[slug]
    if not any(d.precision == "day" and d.value == treaty.signed[:10] for d in s.of("date")):
        return None
    members = treaty.members | records.atop_members(slug)
    for lo, hi in _state_runs(s):
        if not _SIGNED_BY.search(s.text[:lo]) or _NEGATION.search(s.text[:lo]):
            continue
        codes = _codes([m for m in s.of("state") if lo <= m.start - s.start < hi and not _place(s, m)])
        outsiders = [c for c in codes if c not in members]
        if not outsiders or any(c in kin and members & kin for c in outsiders for kin in _KIN_CODES) \
                or _another_that_month(records, slug, outsiders, members):
            continue
        claim = _parties_claim(s, slug, codes, records)
        return claim if claim.verdict == "contradicts" else None
    return None


def _iso_day(value: str | None) -> datetime.date | None:
    """Return the day an ISO date (``YYYY-MM-DD``, perhaps longer) tells, else None."""
    try:
        return datetime.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _another_clause_parties(s: Sentence, more: Mapping[str, Sequence[Sequence[int]]], told: Sequence[Claim],
                            records: _Records) -> list[Claim]:
    """Return the claims that states told joining an agreement in a clause of their own (``more``: agreement to
    lists of states, each a clause's subject) are its parties, where a claim of ``told`` is already of that agreement
    and names none of a list ("A signed it in 1975; B adhered in 1993"): only where each is a member, never a
    contradiction (which clause's verb the record's claim read is not known)."""
    out: list[Claim] = []
    for slug, runs in more.items():
        said = " ".join(c.claimed for c in told if c.kind == "agreement_parties" and c.records
                        and c.records[0].id == slug)
        treaty = records.gaz.treaties[slug]
        whens = [treaty.signed] + [d.value for d in s.of("date") if d.value]
        for codes in runs:
            if any(_name(c, when) in said for c in codes for when in whens):
                continue  # (a state of theirs read already: the claim told is theirs)
            if (claim := _parties_claim(s, slug, codes, records)).verdict == "consistent":
                out.append(claim)
    return out


def _alone_in_clause(s: Sentence, lo: int, hi: int) -> bool:
    """Return whether the states of the list at ``lo``..``hi`` are the only states told in its clause."""
    a, b = next(((a - s.start, b - s.start) for a, b in _segments(s) if a - s.start <= lo < b - s.start),
                (0, len(s.text)))
    return not any(a <= m.start - s.start < b and not lo <= m.start - s.start < hi for m in s.of("state"))


#: Words of time alone before a clause's subject (its dates blanked as "DATE"): "Later that year A, too, acceded", "On
#: DATE, B signed".
_TIME_OPENS = re.compile(r"(?:^|.*[,;:—–]|.*,\s+(?:and|but|while|whereas)\b|.*\band\b)?\W*(?:(?:on|in|by|at|later|that|"
                         r"this|year|month|week|day|same|then|soon|after|afterwards|early|late|the|a|few|days?|weeks?|today|now|"
                         r"months?|years?|DATE)\W+)+", re.IGNORECASE | re.DOTALL)


#: A verb of leaving an agreement (:data:`_PARTY_VERB`): who leaves was a party, but one told to leave an agreement
#: it never was in is the exit's fault, not a party's.
_LEAVING = re.compile(r"(?:leaves|left|quit|withdrew)\b", re.IGNORECASE)


def _verb_start(s: Sentence, hi: int) -> int:
    """Return where the verb after the subject ending at ``hi`` begins (past :data:`_SUBJECT_GAP`)."""
    gap = _SUBJECT_GAP.match(s.text, hi)
    return gap.end() if gap is not None else hi


def _dated_in_clause(s: Sentence, told: Sequence[Claim], lo: int) -> set[str]:
    """Return the agreements whose signing a claim of ``told`` dates by a date told in the clause at ``lo`` ("In 1955
    A and B founded the Baghdad Pact", not "X was signed in 1947, and in 1948 C ratified the treaty")."""
    a, b = next(((a - s.start, b - s.start) for a, b in _segments(s) if a - s.start <= lo < b - s.start),
                (0, len(s.text)))
    return {c.records[0].id for c in told if c.kind == "agreement_date" and c.records and any(
        d.text in c.claimed and a <= d.start - s.start < b for d in s.of("date"))}


def _time_led(s: Sentence, lo: int) -> bool:
    """Return whether the subject at ``lo`` is led by words of time alone (:data:`_TIME_OPENS`: "In 1955 A and B
    founded ...")."""
    return _SUBJECT_OPENS.search(s.text[:lo]) is None


def _dates_blanked(s: Sentence, text: str) -> str:
    """Return ``text`` (the sentence's text from its start) with each date told in it as "DATE"."""
    for d in sorted(s.of("date"), key=lambda d: -d.start):
        lo, hi = d.start - s.start, d.end - s.start
        if hi <= len(text):
            text = text[:lo] + "DATE" + text[hi:]
    return text


#: An agreement's title the record may not hold: capitalised words ending in a word of agreement ("the Five Power
#: Defence Arrangements", "the Treaty of Amity of 1955").
_A_TITLE = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,6}(?:Treaty|Pact|Agreements?|Arrangements?|Convention|Accord|"
                      r"Protocol|Alliance|Entente|Charter)\b|\b(?:Treaty|Pact|Convention|Accord|Protocol)\s+of\s+"
                      r"[A-Z][\w'’-]*")


def _unknown_title(s: Sentence, lo: int, hi: int, at: int, kind: str) -> bool:
    """Return whether the agreement a list of states is told the parties of (:func:`_run_relation`) is one told by a
    title no agreement linked (:data:`_A_TITLE`): the subject of the verb that binds them ("The Five Power Defence
    Arrangements ... bound A and B"), the object right after the verb they are the subject of ("A and B signed the
    Treaty of Amity"), or the subject of the signing a partner after "with" is told beside."""
    linked = [(m.start - s.start, m.end - s.start) for m in s.of("agreement")]
    titles = [t for t in _A_TITLE.finditer(s.text) if not any(a < t.end() and t.start() < b for a, b in linked)
              and not any(m.start - s.start < t.end() and t.start() < m.end - s.start for m in s.of("state")
                          if m.start - s.start == t.start())]
    if kind == "subject":
        return any(re.fullmatch(r"\s*(?:the\s+)?", s.text[at:t.start()]) for t in titles)
    if kind in {"object", "with"}:
        clause = max([0, *(m.end() for m in re.finditer(r"[;:]", s.text[:lo]))])
        return any(clause <= t.start() and t.end() <= lo for t in titles)
    return False


#: A state's government told for the state, as the subject of a verb of signing or joining: "Belgium's government in
#: exile signed", "Poland's provisional cabinet adhered" (not an envoy's signature: "Chile's envoy signed").
_GOVERNMENT_OF = re.compile(r"['’]s\s+(?:(?:exiled|provisional|new|own|royal|military|civilian)\s+)?(?:government|"
                            r"cabinet|regime)(?:\s+in\s+exile)?\b"
                            # (or its name told put to an agreement, for its signature: "Chad's name went on the
                            # charter", "Peru's signature was added to it")
                            r"|['’]s\s+(?:name|signature|seal)(?=\s+(?:went|was\s+(?:put|added|set|placed))\s+"
                            r"(?:on|onto|to)\b)", re.IGNORECASE)


def _run_relation(s: Sentence, lo: int, hi: int) -> tuple[str, int] | None:
    """Return how the list of states at ``lo``..``hi`` is told as parties (``"subject"`` of a verb of
    :data:`_PARTY_VERB`, ``"member"`` by :data:`_MEMBER_NOUN`, ``"object"`` of :data:`_OBJECT_VERB`, ``"with"`` a
    partner ending its clause) with where the words after it begin, else None."""
    before, after = s.text[:lo], s.text[hi:]
    if (own := _ACCESSION_OF.match(after)) is not None:
        return "accession", hi + own.end()
    if _NOT_PARTY_BEFORE.search(before):
        return None
    if (own := _GOVERNMENT_OF.match(after)) is not None:  # ("Belgium's government in exile signed ...")
        hi, after = hi + own.end(), after[own.end():]
    gap = _SUBJECT_GAP.match(after)
    opens = _SUBJECT_OPENS.search(before) is not None or _TIME_OPENS.fullmatch(_dates_blanked(s, before)) is not None
    if gap is not None and opens and (verb := _PARTY_VERB.match(after, gap.end())):
        return "subject", hi + verb.end()
    if gap is not None and opens and (verb := _FOLLOWED.match(after, gap.end())) and _PARTY_VERB.search(before):
        return "subject", hi + verb.end()  # ("A signed it in May, and B followed in June": B joined it too)
    if opens and (noun := _MEMBER_NOUN.match(after)):
        return "member", hi + noun.end()
    if _OBJECT_VERB.search(before[-90:]) or _SIGNED_COLON.search(before):
        return "object", hi
    if _HAD_AMONG.search(before) and (among := _AMONG_ITS.match(after)) is not None:
        return "object", hi + among.end()  # ("The pact had Chile among its founders", "counted A and B as members")
    if _FRONTED_WITH.search(before) and (verb := _AFTER_FRONTED_WITH.match(after)) is not None:
        return "subject", hi + verb.end()  # ("With Yugoslavia they concluded the Balkan Pact": a partner)
    if _WITH_PARTNER.search(before) and re.match(r"\s*(?:[.;]|$|,\s+(?:and\s+)?(?:the\s+)?(?:two|both|all|which|"
                                                 r"who|whose|its|their)\b)", after) and _SIGNING.search(before):
        return "with", hi
    if (rel := _WHICH_SIGNED.match(after)) is not None and (verb := _PARTY_VERB.match(after, rel.end())):
        return "subject", hi + verb.end()  # (the antecedent of a relative clause: "..., and Chile, which signed it")
    return None


#: A verb of doing as an earlier clause's subject did, read as joining only after a verb of :data:`_PARTY_VERB`:
#: "A signed it in May, and B followed in June", "C acceded; D followed suit".
_FOLLOWED = re.compile(r"(?:followed|follows|did\s+(?:likewise|the\s+same|so))(?:\s+suit)?\b(?!\s+(?:by|the|a|an|its|"
                       r"their|his|her)\b)", re.IGNORECASE)


#: What follows a verb of signing or joining told without an object: "Panama joined too", "Colombia signed at Rio",
#: "which signed only in 2006", "acceded, like ...".
_BARE_VERB = re.compile(r"\s*(?:too\b|as\s+well\b|also\b|(?:at|in|on|soon|later|the\s+same|that|within|after|"
                        r"afterwards|early|late|only(?=\s+(?:in|on|at|after|when|later)\b))\b|,|\.|;|$)", re.IGNORECASE)


def _backstop_agreement(s: Sentence, lo: int, hi: int, at: int, kind: str, dated: set[str], referent: str | None,
                        records: _Records) -> tuple[str | None, bool, bool]:
    """Return the agreement a list of states told as parties (:func:`_run_relation`) is told of, whether it is
    named by its title, and whether the clause tells it (not guessed from the sentence or the article): the one
    named in its clause (the nearest, right after the verb where one is; the antecedent of a relative clause; "that
    treaty" told back), else, the verb told without an object, the one the sentence names alone, the one its signing
    found, or the one last spoken of ("Colombia signed at Rio", "Panama joined too"), else none."""
    seg = next(((a - s.start, b - s.start) for a, b in _segments(s) if a - s.start <= lo < b - s.start),
               (0, len(s.text)))
    mine = [m for m in s.of("agreement") if m.target and m.target.split(":", 1)[1] in records.gaz.treaties
            and seg[0] <= m.start - s.start < seg[1] and not (m.start - s.start < hi and lo < m.end - s.start)]
    if kind in {"subject", "member", "accession"}:
        # (the agreement is the verb's object, right after it: "A and B signed the Rio Treaty", "C joined it")
        # (or inside the noun of membership: "were among its founders", "were members of NATO")
        # (not an instrument of it: "signed its protocol of accession to NATO")
        mine = [m for m in mine if (kind == "member" and hi <= m.start - s.start < at) or (
            m.start - s.start >= at and re.fullmatch(
                r"\s*(?:(?:the|its|their|both|also|formally|in\s+turn|of|to|in|(?:1[5-9]|20)\d\d|"
                r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s)\s+)*",  # ("the League's defence treaty", "NATO's charter")
                s.text[at:m.start - s.start]) is not None)]
    if kind == "subject" and not mine:
        mine = _relative_antecedent(s, lo, records)  # ("the Rio Treaty, which Chile signed in 1947")
    slugs = list(dict.fromkeys((m.target or "").split(":", 1)[1] for m in mine))
    if len(slugs) > 1:
        nearest = min(mine, key=lambda m: abs(m.start - s.start - (at if m.start - s.start >= at else lo)))
        slugs = [(nearest.target or "").split(":", 1)[1]]
        mine = [nearest]
    if slugs:
        # (a pronoun of the agreement last spoken of is told as plainly as its title: "C signed it too", "D was
        # among its signatories")
        return slugs[0], all(m.how != "description" and (m.how != "anaphora" or (
            kind in {"subject", "member"} and slugs[0] == referent) or (
            kind == "object" and slugs[0] == referent and m.end - s.start <= lo
            and re.search(r"\b(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?$", s.text[:lo]) is not None))
            for m in mine), True
    told_back = re.match(r"\s*(?:(?:to|of|in|into)\s+)?(?:that|this|the(?:\s+same)?)\s+(?P<noun>treaty|pact|alliance|"
                         r"agreement|accord|convention|declaration|protocol)\b(?!\s+(?:of|on|with|between|which)\b"
                         r"|\s+that\b(?!\s+(?:day|week|month|year|spring|summer|autumn|winter)\b)"  # (not "that week")
                         r"|\s+(?-i:[A-Z]))", s.text[at:], re.IGNORECASE)
    if told_back is not None:  # ("..., which the Rio Treaty replaced, and both were parties to that treaty")
        noun = told_back.group("noun").casefold()
        earlier = [m for m in s.of("agreement") if m.target and m.end - s.start <= lo
                   and m.target.split(":", 1)[1] in records.gaz.treaties]
        fits = [m for m in earlier if noun in m.text.casefold()
                or noun in records.gaz.treaties[(m.target or "").split(":", 1)[1]].title.casefold()]
        if earlier:
            return ((fits or earlier)[-1].target or "").split(":", 1)[1], False, True
        # (none named before it in the sentence: the one last spoken of, where the words fit it: "C signed the same
        # alliance", "D, too, signed the declaration", not "E signed the treaty" after a declaration)
        same = told_back.group(0).casefold().split()[-2:-1] == ["same"]
        if kind in {"subject", "member"} and referent is not None and referent in records.gaz.treaties \
                and not s.agreements() and (same or noun in records.gaz.treaties[referent].title.casefold()) \
                and all(_alive(records.gaz.treaties[referent], int(d.value[:4])) for d in s.of("date") if d.value):
            return referent, True, False
        return None, False, True
    # (the verb told without an object: "Colombia signed at Rio", "Panama joined too"; one with an object no
    # agreement named is another agreement's: "signed the armistice", "left the council")
    bare = kind == "object" or _BARE_VERB.match(s.text[at:]) is not None or (
        not s.agreements() and re.match(r"\s*it\b", s.text[at:]) is not None) or (  # ("was admitted to it")
        # (told with a noun of membership or beside its co-signers, no object: "which signed as a full member",
        # "signed along with A and B", "signed with the others that day")
        _AS_PARTY.match(s.text, at) is not None or _BESIDE_SIGNERS.match(s.text, at) is not None)
    if not bare or (s.agreements() and kind != "subject" and len(s.agreements()) > 1):
        return None, False, False
    if len(s.agreements()) == 1 and s.agreements()[0] in records.gaz.treaties and kind != "with":
        return s.agreements()[0], False, False  # ("were original signatories in 2001, and both are still bound by
        # it")
    if len(dated) == 1 and kind != "with":  # ("signed a treaty with Britain": its signing's claim tells the parties)
        return next(iter(dated)), False, False
    if kind in {"subject", "member"} and referent is not None and referent in records.gaz.treaties \
            and not s.agreements() and all(_alive(records.gaz.treaties[referent], int(d.value[:4]))
                                           for d in s.of("date") if d.value):
        # (told back by a pronoun: "E signed it too", "F was among its signatories"; a contradiction where it is not)
        told_it = re.search(r"\b(?:its|those)\b", s.text[hi:at], re.IGNORECASE) is not None if kind == "member" \
            else re.match(r"\s*it\b", s.text[at:]) is not None or _AS_PARTY.match(s.text, at) is not None
        return referent, told_it, False  # (not one ended before: "The Warsaw Pact was dissolved in 1991. Poland
        # joined in 1999")
    return None, False, False


def _relative_antecedent(s: Sentence, lo: int, records: _Records) -> list[Mention]:
    """Return the agreement a relative clause whose subject starts at ``lo`` is of: the one named right before its
    pronoun ("NATO, which Spain joined in 1982", "the pact that Iraq left", "the Rio Treaty of 1947, which both
    signed"), as a list of its mention, else none."""
    rel = re.search(r"\b(?:which|that)\s+(?:both\s+|all\s+|each\s+)?(?:the\s+)?$", s.text[:lo], re.IGNORECASE)
    if rel is None:
        return []
    return [m for m in s.of("agreement") if m.target and m.target.split(":", 1)[1] in records.gaz.treaties
            and re.fullmatch(r"\s*(?:(?:of|in)\s+(?:\w+\s+){0,2}(?:1[5-9]|20)\d\d)?\s*,?\s*",
                             s.text[m.end - s.start:rel.start()]) is not None][-1:]


#: Co-signers told after the verb a list of states is the subject of: "signed at Rio along with A and B", "signed the
#: pact alongside them", "joined that year, together with C", "signed it with D and E".
_BESIDE_SIGNERS = re.compile(r"\s*\b(?:(?:along|together)\s+with|alongside|with)\s+(?:the\s+)?"
                             r"(?:(?P<them>them|the\s+others|the\s+other\s+two|both)\b|(?=(?-i:[A-Z])))", re.IGNORECASE)


def _signed_beside_members(s: Sentence, at: int, slug: str, records: _Records, two: Sequence[int]) -> bool:
    """Return whether the clause of a verb of signing or joining (ending at ``at``) tells co-signers after it
    (:data:`_BESIDE_SIGNERS`) who are all members of ``slug``: states listed, or "them" (the states ``two`` the
    article was about). The agreement is then told plainly however it was found (a description, the one last spoken
    of): its parties told beside the subject, a subject that never was one is a wrong party."""
    end = next((b.start() for b in _SEGMENT_BREAK.finditer(s.text, at)), len(s.text))
    members = records.gaz.treaties[slug].members | records.atop_members(slug)
    for beside in _BESIDE_SIGNERS.finditer(s.text, at, end):
        between = s.text[at:beside.start()].rstrip().removesuffix(",")  # (", together with C": the clause's own)
        if _NOT_PARTY_BEFORE.search(s.text[:beside.start()]) or re.search(r"[,;:]", between):
            return False
        if beside.group("them"):
            return len(two) >= 2 and set(two) <= members
        run = next((r for r in _state_runs(s) if r[0] == beside.end()), None)
        if run is None or _NOT_WITH_THEM.match(s.text, run[1]):
            return False
        codes = _codes([m for m in s.of("state") if run[0] <= m.start - s.start < run[1] and not _place(s, m)])
        return bool(codes) and set(codes) <= members
    return False


def _backstop_claim(s: Sentence, slug: str, codes: Sequence[int], named: bool, records: _Records) -> Claim | None:
    """Return the claim that ``codes`` are parties to ``slug`` (:func:`_parties_claim`) where it holds, or where it
    contradicts for an agreement named by its title (``named``) and no state told is kin (:data:`_KIN_CODES`) of a
    member; else None."""
    claim = _parties_claim(s, slug, codes, records)
    if claim.verdict == "consistent":
        return claim
    members = records.gaz.treaties[slug].members | records.atop_members(slug)
    outsiders = [c for c in codes if c not in members]
    if not named or not outsiders or any(c in kin and members & kin for c in outsiders for kin in _KIN_CODES):
        return None
    return claim


#: A state told with its verb left out after a clause whose subject joined or signed: "A joined in April and B in
#: September", "C acceded in 1955, then D a year later".
_GAPPED_RUN = re.compile(r"^\s*,?\s*(?:(?:only|also|too|later|itself|then|in\s+turn)\s*,?\s*)?(?:in|on|at|by|a\s+"
                         r"(?:day|week|month|year)\s+later|days|weeks|months|years)\b", re.IGNORECASE)


def _parties_per_clause(s: Sentence, records: _Records, told: list[Claim]) -> list[Claim]:
    """Return a sentence's claims (``told``) with a parties claim for each further list of states it tells joining,
    signing or belonging to the one agreement its claims already tell the parties (or a member's entry or exit) of,
    each list in a clause or with a verb of its own ("A signed it in 1975 and B adhered to it later", "C joined in
    April and D in September; E acceded on DATE", "F, a founding member, was suspended in 2011"): a reader claims
    each state's part apart. Each claim stands where its list is told among the sentence's parties claims; it is
    consistent where each state is a member, else none (the clause may tell of another act: "Sweden followed suit");
    where the clause gives a date with a year, read against each state's entry (:func:`_own_entry_claim`)."""
    slugs = {c.records[0].id for c in told if c.records and c.records[0].kind == "treaty"
             and c.records[0].id in records.gaz.treaties and (c.kind == "agreement_parties" or (
                 c.kind in {"agreement_date", "event_date"} and (": entry into " in c.claimed
                                                                 or ": exit from " in c.claimed)))}
    if len(slugs) != 1 or any(c.kind == "agreement_parties" and not c.records for c in told):
        return told
    slug = next(iter(slugs))
    treaty = records.gaz.treaties[slug]
    whens = [treaty.signed] + [d.value for d in s.of("date") if d.value]
    # (the states a claim of its parties or acts reads: not a count's pair, "the only bilateral one (A and B)")
    said = " ".join(c.claimed for c in told if c.records[:1] and c.records[0].id == slug
                    and c.kind in {"agreement_parties", "agreement_date", "event_date"})
    others = [m for m in s.of("agreement") if m.target and m.target != f"treaty:{slug}"]
    out = list(told)
    last: tuple[Claim, list[int]] | None = None  # (the claim the run before was read as, and its states)
    subject = False  # (whether the run before was the subject of a verb of joining: "A joined in May and B in June")
    for lo, hi in _state_runs(s):
        relation = _run_relation(s, lo, hi)
        gapped = relation is None and subject and _GAPPED_LEAD.search(s.text[:lo][-20:]) is not None \
            and _GAPPED_RUN.match(s.text[hi:]) is not None
        subject = relation is not None and relation[0] in {"subject", "accession"}
        agent = (relation is None or relation[0] == "object") and _FOUNDED_BY.search(s.text[:lo]) is not None
        if (relation is None or relation[0] not in {"subject", "member", "accession"}) and not gapped and not agent:
            last = None
            continue
        if relation is not None and relation[0] == "subject" and _time_led(s, lo) \
                and slug in _dated_in_clause(s, told, lo):
            continue  # ("In 1955 A and B founded the Baghdad Pact": the founding's date is what is told)
        followed = _FOLLOWED.match(s.text, _verb_start(s, hi))
        if followed is not None and not _BARE_VERB.match(s.text[followed.end():]):
            continue  # ("Spain did so because it feared Moscow": a reason, not the act told again)
        if _NEGATION.search(s.text[:lo]) or any(a - s.start <= lo < b - s.start and a <= m.start < b
                                                 for a, b in _segments(s) for m in others):
            continue  # (a clause naming another agreement tells of that one)
        codes = _codes([m for m in s.of("state") if lo <= m.start - s.start < hi and not _place(s, m)
                        and (not re.match(r"['’]s\b", s.text[m.end - s.start:])
                             or _GOVERNMENT_OF.match(s.text, m.end - s.start) is not None
                             or _ACCESSION_OF.match(s.text, m.end - s.start) is not None)])
        runs = [r for r in _state_runs(s) if r[0] >= hi]
        partner = runs[0] if runs and re.search(r"\bwith\s+(?:the\s+)?$", s.text[hi:runs[0][0]]) \
            and not re.search(r"[,;:]", s.text[hi:runs[0][0]]) else None
        partners = _codes([m for m in s.of("state") if partner and partner[0] <= m.start - s.start < partner[1]])
        if not codes or any(_name(c, when) in said for c in [*codes, *partners] for when in whens):
            continue  # (a state a claim of the sentence reads already, or its partner: "which A signed with B")
        dated = _own_entry_claim(s, slug, codes, hi, runs[0][0] if runs else len(s.text), records)
        if gapped and dated is not None:
            continue  # (a state told with the verb left out, at a year: its entry's claim, :func:`_gapped_entries`)
        if gapped and last is not None:  # (the list before's verb told once: one claim of both)
            joined = _parties_claim(s, slug, [*last[1], *codes], records)
            if joined.verdict == "consistent":
                out[out.index(last[0])] = joined
                last = (joined, [*last[1], *codes])
                said += " " + joined.claimed
            continue
        own = s
        if relation is not None and relation[0] == "subject" and re.search(r"\band\s+(?:the\s+)?$", s.text[:lo]):
            # (a clause of its own, read by its own dates: "which A signed in 1975 and B adhered to after
            # independence" tells no date of B's entry)
            end = runs[0][0] if runs else len(s.text)
            own = Sentence(s.start, s.end, s.text, tuple(m for m in s.mentions if m.kind != "date"
                                                          or lo <= m.start - s.start < end))
        claim = dated or _parties_claim(own, slug, codes, records)
        last = None if claim.verdict != "consistent" or dated is not None else (claim, codes)
        if claim.verdict != "consistent" and dated is None and not _joined_it_outsider(s, relation, claim):
            continue  # (one never a member: the clause may tell of another act, "Sweden followed suit")
        said += " " + claim.claimed
        at = next((i for i, c in enumerate(out) if c.kind == "agreement_parties" and _told_at(s, c, whens) > lo), None)
        out.insert(len(out) if at is None else at, claim)
    return out


#: A list of states told as the founders or signers of an agreement by a passive verb's agent: "founded in 1949 by A, B
#: and C", "set up at Bogotá by D and E", "established, on 2 May, by F and G" (the clause's agreement is the one read).
_FOUNDED_BY = re.compile(r"\b(?:founded|co-founded|established|created|formed|set\s+up|launched|signed|concluded)\b"
                         r"(?:(?!\b(?:and|but|while|whereas|which|who|was|were|is|are)\b)[^;.:]){0,60}?"
                         r"\bby\s+(?:the\s+)?$", re.IGNORECASE)

#: A verb of joining an agreement with the agreement its object told again by a pronoun or "the same" noun: "joined
#: it", "acceded to it", "adhered to the same pact" (what a clause after one telling the agreement refers to).
_JOINED_IT = re.compile(r"(?:joined|acceded(?:\s+to)?|adhered(?:\s+to)?)\s+(?:to\s+)?(?:it|the\s+same\s+(?:pact|"
                        r"treaty|alliance|agreement|accord|convention))\b(?!\s*(?:was|is|had|has|were)\b)",
                        re.IGNORECASE)


def _joined_it_outsider(s: Sentence, relation: tuple[str, int] | None, claim: Claim) -> bool:
    """Return whether a clause's parties ``claim`` that the record contradicts (a state never a party: not a late one)
    stands as a contradiction: the list is the subject of a verb of joining whose object is the sentence's one agreement
    told again ("A joined it in June, and B joined it days later": B never was a party); a clause with another verb or
    object may tell of another act, and says nothing."""
    if relation is None or relation[0] != "subject" or not claim.claimed.startswith("parties include "):
        return False
    verb = s.text[:relation[1]]
    start = max(verb.rfind(w) for w in ("joined", "acceded", "adhered"))
    return start >= 0 and _JOINED_IT.match(s.text, start) is not None


def _told_at(s: Sentence, claim: Claim, whens: Sequence[str]) -> int:
    """Return where in the sentence's text a claim's states or dates are first told (a date it reads, else a state it
    names by its name at one of ``whens``), else the sentence's end."""
    spots = [d.start - s.start for d in s.of("date") if d.text and d.text in claim.claimed]
    spots = spots or [m.start - s.start for m in s.of("state") if m.target and any(
        _name(int(m.target.removeprefix("state:")), when) in claim.claimed
        for when in whens)]
    return min(spots, default=len(s.text))


def _own_entry_claim(s: Sentence, slug: str, codes: Sequence[int], hi: int, end: int,
                     records: _Records) -> Claim | None:
    """Return the claim that ``codes`` became parties to ``slug`` at the date their own clause tells (the first date
    with a year after the list ending at ``hi``, before ``end`` and within its clause: "Tunisia signed it in 2001"),
    read against each state's entry in the record (a founder's: the signing), the worst verdict of theirs; None where
    the clause tells no such date or the record dates no entry of a state."""
    date = next((d for d in s.of("date") if d.value and hi <= d.start - s.start < end
                 and re.search(r"\d{3,4}", d.text) and not re.search(r"[;:]", s.text[hi:d.start - s.start])), None)
    if date is None:
        return None
    treaty = records.gaz.treaties[slug]
    entries: dict[int, str] = {}
    for agreement, code, entered, _ in records.member_dates():
        if agreement == slug and code in codes:
            entries[code] = min(entries.get(code, "9999"), entered or treaty.signed)
    if set(codes) - set(entries):
        return None
    rank = {"consistent": 0, "within_tolerance": 1, "contradicts": 2}
    read = [(compare_dates(date.value or "", entries[c], "in_force"), c) for c in codes]
    (verdict, reason), code = max(read, key=lambda r: rank.get(r[0][0], 3))
    if verdict not in rank:
        return None
    short = re.sub(r"\s*\(.*", "", records.treaty_ref(slug).label)
    names = ", ".join(_name(c, entries[c]) for c in codes)
    return Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                 claimed=f"parties: {names}: entry into {short} {date.text}", verdict=verdict,
                 record_value="entered " + ", ".join(f"{_name(c, entries[c])} {entries[c]}" for c in codes),
                 reason=f"{reason} ({_name(code, entries[code])}'s entry recorded then)",
                 records=[records.treaty_ref(slug)])



#: A word telling states in a relation of membership to an agreement, in any form: signing, joining, adhering,
#: acceding, ratifying, adopting, belonging, leaving, being its founders, members or signatories.
_MEMBERSHIP_WORD = re.compile(r"\b(?:sign(?:ed|ing|s)?|signator(?:y|ies)|signatures?|co-?sign\w*|join(?:ed|ing|s)?|"
                              r"acce(?:ded|des?|ding|ssions?)|adher(?:ed|es?|ing|ence)|ratif(?:ied|ies|y|ying|ication)|"
                              r"adopt(?:ed|ing|s)?|belong(?:ed|ing|s)?|members?|membership|founders?|founding|"
                              r"co-?founded|founded|parties|party|left|leav(?:es?|ing)|withdr[ae]w\w*|quit|admitted|"
                              r"entered|entry)\b", re.IGNORECASE)

#: A verb of taking up or leaving an agreement right after the states its subject, in any form the narrower rules
#: lack: "Ghana adopted the charter", "Togo, too, ratified it", "Benin then followed" (after another such verb).
_TOOK_IT_UP = re.compile(r"(?:\s*,\s*(?:too|also|in\s+turn)\s*,|\s+(?:also|too|then|later|itself|formally|finally|"
                         r"eventually|quickly|promptly|only|duly))*\s+(?:adopted|signed|co-?signed|joined|acceded|"
                         r"adhered|ratified|entered|left|quit|withdrew|followed|subscribed)\b", re.IGNORECASE)

#: A noun of an agreement.
_AGREEMENT_NOUN = re.compile(r"\b(?:treaty|treaties|pacts?|alliances?|agreements?|accords?|conventions?|protocols?|"
                             r"charters?|declarations?)\b", re.IGNORECASE)

#: A sentence denying what it tells.
_DENIED = re.compile(r"\b(?:not|never|no|nor|neither|none)\b|n['’]t\b", re.IGNORECASE)

#: The kinds of claim whose reading of an agreement a sentence's states may be told members of.
_READ_KINDS = frozenset({"agreement_date", "event_date", "ending"})

#: "the wrong year: 2005 for 2004": an act's date the record contradicts by its year alone.
_YEAR_FOR_YEAR = re.compile(r"the wrong year: (\d{4}) for (\d{4})$")


def _parties_of_what_was_read(s: Sentence, records: _Records, told: Sequence[Claim],
                              two: Sequence[int] = ()) -> list[Claim]:
    """Return the parties claims of a sentence no rule read parties from, where its other claims (a date's, an
    event's, an ending's: ``told``) were read against one stored agreement and the sentence tells states in a relation
    of membership to it (:data:`_MEMBERSHIP_WORD`): a member's entry or exit an event's claim read, as the parties
    claim it makes too, with its verdict (a contradiction only of an act told a year off, no founder's: "Chad's exit
    took effect in 2006", recorded in 2005); else the states told as subjects, members or objects of membership
    (:func:`_run_relation`, :data:`_TOOK_IT_UP`: "Chad and Niger were founding members of the accord of DATE",
    "Ghana adopted the charter in 1961, Togo followed in 1963") read against its members (:func:`_backstop_claim`),
    none where the sentence denies what it tells or its date of the agreement is contradicted, the agreement told by
    no title of its own or by one with that date (another agreement of that name, perhaps), nor where a state told
    signing or joining, not leaving nor a member by a noun, is one of its founders and the sentence dates the
    agreement wrongly or leads with the date (its signing: the date's claim). A contradiction only of an agreement
    named by its title right after the states (no other agreement's noun between). A word for two ("Both were
    founding members of the Union's constitutive act in July 2000") stands for the states ``two``, as a subject or
    a member only, and makes no contradiction (who "both" are is read loosely)."""
    if any(c.kind == "agreement_parties" for c in told) or _DENIED.search(s.text):
        return []
    slugs = {c.records[0].id for c in told if c.kind in _READ_KINDS and c.records and c.records[0].kind == "treaty"
             and c.records[0].id in records.gaz.treaties}
    if len(slugs) != 1 or _MEMBERSHIP_WORD.search(s.text) is None:
        return []
    (slug,) = slugs
    acts = [c for c in told if c.kind in {"event_date", "agreement_date"} and c.records[:1]
            and c.records[0].id == slug and any(a in c.claimed for a in (": entry into ", ": exit from "))]
    if any(c.kind == "agreement_date" for c in acts):
        return []  # (an entry a date's claim read: :func:`_entries_as_parties`)
    if acts:
        return [c.model_copy(update={"kind": "agreement_parties", "claimed": f"parties: {c.claimed}"}) for c in acts
                if c.verdict in {"consistent", "within_tolerance"} or (
                    (off := _YEAR_FOR_YEAR.search(c.reason)) is not None and abs(int(off[1]) - int(off[2])) == 1
                    and not c.record_value.endswith(records.gaz.treaties[slug].signed))]  # (a founder's: its signing)
    mine = [m for m in s.of("agreement") if m.target == f"treaty:{slug}"]
    named = bool(mine) and all(m.how not in {"anaphora", "description"} for m in mine)
    if any(c.kind == "agreement_date" and c.verdict == "contradicts" and c.records[0].id == slug for c in told) and (
            not named or any(re.search(r"\b\d{4}\b", m.text) or re.match(
                r"\s+of\s+(?:\w+\s+){0,2}\d{4}\b", s.text[m.end - s.start:]) for m in mine)):
        return []  # ("Greece was a third signatory of the Ankara pact of 1933": the 1934 pact, or another of 1933?)
    codes: list[int] = []
    pointed = member = leaving = led = loose = False
    for lo, hi, pair_told in _runs_told(s, two):
        relation = _run_relation(s, lo, hi)
        if pair_told and (relation is None or relation[0] not in {"subject", "member"}
                          or any(m.start - s.start < lo for m in s.of("state"))):
            continue  # ("Both were founding members of the Union's act in July 2000": the two, as subject or member;
            # not after a state named: "Britain followed in 1955, and both are still members")
        loose = loose or bool(pair_told)  # ("both": who they are is the article's pair, read loosely)
        took = _TOOK_IT_UP.match(s.text, hi)
        if relation is None and _WITH_THEM.search(s.text[:lo]) and _AS_PARTY.match(s.text, hi):
            relation = ("member", hi)  # ("..., with Paris as the third party": told a party by the noun)
        if relation is None and (took is None or (took[0].strip().lower().endswith("followed")
                                                 and not _MEMBERSHIP_WORD.search(s.text[:lo]))):
            continue
        member = member or (relation is not None and relation[0] == "member")
        led = led or _time_led(s, lo)
        leaving = leaving or _LEAVING.match(s.text, hi + len(s.text[hi:]) - len(s.text[hi:].lstrip())) is not None
        # (the agreement the states are told of is the one named next, no other agreement's noun between: not "A
        # signed the Rio Treaty, and B the Manila pact")
        after = [m for m in mine if m.start - s.start >= hi]
        pointed = pointed or (relation is not None and bool(after) and _AGREEMENT_NOUN.search(
            s.text[hi:after[0].start - s.start]) is None)
        codes += [c for c in pair_told or _codes([m for m in s.of("state") if lo <= m.start - s.start < hi
                                                  and not _place(s, m)]) if c not in codes]
    entered = records.entry_years(slug)
    signed = int(records.gaz.treaties[slug].signed[:4])
    if not codes or (any(c.kind == "agreement_date" and c.records[:1] and c.records[0].id == slug
                         and (led or c.verdict == "contradicts") for c in told) and not member and not leaving
                     and any(entered.get(c, signed) <= signed for c in codes)):
        return []  # ("Britain signed the Declaration on 1 January 1943", "In 1955 A and B founded it": a founder's
        # signing, its date's claim)
    claim = _backstop_claim(s, slug, codes, named and pointed and not loose, records)
    return [claim] if claim is not None else []


#: A count of an agreement's parties: "its four signatories", "three signatures on it", "Four states: A, B, C and D",
#: "the same four powers", "the 12 founding members" (not "two other states": a count beside others).
_COUNTED_PARTIES = re.compile(rf"(?<![\w-])(?P<n>{_NUMBER_WORDS}|\d{{1,2}})\s+(?:(?:original|founding|signatory|"
                              r"member|contracting|great|European|Arab|Balkan)\s+)?(?P<noun>signatures|signatories|"
                              r"signers|parties|members|member\s+states|states|powers|governments|nations|countries)\b"
                              r"(?!\s+(?:that|which|who)\s+(?:had\s+)?(?:not|never|refused|stayed)\b)", re.IGNORECASE)


#: How a count of parties is told of an agreement the sentence names not: "its four signatories", "the same four
#: powers", "Four states:" opening the sentence (after a speaker's name in a transcript: "ANNA: Five states.").
_COUNT_OF_IT = re.compile(r"(?:\b(?:its|their|the\s+same|all)\s+$|^\W*(?:(?-i:[A-Z][A-Z]+):\s*)?$)", re.IGNORECASE)


def _counted_parties(s: Sentence, records: _Records, referent: str | None, told: Sequence[Claim]) -> list[Claim]:
    """Return the claim a sentence makes by counting an agreement's parties (:data:`_COUNTED_PARTIES`: "ANZUS
    has always had three signatures on it", "A and B were two of its four signatories, alongside C and D", "Four
    states: A, B, C and D"; not "the two states", a pair told back), where no claim of the sentence tells
    parties: consistent where the count is the number of its founders (the members that entered in the year it was
    signed) or of all its members, and every state the sentence names as no place is a member; else none (a count
    is loosely told: of a day, of founders or of all who ever joined; never a contradiction). The agreement is the one
    the sentence names, else the one its other claims were read against, else, the count told as "its", "the same"
    or opening the sentence, the one the article was last about (``referent``)."""
    if any(c.kind == "agreement_parties" for c in told) or _NEGATION.search(s.text):
        return []
    found = next((f for f in _COUNTED_PARTIES.finditer(s.text)
                  if (n := number_value(f.group("n"))) is not None and 2 <= n <= 60
                  and not (n == 2 and re.search(r"\b(?:the|these|those|both)\s+$", s.text[:f.start()], re.IGNORECASE))),
                 None)
    if found is None:
        return []
    count = number_value(found.group("n")) or 0
    slugs = list(dict.fromkeys(slug for slug in s.agreements() if slug in records.gaz.treaties))
    if not slugs:
        slugs = list(dict.fromkeys(c.records[0].id for c in told if c.records and c.records[0].kind == "treaty"
                                   and c.records[0].id in records.gaz.treaties))
    if not slugs and not s.agreements() and referent is not None and referent in records.gaz.treaties \
            and _COUNT_OF_IT.search(s.text[:found.start()]) is not None:
        slugs = [referent]
    if len(slugs) != 1:
        return []
    (slug,) = slugs
    if re.match(r"\s+(?:(?:all|also|then|later|jointly|formally)\s+)?(?:had\s+)?" + _SIGNING.pattern,
                s.text[found.end():], re.IGNORECASE) is not None and any(
            c.kind == "agreement_date" and c.records[:1] and c.records[0].id == slug for c in told):
        return []  # ("In 1954 eight states signed the Manila Pact": a signing and its date, what the sentence tells)
    treaty = records.gaz.treaties[slug]
    members = set(treaty.members | records.atop_members(slug))
    entered = records.entry_years(slug)
    founders = {c for c in members if entered.get(c, int(treaty.signed[:4])) <= int(treaty.signed[:4])}
    codes = _codes([m for m in s.of("state") if m.target and not _place(s, m)])
    if count not in {len(founders), len(members)} or any(c not in members for c in codes):
        return []
    names = ", ".join(_name(c, treaty.signed) for c in sorted(members))
    told_names = "".join(f": {_name(c, treaty.signed)}" if i == 0 else f", {_name(c, treaty.signed)}"
                         for i, c in enumerate(codes))
    return [Claim(kind="agreement_parties", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{found.group(0)}{told_names}", verdict="consistent", record_value=f"parties: {names}",
                  reason=f"the record holds {count} parties"
                         f"{' at its signing' if count == len(founders) else ''}", records=[records.treaty_ref(slug)])]
def _outsiders_aimed_at(s: Sentence, records: _Records, claims: list[Claim]) -> list[Claim]:
    """Return a sentence's ``claims`` without the parties contradictions that rest only on states the sentence tells
    as the ones an act is aimed at ("Japan, already at war with Germany, acceded to it": Germany is no party told;
    "signed a convention promising to force the Egyptian back"), or by a short name one of the agreement's members
    bears too ("Congo" of a pact of the Democratic Republic of the Congo: :func:`_member_so_named`), or, where the
    sentence tells other states parties, with those read instead. A false contradiction costs more than a claim left
    unread."""
    out: list[Claim] = []
    for c in claims:
        slug = c.records[0].id if c.records else ""
        if c.kind != "agreement_parties" or c.verdict != "contradicts" or not c.claimed.startswith(
                "parties include ") or slug not in records.gaz.treaties:
            out.append(c)
            continue
        treaty = records.gaz.treaties[slug]
        members = treaty.members | records.atop_members(slug)
        told = [m for m in s.of("state") if m.target and not _place(s, m)]
        outside = [m for m in told if int(m.target.split(":")[1]) not in members]  # type: ignore[union-attr]
        if not outside or not all(_aimed_at(s, m) or _member_so_named(m, members, treaty.signed) for m in outside):
            out.append(c)
            continue
        inside = list(dict.fromkeys(int(m.target.split(":")[1]) for m in told  # type: ignore[union-attr]
                                    if m not in outside and not _aimed_at(s, m)))
        inside += [code for m in outside if (code := _member_so_named(m, members, treaty.signed)) and not
                   _aimed_at(s, m) and code not in inside]
        if inside and not any(o.kind == "agreement_parties" and o.records[:1] == c.records[:1] and o is not c
                              and o.verdict != "contradicts" for o in claims):
            out.append(_parties_claim(s, slug, inside, records))
    return out


def _member_so_named(mention: Mention, members: frozenset[int] | set[int], when: str) -> int | None:
    """Return the one member of an agreement (``members``, at its signing ``when``) whose name, without the words of
    a form of state (:data:`_STATE_FORM`), is the mention's words, where the mention is linked to another state of
    that same name ("Congo": the Democratic Republic of the Congo as well as the Republic of the Congo; "Yemen",
    "Korea"; not "Ireland" of the United Kingdom of Great Britain and Northern Ireland), else None: the article may
    mean that member."""
    told = _core_name(mention.text)
    if len(told) < 4 or not mention.target or _core_name(_name(int(mention.target.split(":")[1]), when)) != told:
        return None
    found = [code for code in members if _core_name(_name(code, when)) == told]
    return found[0] if len(found) == 1 else None


#: The words of a state's name that tell its form, not which it is ("Democratic Republic of the", "Kingdom of").
_STATE_FORM = re.compile(r"\b(?:the|of|democratic|people'?s|popular|republic|kingdom|united|federal|socialist|islamic|"
                         r"arab|state|states|union|federation|commonwealth|empire|dominion|sultanate|emirate|"
                         r"principality|grand\s+duchy)\b", re.IGNORECASE)


def _core_name(name: str) -> str:
    """Return a state's name without the words of its form (:data:`_STATE_FORM`), lower case: "congo", "korea"."""
    return " ".join(_STATE_FORM.sub(" ", name.replace("’", "'")).split()).casefold()
