"""Claims an article makes, found sentence by sentence from its mentions, and the record's verdict on each.

Each rule reads one sentence: an agreement with a date and a verb of signing is a claim about the agreement's
date; with "between" and states, about its parties; with a word of ending ("betrayed", "abrogated", "expired")
about how it ended, compared with each coding; a count of alliances or breaches between a pair is compared with
each coding's count; an event verb (visit, statement, sanctions, warrant) with states and a date is looked up among
the stored events; a leader's title with a date among the leaders' offices; a list or document the article refers
to and never gives is said to be so. Agreements described rather than named ("Czechoslovakia and Yugoslavia signed a
defensive alliance on 14 August 1920", and clauses that leave the verb out) are the states' stored agreement nearest
the date; a state's entry into or exit from an agreement is compared with the record's membership, an entry into
force with the record's date; a breach told of one state towards another ("France betrayed Poland") is the ending of
their agreement in force then; an agreement named with its date whose name the record lacks is not in the record.
An agreement may be told by a relative clause of its signing ("the treaty that Peru, Bolivia and Argentina had
signed in Lima on 6 February 1873": a state among three or more that is no party is a wrong party) or by a leading
participle ("Signed on 10 January 1966 by India, Pakistan and the Soviet Union, it ..."); its parties by what they
promised ("Britain, Greece and Turkey guaranteed ..."); its ending by "is still in force", "did the job it was made
for", "fulfilled rather than broken" or "X betrayed them"; a signing told negated ("had never signed a pact") is none.
Some readings are general rather than one form each: a dated clause whose verb of action no rule knows ("French
agents sank the ship on 10 July 1985") is an event of its states, found by the record's own words or else not in the
record; a list of states told as parties by what stands around it ("binding A, B and C", "which A and B signed with
C", "bound four monarchies: A, B, C and D") is compared with the members; joining an agreement is an entry and
joining other states in it a founding; an ending told negatively ("has never been terminated") or with no word of
how ("ended it") is compared with each coding. An agreement described, not named, is dated by what is tied to it
("of their own in March 1929", "at Salonika in July 1937", "was signed in Ankara on ..."); each count of a sentence is
read by its own words ("shared seven agreements but only one bilateral pact"), a part told bilateral making the whole
every shared agreement; an entry told by a description and its year ("acceded to the League's collective security
treaty of 1950") is into the stored agreement of those states signed then; "X, a founding member of Y" is a party
claim. A dated entry is also a party claim with the entry's verdict, never into an agreement ended by then, and states
that "followed" an entry in the same sentence entered too; "both signed Y" makes the two of the sentence before its
parties, as does "X has sat beside Z in Y" (a date after "since" is no signing); a list told by its owner or contents
and not given ("a list of the officials expelled", "the annex listing ...") is referenced but not stated.
A sentence telling of two or more acts each at a date of its own ("X recalled its envoy on 4 May and declared
war on 23 May"; "after A did this on D1, B did that on D2") is read clause by clause, beside a signing too; "it"
after an agreement the record lacks, or "the treaty he signed with X", is that agreement, not one named before; an
agreement told by its kind half a year from the nearest stored one, of another kind, is one the record lacks.
Every verdict names the records it rests on and their sources.

Claims about "now" are read at one explicit year (``as_of``, :func:`foedus.check.core.reading_year`): a count of
alliances counts those signed by then and those ended by then; "still in force" holds of an agreement that ended
only after it.

One module per kind of claim, over shared layers: :mod:`._words` (the vocabulary the rules read),
:mod:`._sentences`, :mod:`._records` (the store's answers, dates compared), :mod:`._referents` (what "it" and "the
treaty" refer to) and :mod:`._clauses`; then :mod:`.unknown_names`, :mod:`.counts`, :mod:`.endings`, :mod:`.events`,
:mod:`.leaders`, :mod:`.parties`, :mod:`.memberships`, :mod:`.unnamed` (agreements described, not named),
:mod:`.lists` and :mod:`.agreement_dates`; :mod:`.article` reads an article sentence by sentence through all of them.
No module imports one above it.
"""

from foedus.check.claims._records import compare_dates
from foedus.check.claims._sentences import Sentence, sentences
from foedus.check.claims.article import find_claims

__all__ = ["Sentence", "compare_dates", "find_claims", "sentences"]
