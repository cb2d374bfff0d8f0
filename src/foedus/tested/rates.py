"""Honoured shares with Wilson intervals, overall and by era, obligation, size and major-power status, beside the
published figures for the same windows and types.

A share counts the cases whose casus foederis arose (honoured or violated) under one rule set; ``not_applicable``,
``untestable`` and ``uncertain`` cases are left out. Every share is given twice: over all cases, and without the
cases whose timing is uncertain (the alliance began or ended in the year the casus arose, known to the year only).
Each share carries the count of what it leaves out that might have counted: ``uncertain`` (cases the data cannot
decide, see :meth:`foedus.tested.records.War.began`) and ``timing_uncertain`` (decided cases left out of the
timing-certain share), so that a share is never shown without the cases it could not judge ("100% of 85 decided;
9 uncertain").
A case is one member's obligation in one alliance in one war: a member with a defensive and an offensive pledge
gives two.

References
----------
Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. *Journal of the
American Statistical Association*, 22(158), 209-212. https://www.jstor.org/stable/2276774
Leeds, B. A., Long, A. G., & Mitchell, S. M. (2000). Reevaluating alliance reliability: Specific threats, specific
promises. *Journal of Conflict Resolution*, 44(5), 686-699. https://doi.org/10.1177/0022002700044005006
Leeds, B. A. (2003). Alliance reliability in times of war: Explaining state decisions to violate treaties.
*International Organization*, 57(4), 801-827. https://doi.org/10.1017/S0020818303574057
Berkemeier, M., & Fuhrmann, M. (2018). Reassessing the fulfillment of alliance commitments in war. *Research &
Politics*, 5(2).
Sabrosky, A. N. (1980). Interstate alliances: Their reliability and the expansion of war. In J. D. Singer (Ed.),
*The Correlates of War II: Testing Some Realpolitik Models* (pp. 161-198). New York: Free Press.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from foedus.tested.rules import RULE_SETS, Case

__all__ = ["GROUPS", "PUBLISHED", "Published", "Rate", "rates", "wilson_interval"]


@dataclass(frozen=True)
class Rate:
    """A share of honoured cases in one group under one rule set, with its 95% Wilson interval."""

    group: str
    rule: str
    honoured: int
    cases: int
    share: float | None
    low: float | None
    high: float | None
    certain_honoured: int
    certain_cases: int
    certain_share: float | None
    #: cases of the group the data cannot decide under this rule set (outcome ``uncertain``), left out of ``share``
    uncertain: int = 0
    #: decided cases whose timing is uncertain, left out of ``certain_share``
    timing_uncertain: int = 0


@dataclass(frozen=True)
class Published:
    """A published figure: who, the window and type it covers, the share, and the group of ours it is set beside."""

    study: str
    group: str
    share: float
    note: str


def wilson_interval(successes: int, trials: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """Return the Wilson score interval of a binomial share (95% by default).

    Raises
    ------
    ValueError
        If ``trials`` is not positive or ``successes`` is outside 0..trials.
    """
    if trials <= 0 or not 0 <= successes <= trials:
        raise ValueError(f"a Wilson interval needs 0 <= successes <= trials and trials > 0, not {successes}/{trials}")
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


#: The groups shares are given for, by name: a test on a case.
GROUPS: dict[str, Callable[[Case], bool]] = {
    "all": lambda c: True,
    "1816-1944": lambda c: 1816 <= c.year <= 1944,
    "1816-2003": lambda c: 1816 <= c.year <= 2003,
    "before 1945": lambda c: c.year < 1945,
    "1945 and after": lambda c: c.year >= 1945,
    "1945-2003": lambda c: 1945 <= c.year <= 2003,
    "defense": lambda c: c.obligation == "defense",
    "offense": lambda c: c.obligation == "offense",
    "neutrality": lambda c: c.obligation == "neutrality",
    "non_aggression": lambda c: c.obligation == "non_aggression",
    "bilateral": lambda c: c.bilateral,
    "multilateral": lambda c: not c.bilateral,
    "major power": lambda c: c.major is True,
    "not a major power": lambda c: c.major is False,
}

#: The literature's figures, each beside the group of ours for the same window or type (see docs/tested.md for
#: why they can differ).
PUBLISHED: tuple[Published, ...] = (
    Published("Sabrosky 1980", "all", 0.25, "allies joined a partner's war about a quarter of the time, 1816-1965, "
              "counting every war an ally fought in, whatever the treaty promised (as quoted by Leeds, Long & "
              "Mitchell 2000)"),
    Published("Leeds, Long & Mitchell 2000", "1816-1944", 0.745, "commitments judged by their own terms, "
              "1816-1944"),
    Published("Leeds 2003", "1816-1944", 0.75, "about 75% fulfilled, 1816-1944"),
    Published("Berkemeier & Fuhrmann 2018", "1816-2003", 0.50, "the same rules, 1816-2003"),
    Published("Berkemeier & Fuhrmann 2018", "before 1945", 0.66, "before 1945"),
    Published("Berkemeier & Fuhrmann 2018", "1945-2003", 0.22, "1945-2003"),
    Published("Berkemeier & Fuhrmann 2018", "defense", 0.41, "defense pledges, 1816-2003"),
    Published("Berkemeier & Fuhrmann 2018", "offense", 0.74, "offense pledges, 1816-2003"),
    Published("Berkemeier & Fuhrmann 2018", "neutrality", 0.78, "neutrality pledges, 1816-2003"),
    Published("Berkemeier & Fuhrmann 2018", "non_aggression", 0.37, "non-aggression pledges, 1816-2003"),
)


def _share(cases: Sequence[Case], rule: str) -> tuple[int, int]:
    decided = [c for c in cases if c.outcomes[rule] in ("honoured", "violated")]
    return sum(c.outcomes[rule] == "honoured" for c in decided), len(decided)


def rates(cases: Iterable[Case], *, rules: Sequence[str] = RULE_SETS,
          groups: Sequence[str] | None = None) -> list[Rate]:
    """Return the honoured share of each group under each rule set, with and without timing-uncertain cases.

    Raises
    ------
    ValueError
        If a rule set or group is unknown (the message lists those there are).
    """
    listed = list(cases)
    chosen = list(groups) if groups is not None else list(GROUPS)
    unknown = [g for g in chosen if g not in GROUPS]
    if unknown:
        raise ValueError(f"unknown group {', '.join(unknown)}; there are: {', '.join(GROUPS)}")
    bad = [r for r in rules if r not in RULE_SETS]
    if bad:
        raise ValueError(f"unknown rule set {', '.join(bad)}; there are: {', '.join(RULE_SETS)}")
    out = []
    for group in chosen:
        members = [c for c in listed if GROUPS[group](c)]
        certain = [c for c in members if not c.timing_uncertain]
        for rule in rules:
            honoured, total = _share(members, rule)
            sure_honoured, sure_total = _share(certain, rule)
            low, high = wilson_interval(honoured, total) if total else (None, None)
            undecided = sum(c.outcomes[rule] == "uncertain" for c in members)
            out.append(Rate(group, rule, honoured, total, honoured / total if total else None, low, high,
                            sure_honoured, sure_total, sure_honoured / sure_total if sure_total else None,
                            undecided, total - sure_total))
    return out
