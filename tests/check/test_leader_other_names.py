"""Leaders told otherwise than Archigos names them (issue 22, fifth round), on made-up sentences: a name Archigos holds
under another (a title, a later surname, another romanisation), a hyphen for a space, a first name transliterated
otherwise, initials after a first name, a counterpart of a state's leader, an office told as won in an election, "head
of the government", and the date a rule told with "under" hangs on (the shipped Archigos table)."""

from __future__ import annotations

from foedus.check.mentions import archigos_also
from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims
from tests.check.sentences import leaders_in as _leaders


def _offices(store: Store, body: str, published: str = "2024-12-01") -> list[tuple[str, str]]:
    return [(c.verdict, c.record_value.split(" from ")[0]) for c in _claims(_check(store, body, published),
                                                                          "leader_office")]


def test_a_leader_archigos_holds_under_another_name() -> None:
    assert archigos_also("Ghazi Mustafa Kemal Pasha") == "Ataturk"
    assert archigos_also("Ras Tafari") == "Selassie"
    assert archigos_also("Abdul Karim Qasim") == "Karrim Kassem"
    assert archigos_also("King Chulalongkorn") == "Rama V"
    assert archigos_also("Kemal Kılıçdaroğlu") is None  # (a word of an entry is no entry)
    assert archigos_also("Mustafa Kemalpasazade") is None


def test_offices_of_leaders_told_by_another_name(check_store: Store) -> None:
    assert _offices(check_store, "In March 1930 Mustafa Kemal, then Turkey's president, received the Greek envoy.") \
        == [("consistent", "Ataturk led COW 640")]
    assert _offices(check_store, "In 1960 Abd al-Karim Qasim, Iraq's prime minister, quarrelled with Cairo.") == [
        ("consistent", "Karrim Kassem led COW 645")]
    assert _offices(check_store, "In 1950 Mao Zedong, China's chairman, travelled to Moscow by train.") == [
        ("consistent", "Mao Tse-Tung led COW 710")]
    assert _offices(check_store, "In 1996 Kim Jong-il, North Korea's ruler, mourned in public.") == [
        ("consistent", "Kim Jong-Il led COW 731")]
    # a first name transliterated otherwise ("Muhammad" for Archigos's "Mohammed Ali", Pakistan's premier)
    assert _offices(check_store, "In 1954 Pakistan's prime minister, Muhammad Ali Chaudhry, met the Shah.") != [
        ("consistent", "Mohammed Ali led COW 770")]
    assert _offices(check_store, "In 1954 Pakistan's prime minister, Mohamad Ali, met the Shah.") == [
        ("consistent", "Mohammed Ali led COW 770")]


def test_initials_after_a_first_name_are_part_of_it(check_store: Store) -> None:
    text = "In May 1946 President Harry S. Truman spoke. George H. W. Bush, then president, spoke in 1990."
    assert _leaders(check_store, text) == [("President Harry S. Truman", "President"),
                                           ("George H. W. Bush, then president", "president")]
    assert _offices(check_store, "The pact was signed in June 1962, when President John F. Kennedy was at sea.") == [
        ("consistent", "Kennedy led COW 2")]


def test_a_counterpart_of_a_states_leader_holds_its_leadership(check_store: Store) -> None:
    assert _offices(check_store, "The accord was signed in May 1985, when Helmut Kohl was chancellor and Francois "
                                 "Mitterrand was his counterpart in Paris.") == [
        ("consistent", "Kohl led COW 260"), ("consistent", "Mitterand led COW 220")]  # (Archigos: "Mitterand")
    # a counterpart of a minister is no leader's office
    assert [c.verdict for c in _claims(_check(
        check_store, "In May 1985 Hans-Dietrich Genscher, the foreign minister, met Roland Dumas, his French "
                     "counterpart."), "leader_office")] == ["not_in_record", "not_in_record"]


def test_an_office_told_as_won_in_an_election_and_head_of_the_government(check_store: Store) -> None:
    assert _leaders(check_store, "Tadeusz Mazowiecki, its first democratically elected prime minister, resigned. "
                                 "By then Imre Nagy was head of the government.") == [
        ("Tadeusz Mazowiecki, its first democratically elected prime minister", "prime minister"),
        ("Imre Nagy was head of the government", "head of the government")]


def test_a_rule_told_with_under_hangs_on_the_date_right_before_it(check_store: Store) -> None:
    assert _offices(check_store, "Egypt signed in March 1950; Iraq joined on 24 February 1955, under Nuri al-Said, "
                                 "and Iran acceded in October 1955, under Shah Mohammad Reza Pahlavi.") == [
        ("consistent", "Mohammad Reza led COW 630")]


def test_a_date_told_past_a_semicolon_is_none_of_the_office(check_store: Store) -> None:
    claims = _claims(_check(check_store, "Romania under Nicolae Ceausescu kept its own counsel; Bucharest joined the "
                                         "new treaty only in March 1995."), "leader_office")
    assert [(c.verdict, c.record_value.split(" from ")[0]) for c in claims] == [("consistent", "Ceausescu led COW 360")]
    assert "1995" not in claims[0].claimed


def test_a_crown_taken_after_ruling_as_regent_is_no_contradiction(check_store: Store) -> None:
    def verdicts(body: str) -> list[str]:
        return [c.verdict for c in _claims(_check(check_store, body), "leader_office")]

    # (Archigos starts Wilhelm I's rule in October 1858, his regency)
    assert verdicts("In July 1870 King Wilhelm I, on the throne since 1861, mobilised.") == ["consistent"]
    assert verdicts("In July 1870 Wilhelm I, Prussia's king since 1861, mobilised.") == ["consistent"]
    assert verdicts("In July 1870 Wilhelm I, Prussia's king since 1850, mobilised.") == ["contradicts"]
    assert verdicts("In 1978 Valéry Giscard d'Estaing, France's president since 1976, flew to Dakar.") == [
        "contradicts"]


def test_an_office_told_after_archigos_ends_is_not_in_the_record(check_store: Store) -> None:
    def verdicts(body: str, published: str = "2023-06-01") -> list[str]:
        return [c.verdict for c in _claims(_check(check_store, body, published), "leader_office")]

    assert verdicts("In March 2019 Vladimir Putin, Russia's president, flew to Beijing.") == ["not_in_record"]
    assert verdicts("Angela Merkel, Germany's chancellor, spoke warmly of the alliance.") == ["not_in_record"]
    # (a sentence told of a year Archigos covers, the office at no date of its own)
    assert verdicts("Angela Merkel was chancellor when the 2008 summit met.") == ["consistent"]
    assert verdicts("In March 2012 Vladimir Putin, Russia's president, flew to Beijing.") == ["consistent"]


def test_a_leader_told_by_first_name_and_surname_links_archigos_surname(check_store: Store) -> None:
    from foedus.check.mentions import find_mentions, gazetteer

    text = ("In 1972 the Soviet leader, Leonid Brezhnev, met President Gustavo Díaz Ordaz's envoy; Libya's leader "
            "Muammar Gaddafi stayed away, and Panama's leader at the time, General Omar Torrijos, sent a letter.")
    assert [(m.text, m.target) for m in find_mentions(text, gazetteer(check_store), None) if m.kind == "leader"] == [
        ("Leonid Brezhnev", "leader:Brezhnev"),
        ("President Gustavo Díaz Ordaz's", "leader:Diaz Ordaz"),
        ("Muammar Gaddafi", "leader:Qaddafi"),
        ("General Omar Torrijos", None)]  # (Archigos has two called Torrijos)


def test_each_other_name_points_to_a_leader_the_shipped_archigos_table_holds() -> None:
    """Every row of check/data/leader_names.csv names a leader the shipped Archigos table holds for its state, and
    cites a source: a typo in the table cannot silently link nothing."""
    import csv
    import gzip
    from importlib import resources

    from foedus.check.mentions import archigos_names

    with gzip.open(str(resources.files("foedus.data") / "leaders.csv.gz"), "rt", encoding="utf-8") as handle:
        held = {(row["ccode"], row["name"]) for row in csv.DictReader(handle)}
    with (resources.files("foedus.check") / "data" / "leader_names.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(archigos_names()) >= 20
    for row in rows:
        assert (row["ccode"], row["archigos"]) in held, row
        assert "(" in row["source"] and ")" in row["source"], row
