"""Score the checker against hand-annotated articles: mention linking, date handling and verdicts.

An annotation is a YAML file beside its article (see tests/check/gold/): ``links`` maps each surface form of a
state, agreement or leader the article names to its target (``state:365``, ``treaty:<slug>``); ``claims`` lists
each claim's expected verdict, found by its kind and a part of its sentence (and of the checker's wording of the
claim, where a sentence holds several); ``dates`` the dates with their value and precision, ``durations`` spans
that must not be read as dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from foedus.check.models import CheckResult, Claim

if TYPE_CHECKING:
    from collections.abc import Mapping

    from foedus.store import Store

__all__ = ["GoldScore", "load_gold", "same_targets", "score"]


@dataclass
class GoldScore:
    """Counts for one or more annotated articles; add them up with ``+``."""

    links_predicted: int = 0
    links_correct: int = 0
    links_expected: int = 0
    links_found: int = 0
    dates_expected: int = 0
    dates_right: int = 0
    durations_expected: int = 0
    durations_right: int = 0
    claims_expected: int = 0
    claims_right: int = 0
    extra_claims: int = 0
    wrong: list[str] = field(default_factory=list)

    def __add__(self, other: GoldScore) -> GoldScore:
        total = GoldScore()
        for name in self.__dataclass_fields__:
            setattr(total, name, getattr(self, name) + getattr(other, name))
        return total

    @property
    def precision(self) -> float:
        """Linked mentions whose target is the annotated one, over all linked mentions."""
        return self.links_correct / self.links_predicted if self.links_predicted else 1.0

    @property
    def recall(self) -> float:
        """Annotated mentions (occurrences) linked to their target, over all annotated occurrences."""
        return self.links_found / self.links_expected if self.links_expected else 1.0

    @property
    def verdict_accuracy(self) -> float:
        """Annotated claims found with the annotated verdict, over all annotated claims."""
        return self.claims_right / self.claims_expected if self.claims_expected else 1.0


def load_gold(path: Path) -> dict[str, Any]:
    """Return the annotation in ``path``."""
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def _surface(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip()).removeprefix("the ").removeprefix("The ")


def _contained(text: str, links: Mapping[str, list[tuple[str, ...]]]) -> list[str]:
    """Return the targets annotated for the surfaces standing whole inside a mention's ``text``: a mention drawn
    wider than its annotation ("President Lech Wałęsa" for "Lech Wałęsa") is right where its target is one of them,
    as recall already counts an annotated occurrence found inside a wider mention."""
    return [target for surface, targets in links.items()
            if re.search(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in surface.split(" ")) + r"(?![\w])", text)
            for each in targets for target in each]


_OTHER_DATE_KIND = {"agreement_date": "event_date", "event_date": "agreement_date"}


#: A pair's agreements told in force together ("All three remain in force", "Both are still in force") are a count of
#: those in force to some annotators and an ending to others: the checker's claim of them, of either kind, says
#: "in force".
_OTHER_IN_FORCE_KIND = {"count": "ending", "ending": "count"}


def _read_elsewhere(result: CheckResult, told: Claim, fragment: str) -> int:
    """Return how far a checker's claim is from the annotated ``fragment`` of its sentence by the dates it read: 0
    if it read a date inside the fragment, 1 if it read none of the sentence's dates, 2 if it read only dates outside
    the fragment ("Mexico followed on 5 June 1943, after German submarines sank Mexican tankers": the entry's claim
    read "5 June 1943", and the annotated clause about the sinking has no date of its own). Several claims of one kind
    on a sentence are matched to the clause they read, not in the order the checker told them."""
    at = told.text.find(fragment)
    if at < 0:
        return 1
    lo, hi = told.start + at, told.start + at + len(fragment)
    read = [d for d in result.mentions if d.kind == "date" and told.start <= d.start < told.end
            and (d.text in told.claimed or (d.value is not None and d.value in told.claimed))]
    if any(lo <= d.start < hi for d in read):
        return 0
    return 2 if read else 1


def _match(result: CheckResult, claim: Mapping[str, Any], kind: str, used: set[int],
           *, in_force: bool = False) -> int | None:
    """Return the index of the checker's claim that answers the annotated ``claim`` as one of ``kind`` (and mark it
    used), or None: one on its sentence, picked by ``claimed`` among several (the checker's wording; an annotator who
    never saw that wording writes a label, "replaced", "four; one bilateral", which picks none: the sentence's
    first); with ``in_force``, only a claim that agreements are in force."""
    here = [i for i, told in enumerate(result.claims) if i not in used and told.kind == kind
            and claim["sentence"] in told.text and (not in_force or told.claimed.endswith(": in force")
                                                    or ": in force in " in told.record_value)]
    here.sort(key=lambda i: _read_elsewhere(result, result.claims[i], str(claim["sentence"])))
    match = next((i for i in here if str(claim.get("claimed", "")) in result.claims[i].claimed),
                 here[0] if here else None)
    if match is not None:
        used.add(match)
    return match


def same_targets(store: Store) -> dict[str, tuple[str, ...]]:
    """Return the link targets that name a record the checker names otherwise: ``treaty:atop-3755`` is the ledger's
    treaty that holds ATOP alliance 3755 (an annotator may have read it as ATOP's, under the id a pair's history
    gave it before the ledger's treaty took in ATOP's members); ``leader:<Archigos leadid>`` is the leader the
    checker names by Archigos's name (``leader:Kishi``), or any of them where Archigos gives one id to several
    names (its Mackenzie King and Buenaventura Báez share one)."""
    from foedus.universe import family_relation

    same: dict[str, tuple[str, ...]] = {
        f"treaty:atop-{row['atopid']}": (f"treaty:{row['slug']}",)
        for row in store.query("SELECT slug, atopid FROM treaties WHERE atopid IS NOT NULL ORDER BY signed DESC")}
    for row in store.query(f"SELECT DISTINCT leader_id, name FROM {family_relation(store, 'leaders').sql} "
                           "WHERE name IS NOT NULL ORDER BY leader_id, name"):
        key = f"leader:{row['leader_id']}"
        same[key] = (*same.get(key, ()), f"leader:{row['name']}")
    return same


def score(result: CheckResult, gold: dict[str, Any],
          same: Mapping[str, tuple[str, ...]] | None = None) -> GoldScore:
    """Return how ``result`` compares with the annotation ``gold``; ``same`` maps an annotated target to the one
    the checker gives the same record (:func:`same_targets`)."""
    out = GoldScore()
    alias = same or {}
    links: dict[str, list[tuple[str, ...]]] = {
        _surface(k): [alias.get(x, (x,)) for x in (v if isinstance(v, list) else [v])]
        for k, v in (gold.get("links") or {}).items()}
    text = result.article.text
    linked = [m for m in result.mentions if m.kind in {"state", "agreement", "leader"} and m.target]
    for m in linked:
        out.links_predicted += 1
        expected = [t for ts in links.get(_surface(m.text)) or [] for t in ts] or _contained(m.text, links)
        if m.target in expected:
            out.links_correct += 1
        else:
            out.wrong.append(f"link {m.text!r} -> {m.target} (annotated {expected})")
    spans = [(o.start(), o.end()) for surface in links for o in re.finditer(re.escape(surface), text)]
    for surface, targets in links.items():
        body = r"\s+".join(re.escape(word) for word in surface.split(" "))
        pattern = re.compile(r"(?<![\w-])" + body + r"(?![\w])")
        for index, occurrence in enumerate(pattern.finditer(text)):
            target = targets[min(index, len(targets) - 1)]  # a list gives each occurrence's target in turn
            if any(a <= occurrence.start() and occurrence.end() <= b and (a, b) != occurrence.span() for a, b in spans):
                continue  # "Sino" inside "Sino-Soviet Non-Aggression Pact": the longer name is the mention
            out.links_expected += 1
            if any(m.target in target and m.start <= occurrence.start() < m.end for m in linked):
                out.links_found += 1
            else:
                out.wrong.append(f"missed {surface!r} at {occurrence.start()} ({' or '.join(target)})")
    dates = [m for m in result.mentions if m.kind == "date"]
    for d in gold.get("dates") or []:
        out.dates_expected += 1
        # read right: the value and precision annotated, on a span that overlaps the annotated one (annotators draw
        # a date's span differently: "1975" or "in 1975", "Monday" or "on Monday")
        where = [(o.start(), o.end()) for o in re.finditer(re.escape(str(d["text"])), text)]
        if any(m.value == str(d["value"]) and m.precision == d["precision"]
               and (m.text == d["text"] or any(a < m.end and m.start < b for a, b in where)) for m in dates):
            out.dates_right += 1
        else:
            out.wrong.append(f"date {d['text']!r} not read as {d['value']} ({d['precision']})")
    for span in gold.get("durations") or []:
        out.durations_expected += 1
        if any(m.kind == "duration" and span in m.text for m in result.mentions) and not any(
                m.kind == "date" and m.text in span for m in dates):
            out.durations_right += 1
        else:
            out.wrong.append(f"duration {span!r} not kept apart from dates")
    used: set[int] = set()
    annotated = list(gold.get("claims") or [])
    matches = [_match(result, c, c["kind"], used) for c in annotated]
    # a date told of an agreement's member ("X acceded on ...") is an agreement's date to some annotators and an
    # event's to others (and to the checker): read by its date either way, it is found under the other kind where
    # no claim of its own kind is
    matches = [_match(result, c, _OTHER_DATE_KIND[c["kind"]], used) if m is None and c["kind"] in _OTHER_DATE_KIND
               else m for c, m in zip(annotated, matches, strict=True)]
    matches = [_match(result, c, _OTHER_IN_FORCE_KIND[c["kind"]], used, in_force=True)
               if m is None and c["kind"] in _OTHER_IN_FORCE_KIND else m
               for c, m in zip(annotated, matches, strict=True)]
    for c, match in zip(annotated, matches, strict=True):
        out.claims_expected += 1
        if match is None:
            out.wrong.append(f"claim not found: {c}")
            continue
        if result.claims[match].verdict == c["verdict"]:
            out.claims_right += 1
        else:
            out.wrong.append(f"claim {c['sentence']!r}: {result.claims[match].verdict}, annotated {c['verdict']}")
    out.extra_claims = len(result.claims) - len(used)
    return out
