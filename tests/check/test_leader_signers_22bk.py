"""Leaders told signing in the passive or by a name put to an agreement: the names after "by" in "signed (for a state)
by X and Y", and "X put her name to the treaty", are signers, read at the signing as "X signed" is (each on short
made-up sentences)."""

from __future__ import annotations

from foedus.check.models import Claim
from foedus.store import Store
from tests.check.sentences import check_plain, claims_of


def _leaders(store: Store, body: str) -> list[Claim]:
    return claims_of(check_plain(store, body, "2020-01-01"), "leader_office")


def test_a_name_after_signed_by_is_a_signer(check_store: Store) -> None:
    pact = "The Collective Security Treaty was signed in Tashkent on 15 May 1992. "
    held = _leaders(check_store, pact + "The treaty was signed for Kyrgyzstan by Askar Akayev.")
    assert [(c.verdict, c.claimed) for c in held] == [("consistent", "Askar Akayev in office on 1992-05-15")]
    # Archigos has Bakiyev leading Kyrgyzstan from 2005 only: read at the signing, never found in office then
    late = _leaders(check_store, pact + "The treaty was signed for Kyrgyzstan by Kurmanbek Bakiyev.")
    assert [c.claimed for c in late] == ["Kurmanbek Bakiyev in office on 1992-05-15"]
    assert late[0].verdict != "consistent"
    warsaw = "The Warsaw Pact was signed on 14 May 1955. "
    both = _leaders(check_store, warsaw + "It was signed by Nikita Khrushchev and by Enver Hoxha.")
    assert sorted((c.claimed, c.verdict) for c in both) == [
        ("Enver Hoxha in office on 1955-05-14", "consistent"), ("Nikita Khrushchev in office on 1955-05-14",
                                                                  "consistent")]


def test_a_name_after_by_that_tells_no_signing_is_no_signer(check_store: Store) -> None:
    # "visited by X" tells no signing: no claim at the signing's day
    visited = _leaders(check_store, "The Warsaw Pact was signed on 14 May 1955. "
                                    "Warsaw was later visited by Nicolae Ceausescu.")
    assert "Nicolae Ceausescu in office on 1955-05-14" not in [c.claimed for c in visited]


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
