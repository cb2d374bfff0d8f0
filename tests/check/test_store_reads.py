"""What a check reads of the store: a pair's agreements and events, never its war-tested cases (finding those reads
every war of the pair's alliances, seconds per pair that a count of agreements would spend for nothing), and ATOP's
member table a few times a check, not once per alliance a rule looks at (hundreds on a first check)."""

from __future__ import annotations

import pytest

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def test_a_count_of_a_pairs_agreements_finds_no_war_tested_case(check_store: Store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import foedus.history

    def refuse(*args: object) -> None:
        raise AssertionError("the checker asked for the pair's war-tested cases")

    monkeypatch.setattr(foedus.history, "_tested", refuse)
    result = check_sentences(check_store, "France and Britain have shared thirty-two agreements, four of them "
                                          "bilateral.")
    assert [c.verdict for c in claims_of(result, "count")] == ["consistent", "consistent"]


def test_atops_member_table_is_read_at_once_for_the_alliances_a_check_looks_at(
        check_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import foedus.alliance_titles
    from foedus.check.claims._records import _Records
    from foedus.check.mentions import gazetteer

    gaz = gazetteer(check_store)
    for key in [k for k in gaz.per_agreement if k[0] in {"atop_phases", "atopids"}]:
        del gaz.per_agreement[key]  # a cache: what the test removes, the records read again
    reads: list[object] = []
    read = foedus.alliance_titles.atop_member_phases

    def counted(*args: object, **kwargs: object) -> object:
        reads.append(args[1:])
        return read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(foedus.alliance_titles, "atop_member_phases", counted)
    records = _Records(check_store, gaz, 2024)
    held = sorted(gaz.treaties)  # ATOP's alliances and the ledgers' treaties alike
    phases = {slug: records.atop_phases(slug) for slug in held}
    assert sum(bool(p) for p in phases.values()) > 100
    assert len(reads) == 1  # one read of every alliance's phases, not one per alliance
    assert any(phases[slug] for slug in held if not slug.startswith("atop-"))  # a ledger's treaty, by its ATOP id
    assert phases["atop-1005"] == list(read(check_store, [1005])[1005])
