"""A leader named bare in a sentence with no date is read at the date the article told last before it, in the text's
order (issue 22, helper 22ze): dates told relative to another ("the following year") are found after the written
ones, and must not be taken for the last told. Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

from foedus.check.mentions import find_mentions, gazetteer
from foedus.store import Store


def test_a_person_named_bare_is_read_at_the_date_last_told_in_the_texts_order(check_store: Store) -> None:
    # "The following year" (1930) is found after the written dates, but "in March 1977" is the one told last before
    found = find_mentions("Peru and Chile signed a pact in May 1929. The following year the republics met in Lima. In "
                          "March 1977 Argentina protested loudly. Jorge Videla expected support from his neighbours.",
                          gazetteer(check_store), dt.date(2021, 6, 1))
    assert [m.text for m in found if m.kind == "leader"] == ["Jorge Videla"]



def test_a_year_told_from_an_earlier_date_is_not_the_last_told(check_store: Store) -> None:
    # "the next year" (1906) is found after "In May 1964", which is the one told last before the name
    found = find_mentions("Sweden and Norway parted in 1905, and the next year the kings met at Karlstad. In May 1964 "
                          "the Nordic ties were firm. Tage Erlander spoke of them warmly.",
                          gazetteer(check_store), dt.date(2021, 6, 1))
    assert [m.text for m in found if m.kind == "leader"] == ["Tage Erlander"]
