"""The backstop reading of an agreement's parties (issue 22, tenth round), on made-up sentences: states told as the
subject of a verb of signing, joining or leaving, the object of one that binds, adds or signs "by", a partner after
"with" ending its clause, a colon list after "signed it:", members told by a noun, with the agreement named, referred
to, found by the sentence's signing or last spoken of; a contradiction only of an agreement named by its title (the
record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _parties(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "agreement_parties")]


def test_the_subject_of_a_verb_of_signing_joining_or_leaving(check_store: Store) -> None:
    told = _parties(check_store, "The Rio Treaty was signed near Rio de Janeiro in 1947. Paraguay, too, signed it.")
    assert told == [("consistent", "parties: Paraguay")]
    told = _parties(check_store, "The Baghdad Pact was agreed in 1955. Later that year Britain, too, acceded.")
    assert [v for v, _ in told] == ["consistent"]
    told = _parties(check_store, "SEATO was founded at Manila in 1954. Pakistan quit it in 1973.")
    assert [v for v, _ in told] == ["consistent"]


def test_the_object_of_a_verb_that_binds_adds_or_signs_by(check_store: Store) -> None:
    assert [v for v, _ in _parties(check_store, "The Warsaw Pact of 14 May 1955 also bound Albania and "
                                                "Bulgaria.")] == ["consistent"]
    told = _parties(check_store, "The Southeast Asia Collective Defense Treaty was concluded by Thailand, Pakistan "
                                 "and the Philippines among others.")
    assert [v for v, _ in told] == ["consistent"]
    # (a state the named agreement's members exclude)
    told = _parties(check_store, "The Warsaw Pact of 14 May 1955 also bound Austria, which stayed neutral.")
    assert [v for v, _ in told] == ["contradicts"]


def test_a_partner_after_with_and_a_colon_list(check_store: Store) -> None:
    told = _parties(check_store, "The ANZUS Treaty was signed in San Francisco on 1 September 1951, with Australia "
                                 "and New Zealand.")
    assert [v for v, _ in told] == ["consistent"]
    told = _parties(check_store, "The Rio Treaty was signed in 1947. All the American republics signed it: Chile, "
                                 "Peru, Brazil and Mexico.")
    assert [v for v, _ in told] == ["consistent"]
    assert "Chile" in told[0][1] and "America" not in told[0][1]


def test_members_told_by_a_noun_with_their_partners(check_store: Store) -> None:
    told = _parties(check_store, "The Warsaw Pact was signed on 14 May 1955. Romania and Hungary were both among its "
                                 "original members, alongside Poland.")
    assert [v for v, _ in told] == ["consistent", "consistent"]
    told = _parties(check_store, "The Warsaw Pact was signed in 1955. Poland and Hungary were both original "
                                 "signatories in 1955, and both are still bound by it.")
    assert [v for v, _ in told] == ["consistent"]


def test_no_contradiction_where_the_reading_is_loose(check_store: Store) -> None:
    # the agreement only referred to: nothing contradicted
    assert _parties(check_store, "The Warsaw Pact was signed on 14 May 1955. It bound Austria against the West.") == []
    # a state kin to a member (Germany for East Germany): nothing contradicted
    assert _parties(check_store, "The Warsaw Pact of 14 May 1955 also bound Germany.") == []
    # the verb's object is another agreement than the one last spoken of
    assert _parties(check_store, "The Baghdad Pact was agreed in 1955. Later, Iraq signed the armistice at "
                                 "Mudros.") == []


def test_a_signing_the_record_lacks(check_store: Store) -> None:
    told = _parties(check_store, "After the war, Paris and Tokyo then signed a separate declaration of guarantees.")
    assert [v for v, _ in told] == ["not_in_record"]


def test_a_state_s_own_accession_and_an_admission(check_store: Store) -> None:
    told = _parties(check_store, "We welcome the completion of Finland's accession to the North Atlantic Treaty.")
    assert told == [("consistent", "parties: Finland")]
    # (an accession told of a state never in it: nothing contradicted, the accession may be denied after it)
    assert _parties(check_store, "Austria's accession to the Warsaw Pact was never on the cards.") == []
    told = _parties(check_store, "Turkey and Iraq signed the Baghdad Pact in 1955. Iran was admitted to it later "
                                 "that year.")
    assert [c for _, c in told][-1:] == ["parties: Imperial State of Iran"]


def test_that_treaty_named_earlier_in_the_sentence(check_store: Store) -> None:
    told = _parties(check_store, "The Act of Chapultepec, which the Rio Treaty replaced two years later, bound many; "
                                 "Chile and Peru were among the original parties to that treaty.")
    assert told == [("consistent", "parties: Chile, Peru")]
    # (one told back that is not an agreement named before: nothing contradicted)
    assert _parties(check_store, "The Dual Alliance was signed in 1879. The Warsaw Pact came later, and "
                                 "Austria-Hungary signed that pact too.") == []


def test_the_pair_told_both_and_a_relative_clause(check_store: Store) -> None:
    told = _parties(check_store, "Spain and Portugal signed the Iberian Pact in 1939. In 1975 both signed the "
                                 "Helsinki Final Act.")
    assert told[-1:] == [("consistent", "parties: Francoist Spain, Portuguese Republic")]
    told = _parties(check_store, "Vienna never warmed to the Warsaw Pact of 1955, which Austria signed in 1956.")
    assert [v for v, _ in told] == ["contradicts"]
    # (a sentence whose parties another rule read guesses no other agreement for a bare verb)
    told = _parties(check_store, "The Tripartite Pact was signed on 27 September 1940. Hungary joined on 20 November "
                                 "1940, and a parade in Berlin marked the old Anti-Comintern Pact in November 1941.")
    assert "Anti-Comintern" not in str(told)


def test_the_treaty_told_back_in_a_later_clause(check_store: Store) -> None:
    told = _parties(check_store, "The Rio Treaty was signed in 1947, and in 1948 Mexico ratified the treaty.")
    assert told == [("consistent", "parties: United Mexican States")]
    # (a treaty of its own name: not the one named before)
    assert _parties(check_store, "The Rio Treaty was signed in 1947, and in 1948 Japan signed the treaty of "
                                 "Manila.") == []
