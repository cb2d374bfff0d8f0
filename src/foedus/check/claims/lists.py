"""Lists and documents an article refers to and never gives: referenced but never stated."""

from __future__ import annotations

import re

from foedus.check.claims._sentences import Sentence
from foedus.check.claims._words import _CLAUSE_BREAK
from foedus.check.claims.parties import _state_runs
from foedus.check.models import Claim

#: A list or document the article points to and does not give in its text: one held elsewhere ("the embassy keeps a
#: list of every instrument", "referred reporters to a list of the occasions") or set out outside the text ("is
#: reproduced in the box below", "is quoted in full at the end of this post", "is printed below this article").
_DOCUMENT_ELSEWHERE = re.compile(
    r"\b(?:keeps?|kept|keeping|holds?|held|maintains?|maintained|referred\s+(?:\w+\s+){0,2}?to|publish(?:es|ed)?|"
    r"compiled?|drew\s+up|draws?\s+up)\s+(?:a|an|the|its|their|his|her|our)?\s*(?:full\s+|complete\s+|own\s+|"
    r"secret\s+|long\s+)?(?:lists?|registers?|catalogues?|inventor(?:y|ies)|tall(?:y|ies))\s+of\b|"
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:quoted|reproduced|printed|listed|given|set\s+out|published|"
    r"attached|appended)\s+(?:in\s+full\s+)?(?:below|above|overleaf|elsewhere|at\s+the\s+(?:end|foot|bottom)\s+of|"
    r"in\s+(?:the|a|an)\s+(?:box|appendix|annex|sidebar|panel|table)\b)", re.IGNORECASE)


#: The writer declining to give what the article refers to: "which I will not reproduce here", "this brief does not
#: reproduce it", "Nor will I go through the articles one by one", "whose terms I will spare you", "that this column
#: will spare the reader", "which this explainer will not bore you with", "is not reproduced here", "too long to
#: reproduce here".
_WRITER = (r"(?:I|we|this\s+(?:brief|column|note|article|piece|explainer|agency|paper|newsletter|post|report|"
           r"analysis|essay|story|page))")


_WITHHELD = re.compile(
    rf"\b{_WRITER}\s+(?:(?:will|shall|can|do|does|need|would)\s*(?:not|n['’]t)|won['’]t)\s+(?:try\s+to\s+|attempt\s+to\s+)?"
    r"(?:reproduce|list|quote|rehearse|go\s+through|summari[sz]e|detail|spell\s+(?:\w+\s+)?out|enumerate|print|"
    r"recite|bore\s+(?:you|the\s+reader|readers)\s+with)\b|"
    rf"\bnor\s+(?:will|shall|can|do|does)\s+{_WRITER}\s+(?:reproduce|list|quote|rehearse|go\s+through|summari[sz]e|"
    r"detail|enumerate|recite)\b|"
    rf"\b{_WRITER}\s+(?:will|shall|must|'ll)\s+spare\s+(?:you|the\s+reader|readers|our\s+readers)\b|"
    r"\b(?:is|are)\s+not\s+(?:reproduced|listed|quoted|given|printed)\s+here\b|"
    r"\btoo\s+long\s+to\s+(?:reproduce|list|quote|print|give)\s+here\b",
    re.IGNORECASE)


#: A list told by its owner or its contents and not given after it: "a list of the officials expelled", "Riyadh's
#: list of the coalition's members", "whose list of promises"; or a document told as listing something ("the annex
#: listing the exercises", "a White Book that listed every breach", "its secret clauses listed the territory").
_LIST_TOLD = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|whose|this|that|[\w’'-]+['’]s?)\s+(?:[\w-]+\s+){0,2}?lists?\s+of\b|"
    r"\b(?:annex(?:es)?|appendix|protocols?|clauses?|articles?|book|letter|report|statement|charter|communiqu[eé]|"
    r"memorandum|note|document|dossier|schedule|text|essay|paper)\b(?:,?\s+(?:which|that)\b)?"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:lists|listed|listing|enumerat(?:es|ed|ing))\s+(?!as\b|among\b|in\b|below\b)",
    re.IGNORECASE)


#: A list in a place or a rank, not a document: "topped the list of", "added to the list of", "on the list of".
_LIST_IDIOM = re.compile(r"\b(?:top\w*|head\w*|on|onto|off|to|from|in)\s+$", re.IGNORECASE)


#: What gives a list's items after it: "included A, B and C", "consisted of ...".
_LIST_ITEMS = re.compile(r"\b(?:includ\w*|compris\w*|consist\w*|contain\w*|ran\s+from|runs\s+from)\b"
                         r"[^;.]*,[^;.]*\band\b", re.IGNORECASE)


#: A document the sentence tells is not given, or given elsewhere than in the article: not (yet) published or released
#: ("the list was never published", "whose terms the powers never published in full", "the full text ... has not yet
#: been released", "its text would be published when it was signed"), printed in another edition ("reproduced in our
#: print edition"), promised ("the promised appendix"), or given in the writer's other work ("I listed them in my last
#: book's appendix").
_DOCUMENT_NOUNS = (r"(?:terms|text|texts|annex(?:es)?|appendix|appendices|list|lists|details|contents?|protocols?|"
                   r"maps?|clauses?|articles|minutes|transcript|documents?|report|memorandum|agreements?|treaty|"
                   r"accord|communiqu[eé])")


_NOT_GIVEN = re.compile(
    rf"\b{_DOCUMENT_NOUNS}\b(?:\s+[\w’'\"“”,-]+){{0,14}}?\s+(?:(?:was|were|is|are|has|have|had)\s+)?"
    r"(?:never|not|not\s+yet|yet\s+to)\s+(?:(?:been|be|fully|officially|formally)\s+){0,2}"
    r"(?:published|released|made\s+public|disclosed)\b|"
    r"\bwhose\s+(?:terms|text|contents?|details)\s+(?:[\w-]+\s+){0,3}?never\s+(?:published|released|disclosed|made)\b|"
    rf"\b{_DOCUMENT_NOUNS}\b(?:\s+[\w’'-]+){{0,6}}?\s+(?:would|will)\s+be\s+(?:published|released|made\s+public)\s+"
    r"(?:when|once|after|later|"
    r"in\s+due)\b|"
    r"\b(?:reproduced|printed|published|shown|listed)\s+in\s+(?:our|the|this\s+paper['’]s)\s+(?:print|printed|"
    r"weekend|Sunday|online)\s+edition\b|"
    r"\b(?:promised|forthcoming|accompanying|separate|companion)\s+(?:appendix|annex|table|list|dossier)\b|"
    r"\b(?:I|we)\s+(?:listed|set\s+out|gave|compiled|tabulated)\b[^.;]{0,100}?\bin\s+(?:my|our)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:book|column|article|piece|report|appendix|essay)\b", re.IGNORECASE)


#: A reference to a list, not its rank: "pointed to a list of", "referred to the list of".
_POINTED_TO = re.compile(r"\b(?:pointed|referred|alluded|appealed)\s+to\s+$", re.IGNORECASE)


#: Documents a sentence may tell of as out of the reader's reach, beyond :data:`_DOCUMENT_NOUNS`: conditions set out in
#: letters, a bibliography, a roll or register of names.
_UNGIVEN_NOUNS = (rf"(?:{_DOCUMENT_NOUNS}|conditions|letters|correspondence|bibliograph(?:y|ies)|rolls?|registers?|"
                  r"names|order\s+of\s+battle)")


#: A document the article tells of as out of its reader's reach: one the writer could not see ("set out in a secret
#: annex that I was not able to consult"), one kept classified or in an archive ("a register the ministry long kept
#: classified", "the roll, which is kept in the national archive"), one a book mentions and never prints, one whose
#: publication is denied after an aside ("The protocol, which fixed the frontier, has never been published"), one
#: given in another edition ("the full chronology appears in our Sunday edition") or promised ("the timeline we
#: promised"), or one the writer will not read out ("I will not read them all").
_OUT_OF_REACH = re.compile(
    rf"\b{_UNGIVEN_NOUNS}\b[^.;]{{0,80}}?\b(?:I|we)\s+(?:(?:was|were)\s+(?:not\s+able|unable|not\s+allowed)|"
    r"could\s*(?:not|n['’]t)|have\s+not\s+been\s+able|never\s+managed)\s+(?:to\s+)?(?:consult|see|read|obtain|examine|"
    r"access)\b|"
    rf"\b{_UNGIVEN_NOUNS}\b[^.;]{{0,60}}?\b(?:(?:long\s+)?kept\s+(?:classified|secret|under\s+seal)|"
    r"remains?\s+(?:classified|sealed|under\s+seal)|(?:is|are)\s+still\s+(?:classified|sealed|secret))\b|"
    rf"\b{_UNGIVEN_NOUNS}\b[^.;]{{0,80}}?\b(?:is|are|was|were)\s+kept\s+(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
    r"(?:archives?|ministry|library|vaults?|registry)\b|"
    r"\b(?:mentions?|cites?|refers\s+to|alludes\s+to)\b[^.;]{0,30}?\bbut\s+never\s+(?:prints|publishes|reproduces|"
    r"gives|quotes|lists)\b|"
    rf"\b{_UNGIVEN_NOUNS}\b,[^,;.]{{1,120}},\s+(?:has|have|had|was|were|is|are)\s+(?:never|not\s+yet|not)\s+"
    r"(?:been\s+)?(?:(?:fully|officially|formally)\s+)?(?:published|released|made\s+public|disclosed)\b|"
    rf"\b{_UNGIVEN_NOUNS}\b(?:\s+[\w’'-]+){{0,6}}?\s+(?:that|which)\s+(?:was|were|has|have)\s+(?:never|not)\s+"
    r"(?:been\s+)?(?:published|released|made\s+public|disclosed)\b|"
    r"\b(?:appears?|appeared|runs|will\s+(?:appear|run)|can\s+be\s+found)\s+in\s+(?:our|the|this\s+paper['’]s|"
    r"(?:tomorrow|Sunday|Saturday)['’]s)\s+(?:(?:print|printed|weekend|Sunday|Saturday|online|next)\s+)?edition\b|"
    r"\b(?:lists?|appendix|annex|table|bibliography|dossier|chronology|timeline)\s+(?:that\s+)?(?:we|I)\s+"
    r"(?:promised|have\s+promised|owe\s+(?:you|readers))\b|"
    r"\b(?:I|we)\s+(?:(?:will|shall|can|could)\s*(?:not|n['’]t)|won['’]t)\s+read\s+(?:them|it|out|the\s+(?:names|list))\b",
    re.IGNORECASE)


def _list_told(s: Sentence) -> re.Match[str] | None:
    """Return the words of a list the sentence tells of and does not give (:data:`_LIST_TOLD`): none where the list
    is a rank (:data:`_LIST_IDIOM`), where its items follow (a run of two states or more in its clause, or "included A,
    B and C") — such a list is stated."""
    for found in _LIST_TOLD.finditer(s.text):
        if _LIST_IDIOM.search(s.text[:found.start()]) and not _POINTED_TO.search(s.text[:found.start()]):
            continue
        clause = s.text[found.end():]
        stop = _CLAUSE_BREAK.search(clause)
        clause = clause[:stop.start()] if stop else clause
        runs = [(a, b) for a, b in _state_runs(s) if found.end() <= a < found.end() + len(clause)]
        if any(sum(1 for m in s.of("state") if a <= m.start - s.start < b) >= 2 for a, b in runs):
            continue
        if _LIST_ITEMS.search(clause):
            continue
        return found
    return None


def _document_references(s: Sentence) -> list[Claim]:
    """A list or document the sentence refers to and the article's text does not give (:data:`_DOCUMENT_ELSEWHERE`,
    :func:`_list_told`, :data:`_WITHHELD`, :data:`_NOT_GIVEN`): referenced but never stated; what it holds cannot be
    checked."""
    found = _DOCUMENT_ELSEWHERE.search(s.text) or _list_told(s) or _WITHHELD.search(s.text) or next(
        (m for m in _NOT_GIVEN.finditer(s.text) if not re.search(r"\b(?:that|this|these|those)\s+$",
                                                                s.text[:m.start()], re.IGNORECASE)), None) \
        or _OUT_OF_REACH.search(s.text)
    # ("That list has never been published": the list a sentence before told of, its claim already made)
    if found is None or re.search(r":\s*\S", s.text[found.end():]):
        return []  # (a list given in the sentence itself, after a colon, is stated)
    what = re.sub(r"\s+", " ", found.group(0)).strip()
    return [Claim(kind="list", text=s.text.strip(), start=s.start, end=s.end, claimed=f"a list or document referred "
                  f"to ({what})", verdict="referenced_not_stated", record_value="",
                  reason="the article refers to a list or document it does not give in its text; what it holds cannot "
                         "be checked")]
