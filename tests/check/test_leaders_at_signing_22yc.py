"""A leader told signing an agreement with an office and no date (issue 22yc): "X, Britain's prime minister, signed
it for London", "X, Brazil's president, put his name to the Rio Treaty": the office is read at that signing (the
agreement named after the verb, else the time its paragraph told last, else the agreement the article told last),
not at no date; each on made-up sentences read against Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences, claims_of


def _offices(store: Store, body: str, published: str = "2024-12-01") -> list[tuple[str, str]]:
    return [(c.claimed, c.verdict) for c in claims_of(check_sentences(store, body, published), "leader_office")]


def test_an_office_told_signing_is_read_at_the_signing(check_store: Store) -> None:
    # the time the paragraph told last: the treaty's signing on 4 April 1949 (Attlee's, not Churchill's)
    signed = "The North Atlantic Treaty was signed in Washington on 4 April 1949. "
    assert [v for _, v in _offices(check_store, signed + "Clement Attlee, Britain's prime minister, signed it for "
                                                "London.")] == ["consistent"]
    assert [v for _, v in _offices(check_store, signed + "Winston Churchill, Britain's prime minister, signed it for "
                                                "London.")] == ["contradicts"]
    # no time in the paragraph: the agreement the article told last, at the day the office's state entered it
    told = "The North Atlantic Treaty bound them all.\n\n"
    assert [v for _, v in _offices(check_store, told + "Harold Wilson, Britain's prime minister, signed for "
                                              "London.")] == ["contradicts"]
    assert [v for _, v in _offices(check_store, told + "Clement Attlee, then Britain's prime minister, put his name "
                                              "to it.")] == ["consistent"]


def test_a_signing_dated_earlier_in_the_sentence_is_the_one_told(check_store: Store) -> None:
    # the date before the semicolon is the signing's, not the time the sentence before told (Attlee was prime
    # minister in April 1949, not in 1959)
    assert [v for _, v in _offices(check_store, "In 1959 the alliance was ten years old. The North Atlantic Treaty, "
                                                "signed on 4 April 1949, bound twelve states; Clement Attlee, "
                                                "Britain's prime minister, signed it for London.")] == ["consistent"]
