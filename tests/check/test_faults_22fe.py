"""Leaders' offices told held "when" an agreement was signed, ended or left (issue 22, helper 22Fe): read at the day
the record gives that act, not at no date (where any spell of that person leading agreed) nor at the year the
paragraph told last. Made-up sentences; the record is the shipped ledgers' and Archigos."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _offices(store: Store, body: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.claimed) for c in _claims(_check(store, body), "leader_office")]


def test_an_office_told_when_an_agreement_was_signed_is_read_at_its_signing(check_store: Store) -> None:
    # (the Brussels Treaty was signed on 17 March 1948, under Attlee: Churchill led Britain before and after)
    assert _offices(check_store, "Winston Churchill, Britain's prime minister when the Brussels Treaty was signed, "
                                 "welcomed it.") == [
        ("contradicts", "Winston Churchill, Britain's prime minister in office on 1948-03-17")]
    assert _offices(check_store, "Clement Attlee, Britain's prime minister when the Brussels Treaty was signed, "
                                 "welcomed it.") == [
        ("consistent", "Clement Attlee, Britain's prime minister in office on 1948-03-17")]


def test_a_date_told_in_the_predicate_is_another_acts_not_the_offices(check_store: Store) -> None:
    assert _offices(check_store, "Winston Churchill, Britain's prime minister when the Brussels Treaty was signed, "
                                 "had spoken of union in 1946.") == [
        ("contradicts", "Winston Churchill, Britain's prime minister in office on 1948-03-17")]


def test_an_office_told_when_an_agreement_told_back_was_dissolved_is_read_at_its_end(check_store: Store) -> None:
    # (CENTO, the Baghdad Pact, ended on 9 October 1979: the shah had left Iran in January)
    body = "Iran, Turkey and Pakistan were members of the Baghdad Pact. {} said little."
    assert _offices(check_store, body.format("Mohammad Reza Pahlavi, Iran's shah when the pact was dissolved,")) == [
        ("contradicts", "Mohammad Reza Pahlavi, Iran's shah in office on 1979-10-09")]
    assert _offices(check_store, body.format("Bülent Ecevit, Turkey's prime minister when the pact was dissolved,")
                    ) == [("consistent", "Bülent Ecevit, Turkey's prime minister in office on 1979-10-09")]


def test_an_office_told_when_a_state_walked_out_is_read_at_its_exit(check_store: Store) -> None:
    # (Iraq left the Baghdad Pact on 24 March 1959, eight months after the monarchy fell)
    body = "Iraq, Turkey and Britain were members of the Baghdad Pact. When Iraq walked out, {} in Baghdad."
    assert _offices(check_store, body.format("Faisal II was king")) == [
        ("contradicts", "Faisal II was king in office on 1959-03-24")]
    assert _offices(check_store, body.format("Abd al-Karim Qasim was prime minister")) == [
        ("consistent", "Abd al-Karim Qasim was prime minister in office on 1959-03-24")]


def test_a_when_clause_naming_no_agreement_leaves_the_office_undated(check_store: Store) -> None:
    assert [v for v, _ in _offices(check_store, "Clement Attlee, Britain's prime minister when the war with Japan "
                                                "ended, was tired.")] == ["consistent"]


def test_an_agreement_told_back_by_a_pronoun_dates_the_office_only_where_the_record_agrees(check_store: Store) -> None:
    # "it" may stand for another agreement than the one told last: read at the Brussels Treaty's signing (17 March
    # 1948) where the office agrees, and left undated (Churchill led Britain before and after) where it does not
    body = "Britain, France and the Benelux states signed the Brussels Treaty. {} prime minister when it was signed."
    assert _offices(check_store, body.format("Clement Attlee was Britain's")) == [
        ("consistent", "Clement Attlee was Britain's prime minister in office on 1948-03-17")]
    assert [v for v, _ in _offices(check_store, body.format("Winston Churchill was Britain's"))] == ["consistent"]
