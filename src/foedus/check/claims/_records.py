"""The store's answers the rules need, asked once per check; dates compared with the record's; the stored
agreement nearest a date; what an unrecorded claim would need."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from foedus.check.claims._sentences import Sentence
from foedus.check.claims._words import _DATASET_FAMILIES, _EVENT_OR_ENDING, _TIMEZONE_KINDS, _ZONE_NOTE
from foedus.check.mentions import _OBLIGATION_WORDS, Gazetteer
from foedus.check.models import Claim, CodingAnswer, Mention, RecordRef
from foedus.dates import PartialDate
from foedus.records import atopid_of
from foedus.states import state_name
from foedus.store.facts import known_codings
from foedus.text import coding_label, joined, source_label

if TYPE_CHECKING:
    from foedus.history import PairHistory
    from foedus.store import Store


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
        self.pair: tuple[int, ...] = ()  # the article's pair (set by the reader): whose own exits an ending reads too
        self.named: set[str] = set()  # the agreements the article names anywhere (set by the reader)
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
            self._histories[key] = pair_history(self.store, key[0], key[1], until=year, tested=False)
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
        if slug.startswith("atop-"):
            atopid: int | None = int(slug.removeprefix("atop-"))
        else:
            atopid = self._ledger_atopids().get(slug)
        return [] if atopid is None else list(self._atop_phases().get(atopid, []))

    def _atop_phases(self) -> dict[int, list[dict[str, Any]]]:
        """Return ATOP's member phases of every alliance, by ATOP id, read once per gazetteer (a check asks for
        hundreds of alliances' phases: one read of ATOP's table each would cost seconds)."""
        key = ("atop_phases", "*")
        if key not in self.gaz.per_agreement:
            from foedus.alliance_titles import atop_member_phases

            self.gaz.per_agreement[key] = atop_member_phases(self.store)
        phases: dict[int, list[dict[str, Any]]] = self.gaz.per_agreement[key]
        return phases

    def _ledger_atopids(self) -> dict[str, int]:
        """Return the ATOP id of each ledger treaty that holds one, read once per gazetteer."""
        key = ("atopids", "*")
        if key not in self.gaz.per_agreement:
            self.gaz.per_agreement[key] = {str(r["slug"]): int(r["atopid"]) for r in self.store.query(
                "SELECT slug, atopid FROM treaties WHERE atopid IS NOT NULL")}
        atopids: dict[str, int] = self.gaz.per_agreement[key]
        return atopids

    def names(self, slug: str) -> list[str]:
        """Return the names (normalised) the gazetteer knows the agreement ``slug`` by: its aliases (``atop_names.csv``,
        the ledgers' names), indexed by agreement once per gazetteer."""
        key = ("names", "*")
        if key not in self.gaz.per_agreement:
            names: dict[str, list[str]] = {}
            for alias, slugs in self.gaz.treaty_aliases.items():
                for one in slugs:
                    names.setdefault(one, []).append(alias)
            self.gaz.per_agreement[key] = names
        known: dict[str, list[str]] = self.gaz.per_agreement[key]
        return known.get(slug, [])

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

    def entry_dates(self, slug: str) -> dict[int, str]:
        """Return the day (ISO) each member first entered the agreement ``slug``: the ledger's membership, else ATOP's
        for the same alliance."""
        key = ("entry_dates", slug)
        if key not in self.gaz.per_agreement:
            dates: dict[int, str] = {}
            for row in self.atop_phases(slug):
                if row["entered"]:
                    dates[row["ccode"]] = min(dates.get(row["ccode"], "9999"), str(row["entered"])[:10])
            for row in self.store.query("SELECT ccode, entered FROM memberships WHERE treaty = ?", [slug]):
                if row["entered"]:
                    dates[row["ccode"]] = str(row["entered"])[:10]  # the ledger's own, where it lists one
            self.gaz.per_agreement[key] = dates
        entered: dict[int, str] = self.gaz.per_agreement[key]
        return entered

    def entry_years(self, slug: str) -> dict[int, int]:
        """Return the year each member first entered the agreement ``slug`` (:meth:`entry_dates`)."""
        return {ccode: int(day[:4]) for ccode, day in self.entry_dates(slug).items()}

    def member_dates(self) -> list[tuple[str, int, str | None, str | None]]:
        """Return every stored membership as ``(agreement, state, entered, exited)``: the ledgers' memberships and
        ATOP's member phases of the alliances known only from ATOP (read once per gazetteer)."""
        key = ("member_dates", "*")
        if key not in self.gaz.per_agreement:
            rows: list[tuple[str, int, str | None, str | None]] = [
                (str(r["treaty"]), int(r["ccode"]), _iso(r["entered"]), _iso(r["exited"])) for r in self.store.query(
                    "SELECT treaty, ccode, entered, exited FROM memberships")]
            for atopid, phases in self._atop_phases().items():
                if f"atop-{atopid}" not in self.gaz.treaties:
                    continue
                # a member's phases as one membership: its first entry and its last exit (a new phase is no entry)
                spans: dict[int, tuple[str | None, str | None]] = {}
                for p in phases:  # (ordered by member and phase)
                    code = int(p["ccode"])
                    spans[code] = (spans[code][0] if code in spans else _iso(p["entered"]), _iso(p["exited"]))
                rows.extend((f"atop-{atopid}", code, entered, exited) for code, (entered, exited) in spans.items())
            rows.extend(self._atop_only_members(rows))
            self.gaz.per_agreement[key] = rows
        found: list[tuple[str, int, str | None, str | None]] = self.gaz.per_agreement[key]
        return found

    def _atop_only_members(self, rows: list[tuple[str, int, str | None, str | None]]
                           ) -> list[tuple[str, int, str | None, str | None]]:
        """Return the memberships of a ledger's agreements that ATOP codes under the id the ledger's agreement holds
        and the ledger lists no membership of (the Shanghai agreement of 1996, whose ledger lists its five signers,
        and ATOP the states that adhered later): each such member's first entry and last exit, as ATOP dates them,
        and each agreement's own members as its ledger gives them."""
        from foedus.alliance_titles import atop_member_phases

        held = {int(r["atopid"]): str(r["slug"]) for r in self.store.query(
            "SELECT slug, atopid FROM treaties WHERE atopid IS NOT NULL AND ledger <> 'atop'")
            if str(r["slug"]) in self.gaz.treaties}
        listed = {(slug, code) for slug, code, _, _ in rows}
        out: list[tuple[str, int, str | None, str | None]] = []
        for atopid, phases in atop_member_phases(self.store, sorted(held)).items():
            spans: dict[int, tuple[str | None, str | None]] = {}
            for p in phases:  # (ordered by member and phase)
                code = int(p["ccode"])
                if (held[atopid], code) not in listed:
                    spans[code] = (spans[code][0] if code in spans else _iso(p["entered"]), _iso(p["exited"]))
            out.extend((held[atopid], code, entered, exited) for code, (entered, exited) in spans.items())
        return out

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
        if t.atop_only and (atopid := atopid_of(slug)) is not None:
            key = ("title", slug)  # read once per gazetteer, as the member phases are: a count cites every agreement
            if key not in self.gaz.per_agreement:
                from foedus.alliance_titles import atop_alliance_titles

                self.gaz.per_agreement[key] = atop_alliance_titles(self.store, [atopid]).get(atopid, label)
            label = self.gaz.per_agreement[key]
        return RecordRef(kind="treaty", id=slug, ledger=t.ledger, label=label,
                         sources=[f"{t.ledger}:{s}" for s in t.sources])


def _iso(value: Any) -> str | None:
    return None if value is None or str(value) in {"", "NaT", "None"} else str(value)[:10]


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


def _label(mention: Mention, treaty: Any) -> str:
    """Return how a claim names an agreement: as the article does, with the record's title for "it"."""
    if mention.how == "anaphora":
        short = re.sub(r"\s*\(.*", "", treaty.title)
        return f"{mention.text} [{short}]"
    return mention.text


def _name(ccode: int, when: str) -> str:
    try:
        return state_name(ccode, when)
    except Exception:
        return f"COW {ccode}"


def _codings_in_words(answers: list[CodingAnswer]) -> str:
    """Return the codings that agree with the article, in prose: "ATOP and foedus's curated reading"."""
    return joined([coding_label(a.coding) for a in answers if a.agrees])


def _verb_s(answers: list[CodingAnswer]) -> str:
    """Return the verb's ending for the codings that agree: "s" for one ("only ATOP reads it so"), else ""."""
    return "s" if sum(a.agrees for a in answers) == 1 else ""


def _coding_verdict(answers: list[CodingAnswer], every: str, none: str, verb: str, what: str) -> tuple[str, str]:
    """Return the verdict on a claim each coding answers, and its reason: consistent where every coding agrees
    (``every``), contradicts where none does (``none``), else depends on the coding ("only ATOP reads it so": the
    codings that agree, ``verb`` in their number, ``what``)."""
    if all(a.agrees for a in answers):
        return "consistent", every
    if not any(a.agrees for a in answers):
        return "contradicts", none
    return "depends_on_coding", f"only {_codings_in_words(answers)} {verb}{_verb_s(answers)} {what}"


def _not_in_record(s: Sentence, what: str, kind: str, states: Sequence[int], when: str,
                   event_kind: str = "statement") -> Claim:
    names = [_name(c, when or "2000") for c in states]
    if kind == "treaty":
        entry = (f"treaties:\n  - slug: TODO-{when}-agreement\n    title: TODO\n    kind: other\n    obligations: []\n"
                 f"    multilateral: false\n    signed: {when}\n    members:\n"
                 + "".join(f"      - state: {n}\n" for n in names) + "    sources: [TODO]\n")
    else:
        entry = (f"events:\n  - id: {when}-{event_kind}-TODO\n    date: {when}\n    kind: {event_kind}\n"
                 f"    actors: [{', '.join(names)}]\n    description: >-\n      {' '.join(s.text.split())[:200]}\n"
                 "    sources: [TODO]\n")
    return Claim(kind="event_date" if kind == "event" else "agreement_date", text=s.text.strip(), start=s.start,
                 end=s.end, claimed=what, verdict="not_in_record", record_value="no such record",
                 reason=f"the ledgers hold no {kind} of this kind for {' and '.join(names)} near {when}; a sourced "
                        "ledger entry (proposed below) would be needed", proposed_entry=entry)


#: Words of an agreement's kind that tell two agreements of the same states apart ("friendship", "non-aggression").
_KIND_WORDS = ("friendship", "non-aggression", "neutrality", "mutual assistance", "defen", "alliance", "union",
               "guarantee", "cooperation", "co-operation", "consultation", "security")


#: How far (in days) a signing of an agreement told by what it is, at a day or month, may lie from the stored
#: agreement it is taken for, its day and month not matching (a wrong year keeps them).
_DESCRIBED_DAYS = 183


#: How far (in days) a signing told with one state only may lie from the one agreement of that state it is taken for.
_ONE_STATE_DAYS = 31


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


def _entered_after(records: _Records, slug: str, states: Sequence[int], said: PartialDate) -> list[int]:
    """Return those of ``states`` the record holds as having joined the agreement ``slug`` after its signing and only
    after the date told (its ledger's membership, else ATOP's member phases of the same alliance): an agreement they
    were not yet in then is not the one a sentence telling them at that date describes (a founder's agreement told
    at a date before its signing is the same one misdated)."""
    entered = records.entry_dates(slug)
    signed = records.gaz.treaties[slug].signed
    return [c for c in states if c in entered and entered[c] > signed and _pdate(entered[c]).earliest() > said.latest()]


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


#: What tells an agreement in a sentence without its name: its noun, or a verb of making one ("promised each other
#: neutrality", "pledged mutual help", "agreed to", "would merge").
_TELLS_AN_AGREEMENT = re.compile(r"\b(?:pacts?|alliances?|treat(?:y|ies)|agreements?|accords?|conventions?|protocols?|"
                                 r"ententes?|understandings?|declarations?|charters?|guarantees?|union|federation|"
                                 r"promised|pledged|agreed|allied|signed|concluded|renewed|merge|merged|unite|united)\b",
                                 re.IGNORECASE)


def _signed_that_day(s: Sentence, claim: Claim, records: _Records, pair: Sequence[int]) -> Claim:
    """Return ``claim`` (a date the record was found to hold nothing for: "no such record") as the signing of the
    stored agreement of the sentence's states signed on the day it tells, or one day off, where there is one: an
    agreement told by a title or description the gazetteer does not know ("the November Treaty, signed on 21 November
    1855"), or by what the states did ("On 2 May 1935 Paris and Moscow promised each other help", "Both sat down at
    Lisbon on 13 December 2007"). The states are two or more the sentence names (the agreement holding at least two
    of them), else the article's ``pair`` with the one it names. An event told without a word of an agreement
    (:data:`_TELLS_AN_AGREEMENT`) takes only the very day; a month or a year holds too many acts to tie one so.
    Otherwise ``claim`` unchanged."""
    if claim.verdict != "not_in_record" or claim.record_value != "no such record" \
            or claim.kind not in {"agreement_date", "event_date"}:
        return claim
    days = s.dates_in(claim.claimed, {"day"})
    if len(days) != 1:
        return claim
    said = _pdate(days[0].value or "")
    own = s.states()
    told = set(own) if len(own) >= 2 else set(own) | set(pair)
    if len(told) < 2:
        return claim
    wording = claim.kind == "agreement_date" or _TELLS_AN_AGREEMENT.search(s.text) is not None
    fits = []
    for t in records.gaz.treaties.values():
        if t.kind in {"border", "trade"} or len(t.members & told) < (2 if len(own) >= 2 else len(told)):
            continue
        gap = _gap(said, _pdate(t.signed))
        if _pdate(t.signed).precision == "day" and (gap == 0 or (gap == 1 and wording)):
            fits.append((gap, -len(t.members & told), len(t.members), t.slug))
    if not fits:
        return claim
    slug = min(fits)[3]
    treaty = records.gaz.treaties[slug]
    verdict, reason = compare_dates(days[0].value or "", treaty.signed, "statement" if treaty.kind in {
        "joint_statement", "declaration"} else "signed")
    return _as_signing(claim, records, slug, days[0].text, verdict, reason + " (the agreement of these states signed "
                       "then)")


#: A claim of a state's entry into or exit from an agreement the record never had it in ("the Führer's pact with the
#: Kremlin, signed on ...", "when the island left the federation that day, the two bound themselves ..."), which
#: :func:`_one_signed_that_day` may re-read as a signing.
_NO_MEMBER_ACT = re.compile(r"^no (?:entry into|exit from) of ")


#: Words of an agreement of a kind the alliance records do not hold ("a ceasefire agreement", "the armistice",
#: "a frontier treaty"), in the clause of a date :func:`_one_signed_that_day` would read.
_NO_ALLIANCE_SIGNED = re.compile(r"\b(?:cease-?fires?|armistices?|truces?|borders?|boundary|frontiers?|trade|"
                                 r"commercial)\b", re.IGNORECASE)


def _one_signed_that_day(s: Sentence, claim: Claim, records: _Records, pair: Sequence[int]) -> Claim:
    """Return ``claim`` (a day the record was found to hold nothing for, or a member's entry or exit it lacks, told
    of an agreement by no name of its own) as the signing of the one stored agreement signed that day, or one day
    off, holding at least one state the sentence or the article's ``pair`` tells, where the date's clause
    (:func:`_coordinate_clause`) tells an agreement (:data:`_TELLS_AN_AGREEMENT`) of a kind alliances are
    (:data:`_NO_ALLIANCE_SIGNED`), the sentence names none by its title, and :func:`_signed_that_day`, which needs
    the told states together in it, found none: an agreement a state signed with others the article does not name
    ("the settlement of the war was signed at the United Nations on 22 December 1988", "the isthmus's republics
    concluded a treaty that day"), or with a state told only as its mediator ("brokered by a Peruvian statesman").
    Several such agreements: the one holding most of the told states, where one does, else none. The date bears it
    out (the day, or one off): no contradiction is read so. Otherwise ``claim`` unchanged."""
    if claim.verdict != "not_in_record" or claim.kind not in {"agreement_date", "event_date"} or not (
            claim.record_value == "no such record" or _NO_MEMBER_ACT.match(claim.record_value)) or any(
            m.target and m.how not in {"description", "kind description", "anaphora", "kind title"}
            for m in s.of("agreement")):
        return claim  # (an agreement named by its title: its own rules read the date)
    days = s.dates_in(claim.claimed, {"day"})
    if len(days) != 1:
        return claim
    clause = _coordinate_clause(s, days[0].start, days[0].end)
    if _TELLS_AN_AGREEMENT.search(clause) is None or _NO_ALLIANCE_SIGNED.search(clause):
        return claim
    said = _pdate(days[0].value or "")
    told = set(s.states()) | set(pair)
    fits = []
    for t in records.gaz.treaties.values():
        if t.kind in {"border", "trade"} or not t.members & told or _pdate(t.signed).precision != "day":
            continue
        gap = _gap(said, _pdate(t.signed))
        if gap <= 1:
            fits.append((gap, -len(t.members & told), t.slug))
    fits.sort()
    if not fits or (len(fits) > 1 and fits[0][:2] == fits[1][:2]):
        return claim
    slug = fits[0][2]
    treaty = records.gaz.treaties[slug]
    verdict, reason = compare_dates(days[0].value or "", treaty.signed, "statement" if treaty.kind in {
        "joint_statement", "declaration"} else "signed")
    return _as_signing(claim, records, slug, days[0].text, verdict, reason + " (the one agreement of a told state "
                       "signed then)")


def _as_signing(claim: Claim, records: _Records, slug: str, told: str, verdict: str, reason: str) -> Claim:
    """Return ``claim`` read as the signing, told at ``told``, of the stored agreement ``slug``, with ``verdict`` and
    ``reason`` (the record's signing date beside it)."""
    ref = records.treaty_ref(slug)
    short = re.sub(r"\s*\(.*", "", ref.label)
    return claim.model_copy(update={
        "kind": "agreement_date", "claimed": f"an agreement [{short}] signed {told}", "verdict": verdict,
        "record_value": f"signed {records.gaz.treaties[slug].signed}", "reason": reason, "records": [ref],
        "proposed_entry": None})


#: Words that make an agreement ("signed", "concluded", "founded", "bound themselves", "pledged", "dates from") in
#: the clause of a date told of an agreement described, not named.
_MAKES_AN_AGREEMENT = re.compile(r"\b(?:signed|signing|concluded|founded|agreed|pledged|promised|bound|added|struck|"
                                 r"initialled|initialed|adopted|settled|formed|dates?\s+from|dated\s+from)\b",
                                 re.IGNORECASE)


#: Words telling of another act on an agreement than its making, in the date's clause: its end, its use, a member's
#: entry or exit (:data:`_MEMBER_ACT`).
_OTHER_ACT = re.compile(r"\b(?:ended|ending|expired|lapsed|abrogated|abrogation|denounced|broke|broken|terminated|"
                        r"dissolved|invoked|renewed|extended|revised|suspended|collapsed|ratified|ratification|"
                        r"entered\s+into\s+force|came\s+into\s+force|into\s+force)\b", re.IGNORECASE)


#: Words of a matter no alliance is about, or of a signing denied, or of a date that only bounds it ("a memorandum
#: on air routes", "never signed a bilateral pact", "before 1978").
_NO_SUCH_SIGNING = re.compile(r"\b(?:memorand[a-z]*|air|routes?|trade|commerc[a-z]*|tariffs?|frontiers?|borders?|"
                              r"boundary|fisher[a-z]*|loans?|credits?|cultural|navigation|postal|railways?|debts?|"
                              r"customs|paper|never|not|nor|without|refused|declined|failed)\b|n't\b",
                              re.IGNORECASE)
_BOUNDING_DATE = re.compile(r"\b(?:before|after|until|till|since|by|(?<!dates\s)(?<!dated\s)from|between)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)


#: The article's two states told as a pair ("the two governments", "both capitals").
_THE_TWO = re.compile(r"\b(?:the\s+two\s+(?:governments|countries|states|nations|powers|kingdoms|republics|"
                      r"sides|neighbours|neighbors|capitals|allies)|both\s+(?:governments|countries|capitals|sides))\b",
                      re.IGNORECASE)


#: How far (in days) from the date told a stored agreement of the told states may be signed to be the one a
#: description tells: beyond, another agreement of the same states.
_DESCRIBED_WINDOW_DAYS = 731


def _date_clause(s: Sentence, start: int, end: int) -> str:
    """Return the clause of the sentence ``s`` holding the span ``start``-``end`` (absolute offsets): the text
    between the semicolons, colons or dashes around it."""
    text = s.text
    lo = max(text.rfind(mark, 0, start - s.start) for mark in (";", ":", " — ", " – "))
    his = [i for i in (text.find(mark, end - s.start) for mark in (";", ":", " — ", " – ")) if i >= 0]
    return text[lo + 1:min(his, default=len(text))]


#: Where a clause ends and another, coordinate one, begins: ", and", ", but", ", while", ", whereas".
_COORDINATE = re.compile(r",\s+(?:and|but|while|whereas|yet)\s+", re.IGNORECASE)


def _coordinate_clause(s: Sentence, start: int, end: int) -> str:
    """Return the coordinate clause of the sentence ``s`` holding the span ``start``-``end`` (absolute offsets): its
    :func:`_date_clause` cut further at ", and", ", but", ", while" (:data:`_COORDINATE`): "Paris and Prague signed
    their alliance on 25 January 1924, and in October 1925 France added a guarantee" tells two acts."""
    whole = _date_clause(s, start, end)
    offset = s.text.find(whole)
    at, until = start - s.start - offset, end - s.start - offset
    cuts = [m for m in _COORDINATE.finditer(whole)]
    lo = max((m.end() for m in cuts if m.end() <= at), default=0)
    hi = min((m.start() for m in cuts if m.start() >= until), default=len(whole))
    return whole[lo:hi]


def _tells_only_a_making(s: Sentence, clause: str, date: Mention) -> bool:
    """Whether ``clause``, holding ``date``, tells an agreement's making (:data:`_MAKES_AN_AGREEMENT`), no other act
    on one (:data:`_OTHER_ACT`, :data:`_MEMBER_ACT`) and no other date."""
    return _MAKES_AN_AGREEMENT.search(clause) is not None and not _OTHER_ACT.search(clause) \
        and not _MEMBER_ACT.search(clause) \
        and not any(d.start != date.start and d.value and d.text in clause for d in s.of("date"))


def _described_of_states(s: Sentence, claim: Claim, records: _Records, pair: Sequence[int]) -> Claim:
    """Return ``claim`` (a date the record was found to hold nothing for, told of an agreement by a description or
    by what the states did) as the signing of the stored agreement of the told states it describes, at any
    precision: the agreements of the states (two or more the sentence names, else the article's ``pair`` with the
    one it names; the pair where it tells "the two governments") signed within two years of the date, of the
    obligations its words name ("defence", "non-aggression"). Several fit: the nearest that bears the date out (the
    same day, month or year, or one day off), else nothing. One alone fits: read against it, a wrong date
    contradicting only where the day and month told are the record's in another year ("whose defence agreement
    with Caracas dates from 3 May 1967" for one of 3 May 1966; not "27 November 1926" for 22 November 1927, which
    may be another agreement the record lacks). The date's clause must tell the making
    (:data:`_MAKES_AN_AGREEMENT`), no other act (an end, a member's entry: :data:`_OTHER_ACT`,
    :data:`_MEMBER_ACT`) and no other date (another act's: "signed on 12 October 1957, six weeks after Malaya became
    independent on 31 August 1957"); the clause must tell no other matter, no signing denied and no date bounding
    it (:data:`_NO_SUCH_SIGNING`, :data:`_BOUNDING_DATE`), and an event's sentence an agreement
    (:data:`_TELLS_AN_AGREEMENT`; "it" alone where another clause names it). Otherwise ``claim`` unchanged."""
    if claim.verdict != "not_in_record" or claim.record_value != "no such record" \
            or claim.kind not in {"agreement_date", "event_date"}:
        return claim
    dates = s.dates_in(claim.claimed)
    if len(dates) != 1:
        return claim
    date = dates[0]
    clause = next((c for c in (_date_clause(s, date.start, date.end), _coordinate_clause(s, date.start, date.end))
                   if _tells_only_a_making(s, c, date)), None)
    if clause is None:
        return claim
    if _NO_SUCH_SIGNING.search(clause) or _BOUNDING_DATE.search(s.text[:date.start - s.start]):
        return claim
    if claim.kind == "event_date" and _TELLS_AN_AGREEMENT.search(s.text) is None:
        return claim
    own = s.states()
    if _THE_TWO.search(s.text) and len(pair) == 2:
        told, least = set(pair), 2
    else:
        told = set(own) if len(own) >= 2 else set(own) | set(pair)
        least = 2 if len(own) >= 2 else len(told)
    if len(told) < 2:
        return claim
    words = clause.casefold()
    needs = {duty for word, duty in _OBLIGATION_WORDS if word in words}
    said = _pdate(date.value or "")
    fits = []
    for t in records.gaz.treaties.values():
        if t.kind in {"border", "trade", "joint_statement", "declaration"} or len(t.members & told) < least \
                or not needs <= records.gaz.obligations.get(t.slug, frozenset()):
            continue
        gap = _gap(said, _pdate(t.signed))
        if gap <= _DESCRIBED_WINDOW_DAYS:
            fits.append((gap, t.slug, compare_dates(date.value or "", t.signed, "signed")))
    if not fits:
        return claim
    bearing = [fit for fit in fits if fit[2][0] in {"consistent", "within_tolerance"}]
    if len(fits) > 1 and not bearing:
        return claim
    # (two as near: the one holding more of the article's pair, "France added a guarantee" in an article on Prague)
    _, slug, (verdict, reason) = min(bearing or fits, key=lambda fit: (
        fit[0], -len(records.gaz.treaties[fit[1]].members & set(pair)), fit[1]))
    known = _pdate(records.gaz.treaties[slug].signed)
    if not bearing and not (said.precision != "year" and said.month == known.month and (
            said.precision == "month" or known.precision == "month" or said.day == known.day)):
        return claim
    return _as_signing(claim, records, slug, date.text, verdict, reason + " (the agreement of these states it "
                       "describes)")


#: A state's own act on an agreement it is or was a member of: joining it ("acceded", "adhered", "ratified",
#: "deposited its instrument") or leaving it ("left", "withdrew", "walked out", "took Iraq out of").
_MEMBER_ACT = re.compile(r"\b(?P<entry>joined|joining|acceded|acceding|adhered|adhering|ratified|deposited|admitted|"
                         # ("Ukraine subscribed on 16 June 1992", "Turkey came in late, on 23 February 1945")
                         # (not "the end came in 2014", "came into force")
                         r"subscribed|subscribing|signed\s+on|(?P<came>came\s+in)(?!to\b)|"
                         # ("Bulgaria entered the framework on ...", not "entered into an alliance", "entered the war")
                         r"entered(?!\s+(?:into|the\s+(?:war|fighting|conflict))\b)|"
                         # ("Ecuador's ratification was registered on ...", "Georgia came aboard on ...")
                         r"accession|entry|ratification|adhesion|signed\s+up|came\s+(?:aboard|on\s+board)|"
                         r"became\s+(?:a\s+|an\s+)?(?:full\s+)?(?:party|parties|member|"
                         r"members|signatory|signatories)|(?P<followed>followed)(?=\s+(?:suit\s+)?(?:in|on|that|the)\b))\b|"
                         r"\b(?P<exit>left|leaving|withdrew|withdrawing|withdrawal|quit|walked\s+out|"
                         r"pulled\s+out|took\s+(?:[\w-]+\s+){0,2}?out\s+of|exit|denounced|renounced|expelled|"
                         # (a member's time in it told to its end: "Chad stayed in until March 1975", "remained a
                         # party until ...")
                         r"(?:remained|stayed)(?:\s+(?:in|on|inside|aboard|bound|a\s+(?:party|member|signatory)))?"
                         r"(?:\s+(?:to|of|in)\s+it)?\s+until)\b",
                         re.IGNORECASE)


def _came_in(s: Sentence, act: re.Match[str]) -> bool:
    """Whether "came in" is a state's entry: told of a state right before it ("Turkey came in late", "Guinea came in
    on 2 March 2001"), or before a word of when or how; not "the end came in 2014", "its failure came in April 1982"."""
    at = s.start + act.start()
    return any(0 <= at - m.end <= 2 for m in s.of("state")) or bool(re.match(
        r",|\s+(?:too|as\s+well|late|later|early|very|only|on|at|with|alongside|next|last|soon|first|"
        r"a\s+(?:little|few|year|month|week|day|decade|fortnight))\b", s.text[act.end():]))


#: The article's two states told as the subject of a member's act by "both" or "the two" alone: "both joined the
#: Allied declaration in February 1945", "the two later acceded", "both of them signed up in May 1955".
_BOTH_ACTED = re.compile(r"\b(?:both|the\s+two)(?:\s+of\s+them)?(?:\s+(?:also|later|then|soon|eventually|finally|"
                         r"duly|formally))?\s+(?:joined|acceded|adhered|ratified|subscribed|entered|left|withdrew|quit)"
                         r"\b", re.IGNORECASE)


def _member_that_day(s: Sentence, claim: Claim, records: _Records) -> Claim:
    """Return ``claim`` (a date told of a state's joining or leaving, found in no event and no signing) as that
    state's entry into (or exit from) a stored agreement at that date, where the record holds one: the agreement the
    sentence names, else any ("Sweden deposited its instrument on 7 March 2024", "Ouagadougou joined the African
    Union's defence pact in May 2005", "Qasim took Iraq out of the Baghdad Pact on 24 March 1959"). A day is matched
    to the day or one off (within tolerance), a month to its month; a year only of an agreement the sentence names.
    A year told of no agreement the sentence names is matched to the one agreement the article names elsewhere that
    the state entered (left) that year. A founder's entry is the signing (:func:`_signed_that_day`). Otherwise
    ``claim`` unchanged."""
    if claim.verdict != "not_in_record" or claim.kind not in {"agreement_date", "event_date"}:
        return claim
    dates = s.dates_in(claim.claimed)
    # (a sentence that names no state, "The protocol on our accession was signed on 22 October 1951", tells of the
    # article's pair, at a day)
    states = set(s.states()) or (set(records.pair) if len(dates) == 1 and (
        dates[0].precision == "day" or _BOTH_ACTED.search(s.text)) else set())
    if len(dates) != 1 or not states:
        return claim
    date = dates[0]
    at = date.start - s.start
    # the act told in the date's own clause ("A new government took office on 11 February 1979; on 12 March Iran
    # walked out": the first date is no exit)
    acts = [a for a in _MEMBER_ACT.finditer(s.text) if not a.group("came") or _came_in(s, a)]
    act = next((a for a in acts if not re.search(r"[;:]", s.text[min(a.end(), at):max(a.start(), at)])
                and not (a.start() > at and _OWN_SUBJECT_AFTER.search(s.text, date.end - s.start, a.start()))
                and not _dated_apart(s, a, date)), None)
    if act is None or (act.group("followed") and not any(a.group("entry") and not a.group("followed")
                                                         for a in acts[:acts.index(act)])):
        return claim  # ("Zimbabwe followed in February 2001" only after a verb of joining: alone, no entry)
    column = 2 if act.group("entry") else 3
    said = _pdate(date.value or "")
    named = set(s.agreements())
    if said.precision == "year" and not named:
        # (a year, of an agreement the article names elsewhere: "Bolivia's withdrawal from it took effect in 2014")
        named = {slug for slug, code, entered, exited in records.member_dates() if slug in records.named
                 and code in states and (entered if column == 2 else exited) is not None
                 and str(entered if column == 2 else exited)[:4] == (date.value or "")[:4]}
        if len(named) != 1:
            return _entered_another_year(s, claim, records, date, states, records.named) \
                if column == 2 and not named and act.group("entry").lower() not in _ACT_NOUNS else claim
    fits: list[tuple[int, str, int, str]] = []
    for slug, code, entered, exited in records.member_dates():
        when = entered if column == 2 else exited
        if code not in states or when is None or slug not in records.gaz.treaties:
            continue
        if column == 2 and when == records.gaz.treaties[slug].signed:
            continue  # (a founder: its signing)
        gap = _gap(said, _pdate(when))
        if gap <= (1 if said.precision == "day" else 0):
            fits.append((gap, slug, code, when))
    # the agreement the sentence names, else (at a day, its very day) any: a name linked to another agreement of
    # the same states ("Jordan ratified the League's defence treaty on 16 February 1952", read as the League's pact)
    fits = [f for f in fits if f[1] in named] or (
        [f for f in fits if f[0] == 0] if named and said.precision == "day" else [] if named else fits)
    if not fits:
        return _entered_another_year(s, claim, records, date, states, set(s.agreements()) or records.named) \
            if column == 2 and act.group("entry").lower() not in _ACT_NOUNS else claim
    # (several agreements the state entered or left then, "took Iraq out of the pact and of the agreement beside it":
    # the record holds the act either way; a ledger's agreement is cited before one ATOP alone holds)
    _, slug, code, when = min(fits, key=lambda f: (f[0], records.gaz.treaties[f[1]].atop_only, f[1]))
    verdict, reason = compare_dates(date.value or "", when, "in_force")
    what = "entry into" if column == 2 else "exit from"
    ref = records.treaty_ref(slug)
    short = re.sub(r"\s*\(.*", "", ref.label)
    return claim.model_copy(update={
        "kind": "agreement_date", "claimed": f"{_name(code, when)}: {what} {short} {date.text}", "verdict": verdict,
        "record_value": f"{'entered' if column == 2 else 'exited'} {when}",
        "reason": reason + f" (its {what} recorded then)", "records": [ref], "proposed_entry": None})


#: A verb of a clause of its own between a member's act, told with a date of its own, and a later date: "Britain left
#: the treaty in 1974, and SEATO was wound up on 30 June 1977" (an auxiliary, or a word of an event or an ending).
_OWN_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had)\b|" + _EVENT_OR_ENDING.pattern, re.IGNORECASE)


def _dated_apart(s: Sentence, act: re.Match[str], date: Mention) -> bool:
    """Whether ``act`` (a member's act told before ``date``) has a date of its own between them, and a clause with a
    verb of its own stands between that date and ``date``: "Pakistan walked out in November 1972, Britain left the
    treaty in 1974, and SEATO was wound up by common consent on 30 June 1977" (the last date is the end's, not
    Britain's exit). A state told with a date alone after the act's is the act's again ("Chile joined in 1950 and
    Peru in 1952")."""
    at = date.start - s.start
    if act.start() > at:
        return False
    between = [d for d in s.of("date") if act.end() <= d.start - s.start and d.end - s.start <= at]
    return bool(between) and bool(_OWN_VERB.search(s.text, max(d.end for d in between) - s.start, at))


#: A clause of its own begun after a date and before a member's act, told by a pronoun as its subject: "Latvia
#: restored its independence in August 1991, and by the end of that year it had joined ...", "Iraq broke with Moscow
#: in March 1955, and within weeks they had acceded": the date is the first verb's, not the act's.
_OWN_SUBJECT_AFTER = re.compile(r",\s+(?:and|but)\s+(?:[^,;:]*?\s)?(?:it|they|she|he)\s+(?:(?:had|has|have|then|"
                                r"also|later|soon|duly|formally)\s+)*$", re.IGNORECASE)


#: The nouns :data:`_MEMBER_ACT` reads as an entry: another verb may govern them ("blocked its accession talks"), so
#: a date off the record's is read as a wrong one only after a verb of the state's own joining.
_ACT_NOUNS = {"accession", "entry", "ratification", "adhesion"}

#: How :func:`_entered_another_year` ends its reason: a state's entry the record dates in another year.
_ANOTHER_YEAR = "(its entry into recorded in another year)"


def _entered_another_year(s: Sentence, claim: Claim, records: _Records, date: Mention, states: set[int],
                          named: set[str]) -> Claim:
    """Return ``claim`` (a date told of a state's joining, :func:`_member_that_day`, matching no entry the record
    holds) as a wrong date of that state's entry into the one agreement the sentence names, else the article does,
    that the state entered (after its signing) in the year before or after the one told, where the record dates every
    such told state's entry otherwise ("Ankara joined the pact in 1953", the record holding Turkey's entry in 1952):
    a contradiction of the entry's date, which tells the membership wrong (:func:`_entries_as_parties`). Otherwise
    ``claim`` unchanged: an entry years off, or into one of several agreements, may be another act; so is a date
    where another of the sentence's may be the entry's ("B joined in May 1955, after the talks of March 1955")."""
    said = _pdate(date.value or "")
    others = [_pdate(d.value) for d in s.of("date") if d.value and d.start != date.start]
    fits: list[tuple[str, int, str]] = []
    for slug, code, entered, _ in records.member_dates():
        if code not in states or entered is None or slug not in named or slug not in records.gaz.treaties \
                or entered == records.gaz.treaties[slug].signed:
            continue
        if abs(int(entered[:4]) - said.earliest().year) <= 1 and not any(
                abs(int(entered[:4]) - other.earliest().year) <= 1 for other in others):
            fits.append((slug, code, entered))
    if len({slug for slug, _, _ in fits}) != 1:
        return claim
    told = [(compare_dates(date.value or "", entered, "in_force"), slug, code, entered) for slug, code, entered in fits]
    if any(verdict != "contradicts" for (verdict, _), _, _, _ in told):
        return claim
    (verdict, reason), slug, code, entered = told[0]
    ref = records.treaty_ref(slug)
    short = re.sub(r"\s*\(.*", "", ref.label)
    return claim.model_copy(update={
        "kind": "agreement_date", "claimed": f"{_name(code, entered)}: entry into {short} {date.text}",
        "verdict": verdict, "record_value": f"entered {entered}", "reason": reason + f" {_ANOTHER_YEAR}",
        "records": [ref], "proposed_entry": None})


def _before_its_signing(s: Sentence, claim: Claim, records: _Records) -> Claim:
    """Return ``claim`` (an ending, an end's date or parties an agreement told by no name of its own contradicts:
    "it", "the treaty", "its security agreement with Australia") as not in the record where every date the sentence
    tells is of a year before that agreement was signed: the sentence tells of another agreement, one the record
    does not hold
    ("Twenty-five years ago today [1999] Indonesia revoked its security agreement with Australia": not the treaty
    of 2006). Otherwise ``claim`` unchanged."""
    ended = claim.kind in {"agreement_date", "event_date"} and claim.record_value.startswith("ended ")
    if claim.verdict != "contradicts" or (claim.kind not in {"ending", "agreement_parties"} and not ended) \
            or not claim.records \
            or claim.records[0].kind != "treaty" or claim.records[0].id not in records.gaz.treaties:
        return claim
    slug = claim.records[0].id
    if any(m.target == f"treaty:{slug}" and m.how not in {"description", "kind description", "anaphora", "kind title"}
           for m in s.of("agreement")):
        return claim  # named by its title: a wrong date or a wrong claim of it
    years = [_pdate(d.value).latest().year for d in s.of("date") if d.value]
    signed = _pdate(records.gaz.treaties[slug].signed).earliest().year
    if not years or max(years) >= signed:
        return claim
    title = re.sub(r"\s*\(.*", "", records.gaz.treaties[slug].title)
    return claim.model_copy(update={
        "verdict": "not_in_record",
        "reason": f"the sentence tells of {max(years)}, before the record's {title} was signed ({signed}): it tells "
                  "of another agreement, which the record does not hold (a sourced ledger entry would be needed)"})


def _event_ref(event: dict[str, Any]) -> RecordRef:
    return RecordRef(kind="event", id=str(event["id"]), ledger=str(event["ledger"]),
                     label=str(event["description"])[:120],
                     sources=[f"{event['ledger']}:{s}" for s in event["sources"]])


#: Kinds of stored events that are one member's own leaving of an agreement.
_LEAVING = frozenset({"withdrawal", "exit", "denounced", "suspended"})


def _acts_of(records: _Records, slug: str, states: set[int]) -> list[tuple[str, str, RecordRef | None]]:
    """Return the dated acts the record holds of the agreement ``slug``, as ``(date, what, event)``: its signing and
    ending, every stored event of it (a member's leaving only of one of ``states``), and the entries and exits of
    those of ``states`` that were its members."""
    t = records.gaz.treaties[slug]
    acts: list[tuple[str, str, RecordRef | None]] = [(t.signed, "signing", None)]
    if t.ended:
        acts.append((t.ended, "ending", None))
    # (a member's own leaving is an act of the agreement only for the state that left: "the Warsaw Pact was
    # disbanded in September 1968" is not Albania's withdrawal that month)
    acts += [(str(e["date"]), str(e["kind"]).replace("_", " "), _event_ref(e)) for e in records.events()
             if e["treaty"] == slug and e["date"] and (e["kind"] not in _LEAVING or set(e["actors"]) & states)]
    for agreement, code, entered, exited in records.member_dates():
        if agreement == slug and code in states:
            acts += [(when, f"{_name(code, when)}'s {what}", None) for when, what in ((entered, "entry"),
                                                                                        (exited, "exit")) if when]
    return acts


def _another_act_that_day(s: Sentence, claim: Claim, records: _Records) -> Claim:
    """Return ``claim`` (a date an agreement's record contradicts) as consistent, or within tolerance, with another
    of the acts the record holds of that same agreement on that day or in that month: the date was compared with
    the wrong one of its dates ("the protocol admitting Athens and Ankara was signed in October 1951" of NATO, whose
    signing is of 1949 and its new members' entry of 22 October 1951; "both acceded to the Arab League's defence
    treaty on 11 September 1964"; "the coup of 14 July 1958 ended the federation", an event of it that day). The
    members' entries and exits are only those of the states the sentence tells; a year holds too many acts. A day is
    matched to the day or one off, a month to its month; a day found one off the agreement's own date it was compared
    with (within tolerance) only to another act that very day. Otherwise ``claim`` unchanged."""
    # (or one it could not check, the date being of another act than the signing it holds: "the North Atlantic
    # Treaty signed 1949" for "on 12 September 2001 Ottawa and Rome stood with Washington under the North Atlantic
    # Treaty", the day its members invoked it; at a day only, a month holding too many acts of a large agreement)
    unchecked = claim.verdict == "not_in_record" and not claim.record_value.startswith("no ")
    # (or a day one off the act it was compared with, that very day another act of it: "On 14 June 1866 the Prussian
    # delegate declared the Confederation dissolved", its end coded the next day, Prussia's withdrawal that day)
    # (of the agreement's own dates only: a stored event the day before is the act told, "seized power on DATE")
    near = claim.verdict == "within_tolerance" and claim.reason.startswith("off by one day") \
        and claim.records[:1] != [] and claim.records[0].kind == "treaty"
    if (claim.verdict != "contradicts" and not unchecked and not near) \
            or claim.kind not in {"agreement_date", "event_date"} or not claim.records:
        return claim
    ref = claim.records[0]
    slug = ref.id if ref.kind == "treaty" else next(
        (str(e["treaty"]) for e in records.events() if ref.kind == "event" and e["id"] == ref.id), "")
    if slug not in records.gaz.treaties:
        return claim
    dates = s.dates_in(claim.claimed, {"day"} if unchecked else {"day", "month"})
    if len(dates) != 1:
        return claim
    date = dates[0]
    said = _pdate(date.value or "")
    fits = []
    for when, what, event in _acts_of(records, slug, set(s.states()) or set(records.pair)):
        known = _pdate(when)
        gap = _gap(said, known)
        # (an act dated more coarsely than the article does not confirm its day)
        if len(when) < len(date.value or "") or gap > (1 if said.precision == known.precision == "day" and not near
                                                       else 0):
            continue
        fits.append((gap, when, what, event))
    if not fits:
        return claim
    gap, when, what, event = min(fits, key=lambda f: (f[0], f[1], f[2]))
    verdict, reason = compare_dates(date.value or "", when, "signed")
    title = re.sub(r"\s*\(.*", "", records.treaty_ref(slug).label)
    return claim.model_copy(update={
        "verdict": verdict, "record_value": f"{what} {when}",
        "reason": reason + f" (the record's {what} of {title} then, not the date it was first compared with)",
        "records": [records.treaty_ref(slug), *([event] if event else [])], "proposed_entry": None})


def _year_untold(s: Sentence, claim: Claim) -> Claim:
    """Return ``claim`` (a date the record contradicts) as not in the record where the date it reads tells no year
    of its own ("the attacks of 11 September") and the sentence writes two or more other years: which of them the
    day is of is uncertain ("invoked over Cuba in November 1962, and after the attacks of 11 September, on 21
    September 2001"). Otherwise ``claim`` unchanged."""
    if claim.verdict != "contradicts" or claim.kind not in {"agreement_date", "event_date"}:
        return claim
    told = [d for d in s.of("date") if d.value and d.text and d.text in claim.claimed]
    if len(told) != 1 or re.search(r"\d{4}", told[0].text):
        return claim
    years = {m.group(0) for d in s.of("date") if d is not told[0] for m in re.finditer(r"\b\d{4}\b", d.text)}
    if len(years) < 2:
        return claim
    return claim.model_copy(update={
        "verdict": "not_in_record", "reason": f"the day told ({told[0].text}) has no year of its own, and the "
        f"sentence tells {len(years)} years: which one is its is uncertain"})


#: How a sentence links an agreement it does not name by its title ("the joint defence treaty", "it", "the pact").
_UNTITLED = frozenset({"anaphora", "description", "kind description", "kind title"})


def _act_fits(said: PartialDate, when: str | int | None) -> bool:
    """Whether a member's act the record dates ``when`` is the one told at ``said``: its day or one off, its month,
    its year (a coarser record does not confirm a finer date)."""
    if not when:
        return False
    known = _pdate(str(when))
    slack = 1 if said.precision == known.precision == "day" else 0
    return ("year", "month", "day").index(known.precision) >= ("year", "month", "day").index(said.precision) \
        and _gap(said, known) <= slack


def _members_other_act(s: Sentence, claims: list[Claim], records: _Records) -> list[Claim]:
    """Return a sentence's ``claims`` with a member's entry into (or exit from) an agreement the record contradicts
    re-read against the other acts the record holds before it stands: the states it is told of that no other claim
    of the sentence reads at a date of their own, where each of them entered (left) that same agreement at the date
    told ("Lisbon joined the pact in 1955, which Madrid had entered in 1950": Madrid's entry, not Lisbon's); else,
    where the date tells a day (or a month, of an agreement the sentence tells by no title of its own: "its defence
    treaty", "the pact"), the one other agreement each of them entered (left) at that date ("which Libya joined in
    May 1962", of the league's other treaty; "both adhered to the protocol signed on 22 April 1978", of the one
    signed that day, not the later protocol of a like title). A wrong date of a state's own act, of any agreement,
    stands."""
    out: list[Claim] = []
    for claim in claims:
        out.append(claim)
        act = next((a for a in (": entry into ", ": exit from ") if a in claim.claimed), "")
        if claim.verdict != "contradicts" or not act or not claim.records or claim.records[0].kind != "treaty" \
                or claim.records[0].id not in records.gaz.treaties \
                or claim.kind not in {"agreement_date", "event_date", "agreement_parties"}:
            continue
        slug, column = claim.records[0].id, (2 if act == ": entry into " else 3)
        dates = [d for d in s.of("date") if d.value and d.text and claim.claimed.endswith(f" {d.text}")]
        if len(dates) != 1:
            continue
        date = dates[0]
        said = _pdate(date.value or "")
        told = claim.claimed.removeprefix("parties: ").split(act, 1)[0].split(" and ")
        # (the states the sentence names, else those of the article's pair it tells as "both", "the two")
        codes = list(dict.fromkeys(c for c in [*s.states(), *records.pair] if _name(c, date.value or "") in told))
        if not codes:
            continue
        # (a state another claim of the sentence reads at a date of its own: "Rome acceded in 1888 ...")
        read = [c for c in codes if any(
            o is not claim and o.verdict in {"consistent", "within_tolerance"} and o.records[:1] == claim.records[:1]
            and act in o.claimed and not o.claimed.endswith(f" {date.text}")
            and {_name(c, w) for w in [date.value or "", *re.findall(r"\d{4}-\d{2}-\d{2}", o.record_value)]}
            & set(o.claimed.removeprefix("parties: ").split(act, 1)[0].split(" and ")) for o in claims)]
        rest = [c for c in codes if c not in read] or codes
        rows = [r for r in records.member_dates() if r[1] in rest]
        same = {r[1] for r in rows if r[0] == slug and _act_fits(said, r[column])}
        fit_slug, fit_rows = "", []
        if len(rest) < len(codes) and same == set(rest):
            fit_slug, fit_rows = slug, [r for r in rows if r[0] == slug and _act_fits(said, r[column])]
        elif said.precision == "day" or (said.precision == "month" and all(
                m.how in _UNTITLED for m in s.of("agreement") if m.target == f"treaty:{slug}")):
            others = {r[0] for r in rows if r[0] != slug and r[0] in records.gaz.treaties}
            fitting = [o for o in sorted(others) if {r[1] for r in rows if r[0] == o and _act_fits(said, r[column])}
                       == set(rest)]
            if len(fitting) == 1:
                fit_slug = fitting[0]
                fit_rows = [r for r in rows if r[0] == fit_slug and _act_fits(said, r[column])]
        if not fit_slug or not fit_rows:
            continue
        when = str(fit_rows[0][column])
        verdict, reason = compare_dates(date.value or "", when, "accession" if column == 2 else "withdrawal")
        ref = records.treaty_ref(fit_slug)
        short = re.sub(r"\s*\(.*", "", ref.label)
        names = " and ".join(_name(c, date.value or "") for c in rest)
        prefix = "parties: " if claim.claimed.startswith("parties: ") else ""
        out[-1] = claim.model_copy(update={
            "claimed": f"{prefix}{names}:{act[1:]}{short} {date.text}", "verdict": verdict,
            "record_value": f"{'entered' if column == 2 else 'left'} {when}",
            "reason": reason + f" (the record's {'entry' if column == 2 else 'exit'} of {names} then, not the act "
                      "it was first compared with)",
            "records": [ref], "proposed_entry": None})
    return out


#: An end told by itself, the act of the clause ("was wound up", "expired", "was dissolved").
_ENDED_THEN = re.compile(r"\b(?:ended|expired|lapsed|dissolved|disbanded|wound\s+up|terminated|came\s+to\s+an\s+end|"
                         r"was\s+abolished|ceased\s+to\s+exist|was\s+formally\s+ended)\b", re.IGNORECASE)


#: What an end so told must be of, right before its verb: an agreement or a body made by one (not "the war ended").
_AN_AGREEMENT_ENDED = re.compile(r"\b(?:organi[sz]ation|pact|alliance|treaty|league|union|federation|confederation|"
                                 r"entente|agreement|accord|convention|bloc|coalition|council)\b[^,;:]*$",
                                 re.IGNORECASE)


def _acted_that_day(s: Sentence, claim: Claim, records: _Records) -> Claim:
    """Return ``claim`` (a day the record was found to hold nothing for) as the stored event of a state the sentence
    names on that very day, told in words the events' vocabulary does not know ("On 14 June 1866 the Prussian envoy
    declared the Confederation dissolved", "Stockholm deposited its instrument on 7 March 2024"), or a state's entry
    into or exit from an agreement the sentence names that day. The event must be tied to the sentence beyond the day:
    by two of its states, by the agreement it names (for a signing told, an act of it that day of whatever state: "It
    ended two years after the General Peace Accord was signed in Rome on ..."), by the agreement binding two of its
    states it is an act of with a word of what was done (:func:`_bound_by_its_treaty`), or by :data:`_LEXICAL_TIE` words
    of what was done that its description shares (:meth:`_Records.shared_words`; one alone, "held a ceremony for the
    canal", ties nothing); a day off (within tolerance) only by the first two. An end told that day
    (:data:`_ENDED_THEN`, its verb right before the day in one clause, an agreement's noun right before the verb:
    :data:`_AN_AGREEMENT_ENDED`, not "the war ended") is an event the record holds that very day of an agreement of the
    sentence's states (else the article's pair): "the organisation was wound up on 30 June 1977". Otherwise ``claim``
    unchanged."""
    if claim.verdict != "not_in_record" or not claim.record_value.startswith("no ") \
            or claim.kind not in {"agreement_date", "event_date"}:
        return claim
    days = s.dates_in(claim.claimed, {"day"})
    own = set(s.states())
    told = own or set(records.pair)
    if len(days) != 1 or not told:
        return claim
    date = days[0]
    said = _pdate(date.value or "")
    named = set(s.agreements())
    fits: list[tuple[int, int, str, str, RecordRef | None, str | None]] = []
    for e in records.events():
        involved = (set(e["actors"]) | set(e["targets"])) & own
        if not e["date"] or len(e["date"]) != 10 or abs(int(e["date"][:4]) - said.earliest().year) > 1 or not (
                involved or (e["treaty"] in named and claim.kind == "agreement_date")):
            continue
        gap = _gap(said, _pdate(e["date"]))
        firm = len(involved) >= 2 or e["treaty"] in named
        shared = 0 if firm else records.shared_words(s, e, lowercase=True)
        if gap > (1 if firm else 0) or not (firm or shared >= _LEXICAL_TIE or (
                shared and _bound_by_its_treaty(e, own, involved, records))):
            continue
        fits.append((gap, 0 if firm else 1, str(e["date"]), str(e["kind"]).replace("_", " "), _event_ref(e),
                     e["treaty"]))
    for slug, code, entered, exited in records.member_dates():
        if code in own and slug in named and slug in records.gaz.treaties:
            for when, what in ((entered, "entry into"), (exited, "exit from")):
                if when and len(when) == 10 and _gap(said, _pdate(when)) == 0 and \
                        when != records.gaz.treaties[slug].signed:
                    fits.append((0, 0, when, f"{_name(code, when)}'s {what}", None, slug))
    at = date.start - s.start
    if any(not re.search(r"[,;:]", s.text[e.end():at]) and _AN_AGREEMENT_ENDED.search(s.text[:e.start()][-40:])
           for e in _ENDED_THEN.finditer(s.text) if e.end() <= at and at - e.end() <= 40):
        # an end told of an agreement the sentence does not name, its verb right before the day ("the organisation
        # was wound up on 30 June 1977"): an event the record holds that very day of an agreement of a state it
        # tells, or of the article's pair (not the agreement's coded end alone: alliances coded as ending with a
        # war end on its day, and "the alliance ended on 2 September 1945" is then another's end as often as not)
        fits += [(0, 0, str(e["date"]), str(e["kind"]).replace("_", " "), _event_ref(e), str(e["treaty"]))
                 for e in records.events() if e["date"] == date.value and e["treaty"] in records.gaz.treaties
                 and records.gaz.treaties[e["treaty"]].members & told]
    if not fits:
        return claim
    gap, _, when, what, event, held = min(fits, key=lambda f: (f[0], f[1], f[2], f[3]))
    verdict, reason = compare_dates(date.value or "", when, "event")
    refs = [*([records.treaty_ref(held)] if held and held in records.gaz.treaties else []),
            *([event] if event else [])]
    # (a signing of an agreement the record does not know, that day another act of one it does: the act's date)
    unknown = claim.kind == "agreement_date" and claim.claimed.startswith("an agreement of ") and event is not None
    return claim.model_copy(update={
        "kind": "event_date" if unknown else claim.kind, "verdict": verdict, "record_value": f"{what} {when}",
        "reason": reason + " (what the record holds of the sentence's states that day)", "records": refs,
        "proposed_entry": None})


def _act_of_what_it_tells(s: Sentence, claim: Claim, records: _Records) -> Claim:
    """Return ``claim`` (a date, at any precision, the record was found to hold nothing for, told of no act its
    readers know) as the one stored event that bears it out, tied to the sentence by the agreement the sentence
    refers to, not by its title ("The members invoked it again in September 2001": the treaty's invocation that
    month; at a year, an act of a state the sentence names), or by a state the sentence names whose event the record
    dates only as coarsely as the article (a month told for a month stored, a year for a year); either way its
    description must share a word of what was done with the sentence ("The Cuban brigades had gone home by May 1991" for
    their withdrawal, dated to that month). A day bears an event out
    within a day, a month or a year within itself; where two events would, none is taken: the date is left not in
    the record, never read as a contradiction. Otherwise ``claim`` unchanged."""
    if claim.verdict != "not_in_record" or not claim.record_value.startswith("no ") \
            or claim.kind not in {"agreement_date", "event_date"}:
        return claim
    dates = s.dates_in(claim.claimed)
    if len(dates) != 1:
        return claim
    date = dates[0]
    said = _pdate(date.value or "")
    own = set(s.states())
    # (an agreement named by its title has its dates read by its own rules: "Cuba signed the Declaration by United
    # Nations on 1 January 1942, weeks after declaring war" is no act of the declaration's that day beside it)
    titled = {(m.target or "").removeprefix("treaty:") for m in s.of("agreement")
              if m.target and m.how not in {"description", "kind description", "anaphora", "kind title"}}
    named = set(s.agreements()) - titled
    fits = []
    for e in records.events():
        if not e["date"] or abs(int(str(e["date"])[:4]) - said.earliest().year) > 1:
            continue
        known = _pdate(str(e["date"]))
        if said.precision == "day":
            bears = known.precision == "day" and _gap(said, known) <= 1
        else:
            bears = str(e["date"]).startswith(date.value or "-")
        if not bears:
            continue
        by_agreement = e["treaty"] in named and (said.precision != "year" or bool(
            (set(e["actors"]) | set(e["targets"])) & own))  # (a year holds many acts of a large alliance)
        # (a state's act on a day told is :func:`_acted_that_day`'s, which needs more to tie it)
        by_state = bool((set(e["actors"]) | set(e["targets"])) & own) and known.precision == said.precision != "day"
        if (by_agreement or by_state) and records.shared_words(s, e, lowercase=True) >= 1:
            fits.append(e)
    if len(fits) != 1:
        return claim
    event = fits[0]
    verdict, reason = compare_dates(date.value or "", str(event["date"]), "event")
    held = str(event["treaty"] or "")
    refs = [*([records.treaty_ref(held)] if held in records.gaz.treaties else []), _event_ref(event)]
    return claim.model_copy(update={
        "kind": "event_date", "verdict": verdict, "record_value": f"{str(event['kind']).replace('_', ' ')} "
        f"{event['date']}", "reason": reason + " (the one act the record holds then of what the sentence tells)",
        "records": refs, "proposed_entry": None})


def _act_of_their_agreement(s: Sentence, claim: Claim, records: _Records, pair: Sequence[int]) -> Claim:
    """Return ``claim`` (a date, at a day or a month, the record was found to hold nothing for) as the one act the
    record holds at that date of an agreement the sentence is about: one it refers to ("it", "the pact", a title), or
    else one binding two or more of its states (with the article's ``pair``, where it names fewer): its signing, its
    ending, or the entry into it or exit from it of a state the sentence tells. A clause tells such an act by many
    verbs no reader lists ("a second understanding followed in December 1887", "both lapsed that January", "their
    contingents sailed home in April 1862", "the league's members drew up a treaty in June 1950"); the date the record
    holds of the agreement bears it out: its day or one off for a day, its month for a month, never a year (a year
    holds too many acts); only in a clause that names or tells an agreement or tells a member's act (not "the war
    ended"), never one of a matter no alliance is about or of an act denied. Where two acts fit, none is taken, and a
    date none fits stays not in the record, never read as a contradiction. Otherwise ``claim`` unchanged."""
    if claim.verdict != "not_in_record" or not claim.record_value.startswith("no ") \
            or claim.kind not in {"agreement_date", "event_date"}:
        return claim
    dates = s.dates_in(claim.claimed, {"day", "month"})
    if len(dates) != 1 or not _tells_an_act_on_one(s, claim, dates[0]):
        return claim
    date = dates[0]
    clause = _coordinate_clause(s, date.start, date.end)
    if _NO_SUCH_SIGNING.search(clause) or _NO_ALLIANCE_SIGNED.search(clause):
        return claim  # (a memorandum on air routes, an armistice, an act denied: no act on an alliance)
    referred = [slug for slug in s.agreements() if slug in records.gaz.treaties]
    if not referred and _TELLS_AN_AGREEMENT.search(clause) is None and _MEMBER_ACT.search(clause) is None:
        return claim  # (an end told of no agreement nor member: "for Ankara the war ended on 2 September 1945")
    said = _pdate(date.value or "")
    own = set(s.states())
    told = own if len(own) >= 2 else own | set(pair)
    slugs = referred or [t.slug for t in records.gaz.treaties.values()
                         if t.kind not in {"border", "trade"} and len(t.members & told) >= 2]
    # (the members' entries on the day of its signing are that signing; two agreements ended the same day, "both
    # lapsed in January 1897", are one date told)
    fits = sorted(((when, what not in {"signing", "ending"}, what, slug, event) for slug in slugs
                   for when, what, event in _acts_of(records, slug, told) if _act_fits(said, when)),
                  key=lambda f: f[:4])
    if len({when for when, *_ in fits}) != 1:
        return claim
    when, _, what, slug, event = fits[0]
    held = list(dict.fromkeys(f[3] for f in fits))
    verdict, reason = compare_dates(date.value or "", when, "signed")
    title = re.sub(r"\s*\(.*", "", records.gaz.treaties[slug].title)
    return claim.model_copy(update={
        "claimed": f"{title}: {what} {date.text}", "verdict": verdict, "record_value": f"{what} {when}",
        "reason": reason + f" (the act the record holds then of {title}, an agreement of the sentence's states)",
        "records": [*(records.treaty_ref(h) for h in held), *([event] if event else [])], "proposed_entry": None})


def _bound_by_its_treaty(event: dict[str, Any], own: set[int], involved: set[int], records: _Records) -> bool:
    """Whether a stored ``event`` of a state the sentence names (``involved``) is tied to the sentence by the
    agreement it is an act of, binding two or more of the sentence's states (``own``): "When Washington asked its
    Rio partners to back the blockade on ...", the treaty's invocation that day by the United States (with one word
    of what was done shared: not "Rome recalled its envoy from Vienna" for Italy's denunciation of their alliance
    that day)."""
    treaty = records.gaz.treaties.get(str(event["treaty"] or ""))
    return bool(involved) and treaty is not None and len(treaty.members & own) >= 2


#: What leads a clause that repeats a member's act for another state with its verb left out: ", and Bamako only in
#: June 2007", "and Athens too on 18 February 1952", "then Lisbon in turn in May 1955".
_GAPPED_LEAD = re.compile(r"(?:,\s+|\s+)(?:and|then|while|but)\s+(?:then\s+)?(?:the\s+)?$", re.IGNORECASE)
_GAPPED_TAIL = re.compile(r"^\s*,?\s*(?:only|also|too|in\s+turn|later|itself|followed)?\s*,?\s*(?:in|on)\s+$",
                          re.IGNORECASE)


def _gapped_entries(s: Sentence, claims: Sequence[Claim], records: _Records) -> list[Claim]:
    """Return, for a member's entry into (or exit from) an agreement the sentence's claims read at a date, the same
    act of each further state the sentence tells with the verb left out ("Ouagadougou joined the pact in May 2005,
    and Bamako only in June 2007"), checked against that state's own entry (or exit) in the record: a state the
    record holds no such act of, or one at another date, is left unsaid (the rules that read a member's act weigh
    the ledgers' several dates of it)."""
    acts = [c for c in claims if c.kind in {"agreement_date", "event_date"} and c.records
            and c.records[0].kind == "treaty" and c.records[0].id in records.gaz.treaties
            and (": entry into " in c.claimed or ": exit from " in c.claimed)]
    if not acts:
        return []
    act = acts[-1]
    read = [d for d in s.of("date") if d.value and d.text in act.claimed]
    if not read:
        return []
    column = 2 if ": entry into " in act.claimed else 3
    slug = act.records[0].id
    states, dates = s.of("state"), s.of("date")
    out: list[Claim] = []
    for state in states:
        if state.start < read[-1].end or not state.target:
            continue
        date = next((d for d in dates if d.start > state.end and d.value), None)
        if date is None or any(date.text in c.claimed or (date.value or "") in c.claimed for c in claims) \
                or not _GAPPED_TAIL.match(s.text[state.end - s.start:date.start - s.start]) \
                or not _GAPPED_LEAD.search(s.text[read[-1].end - s.start:state.start - s.start][-20:]):
            continue
        code = int(state.target.removeprefix("state:"))
        when = next((str(row[column]) for row in records.member_dates() if row[0] == slug and row[1] == code
                     and row[column]), None)
        if when is None:
            continue
        verdict, reason = compare_dates(date.value or "", when, "in_force")
        if verdict not in {"consistent", "within_tolerance"}:
            continue  # (a ledger's entry may be the protocol's signing, its being a party told apart: no contradiction)
        what = "entry into" if column == 2 else "exit from"
        short = re.sub(r"\s*\(.*", "", records.treaty_ref(slug).label)
        out.append(act.model_copy(update={
            "claimed": f"{_name(code, when)}: {what} {short} {date.text}", "verdict": verdict,
            "record_value": f"{'entered' if column == 2 else 'exited'} {when}",
            "reason": reason + f" (its {what} recorded then, the act told of the state before it)",
            "records": [records.treaty_ref(slug)], "proposed_entry": None}))
    return out


#: The claims whose agreements a sentence tells of, for :func:`_act_of_another_told`: not a count's (a pair's every
#: agreement) nor a leader's.
_TELLING_KINDS = frozenset({"agreement_date", "agreement_parties", "ending", "event_date"})


def _act_of_another_told(s: Sentence, claims: list[Claim], records: _Records) -> list[Claim]:
    """Return a sentence's ``claims`` with a date the record contradicts, or could not check, of one agreement (or of
    none) re-read against the acts of the other agreements the same sentence tells of (named in it, or read by its
    other claims) before it stands: where exactly one act of one of them (a signing, an ending, a stored event, a
    told member's entry or exit: :func:`_acts_of`) falls on the very day told or in the month told, the
    writer told that act ("The hemispheric pact agreed in March 1945 was wound up when the Rio treaty replaced it": the
    pact of March 1945's signing, not the Rio treaty's; "In July 1840 they joined A and B to force C back; that pact
    had done its work by November": the pact's signing that July). A year holds too many acts. Otherwise the claims
    unchanged."""
    told = list(dict.fromkeys([*s.agreements(), *(r.id for c in claims if c.kind in _TELLING_KINDS
                                                  for r in c.records[:1] if r.kind == "treaty")]))
    told = [slug for slug in told if slug in records.gaz.treaties]
    if len(told) < 1:
        return claims
    states = set(s.states()) or set(records.pair)
    out: list[Claim] = []
    for claim in claims:
        own = claim.records[0].id if claim.records and claim.records[0].kind == "treaty" else ""
        unchecked = claim.verdict == "not_in_record" and (not claim.records or own in records.gaz.treaties)
        dates = s.dates_in(claim.claimed, {"day", "month"})
        if claim.kind not in {"agreement_date", "event_date"} or (claim.verdict != "contradicts" and not unchecked) \
                or len(dates) != 1:
            out.append(claim)
            continue
        if not _tells_an_act_on_one(s, claim, dates[0]):
            out.append(claim)
            continue
        said = _pdate(dates[0].value or "")
        fits = [(slug, when, what, event) for slug in told if slug != own
                for when, what, event in _acts_of(records, slug, states)
                if _act_fits(said, when) and (said.precision != "day" or _gap(said, _pdate(when)) == 0)]
        if len({(slug, when) for slug, when, _, _ in fits}) != 1:
            out.append(claim)
            continue
        slug, when, what, event = fits[0]
        verdict, reason = compare_dates(dates[0].value or "", when, "signed")
        title = re.sub(r"\s*\(.*", "", records.gaz.treaties[slug].title)
        out.append(claim.model_copy(update={
            "claimed": f"{title}: {what} {dates[0].text}", "verdict": verdict,
            "record_value": f"{what} {when}",
            "reason": reason + f" (the record's {what} of {title}, another agreement the sentence tells of)",
            "records": [records.treaty_ref(slug), *([event] if event else [])], "proposed_entry": None}))
    return out


#: Stored events' kinds that are no act on an agreement ("war of A and B on DATE", "statement of A in DATE").
_NO_ACT_ON_ONE = re.compile(r"^(?:war|violation|statement|visit|court|military|sanction|summit|election|coup|speech|"
                            r"warrant|attack|invasion)\b")


def _tells_an_act_on_one(s: Sentence, claim: Claim, date: Mention) -> bool:
    """Whether ``claim`` tells, at ``date``, an act on an agreement: a date written with a number ("in July 1840",
    not "later that month", "on Monday"), whose clause (:func:`_coordinate_clause`) names an agreement or tells one
    (:data:`_TELLS_AN_AGREEMENT`), a member's act on one (:data:`_MEMBER_ACT`) or another act on one
    (:data:`_OTHER_ACT`, :data:`_ENDED_THEN`), of no kind of stored event that is not one (a war, a statement:
    :data:`_NO_ACT_ON_ONE`)."""
    if not re.search(r"\d", date.text) or _NO_ACT_ON_ONE.match(claim.claimed):
        return False
    clause = _coordinate_clause(s, date.start, date.end)
    lo = s.text.find(clause) + s.start
    return any(m.target and lo <= m.start < lo + len(clause) for m in s.of("agreement")) or any(
        word.search(clause) for word in (_TELLS_AN_AGREEMENT, _MEMBER_ACT, _OTHER_ACT, _ENDED_THEN))


def _other_agreement_signed_then(s: Sentence, claim: Claim, records: _Records, pair: Sequence[int]) -> Claim:
    """Return ``claim`` (the signing of an agreement told by a description, "a treaty meant to keep France in its
    box", whose record contradicts the day told) re-read as the signing of another stored agreement signed on that
    very day, where :func:`_one_signed_that_day` finds exactly one and it holds two of the states the sentence or
    the article's ``pair`` tells: the description fitted the wrong one of their agreements; the day bears the other
    out. Otherwise ``claim`` unchanged."""
    if claim.kind != "agreement_date" or claim.verdict != "contradicts" or " [" not in claim.claimed or any(
            m.target and m.how not in _UNTITLED for m in s.of("agreement")):
        return claim
    days = s.dates_in(claim.claimed, {"day"})
    if len(days) != 1:
        return claim
    own = claim.records[0].id if claim.records else ""
    unread = claim.model_copy(update={"verdict": "not_in_record", "record_value": "no such record"})
    found = _one_signed_that_day(s, unread, records, pair)
    if found is unread or found.verdict != "consistent" or not found.records or found.records[0].id == own or \
            len(records.gaz.treaties[found.records[0].id].members & (set(s.states()) | set(pair))) < 2:
        return claim  # (one holding a single told state: another state's, which no description fitted)
    return found
