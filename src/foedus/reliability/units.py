"""The units the breach model is fitted on: each bilateral alliance's pair, and each member of a multilateral one.

Counting each breach once is what makes a likelihood honest. A bilateral alliance is one relationship: its unit is
the pair, from the later of their entries to the earlier of their exits, and it ends in a breach when either
broke it. A multilateral alliance of ``n`` members is not ``n (n - 1) / 2`` independent relationships: when one
member walks out of a 30-member alliance there was one breach, not 29. Its units are its members, each from entry
to exit, ending in a breach when that member breached (its own violation, abrogation or withdrawal) and otherwise
when the alliance ended around it (expiry, replacement, joint dissolution, defeat, loss of independence) or another
member's breach ended it. No unit carries a weight.

Each unit belongs to a *group* whose record is evidence about it (Gibler 2008; Crescenzi et al. 2012): a pair unit
to the pair (China and Russia's bilateral alliances), a member unit to the state. The group's earlier units and
breaches are counted for display; the model learns from them through a frailty shared within the group.

References
----------
Leeds, B. A., & Savun, B. (2007). Terminating alliances: Why do states abrogate agreements? *The Journal of
Politics*, 69(4), 1118-1132. https://doi.org/10.1111/j.1468-2508.2007.00612.x
Gibler, D. M. (2008). The costs of reneging: Reputation and alliance formation. *Journal of Conflict Resolution*,
52(3).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from foedus.reliability.spells import _MILITARY, Alliance, _is_major, alliance_spells
from foedus.vocabulary import is_breach

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["UNIT_COLUMNS", "alliance_units", "group_of"]

#: Columns of the units frame, in order.
UNIT_COLUMNS = (
    "unit", "alliance", "source", "title", "ccode1", "ccode2", "group", "start", "end", "censored", "ending",
    "breach", "coded_by", "defense", "offense", "neutrality", "non_aggression", "consultation", "bilateral",
    "members", "major", "prior_units", "prior_breaches",
)


def group_of(unit: str, ccode1: int, ccode2: int | None) -> str:
    """Return the key of the group whose record a unit belongs to: ``pair:365-710`` or ``state:2``."""
    if unit == "pair" and ccode2 is not None:
        low, high = sorted((ccode1, ccode2))
        return f"pair:{low}-{high}"
    return f"state:{ccode1}"


def alliance_units(
    alliances: Iterable[Alliance], *, as_of: int, majors: dict[int, list[tuple[float, float]]] | None = None
) -> pd.DataFrame:
    """Return the model's units: the pair of each bilateral alliance, each member of a multilateral one.

    Parameters
    ----------
    alliances : iterable of Alliance
        From :func:`foedus.reliability.spells.stored_alliances`, their endings under one coding.
    as_of : int
        Nothing after the end of this year is seen: later units are left out, later endings censored.
    majors : dict, optional
        Major-power periods by COW code; without it ``major`` is missing (NA).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`UNIT_COLUMNS`; ``ccode2`` is the partner of a pair unit and missing for a member unit;
        ``start`` and ``end`` are decimal years.
    """
    import pandas as pd

    listed = list(alliances)
    bilateral = [a for a in listed if a.bilateral]
    pairs = alliance_spells(bilateral, as_of=as_of, majors=majors)
    pairs = pairs.assign(unit="pair", ccode2=pairs["ccode2"].astype("Int64"))
    pairs["group"] = [group_of("pair", a, b) for a, b in zip(pairs["ccode1"], pairs["ccode2"], strict=True)]
    horizon = as_of + 1.0
    rows = []
    for alliance in listed:
        if alliance.bilateral or len(alliance.members) < 2:
            continue
        limit = min(horizon, alliance.data_end) if alliance.data_end is not None else horizon
        for p in alliance.members:
            if p.start >= horizon:
                continue
            censored = p.end is None or p.end >= limit
            own = (p.ending is not None and is_breach(p.ending)
                   and (p.breached_by is None or p.ccode in p.breached_by))
            ending = None if censored else (p.ending if own or not (p.ending and is_breach(p.ending)) else "other")
            present = sum(q.start <= p.start and (q.end is None or q.end > p.start) for q in alliance.members)
            rows.append({
                "unit": "member", "alliance": alliance.key, "source": alliance.source, "title": alliance.title,
                "ccode1": p.ccode, "ccode2": pd.NA, "group": group_of("member", p.ccode, None),
                "start": p.start, "end": limit if censored else max(float(p.end or p.start), p.start),
                "censored": censored, "ending": ending, "breach": bool(own and not censored),
                "coded_by": None if censored else p.coded_by,
                **{o: o in alliance.obligations for o in _MILITARY},
                "bilateral": False, "members": max(present, 2),
                "major": _is_major(majors, (p.ccode, p.ccode), p.start) if majors is not None else None,
            })
    members = pd.DataFrame(rows, columns=[c for c in UNIT_COLUMNS if c not in ("prior_units", "prior_breaches")])
    members["ccode2"] = members["ccode2"].astype("Int64")
    keep = [c for c in UNIT_COLUMNS if c not in ("prior_units", "prior_breaches")]
    parts = [part for part in (pairs[keep], members) if len(part)]
    frame = pd.concat(parts, ignore_index=True) if parts else pairs[keep].copy()
    frame = frame.sort_values(["start", "alliance", "ccode1", "unit"], ignore_index=True)
    frame["prior_units"], frame["prior_breaches"] = _group_records(frame)
    frame["major"] = frame["major"].astype("boolean")
    return frame


def _group_records(frame: pd.DataFrame) -> tuple[list[int], list[int]]:
    """For each unit, count its group's units that ended before it began, and the breaches among them."""
    ended: dict[str, list[tuple[float, bool]]] = {}
    for group, end, cut, broke in zip(frame["group"], frame["end"], frame["censored"], frame["breach"], strict=True):
        if not cut:
            ended.setdefault(group, []).append((float(end), bool(broke)))
    units, breaches = [], []
    for group, start in zip(frame["group"], frame["start"], strict=True):
        earlier = [broke for end, broke in ended.get(group, []) if end <= start]
        units.append(len(earlier))
        breaches.append(sum(earlier))
    return units, breaches
