"""Counts of none told by the grammar of negation (issue 22rg), each on made-up sentences: a pair told to have no
agreement of a kind, whatever the verb ("neither had any treaty with the other", "nothing bilateral", "rather than
any treaty", "never entered a multilateral alliance"), read at the time the words tell, and a breach told none under a
negation earlier in its clause. Such a count is read only where every coding counts none (the record is the shipped
ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _counts(store: Store, body: str, words: str) -> list[tuple[str, str]]:
    """Return the verdict and claimed words of each count claim on the sentence holding ``words``."""
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "count") if words in c.text]


def test_none_told_in_the_past_is_read_at_the_year_last_written(check_store: Store) -> None:
    """Hungary and Bulgaria signed their first bilateral treaty in 1948 and another in 1969: none bound them in
    1938, one did in 1970 (where nothing is said: the words may be of a kind the codings do not tell apart)."""
    told = _counts(check_store, "The winter of 1938 was cold in Budapest and in Sofia. Hungary and Bulgaria both "
                                "courted Berlin, but neither had any treaty with the other.", "courted Berlin")
    assert told == [("consistent", "neither had any treaty: none (Hungary and Bulgaria)")]
    later = _counts(check_store, "The winter of 1970 was cold in Budapest and in Sofia. Hungary and Bulgaria both "
                                 "courted Moscow, but neither had any treaty with the other.", "courted Moscow")
    assert later == []


def test_none_told_after_a_year_counts_what_bound_the_pair_after_it(check_store: Store) -> None:
    """Iran and Afghanistan's treaties of 1921 and 1927 and the Saadabad Pact had all ended by 1955."""
    told = _counts(check_store, "Iran and Afghanistan signed a neutrality treaty in 1927. From 1960 on the two "
                                "neighbours shared no alliance of any sort.", "From 1960")
    assert told == [("consistent", "no alliance: none (Iran and Afghanistan)")]
    bare = _counts(check_store, "Hungary fell out with Yugoslavia over Tito in 1949. From then on there was "
                                "nothing bilateral between Budapest and Belgrade.", "From then on")
    assert [verdict for verdict, _ in bare] == ["consistent"]


def test_none_told_of_the_present_counts_what_binds_the_pair_now(check_store: Store) -> None:
    """Every agreement Italy and Japan shared (1914-1941) has ended."""
    told = _counts(check_store, "Italy and Japan now trade in cars and wine rather than rely on any treaty of "
                                "alliance.", "cars and wine")
    assert told == [("consistent", "rather than rely on any treaty: none (Italy and Japan)")]
    # (what a thing is not is no count: "was not a treaty but a note")
    assert _counts(check_store, "Italy and Japan exchanged letters in 1936. That exchange was not a treaty but a "
                                "note.", "exchange was not") == []


def test_none_told_multilateral_counts_only_the_multilateral_agreements_shared(check_store: Store) -> None:
    """The United States and Israel share one agreement, a bilateral one of 1981."""
    told = _counts(check_store, "Israel has never entered a multilateral alliance alongside the United States.",
                   "never entered")
    assert [verdict for verdict, _ in told] == ["consistent"]
    assert "multilateral" in _claims(_check(check_store, "Israel has never entered a multilateral alliance alongside "
                                                         "the United States."), "count")[0].record_value


def test_a_breach_told_none_under_a_negation_earlier_in_its_clause(check_store: Store) -> None:
    told = _counts(check_store, "No archive in Kabul records a single breach between Iran and "
                                "Afghanistan.", "No archive")
    assert [verdict for verdict, _ in told] == ["consistent"]


def test_a_next_agreement_that_is_not_yet_tells_a_count_one_fewer(check_store: Store) -> None:
    """Canada and Australia share two agreements: the Declaration by United Nations (1942) and the Treaty of Amity and
    Cooperation in Southeast Asia (acceded 2005 and 2010)."""
    body = "Canada and Australia have signed agreements together over the years. There has not yet been a third."
    assert [v for v, _ in _counts(check_store, body, "not yet been")] == ["consistent"]
    modal = "Canada and Australia keep their agreements few. A third pact would surprise both capitals."
    assert _counts(check_store, modal, "A third") == [("consistent", "A third pact (Canada and Australia)")]
    wrong = "Canada and Australia have signed agreements together over the years. There has never been a second."
    assert [v for v, _ in _counts(check_store, wrong, "never been")] == ["contradicts"]


def test_a_count_after_a_verb_of_sharing_in_the_present_stands_for_its_noun(check_store: Store) -> None:
    """Canada and Japan share one agreement, the Treaty of Amity and Cooperation in Southeast Asia."""
    body = "Canada and Japan trade a great deal, but alliances are another matter: the two share only one."
    assert [v for v, _ in _counts(check_store, body, "share only one")] == ["consistent"]


def test_each_negated_agreement_of_a_sentence_is_read_on_its_own(check_store: Store) -> None:
    """Iran and Afghanistan's agreements had all ended by 1955: the second clause names the pair, the first none."""
    body = ("The Saadabad pact lapsed in 1955. No treaty obliged anyone to act afterwards, and Iran and Afghanistan "
            "have not concluded another alliance since.")
    assert ("consistent", "not concluded another alliance: none (Iran and Afghanistan)") in _counts(
        check_store, body, "No treaty obliged")


def test_the_only_one_takes_its_noun_from_the_sentence_before(check_store: Store) -> None:
    """Canada and Japan share one agreement, a multilateral one (the Treaty of Amity and Cooperation in Southeast
    Asia)."""
    body = "Canada and Japan have a single agreement between them. It is the only one, and it is not bilateral."
    assert [v for v, _ in _counts(check_store, body, "the only one")] == ["consistent", "consistent"]
