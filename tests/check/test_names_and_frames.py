"""Agreements named as articles name them and the bodies that frame who acts (issue 22u), on made-up sentences: the
names of ATOP's alliances in ``check/data/atop_names.csv`` ("the Arab League", "the Arab Maghreb Union", "the Simon's
Town Agreement"), and an organisation named only as the body whose members sign another agreement."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import agreement_links as _links
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_organisations_and_agreements_named_as_articles_name_them(check_store: Store) -> None:
    text = ("Kuwait joined the Arab League in July 1961. Mauritania and Tunisia were among the founders of the Arab "
            "Maghreb Union. The Simonstown Agreement gave the Royal Navy a port; so did the Simon's Town Agreement.")
    assert _links(check_store, text) == [
        ("Arab League", "treaty:atop-3015"), ("Arab Maghreb Union", "treaty:atop-3995"),
        ("Simonstown Agreement", "treaty:atop-3290"), ("Simon's Town Agreement", "treaty:atop-3290")]


def test_joining_an_organisation_named_is_an_entry_into_its_pact(check_store: Store) -> None:
    result = _check(check_store, "Kuwait joined the Arab League in July 1961, weeks after independence. Sudan joined "
                                 "the Arab League in 1958.")
    assert [(c.text[:6], c.verdict) for c in _claims(result, "event_date")] == [
        ("Kuwait", "consistent"), ("Sudan ", "contradicts")]
    assert [(c.text[:6], c.records[0].id) for c in _claims(result, "agreement_parties")] == [
        ("Kuwait", "atop-3015"), ("Sudan ", "atop-3015")]


def test_an_organisation_whose_members_sign_another_agreement_is_its_frame(check_store: Store) -> None:
    result = _check(check_store, "In June 1950 the members of the Arab League together signed the Treaty of Joint "
                                 "Defence and Economic Co-operation.")
    dated = _claims(result, "agreement_date")
    assert [(c.verdict, c.records[0].id) for c in dated] == [("consistent", "1950-arab-league-joint-defence")]
    # a membership told keeps the body as what the sentence is about
    assert _without_frames_kept(check_store, "Egypt and Iraq were among the members of the Arab League that signed "
                                             "the Treaty of Joint Defence and Economic Co-operation.")


def _without_frames_kept(store: Store, text: str) -> bool:
    from foedus.check.claims import Sentence
    from foedus.check.claims._referents import _without_frames
    from foedus.check.mentions import find_mentions, gazetteer

    mentions = tuple(find_mentions(text, gazetteer(store), None))
    sentence = Sentence(0, len(text), text, mentions)
    return _without_frames(sentence) == sentence


def _states(store: Store, text: str) -> list[tuple[str, str | None]]:
    from foedus.check.mentions import find_mentions, gazetteer

    return [(m.text, m.target) for m in find_mentions(text, gazetteer(store), None) if m.kind == "state"]


def test_states_told_by_their_dynasty_form_of_government_or_people(check_store: Store) -> None:
    text = ("In 1859 the Habsburgs lost Lombardy, and the Habsburg monarchy turned to Vienna's diplomats; an Austrian "
            "envoy went to Paris. In 1995 Moldovan troops stood down. In 1920 the Beiyang regime fell. In 1962 the "
            "People's Republic quarrelled with Moscow.")
    assert _states(check_store, text) == [
        ("Habsburgs", "state:300"), ("Habsburg monarchy", "state:300"), ("Vienna", "state:300"),
        ("Austrian", "state:300"), ("Paris", "state:220"), ("Moldovan", "state:359"), ("Beiyang regime", "state:710"),
        ("People's Republic", "state:710"), ("Moscow", "state:365")]
    # another state's form of government is not China's
    assert _states(check_store, "In 1950 the People's Republic of Poland and the Hungarian People's Republic "
                                "signed.") == [
        ("Poland", "state:290"), ("Hungarian People's Republic", "state:310")]


def test_an_agreement_told_by_what_it_binds_its_parties_to(check_store: Store) -> None:
    text = ("In January 1960 Burma and China concluded a treaty of friendship and non-aggression. In 1994 Turkey and "
            "Azerbaijan concluded an agreement on defence and security.")
    assert _links(check_store, text) == [
        ("treaty of friendship and non-aggression", "treaty:atop-3380"),
        ("agreement on defence and security", "treaty:atop-4550")]
    # an obligation the pair's agreement lacks, no year told, a state that is no party: no link
    for unlinked in ("In 1994 Turkey and Azerbaijan signed a treaty of neutrality.",
                     "Turkey and Azerbaijan signed a treaty of defence and security.",
                     "In 1994 Turkey and Azerbaijan signed a treaty of new bilateral alliance with Georgia."):
        assert [target for _, target in _links(check_store, unlinked) if target] == [], unlinked


def test_a_leader_told_taking_power(check_store: Store) -> None:
    from tests.check.sentences import leaders_in

    assert leaders_in(check_store, "Muammar Gaddafi took power in Libya on 1 September 1969. Hafez al-Assad, who had "
                                   "seized power in November 1970, ruled for thirty years. The Bolsheviks seized "
                                   "power in Petrograd.") == [
        ("Muammar Gaddafi", "took power"), ("Hafez al-Assad", "seized power")]  # (the name alone: linked by it)
    offices = _claims(_check(check_store, "Muammar Gaddafi took power in Libya on 1 September 1969."), "leader_office")
    assert [(c.verdict, c.claimed) for c in offices] == [  # read against the start of Archigos's spell
        ("consistent", "Muammar Gaddafi on 1969-09-01")]


def test_a_state_told_a_party_among_founders_or_by_signing_it_too(check_store: Store) -> None:
    founding = _claims(_check(check_store, "Norway was one of the 12 founding members of the North Atlantic "
                                           "Treaty. Greece was among the first signatories of the North Atlantic "
                                           "Treaty."), "agreement_parties")
    assert [(c.verdict, c.claimed) for c in founding] == [
        ("consistent", "parties: Norway"), ("consistent", "parties: Kingdom of Greece")]
    told = _check(check_store, "In 1955 Turkey and Iraq founded the Baghdad Pact, which Afghanistan never joined. "
                               "Iran joined it as well. Israel signed it too.")
    assert [(c.verdict, c.claimed) for c in _claims(told, "agreement_parties")] == [
        ("consistent", "not a party: Kingdom of Afghanistan"), ("consistent", "parties: Imperial State of Iran"),
        ("contradicts", "parties include Israel")]


def test_a_state_told_a_party_of_the_agreement_last_spoken_of(check_store: Store) -> None:
    told = _check(check_store, "In 1955 Turkey and Iraq founded the Baghdad Pact. Iran was a member too, and "
                               "Pakistan was an original signatory. Israel had been a party from the start. Britain "
                               "followed in 1955, and both are still members.")
    assert [(c.verdict, c.claimed) for c in _claims(told, "agreement_parties")] == [
        ("consistent", "parties: Imperial State of Iran"), ("consistent", "parties: Dominion of Pakistan"),
        ("contradicts", "parties include Israel")]
