"""Counts and lists told (issue 22qf), each on made-up sentences: a list or document out of the reader's reach by
what is said of it (withheld by whoever told it, one the writer has never seen, one missing from the edition, one
the reader must find elsewhere, one promised for a later broadcast, one too quick to read, a programme of events not
yet made public, a record of every guest's name), a second document told near a first, and a list whose unreachability
is told in the next sentence by someone unable to obtain it."""

from __future__ import annotations

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims


def _lists(store: Store, text: str) -> list[str]:
    return [c.text for c in _claims(_check(store, text), "list") if c.verdict == "referenced_not_stated"]


def test_items_withheld_by_whoever_told_them_are_referenced_not_stated(check_store: Store) -> None:
    assert _lists(check_store, "Norway and Iceland also concluded nine fisheries accords, the embassy said, without "
                               "listing them.") == [
        "Norway and Iceland also concluded nine fisheries accords, the embassy said, without listing them."]
    assert _lists(check_store, "The spokesman mentioned several protocols but declined to name them.") == [
        "The spokesman mentioned several protocols but declined to name them."]
    assert _lists(check_store, "The memorandum runs to forty pages, and I'm not going to quote the clauses here.") \
        == ["The memorandum runs to forty pages, and I'm not going to quote the clauses here."]


def test_a_document_out_of_reach_by_what_is_said_after_it(check_store: Store) -> None:
    assert len(_lists(check_store, "Oslo accepted, with reservations spelt out in a letter we have never seen.")) == 1
    assert len(_lists(check_store, "The preface promises an appendix of shipping returns, and it is nowhere in the "
                                   "reprint.")) == 1
    assert len(_lists(check_store, "The treaty carried schedules that list the depots of each army; you will have "
                                   "to find them elsewhere.")) == 1
    assert len(_lists(check_store, "We hold the names of the sailors who drowned, and we will read them in a later "
                                   "episode.")) == 1
    assert len(_lists(check_store, "The final slide shows the list of donors, but it flashes by too fast to "
                                   "read.")) == 1
    assert len(_lists(check_store, "The ministry has drafted a programme of jubilee concerts, which it has not yet "
                                   "made public.")) == 1
    assert len(_lists(check_store, "The guest register, now in a museum, records the name of every delegate who "
                                   "dined there.")) == 1
    # a document given or told plainly is no reference
    assert _lists(check_store, "We have read the treaty, and it is short.") == []
    assert _lists(check_store, "The annex was published in 1950 and it is in every library.") == []
    assert _lists(check_store, "He will give them a welcome in a later speech.") == []


def test_a_second_document_near_a_first_is_a_reference_of_its_own(check_store: Store) -> None:
    found = _lists(check_store, "The ministry keeps a list of the officials expelled since 1990. Readers have asked "
                                "what should happen next. Our appendix sets out the steps of a possible accord.")
    assert len(found) == 2 and found[1].startswith("Our appendix")
    # the same document told again is no second reference
    again = _lists(check_store, "A dossier on the smugglers was never released. The ministry says the dossier "
                                "names every courier.")
    assert len(again) == 1


def test_a_list_told_unobtainable_in_the_next_sentence_is_one_reference(check_store: Store) -> None:
    found = _claims(_check(check_store, "A list of the grain quotas was attached to the second convention. Our "
                                        "correspondent has been unable to obtain it."), "list")
    assert [c.text for c in found] == ["A list of the grain quotas was attached to the second convention. Our "
                                       "correspondent has been unable to obtain it."]


def test_a_single_agreement_is_a_count_of_one(check_store: Store) -> None:
    """Italy and Ethiopia share one bilateral alliance in the record, the treaty of 1928."""
    result = _check(check_store, "The record holds a single agreement between Italy and Ethiopia.")
    assert [(c.verdict, c.claimed) for c in _claims(result, "count")] == [
        ("consistent", "a single agreement (Italy and Ethiopia)")]
    denied = _check(check_store, "Italy and Ethiopia never signed a single treaty.")
    assert [c.verdict for c in _claims(denied, "count")] == ["contradicts"]


def test_inter_american_is_no_mention_of_the_united_states(check_store: Store) -> None:
    result = _check(check_store, "Cuba left the inter-American system in 1962.")
    assert [m.text for m in result.mentions if m.kind == "state"] == ["Cuba"]


def test_the_only_one_standing_for_an_agreement_told_before_is_a_count_of_one(check_store: Store) -> None:
    """Greece and Turkey's one bilateral alliance in the record is their treaty of 1930."""
    result = _check(check_store, "Greece and Turkey made peace in the 1920s. Their 1930 treaty is the only bilateral "
                                 "one.")
    assert [(c.verdict, c.claimed) for c in _claims(result, "count")] == [
        ("consistent", "the only bilateral one (Greece and Turkey)")]


def test_a_part_ended_in_what_others_call_a_breach_is_a_count_of_breaches(check_store: Store) -> None:
    """ATOP codes the Warsaw Pact's end as a breach between Poland and Czechoslovakia, the curated coding does not."""
    result = _check(check_store, "Poland and Czechoslovakia shared six pacts. Just one of the six, the Warsaw Pact, "
                                 "ended in what historians term a betrayal.")
    claims = [c for c in _claims(result, "count") if "term" in c.text]
    assert [c.verdict for c in claims] == ["depends_on_coding"]
    assert claims[0].claimed.endswith("one breach (Poland and Czechoslovakia)")


def test_an_agreement_told_the_only_one_binding_a_pair_is_a_count_of_one_in_force(check_store: Store) -> None:
    """Mexico and Guatemala are bound now by the OAS charter alone in the record (the Rio treaty: Mexico left it)."""
    result = _check(check_store, "Mexico and Guatemala quarrelled over fishing boats in 1958. Today only the OAS "
                                 "charter ties the two.")
    claims = [c for c in _claims(result, "count") if "ties" in c.text]
    assert [(c.verdict, c.claimed) for c in claims] == [
        ("consistent", "only OAS charter: one in force (Mexico and Guatemala)")]
