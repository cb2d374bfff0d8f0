"""The capitals of the southern German kingdoms name their states before the empire's founding (issue 22, helper
22zi): an article about two of them counts each side's capital for its own state. Every sentence is made up."""

from __future__ import annotations

import datetime as dt

from foedus.check.mentions import find_mentions, gazetteer
from foedus.store import Store


def _states(store: Store, text: str) -> dict[str, str | None]:
    found = find_mentions(text, gazetteer(store), dt.date(2024, 5, 3))
    return {m.text: m.target for m in found if m.kind == "state"}


def test_the_capitals_of_the_southern_german_kingdoms_name_their_states_before_1871(check_store: Store) -> None:
    told = _states(check_store, "In 1850 Stuttgart and Dresden sided with Vienna.")
    assert (told.get("Stuttgart"), told.get("Dresden")) == ("state:271", "state:269")
    assert _states(check_store, "Karlsruhe stayed out of the 1862 pact.").get("Karlsruhe") == "state:267"
    # (after the empire was founded the city is no state's seat)
    assert "Stuttgart" not in _states(check_store, "In 1990 Stuttgart hosted the talks.")
