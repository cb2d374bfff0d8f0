"""The claims of an article, sentence by sentence: each sentence's mentions read by every kind's rules."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from foedus.check.claims._clauses import _TITLE_OF, _UNKNOWN_TITLE, _signing_of
from foedus.check.claims._records import (
    _ANOTHER_YEAR,
    _act_of_another_told,
    _act_of_their_agreement,
    _act_of_what_it_tells,
    _acted_that_day,
    _another_act_that_day,
    _before_its_signing,
    _described_of_states,
    _gapped_entries,
    _member_that_day,
    _members_other_act,
    _not_in_record,
    _one_signed_that_day,
    _other_agreement_signed_then,
    _Records,
    _signed_that_day,
    _year_untold,
)
from foedus.check.claims._referents import (
    _UNLINKED_AGREEMENT,
    _as_told,
    _capital_referent,
    _compared_only,
    _live_referent,
    _of_another_kind,
    _pairs_named,
    _resolve,
    _without_frames,
)
from foedus.check.claims._sentences import Sentence, dateline_dates, sentences, with_words_back, without_asides
from foedus.check.claims._words import _ACTING_IT, _ANAPHORA, _ENDING_WORD, _EXPLETIVE_IT, _IN_FORCE, _JOINING, _SIGNING
from foedus.check.claims.agreement_dates import (
    _MONTH_NUMBER,
    _agreement_claims,
    _dated_agreement_unread,
    _duration_claims,
)
from foedus.check.claims.counts import (
    _SINCE_WORDS,
    _count_claims,
    _labelled_claims,
    _never_signed_claims,
    _no_breach_backstop,
    _no_breach_claims,
    _none_binding_claims,
    _none_of_kind_backstop,
    _only_binding_claims,
    _part_claims,
    _whole_counts,
    _with_parts,
)
from foedus.check.claims.endings import (
    _alive_then,
    _dated_by_its_ending,
    _ended_by_the_sentences_event,
    _ended_then,
    _ending_backstop,
    _ending_elsewhere,
    _endings_per_clause,
    _group_in_force,
    _pair_breach_claims,
    _plural_endings,
    _predecessor_replaced,
    _promise_broken,
    _unknown_descriptions,
)
from foedus.check.claims.events import (
    _acts_at_its_date,
    _acts_beside_a_signing,
    _begun_since,
    _counted_from_another,
    _event_claims,
    _event_of_another_act,
    _event_parts,
    _one_predicate,
    _relatively_dated_acts,
    _told_again,
    _undated_acts,
    _undated_clauses,
    _unread_dated_acts,
)
from foedus.check.claims.leaders import _leader_claims
from foedus.check.claims.lists import _document_references, _lists_apart
from foedus.check.claims.memberships import (
    _in_force_claims,
    _member_since,
    _membership_claims,
    _signed_it_too,
    _with_entry_parties,
)
from foedus.check.claims.parties import (
    _allied_claims,
    _belong_to_it,
    _beside_in,
    _counted_parties,
    _founders_listed,
    _group_parties,
    _joined_partners,
    _joined_too,
    _members_were,
    _membership_statements,
    _never_left,
    _only_these,
    _outsiders_aimed_at,
    _pair_bound_now,
    _pair_signed,
    _pair_still_bound,
    _parties_backstop,
    _parties_of_what_was_read,
    _parties_per_clause,
    _party_to_it,
    _promise_parties,
    _promised_agreement,
    _signing_parties,
    _stayed_out,
    _the_two,
    _together_with,
)
from foedus.check.claims.unknown_names import _signed_with_others, _unknown_named_before, _unknown_names
from foedus.check.claims.unnamed import _UNNAMED, _dated_names, _unnamed_signings
from foedus.check.mentions import Gazetteer, article_pair, contextual_descriptions
from foedus.check.models import Claim, Mention

if TYPE_CHECKING:
    from foedus.store import Store


def find_claims(store: Store, gaz: Gazetteer, text: str, mentions: Sequence[Mention], *,
                lines: bool = False, as_of: int) -> list[Claim]:
    """Return the claims the article makes, in order, each with the record's verdict; claims about "now" are read at
    the end of year ``as_of``."""
    records = _Records(store, gaz, as_of)
    mentions = _as_told(mentions)
    filed = dateline_dates(text, mentions)  # ("CAIRO, 5 May 2019 (Nile Wire) - Sixty years ago today ...")
    mentions = [m for m in mentions if m.start not in filed]
    pair = article_pair([m for m in mentions if m.kind == "state"])
    records.pair = pair
    named_agreements = {m.target for m in mentions if m.kind == "agreement" and m.target}
    records.named = {t.removeprefix("treaty:") for t in named_agreements}
    pair_alliances = [t.slug for t in gaz.treaties.values() if len(pair) == 2 and set(pair) <= t.members
                      and t.kind not in {"border", "trade", "joint_statement", "declaration"}]
    claims: list[Claim] = []
    recent: list[Mention] = []  # agreements named so far, the latest last
    last_claims: list[Claim] = []  # the last sentence's claims
    told_of: list[list[str]] = []  # each sentence's agreements named or told signed, every one ("Both lapsed")
    referent: str | None = None  # the agreement the last sentence naming one was about (its first)
    context: list[int] = []  # the states of the last sentence naming any: who "it" and "the three" may be
    year: int | None = None  # the year the article last wrote: the time an ordinal ("the second alliance") is told at
    told_year: int | None = None  # the same, told past its first sentence (its dateline or Published line tells no
    # time of the matters it tells: an undated act before any date is told is read at none)
    beside: list[Mention] = []  # an agreement the last sentence told by its words beside one it named
    named_since = False  # whether a sentence since that year named an agreement and told no date: "it" next is that
    # one whatever the year ("... a treaty of 1930. What of the Treaty of Guarantee? It is still in force.")
    then: list[Mention] = []  # the dates of the last sentence telling a time, not a rule's bounds: what "then" is
    then_end = 0  # where that sentence ends (a paragraph begun since, a blank line or, line by line, a line between,
    # tells its own "then")
    unknown_last = False  # whether the last sentence told of an agreement the record does not hold
    follows_entry = False  # whether the last sentence told a state's signing or entry ("B followed in 2004" next)
    since_count = 9  # sentences since the last that counted the pair's agreements ("They share three pacts.")
    counted_pair: tuple[int, ...] = ()  # the pair the last count was of, while no sentence since named states
    described = contextual_descriptions(text, gaz, list(mentions))
    for sentence in sentences(text, sorted([*mentions, *described], key=lambda m: (m.start, -m.end)), lines=lines):
        seen = [*recent, *beside]  # (an agreement told by its words beside one named: for this sentence only)
        anaphors = [a for a in _ANAPHORA.finditer(sentence.text) if not any(
            m.start < sentence.start + a.end() and sentence.start + a.start() < m.end
            for m in sentence.of("agreement")) and not _ACTING_IT.match(sentence.text, a.end())
            and not (a.group(0).strip().casefold().endswith("it") and (expletive := _EXPLETIVE_IT.match(
                sentence.text)) is not None and a.start() < expletive.end())
            and (not a.group("cap") or (seen and _capital_referent(  # ("the Ifrane treaty": none of those named)
                sentence, a, referent or (seen[-1].target or "").removeprefix("treaty:"), seen, gaz)))]
        anaphor = anaphors[0] if anaphors else None
        # ("It was X that ended it")
        leading = anaphor is not None and anaphor.start() < min(
            [m.start - sentence.start for m in sentence.of("agreement")] or [len(sentence.text)])
        # the year the anaphor is told at: a date before it in its sentence or after it in its clause, else the last
        # the article wrote ("San Salvador broke the alliance, and it never recovered: Honduras left in 1973": not 1973)
        said = [int(m.value[:4]) for m in sentence.of("date") if m.value and anaphor is not None and (
            m.start < sentence.start + anaphor.start()
            or not re.search(r"[,;:]", sentence.text[anaphor.end():m.start - sentence.start]))]
        at_year = None if named_since else year
        resolved = _resolve(anaphor.group(0), seen, referent, gaz, said[-1] if said else at_year) \
            if seen and anaphor is not None else None
        noun = anaphor.group(0).strip().split()[-1] if anaphor is not None else ""
        if resolved is not None and noun in {"League", "Entente", "Confederation", "Union", "protocols", "accords"} \
                and noun.casefold() not in gaz.treaties[resolved].title.casefold() and not any(
                noun.casefold() in m.text.casefold() and m.target == f"treaty:{resolved}" for m in seen):
            resolved = None  # "the League", a name: not the agreement last told of where none of that name was (nor
            # "the protocols" where none was called so)
        if resolved is not None and anaphor is not None and noun == "Act":
            resolved = _called_so(anaphor.group(0), seen, gaz)
        if anaphor is not None and seen and not _in_an_ending_clause(sentence.text, anaphor) and (
                later := _ending_subject(sentence.text, anaphors[1:])) is not None:
            # ("proclaimed the union on 12 May 1961, and the old pact lapsed": the one an ending is told of)
            anaphor = later
            leading = False
            said = [int(m.value[:4]) for m in sentence.of("date") if m.value and (
                m.start < sentence.start + later.start()
                or not re.search(r"[,;:]", sentence.text[later.end():m.start - sentence.start]))]
            resolved = _resolve(later.group(0), seen, referent, gaz, said[-1] if said else at_year)
            noun = later.group(0).strip().split()[-1]
        if resolved is not None and anaphor is not None:  # "The Rio pact": the one named by that word
            resolved = _capital_referent(sentence, anaphor, resolved, seen, gaz)
        if unknown_last and anaphor is not None and re.match(r"\W*(?:\w+\s+)?it\b|\W*(?:signed|concluded|sealed|"
                                                             r"negotiated|drafted)\b", anaphor.group(0), re.IGNORECASE):
            resolved = None  # "...a protocol ..., signed in 1961. It is still in force.": that one ("The border
            # treaty. Concluded in 1960, it ...": that one too)
        if resolved is not None and anaphor is not None and _signed_with_others(sentence, anaphor,
                                                                                gaz.treaties[resolved].members):
            resolved = None  # "the treaty he signed with Tito's Yugoslavia": one of Yugoslavia's, told by its clause
        other_kind = resolved is not None and anaphor is not None and _of_another_kind(anaphor.group(0),
                                                                                       gaz.treaties[resolved])
        if other_kind:
            resolved = None  # "The boundary treaty." after a treaty of friendship: another, which the record lacks
        if anaphor is not None and _unknown_named_before(sentence, anaphor.start()):
            resolved = None  # "X had signed the Algiers Agreement in 1975; Baghdad tore it up in 1980": that one
        if resolved is not None and anaphor is not None and any(
                not {a, b} <= gaz.treaties[resolved].members for a, b in _pairs_named(sentence, anaphor.start())):
            resolved = None  # "Britain and Russia ... the alliance": not the last agreement, which is of other states
        if resolved is not None and anaphor is not None and (not sentence.agreements() or leading):
            found = anaphor.group(0)
            if found.casefold().startswith("it "):  # "it was broken": the pronoun
                word, at = "it", anaphor.start()
            elif found.casefold().split()[-1] in {"it", "this", "that", "which"}:  # "broke it", "called that"
                word = found.strip().split()[-1]
                at = anaphor.end() - len(word)
            else:
                word = found.strip()
                at = anaphor.end() - len(word)
            stand_in = Mention(kind="agreement", text=word, start=sentence.start + at,
                               end=sentence.start + at + len(word), target=f"treaty:{resolved}", how="anaphora")
            kept = tuple(m for m in sentence.mentions if not (m.kind == "state" and stand_in.start <= m.start
                                                               and m.end <= stand_in.end))
            # (a state's word inside it is the agreement's own, "The Rio pact", "the Italian guarantee": no party told)
            sentence = Sentence(sentence.start, sentence.end, sentence.text,
                                tuple(sorted((*kept, stand_in), key=lambda m: m.start)))
        sentence = _without_frames(sentence)
        since_count = 0 if _whole_counts(sentence) else since_count + 1
        if since_count == 0:  # ("Two agreements in all." of the article's pair: "Both are still in force" next)
            counted_pair = tuple(sentence.states()[:2]) if len(sentence.states()) >= 2 else pair
        told = _sentence_claims(sentence, records, pair, named_agreements, context, referent, year,
                                unknown_last=unknown_last, follows_entry=follows_entry, counted=since_count <= 2,
                                then=[] if re.search(r"\n" if lines else r"\n\s*\n", text[then_end:sentence.start])
                                else then,
                                recent=[x for told_in in told_of[-2:] for x in told_in],
                                counted_pair=counted_pair if since_count <= 2 and len(counted_pair) == 2 else (),
                                told_year=told_year)
        told = [_ending_elsewhere(sentence, c, records, _told_before(recent, named_agreements, pair_alliances),
                                  [x.removeprefix("treaty:") for x in told_of[-1]] if told_of else (),
                                  near=_claimed_of([x for x in told if x is not c], last_claims),
                                  own=_claimed_of([x for x in told if x is not c and x.kind in {
                                      "agreement_date", "agreement_parties"}]))
                for c in told]
        told = _ended_by_the_sentences_event(sentence, told, records)
        told = _endings_per_clause(sentence, told, records)
        told = _dated_by_its_ending(sentence, told, records)  # (of an ending read only now)
        told = _tolerance_carried(sentence, told)
        follows_entry = bool(_JOINING.search(sentence.text) or _SIGNING.search(sentence.text))
        years = [int(m.value[:4]) for m in sentence.of("date") if m.value]
        year = years[-1] if years else year
        told_year = years[-1] if years and told_of else told_year
        times = [m for m in sentence.of("date") if m.value and (_RULES_BOUND.search(
            sentence.text[:m.start - sentence.start]) is None or re.match(  # (a span's start is one: "from 1961 to")
            r"[^.;]{0,60}?\b(?:until|till|to|through)\b", sentence.text[m.end - sentence.start:]) is not None)]
        then, then_end = (times, sentence.end) if times else (then, then_end)
        claims.extend(told)
        last_claims = told
        told_of.append([])
        context = sentence.states() or context
        counted_pair = () if sentence.states() and since_count else counted_pair
        about = [m for m in sentence.of("agreement") if m.target and not _compared_only(sentence, m)]
        named_since = not years and (named_since or any(m.how != "anaphora" for m in about))
        signings = [c for c in told if c.kind == "agreement_date" and c.records
                    and c.records[0].kind == "treaty" and c.records[0].id in gaz.treaties]
        if about:
            referent = _live_referent(about, gaz, sentence)
            recent.extend(m for m in about if m.how != "anaphora")
            told_of[-1].extend(m.target or "" for m in about if m.how != "anaphora")
            # an agreement told by its words beside those named ("signed the League's pact, and Riyadh was among the
            # parties to its joint defence treaty of 1950"): "that treaty" in the next sentence may be that one, by
            # the article's words for it; later, the agreements named are spoken of again
            by_words = [c for c in signings if " [" in c.claimed
                        and f"treaty:{c.records[0].id}" not in {m.target for m in about}]
            told_of[-1].extend(c.records[0].id for c in by_words)
            # (told after those named: "The bilateral treaty of 1977 lapsed, and with it the membership of the Warsaw
            # Pact. The pact itself ...": the Warsaw Pact, told last)
            words = by_words[-1].claimed.split(" [", 1)[0] if by_words else ""
            beside = [_described(by_words[-1], sentence.start)] if by_words and all(
                m.end - sentence.start <= sentence.text.find(words) for m in about if m.how != "anaphora") else []
        else:
            beside = []
        if not about:
            # an agreement told without its name ("signed a treaty of friendship") is what "the treaty" is next
            signed = [c.records[0] for c in signings]
            told_of[-1].extend(r.id for r in signed)
            if signed:
                referent = signed[-1].id
                recent.append(_described(signings[-1], sentence.start))
        # an agreement the sentence tells of and the record does not hold (none of its agreements linked): "it" in
        # the next sentence is that one, of which nothing can be checked
        unknown_last = not about and not any(c.kind == "agreement_date" and c.records for c in told) and (any(
            not any(m.start <= sentence.start + u.start() < m.end for m in sentence.mentions if m.kind == "agreement")
            for u in _UNLINKED_AGREEMENT.finditer(sentence.text)) or any(  # ("signed ASEAN's Treaty of Amity")
            not any(m.kind == "agreement" and m.start < sentence.start + u.end() and sentence.start + u.start() < m.end
                    for m in sentence.mentions)
            for u in itertools.chain(_UNKNOWN_TITLE.finditer(sentence.text), _TITLE_OF.finditer(sentence.text))))
        unknown_last = unknown_last or (other_kind and not about)  # ("The boundary treaty.": one the record lacks)
    claims = _lists_apart(text, claims)
    labels = records.source_labels({key for c in claims for r in c.records for key in r.sources})
    return [c.model_copy(update={"records": [r.model_copy(update={"source_labels": [labels[k] for k in r.sources]})
                                             for r in c.records]}) for c in claims]


def _described(signing: Claim, at: int) -> Mention:
    """Return the agreement whose signing ``signing`` tells as a mention of the article's words and the record's
    label (at ``at``, the start of its sentence): "a treaty of friendship" is what "the treaty" is next, whatever the
    record's title calls it."""
    record = signing.records[0]
    words = signing.claimed.split(" [", 1)[0] if " [" in signing.claimed else ""
    return Mention(kind="agreement", text=f"{words} {record.label}".strip(), start=at, end=at,
                   target=f"treaty:{record.id}", how="description")


#: The words before a date that bound someone's rule or a state of things rather than tell a time ("who had ruled
#: Kuwait since 1978", "led the republic until November 1967", "a briefing pack from 2019"): not what a later "then"
#: stands for.
_RULES_BOUND = re.compile(r"\b(?:since|from|until|till)\s+(?:(?:the\s+)?(?:early|late|mid|spring|summer|autumn|fall|"
                          r"winter|end|start|beginning)\s+(?:of\s+)?)?$", re.IGNORECASE)


def _sentence_claims(s: Sentence, records: _Records, pair: tuple[int, ...], named: set[str],
                     context: Sequence[int] = (), referent: str | None = None,
                     year: int | None = None, unknown_last: bool = False,
                     follows_entry: bool = False, counted: bool = False, recent: Sequence[str] = (),
                     counted_pair: Sequence[int] = (), then: Sequence[Mention] = (),
                     told_year: int | None = None) -> list[Claim]:
    """Return a sentence's claims, read by every kind's rules; ``counted_pair`` is the pair a count in it or in the
    two sentences before it was of, with no states named since: who a count of none ("Neither survives") or of those
    in force ("Both are still in force") is told of, before the states last named; ``then`` the dates of the last
    sentence of its paragraph to tell a time (what "then" is, where the sentence tells none); ``told_year`` the year
    last told past the article's first sentence (its dateline's is no time of what it tells)."""
    out: list[Claim] = []
    agreements = s.agreements()
    dates = [m for m in s.of("date") if m.value]
    unnamed, unnamed_dates = _unnamed_signings(s, records, context if len(context) >= 2 else pair or context,
                                               pair=pair)
    signed_here = [c.records[0].id for c in unnamed if c.kind == "agreement_date" and c.records]
    first_signed = min(unnamed_dates, default=s.end)
    if signed_here and all(m.how == "anaphora" for m in s.of("agreement") if m.target) and not any(
            m.start < first_signed and _ENDING_WORD.search(s.text[m.end - s.start:first_signed - s.start])
            for m in s.of("agreement") if m.target):
        # "...to sign a pact with Egypt on 30 May 1967, and Iraq joined it on 6 June": "it" is that pact (not one told
        # before that signing: "the pact itself was overtaken on 11 December 1941, when A, B and C signed a new one")
        s = Sentence(s.start, s.end, s.text, tuple(m for m in s.mentions if m.how != "anaphora"))
        referent = signed_here[-1]
        agreements = s.agreements()
    membership, membership_dates = _membership_claims(s, records, referent, context, follows_entry, pair, year)
    in_force_words = _IN_FORCE.search(s.text)
    # "has sat beside Italy in the Atlantic Alliance since 3 October 1990": a state's time in it, neither its signing
    # nor an event of its own
    since = {d.start for d in dates if agreements and re.search(r"\bsince\s+(?:the\s+)?$", s.text[:d.start - s.start],
                                                                re.IGNORECASE)}
    # "have been allied four times since 1921": the year a count right before it is told from, no event of that year
    since |= {d.start for d in dates for c in s.of("count") if c.end <= d.start and re.fullmatch(
        _SINCE_WORDS + r"\s+(?:the\s+)?", s.text[c.end - s.start:d.start - s.start], re.IGNORECASE)}
    since |= _office_since(s, dates)
    not_signed = set(membership_dates) | since
    if in_force_words is not None:  # "entered into force in December 1948": not a date of signing
        not_signed |= {d.start for d in dates if d.start - s.start > in_force_words.start()}
    for slug in agreements:
        taken = _described_before(s, slug, unnamed_dates)
        out.extend(_agreement_claims(s, slug, [d for d in dates if d.start not in not_signed | taken], records))
    out.extend(c for c in membership if c.kind != "agreement_parties" or not any(
        o.kind == "agreement_parties" and o.records[:1] == c.records[:1] for o in out))  # (told once)
    # (a date a signing claim read is the agreement's: "were founders of NATO on 4 April 1949" is told once)
    signed_dates = {d.start for c in out if c.kind == "agreement_date" for d in s.dates_in(c.claimed)}
    since_claims, since_dates = _member_since(s, records, membership_dates | signed_dates,
                                              None if unknown_last else referent)
    out.extend(since_claims)
    membership_dates |= since_dates
    in_force, in_force_dates = _in_force_claims(s, records, membership_dates, signed_here)
    out.extend(in_force)
    membership_dates |= in_force_dates
    if not any(c.kind == "agreement_parties" for c in out):
        promised = [] if agreements or unnamed else _promised_agreement(s, records, context)
        out.extend(promised or _promise_parties(s, records, referent))
    out.extend(_parties_untold(out, _membership_statements(s, records, context, pair)))
    out.extend(_parties_untold(out, _pair_signed(s, records, context, pair)))
    if not any(c.kind == "agreement_parties" for c in out):
        out.extend(_signed_it_too(s, records))
    if not any(c.kind == "agreement_parties" for c in out) and not agreements:
        out.extend(_party_to_it(s, records, referent))
    if not any(c.kind == "agreement_parties" for c in out) and not agreements:
        out.extend(_belong_to_it(s, records, None if unknown_last else referent, context, pair))
    referred = [m.target.split(":", 1)[1] for m in s.of("agreement") if m.target]
    if not any(c.kind == "agreement_parties" for c in out) and len(agreements) == 1 and all(
            m.how == "anaphora" for m in s.of("agreement") if m.target):
        # (the one agreement it names referred back: "Mali put its name to the treaty as well")
        out.extend(_joined_too(s, records, referred[0], bool(signed_here)))
    if not any(c.kind == "agreement_parties" for c in out) and not agreements:
        out.extend(_joined_too(s, records, None if unknown_last else referent, bool(signed_here)))
    if not any(c.kind == "agreement_parties" for c in out) and (not agreements or (len(agreements) == 1 and all(
            m.how == "anaphora" for m in s.of("agreement") if m.target))):
        # (the agreement told back by the words that lead the list: "Its founding members were A, B and C")
        out.extend(_members_were(s, records, agreements[0] if agreements else referent))
    if not any(c.kind == "agreement_parties" for c in out):
        out.extend(_beside_in(s, records))
    if not agreements and not unnamed:
        out.extend(_allied_claims(s, records, context))
    out.extend(_unknown_descriptions(s, records, pair))
    out.extend(_unknown_names(s, pair))
    out.extend(unnamed)
    used_dates = {m.start for c in out for m in dates if c.kind == "agreement_date" and m.text in c.claimed}
    used_dates |= unnamed_dates | membership_dates | since
    named_by_date, named_dates = _dated_names(s, records, [d for d in dates if d.start not in used_dates],
                                              context if len(context) >= 2 else pair or context, pair=pair)
    out.extend(named_by_date)
    used_dates |= named_dates
    used_dates |= _told_again(s, dates, used_dates)
    free = [d for d in dates if d.start not in used_dates]
    whole = bool(membership_dates & {d.start for d in dates})
    if not any(_signing_of(s, m) for m in s.of("agreement") if m.target):
        parts = _event_parts(s, free, whole=whole)
        out.extend(_one_predicate(s, parts, [c for part in parts for c in _event_claims(
            part, [d for d in free if part.start <= d.start < part.end], records, pair, signed_unnamed=bool(unnamed))]))
    elif not whole:
        for part in _acts_beside_a_signing(s, free):
            out.extend(_event_claims(part, [d for d in free if part.start <= d.start < part.end], records, pair))
    if not s.agreements():
        out.extend(_pair_still_bound(s, records, pair, None if unknown_last else referent))
        breaches = _pair_breach_claims(s, records, pair, year, [referent or "", *sorted(named)])
        out.extend(breaches or _promise_broken(s, records, year, referent))
        # (a group told after a count of the pair's agreements, in its sentence or the two before)
        out.extend(_group_in_force(s, records, tuple(counted_pair) or pair) if counted and not unknown_last else [])
        if not any(c.kind == "ending" for c in out) and not unknown_last:
            out.extend(_plural_endings(s, records, recent, pair))  # ("Both were dead by 1897": the last two named)
    if not any(c.kind == "ending" for c in out) and not unknown_last and not any(m.target for m in s.of("agreement")):
        # ("the 1957 text simply lapsed"; not of one the sentence tells signed: "The old pact was replaced by the
        # pact that A and B signed in 1960")
        out.extend(_ending_backstop(s, records, pair, None if signed_here else referent))
        if not any(c.kind == "ending" for c in out):
            out.extend(_ended_then(s, records, pair))  # ("the old convention was wound up on 9 October 1979")
    if not any(c.kind == "ending" for c in out) and not unknown_last:
        out.extend(_predecessor_replaced(s, records, pair))  # ("the Rio treaty replaced it": the one it replaced)
    # (a count told with an aside of the writer's: "None, obviously, is in force today")
    read, before = without_asides(s), len(out)
    out.extend(_with_parts(read, _count_claims(read, records, pair, named, year), _part_claims(read, records, pair)))
    counted_of = counted_pair or context  # (the pair a count was just told of: "Neither was ever broken")
    out.extend(_none_binding_claims(read, records, pair, counted_of))
    out.extend(_only_binding_claims(read, records, pair, counted_of))
    if not any(c.kind == "count" for c in out):  # ("Bilateral alliances: none", "Still in force: three of the four")
        out.extend(_labelled_claims(read, records, pair, counted_of))
    if not any(c.kind == "count" for c in out):  # ("never signed one of their own": the count's own words)
        out.extend(_never_signed_claims(read, records, pair, counted_of))
    if not any(c.kind == "count" and "breach" in c.claimed for c in out):  # (a count's own "none ... broken")
        out.extend(_no_breach_claims(read, records, pair, counted_of)
                   or _no_breach_backstop(read, records, pair, counted_of))
    if not any(c.kind == "count" for c in out):  # ("neither had any treaty with the other", "nothing bilateral")
        out.extend(_none_of_kind_backstop(read, records, pair, counted_of, year))
    out[before:] = with_words_back(out[before:], read, s)
    if not any(c.kind == "list" for c in out):
        out.extend(_document_references(s))
    out.extend(_leader_claims(s, dates, records, year, pair, then, None if unknown_last else referent))
    out = _with_entry_parties(out)
    out.extend(_joined_partners(s, records, context, pair, out))  # (after an entry's: "X adhered ..., joining A and B")
    out.extend(_together_with(s, records, out))
    out = _told_wrong_first(out, _together_with(s, records, out, signed_with=True))
    out.extend(_parties_backstop(s, records, None if unknown_last else referent, out,
                                 _the_two(context, pair)))
    out.extend(_signing_parties(s, records, out))
    out.extend(_stayed_out(s, records, None if unknown_last else referent, out))
    if not any(c.kind == "agreement_parties" for c in out):
        out.extend(_never_left(s, records, None if unknown_last else referent, context, pair))
    out.extend(_pair_bound_now(s, records, out, context, pair))  # ("The Rio treaty still binds both of them")
    out.extend(_group_parties(s, records, out))
    out.extend(_founders_listed(s, records, out))
    out.extend(_dated_agreement_unread(s, records, pair, context, out))
    out.extend(_duration_claims(s, records, None if unknown_last else referent, out))  # ("it lasted eight years")
    out.extend(_unread_dated_acts(s, records, pair, out))
    out.extend(_begun_since(s, records, pair, out))  # ("has been shut since 1994")
    out.extend(_relatively_dated_acts(s, records, year, out, context, membership_dates))
    out.extend(_counted_from_another(s, records, out))
    out.extend(_undated_acts(s, records, told_year, out))
    out.extend(_undated_clauses(s, records, told_year, out))  # ("..., and Lebanon stayed out" beside a signing)
    only = _only_these(s, records, None if unknown_last else referent, context, pair)
    if only:  # (the full membership told stands for the same states told parties: "strictly between A and B")
        same = only[0].claimed.replace("parties only: ", "parties: ")
        out = [c for c in out if c.kind != "agreement_parties" or c.records[:1] != only[0].records[:1]
               or c.claimed != same] + only
    out = _members_other_act(s, [_reread_against_record(s, c, records, pair) for c in out], records)
    # (a clause dated by another's date is read by its own states alone, not re-read against the whole sentence's)
    out.extend(_acts_at_its_date(s, records, pair, out))
    out = _dated_by_its_ending(s, out, records)  # (a date of an ending no rule read)
    out = _act_of_another_told(s, out, records)  # (a date of another agreement the sentence tells of)
    out.extend(_signing_parties(s, records, out))  # (a signing the record found only on re-reading its date)
    out = _entries_as_parties(out + _gapped_entries(s, out, records), len({d.value for d in dates}), s)
    out.extend(_parties_of_what_was_read(s, records, out, _the_two(context, pair)))
    out.extend(_counted_parties(s, records, None if unknown_last else referent, out))  # ("its four signatories")
    out = _parties_per_clause(s, records, out)
    out = _dated_by_its_entry(s, out)
    out = _dated_in_its_title(s, records, pair, out)
    out = _entries_of_one_kind(out)
    out = _acts_read_at_their_own_dates(s, out)
    return _in_order_of_dates(s, _outsiders_aimed_at(s, records, out))  # (no contradiction of a state aimed at)


def _acts_read_at_their_own_dates(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """Return ``claims`` with an event that contradicts the record by the day of an act another claim of the sentence
    read at its own date read as an act the record lacks: "Wilhelm II dismissed Bismarck in March 1890 and let the
    Reinsurance Treaty expire that June" tells the expiry in June (read so) and another act in March, not the expiry
    three months off; "Albania withdrew in September 1968, weeks after the Pact's armies crushed the Prague Spring on
    21 August" tells the withdrawal once."""
    read = {day for c in claims if c.kind in {"agreement_date", "event_date"} and c.verdict == "consistent"
            for day in re.findall(r"\d{4}-\d{2}-\d{2}", c.record_value)}
    out: list[Claim] = []
    for c in claims:
        told = re.search(r"\((\d{4}(?:-\d{2}){0,2})\)$", c.claimed)
        if c.kind == "event_date" and c.verdict == "contradicts" and told is not None and any(
                day in c.record_value for day in read):
            act = "another act on " + c.claimed.split(" on ", 1)[-1]  # (not the act the record's day was read of)
            c = _not_in_record(s, act, "event", s.states()[:2], told.group(1), "event")
        out.append(c)
    return out


def _called_so(anaphor: str, recent: Sequence[Mention], gaz: Gazetteer) -> str | None:
    """Return the latest agreement spoken of whose name, as told or as the record titles it, holds the title's head
    an anaphor tells ("the Final Act" after "the Helsinki Final Act", "the Act" after "the Federal Act"), else None: a
    head of a title is no common noun, and names no other agreement."""
    head = re.sub(r"^\W*(?:the|that|this|our)\s+", "", anaphor.strip(), flags=re.IGNORECASE)
    called = re.compile(r"\b" + r"\s+".join(map(re.escape, head.split())) + r"\b")
    for m in reversed(recent):
        slug = (m.target or "").removeprefix("treaty:")
        if slug in gaz.treaties and (called.search(m.text) or called.search(gaz.treaties[slug].title)):
            return slug
    return None


#: A parties claim read from a state's own clause at its own date ("parties: B: entry into X 5 June 1943"): the
#: state or states told parties from then.
_ENTRY_TOLD = re.compile(r"^parties: (?P<states>.+?): entry into ")


def _dated_by_its_entry(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """Return a sentence's ``claims`` with a date read as no act the record holds ("event of B in 2004-05", "no such
    record") re-read as a state's entry into an agreement, where a claim of the same sentence tells that state a party
    from that very date: the entry its own clause tells ("A joined the Union on 1 January 1995; B followed in May
    2004", "A signed the declaration among its founders; B adhered to it on 22 February 1945", "B ratified it on 22
    January 2002"). The parties rules read the follower's or the late signer's clause at its date against the
    record's entry (:func:`_own_entry_claim`), while the date's own rule, finding no event of the state then, said the
    record could not check it: the date is that entry's, told right, off or wrong, and is read so, with the entry's
    verdict (a state's entry is an agreement's date, :func:`_member_that_day`). Only a day the sentence tells of no
    other act, of a state the parties claim names, is re-read."""
    entries = [(c, told) for c in claims if c.kind == "agreement_parties" and c.records
               and c.verdict in {"consistent", "within_tolerance", "contradicts"}
               and (told := _ENTRY_TOLD.match(c.claimed)) is not None]
    if not entries:
        return claims
    out: list[Claim] = []
    for claim in claims:
        unread = claim.kind in {"event_date", "agreement_date"} and claim.verdict == "not_in_record" \
            and claim.record_value == "no such record"
        dates = s.dates_in(claim.claimed) if unread else []
        # (one day, told once or twice: "eighty years ago yesterday, on 22 February 1945")
        entry = next((c for c, told in entries if len({d.value for d in dates}) == 1
                      and any(c.claimed.endswith(f" {d.text}") for d in dates)
                      and sum(d.value == dates[0].value for d in s.of("date")) == len(dates)
                      and all(name in claim.claimed for name in told.group("states").split(", "))), None)
        if entry is None:
            out.append(claim)
            continue
        out.append(claim.model_copy(update={
            "kind": "agreement_date", "claimed": entry.claimed.removeprefix("parties: "), "verdict": entry.verdict,
            "record_value": entry.record_value, "reason": entry.reason, "records": entry.records,
            "proposed_entry": None}))
    return out


#: A later instrument of a stored agreement, named and dated in the record's own title with where it was made: "SADC
#: Protocol on ... (Blantyre, 14 August 2001) and Mutual Defence Pact (Dar es Salaam, 26 August 2003)", "Anglo-Soviet
#: Agreement for Joint Action (12 July 1941) and Treaty of Alliance (London, 26 May 1942)".
_TITLED_PART = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+\((?:(?P<place>[^,()]+),\s+)?"
                          rf"(?P<day>\d{{1,2}})\s+(?P<month>{'|'.join(_MONTH_NUMBER)})\s+(?P<year>\d{{4}})\)")
_INSTRUMENT_NOUN = re.compile(r"(?:pact|treaty|agreement|alliance|protocol|convention|accord|declaration)",
                              re.IGNORECASE)


def _titled_part(s: Sentence, records: _Records, states: set[int], value: str) -> tuple[str, re.Match[str]] | None:
    """Return a stored agreement of one of ``states`` whose title names and dates a later instrument of it at day
    ``value`` (:data:`_TITLED_PART`), one the sentence tells by the noun of its kind ("pact", "treaty"), with that
    instrument's words; else None."""
    for slug, treaty in records.gaz.treaties.items():
        if not treaty.members & states or value == treaty.signed:
            continue
        for part in _TITLED_PART.finditer(treaty.title):
            day = f"{part.group('year')}-{_MONTH_NUMBER[part.group('month')]:02d}-{int(part.group('day')):02d}"
            # (its kind's noun: "Pact" of "Mutual Defence Pact", "Agreement" of "Agreement of Mutual Assistance")
            noun = next((w for w in part.group("name").split() if _INSTRUMENT_NOUN.fullmatch(w)), None)
            if day == value and noun is not None and re.search(rf"\b{noun}\b", s.text, re.IGNORECASE):
                return slug, part
    return None


def _dated_in_its_title(s: Sentence, records: _Records, pair: Sequence[int], claims: list[Claim]) -> list[Claim]:
    """Return a sentence's ``claims`` with a day read as no act the record holds ("event of Tanzania on 2003-08-26",
    "no such record") read as the making of a later instrument of a stored agreement, where the record's title names
    that instrument and dates it that very day (:data:`_TITLED_PART`: "... and Mutual Defence Pact (Dar es Salaam, 26
    August 2003)"), the agreement is one a state of the sentence or of the article's pair belongs to, and the sentence
    tells that instrument by the noun of its kind ("signed a mutual defence pact", "the Mutual Defence Pact in Dar es
    Salaam on 26 August 2003"; not "their ministers met in Dar es Salaam"). The record keeps such a second
    instrument inside the agreement it belongs to, not as a signing of its own, so no other rule finds its day; its
    title is the record's word on it."""
    told = set(s.states()) | set(pair)
    out: list[Claim] = []
    for claim in claims:
        dates = s.dates_in(claim.claimed, ("day",)) if claim.kind in {"event_date", "agreement_date"} \
            and claim.verdict == "not_in_record" and claim.record_value == "no such record" else []
        value = dates[0].value if dates and len({d.value for d in dates}) == 1 else None
        found = None if value is None else _titled_part(s, records, told, value)
        if found is None:
            out.append(claim)
            continue
        slug, part = found
        ref = records.treaty_ref(slug)
        out.append(claim.model_copy(update={
            "kind": "agreement_date", "claimed": f"{part.group('name')} [{re.sub(r'[(].*', '', ref.label).strip()}] "
                                                 f"signed {dates[0].text}",
            "verdict": "consistent", "record_value": f"{part.group('name')} signed {value}",
            "reason": "same date (the record's title dates that instrument of the agreement then)",
            "records": [ref], "proposed_entry": None}))
    return out


def _entries_of_one_kind(claims: list[Claim]) -> list[Claim]:
    """Return ``claims`` with the dated entries into (and exits from) agreements of one sentence told as one kind of
    claim, an event's date, where rules read some as an event's and some as an agreement's ("Hungary signed its
    accession protocol in December 1996, joining Greece, a member since 1951": two entries, each a state's act at a
    date of its own, told alike). A state's own two acts ("signed its accession protocol in December 1981 and joined
    on 30 May 1982") keep their kinds."""
    acts = [c for c in claims if c.kind in {"event_date", "agreement_date"}
            and (": entry into " in c.claimed or ": exit from " in c.claimed)]
    states = {kind: {re.split(r": (?:entry into|exit from) ", c.claimed)[0] for c in acts if c.kind == kind}
              for kind in ("event_date", "agreement_date")}
    if not states["event_date"] or not states["agreement_date"] or states["event_date"] & states["agreement_date"]:
        return claims
    return [c.model_copy(update={"kind": "event_date"}) if c in acts else c for c in claims]


def _entries_as_parties(claims: list[Claim], dated: int = 1, sentence: Sentence | None = None) -> list[Claim]:
    """Return a sentence's ``claims`` with, after each the record re-read as a state's entry into an agreement that
    day (:func:`_member_that_day`: "Italy followed on 30 November 1915", "Peru signed up in March 1948"), the claim it
    also makes that the state is a party, with the entry's verdict, where it bears the entry out and no claim of the
    sentence tells that state a party to that agreement already (save one claim of more states, in a sentence of
    ``dated`` dates more than one: "A signed at Rio on DATE; B joined on DATE", each told at a date of its own). The
    parties claim spans the whole ``sentence`` where given (the entry's date may be read from one clause of it, "both
    joined it in May 1955, weeks apart": the states are told parties by all of it)."""
    out: list[Claim] = []
    for c in claims:
        out.append(c)
        act = next((a for a in (": entry into ", ": exit from ") if a in c.claimed), "")
        reread = c.reason.endswith("not the act it was first compared with)")  # (:func:`_members_other_act`)
        off = c.verdict == "contradicts" and c.reason.endswith(_ANOTHER_YEAR)  # (a wrong year tells it wrong)
        if (c.kind != "agreement_date" and not reread) or not act or not c.records or (c.verdict not in {
                "consistent", "within_tolerance"} and not off) or not (
                c.reason.endswith(f"(its {act[2:-1]} recorded then)") or reread or off):
            continue  # (a member's exit that day tells it a party until then: "Chile denounced it on DATE")
        name = c.claimed.split(act, 1)[0]
        if any(o.kind == "agreement_parties" and o.records[:1] == c.records[:1] and name in o.claimed
               and not (dated > 1 and ": " not in o.claimed.split(": ", 1)[-1] and ", " in o.claimed) for o in claims):
            continue
        whole = {} if sentence is None else {"text": sentence.text.strip(), "start": sentence.start,
                                              "end": sentence.end}
        out.append(c.model_copy(update={"kind": "agreement_parties", "claimed": f"parties: {c.claimed}", **whole}))
    return out


_ACT_OF = re.compile(r"^(?P<state>.+?)(?:: (?:entry into|exit from) |'s (?:entry|exit) )")


def _told_wrong_first(claims: list[Claim], more: list[Claim]) -> list[Claim]:
    """Return a sentence's ``claims`` with ``more`` claims of the parties of the same agreement, those that contradict
    the record put before the sentence's first claim of its parties that does not ("A and B signed the protocol with
    C and D": C no party makes the states told parties, all four, a wrong list), the others after all."""
    out = list(claims)
    for claim in more:
        at = next((i for i, c in enumerate(out) if c.kind == "agreement_parties" and c.verdict == "consistent"
                   and c.records[:1] == claim.records[:1]), None) if claim.verdict == "contradicts" else None
        out.insert(len(out) if at is None else at, claim)
    return out


def _tolerance_carried(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """Return a sentence's ``claims`` with a party claim found consistent made within tolerance where the entry or
    exit it is told by is one day off the record's: "Chile acceded to it on DATE" (a day after the record's entry)
    tells Chile no party as told, whether the entry's own claim reads it as a date of an agreement or as an event of
    the state's ("Ruritania adhered on DATE to the pact that A and B had signed": a party claim of all three states
    is told at that date). The date's own claim on the same agreement tells it: off by one day, of the entry or exit
    of a state the party claim names, with no claim of the sentence finding that state's act contradicted, and no
    party claim made of that entry already (:func:`_entries_as_parties`: "A signed on D1; B joined on D2" tells A and
    B parties each at a date of its own). The party claim is told with the date it rests on, for a reader to see
    which."""
    dated = [c for c in claims if c.kind in {"agreement_date", "event_date"} and c.records
             and c.records[0].kind == "treaty" and (c.verdict == "contradicts" or (
                 c.verdict == "within_tolerance" and c.reason.startswith("off by one day")))]
    if not dated:
        return claims
    out: list[Claim] = []
    for claim in claims:
        if claim.verdict != "consistent" or not claim.records or claim.kind != "agreement_parties" \
                or _ACT_OF.match(claim.claimed.removeprefix("parties: ")):
            out.append(claim)
            continue
        key = claim.records[0].id
        listed = claim.claimed.removeprefix("parties: ").split(", ")
        date = next((c for c in dated if c.records[0].id == key and c.verdict == "within_tolerance" and (
            act := _ACT_OF.match(c.claimed if _ACT_OF.match(c.claimed) else c.record_value)) is not None
            and act.group("state") in listed and not any(
                w.verdict == "contradicts" and w.records[:1] == c.records[:1] and act.group("state") in w.claimed
                for w in dated) and not any(
                o.kind == "agreement_parties" and o.records[:1] == c.records[:1]
                and o.claimed.startswith(f"parties: {act.group('state')}: ") for o in claims)), None)
        if date is None:
            out.append(claim)
            continue
        told = [d.text for d in s.of("date") if d.text and d.text in date.claimed]
        claimed = f"{claim.claimed} ({told[-1]})" if told else claim.claimed
        out.append(claim.model_copy(update={
            "verdict": "within_tolerance", "claimed": claimed,
            "reason": f"{claim.reason}; told at a date off by one day: {date.reason} ({date.record_value})"}))
    return out


def _claimed_of(*groups: Sequence[Claim]) -> list[str]:
    """Return the agreements the claims of ``groups`` were read against (a count's, a date's, an ending's), in the
    order told, each once: what a sentence and the one before it spoke of, whatever words told them."""
    return list(dict.fromkeys(r.id for claims in groups for c in claims for r in c.records if r.kind == "treaty"))


def _in_an_ending_clause(text: str, anaphor: re.Match[str]) -> bool:
    """Return True if a word of an ending stands in the clause of ``anaphor`` (before or after it: "A broke the
    alliance", "the treaty lapsed")."""
    start = max(text.rfind(c, 0, anaphor.start()) for c in ",;:") + 1
    ends = [i for c in ",;:" if (i := text.find(c, anaphor.end())) >= 0]
    return bool(_ENDING_WORD.search(text[start:min(ends, default=len(text))]))


def _ending_subject(text: str, anaphors: Sequence[re.Match[str]]) -> re.Match[str] | None:
    """Return the first of ``anaphors`` that a word of an ending follows in its clause, told by a noun only an
    agreement is told by ("..., and the old pact lapsed that day"; "the accord was denounced"), else None."""
    for a in anaphors:
        words = a.group(0).strip().split()
        if len(words) < 2 or words[-1] not in {"treaty", "pact", "alliance", "agreement", "accord", "convention",
                                                "protocol", "declaration", "arrangement"}:
            # (a pronoun, or a word a body or a union is told by too: "the league", "the Confederation")
            continue
        after = re.split(r"[,;:]", text[a.end():], maxsplit=1)[0][:60]
        if _ENDING_WORD.search(after):
            return a
    return None


def _told_before(recent: Sequence[Mention], named: set[str], pair_alliances: list[str]) -> list[str]:
    """Return the agreements a sentence not naming its own may be telling of, the likeliest first: those named
    lately (the latest first), then the rest the article names, those of the article's pair (``pair_alliances``, the
    pair's alliances of any ledger) before the others, then the rest of the pair's alliances."""
    slugs = [m.target.removeprefix("treaty:") for m in reversed(recent) if m.target]
    slugs += sorted(t.removeprefix("treaty:") for t in named if t.startswith("treaty:"))
    return sorted(slugs, key=lambda slug: slug not in pair_alliances) + pair_alliances


def _reread_against_record(s: Sentence, claim: Claim, records: _Records, pair: tuple[int, ...]) -> Claim:
    """Return a claim the rules above read, re-read against everything the record holds, in order: a date found in
    no record as the signing of the told states' agreement that day, or a member's entry or exit then; a
    contradiction of an agreement told by no name of its own, the sentence being of a time before it was signed, as
    not in the record (an ending then read against the agreement in force); a day found in no record as a stored
    event of a told state that day; a date an agreement's record contradicts as another of its acts that day; last,
    a stored event that would contradict the date yet is another act (:func:`_event_of_another_act`)."""
    claim = _signed_that_day(s, claim, records, pair)
    claim = _member_that_day(s, claim, records)
    claim = _described_of_states(s, claim, records, pair)
    claim = _one_signed_that_day(s, claim, records, pair)
    before = _before_its_signing(s, claim, records)
    claim = claim if before is claim else _alive_then(s, before, records, pair)
    claim = _acted_that_day(s, claim, records)
    claim = _act_of_what_it_tells(s, claim, records)
    claim = _other_agreement_signed_then(s, _another_act_that_day(s, claim, records), records, pair)
    claim = _year_untold(s, _event_of_another_act(s, claim, records))  # (a description fitted to the wrong one)
    return _act_of_their_agreement(s, claim, records, pair)  # (the last: any reading above tells the act better)


def _described_before(s: Sentence, slug: str, described: set[int]) -> set[int]:
    """Return the starts of the dates in ``described`` (those the signings of agreements told without a name took,
    :func:`_unnamed_signings`) told before the agreement ``slug`` is first named: such a date is the described one's,
    not the named one's ("They signed a treaty of friendship on 4 March 1948, and both later joined the Warsaw Pact";
    "In May 1991 A and B signed a bilateral treaty, and both now sit in NATO"), where the described one is told before
    the named one too (not "On 18 June 1887 Bismarck concluded the Reinsurance Treaty, a secret agreement with ...",
    nor "On 1 July 1991 the members of the Warsaw Pact signed a protocol dissolving it")."""
    first = min((m.start for m in s.of("agreement") if m.target == f"treaty:{slug}"), default=s.start)
    if not any(s.start + p.end() <= first and not any(m.start < s.start + p.end() and s.start + p.start() < m.end
                                                      for m in s.of("agreement") if m.target)
               for p in _UNNAMED.finditer(s.text)):
        return set()
    return {d.start for d in s.of("date") if d.start in described and d.end <= first}


def _parties_untold(told: list[Claim], found: list[Claim]) -> list[Claim]:
    """Return the claims of ``found`` about the parties of an agreement none of ``told`` is about: a sentence telling
    the parties of two agreements ("Both joined the Nyon arrangement, and both were among the first signatories of
    the Declaration by United Nations") claims each, a rule told by another of one agreement adds nothing."""
    seen = {c.records[0].id for c in told if c.kind == "agreement_parties" and c.records}
    out: list[Claim] = []
    for claim in found:
        key = claim.records[0].id if claim.records else ""
        if claim.kind == "agreement_parties" and key not in seen:
            out.append(claim)
            seen.add(key)
    return out


def _office_since(s: Sentence, dates: list[Mention]) -> set[int]:
    """Return the starts of the dates told as when a leader's office began ("David Lange, prime minister since the
    previous July", "Hassan II, king since 1961", "Assad ruled Syria from November 1970", "Hoxha, who led Albania
    from 1944") and, after such a date, when it ended ("... until his death in June 2000"): the leader's claim
    (:func:`_leader_claims`), no event's date."""
    began = {d.start for d in dates for leader in s.of("leader") if leader.end <= d.start and _office_from(
        leader, s.text[leader.end - s.start:d.start - s.start])}
    return began | {d.start for d in dates for b in dates if b.start in began and b.end <= d.start and re.fullmatch(
        r"\s+(?:until|till|to)\s+(?:(?:his|her)\s+(?:death|fall|overthrow|resignation|ouster|deposition)\s+"
        r"(?:in|on)\s+)?(?:the\s+)?", s.text[b.end - s.start:d.start - s.start], re.IGNORECASE)}


#: The verbs of a leader's rule that a date of its start follows ("ruled Syria from 1970", "who led Albania from").
_RULE_VERB = r"(?:ruled|reigned|governed|led)"


def _office_from(leader: Mention, between: str) -> bool:
    """Whether the words ``between`` a leader's mention and a date tell the date as when the office began ("king
    since", ", who led Albania from"; after a mention that holds the verb, "Hafez al-Assad, who ruled", " Syria
    from")."""
    if re.fullmatch(r"[\s,]*(?:(?:[\w-]+\s+)?since|(?:who\s+)?(?:ha[sd]\s+|have\s+)?" + _RULE_VERB + r"\s+"
                    r"(?:[\w'’-]+\s+){0,3}?(?:from|since))\s+(?:the\s+)?", between, re.IGNORECASE):
        return True
    return re.search(r"\b" + _RULE_VERB + "$", leader.text) is not None and re.fullmatch(
        r"\s+(?:[\w'’-]+\s+){0,3}?(?:from|since)\s+(?:the\s+)?", between) is not None


def _in_order_of_dates(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """Return a sentence's claims with those about agreements' dates in the order of their dates in the sentence
    (the other claims stay where they are): each rule adds its own, but a reader takes them in the order told."""
    places = [i for i, c in enumerate(claims) if c.kind == "agreement_date"]

    def told_at(claim: Claim) -> int:
        return min([d.start for d in s.of("date") if d.text and d.text in claim.claimed] or [s.end])

    ordered = sorted((claims[i] for i in places), key=told_at)
    out = list(claims)
    for i, claim in zip(places, ordered, strict=True):
        out[i] = claim
    return out
