"""Counts and endings as commentary tells them (issue 22q), each on made-up sentences: a count quoted with the word
that bounds it ("only", "exactly"), a part told bilateral with an article or an adverb ("one of them a strictly
bilateral alliance"), a whole none of whose agreements was broken, a part with an aside before its verb (the record
is the shipped ledgers' and ATOP's)."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def test_a_count_is_quoted_with_the_word_that_bounds_it(check_store: Store) -> None:
    counts = _claims(_check(check_store, "Norway and Denmark have shared four pacts, just two of them bilateral. "
                                         "Argentina and Chile signed exactly one alliance."), "count")
    told = [c.claimed.split(" (")[0] for c in counts]
    assert "just two of them bilateral" in told and "exactly one alliance" in told


def test_a_part_told_bilateral_with_an_article_or_an_adverb_makes_the_whole_every_agreement(
        check_store: Store) -> None:
    counts = _claims(_check(check_store, "Britain and Portugal have shared six agreements, only one of them a "
                                         "strictly bilateral alliance, and none was ever broken."), "count")
    told = [c.claimed.split(" (")[0] for c in counts]
    assert told == ["six agreements", "only one of them a strictly bilateral alliance", "six agreements, none"
                    " ended in betrayal: no breach"]
    assert "bilateral: " in counts[1].record_value and "breaches" in counts[2].record_value
    assert counts[2].verdict == "consistent"  # neither coding counts a breach between the two


def test_a_part_with_an_aside_before_its_verb(check_store: Store) -> None:
    counts = _claims(_check(check_store, "Turkey and Greece have shared ten agreements, and not one of them, by any "
                                         "count, was ever breached."), "count")
    broken = [c for c in counts if "betrayal" in c.claimed]
    assert [c.claimed.split(" (")[0] for c in broken] == [
        "ten agreements, not one of them ended in betrayal: no breach"]
    assert broken[0].verdict == "contradicts"  # every coding counts breaches between the two


def test_a_breach_told_of_one_member_against_a_coding_that_names_another(check_store: Store) -> None:
    # the curated reading names Germany as the breacher of the Anti-Comintern Pact; ATOP names none
    opening = "Japan and Germany signed the Anti-Comintern Pact in 1936. "
    for told, verdict in (("Some writers claim it was Japan that broke the pact.", "depends_on_coding"),
                          ("Some writers claim the pact was betrayed by Tokyo.", "depends_on_coding"),
                          ("Some writers claim that Germany later broke the pact.", "consistent")):
        endings = _claims(_check(check_store, opening + told), "ending")
        assert [c.verdict for c in endings] == [verdict], told


def test_the_pair_told_still_bound_by_the_agreement_last_spoken_of(check_store: Store) -> None:
    opening = "Greece and Turkey both joined the North Atlantic Treaty in 1952. "
    for told in ("Both remain parties today.", "Both remain bound by it today.", "It remains binding on both."):
        endings = _claims(_check(check_store, opening + told), "ending")
        assert [(c.claimed.split(": ")[-1], c.verdict) for c in endings] == [("in force", "consistent")], told
    dissolved = _claims(_check(check_store, "Pakistan and Turkey both signed the Baghdad Pact in 1955. Both remain "
                                            "parties today."), "ending")
    assert [c.verdict for c in dissolved] == ["contradicts"]
    # after an agreement the record does not hold, "both remain parties" is of that one: nothing to check
    unknown = _claims(_check(check_store, "Greece and Turkey both joined the North Atlantic Treaty in 1952. Both later "
                                          "signed the Treaty of Friendship of the Aegean. Both remain parties today."),
                      "ending")
    assert unknown == []


def test_a_document_the_writer_declines_to_give_is_referenced_but_never_stated(check_store: Store) -> None:
    for told in ("The 1939 treaty between Turkey and France had nine articles, which I will not reproduce here.",
                 "Nor will I go through the annexes of the Warsaw Pact one by one.",
                 "The Ottoman note set out a list of grievances that this column will spare the reader.",
                 "The secret protocol fixed quotas of grain whose figures I will spare you.",
                 "The schedule of Soviet deliveries to Finland is too long to reproduce here."):
        lists = _claims(_check(check_store, told), "list")
        assert [c.verdict for c in lists] == ["referenced_not_stated"], told
    for told in ("We will not give up an inch of Thrace, the Greek prime minister said in 1922.",
                 "I will not repeat the mistakes of 1914, the Italian minister told the press."):
        assert _claims(_check(check_store, told), "list") == [], told


def test_an_organisation_wound_up_or_closed_is_told_ended_with_no_word_of_how(check_store: Store) -> None:
    # the Western European Union: replaced (its work passed to the European Union) under both codings, 30 June 2011
    opening = "Britain and France both signed the Brussels Treaty in 1948. "
    for told in ("The Western European Union closed its doors on 30 June 2011.",
                 "The Western European Union itself closed on 30 June 2011.",
                 "The Western European Union was wound up in June 2011."):
        result = _check(check_store, opening + told)
        assert [(c.claimed.split(": ")[-1], c.verdict) for c in _claims(result, "ending")] == [
            ("ended", "consistent")], told
        assert [c.verdict for c in _claims(result, "agreement_date")][-1] == "consistent", told
    # "closed the border" is no end of an agreement
    closed = _check(check_store, "Algeria and Morocco signed the Treaty of Ifrane in 1969. In 1994 Algeria closed "
                                 "the border.")
    assert _claims(closed, "ending") == []


def test_a_whole_told_with_two_parts_bilateral_and_multilateral_is_every_agreement(check_store: Store) -> None:
    counts = _claims(_check(check_store, "Britain and France have shared thirty-two agreements, all of them "
                                         "multilateral and not one of them bilateral."), "count")
    assert [(c.claimed.split(" (")[0], c.verdict) for c in counts] == [
        ("thirty-two agreements", "consistent"), ("all of them multilateral", "contradicts"),
        ("not one of them bilateral", "contradicts")]  # four of the 32 are bilateral alliances
