"""Claims an article makes, found sentence by sentence from its mentions, and the record's verdict on each.

Each rule reads one sentence: an agreement with a date and a verb of signing is a claim about the agreement's
date; with "between" and states, about its parties; with a word of ending ("betrayed", "abrogated", "expired")
about how it ended, compared with each coding; a count of alliances or breaches between a pair is compared with
each coding's count; an event verb (visit, statement, sanctions, warrant) with states and a date is looked up among
the stored events; a leader's title with a date among the leaders' offices; a list or document the article refers
to and never gives is said to be so. Agreements described rather than named ("Czechoslovakia and Yugoslavia signed a
defensive alliance on 14 August 1920", and clauses that leave the verb out) are the states' stored agreement nearest
the date; a state's entry into or exit from an agreement is compared with the record's membership, an entry into
force with the record's date; a breach told of one state towards another ("France betrayed Poland") is the ending of
their agreement in force then; an agreement named with its date whose name the record lacks is not in the record.
An agreement may be told by a relative clause of its signing ("the treaty that Peru, Bolivia and Argentina had
signed in Lima on 6 February 1873": a state among three or more that is no party is a wrong party) or by a leading
participle ("Signed on 10 January 1966 by India, Pakistan and the Soviet Union, it ..."); its parties by what they
promised ("Britain, Greece and Turkey guaranteed ..."); its ending by "is still in force", "did the job it was made
for", "fulfilled rather than broken" or "X betrayed them"; a signing told negated ("had never signed a pact") is none.
Some readings are general rather than one form each: a dated clause whose verb of action no rule knows ("French
agents sank the ship on 10 July 1985") is an event of its states, found by the record's own words or else not in the
record; a list of states told as parties by what stands around it ("binding A, B and C", "which A and B signed with
C", "bound four monarchies: A, B, C and D") is compared with the members; joining an agreement is an entry and
joining other states in it a founding; an ending told negatively ("has never been terminated") or with no word of
how ("ended it") is compared with each coding. An agreement described, not named, is dated by what is tied to it
("of their own in March 1929", "at Salonika in July 1937", "was signed in Ankara on ..."); each count of a sentence is
read by its own words ("shared seven agreements but only one bilateral pact"), a part told bilateral making the whole
every shared agreement; an entry told by a description and its year ("acceded to the League's collective security
treaty of 1950") is into the stored agreement of those states signed then; "X, a founding member of Y" is a party
claim. A dated entry is also a party claim with the entry's verdict, never into an agreement ended by then, and states
that "followed" an entry in the same sentence entered too; "both signed Y" makes the two of the sentence before its
parties, as does "X has sat beside Z in Y" (a date after "since" is no signing); a list told by its owner or contents
and not given ("a list of the officials expelled", "the annex listing ...") is referenced but not stated.
A sentence telling of two or more acts each at a date of its own ("X recalled its envoy on 4 May and declared
war on 23 May"; "after A did this on D1, B did that on D2") is read clause by clause, beside a signing too; "it"
after an agreement the record lacks, or "the treaty he signed with X", is that agreement, not one named before; an
agreement told by its kind half a year from the nearest stored one, of another kind, is one the record lacks.
Every verdict names the records it rests on and their sources.

Claims about "now" are read at one explicit year (``as_of``, :func:`foedus.check.core.reading_year`): a count of
alliances counts those signed by then and those ended by then; "still in force" holds of an agreement that ended
only after it.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from foedus.check.mentions import (
    _FULL_MONTHS,
    _NUMBER_WORDS,
    Gazetteer,
    archigos_also,
    article_pair,
    contextual_descriptions,
    folded_name,
    number_value,
)
from foedus.check.models import Claim, CodingAnswer, Mention, RecordRef
from foedus.codings import coding_sort_key
from foedus.dates import PartialDate
from foedus.records import atopid_of
from foedus.states import state_name
from foedus.store.facts import known_codings
from foedus.text import coding_label, joined, plural, source_label, words

if TYPE_CHECKING:
    from foedus.history import Agreement, PairHistory
    from foedus.store import Store

__all__ = ["find_claims", "sentences"]

_SIGNING = re.compile(r"\b(sign(?:ed|ing|s)?(?!\s+up\b)|conclu(?:ded|de|sion)|inked|struck|conclude|agreed|issued|"
                      r"adopted|conclud\w*|dated|sealed|"
                      r"(?:put|set|added|affixed)\s+(?:their|its|his|her|our)\s+(?:names?|hands?|signatures?|seals?)\s+to|"
                      r"(?<=\bwas )(?:set up|founded|established|created|formed)|"
                      r"(?<=\bwere )(?:set up|founded|established|created|formed))\b"
                      # "concluded that the pact worked", "agreed that ...": a verb of reasoning, not of signing
                      r"(?!\s+that\s+(?!(?:treaty|pact|alliance|agreement|accord|convention|protocol|declaration)\b))",
                      re.IGNORECASE)
_BREACH = re.compile(r"\b(betray\w*|"
                     # (not "broke away from Gran Colombia", "war broke out", "broke off talks")
                     r"(?:broke|broken|breaking)(?!\s+(?:away|off|out|free|loose|through|ground|ranks|even)\b)|"
                     r"breach\w*|violat\w*|tore (?:it |them )?up|torn up|reneged|"
                     r"tore\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:pact|treaty|alliance|agreement|accord|"
                     r"convention)\s+up|"  # "tore that pact up"
                     r"treacher\w*)\b", re.IGNORECASE)
_ENDINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    # an end both sides chose ("ended by mutual consent", "abrogated by mutual agreement"), before any single verb
    (re.compile(r"\b((?:ended|terminated|dissolved|abrogated|annulled|cancell?ed|wound up|set aside)\s+(?:\w+\s+){0,3}?"
                r"by\s+mutual\s+(?:consent|agreement)|mutually\s+(?:agreed\s+to\s+end|terminated|dissolved))\b",
                re.IGNORECASE), "dissolved_jointly"),
    (re.compile(r"\b(abrogat\w*|renounc\w*|repudiat\w*|denounc\w*|annull\w*|revok\w*|revocation|walked away from|"
                r"voided|nullified|declared (?:it |them )?(?:null and )?void)\b"
                r"(?!\s+(?:the\s+)?(?:use\s+of\s+|threat\s+of\s+)?(?:force|war|violence|aggression|claims?|territorial|"
                r"nuclear|their\s+claims?|its\s+claims?)\b)",
                re.IGNORECASE), "abrogated"),
    (re.compile(r"\b(expir\w*|lapsed?|ran out|run out)\b", re.IGNORECASE), "expired"),
    # ("was overtaken by the Baghdad Pact"; not "overtaken by events", which tells no successor)
    (re.compile(r"\b(replaced|superseded|supplanted|set aside|gave way to|succeeded by|"
                r"(?<=\bwas )(?:\w+ly\s+)?overtaken(?!\s+by\s+(?:events|history|the\s+war)\b))\b", re.IGNORECASE),
     "replaced"),
    # (wound up by those named: "its members wound it up"; "was wound up" tells the end, not who chose it)
    (re.compile(r"\b(dissol(?:ved|ving|ution|ve)|disband\w*|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!ly )"
                r"(?:wound (?:it |them )?up|wind(?:ing)? (?:it |them )?up)|dismantl\w*)\b",
                re.IGNORECASE), "dissolved_jointly"),
    (re.compile(r"\b(?:(?:end\w*|died|fell|collapsed|perished|went down)\s+(?:with|in)\s+(?:\w+\s+){0,3}?defeat|"
                r"(?:did not|didn't|could not|failed to) (?:survive|outlast|outlive)\s+(?:[\w'’]+\s+){0,3}?defeat)\b",
                re.IGNORECASE), "defeated"),
    (re.compile(r"\b(ceased to exist|(?:was|were) (?:overrun|annexed|partitioned)|lost (?:its|their) independence)\b",
                re.IGNORECASE), "lost_independence"),
    (re.compile(r"\b(fulfill?(?:ed|s)? (?:its|their) (?:purpose|aim|task|mission)|(?:was|were|had been) fulfill?ed|"
                r"did (?:the|its) job|served its (?:purpose|turn)|achieved (?:its|their) (?:purpose|aim)|"
                # "had done its work by 1839", "has done its job"
                r"(?:has|had|have)\s+done\s+(?:its|their)\s+(?:work|job)|"
                r"(?:did|done|doing)\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+(?:it|they)\s+(?:(?:was|were)\s+"
                r"(?:made|meant|designed|signed|built|created|intended|founded)\s+(?:for|to\s+do)|promised|"
                r"set\s+out\s+to\s+do)|"
                r"(?:its|their)\s+work\s+was\s+done|"
                # the purpose told done in an absolute phrase ("lapsed, its purpose achieved", "its task served"), or
                # the end told with the victory it was made for ("lapsed with victory", "ended with Japan's formal
                # surrender": a member's own surrender is its defeat, :func:`_surrender_of_member`)
                r"(?:its|their)\s+(?:purpose|aim|task|mission|job|work)\s+(?:(?:had\s+been|was)\s+)?(?:achieved|"
                r"served|accomplished|fulfill?ed|met|done|completed?)|"
                r"(?:lapsed|expired|ended|ran\s+out|came\s+to\s+an\s+end)\s+(?:[\w,]+\s+){0,3}?(?:with|at)\s+"
                r"(?:the\s+)?(?:(?:allied|final|formal|unconditional|[\w-]+['’]s)\s+){0,2}?(?:victory|surrender|"
                r"capitulation))\b",
                re.IGNORECASE), "fulfilled"),
    (re.compile(r"\b(still (?:formally\s+|legally\s+)?in force|"
                r"(?:remains?|remained|is|are)(?:\s+still|\s+\w+ly|,[^,]{1,30},)?\s+in force|still stands|"
                # the parties still bound, told in the present: "Both remain bound by it", "which they still belong
                # to", "Both remain parties today", "it is still binding"
                r"(?:remains?|is|are)\s+(?:still\s+)?(?:bound\s+by\s+(?:it|them)|binding)|"
                r"remain\s+(?:still\s+)?part(?:y|ies)(?=\s*(?:[.,;]|$|\s+(?:to\s+(?:it|them)|today|still|now)\b))|"
                r"still\s+belongs?\s+to(?=\s*(?:[.,;]|$|\s+(?:it|them)\b))|"
                # the agreement told binding its parties now: "still binds both of them", "still bind Paris and
                # Brussels today", "continues to bind them"
                r"(?:still|continues?\s+to)\s+bind(?:s)?(?=\s+(?:both|all|them|the\s+two|(?-i:[A-Z]))))\b",
                re.IGNORECASE), "in_force"),
)
#: Words that date an agreement's end without saying how it ended ("ended in March 1939", "was terminated on ..."),
#: or that tell of a breach that ended it ("was torn up in August 1940").
_ENDED = re.compile(r"\b(ended|came to an end|terminated|(?:was|were) (?:\w+ )?laid to rest|tore (?:it |them )?up|"
                    r"torn up|scrapped|"
                    # an end told by what it went with, or by an idiom: "died with the monarchy", "went down with both
                    # empires", "the alliance was over by July", "the pact was dead", "was wound down"
                    r"(?:died|went\s+down|perished|collapsed|fell|disappeared|vanished)\s+with|(?:"
                    + "|".join(rf"(?<=\b{noun}\s)" for noun in ("it", "pact", "union", "treaty", "league", "alliance",
                                                                "entente", "accord", "agreement")) +
                    r")(?:was|were|is)\s+(?:all\s+but\s+|effectively\s+|already\s+)?(?:over|dead)\b|"
                    # a dead letter: "was a dead letter within two years", "had become dead letters"
                    r"(?:was|were|is|are|became|had\s+become|had\s+been)\s+(?:\w+\s+){0,2}?dead\s+letters?|"
                    # an agreement told to have died or collapsed, with no word of how: "The pact died on 8 October
                    # 1856", "the guarantee collapsed in June 1964", "it quietly fell apart"
                    r"(?:" + "|".join(rf"(?<=\b{noun}\s)" for noun in (
                        "it", "pact", "treaty", "alliance", "entente", "accord", "agreement", "guarantee", "pledge",
                        "convention")) + r")(?:\w+ly\s+)?(?:died|collapsed|fell\s+apart|disintegrated|crumbled)"
                    r"(?!\s+with\b)|"
                    r"(?:was|were)\s+wound\s+down|"
                    # an organisation's end told with no word of how: "was wound up", "closed its doors", "closed on
                    # 30 June 2011" (not "closed the border")
                    r"wound\s+up|closed\s+(?:its|their)\s+doors|"
                    r"(?:closed|shut)\s+down|closed(?=\s+(?:on|in)\s+(?:\d|the\s+(?:spring|summer|autumn|winter|"
                    r"end|first|last)\b|(?-i:[A-Z])[a-z]+\s+\d)))\b"
                    r"(?!\s+(?:with|in)\s+(?:\w+\s+){0,3}?defeat)",
                    re.IGNORECASE)
_EVENT_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...] = (
    (re.compile(r"\b(entered into force|came into force|took effect|went into effect|into force)\b", re.IGNORECASE),
     ("in_force",), "in_force"),
    (re.compile(r"\b(ratif\w*)\b", re.IGNORECASE), ("ratified", "in_force"), "ratified"),
    (re.compile(r"\b(invoked|invocation)\b", re.IGNORECASE), ("invoked",), "invoked"),
    (re.compile(r"\b(renew(?:ed|al)|extended|prolong(?:ed|ation))\b", re.IGNORECASE), ("extended",), "extension"),
    (re.compile(r"\b(resolution|voted|vote|veto\w*)\b", re.IGNORECASE), ("resolution",), "resolution"),
    (re.compile(r"\b(state visit|visit\w*|arriv\w*|landed|trips? to|trips? abroad|travell?ed to|"
                r"fl(?:ew|own|ying) to)\b", re.IGNORECASE),
     ("visit", "summit"), "visit"),
    (re.compile(r"\b(summit|talks|met|meet|meets|meeting)\b", re.IGNORECASE), ("summit", "visit", "statement"),
     "summit"),
    (re.compile(r"\b(withdr\w+|recall\w*|pulled out|walked out|quit|left the|left it|exit\w*)\b", re.IGNORECASE),
     ("withdrawal",), "withdrawal"),
    (re.compile(r"\b(sanction\w*|embargo\w*)\b", re.IGNORECASE), ("sanctions",), "sanctions"),
    (re.compile(r"\b(joined|acced\w*|accession|admitted|became (?:a )?members?)\b", re.IGNORECASE), ("in_force",),
     "accession"),
    (re.compile(r"\b(warrants?|court|tribunal|indict\w*|ruling|ruled)\b", re.IGNORECASE),
     ("court_decision", "warrant"), "court_decision"),
    (re.compile(r"\b(declared war|entered the war|went to war|joined the war)\b", re.IGNORECASE),
     ("war", "honored", "invoked"), "war"),
    (re.compile(r"\b(joint statement|statement|declared|announced|proclaimed|exchanged (?:messages|letters|greetings)|"
                r"(?:marked|celebrated|commemorated) the \w+ anniversary)\b", re.IGNORECASE),
     ("statement", "signed"), "statement"),
    (re.compile(r"\b(notice|gave notice|notified)\b", re.IGNORECASE), ("notice_of_termination",), "notice"),
    (re.compile(r"\b(suspend\w*)\b", re.IGNORECASE), ("suspended",), "suspended"),
    (re.compile(r"\b(capitulat\w*|surrender\w*|fell to)\b", re.IGNORECASE), ("occupation", "war"), "occupation"),
    (re.compile(r"\b(marched (?:into|on)|entered the|crossed (?:into|the)|moved into|rolled into|seized|annexed|"
                r"captured|took control of)\b", re.IGNORECASE),
     ("occupation", "war", "violated", "armed_clash"), "occupation"),
    (re.compile(r"\b(war (?:with|against|on))\b", re.IGNORECASE), ("war",), "war"),
    # troops put ashore or across a border: a landing in force, not a leader's arrival nor aid ("Turkish troops landed
    # on the northern coast", "Italy landed troops at Durres", "Russian soldiers came ashore in the Crimea")
    (re.compile(r"\b((?:troops|soldiers|forces|marines|paratroopers|army|armies)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:landed|came ashore|went ashore|stormed ashore|poured (?:into|across)|crossed (?:into|the border))|"
                r"landed (?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|marines)|"
                r"amphibious landings?)\b",
                re.IGNORECASE),
     ("war", "occupation", "armed_clash"), "landing"),
    (re.compile(r"\b(troops|soldiers|weapons|arms supplies|military aid|deploy\w*)\b", re.IGNORECASE),
     ("military_aid", "honored"), "military_aid"),
    (re.compile(r"\b(separate peace|made peace|peace treaty|armistice|(?:its|their|his|her) own peace|"
                r"peace of (?:its|their|his|her) own)\b", re.IGNORECASE),
     ("third_party_agreement",), "third_party_agreement"),
    (re.compile(r"\b(crisis|disband\w*|dissolved)\b", re.IGNORECASE), ("statement",), "statement"),
    (re.compile(r"\b(clash\w*|fighting|fought|ambush\w*|skirmish\w*)\b", re.IGNORECASE), ("armed_clash", "war"),
     "armed_clash"),
    (re.compile(r"\b(invad\w*|invasion|occup\w*|attack\w*|struck|strikes?|(?:war|hostilities) (?:began|broke out|"
                r"started)|outbreak)\b", re.IGNORECASE), ("war", "occupation", "armed_clash"), "war"),
)
_EVENT_ONLY = re.compile(r"\b(invoked|ratif\w*|entered into force|came into force|took effect|extended|renewed)\b",
                         re.IGNORECASE)
_ANAPHORA = re.compile(r"^\W*(?:signed|concluded|sealed|negotiated|drafted)\b[^;.]{0,120}?,\s+it\b|"
                       # a sentence led by a relative pronoun, of the agreement the last one told of: "Which the Rio
                       # Treaty replaced." (a speaker's name before it: "DANIEL: Which ...")
                       r"^\W*(?:(?-i:[A-Z][A-Za-z]+):\s+)?which\b(?=\s+(?:the|a|an|(?-i:[A-Z]))\b)|"
                       r"\b(?:this|that) one\b(?!\s+(?:of|between)\b)|"
                       r"\b(?:the|that|this) (?:declaration|convention|protocol)\b(?!\s+(?:of|on|that|which)\b)|"
                       r"\b(?:the|that|this|our) (?:(?!(?:other|new|next|first|second|third|fourth|last|previous|"
                       r"earlier|later|latest|same|only|one|two|three|four|five|whole|entire)\b)(?-i:[a-z][a-z-]+)\s+)?"
                       r"(?:treaty|pact|alliance|agreement|accord|abrogation|denunciation|"
                       r"renunciation|termination|expiry|expiration|league|entente|pledge|guarantee|arrangement|"
                       r"commitment|"
                       # "the Confederation", "the Union": a name's head, read only as the agreement of that title
                       r"(?-i:confederation|organi[sz]ation|union|Confederation|Union))\b"
                       # "the alliance datasets", "the alliance literature": a word of what studies them, no agreement
                       r"(?!\s+(?:datasets?|databases?|data|codings?|coders|literature|scholars|researchers|"
                       r"records?)\b)"
                       r"(?!\s+(?:of|on|for)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)\b)(?-i:[A-Z])|"  # "the Treaty of Aachen": a name
                       r"\s+of\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December)\b))|"  # "the peace treaty of 30 October 1980": one dated, of its own
                       r"\bits (?:end|demise|collapse|dissolution|abrogation|expiry|termination)\b|^\W*(?:\w+\s+)?it\b|"
                       r"\b(?:the|that|this) ending\b(?!\s+of\b)|"  # "the datasets code that ending as a breach"
                       r"\bits (?:founding |original )?(?:signatories|signers|members|parties)\b|"
                       r"\b(?:signed|ratified|abrogated|denounced|renounced|violated|ratify|abrogate|denounce|"
                       r"renounce|violate|sign|broke|tore|breached|betrayed|repudiated|dissolved|dissolving|disbanded|"
                       r"scrapped|terminated|called|joined|left|quit|out of|breaking|break|breaks|call|calls|"
                       r"extend|renew|renewed|annulled|annul|revoked|revoke|voided|nullified|invoked|invoke|"
                       r"suspended|suspend|ended|end|ends|ending|cancelled|canceled|buried|killed|"
                       r"(?:acceded|adhered) to) it\b|"
                       r"\bdeclared it(?= (?:null and )?void\b)|"
                       # how a dataset codes it: "the alliance record treats it as abrogated", "codes it as a breach"
                       r"\b(?:codes?|coded|treats?|treated|lists?|listed|counts?|counted|classif(?:y|ies|ied)|"
                       r"records?|recorded) it(?=\s+as\b)|"
                       r"\b(?:call(?:s|ed)?|describ(?:e|es|ed|ing)|regard(?:s|ed)?|remember(?:s|ed)?) (?:this|that)\b|"
                       r"\bit (?:(?:was|is|had|has|have|were)\s+)?(?:(?:never|not|since|long|also|formally|"
                       r"effectively|simply|ever|once|then|later|finally)\s+)*(?:been\s+)?"
                       r"(?:broken|betrayed|violated|breached|abrogated|"
                       r"denounced|renounced|repudiated|dissolved|disbanded|scrapped|terminated|expired|lapsed|ran out|"
                       r"ended|annulled|revoked|voided|nullified|declared void)\b|"
                       r"\bit (?:is|remains|remained|was)(?:\s+still|\s+\w+ly|,[^,]{1,30},)?\s+in force\b",
                       re.IGNORECASE)
#: "It signed a treaty", "it concluded": a state acting, not an agreement ("it" that signs is no agreement).
_ACTING_IT = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?:signed|concluded|sealed|inked|struck|agreed)\b",
                        re.IGNORECASE)
#: "It has become a commonplace to say that ...", "It was Bulgaria that broke ...": an "it" that stands for nothing.
_EXPLETIVE_IT = re.compile(r"\W*(?:\w+\s+)?it\s+(?:is|was|has been|had been|has become|became|seems|seemed|would be|"
                           r"will be|remains)\s+(?:[\w-]+\s+){0,5}?(?:that|to)\b", re.IGNORECASE)
_LIST_REFERENCE = re.compile(
    r"\b(lists?|listed|enumerat\w*|catalogu\w*|names? (?:them|all|each)|the (?:full|complete) (?:text|list)|"
    r"set out in|spelled out in|detailed in)\b", re.IGNORECASE)
#: The data families whose work is cited for a record drawn from imported data (``atop:atop``, ``archigos:<sha>``).
_DATASET_FAMILIES = {"atop": "atop", "archigos": "leaders"}
_TIMEZONE_KINDS = frozenset({"statement", "visit", "summit", "sanctions", "court_decision", "warrant", "resolution"})
_ZONE_NOTE = ("an announcement made late in the day in one time zone is dated the next day in another "
              "(Moscow is UTC+3, Beijing UTC+8, Washington UTC-5)")


@dataclass(frozen=True)
class Sentence:
    """A sentence's bounds in the article and the mentions inside it."""

    start: int
    end: int
    text: str
    mentions: tuple[Mention, ...]

    def of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def states(self) -> list[int]:
        codes: list[int] = []
        for m in self.of("state"):
            if m.target and int(m.target.split(":")[1]) not in codes:
                codes.append(int(m.target.split(":")[1]))
        return codes

    def agreements(self) -> list[str]:
        slugs: list[str] = []
        for m in self.of("agreement"):
            if m.target and m.target.split(":", 1)[1] not in slugs:
                slugs.append(m.target.split(":", 1)[1])
        return slugs


_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|"
                            r"U\.S|U\.K|U\.N|D\.C|[A-Z][a-z]+\s[A-HJ-UWYZ])\.$")  # ("Dwight D. Eisenhower")


def sentences(text: str, mentions: Sequence[Mention], *, lines: bool = False) -> list[Sentence]:
    """Split ``text`` into sentences (not inside a mention, not after an abbreviation) with their mentions.

    With ``lines`` every line is a paragraph of its own (HTML's main text, where a heading has no full stop);
    otherwise a blank line ends a paragraph and single line breaks may wrap a sentence.
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    breaks = r"\n" if lines else r"\n\s*\n|\n(?=\s*[-*•]\s)"
    for m in re.finditer(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|" + breaks, text):
        if any(x.start < m.start() < x.end for x in mentions) or _ABBREVIATIONS.search(text[start:m.start()]):
            continue
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [Sentence(s, e, text[s:e], tuple(x for x in mentions if s <= x.start < e)) for s, e in bounds
            if text[s:e].strip()]


#: How many distinctive words a sentence must share with a stored event's description to be about it, and to be
#: tied to it firmly enough that another date contradicts the article.
_LEXICAL_TIE = 2
_LEXICAL_STRONG = 3
#: How near a record found by two of a sentence's states (and no treaty or shared words) must be dated to be the
#: sentence's event: farther away, it is another event of the same states.
_STATES_TIE_DAYS = 31
_STOPWORDS = frozenset({
    "the", "and", "that", "this", "with", "from", "into", "onto", "upon", "over", "under", "after", "before", "about",
    "against", "between", "their", "there", "these", "those", "they", "them", "then", "than", "have", "has", "had",
    "was", "were", "been", "being", "which", "while", "when", "where", "whom", "whose", "who", "what", "will", "would",
    "could", "should", "shall", "may", "might", "must", "not", "its", "his", "her", "our", "your", "for", "are", "but",
    "all", "any", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same", "also", "very", "can",
    "just", "did", "does", "doing", "done", "made", "make", "time", "times", "year", "years", "day", "days", "month",
    "months", "week", "weeks", "today", "later", "earlier", "first", "last", "within", "without", "since", "until",
    "still", "even", "ever", "never", "both", "take", "took", "taken", "taking", "part", "parts", "place"})
_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})


def _stems(text: str, *, lowercase: bool = False) -> set[str]:
    """Return the distinctive words of ``text``, cut to their first five letters ("advisers" and "adviser" alike):
    words of three letters or more that are neither common function words nor month names (with ``lowercase``, only
    those written in lower case: no names)."""
    words = re.findall(r"(?<![A-Za-z])[a-z]{3,}" if lowercase else r"[a-z]{3,}", text if lowercase else text.casefold())
    return {w[:5] for w in words if w not in _STOPWORDS and w not in _MONTH_WORDS}


class _Records:
    """The store's answers the rules need, each asked once per check."""

    def __init__(self, store: Store, gaz: Gazetteer, as_of: int) -> None:
        self.store = store
        self.gaz = gaz
        self.as_of = as_of
        self.codings = known_codings(store)
        self._histories: dict[tuple[int, int, int], PairHistory] = {}
        self._outcomes: dict[str, list[dict[str, Any]]] = {}
        self._events: list[dict[str, Any]] | None = None
        self._stems: dict[str, set[str]] | None = None
        self._coverage: dict[str, str] | None = None
        self._common: set[str] = set()
        self._sentence_stems: dict[tuple[int, int], set[str]] = {}

    def kind(self, coding: str) -> str:
        """Return a coding's kind: dataset, curated, narrative or user."""
        return self.codings.get(coding, {}).get("kind", "user")

    def history(self, a: int, b: int, until: int | None = None) -> PairHistory:
        """Return the pair's history up to the end of ``until`` (by default the year claims are read at)."""
        from foedus.history import pair_history

        year = self.as_of if until is None else until
        key = (min(a, b), max(a, b), year)
        if key not in self._histories:
            self._histories[key] = pair_history(self.store, key[0], key[1], until=year)
        return self._histories[key]

    def outcomes(self, slug: str, *, members: bool = False) -> list[dict[str, Any]]:
        """Return the stored outcomes of an agreement; for one known only from ATOP, ATOP's reading of it."""
        if slug not in self._outcomes:
            self._outcomes[slug] = self.store.query(
                "SELECT * FROM outcomes WHERE treaty = ? ORDER BY coding, member NULLS FIRST", [slug])
            atopid = atopid_of(slug)
            if not self._outcomes[slug] and atopid is not None:
                from foedus.history import atop_agreement

                agreement = atop_agreement(self.store, atopid)
                self._outcomes[slug] = [] if agreement is None else [
                    {"coding": o.coding, "ending": o.ending, "breach": o.breach, "ledger": "atop",
                     "breached_by_names": [b.name for b in o.breached_by], "sources": ["atop"],
                     "breached_by": [b.ccode for b in o.breached_by],
                     "member": o.member.ccode if o.member else None, "member_name": o.member.name if o.member else None}
                    for o in agreement.outcomes]
        return [r for r in self._outcomes[slug] if members or r["member"] is None]

    def events(self) -> list[dict[str, Any]]:
        if self._events is None:
            self._events = self.store.query("SELECT * FROM events ORDER BY date, id")
        return self._events

    def shared_words(self, s: Sentence, event: dict[str, Any], *, lowercase: bool = False) -> int:
        """Return how many distinctive words (:func:`_stems`) the sentence, outside its names of states, agreements
        and dates, shares with a stored event's description; words found in many descriptions do not count. With
        ``lowercase``, only the sentence's words in lower case (what was done, not who or where) count."""
        if self._stems is None:
            self._stems = {e["id"]: _stems(e["description"]) for e in self.events()}
            frequency: dict[str, int] = {}
            for stems in self._stems.values():
                for stem in stems:
                    frequency[stem] = frequency.get(stem, 0) + 1
            limit = max(3, len(self._stems) // 20)
            self._common = {stem for stem, n in frequency.items() if n > limit}
        key = (s.start, s.end)
        if key not in self._sentence_stems:
            text = list(s.text)
            for m in s.mentions:
                if m.kind in {"state", "agreement", "date", "count", "duration"}:
                    for i in range(max(0, m.start - s.start), min(len(text), m.end - s.start)):
                        text[i] = " "
            self._sentence_stems[key] = _stems("".join(text)) - self._common
            self._sentence_stems[(-s.start, -s.end)] = _stems("".join(text), lowercase=True) - self._common
        own = self._sentence_stems[(-s.start, -s.end) if lowercase else key]
        return len(own & self._stems[event["id"]])

    def coverage(self, coding: str) -> str:
        """Return the signing date of the latest agreement ``coding`` codes (for ATOP, its own alliances too)."""
        if self._coverage is None:
            self._coverage = {r["coding"]: r["last"] for r in self.store.query(
                "SELECT o.coding, max(t.signed) AS last FROM outcomes o JOIN treaties t ON t.slug = o.treaty "
                "GROUP BY o.coding")}
            atop = [t.signed for t in self.gaz.treaties.values() if t.atop_only]
            if atop:
                self._coverage["atop"] = max([*atop, self._coverage.get("atop", "")])
        return self._coverage.get(coding, "9999")

    def atop_phases(self, slug: str) -> list[dict[str, Any]]:
        """Return ATOP's member phases of the alliance ``slug`` is: an alliance known only from ATOP, or the one a
        ledger's treaty holds by its ATOP id (none where it holds none)."""
        key = ("atop_phases", slug)
        if key not in self.gaz.per_agreement:
            from foedus.alliance_titles import atop_member_phases

            held = [] if slug.startswith("atop-") else self.store.query(
                "SELECT atopid FROM treaties WHERE slug = ? AND atopid IS NOT NULL", [slug])
            atopid = int(slug.removeprefix("atop-")) if slug.startswith("atop-") else \
                int(held[0]["atopid"]) if held else None
            self.gaz.per_agreement[key] = [] if atopid is None else \
                list(atop_member_phases(self.store, [atopid]).get(atopid, []))
        phases: list[dict[str, Any]] = self.gaz.per_agreement[key]
        return phases

    def founders(self, slug: str) -> set[int]:
        """Return the states that were members of an agreement from the day it was signed."""
        signed = self.gaz.treaties[slug].signed
        rows = self.store.query("SELECT ccode, entered FROM memberships WHERE treaty = ?", [slug])
        if not rows and slug.startswith("atop-"):
            rows = self.atop_phases(slug)
        return {r["ccode"] for r in rows if r["entered"] is None or str(r["entered"]) == signed}

    def atop_members(self, slug: str) -> set[int]:
        """Return the states ATOP codes as members of the alliance a ledger's treaty holds (its ATOP id): those
        that adhered later, which a ledger listing only the signatories lacks (the Declaration by United Nations)."""
        return set() if slug.startswith("atop-") else {r["ccode"] for r in self.atop_phases(slug)}

    def entry_years(self, slug: str) -> dict[int, int]:
        """Return the year each member first entered the agreement ``slug``: the ledger's membership, else ATOP's for
        the same alliance."""
        key = ("entry_years", slug)
        if key not in self.gaz.per_agreement:
            years: dict[int, int] = {}
            for row in self.atop_phases(slug):
                if row["entered"]:
                    year = int(str(row["entered"])[:4])
                    years[row["ccode"]] = min(years.get(row["ccode"], year), year)
            for row in self.store.query("SELECT ccode, entered FROM memberships WHERE treaty = ?", [slug]):
                if row["entered"]:
                    years[row["ccode"]] = int(str(row["entered"])[:4])  # the ledger's own, where it lists one
            self.gaz.per_agreement[key] = years
        entered: dict[int, int] = self.gaz.per_agreement[key]
        return entered

    def ended(self, slug: str) -> str | None:
        rows = self.store.query("SELECT ended FROM treaties WHERE slug = ?", [slug])
        return rows[0]["ended"] if rows else None

    def source_labels(self, keys: set[str]) -> dict[str, str]:
        """Return how a reader cites each source key (``sino-russian:malozemoff1958`` -> ``Malozemoff 1958``): a
        ledger's source by its author and year (:func:`foedus.text.source_label`), ATOP's and Archigos's data by
        the work that introduces them."""
        from foedus.families import family

        rows = self.store.query("SELECT ledger, id, author, year, title FROM sources")
        known = {f"{r['ledger']}:{r['id']}": source_label(r) for r in rows}
        datasets = {prefix: source_label(family(name).references[0]) for prefix, name in _DATASET_FAMILIES.items()}
        return {key: known.get(key) or datasets.get(key.split(":", 1)[0], key) for key in keys}

    def treaty_ref(self, slug: str) -> RecordRef:
        t = self.gaz.treaties[slug]
        label = t.title
        if t.atop_only:
            from foedus.alliance_titles import atop_alliance_titles

            atopid = atopid_of(slug)
            if atopid is not None:
                label = atop_alliance_titles(self.store, [atopid]).get(atopid, label)
        return RecordRef(kind="treaty", id=slug, ledger=t.ledger, label=label,
                         sources=[f"{t.ledger}:{s}" for s in t.sources])


def _pdate(value: str) -> PartialDate:
    return PartialDate.parse(value)


def _gap(said: PartialDate, known: PartialDate) -> int:
    """Return the days between two dates, each a span at its precision (0 where they overlap: "in November 1972" and
    8 November 1972)."""
    if said.earliest() <= known.latest() and known.earliest() <= said.latest():
        return 0
    return min(abs((said.earliest() - known.latest()).days), abs((known.earliest() - said.latest()).days))


def compare_dates(claimed: str, recorded: str, kind: str, zone: str | None = None) -> tuple[str, str]:
    """Return ``(verdict, reason)`` for a claimed date against a recorded one, each at its own precision."""
    said, known = _pdate(claimed), _pdate(recorded)
    if said.earliest() <= known.latest() and known.earliest() <= said.latest():
        if said.precision != known.precision:
            coarser, finer = sorted((said, known), key=lambda d: ("year", "month", "day").index(d.precision))
            who = "the article" if finer is said else "the record"
            return "consistent", f"the same {coarser.precision}; {who} gives the {finer.precision}"
        return "consistent", "same date"
    if said.earliest().year != known.earliest().year and said.latest().year != known.latest().year and abs(
            (said.earliest() - known.earliest()).days) > 1:
        return "contradicts", f"the wrong year: {said.earliest().year} for {known.earliest().year}"
    if said.precision == "day" and known.precision == "day":
        gap = abs((said.earliest() - known.earliest()).days)
        if gap == 1:
            if zone:
                return "within_tolerance", f"off by one day; the record dates it in {zone}"
            if kind in _TIMEZONE_KINDS:
                return "within_tolerance", f"off by one day: {_ZONE_NOTE}"
            return "within_tolerance", "off by one day"
        return "contradicts", f"off by {gap} days"
    if said.earliest().year != known.earliest().year:
        return "contradicts", f"the wrong year: {said.earliest().year} for {known.earliest().year}"
    return "contradicts", "a different date in the same year"


def find_claims(store: Store, gaz: Gazetteer, text: str, mentions: Sequence[Mention], *,
                lines: bool = False, as_of: int) -> list[Claim]:
    """Return the claims the article makes, in order, each with the record's verdict; claims about "now" are read at
    the end of year ``as_of``."""
    records = _Records(store, gaz, as_of)
    mentions = _as_told(mentions)
    pair = article_pair([m for m in mentions if m.kind == "state"])
    named_agreements = {m.target for m in mentions if m.kind == "agreement" and m.target}
    claims: list[Claim] = []
    recent: list[Mention] = []  # agreements named so far, the latest last
    referent: str | None = None  # the agreement the last sentence naming one was about (its first)
    context: list[int] = []  # the states of the last sentence naming any: who "it" and "the three" may be
    year: int | None = None  # the year the article last wrote: the time an ordinal ("the second alliance") is told at
    unknown_last = False  # whether the last sentence told of an agreement the record does not hold
    follows_entry = False  # whether the last sentence told a state's signing or entry ("B followed in 2004" next)
    since_count = 9  # sentences since the last that counted the pair's agreements ("They share three pacts.")
    described = contextual_descriptions(text, gaz, list(mentions))
    for sentence in sentences(text, sorted([*mentions, *described], key=lambda m: (m.start, -m.end)), lines=lines):
        anaphor = next((a for a in _ANAPHORA.finditer(sentence.text) if not any(
            m.start < sentence.start + a.end() and sentence.start + a.start() < m.end
            for m in sentence.of("agreement")) and not _ACTING_IT.match(sentence.text, a.end())
            and not (a.group(0).strip().casefold().endswith("it") and (expletive := _EXPLETIVE_IT.match(
                sentence.text)) is not None and a.start() < expletive.end())), None)  # ("It was X that ended it")
        leading = anaphor is not None and anaphor.start() < min(
            [m.start - sentence.start for m in sentence.of("agreement")] or [len(sentence.text)])
        # the year the anaphor is told at: a date before it in its sentence or after it in its clause, else the last
        # the article wrote ("San Salvador broke the alliance, and it never recovered: Honduras left in 1973": not 1973)
        said = [int(m.value[:4]) for m in sentence.of("date") if m.value and anaphor is not None and (
            m.start < sentence.start + anaphor.start()
            or not re.search(r"[,;:]", sentence.text[anaphor.end():m.start - sentence.start]))]
        resolved = _resolve(anaphor.group(0), recent, referent, gaz, said[-1] if said else year) \
            if recent and anaphor is not None else None
        noun = anaphor.group(0).strip().split()[-1] if anaphor is not None else ""
        if resolved is not None and noun in {"League", "Entente", "Confederation", "Union"} and noun.casefold() not in \
                gaz.treaties[resolved].title.casefold() and not any(
                noun.casefold() in m.text.casefold() and m.target == f"treaty:{resolved}" for m in recent):
            resolved = None  # "the League", a name: not the agreement last told of where none of that name was
        if unknown_last and anaphor is not None and re.match(r"\W*(?:\w+\s+)?it\b", anaphor.group(0), re.IGNORECASE):
            resolved = None  # "...a protocol ..., signed in 1961. It is still in force.": that one
        if resolved is not None and anaphor is not None and _signed_with_others(sentence, anaphor,
                                                                                gaz.treaties[resolved].members):
            resolved = None  # "the treaty he signed with Tito's Yugoslavia": one of Yugoslavia's, told by its clause
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
            sentence = Sentence(sentence.start, sentence.end, sentence.text,
                                tuple(sorted((*sentence.mentions, stand_in), key=lambda m: m.start)))
        sentence = _without_frames(sentence)
        since_count = 0 if _whole_counts(sentence) else since_count + 1
        told = _sentence_claims(sentence, records, pair, named_agreements, context, referent, year,
                                unknown_last=unknown_last, follows_entry=follows_entry, counted=since_count <= 2)
        follows_entry = bool(_JOINING.search(sentence.text) or _SIGNING.search(sentence.text))
        years = [int(m.value[:4]) for m in sentence.of("date") if m.value]
        year = years[-1] if years else year
        claims.extend(told)
        context = sentence.states() or context
        about = [m for m in sentence.of("agreement") if m.target]
        if about:
            referent = _live_referent(about, gaz, sentence)
            recent.extend(m for m in about if m.how != "anaphora")
        else:  # an agreement told without its name ("signed a treaty of friendship") is what "the treaty" is next
            signings = [c for c in told if c.kind == "agreement_date" and c.records
                        and c.records[0].kind == "treaty" and c.records[0].id in gaz.treaties]
            signed = [c.records[0] for c in signings]
            if signed:
                referent = signed[-1].id
                # (told by the article's words too: "a treaty of friendship" is what "the treaty" is next, whatever
                # the record's title calls it)
                words = signings[-1].claimed.split(" [", 1)[0] if " [" in signings[-1].claimed else ""
                recent.append(Mention(kind="agreement", text=f"{words} {signed[-1].label}".strip(),
                                      start=sentence.start, end=sentence.start, target=f"treaty:{referent}",
                                      how="description"))
        # an agreement the sentence tells of and the record does not hold (none of its agreements linked): "it" in
        # the next sentence is that one, of which nothing can be checked
        unknown_last = not about and not any(c.kind == "agreement_date" and c.records for c in told) and (any(
            not any(m.start <= sentence.start + u.start() < m.end for m in sentence.mentions if m.kind == "agreement")
            for u in _UNLINKED_AGREEMENT.finditer(sentence.text)) or any(  # ("signed ASEAN's Treaty of Amity")
            not any(m.kind == "agreement" and m.start < sentence.start + u.end() and sentence.start + u.start() < m.end
                    for m in sentence.mentions)
            for u in itertools.chain(_UNKNOWN_TITLE.finditer(sentence.text), _TITLE_OF.finditer(sentence.text))))
    labels = records.source_labels({key for c in claims for r in c.records for key in r.sources})
    return [c.model_copy(update={"records": [r.model_copy(update={"source_labels": [labels[k] for k in r.sources]})
                                             for r in c.records]}) for c in claims]


#: What makes an agreement named after it the frame of those who act, not what they act on: "the members of the Arab
#: League signed the Treaty of Joint Defence", "the parties to NATO concluded a protocol".
_FRAME_BEFORE = re.compile(r"(?<!\bof\s)(?<!\bamong\s)(?<!\bwere\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bis\s)"
                           r"\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:members|member\s+states|parties|signatories)\s+"
                           r"(?:of|to)\s+(?:the\s+)?$", re.IGNORECASE)
#: The act whose doers such a frame names, in the words right after it: "... signed", "... went on to conclude".
_FRAME_ACT = re.compile(r"^[^,;.]{0,40}?\b(?:signed|concluded|adopted|agreed|added|drew up)\b", re.IGNORECASE)


def _without_frames(s: Sentence) -> Sentence:
    """Return ``s`` without the agreements it names only as the body whose members, the subject, act ("the members
    of the Arab League signed the Treaty of Joint Defence ...": the treaty is what the sentence is about), where it
    names another agreement; a membership told ("both are parties to the Rio Treaty", "among the founders of the Arab
    League") and a sentence naming only the one keep it."""
    frames = [m for m in s.of("agreement") if m.target and _FRAME_BEFORE.search(s.text[:m.start - s.start])
              and _FRAME_ACT.search(s.text[m.end - s.start:])]
    others = {m.target for m in s.of("agreement") if m.target} - {m.target for m in frames}
    if not frames or not others:
        return s
    return Sentence(s.start, s.end, s.text, tuple(m for m in s.mentions if m not in frames))


def _as_told(mentions: Sequence[Mention]) -> list[Mention]:
    """Return ``mentions`` with the agreements linked by what they bind their parties to (``how`` "kind
    description", "kind title": :func:`foedus.check.mentions._kind_descriptions`) as the claims read them: a title in
    lower case unresolved, a description none; the claims tie each to the agreement whose signing the sentence tells
    (:func:`_unnamed_signings`), with its parties and date."""
    return [m.model_copy(update={"target": None, "how": "description"}) if m.how == "kind title" else m
            for m in mentions if m.how != "kind description"]


def _live_referent(about: list[Mention], gaz: Gazetteer, s: Sentence) -> str:
    """Return the agreement a sentence naming ``about`` is about for the next: the first it names, unless the
    sentence is dated the day or month that one ended and another named lives on ("The Saadabad Pact gave way to the
    Baghdad Pact on 24 February 1955. Britain joined that April": the Baghdad Pact)."""
    slugs = [(m.target or "").split(":", 1)[1] for m in about]
    first = gaz.treaties.get(slugs[0])
    if first is None or not first.ended or len(set(slugs)) < 2 or not any(
            m.value and len(m.value) >= 7 and first.ended.startswith(m.value) for m in s.of("date")):
        return slugs[0]
    live = [slug for slug in slugs if slug in gaz.treaties and (gaz.treaties[slug].ended or "9999") > first.ended]
    return live[0] if live else slugs[0]


#: An agreement told by a noun and what it was, signed or made: "the protocol on politics, defence and security
#: signed by the Southern African Development Community", "a new treaty concluded in 1993".
_UNLINKED_AGREEMENT = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:treaty|pact|protocol|agreement|convention|"
                                 r"accord)\b(?:\s+(?:on|of)\s+[\w\s,-]{3,60}?)?,?\s+(?:signed|concluded|agreed)\b",
                                 re.IGNORECASE)


def _pairs_named(s: Sentence, before: int) -> list[tuple[int, int]]:
    """Return the pairs of states the sentence names together ("Britain and Russia have allied") before its
    character ``before``."""
    states = [m for m in s.of("state") if m.target and m.end - s.start <= before]
    return [(int((a.target or "").split(":")[1]), int((b.target or "").split(":")[1]))
            for a, b in itertools.pairwise(states)
            if re.fullmatch(r"\s+and\s+(?:the\s+)?", s.text[a.end - s.start:b.start - s.start])]


def _resolve(anaphor: str, recent: list[Mention], referent: str | None, gaz: Gazetteer,
             when: int | None = None) -> str:
    """Return the agreement an anaphor refers to: "it" the one the last sentence was about; "the treaty" that one if
    it is a treaty, else the latest named agreement whose name holds the word, else the latest. Where the sentence
    (or the article just before it) is at a year ``when`` outside that agreement's life, the latest agreement spoken
    of that was alive then ("the Quadruple Alliance of 1815 ... In 1856 Sardinia joined the alliance": the one of
    1854)."""
    found = _resolve_by_name(anaphor, recent, referent, gaz)
    if re.search(r"\bbilateral\b", anaphor, re.IGNORECASE) and len(gaz.treaties[found].members) != 2:
        # "the bilateral pact": the latest agreement of two states spoken of, not a larger one named since
        two = [slug for slug in [*((m.target or "").split(":", 1)[1] for m in reversed(recent)), referent or ""]
               if slug in gaz.treaties and len(gaz.treaties[slug].members) == 2]
        found = two[0] if two else found
    if when is None or _alive(gaz.treaties[found], when):
        return found
    word = anaphor.strip().split()[-1].casefold()
    for m in reversed(recent):
        slug = (m.target or "").split(":", 1)[1]
        if _alive(gaz.treaties[slug], when) and (word not in _AGREEMENT_NOUNS or word in m.text.casefold()
                                                 or word in gaz.treaties[slug].title.casefold()
                                                 or word == gaz.treaties[slug].kind):
            return slug
    return found


_AGREEMENT_NOUNS = frozenset({"treaty", "pact", "alliance", "agreement", "accord", "league", "entente", "declaration",
                              "convention", "protocol"})


def _alive(treaty: Any, year: int) -> bool:
    """Whether ``treaty`` was signed by ``year`` and had not ended two years before it."""
    ended = int(treaty.ended[:4]) if treaty.ended else 9999
    return int(treaty.signed[:4]) - 1 <= year <= ended + 2


def _resolve_by_name(anaphor: str, recent: list[Mention], referent: str | None, gaz: Gazetteer) -> str:
    """Return the agreement an anaphor names by its word alone (see :func:`_resolve`)."""
    word = anaphor.strip().split()[-1].casefold()
    if word not in _AGREEMENT_NOUNS:
        word = "it"  # "the abrogation": of the agreement last spoken of
    # (an alliance ATOP alone holds, told last by its signing, "a defensive alliance": ATOP's title describes it,
    # "Defense ... pact between A and B", and names none; "that treaty" next is that one)
    if referent is not None and (word == "it" or word in gaz.treaties[referent].title.casefold() or (
            gaz.treaties[referent].atop_only and recent and recent[-1].how == "description"
            and recent[-1].target == f"treaty:{referent}" and word in {"treaty", "pact", "alliance", "agreement"})):
        return referent
    for m in reversed(recent):
        slug = (m.target or "").split(":", 1)[1]
        if word in m.text.casefold() or (word in {"league", "entente"} and word in gaz.treaties[slug].title.casefold()):
            return slug
    return referent or (recent[-1].target or "").split(":", 1)[1]


def _sentence_claims(s: Sentence, records: _Records, pair: tuple[int, ...], named: set[str],
                     context: Sequence[int] = (), referent: str | None = None,
                     year: int | None = None, unknown_last: bool = False,
                     follows_entry: bool = False, counted: bool = False) -> list[Claim]:
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
    membership, membership_dates = _membership_claims(s, records, referent, context, follows_entry)
    in_force_words = _IN_FORCE.search(s.text)
    # "has sat beside Italy in the Atlantic Alliance since 3 October 1990": a state's time in it, neither its signing
    # nor an event of its own
    since = {d.start for d in dates if agreements and re.search(r"\bsince\s+(?:the\s+)?$", s.text[:d.start - s.start],
                                                                re.IGNORECASE)}
    since |= _office_since(s, dates)
    not_signed = set(membership_dates) | since
    if in_force_words is not None:  # "entered into force in December 1948": not a date of signing
        not_signed |= {d.start for d in dates if d.start - s.start > in_force_words.start()}
    for slug in agreements:
        taken = _described_before(s, slug, unnamed_dates)
        out.extend(_agreement_claims(s, slug, [d for d in dates if d.start not in not_signed | taken], records))
    out.extend(c for c in membership if c.kind != "agreement_parties" or not any(
        o.kind == "agreement_parties" and o.records[:1] == c.records[:1] for o in out))  # (told once)
    in_force, in_force_dates = _in_force_claims(s, records, membership_dates)
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
        out.extend(_members_were(s, records, referent))
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
    free = [d for d in dates if d.start not in used_dates]
    whole = bool(membership_dates & {d.start for d in dates})
    if not any(_signing_of(s, m) for m in s.of("agreement") if m.target):
        for part in _event_parts(s, free, whole=whole):
            out.extend(_event_claims(part, [d for d in free if part.start <= d.start < part.end], records, pair,
                                     signed_unnamed=bool(unnamed)))
    elif not whole:
        for part in _acts_beside_a_signing(s, free):
            out.extend(_event_claims(part, [d for d in free if part.start <= d.start < part.end], records, pair))
    if not s.agreements():
        out.extend(_pair_still_bound(s, records, pair, None if unknown_last else referent))
        breaches = _pair_breach_claims(s, records, pair, year, [referent or "", *sorted(named)])
        out.extend(breaches or _promise_broken(s, records, year, referent))
        # (a group told after a count of the pair's agreements, in its sentence or the two before)
        out.extend(_group_in_force(s, records, pair) if counted and not unknown_last else [])
    out.extend(_with_parts(s, _count_claims(s, records, pair, named, year), _part_claims(s, records, pair)))
    out.extend(_none_binding_claims(s, records, pair, context))
    if not any(c.kind == "list" for c in out):
        out.extend(_document_references(s))
    out.extend(_leader_claims(s, dates, records, year, pair))
    return _in_order_of_dates(s, _with_entry_parties(out))


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


def _the_two(context: Sequence[int], pair: tuple[int, ...]) -> list[int]:
    """Return the two states "both" or "the two" stand for: those of the sentence before (``context``), the
    article's pair where that sentence names more and the pair among them ("In Manila, New Zealand and Britain
    signed ... Both were ...": not the Philippines), else its first two; the pair where it names fewer."""
    if len(context) > 2 and len(pair) == 2 and set(pair) <= set(context):
        return list(pair)
    return list(context[:2]) if len(context) >= 2 else list(pair)


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
    previous July", "Hassan II, king since 1961"): the leader's claim (:func:`_leader_claims`), no event's date."""
    return {d.start for d in dates for leader in s.of("leader") if leader.end <= d.start and re.fullmatch(
        r"[\s,]*(?:[\w-]+\s+)?since\s+(?:the\s+)?", s.text[leader.end - s.start:d.start - s.start], re.IGNORECASE)}


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


_MONTH_NUMBER = {name: index for index, name in enumerate(_FULL_MONTHS, start=1)}


def _title_dates(title: str) -> set[str]:
    """Return the days a record's title gives its instruments ("(London, 26 May 1942)": "1942-05-26")."""
    return {f"{year}-{_MONTH_NUMBER[month]:02d}-{int(day):02d}" for day, month, year in re.findall(
        rf"\b(\d{{1,2}})\s+({'|'.join(_FULL_MONTHS)})\s+(\d{{4}})\)", title)}


def _agreement_claims(s: Sentence, slug: str, dates: list[Mention], records: _Records) -> list[Claim]:
    treaty = records.gaz.treaties[slug]
    ref = records.treaty_ref(slug)
    out: list[Claim] = []
    mention = next(m for m in s.of("agreement") if m.target == f"treaty:{slug}")
    signing = _signing_of(s, mention)
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
    if word is not None and date is not None and _ends(own, mention):
        out.extend(c.model_copy(update=whole)
                   for c in _ending_date_claim(own, slug, _label(mention, treaty), date, records, ref))
    elif _is_subject(s, mention, signing) and (signing or any(d.precision != "year" for d in dates)) and dates \
            and (signing is not None or told is None) and (signing is not None or mention.how != "anaphora") \
            and not (mention.how == "description" and re.search(r"\d{4}", mention.text)):
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
        announced = "statement" if treaty.kind in {"joint_statement", "declaration"} else "signed"
        verdict, reason = compare_dates(date.value or "", treaty.signed, announced)
        if verdict != "consistent" and (date.value or "") in _title_dates(treaty.title):
            # "signed the Anglo-Soviet Treaty of Alliance on 26 May 1942": a record of two instruments whose title
            # dates the second ("... (12 July 1941) and Treaty of Alliance (London, 26 May 1942)")
            verdict, reason = "consistent", "the record's title dates this instrument so"
        other = _redated_referent(records, slug, date) if verdict == "contradicts" and mention.how == "anaphora" \
            else None
        if other is not None:  # "Signed in Vienna on 12 June 1815, it ...": the pair's agreement of that day
            slug, treaty, ref = other, records.gaz.treaties[other], records.treaty_ref(other)
            verdict, reason = compare_dates(date.value or "", treaty.signed, announced)
        lo, hi = sorted((mention.end, date.start))
        if date.end <= mention.start and _RELATIVE_BREAK.search(s.text[date.end - s.start:mention.start - s.start]):
            pass  # "a pact ... on 8 March 1945, which the Rio treaty replaced": the date is the antecedent's
        elif not any(lo <= s.start + t.start() < hi for t in _UNKNOWN_NAME.finditer(s.text)
                     if _named_unknown(s, t)):
            # (a date told after another agreement's name, one the record does not hold, is that one's)
            late = _late_signature(s, slug, signing, date, records) if verdict == "contradicts" else []
            out.extend(late or [Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                                      claimed=f"{_label(mention, treaty)} signed {date.text}", verdict=verdict,
                                      record_value=f"signed {treaty.signed}", reason=reason, records=[ref])])
    if not out:
        out.extend(_attached_year(s, mention, treaty, ref))
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
            (signing or joined) and not any(m.start < s.start + subjects.end(1) for m in s.of("agreement")):
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
        out.extend(_with_its_date(_ending_claim(own, slug, one, records).model_copy(update=whole), dated)
                   for one in _claimed_endings(own.text))
    return out


def _named_date_between(s: Sentence, dates: list[Mention], at: int, date: Mention) -> bool:
    """Whether a date that names an agreement (:func:`_attached`: "the Rio Treaty of 2 September 1947") stands between
    a word of ending at ``at`` and ``date``: the ending is told by the agreement that date names, and a date after it
    is another's ("..., replaced by the Rio Treaty of 2 September 1947 and by the Bogota pact on 30 April 1948")."""
    return any(at < d.start < date.start and _attached(s, d) for d in dates)


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


#: What tells that a list of states after it is an agreement's parties: a verb of binding ("binding A, B and C",
#: "bound four monarchies: A, B, C and D"), or a noun of membership in apposition ("its founders, A, B and C").
_PARTIES_BEFORE = re.compile(r"\b(?:(?P<founding>founding|original)\s+)?(?:(?:bind(?:s|ing)?|bound|link(?:s|ed|ing)|"
                             r"unit(?:es|ed|ing))(?:\s+(?:together\s+)?(?:\w+\s+){0,2}?(?:states|powers|countries|"
                             r"monarchies|nations|governments|members|neighbours|neighbors)\s*[:,]?)?|"
                             r"(?:(?P<founders>founders)|signatories|signers|members|parties)\s*[:,]|"
                             r"(?:states|powers|countries|monarchies|nations)\s*:)\s+(?:the\s+)?$", re.IGNORECASE)
def _late_signature(s: Sentence, slug: str, signing: re.Match[str] | None, date: Mention,
                    records: _Records) -> list[Claim]:
    """A state told to sign an agreement long in force, on a later day than its signing ("Ecuador signed the
    Declaration by United Nations on 7 February 1945"): its adhesion, judged as its entry (:func:`_membership_claim`)
    and as its being a party, where each state before the verb in its clause is one that entered after the signing;
    else nothing (the date is then the agreement's own, wrongly told)."""
    if signing is None or not re.match(r"sign", signing.group(0), re.IGNORECASE):
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
    return _with_entry_parties([entry]) if len(states) == 1 else [entry]


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


def _party_list(s: Sentence, mention: Mention) -> re.Match[str] | None:
    """Return the span (as group 1) of a list of states the sentence tells as an agreement's parties, by what stands
    before it (:data:`_PARTIES_BEFORE`) or the verb of signing after it (:data:`_PARTIES_AFTER`, with a partner after
    "with" included), or None. The span opens with "founding" or "original" where only founders are meant."""
    for lo, hi in _state_runs(s):
        if lo < mention.start - s.start < hi or _NEGATION.search(s.text[:lo]):
            continue
        before = _PARTIES_BEFORE.search(s.text[max(0, lo - 80):lo])
        after = _PARTIES_AFTER.match(s.text[hi:])
        several = bool(re.search(r",|\band\b", s.text[lo:hi]))
        if before is not None and (several or before.group(0).rstrip().endswith((":", ","))):
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
_ARE_PARTIES = re.compile(r"(?:\b(?:are|were|is|was|remain|remained|became|ha(?:d|s|ve)\s+(?:(?:also|already|long|"
                          r"always)\s+)?been)|,)\s+"
                          r"(?:also\s+|both\s+|all\s+|still\s+|now\s+)*(?:(?:among|one\s+of)\s+the\s+(?:(?:\d+|"
                          + _NUMBER_WORDS + r")\s+)?|an?\s+)?"
                          r"(?:first\s+)?(?P<founding>founding\s+|original\s+)?(?:full\s+)?"
                          r"(?:parties|party|members?|signatories|signatory|guarantors?|(?P<founders>founders?))\s+"
                          r"(?:to|of|in)\s+$",
                          re.IGNORECASE)  # (", a founding member of", "had been among the founders of", "one of the
# twelve founding members of"; "among the first signatories of", loosely told, a party)
_NEVER_PARTY = re.compile(r"\b(?:never|did\s+not|didn't|refused\s+to|declined\s+to)\s+(?:(?:formally|actually)\s+)?"
                          r"(?:sign(?:ed)?|join(?:ed)?|ratif(?:y|ied)|acced(?:e|ed))\s+$", re.IGNORECASE)
#: A subject that stands for the states the article is about: "both countries", "the two states", "they".
_PAIR_SUBJECT = re.compile(r"\b(?:both(?:\s+(?:(?:our|their)\s+)?(?:countries|states|nations|governments))?|"
                           r"the\s+two(?:\s+(?:countries|"
                           r"states|nations|governments|neighbours|neighbors|capitals))?|they)\s*$", re.IGNORECASE)


#: The two states of a pair told still bound by the agreement last spoken of, with no word for it: "Both remain parties
#: today", "The two countries remain bound by it".
_STILL_BOUND = re.compile(r"^\W*(?:both(?:\s+(?:countries|states|nations|governments))?|the\s+two(?:\s+(?:countries|"
                          r"states|nations|governments|neighbours|neighbors|capitals))?)\s+(?:remain|are\s+still)\s+"
                          r"(?:parties|bound\s+by\s+it|members)\b", re.IGNORECASE)


def _pair_still_bound(s: Sentence, records: _Records, pair: tuple[int, ...], referent: str | None) -> list[Claim]:
    """The pair told still bound by the agreement last spoken of ("Both remain parties today"): that it is in force,
    against each coding's reading, where both are its members."""
    if referent is None or referent not in records.gaz.treaties or len(pair) < 2 or _STILL_BOUND.search(s.text) is None:
        return []
    if not set(pair[:2]) <= records.gaz.treaties[referent].members:
        return []
    return [_ending_claim(s, referent, "in_force", records)]


def _membership_statements(s: Sentence, records: _Records, context: Sequence[int],
                           pair: tuple[int, ...]) -> list[Claim]:
    """States said to be parties (or founding members) of the agreement named or referred to right after the words
    (:data:`_ARE_PARTIES`), or never to have signed or joined it (:data:`_NEVER_PARTY`), against its members: the
    states before the words in their clause, or, for "both countries", "the two" or "they", those of the sentence
    before (else the article's pair)."""
    out: list[Claim] = []
    for m in s.of("agreement"):
        slug = (m.target or "").split(":", 1)[-1]
        if not m.target or slug not in records.gaz.treaties:
            continue
        lead = s.text[:m.start - s.start]
        lead = re.sub(r"(?:the|a|an)\s+$", "", lead, flags=re.IGNORECASE)
        said, never = _ARE_PARTIES.search(lead), _NEVER_PARTY.search(lead)
        words = said or never
        if words is None:
            continue
        clause = _clause_start(s, words.start())
        asides = [a.span() for a in _ASIDE.finditer(s.text[:words.start()])]
        states = _codes([x for x in s.of("state") if clause <= x.start - s.start < words.start()
                         and not any(a <= x.start - s.start < b for a, b in asides)
                         and not re.match(r"['’]s\b", s.text[x.end - s.start:])])
        if not states and _PAIR_SUBJECT.search(re.sub(r",[^,]*,\s*$|\s+(?:also|all|still)\s*$", "",
                                                      s.text[clause:words.start()])):
            states = _the_two(context, pair)
        if not states:
            continue
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
        out.append(_parties_claim(s, slug, states, records))
    return out


#: A state told to sign or join an agreement just named or referred to, with no date: "Georgia signed it as well",
#: "that Turkey also signed it", "the Baghdad Pact, which Kabul never joined".
_JOIN_VERB = r"(?:signed|joined|ratified|(?:acceded|adhered)\s+to)"
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


#: The members of the agreement last spoken of, listed after words that say so: "Its members were A, B and C", "The
#: signatories were the two of them along with A, B and C", "The parties are A, B, C and D".
_MEMBERS_WERE = re.compile(r"^\W*(?:its|the|their)\s+(?:members|signatories|signers|parties|member\s+states)\s+"
                           r"(?:were|are|was|became)\s+", re.IGNORECASE)


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
    return [_parties_claim(s, referent, codes, records)] if len(codes) >= 2 else []


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


#: A state told a party with no agreement named after the words, of the agreement last spoken of: "Turkey was an
#: original signatory on 1 August 1975", "Bangkok had been a party from the start".
_PARTY_TO_IT = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:also|both|all|still)\s+)*"
                          r"(?:an?\s+)?(?:(?:original|founding)\s+)?(?:party|parties|signatory|signatories|member|"
                          r"members)\b(?!\s+(?:to|of|in|states?|countries)\b)", re.IGNORECASE)


def _party_to_it(s: Sentence, records: _Records, referent: str | None) -> list[Claim]:
    """The states of a clause told parties to the agreement last spoken of (``referent``), the sentence naming none
    (:data:`_PARTY_TO_IT`), against its members."""
    if referent is None or referent not in records.gaz.treaties:
        return []
    out: list[Claim] = []
    for found in _PARTY_TO_IT.finditer(s.text):  # "Iran was a member too, and Pakistan was an original signatory"
        clause = _clause_start(s, found.start())
        told = [m for m in s.of("state") if clause <= m.start - s.start < found.start() and not _place(s, m)]
        if told and re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,3}", s.text[told[-1].end - s.start:found.start()]):
            # (the subject right before the verb: not "Japan followed in December 2004, and both are members")
            states = _codes(told)
            out.append(_parties_claim(s, referent, states, records))
    return out


#: Two states told to sign or join a named agreement by a subject that stands for them: "both signed the Warsaw
#: Pact", "the two governments had also ratified the treaty", "In August 1975 both signed ...".
_PAIR_SIGNED = re.compile(r"\b(?:both(?:\s+(?:(?:our|their)\s+)?(?:countries|states|nations|governments))?|"
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


def _pair_signed(s: Sentence, records: _Records, context: Sequence[int], pair: tuple[int, ...]) -> list[Claim]:
    """Two states told to have signed or joined an agreement named right after the verb, by "both" or "the two"
    (:data:`_PAIR_SIGNED`) with no state named before in the clause: the two of the sentence before (else the
    article's pair) are parties to it."""
    two = list(context) if len(context) == 2 else list(pair) if len(pair) == 2 else []
    out: list[Claim] = []
    for m in s.of("agreement"):
        slug = (m.target or "").split(":", 1)[-1]
        lead = s.text[:m.start - s.start]
        said = _PAIR_SIGNED.search(lead)
        if not two or said is None or slug not in records.gaz.treaties or m.how == "anaphora":
            continue
        clause = max([_clause_start(s, said.start())]
                     + [b.end() for b in re.finditer(r"[,;:]\s+", s.text[:said.start()])])
        if any(clause <= x.start - s.start < said.start() and not _place(s, x) for x in s.of("state")):
            continue  # "Chile and Peru both signed ...": the states named are the subject (told elsewhere)
        out.append(_parties_claim(s, slug, two, records))
    return out


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
    return Sentence(lo, hi, s.text[lo - s.start:hi - s.start], tuple(m for m in s.mentions if lo <= m.start < hi))


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
    return Sentence(lo, hi, s.text[lo - s.start:hi - s.start], tuple(m for m in s.mentions if lo <= m.start < hi))


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
    if mention.start - s.start <= signing.end():
        return signing
    between = s.text[signing.end():mention.start - s.start]
    if _EVENT_ONLY.search(between) or _NOT_ITS_SIGNING.search(between):
        return None
    for title in _UNKNOWN_TITLE.finditer(between):
        at = s.start + signing.end() + title.start()
        if not any(m.start <= at < m.end for m in s.of("agreement")):
            return None  # "signed the Four-Power Treaty, which replaced the alliance": another agreement was signed
    return signing


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
    if not before and re.match(r"(?:replaced|superseded|supplanted|succeeded)\s+by\b|gave\s+way\s+to\b",
                               s.text[word.start():], re.IGNORECASE):
        return False  # "(an unlinked act,) replaced by the Rio treaty": the replacer, not the one it ended
    if before and _OTHER_SUBJECT.search(s.text[before[-1].end - s.start:word.start()]):
        return False  # "X joined the Baghdad Pact the day the bilateral agreement was replaced": another's end
    chosen = before[-1] if before else named[0]
    last = [w for w in _ENDING_WORD.finditer(s.text, 0, chosen.start - s.start)]  # the ending words before it
    if not before and last and not _ENDING_WORD.search(s.text, chosen.end - s.start) and not re.fullmatch(
            r"\s+(?:[\w'’-]+\s+){0,3}", s.text[last[-1].end():chosen.start - s.start]) and \
            not _BROKEN_PART.fullmatch(s.text[last[-1].end():chosen.start - s.start]):
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
    # (an agreement in a clause before the verb's own is not its subject: "signed X on ..., and with Yugoslavia they
    # had concluded Y")
    before = [m for m in named if m.start < at and not re.search(r",\s+and\b|;", s.text[m.end - s.start:at - s.start])]
    chosen = before[-1] if before else next((m for m in named if m.start >= at), named[0])
    if chosen.how == "anaphora" and chosen.start > at and signing is not None and \
            s.text[signing.end():chosen.start - s.start].strip() and \
            not _PARTICIPLE_LEAD.match(s.text[:chosen.start - s.start]):
        return False  # "signed several agreements ... the alliance": the pronoun is not what was signed
    # an agreement named twice in apposition ("SEATO, the Southeast Asia Collective Defense Treaty signed ...") is
    # the subject by either name
    return chosen.start == mention.start or chosen.target == mention.target


_ENDING_EVENTS = ("violated", "abrogated", "denounced", "repudiated", "expired", "replaced", "withdrawal",
                  "notice_of_termination")


def _ending_date_claim(s: Sentence, slug: str, label: str, date: Mention, records: _Records,
                       ref: RecordRef) -> list[Claim]:
    """The date an agreement ended (or was abrogated, expired...), against its end date and its ending events."""
    said = date.value or ""
    options: list[tuple[str, str, RecordRef]] = []
    if treaty_ended := records.ended(slug) or records.gaz.treaties[slug].ended:
        options.append((treaty_ended, f"ended {treaty_ended}", ref))
    multilateral = len(records.gaz.treaties[slug].members) > 2
    for e in records.events():
        if e["treaty"] == slug and e["kind"] in _ENDING_EVENTS and not (multilateral and e["kind"] == "withdrawal"):
            # one member's withdrawal does not end a multilateral agreement
            options.append((e["date"], f"{e['kind'].replace('_', ' ')} {e['date']}",
                            RecordRef(kind="event", id=e["id"], ledger=e["ledger"], label=e["description"][:120],
                                      sources=[f"{e['ledger']}:{x}" for x in e["sources"]])))
    if not options:
        return []
    rank = {"consistent": 0, "within_tolerance": 1, "contradicts": 2}
    judged = [(compare_dates(said, when, "ended"), value, record) for when, value, record in options]
    (verdict, reason), value, record = min(judged, key=lambda j: rank[j[0][0]])
    return [Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{label} ended {date.text}", verdict=verdict,
                  record_value=value, reason=reason, records=[ref, record] if record is not ref else [ref])]


def _label(mention: Mention, treaty: Any) -> str:
    """Return how a claim names an agreement: as the article does, with the record's title for "it"."""
    if mention.how == "anaphora":
        short = re.sub(r"\s*\(.*", "", treaty.title)
        return f"{mention.text} [{short}]"
    return mention.text


def _attached_year(s: Sentence, mention: Mention, treaty: Any, ref: RecordRef) -> list[Claim]:
    """An agreement named with its year: "the Treaty of X of 2001", "the Treaty of X (1950)"."""
    after = s.text[mention.end - s.start:mention.end - s.start + 12]
    found = re.match(r"\s*(?:of\s+|\(|,\s+)(\d{4})\b", after)
    if not found or mention.how == "description":
        return []
    verdict, reason = compare_dates(found.group(1), treaty.signed, "signed")
    return [Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{mention.text} of {found.group(1)}", verdict=verdict,
                  record_value=f"signed {treaty.signed}", reason=reason, records=[ref])]


def _claim_name(s: Sentence, slug: str, title: str) -> str:
    mention = next((m for m in s.of("agreement") if m.target == f"treaty:{slug}"), None)
    short = re.sub(r"\s*\(.*", "", title)
    if mention is None:
        return short
    return f"{mention.text} [{short}]" if mention.how == "anaphora" else mention.text


def _name(ccode: int, when: str) -> str:
    try:
        return state_name(ccode, when)
    except Exception:
        return f"COW {ccode}"


#: The words of an expiry ("lapsed", "ran out").
_EXPIRY = next(pattern for pattern, name in _ENDINGS if name == "expired")
_ENDING_WORD = re.compile("|".join([_BREACH.pattern] + [p.pattern for p, _ in _ENDINGS] + [_ENDED.pattern]),
                          re.IGNORECASE)
_EVENT_OR_ENDING = re.compile("|".join([_ENDING_WORD.pattern] + [p.pattern for p, _, _ in _EVENT_WORDS]),
                              re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s+(?:which|who|that|when|where|after|before|while)\b|;", re.IGNORECASE)
#: A negation of the words that follow it, within three words and not across a conjunction ("was never terminated
#: and remains in force": "remains" is not negated).
_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither|nobody|rather than|instead of)\b"
                       r"(?:\s+(?!and\b|but\b)\w+){0,3}\s*$|"
                       # a claim denied as nobody's: "nobody pretended it had been betrayed", "no one claimed that the
                       # pact was broken"
                       r"\b(?:nobody|no\s+one)\s+(?:ever\s+|seriously\s+)?(?:pretended|claimed|said|suggested|argued|"
                       r"alleged|thought|believed)\b(?:\s+(?!and\b|but\b)\w+){0,5}\s*$",
                       re.IGNORECASE)


def _claimed_ending(text: str) -> str | None:
    """Return the ending a sentence claims ("breach", "abrogated", ...), or "not " and it where it is negated."""
    found = _BREACH.search(text)
    ending = "breach" if found else None
    if found is None:
        for pattern, name in _ENDINGS:
            found = pattern.search(text)
            if found:
                ending = name
                break
    if ending == "expired":  # "lapsed, having done exactly what it was made for", "lapsed when the Reich ceased to
        # exist": the cause told is the ending
        for pattern, name in _ENDINGS:
            cause = pattern.search(text) if name in {"fulfilled", "defeated", "lost_independence"} else None
            if cause is not None and not _NEGATION.search(text[:cause.start()]):
                found, ending = cause, name
                break
    if found is None or ending is None:
        ended = _ENDED.search(text)
        if ended is not None:  # ended, with no word of how: "it was Tehran's new rulers who ended it"
            # ("has never been terminated", "it did not end": in force still)
            return "in_force" if _NEGATION.search(text[:ended.start()]) else "ended"
        return None
    return f"not {ending}" if _NEGATION.search(text[:found.start()]) else ending


def _dated_ending(text: str) -> re.Match[str] | None:
    """Return the sentence's first word of an ending that dates the agreement's end (an abrogation, expiry,
    replacement, dissolution; not a breach, which is an event, nor "still in force"), unless it is negated."""
    for pattern, name in _ENDINGS:
        found = pattern.search(text)
        if found is not None and name != "in_force" and not _NEGATION.search(text[:found.start()]):
            return found
    found = _ENDED.search(text)
    if found is not None and found.group(0).casefold().endswith("with"):
        return None  # "died with the monarchy": the end of what it went with, whose date is that one's
    if found is not None and re.search(r"\bdead\b", found.group(0), re.IGNORECASE):
        return None  # "was a dead letter by 1939", "the pact was dead by June": dead in fact, not ended in law then
    return found if found is not None and not _NEGATION.search(text[:found.start()]) else None


def _claimed_endings(text: str) -> list[str]:
    """Return the endings a sentence claims: :func:`_claimed_ending`'s, the one it tells in place of one it denies
    (:func:`_told_after_denial`), and "still in force" told in a later clause of its own ("has never been broken by
    either side, and it remains in force")."""
    first = _claimed_ending(text)
    if first is None:
        return []
    found = [first]
    told = _told_after_denial(text, first.removeprefix("not ")) if first.startswith("not ") else None
    if told is not None:  # in the order told
        found = [told[2], first] if told[0] < told[1] else [first, told[2]]
    in_force = _ENDINGS[-1][0].search(text)
    if first.removeprefix("not ") != "in_force" and in_force is not None and re.search(
            r"(?:,\s+and|;|,\s+which)\s", text[:in_force.start()]) and not _NEGATION.search(text[:in_force.start()]):
        found.append("in_force")
    return found


def _told_after_denial(text: str, denied: str) -> tuple[int, int, str] | None:
    """Return where a sentence tells, in a clause of its own, the ending it tells beside one it denies, where it
    denies that one, and the ending told, unnegated ("Nobody broke it; it simply ran out": it expired; "The pact did
    not survive the defeat; nobody repudiated it": defeated); None where it tells none (or both in one clause: "was
    fulfilled rather than broken" tells one ending)."""
    denials = [m.start() for pattern, name in ((_BREACH, "breach"), *_ENDINGS) if name == denied
               for m in pattern.finditer(text) if _NEGATION.search(text[:m.start()])]
    told = [(m.start(), name) for pattern, name in ((_BREACH, "breach"), *_ENDINGS) if name not in {denied, "in_force"}
            for m in pattern.finditer(text) if not _NEGATION.search(text[:m.start()])]
    told = [(at, name) for at, name in told if denials and re.search(
        r"[;:]|,\s+(?:and|but|it|they)\b", text[min(at, denials[0]):max(at, denials[0])])]
    if not told:
        return None
    at, name = min(told)
    cause = _claimed_ending(text[at:]) if name == "expired" else None
    # ("it lapsed, its purpose achieved": the cause told is the ending, as in :func:`_claimed_ending`)
    return at, denials[0], cause if cause in {"fulfilled", "defeated", "lost_independence"} else name


def _place(s: Sentence, mention: Mention) -> bool:
    """Whether a state's mention is a capital told as the place of an act ("signed in Manila", "at Lomé"), naming no
    party."""
    return mention.how == "capital" and re.search(r"\b(?:in|at)\s+$", s.text[:mention.start - s.start]) is not None


def _parties_told(s: Sentence, mentions: Sequence[Mention]) -> list[int]:
    """The states a clause's mentions tell as an agreement's parties: a capital told as the place of the signing is
    none when the clause names two states or more besides it ("in Buenos Aires, Bolivia and Paraguay signed") or
    none ("The treaty, signed in Vienna on 30 October 1883": the parties are those of the context), and stands for
    its state when the clause names only one other ("signed a treaty with the Soviet Union in Mogadishu")."""
    others = _codes([m for m in mentions if not _place(s, m)])
    return others if len(others) != 1 else _codes(mentions)


#: What comes between a state and the verb of a breach it is told to have committed: "Japan broke", "it was Japan that
#: had broken", "Washington later betrayed", "the Italians who broke".
_BREACHER_GAP = re.compile(r"^(?:\s+(?:that|who|which))?(?:\s+(?:had|has|have|then|later|first|itself|also|"
                           r"\w+ly)){0,2}\s+$", re.IGNORECASE)
#: What comes between the word of a breach and a state told as the breacher: "betrayed by Moscow", "a breach by Iran".
_BREACHER_BY = re.compile(r"^\s+(?:(?:first|later|then)\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)


def _breachers(s: Sentence) -> set[int]:
    """Return the states a sentence tells as those who broke an agreement: the subject of its word of a breach
    ("Japan broke the alliance", "it was Washington that had betrayed it") or the agent after it ("was betrayed by
    Moscow")."""
    found = _BREACH.search(s.text)
    if found is None:
        return set()
    states = [(m, int(m.target.split(":")[1])) for m in s.of("state") if m.target and not _place(s, m)]
    told = {code for m, code in states if _BREACHER_GAP.match(s.text[m.end - s.start:found.start()])
            or _BREACHER_BY.match(s.text[found.end():m.start - s.start])}
    return told


def _ending_claim(s: Sentence, slug: str, ending: str, records: _Records) -> Claim:
    """How the article says an agreement ended, against each coding's ending: a coding's reading of the exit of a
    member the sentence names ("violated by Italy") where it has one, else of the whole agreement. A capital told as
    a place ("signed in Manila") names no member."""
    named = set(_codes([m for m in s.of("state") if not _place(s, m)]))
    rows = []
    for row in records.outcomes(slug, members=True):
        if row["member"] is None and any(r["coding"] == row["coding"] and r["member"] in named
                                         for r in records.outcomes(slug, members=True)):
            continue
        if row["member"] is not None and row["member"] not in named:
            continue
        rows.append(row)
    for coding in {r["coding"] for r in records.outcomes(slug, members=True)} - {r["coding"] for r in rows}:
        # a coding that reads only its members' exits (ATOP's multilateral alliances), none of them named: its reading
        # of the whole agreement where every member's exit is read alike
        exits = [r for r in records.outcomes(slug, members=True) if r["coding"] == coding]
        if len({r["ending"] for r in exits}) == 1:
            rows.append({**exits[0], "member": None, "member_name": None, "breach": any(r["breach"] for r in exits),
                         "breached_by_names": sorted({n for r in exits for n in r["breached_by_names"] or []})})
        elif ending.removeprefix("not ") == "in_force" and not (records.ended(slug)
                                                                or records.gaz.treaties[slug].ended) \
                and any(r["ending"] == "in_force" for r in exits):
            # "The OAS Charter still binds both of them": an agreement some members left runs on for the others
            still = next(r for r in exits if r["ending"] == "in_force")
            rows.append({**still, "member": None, "member_name": None, "breach": False, "breached_by_names": []})
    answers = []
    negated = ending.startswith("not ")
    ending = ending.removeprefix("not ")
    if ending == "fulfilled" and _surrender_of_member(s, records.gaz.treaties[slug].members):
        ending = "defeated"  # "ended with Germany's surrender", of Germany's own alliance: its defeat
    # an expiry told with the purpose done ("lapsed with victory"): a coding's expiry reads it so as well
    lapsed = ending == "fulfilled" and not negated and any(
        not _NEGATION.search(s.text[:m.start()]) for m in _EXPIRY.finditer(s.text))
    ended, signed = records.ended(slug), records.gaz.treaties[slug].signed
    # "still in force" read at the end of as_of: an agreement that ended only later was in force then, one signed
    # only later was not
    # the states told as the breachers, where they are members (told of another agreement, they say nothing of this)
    breachers = _breachers(s) & records.gaz.treaties[slug].members if ending == "breach" else set()
    later = ending == "in_force" and ended is not None and _pdate(ended).year > records.as_of
    unborn = ending == "in_force" and _pdate(signed).year > records.as_of
    for row in sorted(rows, key=lambda r: coding_sort_key(r["coding"])):
        same = row["ending"] == ending or (ending == "abrogated" and row["breach"]) or (  # a member's own act
            ending == "ended" and row["ending"] != "in_force") or (  # ended somehow
            lapsed and row["ending"] == "expired")  # "lapsed, its purpose achieved": it expired, too
        agrees = bool(row["breach"] if ending == "breach" else (same or later) and not unborn) != negated
        if ending == "breach" and not negated and row["breach"] and breachers and row.get("breached_by") and \
                not breachers & set(row["breached_by"]):
            agrees = False  # "it was Japan that broke the pact": a coding that names another member as the breacher
        breacher = f" by {', '.join(row['breached_by_names'])}" if row["breached_by_names"] else ""
        whose = f" ({row['member_name']}'s exit)" if row["member"] is not None else ""
        when = (f" {'on' if len(ended or '') == 10 else 'in'} {ended}, so in force in {records.as_of}"
                if later and row["ending"] != "in_force" else "")
        when = f"; signed only in {signed[:4]}, after {records.as_of}" if unborn else when
        answers.append(CodingAnswer(coding=row["coding"], answer=f"{words(row['ending'])}{breacher}{whose}{when}",
                                    agrees=bool(agrees)))
    refs = [records.treaty_ref(slug)] + [
        RecordRef(kind="outcome", id=f"{slug}/{r['coding']}" + (f"/{r['member']}" if r["member"] else ""),
                  ledger=r["ledger"], label=f"{coding_label(r['coding'])}: {words(r['ending'])}",
                  sources=[f"{r['ledger']}:{x}" for x in r["sources"]])
        for r in rows]
    word = "ended in a breach (betrayal)" if ending == "breach" else ending.replace("_", " ")
    word = f"not {word}" if negated else word
    title = records.gaz.treaties[slug].title
    record_value = "; ".join(f"{a.coding}: {a.answer}" for a in answers) or "no coding records its ending"
    if not answers:
        verdict, reason = "not_in_record", "no coding of the ledger records how this agreement ended"
    elif all(a.agrees for a in answers):
        verdict, reason = "consistent", "every coding agrees"
    elif not any(a.agrees for a in answers):
        verdict, reason = "contradicts", "no coding reads the ending so"
    else:
        verdict, reason = "depends_on_coding", f"only {_codings_in_words(answers)} read{_verb_s(answers)} it so"
    return Claim(kind="ending", text=s.text.strip(), start=s.start, end=s.end,
                 claimed=f"{_claim_name(s, slug, title)}: {word}",
                 verdict=verdict, record_value=record_value, reason=reason, records=refs,
                 codings=answers)


def _surrender_of_member(s: Sentence, members: frozenset[int] | set[int]) -> bool:
    """Whether the surrender a sentence ends an agreement with is a member's own ("lapsed with Italy's surrender" of
    Italy's alliance): the state named right before it is a member."""
    told = re.search(r"['’]s\s+(?:(?:formal|final|unconditional)\s+)?(?:surrender|capitulation)\b", s.text,
                     re.IGNORECASE)
    return told is not None and any(code in members for code in _codes(
        [m for m in s.of("state") if m.end - s.start == told.start()]))


#: The pair's agreements told in force together, by a quantifier and no name: "All three remain in force", "..., and
#: both are still in force", "The other three are all in force", "two agreements, both still in force".
_GROUP_IN_FORCE = re.compile(
    rf"(?:^\W*|[,;:]\s+(?:and\s+|but\s+)?|\b(?:and|but)\s+)(?P<q>both|all\s+(?P<n>\d+|{_NUMBER_WORDS})|"
    rf"the\s+other\s+(?P<m>\d+|{_NUMBER_WORDS}))(?:\s+(?:of\s+them|agreements|treaties|pacts|alliances))?\s+"
    r"(?:(?:are|remain|were)\s+)?(?:(?:all|both)\s+)?(?:still\s+)?(?:(?:formally|legally)\s+)?in\s+force\b",
    re.IGNORECASE)


def _group_in_force(s: Sentence, records: _Records, pair: tuple[int, ...]) -> list[Claim]:
    """The pair's agreements told in force together without a name ("All three remain in force", "both are still
    in force"): each coding agrees where at least that many of the agreements the pair shares still bound the two at
    the end of the year claims are read at (:func:`_in_force_count`); which ones the article means it does not say,
    so a coding with fewer in force contradicts and one with as many or more agrees. Nothing where the pair shares
    fewer agreements than that in the record."""
    found = _GROUP_IN_FORCE.search(s.text)
    states = s.states()
    who = tuple(states[:2]) if len(states) >= 2 else pair
    if found is None or len(who) < 2 or _NEGATION.search(s.text[:found.start("q")]):
        return []
    word = found.group("n") or found.group("m")
    n = 2 if word is None else number_value(word)
    if n is None or n < 2:
        return []
    history = records.history(who[0], who[1])
    answers: list[CodingAnswer] = []
    told: set[str] = set()
    shared = 0
    for coding in history.coding_names():
        slugs, answer = _in_force_count(history, coding, records)
        told |= set(slugs)
        shared = max(shared, len(_count_values(history, coding, records, "pacts", records.as_of, every=True)[0]))
        answers.append(CodingAnswer(coding=coding, answer=answer, agrees=len(slugs) >= n))
    if not answers or shared < n:
        return []  # (the pair shares fewer in the record: the article tells of agreements the record does not hold)
    refs = [records.treaty_ref(slug) for slug in sorted(told) if slug in records.gaz.treaties]
    claimed = f"{' '.join(found.group('q').split())} ({_pair_names(who)}): in force"
    record_value = "; ".join(f"{a.coding}: {a.answer}" for a in answers)
    if all(a.agrees for a in answers):
        verdict, reason = "consistent", f"every coding has at least {n} of the pair's agreements in force"
    elif not any(a.agrees for a in answers):
        verdict, reason = "contradicts", f"no coding has {n} of the pair's agreements in force"
    else:
        verdict, reason = "depends_on_coding", f"only {_codings_in_words(answers)} count{_verb_s(answers)} {n} in force"
    return [Claim(kind="ending", text=s.text.strip(), start=s.start, end=s.end, claimed=claimed, verdict=verdict,
                  record_value=record_value, reason=reason, records=refs, codings=answers)]


def _unknown_descriptions(s: Sentence, records: _Records, pair: tuple[int, ...]) -> list[Claim]:
    """An agreement described by a year ("the 1951 treaty") that no stored agreement of the pair fits."""
    out: list[Claim] = []
    for m in s.of("agreement"):
        if m.target or m.how != "description" or len(pair) < 2:
            continue
        year = re.search(r"\d{4}", m.text)
        if not year:
            continue
        near = [t for t in records.gaz.treaties.values() if set(pair) <= t.members
                and abs(int(t.signed[:4]) - int(year.group(0))) <= 2 and t.kind not in {"border"}]
        if near:
            best = min(near, key=lambda t: abs(int(t.signed[:4]) - int(year.group(0))))
            out.append(Claim(kind="agreement_date", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text}: an agreement of {year.group(0)}", verdict="contradicts",
                             record_value=f"{best.title}, signed {best.signed}",
                             reason=f"no agreement of {_pair_names(pair)} was signed in {year.group(0)}; the "
                                    f"nearest is of {best.signed[:4]}", records=[records.treaty_ref(best.slug)]))
        else:
            out.append(_not_in_record(s, f"{m.text} between {_pair_names(pair)}", "treaty", pair, year.group(0)))
    return out


def _pair_names(pair: Sequence[int]) -> str:
    """Return a pair by the states' own names ("Russia and China"), whatever the period."""
    from foedus.states import known_states

    names = {state.ccode: state.name for state in known_states()}
    return " and ".join(names.get(c, f"COW {c}") for c in pair)


#: A clause that tells of an act: a verb of action in the past tense, active or passive ("sank", "was readmitted"), not
#: a state of affairs ("the Soviet Union was still at Berbera") nor a heading ("1985: the year of the ships").
_STATEMENT = re.compile(r"\b(?:[a-z]{2,}ed|became|began|came|fell|fought|gave|held|"
                        r"kept|left|lost|made|met|ran|rose|sank|sat|saw|sent|set|stood|struck|took|went|won|"
                        r"drew|broke|spoke|chose|led|paid|put|told|wrote|brought|bought|sought|thought|found)\b")


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
    if not dates:
        return []
    verbs = [(w, kinds, label) for pattern, kinds, label in _EVENT_WORDS for w in pattern.finditer(s.text)]
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
    said = _pdate(date.value or "")
    candidates, by_day_only = [], set()
    for e in records.events():
        involved = set(e["actors"]) | set(e["targets"])
        if not (e["treaty"] in treaties or involved & set(lookup)) and not _same_day_in_words(e, date, shared):
            continue
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
        # of Czechoslovakia in August 1968" is not the pair's clash of August 1969)
        year_slip = year_slip and (said.precision == "day" or bool(involved & set(own)))
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
        who = (own or list(pair))[:2]
        names = " and ".join(_name(c, date.value or "") for c in who)  # as they were called then
        on = "on" if date.precision == "day" else "in"
        claim = _not_in_record(s, f"{words(label)} of {names} {on} {date.value}", "event", who, date.value or "", label)
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
    ref = RecordRef(kind="event", id=event["id"], ledger=event["ledger"], label=event["description"][:120],
                    sources=[f"{event['ledger']}:{x}" for x in event["sources"]])
    return [Claim(kind="event_date", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{label.replace('_', ' ')} on {date.text} ({date.value})", verdict=verdict,
                  record_value=f"{event['kind'].replace('_', ' ')} on {event['date']}", reason=reason, records=[ref])]


def _same_day_in_words(event: dict[str, Any], date: Mention, shared: dict[str, int]) -> bool:
    """Whether a stored event is dated the very day the sentence tells and told in at least :data:`_LEXICAL_TIE`
    of its distinctive words, whichever states the sentence names ("the Bolsheviks seized power in Petrograd on 7
    November 1917", its states named by no name the checker reads): that day's record of it."""
    return date.precision == "day" and event["date"] == date.value and shared.get(event["id"], 0) >= _LEXICAL_TIE


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


def _ended_by(agreement: Agreement, as_of: int) -> bool:
    """Return True if ``agreement`` had ended by the end of ``as_of`` (one ended on an unknown date counts)."""
    return agreement.ended is None or _pdate(agreement.ended).year <= as_of


def _count_values(history: PairHistory, coding: str, records: _Records, noun: str,
                  as_of: int, *, every: bool = False, shared: bool = False) -> tuple[list[str], list[str]]:
    """Return the slugs of the pair's bilateral agreements of the noun's sort that ``coding`` counts by the end of
    ``as_of``, and of those among them that had ended by then: breaches (:meth:`PairHistory.breaches`) by then, or
    alliances signed by then: those a narrative coding codes (its own list), or those with military obligations that
    a dataset's or curated coding reads (:func:`_reading`: an agreement known only from ATOP through ATOP's ending,
    one signed after a dataset's last through the others'; ``history`` holds only the agreements signed by
    ``as_of``). With ``every``, the count is of every agreement the pair shares, multilateral or without military
    obligations ("the thirteen pacts they have shared", "ten in all"); with ``shared``, of every alliance they shared,
    multilateral ones included ("the only alliance A and B ever shared")."""
    if noun.startswith(("betray", "breach", "violation")):
        breached = [a.slug for a in history.breaches(coding) if _ended_by(a, as_of)]
        return breached, breached
    kind = records.kind(coding)
    readings = {a.slug: _reading(history, a, coding, records) for a in history.agreements}
    chosen = [a for a in history.agreements if readings[a.slug] is not None
              and (every or ((shared or not a.multilateral) and (a.military or kind == "narrative")))]
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


def _in_force_count(history: PairHistory, coding: str, records: _Records) -> tuple[list[str], str]:
    """Return the pair's agreements that ``coding`` counts and that still bound the two at the end of the year claims
    are read at (in force by the record's own dates, whatever a coding reads of how the others ended:
    :func:`_binds_pair`), and that count in words."""
    chosen, _ = _count_values(history, coding, records, "pacts", records.as_of, every=True)
    slugs = [a.slug for a in history.agreements if a.slug in chosen and _binds_pair(history, a, records.as_of)]
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


def _years(history: PairHistory, slugs: list[str]) -> str:
    """Return the signing years of the pair's agreements ``slugs``: "1896, 1937, 1945"."""
    signed = {a.slug: a.signed[:4] for a in history.agreements}
    return ", ".join(signed.get(slug, "?") for slug in slugs)


#: The part of a count that a later clause says was broken: "three (ended in a breach)", "one of them (broken)",
#: "half (ended in a breach)"; a number followed by a noun of its own ("two years later") is no part.
_PART_COUNT = re.compile(rf"\b(half|\d+|{_NUMBER_WORDS})\b(?:\s+of\s+(?:them|these|those|which|the\s+(?:\w+\s+)?\w+|"
                         r"(?:these|those)\s+\w+))?(?=(?:,(?:\s+[\w'’-]+){1,4},)?\s+(?:were\s+|was\s+|had\s+been\s+|"
                         r"ha(?:ve|s)\s+(?:ever\s+|since\s+)?been\s+|ended\s+|broken|betrayed|violated))",
                         re.IGNORECASE)  # ("only that one has ever been breached": one)
#: Words by which a count of pacts or agreements (not of "alliances", nor "bilateral" ones) is of every agreement a
#: pair shares, not of its bilateral alliances: "the thirteen pacts Germany and Italy have shared", "ten in all",
#: "party to together".
_EVERY_SHARED = re.compile(r"\b(?:shared?|in all|in total|altogether|together|every pact|all told|partners\s+in|"
                           r"parties\s+to)\b", re.IGNORECASE)


#: A part of a count told bilateral, which makes the count one of every agreement the pair shares: "five
#: agreements, one of them bilateral", "of which two were bilateral".
_BILATERAL_PART = re.compile(rf"\b(?:(?:one|\d+|{_NUMBER_WORDS}|none|not\s+one|neither|all|every\s+one|each)\s+of\s+"
                             rf"(?:them|these|those|which)|of\s+which\s+(?:one|\d+|{_NUMBER_WORDS}|none|not\s+one|all))"
                             r"\s+(?:(?:was|were|is|are)\s+)?(?:(?:a|an)\s+)?(?:(?:purely|strictly|truly|formally)\s+)?"
                             r"(?:bilateral|multilateral)\b",
                             re.IGNORECASE)
#: A count told back as the whole of a part before it: "three of their five pacts", "Of the seven pacts", "one of
#: France's two alliances".
_TOLD_BACK = re.compile(r"\bof\s+(?:the|their|these|those|(?-i:[A-Z])[\w-]*['’]s)\s+$", re.IGNORECASE)
#: The part told before a count told back: "Three of their (five pacts were broken)".
_PART_BEFORE = re.compile(rf"\b(\d+|{_NUMBER_WORDS})\s+of\s+(?:the|their|these|those|(?-i:[A-Z])[\w-]*['’]s)\s+$",
                          re.IGNORECASE)  # (also "one of Britain's two alliances")
#: A count told as of a year: "Before 1978 A and B had never signed a pact", "By 1939 they had signed three".
_COUNT_UNTIL = re.compile(r"\b(?P<word>before|until|prior to)\s+(?P<year>1[5-9]\d\d|20\d\d)\b(?![-\d])", re.IGNORECASE)


#: The wider scopes a count of a pair's agreements may be read in where its words do not say which it counts (a
#: count of their bilateral alliances being read first): every alliance both belonged to, multilateral ones included,
#: then every agreement the pair shares (as `foedus history`'s summary counts them).
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
#: both", "two treaties that remain in force", "one agreement in force today", "the last that still binds them".
_STILL_BINDING = re.compile(r"\s+(?:(?:that|which)\s+)?(?:(?:is|are|remains?)\s+)?"
                            r"(?:still\s+(?:(?:formally|legally)\s+)?(?:in\s+force|binding|binds?|bound)|in\s+force\s+(?:today|now|still)|"
                            r"(?:(?:that|which)\s+)?(?:remains?|(?:is|are)\s+still)\s+in\s+force)\b", re.IGNORECASE)


def _pair_adjective(s: Sentence, count: Mention) -> bool:
    """Return True if a count's words name its agreements by the adjectives of two states joined by a hyphen, which
    tells them bilateral: "no Swedish-Finnish defence treaty", "two Franco-Spanish conventions" (two state mentions
    within the count, the second right after the first's hyphen)."""
    inside = sorted((m for m in s.of("state") if count.start <= m.start and m.end <= count.end), key=lambda m: m.start)
    return any(b.start == a.end + 1 and s.text[a.end - s.start] == "-" for a, b in itertools.pairwise(inside))


def _scope_told(s: Sentence, count: Mention) -> bool:
    """Return True if a count's words say which of the pair's agreements it counts: "two bilateral alliances", "one
    multilateral pact", "two alliances of their own" (not "two agreements between them", "allied twice")."""
    _, hi = _count_scope(s, count)
    return re.search(r"\b(?:bilateral|multilateral)\b", count.text, re.IGNORECASE) is not None or \
        _pair_adjective(s, count) or \
        _OWN_SCOPE.match(s.text[count.end - s.start:]) is not None or \
        _ON_THEIR_OWN.search(s.text[count.end - s.start:hi]) is not None


def _coding_counts(history: PairHistory, records: _Records, noun: str, n: int, told_at: int, after: int | None,
                   this: str | None, ordinal: bool, *, every: bool, shared: bool
                   ) -> tuple[list[CodingAnswer], dict[str, list[str]], bool]:
    """Return each coding's answer to a count of ``n`` (an ordinal's with ``ordinal``) of the pair's agreements of
    the noun's sort (:func:`_count_values` with ``every`` and ``shared``) read at ``told_at``, from the year ``after``
    on if told so, ``this`` being the agreement an ordinal refers to; the slugs each coding counts; and whether a
    coding agrees only by counting those that had ended."""
    answers: list[CodingAnswer] = []
    counted_by: dict[str, list[str]] = {}
    by_ended = False
    for coding in history.coding_names():
        chosen, ended = _count_values(history, coding, records, noun, told_at, every=every, shared=shared)
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
        if len(who) < 2:
            out.append(Claim(kind="count", text=s.text.strip(), start=s.start, end=s.end, claimed=m.text,
                             verdict="not_in_record", record_value="", reason="the article does not say between whom"))
            continue
        n = int(m.value or 0)
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
                 and not _pair_adjective(s, m))
        # "the only alliance A and B ever shared": every alliance both belonged to, not only their bilateral ones
        shared = not every and not ordinal and re.search(r"\bbilateral\b", own, re.IGNORECASE) is None and \
            not _pair_adjective(s, m) and \
            re.search(r"\b(?:shared?|belonged\s+to|were\s+(?:both\s+)?(?:members|parties))\b",
                      s.text[m.end - s.start:hi], re.IGNORECASE) is not None
        after = _count_since(s, m, hi, written[-1])
        answers, counted_by, by_ended = _coding_counts(history, records, noun, n, told_at, after, this, ordinal,
                                                       every=every, shared=shared)
        if not ordinal and not noun.startswith(("betray", "breach", "violation")) and \
                _STILL_BINDING.match(s.text[m.end - s.start:hi]):
            # "the only pact still binding both", "two treaties that remain in force": those that bind them now
            answers = []
            for coding in history.coding_names():
                slugs, answer = _in_force_count(records.history(who[0], who[1]), coding, records)
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
        counted = sorted({slug for coding in history.coding_names()
                          for slug in _count_values(history, coding, records, noun, records.as_of, every=every,
                                                    shared=shared)[0]})
        refs = [records.treaty_ref(slug) if slug in records.gaz.treaties else
                RecordRef(kind="treaty", id=slug, ledger="atop", label=slug, sources=["atop:atop"]) for slug in counted]
        how = (f"the {n - 1} that had ended by {records.as_of} and this one" if ordinal else
               f"counting the alliances that had ended by {records.as_of}") if by_ended else ""
        how = "; ".join(x for x in (f"counting {scope}, as the article does not say bilateral" if scope else "",
                                    how) if x)
        counted_claim = _count_verdict(s, f"{_qualifier(s, m.start - s.start)}{m.text} ({_pair_names(who)})",
                                       answers, refs, how)
        if not repeated:
            out.append(counted_claim)
        record_value = counted_claim.record_value
        if not ordinal and not noun.startswith(("betray", "breach", "violation")) and breach is not None:
            # "Of the five agreements ..., three ended in a breach", "two agreements, one of them broken": the number
            # told of the breaches; else the count's own ("five alliances, all betrayed")
            part = _PART_COUNT.search(s.text, m.end - s.start, breach.end())
            word = None if part is None else part.group(1)
            before = _PART_BEFORE.search(s.text[:m.start - s.start]) if part is None else None
            if before is not None and number_value(before.group(1)) is not None:
                word = before.group(1)  # "Three of their five pacts were broken": three
            broken = n if word is None else n // 2 if word.casefold() == "half" else number_value(word)
            nothing = None if part is not None else re.search(
                r"\b(?P<none>neither|none|not one|no one)\b(?:\s+\w+){0,6}\s*$|\bnever\s+(?:been\s+)?$",
                s.text[m.end - s.start:breach.start()], re.IGNORECASE)
            if nothing is not None:
                broken = 0  # "two bilateral pacts in all, and neither was ever broken"
            negated = part is not None and re.search(r"\bnot\s+(?:a\s+single\s+)?$", s.text[:part.start()],
                                                     re.IGNORECASE) is not None
            broken = 0 if negated else broken  # "..., and not one of them was ever broken"
            told = m.text if part is None else f"{m.text}, {'not ' if negated else ''}{_qualified(s, part)}"
            told = f"{m.text}, {nothing.group('none')}" if nothing is not None and nothing.group("none") else told
            told = f"{before.group(1)} of {m.text}" if before is not None and word is not None else told
            breach_answers, breached = [], set()
            for coding in history.coding_names():
                slugs, _ = _count_values(history, coding, records, "breaches", records.as_of)
                if re.search(r"\bbilateral\b", s.text[:breach.start()], re.IGNORECASE):
                    # "two bilateral pacts, and neither was ever broken": the breaches of those counted only
                    slugs = [x for x in slugs if x in counted_by[coding]]
                breached |= set(slugs)
                breach_answers.append(CodingAnswer(coding=coding, agrees=len(slugs) == broken,
                                                   answer=_count_answer(history, slugs, slugs, "breaches",
                                                                        records.as_of)))
            out.append(_count_verdict(s, f"{told} ended in betrayal{_breaches_told(broken)} ({_pair_names(who)})",
                                      breach_answers,
                                      [records.treaty_ref(x) for x in sorted(breached) if x in records.gaz.treaties]))
        listed = sum(1 for t in named if t.startswith("treaty:") and who and
                     set(who) <= records.gaz.treaties[t.split(":", 1)[1]].members)
        if not ordinal and n > 1 and listed < n and _LIST_REFERENCE.search(s.text):
            out.append(Claim(kind="list", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"a list of {n} referred to", verdict="referenced_not_stated",
                             record_value=record_value,
                             reason=f"the article refers to {n} items but names {listed} of them; which {n} it means "
                                    "cannot be checked", records=refs, codings=answers))
    return out


def _whole_counts(s: Sentence) -> list[Mention]:
    """Return the sentence's counts of a pair's agreements as wholes ("seven agreements", "their five pacts"): not
    ordinals, parts ("two of those pacts") nor counts of breaches."""
    return [c for c in s.of("count") if not c.how.startswith("ordinal")
            and re.match(r"(?:alliance|treat|agreement|pact|accord)", c.how) and not re.match(r"\S+\s+of\s", c.text)]


#: How many of a pair's agreements a part of a count tells: a number, or none, or all ("none of them", "not one of
#: the seven", "all of them").
_PART_QUANTITY = (rf"(?P<q>not\s+(?:a\s+)?single\s+one|not\s+one|none|neither|no\s+one|all|every\s+one|each|half|"
                  rf"\d+|{_NUMBER_WORDS})")
#: Agreements in the plural, as a whole a part is told of.
_PACTS = r"(?:alliances|pacts|treaties|agreements|accords)\b"
#: The whole a part is told of: "of them", "of the seven", "of their five pacts", "of those pacts", "of Britain's two
#: alliances" (not "of the three states").
_PART_OF = (rf"\s+of\s+(?:them|these|those|(?:the|their|these|those|(?-i:[A-Z])[\w-]*['’]s)\s+"
            rf"(?:(?:\d+|{_NUMBER_WORDS})(?:\s+(?:[\w-]+\s+)?{_PACTS})?|(?:[\w-]+\s+)?{_PACTS}))")

#: What a part of a count is told to be: bilateral (or multilateral), broken, or still in force.
_PART_IS = (r"\s+(?:(?P<bi>(?:(?:was|were|is|are)\s+)?(?:(?:a|an)\s+)?(?:(?:purely|strictly|truly|formally)\s+)?"
            r"(?P<side>bilateral|multilateral)\b)|"
            r"(?P<force>(?:(?:is|are|was|were)\s+(?:still\s+)?|remains?\s+(?:still\s+)?|still\s+remains?\s+)in\s+force)|"
            r"(?P<broken>(?:(?:has|have|had)\s+)?(?:(?:was|were)\s+)?(?:(?:ever|since|later|then)\s+)?(?:been\s+)?"
            r"(?:(?:ever|since|later)\s+)?(?:ended\s+in\s+(?:a\s+)?(?:breach|betrayal)|broken|breached|betrayed|"
            r"violated)\b))")
#: A part of a count told of the whole ("two of them bilateral", "Not one of the seven has ever been breached",
#: "three of their five pacts were broken"), or at the head of its clause ("None was a bilateral alliance",
#: "Three remain in force", "Of the nine, one was broken").
_PART = re.compile(rf"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bonly\s)|(?<=\bjust\s)|(?<=\bonly\sthat\s)|"
                   rf"(?P<of>\b(?-i:[Oo])f\s+the\s+\w+,\s+))?{_PART_QUANTITY}(?P<whole>{_PART_OF})?(?=(?P<is>{_PART_IS}))",
                   re.IGNORECASE)


def _part_value(word: str, side: str | None) -> int | None:
    """Return how many a part's quantity says are bilateral, broken or in force: "none" 0, a number its value;
    "all of them multilateral" none bilateral; "all", "half" and "each" otherwise nothing checkable here."""
    word = re.sub(r"\s+", " ", word.casefold())
    if word in {"none", "neither", "not one", "no one", "not a single one", "not single one"}:
        return 0 if side != "multilateral" else None
    if word in {"all", "every one", "each"}:
        return 0 if side == "multilateral" else None
    return None if side == "multilateral" else number_value(word)


def _part_claims(s: Sentence, records: _Records, pair: tuple[int, ...]) -> list[tuple[int, Claim]]:
    """Parts of a pair's agreements the sentence counts, each with its position in the sentence: how many were
    bilateral alliances ("five agreements, two of them bilateral", "none of them bilateral", "all of them
    multilateral"), are in force ("Three remain in force", "none is in force today"), or were broken where no count
    of the whole before it in the sentence tells them ("Not one of the seven has ever been breached", "Of the nine,
    one was broken"). Each is compared with each coding's count: bilateral alliances as a count of "bilateral
    alliances" reads them, those in force among every agreement the pair shares, breaches among the pair's."""
    states = s.states()
    who = tuple(states[:2]) if len(states) >= 2 else pair
    if len(who) < 2:
        return []
    out: list[tuple[int, Claim]] = []
    wholes = [m for m in s.of("count") if not re.match(r"\S+\s+of\s", m.text)
              and not m.how.startswith(("ordinal", "betray", "breach", "violation"))]
    for part in _PART.finditer(s.text):
        kind = "bilateral" if part.group("bi") else "in force" if part.group("force") else "broken"
        if part.group("whole") is None and part.group("of") is None and \
                not re.fullmatch(r"\W*(?:(?:only|just)\s+)?", s.text[:part.start()], re.IGNORECASE) and \
                not any(m.end - s.start <= part.start() for m in wholes):
            continue  # "and one was broken" told of nothing counted before it
        if kind == "bilateral" and part.group("whole") is None and not re.match(r"\s+(?:was|were|is|are)\b",
                                                                             part.group("is")):
            continue  # "just one bilateral pact": a count of its own, no part
        value = _part_value(part.group("q"), part.group("side"))
        if value is None:
            continue
        if kind == "broken" and any(m.start - s.start < part.end() for m in wholes):
            continue  # "five agreements, and only one ended in a breach", "three of their five pacts were broken":
            # the count's own (:func:`_count_claims`)
        history = records.history(who[0], who[1])
        answers: list[CodingAnswer] = []
        counted: set[str] = set()
        for coding in history.coding_names():
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
        noun = re.match(r"(?:\s+[\w-]+){0,2}?\s+(?:alliance|pact|treaty|agreement)s?\b", s.text[part.end("is"):]) \
            if part.group("side") else None  # ("None was a bilateral alliance")
        told = re.sub(r"\s+", " ", s.text[part.start():part.end("is") + (noun.end() if noun else 0)].strip())
        told = _qualifier(s, part.start()) + told
        refs = [records.treaty_ref(x) for x in sorted(counted) if x in records.gaz.treaties]
        told += _breaches_told(value) if kind == "broken" else ""
        out.append((part.start(), _count_verdict(s, f"{told} ({_pair_names(who)})", answers, refs)))
    return out


#: A pair told bound by nothing now: "Nothing binds the two today", "No treaty is in force between them", "no
#: bilateral pact still binds Lisbon and Madrid", "none of the five binds both any longer" (a part told "in force" is
#: :func:`_part_claims`'s: "none of them remains in force").
_NONE_BINDING = re.compile(
    r"\b(?P<q>nothing|no\s+(?P<bi>bilateral\s+)?(?:agreements?|treat(?:y|ies)|pacts?|alliances?|accords?)|"
    r"(?P<of>none|neither)\s+of\s+(?:them|these|those|(?:the|their|these|those)\s+(?:[\w-]+\s+)?[\w-]+))"
    r"\s+(?:(?:now|still|today|formally|legally)\s+)?"
    r"(?P<verb>binds?\s+(?:both|them|the\s+two|either|(?-i:[A-Z])[\w-]+\s+and\s+(?-i:[A-Z])[\w-]+)|"
    r"(?:remains?|is|are)\s+(?:still\s+)?in\s+force\s+between)\b(?![^.;]{0,20}\b(?:until|till)\b)", re.IGNORECASE)


def _none_binding_claims(s: Sentence, records: _Records, pair: tuple[int, ...], context: Sequence[int]) -> list[Claim]:
    """A pair told bound by no agreement now (:data:`_NONE_BINDING`), against each coding's count of the agreements
    that still bind the two (:func:`_in_force_count`; of their bilateral alliances where told "no bilateral pact"):
    the sentence's two states, else the last sentence's ("the two"), else the article's pair."""
    found = next((m for m in _NONE_BINDING.finditer(s.text)
                  if not (m.group("of") and not m.group("verb").casefold().startswith("bind"))), None)
    states = s.states()
    who = tuple(states[:2]) if len(states) >= 2 else tuple(context[:2]) if len(context) >= 2 else pair
    if found is None or len(who) < 2:
        return []
    history = records.history(who[0], who[1])
    answers: list[CodingAnswer] = []
    counted: set[str] = set()
    for coding in history.coding_names():
        slugs, answer = _in_force_count(history, coding, records)
        if found.group("bi"):
            bilateral = _count_values(history, coding, records, "alliances", records.as_of)[0]
            slugs = [x for x in slugs if x in bilateral]
            answer = f"bilateral, in force in {records.as_of}: {plural(len(slugs), 'alliance')}" + (
                f" ({_years(history, slugs)})" if slugs else "")
        counted |= set(slugs)
        answers.append(CodingAnswer(coding=coding, answer=answer, agrees=not slugs))
    if not answers:
        return []
    told = re.sub(r"\s+between$", "", re.sub(r"\s+", " ", found.group(0)))
    refs = [records.treaty_ref(x) for x in sorted(counted) if x in records.gaz.treaties]
    return [_count_verdict(s, f"{told}: none in force ({_pair_names(who)})", answers, refs)]


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


#: A count told from a year on: "since 1958", or "since" closing its clause ("have signed no alliance since"), "since
#: then": from the year last written.
_SINCE = re.compile(r"^\s+(?:(?:ever|so\s+far)\s+)?since(?:\s+(?P<year>1[5-9]\d\d|20\d\d)\b(?![-\d])|\s+then\b|"
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
    if all(a.agrees for a in answers):
        verdict, reason = "consistent", "every coding counts so" + (f" ({ended})" if ended else "")
    elif not any(a.agrees for a in answers):
        verdict, reason = "contradicts", "no coding counts so"
    else:
        verdict, reason = "depends_on_coding", f"only {_codings_in_words(answers)} count{_verb_s(answers)} so" + (
            f" ({ended})" if ended else "")
    return Claim(kind="count", text=s.text.strip(), start=s.start, end=s.end, claimed=claimed,
                 verdict=verdict, record_value=record_value, reason=reason, records=refs,
                 codings=answers)


def _codings_in_words(answers: list[CodingAnswer]) -> str:
    """Return the codings that agree with the article, in prose: "ATOP and foedus's curated reading"."""
    return joined([coding_label(a.coding) for a in answers if a.agrees])


def _verb_s(answers: list[CodingAnswer]) -> str:
    """Return the verb's ending for the codings that agree: "s" for one ("only ATOP reads it so"), else ""."""
    return "s" if sum(a.agrees for a in answers) == 1 else ""


def _leader_claims(s: Sentence, dates: list[Mention], records: _Records, year: int | None = None,
                   pair: tuple[int, ...] = ()) -> list[Claim]:
    """A leader named with a title, in office at the sentence's first date or, the sentence giving none, in the year
    the article last wrote (``year``), against Archigos's spells (:func:`_archigos_spells`). A date that is another
    thing's ("under the Taif agreement of October 1989") is not the office's; an office told at no date of its own
    agrees where Archigos has that person leading that state at all, and contradicts nothing."""
    out: list[Claim] = []
    dates = [d for d in dates if re.search(r"\bof\s+$", s.text[:d.start - s.start]) is None]
    told_dates = dates
    article_year = ([Mention(kind="date", text=str(year), start=s.start, end=s.start, value=str(year),
                             precision="year")] if year is not None else [])
    told_by_pronoun: list[int] = []  # where the claims of offices told by a pronoun begin in ``out``
    for m in s.of("leader"):
        # (a date told only in another clause, past a semicolon, is none of the office's: "Albania under Enver Hoxha
        # trusted nobody; it signed only in 1991")
        dates = told_dates if _clause_dated(s, m, told_dates) else []
        undated = not dates
        dates = dates or article_year
        if not dates:
            continue
        if told_by_pronoun and len(told_by_pronoun) % 2:
            told_by_pronoun.append(len(out))
        # "He stepped down": the leader named before, read only where the record agrees (the pronoun may stand for
        # someone else: no contradiction rests on it)
        pronoun = m.value if m.value and m.text.casefold() in {"he", "she"} else ""
        if pronoun:
            told_by_pronoun.append(len(out))
            m = m.model_copy(update={"text": f"{m.text} ({pronoun})"})
        name = pronoun or _leader_name(m)
        # the date the office is told at: "since 1862" right after the apposition, else the sentence's first
        told_end = _office_end(s, m)
        since = re.match(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?,?\s+(?:since|from)\s+"
                         r"(?:the\s+[\w-]+\s+of\s+)?", s.text[told_end - s.start:])
        begun = next((d for d in dates if since is not None and d.start == told_end + since.end()), None)
        date = begun or _when_date(s, m, dates) or dates[0]
        m = _taking_after(s, m)
        told = {int(x.target.split(":")[1]) for x in s.of("state") if x.target and x.target.startswith("state:") and (
            m.start <= x.start < m.end or (x.end <= m.start and re.fullmatch(
                r"(?:['’]s)?\s*", s.text[x.end - s.start:m.start - s.start]) is not None))}  # (or "Britain's" before)
        told |= _told_ruled(s, m)
        scope = told or {*s.states(), *pair}
        rows, sha256 = _archigos_spells(records.gaz, name, scope)
        turn = _office_turn(s, m, rows, scope, dates, sha256)
        if turn is not None:
            out.extend(turn)
            continue
        if rows and not _RULING_OFFICE.search(m.how) and not _government_after(s, m) and not _ruler_counterpart(s, m):
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                             record_value=f"Archigos records states' leaders, not a {m.how.lower()}",
                             reason=f"Archigos (1875-2015) records who led each state, not who was its "
                                    f"{m.how.lower()}; that office needs a ledger event"))
            continue
        if not rows:
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                             record_value="no leader of that name in Archigos",
                             reason="Archigos (1875-2015) names no state's leader so; a foreign minister, a "
                                    "governor or a later leader needs a ledger event"))
            continue
        said = _pdate(date.value or "")
        held = [r for r in rows if r["start_date"] <= said.latest() and (r["end_date"] is None
                                                                         or said.earliest() <= r["end_date"])]
        # (``told``: the state the office is told of, "Britain's prime minister, Harold Wilson", in 1917: not
        # America's; else a state the sentence or the article's pair tells) one of that name who led only other
        # states, not then nor within ten years, is someone else ("Francisco Solano López" in 1865: not Venezuela's)
        near = [r for r in rows if r["start_date"].year - 10 <= said.latest().year and said.earliest().year <= (
            r["end_date"].year if r["end_date"] is not None else 9999) + 10]
        own = [r for r in rows if r["ccode"] in scope] or ([] if told else near)
        held = [r for r in held if r["ccode"] in scope] if told or any(r["ccode"] in scope for r in held) else held
        if not held and not own:
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                             record_value=f"Archigos's {rows[0]['name']} led COW {rows[0]['ccode']}, a state not told "
                                          "here",
                             reason="Archigos names no leader so of the state told, nor one in office then"))
            continue
        chosen = held[0] if held else own[0]
        if _past_archigos(s, chosen, said, undated):
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                             record_value=f"{chosen['name']} led COW {chosen['ccode']} from {chosen['start_date']} "
                                          f"to the table's end ({_ARCHIGOS_END})",
                             reason=f"Archigos ends in {_ARCHIGOS_END.year}: who held the office later needs a "
                                    "ledger event"))
            continue
        if not held and not undated and _far_from_spells(said, [r for r in rows if r["ccode"] == chosen["ccode"]]):
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                             record_value=_spells_in_words(rows, chosen["ccode"]),
                             reason="Archigos has that person leading that state only years away from then; the "
                                    "office told is not one it records (a president beside a ruling premier, a "
                                    "minister)"))
            continue
        ref = RecordRef(kind="leader", id=str(chosen["leader_id"]), ledger="archigos", label=str(chosen["name"]),
                        sources=["archigos:" + sha256[:12]])
        office = f"{chosen['name']} led COW {chosen['ccode']} from {chosen['start_date']} to {chosen['end_date']}"
        if held and begun is not None and all(_pdate(begun.value or "").earliest().year != r["start_date"].year
                                              for r in held) and not _crowned_after_ruling(m, begun, held):
            # "Giscard d'Estaing, president of France from 1975": in office then, but since May 1974 (another year;
            # in the same year a "since" may date a re-election or a formal accession: "since November 1974")
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office since {begun.value}", verdict="contradicts",
                             record_value=office, reason=f"in office then, but from {chosen['start_date']}",
                             records=[ref]))
            continue
        out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                         claimed=f"{m.text} in office on {date.value}",
                         verdict="consistent" if held or undated else "contradicts", record_value=office,
                         reason="in office then" if held else "the article tells the office at no date of its own; "
                         "Archigos has that person leading that state" if undated else "not in office then",
                         records=[ref]))
    spans = [*told_by_pronoun, len(out)] if len(told_by_pronoun) % 2 else told_by_pronoun
    dropped = {i for a, b in zip(spans[::2], spans[1::2], strict=True) for i in range(a, b)
               if out[i].verdict not in {"consistent", "within_tolerance"}}
    return [c for i, c in enumerate(out) if i not in dropped]


#: The offices whose holder Archigos records, as a state's effective leader (the head of government or of state,
#: whichever rules); another office told of a person Archigos holds ("Foreign Secretary Eden", "Marshal Zhukov",
#: "Prince Konoe" out of office) is not one it can check.
_RULING_OFFICE = re.compile(
    r"\b(?:president|premier|prime\s+minister|chairman|general\s+secretary|first\s+secretary|"
    r"party\s+(?:leader|chief)|tsar|czar|emperor|empress|chancellor|generalissimo|king|queen|shah|sultan|emir|kaiser|"
    r"minister-president|ruler|dictator|regent|monarch|head\s+of\s+(?:the\s+)?(?:state|government)|on\s+the\s+throne|"
    r"led\s+the|ruled|governed|(?:took|seized|came\s+to|assumed|held)\s+power|in\s+power|took\s+office|"
    r"installed|taken\s+office|ruling|ran|running|led|leading|headed|heading|government|cabinet|junta|leader|under|"
    r"downing\s+street|white\s+house|kremlin|[eé]lys[eé]e|overthrown|deposed|ousted|toppled|abdicated|resigned|"
    r"stepped\s+down|fell|died)\b", re.IGNORECASE)

#: The seats of states' leaders, told for the state ("Churchill was in Downing Street"), by COW code.
_SEATS = {"downing street": 200, "the white house": 2, "the kremlin": 365, "the élysée": 220, "the elysée": 220,
          "the elysee": 220, "the élysee": 220}
#: Offices told taking power (read against a spell's start) and leaving it (against its end).
_TAKING_OFFICE = re.compile(r"^(?:took|seized|came\s+to|assumed)\s+power$|^(?:took|taken)\s+office$|^was\s+installed$")
_LEAVING_OFFICE = re.compile(r"^(?:was\s+(?:overthrown|deposed|ousted|toppled)|abdicated|resigned|stepped\s+down|"
                             r"fell|died)$")
#: Ruling told by a verb, the state told right after ("Marcos ruled in Manila", "Zia ruling Pakistan").
_RULING_VERB = re.compile(r"^(?:ruled|ruling|ran|running|led|leading|governed|held\s+power|was\s+in\s+power)$")


def _told_ruled(s: Sentence, m: Mention) -> set[int]:
    """Return the state a leader is told ruling by the verb or seat of the office: the state told right after
    "ruled" or "held power in" ("Marcos ruled in Manila"), or the seat's ("Churchill was in Downing Street")."""
    seat = _SEATS.get(re.sub(r"\s+", " ", m.how).casefold())
    if seat is not None:
        return {seat}
    states = [x for x in s.of("state") if x.target and x.target.startswith("state:")]
    if re.fullmatch(r"government|junta|cabinet", m.how) and m.text.startswith(m.how):
        # "Poland's government was headed by Bierut": the state told before the government
        return {int(x.target.split(":")[1]) for x in states if x.target and re.fullmatch(
            r"(?:['’]s)?\s*", s.text[x.end - s.start:m.start - s.start])}
    if not _RULING_VERB.match(m.how):
        return set()
    end = _office_end(s, m)
    return {int(x.target.split(":")[1]) for x in states if x.target and end <= x.start and re.fullmatch(
        r"\s+(?:in\s+)?", s.text[end - s.start:x.start - s.start])}


def _taking_after(s: Sentence, m: Mention) -> Mention:
    """Return the leader's mention as one taking office where a relative clause right after it tells so: "his prime
    minister, Abdou Diouf, who took office on 1 January 1981" (read against the spell's start, not as an office held
    at the sentence's first date)."""
    after = re.match(r",?\s+who\s+(?:had\s+)?(took\s+office|(?:took|came\s+to|assumed|seized)\s+power|"
                     r"was\s+installed)\b", s.text[m.end - s.start:])
    return m if after is None else m.model_copy(update={"how": re.sub(r"\s+", " ", after.group(1))})


def _when_date(s: Sentence, m: Mention, dates: list[Mention]) -> Mention | None:
    """Return the date a "when" clause the leader is told in hangs on: "Nicaragua signed in October 1948, when
    Somoza held power in Managua and Figueres led the junta in San Jose" (October 1948, not the sentence's first); or
    the date a rule told right after hangs on: "Iraq joined on 24 February 1955, under Nuri al-Said"."""
    return next((d for d in reversed(dates) if d.end <= m.start and re.fullmatch(
        r"[^;.]*?,?\s+when\s+[^;.]*|,?\s+under\s+", s.text[d.end - s.start:m.start - s.start])), None)


#: The titles of a crown, which its holder may take years after ruling as regent or heir ("King of Prussia since
#: 1861", regent from 1858).
_CROWN = re.compile(r"\b(?:king|queen|emperor|empress|tsar|czar|kaiser|shah|sultan|emir|monarch)\b", re.IGNORECASE)
#: How many years after Archigos starts a monarch's rule the crown told "since" may have been taken.
_CROWN_YEARS = 5


def _crowned_after_ruling(m: Mention, begun: Mention, held: list[dict[str, Any]]) -> bool:
    """Whether a crown told held "since" a year is one taken within :data:`_CROWN_YEARS` after Archigos starts the
    holder's rule (ruling first as regent or heir: "Wilhelm I, King of Prussia since 1861", Archigos from 1858): no
    contradiction of the rule's start."""
    year = _pdate(begun.value or "").earliest().year
    return _CROWN.search(m.how) is not None and any(
        r["start_date"].year < year <= r["start_date"].year + _CROWN_YEARS for r in held)


#: The last day Archigos records: a spell open then ran on past what it knows.
_ARCHIGOS_END = _dt.date(2015, 12, 31)


def _past_archigos(s: Sentence, spell: dict[str, Any], said: PartialDate, undated: bool) -> bool:
    """Whether an office is told at a time after Archigos ends, of a spell open when it ends ("Xi Jinping, China's
    president, in November 2022"): the record cannot tell. An office told at no date of its own, the article's year
    standing for it, is read so only where the sentence tells no year Archigos covers ("Erdogan was prime minister
    when the 2010 treaty was signed" is told of 2010)."""
    return spell["end_date"] is None and said.earliest() > _ARCHIGOS_END and not (
        undated and re.search(r"\b(?:1[89]\d\d|20(?:0\d|1[0-5]))\b", s.text) is not None)


def _clause_dated(s: Sentence, m: Mention, dates: list[Mention]) -> bool:
    """Whether a date is told in the clause of a leader's mention: no semicolon stands between them."""
    return any(";" not in s.text[min(d.end, m.start) - s.start:max(d.start, m.end) - s.start] for d in dates)


def _ruler_counterpart(s: Sentence, m: Mention) -> bool:
    """Whether a leader is told as the counterpart of a state's leader told in the sentence: "when Helmut Kohl was
    chancellor and Francois Mitterrand his French counterpart" (the office the other holds, a state's leadership)."""
    return m.how.casefold() == "counterpart" and any(
        x.start != m.start and x.how.casefold() != "counterpart" and _RULING_OFFICE.search(x.how) is not None
        for x in s.of("leader"))


def _government_after(s: Sentence, m: Mention) -> bool:
    """Whether a leader told by another title is told by their government right after: "Marshal Badoglio's
    government" (the government a state's leader heads)."""
    return m.text.endswith(("'s", "’s")) and re.match(r"\s+(?:own\s+)?(?:government|cabinet)\b",
                                                      s.text[m.end - s.start:]) is not None


def _office_end(s: Sentence, m: Mention) -> int:
    """Return where the words telling a leader's office end: the mention's end, or, the mention being the name alone
    ("Marcos" of "Marcos ruled in Manila"), the end of the office told right after it."""
    if m.how.casefold() in m.text.casefold():
        return m.end
    after = re.match(rf"[^.;]{{0,80}}?{re.escape(m.how)}", s.text[m.end - s.start:])
    return m.end + after.end() if after is not None else m.end


def _office_turn(s: Sentence, m: Mention, rows: list[dict[str, Any]], scope: set[int], dates: list[Mention],
                 sha256: str) -> list[Claim] | None:
    """Return the claim of a leader told taking office or leaving it on a date told right after ("Kadar was
    installed on 4 November 1956", "Prince Paul was overthrown in a coup on 27 March 1941"), read against the start
    or end of Archigos's spell nearest it. ``None`` where the office is told taking no turn, or taking one the
    record does not date so (it is read as held then); no claim where a leaving is told at no date, or Archigos has
    no such spell near it: a death or a fall the record does not date contradicts nothing."""
    leaving = _LEAVING_OFFICE.match(m.how) is not None
    if not leaving and _TAKING_OFFICE.match(m.how) is None:
        return None
    end = _office_end(s, m)
    date = next((d for d in dates if d.start >= end and re.fullmatch(
        r"[^;:.]{0,40}", s.text[end - s.start:d.start - s.start])), None)
    field = "end_date" if leaving else "start_date"
    spells = [r for r in ([r for r in rows if r["ccode"] in scope] or ([] if scope else rows)) if r[field] is not None]
    if date is None or not spells:
        return [] if leaving else None
    said = _pdate(date.value or "")
    chosen = min(spells, key=lambda r: _gap(said, _pdate(r[field].isoformat())))
    verdict, why = compare_dates(date.value or "", chosen[field].isoformat(), "leader")
    if verdict == "contradicts" and (not leaving or m.how == "died"
                                     or _gap(said, _pdate(chosen[field].isoformat())) > 3 * 365):
        # (taking some office then is read as holding it then; a death is no leaving of office the record dates,
        # and a spell ending years away is some other office's)
        return [] if leaving else None
    ref = RecordRef(kind="leader", id=str(chosen["leader_id"]), ledger="archigos", label=str(chosen["name"]),
                    sources=["archigos:" + sha256[:12]])
    what = "left office" if leaving else "took office"
    return [Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{m.text} on {date.value}", verdict=verdict,
                  record_value=f"{chosen['name']} {what} as leader of COW {chosen['ccode']} on {chosen[field]}",
                  reason=why if verdict == "contradicts" else f"{why}: {what} then", records=[ref])]


def _far_from_spells(said: PartialDate, spells: list[dict[str, Any]]) -> bool:
    """Whether every spell of a leader ended more than five years before ``said``: a former leader told in office
    then held another office than the one Archigos records ("Abdullah Gul, then Turkey's president", in 2010), not
    a wrong date (told in office years before leading, the person is read as not in office then)."""
    return all(r["end_date"] is not None and _gap(said, _pdate(f"{r['end_date']}")) > 5 * 365
               and r["end_date"] < said.earliest() for r in spells)


def _spells_in_words(rows: list[dict[str, Any]], ccode: int) -> str:
    """Return a leader's spells leading COW ``ccode`` in words: "Gul led COW 640 from 2002-11-19 to 2003-03-14"."""
    return "; ".join(f"{r['name']} led COW {ccode} from {r['start_date']} to {r['end_date']}" for r in rows
                     if r["ccode"] == ccode)


def _archigos_spells(gaz: Gazetteer, name: str, states: set[int] | None = None) -> tuple[list[dict[str, Any]], str]:
    """Return Archigos's spells in office (:attr:`Gazetteer.archigos`) of the leaders called by ``name``'s last word,
    or by its last two where the last is a regnal number ("Hassan II"), as a whole word, by start, and the sha256 of
    the data they come from. Where none is so called, the spells of the one leader of ``states`` whose name, or
    surname, is written alike (rapidfuzz's token-sort ratio at least :data:`_LEADER_ALIKE`: "Plaek Phibunsongkhram"
    for Archigos's "Plaek Pibulsongkram", "Clement Attlee" for its "Atlee"), if there is one."""
    from rapidfuzz import fuzz

    def called(word: str, among: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        # (a hyphen is a space: "Kim Jong-un" is Archigos's "Kim Jong Un", "Kim Il Sung" its "Kim Il-Sung")
        pattern = re.compile(rf"\b{re.escape(word.replace('-', ' '))}\b", re.IGNORECASE)
        return [r for r in among if pattern.search(r["folded"].replace("-", " "))]

    def plain(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "folded"} for r in rows]

    words = folded_name(re.sub(r"['’]s$", "", name)).split()
    if len(words) > 1 and words[-1].casefold() in {"shah", "pasha"}:  # "Mohammad Reza Shah", "Enver Pasha"
        words = words[:-1]
    key = " ".join(words[-2:]) if len(words) > 1 and re.fullmatch(r"[IVX]+", words[-1]) else words[-1]
    also = archigos_also(name)  # "Mustafa Kemal": Archigos's "Ataturk"
    rows = [r for r in gaz.archigos if r["name"] == also] if also is not None else called(key, gaz.archigos)
    if rows or not states:
        return plain(rows), gaz.archigos_sha256
    spells = [r for r in gaz.archigos if r["ccode"] in states]
    # a name written family name first ("Hirota Koki", "Okuma Shigenobu", "General Zia ul-Haq") or with more words
    # than Archigos gives ("Mohammad Reza Pahlavi"): another of its words, where Archigos names a leader of the
    # states told by words all in the name (its initials aside: "Hirota", "Konoe, F.", "Mohammad Reza")
    told = {w.casefold() for w in words}
    for word in [w for w in words[:-1] if len(w) > 2 and w[:1].isupper() and w.casefold() not in _HONORIFICS]:
        rows = [r for r in called(word, spells)
                if all(len(w) == 1 or any(fuzz.ratio(w.casefold(), t) >= _LEADER_ALIKE for t in told)
                       for w in re.findall(r"[^\W\d_]+", r["folded"]))]  # ("Mohammad": its "Mohammed")
        if rows:
            return plain(rows), gaz.archigos_sha256
    regnal = words[-1] if len(words) > 1 and re.fullmatch(r"[IVX]+", words[-1]) else None
    surname = words[-2] if regnal else words[-1]
    scores = {r["leader_id"]: max(fuzz.token_sort_ratio(" ".join(words), r["folded"], processor=str.casefold),
                                  fuzz.ratio(surname, r["folded"], processor=str.casefold)) for r in spells}
    # (a regnal number is part of the name: Oscar I is not Archigos's Oscar II, though "King Zog I" is its "Zogu")
    other_number = {r["leader_id"] for r in spells if regnal and re.search(r" [IVX]+$", r["folded"])
                    and not r["folded"].endswith(" " + regnal)}
    alike = [leader for leader, score in scores.items() if score >= _LEADER_ALIKE and leader not in other_number]
    return (plain([r for r in spells if r["leader_id"] == alike[0]]) if len(alike) == 1 else []), gaz.archigos_sha256


#: Words that stand before a leader's name and are no part of it ("Count Okuma", "General Zia", "Ayatollah Khomeini").
_HONORIFICS = frozenset({"count", "prince", "princess", "general", "marshal", "field", "admiral", "colonel", "major",
                         "captain", "ayatollah", "sheikh", "sir", "lord", "baron", "duke", "king", "queen", "emperor",
                         "president", "premier", "chairman", "comrade", "mister", "doctor", "shah", "sultan", "emir"})
#: The least rapidfuzz token-sort ratio (0-100) at which a leader's name as written is Archigos's spelling of it.
_LEADER_ALIKE = 85


def _leader_name(mention: Mention) -> str:
    """Return the person's name in a leader's mention, whichever side of the office it stands: "President Xi
    Jinping", "the Israeli prime minister, Shimon Peres", "Molotov, Stalin's foreign commissar"."""
    at = mention.text.casefold().find(mention.how.casefold())
    if at < 0:
        return mention.text.split(",")[0].strip()
    if "," in mention.text[:at]:  # the name before the office
        return mention.text.split(",")[0].strip()
    after = mention.text[at + len(mention.how):].strip().lstrip(",").strip()
    by = re.search(r"\bby\s+(.+)$", after)  # "the government was headed by Boleslaw Bierut"
    if by is not None:
        return by.group(1).strip()
    # "Ali Bogra was prime minister", "Marcos ruled in Manila", "Wilson's government": the name before the verb
    return after if after[:1].isupper() else re.split(
        r"\s+(?:became|was|had|took|led|ruled|governed|as|held|ran|running|ruling|leading|heading|headed|sat|"
        r"abdicated|resigned|stepped|fell|died|still|now|then)\b|['’]s\b|,", mention.text)[0].strip()


def _not_in_record(s: Sentence, what: str, kind: str, states: Sequence[int], when: str,
                   event_kind: str = "statement") -> Claim:
    names = [_name(c, when or "2000") for c in states]
    if kind == "treaty":
        entry = (f"treaties:\n  - slug: TODO-{when}-agreement\n    title: TODO\n    kind: other\n    obligations: []\n"
                 f"    multilateral: false\n    signed: {when}\n    members:\n"
                 + "".join(f"      - state: {n}\n" for n in names) + "    sources: [TODO]\n")
    else:
        entry = (f"events:\n  - id: {when}-{event_kind}-TODO\n    date: {when}\n    kind: {event_kind}\n"
                 f"    actors: [{', '.join(names)}]\n    description: >-\n      {s.text.strip()[:200]}\n"
                 "    sources: [TODO]\n")
    return Claim(kind="event_date" if kind == "event" else "agreement_date", text=s.text.strip(), start=s.start,
                 end=s.end, claimed=what, verdict="not_in_record", record_value="no such record",
                 reason=f"the ledgers hold no {kind} of this kind for {' and '.join(names)} near {when}; a sourced "
                        "ledger entry (proposed below) would be needed", proposed_entry=entry)


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
#: The parts of a sentence that each tell of one act: "A and B signed ... on X; C and D followed on Y, and E and F
#: closed the triangle on Z".
_SEGMENT_BREAK = re.compile(r";\s+|,\s+and\s+(?=(?:then\s+|later\s+)?(?:at|in|on|the|[A-Z]))")
#: What ties a date to the agreement described just before it, as the date of its signing: "in March 1929", "of their
#: own in March 1929", "signed in Baghdad on 30 June 1931", "at Salonika in July 1937", "followed at Bled on 9 August
#: 1954", "negotiated at Portsmouth in January 1948".
_TOLD_WHEN_AND_WHERE = re.compile(
    r"\s*,?\s*(?:of\s+(?:its|their|his|her)\s+own\s+)?"
    r"(?:(?:(?:was|were|had\s+been)\s+)?(?:signed|concluded|sealed|negotiated|agreed|followed)(?:\s+\w+){0,3}?\s+"
    r"(?:in|on)|(?:at|in)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:in|on)|in|on|of)\s+",
    re.IGNORECASE)
#: Words of an agreement's kind that tell two agreements of the same states apart ("friendship", "non-aggression").
_KIND_WORDS = ("friendship", "non-aggression", "neutrality", "mutual assistance", "defen", "alliance", "union",
               "guarantee", "cooperation", "co-operation", "consultation", "security")
#: How far (in days) a signing of an agreement told by what it is, at a day or month, may lie from the stored
#: agreement it is taken for, its day and month not matching (a wrong year keeps them).
_DESCRIBED_DAYS = 183
#: How far (in days) a signing told with one state only may lie from the one agreement of that state it is taken for.
_ONE_STATE_DAYS = 31


def _segments(s: Sentence) -> list[tuple[int, int]]:
    """Return the bounds (in the article) of the sentence's clauses that each tell of one act."""
    bounds, start = [], 0
    for m in _SEGMENT_BREAK.finditer(s.text):
        bounds.append((s.start + start, s.start + m.start()))
        start = m.end()
    bounds.append((s.start + start, s.end))
    return bounds


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
            if found is None:
                if len(states) >= 2 and said_as is not None:
                    out.append(_not_in_record(s, f"{described} of {_pair_names(states)} signed {date.value}",
                                              "treaty", states, date.value or ""))
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


def _relative_signing_verb(text: str, phrase: re.Match[str]) -> re.Match[str] | None:
    """Return the verb of the relative clause of signing right after an agreement described ("the treaty of friendly
    relations that A and B signed on ..."), where the phrase is told so, else None: its date is that verb's, whatever
    other verb of signing the clause holds before ("A statement issued after the talks ... the treaty that ...")."""
    if phrase.group("det").casefold() != "the":
        return None
    told = re.compile(rf"the\s+{_RELATIVE_SIGNING}", re.IGNORECASE).match(text, phrase.start())
    return None if told is None else re.search(r"(?:signed|concluded|sealed|struck|inked)$", text[:told.end()])


#: A relative clause set between commas inside a clause ("Armenia, which hosts a Russian base at Gyumri, concluded").
_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
#: Where a clause's own parties end: a subordinate clause ("..., though Moscow was bound to act only if France did").
_SUBORDINATE = re.compile(r",\s+(?:(?:[\w-]+\s+){1,3}?(?=(?:before|after)\b))?"
                          r"(?:though|although|but|while|whereas|which|who|when|after|before|as|because|"
                          r"and(?=\s+(?:it|they)\b))\b",
                          re.IGNORECASE)  # (", four days before Germany invaded ...", ", and it went down with both
# kingdoms under the German invasion": a clause of its own)


def _codes(mentions: Sequence[Mention]) -> list[int]:
    """Return the distinct states ``mentions`` link to, in order."""
    codes: list[int] = []
    for m in mentions:
        if m.kind == "state" and m.target and int(m.target.split(":")[1]) not in codes:
            codes.append(int(m.target.split(":")[1]))
    return codes


def _nearest_agreement(records: _Records, states: Sequence[int], context: Sequence[int], date: Mention,
                       words: str, *, signed: bool = False) -> str | None:
    """Return the stored agreement an unnamed signing of ``states`` on ``date`` is about (see
    :func:`_unnamed_signings`), or None; told ``signed`` (not joined), one they were all members of by then."""
    said = _pdate(date.value or "")
    kinds = [w for w in _KIND_WORDS if w in words]

    def gap(t: Any) -> int:
        return _gap(said, _pdate(t.signed))

    def pick(group: Sequence[Any]) -> Any:
        return min(group, key=lambda t: (gap(t), -sum(w in t.title.casefold() for w in kinds), t.slug))

    usable = [t for t in records.gaz.treaties.values() if t.kind not in {"border", "trade"}
              and (t.kind not in {"joint_statement"} or "declaration" in words or "statement" in words)]
    if re.search(r"\bbilateral\b", words, re.IGNORECASE):  # "a bilateral non-aggression pact": of two states only
        usable = [t for t in usable if len(t.members) == 2]
    # (the states must have been members by then: Hungary, a member of NATO from 1999, signed no treaty of 1948 in it)
    if signed:  # (one that joined later joined it then: "acceded to the 1950 treaty in 1964")
        usable = [t for t in usable if _members_by(records, t.slug, set(states or context) & t.members,
                                                    said.earliest().year + 1)]
    if len(states) == 1:
        alone = [t for t in usable if states[0] in t.members and gap(t) <= _ONE_STATE_DAYS]
        if len(alone) == 1:
            return str(alone[0].slug)
        groups = [[t for t in usable if {states[0], c} <= t.members] for c in context if c != states[0]]
        options = [pick(g) for g in groups if g]
    elif len(states) >= 2:
        fits = [t for t in usable if set(states) <= t.members]
        exact = [t for t in fits if len(t.members) == len(states)]
        # the agreement of exactly the states named, unless none of theirs is near the date and a larger one is
        # ("Britain and France signed a treaty of alliance with the Ottoman Empire" in 1854, Sardinia joining later)
        near = [group for group in (exact, fits) if group and gap(pick(group)) <= 366]
        options = [pick(near[0] if near else exact or fits)] if fits else []
    elif len(context) >= 2:
        fits = [t for t in usable if set(context) <= t.members]
        options = [pick(fits)] if fits else []
    else:
        options = []
    if not options:
        return None
    best = min(options, key=lambda t: (gap(t), t.slug))
    if abs(_pdate(best.signed).earliest().year - said.earliest().year) > 1:
        return None
    # a day or month told half a year or more from the nearest one, not that one's day in another year (a wrong
    # year), of a kind its title does not tell, is of another agreement the record lacks ("a treaty of friendship
    # and security signed on 27 November 1926" for a defence pact of 22 November 1927), not this one misdated
    value = date.value or ""
    slip = value[4:] == str(best.signed)[4:len(value)]
    title = records.treaty_ref(str(best.slug)).label.casefold()  # (ATOP's descriptive title for its own)
    other_kind = bool(kinds) and not any(w in title for w in kinds)
    far = said.precision != "year" and not slip and gap(best) > _DESCRIBED_DAYS
    return None if far and other_kind else str(best.slug)


def _members_by(records: _Records, slug: str, states: set[int], year: int) -> bool:
    """Return True if each of ``states`` had entered the agreement ``slug`` by ``year`` (a state whose entry the
    record does not date is taken to have entered at the signing)."""
    signed = int(records.gaz.treaties[slug].signed[:4])
    entered = records.entry_years(slug) if states else {}
    return all(entered.get(code, signed) <= year for code in states)


def _nearest_of_context(records: _Records, states: Sequence[int], context: Sequence[int], pair: Sequence[int],
                        date: Mention, words: str, *, signed: bool = False) -> str | None:
    """Return :func:`_nearest_agreement`'s agreement, and where no state is named and none of ``context``'s is near,
    that of the article's ``pair``: the states it is about, told as "the two republics" or not at all."""
    found = _nearest_agreement(records, states, context, date, words, signed=signed)
    if found is None and not states and len(pair) >= 2 and set(pair) != set(context):
        found = _nearest_agreement(records, states, pair, date, words, signed=signed)
    return found


#: An agreement told by a name and its date, the name one the record lacks: "the London convention of July 1840",
#: "The Nyon arrangement of September 1937", "the Act of Chapultepec of March 1945".
_DATED_NAME = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|whose)\s+)(?P<name>(?:[\w'’-]+\s+){0,4}?"
                         r"(?:(?i:treaty|pact|convention|arrangement|act|protocol|accord|agreement|alliance|charter))"
                         r"(?:\s+of\s+(?-i:[A-Z])[\w'’-]+)?)\s+of\s+$")


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
        states = _codes([m for m in s.of("state") if not _place(s, m) and m.start < until
                         and not s.start + found.start("name") <= m.start < date.start])
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


#: A state's entry into or exit from an agreement, told of the state: "Iraq adhered in February 1951", "Mexico's
#: withdrawal took effect in September 2004", "Cuba's participation had been ended in January 1962".
_JOINING = re.compile(r"\b(joined|joins|acceded|adhered|became (?:a )?(?:full )?(?:members?|part(?:y|ies))|"
                      r"became (?:the|its) (?:[\w-]+ ){1,2}?member|"
                      r"entered(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:declaration|pact|treaty|alliance|league|"
                      r"entente|agreement|convention|accord|union)\b)|"
                      r"(?:was|were) admitted|accession|entry into|sign(?:ed|s) up to|(?:was|were) brought into|"
                      r"c(?:a|o)me\s+in(?=\s+(?:on|in|at|during)\s+\S*\d|\s+(?:that|the\s+following)\s+(?-i:[A-Z])))\b",
                      re.IGNORECASE)
#: "El Salvador followed in January 1964": the act of the clause before it, told again for another state (an entry where
#: that clause founded or joined the agreement).
_FOUNDED = re.compile(r"\b(?:was|were)\s+(?:set up|founded|established|created|formed)\b", re.IGNORECASE)
_FOLLOWED = re.compile(r"\bfollowed(?:\s+suit)?\b(?=\s+(?:in|on|by)\b|,|\s*$)", re.IGNORECASE)
_LEAVING = re.compile(r"\b(left|leaves|walk(?:ed|s|ing)? out(?: of)?|drop(?:ped|s)? out of|withdr[ae]w\w*|"
                      r"withdrawal|quit|pulled out|exit(?:ed)?|"
                      r"(?:was|were) expelled|expulsion|suspended (?:its|their) membership|"
                      r"(?:participation|membership)\b(?:\s+[\w-]+){0,6}?\s+(?:ended|suspended|terminated))\b",
                      re.IGNORECASE)
#: What follows a verb of joining whose object is other states, not the agreement: "joined the two", "joined them",
#: "joined Britain and France in".
_JOINED_PARTNERS = re.compile(r"\s+(?:the\s+(?:two|three|four|others?|allies)|them|(?-i:[A-Z])[\w'’-]+(?:\s+and\s+"
                              r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+)*\s+in\b|by\b)", re.IGNORECASE)
_VERDICT_RANK = {"consistent": 0, "within_tolerance": 1, "contradicts": 2}


def _membership_claims(s: Sentence, records: _Records, referent: str | None,
                       context: Sequence[int] = (), follows_entry: bool = False) -> tuple[list[Claim], set[int]]:
    """A state's entry into or exit from an agreement (the one the sentence names, else the one the article was last
    about), dated, against the record's membership: when the state entered or left it. The states are those written
    before the verb in its clause ("Azerbaijan and Georgia joined in 1993"); a founding member's entry is the
    agreement's signing. Where a named state never was a member, or the record has no exit for it, the claim is not
    in the record. Returns the claims and the starts of the dates they used."""
    dates = [m for m in s.of("date") if m.value and not _attached(s, m)]
    if not dates:
        return [], set()
    agreements = s.agreements()
    slug = agreements[0] if len(agreements) == 1 else referent if not agreements else None
    if all(m.how == "anaphora" for m in s.of("agreement") if m.target):
        # "Khartoum acceded to the League's collective security treaty of 1950": that one, not the one last told of
        described = _joined_by_description(s, records, context)
        if described is not None:
            slug, lo, hi = described
            stand_in = Mention(kind="agreement", text=s.text[lo:hi], start=s.start + lo, end=s.start + hi,
                               target=f"treaty:{slug}", how="description")
            s = Sentence(s.start, s.end, s.text, tuple(sorted((stand_in, *(
                m for m in s.mentions if m.how != "anaphora")), key=lambda m: m.start)))
    for pattern, entering in ((_JOINING, True), (_LEAVING, False), (_RATIFYING, True)):
        verbs = list(pattern.finditer(s.text))
        if pattern is _JOINING and not verbs:  # "It was set up by A, B and C; D followed in January 1964"
            verbs = [f for f in _FOLLOWED.finditer(s.text) if _FOUNDED.search(s.text[:f.start()])][:1]
            verbs = verbs or _followers(s, follows_entry)
        elif pattern is _JOINING:  # "A and B joined it in October 1954; C and D followed in November 1988"
            verbs += [f for f in _FOLLOWED.finditer(s.text) if f.start() > verbs[0].end()]
        out: list[Claim] = []
        used: set[int] = set()
        for verb in verbs:  # each in its own clause: "Spain joined in 1982, and Hungary became a member in 1999"
            if not agreements and _joins_another(s, verb):
                continue  # "South Africa left the Commonwealth in May 1961": not the agreement last told of
            if not agreements and _joins_one_told_here(s, verb, verbs):
                continue  # "when Asean opened its Treaty of Amity to outsiders, Japan acceded in 2004": that one
            told = _membership_told(s, records, slug, verb, entering, dates, context)
            if told is None and entering and referent is not None and slug not in (None, referent):
                # "Romania joined that November, and a ceremony renewed the old Anti-Comintern Pact": an agreement
                # ended by then is not the one joined; the one the article was last about is
                told = _membership_told(s, records, referent, verb, entering, dates, context)
            if told is None or told[1].start in used:
                continue
            states, date, chosen = told
            if pattern is _RATIFYING and not _ratified_entry(s, records, chosen, states, date):
                continue
            # joining other states ("Italy joined the two in ...", "the two were joined by Japan") is founding with
            # them; joining the agreement ("Germany acceded the same day") is an entry, an event of its own
            partners = entering and bool(_JOINED_PARTNERS.match(s.text, verb.end()) or re.search(
                r"\b(?:was|were|been)\s+$", s.text[:verb.start()]))
            out.append(_membership_claim(s, records, chosen, states, date, entering, partners))
            used.add(date.start)
            for more_states, more in _elliptical_clauses(s, date):  # "..., Italy in November 1916"
                if entering and _after_its_end(records, chosen, more):
                    break
                out.append(_membership_claim(s, records, chosen, more_states, more, entering, partners))
                used.add(more.start)
        if out:
            return out, used
    return [], set()


def _joins_one_told_here(s: Sentence, verb: re.Match[str], verbs: list[re.Match[str]]) -> bool:
    """Whether a verb of joining, in a sentence that links no agreement, is of an agreement the sentence itself tells
    of rather than the one the article was last about: one named before it by a title the record does not hold
    ("when the Andean states opened their Pact of Cartagena to others, Chile acceded in 1969"), or, for "followed",
    the object of the verb it follows where that is something else ("Peru adhered to the Allied pledge on 2 May 1917,
    and Chile followed on 4 June 1917")."""
    if _unknown_named_before(s, verb.start()):
        return True
    if not _FOLLOWED.fullmatch(verb.group(0)):
        return False
    led = [v for v in verbs if v.end() <= verb.start() and not _FOLLOWED.fullmatch(v.group(0))]
    return bool(led) and (_joins_another(s, led[-1]) or _OBJECT_AFTER_JOINING.match(s.text, led[-1].end()) is None)


#: What may stand beside the states that are a clause's whole subject: "Italy followed", "and then Chile and Peru".
_SUBJECT_GLUE = re.compile(r"[\s,]*(?:(?:and|the|then|soon|later|only|duly|also|shortly|in\s+turn)\b[\s,]*)*",
                           re.IGNORECASE)


def _followers(s: Sentence, follows_entry: bool) -> list[re.Match[str]]:
    """Return the verbs "followed" told of states that entered an agreement after others signed or joined it: after a
    verb of signing in the sentence ("A signed the declaration on 1 January 1942, and B followed on 26 December
    1944"), or opening a sentence that follows one telling an entry or a signing (``follows_entry``: "A acceded to
    the treaty in 2003. B followed in 2004."). Its subject is only states ("B's guarantee followed" is no entry)."""
    out: list[re.Match[str]] = []
    for f in _FOLLOWED.finditer(s.text):
        signed = _SIGNING.search(s.text[:f.start()])
        if signed is None and not follows_entry:
            continue
        clause = max([b.end() for b in re.finditer(r"[,;:]\s+", s.text[:f.start()])], default=0)
        if signed is None and clause:
            continue  # (after the sentence before, only a sentence that opens with its subject)
        subject = [m for m in s.of("state") if m.target and clause <= m.start - s.start < f.start()]
        rest, at = "", clause
        for m in subject:
            rest, at = rest + s.text[at:m.start - s.start], m.end - s.start
        rest += s.text[at:f.start()]
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
    1950": a party from May 1950), with the entry's verdict (the date is what tells such a membership right or
    wrong); likewise after each dated exit the record bears out ("Chile withdrew from the pact in 1980": a party
    until then; an exit told at a wrong date is that exit's fault alone, the event's claim); none where
    the sentence already tells those states parties to that agreement, nor for a protocol of accession ("signed its
    protocol of accession in December 1981": the protocol's date, not the membership's)."""
    if not claims or _NOT_ITS_SIGNING.search(claims[0].text):
        return claims
    out: list[Claim] = []
    for c in claims:
        out.append(c)
        act = next((a for a in (": entry into ", ": exit from ") if a in c.claimed), None)
        if c.kind != "event_date" or c.verdict == "not_in_record" or act is None or not c.records or (
                act == ": exit from " and c.verdict == "contradicts"):
            continue  # (an exit told at a wrong date is the exit's fault alone: the state was a party all the same)
        names = c.claimed.split(act, 1)[0].split(" and ")
        if any(o.kind == "agreement_parties" and o.records[:1] == c.records[:1] and all(n in o.claimed for n in names)
               for o in claims):
            continue
        out.append(Claim(kind="agreement_parties", text=c.text, start=c.start, end=c.end,
                         claimed=f"parties: {c.claimed}", verdict=c.verdict, record_value=c.record_value,
                         reason=c.reason, records=c.records))
    return out


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
                     dates: list[Mention], context: Sequence[int] = ()) -> tuple[list[int], Mention, str] | None:
    """Return the states a verb of entry or exit is told of (those before it in its clause; for "they", "both" or
    "the two", the states of the sentence before, ``context``), its date (the first after it in its clause) and the
    agreement (``slug``, or, the sentence naming several, the one named last before the verb), or None where the verb
    tells of no dated entry into or exit from an agreement."""
    agreements = s.agreements()
    if len(agreements) > 1:  # "in NATO and in the Baghdad Pact, which Britain joined on ...": the agreement named last
        # before the verb
        before = [m for m in s.of("agreement") if m.target and m.end - s.start <= verb.start()]
        after = [m for m in s.of("agreement") if m.target and re.fullmatch(
            r"\s+(?:(?:to|into|of|in|from)\s+)?(?:the\s+)?", s.text[verb.end():m.start - s.start])]
        # ("accession to NATO": the one named right after the verb)
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
                                             s.text[:verb.start()])]
    named = [(a.start, a.end) for a in s.of("agreement") if a.target]  # ("the Rio pact": no state of its own)
    states = _codes([m for m in s.of("state") if clause <= m.start - s.start < verb.start()
                     and not any(a <= m.start - s.start < b for a, b in asides)
                     and not any(a <= m.start < b for a, b in named)
                     and not _TROOPS_AFTER.match(s.text, m.end - s.start)])
    told = [v for v in (_JOINING if entering else _LEAVING).finditer(s.text, 0, verb.start()) if v.end() < verb.start()]
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
    after = [d for d in dates if d.start - s.start >= verb.end()
             and not _CLAUSE_BREAK.search(s.text[verb.end():d.start - s.start])]
    # else a date that leads the verb's clause: "On 26 March 2003 they signed their protocols of accession"
    after = after or [d for d in dates if clause <= d.start - s.start < verb.start()
                      and not re.search(r"[,;]", s.text[d.end - s.start:verb.start()])
                      and not _SIGNING.search(s.text[clause:d.start - s.start])]
    # (not a date a verb of signing before it in the clause tells: "which the Soviet Union signed in 1975 and Moldova
    # adhered to after independence")
    if not states or not after:
        return None
    if entering and _after_its_end(records, slug, after[0]):
        return None  # no state joins an agreement after its end: "it" is another agreement than the one last told of
    own = _own_states(s, verb, after[0])
    return own or states, after[0], slug


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


def _after_its_end(records: _Records, slug: str, date: Mention) -> bool:
    """Whether ``date`` falls in a year after the agreement ``slug`` ended (no state enters it then)."""
    ended = records.gaz.treaties[slug].ended
    return bool(ended and date.value and int(date.value[:4]) > int(ended[:4]))


#: A state's people or forces, not the state: "the last Syrian soldiers left in April 2005", "French troops joined".
_TROOPS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:soldiers|troops|forces|army|armies|units|garrisons?|officers|"
                           r"volunteers|advisers|advisors|ships|warships|fleets?|squadrons?)\b", re.IGNORECASE)
#: A subject that stands for the states of the sentence before: "they", "both", "the two", "all three".
_PLURAL_SUBJECT = re.compile(r"\b(?:they|both|(?:the|all) (?:two|three|four)|each of them)\b", re.IGNORECASE)
#: An act on an agreement that is no signing of it: "signed their protocols of accession to NATO".
_NOT_ITS_SIGNING = re.compile(r"\b(?:accession|adhesion|instruments? of ratification)\b", re.IGNORECASE)


#: A clause that repeats the verb before it for other states, the verb left out: ", and Bulgaria the following
#: March", ", Italy in November 1916", "; Greece and Turkey on 18 February 1952".
_ELLIPSIS = re.compile(r",\s+(?:and\s+|then\s+)?(?:the\s+)?|;\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _elliptical_clauses(s: Sentence, after: Mention) -> list[tuple[list[int], Mention]]:
    """Return the clauses after the date ``after`` that repeat the sentence's verb for other states with a date of
    their own, the verb left out (", and Bulgaria the following March", ", Italy in November 1916"): each clause's
    states and date. A clause is only states (joined by commas and "and"), an optional "in", "on" or "by", and a
    date; one with any other word is no such clause."""
    out: list[tuple[list[int], Mention]] = []
    at = after.end
    dates = [d for d in s.of("date") if d.value and d.start > at]
    for date in dates:
        gap = s.text[at - s.start:date.start - s.start]
        states = [m for m in s.of("state") if m.target and at <= m.start < date.start]
        if not states:
            break
        if not _ELLIPSIS.fullmatch(gap[:states[0].start - at]):
            break
        joins = [s.text[a.end - s.start:b.start - s.start] for a, b in itertools.pairwise(states)]
        tail = s.text[states[-1].end - s.start:date.start - s.start]
        if any(not re.fullmatch(r",?\s+(?:and\s+)?(?:the\s+)?|,\s+", j) for j in joins) or not re.fullmatch(
                r"\s+(?:(?:in|on|by|from)\s+)?", tail):
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
    for row in records.atop_phases(slug):  # the members ATOP codes for the same agreement, where the ledger has none
        rows.setdefault(row["ccode"], {"ccode": row["ccode"], "entered": row["entered"], "exited": row["exited"]})
    ref = records.treaty_ref(slug)
    label = re.sub(r"\s*\(.*", "", ref.label)
    names = " and ".join(_name(c, date.value or "") for c in states)
    act = "entry into" if entering else "exit from"
    known = [rows[c]["entered" if entering else "exited"] if c in rows else None for c in states]
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


def _deposit_events(records: _Records, slug: str, states: list[int]) -> list[dict[str, Any]]:
    """Return the record's events on which every one of ``states`` became a party to the agreement ``slug`` (its
    instrument deposited, the agreement in force for it, its ratification): where the record dates an entry by
    another act (NATO's entries are the protocols' days, ATOP's rule), the day commentary usually means."""
    rows = records.store.query(
        "SELECT ledger, id, date, kind, actors, description, sources FROM events WHERE treaty = ? "
        "AND kind IN ('in_force', 'ratified') ORDER BY date", [slug])
    return [r for r in rows if set(states) <= set(r["actors"])]


_IN_FORCE = re.compile(r"\b(?:entered into force|came into force|went into force|took effect|went into effect)\b",
                       re.IGNORECASE)


def _in_force_claims(s: Sentence, records: _Records, taken: set[int]) -> tuple[list[Claim], set[int]]:
    """The date an agreement the sentence names (or refers to: "It entered into force on ...") came into force,
    against the record's date of entry into force, where the record has one: an event of the agreement's, and one of
    its own dates (an ``agreement_date`` of the same verdict), as readers take it either way."""
    words = _IN_FORCE.search(s.text)
    if words is None or _LEAVING.search(s.text[:words.start()]):
        return [], set()  # "Mexico's withdrawal took effect": an exit, not the agreement's entry into force
    before = [m for m in s.of("agreement") if m.target and m.start - s.start < words.start()]
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


#: "France betrayed Poland", "Germany broke faith with Poland", "France betrayed its ally": a breach told of a state
#: towards another, no agreement named.
_BETRAYED = re.compile(r"\b(?:betrayed|broke (?:faith )?with|abandoned|deserted|double-crossed|"
                       # "broke its word to Paris", "broke their promise to their allies"
                       r"broke\s+(?:its|their|her|his)\s+(?:word|promise|pledge|faith)\s+(?:to|with))\s+"
                       r"(?:(?P<them>them|us|him)\b|(?:(?:both|all|each|two|three)\s+of\s+)?(?:its|their|her|his)?"
                       r"(?P<ally>\s*(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:ally|allies|partners?)\b)?)",
                       re.IGNORECASE)


def _pair_breach_claims(s: Sentence, records: _Records, pair: tuple[int, ...], year: int | None,
                        spoken: Sequence[str] = ()) -> list[Claim]:
    """A breach one state is said to have done another ("France betrayed Poland in 1939"; "France betrayed its ally",
    the ally being the other state of the article's pair), read as the ending of the pair's earliest bilateral
    agreement in force in the sentence's year (or the year the article last wrote), against each coding. A state
    that betrayed "its allies" where no such pair is told betrayed an agreement the article speaks of (``spoken``:
    the one it was last about first, then those it names, as ``treaty:slug`` or slug) of which it was a member then."""
    verb = _BETRAYED.search(s.text)
    if verb is None or _NEGATION.search(s.text[:verb.start()]):
        return []
    states = [m for m in s.of("state") if m.target]
    doer = next((m for m in reversed(states) if m.end - s.start <= verb.start()), None)
    other = next((m for m in states if m.start - s.start >= verb.end()), None)
    if doer is None:
        return []
    a = int((doer.target or "").split(":")[1])
    if verb.group("them"):  # "Many Pakistanis still say that America betrayed them": those named before the doer
        told = [int((m.target or "").split(":")[1]) for m in states if m.end <= doer.start]
        told = [c for c in told if c != a] or [c for c in pair if c != a and len(pair) == 2]
        if not told:
            return []
        b = told[-1]
    elif other is not None and not verb.group("ally"):
        b = int((other.target or "").split(":")[1])
    elif verb.group("ally") and a in pair and len(pair) == 2:
        b = pair[1] if pair[0] == a else pair[0]
    elif verb.group("ally"):
        b = a  # allies the article does not name: see below
    else:
        return []
    dates = [int(d.value[:4]) for d in s.of("date") if d.value]
    when = dates[0] if dates else year
    if when is None:
        return []
    fits = sorted((t for t in records.gaz.treaties.values() if {a, b} <= t.members and len(t.members) == 2 and a != b
                   and t.kind not in {"border", "trade", "joint_statement"}
                   and int(t.signed[:4]) <= when <= int((t.ended or "9999")[:4])), key=lambda t: (t.signed, t.slug))
    if re.search(r"\b(?:word|promise|pledge)\b", verb.group(0), re.IGNORECASE) and not verb.group("ally"):
        # "Ankara broke its word to Paris": a promise, read only where the two shared one agreement then
        alive = [t for t in records.gaz.treaties.values() if {a, b} <= t.members and a != b
                 and t.kind not in {"border", "trade", "joint_statement"}
                 and int(t.signed[:4]) <= when <= int((t.ended or "9999")[:4])]
        fits = alive if len(alive) == 1 else []
    if not fits and verb.group("ally"):  # "So Bucharest betrayed its allies": an agreement the article speaks of
        slugs = [x.removeprefix("treaty:") for x in spoken]
        fits = [records.gaz.treaties[t] for t in slugs if t in records.gaz.treaties
                and a in records.gaz.treaties[t].members and _alive(records.gaz.treaties[t], when)]
    if not fits:
        return []
    return [_ending_claim(s, fits[0].slug, "breach", records)]


#: A state's word broken or not kept, told of the agreement the article is about without naming it: "Russia broke
#: that promise", "Italy did not keep its pledge", "Tehran broke its word when it left" (a word broken "to" or "with"
#: another state is :data:`_BETRAYED`'s).
_PROMISE_BROKEN = re.compile(r"\b(?P<verb>broke|(?:had|has|have)\s+broken|reneged\s+on|went\s+back\s+on|"
                             r"(?P<kept>(?:did\s+not|didn't|failed\s+to|never)\s+(?:keep|kept|honou?r(?:ed)?)))\s+"
                             r"(?:that|this|the|its|their|her|his)\s+(?:own\s+|solemn\s+)?"
                             r"(?:promise|pledge|word|commitment|undertaking)\b(?!\s+(?:to|with|of)\b)",
                             re.IGNORECASE)


_DOER_GAP = re.compile(r"(?:\s+(?:that|who|which))?(?:\s+(?:had|has|then|later|soon|also|never|\w+ly)){0,2}\s+",
                       re.IGNORECASE)


def _promise_broken(s: Sentence, records: _Records, year: int | None, referent: str | None) -> list[Claim]:
    """A state told to have broken (or not kept) its word or "that promise", no agreement named: a breach of the
    agreement the article was last about, by that state, where it was a member then ("Russia broke that promise",
    "Italy did not keep its pledge"); "never broke its word" tells no breach. Nothing where the state is no member or
    the agreement was not alive in the year told."""
    found = _PROMISE_BROKEN.search(s.text)
    if found is None or referent is None or referent not in records.gaz.treaties:
        return []
    treaty = records.gaz.treaties[referent]
    doer = next((m for m in reversed(s.of("state")) if m.target and m.end - s.start <= found.start()
                 and _DOER_GAP.fullmatch(s.text[m.end - s.start:found.start()])), None)
    if doer is None or int((doer.target or "").split(":")[1]) not in treaty.members:
        return []
    dates = [int(d.value[:4]) for d in s.of("date") if d.value]
    when = dates[0] if dates else year
    if when is not None and not _alive(treaty, when):
        return []
    never = found.group("kept") is not None and found.group("kept").casefold().startswith("never")
    if never or _NEGATION.search(s.text[:found.start()]):
        return []  # ("Warsaw never broke its word": of its own conduct, which no coding's reading of the end tells)
    return [_ending_claim(s, referent, "breach", records)]


#: An agreement's name the record does not hold: "the Entente Cordiale", "the Anglo-Russian Convention".
_UNKNOWN_NAME = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+)*(?:Treaty|Pact|Agreement|Convention|Accord|Protocol|Alliance|Entente|Declaration)\b"
    r"(?:\s+(?:of\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b)[A-Z][\w'’-]*)*")
#: Words of a name that say what an agreement is, not which one ("Treaty of Friendship and Alliance").
_GENERIC_NAME_WORDS = frozenset({
    "treaty", "pact", "agreement", "convention", "accord", "protocol", "alliance", "entente", "declaration", "of",
    "and", "the", "friendship", "mutual", "assistance", "cooperation", "co-operation", "defence", "defense", "security",
    "non-aggression", "peace", "joint", "military", "secret", "defensive", "bilateral", "new"})


def _named_unknown(s: Sentence, name: re.Match[str]) -> bool:
    """Return True if ``name`` (a match in the sentence) names an agreement the article's mentions do not: two words
    or more, one of them more than what the agreement is, and no mention of an agreement inside it."""
    words = name.group(0).split()
    return len(words) >= 2 and any(w.casefold() not in _GENERIC_NAME_WORDS for w in words) and not any(
        m.start < s.start + name.end() and s.start + name.start() < m.end for m in s.of("agreement"))


#: A relative clause of signing right after an agreement's noun: "the treaty he signed with", "the pact that Rome
#: had concluded with".
_SIGNED_WITH = re.compile(r"\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,3}?(?:had\s+)?(?:signed|concluded)\s+with\s+")


def _signed_with_others(s: Sentence, anaphor: re.Match[str], members: frozenset[int] | set[int]) -> bool:
    """Return True if the agreement's noun the anaphor ends in is told by a relative clause of its signing with a
    state that is no member of ``members`` (the agreement the noun would otherwise stand for): the noun then
    describes another agreement ("the treaty he signed with Tito's Yugoslavia in 1945" after an Anglo-Soviet one)."""
    told = _SIGNED_WITH.match(s.text, anaphor.end())
    if told is None:
        return False
    after = [m for m in s.of("state") if m.target and m.start >= s.start + told.end()]
    return bool(after) and int((after[0].target or "state:0").split(":")[1]) not in members


def _unknown_named_before(s: Sentence, at: int) -> bool:
    """Return True if the sentence names, before ``at`` (an "it" or "the treaty" standing for an agreement), an
    agreement by a title the record does not hold: the pronoun stands for that one, not for one the article named
    before ("Iran had signed the Algiers Agreement in 1975; Iraq tore it up in 1980")."""
    return any(_named_unknown(s, name) and name.end() <= at for name in _UNKNOWN_NAME.finditer(s.text)
               if not re.match(r"(?:The|A|An|In|On|By)\b", name.group(0)))


def _unknown_names(s: Sentence, pair: tuple[int, ...]) -> list[Claim]:
    """An agreement named with its date whose name the record does not hold ("the Entente Cordiale of April 1904",
    "the Anglo-Russian Convention, signed in St Petersburg on 31 August 1907"): not in the record, with a proposed
    ledger entry."""
    out: list[Claim] = []
    for name in _UNKNOWN_NAME.finditer(s.text):
        if not _named_unknown(s, name):
            continue
        date = next((d for d in s.of("date") if d.value and d.start - s.start >= name.end() and re.fullmatch(
            r"\s*(?:of|\(|,\s+signed(?:\s+[\w-]+){0,3}?\s+(?:on|in))\s*", s.text[name.end():d.start - s.start])),
            None)
        if date is None:
            continue
        states = s.states() or list(pair)
        out.append(_not_in_record(s, f"{name.group(0)} signed {date.text}", "treaty", states[:2], date.value or ""))
    return out


#: A name that is only a place ("the Treaty of London", "the Peace of Bucharest"): many agreements share it.
_PLACE_NAME = re.compile(r"(?:[Tt]he\s+)?(?:Treaty|Peace|Convention|Pact|Protocol|Declaration|Agreement|Congress)"
                         r"\s+of\s+(?:St\.?\s+)?[A-Z][\w'’-]+")


def _another_of_that_name(claim: Claim, treaty: Any) -> Claim:
    """Return a signing date told of an agreement named only by a place more than a year from the record's
    agreement of that name as not in the record: it is another agreement of the same name ("the Treaty of London of
    30 May 1913", the record holding the one of 1915)."""
    said = re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", claim.claimed)
    if claim.kind != "agreement_date" or claim.verdict != "contradicts" or not claim.record_value.startswith("signed") \
            or not said or abs(int(said[-1]) - int(treaty.signed[:4])) <= 1:
        return claim
    title = re.sub(r"\s*\(.*", "", treaty.title)
    reason = (f"the record's {title} was signed in {treaty.signed[:4]}; another agreement of that name, of "
              f"{said[-1]}, is not in the record (a sourced ledger entry would be needed)")
    return claim.model_copy(update={"verdict": "not_in_record", "reason": reason})


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
    return [Sentence(lo, hi, s.text[lo - s.start:hi - s.start], tuple(m for m in s.mentions if lo <= m.start < hi))
            for lo, hi in told]


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


def _acts_beside_a_signing(s: Sentence, dates: list[Mention]) -> list[Sentence]:
    """Return the clauses of a sentence that tells of a signing which each tell of another act at a date of its own,
    naming no agreement and no signing ("Spain was a party to the pact signed at Madrid in May 1951, and it did
    nothing when Moroccan troops crossed the border on 6 November 1975")."""
    return [part for part in _dated_acts(s, dates) if not _SIGNING.search(part.text)
            and not any(m.how != "anaphora" for m in part.of("agreement"))]


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
    bounds, start = [], 0
    for m in _ACT_BREAK.finditer(s.text):
        bounds.append((start, m.start(), m.end()))
        start = m.end()
    bounds.append((start, len(s.text), len(s.text)))
    told = [(lo, hi) for lo, hi, _ in bounds if any(lo <= d.start - s.start < hi for d in dates)]
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
