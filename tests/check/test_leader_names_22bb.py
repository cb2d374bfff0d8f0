"""Leaders told signing: a name put to an agreement is a signature (each on short made-up sentences)."""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.models import Claim
from foedus.store import Store


def _leaders(store: Store, body: str) -> list[Claim]:
    result = check_text(store, f"Published: 2020-01-01\n\n{body}", "a.txt")
    return [c for c in result.claims if c.kind == "leader_office"]


def test_a_name_put_to_an_agreement_is_read_as_its_signature(check_store: Store) -> None:
    warsaw = "The Warsaw Pact was signed on 14 May 1955. "
    early = _leaders(check_store, warsaw + "For Bucharest, Nicolae Ceausescu put his signature to the pact.")
    # (read at the signing, not "about 1955" as a name told with no act: Archigos has Ceausescu leading from 1965)
    assert [c.claimed for c in early] == ["Nicolae Ceausescu in office on 1955-05-14"]
    assert early[0].verdict != "consistent"
    held = _leaders(check_store, warsaw + "Nikita Khrushchev put his name to the pact.")
    assert [(c.verdict, c.claimed) for c in held] == [("consistent", "Nikita Khrushchev in office on 1955-05-14")]
    # a name put forward is no signature: nothing is contradicted
    forward = _leaders(check_store, warsaw + "Nicolae Ceausescu put his name forward for Romania.")
    assert "contradicts" not in [c.verdict for c in forward]
