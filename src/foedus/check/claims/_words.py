"""The words the rules read: verbs of signing, breach and ending, event words, anaphora, the codings' labels."""

from __future__ import annotations

import re

#: A signature told by the name put to an agreement: "put its name to", "added their signatures to", "set his hand to".
_NAME_PUT = (r"(?:put|puts|set|sets|added|adds|affixed)\s+(?:their|its|his|her|our)\s+(?:own\s+)?"
             r"(?:names?|hands?|signatures?|seals?)")

#: A word for the two states an article is about, told without naming them: "both", "both countries", "both of our
#: countries", "both of them", "them both", "the two", "the two kingdoms" (the nouns a pair of states is told by).
_PAIR_NOUN = (r"(?:countries|states|nations|governments|neighbou?rs|kingdoms|republics|monarchies|empires|capitals|"
              r"powers|allies)")
_PAIR_WORD = (r"(?:both(?:\s+of\s+(?:them|us|(?:our|their|the)\s+" + _PAIR_NOUN + r")|\s+(?:(?:our|their|the)\s+)?"
              + _PAIR_NOUN + r")?|them\s+both|the\s+two(?:\s+" + _PAIR_NOUN + r")?)")


_SIGNING = re.compile(r"\b(sign(?:ed|ing|s)?(?!\s+up\b)|conclu(?:ded|de|sion)|inked|struck|conclude|agreed|issued|"
                      r"adopted|conclud\w*|dated|sealed|" + _NAME_PUT + r"\s+to|"
                      r"(?<=\bwas )(?:set up|founded|established|created|formed)|"
                      r"(?<=\bwere )(?:set up|founded|established|created|formed))\b"
                      # "concluded that the pact worked", "agreed that ...": a verb of reasoning, not of signing
                      r"(?!\s+that\s+(?!(?:treaty|pact|alliance|agreement|accord|convention|protocol|declaration)\b))",
                      re.IGNORECASE)


_BREACH = re.compile(r"\b(betray\w*|"
                     # (not "broke away from Gran Colombia", "war broke out", "broke off talks")
                     r"(?:broke|broken|breaking)(?!\s+(?:away|off|out|free|loose|through|ground|ranks|even|up)\b)|"
                     r"breach\w*|violat\w*|tore (?:it |them )?up|torn up|reneged|"
                     r"tore\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:pact|treaty|alliance|agreement|accord|"
                     r"convention)\s+up|"  # "tore that pact up"
                     r"treacher\w*)\b", re.IGNORECASE)


#: An agreement taken into a wider one: "was folded into the Rio treaty", "absorbed into the new mechanism", "merged
#: into the union's own pact" (one alternation for every reading of a replacement so told).
_FOLDED_INTO = r"(?:absorbed|folded|merged|subsumed)\s+into"


_ENDINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    # an end both sides chose ("ended by mutual consent", "abrogated by mutual agreement"), before any single verb
    (re.compile(r"\b((?:ended|terminated|dissolved|abrogated|annulled|cancell?ed|wound up|set aside)\s+(?:\w+\s+){0,3}?"
                r"by\s+mutual\s+(?:consent|agreement)|mutually\s+(?:agreed\s+to\s+end|terminated|dissolved))\b",
                re.IGNORECASE), "dissolved_jointly"),
    (re.compile(r"\b(abrogat\w*|renounc\w*|repudiat\w*|denounc\w*|annull\w*|revok\w*|revocation|walked away from|"
                # a party's own exit: "walked out of the pact", "neither has withdrawn from it", "pulled out of it"
                r"walked\s+out(?=\s+(?:of\b|on\s+(?!\d))|\s*[.,;]|\s*$)|(?:withdr[ae]wn?|pulled\s+out)\s+from\s+(?:it|them)\b|"
                # "nobody has left it", "neither country has ever left it": a party's own exit, told closing its clause
                r"(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s)|(?<=\bever\s))left\s+(?:it|them)(?=\s*(?:[.,;:]|$))|"
                r"pulled\s+out\s+of\s+(?:it|them)\b|"
                r"voided|nullified|declared (?:it |them )?(?:null and )?void|"
                # one party's declaration of the agreement's end, whatever the word: "Moscow declared the treaty
                # void", "the Prussian envoy declared the Confederation dissolved", "announced that the league was
                # dissolved" (not the members' own, together: "its members declared it dissolved")
                r"(?<!\bmembers\s)(?<!\bsignatories\s)(?<!\bparties\s)(?<!\bthey\s)(?<!\bjointly\s)(?<!\ball\s)"
                r"(?<!\bboth\s)(?:declared|announced|proclaimed)\s+(?:that\s+)?(?:(?:the|that|this|its|their)\s+"
                r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+|it|them)\s+(?:(?:was|were|had\s+been)\s+)?(?:formally\s+)?"
                r"(?:(?:null\s+and\s+)?void|dissolved|at\s+an\s+end))\b"
                r"(?!\s+(?:the\s+)?(?:use\s+of\s+|threat\s+of\s+)?(?:force|war|violence|aggression|claims?|territorial|"
                r"nuclear|their\s+claims?|its\s+claims?)\b)",
                re.IGNORECASE), "abrogated"),
    (re.compile(r"\b(expir\w*|lapsed?|ran out|run out|"
                # not renewed at its term: "declined to extend it", "chose not to renew the pact", "was not renewed",
                # "never renewed", "the non-renewal of"
                r"(?:declined|refused|chose\s+not|decided\s+not|opted\s+not|failed|did\s+not|didn['’]t|would\s+not|"
                r"was\s+not\s+(?:willing|prepared)|were\s+not\s+(?:willing|prepared))\s+to\s+(?:renew|extend|prolong)|"
                r"(?:(?:was|were|had\s+been|has\s+been|is)\s+)?(?:not|never)\s+(?:(?:formally|again|then)\s+)?"
                r"(?:renewed|extended|prolonged)(?!\s+(?:to|into|beyond)\b)|non-?renewal)\b", re.IGNORECASE),
     "expired"),
    # ("was overtaken by the Baghdad Pact"; not "overtaken by events", which tells no successor)
    # (taken into a wider one, :data:`_FOLDED_INTO`; not a state's: "Estonia was absorbed into the Soviet Union"
    # tells no agreement)
    (re.compile(r"\b(replaced|superseded|supplanted|set aside|gave way to|succeeded by|"
                + _FOLDED_INTO + r"|"
                r"(?<=\bwas )(?:\w+ly\s+)?overtaken(?!\s+by\s+(?:events|history|the\s+war)\b))\b", re.IGNORECASE),
     "replaced"),
    # (wound up by those named: "its members wound it up"; "was wound up" tells the end, not who chose it)
    (re.compile(r"\b(dissol(?:ved|ving|ution|ve)|disband\w*|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!ly )"
                r"(?:wound (?:it |them )?up|wind(?:ing)? (?:it |them )?up)|dismantl\w*)\b",
                re.IGNORECASE), "dissolved_jointly"),
    (re.compile(r"\b(?:(?:end\w*|died|fell|collapsed|perished|went down)\s+(?:with|in)\s+(?:\w+\s+){0,3}?defeat|"
                r"(?:did not|didn't|could not|failed to) (?:survive|outlast|outlive)\s+(?:[\w'’]+\s+){0,3}?defeat|"
                # kept or binding up to the defeat: "It bound them until defeat", "stayed with Berlin until the defeat"
                r"until\s+(?:(?:the|its|their|[\w-]+['’]s)\s+)?(?:(?:final|common|joint|military|total)\s+)?defeat)\b",
                re.IGNORECASE), "defeated"),
    (re.compile(r"\b(ceased to exist|(?:was|were) (?:overrun|annexed|partitioned)|lost (?:its|their) independence|"
                # an agreement told to have lost a member that ceased to be: "they simply lost a member", "it lost one
                # of its signatories"
                r"lost\s+(?:a|one\s+of\s+(?:its|their))\s+(?:founding\s+)?(?:members?|signator(?:y|ies)|partners?))\b",
                re.IGNORECASE), "lost_independence"),
    (re.compile(r"\b(fulfill?(?:ed|s)? (?:its|their) (?:purpose|aim|task|mission)|(?:was|were|had been) fulfill?ed|"
                r"did (?:the|its) job|served its (?:purpose|turn)|achieved (?:its|their) (?:purpose|aim|object)|"
                # run to the end it was made for: "it simply ran its course", "the pacts had run their course"
                r"(?:ran|run|runs|running)\s+(?:its|their)\s+(?:full\s+|natural\s+)?course|"
                # "had done its work by 1839", "has done its job"
                r"(?:has|had|have)\s+done\s+(?:its|their)\s+(?:work|job)|"
                r"(?:did|done|doing)\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+(?:it|they)\s+(?:(?:was|were)\s+"
                r"(?:made|meant|designed|signed|built|created|intended|founded)\s+(?:for|to\s+do)|promised|"
                r"set\s+out\s+to\s+do)|"
                r"(?:its|their|[\w-]+['’]s)\s+(?:work|task|job|mission)\s+(?:was|had\s+been)\s+(?:done|over)|"
                # the purpose told done in an absolute phrase ("lapsed, its purpose achieved", "its task served"), or
                # the end told with the victory it was made for ("lapsed with victory", "ended with Japan's formal
                # surrender": a member's own surrender is its defeat, :func:`_surrender_of_member`)
                r"(?:its|their|[\w-]+['’]s)\s+(?:purpose|aim|task|mission|job|work)\s+(?:(?:had\s+been|was)\s+)?(?:achieved|"
                r"served|accomplished|fulfill?ed|met|done|completed?)|"
                r"(?:(?:lapsed|expired|ended|ran\s+out|came\s+to\s+an\s+end)\s+(?:[\w,]+\s+){0,3}?(?:with|at)|"
                # bound until the victory: "both were bound by it until Japan's surrender"
                r"(?:bound|binding)\s+(?:(?:by|to)\s+(?:it|them)\s+)?until|"
                # kept to the victory: "kept it until victory", "honoured the pledge until the surrender"
                r"(?:kept|honou?red|observed|upheld)\s+(?:(?:it|them)\s+|(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:pact|treaty|alliance|agreement|pledge|bargain|accord)\s+)?(?:faithfully\s+)?until)\s+"
                r"(?:the\s+)?(?:(?:allied|final|formal|unconditional|[\w-]+['’]s)\s+){0,2}?(?:victory|surrender|"
                r"capitulation))\b",
                re.IGNORECASE), "fulfilled"),
    (re.compile(r"\b(still (?:formally\s+|legally\s+)?in force|"
                r"(?:remains?|remained|is|are)(?:\s+still|\s+\w+ly|,[^,]{1,30},)?\s+in force|still stands?\b|"
                # denied of it in the present: "it is not in force today", "the pact is no longer in force"
                r"(?:is|are)\s+(?:not|no\s+longer)\s+(?:\w+ly\s+)?in\s+force|"
                # in effect, valid still: "still in effect", "remains valid", "both pacts still stand"
                r"(?:still|remains?)\s+(?:formally\s+|legally\s+)?(?:in\s+effect|valid)\b|(?:still\s+)?stand\s+(?:today|still)|"
                # read so by those who list it: "coders still list it as in force", "historians count them as in force"
                r"(?:list|lists|count|counts|regard|regards|treat|treats|record|records|code|codes|consider|considers)"
                r"\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?(?:pact|treaty|alliance|agreement|accord))\s+as\s+(?:still\s+)?"
                r"(?:in\s+force|valid|binding)|"
                # kept to this day: "it has been kept for decades by both sides", "both have honoured it ever since"
                r"(?:has|have)\s+been\s+(?:\w+ly\s+)?(?:kept|honou?red|observed|respected)(?=\s+(?:for|by|ever|since|to\s+this)\b)|"
                r"(?:has|have)\s+(?:\w+ly\s+)?(?:kept|honou?red|observed|respected)\s+(?:it|them)(?=\s+(?:for|ever|since|to\s+this)\b)|"
                # the parties still bound, told in the present: "Both remain bound by it", "which they still belong
                # to", "Both remain parties today", "it is still binding"
                r"(?:remains?|is|are)\s+(?:still\s+)?(?:bound\s+by\s+(?:it|them)|binding)|"
                r"remain\s+(?:still\s+)?part(?:y|ies)(?=\s*(?:[.,;]|$|\s+(?:to\s+(?:it|them)|today|still|now)\b))|"
                r"still\s+belongs?\s+to(?=\s*(?:[.,;]|$|\s+(?:it|them)\b))|"
                # the agreement told binding its parties now: "still binds both of them", "still bind Paris and
                # Brussels today", "continues to bind them"
                r"(?:still|continues?\s+to)\s+bind(?:s)?(?=\s+(?:both|all|them|the\s+two|(?-i:[A-Z])))|"
                # told binding them now in a relative clause of its own: "the last that binds them both", "a charter
                # which binds all of them"
                r"\b(?:that|which)\s+(?:(?:now|today)\s+)?binds(?=\s+(?:both|all|them|the\s+two|(?-i:[A-Z])))|"
                # told binding them from its signing to now: "it has bound both capitals ever since", "has bound
                # Lima and Quito since then"
                r"(?:has|have)\s+(?:\w+ly\s+)?bound\s+(?:both|all|them|the\s+two|(?-i:[A-Z]))[\w\s-]{0,30}?\s+"
                r"(?:ever\s+since|since\s+then|to\s+this\s+day)(?=\s*(?:[.,;:]|$)))\b",
                re.IGNORECASE), "in_force"),
)


#: An agreement told as the subject of the verb right after it, by "it" or a common noun of its kind, or by a relative
#: pronoun after that noun ("the pact died", "it collapsed", "the Laos declaration, which collapsed in 1964", "a
#: settlement that lasted until 1954"): lookbehinds, one per word (a state is none: "the Soviet Union, which
#: collapsed").
_TOLD_AS_SUBJECT = "|".join(
    rf"(?<=\b{noun}{relative}\s)" for noun in ("it", "pact", "treaty", "alliance", "entente", "accord", "agreement",
                                               "guarantee", "pledge", "convention", "declaration", "arrangement",
                                               "settlement", "charter", "protocol")
    for relative in ("", r",\swhich", r"\swhich", r"\sthat") if noun != "it" or not relative)


#: A record's coders told to close an agreement's file, its end as they date it: "The datasets close the file in June
#: 1964", "ATOP closes the file on all thirteen guarantors in June 1965", "the alliance datasets close it on 12
#: February 1989" (a bare "closed it" only after a word of the data: not "Ankara closed it to warships").
_FILE_CLOSED = (r"clos(?:e|es|ed|ing)\s+(?:the|its|their)\s+(?:files?|books?)(?!\s+on\s+(?:the\s+)?(?-i:[A-Z]))|"
                r"(?:" + "|".join(rf"(?<=\b{word}\s)" for word in (
                    "datasets", "dataset", "data", "ATOP", "coders", "codings", "coding", "ledger", "ledgers", "record",
                    "records", "COW")) + r")clos(?:e|es|ed)\s+(?:it|them)")


#: Words that date an agreement's end without saying how it ended ("ended in March 1939", "was terminated on ..."),
#: or that tell of a breach that ended it ("was torn up in August 1940").
_ENDED = re.compile(r"\b(ended|came to an end|terminated|(?:was|were) (?:\w+ )?laid to rest|tore (?:it |them )?up|"
                    r"torn up|scrapped|"
                    # an end told by what it went with, or by an idiom: "died with the monarchy", "went down with both
                    # empires", "the alliance was over by July", "the pact was dead", "was wound down"
                    r"(?:died|went\s+down|perished|collapsed|fell|disappeared|vanished)\s+with|"
                    r"(?:" + _TOLD_AS_SUBJECT + "|" + "|".join(rf"(?<=\b{noun}\s)" for noun in ("union", "league")) +
                    r")(?:was|were|is)\s+(?:all\s+but\s+|effectively\s+|already\s+)?(?:over|dead|finished)\b|"
                    # a dead letter: "was a dead letter within two years", "had become dead letters"
                    r"(?:was|were|is|are|became|had\s+become|had\s+been)\s+(?:\w+\s+){0,2}?dead\s+letters?|"
                    # an agreement told to have died or collapsed, with no word of how: "The pact died on 8 October
                    # 1856", "the guarantee collapsed in June 1964", "it quietly fell apart"
                    r"(?:" + _TOLD_AS_SUBJECT + r")(?:\w+ly\s+)?(?:died|collapsed|fell\s+apart|disintegrated|crumbled)"
                    r"(?!\s+with\b)|"
                    r"(?:was|were)\s+wound\s+down|"
                    # "the alliance broke up in 1907", "ceased to operate", "petered out", "became defunct"
                    r"(?:broke|split)\s+up|ceased\s+to\s+(?:function|operate|apply|have\s+effect|be\s+in\s+force)|"
                    r"(?:faded|withered|petered|fizzled)\s+(?:away|out)|(?:became|was|were)\s+defunct|"
                    # an end told by how long it lasted: "the convention lasted until the armistice of ...", "the
                    # pact survived until 1954" (the date told next is its end)
                    r"(?:" + _TOLD_AS_SUBJECT + r")(?:\w+ly\s+|only\s+|itself\s+)?(?:lasted|survived|ran|"
                    # "the alliance itself lingered on paper until 1882", "the arrangement lingered on until 1954"
                    r"endured|lingered(?:\s+on)?(?:\s+(?:on\s+paper|in\s+name))?)\s+until(?=\s+(?:\d|the\s+(?:armistice|peace|end|outbreak|war)\b|(?-i:[A-Z])[a-z]+\s+\d))|"
                    # an end told by what it did not outlive or how short it was: "the council did not survive the
                    # fighting", "the guarantee did not last long", "the friendship lasted barely seven years", "it
                    # was short-lived" (not "has lasted seventy years": in force still)
                    r"(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|failed\s+to|would\s+not)\s+(?:survive|outlive|"
                    r"outlast|last)\b|(?<!\bhas\s)(?<!\bhave\s)(?:lasted|survived|endured)\s+(?:for\s+)?(?:(?:only|barely|just|"
                    r"scarcely|hardly|a\s+mere|little\s+more\s+than|less\s+than|no\s+more\s+than|under)\s+)?(?:a\s+|"
                    r"\w+\s+)?(?:years?|months?|weeks?|days?|decades?)\b|(?:was|were|proved)\s+short-lived|"
                    # an organisation's end told with no word of how: "was wound up", "closed its doors", "closed on
                    # 30 June 2011" (not "closed the border")
                    r"wound\s+up|closed\s+(?:its|their)\s+doors|" + _FILE_CLOSED + r"|"
                    r"(?:closed|shut)\s+down|closed(?=\s+(?:on|in)\s+(?:\d|the\s+(?:spring|summer|autumn|winter|"
                    r"end|first|last)\b|(?-i:[A-Z])[a-z]+\s+\d)))\b"
                    r"(?!\s+(?:with|in)\s+(?:\w+\s+){0,3}?defeat)",
                    re.IGNORECASE)


_EVENT_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...] = (
    (re.compile(r"\b(entered into force|came into force|took effect|went into effect|into force)\b", re.IGNORECASE),
     ("in_force",), "in_force"),
    (re.compile(r"\b(ratif\w*)\b", re.IGNORECASE), ("ratified", "in_force"), "ratified"),
    # an alliance called upon, told in other words than "invoked": a member's call on it ("Argentina called on it
    # against Britain", "Pakistan appealed to its treaty partners", "Argentina's appeal that April went nowhere")
    # and the members' backing of the action it was called on for ("the members backed the blockade of Cuba", "both
    # states supported the quarantine"): the record's invocation of the agreement
    (re.compile(r"\b(invoked|invocation|called\s+(?:on|upon)\s+it|(?<=['’]s\s)appeal|appealed\s+to\s+(?:it|its|their)|"
                r"(?:backed|supported|endorsed)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:quarantine|blockade))\b",
                re.IGNORECASE), ("invoked",), "invoked"),
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
    # (a court's ruling, not a ruler's: "Assad ruled Syria from November 1970", "the ruling party")
    (re.compile(r"\b(warrants?|court|tribunal|indict\w*|ruling(?!\s+(?:party|parties|family|families|junta|coalition|"
                r"council|class|dynasty|elite|house|monarch|military))|ruled(?!\s+(?:from|until|till|since|for|over|as|"
                r"alone|jointly|(?-i:[A-Z]))))\b", re.IGNORECASE),
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
    (re.compile(r"\b((?:para)?troop(?:s|ers)|soldiers|weapons|arms supplies|military aid|deploy\w*)\b", re.IGNORECASE),
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
                       # (not a title's "the declaration on the neutrality of Laos": "on" and a date is its day)
                       r"\b(?:the|that|this) (?:declaration|convention|protocol)\b(?!\s+(?:of|that|which)\b)"
                       r"(?!\s+on\s+(?!(?:the\s+)?\d|(?-i:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)\b))|"
                       # an agreement whose title is plural ("the Rome Protocols", "the Geneva Accords"), told by that
                       # word (article.py keeps it only where the agreement's title or name holds it)
                       r"\b(?:the|these|those) (?:protocols|accords)\b(?!\s+(?:of|on|that|which)\b)|"
                       r"\b(?:the|that|this|our) (?:(?!(?:other|new|next|first|second|third|fourth|last|previous|"
                       r"earlier|later|latest|same|only|one|two|three|four|five|whole|entire)\b)(?-i:[a-z][a-z-]+|"
                       # a capitalised word of the agreement's own ("The Italian guarantee", "That Crimean-era
                       # treaty"): kept only where it names a member or a word of the agreement's (article.py)
                       r"(?P<cap>(?-i:[A-Z][a-z]+)(?:-(?-i:[a-z]+))?)(?=\s+(?-i:treaty|pact|alliance|agreement|accord|"
                       r"guarantee|pledge|arrangement|commitment|settlement|understanding|undertaking)\b))\s+)?"
                       r"(?:treaty|pact|alliance|agreement|accord|abrogation|denunciation|"
                       r"renunciation|termination|expiry|expiration|league|entente|pledge|guarantee|arrangement|"
                       r"commitment|"
                       # an agreement told by what it settled or undertook: "That settlement had collapsed by 1964",
                       # "the understanding was superseded", "The charter remains in force" (not "the Bogota
                       # charter", a name)
                       r"settlement|understanding|undertaking|charter|"
                       # "the Confederation", "the Union": a name's head, read only as the agreement of that title
                       r"(?-i:confederation|organi[sz]ation|union|Confederation|Union|"
                       # "the Final Act", "the Act": a title's head, read only as an agreement called so (article.py)
                       r"(?:Final\s+)?Act))\b"
                       # "the alliance datasets", "the alliance literature": a word of what studies them, no agreement
                       r"(?!\s+(?:datasets?|databases?|data|codings?|coders|literature|scholars|researchers|"
                       r"records?)\b)"
                       r"(?!\s+(?:of|on|for)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)\b)(?-i:[A-Z])|"  # "the Treaty of Aachen": a name
                       r"\s+of\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December)\b))|"  # "the peace treaty of 30 October 1980": one dated, of its own
                       # the coders' end of the one last told of (:data:`_FILE_CLOSED`)
                       r"\b(?:" + _FILE_CLOSED + r")\b|"
                       r"\bits (?:end|demise|collapse|dissolution|abrogation|expiry|termination)\b|^\W*(?:\w+\s+)?it\b|"
                       r"\b(?:the|that|this) ending\b(?!\s+of\b)|"  # "the datasets code that ending as a breach"
                       r"\bits (?:founding |original )?(?:signatories|signers|members|parties)\b|"
                       r"\b(?:signed|ratified|abrogated|denounced|renounced|violated|ratify|abrogate|denounce|"
                       r"renounce|violate|sign|broke|broken|tore|breached|betrayed|repudiated|dissolved|dissolving|disbanded|"
                       r"scrapped|terminated|called|joined|left|quit|out of|breaking|break|breaks|call|calls|"
                       r"extend|renew|renewed|annulled|annul|revoked|revoke|voided|nullified|invoked|invoke|"
                       r"suspended|suspend|ended|end|ends|ending|cancelled|canceled|buried|killed|walked away from|"
                       r"replaced|superseded|supplanted|"
                       r"(?:acceded|adhered) to|bound by|"
                       # a membership of it: "Chile is a party to it", "both remain members of it"
                       r"(?:party|parties|member|members|signatory|signatories) (?:to|of)) it\b|"
                       # left to end at its term: "let it lapse", "allowed it to expire", "let it quietly die"
                       r"\b(?:let|allowed|left)\s+it\s+(?:to\s+)?(?:\w+ly\s+)?(?:lapse|expire|run\s+out|die)\b|"
                       r"\bdeclared it(?= (?:null and )?void\b)|"
                       # kept to an end: "kept it until victory", "honoured it to the last"
                       r"\b(?:kept|honou?red|observed|upheld)\s+it(?=\s+(?:faithfully\s+)?(?:until|to\s+the\s+(?:end|last)))|"
                       # how a dataset codes it: "the alliance record treats it as abrogated", "codes it as a breach"
                       r"\b(?:codes?|coded|treats?|treated|lists?|listed|counts?|counted|classif(?:y|ies|ied)|"
                       r"records?|recorded) it(?=\s+as\b)|"
                       r"\b(?:call(?:s|ed)?|describ(?:e|es|ed|ing)|regard(?:s|ed)?|remember(?:s|ed)?) (?:this|that)\b|"
                       r"\bit (?:(?:was|is|had|has|have|were)\s+)?(?:(?:never|not|since|long|also|formally|"
                       r"effectively|simply|ever|once|then|later|finally)\s+)*(?:been\s+)?"
                       r"(?:broken|betrayed|violated|breached|abrogated|"
                       r"denounced|renounced|repudiated|dissolved|disbanded|scrapped|terminated|expired|lapsed|ran out|"
                       r"ended|annulled|revoked|voided|nullified|declared void)\b|"
                       # "it" told as what ended, mid-sentence: "with the peace it simply ran its course", "and it went
                       # down with both monarchies", "it had served its purpose", "it was superseded by ..."
                       r"\bit\s+(?:(?:had|has|was)\s+)?(?:(?:simply|quietly|formally|effectively|then|later|finally|"
                       r"soon|duly)\s+)?(?:ran\s+its\s+course|run\s+its\s+course|went\s+down\s+with|died\s+with|"
                       r"perished\s+with|served\s+its\s+purpose|achieved\s+its\s+(?:purpose|aim|object)|"
                       r"fulfilled\s+its\s+(?:purpose|aim|task))\b|"
                       r"\bit\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+|soon\s+|later\s+|then\s+)?"
                       r"(?:replaced|superseded|supplanted)\b|"
                       r"\bit (?:is|remains|remained|was)(?:\s+still|\s+\w+ly|,[^,]{1,30},)?\s+in force\b|"
                       r"\bit\s+(?:has|have)\s+(?:\w+ly\s+)?bound\b",
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


#: The words of an expiry ("lapsed", "ran out").
_EXPIRY = next(pattern for pattern, name in _ENDINGS if name == "expired")


_ENDING_WORD = re.compile("|".join([_BREACH.pattern] + [p.pattern for p, _ in _ENDINGS] + [_ENDED.pattern]),
                          re.IGNORECASE)


_EVENT_OR_ENDING = re.compile("|".join([_ENDING_WORD.pattern] + [p.pattern for p, _, _ in _EVENT_WORDS]),
                              re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r",\s+(?:which|who|that|when|where|after|before|while)\b|;", re.IGNORECASE)


#: A negation of the words that follow it, within three words and not across a conjunction ("was never terminated
#: and remains in force": "remains" is not negated).
_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither|none(?:\s+of\s+(?:them|these|those|the\s+\w+))?|nobody|"
                       r"rather than|instead of)\b"
                       r"(?:\s+(?!and\b|but\b)\w+){0,3}\s*$|"
                       # a claim denied as nobody's: "nobody pretended it had been betrayed", "no one claimed that the
                       # pact was broken"
                       r"\b(?:nobody|no\s+one)\s+(?:ever\s+|seriously\s+)?(?:pretended|claimed|said|suggested|argued|"
                       r"alleged|thought|believed)\b(?:\s+(?!and\b|but\b)\w+){0,5}\s*$|"
                       # a denied subject, its auxiliaries and a verb of judging: "neither side has ever been judged
                       # to have broken it", "no member was ever found to have violated the pact"
                       r"\b(?:neither|no|none|nobody|no\s+one)(?:\s+(?:side|party|parties|state|states|signatory|"
                       r"signatories|member|members|ally|allies|partners?|countr(?:y|ies)|government|governments|"
                       r"kingdoms?|republics?|capitals?|powers?))?"
                       # (or told of them by number, or as the agreement's: "neither of the two countries", "none of
                       # the three members", "no member of the pact", "none of its members", "no member of SEATO";
                       # or by where they sit: "nobody in either capital")
                       r"(?:\s+of\s+(?:them|(?:the|its|their)\s+(?:\w+\s+)?\w+|(?-i:[A-Z])[\w-]+)|"
                       r"\s+in\s+(?:either|each|both|any|the\s+two)\s+\w+)?"
                       # (an aside of who says so: "neither kingdom, he insisted, had ever broken it")
                       r"(?:,\s+(?:[\w'’]+\s+){1,2}?(?:insist|insists|insisted|says?|said|argues?|argued|claims?|claimed|adds?|added|"
                       r"notes?|noted|stresses|stressed|maintains?|maintained),)?"
                       # (and what was let happen: "neither has been allowed to lapse")
                       r"(?:\s+(?:has|have|had|was|were|is|are|ever|yet|once|formally|officially|seriously|been|be|"
                       r"allowed\s+to|permitted\s+to))*"
                       r"(?:\s+(?:judged|found|held|shown|proved|proven|deemed|considered|seen|said|ruled|recorded|"
                       r"listed|coded|known)\s+(?:to\s+have|as\s+having))?\s*$|"
                       # a second subject denied by "nor" and the auxiliaries of both: "neither the pact nor the
                       # joint defence treaty has ever been dissolved"
                       r"\bnor\s+(?:[\w'’-]+\s+){1,5}?(?:has|have|had|was|were|is|are)"
                       r"(?:\s+(?:ever|yet|once|formally|officially|been|be))*\s*$|"
                       # a denied subject accusing another of it: "neither side has ever accused the other of breaking
                       # it", "no member charged its partners with a breach"
                       r"\b(?:neither|no|none|nobody|no\s+one)(?:\s+(?!and\b|but\b)\w+){0,4}?\s+(?:accused|charged|"
                       r"blamed|faulted)\s+(?:(?:the|its|their|any|each|either)\s+)?(?:other|others|partners?|allies|ally|"
                       r"side|party|state|another|one\s+another|anyone|anybody)?\s*(?:of|with|for)(?:\s+(?!and\b|but\b)\w+){0,2}\s*$",
                       re.IGNORECASE)


#: An agreement told by a name and its date, the name one the record lacks: "the London convention of July 1840",
#: "The Nyon arrangement of September 1937", "the Act of Chapultepec of March 1945".
_DATED_NAME = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|whose)\s+)(?P<name>(?:[\w'’-]+\s+){0,4}?"
                         r"(?:(?i:treaty|pact|convention|arrangement|act|protocol|accord|agreement|alliance|charter))"
                         r"(?:\s+of\s+(?-i:[A-Z])[\w'’-]+)?)\s+of\s+$")


#: A time told from the one told before it, as a date after a verb of entry may be: "a year later", "the next day",
#: "the following month", "that same day".
_LATER = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|several|a\s+few|a\s+couple"
          r"\s+of)\s+(?:days?|weeks?|months?|years?)\s+later|(?:the\s+)?(?:next|following)\s+(?:day|week|month|year)\b|"
          r"(?:that|the)\s+same\s+(?:day|week|month|year)\b)")


#: How late an entry told by "came in" or "entered" was, between the verb and its date: "Spain came in only in 1986",
#: "Turkey came in very late, on 23 February 1945", "Kuwait came in only in July 1962", "Tunisia entered only on 2
#: October 1958".
_LATE_TOLD = (r"(?:\s+(?:only|later|finally|formally|eventually|(?:much|very|rather|far)\s+lat(?:e|er)|at\s+last|"
              r"in\s+the\s+end)\b,?)*")


#: A state's entry into or exit from an agreement, told of the state: "Iraq adhered in February 1951", "Mexico's
#: withdrawal took effect in September 2004", "Cuba's participation had been ended in January 1962".
_JOINING = re.compile(r"\b(joined|joins|acceded|acceding|adhered|became (?:a )?(?:full )?(?:members?|part(?:y|ies))|"
                      r"became (?:the|its) (?:[\w-]+ ){1,2}?member|"
                      r"became (?:the )?[\w-]+['’]s (?:[\w-]+ ){0,2}?member(?!s? (?:states?|countries)\b)|"
                      r"entered(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:declaration|pact|treaty|alliance|league|"
                      r"entente|agreement|convention|accord|union)\b)|"
                      r"(?:was|were) admitted|accession|entry into|sign(?:ed|s) up to|(?:was|were) brought into|"
                      # the order of an entry told ("Hungary was the first state to accede"): an entry made, not one
                      # hoped for or refused, as "to join" alone may tell
                      r"(?<=\bthe )(?:first|second|third|fourth|fifth|next|last)\s+(?:[\w-]+\s+)?to\s+"
                      r"(?:join|accede|adhere)|"
                      r"c(?:a|o)me\s+in(?=" + _LATE_TOLD + r"\s+(?:on|in|at|during)\s+(?:[\w-]+\s+)?\S*\d|"
                      r"\s+(?:that|the\s+following)\s+(?-i:[A-Z])|\s+" + _LATER + r")|"
                      # ("Tunisia entered only on 2 October 1958", "Turkey entered it on 22 October 1951": of the
                      # agreement last told of)
                      r"entered(?=(?:\s+it)?" + _LATE_TOLD + r"\s+(?:on|in)\s+(?:[\w-]+\s+)?\S*\d))\b",
                      re.IGNORECASE)


#: An act on an agreement that is no signing of it: "signed their protocols of accession to NATO".
_NOT_ITS_SIGNING = re.compile(r"\b(?:accession|adhesion|instruments? of ratification)\b", re.IGNORECASE)


_IN_FORCE = re.compile(r"\b(?:entered into force|came into force|went into force|took effect|went into effect)\b",
                       re.IGNORECASE)
