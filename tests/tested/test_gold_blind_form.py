"""The blind gold sets (tests/tested/gold_blind.yaml, gold_blind2.yaml) are well formed: their keys name alliances,
members, obligations and wars of the store, and no (alliance, war) pair repeats one of an earlier set.

The set was coded blind (by a helper session that never ran the coder; it first sat outside ``tests/tested`` so
that checking its form showed no automatic answer). Cohen's kappa against the automatic coding, measured only after
the set was committed, is pinned in ``tests/tested/test_gold.py``. Its disagreements were studied afterwards and two
general rules revised because of them, so it is no longer blind (docs/tested.md). The second set was coded blind the
same way (its header says what its coder saw); its kappa, measured once on the rules it was committed against (0.51),
is pinned in ``test_gold.py`` too, and it is no longer blind since its disagreements were studied.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from foedus.store import open_store
from foedus.universe import family_relation

_TESTED = Path(__file__).parent
_BLIND = _TESTED / "gold_blind.yaml"
_BLIND2 = _TESTED / "gold_blind2.yaml"
#: Each blind set, with the sets coded before it (no (alliance, war) pair may repeat one of theirs).
_EARLIER = {
    _BLIND: (_TESTED / "gold_cases.yaml", _TESTED / "gold_heldout.yaml"),
    _BLIND2: (_TESTED / "gold_cases.yaml", _TESTED / "gold_heldout.yaml", _BLIND),
}
_OUTCOMES = ("honoured", "violated", "not_applicable")
#: The gold files' obligation names, and ATOP's flag for each.
_ATOP_FLAG = {"defense": "defense", "offense": "offense", "neutrality": "neutral", "non_aggression": "nonagg"}


def _rows(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return rows


def _problems(rows: list[dict[str, Any]], store: Any, name: str = _BLIND.name) -> list[str]:
    """Return one message per case whose alliance, member, obligation or war the store does not hold."""
    treaties = {r["slug"]: r for r in store.query("SELECT slug, atopid, obligations FROM treaties")}
    ledger_of_atop = {r["atopid"]: slug for slug, r in treaties.items() if r["atopid"] is not None}
    ledger_members = Counter((r["treaty"], r["ccode"]) for r in store.query("SELECT treaty, ccode FROM memberships"))
    atop = family_relation(store, "atop_members").sql
    atop_flags: dict[tuple[int, int], set[str]] = {}
    for r in store.query(f"SELECT atopid, ccode, defense, offense, neutral, nonagg FROM {atop} a"):
        flags = atop_flags.setdefault((r["atopid"], r["ccode"]), set())
        flags.update(f for f in ("defense", "offense", "neutral", "nonagg") if r[f])
    wars = family_relation(store, "war_dyad_years").sql
    known_wars = {r["war"] for r in store.query(f"SELECT DISTINCT war FROM {wars} w")}
    out = []
    for i, row in enumerate(rows, start=1):
        where = f"{name}, case {i} ({row.get('alliance')}, war {row.get('war')}, member {row.get('member')})"
        key, member, obligation, war = row["alliance"], row["member"], row["obligation"], row["war"]
        if key.startswith("atop-"):
            atopid = int(key[5:])
            if atopid in ledger_of_atop:
                out.append(f"{where}: alliance: a ledger holds ATOP {atopid}, its key is {ledger_of_atop[atopid]}")
        elif key in treaties:
            atopid = treaties[key]["atopid"]
        else:
            out.append(f"{where}: alliance: no such key in the store")
            continue
        atop_member = atopid is not None and (atopid, member) in atop_flags
        if not atop_member and not ledger_members[(key, member)]:
            out.append(f"{where}: member: {member} is not a member of {key}")
        if obligation not in _ATOP_FLAG:
            out.append(f"{where}: obligation: {obligation!r} is not one of {', '.join(_ATOP_FLAG)}")
        elif atop_member and _ATOP_FLAG[obligation] not in atop_flags[(atopid, member)]:
            out.append(f"{where}: obligation: ATOP codes no {obligation} for {member} in {key}")
        elif not atop_member and obligation not in treaties[key]["obligations"]:
            out.append(f"{where}: obligation: the ledger codes no {obligation} for {key}")
        if war not in known_wars:
            out.append(f"{where}: war: no COW war {war}")
    return out


@pytest.mark.parametrize("path", [_BLIND, _BLIND2], ids=lambda p: p.name)
def test_the_blind_gold_set_is_distinct_and_spread(path: Path) -> None:
    rows = _rows(path)
    assert len(rows) >= 20
    for r in rows:
        assert set(r) == {"alliance", "war", "member", "obligation", "outcome", "source"}, r
        assert r["outcome"] in _OUTCOMES and len(r["source"]) > 40, r
    keys = [(r["alliance"], r["war"], r["member"], r["obligation"]) for r in rows]
    assert len(set(keys)) == len(keys)
    earlier = {(r["alliance"], r["war"]) for other in _EARLIER[path] for r in _rows(other)}
    assert not {(r["alliance"], r["war"]) for r in rows} & earlier
    assert {r["obligation"] for r in rows} == set(_ATOP_FLAG)
    assert {r["outcome"] for r in rows} == set(_OUTCOMES)


def test_every_blind_case_names_an_alliance_member_obligation_and_war_of_the_store(_prepared_store: Path) -> None:
    with open_store(_prepared_store) as store:
        for path in (_BLIND, _BLIND2):
            assert _problems(_rows(path), store, path.name) == []


def test_a_malformed_case_is_reported_with_its_field(_prepared_store: Path) -> None:
    bad = [
        {"alliance": "atop-1350", "war": 106, "member": 325, "obligation": "defense"},  # a ledger holds 1350
        {"alliance": "no-such-treaty", "war": 106, "member": 2, "obligation": "defense"},
        {"alliance": "1949-nato", "war": 99999, "member": 365, "obligation": "offense"},
    ]
    with open_store(_prepared_store) as store:
        problems = _problems(bad, store)
    assert any("case 1" in p and "its key is 1882-triple-alliance" in p for p in problems)
    assert any("case 2" in p and "alliance: no such key" in p for p in problems)
    assert any("case 3" in p and "member: 365" in p for p in problems)
    assert any("case 3" in p and "obligation:" in p for p in problems)
    assert any("case 3" in p and "war: no COW war 99999" in p for p in problems)
