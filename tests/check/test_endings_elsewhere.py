"""An ending every coding contradicts, re-read against the rest of the record before it stands (issue 22, round 13):
an agreement told in force that two members entered and never left, and an agreement told in force by a referent
("that treaty", "our treaty") where the article tells of another that is. Made-up sentences; the record is the
shipped ledgers' and ATOP's."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _endings(store: Store, text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, text), "ending")]


def test_an_agreement_two_members_never_left_is_in_force_whatever_its_first_members_exits(check_store: Store) -> None:
    # ATOP reads the 1934 pact abrogated (the imamate's exit), yet Saudi Arabia and unified Yemen never left it
    found = _endings(check_store, "Riyadh and Sanaa concluded the Treaty of Taif in May 1934, and it remains in force.")
    assert [verdict for verdict, _ in found] == ["consistent"]
    assert found[0][1].endswith("in force")


def test_a_ledger_membership_without_an_exit_keeps_no_ended_agreement_in_force(check_store: Store) -> None:
    # (a ledger lists no exits of the Russian-Chinese treaties it holds replaced: that is no membership running on)
    assert _endings(check_store, "The Treaty of Nerchinsk is still in force.") == [
        ("contradicts", "Treaty of Nerchinsk: in force")]


def test_a_referent_told_in_force_is_the_agreement_of_the_article_in_force(check_store: Store) -> None:
    text = ("Japan and the United States signed their security treaty in January 1960. The United States and Taiwan "
            "signed a defence treaty in December 1954, which was terminated in 1980. Nixon visited Beijing in "
            "February 1972. That treaty is still in force, a Japanese official said.")
    found = _endings(check_store, text)
    assert found[-1] == ("consistent", "Treaty of Mutual Cooperation and Security between the United States and "
                                       "Japan: in force")
    quoted = ("Seoul and Washington signed their Mutual Defense Treaty in October 1953. Washington and Taipei signed "
              "a treaty of their own in December 1954; it was terminated in 1980. Carter announced the break in "
              "December 1978. \"Our treaty is still in force,\" a Korean diplomat said.")
    assert _endings(check_store, quoted)[-1] == (
        "consistent", "Mutual Defense Treaty between the United States and the Republic of Korea: in force")


def test_a_referent_named_in_the_sentence_before_stays_contradicted(check_store: Store) -> None:
    text = ("Morocco joined the Arab League in 1958. Libya and Morocco signed the Treaty of Oujda in August 1984. "
            "That treaty is still in force.")
    assert _endings(check_store, text) == [
        ("contradicts", "That treaty [Treaty of Union between Libya and Morocco]: in force")]
    named = ("Washington and Tokyo signed their security treaty in January 1960. The Mutual Defense Treaty between "
             "the United States and the Republic of China is still in force.")
    assert [verdict for verdict, _ in _endings(check_store, named)] == ["contradicts"]


def test_an_ending_read_against_the_agreement_the_sentences_event_ended(check_store: Store) -> None:
    # the record's revocation of 16 September 1999 ended the 1995 agreement, not the pair's later treaty of 2006
    found = [(c.verdict, c.claimed) for c in _claims(_check(
        check_store, "Twenty years ago today Jakarta revoked its security agreement with Canberra.", "2019-09-16"),
        "ending")]
    assert found == [("consistent", "Agreement between Australia and Indonesia on Maintaining Security: abrogated")]
