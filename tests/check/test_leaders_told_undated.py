"""Leaders named in a sentence with no date of its own (issue 22, round 19): read at the year their paragraph last
told, never across a paragraph break; a phrase of rule set off by commas is no apposition; a possessive of rule
("Roca's long presidency") tells a leadership. Made-up sentences; the record is the shipped ledgers' and Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "leader_office")]


def test_a_leader_under_whom_a_state_acted_is_read_at_the_paragraphs_last_year(check_store: Store) -> None:
    assert _offices(check_store, "Britain and Portugal renewed their old alliance in 1904. Britain, under Arthur "
                                 "Balfour, was content.") == [("consistent", "Arthur Balfour in office on 1904")]


def test_no_date_in_the_paragraph_leaves_the_leader_unread(check_store: Store) -> None:
    assert _offices(check_store, "Britain and Portugal renewed their old alliance in 1904.\n\nBritain, under Arthur "
                                 "Balfour, was content.") == []


def test_a_second_leader_told_by_ellipsis_is_read_at_the_paragraphs_year(check_store: Store) -> None:
    assert _offices(check_store, "The Paris agreements came into force in May 1955. Konrad Adenauer led the West "
                                 "German government then, and Edgar Faure the French.") == [
        ("consistent", "Konrad Adenauer in office on 1955"), ("consistent", "Edgar Faure in office on 1955")]


def test_a_possessive_of_rule_tells_a_leadership_and_another_possessive_none(check_store: Store) -> None:
    assert _offices(check_store, "Chile and Argentina settled their quarrel in 1902. Roca's long presidency in "
                                 "Argentina made it easy.") == [("consistent", "Roca in office on 1902")]
    assert _offices(check_store, "Chile and Argentina settled their quarrel in 1902. Riesco's demands were modest "
                                 "in Chile.") == []


def test_an_abbreviated_state_before_an_office_ends_no_sentence(check_store: Store) -> None:
    assert _offices(check_store, "In 1972 the U.K. prime minister, Edward Heath, signed it.") == [
        ("consistent", "prime minister, Edward Heath in office on 1972")]


def test_a_leader_owned_by_a_state_is_named(check_store: Store) -> None:
    assert _offices(check_store, "Britain's Attlee and America's Truman met in December 1950.") == [
        ("consistent", "Attlee in office on 1950-12"), ("consistent", "Truman in office on 1950-12")]


def test_a_whole_name_spelt_otherwise_is_read_at_the_paragraphs_year(check_store: Store) -> None:
    assert _offices(check_store, "Britain and Norway signed the accord in 1949. Clement Attlee spoke for Britain, "
                                 "as did Einar Gerhardsen for Norway.") == [
        ("consistent", "Clement Attlee in office on 1949"), ("consistent", "Einar Gerhardsen in office on 1949")]


def test_a_possessive_of_rule_opening_a_paragraph_is_read_at_no_date(check_store: Store) -> None:
    assert _offices(check_store, "Cambodia and China signed their treaty in 1960.\n\nThe treaty outlived "
                                 "Sihanouk's rule in Cambodia by a few weeks.") == []
