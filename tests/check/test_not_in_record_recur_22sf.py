"""A later member's entry told after another's, in a clause of its own ("A joined X on DATE; B followed in DATE"), is
read as that member's entry into the agreement the first clause's entry was found in: the date claim carries the
entry's verdict, not "not in the record", each on a short made-up sentence."""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_plain as _check


def _dated(store: Store, body: str) -> list[Claim]:
    result = _check(store, body)
    return [c for c in result.claims if c.kind in {"agreement_date", "event_date"}]


def test_a_follower_s_date_is_its_entry_into_what_the_first_joined(check_store: Store) -> None:
    joined = _dated(check_store, "Sweden joined the European Union on 1 January 1995; Slovakia followed in May 2004.")
    late = [c for c in joined if "Slovak" in c.claimed]
    assert [c.verdict for c in late] == ["contradicts"] and "entry into" in late[0].claimed
    member = _dated(check_store, "Finland became a member of the European Union on 1 January 1995; Estonia followed "
                                 "in May 2004.")
    late = [c for c in member if "Estonia" in c.claimed]
    assert [c.verdict for c in late] == ["contradicts"] and "entry into" in late[0].claimed
    assert not [c for c in joined + member if c.verdict == "not_in_record"]


def test_a_later_instrument_dated_in_the_record_s_title_is_read_at_that_day(check_store: Store) -> None:
    # (the record keeps the 2003 pact inside the 2001 SADC protocol, and the 1942 treaty inside the 1941 agreement,
    # its title naming and dating each)
    added = _dated(check_store, "Zimbabwe and Namibia are members of SADC. On 26 August 2003, in Dar es Salaam, "
                                "they added a mutual defense pact.")
    assert [c.verdict for c in added] == ["consistent"] and "Mutual Defence Pact" in added[0].claimed
    followed = _dated(check_store, "Britain and the Soviet Union agreed on joint action in July 1941. The treaty of "
                                   "alliance followed in London on 26 May 1942.")
    assert [c.verdict for c in followed if "1942" in c.claimed] == ["consistent"]
    # (the day alone, with no word of the instrument, tells no signing of it)
    met = _dated(check_store, "Malawi and Zambia signed the SADC protocol. On 26 August 2003 their ministers met in "
                              "Dar es Salaam.")
    assert [c.verdict for c in met] == ["not_in_record"]
