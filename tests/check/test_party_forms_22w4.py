"""Forms that tell an agreement's parties (issue 22, eighth round), each on made-up sentences: a word of time or
assent before "founding members of", "belonged to", states joined to other states in an agreement, the other
signatories or guarantors listed, the parties of a list of agreements both signed, a year before the agreement's
name, and the full membership claimed by "alone" or "only" (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "agreement_parties")]


def test_a_word_of_time_or_assent_before_the_membership(check_store: Store) -> None:
    told = _parties(check_store, "Greece and Turkey were then founding members of the Balkan Pact of 1934. Chile and "
                                 "Peru were indeed both parties to the Rio Treaty.")
    assert [v for v, _ in told] == ["consistent", "consistent"]
    told = _parties(check_store, "Spain and Turkey were originally members of the Balkan Pact of 1934.")
    assert [v for v, _ in told] == ["contradicts"]


def test_states_told_to_belong_to_an_agreement(check_store: Store) -> None:
    assert [v for v, _ in _parties(check_store, "Both Lisbon and Madrid belonged to the Anglo-Portuguese Alliance "
                                                "until 1910.")] == ["contradicts"]
    told = _parties(check_store, "The German Confederation was founded at Vienna in June 1815. Both Bavaria and "
                                 "Saxony belonged to it until 1866.")
    assert [v for v, _ in told] == ["consistent"]
    assert not _parties(check_store, "The island belonged to Denmark until 1944.")


def test_states_joined_to_other_states_in_an_agreement(check_store: Store) -> None:
    entry = _parties(check_store, "Hungary adhered to the Tripartite Pact in November 1940, joining Germany, Italy "
                                  "and Japan among the Axis powers.")
    assert ("consistent", "parties: Kingdom of Hungary, Nazi Germany, Fascist Italy, Empire of Japan") in entry
    assert [v for v, _ in _parties(check_store, "The Saadabad Pact joined Turkey, Afghanistan, Iran and Egypt in a "
                                                "pledge of non-aggression.")] == ["contradicts"]
    assert ("consistent", "parties: United Kingdom of Great Britain and Northern Ireland, Republic of Turkey, Kingdom "
            "of Iraq") in _parties(check_store, "In 1955 Britain joined Turkey and Iraq in the Baghdad Pact.")
    # (states joined in a war, or by no agreement, are no agreement's parties)
    assert not _parties(check_store, "In June 1940 Italy joined Germany in the war against France and Britain.")
    # (an agreement told before, not as the means of the joining: "After the Munich Agreement, ...")
    assert not _parties(check_store, "After the Munich Agreement, Poland joined Germany in carving up Czechoslovakia.")
    told = _parties(check_store, "Under the Tripartite Pact of 27 September 1940, Germany joined Italy and Japan "
                                 "against the Allies.")
    assert [v for v, _ in told] == ["consistent"]


def test_the_other_signatories_listed(check_store: Store) -> None:
    told = _parties(check_store, "The Manila Pact was signed on 8 September 1954. Its other signatories included "
                                 "Britain, France and Japan.")
    assert [v for v, c in told if "Japan" in c] == ["contradicts"]


def test_original_signatories_at_a_date(check_store: Store) -> None:
    told = _parties(check_store, "The Rio Treaty was signed in September 1947. Chile and Peru were both original "
                                 "signatories in 1947.")
    assert ("consistent", "parties: Chile, Peru") in told


def test_each_agreement_of_a_list_both_signed(check_store: Store) -> None:
    told = _parties(check_store, "Guatemala and El Salvador were neighbours. Both governments signed the charter of "
                                 "the Organization of American States on 30 April 1948, the Rio Treaty in September "
                                 "1947 and the Declaration by United Nations on 1 January 1942.")
    assert told == [("consistent", "parties: Guatemala, El Salvador")] * 3


def test_a_year_before_the_agreements_name(check_store: Store) -> None:
    assert [v for v, _ in _parties(check_store, "Ghana and Togo are both parties to the 1981 ECOWAS defence "
                                                "protocol.")] == ["consistent"]


def test_the_full_membership_told(check_store: Store) -> None:
    told = _parties(check_store, "The Saadabad Pact was signed in July 1937. It was strictly between Ankara and "
                                 "Tehran.")
    assert told == [("contradicts", "parties only: Republic of Turkey, Imperial State of Iran")]
    told = _parties(check_store, "The Rio Treaty was signed in 1947. This one was strictly bilateral.")
    assert told == [("contradicts", "two parties only")]
    told = _parties(check_store, "In June 1881 Belgrade signed a secret convention with Vienna. "
                                 "Austria-Hungary was the only other party to it.")
    assert ("consistent", "parties only: Serbia, Austria-Hungary") in told
    # (a count of the pair's agreements, "only one of them strictly bilateral", tells no agreement's parties)
    assert not [c for c in _parties(check_store, "The Rio Treaty was signed in 1947. Chile and Peru have shared "
                                                 "three agreements, only one of them strictly bilateral.")
                if "only" in c]


def test_states_added_together_with_those_told_to_join(check_store: Store) -> None:
    told = _parties(check_store, "Croatia joined NATO on 1 April 2009, together with Albania.")
    assert [v for v, c in told if "Albania" in c] == ["consistent"]
    told = _parties(check_store, "Norway joined NATO in 1949 together with Sweden.")
    assert [v for v, c in told if "Sweden" in c] == ["contradicts"]
    told = _parties(check_store, "Greece and Turkey signed the Balkan Pact of 1934 along with Egypt.")
    assert [v for v, c in told if "Egypt" in c] == ["contradicts"]


def test_a_state_told_to_put_its_name_to_an_agreement(check_store: Store) -> None:
    told = _parties(check_store, "The Saadabad Pact was signed in July 1937 by Turkey, Iran, Iraq and Afghanistan. "
                                 "Egypt also put its name to the pact.")
    assert [v for v, c in told if "Egypt" in c] == ["contradicts"]
    told = _parties(check_store, "The Baghdad Pact was signed in 1955. Britain added its signature to the pact.")
    assert [v for v, c in told if "United Kingdom" in c] == ["consistent"]


def test_an_entry_told_after_a_protocol_of_accession_is_its_own(check_store: Store) -> None:
    result = _check(check_store, "Only in May 1981 did Lisbon sign a protocol of accession to the North Atlantic "
                                 "Treaty, and Portugal joined the Western European Union on 14 November 1988.")
    assert [(c.verdict, c.claimed) for c in _claims(result, "event_date")] == [
        ("contradicts", "Portuguese Republic: entry into North Atlantic Treaty May 1981"),  # (a founder)
        ("consistent", "Portuguese Republic: entry into Treaty of Economic, Social and Cultural Collaboration and "
                       "Collective Self-Defence 14 November 1988")]
    # (the protocol's, with its date's verdict, as the annotated sets read a protocol of accession signed; and the
    # union's)
    assert [c.verdict for c in _claims(result, "agreement_parties")] == ["contradicts", "consistent"]
