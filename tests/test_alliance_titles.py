"""ATOP-only alliances get names, pages and ATOP's ending under every coding."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foedus.alliance_titles import NAMED_MEMBERS, atop_alliance_titles, describe_atop_alliance
from foedus.history import pair_history
from foedus.queries import TreatyNotFoundError, treaty_record
from foedus.reliability.spells import atop_alliances
from foedus.store import Store, open_store


def _phase(ccode: int, entered: str, **flags: bool) -> dict[str, object]:
    return {"ccode": ccode, "entered": entered, "defense": False, "offense": False, "neutral": False,
            "nonagg": False, "consul": False, **flags}


def test_a_title_gives_the_obligations_the_members_by_period_and_the_first_year() -> None:
    title = describe_atop_alliance(1395, [_phase(365, "1896-06-03", defense=True), _phase(710, "1896-06-03",
                                                                                             defense=True)])
    assert title == "ATOP 1395: Defense pact between Russian Empire and Qing China (1896)"
    soviet = describe_atop_alliance(2415, [_phase(710, "1937-08-21", nonagg=True, consul=True),
                                           _phase(365, "1937-08-21", nonagg=True)])
    # members in the order they joined, then by code; China in 1937 is "Nationalist China" (from 1928)
    assert soviet == ("ATOP 2415: Non-aggression and consultation pact between Soviet Union and Nationalist China "
                      "(1937)")


def test_a_large_alliance_names_its_first_members_and_counts_the_rest() -> None:
    founders = [_phase(c, "1949-08-24", defense=True) for c in (2, 20, 200, 210, 211, 212)]
    later = [_phase(255, "1955-05-06", defense=True)]
    title = describe_atop_alliance(3180, later + founders)
    assert title == ("ATOP 3180: Defense pact of United States of America, Canada, United Kingdom of Great Britain "
                     "and Northern Ireland and 4 others (1949)")


def test_a_code_foedus_does_not_know_still_gets_a_name() -> None:
    assert describe_atop_alliance(9, [_phase(2, "1990", consul=True), _phase(9999, "1990", consul=True)]) == (
        "ATOP 9: Consultation pact between United States of America and COW 9999 (1990)")


@given(st.lists(st.sampled_from([2, 20, 200, 220, 255, 365, 710, 740]), min_size=1, max_size=12, unique=True),
       st.integers(1816, 2016), st.sets(st.sampled_from(["defense", "offense", "neutral", "nonagg", "consul"])))
def test_every_title_is_read_the_same_way(codes: list[int], year: int, flags: set[str]) -> None:
    title = describe_atop_alliance(42, [_phase(c, str(year), **dict.fromkeys(flags, True)) for c in codes])
    assert title.startswith("ATOP 42: ") and title.endswith(f" ({year})")
    assert "_" not in title
    if len(codes) > NAMED_MEMBERS:
        assert f"and {len(codes) - NAMED_MEMBERS} other" in title


def test_a_ledger_title_wins_where_a_ledger_holds_the_alliance(store: Store) -> None:
    titles = atop_alliance_titles(store, [3200, 4170])
    assert titles[3200] == "Treaty of Friendship, Alliance and Mutual Assistance"
    assert titles[4170] == "ATOP 4170: Consultation pact between French Fifth Republic and Russian Federation (1992)"
    assert len(atop_alliance_titles(store)) == 745  # every alliance of the shipped ATOP 4.01 table


def test_the_universe_titles_atop_alliances_the_same_way(store: Store) -> None:
    by_key = {a.key: a.title for a in atop_alliances(store)}
    assert by_key["atop-4170"] == atop_alliance_titles(store, [4170])[4170]
    assert not any(title.startswith("ATOP alliance") for title in by_key.values())


def test_an_atop_only_alliance_has_a_record_of_its_own(store: Store) -> None:
    record = treaty_record(store, "atop-4170")
    assert record.title.startswith("ATOP 4170: ") and record.ledger == "atop" and record.atopid == 4170
    assert [m.ccode for m in record.members] == [220, 365] and record.ended is None
    assert [(o.coding, o.ending, o.member) for o in record.outcomes] == [("atop", "in_force", None)]
    assert "every coding reads ATOP's ending" in (record.description or "")
    ids = [s["id"] for s in record.sources]
    assert ids[:2] == ["leeds2002atop", "atop-data"]  # the article, then the data file read (no hash shown)
    multilateral = treaty_record(store, "atop-3740")
    assert multilateral.multilateral and len(multilateral.outcomes) == len(multilateral.members)
    assert {o.member.ccode for o in multilateral.outcomes if o.member} == {m.ccode for m in multilateral.members}


def test_an_atop_id_a_ledger_holds_gives_the_ledgers_record(store: Store) -> None:
    assert treaty_record(store, "atop-3200").slug == "cn-ru-1950-friendship-alliance"
    with pytest.raises(TreatyNotFoundError, match="atop-999999"):
        treaty_record(store, "atop-999999")


def test_a_fresh_store_lists_the_pairs_atop_only_alliances_and_every_coding_reads_atops_ending(store: Store) -> None:
    history = pair_history(store, "France", "Russia", coding="curated")
    only = {a.atopid: a for a in history.agreements if a.origin == "atop"}
    assert 4170 in only and only[4170].title.startswith("ATOP 4170: Consultation pact")
    reading = only[4170].reading("curated")
    assert reading is not None and (reading.coding, reading.ending) == ("atop", "in_force")
    ledger = [a for a in history.agreements if a.origin == "ledger"]
    assert ledger and all(a.reading("curated") is a.outcome("curated") for a in ledger)


def test_the_history_table_says_whose_ending_an_atop_only_alliance_shows(store_path: Path) -> None:
    from click.testing import CliRunner

    from foedus.cli import cli

    # a wide terminal, so that no cell wraps: the words of a cell stay together in the text
    result = CliRunner().invoke(cli, ["history", "France", "Russia", "--db", str(store_path)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.replace("│", " ").split())
    assert "ATOP 4170: Consultation pact" in text and "known only from ATOP" in text
    assert "(ATOP's: no ledger codes it)" in text  # in the curated column: not "not coded"
    assert "in force: ATOP 4170: Consultation pact between French Fifth Republic and Russian Federation (1992)" in text


def test_an_imported_atop_file_replaces_the_shipped_one_for_titles(store_path: Path, tmp_path: Path) -> None:
    from foedus.importers import import_atop
    from tests.importers.synthetic import ATOP_MEMBERS

    members = tmp_path / "atop4_01m.csv"
    members.write_text(ATOP_MEMBERS, encoding="utf-8")
    import_atop(members, db=store_path)
    with open_store(store_path) as store:
        titles = atop_alliance_titles(store)
    assert sorted(titles) == [1001, 1002, 1003, 1004]
    assert titles[1001] == ("ATOP 1001: Defense and consultation pact between United Kingdom of Great Britain and "
                            "Ireland and French Republic (1904)")


def test_one_coding_asked_for_is_the_one_column_shown(store: Store) -> None:
    history = pair_history(store, "France", "Russia", coding="curated")
    assert history.coding_names() == ["curated"]  # not "atop" beside it for the alliances known only from ATOP
    assert pair_history(store, "France", "Russia").coding_names()[:2] == ["atop", "curated"]
