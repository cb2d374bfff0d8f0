"""Endings told of the pair's agreements without a name, each rule on short made-up sentences (the record is the
shipped ledgers'): the parties told as the subject and the agreements as the object ("Neither side ever denounced
either one"), and another act denied beside the ending ("None was suspended or denounced")."""

from __future__ import annotations

from foedus.check.models import CheckResult, Claim
from foedus.store import Store
from tests.check.sentences import check_plain as _check

#: Manila and Beijing: two agreements told just before, both still in force by every coding.
_TWO = ("Manila and Beijing signed a joint communiqué on 8 June 1975. China joined the Treaty of Amity and "
        "Cooperation in Southeast Asia in 2004. That makes two agreements, one of them bilateral.\n\n")


def _endings(result: CheckResult, text: str) -> list[Claim]:
    return [c for c in result.claims if c.kind == "ending" and text in c.text]


def test_the_parties_told_as_subject_deny_an_ending_of_the_agreements_told_as_object(check_store: Store) -> None:
    for sentence in ("Neither side has ever formally denounced either one.",
                     "Neither state ever repudiated or withdrew from either treaty.",
                     "No government walked out of a treaty."):
        found = _endings(_check(check_store, _TWO + sentence), sentence[:20])
        assert [(c.verdict, c.claimed.rsplit(": ", 1)[-1]) for c in found] == [("consistent", "not abrogated")], \
            sentence
        assert {r.id for r in found[0].records if r.kind == "treaty"} >= {"atop-3736"}
    # (the parties' own act of another object, or no object at all: nothing told of the two agreements)
    assert not _endings(_check(check_store, _TWO + "Neither state ever denounced the border."), "Neither state")
    assert not _endings(_check(check_store, _TWO + "Neither government walked out."), "Neither government")


def test_another_act_denied_beside_the_ending(check_store: Store) -> None:
    found = _endings(_check(check_store, _TWO + "Neither was suspended or denounced."), "Neither was")
    assert [(c.verdict, c.claimed.rsplit(": ", 1)[-1]) for c in found] == [("consistent", "not abrogated")]


def test_one_partys_declaration_of_the_end_is_its_abrogation(check_store: Store) -> None:
    void = _check(check_store, "The Soviet Union and Yugoslavia signed a treaty of friendship on 11 April 1945. On 28 "
                               "September 1949 Moscow declared the treaty void.")
    assert [(c.verdict, c.claimed.rsplit(": ", 1)[-1]) for c in _endings(void, "Moscow declared")] == [
        ("consistent", "abrogated")]
    # (a delegate's "dissolved" is his state's act, which every coding reads as its breach: no joint dissolution)
    dissolved = _check(check_store, "Prussia and Saxony were founding members of the German Confederation in 1815. On "
                                    "14 June 1866 the Prussian delegate declared the Confederation dissolved.")
    found = _endings(dissolved, "Prussian delegate")
    assert [c.claimed.rsplit(": ", 1)[-1] for c in found] == ["abrogated"] and found[0].verdict != "contradicts"
    # (the members' own declaration, together, is their joint dissolution still)
    joint = _check(check_store, "Thailand and the Philippines signed the Manila Pact in 1954. In 1977 its members "
                                "declared it dissolved.")
    assert [c.claimed.rsplit(": ", 1)[-1] for c in _endings(joint, "its members")] == ["dissolved jointly"]


def test_the_head_of_a_bodys_name_is_the_one_last_named_so(check_store: Store) -> None:
    # ("The Confederation": the German Confederation named earlier, not the alliance named since)
    result = _check(check_store, "Prussia and Austria were founding members of the German Confederation in 1815. On "
                                 "20 April 1854 Austria and Prussia signed an offensive and defensive alliance. The "
                                 "Confederation was betrayed by Prussia.")
    found = _endings(result, "The Confederation was")
    assert [(c.verdict, c.records[0].id) for c in found] == [("consistent", "1815-german-confederation")]
