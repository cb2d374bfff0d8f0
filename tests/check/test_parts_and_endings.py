"""Counts told by a part of a whole or by negation, and endings told by idiom (issue 22n), each on made-up sentences
(the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _told(store: Store, body: str, kind: str = "count") -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _check(store, body).claims if c.kind == kind]


def test_a_part_told_bilateral_or_multilateral_is_a_count_of_bilateral_alliances(check_store: Store) -> None:
    # France and Britain share 32 agreements in the record, four of them bilateral alliances
    for part, verdict in (("four of them bilateral", "consistent"), ("none of them bilateral", "contradicts"),
                          ("all of them multilateral", "contradicts"), ("not one of them bilateral", "contradicts")):
        told = _told(check_store, f"France and Britain have shared thirty-two agreements, {part}.")
        assert told == [("consistent", "thirty-two agreements (France and United Kingdom)"),
                        (verdict, f"{part} (France and United Kingdom)")]
    # "just one bilateral pact" is a count of its own, no part
    assert [c for _, c in _told(check_store, "Greece and Turkey have signed just one bilateral pact.")] == [
        "just one bilateral pact (Greece and Turkey)"]


def test_a_part_told_broken_or_in_force(check_store: Store) -> None:
    # Greece and Turkey: ten agreements; ATOP reads five breaches, the curated reading four; three in force in 2024
    result = _check(check_store, "Greece and Turkey have shared ten pacts. Not one of the ten has ever been broken. "
                                 "Of the ten, four were broken. Three of them remain in force today. None of them "
                                 "is in force today.")
    assert [(c.verdict, c.claimed.split(" (")[0]) for c in _claims(result, "count")] == [
        ("consistent", "ten pacts"), ("contradicts", "Not one of the ten has ever been broken: no breach"),
        ("depends_on_coding", "Of the ten, four were broken: four breaches"),
        ("consistent", "Three of them remain in force"),
        ("contradicts", "None of them is in force")]
    # a part told of a whole counted after it: "four of their ten pacts", the breaches told first, their claim first
    told = _told(check_store, "Greece and Turkey fell out often. Four of their ten pacts were broken.")
    assert told == [("depends_on_coding", "Four of ten pacts ended in betrayal: four breaches (Greece and Turkey)"),
                    ("consistent", "ten pacts (Greece and Turkey)")]
    # "five of those pacts" is the part, not a count of the whole
    told = _told(check_store, "Greece and Turkey have shared ten agreements, and five of those pacts ended in a "
                              "breach.")
    assert told == [("consistent", "ten agreements (Greece and Turkey)"),
                    ("depends_on_coding",
                     "ten agreements, five of those pacts ended in betrayal: five breaches (Greece and Turkey)")]


def test_a_whole_told_by_partners_in_is_every_shared_agreement(check_store: Store) -> None:
    told = _told(check_store, "Greece and Turkey were partners in ten agreements, and only four of the ten ended in "
                              "a breach.")
    assert told == [("consistent", "ten agreements (Greece and Turkey)"),
                    ("depends_on_coding",
                     "ten agreements, only four of the ten ended in betrayal: four breaches (Greece and Turkey)")]


def test_never_signed_without_an_auxiliary(check_store: Store) -> None:
    assert _told(check_store, "Mexico and the United States never signed a bilateral alliance.") == [
        ("consistent", "never signed a bilateral alliance (Mexico and United States of America)")]
    assert [v for v, _ in _told(check_store, "Poland and Romania never signed a bilateral pact.")] == ["contradicts"]


def test_an_end_told_by_what_it_went_with_or_by_an_idiom(check_store: Store) -> None:
    told = _told(check_store, "The Soviet Union and Finland signed the treaty in 1948. The treaty died with the "
                              "Soviet state.", "ending")
    assert [v for v, _ in told] == ["consistent"] and told[0][1].endswith(": ended")
    told = _told(check_store, "Poland and France signed an alliance in 1921. By 1939 the alliance was over.",
                 "ending")
    assert [v for v, _ in told] == ["consistent"]
    # "the war was over" ends no agreement
    assert not _told(check_store, "The war was over, and the Rio Treaty was signed in 1947.", "ending")


def test_the_agreement_a_replacement_ends(check_store: Store) -> None:
    # the antecedent of "which Y replaced", the subject of "X, replaced by Y": never Y
    told = _told(check_store, "Britain and Portugal signed a pact in 1899. The Treaty of Windsor, which the 1899 "
                              "declaration replaced, was old.", "ending")
    assert [c for _, c in told] == ["Treaty of Windsor: replaced"]
    told = _told(check_store, "The Soviet Union and Finland were neighbours. The Agreement of Friendship, "
                              "Co-operation and Mutual Assistance, replaced by a new treaty in 1992, had served "
                              "Finland well.", "ending")
    assert told == [("consistent", "Agreement of Friendship, Co-operation and Mutual Assistance: replaced")]
    # an unlinked agreement told as the subject: not the linked one's end
    assert not _told(check_store, "Britain and Iraq were allies. Iraq joined the Baghdad Pact on 4 April 1955, the "
                                  "day the bilateral treaty was replaced by the larger one.", "ending")


def test_an_expiry_whose_cause_is_told(check_store: Store) -> None:
    told = _told(check_store, "Finland and the Soviet Union signed a friendship treaty in 1948. The treaty lapsed "
                              "when the Soviet Union itself ceased to exist in December 1991.", "ending")
    assert [c.rsplit(": ", 1)[1] for _, c in told] == ["lost independence"]


def test_a_count_of_the_pair_its_own_clause_names(check_store: Store) -> None:
    told = _told(check_store, "The 1930 treaty was the only bilateral alliance Greece and Turkey ever concluded, and "
                              "France and Poland have signed just one bilateral alliance.")
    assert [c.split(" (")[1] for _, c in told] == ["Greece and Turkey)", "France and Poland)"]


def test_a_whole_told_back_by_a_possessive_or_without_its_noun(check_store: Store) -> None:
    told = _told(check_store, "Only one of Turkey's ten pacts with Greece was broken.")
    assert told[0] == ("contradicts", "one of ten pacts ended in betrayal: one breach (Turkey and Greece)")
    told = _told(check_store, "Count the agreements and Greece and Turkey have shared ten, three of them bilateral.")
    assert [c for _, c in told] == ["ten (Greece and Turkey)", "three of them bilateral (Greece and Turkey)"]
    assert not _told(check_store, "Greece and Turkey have shared two years of peace.")


def test_a_breach_told_as_a_broken_word_or_faith_with_partners(check_store: Store) -> None:
    told = _told(check_store, "Germany and Poland signed a declaration of non-aggression in January 1934. In 1939 "
                              "Berlin broke its word to Warsaw.", "ending")
    assert told == [("consistent", "German-Polish Declaration of Non-Aggression: ended in a breach (betrayal)")]
    told = _told(check_store, "Germany, Austria-Hungary and Italy renewed the Triple Alliance in 1912. In 1915 Italy "
                              "broke faith with both of its Central Powers partners.", "ending")
    assert told == [("consistent", "Triple Alliance: ended in a breach (betrayal)")]
    # a promise between two states that shared more than one agreement then: which one is not told
    assert not _told(check_store, "In 1940 Ankara broke its word to Paris.", "ending")


def test_endings_told_with_the_agreement_inside_the_verb(check_store: Store) -> None:
    for text, ending in (("Turkey, Britain and France signed a treaty of mutual assistance in October 1939. In 1940 "
                          "Paris tore that pact up.", "ended in a breach (betrayal)"),
                         ("Britain joined SEATO in 1954. Its members wound it up in 1977.", "dissolved jointly"),
                         ("Britain and Nigeria signed a defence agreement in 1960. In 1962 the two governments "
                          "terminated the agreement by mutual consent.", "dissolved jointly")):
        assert [c.rsplit(": ", 1)[1] for _, c in _told(check_store, text, "ending")] == [ending]


def test_a_count_of_none_told_by_no_and_from_a_year_on(check_store: Store) -> None:
    # Greece and Turkey's one bilateral alliance was signed in 1930
    told = _told(check_store, "Greece and Turkey signed a pact in 1953. The two countries have signed no alliance "
                              "since.")
    assert told == [("consistent", "have signed no alliance (Greece and Turkey)")]
    assert [v for v, _ in _told(check_store, "Greece and Turkey: no bilateral alliance has been signed since 1930, "
                                             "and there is none today.")] == ["consistent"]
    assert [v for v, _ in _told(check_store, "Greece and Turkey have signed no bilateral pact since 1925.")] == [
        "contradicts"]
    # "since 1930" counts from that year's start as well: the 1930 alliance is one
    assert [v for v, _ in _told(check_store, "Greece and Turkey have signed one bilateral alliance since 1930.")] == [
        "consistent"]


def test_a_part_of_something_other_than_agreements_is_no_count(check_store: Store) -> None:
    assert not _told(check_store, "Greece and Turkey quarrelled. One of the three states was betrayed, and one of "
                                  "the parties was broken by the war.")


def test_the_replacer_is_not_the_one_replaced(check_store: Store) -> None:
    # (the act replaced is the one the record ends when the Rio Treaty was signed: round 20's
    # :func:`_predecessor_replaced`; never the Rio Treaty itself)
    assert _told(check_store, "Brazil and Chile signed a wartime act in 1945, replaced by the Rio Treaty two "
                              "years later.", "ending") == [("consistent", "ATOP 3010: replaced")]


def test_never_signed_one_standing_for_the_noun_before_it(check_store: Store) -> None:
    assert _told(check_store, "Greece and Turkey never wanted a bilateral pact; they never signed one.") == [
        ("contradicts", "never signed one (Greece and Turkey)")]
    assert not _told(check_store, "Greece and Turkey signed many pacts. They never signed one of them in Athens.")
