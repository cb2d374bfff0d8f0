"""The clause of a sentence that tells of an agreement: its signing, its ending, its subject."""

from __future__ import annotations

import re

from foedus.check.claims._sentences import Sentence, _segments
from foedus.check.claims._words import (
    _ENDING_WORD,
    _EVENT_ONLY,
    _FOLDED_INTO,
    _NEGATION,
    _NOT_ITS_SIGNING,
    _SIGNING,
)
from foedus.check.claims.unknown_names import _UNKNOWN_NAME, _named_unknown
from foedus.check.models import Mention


def _own_clause(s: Sentence, mention: Mention) -> Sentence:
    """Return the clause of ``s`` that holds ``mention`` where the sentence names agreements in clauses of their own
    ("The alliance between A and B ended in March 1939, ..., and the one between B and C was torn up in August
    1940"); otherwise the whole sentence."""
    bounds = _segments(s)
    named = [m for m in s.of("agreement") if m.target]
    held = {i for m in named for i, (lo, hi) in enumerate(bounds) if lo <= m.start < hi}
    if len(bounds) >= 2 and len(held) < 2:
        return _ending_clause(s, mention, bounds)
    if len(bounds) < 2:
        return s
    for i in held:  # a clause whose subject is "it" ends that one ("it was superseded by X": not X)
        lo, hi = bounds[i]
        first = min(m.start for m in named if lo <= m.start < hi)
        word = _ENDING_WORD.search(s.text, lo - s.start, hi - s.start)
        if word is not None and s.start + word.start() < first and re.search(r"\bit\b", s.text[lo - s.start:
                                                                                                word.start()]):
            return s
    lo, hi = next((lo, hi) for lo, hi in bounds if lo <= mention.start < hi)
    return s.part(lo, hi)


def _ending_clause(s: Sentence, mention: Mention, bounds: list[tuple[int, int]]) -> Sentence:
    """Return the clause holding ``mention`` where it tells an ending of its own and another clause tells another
    ("A new treaty replaced the 1948 one on 8 July 1970, and the Warsaw Pact itself was dissolved in Prague on 1 July
    1991": the Pact's is the dissolution), else the whole sentence."""
    lo, hi = next(((lo, hi) for lo, hi in bounds if lo <= mention.start < hi), (s.start, s.end))
    own = _ENDING_WORD.search(s.text, mention.end - s.start, hi - s.start)
    # (another clause's ending of "it" is this one's: "The pact did not survive the defeat; nobody denounced it")
    others = [(a, b) for a, b in bounds if (a, b) != (lo, hi) and _ENDING_WORD.search(s.text, a - s.start, b - s.start)
              and re.search(r"\b(?:treaty|pact|alliance|agreement|accord|convention|protocol|declaration|one)\b",
                            s.text[a - s.start:b - s.start], re.IGNORECASE)
              and not re.search(r"\bit\b", s.text[a - s.start:b - s.start], re.IGNORECASE)]
    if own is None or not others:
        return s
    return s.part(lo, hi)


#: (a list item led by "the" and a name, "..., the United States and Britain", does not end the list)
_BY_PARTIES = re.compile(r"\bby\s+(?:(?:\w+|several|all) (?:states|powers|countries|governments|members),?\s+"
                         r"(?:among them|including|namely)\s+)?(.{3,200}?)"
                         r"(?=[;:.()]|,\s+(?!and\b|or\b|the\s+[A-Z])[a-z]|$)")


#: "Its founding signatories were A, B and C", "its members included ...": the parties listed.
_MEMBERS_ARE = re.compile(r"\b(?:(?:founding|original)\s+)?(?:signatories|signers|members|parties)\s+"
                          r"(?:were|included|are|include|comprised)\s+(.{3,200}?)"
                          r"(?=[;:.()]|,\s+(?!and\b|or\b|the\s+[A-Z])[a-z]|$)")


_BOUND = re.compile(r"\b(?:bound|committed|obliged|pledged|united)\s+(.{3,200}?)(?=\s+to\b|\s+in\b|[;:.()]|"
                    r",\s+(?!and\b|or\b|the\s+[A-Z])[a-z]|$)")


#: A relative clause between a date and a word of ending: the ending is of another time ("gave notice on 3 April
#: 1979 that it would not extend the treaty, which lapsed a year later").
_RELATIVE_BREAK = re.compile(r",\s+(?:which|who)\b|;")


_UNKNOWN_TITLE = re.compile(r"\b(?:[A-Z][\w'’-]*\s+)+(?:Treaty|Pact|Agreement|Convention|Accord|Protocol|Alliance)\b")


#: A title told by its head and what it is of: "the Treaty of Amity and Cooperation", "a Pact of Steel".
_TITLE_OF = re.compile(r"\b(?:Treaty|Pact|Agreement|Convention|Accord|Protocol|Alliance)\s+(?:of|on)\s+[A-Z][\w'’-]*")


def _signing_of(s: Sentence, mention: Mention) -> re.Match[str] | None:
    """Return the sentence's verb of signing unless it is of another act: a ratification or entry into force standing
    between the verb and the agreement ("signed the law ratifying the treaty"), or an instrument of ending ("signed a
    protocol dissolving it")."""
    found = [m for m in _SIGNING.finditer(s.text) if not _NEGATION.search(s.text[:m.start()])]  # not "never signed"
    # the verb of the agreement's own clause ("...had never signed a pact; the Declaration, which both signed at
    # Geneva on 23 July 1962, ...")
    clause = next(((lo, hi) for lo, hi in _segments(s) if lo <= mention.start < hi), (s.start, s.end))
    own = [m for m in found if clause[0] <= s.start + m.start() < clause[1]]
    named_apart = len({i for m in s.of("agreement") if m.target for i, (lo, hi) in enumerate(_segments(s))
                       if lo <= m.start < hi}) > 1 or (bool(found) and not own and any(
                           clause[0] <= m.start < clause[1] for m in s.of("date")))
    # a verb of another clause signs this agreement only where no clause holds an agreement or a date of its own
    # (the verb nearest before the agreement: "had signed their protocols of accession to NATO ..., and with
    # Yugoslavia they had concluded the Balkan Pact": "concluded" is the Balkan Pact's)
    own_before = [m for m in own if m.end() <= mention.start - s.start]
    signing = own_before[-1] if own_before else own[0] if own else (None if named_apart else found[0] if found
                                                                   else None)
    if signing is None:
        return None
    instrument = re.match(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(\w+ing|to\s+\w+)\b", s.text[signing.end():])
    if instrument is not None and _ENDING_WORD.fullmatch(instrument.group(1).split()[-1]):
        return None  # "signed a protocol dissolving it": an act of ending, not of signing the agreement
    if _another_signed(s, mention, signing):
        return None
    if mention.start - s.start <= signing.end():
        return None if _signs_another(s, mention, signing) else signing
    between = s.text[signing.end():mention.start - s.start]
    if _EVENT_ONLY.search(between) or _NOT_ITS_SIGNING.search(between):
        return None
    for title in _UNKNOWN_TITLE.finditer(between):
        at = s.start + signing.end() + title.start()
        if not any(m.start <= at < m.end for m in s.of("agreement")):
            return None  # "signed the Four-Power Treaty, which replaced the alliance": another agreement was signed
    return signing


#: The object of a verb of signing that is an agreement of its own: "signed the Final Act", "signed a treaty of
#: friendship" (not a date, "signed the same day", nor an instrument of entry, "signed the accession protocol").
_SIGNED_ITS_OWN = re.compile(r"\s+(?:(?:both|all|also|then|later|jointly)\s+)?(?:the|a|an|its|their)\s+"
                             r"(?!(?:same|following|next|previous|day|year|month|week)\b)"
                             r"(?:(?-i:[A-Z])|(?:[\w-]+\s+){0,2}?(?:treaty|pact|alliance|agreement|accord|convention|"
                             r"declaration|charter)\b)", re.IGNORECASE)


#: The subject of a passive verb of signing, a noun of its own: "when the armistice was signed", "after the peace had
#: been signed" (the thing signed, which the words name).
_PASSIVE_SUBJECT = re.compile(r"\b(?:the|an?|its|their)\s+(?:[a-z][\w'’-]*\s+)?(?P<noun>[a-z][\w-]*)\s+"
                              r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+$")


#: The nouns by which an agreement is told, and the words that stand for one: never another's subject of its own.
_AGREEMENT_WORDS = frozenset({"treaty", "treaties", "pact", "pacts", "alliance", "agreement", "agreements", "accord",
                              "accords", "convention", "protocol", "protocols", "charter", "declaration", "memorandum",
                              "act", "notes", "note", "letters", "entente", "understanding", "guarantee", "it", "which",
                              "that", "this", "union", "league"})


def _another_signed(s: Sentence, mention: Mention, signing: re.Match[str]) -> bool:
    """Whether a passive verb of signing has for its subject a noun phrase that is not the agreement ``mention`` nor
    any agreement linked to it ("The treaty died with France's defeat, on 22 June 1940, when the armistice was signed
    at Compiègne": the armistice was signed then)."""
    found = _PASSIVE_SUBJECT.search(s.text[:signing.start()])
    if found is None or found.group("noun").casefold() in _AGREEMENT_WORDS:
        return False  # ("the memorandum was signed": an agreement told by its noun may be this one)
    lo, hi = s.start + found.start(), s.start + found.end("noun")
    return not any(m.kind == "agreement" and m.start < hi and lo <= m.end for m in s.mentions)


def _signs_another(s: Sentence, mention: Mention, signing: re.Match[str]) -> bool:
    """Whether a verb of signing told after an agreement's name has an object of its own, another agreement ("Romania
    had been in the Atlantic Alliance since 2004 and both had signed the Final Act in 1975"): the verb is that one's.
    An object that is the agreement itself, by another of its names, or an instrument of entry into it ("signed its
    accession protocol") is this one's."""
    if mention.end - s.start > signing.start():
        return False
    found = _SIGNED_ITS_OWN.match(s.text, signing.end())
    if found is None:
        return False
    rest = s.text[found.end() - 1:found.end() + 60]
    if re.match(r"[\w\s-]*?\b(?:accession|adhesion|protocols?|instruments?|ratifications?)\b", rest, re.IGNORECASE):
        return False
    at = s.start + found.end() - 1
    span = re.match(r"[^,;:.]{0,60}", s.text[found.end() - 1:])
    end = at + (span.end() if span else 0)
    # ("signed the charter of the Union of African States": the agreement itself, by the instrument that made it, or
    # by the word the name was told by, "The union ...")
    head = mention.text.split()[-1].casefold() if mention.text.split() else ""
    if span is not None and re.search(rf"\b{re.escape(head)}\b", span.group(0), re.IGNORECASE):
        return False
    return not any(m.target == mention.target and at - 1 <= m.start < end for m in s.of("agreement"))


_ACTIVE_REPLACING = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
                               r"\b(replaced|superseded|supplanted)\b(?!\s+by\b)",  # ("X, replaced by Y": X's end)
                               re.IGNORECASE)


#: A relative clause whose subject did the replacing: "(X,) which the Rio Treaty replaced".
_WHICH_REPLACED = re.compile(r"\b(?:which|that)\s+(?:[\w'’-]+\s+){1,8}?$", re.IGNORECASE)


#: An agreement the record does not link told as the subject of the ending word, after the linked one: "..., the day
#: the bilateral agreement was replaced".
_OTHER_SUBJECT = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:agreement|treaty|pact|alliance|"
                            r"accord|convention|protocol|arrangement)\s+(?:(?:was|were|had\s+been|has\s+been|is)\s+)?"
                            r"(?:\w+ly\s+)?$", re.IGNORECASE)


#: What a breach or ending is told of when it is a part of an agreement or the word given under it, before the
#: agreement's name: "broke the spirit and the letter of the Locarno treaty", "violated the terms of the pact",
#: "broke its word to its Warsaw Pact partners", "tore up its obligations under the treaty".
_BROKEN_PART = re.compile(r"\s+(?:the|its|their|his|her)\s+(?:(?:very|own|whole|solemn)\s+)?"
                          r"(?:spirit|letter|terms|provisions|obligations?|clauses?|articles?|word|promises?|"
                          r"pledges?|commitments?|undertakings?|guarantees?)"
                          r"(?:\s+(?:and|or)\s+(?:the\s+)?(?:spirit|letter|terms|provisions|obligations))?"
                          r"\s+(?:of|under|to)\s+(?:(?:the|its|their|his|her)\s+)?", re.IGNORECASE)


#: An agreement told as the subject of an active verb of replacing, with an object of its own: "... when the Warsaw
#: Pact superseded it", "the new treaty in turn replaced them".
_REPLACER = re.compile(r"\s+(?:in\s+turn\s+|then\s+|later\s+)?(?:replaced|superseded|supplanted|succeeded)\s+"
                       r"(?:it|them|the\s+(?:old|earlier|former|previous)\b)", re.IGNORECASE)


def _ends(s: Sentence, mention: Mention) -> bool:
    """Return True if the sentence's word of ending is about ``mention``: in "A replaced B" about B; otherwise about
    the agreement nearest before the word (its subject), else the first after it."""
    named = [m for m in s.of("agreement") if m.target]
    word = _ENDING_WORD.search(s.text)
    if word is None or not named:
        return False
    at = s.start + word.start()
    active = _ACTIVE_REPLACING.search(s.text)
    if active is not None and active.start() == word.start():
        after = [m for m in named if m.start > at]
        if after:
            return after[0].start == mention.start
        relative = _WHICH_REPLACED.search(s.text[:word.start()])
        if relative is not None:  # "the Act of Chapultepec, which the Rio Treaty replaced": the antecedent
            # (or the relative itself, standing for the agreement of the sentence before: "Which the Rio Treaty
            # replaced.")
            antecedent = [m for m in named if m.end - s.start <= relative.start()
                          or (m.how == "anaphora" and m.start - s.start == relative.start())]
            return bool(antecedent) and antecedent[-1].start == mention.start
        return False  # "the Rio Treaty replaced (an agreement not named)": its subject did the replacing
    before = [m for m in named if m.start < at]
    if not before and re.match(r"(?:replaced|superseded|supplanted|succeeded)\s+by\b|gave\s+way\s+to\b|"
                               + _FOLDED_INTO + r"\b",
                               s.text[word.start():], re.IGNORECASE):
        return False  # "(an unlinked act,) replaced by the Rio treaty": the replacer, not the one it ended
    if before and _OTHER_SUBJECT.search(s.text[before[-1].end - s.start:word.start()]):
        return False  # "X joined the Baghdad Pact the day the bilateral agreement was replaced": another's end
    chosen = before[-1] if before else named[0]
    if not before and _REPLACER.match(s.text, chosen.end - s.start):
        return False  # "the old pledge was wound up when the Rio treaty replaced it": the replacer, not the one ended
    last = [w for w in _ENDING_WORD.finditer(s.text, 0, chosen.start - s.start)]  # the ending words before it
    if not before and last and not _ENDING_WORD.search(s.text, chosen.end - s.start) and not re.fullmatch(
            r"\s+(?:[\w'’-]+\s+){0,3}", s.text[last[-1].end():chosen.start - s.start]) and \
            not _BROKEN_PART.fullmatch(s.text[last[-1].end():chosen.start - s.start]) and \
            not re.fullmatch(r",?\s+of\s+(?:the\s+)?", s.text[last[-1].end():chosen.start - s.start]):
        # (the noun of an ending and what it is of, in apposition too: "That single breach, of the pact, was ...")
        return False  # "The transfer ended a century of control, as the treaty ... had laid down": not its object
    return chosen.start == mention.start or chosen.target == mention.target  # by either of its names


def _attached(s: Sentence, date: Mention) -> bool:
    """Return True if a date names an agreement rather than dating an event: "the Security Treaty of 1951"."""
    before = s.text[:date.start - s.start]
    if re.search(r"\b(?:treaty|pact|alliance|agreement|accord|statement|declaration|convention|protocol)"
                 r"(?:\s+of\s+[\w-]+(?:\s+and\s+[\w-]+)?)?\s+(?:of|\()\s*$", before, re.IGNORECASE):
        return True  # "the treaty of 2001", "a treaty of neutrality of 30 October 1930"
    unknown = [t for t in _UNKNOWN_NAME.finditer(s.text) if _named_unknown(s, t)]
    if any(re.fullmatch(r"\s*(?:of|\()\s*", before[t.end():]) for t in unknown):
        return True  # "the Entente Cordiale of April 1904": the date of an agreement foedus does not know
    return any(re.fullmatch(r"\s*(?:of|\(|,)\s*", before[m.end - s.start:]) for m in s.of("agreement"))


#: A sentence led by a participle of signing whose subject is the pronoun after it: "Signed on 10 January 1966 by
#: India and Pakistan, it ...".
_PARTICIPLE_LEAD = re.compile(r"^\W*(?:signed|concluded|sealed|negotiated|drafted)\b[^;.]{0,120},\s+$", re.IGNORECASE)


def _is_subject(s: Sentence, mention: Mention, signing: re.Match[str] | None) -> bool:
    """Return True if ``mention`` is the agreement a sentence's verb of signing is about: the nearest named before the
    verb, else the first after it (without a verb: the sentence's first agreement)."""
    named = [m for m in s.of("agreement") if m.target]
    if not named:
        return False
    at = s.start + signing.start() if signing else s.start
    if signing is not None and mention.how != "anaphora" and mention.start - s.start >= signing.end() and re.fullmatch(
            r"\s+(?:the\s+)?", s.text[signing.end():mention.start - s.start]) and _signs_another(s, named[0], signing):
        return True  # "Romania had been in NATO since 2004 and both had signed the Final Act in 1976": its object
    # (an agreement in a clause before the verb's own is not its subject: "signed X on ..., and with Yugoslavia they
    # had concluded Y")
    before = [m for m in named if m.start < at and not re.search(r",\s+and\b|;", s.text[m.end - s.start:at - s.start])]
    chosen = before[-1] if before else next((m for m in named if m.start >= at), named[0])
    if not before and signing is not None and chosen.start >= at and any(
            signing.end() <= t.start() and s.start + t.end() <= chosen.start
            for t in _UNKNOWN_NAME.finditer(s.text) if _named_unknown(s, t)):
        return False  # "After Sadat signed the Camp David Accords in 1978, Egypt left the Arab League": their signing
    if chosen.how == "anaphora" and chosen.start > at and signing is not None and \
            s.text[signing.end():chosen.start - s.start].strip() and \
            not _PARTICIPLE_LEAD.match(s.text[:chosen.start - s.start]):
        return False  # "signed several agreements ... the alliance": the pronoun is not what was signed
    # an agreement named twice in apposition ("SEATO, the Southeast Asia Collective Defense Treaty signed ...") is
    # the subject by either name
    return chosen.start == mention.start or chosen.target == mention.target
