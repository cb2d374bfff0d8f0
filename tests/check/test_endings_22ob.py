"""Endings told in the record's own words beside the writer's (issue 22): a clause that tells how the codings read an
agreement's end is a claim of its own, and one that names no agreement is read of the agreement the article is about;
each on made-up sentences (the record is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check

_TRIPLE = "In 1882 Germany, Austria-Hungary and Italy signed the Triple Alliance."


def _endings(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _check(store, body).claims if c.kind == "ending"]


def test_a_codings_reading_beside_the_writers_own_account_of_the_end(check_store: Store) -> None:
    # the writer's "it ended" and the codings' "a breach": two claims, each of the Serbian-Bulgarian alliance
    found = _endings(check_store, "Serbia and Bulgaria signed the Serbian-Bulgarian alliance in March 1912. The "
                                  "alliance came to an end in 1913; every coding in the record reads that as a breach.")
    assert [(v, c.rsplit(": ", 1)[1]) for v, c in found] == [("consistent", "ended"),
                                                               ("consistent", "ended in a breach (betrayal)")]
    # told in the writer's words alone, the same end is one claim
    found = _endings(check_store, "Serbia and Bulgaria signed the Serbian-Bulgarian alliance in March 1912. The "
                                  "alliance came to an end in 1913, and Sofia let it lapse.")
    assert len(found) == 1


def test_a_codings_reading_that_names_no_agreement(check_store: Store) -> None:
    found = _endings(check_store, f"{_TRIPLE} Rome left it in May 1915. The curated coding names Italy as the "
                                  "violator, and ATOP agrees.")
    assert found[-1] == ("consistent", "Triple Alliance: ended in a breach (betrayal)")
    # a guess at the agreement meant never contradicts: "expired" is read so by no coding, and no claim is told
    found = _endings(check_store, f"{_TRIPLE} Rome left it in May 1915. In the codings the end is filed as an expiry.")
    assert all(v != "contradicts" for v, _ in found)


def test_a_title_told_by_its_head_and_an_ending_denied_of_an_agreement_that_runs_on(check_store: Store) -> None:
    # "the Final Act" after the Helsinki Final Act was named: that one, which ATOP reads only by its members' exits
    found = _endings(check_store, "Estonia and Finland both sit in the Helsinki Final Act. The Final Act has never "
                                  "been denounced by either of them.")
    assert [(v, c.rsplit(": ", 1)[1]) for v, c in found] == [("consistent", "not abrogated")]
    # the head of another title names no agreement told before
    assert not _endings(check_store, "Estonia and Finland both sit in the Helsinki Final Act. The Federal Act has "
                                     "never been denounced.")


def test_an_agreement_that_lost_a_member_told_by_a_plural_pronoun(check_store: Store) -> None:
    rome = "In March 1934 Italy, Austria and Hungary put their names to the Rome Protocols."
    found = _endings(check_store, f"{rome} Nobody broke them; they simply lost a member in 1938.")
    assert [(v, c.rsplit(": ", 1)[1]) for v, c in found] == [("consistent", "not ended in a breach (betrayal)")]
    found = _endings(check_store, f"{rome} In 1938 the protocols lost one of their signatories.")
    assert [(v, c.rsplit(": ", 1)[1]) for v, c in found] == [("consistent", "lost independence")]
