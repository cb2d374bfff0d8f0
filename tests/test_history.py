"""The history of a pair: agreements, endings under each coding, events, summary and JSON schema."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from foedus.errors import FoedusError, StateNotFoundError
from foedus.history import HISTORY_SCHEMA, pair_history
from foedus.ledger.files import read_ledger
from foedus.store import Store, open_store
from tests.ledgers import write


@pytest.fixture
def tiny_store(tmp_path: Path) -> Store:
    """A store with the tiny ledger, whose ATOP data (a small import, in place of the shipped table) hold no
    alliance of China and Russia: their history is the ledger's alone."""
    from foedus.importers import import_atop
    from tests.importers.synthetic import ATOP_MEMBERS

    path = tmp_path / "tiny.duckdb"
    store = open_store(path, read_only=False, prepare=False)
    store.load(read_ledger(write(tmp_path)))
    members = tmp_path / "atop4_01m.csv"
    members.write_text(ATOP_MEMBERS, encoding="utf-8")
    import_atop(members, db=store)
    return store


def test_history_lists_the_pairs_agreements_in_order(tiny_store: Store) -> None:
    history = pair_history(tiny_store, "China", "Russia")
    assert [a.slug for a in history.agreements] == ["tiny-1896-defense", "tiny-1950-alliance"]
    first = history.agreements[0]
    assert first.outcome("curated") is not None and first.outcome("curated").breached_by[0].ccode == 365
    assert [e.id for e in history.events] == ["port-arthur", "zhenbao"]


def test_codings_disagree_and_the_summary_says_so(tiny_store: Store) -> None:
    history = pair_history(tiny_store, "CHN", 365)
    assert [a.slug for a in history.breaches("atop")] == ["tiny-1896-defense"]
    assert [a.slug for a in history.breaches("skeptic")] == ["tiny-1950-alliance"]
    assert len(history.breaches("curated")) == 1
    assert history.summary() == (
        "2 bilateral agreements, 2 with military obligations; breached by one of the two, of all 2 agreements: "
        "ATOP 1, foedus's curated reading 1 and the skeptic coding 1."
    )


def test_one_coding_only(tiny_store: Store) -> None:
    history = pair_history(tiny_store, "China", "Russia", coding="skeptic")
    assert {o.coding for a in history.agreements for o in a.outcomes} == {"skeptic"}


def test_since_and_until_bound_agreements_and_events(tiny_store: Store) -> None:
    history = pair_history(tiny_store, "China", "Russia", since=1950, until=1960)
    assert [a.slug for a in history.agreements] == ["tiny-1950-alliance"]
    assert history.events == []


def test_bad_arguments_are_clear_errors(tiny_store: Store) -> None:
    with pytest.raises(FoedusError, match="unknown coding 'cynic'"):
        pair_history(tiny_store, "China", "Russia", coding="cynic")
    with pytest.raises(FoedusError, match="same state"):
        pair_history(tiny_store, "Soviet Union", "Russia")
    with pytest.raises(StateNotFoundError):
        pair_history(tiny_store, "Chyna", "Russia")
    with pytest.raises(FoedusError, match="after"):
        pair_history(tiny_store, "China", "Russia", since=1990, until=1950)


def test_json_follows_the_published_schema(tiny_store: Store) -> None:
    document = pair_history(tiny_store, "China", "Russia").to_dict()
    schema = json.loads((resources.files("foedus") / "schemas" / "history-1.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json.dumps(document)), schema)
    assert document["schema"] == HISTORY_SCHEMA
    assert document["summary"]["breaches"]["atop"] == ["tiny-1896-defense"]
    assert {s["id"] for s in document["sources"]} == {"paine1996", "untreaty"}


def test_frame_has_one_row_per_agreement_and_coding(tiny_store: Store) -> None:
    frame = pair_history(tiny_store, "China", "Russia").to_frame()
    assert len(frame) == 4
    assert frame.attrs["summary"].startswith("2 bilateral agreements")
    assert set(frame["coding"]) == {"atop", "curated", "skeptic"}


# --- the shipped Sino-Russian ledger -------------------------------------------------------------------------

def test_sino_russian_record_under_each_coding(store: Store) -> None:
    history = pair_history(store, "China", "Russia")
    military = [a for a in history.agreements if a.military and not a.multilateral]
    assert {a.atopid for a in military} >= {1395, 2415, 3030, 3200, 4385, 4980}
    # ATOP names no breaching member of the 1962 Laos declaration, so its abrogation counts for the pair, as it
    # does in the model (every member's unit ends in a breach)
    assert [a.atopid for a in history.breaches("atop")] == [1395, 3460]
    assert len(history.breaches("narrative-2023")) == 5
    assert [a.atopid for a in history.in_force() if not a.multilateral] == [4980]
    assert "ATOP 2" in history.summary() and "the 2023 narrative 5" in history.summary()
    assert "of all 24 agreements" in history.summary()
    multilateral = {a.atopid for a in history.agreements if a.multilateral}
    assert {2550, 3460, 6020} <= multilateral


def test_a_member_leaving_ends_the_agreement_for_its_pairs(store: Store) -> None:
    """A multilateral treaty that runs on no longer binds a pair one of whom has left it, and where a coding reads
    that member's leaving, the pair's record reads it so: counted, shown and listed alike."""
    syria = pair_history(store, "Libya", "Syria")
    joint = next(a for a in syria.agreements if a.slug == "1950-arab-league-joint-defence")
    assert joint.ended is None and [m.ccode for m in joint.left_early((620, 652))] == [652]
    atop, curated = syria.reading(joint, "atop"), syria.reading(joint, "curated")
    assert atop is not None and atop.ending == "abrogated" and atop.member is not None and atop.member.ccode == 652
    assert curated is not None and curated.ending == "in_force"  # the curated reading codes no member's exit
    assert joint.reading("atop") is not None and joint.reading("atop").ending == "in_force"  # the whole treaty's
    assert syria.breached(joint, "atop") and not syria.breached(joint, "curated")
    assert syria.in_force() == []  # Syria left both League pacts in 2011; nothing else binds the two
    assert "in force" not in syria.summary()
    egypt_jordan = pair_history(store, "Egypt", "Jordan")  # neither left: the treaty still binds them
    assert "1950-arab-league-joint-defence" in [a.slug for a in egypt_jordan.in_force()]
    assert not egypt_jordan.breached(
        next(a for a in egypt_jordan.agreements if a.slug == "1950-arab-league-joint-defence"), "atop")
    thailand = pair_history(store, "United Kingdom", "Thailand")
    seato = next(a for a in thailand.agreements if a.slug == "1954-seato")
    reading = thailand.reading(seato, "atop")
    assert reading is not None and reading.ending == "dissolved_jointly" and not reading.breach
    assert "1954-seato" not in [a.slug for a in thailand.in_force()]  # Britain left in 1977
    assert "1954-seato" in [a.slug for a in pair_history(store, "United States", "Thailand").in_force()]


def test_a_ledger_treaty_that_lists_only_some_members_is_one_agreement_for_every_pair(store: Store) -> None:
    """A ledger's treaty listing only the members its story needs (the Treaty of Amity and Cooperation lists the
    ASEAN states, China and Russia) is, for a pair ATOP adds to it, that treaty under its ledger key, with ATOP's
    entries for the members the ledger leaves out, never a second agreement known only from ATOP."""
    for a, b, added in [("Japan", "China", {740: "2003-12-12"}), ("Mongolia", "China", {712: "2005-07-28"})]:
        history = pair_history(store, a, b)
        (amity,) = [x for x in history.agreements if x.atopid == 3755]
        assert amity.slug == "2003-southeast-asia-amity" and amity.origin == "ledger"
        assert amity.sources and "atop401" in amity.sources
        entered = {m.ccode: m.entered for m in amity.members}
        assert {c: entered[c] for c in added} == added and entered[710] == "2003-10-08"
        assert all(x.origin == "ledger" for x in history.agreements if x.atopid in {3755, 2550, 4810})
    ethiopia = pair_history(store, "Ethiopia", "United Kingdom")
    assert [x.slug for x in ethiopia.agreements if x.atopid == 2550] == ["1942-un-declaration"]
    assert {e.treaty for e in ethiopia.events} <= {x.slug for x in ethiopia.agreements} | {None}
    # a pair the ledger lists reads the same members
    russia = next(x for x in pair_history(store, "Russia", "China").agreements if x.atopid == 3755)
    assert {(m.ccode, m.entered) for m in russia.members} == {(m.ccode, m.entered) for m in amity.members}
    nato = next(x for x in pair_history(store, "Sweden", "Finland").agreements if x.slug == "1949-nato")
    assert {375, 380} <= {m.ccode for m in nato.members}  # the ledger's own members stay, ATOP's data end earlier


def test_every_sino_russian_agreement_has_a_curated_outcome_and_sources(store: Store) -> None:
    history = pair_history(store, "Russia", "China")
    for agreement in history.agreements:
        assert agreement.sources, agreement.slug
        curated = agreement.outcome("curated")
        assert curated is not None and curated.rationale and curated.sources, agreement.slug


def test_qing_and_prc_are_the_same_state_across_periods(store: Store) -> None:
    by_old_names = pair_history(store, "Qing China", "Russian Empire", until=1911)
    assert by_old_names.a.ccode == 710 and by_old_names.b.ccode == 365
    assert {a.signed[:4] for a in by_old_names.agreements} >= {"1689", "1896"}


def test_agreements_known_only_from_atop_are_shown_and_marked(store_path: Path, tmp_path: Path) -> None:
    from foedus.importers import import_atop
    from tests.importers.synthetic import ATOP_MEMBERS

    members = tmp_path / "atop4_01m.csv"
    members.write_text(ATOP_MEMBERS, encoding="utf-8")
    import_atop(members, db=store_path)
    with open_store(store_path) as store:
        history = pair_history(store, "United States", "United Kingdom")
        only_atop = [a for a in history.agreements if a.origin == "atop"]
        assert [a.atopid for a in only_atop] == [1002]
        pact = only_atop[0]
        assert (pact.signed, pact.ended, pact.obligations) == ("1920-05", "1930", ["non_aggression"])
        assert [(o.coding, o.ending, o.termmode) for o in pact.outcomes] == [("atop", "expired", 1)]
        assert pact.title == ("ATOP 1002: Non-aggression pact between United States of America and United Kingdom "
                              "of Great Britain and Ireland (1920)")
        # no ledger codes it, so every coding reads ATOP's ending, and says whose it is
        curated = pair_history(store, "United States", "United Kingdom", coding="curated")
        (only,) = [a for a in curated.agreements if a.origin == "atop"]
        assert only.outcome("curated") is None
        reading = only.reading("curated")
        assert reading is not None and (reading.coding, reading.ending) == ("atop", "expired")
        assert "every coding (curated included) reads ATOP's ending" in reading.rationale


def test_the_summary_counts_multilateral_agreements_in_force_as_their_own_clause(store: Store) -> None:
    # Bolivia and Argentina share no bilateral agreement: the multilateral ones still in force are told in a clause
    # of their own, never tacked onto the breaches
    summary = pair_history(store, "Bolivia", "Argentina").summary()
    breaches, _, in_force = summary.partition("; in force: ")
    assert "multilateral)" not in breaches
    assert in_force.endswith(" multilateral.") and in_force[0].isdigit()
    # beside bilateral ones, the multilateral ones are counted after their names
    assert " multilateral)." in pair_history(store, "France", "Russia").summary()


def test_the_history_without_its_war_tested_cases_is_the_same_history(store: Store) -> None:
    """``tested=False`` (for callers that read only agreements and events) leaves out the war-tested cases alone."""
    full = pair_history(store, "France", "United Kingdom", until=1950)
    bare = pair_history(store, "France", "United Kingdom", until=1950, tested=False)
    assert full.tested and bare.tested == []
    assert {k: v for k, v in bare.to_dict().items() if k != "tested"} == {
        k: v for k, v in full.to_dict().items() if k != "tested"}
