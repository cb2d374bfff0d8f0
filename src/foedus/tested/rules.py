"""The rules: when a war made an obligation's casus foederis arise, and whether the member honoured it.

A *case* is one member's obligation in one alliance in one war in which at least one of its partners fought, the
alliance in force for both when the partner's part began. Whether the casus foederis arose is read from the
obligation's own terms, as Leeds, Long & Mitchell (2000) read them:

==================  ================================================================================================
obligation          the casus foederis arises when ...
==================  ================================================================================================
defense             a partner was attacked: a state on the other side began its fight with the partner in the
                    partner's first year of the war (:meth:`War.began`), a fellow member too (ATOP's defence
                    obligation is support against an attack on the partner, whoever made it); with a named adversary
                    (``defcoadv``), that state is one ATOP names (``statthr1/2``) or, where ATOP gives no code, one
                    the table ``named_adversaries.yaml`` reads from the treaty text; with a number of adversaries
                    (``defconum``), two or more states fought the partner; an alliance signed during a war the
                    partner was already fighting (the years, or, where they cannot tell, ATOP's ``cowwar`` on the
                    partner's row) arises if the partner was fighting the (named) adversary when it was signed
offense             the war is the one the treaty was signed in (the member's ``cowwar``, or signed during the
                    partner's part in it, as for defence), or the partner fought a state the treaty names
                    (``offcoadv``); an unconditional offensive pledge, when the partner began the war
neutrality          a partner fought a third state; only if the partner was attacked, with ``neucoatt`` or
                    ``neuconpr``; only against a named adversary, with ``neucoadv``
non_aggression      the member and a partner fought each other (their dyad is in the war data)
consultation        never decided: war data cannot show whether allies consulted; the case is ``untestable``
==================  ================================================================================================

A named location (``defcoloc``) is read as the partner's own region: the defence applies only when a state of the
partner's region (by COW's code ranges) attacked it; ATOP codes that a location is named, not which, and most
location clauses name the members' territories or their region (the North Atlantic area, the Americas). Where the
defence names its adversary (``defcoadv``, identified), the location is not read so: a treaty against a named state of
another region (Spain, for the Pacific alliance of Peru and Chile, 1865) names where that state's attack counts, and
reading it as the attacker's region would void the pledge against the only state it names; the location is then
unverified. Other conditions the data cannot check (a location on an offensive or neutrality pledge, a named
conflict other than the war signed in, compliance with a demand, a named adversary neither ATOP nor the table
identifies) are assumed met and listed on the case as ``unverified``.

ATOP's ``cowwar`` is set on the rows of the members that were fighting that COW war when they signed (``wartime`` on
every member's row of such a treaty: in ATOP 4.01, 112 of the 116 rows with a ``cowwar`` are of a member in that war
in its year of entry). So a partner's ``cowwar`` shows that a treaty signed during that war (a member that signed first
has the same ``cowwar``) was signed while the partner fought it, where the years cannot (the treaty and the partner's
part began in the same year: Japan and Thailand, 1941); a later accession to an older treaty is not read so.

Who attacked whom inside a war is :meth:`War.began`'s rule; where it cannot tell, a defence whose casus turns on
it, a neutrality pledge whose member fought its partner, and a non-aggression pledge are ``uncertain`` (left out of
every share) rather than guessed.

Outcomes under three rule sets (``honoured``, ``violated``, ``not_applicable`` when the casus did not arise,
``uncertain``):

=========  ================================================================================================
rule set   defense and offense                          neutrality            non-aggression
=========  ================================================================================================
``llm``    honoured if the member fought on the side    violated if the       violated if the member attacked
           of a partner for whom the casus arose, in    member attacked the   its partner, honoured if the
           the years that partner fought (Leeds, Long   partner; honoured if  partner attacked it, uncertain
           & Mitchell 2000, as Berkemeier & Fuhrmann    it did not fight it   where the data cannot tell
           2018 apply them)                             or was attacked by it
``strict`` honoured only if the member fought beside    as ``llm``            violated whenever the member fought
           every such partner from the year its casus                         its partner
           arose
``lenient`` honoured if any member of the alliance      as ``llm``            violated only where the data show
           fought beside the partner (one member's                            the member attacked its partner
           help honours a multilateral alliance)
=========  ================================================================================================

Under ``llm`` and ``strict``, a member that fought beside its partner and then went over to the other side of the same
war while the partner still fought, the alliance in force to its last year beside the partner, violated its defence or
offence: it did not give the support it promised, whatever help came first (Italy against its Axis partners, 1943).

Timing: the war data have years, not days. A case whose member or partner entered or left the alliance in the
year the casus arose (the partner's first year in the war; for non-aggression, the first year they fought) is
``timing_uncertain``: the alliance may not have been in force on the day it mattered.

References
----------
Leeds, B. A., Long, A. G., & Mitchell, S. M. (2000). Reevaluating alliance reliability: Specific threats, specific
promises. *Journal of Conflict Resolution*, 44(5), 686-699. https://doi.org/10.1177/0022002700044005006
Berkemeier, M., & Fuhrmann, M. (2018). Reassessing the fulfillment of alliance commitments in war. *Research &
Politics*, 5(2).
Sabrosky, A. N. (1980). Interstate alliances: Their reliability and the expansion of war. In J. D. Singer (Ed.),
*The Correlates of War II: Testing Some Realpolitik Models* (pp. 161-198). New York: Free Press.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from foedus.tested.records import Commitment, TestedAlliance, War, WarPart, region

__all__ = ["OUTCOMES", "RULE_SETS", "Case", "Trigger", "alliance_war_cases", "region"]

#: The rule sets, in the order they are shown.
RULE_SETS: tuple[str, ...] = ("llm", "strict", "lenient")
#: What a case's outcome can be.
OUTCOMES: tuple[str, ...] = ("honoured", "violated", "not_applicable", "untestable", "uncertain")

Outcome = Literal["honoured", "violated", "not_applicable", "untestable", "uncertain"]

_UNVERIFIABLE = {
    "defense": {"defcoloc": "a named location (read as the partner's own region)", "defcocon": "a named conflict",
                "defcodem": "the partner's compliance with a demand"},
    "offense": {"offcoloc": "a named location", "offcocon": "a named conflict",
                "offcodem": "the partner's compliance with a demand"},
    "neutrality": {"neucoloc": "a named location", "neucocon": "a named conflict", "neuconum": "a number of "
                   "adversaries", "neucodem": "the partner's compliance with a demand"},
}


@dataclass(frozen=True)
class Trigger:
    """Why the casus foederis arose (or not) for one partner: the partner, the year, the condition read."""

    partner: int
    year: int
    arose: bool
    condition: str
    part: WarPart | None = None
    #: the casus turns on who attacked whom inside the war, which the data cannot tell (:meth:`War.began`)
    undecided: bool = False


@dataclass(frozen=True)
class Case:
    """One member's obligation in one alliance, tested by one war: the casus, the outcome under each rule set, and
    the evidence (war, sides and years, the condition that applied, the rule, the lines of both data files)."""

    alliance: str
    atopid: int | None
    source: str
    title: str
    bilateral: bool
    war: int
    war_start: int
    war_end: int
    member: int
    obligation: str
    year: int
    partners: tuple[int, ...]
    arose: bool
    condition: str
    outcomes: dict[str, Outcome]
    reasons: dict[str, str]
    member_parts: tuple[WarPart, ...]
    partner_parts: tuple[WarPart, ...]
    timing_uncertain: bool
    unverified: tuple[str, ...] = ()
    major: bool | None = None
    war_lines: tuple[int, ...] = ()
    atop_lines: tuple[int, ...] = field(default_factory=tuple)


def _uncertain(a: Commitment, p: Commitment, year: int) -> bool:
    return a.uncertain(year) or p.uncertain(year)


def _named(a: Commitment, flag: str) -> bool:
    """Return True if ``a``'s obligation holds only against a named adversary (``flag``) whom ATOP or the table
    identifies."""
    return a.conditions.has(flag) and a.conditions.identified


def _defense(war: War, a: Commitment, part: WarPart, partner: int, members: set[int] | None = None,
             signed: int | None = None) -> tuple[bool | None, str]:
    """Return whether ``partner`` was attacked in the terms of ``a``'s defence pledge (None: the data cannot tell
    who attacked whom), and why. The fights judged are those the partner began to fight in its first year of the
    war; with ``signed`` (an alliance signed in this war), those it was already fighting when the member signed."""
    def begun(o: int) -> int:
        fought = war.fought(o, partner)
        return fought[0] if fought is not None else 10**6

    foes = sorted({o.ccode for o in war.opponents(part) if war.fought(o.ccode, partner) is not None} - {partner})
    # an attack by a fellow member is an attack on the partner like any other: ATOP's defence obligation is support
    # against an attack on the partner, and only a named-adversary condition (``defcoadv``) narrows who the attacker
    # may be; the attacker's own breach is also judged under its non-aggression pledge, if it made one
    candidates = list(foes)
    fellows = [o for o in foes if members is not None and o in members]
    label = ""
    # the location is read as the partner's own region only where ATOP does not name the attacker: a treaty against
    # a named adversary from another region (Spain, for the Pacific alliance of 1865) names where that state's attack
    # counts (the members' coasts), not that the attacker be of the members' region, which would void the pledge
    # against the only state it names; that location is then unverified
    located = a.conditions.has("defcoloc") and not _named(a, "defcoadv")
    if a.conditions.has("defcoadv") and a.conditions.identified:
        named = [o for o in candidates if a.conditions.names(o)]
        if not named:
            return False, (f"{partner} fought {', '.join(map(str, candidates)) or 'no state'}, not the adversary the "
                           f"treaty names ({a.conditions.adversary()})")
        candidates, label = named, "the named adversary "
    if signed is not None:
        ongoing = [o for o in candidates if begun(o) <= signed and (not located or region(o) == region(partner))]
        if ongoing:
            return True, (f"the alliance was signed during war {war.number}, while {partner} was fighting "
                          f"{label}{', '.join(map(str, ongoing))}: the pledge was written for that war")
    if part.initiator:
        return False, f"{partner} began the war: it was not attacked"
    candidates = [o for o in candidates if begun(o) == part.first]
    attackers = [o for o in candidates if war.began(o, partner) == o]
    unknown = [o for o in candidates if war.began(o, partner) is None]
    if located:
        attackers = [o for o in attackers if region(o) == region(partner)]
        unknown = [o for o in unknown if region(o) == region(partner)]
    if a.conditions.has("defconum") and len(foes) < 2:
        return False, f"{partner} fought one adversary; the pledge holds against several"
    if attackers:
        within = [o for o in attackers if o in fellows]
        also = f" (a fellow member: {', '.join(map(str, within))})" if within else ""
        return True, f"{partner} attacked by {label}{', '.join(map(str, attackers))}{also}"
    if unknown:
        return None, (f"{partner} fought {label}{', '.join(map(str, unknown))} from {part.first}; who attacked whom "
                      "the data cannot tell (see War.began)")
    where = " from its own region (the pledge holds only in a named place)" if located else ""
    return False, f"{partner} was not attacked{where}: its side began the fights of {part.first}"


def _offense(war: War, a: Commitment, part: WarPart, partner: int, signed: int | None = None) -> tuple[bool, str]:
    """Return whether the casus of ``a``'s offensive pledge arose in ``war`` for ``partner``; with ``signed`` (the
    alliance signed during the war, after the partner's part began), a pledge with no named adversary or war is
    read as written for the war under way."""
    if a.conditions.has("offconum") and len({o.ccode for o in war.opponents(part)} - {partner}) < 2:
        return False, f"{partner} fought one adversary; the pledge holds against several"
    if a.conditions.war is not None:
        if a.conditions.war == war.number:
            return True, f"the treaty was signed in war {war.number}, which {partner} fought"
        return False, f"the treaty was signed for war {a.conditions.war}, not this one"
    if a.conditions.has("offcoadv") and a.conditions.identified:
        hit = sorted({o.ccode for o in war.opponents(part) if a.conditions.names(o.ccode)})
        if hit:
            return True, f"{partner} fought the named adversary {', '.join(map(str, hit))}"
        return False, f"{partner} did not fight the adversary the treaty names ({a.conditions.adversary()})"
    if part.initiator:
        return True, f"{partner} began the war"
    if signed is not None:
        return True, f"the alliance was signed in {signed}, during war {war.number}, which {partner} was fighting"
    return False, f"{partner} did not begin the war, and the treaty names no adversary or war"


def _neutrality(war: War, a: Commitment, part: WarPart, partner: int) -> tuple[bool, str]:
    opponents = sorted({o.ccode for o in war.opponents(part)} - {a.ccode, partner})
    if (a.conditions.has("neucoatt") or a.conditions.has("neuconpr")) and part.initiator:
        return False, f"{partner} began the war; neutrality holds only if it was attacked"
    if a.conditions.has("neucoadv") and a.conditions.identified:
        hit = [o for o in opponents if a.conditions.names(o)]
        if not hit:
            return False, f"{partner} did not fight the adversary the treaty names ({a.conditions.adversary()})"
        return True, f"{partner} at war with the named adversary {', '.join(map(str, hit))}"
    if not opponents:
        return False, f"{partner} fought no state other than {a.ccode}"
    return True, f"{partner} at war with {', '.join(map(str, opponents))}"


def _triggers(alliance: TestedAlliance, war: War, a: Commitment, obligation: str) -> list[Trigger]:
    """Return a trigger for each partner of ``a`` that fought in ``war`` with the alliance in force."""
    triggers = []
    for p in alliance.members:
        if not alliance.binds(a.ccode, p.ccode):
            continue
        parts = war.parts_of(p.ccode)
        if not parts:
            continue
        if obligation == "non_aggression":
            fought = war.fought(a.ccode, p.ccode)
            if fought is None:
                continue
            year = fought[0]
            if a.in_force(year) and p.in_force(year):
                triggers.append(Trigger(p.ccode, year, True, f"{a.ccode} and {p.ccode} fought each other from "
                                                             f"{year}", parts[0]))
            continue
        part = parts[0]
        year = part.first
        # the treaty itself signed during the war, after the partner's part began (a later accession to an older
        # treaty is not: NATO's of Greece and Turkey in 1952, during the Korean War): judged from the signing
        signing = max(a.start, p.start)
        first = min(m.start for m in alliance.members)
        signed_in = part.first < first <= part.last and signing > year
        # where the treaty and the partner's part began in the same year, the years cannot tell; ATOP's ``cowwar``
        # can: it is set on the rows of the members at war in that COW war when they signed (``wartime`` on every
        # member's row), so the partner's says it was fighting this war when the pair's bond began, in a treaty
        # signed during this war (a member that signed first has its ``cowwar``; NATO's accessions of 1952 are not)
        signed_in = signed_in or (p.conditions.war == war.number and part.first <= signing <= part.last
                                  and any(m.conditions.war == war.number and m.start == first
                                          for m in alliance.members))
        if obligation == "offense" and signed_in:
            year = signing
            if year > part.last or not (a.in_force(year) and p.in_force(year)):
                continue
            arose, condition = _offense(war, a, part, p.ccode, signed=year)
            triggers.append(Trigger(p.ccode, year, arose, condition, part))
            continue
        if obligation == "defense" and signed_in:
            year = max(a.start, p.start)  # signed during the war: the pledge applies from its signing
            if year > part.last:
                continue
            attacked, condition = _defense(war, a, part, p.ccode, {m.ccode for m in alliance.members}, year)
            if a.in_force(year) and p.in_force(year):
                triggers.append(Trigger(p.ccode, year, bool(attacked), condition, part, attacked is None))
            continue
        if obligation == "offense" and a.conditions.war == war.number:
            year = max(year, a.start, p.start)  # signed in the war: it applies from its signing
            if year > part.last:
                continue
        if not (a.in_force(year) and p.in_force(year)):
            continue
        if obligation == "defense":
            attacked, condition = _defense(war, a, part, p.ccode, {m.ccode for m in alliance.members})
            triggers.append(Trigger(p.ccode, year, bool(attacked), condition, part, attacked is None))
            continue
        if obligation == "offense":
            arose, condition = _offense(war, a, part, p.ccode)
        elif obligation == "neutrality":
            arose, condition = _neutrality(war, a, part, p.ccode)
        else:
            arose, condition = True, f"{p.ccode} at war"
        triggers.append(Trigger(p.ccode, year, arose, condition, part))
    return triggers


def _beside(war: War, who: int, part: WarPart, *, prompt: bool) -> bool:
    """Return True if ``who`` fought on ``part``'s side while it fought (from its first year, if ``prompt``)."""
    for mine in war.parts_of(who):
        if (mine.side == part.side and mine.first <= part.last and mine.last >= part.first
                and (not prompt or mine.first <= part.first)):
            return True
    return False


def _turned(war: War, a: Commitment, part: WarPart) -> int | None:
    """Return the year ``a`` went over to the other side of ``part``'s war while that partner still fought, having
    fought beside it with the alliance in force to its last year there (None if it did not)."""
    mine = war.parts_of(a.ccode)
    for beside in (m for m in mine if m.side == part.side and m.first <= part.last and m.last >= part.first):
        if not a.in_force(beside.last):
            continue
        for later in mine:
            if later.side != part.side and beside.first < later.first <= part.last and later.last >= part.first:
                return later.first
    return None


def _support(war: War, alliance: TestedAlliance, a: Commitment, arisen: list[Trigger]
             ) -> tuple[dict[str, Outcome], dict[str, str]]:
    # a member that fought beside its partner and then went over to the other side of the same war while the partner
    # still fought did not give the support it promised, whatever help came first (LLM and strict rules)
    turned = {t.partner: y for t in arisen if t.part is not None and (y := _turned(war, a, t.part)) is not None}
    helped = [t for t in arisen if t.part is not None and t.partner not in turned
              and _beside(war, a.ccode, t.part, prompt=False)]
    prompt = [t for t in helped if t.part is not None and _beside(war, a.ccode, t.part, prompt=True)]
    names = ", ".join(str(t.partner) for t in arisen)
    llm: Outcome = "honoured" if helped else "violated"
    strict: Outcome = "honoured" if len(prompt) == len(arisen) else "violated"
    others = [m.ccode for m in alliance.members if m.ccode != a.ccode]
    by_any = [t for t in arisen if t.part is not None
              and any(_beside(war, o, t.part, prompt=False) for o in others if o != t.partner)]
    lenient: Outcome = "honoured" if helped or by_any else "violated"
    reasons = {
        "llm": (f"{a.ccode} fought beside {', '.join(str(t.partner) for t in helped)}" if helped
                else f"{a.ccode} went over to the other side of {', '.join(map(str, turned))} in "
                     f"{min(turned.values())}" if turned
                else f"{a.ccode} did not fight beside {names}"),
        "strict": ("fought beside every partner from the year its casus arose" if strict == "honoured"
                   else "did not fight beside every partner from the year its casus arose"
                   + (f" (went over to the other side of {', '.join(map(str, turned))})" if turned else "")),
        "lenient": ("a member of the alliance fought beside the partner" if lenient == "honoured"
                    else "no member of the alliance fought beside the partner"),
    }
    return {"llm": llm, "strict": strict, "lenient": lenient}, reasons


def _judge_fights(war: War, a: int, partners: list[int]) -> tuple[Outcome, str]:
    """Judge ``a``'s fights with its ``partners``: violated if it attacked one, uncertain if the data cannot tell who
    began one, honoured if each partner attacked it (:meth:`War.began`)."""
    by_them = [p for p in partners if war.began(a, p) == p]
    by_a = [p for p in partners if war.began(a, p) == a]
    undecided = [p for p in partners if p not in by_them and p not in by_a]
    if by_a:
        return "violated", f"{a} attacked its partner {', '.join(map(str, by_a))}"
    if undecided:
        return "uncertain", f"{a} fought {', '.join(map(str, undecided))}; who attacked whom the data cannot tell"
    return "honoured", f"{a} fought only when attacked by {', '.join(map(str, by_them))}"


def _neutral(war: War, a: Commitment, arisen: list[Trigger]) -> tuple[dict[str, Outcome], dict[str, str]]:
    """Neutrality is broken by joining the partner's enemies against it; a member its partner attacked is not."""
    against = [t.partner for t in arisen if war.fought(a.ccode, t.partner) is not None]
    outcome: Outcome = "honoured"
    reason = f"{a.ccode} did not fight {', '.join(str(t.partner) for t in arisen)}"
    if against:
        outcome, reason = _judge_fights(war, a.ccode, against)
    return dict.fromkeys(RULE_SETS, outcome), dict.fromkeys(RULE_SETS, reason)


def _nonaggression(war: War, a: Commitment, arisen: list[Trigger]) -> tuple[dict[str, Outcome], dict[str, str]]:
    """Non-aggression is broken by the member that attacked its partner (LLM: uncertain where the data cannot tell;
    lenient: honoured unless the data show the member attacked); strict: by any fight between them."""
    partners = [t.partner for t in arisen]
    names = ", ".join(map(str, partners))
    llm, why = _judge_fights(war, a.ccode, partners)
    lenient: Outcome = "violated" if llm == "violated" else "honoured"  # the benefit of the doubt
    return ({"llm": llm, "strict": "violated", "lenient": lenient},
            {"llm": why, "strict": f"fought its partner {names}",
             "lenient": why if lenient == llm else f"not shown to have attacked its partner {names}"})


def _unverified(a: Commitment, obligation: str) -> tuple[str, ...]:
    # against a named adversary, a defence's location is not read as the partner's region (:func:`_defense`)
    found = [("a named location" if flag == "defcoloc" and _named(a, "defcoadv") else text)
             for flag, text in _UNVERIFIABLE.get(obligation, {}).items() if a.conditions.has(flag)]
    adv = {"defense": "defcoadv", "offense": "offcoadv", "neutrality": "neucoadv"}.get(obligation)
    if adv and a.conditions.has(adv) and not a.conditions.identified:
        found.append("a named adversary ATOP does not identify")
    return tuple(found)


def alliance_war_cases(alliance: TestedAlliance, war: War,
                       majors: dict[int, list[tuple[float, float]]] | None = None) -> list[Case]:
    """Return the cases of ``alliance`` in ``war``: one per member and obligation with a partner in the war.

    Parameters
    ----------
    alliance : TestedAlliance
    war : War
    majors : dict, optional
        Major-power periods by COW code (decimal years); without it a case's ``major`` is None.
    """
    cases = []
    for a in alliance.members:
        for obligation in (o for o in ("defense", "offense", "neutrality", "non_aggression", "consultation")
                           if o in a.obligations):
            triggers = _triggers(alliance, war, a, obligation)
            if not triggers:
                continue
            arisen = [t for t in triggers if t.arose]
            year = min(t.year for t in (arisen or triggers))
            uncertain = any(_uncertain(a, p, t.year) for t in (arisen or triggers)
                            for p in alliance.members if p.ccode == t.partner)
            outcomes: dict[str, Outcome]
            if obligation == "consultation":
                outcomes = dict.fromkeys(RULE_SETS, "untestable")
                reasons = dict.fromkeys(RULE_SETS, "war data cannot show whether allies consulted")
                arose = False
            elif not arisen and any(t.undecided for t in triggers):
                outcomes = dict.fromkeys(RULE_SETS, "uncertain")
                reasons = dict.fromkeys(RULE_SETS, "; ".join(t.condition for t in triggers if t.undecided))
                arose = False
            elif not arisen:
                outcomes = dict.fromkeys(RULE_SETS, "not_applicable")
                reasons = dict.fromkeys(RULE_SETS, "; ".join(t.condition for t in triggers))
                arose = False
            else:
                arose = True
                if obligation in ("defense", "offense"):
                    outcomes, reasons = _support(war, alliance, a, arisen)
                elif obligation == "neutrality":
                    outcomes, reasons = _neutral(war, a, arisen)
                else:
                    outcomes, reasons = _nonaggression(war, a, arisen)
            chosen = arisen or triggers
            partners = tuple(t.partner for t in chosen)
            lines = set(war.lines_of(a.ccode)) | {line for p in partners for line in war.lines_of(p)}
            major = None
            if majors is not None:
                middle = year + 0.5
                major = any(s <= middle <= e for s, e in majors.get(a.ccode, []))
            cases.append(Case(
                alliance=alliance.key, atopid=alliance.atopid, source=alliance.source, title=alliance.title,
                bilateral=alliance.bilateral, war=war.number, war_start=war.start, war_end=war.end,
                member=a.ccode, obligation=obligation, year=year, partners=partners, arose=arose,
                condition="; ".join(t.condition for t in chosen), outcomes=outcomes, reasons=reasons,
                member_parts=tuple(war.parts_of(a.ccode)),
                partner_parts=tuple(p for t in chosen for p in war.parts_of(t.partner)),
                timing_uncertain=uncertain, unverified=_unverified(a, obligation) if arose else (), major=major,
                war_lines=tuple(sorted(lines)), atop_lines=a.atop_lines,
            ))
    return cases
