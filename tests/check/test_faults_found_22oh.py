"""Faults found where the checker said "consistent": a leader's office told "then" or "at the time" in a sentence
that tells no date of its own is read at the time its paragraph told last (or the making of the agreement the
sentence names), not at any time the record has that person leading the state."""

from __future__ import annotations

from foedus.check.models import CheckResult, Claim
from foedus.store import Store
from tests.check.sentences import check_plain as _check


def _leaders(result: CheckResult) -> list[Claim]:
    return [c for c in result.claims if c.kind == "leader_office"]


def test_an_office_told_then_is_read_at_the_time_the_paragraph_told_last(check_store: Store) -> None:
    text = "Both states signed the Helsinki Final Act on 1 August 1975. {}, then Portugal's leader, signed it."
    wrong = _leaders(_check(check_store, text.format("Marcelo Caetano")))
    assert [c.verdict for c in wrong] == ["contradicts"]  # (Caetano fell in April 1974)
    # (told at the time, ending its predicate: "X was leading China then")
    then = _leaders(_check(check_store, "China signed the Declaration by United Nations on 1 January 1942. "
                                        "Chiang Kai-shek was leading China then."))
    assert [c.verdict for c in then] == ["contradicts"]  # (the shipped Archigos has no Chiang spell in 1942)


def test_a_new_paragraph_or_a_rule_s_bounds_is_no_then(check_store: Store) -> None:
    # (a paragraph begun since tells its own "then": none of the last paragraph's times)
    apart = _leaders(_check(check_store, "Both states signed the Helsinki Final Act on 1 August 1975.\n\n"
                                         "Marcelo Caetano, then Portugal's leader, made speeches."))
    assert [c.verdict for c in apart] == ["consistent"]
    # ("since 1978" bounds another's rule; the time told is 2 August 1990)
    since = _leaders(_check(check_store, "Iraq invaded Kuwait on 2 August 1990, and its emir, who had ruled since "
                                         "1978, fled. His host was King Fahd, then the kingdom's ruler."))
    assert [c.verdict for c in since if "Fahd" in c.claimed] == ["consistent"]


def test_then_is_the_making_of_the_agreement_the_sentence_names(check_store: Store) -> None:
    text = ("Posted to Budapest in 1988, he watched the border open. The 1992 pact bound Athens and Budapest to "
            "consult; it was signed for Greece under Konstantinos Mitsotakis, then prime minister.")
    right = _leaders(_check(check_store, text))
    assert [(c.verdict, c.claimed.rsplit(" ", 1)[-1]) for c in right if "Mitsotakis" in c.claimed] == [
        ("consistent", "1992-04-03")]
