"""Agreements told by a description rather than a full title: names the record gives ATOP-only alliances (the CIS
Charter, the African Union's common defence pact)."""

from __future__ import annotations

from foedus.check.mentions import find_mentions, gazetteer
from foedus.store import Store


def _links(store: Store, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.target) for m in find_mentions(text, gazetteer(store), None) if m.kind == "agreement"]


def test_the_cis_charter_and_the_au_defence_pact_are_linked_by_their_names(check_store: Store) -> None:
    assert ("CIS Charter", "treaty:atop-4400") in _links(check_store, "Belarus and Armenia adopted the CIS Charter.")
    told = "Tajikistan signed the Charter of the Commonwealth of Independent States at Minsk."
    assert _links(check_store, told) == [("Charter of the Commonwealth of Independent States", "treaty:atop-4400")]
    told = "Benin and Burkina Faso put their names to the African Union Non-Aggression and Common Defence Pact."
    assert _links(check_store, told) == [("African Union Non-Aggression and Common Defence Pact", "treaty:atop-5055")]

