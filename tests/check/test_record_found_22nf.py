"""Claims the record can check once the checker links what they name: a leader told by a patronymic ("Khalifa bin
Hamad"), a monarch's number told in words ("Boris the Third"), a founding president in apposition, an office dated past
an apposition, an agreement told "followed" on its date, an entry told by its order ("the first to accede") or in a
month told by its name ("signed that May"). Each on a short made-up sentence (the record is the shipped ledgers' and
Archigos)."""

from __future__ import annotations

from foedus.check import check_text
from foedus.check.models import CheckResult, Claim
from foedus.store import Store


def _check(store: Store, body: str, published: str = "2024-12-01") -> CheckResult:
    return check_text(store, f"Published: {published}\n\n{body}", "a.txt")


def _offices(result: CheckResult) -> list[Claim]:
    return [c for c in result.claims if c.kind == "leader_office"]


_GULF = "Qatar and Bahrain quarrelled for years over the Hawar islands. "


def test_a_leader_told_by_given_name_bin_father_is_the_son_not_the_father(check_store: Store) -> None:
    # Archigos writes the emir of 1972 "Khalifah Ath-Thani" and his son "Hamad ibn Khalifah Al Thani": the told
    # "Khalifa bin Hamad" is the first, by his given name, not the son found by the father's name
    told = _offices(_check(check_store, _GULF + "Sheikh Khalifa bin Hamad ruled Qatar from 1972."))
    assert [(c.verdict, c.record_value.split(" led ")[0]) for c in told] == [("consistent", "Khalifah Ath-Thani")]
    wrong = _offices(_check(check_store, _GULF + "Sheikh Khalifa bin Hamad ruled Qatar in 1999."))
    assert [c.verdict for c in wrong] == ["contradicts"]
    # the son, told so, is the son, not a namesake of his father's name leading another state
    son = _offices(_check(check_store, _GULF + "Sheikh Hamad bin Khalifa ruled Qatar in 1999."))
    assert [(c.verdict, c.record_value.split(" led ")[0]) for c in son] == [
        ("consistent", "Hamad ibn Khalifah Al Thani")]


def test_a_title_after_bin_is_a_name_and_a_founding_president_an_office(check_store: Store) -> None:
    # "bin Sultan" is the father's name, no sultan; "its founding president" the office, told in apposition
    result = _check(check_store, "Riyadh recognised the United Arab Emirates in December 1971, days after the "
                                 "federation was proclaimed under Sheikh Zayed bin Sultan Al Nahyan, its founding "
                                 "president.")
    assert [(c.verdict, c.record_value.split(" led ")[0]) for c in _offices(result)] == [
        ("consistent", "An-Nahayan")]


def test_a_monarchs_number_told_in_words_is_his_numeral(check_store: Store) -> None:
    result = _check(check_store, "Hungary and Bulgaria drew closer in 1940. At the time Miklos Horthy was regent in "
                                 "Budapest and Boris the Third was king in Sofia.")
    assert [(c.verdict, c.record_value.split(" led ")[0]) for c in _offices(result)] == [
        ("consistent", "Horthy"), ("consistent", "Boris III")]
    later = _offices(_check(check_store, "Bulgaria signed in 1944, when Boris the Third was king in Sofia."))
    assert [c.verdict for c in later] == ["contradicts"]


def test_a_body_of_people_taking_power_is_no_leader(check_store: Store) -> None:
    # "the Fatherland Front seized power": no person, so no office the record lacks beside the premier's
    result = _check(check_store, "Bulgaria joined the Axis in March 1941. Three years later the Fatherland Front "
                                 "seized power in Sofia, and Kimon Georgiev, as prime minister from 9 September 1944, "
                                 "turned Bulgaria against Germany.")
    assert [(c.verdict, c.record_value.split(" led ")[0]) for c in _offices(result)] == [("consistent", "Georgiev")]
    assert not _offices(_check(check_store, "In 1963 the Baath Party seized power in Damascus."))


def test_a_date_told_in_an_apposition_is_not_the_office_s(check_store: Store) -> None:
    text = ("Vietnam and Cambodia signed a treaty of friendship in February 1979. Hun Sen, a defector who had crossed "
            "to Vietnam in 1977, became prime minister in January {}.")
    right = _offices(_check(check_store, text.format(1985)))
    assert [(c.verdict, c.record_value.split(" led ")[0]) for c in right] == [("consistent", "Hun Sen")]
    assert [c.verdict for c in _offices(_check(check_store, text.format(1983)))] == ["contradicts"]


def test_an_agreement_told_following_on_a_date_is_signed_then(check_store: Store) -> None:
    def dates(year: int) -> list[tuple[str, str]]:
        result = _check(check_store, f"The Rio Treaty was signed in 1947. The charter of the Organization of American "
                                     f"States followed at Bogota on 30 April {year}.")
        return [(c.verdict, c.record_value) for c in result.claims
                if c.kind == "agreement_date" and "charter" in c.claimed]

    assert dates(1948) == [("consistent", "signed 1948-04-30")]
    assert dates(1949) == [("contradicts", "signed 1948-04-30")]


def _entries(result: CheckResult) -> list[tuple[str, str]]:
    return [(c.verdict, c.record_value) for c in result.claims
            if c.kind == "event_date" and ": entry into " in c.claimed]


def test_the_first_state_to_accede_is_told_entering(check_store: Store) -> None:
    text = ("The Tripartite Pact was signed in Berlin on 27 September 1940 by Germany, Italy and Japan. Hungary was "
            "the first state to accede, in Vienna, on {} November 1940.")
    assert _entries(_check(check_store, text.format(20))) == [("consistent", "entered 1940-11-20")]
    assert _entries(_check(check_store, text.format(28))) == [("contradicts", "entered 1940-11-20")]


def test_a_late_signature_in_a_month_told_by_its_name_is_an_entry(check_store: Store) -> None:
    text = ("The Arab League's pact was signed in Cairo on 22 March 1945 by Egypt, Iraq, Syria, Lebanon, Saudi Arabia "
            "and Transjordan. North Yemen signed that {}.")
    assert _entries(_check(check_store, text.format("May"))) == [("consistent", "entered 1945-05-10")]
    assert _entries(_check(check_store, text.format("December"))) == [("contradicts", "entered 1945-05-10")]
