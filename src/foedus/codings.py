"""Named codings of how alliances end, and the one table that maps ATOP's termination codes to endings.

ATOP records for each member phase how it ended (``termmode``) and why (``termcaus``). The codebook's own
labels could not be read while this table was written; the reading below is inferred from the historical
cases each code holds (see the domain primer) and should be confirmed against the ATOP codebook.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
"""

from __future__ import annotations

from dataclasses import dataclass

from foedus.vocabulary import CodingKind, Ending

__all__ = [
    "ATOP_OBLIGATIONS",
    "ATOP_TERMINATION_CAUSES",
    "ATOP_TERMINATION_MODES",
    "BUILTIN_CODINGS",
    "Coding",
    "atop_ending",
    "coding_sort_key",
]


@dataclass(frozen=True)
class Coding:
    """A named way of coding how alliances ended: a dataset's, ours, or a published narrative's."""

    name: str
    kind: CodingKind
    description: str


BUILTIN_CODINGS: dict[str, Coding] = {
    c.name: c
    for c in (
        Coding("atop", "dataset", "ATOP's termination mode and cause, read as one of foedus's endings."),
        Coding("curated", "curated", "foedus's own reading of the historical record, with a rationale."),
        Coding(
            "narrative-2023",
            "narrative",
            'The "five alliances, five betrayals" framing of an essay by Xiang Yang relayed by Ben Liang\'s March '
            "2023 commentary in The Epoch Times; the list of five is foedus's inference.",
        ),
    )
}

#: termmode -> (reading, ending), with ``None`` where the ending depends on termcaus.
ATOP_TERMINATION_MODES: dict[int, tuple[str, Ending | None]] = {
    0: ("still in effect at the end of the data", "in_force"),
    1: ("expired at the end of its stated term", "expired"),
    2: ("replaced by or renegotiated into a new agreement", "replaced"),
    3: ("ended early by a member's own action", None),
    4: ("a member lost its independence", "lost_independence"),
    5: ("ended when its purpose was fulfilled", "fulfilled"),
    6: ("ended by military defeat", "defeated"),
}

#: termcaus -> reading; with termmode 3, cause 3 is a joint dissolution and cause 6 a violation.
ATOP_TERMINATION_CAUSES: dict[int, str] = {
    0: "not ended",
    1: "new agreement",
    2: "loss of independence",
    3: "purpose achieved or obsolete",
    4: "interests or relations changed",
    5: "unclear",
    6: "war or hostilities between members",
    7: "war with outsiders or defeat",
    8: "other, or domestic upheaval",
}

#: ATOP's obligation columns -> the ledger's obligation names.
ATOP_OBLIGATIONS: dict[str, str] = {
    "defense": "defense", "offense": "offense", "neutral": "neutrality", "nonagg": "non_aggression",
    "consul": "consultation",
}

_EARLY_END_BY_CAUSE: dict[int, Ending] = {3: "dissolved_jointly", 6: "violated"}


def coding_sort_key(name: str | None) -> tuple[int, str]:
    """Return a sort key that puts the built-in codings first (atop, curated, narrative-2023), then the rest."""
    order = list(BUILTIN_CODINGS)
    text = name or ""
    return (order.index(text) if text in order else len(order)), text


def atop_ending(termmode: int, termcaus: int) -> Ending:
    """Return the ending kind for ATOP's ``termmode`` and ``termcaus``.

    An early end by a member's action (termmode 3) is a joint dissolution when the cause is that the
    purpose was achieved or obsolete (3), a violation when the members fought each other (6), and an
    abrogation otherwise.

    Raises
    ------
    ValueError
        If ``termmode`` is not one of ATOP's codes (0-6).
    """
    if termmode not in ATOP_TERMINATION_MODES:
        allowed = ", ".join(str(k) for k in ATOP_TERMINATION_MODES)
        raise ValueError(f"ATOP termmode {termmode} is not one of {allowed}")
    ending = ATOP_TERMINATION_MODES[termmode][1]
    if ending is not None:
        return ending
    return _EARLY_END_BY_CAUSE.get(termcaus, "abrogated")
