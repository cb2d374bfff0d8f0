"""Linking agreements a title several alliances share (issue 22p), on made-up sentences: the year written beside the
title names the one meant even where the sentence's states, told wrongly or as context, fit another of that title;
the Quadruple Alliance of 1834 told apart from that of 1815."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import agreement_links as _links


def test_the_year_beside_a_shared_title_outweighs_states_that_fit_another(check_store: Store) -> None:
    # Romania was a party to the Balkan Pact of 1934, not to that of 1953: the year says which one is meant
    assert _links(check_store, "Greece, Turkey and Romania concluded the Balkan Pact at Ankara in 1953.") == [
        ("Balkan Pact", "treaty:atop-3230")]
    assert _links(check_store, "Greece, Turkey and Romania concluded the Balkan Pact.") == [
        ("Balkan Pact", "treaty:atop-2330")]
    # a year that names none of the title's pacts leaves the states to decide
    assert _links(check_store, "Greece, Turkey and Romania recalled the Balkan Pact in 1990.") == [
        ("Balkan Pact", "treaty:atop-2330")]


def test_the_quadruple_alliances_of_1815_and_1834(check_store: Store) -> None:
    assert _links(check_store, "Lisbon and Madrid entered the Quadruple Alliance with Britain and France.") == [
        ("Quadruple Alliance", "treaty:atop-1100")]
    assert _links(check_store, "Prussia, Austria and Russia renewed the Quadruple Alliance with Britain.") == [
        ("Quadruple Alliance", "treaty:1815-quadruple-alliance")]
    assert _links(check_store, "France sat beside Britain when the Quadruple Alliance was renewed in 1815.") == [
        ("Quadruple Alliance", "treaty:1815-quadruple-alliance")]
    assert _links(check_store, "Austria and Britain were said to have made the Quadruple Alliance of 1834.") == [
        ("Quadruple Alliance", "treaty:atop-1100")]


def test_the_place_an_agreement_was_made_heads_its_title(check_store: Store) -> None:
    assert _links(check_store, "Both had signed the Bali treaty of amity and cooperation in Southeast Asia.") == [
        ("Bali treaty of amity and cooperation in Southeast Asia", "treaty:2003-southeast-asia-amity")]
    assert _links(check_store, "Hanoi and Paris signed the Geneva Declaration on the Neutrality of Laos.") == [
        ("Geneva Declaration on the Neutrality of Laos", "treaty:1962-laos-neutrality")]
    # a state's adjective, an ordinal or a word opening the sentence is no place
    for text in ("They read the Thai treaty of amity and cooperation in Southeast Asia.",
                 "They read the Second treaty of amity and cooperation in Southeast Asia.",
                 "Indonesia treaty of amity and cooperation in Southeast Asia."):
        assert [name for name, _ in _links(check_store, text)] == [
            "treaty of amity and cooperation in Southeast Asia"], text


def _claims(store: Store, body: str) -> list[tuple[str, str, str]]:
    from foedus.check import check_text

    english = "This is what the papers of the time told their readers, and they were right to do so."
    result = check_text(store, f"Published: 2024-12-01\n\n{body}\n\n{english}", "a.txt")
    return [(c.kind, c.claimed, c.verdict) for c in result.claims]


def test_a_state_that_signed_an_agreement_long_in_force_acceded_to_it(check_store: Store) -> None:
    # Ecuador adhered to the Declaration by United Nations in February 1945, three years after it was signed
    kinds = _claims(check_store, "Ecuador signed the Declaration by United Nations on 7 February 1945.")
    assert [(k, v) for k, _, v in kinds] == [("event_date", "consistent"), ("agreement_parties", "consistent")]
    assert "entry into" in kinds[0][1]
    # a wrong day of entry still contradicts; a founder's wrong date is the agreement's own, wrongly told
    assert [v for _, _, v in _claims(check_store, "Ecuador signed the Declaration by United Nations in 1950.")] == [
        "contradicts", "contradicts"]
    assert _claims(check_store, "Britain signed the Declaration by United Nations on 1 January 1943.") == [
        ("agreement_date", "Declaration by United Nations signed 1 January 1943", "contradicts")]


def test_states_that_put_their_names_to_an_agreement_are_its_parties(check_store: Store) -> None:
    parties = [(c, v) for k, c, v in _claims(check_store, "In April 1949 Denmark and Norway both set their hands to "
                                                          "the North Atlantic Treaty.") if k == "agreement_parties"]
    assert parties == [("parties: Denmark, Norway", "consistent")]
    parties = [(c, v) for k, c, v in _claims(check_store, "In April 1949 Denmark and Bolivia put their names to the "
                                                          "North Atlantic Treaty.") if k == "agreement_parties"]
    assert [v for _, v in parties] == ["contradicts"] and "Bolivia" in parties[0][0]


def test_states_among_a_counted_number_of_founders(check_store: Store) -> None:
    parties = [(c, v) for k, c, v in _claims(check_store, "Norway and Denmark were among the 12 original signatories "
                                                          "of the North Atlantic Treaty.") if k == "agreement_parties"]
    assert parties == [("parties: Norway, Denmark", "consistent")]
    parties = [v for k, _, v in _claims(check_store, "Turkey and Greece were both among the twelve founders of the "
                                                     "North Atlantic Treaty.") if k == "agreement_parties"]
    assert parties == ["contradicts"]  # they joined in 1952


def test_a_state_that_adhered_later_is_a_party_though_the_ledger_lists_only_the_signatories(
        check_store: Store) -> None:
    # the ledger's Declaration by United Nations lists the signatories of 1 January 1942; ATOP codes the adherents
    for text in ("Ecuador and Peru joined the Declaration by United Nations.",
                 "Ecuador and Peru were parties to the Declaration by United Nations."):
        parties = [(c, v) for k, c, v in _claims(check_store, text) if k == "agreement_parties"]
        assert parties == [("parties: Ecuador, Peru", "consistent")], text
    # a state that never adhered still contradicts, and founders are the signatories only
    parties = [(c, v) for k, c, v in _claims(check_store, "Ecuador and Sweden were parties to the Declaration by "
                                                          "United Nations.") if k == "agreement_parties"]
    assert [v for _, v in parties] == ["contradicts"] and "Sweden" in parties[0][0] and "Ecuador" not in parties[0][0]
    parties = [(c, v) for k, c, v in _claims(check_store, "Ecuador and Peru were founding members of the "
                                                          "Declaration by United Nations.") if k == "agreement_parties"]
    assert [v for _, v in parties] == ["contradicts"]
