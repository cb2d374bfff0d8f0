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
    r"in\s+(?:the|a|an)\s+(?:box|appendix|annex|sidebar|panel|table)\b)|"
    # told by where it appears, not by a verb of printing ("A full table of the members appears at the end of this
    # chapter", "can be found in the appendix")
    r"\b(?:appears?|appeared|will\s+appear|(?:can|may|is\s+to)\s+be\s+found|follows)\s+(?:below|overleaf|"
    r"at\s+the\s+(?:end|foot|bottom|back)\s+of|in\s+(?:the|a|an)\s+(?:box|appendix|annex|sidebar|panel)\b)",
    re.IGNORECASE)


#: The writer declining to give what the article refers to: "which I will not reproduce here", "this brief does not
#: reproduce it", "Nor will I go through the articles one by one", "whose terms I will spare you", "that this column
#: will spare the reader", "which this explainer will not bore you with", "is not reproduced here", "too long to
#: reproduce here", "I'm not going to reproduce"; or whoever told of the items withholding them ("signed eleven other
#: accords, the ministry said, without naming them", "declined to list them").
_WRITER = (r"(?:I|we|this\s+(?:brief|column|note|article|piece|explainer|agency|paper|newsletter|post|report|"
           r"analysis|essay|story|page|entry|memo|sidebar|section|summary|obituary|profile|review|book|chapter|"
           r"broadcast|programme|episode|transcript|factsheet|fact\s+sheet))")


_WITHHELD = re.compile(
    rf"\b{_WRITER}(?:\s+(?:(?:will|shall|can|do|does|need|would)\s*(?:not|n['’]t)|won['’]t)|"
    r"(?:\s+(?:am|are|is)|['’](?:m|re))\s+not\s+going\s+to)\s+(?:try\s+to\s+|attempt\s+to\s+)?"
    r"(?:reproduce|list|quote|rehearse|go\s+through|summari[sz]e|detail|spell\s+(?:\w+\s+)?out|enumerate|print|"
    r"recite|reprint|bore\s+(?:you|the\s+reader|readers)\s+with)\b|"
    # the writer's not giving it told as done ("we have not reprinted it here", "I did not print the list")
    rf"\b{_WRITER}\s+(?:(?:have|has|had|did)\s*(?:not|n['’]t)|(?:have|has|had)\s+never)\s+"
    r"(?:reproduced?|reprint(?:ed)?|printed|print|listed|list|quoted|quote|enumerated|"
    r"set\s+(?:it\s+|them\s+)?out)\b|"
    rf"\bnor\s+(?:will|shall|can|do|does)\s+{_WRITER}\s+(?:reproduce|list|quote|rehearse|go\s+through|summari[sz]e|"
    r"detail|enumerate|recite)\b|"
    rf"\b{_WRITER}\s+(?:will|shall|must|'ll)\s+spare\s+(?:you|the\s+reader|readers|our\s+readers)\b|"
    r"\b(?:is|are)\s+not\s+(?:reproduced|listed|quoted|given|printed|included)\s+(?:here\b|in\s+(?:this|these)\s+"
    r"(?:[\w-]+\s+)?(?:book|chapter|e-?mail|letter|newsletter|edition|issue|page|post|article|bulletin|briefing|"
    r"note|memo|report|programme|episode|transcript|section|summary|text|volume|booklet|guide)s?\b)|"
    r"\btoo\s+long\s+to\s+(?:reproduce|list|quote|print|give)\s+here\b|"
    r"\bwithout\s+(?:naming|listing|identifying|specifying|enumerating|itemi[sz]ing|detailing|publishing|disclosing)\s+"
    r"(?:them|any\s+of\s+them|which)\b|"
    r"\b(?:(?:did|does|do|would|will)\s*(?:not|n['’]t)|declined\s+to|refused\s+to)\s+(?:name|list|identify|specify|"
    r"enumerate)\s+(?:them|any\s+of\s+them)\b",
    re.IGNORECASE)


#: A list told by its owner or its contents and not given after it: "a list of the officials expelled", "Riyadh's
#: list of the coalition's members", "whose list of promises"; or a document told as listing something ("the annex
#: listing the exercises", "a White Book that listed every breach", "its secret clauses listed the territory").
_LIST_TOLD = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|whose|this|that|[\w’'-]+['’]s?)\s+(?:(?!(?:a|an|the)\s)[\w-]+\s+){0,2}?"
    r"lists?\s+of\b|"
    r"\b(?:annex(?:es)?|appendix|protocols?|clauses?|articles?|book|letter|report|statement|charter|communiqu[eé]|"
    r"memorandum|note|document|dossier|schedule|text|essay|paper|declarations?|memoirs?|files?|folders?|notebooks?|"
    r"worksheets?|tables?)\b[\"”’]?(?:,?\s+(?:which|that)\b)?"
    # (an aside between the document and its verb: "a file, the famous "grey folder", listing every promise")
    r"(?:,?\s+[\"“]?[\w’'-]+[\"”]?){0,3}?,?\s+(?:lists|listed|listing|enumerat(?:es|ed|ing))\s+"
    r"(?!as\b|among\b|in\b|below\b)",
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
                   r"figures|road\s?maps?|"
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


#: A reference to a list, not its rank: "pointed to a list of", "referred to the list of", "refers to an annexed
#: table".
_POINTED_TO = re.compile(r"\b(?:point(?:s|ed|ing)?|refer(?:s|red|ring)?|allud(?:es|ed|ing)|appeal(?:s|ed|ing)?)"
                         r"\s+to\s+$", re.IGNORECASE)


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
    r"could\s*(?:not|n['’]t)|have\s+not\s+been\s+able|(?:have\s+)?(?:still\s+)?(?:never|not)\s+managed)\s+(?:to\s+)?"
    r"(?:consult|see|read|obtain|examine|access|find|locate|trace)\b|"
    # the same told before the noun: "I was not able to find the treaty's annex on border crossings"
    r"\b(?:I|we)\s+(?:(?:was|were)\s+(?:not\s+able|unable)|could\s*(?:not|n['’]t)|have\s+not\s+been\s+able|"
    r"(?:have\s+)?(?:still\s+)?(?:never|not)\s+managed)\s+(?:to\s+)?(?:consult|see|read|obtain|examine|access|find|"
    rf"locate|trace)\s+(?:the|a|an|its|their|any)\s+(?:[\w’'-]+\s+){{0,3}}?{_UNGIVEN_NOUNS}\b|"
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
    r"(?:promised|have\s+promised|owe\s+(?:you|readers)|(?:will|shall|['’]ll)\s+(?:circulate|send|post|share|"
    r"e-?mail|upload|hand\s+out))\b|"
    r"\b(?:I|we)\s+(?:(?:will|shall|can|could)\s*(?:not|n['’]t)|won['’]t)\s+read\s+(?:them|it|out|the\s+(?:names|list))\b",
    re.IGNORECASE)


#: How a claim of :func:`_ungiven_document` words the document it found (the backstop's own, which
#: :func:`_lists_apart` may drop).
_TOLD_OF = "told of"


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
    if found is not None and re.search(r":\s*\S", s.text[found.end():]):
        return []  # (a list given in the sentence itself, after a colon, is stated)
    span = found.span() if found is not None else _ungiven_document(s)
    if span is None:
        return []
    what = re.sub(r"\s+", " ", s.text[span[0]:span[1]]).strip()
    how = "referred to" if found is not None else _TOLD_OF
    return [Claim(kind="list", text=s.text.strip(), start=s.start, end=s.end, claimed=f"a list or document {how} "
                  f"({what})", verdict="referenced_not_stated", record_value="",
                  reason="the article refers to a list or document it does not give in its text; what it holds cannot "
                         "be checked")]


#: Documents made to be handed out or looked up beside a text, each standing for a list: a handout, a spreadsheet, a
#: chart, a bibliography, a syllabus or module guide, a fact sheet, the set readings, a running order, a ledger, a
#: worksheet.
_HANDED_OUT = (r"(?:handouts?|worksheets?|spreadsheets?|charts?|bibliograph(?:y|ies)|syllab(?:us|i|uses)|"
               r"fact\s*sheets?|"
               r"(?:module|course|study|reading)\s+(?:guides?|readers?|packs?)|(?:set|assigned|required)\s+readings|"
               r"running\s+orders?|ledgers?|databases?|briefing\s+(?:packs?|books?|notes?)|"
               r"(?:lecture|seminar|presentation|course)\s+slides|slide\s*decks?)")


#: A noun of a document or of an enumeration: what an article may tell of as existing, or as holding things, and never
#: give ("a dossier", "the secret protocol", "the conditions", "the names", "a schedule of payments").
_ENUMERATION = (r"(?:lists?|annex(?:es)?|appendix|appendices|schedules?|inventor(?:y|ies)|registers?|rolls?|rosters?|"
                r"dossiers?|catalogues?|catalogs?|tall(?:y|ies)|index|indexes|tables?|chronolog(?:y|ies)|timelines?|"
                r"memorand(?:um|a)|protocols?|clauses?|articles|terms|conditions|demands|stipulations|minutes|"
                r"transcripts?|names|texts?|documents?|letters?|notes|ultimatums?|communiqu[eé]s?|maps?|files?|"
                r"reports?|ledgers?|records|papers|cables?|telegrams?|correspondence|details|contents|diar(?:y|ies)|"
                r"journals?|notebooks?|guides?|guidebooks?|brochures?|pamphlets?|booklets?|leaflets?|"
                r"(?:guest|visitors?['’]?|signing|condolence)\s+books?|"
                rf"programmes?(?=\s+of\b)|programs?(?=\s+of\b)|agendas?|itinerar(?:y|ies)|{_HANDED_OUT})")


#: Places a document is kept or posted apart from the text that tells of it: a web page, a course page or reader, an
#: archive, a shared folder, a separate post, another edition, an annex, a depositary.
_PLACES = (r"(?:web\s*sites?|sites?|web\s*pages?|pages?|archives?|folders?|drives?|posts?|blogs?|readers?|packs?|"
           r"syllab(?:us|i)|librar(?:y|ies)|portals?|intranet|extranet|registry|depositary|handbook|handouts?|"
           r"annex(?:es)?|appendix|appendices|newsletters?|editions?|files|Moodle|Blackboard|Substack|notice\s*boards?|"
           r"noticeboards?|request|institut(?:e|es|ion|ions)|museums?|collections?|record\s+offices?|file|"
           r"(?:show|programme|episode|lecture)\s+notes|(?:gift\s+|book\s*)?(?:shops?|stores?)|bookshops?|kiosks?|"
           r"(?:subscriber|subscribers['’]|print|online|weekend|Sunday)\s+editions?)")


#: A document told as kept or posted where the reader of the text must go to see it, after its noun: "is on the course
#: page", "are in the shared folder", "is in a separate post", "appears on the university's website", "is available on
#: request", "are held by the depositary government", "was filed with personnel", "accompanies this broadcast
#: online", "which you can request by post", "can be downloaded"; not one told to be everywhere ("it is in every
#: library").
_KEPT_AT = (
    r"\b(?:(?:is|are|was|were|has\s+been|have\s+been|will\s+be|can\s+be|may\s+be)\s+(?:(?:only|now|also|all|freely|"
    r"still|already)\s+)?(?:(?:posted|available|kept|filed|stored|found|online|uploaded|pinned|published|put|placed|"
    r"up|sold|on\s+sale|for\s+sale|displayed|exhibited|attached|appended)\s+)?|(?:appears?|appeared|sits?|lives?|"
    # (one told to survive somewhere: "is said to survive in a private collection")
    r"survives?|survived|(?:is|are|was|were)\s+(?:said|thought|believed|known|reported)\s+to\s+(?:survive|be|lie|rest))\s+)"
    r"(?:on|in|at|from|via|to)\s+(?!(?:every|any|all|most|many|some)\b)"
    r"(?:(?:the|our|my|its|their|his|her|a|an|this|your)\s+)?(?:[\w’'-]+\s+){0,3}?"
    rf"{_PLACES}\b|"
    r"\b(?:is|are|was|were)\s+(?:(?:now|still|all)\s+)?(?:held|kept|deposited|preserved|housed|lodged|filed)\s+"
    r"(?:at|in|by|with)\b|"
    r"\b(?:available|obtainable|to\s+be\s+had)\s+(?:(?:on|upon|by)\s+(?:request|application)\b|from\s+(?!\d)|"
    r"to\s+(?:subscribers|members|readers|listeners|anyone|researchers|the\s+public)\b)|\bon\s+request\b|"
    r"\baccompan(?:ies|y|ied|ying)\s+(?:this|the|our|today['’]s|tonight['’]s)\s+(?:[\w-]+\s+)?(?:broadcast|article|"
    r"piece|programme|program|report|story|post|episode|podcast|edition|show|lecture|seminar|memo|letter)\b|"
    r"\b(?:you|listeners|readers|students|viewers)\s+(?:can|may|could)\s+(?:request|download|order|consult|obtain)\b|"
    r"\bcan\s+be\s+(?:requested|downloaded|ordered|consulted|obtained)\b|"
    r"\b(?:is|are|was|were)\s+(?:handed|given|sent|passed|distributed|circulated|e-?mailed|posted)\s+(?:out\s+)?"
    r"to\s+(?:every|each|all|the|our|its|their)\b")


#: A document told as out of the text's reach, anywhere after its noun in its clause: never published or released,
#: kept secret, lost, withheld ("the names of the officers involved have never been released", "whose contents stay
#: classified to this day", "the dossier, handed to the ambassador, has since vanished"), one nobody telling of it has
#: seen or could obtain ("a letter I have never seen published"), missing from the edition ("it is nowhere in this
#: edition"), to be found elsewhere or read out later ("we will read them in a later programme"), or too quick to
#: read ("the list scrolls past too quickly to read").
_UNGIVEN_AFTER = re.compile(
    rf"{_KEPT_AT}|"
    r"\b(?:was|were|is|are|has|have|had|would|will)\s+(?:[\w-]+\s+){0,2}?(?:never|not|yet\s+to)\s+(?:(?:yet|once|"
    r"been|be|fully|officially|formally|publicly|since|in\s+full)\s+){0,3}"
    r"(?:published|released|made\s+(?:public|available)|disclosed|printed|shown|declassified|divulged|revealed|"
    r"circulated|distributed|enclosed|attached|sent|shared|"
    r"surfaced|turned\s+up|found|located|transcribed|reproduced|given|quoted|spel(?:led|t)\s+out|specified|"
    r"itemi[sz]ed|detailed|named|identified|enumerated|listed)\b|"
    r"\b(?:is|are|was|were)\s+(?:(?:only|now|freely)\s+)?(?:available|online|posted|kept|filed)\s+(?:on|at|from)\s+"
    r"(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:website|site|archives?|web\s+page|portal)\b|"
    r"\b(?:would|could|might)\s+fill\s+(?:this|a|several|many|the)\s+(?:page|pages|column|book|volume|issue)\b|"
    r"\b(?:never|not)\s+(?:yet\s+)?(?:been\s+)?(?:published|released|made\s+public|disclosed|declassified|"
    r"divulged|printed)\b|"
    r"\bnever\s+(?:arrived|came|materiali[sz]ed|appeared|reached\s+(?:us|me|them|the\s+\w+))\b|"
    r"\b(?:arrived|came|reached\s+(?:us|me))\s+without\s+(?:it|them)\b|"
    r"\b(?:remains?|remained|stays?|stayed|kept|keeps|(?:is|are|was|were)\s+still)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:secret|classified|sealed|confidential|unpublished|undisclosed|under\s+(?:seal|wraps|lock)|private|"
    r"locked\s+away|off\s+limits)\b|"
    r"\b(?:has|have|had)\s+(?:since\s+)?(?:vanished|disappeared|been\s+lost|been\s+destroyed|been\s+withheld)\b|"
    r"\b(?:unpublished|undisclosed|withheld|omitted\s+(?:here|from)|left\s+out\s+(?:here|of\s+this))\b|"
    r"\bbeyond\s+(?:the\s+scope\s+of\s+)?(?:this|these|our)\s+(?:note|article|piece|column|brief|post|report|"
    r"page|essay|explainer|timeline|story|newsletter)\b|"
    r"\b(?:not|never)\s+(?:(?:be|been)\s+)?(?:reproduced|listed|quoted|printed|given|detailed|enumerated)\s+"
    r"(?:here|in\s+(?:this|these|full))\b|"
    r"\b(?:has|have|had)\s+(?:yet\s+to|never|not)\s+(?:(?:yet|once|ever)\s+)?(?:seen|read|consulted|obtained|traced|"
    r"located)\b|"
    r"\b(?:has|have|had)\s+(?:been\s+(?:unable|not\s+able)|(?:not|never)\s+been\s+able|(?:still\s+)?(?:not|never)\s+"
    r"managed)\s+to\s+(?:obtain|see|find|consult|trace|locate|read)\b|"
    r"\b(?:is|are|was|were)\s+(?:nowhere\s+(?:in|to\s+be\s+(?:found|seen))|missing\s+from|absent\s+from)\b|"
    r"\b(?:have|has|need)\s+to\s+(?:find|look\s+for|seek|consult|read)\s+(?:it|them)\s+elsewhere\b|"
    r"\b(?:will|shall|['’]ll)\s+(?:read|give|publish|list|name|print|share)\s+(?:them|it)\s+(?:out\s+)?"
    r"(?:later|another\s+time|in\s+(?:a|an|our|the)\s+(?:later|future|coming|next|forthcoming|subsequent)\s+\w+)\b|"
    r"\btoo\s+(?:quickly|fast|small|faint|faded|briefly)\s+to\s+(?:read|make\s+out|decipher|follow)\b|"
    # given only later, to someone, or elsewhere: "will be circulated by email", "is to be sent to members", "which I'll
    # share in a later post"
    r"\b(?:will|shall|would|is\s+to|are\s+to|['’]ll)\s+(?:only\s+|also\s+|later\s+)?be\s+(?:circulated|sent|shared|"
    r"distributed|e-?mailed|posted|uploaded|handed\s+out|made\s+available|passed\s+round|published\s+(?:later|"
    r"separately|next|in\s+(?:a|an|our|the)\s+(?:later|future|coming|next|separate|forthcoming)))\b|"
    r"\b(?:that|which)\s+(?:I|we)\s*(?:will|shall|['’]ll|plan\s+to|hope\s+to|intend\s+to|mean\s+to)\s+"
    r"(?:share|send|post|circulate|publish|upload|put\s+(?:up|online)|release)\b",
    re.IGNORECASE)


#: Things told too many to list, whatever they are ("the incidents are too numerous to name here", "too many to
#: enumerate in a short note").
_TOO_MANY = re.compile(r"\btoo\s+(?:many|numerous|long|lengthy)\s+to\s+(?:list|name|enumerate|reproduce|quote|print|"
                       r"give|go\s+into|count)\b", re.IGNORECASE)


#: A document told as out of reach before its noun: "Nobody has published the list", "Neither side ever released the
#: protocol", "the ministry refused to release its dossier", "no one outside the cabinet has seen the annex".
_UNGIVEN_BEFORE = re.compile(
    r"\b(?:(?:nobody|no\s+one|neither\s+(?:side|government|capital|party)|none\s+of\s+them)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:has|have|had|ever|was|were)?\s*(?:ever\s+)?|(?:never|not)\s+(?:yet\s+)?|(?:refused|declined|refuses|"
    r"declines)\s+to\s+|(?:did|does|do|has|have|had|would|will)\s*(?:not|n['’]t)\s+(?:yet\s+)?)"
    r"(?:publish(?:ed)?|release[ds]?|disclose[ds]?|print(?:ed)?|ma(?:de|ke)\s+public|show(?:n|ed)?|seen|see|"
    r"declassif(?:y|ied))\s+(?:[\w’'-]+\s+){0,3}?$",
    re.IGNORECASE)


#: A document told as holding things, by a verb of enumerating after its noun: "the dossier named every officer
#: involved", "a protocol that set out the forces each side would field", "the cable itemised the arms promised",
#: "annexes that list the sites"); or, whatever its noun, by the names it records ("the visitor book records the name
#: of every guest", "the credits list the names of the victims").
_HOLDS = re.compile(
    rf"\b{_ENUMERATION}\b(?:,?\s+(?:which|that)\b)?(?:\s+[\w’'-]+){{0,4}}?"
    # (a comma before a participle that lists: "Annex B, listing the provisions"; not before a verb of the clause,
    # "Their letters, which were published in 1970, show the strain")
    r"(?:,(?=\s+(?:listing|naming|enumerating|itemi[sz]ing|cataloguing|spelling\s+out|setting\s+out|specifying|"
    r"detailing)\b))?\s+"
    r"(?:listed|lists|list(?=\s+(?:the|every|each|all)\b)|listing|named|naming|"
    r"(?:names|gives|give|covers|cover|shows|show|records|record)(?=\s+(?:the|every|each|all)\b)|enumerat(?:ed|es|ing)|itemi[sz](?:ed|es|ing)|catalogu(?:ed|es|ing)|"
    r"spel(?:led|t|ls|ling)\s+out|set(?:s|ting)?\s+out|specif(?:ied|ies|ying)|detail(?:ed|s|ing)|"
    r"(?:ran|runs|running)\s+to)\s+(?!as\b|among\b|in\b|below\b|above\b|here\b|it\b|them\b)|"
    r"\b(?:records?|recorded|lists?|listed|gives?|gave|holds?|held|bears?|bore|carries|carried|contains?|contained)\s+"
    r"the\s+(?:full\s+)?(?:names\s+of|name\s+of\s+(?:every|each))\b",
    re.IGNORECASE)


#: A list-like document told by what it holds or is about, with no enumeration of its own: "a dossier on the
#: militias' suppliers", "the roster of officers seconded", "a package of twelve conditions".
_OF_THINGS = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|whose|this|that|[\w’'-]+['’]s?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rolls?|rosters?|registers?|inventor(?:y|ies)|catalogues?|dossiers?|schedules?|tall(?:y|ies)|"
    r"chronolog(?:y|ies)|spreadsheets?|databases?|ledgers?|bibliograph(?:y|ies)|(?:card\s+)?index(?:es)?|"
    r"fact\s*sheets?)\s+(?:of|on)\b|"
    r"\b(?:set|package|catalogue|litany|schedule|list|raft|slate)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:demands|conditions|terms|stipulations|proposals|points|guarantees|assurances|grievances|objections|"
    r"concessions|commitments|obligations|undertakings|requests|claims|charges|accusations)\b",
    re.IGNORECASE)


#: A document that stands for a list or for text kept apart whatever the sentence tells of it: "a dossier", "the
#: roster", "a secret protocol", "the confidential annexes", "the full list", "the complete text".
_KEPT_APART = re.compile(
    r"\b(?:dossiers?|inventor(?:y|ies)|rosters?|addend(?:um|a)|codicils?)\b|"
    r"\b(?:secret|confidential|classified|unpublished|undisclosed)\s+(?:[\w-]+\s+)?(?:protocols?|annex(?:es)?|"
    r"appendix|appendices|clauses?|articles|codicils?|schedules?|lists?|minutes|memorand(?:um|a)|side\s+letters?)\b|"
    r"\b(?:the|a|an|its|their)\s+(?:full|complete|entire|whole|exhaustive)\s+(?:lists?|inventory|roster|register|"
    r"catalogue|tally|text|texts|terms|set\s+of\s+[\w-]+)\b|"
    # one told as annexed to another document, not to this text: "refers to an annexed table of force levels"
    r"\b(?:an?|the|its|their)\s+(?:annexed|appended|attached|enclosed|accompanying)\s+(?:[\w-]+\s+)?(?:tables?|lists?|"
    r"schedules?|maps?|charts?|registers?|inventor(?:y|ies)|rosters?)\b",
    re.IGNORECASE)


#: A document told as made public, in words of the sentence: a noun of :data:`_KEPT_APART` told so is no reference to
#: one out of reach.
_MADE_PUBLIC = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:later|since|finally|"
                          r"eventually|first|officially|fully|widely|duly|long)\s+)?(?:published|released|made\s+public|"
                          r"declassified|printed|leaked|reproduced|quoted)\b", re.IGNORECASE)


#: A document told as existing: "There is a list ...", "a secret annex survives", "a dossier circulated".
_EXISTS = re.compile(
    rf"\bthere\s+(?:is|was|are|were|exists?|existed)\s+(?:also\s+|still\s+|even\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_ENUMERATION}\b|"
    rf"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_ENUMERATION}\s+(?:[\w’'-]+\s+){{0,3}}?"
    r"(?:exists|existed|survives|survived|circulated|circulates|is\s+said\s+to\s+exist|was\s+drawn\s+up|"
    r"was\s+compiled)\b|"
    r"\b(?:had|has|have|contained|contains|included|includes|carried|carries|came\s+with|comes\s+with|with|added|"
    r"attached|appended|accompanied\s+by)\s+(?:an?|the|its|their|one|two|three|several)\s+(?:[\w-]+\s+){0,1}?"
    r"(?:secret|confidential|classified|unpublished|undisclosed)\s+(?:[\w-]+\s+)?(?:protocols?|annex(?:es)?|"
    r"appendix|appendices|clauses?|articles|codicils?|letters?|notes|schedules?|lists?|minutes|memorand(?:um|a))\b|"
    r"\b(?:handed|gave|give|gives|sent|send|sends|delivered|submitted|presented|tabled|drew\s+up|compiled|"
    r"produced|leaked|circulated)\s+(?:[\w’'-]+\s+){0,3}?(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lists?|dossiers?|inventor(?:y|ies)|rosters?|registers?|catalogues?|schedules?|annex(?:es)?)\b",
    re.IGNORECASE)


#: A document someone has, keeps, made or passed on, told by what it is of or on and not given: "I keep a spreadsheet of
#: every summit", "we have a list of the veterans", "my earlier post has a chart of", "the draft included an appendix
#: of", "officials distributed a fact sheet on", "she compiled an annotated register of"; or one sent with the text
#: ("Attached is the spreadsheet", "see the attached annex", "consult the appendix").
_HELD_BY = re.compile(
    r"\b(?:have|has|had|having|keep|keeps|kept|keeping|maintain(?:s|ed|ing)?|compil(?:e|es|ed|ing)|includ(?:e|es|ed)|"
    r"contain(?:s|ed)?|obtain(?:s|ed)?|prepar(?:e|es|ed)|put\s+together|assembled|promis(?:e|es|ed)|with|"
    r"distribut(?:e|es|ed)|drawn\s+up|attach(?:es|ed)?|append(?:s|ed)?|display(?:s|ed)?|exhibit(?:s|ed)?|"
    r"(?:send|sends|sent|sending|forward(?:s|ed)?|e-?mail(?:s|ed)?|circulat(?:e|es|ed))"
    r"(?:\s+(?:me|us|you|him|her|them|readers|listeners|members))?)\s+"
    r"(?P<doc>(?:(?:an?|the|its|their|his|her|our|my|one)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:lists?|registers?|catalogues?|inventor(?:y|ies)|tall(?:y|ies)|tables?|timelines?|chronolog(?:y|ies)|"
    rf"dossiers?|rosters?|rolls?|maps?|appendix|annex(?:es)?|schedules?|notebooks?|files?|folders?|{_HANDED_OUT})|"
    # (several told without an article: "the founding texts include annexes on thirty projects")
    r"(?:lists|registers|tables|timelines|dossiers|rosters|maps|appendices|annexes|schedules|notebooks|files))\s+"
    r"(?:of|on|for|listing|setting\s+out|naming|with\s+the\s+names)\b)|"
    r"\b(?:attached|enclosed)\s+(?:is|are|please\s+find|you\s+will\s+find)\b|"
    r"\b(?:as\s+)?(?:listed|set\s+out|named|detailed|itemi[sz]ed)\s+(?:on|in|at)\s+(?:the|our|my|its|their|this|a)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?{_PLACES}\b|"
    r"\bcop(?:y|ies)\s+of\s+(?:the|a|an|its|their|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lists?|annex(?:es)?|appendix|appendices|rosters?|registers?|dossiers?|tables?|maps?|timelines?|"
    rf"{_HANDED_OUT})\b|"
    r"\baccording\s+to\s+(?:the|our|my)\s+(?:[\w-]+\s+)?(?:syllabus|handout|spreadsheet|timeline|chart|appendix|"
    r"annex|reading\s+list|fact\s*sheet|bibliography|course\s+page|module\s+guide)\b|"
    r"\b(?:request|download|order|consult)\s+(?:the|a|an|our|this|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_ENUMERATION}|transcripts?|recordings?)\b|"
    r"\b(?:see|find|consult|check|use|read)\s+(?:the|our|my)\s+(?:attached|enclosed|accompanying|appended)\b|"
    # a cross-reference to a document set out elsewhere: "see also the table of ratifications in the appendix"
    r"\b(?:see|consult|refer\s+to|check)\s+(?:also\s+)?(?:the|our|my|a)\s+(?:[\w-]+\s+){0,2}?"
    rf"{_ENUMERATION}\b[^.;:]{{0,60}}?\b(?:in|at|on)\s+(?:the|our|my|this|its|a)\s+(?:[\w’'-]+\s+){{0,3}}?{_PLACES}\b|"
    r"\b(?:see|consult|refer\s+to|check)\s+(?:the|our|my)\s+(?:[\w-]+\s+)?(?:appendix|annex|handout|spreadsheet|"
    r"timeline|bibliography|syllabus|fact\s*sheet)\b",
    re.IGNORECASE)


#: What gives a document's items in its sentence after it: "namely", "that is", a run of three names or more
#: ("Aden, Muscat and Bahrain"), or two named items joined by "and" after an enumerating verb.
_GIVEN_HERE = re.compile(
    r"\b(?:namely|viz|i\.\s?e\.|to\s+wit)\b|"
    r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,?\s+and\s+(?:the\s+)?[A-Z]|"
    r"\b[\w’'-]+(?:\s+[\w’'-]+)?,\s+[\w’'-]+(?:\s+[\w’'-]+)?,\s+[\w’'-]+(?:\s+[\w’'-]+)?,?\s+and\s+\w")


#: A sentence that gives the items of a list told just before it: "They were A, B and C.", "It named Greece, Turkey
#: and Iran.", "The first was ...", "Among them: ...", a bullet or an item numbered one ("1. ..."); the next point of
#: a numbered text ("9. ... lists the readings. 10. Question: ...") is none.
_GIVEN_NEXT = re.compile(
    r"\s*(?:(?:they|these|those|the\s+items|the\s+names|its\s+items)\s+(?:were|are|included|include|ran)\b|"
    r"(?:it|the\s+list|the\s+annex|the\s+protocol)\s+(?:named|listed|included|ran\s+as\s+follows)\b|"
    r"(?:the\s+)?first\s+(?:was|is|of\s+them)\b|among\s+them\b|first,|"
    r"(?:[-*•]|\(?1[.)])\s)",
    re.IGNORECASE)


#: A plural noun after a run of states, which the run qualifies and does not list ("the Greek and Cypriot officers",
#: "the Chinese and Pakistani commitments"): no items of a document.
_MODIFIER = re.compile(r"\s+(?!(?:as|and|or|was|has|is|its|this|his|thus|plus|us|always|whereas|besides|across|"
                       r"towards|afterwards)\b)(?-i:[a-z])[\w-]*s\b")


def _given_in(s: Sentence, at: int) -> bool:
    """Return whether the sentence gives, after the offset ``at``, the items of the document told there: after a
    colon, by :data:`_GIVEN_HERE` or :data:`_LIST_ITEMS` ("included a port, a railway and a base"), or by a run of
    two states or more (:func:`_state_runs`) that does not qualify a noun after it (:data:`_MODIFIER`: "the Greek and
    Cypriot officers" are no items; nor a run that ends in a state's adjective before a noun, "every Kuwaiti and
    Bahraini unit", "every Italian-Turkish protocol")."""
    rest = s.text[at:]
    if re.search(r":\s*\S", rest) or _GIVEN_HERE.search(rest) or _LIST_ITEMS.search(rest):
        return True
    adjectives = {m.end - s.start for m in s.of("state") if m.how == "adjective"}
    return any(b > at and sum(1 for m in s.of("state") if a <= m.start - s.start < b) >= 2
               and not _MODIFIER.match(s.text, b)
               and not (b in adjectives and re.match(r"\s+(?-i:[a-z])[\w-]*\b", s.text[b:]))
               for a, b in _state_runs(s))


def _ungiven_document(s: Sentence) -> tuple[int, int] | None:
    """Return the bounds, in the sentence's text, of a document or enumeration the sentence tells of, as existing or as
    holding things, and does not give: a backstop behind :func:`_document_references` for any phrasing of the family.
    Its noun (:data:`_ENUMERATION`) told out of reach after it (:data:`_UNGIVEN_AFTER`) or before it
    (:data:`_UNGIVEN_BEFORE`), a document told by a verb of enumerating (:data:`_HOLDS`), by what it holds
    (:data:`_OF_THINGS`), as existing (:data:`_EXISTS`), too many to list (:data:`_TOO_MANY`), as had, made or sent
    by someone or with the text (:data:`_HELD_BY`), or by a noun that
    stands for one kept apart (:data:`_KEPT_APART`, where the sentence tells none made public); none where the
    sentence gives its items after it (:func:`_given_in`) or where the noun is a rank or a place ("on the list of",
    :data:`_LIST_IDIOM`)."""
    found: list[tuple[int, int]] = []
    for noun in re.finditer(rf"\b{_ENUMERATION}\b", s.text, re.IGNORECASE):
        after = s.text[noun.end():]
        stop = re.search(r"[;:]|\.\s", after)
        ungiven = _UNGIVEN_AFTER.search(after[:min(stop.start() if stop else len(after), 140)])
        if ungiven is not None:
            found.append((noun.start(), noun.end() + ungiven.end()))
        elif _UNGIVEN_BEFORE.search(s.text[max(0, noun.start() - 80):noun.start()]):
            found.append((noun.start(), noun.end()))
    found.extend(m.span() for pattern in (_HOLDS, _OF_THINGS, _EXISTS, _TOO_MANY) for m in pattern.finditer(s.text))
    # (from its document on, which a verb before may put after "to": "promised to send us the timeline of")
    found.extend(m.span("doc") if m.group("doc") else m.span() for m in _HELD_BY.finditer(s.text))
    if not _MADE_PUBLIC.search(s.text):  # ("The secret protocol ... was published in 1948": given elsewhere, told)
        found.extend(m.span() for m in _KEPT_APART.finditer(s.text))
    for start, end in sorted(found):
        if re.search(r"\b(?:that|this|these|those|such|same)\s+(?:[\w-]+\s+)?$", s.text[:start], re.IGNORECASE):
            continue  # ("That list has never been published": the one told before, its claim already made)
        if _LIST_IDIOM.search(s.text[:start]) and not _POINTED_TO.search(s.text[:start]):
            continue
        if not _given_in(s, end):
            return start, end
    return None


def _lists_apart(text: str, claims: list[Claim]) -> list[Claim]:
    """Return ``claims`` without those of :func:`_ungiven_document` whose document the article gives after all, in the
    sentence that follows (:data:`_GIVEN_NEXT`: "It named Greece, Turkey and Iran."), or that is one told a sentence
    or two before, its claim made there ("A dossier ... was never released. The ministry says the dossier exists."):
    a document of the same noun (another one, "a list ... Our annex sets out ...", is a reference of its own)."""
    out: list[Claim] = []
    last, before = -10_000, ""
    for c in claims:
        given = _GIVEN_NEXT.match(text[c.end:c.end + 80])
        if given is not None and re.match(r"\s*[-*•]\s", given.group(0)) and re.match(r"\s*[-*•]\s", c.text):
            given = None  # (a bullet after a bullet is the next point of the same list, not the document's items)
        if c.kind == "list" and c.claimed.startswith(f"a list or document {_TOLD_OF} (") and (
                given or (c.start - last < 400 and _same_document(c, before))):
            continue
        if c.kind == "list":
            last, before = c.end, c.text
        out.append(_with_its_sequel(text, c))
    return out


def _same_document(claim: Claim, before: str) -> bool:
    """Return whether a claim of :func:`_ungiven_document` may tell of the document told in the text ``before``: its
    noun ("dossier", "annexes") is there too, or it names none of :data:`_ENUMERATION`."""
    told = claim.claimed.partition("(")[2]
    nouns = [m.group(0).casefold().rstrip("s") for m in re.finditer(rf"\b{_ENUMERATION}\b", told, re.IGNORECASE)]
    return not nouns or any(re.search(rf"\b{re.escape(n[:5])}", before, re.IGNORECASE) for n in nouns)


#: A sentence that goes on about the document the one before told of, saying it is not given: "Nobody has published
#: it.", "It has never been released.", "The ministry has not made it public.", "They remain classified."
_SEQUEL = re.compile(
    r"\s*(?:(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:(?:has|have|had)\s+been\s+(?:unable|not\s+able)\s+to|"
    r"(?:could|can)\s*(?:not|n['’]t))\s+(?:obtain|see|find|consult|trace|locate)\s+(?:it|them)\b|"
    r"(?:(?:nobody|no\s+one|none\s+of\s+us|no\s+[\w-]+)\s+(?:(?:has|have|had|will|would|did)\s+)?"
    r"(?:(?:ever|yet|since)\s+)?|"
    r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:has|have|had|will|would|did|does|do)\s*(?:not|never|n['’]t)\s+"
    r"(?:(?:ever|yet|since)\s+)?)"
    r"(?:published|released|seen|printed|disclosed|shown|publish|release|print|disclose|show|"
    r"made\s+(?:it|them)\s+public|make\s+(?:it|them)\s+public)(?:\s+(?:it|them))?\b|"
    # the writer promising it for later: "I'll post it one day, maybe.", "We will publish them next week."
    r"(?:I|we)(?:['’]ll|\s+will|\s+shall|\s+may|\s+might|\s+hope\s+to|\s+plan\s+to)\s+(?:\w+\s+)?(?:post|publish|share|"
    r"upload|release|put\s+up|circulate)\s+(?:it|them)\b|"
    r"(?:it|they|the\s+(?:list|annex|protocol|dossier|document|text|register|roster|inventory|appendix|letter|file|"
    r"tally|report)s?|its\s+(?:contents|text|terms))\s+(?:(?:has|have|had|was|were|is|are)\s+(?:(?:never|not|yet\s+to|"
    r"still\s+not)\s+)(?:yet\s+)?(?:been\s+|be\s+)?(?:published|released|made\s+public|printed|disclosed|declassified|"
    r"seen|shown)|(?:remains?|remained|stays?|stayed)\s+(?:(?:secret|classified|unpublished|sealed|under\s+seal|"
    r"unseen|closed)\b)))[^.!?]{0,120}[.!?]", re.IGNORECASE)


def _with_its_sequel(text: str, claim: Claim) -> Claim:
    """Return a list ``claim`` with the sentence that follows it in its span where that one goes on about the same
    document and says it is not given (:data:`_SEQUEL`: "There is a register of every incursion. Nobody has
    published it."): the two tell one reference."""
    if claim.kind != "list":
        return claim
    sequel = _SEQUEL.match(text, claim.end)
    if sequel is None:
        return claim
    return claim.model_copy(update={"end": sequel.end(), "text": text[claim.start:sequel.end()].strip()})
