"""Dates of agreements and entries told apart (issue 22y3), on made-up sentences: a date a described agreement's
signing takes is not that of one named after it; an entry told right after an agreement the record does not hold (or
"followed" after an entry into something else) is not one into the agreement last told of; and a date after another
agreement's dated name is not the ending's of the one it replaced."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _dated(store: Store, text: str, kind: str = "agreement_date") -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in _claims(_check(store, text), kind)]


def test_a_described_signing_keeps_its_date_from_an_agreement_named_after_it(check_store: Store) -> None:
    told = _dated(check_store, "Bulgaria and Hungary drew close. They then signed a treaty of friendship and mutual "
                               "assistance on 16 July 1948, and the pair were both founding members of the Warsaw "
                               "Pact in May 1955.")
    assert ("Warsaw Pact signed May 1955", "consistent") in told
    assert not any(claimed.startswith("Warsaw Pact") and "1948" in claimed for claimed, _ in told)
    told = _dated(check_store, "Poland and Hungary met often. In October 1991 Warsaw and Budapest signed a treaty of "
                               "friendship, and both now sit in NATO.")
    assert not any("NATO" in claimed for claimed, _ in told)
    assert [verdict for _, verdict in told] == ["consistent"]


def test_a_named_agreement_told_in_apposition_keeps_the_date(check_store: Store) -> None:
    # the description after the name is the same agreement's: the date stays the named one's
    told = _dated(check_store, "Germany and Russia met in secret. On 18 June 1887 the two empires concluded the "
                               "Reinsurance Treaty, a secret agreement of neutrality.")
    assert ("Reinsurance Treaty signed 18 June 1887", "consistent") in told


def test_an_entry_after_an_agreement_the_record_does_not_name_is_not_the_last_ones(check_store: Store) -> None:
    result = _check(check_store, "Japan and the United States signed the Treaty of Mutual Cooperation and Security in "
                                 "January 1960. When the Nordic states opened their Arctic Fisheries Accord to "
                                 "outsiders, Japan acceded in July 2004 and the United States followed in July 2009.")
    assert not any(c.verdict == "contradicts" for c in result.claims)
    assert not any("entry into Treaty of Mutual Cooperation" in c.claimed for c in result.claims)


def test_followed_after_an_entry_into_something_else(check_store: Store) -> None:
    result = _check(check_store, "Germany and Italy were bound by the Tripartite Pact of 1940. Italy adhered to the "
                                 "Allied pledge against a separate peace on 30 November 1915, and Germany followed on "
                                 "4 June 1917.")
    assert not any("entry into Tripartite Pact" in c.claimed for c in result.claims)


def test_a_date_after_the_replacing_agreements_dated_name_is_not_the_ending(check_store: Store) -> None:
    told = _dated(check_store, "Cuba and Mexico took part. Both signed the Act of Chapultepec on 8 March 1945, later "
                               "replaced by the Rio Treaty of 2 September 1947, and the Bogota pact on 30 April 1948.")
    assert ("Act of Chapultepec signed 8 March 1945", "consistent") in told
    assert not any(" ended " in claimed for claimed, _ in told)


def test_it_joined_after_a_dated_description_is_the_one_described(check_store: Store) -> None:
    # "it" is the League's defence treaty of 1950 the sentence describes, not the League's pact of 1945 told before
    told = _dated(check_store, "Egypt and Jordan were among the founders of the Arab League, whose pact of 22 March "
                               "1945 still binds them. The League's joint defence treaty of 17 June 1950 bound Egypt "
                               "at once, while Jordan joined it on 16 February 1952.", "event_date")
    entries = [(claimed, verdict) for claimed, verdict in told if ": entry into " in claimed]
    assert entries and all("Joint Defence" in claimed and verdict == "consistent" for claimed, verdict in entries)


def test_a_relative_signing_after_a_description_of_several_words(check_store: Store) -> None:
    # "the treaty of friendly relations and cooperation that A and B signed on ...": that signing, dated
    told = _dated(check_store, "Mongolia and China are neighbours. They are bound by the treaty of friendly relations "
                               "and cooperation that Ulaanbaatar and Beijing signed on 29 April 1995.")
    assert [verdict for claimed, verdict in told if "29 April 1995" in claimed] == ["contradicts"]  # (1994)
    told = _dated(check_store, "Mongolia and China are neighbours. The treaty of friendly relations that they signed "
                               "on 29 April 1994 still binds them.")
    assert [verdict for claimed, verdict in told if "29 April 1994" in claimed] == ["consistent"]


def test_a_relative_signing_after_another_verb_of_the_clause(check_store: Store) -> None:
    # the statement was issued; the treaty was signed on the day told after its own relative clause
    told = _dated(check_store, "Mongolia and China are neighbours. A communiqué issued after the talks said both would "
                               "abide by the treaty of friendly relations that Mongolia and China signed on 29 April "
                               "1994.")
    assert [verdict for claimed, verdict in told if "29 April 1994" in claimed] == ["consistent"]
