"""Find what an article mentions, deterministically, from what foedus knows.

* **States** by every name foedus's state tables hold (COW names, historic names with their periods) and by the
  adjectives, demonyms, prefixes ("Sino-"), capitals used as metonyms and forms of government told for one state ("the
  People's Republic", not before "of" or after another name) in ``check/data/state_aliases.csv``,
  each with the period it applies to. Names match as whole words and with their capitals ("US", not "us").
* **Agreements** by a phrase matcher generated from the stored ledgers (titles, parts of titles before their
  parenthesis, alternative titles) and ATOP's titles (:mod:`foedus.alliance_titles`) for alliances no ledger
  holds, with the names articles use for ATOP-coded alliances (``check/data/atop_names.csv``: "CSTO", "the Balkan
  Entente", "the Simla Agreement", each sourced and tied to its ATOP id and signing date); descriptions ("the 1950
  treaty", "the joint statement", "its non-aggression pact with Finland")
  resolved against the article's states; and,
  for a span that reads like a title (it holds "Treaty", "Pact", ...) but matches no phrase, rapidfuzz's ratio
  against the same alias table with a threshold of :data:`FUZZY_THRESHOLD`: a whole span against a whole alias,
  never a part of a word against a part of a title, so "Sino" cannot link to Ukraine.
* **Leaders** by title and name ("President Xi Jinping", "President Léon M'ba"; a title in lower case where the
  writing marks an office: "then prime minister Josip Broz Tito", "Japan's foreign minister Yosuke Matsuoka"),
  linked where a ledger event or the store's leaders table (Archigos, if imported) names them.
* **Dates** with their precision: date-like spans are found by pattern and parsed by dateparser's
  ``DateDataParser`` relative to the article's date ("on March 18" is a day of the article's year, or of the
  year before if that day is after the article; "in October" a month of the sentence's year, or the latest
  October up to the article's date; "in March that year" of the year last written; "On 30 October of that year" and
  "the following May" after the date last written; "last July" and "on Sunday" the latest up to the article's date);
  a year told by its season or part ("the summer of 1914", "early in 1951"), "that summer" after the date last
  written, "yesterday" and "this spring" against the article's date; durations ("300 years", "more than three
  decades", "for a generation", "Two years later": a length after a date tells no month or day) are kept apart,
  never taken for dates, their span holding the words that bound them.
* **Counts** ("five alliances", "the sixth", "their second bilateral pact", "allied only once", "the first and only
  alliance", "have never signed a pact", "have never needed a second pact", "ten in all").

A state's name is no mention of it where the sentence's time is before or after every dated name of that state
("Macedonia" in 1912), and a capital inside a treaty's or conference's name ("the Treaty of Bucharest") is a place.
"""

from __future__ import annotations

import csv
import datetime as _dt
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

from foedus.check.models import Mention
from foedus.codings import ATOP_OBLIGATIONS
from foedus.dates import PartialDate
from foedus.states import _tables

if TYPE_CHECKING:
    from foedus.store import Store

__all__ = ["FUZZY_THRESHOLD", "AtopName", "Gazetteer", "atop_names", "contextual_descriptions", "find_mentions",
           "gazetteer"]

#: The least rapidfuzz ratio (0-100) at which a title-like span links to an agreement's alias.
FUZZY_THRESHOLD = 90.0

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "twice": 2, "thrice": 3}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
                 r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                 r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|a thousand)")
_TEENS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19, "a hundred": 100, "a thousand": 1000}


def number_value(text: str) -> int | None:
    """Return the value of a number written in digits or words ("76", "seventy-six", "five"), or None."""
    text = text.casefold().replace(",", "").strip()
    if text.isdigit():
        return int(text)
    if text in _NUMBERS:
        return _NUMBERS[text]
    if text in _TEENS:
        return _TEENS[text]
    parts = re.split(r"[- ]", text)
    if parts[0] in _TENS and (len(parts) == 1 or (len(parts) == 2 and parts[1] in _NUMBERS)):
        return _TENS[parts[0]] + (_NUMBERS[parts[1]] if len(parts) == 2 else 0)
    hundreds = re.fullmatch(r"(a|\w+)\s+hundred(?:\s+and\s+(.+))?", text)  # "a hundred and forty", "two hundred"
    if hundreds is not None:
        head = 1 if hundreds.group(1) == "a" else _NUMBERS.get(hundreds.group(1))
        tail = number_value(hundreds.group(2)) if hundreds.group(2) else 0
        if head is not None and tail is not None and tail < 100:
            return head * 100 + tail
    return None


def _years_ago(match: re.Match[str]) -> int | None:
    """Return how many years an "... ago" phrase counts back ("a hundred and forty years", "half a century")."""
    if match.group("n") is not None:
        return number_value(match.group("n"))
    span = match.group("span").casefold()
    if span == "half a century":
        return 50
    head, unit = span.rsplit(" ", 1)
    count = 1 if head in {"a", "an"} else number_value(head)
    return None if count is None else count * _SPANS[unit]


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
_COUNT_NOUNS = (r"alliances?|treaties|treaty|agreements?|pacts?|betrayals?|breaches|breach|times|violations?|"
                r"joint statements?|accords?")
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|" \
          r"Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
_DATE_PATTERNS = (
    # a year told by its season or part: "the summer of 1914", "early in 1951", "late 1864", "mid-1936"
    ("season", re.compile(rf"\b(?:(?:[Tt]he\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+|(?:[Tt]he\s+)?"
                          rf"(?:[Ee]arly|[Ll]ate|[Mm]id)(?:\s+in|\s+of|-|\s+)\s*){_YEAR}(?![\w-])")),
    # a month told by its part: "late January 1976", "mid-August 2010", "the last days of September 1961"
    ("part", re.compile(rf"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+)|(?:[Tt]he\s+)?(?:middle|last\s+days|first\s+days|"
                        rf"last\s+weeks?|first\s+weeks?)\s+of\s+){_MONTHS},? {_YEAR}\b")),
    ("day", re.compile(rf"\b(?:(?<!Good\s)(?<!Holy\s){_WEEKDAY_NAMES})?\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS},? "
                       rf"{_YEAR}\b")),
    ("day", re.compile(rf"\b{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}\b")),
    ("day", re.compile(r"\b" + _YEAR + r"-\d\d-\d\d\b")),
    ("day", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS}\b")),
    ("day", re.compile(rf"\b{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?\b(?!,? \d)")),
    ("month", re.compile(rf"\b{_MONTHS},? {_YEAR}\b")),
    ("year", re.compile(rf"(?<![\w-]){_YEAR}(?:s)?(?![\w-])")),
)
_HUNDREDS = rf"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and\s+{_NUMBER_WORDS})?"
_AGO = re.compile(rf"\b(?:exactly\s+)?(?:(?P<n>\d{{1,4}}|{_HUNDREDS}|{_NUMBER_WORDS})\s+years|(?P<span>half a century|"
                  rf"a century|a decade|(?:{_NUMBER_WORDS})\s+(?:centuries|decades)))\s+ago"
                  rf"(?P<today>\s+(?:today|to the day|this (?:week|month|morning|afternoon|evening)|tonight|"
                  rf"tomorrow|yesterday))?", re.IGNORECASE)
#: An anniversary told in the present without "ago": "it is 110 years to the day since the alliance was signed", "it
#: is exactly 150 years since the Confederation fell apart", "the pact turns fifty today", "the alliance's seventieth
#: anniversary today". The article's day so many years before ("to the day", "exactly", "today"), else its year.
_SINCE_TODAY = re.compile(
    rf"(?:(?<=\bis\s)|(?<=['’]s\s)|(?<=\bmarks\s))(?P<exact>exactly\s+)?(?P<n>\d{{1,4}}|{_HUNDREDS}|{_NUMBER_WORDS})"
    rf"\s+years(?P<day>\s+to\s+the\s+day)?(?=\s+since\b)|"
    rf"\b(?:turns|turned|becomes)\s+(?P<age>\d{{1,4}}|{_HUNDREDS}|{_NUMBER_WORDS})(?:\s+years\s+old)?\s+today\b|"
    rf"(?<![\w'’-])(?P<nth>\d{{1,3}}(?:st|nd|rd|th)|(?:[a-z]+-)?[a-z]+(?:st|nd|rd|th))\s+anniversary\s+"
    rf"(?:is\s+|falls\s+)?today\b", re.IGNORECASE)


def _since_today(match: re.Match[str]) -> tuple[int, bool] | None:
    """Return how many years a :data:`_SINCE_TODAY` phrase counts back and whether to the article's very day."""
    if match.group("nth"):
        years = _ordinal_value(match.group("nth"))
    else:
        years = number_value(match.group("n") or match.group("age"))
    exact = not match.group("n") or bool(match.group("exact") or match.group("day"))
    return None if years is None or years <= 0 else (years, exact)


#: How an "N years ago ..." phrase ends tells its precision and the day it counts back from: "this week" and "this
#: month" the article's month, "tomorrow" and "yesterday" the day after or before its date, any other its date.
_AGO_SHIFT = {"tomorrow": 1, "yesterday": -1}
_SPANS = {"century": 100, "centuries": 100, "decade": 10, "decades": 10}
_DURATION = re.compile(
    r"\b(?:(?:(?:more|less|fewer)\s+than|nearly|barely|almost|about|some|just|over|under|within|for|exactly|"
    r"(?:the\s+)?(?:previous|past|following|next|last|first))\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+|" + _NUMBER_WORDS + r"|hundreds of|several|a few|many|half a|an?)(?:\s+hundred)?"
    r"(?:\s+and\s+a\s+half)?[\s-]+"
    r"(?:years?|decades?|centuries|century|months?|weeks?|days?|fortnights?|generations?)\b"
    r"(?:\s+and\s+a\s+half)?(?:\s+(?:old|long|ago|later|earlier|afterwards|after|before|in\s+length|"
    r"on\b(?!\s+(?:the\s+)?\d)))?|"
    # an age told by its ordinal: "in its eighth decade", "in their third year"
    r"\b(?:its|their|his|her)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+tieth)\s+"
    r"(?:year|decade|century)\b|"
    # a length told without its number: "for years", "within weeks", "for a generation", "by decades"
    r"\b(?:for|within|over|by|in)\s+(?:years|months|weeks|decades|centuries|a\s+generation|a\s+fortnight)\b",
    re.IGNORECASE)
_TITLE_NOUNS = r"(?:Treaty|Pact|Agreement|Convention|Declaration|Alliance|Protocol|Accord|Statement|Manifesto|Entente)"
_TITLE_SPAN = re.compile(
    rf"\b(?:(?:[A-Z][\w'’-]*|of|and|the|for|on|between|in|de)\s+)*{_TITLE_NOUNS}"
    rf"(?:\s+(?:(?:of|and|the|for|on|between)\s+)*(?:[A-Z][\w'’-]*,?))*")
_DESCRIPTION = re.compile(
    rf"\b(?:the|that|this|its)\s+(?P<year>{_YEAR})\s+(?P<noun>treaty|alliance|pact|agreement|accord|joint statement|"
    r"statement|declaration|convention|manifesto)\b", re.IGNORECASE)
#: An agreement described by what it is and when it was signed: "the pact of 1978", "the neutrality pact of August
#: 1926".
_DESCRIPTION_OF = re.compile(
    rf"\b[Tt]he\s+(?P<words>(?:[a-z-]+\s+){{0,2}}?)(?:treaty|alliance|pact|agreement|accord|convention)\s+of\s+"
    rf"(?P<when>(?:{_MONTHS}\s+)?{_YEAR})\b")
#: An agreement described by its two parties: "the alliance between Czechoslovakia and Romania", "the one between ...".
_BETWEEN_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?!(?:first|second|third|fourth|fifth|only|last)\b)"
                                  r"(?:[a-z-]+\s+)?(?:treaty|alliance|pact|agreement|accord|one)\s+"
                                  r"between\s+(?:the\s+)?")
#: An agreement described by the adjectives of its states: "the Sino-Soviet alliance", and a title built on them
#: ("the Anglo-Soviet Treaty of Alliance") where the record's own title differs.
_COMPOUND = re.compile(
    r"\b[Tt]he\s+(?:(?P<pair>(?:[A-Z][a-z]+-)+[A-Z][a-z]+)|[A-Z][a-z]+)\s+(?P<noun>treaty|alliance|pact|Treaty|"
    r"Alliance|Pact|(?(pair)(?:[Aa]greement|[Dd]eclaration|[Pp]rotocol|[Cc]onvention|[Aa]ccord)|(?!)))"
    r"(?:(?<=Treaty)\s+of\s+(?:Alliance|Friendship|Mutual\s+Assistance))?"
    r"(?:\s+with\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?")
_COMPOUND_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+-)+[A-Z][a-z]+\s+$")
_JOINT_STATEMENT = re.compile(r"\b(?:the|a)\s+(?:latest\s+|new\s+)?joint statement\b", re.IGNORECASE)
_LEADER_TITLES = (r"Vice[- ]President|Deputy Prime Minister|Defen[cs]e (?:Secretary|Minister)|Finance Minister|"
                  r"Interior Minister|Home Secretary|Secretary of State|"
                  r"President|Premier|Prime Minister|Chairman|General Secretary|Tsar|Czar|Emperor|Chancellor|"
                  r"Generalissimo|Foreign Minister|King|Queen|Marshal|Shah|Sultan|Emir|Kaiser|Minister-President")
#: The offices a leader is told by in apposition, written in lower case ("Libya's ruler", "Stalin's foreign
#: commissar", "Malaya's first prime minister"), longest first; and offices of no state's leader that Archigos
#: cannot check ("the vice president", "Chile's finance minister", "the Kremlin spokesman": not in the record).
_OFFICES = (r"(?:vice|deputy)[- ](?:president|prime minister|premier|chancellor)|"
            r"(?:finance|interior|justice|trade|economy|agriculture|education|health|labou?r|navy|naval|air|colonial|"
            r"home|information|oil|energy|industry|commerce|transport)\s+minister|"
            r"(?<!prime\s)minister\s+(?:of|for)\s+(?:the\s+)?(?:foreign\s+affairs|[a-z]+)|spokes(?:man|woman|person)|"
            r"(?:defen[cs]e|home|war|navy|colonial|treasury)\s+secretary|"
            r"secretary\s+of\s+(?:war|defen[cs]e|the\s+treasury)|"
            r"minister-president|prime minister|foreign (?:minister|secretary|commissar)|secretary of state|"
            r"general secretary|secretary-general|head of (?:the )?(?:[a-z][\w-]*\s+)?(?:state|government)|"
            r"war minister|(?:first|chief)\s+minister|"
            r"defen[cs]e minister|governor(?:[- ]general)?|viceroy|high commissioner|"
            r"president|premier|chancellor|chairman|generalissimo|emperor|empress|kaiser|"
            r"tsar|czar|king|queen|shah|sultan|emir|ruler|dictator|strongman|regent|monarch|ambassador|counterpart|"
            r"(?:communist\s+)?party\s+(?:leader|chief)|first\s+secretary|(?<!crown\s)prince")
#: The ordinals a monarch's number is told by in words ("Boris the Third"), as the Roman numeral Archigos writes.
_REGNAL_WORDS = {"first": "I", "second": "II", "third": "III", "fourth": "IV", "fifth": "V", "sixth": "VI",
                 "seventh": "VII", "eighth": "VIII", "ninth": "IX", "tenth": "X", "eleventh": "XI", "twelfth": "XII"}
#: A capitalised word of a name, with the syllables after a hyphen that romanised names carry ("Kim Il-sung", "Chiang
#: Kai-shek", "Prayut Chan-o-cha"; not "Soviet-era" nor "Kremlin-led").
_NAME_WORD = (r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ][^\W\d_]*(?:['’][^\W\d_]+)?"
              r"(?:(?:-(?!(?:era|led|run|born|made|like|type|wide|bound|held)\b)[a-z]{1,4}\b){1,2}(?!-))?")
#: A person's name: up to four capitalised words, with the particles names carry ("Otto von Bismarck", "Bashar
#: al-Assad", "Charles de Gaulle"), the initials after a first name ("Harry S. Truman", "George H. W. Bush") and
#: those standing for the first names, each told apart ("P. W. Botha", "C. N. Annadurai"; not "U.S.").
_PERSON = (rf"(?:(?<![\w.])(?:[A-Z]\.\s){{1,3}}(?=[A-Z][a-z]))?"
           rf"{_NAME_WORD}(?:(?:\s[A-Z]\.)+(?=\s[A-Z]))?"
           rf"(?:[ -](?:(?:de|da|do|dos|von|van|der|di|del|bin|ibn|al|el|ben|abu|ul|ud)[ -]"
           rf"(?:(?:la|las|los|der|den)[ -])?|d['’])?"
           rf"{_NAME_WORD}){{0,3}}"
           # a monarch's number told in words, as a speaker says it: "Boris the Third", "Carol the Second"
           rf"(?:\s+the\s+(?:{'|'.join(w.capitalize() for w in _REGNAL_WORDS)})\b)?")
#: A leader by title and name: "President Xi Jinping", "The Shah, Mohammad Reza Pahlavi"; and a title in lower case
#: where what stands before it marks it as an office (:data:`_OFFICE_BEFORE`: "then prime minister Josip Broz Tito",
#: "Japan's foreign minister Yosuke Matsuoka", "the Israeli prime minister, Shimon Peres").
_LEADER = re.compile(
    rf"(?:(?<!\bbin\s)(?<!\bibn\s)\b(?P<title>{_LEADER_TITLES})|\b(?P<ltitle>(?i:{_OFFICES})))(?![’'-]s\b)"
    r"(?:\s+(?:at\s+the\s+(?:time|signing)(?:\s+of\s+(?:the\s+|its\s+)?[a-z]+)?|of\s+the\s+day|"
    r"of\s+(?:the\s+)?(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)|(?:since|from)\s+[^,;.]{1,20})(?=,))?,?"
    rf"\s+(?P<name>{_PERSON})")
#: What marks a title written in lower case before a name as an office: a determiner or possessive, with an
#: adjective, abbreviation or ordinal between ("the Israeli", "the U.S.", "Senegal's", "its first", "then", "former").
_OFFICE_BEFORE = re.compile(r"(?:\b(?:[Tt]hen|former|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|['’]s)"
                            r"(?:\s+(?:[A-Z][\w-]+|[A-Z](?:\.[A-Z])+\.|first|new|last|second|third|future|acting|then|"
                            r"later))?\s+$")  # ("the U.S. president")
#: How an office's holder came to it, told between a determiner and the office ("our first freely elected prime
#: minister", "its first democratically elected president").
_ELECTED = r"(?:(?:democratically|freely|popularly|directly)\s+)?elected"
#: How a leader's standing in an office is told, between a determiner and the office ("the kingdom's effective
#: ruler", "China's paramount leader", "the current prime minister", "Portugal's ageing dictator").
_STANDING = (r"(?:effective|paramount|supreme|real|nominal|undisputed|absolute|de\s+facto|current|present|sitting|"
             r"incumbent|outgoing|long-serving|longtime|long-time|veteran|powerful|unchallenged|ageing|aging|elderly|young|"
             r"military|civilian|reformist|autocratic|authoritarian)")
#: How an office held for a while is told ("the interim president", "its provisional prime minister").
_INTERIM = r"(?:interim|provisional|transitional|caretaker)"
#: A leader by name with the office in apposition after it: "Winston Churchill, then prime minister", "Gaddafi,
#: Libya's ruler since 1969", "Tunku Abdul Rahman, Malaya's first prime minister", "Molotov, Stalin's foreign
#: commissar", "Jimmy Carter, president since January 1977", "Enver Pasha, the war minister"; and power held since a
#: date told right after ("Hun Sen, in power since 1985", "Banda, in power in Zomba from 1964 until 1994").
_LEADER_AFTER = re.compile(
    rf"\b(?P<name>{_PERSON}),\s+(?:(?:who\s+)?as\s+(?=[^,;.]{{0,60}},|(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?i:{_OFFICES})\s+[a-z]))?"
    r"(?:(?:then|now|later|once|still|already|the|a|an|and|by\s+then|at\s+the\s+time)\s+)*"
    r"(?:(?:newly\s+)?(?:sworn\s+in|elected|appointed|installed)(?:\s+as)?\s+)?"
    r"(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s+|the\s+[a-z]+['’]s\s+|(?:his|her|its|their|our)\s+)?"
    rf"(?:(?:first|founding|new|last|second|third|former|future|acting|{_STANDING}|{_INTERIM}|{_ELECTED}|"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*)\s+){0,2}"
    rf"(?P<title>(?i:{_OFFICES})|on the throne|in power(?=\s+(?:in\s+[A-Z][\w-]*\s+)?(?:since|from)\s))"
    r"\b(?![’'-]s\b|-elect)")
#: A leader by name told taking or holding an office: "Nuri al-Said became prime minister", "when Ali Bogra was prime
#: minister", "Kwame Nkrumah, the independence leader, became the republic's first president", "Nelson Mandela was
#: sworn in as president", "Hosni Mubarak has been Egypt's president since 1981" (held since a date, told now).
_LEADER_BECAME = re.compile(
    rf"\b(?P<name>{_PERSON})(?:,\s+[^,;.]{{3,60}},|,\s+who)?\s+(?:became|was|had become|had been|has been|"
    r"was sworn in as|was elected|was appointed|took office as|(?:had\s+)?(?:served|signed|acted)\s+as)\s+"
    r"(?:(?:once\s+again|again|still|then|by\s+then|already|now|by\s+now)\s+)?"
    r"(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z]?[\w-]+['’]s\s+|the\s+|(?:his|her|its|their|our)\s+)?"
    rf"(?:(?:first|new|last|second|third|acting|{_INTERIM}|{_ELECTED}|[A-Z][a-z]+)\s+){{0,2}}"
    rf"(?P<title>(?i:{_OFFICES}))\b(?![’'-]s\b|-elect)")
#: A leader told holding an office by what they do in it or beside a state told in the clause: "with Robert Mugabe as
#: prime minister", "Eamon de Valera led the government in Dublin", "Sukarno, who led the Jakarta government",
#: "Ibn Saud, who had ruled the kingdom since 1932" (ruling told only of a person, in a relative clause).
_LEADER_HOLDING = (
    re.compile(rf"\bwith\s+(?P<name>{_PERSON})\s+as\s+(?:(?:its|their|his|her|the)\s+)?"
               rf"(?:(?:first|new|acting|[A-Z][a-z]+)\s+){{0,2}}(?P<title>(?i:{_OFFICES}))\b(?![’'-]s\b|-elect)"),
    re.compile(rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})(?:,\s+who)?\s+(?:had\s+)?(?:(?:now|then|still)\s+)?"
               r"(?P<title>(?:led|headed|heading|leading)\s+the\s+(?:[A-Z][\w-]*\s+)?(?:government|junta|cabinet)|"
               r"(?:led|headed|heading|leading)\s+the\s+[A-Z][\w-]*\s+(?:[Cc]ommunist\s+)?party)\b"),
    # "Hafez al-Assad, the man at the head of the Syrian state", "Lon Nol was at the head of the government",
    # "Moscow installed Babrak Karmal at the head of a new government"
    re.compile(rf"(?:(?<=\binstalled\s)|(?<!\b[Tt]he\s)\b)(?P<name>{_PERSON})(?:,\s+(?:the\s+man\s+|then\s+|now\s+)?"
               r"(?:(?:actually|really|already|then|still|now)\s+)?|\s+(?:was|stood|remained)\s+(?:(?:still|then|already|"
               r"now)\s+)?|\s+(?=at\s+the\s+head\s+of\s+(?:a|the)\s+new\b))"
               r"(?P<title>at\s+the\s+head\s+of\s+(?:the|a|its)\s+(?:new\s+)?(?:[A-Z][\w-]*\s+)?(?:state|government|regime))\b"),
    # "Hu Jintao had just become China's leader", "Andropov was by then the Soviet leader"
    re.compile(rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})\s+(?:had\s+)?(?:(?:just|already|by\s+then|now|then)\s+)?"
               r"(?:became|become|was)\s+(?:(?:just|already|by\s+then|now|then)\s+)?(?:[A-Z][\w-]*['’]s|"
               r"the\s+[A-Z][\w-]*)\s+(?:new\s+)?(?P<title>leader)\b(?![’'-]s\b)"),
    re.compile(rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON}),\s+who\s+(?:had\s+)?(?P<title>ruled|governed)\b"),
    # "Franco had ruled since 1939", "The old sultan, Said bin Taimur, had reigned since 1932" (a rule told by when it
    # began, the date read as the spell's start)
    re.compile(rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON}),?\s+had\s+(?P<title>ruled|reigned|governed)(?=\s+since\s)"),
    # "Poland's government was headed in practice by Boleslaw Bierut" (the state told before the government)
    re.compile(rf"\b(?P<title>government|junta|cabinet)\s+(?:[a-z]+\s+){{0,4}}?was\s+(?:headed|led)\s+"
               rf"(?:in\s+practice\s+|nominally\s+)?by\s+(?P<name>{_PERSON})"),
)
#: A leader told by what they do in office, the mention being the name alone (:func:`_leaders_ruling`): "Abdou Diouf
#: took office on 1 January 1981", "Janos Kadar was installed by Moscow", "Harold Wilson's government", "Wakatsuki's
#: cabinet", "Winston Churchill was in Downing Street", "Eisenhower was in the White House" (the seat of a state's
#: leader).
#: The verbs of a taking of power, in the past and the past perfect ("took power", "had come to power"): one
#: alternation every reading of a leader taking office uses.
_TAKING_POWER = r"(?:took|taken|seized|came\s+to|come\s+to|assumed)\s+power"
#: What a rule owned by a person is told as, between the name's "'s" and the rule ("Ibáñez's new cabinet",
#: "Abboud's military regime", "Gerhardsen's Labour government", "Chiang Kai-shek's Nationalist government"): its
#: age or kind, or the party it is of (a capitalised word); :data:`_LEADER_NAMED` and :data:`_RULE_OWNED` read it.
_RULE_KIND = (r"(?:own|new|first|second|last|long|brief|short-lived|military|civilian|coalition|minority|"
              r"\w+ist|[A-Z][a-z]+)")
#: A ruler's kin told as the one an heir succeeded or deposed ("succeeded his father", "deposed her uncle"): a
#: throne handed on within a ruling house, the heir's taking of power (:func:`_succeeding`).
_KIN_SUCCEEDED = (r"(?:his|her)\s+(?:late\s+|own\s+|elder\s+|older\s+)?"
                  r"(?:father|mother|brother|half-brother|uncle|cousin)")
#: The verbs of :data:`_LEADER_NAMED` telling one ruler put out by another ("deposed his father", "overthrew him").
_DEPOSING = frozenset({"deposed", "overthrew", "overthrown", "ousted"})
_LEADER_NAMED = (
    # "Fidel Castro took power on 1 January 1959", "Yahya Jammeh, who had seized power in July 1994"
    re.compile(rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})(?:,\s+who)?\s+(?:had\s+)?"
               rf"(?P<title>{_TAKING_POWER})\b"),
    re.compile(rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})(?:,\s+who)?\s+(?:had\s+)?"
               r"(?P<title>(?:took|taken)\s+office|was\s+installed)\b(?!\s+as\b)"),
    # "Harold Wilson's government", "Einar Gerhardsen's Labour government", "Galtieri's military junta" (a rule
    # owned, told by the party or the kind of rule between: :data:`_RULE_KIND`)
    re.compile(rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})['’]s\s+(?:{_RULE_KIND}\s+)?"
               r"(?P<title>government|cabinet|regime|junta|administration)\b"),
    # "By then Zhou had succeeded Mao", "Eden, who succeeded him as prime minister in April 1955" (a leader's
    # successor, or an office of a state's leader told after: :func:`_succeeding`); "Khalifa succeeded his father in
    # November 2004", "the emir had deposed his father in June 1995", "X succeeded his father as Duke of Modena" (a
    # ruler's heir taking the throne: :data:`_KIN_SUCCEEDED`)
    re.compile(rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})(?:,\s+who)?\s+(?:had\s+)?(?:(?:just|already|by\s+then)\s+)?"
               rf"(?P<title>succeeded|deposed|overthrew|overthrown|ousted)\s+(?P<other>{_PERSON}|him|her|{_KIN_SUCCEEDED})"
               r"(?P<as>\s+as\s+(?:the\s+)?(?:(?:[A-Z][\w-]*(?:['’]s)?|new)\s+)?(?:head\s+of\s+(?:the\s+)?"
               r"(?:[A-Za-z][\w-]*\s+)?(?:state|government)|prime\s+minister|president|premier|chancellor|king|queen|"
               r"emperor|leader|ruler|emir|sultan|shah|(?:Grand\s+)?Duke\s+of\s+[A-Z][\w-]*|"
               r"(?:party\s+)?(?:general|first)\s+secretary))?\b"),
    re.compile(rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})\s+(?:was|sat)\s+(?:(?:still|already|then|now)\s+)?in\s+"
               r"(?P<title>Downing\s+Street|the\s+White\s+House|the\s+Kremlin|the\s+[EÉ]lys[eé]e)"),
    # "Sagasta was back in office by the time ...", "Koiso, his successor, was in office when ..." (held at the date
    # the clause tells; "in office until" is a leaving, :data:`_LEADER_LEFT`)
    re.compile(rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})(?:,\s+(?:his|her|their|its)\s+[a-z]+,|,\s+who)?\s+"
               r"(?:was|remained|stayed)\s+(?:(?:back|still|already|then|now|again|once\s+more)\s+)?"
               r"(?P<title>in\s+office)\b(?!\s+(?:until|till|for)\b)"),
)
#: A state told by what it is rather than by its name ("the country", "the new state"), where a leader is told
#: ruling it (:data:`_LEADER_RULING`: "Ngouabi, who had led the country since 1969") or it is told led by one
#: (:data:`_LEADER_RULED_BY`: "the republic was then led by Rahmon Nabiyev").
_THE_STATE_TOLD = r"[Tt]he\s+(?:new\s+)?(?:country|republic|kingdom|state|empire|emirate|federation)\b"
#: A leader told ruling a state told right after: "Ferdinand Marcos ruled in Manila", "General Zia ruling Pakistan",
#: "Somoza held power in Managua", "Lopez Arellano, who ran Honduras then", "he led Senegal" (a person's name only).
_LEADER_RULING = re.compile(
    rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})(?:,\s+[^,;.]{{3,60}},|,\s+who)?\s+(?:had\s+(?:been\s+)?)?"
    r"(?:(?:was|still|then|already|by\s+then|now)\s+){0,2}"
    r"(?P<title>ruled|ruling|ran|running|led|leading|governed|held\s+power|was\s+in\s+power|reigned|reigning|"
    r"(?<=was\s)on\s+the\s+throne)\s+(?:in\s+|the\s+(?=[A-Z]))?(?=[A-Z]|" + _THE_STATE_TOLD + ")")
#: A leader told as the one a state was led by, the state told right before (:func:`_leaders_ruling`): "The UAE,
#: then led by Khalifa bin Zayed,", "Britain, led by Anthony Eden at the time,", "Peru, governed by Manuel Prado,",
#: "the republic was then led by Rahmon Nabiyev" (a general's army "led by" one is no state: the state must be told).
_LEADER_RULED_BY = re.compile(
    r"(?:,\s+|\s+(?:was|were|had\s+been)\s+)(?:(?:then|still|by\s+then|at\s+the\s+time|now)\s+)?"
    r"(?P<title>(?:led|governed|ruled|run)\s+by)\s+(?:(?:then|at\s+the\s+time)\s+)?"
    rf"(?P<name>{_PERSON})")
#: A state told by what it is rather than by its name, right before it is told led by someone
#: (:data:`_LEADER_RULED_BY`: "the republic was then led by ...").
_STATE_TOLD_AS = re.compile(rf"\b{_THE_STATE_TOLD}$")
#: A leader told as the one a state was under: "Communist Albania under Enver Hoxha", "Germany under Hitler", "Peru,
#: under General Odría, signed", "under the ageing Ibáñez", "Costa Rica under its president of the day, José
#: Figueres", a sentence opened so: "Under Lukashenko, Belarus ratified" (the words telling the person before the
#: name: a determiner and an adjective or two, or the state's office and the time it is told at; :func:`_ruled_under`
#: says where the phrase tells a state's rule).
_LEADER_UNDER = re.compile(
    rf",?\s+(?P<title>under|(?<![^.;!?\s]\s)(?<=\s)Under)\s+(?:(?P<described>the\s+(?:(?!(?:{_OFFICES})\b)[a-z][\w-]*\s+){{1,2}})|"
    rf"(?:its|their|the)\s+(?:[a-z]+\s+)?(?:{_OFFICES})\s+(?:of\s+the\s+day|at\s+the\s+time|then),?\s+)?"
    rf"(?P<name>{_PERSON})")
#: A leader by name with the state's leadership in apposition: "Adolf Hitler, Germany's leader since 1933", "Nikita
#: Khrushchev, the Soviet leader".
_LEADER_OF_STATE = re.compile(
    rf"\b(?P<name>{_PERSON}),\s+(?:(?:then|now|still|already|the|by\s+then)\s+)*(?P<state>[A-Z][\w-]*(?:['’]s)?)\s+"
    rf"(?:{_STANDING}\s+)?(?P<title>leader)\b")
#: A leader by name after the state's leadership: "the Soviet leader, Nikita Khrushchev", "Libya's leader Muammar
#: Gaddafi", "Panama's leader at the signing, General Omar Torrijos" (the state's word a state's mention).
_LEADER_OF_STATE_BEFORE = re.compile(
    rf"\b(?P<state>[A-Z][\w-]*(?:['’]s)?)\s+(?:{_STANDING}\s+)?(?P<title>leader)\b"
    r"(?:\s+at\s+the\s+(?:time|signing))?,?\s+"
    rf"(?P<name>{_PERSON})")
#: A leader told by the office of a state told before it, or by the government they head, the mention being the
#: name alone (:func:`_leaders_whose`): "Chile, whose president was Eduardo Frei", "the government of Ahmed Ben
#: Bella", "the regime of Mobutu Sese Seko".
_LEADER_WHOSE = (
    re.compile(rf"\bwhose\s+(?:(?:first|new|then|{_INTERIM})\s+)?(?P<title>(?i:{_OFFICES}))\s+"
               rf"(?:(?:at\s+the\s+time|then)\s+)?(?:was|had\s+been|became)\s+(?P<name>{_PERSON})"),
    re.compile(rf"\b[Tt]he\s+(?P<title>government|regime|administration|cabinet|junta)\s+of\s+"
               rf"(?!(?:the|a|an)\b)(?P<name>{_PERSON})"),
    # the office told first, its holder after "was": "Mexico's president that June was Lázaro Cárdenas", "in Tokyo
    # the prime minister then was Yukio Hatoyama", "the Dutch premier at the time was Willem Drees"
    re.compile(rf"(?:\b[Tt]he|['’]s)\s+(?:(?:[A-Z][\w-]*|new|first)\s+)?(?P<title>(?i:{_OFFICES}))\s+"
               r"(?:(?:then|at\s+the\s+time|that\s+(?:day|week|month|year|spring|summer|autumn|winter|[A-Z][a-z]+)|"
               r"in\s+(?:[A-Z][a-z]+\s+)?\d{4})\s+)?(?:was|had\s+been)\s+(?:still\s+|already\s+)?"
               rf"(?P<name>{_PERSON})"),
)
#: Offices told of two leaders at once, each mention the name alone (:func:`_leaders_whose`): "Presidents Mitterrand
#: and Kohl", "Prime Ministers Nehru and Zhou Enlai", "the two foreign ministers, Eden and Molotov".
_LEADERS_TWO = (
    re.compile(rf"\b(?P<title>President|Prime Minister|Premier|Chancellor|King|Emperor|Foreign Minister)s\s+"
               rf"(?P<name>{_PERSON})\s+and\s+(?P<other>{_PERSON})"),
    re.compile(rf"\b[Tt]he\s+(?:two|three)\s+(?:(?:[A-Z][\w-]*|new)\s+)?(?P<title>(?i:{_OFFICES}))s,?\s+"
               rf"(?P<name>{_PERSON}),?\s+and\s+(?P<other>{_PERSON})"),
    re.compile(rf"\b(?P<name>{_PERSON})\s+and\s+(?P<other>{_PERSON}),\s+(?:the|their)\s+(?:two\s+|three\s+)?"
               rf"(?:(?:[A-Z][\w-]*|new)\s+)?(?P<title>(?i:{_OFFICES}))s\b"),
)
#: The verbs of a leaving of office, in the past and the past perfect, whoever is told leaving (a name, a pronoun):
#: "was overthrown", "had been deposed", "was pushed out of office", "was forced from power", "abdicated", "had
#: died", "fled" (the one alternation every reading of a leader leaving office uses; read against the end of the
#: spell, :func:`foedus.check.claims.leaders._office_turn`, where a date is told right after).
_LEAVING_POWER = (r"(?:was|had\s+been)\s+(?:overthrown|deposed|ousted|toppled|"
                  r"(?:forced|pushed|driven|removed|thrown|swept)\s+(?:out\s+of|from)\s+(?:office|power))|"
                  r"(?:had\s+)?(?:abdicated|resigned|stepped\s+down|died|fled)")
#: A leader told leaving office: "Prince Paul was overthrown in a coup on 27 March 1941", "Ferdinand abdicated in
#: October 1918", "Mussolini fell in July 1943", "Eyadema had died in February 2005", "Shevardnadze himself was
#: toppled in November 2003" (read against the end of the spell, :func:`_leader_claims`).
_LEADER_LEFT = re.compile(
    rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})(?:,\s+(?:for\s+(?:his|her)\s+part|however|meanwhile|in\s+turn),)?"
    # (past a relative clause, "Imam Ahmad, who succeeded his father in 1948, ruled until ...", or the comma that
    # closes a name told in apposition, "His successor, Blaise Compaore, ruled until ...": a rule's end only)
    r"(?:\s+(?:(?:himself|herself)\s+)?|,\s+who\s+[^,;.]{3,60},\s+(?=(?:ruled|reigned|governed)\s+until\b)|"
    r"(?<=[a-z]),\s+(?=(?:ruled|reigned|governed)\s+until\b))"
    rf"(?P<title>{_LEAVING_POWER}|"
    r"fell|(?:ruled|reigned|governed|(?:held|remained|stayed|was)\s+in\s+(?:power|office)|"
    r"held\s+power)\s+until)\b(?!\s+(?:as|from)\b)")
#: A leader by name told acting for a state at a dated event, holding no office the sentence tells (:func:`_leaders_
#: acting`): "Willy Brandt and Leonid Brezhnev signed the treaty in August 1970", "Julius Nyerere signed for
#: Tanzania", "Jimmy Carter stood beside Anwar Sadat", "Deng Xiaoping received the delegation", "Tito led the
#: Yugoslav delegation", "X put her name to the treaty" (a signing; read against who led a state then; an act told
#: of no office contradicts nothing).
_LEADER_ACTING = re.compile(
    rf"(?<!\b[Tt]he\s)\b(?P<name>{_PERSON})(?:,?\s+and\s+(?P<other>{_PERSON}))?"
    r"(?:,\s+(?!the\s+host,)[^,;.]{3,60},)?"
    r"(?:\s+(?:(?:both|then|also|personally|jointly|had|has|have)\s+){0,2}|,\s+(?=the\s+host,)|"
    r"\s+was\s+(?=the\s+host\b))"
    r"(?P<title>signed|guaranteed|stood\s+(?:beside|alongside|next\s+to)|received|hosted|welcomed|hailed|the\s+host|"
    r"(?:led|leads|headed|heads)\s+the\s+(?:[A-Z][\w-]*\s+)?delegation|"
    r"put\s+(?:his|her|their)\s+(?:names?|signatures?)\s+to)\b")
#: A leader by name told signing in the passive, after "by", as :data:`_LEADER_ACTING` reads the active: "the
#: treaty was signed for Kyiv by Leonid Kravchuk", "the pact, signed by X and Y", "it was signed on behalf of Chad by
#: X" (the title before the name, "by President X", no part of it): each name a signer, read as "X signed" is.
_SIGNER_TITLE = r"(?:(?:President|Premier|Chancellor|King|Queen|Emperor|Marshal|General|Colonel|Prime\s+Minister)\s+)?"
_LEADER_SIGNED_BY = re.compile(
    r"\b(?P<title>signed)(?:\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+by\s+"
    rf"{_SIGNER_TITLE}(?P<name>{_PERSON})(?:,?\s+and\s+(?:by\s+)?{_SIGNER_TITLE}(?P<other>{_PERSON}))?")
#: Capitalised words that open a clause and are no one's name ("Meanwhile, Britain's prime minister ...").
_NOT_A_NAME = frozenset({"meanwhile", "however", "yesterday", "today", "then", "later", "still", "instead", "now",
                         "moreover", "indeed", "here", "there", "thus", "so", "also", "again", "finally", "eventually",
                         "earlier", "afterwards", "nonetheless", "nevertheless", "in", "by", "at", "on", "since",
                         "when", "after", "before", "but", "and", "yet", "tonight", "tomorrow"})
_NOUN_KINDS = {"treaty": None, "alliance": None, "pact": None, "agreement": None, "accord": None, "convention": None,
               "joint statement": "joint_statement", "statement": "joint_statement", "declaration": "declaration",
               "manifesto": "declaration"}
#: Words that never stand between a count and its noun: a determiner or preposition ("the two signed a treaty", "two
#: with a treaty"), or a word making the number one of more ("one more treaty", "two other pacts", "three further
#: agreements").
_NOT_IN_COUNT = (r"(?:a|an|the|this|that|these|those|their|its|his|her|our|with|by|to|in|on|for|at|from|more|"
                 r"other|further|additional)")


def _norm(text: str) -> str:
    text = text.casefold().replace("’", "'").replace("-", " ").replace("–", " ")
    text = re.sub(r"\bneighbour", "neighbor", text)
    text = re.sub(r"\b(co|non) (?=(?:operat|aggress|interven))", r"\1", text)  # ("co-operation", "non-aggression")
    text = re.sub(r"[^\w' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip().removeprefix("the ")


@dataclass(frozen=True)
class _StateAlias:
    ccode: int
    text: str
    how: str
    start: PartialDate | None
    end: PartialDate | None

    def applies(self, when: tuple[_dt.date, _dt.date] | None) -> bool:
        if when is None:
            return True
        if self.start is not None and when[1] < self.start.earliest():
            return False
        return not (self.end is not None and self.end.latest() < when[0])


@dataclass(frozen=True)
class Treaty:
    """What the matcher knows of a stored agreement."""

    slug: str
    ledger: str
    title: str
    kind: str
    signed: str
    members: frozenset[int]
    sources: tuple[str, ...]
    atop_only: bool = False
    ended: str | None = None


@dataclass
class Gazetteer:
    """The phrase tables built once per process (per store) from foedus's tables and the stored ledgers."""

    states: dict[str, list[_StateAlias]]
    state_pattern: re.Pattern[str]
    treaties: dict[str, Treaty]
    treaty_aliases: dict[str, set[str]]  # normalised alias -> slugs
    treaty_pattern: PhraseMatcher
    leaders: dict[str, str] = field(default_factory=dict)  # surname or full name -> label
    event_text: str = ""  # every stored event's description, where leaders are named
    obligations: dict[str, frozenset[str]] = field(default_factory=dict)  # slug -> "defense", "non_aggression" ...
    #: what the checker reads of the store per agreement (ATOP's member phases, entry years), kept with the tables
    #: built from the same store contents so that a warm check queries each once
    per_agreement: dict[tuple[str, str], Any] = field(default_factory=dict)
    #: Archigos's spells in office (the store's import, else the table shipped with foedus), by start, each with its
    #: name ``folded`` (:func:`folded_name`), and the sha256 of the data they come from
    archigos: tuple[dict[str, Any], ...] = ()
    archigos_sha256: str = ""
    #: Archigos's names by their folded form and by :func:`_surname_key` of it, built on first use
    archigos_index: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    #: the one-word names agreements are called by, a place or a name before or after their noun ("Manila" of the
    #: "Southeast Asia Collective Defense Treaty (Manila, 8 September 1954)", "Saadabad" of the "Saadabad Pact")
    name_words: dict[str, set[str]] = field(default_factory=dict)

    def fuzzy_treaty(self, span: str) -> tuple[str, float] | None:
        """Return the agreement whose alias a title-like ``span`` matches best, with the score, if above threshold."""
        from rapidfuzz import fuzz, process

        key = _norm(span)
        if len(key) < 12:
            return None
        found = process.extractOne(key, list(self.treaty_aliases), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if found is None:
            return None
        slugs = self.treaty_aliases[found[0]]
        return (next(iter(slugs)), float(found[1])) if len(slugs) == 1 else None


@cache
def _state_aliases() -> tuple[_StateAlias, ...]:
    aliases: list[_StateAlias] = []
    _, names = _tables()
    for entry in names:
        if len(entry.name) >= 2:
            aliases.append(_StateAlias(entry.ccode, entry.name, "name", entry.start, entry.end))
            if entry.name.startswith("the "):
                aliases.append(_StateAlias(entry.ccode, entry.name[4:], "name", entry.start, entry.end))
    folder = resources.files("foedus.check") / "data"
    with (folder / "state_aliases.csv").open("r", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            aliases.append(_StateAlias(
                int(row["ccode"]), row["alias"], row["kind"],
                PartialDate.parse(row["start"]) if row["start"] else None,
                PartialDate.parse(row["end"]) if row["end"] else None,
            ))
    return tuple(aliases)


_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def _token(word: str) -> str:
    word = word.casefold().replace("’", "'").removesuffix("'s")
    return "neighbor" + word[len("neighbour"):] if word.startswith("neighbour") else word


class PhraseMatcher:
    """Finds whole-word phrases in a text, ignoring case and punctuation between words, longest first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            told = tuple(_token(w) for w in _TOKEN.findall(phrase))
            for tokens in {told, *_spelt_otherwise(told)}:
                if tokens:
                    self.first.setdefault(tokens[0], []).append(tokens)
        for options in self.first.values():
            options.sort(key=len, reverse=True)

    def finditer(self, text: str) -> list[tuple[int, int, str]]:
        """Return ``(start, end, phrase)`` of each match, left to right, without overlaps."""
        words = [(m.start(), m.end(), _token(m.group(0))) for m in _TOKEN.finditer(text)]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            for tokens in self.first.get(words[i][2], ()):
                n = len(tokens)
                if tuple(w[2] for w in words[i:i + n]) == tokens and _joined(text, words[i:i + n]):
                    end = words[i + n - 1][1]
                    if text[end - 2:end].casefold() in {"'s", "’s"}:
                        end -= 2  # "NATO's": the name is "NATO"
                    found.append((words[i][0], end, " ".join(tokens)))
                    i += n
                    break
            else:
                i += 1
        return found


#: The prefixes a writer may join to their word or set off by a hyphen: "co-operation" or "cooperation",
#: "non-aggression" or "nonaggression" (a title is read in either spelling; :func:`_norm` folds the two).
_HYPHENED = re.compile(r"(co|non)((?:operat|aggress|interven)\w*)")


def _spelt_otherwise(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return a phrase's ``tokens`` spelt the other way at its first word that may be joined or set off by a hyphen
    (:data:`_HYPHENED`): "co operation" as "cooperation" and "cooperation" as "co operation"."""
    for i, token in enumerate(tokens):
        if (m := _HYPHENED.fullmatch(token)) is not None:
            return [(*tokens[:i], m.group(1), m.group(2), *tokens[i + 1:])]
        if i + 1 < len(tokens) and _HYPHENED.fullmatch(token + tokens[i + 1]) is not None:
            return [(*tokens[:i], token + tokens[i + 1], *tokens[i + 2:])]
    return []


def _joined(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Return True if nothing but spaces and light punctuation lies between the words (no sentence break)."""
    return all(re.fullmatch(r"[\s,'’\-–‐]*", text[a[1]:b[0]]) for a, b in itertools.pairwise(words))


def _title_phrases(title: str) -> list[str]:
    phrases = [title]
    bare = re.sub(r"\s*\([^)]*\)", "", title).strip()
    if bare and bare != title:
        phrases.append(bare)
    for text in list(phrases):
        head = re.split(r"\s+between\s+", text)[0].strip().rstrip(",")
        if head != text and len(head.split()) >= 2:
            phrases.append(head)
        # "Agreement between Australia and Indonesia on Maintaining Security" -> "Agreement on Maintaining Security"
        cut = re.sub(r"\s+between\s+.+?\s+(?=(?:on|concerning|regarding)\s)", " ", text, count=1)
        if cut != text and len(cut.split()) >= 4 and cut not in phrases:
            phrases.append(cut)
    # an organisation's acronym heading the title names the agreement: "ECOWAS Protocol relating to ..." -> "ECOWAS"
    head = re.match(rf"([A-Z]{{3,}})\s+(?:[A-Z][a-z]+\s+)?{_TITLE_NOUNS}\b", title)
    if head is not None:
        phrases.append(head.group(1))
    for inner in re.findall(r"\(([^)]*)\)", title):  # "(Pact of Steel, Berlin, 22 May 1939)" -> "Pact of Steel"
        first = inner.split(",")[0].strip()
        if re.search(_TITLE_NOUNS, first) or re.fullmatch(r"[A-Z]{3,}", first):
            phrases.append(first)
    return phrases


def build_gazetteer(store: Store) -> Gazetteer:
    """Return the phrase tables for ``store``: states, the stored agreements' titles and aliases, leaders."""
    by_text: dict[str, list[_StateAlias]] = {}
    for alias in _state_aliases():
        by_text.setdefault(alias.text.casefold(), []).append(alias)
    state_pattern = re.compile(
        r"(?<![\w])(?:" + "|".join(re.escape(a) for a in sorted({a.text for a in _state_aliases()}, key=len,
                                                                 reverse=True))
        + r")(?![\w])")
    treaties: dict[str, Treaty] = {}
    aliases: dict[str, set[str]] = {}
    members: dict[str, set[int]] = {}
    originals: set[str] = set()
    for m in store.query("SELECT treaty, ccode FROM memberships"):
        members.setdefault(m["treaty"], set()).add(m["ccode"])
    obligations: dict[str, frozenset[str]] = {}
    for t in store.query("SELECT slug, ledger, title, alt_titles, kind, signed, ended, sources, obligations "
                         "FROM treaties"):
        treaties[t["slug"]] = Treaty(t["slug"], t["ledger"], t["title"], t["kind"], t["signed"],
                                     frozenset(members.get(t["slug"], ())), tuple(t["sources"]), ended=t["ended"])
        obligations[t["slug"]] = frozenset(t["obligations"] or ())
        for text in [*_title_phrases(t["title"]), *(t["alt_titles"] or [])]:
            for phrase in _title_phrases(text):
                aliases.setdefault(_norm(phrase), set()).add(t["slug"])
                originals.add(phrase)
    held = store.query("SELECT slug, atopid FROM treaties WHERE atopid IS NOT NULL")
    in_ledgers = {t["atopid"]: t["slug"] for t in held}
    _add_atop(store, treaties, aliases, originals, in_ledgers, obligations)
    for name in atop_names():  # the names articles use for alliances ATOP codes ("CSTO", "the Balkan Entente")
        slug = in_ledgers.get(name.atopid, f"atop-{name.atopid}")
        if slug in treaties and treaties[slug].signed == name.signed:
            aliases.setdefault(_norm(name.name), set()).add(slug)
            originals.add(name.name)
    # (a name of three letters is an acronym, read only in capitals: "the OAS", "the WEU", not "oas")
    phrases = [p for p in originals if len(_norm(p)) >= 4 or _ACRONYM.fullmatch(p)]
    words: dict[str, set[str]] = {}
    for told, slugs in aliases.items():
        for word in _agreement_name_words(told):
            words.setdefault(word, set()).update(slugs)
    for slug, treaty in treaties.items():
        for inner in re.findall(r"\(([^()]*)\)", treaty.title):  # "(Saadabad Pact, Tehran, 8 July 1937)": Tehran
            for item in inner.split(",")[:-1]:
                if re.fullmatch(r"\s*[A-Z][a-zà-ÿ]+\s*", item) and not re.fullmatch(_MONTHS, item.strip()):
                    words.setdefault(item.strip().casefold(), set()).add(slug)
    from foedus.universe import family_relation

    relation = family_relation(store, "leaders")  # Archigos (the store's import, else the table shipped)
    spells = tuple({**row, "folded": folded_name(row["name"] or "")}
                   for row in store.query(f"SELECT * FROM {relation.sql} ORDER BY start_date, leader_id"))
    leaders = {name: name for name in sorted({row["name"] for row in spells if row["name"] is not None})}
    described = "\n".join(r["description"] for r in store.query("SELECT description FROM events"))
    # (a state's name or adjective tells the agreement's states, not its name; a capital may name both)
    words = {word: slugs for word, slugs in words.items()
             if all(a.how in {"capital", "metonym"} for a in by_text.get(word, ()))}
    return Gazetteer(by_text, state_pattern, treaties, aliases, PhraseMatcher(phrases), leaders, described,
                     obligations, archigos=spells, archigos_sha256=str(relation.provenance[0].get("sha256") or ""),
                     name_words=words)


_AGREEMENT_NOUNS = r"treaty|pact|protocol|convention|agreement|accord|charter"


#: The words by which a title runs on past a shorter one: "Treaty of Peace" in "Treaty of Peace, Friendship and
#: Commerce" or "Treaty of Peace and Amity" (a title of the record's, followed by one of these, is a longer title).
_TITLE_GOES_ON = re.compile(r"(?:,\s*|\s+and\s+)(?:Friendship|Amity|Commerce|Navigation|Co-?operation|Alliance|Mutual|"
                            r"Neutrality|Arbitration|Security|Guarantee|Non-?[Aa]ggression|Consultation|Defen[cs]e|"
                            r"Good|Trade|Peace|Limits|Boundaries|Partnership)\b")


#: An agreement's name of three capitals, an acronym ("OAS", "WEU"): shorter names are read only so.
_ACRONYM = re.compile(r"[A-Z]{3}")


def _agreement_name_words(alias: str) -> list[str]:
    """Return the one word an agreement's normalised ``alias`` calls it by with its noun: "saadabad" of "saadabad
    pact", "taif" of "treaty of taif"."""
    found = re.fullmatch(rf"(?P<a>[a-zà-ÿ]+) (?:{_AGREEMENT_NOUNS})|(?:{_AGREEMENT_NOUNS}) of (?P<b>[a-zà-ÿ]+)",
                         alias)
    if found is None:
        return []
    word = found.group("a") or found.group("b")
    return [word] if len(word) >= 4 and word not in _NOT_A_PLACE else []


def folded_name(name: str) -> str:
    """Return ``name`` without accents or apostrophes, as Archigos writes names ("Léon M'ba": "Leon Mba"), a
    monarch's number told in words by its numeral ("Boris the Third": "Boris III")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = re.sub(rf"\s+the\s+({'|'.join(w.capitalize() for w in _REGNAL_WORDS)})$",
                   lambda m: " " + _REGNAL_WORDS[m.group(1).casefold()], plain)
    return re.sub(r"['’]", "", plain.translate(_UNDECOMPOSED))


#: Letters Unicode does not decompose to a plain one, as Archigos writes them ("Gomułka": "Gomulka").
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"})


@dataclass(frozen=True)
class AtopName:
    """A name by which articles call an alliance ATOP codes, with the ATOP id, the signing date ATOP gives it (a
    name links only where the stored alliance of that id was signed then) and where the name is attested."""

    atopid: int
    name: str
    signed: str
    source: str


@cache
def atop_names() -> tuple[AtopName, ...]:
    """Return the names of ATOP alliances in ``check/data/atop_names.csv`` ("CSTO", "Balkan Entente", "Simla
    Agreement"): names ATOP's files lack, each sourced. A name two alliances share ("Balkan Pact", of 1934 and 1953)
    links as other shared titles do, by the sentence's states and year.

    Raises
    ------
    ValueError
        If a row lacks a field or its id or date is malformed (the message names the row and the field).
    """
    found: list[AtopName] = []
    for line, row in _sourced_rows("atop_names.csv", ("atopid", "name", "signed", "source"), number="atopid"):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", row["signed"]):
            raise ValueError(f"atop_names.csv, row {line}: the field 'signed' is not a date like 1992-05-15: "
                             f"{row['signed']!r}")
        found.append(AtopName(int(row["atopid"]), row["name"].strip(), row["signed"], row["source"]))
    return tuple(found)


def _sourced_rows(name: str, columns: tuple[str, ...], *, number: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield the rows of ``check/data/<name>`` with their line numbers, each checked to fill every one of
    ``columns`` and to hold a whole number in ``number``.

    Raises
    ------
    ValueError
        If a row lacks a field or its ``number`` is not a number (the message names the file, the row and the field).
    """
    with (resources.files("foedus.check") / "data" / name).open("r", encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            for column in columns:
                if not (row.get(column) or "").strip():
                    raise ValueError(f"{name}, row {line}: the field {column!r} is empty")
            if not row[number].strip().isdigit():
                raise ValueError(f"{name}, row {line}: the field {number!r} is not a number: {row[number]!r}")
            yield line, row


def _add_atop(store: Store, treaties: dict[str, Treaty], aliases: dict[str, set[str]], originals: set[str],
              in_ledgers: dict[int, str], obligations: dict[str, frozenset[str]] | None = None) -> None:
    """Add ATOP's alliances: "ATOP 1395" names the ledger's treaty where a ledger holds it (its members those the
    ledger lists and those ATOP adds, as :func:`foedus.history.pair_history` reads it), else the alliance known
    only from ATOP (``atop-1395``, titled by :mod:`foedus.alliance_titles` when a verdict cites it), with the
    obligations any member's phase carries (into ``obligations``, in the ledgers' words)."""
    from foedus.alliance_titles import atop_member_phases
    from foedus.records import atop_slug

    for atopid, rows in atop_member_phases(store).items():
        slug = in_ledgers.get(atopid, atop_slug(atopid))
        if slug in treaties:
            treaties[slug] = replace(treaties[slug], members=treaties[slug].members | {r["ccode"] for r in rows})
        else:
            exits = [r["exited"] for r in rows]
            ended = None if any(e is None for e in exits) else max(exits, key=lambda t: PartialDate.parse(t).latest())
            treaties[slug] = Treaty(slug, "atop", f"ATOP {atopid}", "alliance",
                                    min((r["entered"] for r in rows), key=PartialDate.parse),
                                    frozenset(r["ccode"] for r in rows), ("atop",), atop_only=True, ended=ended)
            if obligations is not None:
                obligations[slug] = frozenset(word for column, word in ATOP_OBLIGATIONS.items()
                                              if any(r.get(column) for r in rows))
        aliases.setdefault(_norm(f"ATOP {atopid}"), set()).add(slug)
        originals.add(f"ATOP {atopid}")


_GAZETTEERS: dict[tuple[str, str], Gazetteer] = {}


def gazetteer(store: Store) -> Gazetteer:
    """Return the phrase tables for ``store``, built once per process and store contents."""
    from foedus.store.facts import fingerprint as store_fingerprint

    key = (str(store.path), store_fingerprint(store))
    if key not in _GAZETTEERS:
        _GAZETTEERS.clear()
        _GAZETTEERS[key] = build_gazetteer(store)
    return _GAZETTEERS[key]


@cache
def _date_parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"})


def parse_date(text: str, published: _dt.date | None) -> tuple[str, str] | None:
    """Return ``(value, precision)`` for a date span, resolved against the article's date where it lacks a year."""
    parser = _date_parser()
    clean = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", re.sub(rf"^{_WEEKDAY_NAMES}", "", text)).rstrip("s")
    base = _dt.datetime.combine(published, _dt.time(23, 59)) if published else _dt.datetime(2100, 1, 1)
    parser._settings.RELATIVE_BASE = base
    data = parser.get_date_data(clean)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period
    if period == "year":
        return f"{day.year:04d}", "year"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}", "month"
    if not re.search(_YEAR, clean) and published is None:
        return None  # a day without a year and no article date: unresolved
    return day.isoformat(), "day"


#: Bodies a state joins by becoming party to the agreement that founded them, each with that agreement's name as
#: ``atop_names.csv`` holds it (sourced there): the body's name stands for the agreement only where the sentence
#: tells a state joining, leaving or being a member of it (:data:`_JOINED_BEFORE`, :data:`_JOINED_AFTER`), never
#: where the body acts ("the African Union suspended Mali": an actor, no agreement). Not "the European Union" (the
#: Treaty on European Union, ATOP 4175): read so, it raised studied sets but lowered a set of texts nobody had read.
_FOUNDED_BODIES = {"African Union": "Constitutive Act of the African Union"}

#: The words of entry, exit or membership a body's name is the object of, right before it: "joined the African
#: Union", "Ghana joined Lagos in the African Union", "left the African Union", "a member of the African Union", "both
#: belong to ECOWAS and to the African Union", "they sit together in the African Union", "partners in the African
#: Union", "its accession to the African Union".
_JOINED_BEFORE = re.compile(
    r"\b(?:(?:re)?join(?:s|ed|ing)?(?:\s+[A-Z][\w'’-]+\s+in)?|entered|entry\s+(?:in)?to|left|leav(?:e|es|ing)|quit|"
    r"withdr[ae]w(?:n|s)?\s+from|withdrawal\s+from|exit\s+from|admitted\s+(?:in)?to|admission\s+to|"
    r"acce(?:de[ds]?|ssion)\s+to|members?\s+of|membership\s+(?:of|in)|partners?\s+in|"
    r"belong(?:s|ed|ing)?\s+to(?:\s+[\w'’ -]{1,40}?\s+and\s+to)?|"
    r"(?:sit(?:s|ting)?|sat|seated)(?:\s+(?:together|side\s+by\s+side))?\s+in)\s+(?:the\s+)?$")

#: The words of membership right after a body's name: "the African Union's members", "African Union membership".
_JOINED_AFTER = re.compile(r"(?:['’]s)?\s+(?:membership|member\s+states?|members)\b")


def _joined_bodies(text: str, gaz: Gazetteer, taken: list[tuple[int, int]], named: list[Mention]) -> list[Mention]:
    """Return the mentions of bodies (:data:`_FOUNDED_BODIES`) a state is told joining, leaving or being a member of,
    each as the agreement that founded the body: membership of the African Union is being party to its Constitutive
    Act (ATOP codes the Union's members by that act), so "Ghana joined the African Union" is an entry into it. A body
    told acting ("the African Union suspended Mali") is left unlinked, as is a longer name already read, and so is
    one whose sentence names the act itself ("they sit in the African Union, whose Constitutive Act of 2000 ..."):
    the act is told there by its name."""
    out: list[Mention] = []
    for name, act in _FOUNDED_BODIES.items():
        target = _named_act(act, gaz)
        if target is None:
            continue
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if _overlapping(taken, m.start(), m.end()) or (_JOINED_AFTER.match(text, m.end()) is None and (
                    re.match(r"['’]s\b", text[m.end():])
                    or not _JOINED_BEFORE.search(text, max(0, m.start() - 80), m.start()))):
                continue  # ("joined the African Union's defence pact": the body's own agreement, another)
            if any(n.target == target and not re.search(r"[.!?]\s", text[min(n.end, m.end()):max(n.start, m.start())])
                   for n in named):
                continue
            out.append(Mention(kind="agreement", text=m.group(0), start=m.start(), end=m.end(), target=target,
                               how="title"))
    return out


def _named_act(name: str, gaz: Gazetteer) -> str | None:
    """Return the mention target of the one agreement ``atop_names.csv`` holds under ``name``, else ``None``."""
    slugs = gaz.treaty_aliases.get(_norm(name), set())
    return f"treaty:{next(iter(slugs))}" if len(slugs) == 1 else None


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


#: "The Final Act" (capitalised) told in a sentence that names Helsinki: the Helsinki Final Act of 1975 ("met in
#: Helsinki, where both signed the Final Act", "signed the Final Act at Helsinki", "the Final Act of Helsinki"), by
#: its name as ``atop_names.csv`` holds it. Not another conference's ("the Final Act of the Congress of Vienna": a
#: name of its own after "of"), nor one whose sentence names no Helsinki (it may be any conference's).
_FINAL_ACT = re.compile(r"\bFinal\s+Act\b(?!\s+of\s+(?:the\s+)?(?!Helsinki\b)[A-Z])")
_HELSINKI_ACT = "Helsinki Final Act"


def _helsinki_final_acts(text: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """Return the mentions of "the Final Act" (:data:`_FINAL_ACT`) whose sentence names Helsinki, each as the Helsinki
    Final Act: the words are that act's own name there, whether or not the article named it in full before."""
    target = _named_act(_HELSINKI_ACT, gaz)
    if target is None:
        return []
    return [Mention(kind="agreement", text=m.group(0), start=m.start(), end=m.end(), target=target, how="title")
            for m in _FINAL_ACT.finditer(text)  # (not "the Helsinki Final Act": read by its whole name)
            if not _overlapping(taken, m.start(), m.end())
            and re.search(r"\bHelsinki\b", _sentence_text(text, m.start()))]


def find_mentions(text: str, gaz: Gazetteer, published: _dt.date | None) -> list[Mention]:
    """Return every mention in ``text``, in order: agreements first claim their spans, then dates, states, leaders."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(mention: Mention) -> None:
        found.append(mention)
        taken.append((mention.start, mention.end))

    shared: list[tuple[int, int, set[str]]] = []  # titles several agreements share, told apart by their states below
    compounded: list[tuple[int, Mention]] = []  # titles told after states' adjectives ("the Franco-Soviet ..."), each
    # with where those begin: checked against the agreement's members below
    for start, end, phrase in gaz.treaty_pattern.finditer(text):
        slugs = gaz.treaty_aliases.get(_norm(phrase), set())
        if len(_norm(phrase)) < 4 and not _ACRONYM.fullmatch(text[start:end]):
            continue  # an acronym's letters in lower case are a word ("tac"), not its name
        if re.search(r"\bnon-$", text[:start], re.IGNORECASE):
            taken.append((start, end))  # (its words name no state either: "Warsaw" in "non-Warsaw Pact")
            continue  # "a major non-NATO ally", "the non-Warsaw Pact states": what is outside it, not the agreement
        if _TITLE_GOES_ON.match(text, end) and re.search(r"[A-Z]", text[start:end]):
            taken.append((start, end))  # "a Treaty of Peace, Friendship and Commerce": a longer title the record
            continue  # lacks, not Egypt and Israel's "Treaty of Peace" (nor fuzzily another it resembles)
        start = _with_place_before(text, start, gaz)
        if not re.search(r"[A-Z]", text[start:end]) and " " in text[start:end]:
            # "a treaty of mutual guarantee": a title written in lower case describes an agreement, it does not name
            # one (the claims resolve it by its states and date)
            add(Mention(kind="agreement", text=text[start:end], start=start, end=end, how="description"))
        elif len(slugs) == 1:
            add(Mention(kind="agreement", text=text[start:end], start=start, end=end,
                        target=f"treaty:{next(iter(slugs))}", how="title"))
            if (adjectives := _COMPOUND_BEFORE.search(text, max(0, start - 60), start)) is not None:
                compounded.append((adjectives.start(), found[-1]))
        elif slugs:
            shared.append((start, end, slugs))
            taken.append((start, end))
    for body in _joined_bodies(text, gaz, taken, found):  # "joined the African Union": the act that founded it
        add(body)
    for act in _helsinki_final_acts(text, gaz, taken):  # "met at Helsinki, where both signed the Final Act"
        add(act)
    for m in _TITLE_SPAN.finditer(text):
        span = m.group(0).strip().rstrip(",")
        span = re.sub(r"^(?:[Tt]he|[Ii]n|[Oo]f|[Aa]nd|[Oo]n|[Ff]or)\s+", "", span)
        start = m.start() + m.group(0).find(span)
        best = None
        # a title-like run may run on past a comma into the next name: try it whole, then cut at each comma
        for cut in [len(span), *sorted((i for i, ch in enumerate(span) if ch == ","), reverse=True)]:
            if len(span[:cut].split()) < 3 or _overlapping(taken, start, start + cut):
                continue
            best = gaz.fuzzy_treaty(span[:cut])
            if best:
                span = span[:cut]
                break
        if best:
            add(Mention(kind="agreement", text=span, start=start, end=start + len(span),
                        target=f"treaty:{best[0]}", how=f"fuzzy {best[1]:.0f}"))
    named = [(m.start, m.end, (m.target or "").split(":", 1)[-1]) for m in found if m.kind == "agreement"]
    states = _state_mentions(text, gaz, taken, named)
    for mention in states:
        add(mention)
    for adjectives_at, mention in compounded:
        adjective_states = {int((m.target or "0:0").split(":")[1]) for m in states
                            if m.target and adjectives_at <= m.start < mention.start}
        members = gaz.treaties[(mention.target or "").removeprefix("treaty:")].members
        if adjective_states and not adjective_states <= members:
            # "the Franco-Soviet Treaty of Mutual Assistance" (1935) is not the one treaty of that title the record
            # names (Britain, France and Turkey's of 1939): another, described by its states' adjectives (below)
            found.remove(mention)
            taken.remove((mention.start, mention.end))
    pair = set(article_pair(states))
    for start, end, slugs in shared:
        near = {int((m.target or "0:0").split(":")[1]) for m in states
                if m.target and _same_sentence(text, start, m.start)}
        fits = [slug for slug in sorted(slugs) if near and near <= gaz.treaties[slug].members]
        year = _nearby_year(text, start)
        if len(fits) != 1 and year is not None:  # "The Mutual Defense Treaty was signed ... in 1953": that year's
            dated = [slug for slug in sorted(fits or slugs) if str(year[0].year) in _title_years(gaz.treaties[slug])]
            fits = dated if len(dated) == 1 else fits
        if year is not None:
            fits = _year_over_states(gaz, slugs, fits, year[0].year)
        if len(fits) > 1:  # "the Anglo-Soviet Treaty of Alliance": the one of exactly the sentence's states, if one
            own = [slug for slug in fits if gaz.treaties[slug].members == near]
            fits = own if len(own) == 1 else fits
        if not fits and _COMPOUND_BEFORE.search(text, max(0, start - 60), start):
            taken.remove((start, end))  # "the Anglo-Soviet Treaty of Alliance": none of that title is the pair's;
            continue  # it is described by its states' adjectives (below)
        if len(fits) != 1:
            fits = [slug for slug in sorted(slugs) if pair and pair <= gaz.treaties[slug].members]
        add(Mention(kind="agreement", text=text[start:end], start=start, end=end,
                    target=f"treaty:{fits[0]}" if len(fits) == 1 else None, how="title and states"))
    for mention in _by_name_word(text, gaz, states, taken):
        # ("the Manila treaty": the capital names the agreement, not its state)
        found[:] = [x for x in found if not (x.kind == "state" and mention.start <= x.start < mention.end)]
        taken[:] = [(a, b) for a, b in taken if not (mention.start <= a < mention.end)]
        found.append(mention)
        taken.append((mention.start, mention.start + len(re.split(r"\s+of\s", mention.text)[0])))
    for mention in _descriptions(text, gaz, states, taken, {m.target for m in found if m.target}, published):
        add(mention)
    for mention in _kind_descriptions(text, gaz, states, found, published):
        if mention.start in {m.start for m in found}:  # a title in lower case the matcher found: resolved now
            found[:] = [mention if m.start == mention.start and m.kind == "agreement" else m for m in found]
        else:
            add(mention)
    for m in _AGO.finditer(text):
        years = _years_ago(m)
        if published is None or years is None or published.year - years < _dt.MINYEAR \
                or _overlapping(taken, m.start(), m.end()):
            continue  # ("3000 years ago" in an article of 2024: before the calendar's first year, no date to tell)
        try:
            then = published.replace(year=published.year - years)
        except ValueError:  # 29 February
            then = published.replace(year=published.year - years, day=28)
        said = (m.group("today") or "").split()[-1:]
        exact = m.group("today") is not None and said[0].casefold() not in {"week", "month"}
        moved = _days_after(then, _AGO_SHIFT.get(said[0].casefold(), 0) if said else 0)
        if moved is None:
            continue
        then = moved
        back_to: tuple[str, Literal["year", "month", "day"]] = (then.isoformat(), "day") if exact else (
            f"{then.year:04d}-{then.month:02d}", "month") if said else (f"{then.year:04d}", "year")
        add(Mention(kind="date", text=m.group(0), start=m.start(), end=m.end(), value=back_to[0],
                    precision=back_to[1], how="relative to the article's date"))
    for m in _SINCE_TODAY.finditer(text):
        counted = _since_today(m)
        if published is None or counted is None or published.year - counted[0] < _dt.MINYEAR \
                or _overlapping(taken, m.start(), m.end()):
            continue
        then = published.replace(year=published.year - counted[0], day=min(published.day, 28)
                                 if published.month == 2 else published.day)
        add(Mention(kind="date", text=m.group(0), start=m.start(), end=m.end(),
                    value=then.isoformat() if counted[1] else f"{then.year:04d}",
                    precision="day" if counted[1] else "year", how="relative to the article's date"))
    for m in _DURATION.finditer(text):
        if not _overlapping(taken, m.start(), m.end()):
            number = re.search(r"\d[\d,]*", m.group(0))
            add(Mention(kind="duration", text=m.group(0), start=m.start(), end=m.end(),
                        value=number.group(0).replace(",", "") if number else None, how="duration"))
    for mention in _on_this_day(text, published, taken):
        add(mention)
    for precision, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if _overlapping(taken, m.start(), m.end()):
                continue
            if precision == "year" and m.group(0).endswith("s"):
                continue  # "the 1950s": a decade, not a date
            if precision == "part":  # the month it is a part of
                month = re.search(rf"{_MONTHS},? {_YEAR}", m.group(0))
                told_month = parse_date(month.group(0), published) if month else None
                if told_month is not None:
                    add(Mention(kind="date", text=m.group(0), start=m.start(), end=m.end(), value=told_month[0],
                                precision="month", how="month"))
                continue
            if precision == "season":
                year_told = re.search(_YEAR, m.group(0))
                add(Mention(kind="date", text=m.group(0), start=m.start(), end=m.end(),
                            value=year_told.group(0) if year_told else None, precision="year", how="year"))
                continue
            context = published
            if precision == "day" and not re.search(_YEAR, m.group(0)):
                sentence_year = _nearby_year(text, m.start(), earlier_only=True)
                if sentence_year is None and _OF_THAT_YEAR.match(text, m.end()):
                    sentence_year = _nearby_year(text, m.start(), before=True)  # "On 30 October of that year"
                if sentence_year is not None:
                    context = _dt.date(sentence_year[0].year, 12, 31)
                elif (frame := _anniversary(text, found, m.start(), published)) is not None:
                    context = frame  # "Eighty years ago today, ... Turkey had declared war only on 23 February"
            parsed = parse_date(m.group(0), context)
            if parsed is None:
                continue
            add(Mention(kind="date", text=m.group(0), start=m.start(), end=m.end(), value=parsed[0],
                        precision=parsed[1], how=precision))
    for mention in _bare_months(text, published, taken, found):
        add(mention)
    for mention in _relative_dates(text, [x for x in found if x.kind == "date"], taken):
        add(mention)
    for m in _WEEKDAY.finditer(text):  # "on Sunday": the latest Sunday up to the article's date
        if published is None or _overlapping(taken, m.start("day"), m.end("day")):
            continue
        back = (published.weekday() - _WEEKDAYS.index(m.group("day"))) % 7
        back = 7 if back == 0 and m.group(0).casefold().startswith("last") else back
        day = _days_after(published, -back)
        if _told_ahead(text, m.start()):  # "the two leaders are expected to sign on Saturday": the next Saturday
            day = _days_after(published, (_WEEKDAYS.index(m.group("day")) - published.weekday()) % 7 or 7)
        if day is None:
            continue
        add(Mention(kind="date", text=m.group("day"), start=m.start("day"), end=m.end("day"), value=day.isoformat(),
                    precision="day", how="weekday"))
    for mention in _told_from_today(text, published, taken):
        add(mention)
    for mention in _told_against_publication(text, published, taken):
        add(mention)
    for m in _ONCE.finditer(text):
        if not _overlapping(taken, m.start(), m.end()):
            add(Mention(kind="count", text=m.group(0), start=m.start(), end=m.end(),
                        value=str({"once": 1, "twice": 2, "thrice": 3}[m.group(0).split()[-1].casefold()]),
                        how="times"))
    # a count may lie over a title-like phrase that names no one agreement ("only one bilateral treaty of alliance")
    named_spans = [(x.start, x.end) for x in found if (x.kind != "agreement" or x.target) and not _generic_alliance(x)]
    for m in re.finditer(rf"(?<![\w.-])(?P<n>\d{{1,3}}|{_NUMBER_WORDS}|{'|'.join(_NUMBERS)}|a\s+single)[ \t]+"
                         rf"(?:(?:(?!{_NOT_IN_COUNT}\b)(?!{_NUMBER_WORDS}(?![\w-]))[a-z-]+[ \t]+){{0,2}})"
                         rf"(?P<noun>{_COUNT_NOUNS})\b",  # (no number between: "the two shared seven pacts")
                         text, re.IGNORECASE):  # (and "a single agreement": one)
        if _overlapping(named_spans, m.start(), m.end()):
            continue
        raw = m.group("n").casefold()
        single = raw.startswith("a") and raw.endswith("single")
        if single and re.search(r"\b(?:not|never|no|without|nor|neither|\w+n['’]t)\b[^.;:,]{0,60}$",
                                text[max(0, m.start() - 60):m.start()], re.IGNORECASE):
            continue  # ("never signed a single treaty", "not a single pact": none, told by the words of none)
        value = 1 if single else number_value(raw)
        # ("thirteen pacts", "twenty-one treaties" as well as "five" and "a single")
        if value is None:
            continue
        add(Mention(kind="count", text=m.group(0), start=m.start(), end=m.end(), value=str(value),
                    how=m.group("noun").casefold()))
    for m in _ONLY_OR_NEVER.finditer(text):  # "the only alliance A and B ever concluded", "have never signed a pact"
        if not _overlapping(named_spans, m.start(), m.end()) and not _overlapping(taken, m.start(), m.start() + 1):
            add(Mention(kind="count", text=m.group(0), start=m.start(), end=m.end(),
                        value="1" if m.group("only") else "0", how=m.group("noun").casefold()))
    for m in _NEVER_ONE.finditer(text):  # "have never needed a bilateral alliance, and have never signed one"
        noun = _NOUN_BEFORE.search(text[max(0, m.start() - 120):m.start()])
        if noun is not None and "." not in noun.group(0) and not _overlapping(taken, m.start(), m.end()):
            add(Mention(kind="count", text=m.group(0), start=m.start(), end=m.end(), value="0",
                        how=noun.group("noun").casefold()))
    for m in _ONLY_ONE.finditer(text):  # "The 1994 treaty is the only bilateral one"
        noun = _NOUN_TOLD.search(text[max(0, m.start() - 120):m.start()]) or \
            _NOUN_LAST.search(text[max(0, m.start() - 250):m.start()])  # ("One agreement in all. It is the only one")
        if noun is not None and not _overlapping(taken, m.start(), m.end()):
            add(Mention(kind="count", text=m.group(0), start=m.start(), end=m.end(), value="1",
                        how=noun.group("noun").casefold()))
    for m in _NONE_OWN_ONE.finditer(text):  # "many treaties together and not one with each other alone"
        noun = _NOUNS_BEFORE.search(text[max(0, m.start() - 150):m.start()])
        if noun is not None and not _overlapping(taken, m.start(), m.end()):
            add(Mention(kind="count", text=m.group(0), start=m.start(), end=m.end(), value="0",
                        how=noun.group("noun").casefold()))
    # (a state's adjective may tell the pact's pair: "No Swedish-Finnish defence treaty has ever been signed")
    unstated = [(x.start, x.end) for x in found if x.kind != "state" and (x.kind != "agreement" or x.target)]
    for m in [*_NONE_SIGNED.finditer(text), *_NEVER_THERE.finditer(text), *_NONE_OF_THEIR_OWN.finditer(text)]:
        # "have signed no alliance since", "No bilateral pact has been signed", "there has never been a treaty"
        if not _overlapping(unstated, m.start(), m.end()) and not _overlapping(taken, m.start(), m.start() + 1):
            add(Mention(kind="count", text=m.group(0), start=m.start(), end=m.end(), value="0",
                        how=(m.groupdict().get("noun") or m.group("noun2")).casefold()))
    for m in _NO_BILATERAL.finditer(text):  # "one agreement, and no bilateral pact at all": none bilateral
        if not _overlapping(taken, m.start("n"), m.end("n")) and not _overlapping(unstated, m.start("n"), m.end("n")):
            add(Mention(kind="count", text=m.group("n"), start=m.start("n"), end=m.end("n"), value="0",
                        how=m.group("noun").casefold()))
    for m in _NEXT_NOT_YET.finditer(text):  # "have never needed a second bilateral defence pact": one
        ordinal: str = m.group("n") or m.group("m")
        next_noun: str | None = m.group("noun") or m.group("mnoun")
        if next_noun is None:  # ("Two agreements in all. There has never been a third": of the noun told before)
            before = _NOUN_LAST.search(text[max(0, m.start() - 250):m.start()])
            next_noun = before.group("noun") if before is not None else None
        if next_noun is not None and not _overlapping(named_spans, m.start(), m.end()) and \
                not _overlapping(taken, m.start(), m.end()):
            add(Mention(kind="count", text=m.group(0), start=m.start(), end=m.end(),
                        value=str(_ORDINALS[ordinal.casefold()] - 1), how=next_noun.casefold()))
    for m in _SHARED_BARE.finditer(text):  # "Britain and Greece have shared seven": every agreement the pair shares
        if not _overlapping(taken, m.start("n"), m.end("n")) and number_value(m.group("n")) is not None and \
                re.search(r"\b(?:alliances?|agreements?|pacts?|treaties)\b", text[max(0, m.start() - 150):m.start()],
                          re.IGNORECASE):  # (of agreements just spoken of: "Count the agreements and ...")
            add(Mention(kind="count", text=m.group("n"), start=m.start("n"), end=m.end("n"),
                        value=str(number_value(m.group("n"))), how="pacts"))
    for m in _RECORD_HOLDS.finditer(text):  # "The record holds two": of agreements just spoken of
        if not _overlapping(taken, m.start("n"), m.end("n")) and number_value(m.group("n")) is not None and \
                re.search(r"\b(?:alliances|agreements|pacts|treaties)\b", text[max(0, m.start() - 150):m.start()],
                          re.IGNORECASE):
            add(Mention(kind="count", text=m.group("n"), start=m.start("n"), end=m.end("n"),
                        value=str(number_value(m.group("n"))), how="pacts"))
    for m in _TALLY_OF.finditer(text):  # "the ledger of betrayals comes to one": a count of breaches
        if not _overlapping(taken, m.start("n"), m.end("n")) and number_value(m.group("n")) is not None:
            add(Mention(kind="count", text=m.group("n"), start=m.start("n"), end=m.end("n"),
                        value=str(number_value(m.group("n"))), how=m.group("noun").casefold()))
    for m in _IN_ALL.finditer(text):  # "ten in all": every agreement the pair shares
        if not _overlapping(taken, m.start(), m.end()) and number_value(m.group("n")) is not None:
            add(Mention(kind="count", text=m.group(0), start=m.start(), end=m.end(),
                        value=str(number_value(m.group("n"))), how="pacts"))
    for m in _answered_counts(text):  # "How many agreements in all? Three, two of them bilateral."
        if not _overlapping(taken, m.start("n"), m.end("n")) and number_value(m.group("n")) is not None:
            add(Mention(kind="count", text=m.group("n"), start=m.start("n"), end=m.end("n"),
                        value=str(number_value(m.group("n"))), how=m.group("noun").casefold()))
    for m in re.finditer(rf"\b(?:the|their|its)\s+(?P<n>{'|'.join(_ORDINALS)})\s+"
                         rf"(?:(?:(?!{_NOT_IN_COUNT}\b)[A-Za-z-]+\s+){{0,3}}?)"
                         rf"(?P<noun>alliance|treaty|pact|agreement|accord|betrayal|breach)\b", text, re.IGNORECASE):
        if not _overlapping(taken, m.start(), m.end()):
            add(Mention(kind="count", text=m.group(0), start=m.start(), end=m.end(),
                        value=str(_ORDINALS[m.group("n").casefold()]), how="ordinal " + m.group("noun").casefold()))
    others = [(x.start, x.end) for x in found if x.kind in {"state", "agreement", "date"}]
    for m in _LEADER.finditer(text):
        title = m.group("title") or m.group("ltitle")
        if m.group("ltitle") and not _OFFICE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "the president" after a name is told below; a bare "president Smith" is no office
        if _overlapping(others, m.start("name"), m.end("name")):
            continue
        if m.group("of") and not any(x.kind == "state" and x.start < m.end("of") and m.start("of") < x.end
                                     for x in found):
            continue  # ("President of Finland, Urho Kekkonen", not "the president of the Senate, ...")
        label = _leader_label(m.group("name"), gaz)
        begin = m.start("name") if m.group("of") else m.start()  # (the state told after the title is a state's)
        add(Mention(kind="leader", text=text[begin:m.end()], start=begin, end=m.end(),
                    target=f"leader:{label}" if label else None, how=title))
    leaders = [(x.start, x.end) for x in found if x.kind == "leader"]
    for m in _LEADER_AFTER.finditer(text):
        name = m.group("name")
        if _overlapping(leaders, m.start(), m.end()) or _overlapping(others, m.start("name"), m.end("name")) or (
                " " not in name and name.casefold() in _NOT_A_NAME):
            continue  # (a state inside, "then Kenya's prime minister", stays a state of its own)
        # (a name told with a rank or title, "Crown Prince Abdullah", as the backstop would read it bare)
        bare = _NAMED_RANKS.sub("", name)
        told = [x for x in found if x.kind == "state"]
        near = _sentence_states(text, m.start(), told)
        dates = [x for x in found if x.kind == "date"]
        label = _leader_label(name, gaz) or _named_leader(name, gaz, near) or _named_leader(bare, gaz, near) or (
            _named_alike(text, m.start(), bare, gaz, near, dates)) or _named_by_a_word(text, m.start(), bare, gaz,
                                                                                      told, dates)
        add(Mention(kind="leader", text=m.group(0), start=m.start(), end=m.end(),
                    target=f"leader:{label}" if label else None, how=m.group("title")))
    for mention in _leaders_taking_office(text, gaz, [(x.start, x.end) for x in found if x.kind == "leader"], others):
        add(mention)
    # a state told as ruled is named, not told by an adjective nor as the owner of what follows ("led German forces",
    # "led Germany's armies": a general's command, no state's leadership)
    ruled = [(x.start, x.end) for x in found if x.kind == "state" and x.how not in {"adjective", "demonym"}
             and not re.match(r"['’]s\b", text[x.end:])]
    for mention in _leaders_ruling(text, gaz, [(x.start, x.end) for x in found if x.kind == "leader"], others,
                                   [x for x in found if x.kind == "state"], ruled,
                                   [x for x in found if x.kind == "date"]):
        add(mention)
    for mention in _leaders_whose(text, gaz, [(x.start, x.end) for x in found if x.kind == "leader"], others):
        add(mention)
    for mention in _leaders_acting(text, gaz, [(x.start, x.end) for x in found if x.kind == "leader"], others):
        add(mention)
    for mention in _leaders_gapped(text, gaz, found, others):
        add(mention)
    for mention in _leaders_named(text, gaz, [(x.start, x.end) for x in found if x.kind == "leader"], others,
                                  [x for x in found if x.kind == "state"], [x for x in found if x.kind == "date"]):
        add(mention)
    # (a pronoun stands for any leader named before it, one the backstop above found by name alone too: "And Roosevelt
    # never saw it. He died on 12 April 1945")
    for mention in _leaders_by_pronoun(text, [x for x in found if x.kind == "leader"], ruled):
        add(mention)
    # last, since they hold a date the dates above must keep: "the pact of 14 June 1866"
    found.extend(_dated_descriptions(text, gaz, [x for x in found if x.kind == "state"], found))
    found = _years_told_before(gaz, found)
    return sorted(found, key=lambda x: (x.start, -x.end))


def _years_told_before(gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Return ``found`` with each agreement told by its year ("the 1949 treaty", "that 1970 pact":
    :data:`_DESCRIPTION`) linked to the agreement of that year (:func:`_title_years`) the article told last before it,
    by title or by what it was ("They signed a treaty of friendship on 26 January 1949 ... The 1949 treaty was
    replaced": that one, not a larger one of 1949 the article names elsewhere); one told so first keeps its link."""
    told = sorted((m for m in found if m.kind == "agreement" and m.target), key=lambda m: m.start)
    out: list[Mention] = []
    for m in found:
        said = _DESCRIPTION.fullmatch(m.text) if m.kind == "agreement" and m.how == "description" else None
        if said is None:
            out.append(m)
            continue
        kind = _NOUN_KINDS.get(said.group("noun").casefold())
        before = [x for x in told if x.end <= m.start and (x.target or "").removeprefix("treaty:") in gaz.treaties]
        last = next((x for x in reversed(before) if said.group("year") in _title_years(
            treaty := gaz.treaties[(x.target or "").removeprefix("treaty:")]) and (
            treaty.kind == kind if kind is not None else treaty.kind not in {"declaration", "joint_statement"})), None)
        out.append(m if last is None else m.model_copy(update={"target": last.target}))
    return out


def _leaders_taking_office(text: str, gaz: Gazetteer, leaders: list[tuple[int, int]],
                           others: list[tuple[int, int]]) -> list[Mention]:
    """Return the leaders told taking or holding an office (:data:`_LEADER_BECAME`, :data:`_LEADER_HOLDING`), each
    with the office as its title and its name before it (a name already told a leader, or a state's, is none)."""
    found: list[Mention] = []
    for m in [m for pattern in (_LEADER_BECAME, *_LEADER_HOLDING) for m in pattern.finditer(text)]:
        start, name = _name_after_opener(m)
        if not name or _overlapping(leaders, start, m.end("name")) or _overlapping(others, start, m.end("name")):
            continue
        leaders.append((m.start(), m.end()))  # (one person told twice over is one mention)
        label = _leader_label(name, gaz)
        begin = m.start() if start == m.start("name") else min(start, m.start("title"))
        found.append(Mention(kind="leader", text=text[begin:m.end()], start=begin, end=m.end(),
                             target=f"leader:{label}" if label else None, how=m.group("title")))
    return found


#: Words that open a clause and are no one's name, beside :data:`_NOT_A_NAME`: determiners and pronouns ("He
#: stepped down").
_NO_NAME = frozenset({"the", "a", "an", "its", "their", "his", "her", "he", "she", "it", "they", "we", "who", "this",
                      "that", "there", "what", "which", "our", "my", "i", "you"})


def _name_after_opener(m: re.Match[str]) -> tuple[int, str]:
    """Return where a matched leader's name starts and the name, past the words that open a clause and are no one's
    name ("After Ayatollah Khomeini took power": "Ayatollah Khomeini"); ``""`` where nothing is left or what is left
    opens with a determiner or pronoun ("The Habsburgs, who ruled", "He stepped down"), or ends with a noun that
    names a body of people (:data:`_BODY_NOUNS`: "the Fatherland Front seized power", "the Baath Party took power":
    no leader)."""
    name, start = m.group("name"), m.start("name")
    while name and name.split()[0].casefold() in _NOT_A_NAME:
        cut = len(name.split()[0])
        rest = name[cut:].lstrip(" -")
        start += len(name) - len(rest)
        name = rest
    if name and name.split()[-1].casefold() in _BODY_NOUNS:
        return start, ""
    return (start, "") if name and name.split()[0].casefold() in _NO_NAME else (start, name)


#: The nouns that end the name of a body of people, no person's name: "the Fatherland Front", "the Baath Party",
#: "the Free Officers Movement", "the Revolutionary Command Council".
_BODY_NOUNS = frozenset({"front", "party", "movement", "council", "committee", "junta", "army", "officers", "forces",
                         "government", "guard", "congress", "assembly", "league", "union", "regime", "militia"})


def _leaders_ruling(text: str, gaz: Gazetteer, leaders: list[tuple[int, int]], others: list[tuple[int, int]],
                    told: list[Mention], ruled: list[tuple[int, int]], dates: list[Mention]) -> list[Mention]:
    """Return the leaders told ruling a state told beside them (:data:`_LEADER_RULING`: "Marcos ruled in Manila";
    :data:`_LEADER_RULED_BY`: "Britain, led by Anthony Eden,"; :data:`_LEADER_UNDER`: "Albania under Enver Hoxha";
    :data:`_LEADER_OF_STATE`: "Hitler, Germany's leader"; :data:`_LEADER_OF_STATE_BEFORE`: "the Soviet leader,
    Nikita Khrushchev") and those told leaving office (:data:`_LEADER_LEFT`), each with the office as its title; a
    state's name is none.
    ``told`` are the states' mentions; ``ruled`` the states that can be told ruled (named, not by an adjective nor a
    possessive); ``dates`` the article's dates."""
    found: list[Mention] = []
    states = [(x.start, x.end) for x in told]
    matches = [m for m in _LEADER_RULING.finditer(text) if any(a == m.end() for a, _ in ruled)
               or re.match(_THE_STATE_TOLD, text[m.end():])]
    matches += [m for m in _LEADER_RULED_BY.finditer(text) if any(b == m.start() for _, b in ruled)
                or _STATE_TOLD_AS.search(text[max(0, m.start() - 30):m.start()])]
    matches += [m for m in _LEADER_UNDER.finditer(text) if _ruled_under(text, m, gaz, states, told, dates)]
    matches += [m for pattern in (_LEADER_OF_STATE, _LEADER_OF_STATE_BEFORE) for m in pattern.finditer(text) if any(
        a < m.end("state") and m.start("state") < b for a, b in states)]
    matches += list(_LEADER_LEFT.finditer(text)) + [m for pattern in _LEADER_NAMED for m in pattern.finditer(text)
                                                    if _succeeding(m, gaz)]
    for m in matches:
        start, name = _name_after_opener(m)
        if not name or _overlapping(leaders, start, m.end("name")) or _overlapping(others, start, m.end("name")):
            continue
        leaders.append((start, m.end()))
        under = _under_leaders(text, m, gaz, told) if m.re is _LEADER_UNDER else set()
        heir = _told_heir(m)
        label = None if heir else under.pop() if len(under) == 1 else _leader_label(name, gaz)
        if label is None and (m.re in {_LEADER_RULING, _LEADER_RULED_BY, _LEADER_LEFT} or heir):
            # (a name told ruling, or leaving, which the backstop read before these readings took it, is read as the
            # backstop reads it: "Rafael Trujillo had ruled the country", Archigos's "Rafel Trujillo"; "Mobutu Sese
            # Seko had fled", its "Mobutu"; an heir's name first so, by the states the sentence tells, the house
            # sharing a surname: "Bashar al-Assad succeeded his father" is not his father)
            near, bare = _sentence_states(text, start, told), _NAMED_RANKS.sub("", name)
            label = _named_leader(bare, gaz, near) or _named_alike(text, start, bare, gaz, near, dates) or (
                _named_by_a_word(text, start, bare, gaz, told, dates) if m.re is _LEADER_LEFT else None) or (
                _leader_label(name, gaz) if heir else None)
        found.append(Mention(kind="leader", text=name, start=start, end=m.end("name"),
                             target=f"leader:{label}" if label else None,
                             how="under" if m.re is _LEADER_UNDER else _heir_taking(m.group("title"))))
    return found


def _told_heir(m: re.Match[str]) -> bool:
    """Whether a match of :data:`_LEADER_NAMED` tells an heir succeeding or deposing a ruler of their house
    (:data:`_KIN_SUCCEEDED`: "Sheikh Hamad deposed his father"): the name, told with a rank Archigos does not write,
    is read as the backstop reads it."""
    return "other" in m.re.groupindex and m.group("other") is not None and \
        re.fullmatch(_KIN_SUCCEEDED, m.group("other")) is not None


def _heir_taking(title: str) -> str:
    """Return the title of a leader's mention, an heir told deposing a parent ("deposed his father in June 1995")
    told as succeeding: the throne taken then, read against the start of the heir's spell."""
    return "succeeded" if title in _DEPOSING else title


def _ruled_under(text: str, m: re.Match[str], gaz: Gazetteer, states: list[tuple[int, int]],
                 told: list[Mention], dates: list[Mention]) -> bool:
    """Whether a phrase of "under" and a name (:data:`_LEADER_UNDER`) tells a state's rule: right after the state
    ("Albania under Hoxha", "Peru, under Odría,"), after an agreement's making ("a pact concluded under Tito"), with
    the person told by an adjective or by the office ("under the erratic Melgarejo", "under its president of the day,
    Figueres"), or naming one Archigos has leading a state the sentence tells ("signed on 1 January 1942, under
    Ricardo Adolfo de la Guardia"; not "the army under General Prim", nor a state's leader under another's command).
    """
    if not m.group(0).startswith(",") and (any(b == m.start() for _, b in states) or re.search(
            r"\b(?:signed|concluded|negotiated|agreed|made|ratified)$", text[max(0, m.start() - 20):m.start()])):
        return True
    if not _dated_in_paragraph(text, m.start("name"), dates):
        return False  # (the readings below need a time the sentence or its paragraph tells, never the year of a
        # paragraph before: "Britain, under Arthur Balfour, was content" opening a paragraph is read at none)
    if any(b == m.start() for _, b in states) or m.start("name") - m.end("title") > 1:
        # (right after the state past a comma, or told by an adjective or by the office)
        return True
    return bool(_under_leaders(text, m, gaz, told))


def _under_leaders(text: str, m: re.Match[str], gaz: Gazetteer, told: list[Mention]) -> set[str]:
    """Return the leaders Archigos may name the person of a phrase of "under" (:data:`_LEADER_UNDER`) by, of those
    leading a state the sentence tells: by a word it names a leader by alone ("Katsura" of "Katsura Taro") or by the
    surname ("Guardia"), not by a given name many leaders share ("Juan"); of several, the one whose initial is the
    given name's ("Guardia, R." for "Ricardo Adolfo de la Guardia"), where one is."""
    near = _sentence_states(text, m.start("name"), told)
    words = [w.casefold() for w in folded_name(_NAMED_RANKS.sub("", m.group("name"))).split()]
    labels = {label for w in words for label in _archigos_index(gaz, "folded").get(w, set())}
    labels |= _archigos_index(gaz, "words").get(words[-1], set()) if words else set()
    labels = {label for label in labels if _archigos_states(gaz, label) & near}
    return (_by_initial(labels, words[0]) or labels) if len(labels) > 1 else labels


def _succeeding(m: re.Match[str], gaz: Gazetteer) -> bool:
    """Whether a match told of what a leader does (:data:`_LEADER_NAMED`) tells a state's leadership: any but a
    succession, which does where the one succeeded is a state's leader Archigos names ("Eden succeeded Churchill") or
    the office is told ("succeeded him as prime minister"; not "succeeded Gromyko as foreign minister")."""
    if m.group("title") != "succeeded" and m.group("title") not in _DEPOSING:
        return True
    if re.fullmatch(_KIN_SUCCEEDED, m.group("other")):
        # (an heir told succeeding or deposing a parent takes the throne, unless told taking another office: "her
        # father as head of the firm")
        return m.group("as") is not None or re.match(r"\s+as\b", m.string[m.end():]) is None
    return m.group("title") == "succeeded" and (m.group("as") is not None or (
        m.group("other") not in {"him", "her"} and _leader_label(m.group("other"), gaz) in gaz.leaders))


def _leaders_whose(text: str, gaz: Gazetteer, leaders: list[tuple[int, int]],
                   others: list[tuple[int, int]]) -> list[Mention]:
    """Return the leaders told by the office of a state told before them or the government they head
    (:data:`_LEADER_WHOSE`), and those told two at once by a plural office (:data:`_LEADERS_TWO`), each mention
    the name alone with the office, singular, as its title; a name already told a leader, or a state's, is none."""
    found: list[Mention] = []
    spans = [(m, "name") for pattern in _LEADER_WHOSE for m in pattern.finditer(text)]
    spans += [(m, group) for pattern in _LEADERS_TWO for m in pattern.finditer(text) for group in ("name", "other")]
    for m, group in spans:
        name, start = m.group(group), m.start(group)
        if name.split()[0].casefold() in _NOT_A_NAME | _NO_NAME or _overlapping(leaders, start, m.end(group)) or (
                _overlapping(others, start, m.end(group))):
            continue
        leaders.append((start, m.end(group)))
        label = _leader_label(name, gaz)
        found.append(Mention(kind="leader", text=name, start=start, end=m.end(group),
                             target=f"leader:{label}" if label else None, how=m.group("title").casefold()))
    return found


def _leaders_acting(text: str, gaz: Gazetteer, leaders: list[tuple[int, int]],
                    others: list[tuple[int, int]]) -> list[Mention]:
    """Return the leaders told acting for a state at an event (:data:`_LEADER_ACTING`), each mention the name alone
    with the act as its title: only a name Archigos gives a state's leader (a minister signing, a name of no leader
    the record holds, is none), past the words that open a clause; a name already told a leader, or a state's, is
    none."""
    found: list[Mention] = []
    for m in [*_LEADER_ACTING.finditer(text), *_LEADER_SIGNED_BY.finditer(text)]:
        for group in ("name", "other"):
            if m.group(group) is None:
                continue
            start, name = (_name_after_opener(m) if group == "name" else (m.start(group), m.group(group)))
            name = re.sub(r"^(?:(?:Colonel|General|Marshal|Field\s+Marshal|Admiral|Major|Captain|Sheikh|Sir)\s+)+",
                          "", name)  # ("Colonel Maaouya Ould Taya": the title no part of the name)
            start = m.end(group) - len(name)
            if not name or name.split()[0].casefold() in _NOT_A_NAME | _NO_NAME or _overlapping(
                    leaders, start, m.end(group)) or _overlapping(others, start, m.end(group)):
                continue
            label = _leader_label(name, gaz) if " " in name else name  # (a surname alone only as Archigos writes it)
            if label is None or label not in gaz.leaders:
                continue
            leaders.append((start, m.end(group)))
            # (a name put to an agreement is a signature: "X put her name to the treaty" is "X signed"; a state's name
            # put to it, "X put America's name to the treaty", is left to the office told beside it: an envoy's act)
            title = m.group("title")
            how = "hosted" if title.endswith("host") else "signed" if title.startswith("put") else re.sub(
                r"\s+", " ", title)
            found.append(Mention(kind="leader", text=name, start=start, end=m.end(group), target=f"leader:{label}",
                                 how=how))
    return found


#: A person's name where nothing before it is part of a name (the backstop :func:`_leaders_named` reads every one).
_NAMED_PERSON = re.compile(rf"(?<![\w'’.-]){_PERSON}")
#: Ranks and titles before a name that are no part of the name Archigos gives ("General Ne Win", "Sheikh Zayed").
_NAMED_RANKS = re.compile(r"^(?:(?:Colonel|General|Marshal|Field\s+Marshal|Admiral|Major|Captain|Sheikh|Sir|Lord|"
                          r"Prince|Princess|Count|Baron|Duke|Ayatollah|Emperor|Empress|King|Queen|Tsar|Czar|Sultan|"
                          r"Shah|Emir|President|Premier|Chancellor|Chairman|Comrade|Dr|Mr|Mrs|Ms)\s+)+")
#: A title told after a given name, no part of the name Archigos gives ("Reza Shah", "Enver Pasha", "Celal Bey"):
#: the given name alone is read, among the leaders of a state told in office then (:func:`_named_by_a_word`).
_TITLE_AFTER = re.compile(r"(?<=\w)\s+(?:Shah|Pasha|Bey)$")
#: What may stand between a name and what it is told doing: an apposition ("Bashar al-Assad, the present ruler's
#: father,"), a relative pronoun, an adverb.
_NAMED_BETWEEN = (r"(?:,\s+[^,;.()\d]{3,60},)?(?:,?\s+who)?\s+(?:had\s+|has\s+)?"
                  r"(?:(?:already|then|still|now|once\s+again|again|finally|briefly|soon|later|by\s+then)\s+)?")
#: A state's leadership told after a name no rule above reads (:func:`_leaders_named`): taking it ("returned to
#: power", "took over in Belgrade", "took charge that October", "ascended the throne", "was crowned"), holding an
#: office told after a verb other
#: than "was" ("remained prime minister", "governed as regent", "served as foreign minister"; with "until" a
#: leaving), ruling a state named right after in a relative clause ("who ruled Iraq from 1979"), or being in the
#: seat of the state's leader ("Stalin in the Kremlin", "with Tito in Belgrade": a capital, read below only of a
#: state that person led).
_NAMED_CUE = re.compile(
    _NAMED_BETWEEN + r"(?:(?P<taking>(?:returned|came\s+back|was\s+restored|was\s+returned|was\s+brought\s+back)\s+"
    r"to\s+(?:power|office)|regained\s+power|took\s+(?:over|charge)(?=\s+(?:in|as|from|on|at|that|the\s+same|the\s+"
    r"following|the\s+next)\b|[,.;])|(?:ascended|succeeded\s+"
    r"to|mounted)\s+the\s+throne|was\s+crowned)\b"
    r"|(?P<holding>remained|stayed|continued\s+as|governed\s+as|ruled\s+as|reigned\s+as|served\s+as|acted\s+as|"
    r"was\s+(?:re-?)?elected(?:\s+as)?|was\s+named|was\s+made)\s+(?:(?:the|its|their|his|her)\s+|[A-Z][\w-]*['’]s\s+)?"
    rf"(?:(?:first|new|sole|acting|[A-Z][a-z]+)\s+){{0,2}}(?P<office>(?i:{_OFFICES}))\b(?![’'-]s\b|-elect)"
    r"(?P<until>(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+until\b)?"
    r"|(?<=who\s)(?:had\s+)?(?P<ruling>ruled|governed|led|ran)\s+(?=[A-Z])"
    r"|(?<!,\s)(?<!who\s)(?P<seat>(?:(?:was|sat|remained|stayed)\s+)?(?:(?:still|then|already|now)\s+)?in\s+)"
    r"(?=(?:the\s+)?[A-Z]))")
#: The offices and rule a second leader is told holding by the words of a first, left out ("X was Spain's prime
#: minister and Y Italy's", "X ruled Nicaragua and Y El Salvador": :func:`_leaders_gapped`).
_GAPPED_OFFICE = re.compile(r"^(?:prime minister|premier|president|chancellor|ruler|dictator|strongman|"
                            r"ruled|governed|led|ran|reigned)$", re.IGNORECASE)
#: A second leader told after "and" or a semicolon right before the state whose office the first held, the office
#: left out: "and Agostino Depretis Italy's", "; Harold Macmillan was Britain's", "and Rafael Trujillo the Dominican
#: Republic" (the state a state's mention running to the clause's end, :func:`_leaders_gapped`).
_GAPPED_BEFORE = re.compile(
    rf"(?:,?\s+and|;)\s+(?P<name>{_NAME_WORD}(?:[ -](?:(?:de|da|del|von|van|y)\s+)?{_NAME_WORD}){{0,3}})\s+"
    r"(?P<was>was\s+)?(?:the\s+)?$")
#: The state told first, its holder after "was": "Colombia's president was X, and Peru's was Y".
_GAPPED_WHOSE = re.compile(rf"(?:,?\s+and|;)\s+(?P<state>[A-Z][\w-]*)['’]s\s+was\s+(?P<name>{_PERSON})")
#: The office told as the first leader's: "X was prime minister in London; Y held the same office in Rome".
_GAPPED_SAME = re.compile(rf"(?:,?\s+and|;)\s+(?P<name>{_PERSON})(?:,\s+[^,;.]{{3,60}},)?\s+"
                          r"(?:held|took|had|filled|occupied)\s+the\s+same\s+(?:office|post|job|position)\b")


def _leaders_gapped(text: str, gaz: Gazetteer, found: list[Mention], others: list[tuple[int, int]]) -> list[Mention]:
    """Return the leaders told holding the office, or the rule, of a leader named before them in the sentence, the
    words of it left out (:data:`_GAPPED_BEFORE`, :data:`_GAPPED_WHOSE`, :data:`_GAPPED_SAME`), each mention the name
    alone with that office as its title: "when X was Spain's prime minister and Y Italy's" (Y, prime minister), "when
    X ruled Nicaragua and Y El Salvador" (Y, ruled), "Colombia's president was X, and Peru's was Y", "Y held the same
    office in Rome". Only a name Archigos gives a leader, and a state told where the office is a state's."""
    out: list[Mention] = []
    told = [x for x in found if x.kind == "leader"]
    states = [x for x in found if x.kind == "state"]
    dates = [x for x in found if x.kind == "date"]
    taken = [(x.start, x.end) for x in told]
    for lead in told:
        if _GAPPED_OFFICE.match(lead.how.strip()) is None:
            continue
        stop = _SENTENCE_STOP.search(text, lead.end)
        close = stop.start() if stop is not None else len(text)
        rest = text[lead.end:close]
        verb = lead.how.casefold() in {"ruled", "governed", "led", "ran", "reigned"}
        spans: list[tuple[int, int]] = []
        for x in states:  # "and Y Italy's", "and Y El Salvador": the state told right after the name, ending the clause
            if not lead.end <= x.start < close or not (x.target or "").startswith("state:"):
                continue
            before = _GAPPED_BEFORE.search(text, lead.end, x.start)
            after = re.match(r"(['’]s)?\s*(?:[,;.!?]|$)", text[x.end:])
            if before is None or after is None:
                continue
            # (a state's office left out is told by the state's "'s"; a rule left out, by the state alone)
            if bool(after.group(1)) == verb or (before.group("was") and not after.group(1)):
                continue
            spans.append(before.span("name"))
        for m in [*_GAPPED_WHOSE.finditer(rest), *_GAPPED_SAME.finditer(rest)]:
            if not verb and (m.re is _GAPPED_SAME or any(
                    x.start == lead.end + m.start("state") and (x.target or "").startswith("state:") for x in states)):
                spans.append((lead.end + m.start("name"), lead.end + m.end("name")))
        for start, end in spans:
            name = text[start:end]
            if _overlapping(taken, start, end) or _overlapping(others, start, end) or \
                    name.split()[0].casefold() in _NOT_A_NAME | _NO_NAME:
                continue
            near = _sentence_states(text, start, states)
            label = _leader_label(name, gaz) or _named_leader(name, gaz, near) or \
                _named_alike(text, start, name, gaz, near, dates) or \
                _named_by_a_word(text, start, name, gaz, states, dates)
            if label is None or label not in gaz.leaders:
                continue
            taken.append((start, end))
            out.append(Mention(kind="leader", text=name, start=start, end=end, target=f"leader:{label}",
                               how=lead.how))
    return out


#: A person's rule told by what they own, after the name's "'s" ("Leguía's government", "Ibáñez's new cabinet",
#: "Stroessner's long dictatorship"): a leadership, where the bare possessive ("Hitler's demands") tells none.
_RULE_OWNED = re.compile(rf"\s+(?:{_RULE_KIND}\s+)?"
                         r"(?:government|regime|cabinet|administration|junta|dictatorship|rule|reign|premiership|"
                         r"presidency)\b")
#: The words of a state's seat a leader is told in that are no capital in the state aliases: "the Kremlin" is.
_NAMED_SEATS = frozenset({"capital", "metonym"})


def _leaders_named(text: str, gaz: Gazetteer, leaders: list[tuple[int, int]], others: list[tuple[int, int]],
                   states: list[Mention], dates: list[Mention]) -> list[Mention]:
    """Return the persons named as Archigos names a state's leader that no rule above told a leader (the backstop):
    a full name Archigos holds ("Leonid Brezhnev"), a name it holds under another (:func:`archigos_also`), or a
    surname it holds for one leader, or for one leader of a state told in the sentence ("Tudjman"), each told with
    what it does in office after it (:data:`_NAMED_CUE`, the cue as its title: "took office", "remained in power
    until", the office told, "ruled", "in the capital") or, told with nothing of the kind, with the title "named"
    (read only where the record has that person leading then). A word that names a state, or a single word not
    naming a leader of a state told in the sentence, is none."""
    found: list[Mention] = []
    for m in _NAMED_PERSON.finditer(text):
        words, start = m.group(0), m.start()
        while words and words.split()[0].casefold() in _NOT_A_NAME | _NO_NAME:
            rest = words[len(words.split()[0]):].lstrip(" -")
            start += len(words) - len(rest)
            words = rest
        owner = _state_owning(text, start, words, states)
        start, words = start + len(owner), words[len(owner):]
        owned = _owned_state(start, words, states)  # ("Stroessner's Paraguay": the name, its state owned after)
        words = words if owned is None else words[:owned.start - start].rstrip()
        name = re.sub(r"['’]s$", "", words)
        if not name or _overlapping(leaders, start, start + len(name)) or _overlapping(others, start,
                                                                                        start + len(name)):
            continue
        near = _sentence_states(text, start, states)
        bare = _NAMED_RANKS.sub("", name)
        untitled = _TITLE_AFTER.sub("", bare)
        # (a leader after Archigos's end, told by their whole name, is read whatever the sentence tells of them:
        # "Fumio Kishida visited Delhi last month" tells an office past the record)
        later = later_leader(name)
        label = later or _named_leader(name, gaz, near) or _named_leader(bare, gaz, near) or \
            _named_alike(text, start, bare, gaz, near, dates) or \
            _named_by_a_word(text, start, bare, gaz, states, dates) or \
            (_named_by_a_word(text, start, untitled, gaz, states, dates) if untitled != bare else None)
        if label is None:
            continue
        end = start + len(name)
        cue = _NAMED_CUE.match(text, end)
        how = "named"
        if cue is not None and cue.group("taking"):
            how = "took office"
        elif cue is not None and cue.group("office"):
            office = re.sub(r"\s+", " ", cue.group("office")).casefold()
            ruling = re.search(r"^(?:prime minister|premier|president|chancellor|king|queen|emperor|empress|regent|"
                               r"ruler|dictator|head of .*|monarch|tsar|czar|kaiser|shah|sultan|emir|"
                               r"(?:first|general) secretary)$", office) is not None
            how = "remained in power until" if cue.group("until") and ruling else office
        elif cue is not None and cue.group("ruling"):
            how = "ruled" if any(x.start == cue.end() and x.how not in {"adjective", "demonym"} for x in states) \
                else "named"
        elif cue is not None and cue.group("seat"):
            seat = next((x for x in states if x.start - cue.end() in {0, 4}
                         and text[cue.end():x.start] in {"", "the "}), None)
            if seat is not None and seat.how in _NAMED_SEATS and seat.target and \
                    int(seat.target.split(":")[1]) in _archigos_states(gaz, label):
                how = "in the capital"
        ruled = owned is not None and owned.target is not None and owned.target.startswith("state:") and \
            int(owned.target.split(":")[1]) in _archigos_states(gaz, label)
        # (a state told as the person's, one Archigos has them leading, tells their rule at whatever time the
        # paragraph tells, or at none: "Atatürk's Turkey, barely six years a republic")
        if how == "named" and not ruled and later is None and (
                (words != name and (_RULE_OWNED.match(text, start + len(words)) is None
                                    or not _dated_in_paragraph(text, start, dates)))
                or not (_named_bare(text, start, name, label, gaz, near, dates)
                        or _named_in_article(text, start, label, gaz, near, states, dates))):
            continue  # ("Hitler's demands" tells nothing of an office)
        leaders.append((start, end))
        found.append(Mention(kind="leader", text=name, start=start, end=end, target=f"leader:{label}", how=how))
    return found


def _owned_state(at: int, words: str, states: list[Mention]) -> Mention | None:
    """Return the mention of a state told as a person's, right after the name's "'s" inside the capitalised ``words``
    read at ``at`` ("Stroessner's Paraguay", "Jomo Kenyatta's Kenya", "Castro's Havana": the state that person ruled,
    told by its name or its capital as their rule is told by "'s government"); ``None`` where no state's name nor
    seat follows a "'s" there."""
    for owned in re.finditer(r"['’]s\s+(?=[A-Z])", words):
        state = next((x for x in states if x.start == at + owned.end() and (x.how == "name" or x.how in _NAMED_SEATS)),
                     None)
        if state is not None:
            return state
    return None


def _state_owning(text: str, at: int, words: str, states: list[Mention]) -> str:
    """Return the words of a state told as owning the name after it, with its "'s" and the space ("Argentina's Roca",
    "South Korea's Park Chung-hee": "Argentina's "), at the start of the capitalised ``words`` read at ``at``; "" where
    none is."""
    owned = re.match(r"(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*['’]s\s+(?=[A-Z])", words)
    if owned is None or not any(x.start == at and re.fullmatch(r"['’]s\s+", text[x.end:at + owned.end()])
                                for x in states):
        return ""
    return owned.group(0)


def _named_bare(text: str, at: int, name: str, label: str, gaz: Gazetteer, near: set[int],
                dates: list[Mention]) -> bool:
    """Whether a person told with nothing of an office (:func:`_leaders_named`) is the leader Archigos calls
    ``label``: told by a whole name Archigos holds ("Lon Nol"), or a leader of a state the sentence tells, told by
    the surname alone or in office at a date the sentence tells ("Rosalynn Carter" in 1975 is no "Carter" of the
    United States)."""
    whole = folded_name(_NAMED_RANKS.sub("", name)).casefold() in _archigos_index(gaz, "folded")
    if whole and " " in name:
        return True
    return bool(near & _archigos_states(gaz, label)) and (whole or _named_in_office(text, at, gaz, label, dates))


def _named_in_article(text: str, at: int, label: str, gaz: Gazetteer, near: set[int], states: list[Mention],
                      dates: list[Mention]) -> bool:
    """Whether a person told with nothing of an office (:func:`_leaders_named`), in a sentence telling none of the
    states they led, is the leader Archigos calls ``label`` all the same: a state they led is told in the article up
    to the sentence's end ("Britain and America renewed it. In 1961 Kennedy and Macmillan signed", "Ghana's union
    ... Nkrumah offered a loan"), and Archigos has them in office at a date the sentence tells or, it telling none,
    at the year the article last told before it ("The pact was signed in August 1939. Stalin approved it.")."""
    if near & _archigos_states(gaz, label):
        return False  # (read by :func:`_named_bare`)
    if _told_as_other(text, at):
        return False  # ("Reza Khan, then commander of the Cossack Brigade": told as holding another office)
    if not _states_told_by(text, at, states) & _archigos_states(gaz, label):
        return False
    return any(r["name"] == label and str(r["start_date"]) <= f"{value}-99" and (
        r["end_date"] is None or value <= str(r["end_date"])) for value in _told_when(text, at, dates)
        for r in _named_spells(gaz, label))


def _states_told_by(text: str, at: int, states: list[Mention]) -> set[int]:
    """Return the COW codes of the states the article tells up to the end of the sentence around ``at``."""
    stop = _SENTENCE_STOP.search(text, at)
    end = len(text) if stop is None else stop.start()
    return {int(x.target.split(":")[1]) for x in states if x.target and x.target.startswith("state:")
            and x.start < end}


def _told_when(text: str, at: int, dates: list[Mention]) -> list[str]:
    """Return the dates a sentence tells around ``at`` or, it telling none, the year the article last told before
    it (none where it told none)."""
    told = [d.value for d in dates if d.value and _same_sentence(text, at, d.start)]
    before = [d.value[:4] for d in sorted(dates, key=lambda d: d.end) if d.value and d.end <= at]
    return told or before[-1:]  # (in the text's order: dates told relative to another are found after the rest)


#: A name told with an apposition or a clause of its own right after it ("Reza Khan, then commander of the Cossack
#: Brigade,", "Molotov, the foreign minister,", "Nasser, who"): what the person is, told there, is no leadership the
#: backstop for persons named bare (:func:`_named_in_article`) may read.
_TOLD_AS_OTHER = re.compile(r"[^\W\d][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+(?:(?:then|still|by\s+then|now|later)\s+)?"
                            r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|who\b|[A-Z][\w-]*['’]s\s+)?[a-z]")


#: A name told inside a phrase of rule set off by commas ("Peru, under Augusto Leguía, signed", "Chile, led by the
#: ageing Ibáñez, held back"): the comma after it closes the phrase, no apposition (:func:`_told_as_other`).
_RULED_BY_BEFORE = re.compile(r",\s+(?:under|led\s+by|ruled\s+by|governed\s+by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$")


def _told_as_other(text: str, at: int) -> bool:
    """Whether the name at ``at`` is told with an apposition or a clause of its own right after it
    (:data:`_TOLD_AS_OTHER`), not closing a phrase of rule it stands in (:data:`_RULED_BY_BEFORE`)."""
    return _TOLD_AS_OTHER.match(text, at) is not None and _RULED_BY_BEFORE.search(text[max(0, at - 60):at]) is None \
        and _OWNER.match(text, at) is None


#: A name told as owning what follows it ("Atatürk's Turkey, barely six years a republic,"): an apposition after
#: that is the owned thing's, not the person's (:func:`_told_as_other`).
_OWNER = re.compile(r"[^\W\d][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+[A-Z]")


def _named_by_a_word(text: str, at: int, name: str, gaz: Gazetteer, states: list[Mention],
                     dates: list[Mention]) -> str | None:
    """Return the one leader Archigos may name a person told by a name no index above reads, among the leaders of a
    state told in the article up to the sentence's end in office at a date the sentence tells or, it telling none, at
    the year the article last told (:func:`_named_in_article`): a word of a name Archigos gives in several ("Mao" its
    "Mao Tse-Tung", "Chiang" its "Chiang Kai-shek", "Park" in 1965 its "Hee Park"), the first words of a name told
    longer than Archigos gives it ("Mobutu Sese Seko" its "Mobutu"), the same words hyphenated or not ("Ben-Gurion"
    its "Ben Gurion"), or a surname told alone spelt otherwise (:func:`_spelt_alike`: "Qadhafi" its "Qaddafi",
    "Boumediène" its "Boumedienne"); ``None`` where no one, or more than one, is so called."""
    told = folded_name(name).casefold().split()
    if not told or told[0] in _NOT_A_NAME | _NO_NAME or name.casefold() in gaz.states:
        return None
    index = _archigos_index(gaz, "folded")
    if len(told) == 1:
        called = set(_archigos_index(gaz, "words").get(told[0], set()))
    else:
        called = {c for size in range(len(told) - 1, 0, -1) for c in index.get(" ".join(told[:size]), ())}
    called |= set(index.get(" ".join(told).replace("-", " "), ()))
    if len(called) > 12:  # (a word many leaders' names share tells none of them)
        return None
    fits = {label for label in called if _named_in_article(text, at, label, gaz, set(), states, dates)}
    if not fits and told[-1] not in _ALIKE_PARTICLES and re.fullmatch(r"[ivx]+", told[-1]) is None:
        fits = _spelt_alike(text, at, told[-1], gaz, states, dates)  # ("Józef Piłsudski" too)
    return fits.pop() if len(fits) == 1 else None


#: The least rapidfuzz ratio (0-100) at which a surname told alone is the spelling of a word of the name Archigos
#: gives a leader of a state told, in office then (:func:`_spelt_alike`).
_SPELT_ALIKE = 85


def _spelt_alike(text: str, at: int, word: str, gaz: Gazetteer, states: list[Mention],
                 dates: list[Mention]) -> set[str]:
    """Return the leaders of the states the article tells up to the sentence's end, in office then
    (:func:`_named_in_article`), one word of whose name, four letters or more, is written alike (rapidfuzz ratio at
    least :data:`_SPELT_ALIKE`) to ``word``, a surname of five letters or more told alone ("Nimeiry": Archigos's
    "Nimeiri", "Pilsudski" its "Pildsudski")."""
    from rapidfuzz import fuzz

    when = _told_when(text, at, dates)
    if len(word) < 5 or not when:
        return set()
    alike = {str(r["name"]) for code in _states_told_by(text, at, states) for r in _archigos_spells_of(gaz, code)
             if r["name"] and any(str(r["start_date"]) <= f"{value}-99" and (
                 r["end_date"] is None or value <= str(r["end_date"])) for value in when) and any(
                 fuzz.ratio(word, w) >= _SPELT_ALIKE for w in re.findall(r"[^\W\d_]{4,}", str(r["folded"]).casefold()))}
    return {label for label in alike if _named_in_article(text, at, label, gaz, set(), states, dates)}


def _named_spells(gaz: Gazetteer, label: str) -> list[dict[str, Any]]:
    """Return Archigos's spells in office of the leader it calls ``label``, by the states they led (an index lookup,
    no pass over the whole table)."""
    return [r for code in _archigos_states(gaz, label) for r in _archigos_spells_of(gaz, code) if r["name"] == label]


def _named_alike(text: str, at: int, name: str, gaz: Gazetteer, near: set[int], dates: list[Mention]) -> str | None:
    """Return the leader Archigos spells a person's name otherwise (:func:`archigos_alike`: "José Sarney" its
    "Sarnay"), told by a whole name in a sentence telling a state that leader led and a date they were in office
    (or, telling none, its paragraph's last year: :func:`_paragraph_when`);
    ``None`` for a name Archigos or the ledgers' events hold as written (someone else), or no one alike then."""
    if len(name.split()) < 2 or not near or name.split()[0].casefold() in _NOT_A_NAME | _NO_NAME or \
            re.search(rf"\b{re.escape(name)}\b", gaz.event_text):
        return None
    told = [d.value for d in dates if d.value and _same_sentence(text, at, d.start)]
    for value in told or _paragraph_when(text, at, dates):  # (a sentence of no date: its paragraph's last year)
        said = PartialDate.parse(value)
        label = archigos_alike(name, gaz, near, said.earliest(), said.latest())
        if label is not None:
            return label
    return None


def _named_in_office(text: str, at: int, gaz: Gazetteer, label: str, dates: list[Mention]) -> bool:
    """Whether Archigos has the leader it calls ``label`` in office at a date told in the sentence around ``at`` or,
    it telling none, at the year its paragraph last told before it (:func:`_paragraph_when`)."""
    told = [d.value for d in dates if d.value and _same_sentence(text, at, d.start)]
    if not told:  # (within a few years of it: the paragraph's year need not be the act's)
        return any(r["start_date"].year - 10 <= int(value) <= (r["end_date"].year + 10 if r["end_date"] else 9999)
                   for value in _paragraph_when(text, at, dates) for r in _named_spells(gaz, label))
    return any(r["name"] == label and str(r["start_date"]) <= f"{value}-99" and (
        r["end_date"] is None or value <= str(r["end_date"])) for value in told for r in gaz.archigos)


def _dated_in_paragraph(text: str, at: int, dates: list[Mention]) -> bool:
    """Whether the sentence around ``at`` tells a date, or its paragraph told one before it (:func:`_paragraph_when`):
    a possessive of rule read at no such date ("outlived Sihanouk's rule", opening a paragraph) is read at none."""
    return any(d.value and _same_sentence(text, at, d.start) for d in dates) or bool(_paragraph_when(text, at, dates))


def _paragraph_when(text: str, at: int, dates: list[Mention]) -> list[str]:
    """Return the year the paragraph around ``at`` last told before its sentence ("The pact was renewed in 1923.
    Ibáñez's Chile backed it; Peru, under Leguía, did too": 1923), none where the paragraph told no date before it
    (the time of a person named in a sentence of no date is then unknown)."""
    begin = text.rfind("\n", 0, at) + 1
    before = [d.value[:4] for d in dates if d.value and begin <= d.start and d.end <= at
              and not _same_sentence(text, at, d.start)]
    return before[-1:]


def _named_leader(name: str, gaz: Gazetteer, near: set[int]) -> str | None:
    """Return the leader Archigos names by ``name`` (:func:`_leaders_named`): its whole folded name, a name it holds
    under another, or its last words, where one leader is so called, or one leader of the states ``near`` (the
    sentence's); ``None`` for a word that names a state or a place, or a name of nobody Archigos holds."""
    words = folded_name(name).casefold().split()
    if not words or name.casefold() in gaz.states or not name[:1].isupper():
        return None
    also = archigos_also(name) if len(words) > 1 else None
    if also is not None and also in gaz.leaders:
        return also
    for size in range(len(words), 0, -1):
        key = " ".join(words[-size:])
        if re.fullmatch(r"[ivx]+", key) or (size == 1 and len(words) > 1 and len(key) < 3):
            break
        called = set(_archigos_index(gaz, "folded").get(key, ())) or (
            set(_archigos_index(gaz, "surname").get(_surname_key(key), ())) if size < len(words) else set())
        if len(called) > 1 and size < len(words):
            called = _by_initial(called, words[0]) or called
        if len(called) > 1:
            called = {c for c in called if _archigos_states(gaz, c) & near}
        if len(words) == 1 and near and not any(_archigos_states(gaz, c) & near for c in called):
            # (a surname Archigos gives whole to no leader, or to a leader of another state only, told beside a state
            # one of whose leaders it names by given names and that surname: "Morales" in a sentence of Bolivia is its
            # "Juan Morales", not the Dominican "Morales"; "Taya" of Mauritania its "Sidi Ahmed Taya"; a name told
            # with given names of its own is not so read: "Manuel Estrada Cabrera" is no "Alfonso Portillo Cabrera")
            called = {c for c in _archigos_index(gaz, "words").get(key, ()) if _archigos_states(gaz, c) & near
                      and folded_name(c).casefold().split()[-1] == key} or called
        if called:
            return called.pop() if len(called) == 1 else None
    return None


def _by_initial(called: set[str], given: str) -> set[str]:
    """Return, of the leaders Archigos calls by one surname and an initial ("Gandhi, I." and "Gandhi, R."), the one
    whose initial is that of the given name told ("Indira Gandhi", "Rajiv Gandhi"), or none where not one is."""
    alike = {c for c in called if (initial := re.search(r",\s+([^\W\d_])\.", c)) is not None
             and initial.group(1).casefold() == given[:1].casefold()}
    return alike if len(alike) == 1 else set()


#: An office a leader told by a pronoun holds or takes (:data:`_PRONOUN_OFFICE`): "he was prime minister then", "she
#: became queen", "he was still Egypt's president", "he moved to the presidency" (an office of a body, "president of
#: the senate", is none).
_PRONOUN_HOLDING = (
    r"(?:was|became|remained|had\s+been)\s+(?:(?:then|still|already|now|again)\s+)?(?:(?:the|its|their)\s+|"
    r"(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s\s+)?(?:new\s+)?(?:president|prime\s+minister|premier|chancellor|king|queen|emperor|empress|"
    r"regent|dictator|shah|sultan|emir|tsar|kaiser)(?![’'-]s\b|-elect\b|\s+of\s+(?:the|a|an)\b)"
    r"|(?:moved|rose|ascended|acceded|succeeded)\s+to\s+the\s+(?P<seat>presidency|premiership|chancellorship|throne)")
#: A leader told by a pronoun taking office, leaving it, or ruling a state told right after: "He stepped down on 31
#: December 1980", "he led Senegal from August 1960", "She had taken office in May", "he was pushed out of office
#: on 3 April 1980", "He died on 12 April 1945".
_PRONOUN_OFFICE = re.compile(
    r"\b(?P<name>[Hh]e|[Ss]he)\s+(?:had\s+)?(?P<title>" + _LEAVING_POWER + "|"
    r"took\s+office|taken\s+office|" + _TAKING_POWER + "|"
    r"(?P<ruling>ruled|led|governed)|" + _PRONOUN_HOLDING + r")\b")
#: How far before a pronoun (in characters) the leader it stands for may be named.
_PRONOUN_REACH = 400


def _leaders_by_pronoun(text: str, named: list[Mention], states: list[tuple[int, int]]) -> list[Mention]:
    """Return the leaders told by a pronoun (:data:`_PRONOUN_OFFICE`), each standing for the last leader named
    before it, within :data:`_PRONOUN_REACH` characters: that leader's name is the mention's ``value`` (it links
    nothing itself); a pronoun with no leader named before it is none."""
    found: list[Mention] = []
    for m in _PRONOUN_OFFICE.finditer(text):
        if m.group("ruling") and not any(re.fullmatch(r"\s+(?:in\s+)?", text[m.end():a]) for a, _ in states
                                         if a >= m.end()):
            continue  # "he led the delegation": ruling only a state told right after
        before = [x for x in named if x.end <= m.start() and m.start() - x.end <= _PRONOUN_REACH
                  and x.text.casefold() not in {"he", "she"}]
        if not before:
            continue
        antecedent = max(before, key=lambda x: x.end)
        person = re.search(_PERSON, antecedent.text)
        name = antecedent.target.split(":", 1)[1] if antecedent.target else person.group(0) if person else ""
        if name:
            found.append(Mention(kind="leader", text=m.group("name"), start=m.start(), end=m.end("name"), value=name,
                                 how="took office" if m.group("seat") else re.sub(r"\s+", " ", m.group("title"))))
    return found


#: Dates told against the article's own: "yesterday", "this spring", "this summer".
_FROM_TODAY = re.compile(r"\b(?:yesterday|(?:this|earlier this|later this)\s+(?:spring|summer|autumn|fall|winter))\b",
                         re.IGNORECASE)


def _days_after(day: _dt.date, days: int) -> _dt.date | None:
    """Return the date ``days`` after ``day`` (before it if negative), or None past the calendar's ends (an article
    dated 9999-12-31 telling "tomorrow")."""
    try:
        return day + _dt.timedelta(days=days)
    except OverflowError:
        return None


#: "Today" or "tomorrow" told of a day's act in the present or future tense, in its sentence: an act set for that day
#: ("Today the two foreign ministers sign the accord", "The funeral is to be held in the capital today", "the king
#: arrives tomorrow"), not "now" ("in force today", "Today, with troops on the border, ...", "is still bound today").
_DAY_FROM_TODAY = re.compile(r"\b(?P<word>today|tomorrow)\b", re.IGNORECASE)
_DAYS_ACT = re.compile(
    r"\b(?:(?:is|are)\s+(?:to\s+be\s+[a-z]+ed|due\s+(?:to|in|at)|scheduled\s+to|set\s+to|expected\s+to)|"
    r"will\s+(?:sign|meet|visit|arrive|hold|open|host|announce|ratify|join|travel|fly|land)|"
    r"(?<!\bto\s)(?:signs?|meets?|visits|arrives?|holds|opens|hosts|announces|ratifies|lands|flies))\b",
    re.IGNORECASE)
#: What makes "today" "now": a state of affairs rather than a day's act ("in force today", "still ... today").
_TODAY_AS_NOW = re.compile(r"\b(?:in\s+force|still|remains?|even|as\s+of|until|to\s+this|up\s+to|by|since)\s+"
                           r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _told_from_today(text: str, published: _dt.date | None, taken: list[tuple[int, int]]) -> list[Mention]:
    """Return the dates told against the article's date: "yesterday" (the day before it), "this spring" (its year),
    "today" and "tomorrow" told of a day's act in the present or future tense (:data:`_DAYS_ACT`: its day, the
    article's or the next)."""
    found: list[Mention] = []
    if published is None:
        return found
    for m in _DAY_FROM_TODAY.finditer(text):
        sentence = _sentence_text(text, m.start())
        if _overlapping(taken, m.start(), m.end()) or _DAYS_ACT.search(sentence) is None or _TODAY_AS_NOW.search(
                text[max(0, m.start() - 30):m.start()]) or re.search(r"\b(?:ago|anniversary|years?)\b", sentence):
            continue
        day = _days_after(published, 1 if m.group("word").casefold() == "tomorrow" else 0)
        if day is not None:
            found.append(Mention(kind="date", text=m.group(0), start=m.start(), end=m.end(), value=day.isoformat(),
                                 precision="day", how="from the article's date"))
    for m in _FROM_TODAY.finditer(text):
        if _overlapping(taken, m.start(), m.end()):
            continue
        if m.group(0).casefold() == "yesterday":
            if (before := _days_after(published, -1)) is None:
                continue
            value, precision = before.isoformat(), "day"
        else:
            value, precision = f"{published.year:04d}", "year"
        found.append(Mention(kind="date", text=m.group(0), start=m.start(), end=m.end(), value=value,
                             precision="day" if precision == "day" else "year", how="from the article's date"))
    return found


#: Dates told against the article's date without a number: the day ("this morning", "tonight", "last night",
#: "tomorrow"), its week or month or year or the one before or after ("this week", "next month", "last year"; a week
#: is read as its month), and an anniversary told of it ("Today is the twentieth anniversary": that day twenty years
#: before). A bare "today" is most often "now" ("in force today", "Today, with troops ..."): no date.
_FROM_PUBLICATION = re.compile(
    r"(?<!\bthe\s)(?<!\bof\s)\b(?:(?P<today_is>(?:today|this\s+week|this\s+month)\s+(?:is|marks)\s+"
    r"(?:the|its|their)\s+(?P<nth>\d{1,3}(?:st|nd|rd|th)|(?:[a-z]+[- ])?[a-z]+(?:st|nd|rd|th))\s+anniversary)|"
    r"(?P<day>this\s+(?:morning|afternoon|evening)|tonight|last\s+night|tomorrow)|"
    r"(?P<rel>this|next|last)\s+(?P<unit>week|month|year)\b(?!['’]s))\b",
    re.IGNORECASE)
_DAY_SHIFT = {"tomorrow": 1, "last night": -1}
#: Ordinal words as the cardinal they are made from: "fifth" five, "twentieth" twenty, "seventy-fifth" seventy-five.
_ORDINAL_STEMS = (("first", "one"), ("second", "two"), ("third", "three"), ("fifth", "five"), ("eighth", "eight"),
                  ("ninth", "nine"), ("twelfth", "twelve"), ("ieth", "y"), ("th", ""))


def _ordinal_value(word: str) -> int | None:
    """Return the number an ordinal tells ("75th", "twentieth", "seventy-fifth", "hundredth"), or None."""
    word = word.casefold()
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
        return int(word[:-2])
    for ending, cardinal in _ORDINAL_STEMS:
        if word.endswith(ending):
            return number_value(("a " if word == "hundredth" else "") + word[:len(word) - len(ending)] + cardinal)
    return None


def _told_against_publication(text: str, published: _dt.date | None,
                              taken: list[tuple[int, int]]) -> list[Mention]:
    """Return the dates :data:`_FROM_PUBLICATION` tells against the article's date."""
    found: list[Mention] = []
    if published is None:
        return found
    for m in _FROM_PUBLICATION.finditer(text):
        group = next(g for g in ("day", "rel", "today_is") if m.group(g))
        start, end = m.start(), m.end()
        if _overlapping(taken, start, end):
            continue
        value: str
        precision: Literal["year", "month", "day"] = "day"
        if group == "today_is":  # "Today is the twentieth anniversary": the day so many years before
            years = _ordinal_value(m.group("nth"))
            if years is None or not 0 < years < published.year:
                continue
            then = published.replace(year=published.year - years, day=min(published.day, 28)
                                     if published.month == 2 else published.day)
            value, precision = (then.isoformat(), "day") if m.group(0)[:5].casefold() == "today" else (
                f"{then.year:04d}-{then.month:02d}", "month")
        elif group == "rel":
            step = {"this": 0, "next": 1, "last": -1}[m.group("rel").casefold()]
            unit = m.group("unit").casefold()
            if unit == "year":
                value, precision = f"{published.year + step:04d}", "year"
            else:
                week = _days_after(published, 7 * step) if unit == "week" else published
                if week is None:
                    continue
                index = week.year * 12 + week.month - 1 + (step if unit == "month" else 0)
                value, precision = f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
            if not _dt.MINYEAR <= int(value[:-3] if precision == "month" else value) <= _dt.MAXYEAR:
                continue  # ("next year" in an article dated 9999: past the calendar's end)
        else:
            said = re.sub(r"\s+", " ", m.group(group).casefold())
            if (moved := _days_after(published, _DAY_SHIFT.get(said, 0))) is None:
                continue
            value = moved.isoformat()
        found.append(Mention(kind="date", text=text[start:end], start=start, end=end, value=value,
                             precision=precision, how="relative to the article's date" if group == "today_is"
                             else "from the article's date"))
    return found


#: A weekday told ahead of the article's date: the clause before it speaks of what will be ("will sign on Monday",
#: "is expected to arrive on Saturday", "is due to be raised on Monday").
_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are|was|were)\s+(?:expected|due|scheduled|set|going)\s+to|(?:is|are)\s+to|"
                    r"plans?\s+to|intends?\s+to)\b[^.;]*$", re.IGNORECASE)


def _told_ahead(text: str, at: int) -> bool:
    """Return True if the clause before position ``at`` speaks of the future (:data:`_AHEAD`)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind(";", 0, at)) + 1
    return _AHEAD.search(text[start:at]) is not None


#: "on this day in 1978": the article's day and month in that year.
_ON_THIS_DAY = re.compile(rf"\b[Oo]n\s+this\s+(?:day|date)\s+in\s+(?P<year>{_YEAR})\b")


def _on_this_day(text: str, published: _dt.date | None, taken: list[tuple[int, int]]) -> list[Mention]:
    """Return the dates told "on this day in" a year (:data:`_ON_THIS_DAY`), the article's day of that year."""
    found: list[Mention] = []
    for m in _ON_THIS_DAY.finditer(text) if published is not None else ():
        if _overlapping(taken, m.start(), m.end()) or published is None:
            continue
        day = min(published.day, 28) if published.month == 2 else published.day
        found.append(Mention(kind="date", text=m.group(0), start=m.start(), end=m.end(),
                             value=f"{int(m.group('year')):04d}-{published.month:02d}-{day:02d}", precision="day",
                             how="from the article's date"))
    return found


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(?:[Oo]n|[Ll]ast|[Tt]his)\s+(?P<day>" + "|".join(_WEEKDAYS) + r")\b(?![\s,]*\d)")
#: An agreement's noun that tells no sort of its own beside "alliance": "treaty of alliance", "alliance treaty", "pact
#: of alliance" (a count may lie over it: "the only treaty of alliance the two ever signed").
_GENERIC_ALLIANCE = re.compile(r"(?:(?:treaty|treaties|pacts?|agreements?)\s+of\s+alliance|"
                               r"alliance\s+(?:treat(?:y|ies)|pacts?|agreements?))", re.IGNORECASE)


def _generic_alliance(mention: Mention) -> bool:
    """Return True if ``mention`` is an agreement told by a generic noun only (:data:`_GENERIC_ALLIANCE`), linked by
    the claims' reading of its sentence, not by a name of its own."""
    return mention.kind == "agreement" and mention.how in {"kind title", "kind description"} and \
        _GENERIC_ALLIANCE.fullmatch(mention.text) is not None


#: Counts told by "only" (or "single", "sole") and "never": one agreement, or none.
_ONLY_OR_NEVER = re.compile(
    r"\b(?:(?P<only>(?:the|their|its)\s+(?:first\s+and\s+)?(?:only|single|sole|lone))\s+(?:[a-z-]+\s+){0,2}?|(?:(?:have|has|had)\s+)?never\s+(?:[a-z]+\s+){0,2}?"
    r"(?:signed|concluded|formed|made|had|entered into)\s+(?:an?|any)\s+(?:[a-z-]+\s+){0,2}?)"
    r"(?P<noun>alliance|treaty|pact|agreement)\b", re.IGNORECASE)
#: A count of none told by "one" standing for an agreement's noun told just before it in the sentence: "have never
#: needed a bilateral alliance of their own, and have never signed one".
_NEVER_ONE = re.compile(r"\b(?:(?:have|has|had)\s+)?never\s+(?:signed|concluded)\s+one\b(?!\s+(?:of|another|with)\b)",
                        re.IGNORECASE)
#: A count of one told by "one" standing for an agreement's noun told just before it, in the sentence or the one
#: before: "The 1994 treaty is the only bilateral one", "that pact was their sole one".
_ONLY_ONE = re.compile(r"\b(?:the|their|its)\s+(?:only|single|sole|lone)\s+(?:[a-z-]+\s+)?one\b"
                       r"(?!\s+(?:of|another|who|that)\b)", re.IGNORECASE)
_NOUN_TOLD = re.compile(r"\b(?P<noun>alliance|treaty|pact|agreement)\b[^.;]*$", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"\b(?:an?|any)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>alliance|treaty|pact|agreement)\b[^.]*$",
                          re.IGNORECASE)
#: A count of none of the pair's own agreements told by "one" (or nothing) standing for the agreements' noun told just
#: before it: "have signed many treaties together and not one with each other alone", "pacts signed with all their
#: neighbours, never with each other alone", "joined many alliances without ever signing one of their own".
_NONE_OWN_ONE = re.compile(r"\b(?:not\s+(?:a\s+single\s+)?one|never(?:\s+(?:signed|concluded|made)\s+(?:one|any))?|"
                           r"without\s+(?:ever\s+)?(?:signing|concluding|making|forming)\s+(?:a\s+single\s+)?one)\s+"
                           r"(?:of\s+(?:their|its)\s+own|with\s+each\s+other\s+alone|between\s+(?:the\s+two|them)\s+alone)\b",
                           re.IGNORECASE)
#: The agreements' noun a count of none told by "one" stands for (:data:`_NONE_OWN_ONE`), earlier in its sentence.
_NOUNS_BEFORE = re.compile(r"\b(?P<noun>alliances?|treat(?:y|ies)|pacts?|agreements?|accords?)\b[^.;]*$", re.IGNORECASE)
#: A count of none told by "no": "have signed no alliance since", "No bilateral pact has been signed since 1958".
_NONE_SIGNED = re.compile(r"\b(?:(?:have|has|had)\s+(?:\w+\s+)?(?:signed|concluded)\s+no\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?P<noun>alliance|treaty|pact|agreement)\b|"
                          r"no\s+(?:[a-z-]+\s+(?:or\s+)?){0,3}?(?P<noun2>alliance|treaty|pact|agreement)"
                          r"(?:\s+of\s+(?:alliance|defen[cs]e|mutual\s+[a-z-]+))?"
                          r"(?:\s+between\s+(?:them|us|the\s+two|(?-i:[A-Z])[\w'’-]+\s+and\s+(?-i:[A-Z])[\w'’-]+)"
                          r"(?:\s+alone)?)?"
                          r"\s+(?:(?:has|have|had)\s+(?:ever\s+|since\s+)?been|(?:was|were)\s+ever)\s+"
                          r"(?:signed|concluded|recorded)\b)", re.IGNORECASE)
# (the noun's kind told by several words, "no bilateral defence or non-aggression treaty has ever been concluded"; of
# alliance, and between whom, "No treaty of alliance between Quito and Caracas alone has ever been signed", "no
# treaty of alliance between the two was ever recorded"; not a past one's without "ever", "no pact was signed at the
# summit", told of an occasion)
#: A count of none of the pair's own agreements told by "no", "not a single" or "without ever signing": "They have not
#: a single alliance of their own", "the two signed no treaty of their own", "without ever concluding a pact between
#: them alone" (the words after the noun bind it to the pair, so a bare "no alliance" elsewhere is no count).
_NONE_OF_THEIR_OWN = re.compile(r"\b(?:not\s+a\s+single|no|never\s+(?:an?|any)|without\s+(?:ever\s+)?(?:signing|"
                                r"concluding|making|forming|having)\s+(?:an?|any))\s+(?:[a-z-]+\s+){0,2}?"
                                r"(?P<noun>alliance|treaty|pact|agreement)\s+"
                                r"(?:of\s+(?:their|its|our)\s+own|(?:of|between)\s+(?:the\s+two|them|us)\s+alone|"
                                r"with\s+each\s+other\s+alone)\b", re.IGNORECASE)
# (also told after a count, with "never": "shared two agreements in all, never an alliance of their own")
#: A count of none of the pair's bilateral agreements told by "no" (or "never a") and the noun alone, beside another
#: count: "shared one agreement, and no bilateral pact at all", "three treaties but no bilateral alliance", "four
#: multilateral agreements in all, and never a bilateral alliance" (a noun closing its clause).
_NO_BILATERAL = re.compile(r"(?:\b(?:and|but)|,)\s+(?P<n>(?:no|never\s+(?:an?|any))\s+bilateral\s+(?:[a-z-]+\s+)?"
                           r"(?P<noun>alliance|treaty|pact|agreement)s?(?:\s+at\s+all)?)(?=\s*(?:[,;.:)]|$))",
                           re.IGNORECASE)
#: A count of none told by "there ... never": "there has never been a bilateral alliance treaty", "there was never
#: any pact between them".
_NEVER_THERE = re.compile(r"\bthere\s+(?:(?:has|have|had)\s+never\s+been|(?:was|were|is)\s+never)\s+(?:an?|any)\s+"
                          r"(?:[a-z-]+\s+){0,2}?(?P<noun2>alliance|treaty|pact|agreement)\b", re.IGNORECASE)
#: The ordinals of a next agreement told not to be (yet): "a second", "a third".
_NEXT_ORDINALS = "|".join(k for k in _ORDINALS if k != "first")
#: An indefinite ordinal, with its agreement's noun or standing for it alone ("a second bilateral defence pact", "a
#: third" closing its clause or before a verb).
_NEXT_ONE = (rf"(?:a|an|any)\s+(?P<n>{_NEXT_ORDINALS})(?:\s+(?:[a-z-]+\s+){{0,2}}?"
             r"(?P<noun>alliance|treaty|pact|agreement|accord)\b|(?=\s*(?:[,;.:!?)]|$)|\s+(?:would|could|might|will|may|should|must|was|is|has|had|ever|yet|since|"
             r"between)\b))")
#: A count told by a next agreement that is not, or not yet: under a negation earlier in its clause ("London and Lisbon
#: have never needed a second bilateral defence pact", "There has never been a third", "not ... a second") or told by
#: a modal ("A third would need a reason", "a second pact could follow"): one fewer than the ordinal.
_NEXT_NOT_YET = re.compile(
    rf"\b(?:(?:never|not|no|nor|without)\b(?:\s+(?!(?:and|but|or|because|while|though|although)\b)[\w'’-]+){{0,4}}?"
    rf"\s+{_NEXT_ONE}|(?-i:[Aa])n?\s+(?P<m>{_NEXT_ORDINALS})(?:\s+(?:[a-z-]+\s+){{0,2}}?(?P<mnoun>alliance|treaty|"
    r"pact|agreement|accord)\b)?(?=\s+(?:would|could|might|will|may|should|must)\b))",
    re.IGNORECASE)
#: The nouns of an agreement a count is told of, or a pair is told to have none of.
_AGREEMENT_NOUN = r"(?:alliances?|treat(?:y|ies)|pacts?|agreements?|accords?)"
#: An agreement's noun told before a count that stands without one ("Two agreements in all. There has never been a
#: third"): the last, in the sentence or the one before.
_NOUN_LAST = re.compile(rf"\b(?P<noun>{_AGREEMENT_NOUN})\b(?!.*\b{_AGREEMENT_NOUN}\b)", re.IGNORECASE | re.DOTALL)
#: A count of every agreement told without its noun after a verb of sharing, in any tense: "have shared seven",
#: "shared nine between them", "the two share only one".
_SHARED_BARE = re.compile(rf"\b(?:(?:have|has|had)\s+(?:\w+\s+)?shared|share|shares|shared)\s+(?:just\s+|only\s+)?"
                          rf"(?P<n>\d{{1,3}}|{_NUMBER_WORDS})"
                          r"(?=\s*(?:[,;.:]|$)|\s+(?:between\s+them|so\s+far|to\s+date)\b)", re.IGNORECASE)
#: A count of every agreement told without its noun, as what a record or a count holds: "The record holds two", "our
#: count comes to five", "the ledger lists three" (of agreements just spoken of).
_RECORD_HOLDS = re.compile(rf"\b(?:the|our|my|their|its)\s+(?:record|records|ledger|count|tally|total)\s+"
                           rf"(?:holds|shows|lists|counts|gives|has|comes\s+to|stands\s+at|is)\s+(?:just\s+|only\s+)?"
                           rf"(?P<n>\d{{1,3}}|{_NUMBER_WORDS})(?=\s*(?:[,;.:]|$))", re.IGNORECASE)
#: A count of breaches told as a tally and its value: "the ledger of betrayals between the two comes to one", "the
#: tally of breaches stands at two", "the number of violations is zero".
_TALLY_OF = re.compile(rf"\b(?:ledger|tally|count|number|total|record)\s+of\s+(?P<noun>betrayals|breaches|violations)"
                       rf"(?:\s+(?!(?:is|comes|stands|was)\b)[\w'’-]+){{0,5}}?\s+(?:comes\s+to|stands\s+at|is|was|"
                       rf"amounts\s+to|totals)\s+(?:just\s+|only\s+)?(?P<n>\d{{1,3}}|{_NUMBER_WORDS})\b(?!\s+of\b)",
                       re.IGNORECASE)
#: A count of every agreement told without its noun: "ten in all", "seven all told".
_IN_ALL = re.compile(rf"\b(?P<n>\d{{1,3}}|{_NUMBER_WORDS})\s+(?:in\s+all|in\s+total|all\s+told|altogether)\b",
                     re.IGNORECASE)
#: A count asked for and answered by a bare number at the head of the next sentence: "So how many agreements in
#: all? Three, two of them bilateral.", "A reader asks how many alliances the two countries have. Our answer: three.",
#: "... how many treaties bind the two countries. By the count of the alliance databases, three: ...", or after a colon
#: in the question's sentence ("Asked how many agreements they had, she answered: four, all multilateral").
_ANSWERED = re.compile(
    r"\bhow\s+many\s+(?:[\w-]+\s+){0,2}?(?P<noun>alliances|agreements|treaties|pacts)\b[^.?!\n:]{0,120}[?.:]"
    r"(?:\W*\n)?\s*(?:\*\*|[A-Z]+:\s*|[A-Z]:\s*)?\s*(?:(?:our|the|my)\s+(?:answer|count|tally|total)\s*(?:is\s+|:\s*)|"
    rf"by\s+(?:the|our|my)\s+count\s+of\s+[^,.?!]{{0,60}},\s*)?(?P<n>{_NUMBER_WORDS}|\d{{1,2}})\b(?=\s*[,.:;])",
    re.IGNORECASE)


def _answered_counts(text: str) -> list[re.Match[str]]:
    """Return the counts asked for and answered (:data:`_ANSWERED`), each with its number (``n``) and the question's
    noun (``noun``)."""
    return list(_ANSWERED.finditer(text))


_FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_OF_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the same) year\b")
_BARE_MONTH = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|mid-|"
                         r"(?P<rel>[Tt]he following|[Tt]he next|[Ll]ast))\s+(?P<month>"
                         + "|".join(_FULL_MONTHS) + r")\b(?![\s,]*\d)"
                         r"(?P<that>\s+(?:of\s+)?(?:that|the same|the following|the next) year)?")
#: "allied only once", "have been allies twice": "once", "twice" and "thrice" count alliances only after "allied", or
#: before its clause tells the two in one alliance ("twice, by the record, A and B have found themselves inside the
#: same alliance", "Twice the two were allied")
_ONCE = re.compile(r"(?<=\b(?:allied|allies)\s)(?:\w+\s+){0,2}?(?:once|twice|thrice)\b(?!\s+(?:more|again))|"
                   r"\b(?:once|twice|thrice)\b(?!\s+(?:more|again|over)\b)(?=(?:(?!\b(?:when|while|because|as|after|"
                   r"before|since)\b)[^.;:]){0,100}?\b(?:(?:in|inside|into|within)\s+(?:the\s+same|a\s+common|one)\s+"
                   r"alliance|(?:been|were|was|became)\s+(?:formally\s+)?allied(?!\s+(?:to|with)\b))\b)", re.IGNORECASE)


def _anniversary(text: str, found: Sequence[Mention], before: int, published: _dt.date | None) -> _dt.date | None:
    """Return the last day of the year an anniversary article is set in ("Eighty years ago today": the article's
    year less eighty), told before character ``before``, where the story is still there: the last year written
    before ``before`` is nearer that year than the article's. A day or month written without its year then belongs
    to that year, not to the year the article was published."""
    told = [m for m in found if m.kind == "date" and m.how == "relative to the article's date" and m.start < before
            and m.value]
    if not told or published is None:
        return None
    year = int((told[0].value or "")[:4])
    written = [int(y.group(0)) for y in re.finditer(rf"(?<![\w-]){_YEAR}(?![\w-])", text[told[0].end:before])]
    if written and abs(written[-1] - year) >= abs(written[-1] - published.year):
        return None  # the story has come back to the article's own time
    return _dt.date(year, 12, 31)


def _bare_months(text: str, published: _dt.date | None, taken: list[tuple[int, int]],
                 dates: Sequence[Mention] = ()) -> list[Mention]:
    """Return months written without their year ("in October", "in March that year"), each of the year the sentence
    writes before it, or, after "that year", of the latest year written before; else of the year an anniversary
    article is set in (:func:`_anniversary`, among the ``dates`` read before); else the latest such month up to the
    article's date."""
    found: list[Mention] = []
    for m in _BARE_MONTH.finditer(text):
        start, end = m.start("month"), m.end("month")
        if _overlapping(taken, start, end):
            continue
        month = _FULL_MONTHS.index(m.group("month")) + 1
        that = m.group("that") or ""
        rel = (m.group("rel") or "").casefold()
        year: int | None
        if rel == "last":  # "Last July": the latest July before the article's month
            if published is None:
                continue
            year = published.year if month < published.month else published.year - 1
        elif rel:  # "the following May": told against the date last written (:func:`_relative_dates`)
            continue
        elif that:
            near = _nearby_year(text, start, earlier_only=True) or _nearby_year(text, start, before=True)
            year = None if near is None else near[0].year + (1 if re.search(r"following|next", that) else 0)
        else:
            near = _nearby_year(text, start, earlier_only=True)
            year = near[0].year if near is not None else None
            frame = None if year is not None else _anniversary(text, dates, start, published)
            if frame is not None:
                year = frame.year
            elif year is None and published is not None:
                year = published.year if month <= published.month else published.year - 1
        if year is None:
            continue
        found.append(Mention(kind="date", text=m.group("month"), start=start, end=end, value=f"{year:04d}-{month:02d}",
                             precision="month", how="month"))
    return found


#: Dates told against the date the article last wrote: "that November", "the following March", "the previous
#: October", "later that month",
#: "the following year", "thirteen days later", "five days earlier", "the next day", "the same day", "that summer"
#: ("two years later" is a duration: how long after, not when).
_RELATIVE = re.compile(
    r"\b(?:"
    r"(?P<month_rel>that|the following|the next|the previous|the preceding)\s+(?P<month>" + "|".join(_FULL_MONTHS)
    + r")\b(?![\s,]*\d)"
    r"(?!\s+(?:of\s+)?(?:that|the same|the following|the next)\s+year)|"
    # ("that month", "the same year", "that same month", "that very year")
    r"(?:(?:later|earlier|early|late)\s+(?:in\s+)?)?(?:that(?:\s+(?:same|very))?|the\s+(?:same|very))\s+"
    r"(?P<this>month|year)\b(?!\s+as\b)|"
    r"(?:(?:later|early|late)\s+(?:in\s+)?)?the\s+(?:following|next)\s+(?P<next>year|month|day)\b|"
    # ("that same day", "that very day"; not "the same day as the French guarantee": another's day)
    r"(?:the|that)\s+(?:same|very)\s+(?P<same>day)\b(?!\s+as\b)|"
    r"(?P<n>an?|\d{1,3}|" + _NUMBER_WORDS + r")\s+(?P<unit>days?)\s+"
    r"(?P<dir>later|earlier|after(?=\s*[,.;])|before(?=\s*[,.;]))|"
    r"(?P<season_rel>that|the same)\s+(?P<season>spring|summer|autumn|fall|winter)\b|"
    # a day of the month just told, by its ordinal alone ("In April 1999, on the 9th I think, ..."): no noun after it
    # ("the 9th Army", "the 20th century")
    r"(?<=\bon\s)the\s+(?P<nth_day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*[,;:.)\u2014\u2013]|\s+(?:I|we|as|or|and|"
    r"if|when|after|before|of\s+(?:that|the\s+same)\s+month)\b)"
    r")", re.IGNORECASE)
#: What may follow "that May" when it is a date and not a clause ("said that May would go"): a break, a conjunction or
#: a preposition.
_AFTER_BARE = re.compile(r"\s*(?:[,.;:)\u2014-]|$|(?:and|but|when|as|after|before|in|at|the|to|with|by|on)\b)")
_PRECISIONS = ("year", "month", "day")


def _month_then_was(text: str, m: re.Match[str]) -> bool:
    """Whether "that June" told before "was" is a date (:data:`_RELATIVE`): it stands after a noun, not after a verb
    of saying, and the month is none that is also a name ("Mexico's president that June was Cárdenas"; not "said
    that May was wrong")."""
    return m.group("month").casefold() != "may" and m.group("month_rel").casefold() == "that" and re.match(
        r"\s+(?:was|were|had\s+been)\b", text[m.end():]) is not None and re.search(
        r"\b(?:said|says|say|thought|knew|believed|hoped|felt|noted|wrote|argued|claimed|insisted|added|"
        r"agreed|recalled|remembered|knows|so)\s+$", text[max(0, m.start() - 20):m.start()]) is None


def _precision(name: str) -> Literal["year", "month", "day"]:
    return "day" if name == "day" else "month" if name == "month" else "year"


def _shifted(value: str, precision: str, unit: str, n: int) -> tuple[str, str] | None:
    """Return a date ``value`` (at ``precision``) moved ``n`` units later, at the coarser of its precision and the
    unit's ("two days later" after a month is that month or the next: a month, not a day)."""
    unit = unit.casefold().rstrip("s")
    want = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    precision_out = min(precision, want, key=_PRECISIONS.index)
    parts = [int(x) for x in value.split("-")]
    year, month, day = parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
    if unit in {"day", "week"}:
        if precision != "day":
            return None  # "two days later" after "in 1940": no date to tell
        then = _dt.date(year, month, day) + _dt.timedelta(days=n * (7 if unit == "week" else 1))
        return then.isoformat(), "day"
    if unit == "month":
        if precision == "year":
            return None
        index = year * 12 + month - 1 + n
        year, month = index // 12, index % 12 + 1
    else:
        year += n
    out = _dt.date(year, month, min(day, 28))
    if precision_out == "year":
        return f"{out.year:04d}", "year"
    if precision_out == "month":
        return f"{out.year:04d}-{out.month:02d}", "month"
    return f"{out.year:04d}-{out.month:02d}-{day:02d}", "day"


def _relative_dates(text: str, dates: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Return the dates the article tells against the date it last wrote (within the 600 characters before): "that
    November" and "the following March" (that month of the same year, or of the next year after it), "later that
    month" and "that year" (the date's month or year), "the following year", "thirteen days later", "the next day",
    "the same day" (moved on from it). A count of days told against a year or a month gives no date."""
    found: list[Mention] = []
    known = sorted((d for d in dates if d.value and d.precision), key=lambda d: d.start)
    for m in _RELATIVE.finditer(text):
        if _overlapping(taken, m.start(), m.end()) and not m.group("unit"):
            continue  # (a count of days is a duration too: "Thirteen days" stays one beside "Thirteen days later")
        if m.group("unit") and any(a < m.end() and m.start() < b and not (m.start() <= a and b <= m.end())
                                   for a, b in taken):
            continue
        if re.search(r"\bof\s+$", text[max(0, m.start() - 4):m.start()]) or any(
                0 <= m.start() - d.end <= 2 and not text[d.end:m.start()].strip() for d in known):
            continue  # "on 30 October of that year", "March that year": part of the date before it
        if m.group("month") and not _AFTER_BARE.match(text, m.end()) and not _month_then_was(text, m):
            continue
        before = [d for d in [*known, *found] if d.end <= m.start() and m.start() - d.end <= 600]
        if not before:
            continue
        anchor = max(before, key=lambda d: d.end)
        value, precision = anchor.value or "", anchor.precision or "year"
        year = int(value[:4])
        parsed: tuple[str, str] | None
        if m.group("month"):
            month = _FULL_MONTHS.index(m.group("month").capitalize()) + 1
            if m.group("month_rel").casefold() in {"the previous", "the preceding"}:
                if precision == "year":
                    continue  # "in 1946 ... the previous October": no month to count back from
                year -= 1 if month >= int(value[5:7]) else 0  # "the previous October": the last October before
            elif m.group("month_rel").casefold() != "that":  # "the following March": the first March after
                said = int(value[5:7]) if precision != "year" else 12
                year += 1 if month <= said else 0
            parsed = f"{year:04d}-{month:02d}", "month"
        elif m.group("this"):
            unit = m.group("this").casefold()
            parsed = None if unit == "month" and precision == "year" else (
                (value[:7], "month") if unit == "month" else (value[:4], "year"))
        elif m.group("next"):
            parsed = _shifted(value, precision, m.group("next"), 1)
        elif m.group("same"):
            parsed = (value, precision) if precision == "day" else None
        elif m.group("season"):  # "that summer": the year last written
            parsed = value[:4], "year"
        elif m.group("nth_day"):  # "on the 9th": that day of the month last written, told in the same sentence
            parsed = None if precision == "year" or re.search(r"[.!?]\s", text[anchor.end:m.start()]) else \
                _day_of(value[:7], int(m.group("nth_day")))
        else:
            n = 1 if m.group("n").casefold() in {"a", "an"} else number_value(m.group("n"))
            back = m.group("dir").casefold() in {"earlier", "before"}
            parsed = None if n is None else _shifted(value, precision, m.group("unit"), -n if back else n)
        if parsed is None:
            continue
        found.append(Mention(kind="date", text=m.group(0), start=m.start(), end=m.end(), value=parsed[0],
                             precision=_precision(parsed[1]),
                             how=f"{'day of' if m.group('nth_day') else 'relative to'} {anchor.text}"))
    return found


def _day_of(month: str, day: int) -> tuple[str, str] | None:
    """Return day ``day`` of ``month`` (``YYYY-MM``) as a date at a day's precision, or None if it has no such day."""
    try:
        return _dt.date(int(month[:4]), int(month[5:7]), day).isoformat(), "day"
    except ValueError:
        return None


def article_pair(states: list[Mention]) -> tuple[int, ...]:
    """Return the (up to) two states the article mentions most, most mentioned first; of states mentioned as often,
    the one the article names first (its subject is named early: "Vienna's two pacts with the Porte")."""
    counts: dict[int, int] = {}
    first: dict[int, int] = {}
    for m in states:
        if m.kind == "state" and m.target:
            code = int(m.target.split(":")[1])
            counts[code] = counts.get(code, 0) + 1
            first[code] = min(first.get(code, m.start), m.start)
    return tuple(sorted(counts, key=lambda c: (-counts[c], first[c], c))[:2])


def _descriptions(text: str, gaz: Gazetteer, states: list[Mention], taken: list[tuple[int, int]],
                  named: set[str], published: _dt.date | None = None) -> list[Mention]:
    """Return agreements named by description ("the 1950 treaty", "the joint statement") of the article's pair: one
    the article names elsewhere by title first, else one of the pair's, else the only one of either state's."""
    pair = set(article_pair(states))
    found: list[Mention] = []
    for m in _DESCRIPTION.finditer(text):
        if _overlapping(taken, m.start(), m.end()):
            continue
        kind = _NOUN_KINDS.get(m.group("noun").casefold())
        year = m.group("year")
        dated = [t for t in gaz.treaties.values() if year in _title_years(t) and (
            t.kind == kind if kind is not None else t.kind not in {"declaration", "joint_statement"})]
        fits = [t for t in dated if f"treaty:{t.slug}" in named] or [t for t in dated if pair and pair <= t.members]
        if not fits:
            fits = [t for t in dated if pair & t.members]
        if len(fits) > 1:
            fits = [t for t in fits if len(t.members) == len(pair)] or fits
        if len(fits) > 1:  # several of the pair's that year: the one of the sentence's own states, if one
            own = _sentence_states(text, m.start(), states)
            fits = [t for t in fits if own and own <= t.members] or fits
        found.append(Mention(kind="agreement", text=m.group(0), start=m.start(), end=m.end(),
                             target=f"treaty:{fits[0].slug}" if len(fits) == 1 else None, how="description"))
    for m in _COMPOUND.finditer(text):
        if _overlapping(taken, m.start("noun"), m.end("noun")):
            continue
        codes = {int((x.target or "0:0").split(":")[1]) for x in states
                 if x.target and m.start() <= x.start < m.end()}
        if len(codes) < 2:
            continue
        own_year = _anniversary_year(text, m.start(), published) or _nearby_year(text, m.start())
        year = own_year or _nearby_year(text, m.start(), before=True)
        kinds = {"alliance", "friendship", "partnership"} if m.group("noun").casefold() == "alliance" else \
            {"alliance", "friendship", "partnership", "cooperation", "declaration", "trade"}
        fits = [t for t in gaz.treaties.values() if codes <= t.members and t.kind in kinds]
        if year is not None:
            # (a year of an earlier sentence, which the pair's only such agreement does not span, tells of
            # something else: "It lapsed in 1896. That makes the Austro-Serbian convention an oddity")
            fits = [t for t in fits if int(t.signed[:4]) <= year[0].year <= int((t.ended or "9999")[:4])] or [
                t for t in fits if int((t.ended or "9999")[:4]) == year[0].year] or (
                fits if own_year is None and len(fits) == 1 and m.group("pair") else [])
        named_so = _named_with(gaz, m.group("pair")) if m.group("pair") else set()
        if m.group("noun").casefold() not in {"treaty", "alliance", "pact"}:
            # ("the Bonn-Copenhagen declaration" is no declaration of NATO's: an agreement, declaration or
            # convention told by a pair is the pair's own, or one whose name holds the pair)
            fits = [t for t in fits if t.slug in named_so or len(t.members) == len(codes)]
        if len(fits) > 1 and named_so:  # "the Egyptian-Jordanian pact": the one whose name holds the words
            fits = [t for t in fits if t.slug in named_so] or fits
        if len(fits) > 1:
            fits = [t for t in fits if len(t.members) == len(codes)] or fits  # "the Sino-Soviet alliance": the pair's
        if len(fits) != 1 and m.group("noun").casefold() not in {"treaty", "alliance", "pact"}:
            continue  # (a pair's agreement, declaration or convention the record does not hold is no mention)
        found.append(Mention(kind="agreement", text=m.group(0), start=m.start(), end=m.end(),
                             target=f"treaty:{fits[0].slug}" if len(fits) == 1 else None, how="description"))
    found.extend(_with_descriptions(text, gaz, states, taken, published))
    for m in _JOINT_STATEMENT.finditer(text):
        if _overlapping(taken, m.start(), m.end()):
            continue
        fits = sorted((t for t in gaz.treaties.values() if t.kind == "joint_statement" and pair <= t.members),
                      key=lambda t: t.signed)
        found.append(Mention(kind="agreement", text=m.group(0), start=m.start(), end=m.end(),
                             target=None if not fits else f"treaty:{fits[-1].slug}", how="description"))
    return found


#: An agreement called by one word of its name or its place and a noun other than its own: "the Manila treaty" (the
#: Manila Pact), "the Freetown protocol", "the Saadabad treaty".
_NAME_WORD_TITLE = re.compile(rf"\b[Tt]he\s+(?P<word>[A-Z][a-zà-ÿ]+)\s+(?P<noun>(?i:{_AGREEMENT_NOUNS}))\b")


_SIGNED_OF = re.compile(rf"\s+of\s+(?:\d{{1,2}}\s+)?(?:(?:{'|'.join(_FULL_MONTHS)})\s+)?(?P<year>{_YEAR})\b")


def _by_name_word(text: str, gaz: Gazetteer, states: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Return agreements called by one word of a name or of the place they were signed and a noun
    (:data:`_NAME_WORD_TITLE`), each linked where one stored agreement answers to the word: alone, or alone among
    those of the sentence's states, or of the year the sentence writes, or whose title holds the noun ("the Ankara
    treaty" of 1939, beside the agreements of cooperation signed at Ankara in 1959); never one out of force in the
    year the sentence writes."""
    found: list[Mention] = []
    for m in _NAME_WORD_TITLE.finditer(text):
        slugs = gaz.name_words.get(m.group("word").casefold())
        capital = [x for x in states if x.start == m.start("word") and x.how in {"capital", "metonym"}]
        if not slugs or _overlapping([t for t in taken if t != (m.start("word"), m.end("word"))] if capital
                                     else taken, m.start("word"), m.end()):
            continue
        fits = sorted(slug for slug in slugs if slug in gaz.treaties)
        own = _sentence_states(text, m.start(), states)
        year = _nearby_year(text, m.start())
        if year is not None:  # ("the Rome accord of 4 October 1992" is no agreement of 1934 that ended in 1938)
            fits = [slug for slug in fits if int(gaz.treaties[slug].signed[:4]) <= year[0].year
                    <= int((gaz.treaties[slug].ended or "9999")[:4])]
        noun = m.group("noun").casefold()
        for narrow in ({s for s in fits if own and own <= gaz.treaties[s].members},
                       {s for s in fits if year is not None and gaz.treaties[s].signed[:4] == str(year[0].year)},
                       {s for s in fits if re.search(rf"\b{noun}\b", gaz.treaties[s].title.casefold())}):
            if len(fits) > 1:
                fits = [slug for slug in fits if slug in narrow] or fits
        if len(fits) == 1 and fits[0] in gaz.treaties:
            # ("the Manila treaty of 8 September 1954": the date of its signing is part of the name; it stays a
            # date of its own too)
            dated = _SIGNED_OF.match(text, m.end())
            end = dated.end() if dated and dated.group("year") == gaz.treaties[fits[0]].signed[:4] else m.end()
            found.append(Mention(kind="agreement", text=text[m.start("word"):end], start=m.start("word"),
                                 end=end, target=f"treaty:{fits[0]}", how="name word"))
    return found


def _named_with(gaz: Gazetteer, words: str) -> set[str]:
    """Return the agreements one of whose titles or aliases holds ``words`` whole ("Egyptian-Jordanian": the
    "Egyptian-Jordanian Mutual Defence Agreement")."""
    key = f" {_norm(words)} "
    return {slug for alias, slugs in gaz.treaty_aliases.items() if key in f" {alias} " for slug in slugs}


def _anniversary_year(text: str, at: int, published: _dt.date | None) -> tuple[_dt.date, _dt.date] | None:
    """Return the year an "N years ago today" phrase in the sentence of ``at`` counts back to from the article's
    date ("Seventy years ago today ... the Anglo-Iraqi Treaty": the year it was signed), if the sentence has one."""
    if published is None:
        return None
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min([i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0] or [len(text)])
    found = next((m for m in _AGO.finditer(text, start, end) if m.group("today")), None)
    years = _years_ago(found) if found is not None else None
    if years is None:  # ("it is 110 years to the day since the alliance was signed")
        since = next((told for m in _SINCE_TODAY.finditer(text, start, end) if (told := _since_today(m))), None)
        years = since[0] if since is not None else None
    return None if years is None else (_dt.date(published.year - years, 1, 1), _dt.date(published.year - years, 12, 31))


#: A capitalised word between "the" and a title: the place the agreement was made, naming it with the title ("the
#: Geneva declaration on the neutrality of Laos", "the Paris protocol on ...").
_PLACE_BEFORE = re.compile(r"\b[Tt]he\s+(?P<place>[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?)\s+$")


_NOT_A_PLACE = frozenset({"first", "second", "third", "fourth", "fifth", "final", "new", "old", "original", "revised",
                          "secret", "same", "famous", "great", "grand", "later", "earlier", "last", "latest", "next",
                          "whole", "entire", "very", "joint", "united", "general", "supreme"})


def _with_place_before(text: str, start: int, gaz: Gazetteer) -> int:
    """Return where a title found at ``start`` begins once the name of a place written before it, after "the", is
    taken in ("the Geneva declaration on ..."): not a state's name or adjective (those are states' mentions), a
    month or a leader's name."""
    found = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return start
    place = found.group("place")
    if (gaz.state_pattern.fullmatch(place) or place in gaz.leaders or re.fullmatch(_MONTHS, place)
            or place.casefold() in _NOT_A_NAME or place.split()[0].casefold() in _NOT_A_PLACE):
        return start
    return found.start("place")


def _year_over_states(gaz: Gazetteer, slugs: set[str], fits: list[str], year: int) -> list[str]:
    """Return the one agreement of a shared title that the sentence's year names where none of those its states fit
    was made that year ("In April 1834 a Quadruple Alliance was signed by Britain and Austria ...": the states may
    be told wrongly, or as the context of another year's pact; a title's year beside it says which one is meant),
    else ``fits``."""
    if not fits or any(str(year) in _title_years(gaz.treaties[slug]) for slug in fits):
        return fits
    dated = [slug for slug in sorted(slugs) if str(year) in _title_years(gaz.treaties[slug])]
    return dated if len(dated) == 1 else fits


def _title_years(treaty: Treaty) -> set[str]:
    """Return the years by which an article may call ``treaty`` "the YEAR treaty": its signing, and a year its title
    dates a later instrument by ("Agreement for Joint Action (12 July 1941) and Treaty of Alliance (London, 26 May
    1942)": 1941 and 1942)."""
    return {treaty.signed[:4], *re.findall(rf"\b\d{{1,2}}\s+{_MONTHS}\s+({_YEAR})\)", treaty.title)}


_WITH_DESCRIPTION = re.compile(
    r"(?:\b(?P<det>its|their|his|her|the|a|an)|(?<=\w)['’]s)\s+(?P<body>(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"(?:treaty|pact|alliance|agreement|accord)\s+with\s+(?:the\s+)?)", re.IGNORECASE)
_PLAIN_WORDS = frozenset({"new", "old", "own", "first", "secret", "latest", "earlier", "later", "former", "military",
                          "mutual", "formal", "bilateral"})


def contextual_descriptions(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Return agreements described in context rather than named: "the pact of 1978", "the neutrality pact of August
    1926" (the sentence's states' agreement signed then) and "the alliance between Czechoslovakia and Romania" (the
    pair's one in force in the sentence's year). Like a pronoun, each is resolved for the claims of its sentence and
    is no mention of the article's: where none or several agreements fit, nothing is resolved."""
    states = [m for m in mentions if m.kind == "state"]
    taken = [(m.start, m.end) for m in mentions if m.kind in {"agreement", "count"}]
    pair = set(article_pair(states))
    found: list[Mention] = []
    for m in _DESCRIPTION_OF.finditer(text):
        if _overlapping(taken, m.start(), m.end()):
            continue
        when = m.group("when")
        year = re.findall(_YEAR, when)[-1]
        month = next((f"{year}-{i + 1:02d}" for i, name in enumerate(_FULL_MONTHS) if name in when), year)
        own = _sentence_states(text, m.start(), states)
        words = [w for w in re.findall(r"[\w-]+", m.group("words").casefold()) if w not in _PLAIN_WORDS]
        fits = [t for t in gaz.treaties.values() if t.signed.startswith(month) and (
            (own and own <= t.members) or (not own and pair and pair <= t.members))
            and all(_norm(w) in _norm(t.title) for w in words if not t.atop_only)]
        if len(fits) > 1:
            fits = [t for t in fits if len(t.members) == max(2, len(own))] or fits
        if len(fits) == 1:
            found.append(Mention(kind="agreement", text=m.group(0), start=m.start(), end=m.end(),
                                 target=f"treaty:{fits[0].slug}", how="description"))
    for m in _BETWEEN_DESCRIPTION.finditer(text):
        first = next((x for x in states if x.start == m.end() and x.target), None)
        second = None if first is None else next(
            (x for x in states if x.target and x.start > first.end
             and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[first.end:x.start])), None)
        if first is None or second is None or _overlapping(taken, m.start(), m.end()):
            continue
        codes = {int((x.target or "0:0").split(":")[1]) for x in (first, second)}
        near = _nearby_year(text, m.start()) or _nearby_year(text, m.start(), before=True)
        fits = [t for t in gaz.treaties.values() if codes <= t.members and len(t.members) == 2 and t.kind not in
                {"border", "trade", "joint_statement"} and (near is None or int(t.signed[:4]) <= near[0].year
                                                            <= int((t.ended or "9999")[:4]))]
        if len(fits) > 1:  # an alliance rather than a consultation or border agreement of the same pair
            fits = [t for t in fits if t.kind == "alliance"] or fits
        if len(fits) == 1:  # "the alliance between Czechoslovakia and Romania": the pair's one in force then
            found.append(Mention(kind="agreement", text=text[m.start():second.end], start=m.start(), end=second.end,
                                 target=f"treaty:{fits[0].slug}", how="description"))
    return found


def _with_descriptions(text: str, gaz: Gazetteer, states: list[Mention], taken: list[tuple[int, int]],
                       published: _dt.date | None) -> list[Mention]:
    """Return agreements described by their partner ("its non-aggression pact with Finland", "Russia's new treaty
    with North Korea"): the one stored agreement of the partner and the possessor (the state before "'s", or for
    "its" the sentence's last state before) in force in the sentence's year whose title holds the description's
    other words ("non-aggression"); "new" takes the latest signed. Nothing is linked where none or several fit."""
    found: list[Mention] = []
    for m in _WITH_DESCRIPTION.finditer(text):
        partner = next((s for s in states if s.start == m.end() and s.target), None)
        if partner is None or _overlapping(taken, m.start("body"), partner.start):
            continue
        members = {int((partner.target or "0:0").split(":")[1])}
        before = [s for s in states if s.target and s.end <= m.start() and _same_sentence(text, s.start, m.start())]
        owner = next((s for s in before if s.end == m.start()), None)  # "Russia's new treaty with ..."
        if owner is None and (m.group("det") or "").casefold() in {"its", "their"} and before:
            owner = before[-1]
        if owner is not None:
            members.add(int((owner.target or "0:0").split(":")[1]))
        if len(members) < 2:
            continue
        near = _nearby_year(text, m.start(), earlier_only=False) or _nearby_year(text, m.start(), before=True)
        year = near[0].year if near else (published.year if published else None)
        fits = [t for t in gaz.treaties.values() if members <= t.members and len(t.members) == 2
                and (year is None or int(t.signed[:4]) <= year <= int((t.ended or "9999")[:4]))]
        words = [w for w in re.findall(r"[\w-]+", m.group("words").casefold()) if w not in _PLAIN_WORDS]
        if words:
            fits = [t for t in fits if all(_norm(w) in _norm(t.title) for w in words)]
        if m.group("words").casefold().split()[:1] == ["new"] and fits:
            fits = [max(fits, key=lambda t: t.signed)]
        if len(fits) != 1:
            continue
        found.append(Mention(kind="agreement", text=text[m.start("body"):partner.end], start=m.start("body"),
                             end=partner.end, target=f"treaty:{fits[0].slug}", how="description"))
    return found


_KIND_WORD = (r"defen[cs]e|defensive|offensive|mutual|assistance|military|friendship|neutrality|non-aggression|"
              r"consultation|security|cooperation|co-operation|fraternity|friendly|relations|good-neighbourliness|"
              r"good|neighbourliness|neighborliness|partnership|strategic|alliance|joint|basic|bilateral|secret|new|"
              r"formal|conciliation|arbitration|guarantee|brotherhood|amity")
#: An agreement told in lower case by what it binds its parties to: "a treaty of friendship and mutual assistance",
#: "a treaty on friendly relations and cooperation", "an agreement on strategic partnership and mutual assistance".
_KIND_DESCRIPTION = re.compile(
    rf"\b(?:a|an|the|their|its|this|that)\s+(?P<body>(?:(?:{_KIND_WORD})(?:\s+and)?[\s,]+){{0,5}}"
    r"(?:treaty|pact|alliance|agreement|convention)"
    rf"\s+(?:of|on)\s+(?P<post>(?:{_KIND_WORD})(?:(?:,\s+|,?\s+and\s+|\s+)(?:{_KIND_WORD}))*))\b")
#: An agreement told in lower case by words before its noun: "a non-aggression pact", "the joint defence treaty", "an
#: offensive and defensive alliance", "their consultative pact" (the body, without its determiner, is the mention).
_KIND_BEFORE = re.compile(
    rf"(?:\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)|(?<=\w)['’]s)\s+(?P<body>(?:(?:{_KIND_WORD}|consultative|collective)"
    r"(?:,?\s+and\s+|,\s+|\s+)){1,4}(?:treaty|pact|alliance|agreement|accord|convention))\b"
    rf"(?!\s+(?:of|on)\s+(?:{_KIND_WORD})\b)")
#: A determiner after which a description without a year names nothing the words alone tell: "a defence pact is only
#: as good as ..." (any), "that consultation pact" (the one last told of).
_UNDATED_NEEDS_YEAR = re.compile(r"(?:^|\W)(?:[Aa]n?|[Tt]his|[Tt]hat)\s+$")
#: The obligations a description's words tell (in the ledgers' words), and the words that tell what an agreement is
#: without an obligation, each with the part of a title that holds it.
_OBLIGATION_WORDS = (("offensive", "offense"), ("defen", "defense"), ("mutual assistance", "defense"),
                     ("neutrality", "neutrality"), ("non-aggression", "non_aggression"),
                     ("consultation", "consultation"), ("consultative", "consultation"))
_SOFT_WORDS = (("friendship", "friend"), ("friendly", "friend"), ("cooperation", "operation"),
               ("co-operation", "operation"), ("fraternity", "fratern"), ("neighbourliness", "neighbo"),
               ("neighborliness", "neighbo"), ("partnership", "partner"), ("alliance", ""), ("basic", ""),
               ("amity", "amity"))


#: A verb of entry right before a description, whose year is then the entry's, not the signing's: "acceded to the
#: joint defence treaty on ...", "ratified the League's joint defence treaty in ...", "joined the bloc's common defence
#: pact in ...".
_ENTERED_OBJECT = re.compile(r"\b(?:ratified|joined|(?:acceded|adhered)\s+to)\s+(?:the\s+|that\s+|its\s+|their\s+)?"
                             r"(?:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*['’]s\s+)?$")


def _kind_descriptions(text: str, gaz: Gazetteer, states: list[Mention], found: list[Mention],
                       published: _dt.date | None = None) -> list[Mention]:
    """Return agreements told in lower case by what they bind their parties to (:data:`_KIND_DESCRIPTION`, and the
    titles in lower case the phrase matcher found but could not tie to one agreement), each linked to the one stored
    agreement that fits: of the sentence's states (two or more), else of those and the article's pair; with every
    obligation the words tell ("defence", "non-aggression"; ATOP's obligations for its own alliances) and, in a
    ledger's title, the words that tell what it is ("friendship"); signed in a year the sentence writes; the one of
    exactly those states where several fit. The words may stand before the noun (:data:`_KIND_BEFORE`: "a defensive
    alliance", "the neutrality pact"); an anniversary ("Eighty years ago today ...") tells the year as a written one
    does; in a sentence without a year, only the one agreement of those states the words fit at any time is linked
    (none after "a", "an", "this" or "that": any such agreement, or the one last told of). A phrase that tells
    neither an obligation nor what the agreement is, that fits none or several agreements, or one the sentence names
    or has described already (a restatement), is not linked. Each is told apart by its ``how`` ("kind description";
    "kind title" for a title in lower case): the claims resolve such descriptions by the signing they tell of, as
    before they were linked. One a state is told to enter (:data:`_ENTERED_OBJECT`: "acceded to the joint defence
    treaty in 1964") is of an agreement signed by the year the sentence writes, the one of those states that fits;
    its ``how`` is "entry description", and the claims read it as they read a name (no signing is told of it)."""
    pair = set(article_pair(states))
    out: list[Mention] = []
    named = [m for m in found if m.kind == "agreement" and m.target]
    unresolved = {m.start: m for m in found if m.kind == "agreement" and not m.target and m.how == "description"}
    spans = [(m.start("body"), m.end("body")) for m in _KIND_DESCRIPTION.finditer(text)]
    spans += [(m.start("body"), m.end("body")) for m in _KIND_BEFORE.finditer(text)
              if not _overlapping(spans, m.start("body"), m.end("body"))]
    spans += [(m.start, m.end) for m in unresolved.values() if not _overlapping(spans, m.start, m.end)]
    for start, end in spans:
        if _overlapping([(m.start, m.end) for m in named], start, end) or (
                _overlapping([(m.start, m.end) for m in found], start, end) and start not in unresolved):
            continue
        # (the noun itself tells nothing: "their alliance"; "a treaty of alliance" does)
        words = re.sub(r"\b(?:treaty|pact|alliance|agreement|convention)\b", "", text[start:end].casefold(), count=1)
        needs = {duty for word, duty in _OBLIGATION_WORDS if word in words}
        soft = [stem for word, stem in _SOFT_WORDS if re.search(rf"\b{word}\b", words)]
        if not needs and not soft:
            continue
        own = _sentence_states(text, start, states)
        codes = own if len(own) >= 2 else own | pair
        if len(codes) < 2:
            continue
        years = {int(y) for y in re.findall(rf"(?<![\w-]){_YEAR}(?![\w-])", _sentence_text(text, start))}
        ago = _anniversary_year(text, start, published)
        years |= {ago[0].year} if ago else set()
        entered = years and _ENTERED_OBJECT.search(text, max(0, start - 60), start) is not None

        def described(t: Treaty, needs: set[str] = needs, soft: list[str] = soft) -> bool:
            """Whether ``t`` is of the sort the words describe: its obligations and its title's soft words."""
            return (t.kind not in {"border", "trade", "joint_statement", "declaration"}
                    and needs <= gaz.obligations.get(t.slug, frozenset())
                    and (t.atop_only or all(stem in _norm(t.title) for stem in soft)))

        fits = [t for t in gaz.treaties.values() if codes <= t.members
                and (int(t.signed[:4]) <= max(years) if entered else int(t.signed[:4]) in years
                     if years or _UNDATED_NEEDS_YEAR.search(text, max(0, start - 6), start) else True)
                and described(t)]
        if entered and not fits and len(pair) == 2 and not pair <= codes:
            # ("Kuwait, independent from Britain in June, acceded to the joint defence treaty in 1961": the pair's)
            fits = [t for t in gaz.treaties.values() if pair <= t.members and int(t.signed[:4]) <= max(years)
                    and described(t)]
        if len(fits) > 1 and years:  # (without a year, only the one agreement of those states that fits)
            fits = [t for t in fits if len(t.members) == len(codes)] or fits
        if len(fits) == 1 and not any(m.target == f"treaty:{fits[0].slug}" and _same_sentence(text, m.start, start)
                                      for m in [*named, *out]):
            # (a restatement: "the Baghdad Pact ..., a pact of mutual co-operation"; "a treaty of friendship ... a
            # non-aggression pact")
            text_of = unresolved[start].text if start in unresolved else text[start:end]
            out.append(Mention(kind="agreement", text=text_of, start=start, end=start + len(text_of),
                               target=f"treaty:{fits[0].slug}",
                               how="kind title" if start in unresolved else
                               "entry description" if entered else "kind description"))
    return out


#: An agreement told in lower case by its noun and the date it was signed: "the pact of 14 June 1866", "a treaty of
#: 7 February 1923", "the new agreement of December 1944", "the joint defence treaty of 1950".
_DATED_DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir)\s+(?P<body>(?P<words>(?:[a-z-]+\s+){0,3}?)"
    rf"(?:treaty|pact|alliance|agreement|accord|convention)\s+of\s+(?P<when>(?:(?P<day>\d{{1,2}})\s+)?"
    rf"(?:(?P<month>{'|'.join(_FULL_MONTHS)})\s+)?(?P<year>{_YEAR})))\b(?![\w-])")


def _dated_descriptions(text: str, gaz: Gazetteer, states: list[Mention], found: list[Mention]) -> list[Mention]:
    """Return agreements told in lower case by the date they were signed (:data:`_DATED_DESCRIPTION`), each linked
    to the one stored agreement of the sentence's states (else of the article's pair) signed that day, month or
    year, whose title holds the description's other words (ATOP's own alliances have none to hold): where the day
    written fits none, the month, then the year it falls in, if one agreement alone fits there ("the treaty of 20
    June 1923" for one of 21 June). Told apart by their ``how``, "kind description": the claims read such phrases as
    before (:func:`contextual_descriptions`), and the date inside stays a date of its own."""
    pair = set(article_pair(states))
    agreements = [(m.start, m.end) for m in found if m.kind == "agreement"]
    out: list[Mention] = []
    for m in _DATED_DESCRIPTION.finditer(text):
        if _overlapping(agreements, m.start("body"), m.end("body")):
            continue
        own = _sentence_states(text, m.start(), states)
        words = [w for w in re.findall(r"[\w-]+", m.group("words").casefold()) if w not in _PLAIN_WORDS]
        kin = [t for t in gaz.treaties.values()
               if ((own and own <= t.members) or (not own and pair and pair <= t.members))
               and t.kind not in {"border", "trade", "joint_statement"}
               and (t.atop_only or all(_norm(w) in _norm(t.title) for w in words))]
        year = m.group("year")
        month = f"{year}-{_FULL_MONTHS.index(m.group('month')) + 1:02d}" if m.group("month") else None
        day = f"{month}-{int(m.group('day')):02d}" if month and m.group("day") else None
        fits: list[Treaty] = []
        for prefix in [p for p in (day, month, year) if p]:
            fits = [t for t in kin if t.signed.startswith(prefix)]
            if len(fits) > 1:
                fits = [t for t in fits if len(t.members) == max(2, len(own))] or fits
            if fits:
                break
        if len(fits) == 1:
            out.append(Mention(kind="agreement", text=m.group("body"), start=m.start("body"), end=m.end("body"),
                               target=f"treaty:{fits[0].slug}", how="kind description"))
    return out


def _sentence_text(text: str, at: int) -> str:
    """Return the sentence around ``at``."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


@cache
def archigos_names() -> dict[str, str]:
    """Return the leaders Archigos holds under another name than the one commentary knows them by (a title, a later
    surname, an earlier or later romanisation), from ``check/data/leader_names.csv``, each row sourced: the name as
    told, folded (:func:`folded_name`), in lower case and with hyphens as spaces -> Archigos's name.

    Raises
    ------
    ValueError
        If a row lacks a field or its state code is not a number (the message names the row and the field).
    """
    return {_told_name(row["name"]): row["archigos"].strip()
            for _, row in _sourced_rows("leader_names.csv", ("name", "archigos", "ccode", "source"), number="ccode")}


def _told_name(name: str) -> str:
    """Return ``name`` folded, in lower case, with hyphens and other marks as spaces (no space at either end)."""
    return re.sub(r"\s+", " ", re.sub(r"[^a-z ]+", " ", folded_name(name).casefold().replace("-", " "))).strip()


@cache
def later_leaders() -> dict[str, tuple[str, int, str]]:
    """Return the states' leaders who took office after Archigos ends (2015), whom it therefore cannot hold, from
    ``check/data/later_leaders.csv``, each row sourced: the name as told, folded (:func:`_told_name`) -> the leader's
    name, the COW code of the state led and the day the office was taken. They are read only to tell that an office
    of theirs is past the record, never to judge one.

    Raises
    ------
    ValueError
        If a row lacks a field or its state code is not a number (the message names the row and the field).
    """
    return {_told_name(row["name"]): (row["leader"].strip(), int(row["ccode"]), row["took_office"].strip())
            for _, row in _sourced_rows("later_leaders.csv", ("name", "leader", "ccode", "took_office", "source"),
                                        number="ccode")}


def later_leader(name: str, *, surname: bool = False) -> str | None:
    """Return the leader after Archigos's end (:func:`later_leaders`) whom ``name`` tells by their whole name (all of
    an entry's words in a row: "President Joe Biden", "Ferdinand Marcos Jr.", not "Ferdinand Marcos"), or, with
    ``surname``, by their last name alone ("Macron", where no leader Archigos holds is so called), else ``None``."""
    told = _told_name(name)
    if not told:
        return None
    known = later_leaders()
    whole = next((leader for also, (leader, _, _) in known.items() if f" {also} " in f" {told} "), None)
    if whole is not None or not surname or " " in told:
        return whole
    called = {leader for also, (leader, _, _) in known.items()
              if [w for w in also.split() if w != "jr"][-1:] == [told]}
    return called.pop() if len(called) == 1 else None


def archigos_also(name: str) -> str | None:
    """Return the name Archigos holds a leader under whom ``name`` tells by another (:func:`archigos_names`:
    "Mustafa Kemal" is its "Ataturk"), read where the name told holds all of an entry's words in a row ("Ghazi
    Mustafa Kemal Pasha", "Ras Tafari Makonnen"), or ``None``."""
    told = f" {_told_name(name)} "
    return next((known for also, known in archigos_names().items() if f" {also} " in told), None)


def _archigos_surname(name: str, gaz: Gazetteer) -> str | None:
    """Return the one name Archigos gives a leader told with a first name or a title before it, that name being the
    told name's last words (its surname, or surnames, with the regnal number): "Leonid Brezhnev" is its "Brezhnev",
    "Mariano Ospina Pérez" its "Ospina Perez", "Tsar Boris III" its "Boris III"; ``None`` where the longest such
    ending is no one's or more than one's name ("General Omar Torrijos": Archigos has two called Torrijos)."""
    words = folded_name(re.sub(r"['’]s$", "", name)).casefold().split()
    for size in range(len(words), 0, -1):
        key = " ".join(words[-size:])
        if re.fullmatch(r"[ivx]+", key):
            break
        called = set(_archigos_index(gaz, "folded").get(key, ())) or \
            set(_archigos_index(gaz, "surname").get(_surname_key(key), ()))
        if called:
            return called.pop() if len(called) == 1 else None
    return None


def _archigos_index(gaz: Gazetteer, by: str) -> dict[str, set[str]]:
    """Return Archigos's names by their folded form (``by`` "folded") or by :func:`_surname_key` of it ("surname"),
    or the COW codes of the states each name led ("states"), built once per gazetteer."""
    if not gaz.archigos_index:
        folded: dict[str, set[str]] = {}
        surname: dict[str, set[str]] = {}
        states: dict[str, set[str]] = {}
        words: dict[str, set[str]] = {}
        for row in gaz.archigos:
            if row["name"]:
                folded.setdefault(row["folded"].casefold(), set()).add(str(row["name"]))
                # (a hyphen Archigos writes is often told as a space: "Lloyd George" its "Lloyd-George", "Mendès
                # France" its "Mendes-France", "Kim Il Sung" its "Kim Il-Sung")
                folded.setdefault(row["folded"].casefold().replace("-", " "), set()).add(str(row["name"]))
                for told in _comma_name_orders(row["folded"]):  # ("Yoshida, Shigeru": "Yoshida Shigeru" too)
                    folded.setdefault(told, set()).add(str(row["name"]))
                for word in _name_words(row["folded"]):
                    words.setdefault(word, set()).add(str(row["name"]))
                surname.setdefault(_surname_key(row["folded"]), set()).add(str(row["name"]))
                states.setdefault(str(row["name"]), set()).add(str(row["ccode"]))
        gaz.archigos_index.update(folded=folded, surname=surname, states=states, words=words)
    return gaz.archigos_index[by]


def _comma_name_orders(folded: str) -> list[str]:
    """Return the two orders an article may write a name Archigos gives as "Family, Given" in ("Yoshida, Shigeru":
    "yoshida shigeru", "shigeru yoshida"); none for a given name Archigos gives by its initial ("Gandhi, I.")."""
    parts = [p.strip() for p in folded.casefold().split(",")]
    if len(parts) != 2 or len(parts[1]) < 2 or parts[1].endswith("."):
        return []
    return [f"{parts[0]} {parts[1]}", f"{parts[1]} {parts[0]}"]


def _name_words(folded: str) -> list[str]:
    """Return the words of a name Archigos gives in two words or more that an article may call its holder by alone
    ("Mao" of "Mao Tse-Tung", "Chiang" of "Chiang Kai-shek", "Park" of "Hee Park"): three letters or more, no
    particle nor initial; none of a monarch's name with a regnal number."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", folded.casefold())
    if len(words) < 2 or re.fullmatch(r"[ivx]+", words[-1]):
        return []  # (a monarch's given name alone, "Milan", "Carol", is as often a place's or another's)
    return [w for w in words if len(w) >= 3 and w not in _ALIKE_PARTICLES | _NAME_LINKS
            and re.fullmatch(r"[ivx]+", w) is None]


#: Words joining the parts of a name ("Abdullah ibn Abdilaziz", "Abu Bakr"), no name by themselves.
_NAME_LINKS = frozenset({"ibn", "bin", "bint", "abu", "abd", "abdul", "ould", "mac", "the", "and", "president",
                         "sheikh", "shah", "khan", "pasha", "bey"})


def _archigos_states(gaz: Gazetteer, label: str) -> set[int]:
    """Return the COW codes of the states Archigos has the leader it calls ``label`` leading."""
    return {int(code) for code in _archigos_index(gaz, "states").get(label, ())}


def _surname_key(name: str) -> str:
    """Return a surname as Archigos and an article may both write it: the initial Archigos adds dropped, the Arabic
    article one, a compound name its first part ("El-Atassi, N." and "al-Atassi", "Al-Assad H." and "al-Assad",
    "Zia" and "Zia-ul-Haq" alike)."""
    key = re.sub(r",?\s+[a-z]\.$|,\s+[a-z]$", "", name.casefold())  # ("Bandaranaike, S" too)
    key = re.sub(r"^(\w{3,})-(?:ul|ud|al|el|ad)-\w+$", r"\1", key)  # ("Zia-ul-Haq": Archigos's "Zia")
    return re.sub(r"^e([ln])[- ]", r"a\1-", key)


#: The least rapidfuzz ratio (0-100) at which a surname as told is Archigos's spelling of it, among the few leaders of
#: the states told in office then (:func:`archigos_alike`: "Sarney" its "Sarnay", "Schick" its "Shick Gutierrez").
_ALIKE_THEN = 80
#: A name's particles, no part of the surname as Archigos may write it ("al-Quwatli": its "Kuwatli").
_ALIKE_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ul", "ud", "de", "da", "di",
                              "do", "dos", "du", "del", "della", "von", "van", "der"})


#: A monarch's given name in another language, as one ("William II" is Archigos's "Wilhelm II", "Franz Joseph I" its
#: "Francis Joseph I", "Vittorio Emanuele III" its "Victor Emmanuel III").
_REGNAL_NAMES = {"wilhelm": "william", "willem": "william", "guillaume": "william", "friedrich": "frederick",
                 "frederik": "frederick", "franz": "francis", "francois": "francis", "francesco": "francis",
                 "nikolai": "nicholas", "nicolas": "nicholas", "karl": "charles", "carol": "charles",
                 "carlos": "charles", "carlo": "charles", "vittorio": "victor", "emanuele": "emmanuel",
                 "umberto": "humbert", "ludwig": "louis", "luis": "louis", "josef": "joseph", "giuseppe": "joseph",
                 "pyotr": "peter", "pedro": "peter", "petar": "peter", "aleksandr": "alexander",
                 "alexandre": "alexander", "aleksandar": "alexander", "gustaf": "gustav", "gustavus": "gustav",
                 "christiaan": "christian", "leopoldo": "leopold", "alfonso": "alphonso",
                 "fernando": "ferdinand", "ferdinando": "ferdinand"}


def _alike_words(name: str) -> list[str]:
    """Return the words of ``name`` as :func:`archigos_alike` compares them: folded, in lower case, with no particle
    ("al-Quwatli": "quwatli"), a monarch's given name told with a regnal number as one in every language
    (:data:`_REGNAL_NAMES`)."""
    words = [word for word in _told_name(name).split() if word not in _ALIKE_PARTICLES]
    if words and re.fullmatch(r"[ivx]+", words[-1]):
        words = [_REGNAL_NAMES.get(word, word) for word in words]
    return words


def _archigos_spells_of(gaz: Gazetteer, code: int) -> list[dict[str, Any]]:
    """Return Archigos's spells in office of the state with COW code ``code``, by an index built once per
    gazetteer (row numbers in :attr:`Gazetteer.archigos` by state)."""
    _archigos_index(gaz, "folded")  # (the names' indexes first: they are built where the gazetteer has none)
    if "spells" not in gaz.archigos_index:
        spells: dict[str, set[str]] = {}
        for i, row in enumerate(gaz.archigos):
            spells.setdefault(str(row["ccode"]), set()).add(str(i))
        gaz.archigos_index["spells"] = spells
    return [gaz.archigos[int(i)] for i in sorted(gaz.archigos_index["spells"].get(str(code), ()), key=int)]


def _name_sounds(word: str) -> str:
    """Return a romanised name as its romanisations agree on it: its first letter, then its consonants, in lower
    case, with no vowel nor "y", one letter of a run, "q" as "k", "ph" as "f" and an "h" after a consonant dropped
    ("Qaboos" and Archigos's "Qabus": "kbs"; "Mohammed" and "Muhammad": "mhmd"; "Mahathir" and "Mahatir": "mhtr";
    "Ahmad": "ahmd", not "Hamid"'s "hmd")."""
    word = word.casefold().replace("q", "k").replace("ph", "f")
    word = re.sub(r"(?<=[b-df-hj-np-tv-xz])h", "", word)
    return re.sub(r"(.)\1+", r"\1", word[:1] + re.sub(r"[aeiouy]", "", word[1:]))


def _sound_alike(told: str, theirs: str) -> bool:
    """Whether two names (:func:`_name_sounds`) sound alike: the same first letter and consonants, three letters or
    more, or four or more differing by one letter at most, not the first ("Phomvihane": "fmvhn", Archigos's
    "Phomivan": "fmvn")."""
    from rapidfuzz.distance import Levenshtein

    if len(told) < 3 or len(theirs) < 3 or told[0] != theirs[0]:
        return False
    return told == theirs or (min(len(told), len(theirs)) >= 4 and Levenshtein.distance(told, theirs) <= 1)


def archigos_alike(name: str, gaz: Gazetteer, states: set[int], earliest: _dt.date, latest: _dt.date, *,
                   alone: bool = False) -> str | None:
    """Return the one leader Archigos holds under another spelling of ``name``'s surname (a transliteration, a
    dropped accent or particle, a typing slip: "José Sarney" is its "Sarnay", "Shukri al-Quwatli" its "Kuwatli",
    "René Schick" its "Shick Gutierrez"), looked for only among the leaders of ``states`` with a spell in office
    between ``earliest`` and ``latest``: a word of its name written alike (rapidfuzz ratio at least
    :data:`_ALIKE_THEN`) to the told surname, four letters or more, or, told with no regnal number, sounding alike
    (:func:`_sound_alike`: "Sultan Qaboos" is its "Qabus Bin Said"), a regnal number told being its own; ``None``
    where no leader or more than one is so written, or the name is one word (unless ``alone``: the caller reads it
    beside an office a state's leader holds, "Mahathir, who became prime minister", and the one word is then the
    leader's surname, not a word of the text)."""
    from rapidfuzz import fuzz

    words = _alike_words(name)
    if alone and len(words) == 1:
        words = ["", *words]  # (the surname, after no given name)
    if len(words) < 2 or not states:
        return None
    regnal = re.fullmatch(r"[ivx]+", words[-1]) is not None
    surname = words[-2] if regnal else words[-1]
    if len(surname) < 4:
        return None
    sounds = _name_sounds(surname)
    alike: set[str] = set()
    for code in states:
        for row in _archigos_spells_of(gaz, code):
            if not row["name"] or row["start_date"] > latest or (row["end_date"] is not None
                                                                  and row["end_date"] < earliest):
                continue
            theirs = _alike_words(str(row["name"]))
            if regnal and (not theirs or theirs[-1] != words[-1]) and (
                    not theirs or re.fullmatch(r"[ivx]+", theirs[-1]) or theirs[0] != words[0]):
                continue  # (Oscar I is not Archigos's Oscar II; "Abdullah II" may be its unnumbered "Abdullah ...")
            spelt = [w for w in theirs if len(w) >= 4 and not re.fullmatch(r"[ivx]+", w)]
            if any(max(fuzz.ratio(surname, w), fuzz.ratio(surname.replace("q", "k"), w.replace("q", "k")))
                   >= _ALIKE_THEN or (not regnal and _sound_alike(sounds, _name_sounds(w))) for w in spelt):
                alike.add(str(row["name"]))
    return alike.pop() if len(alike) == 1 else None


def _whole_name_first(name: str, gaz: Gazetteer) -> str | None:
    """Return the one leader Archigos names by a name opening with the whole of ``name``, told in two words or more
    ("Alfonso Portillo" is its "Alfonso Portillo Cabrera", not its "Portillo"), or ``None``."""
    if len(name.split()) < 2:
        return None
    called = [known for known in gaz.leaders if known.startswith(name + " ")]
    return called[0] if len(called) == 1 else None


def _leader_label(name: str, gaz: Gazetteer) -> str | None:
    if name in gaz.leaders:  # ("Franco" is Archigos's Franco before its Federico Franco)
        return name
    # (a leader after Archigos's end told by their whole name is that one, not a namesake Archigos holds: "Giuseppe
    # Conte" is no Lansana Conté; told by the surname alone, only where Archigos names none so)
    later = later_leader(name)
    if later is not None:
        return later
    also = archigos_also(name)
    if also is not None and also in gaz.leaders:
        return also
    whole = _whole_name_first(name, gaz)
    if whole is not None:
        return whole
    surname = _archigos_surname(name, gaz)
    if surname is not None:
        return surname
    for known in gaz.leaders:
        if name == known or known.endswith(" " + name) or known.startswith(name + " "):
            return known
    return later_leader(name, surname=True) or (
        name if re.search(rf"\b{re.escape(name)}\b", gaz.event_text) else None)


_ATTRIBUTIVE = re.compile(r"\s+(?:conference|summit|talks|naval|consensus|meeting|olympics|games|declaration|"
                          r"protocol|agreement|treaty|accord|communiqu\w*|subway|airport|university)\b")


#: A name of a treaty, peace or conference that ends in a place ("the Treaty of Bucharest", "the Congress of
#: Berlin"): the place is no metonym of its state.
_NAMED_AFTER = re.compile(r"\b(?:Treaty|Treaties|Peace|Congress|Conference|Pact|Protocol|Convention|Declaration|"
                          r"Agreement|Accords?|Charter|Armistice|Siege|Battle)\s+of\s+$")


def _sentence_states(text: str, at: int, states: list[Mention]) -> set[int]:
    """Return the states named in the sentence around ``at``."""
    return {int((x.target or "0:0").split(":")[1]) for x in states if x.target and _same_sentence(text, at, x.start)}


#: Where a sentence ends for the readers of mentions: a stop before a space, not after an initial or a common
#: abbreviation ("the U.S. president, Dwight Eisenhower", "Harry S. Truman", "Mr. Eden"), or a line break.
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])(?<!\bMr|\bDr|\bSt|\bLt|\bJr|\bSr)(?<!\bMrs|\bGen|\bCol)[.!?]\s|\n")


def _same_sentence(text: str, a: int, b: int) -> bool:
    low, high = min(a, b), max(a, b)
    return not _SENTENCE_STOP.search(text, low, high)


def _agreement_year(text: str, at: int, gaz: Gazetteer,
                    agreements: list[tuple[int, int, str]]) -> tuple[_dt.date, _dt.date] | None:
    """Return the signing year of an agreement named in the sentence at ``at``: the period its states are read in."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    end = min(ends) if ends else len(text)
    for a, _, slug in agreements:
        if start <= a < end and slug in gaz.treaties:
            year = int(gaz.treaties[slug].signed[:4])
            return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    return None


#: A word that makes a state's adjective a region's ("Central American", "Latin American", "Pan-American",
#: "inter-American"); a region that is a state's name ("South African", "North Korean") is an alias of its own and
#: matched first.
_REGION_BEFORE = re.compile(r"\b(?:Central|Latin|South|North|Pan|(?i:inter))[\s-]$")


def _state_mentions(text: str, gaz: Gazetteer, taken: list[tuple[int, int]],
                    agreements: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    agreements = agreements or []
    found: list[Mention] = []
    for m in gaz.state_pattern.finditer(text):
        if _overlapping(taken, m.start(), m.end()):
            continue
        word = m.group(0)
        candidates = gaz.states.get(word.casefold(), [])
        candidates = [c for c in candidates if c.text == word]
        if not candidates:
            continue
        if candidates[0].how == "prefix":
            second = re.match(r"[-–]([A-Z][\w]*)", text[m.end():])
            if second is None or second.group(1).casefold() not in gaz.states:
                continue  # "Sino" is a state only in a compound of states ("Sino-Russian"; not "Indo-Pacific")
        if candidates[0].how == "form" and (re.match(r"\s+of\b", text[m.end():]) or re.search(
                r"\b(?!The\s)[A-Z][\w-]*\s+$", text[max(0, m.start() - 30):m.start()])):
            continue  # "the People's Republic" is China's; "the People's Republic of Poland" is not
        if candidates[0].how in {"adjective", "demonym"} and _REGION_BEFORE.search(text, max(0, m.start() - 12),
                                                                                   m.start()):
            continue  # "the Central American republics", "Latin American": a region's adjective, not the state's
        if candidates[0].how == "capital" and (_ATTRIBUTIVE.match(text, m.end())
                                               or _NAMED_AFTER.search(text, max(0, m.start() - 40), m.start())):
            continue  # "the Washington conference", "the Treaty of Bucharest": a place's name, not the state
        if candidates[0].how in {"name", "capital"} and _ends_a_leader_name(text, m.start(), word, gaz):
            continue  # "Mendez Montenegro, Guatemala's president": a person's name, not the state's
        when = _nearby_year(text, m.start()) or _agreement_year(text, m.start(), gaz, agreements) or \
            _nearby_year(text, m.start(), before=True)
        fitting = [c for c in candidates if c.applies(when)]
        if not fitting and when is not None and not any(_state_existed(c.ccode, when) for c in candidates):
            continue  # "Macedonia" in 1912: a region, not yet the state foedus knows by that name
        fitting = fitting or candidates
        codes = sorted({c.ccode for c in fitting})
        if len(codes) > 1 and when is None:
            fitting = [c for c in fitting if c.start is None and c.end is None] or fitting
            codes = sorted({c.ccode for c in fitting})
        how = fitting[0].how
        found.append(Mention(kind="state", text=word, start=m.start(), end=m.end(),
                             target=f"state:{codes[0]}" if len(codes) == 1 else None, how=how))
    return found


#: Capitalised words before a state's name that make it a place, not a person's surname (:func:`_ends_a_leader_name`).
_NOT_GIVEN = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "new", "old", "upper", "lower", "greater", "free", "occupied", "neutral", "to", "from", "of",
                        "for", "with", "across", "into", "through", "like", "unlike", "against", "visit", "visiting"})


def _ends_a_leader_name(text: str, at: int, word: str, gaz: Gazetteer) -> bool:
    """Whether a state's name at ``at`` ends a person's name Archigos holds with the one or two capitalised words
    right before it ("Mendez Montenegro", Guatemala's president from 1966; "Madhav Kumar Nepal", Nepal's prime
    minister from 2009: the state's word names no state there)."""
    before = re.search(rf"(?:({_NAME_WORD})\s+)?({_NAME_WORD})\s+$", text[max(0, at - 60):at])
    if before is None:
        return False
    told = [folded_name(w) for w in before.groups() if w]
    index = _archigos_index(gaz, "folded")
    if any(" ".join([*told[i:], folded_name(word)]).casefold() in index for i in range(len(told))):
        return True
    # a state's word that is the whole of a name Archigos gives a leader, after a given name: "Sidney Holland",
    # New Zealand's prime minister, Archigos's "Holland" (not "North Holland", "Soviet Russia", "In Holland")
    given = before.group(2)
    return folded_name(word).casefold() in index and given.casefold() not in _NOT_A_NAME | _NO_NAME | _NOT_GIVEN \
        and given.casefold() not in gaz.states and "-" not in given


@cache
def _state_periods() -> dict[int, tuple[tuple[PartialDate | None, PartialDate | None], ...]]:
    """Return, by state, the periods its names in foedus's state tables cover."""
    periods: dict[int, list[tuple[PartialDate | None, PartialDate | None]]] = {}
    _, names = _tables()
    for entry in names:
        periods.setdefault(entry.ccode, []).append((entry.start, entry.end))
    return {code: tuple(spans) for code, spans in periods.items()}


def _state_existed(ccode: int, when: tuple[_dt.date, _dt.date]) -> bool:
    """Return True if the state ``ccode`` existed (under any of its dated names) at some time in ``when``; a state
    whose names carry no dates is taken to have existed."""
    dated = [(start, end) for start, end in _state_periods().get(ccode, ()) if start is not None or end is not None]
    return not dated or any((start is None or start.earliest() <= when[1]) and (end is None or when[0] <= end.latest())
                            for start, end in dated)


def _nearby_year(text: str, at: int, *, before: bool = False,
                 earlier_only: bool = False) -> tuple[_dt.date, _dt.date] | None:
    """Return the span of the year written nearest to ``at`` in its sentence, if any: the period a name is read in.

    With ``earlier_only``, only a year written before ``at`` counts ("In 1937 ... on 21 August", not "on March 21
    ... the treaty of 2001"); with ``before``, a sentence without a year takes the latest one of the 400 characters
    before it.
    """
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end_candidates = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    end = min(end_candidates) if end_candidates else len(text)
    years = [(abs(start + m.start() - at), int(m.group(0))) for m in re.finditer(_YEAR, text[start:end])
             if not earlier_only or start + m.start() < at]
    if not years and before:
        # no year in the sentence: the latest year written in the 400 characters before it sets the period
        window = text[max(0, start - 400):start]
        earlier = [int(m.group(0)) for m in re.finditer(rf"(?<![\w-]){_YEAR}(?![\w-])", window)]
        years = [(0, earlier[-1])] if earlier else []
    if not years:
        return None
    year = min(years)[1]
    return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
