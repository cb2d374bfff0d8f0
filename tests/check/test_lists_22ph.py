"""Lists and documents an article points to and never gives (issue 22ph): a handout, a reading list, a spreadsheet, a
chart, a bibliography, an annex or a roster told as kept or posted elsewhere ("on the course page", "available on
request", "in a separate post"), as held or made by someone ("I keep a spreadsheet of", "we have a list of"), as sent
with the text ("see the attached annex") or as naming things it does not give here ("the handout names every
signatory"); and no such claim where the items are given or no document is told of."""

from __future__ import annotations

import pytest

from foedus.store import Store
from tests.check.sentences import check_sentences as _check
from tests.check.sentences import claims_of as _claims

_TOLD = [
    # on air
    "On tonight's programme we have a list of the Polish airmen who flew with the RAF, and we will come back to it.",
    "The producers tell me there is a handout for listeners who want to follow the treaty clauses at home.",
    "Our correspondent has a timeline of every border incident since 1962, which you can request by post.",
    "The running order of tonight's debate is on our website.",
    "A map of the partition lines accompanies this broadcast online.",
    "Listeners can request the transcript, which includes the names of the Czech and Slovak negotiators.",
    # a memo
    "Attached is the spreadsheet of all Yugoslav arms purchases from 1950 to 1955.",
    "Please see the attached annex for the delegations expected at the Lisbon talks.",
    "The roster of embassy staff is filed with personnel.",
    "Section heads should consult the appendix for the schedule of consultations.",
    "The table of obligations is in the shared folder.",
    "Full notes from the Ankara meeting are available on request.",
    # a seminar
    "The reading list for this week is posted on the course page.",
    "The seminar handout sets out the eight clauses of the Locarno guarantee.",
    "Students will find the chronology of the Balkan League in the course reader.",
    "The handout distributed on Monday names every signatory of the Pact of Steel.",
    "Our bibliography for the unit gives the key works on the Little Entente.",
    "The assigned readings are on the syllabus.",
    "The module guide lists the set texts on Franco-Russian relations.",
    "The lecture slides list the main Soviet alliances of the Cold War.",
    # a blog
    "I keep a spreadsheet of every NATO summit declaration since 1991.",
    "I have compiled a table of the Soviet treaties of friendship in the sixties, which I will post later.",
    "My earlier post has a chart of the Warsaw Pact's troop levels.",
    "I maintain a running list of the bilateral pacts Turkey has signed since 2000.",
    "The full timeline is in a separate post.",
    "We have a list of the Greek and Cypriot officers who attended the talks.",
    # an obituary
    "He kept a ledger of every treaty he negotiated, which his family has donated to the library.",
    "Her papers, including a roster of the delegations she chaired, are held at Georgetown.",
    "A full bibliography of his writings on the Entente appears on the university's website.",
    "She compiled an annotated register of the Habsburg envoys to Constantinople.",
    "A complete bibliography is available from the author.",
    # the wires
    "The full text of the communique is available from the ministry.",
    "The joint statement's annex sets out the timetable for troop withdrawals.",
    "The full text is in our archive.",
    "A chart of the new deployment was shown to reporters but not released.",
    "Diplomats said the draft included an appendix of disputed islands.",
    "Details of the deal are in an annex circulated to member states.",
    "Officials distributed a fact sheet on the Chinese and Pakistani commitments.",
    "Reporters were given a fact sheet listing the Japanese commitments.",
    "The agenda for the summit was posted on the presidency's website.",
    "A chronology of the Anglo-Portuguese alliance is on the embassy's site.",
    # kept in an institution, shown, sent, or a list by its nature
    "Her notes on the Yalta sessions are now at the Hoover Institution.",
    "The museum displays a map of the alliance's bases.",
    "He promised to send us the timeline of the talks.",
    "The briefing book handed to the president named each ally's contribution.",
    "A spreadsheet of the votes, compiled by the secretariat, was leaked to the press.",
    "Our database of treaties signed since 1815 is free to search online.",
    "The obituary's author kept a card index of every envoy he met.",
    "The secretariat's website carries the full list of observers.",
    "A list of the Swedish and Finnish volunteers is kept by the veterans' association.",
    "There is a reading list at the end of the course guide.",
    # told as listed or given elsewhere, copied, handed out, or the ground of what the text says
    "The full list is linked below.",
    "The members, as listed on the ministry's site, include several Gulf monarchies.",
    "The list we published last month named every Turkish general involved.",
    "The names of all forty signatories are in the file we sent to subscribers.",
    "Copies of the annex were sent to every Baltic capital.",
    "For the full text, follow the link in our newsletter.",
    "The appendix to this memo gives the dates of each Soviet renewal.",
    "A printed handout with the ten clauses was given to every student.",
    "The delegates received a dossier on the Dutch and Belgian positions.",
    "According to the syllabus, the readings cover every Balkan pact.",
    "The archive holds a full register of the Serbian consuls abroad.",
]


@pytest.mark.parametrize("sentence", _TOLD)
def test_a_list_or_document_told_and_not_given_is_referenced_not_stated(check_store: Store, sentence: str) -> None:
    assert [c.verdict for c in _claims(_check(check_store, sentence), "list")] == ["referenced_not_stated"]


_NOT_TOLD = [
    "The handout lists three readings: Taylor, Kennan and Schroeder.",
    "The treaty lists three obligations: mutual defence, consultation and non-aggression.",
    "The handout gives two dates: 1902 and 1905.",
    "The signatories were France, Britain, Belgium and the Netherlands.",
    "The appendix named Greece, Turkey and Iran as the states concerned.",
    "The reading list covers Britain and Japan.",
    "Poland and Romania signed a treaty of alliance in 1921.",
    "Italy topped the list of arms suppliers to Ethiopia in 1935.",
    "Egypt was added to the list of states that signed the pact.",
    "Members of the alliance included Britain, France and Poland.",
    "I keep coming back to the Treaty of Rapallo.",
    "I have a question about the Anglo-Japanese alliance.",
    "We have a good idea of why Bulgaria joined the Axis.",
    "We have a duty to remember the treaty of 1902.",
    "Her spreadsheet skills were legendary in the Foreign Office.",
    "The course page explains how the Pact of Steel was signed in May 1939.",
    "The timeline is simple: the pact was signed in 1939 and broken in 1941.",
    "The map changed: Austria was annexed in 1938.",
    "The map of Europe was redrawn at Versailles.",
    "The list is short: Britain and Portugal.",
    "Her notes were clear: Poland would fight.",
    "The table turned when Romania switched sides in 1944.",
    "Portugal kept its promise to Britain in 1943.",
    "We have a treaty with Portugal that dates from 1373.",
    "The first clause, on mutual defence, was the heart of the treaty.",
    "The delegates received the news calmly.",
    "The link between Serbia and Russia was old.",
    "Turkey's list of demands was met in full: Hatay, the Straits and the loan.",
]


@pytest.mark.parametrize("text", _NOT_TOLD)
def test_items_given_or_no_document_told_make_no_list_claim(check_store: Store, text: str) -> None:
    assert not _claims(_check(check_store, text), "list")


def test_a_document_told_in_numbered_notes_is_not_given_by_the_next_point(check_store: Store) -> None:
    """The next point of a numbered text is no item of the document its point before told of; an item numbered one
    after it is."""
    notes = ("4. Sources. The briefing pack from Friday lists the archival files for the session.\n\n"
             "5. Discussion: was the Little Entente ever more than a paper alliance?")
    assert [c.verdict for c in _claims(_check(check_store, notes), "list")] == ["referenced_not_stated"]
    given = ("The briefing pack from Friday lists the archival files for the session.\n\n"
             "1. The Prague legation's reports.\n\n2. The Bucharest cables.")
    assert not _claims(_check(check_store, given), "list")
