"""Leaders' offices at a date, read against Archigos (1840-2015) and the ledgers."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from typing import Any

from foedus.check.claims._records import _gap, _pdate, _Records, compare_dates
from foedus.check.claims._sentences import Sentence
from foedus.check.mentions import (
    _LEAVING_POWER,
    _TAKING_POWER,
    Gazetteer,
    _told_as_other,
    archigos_alike,
    archigos_also,
    folded_name,
    later_leaders,
)
from foedus.check.models import Claim, Mention, RecordRef
from foedus.dates import PartialDate


def _leader_claims(s: Sentence, dates: list[Mention], records: _Records, year: int | None = None,
                   pair: tuple[int, ...] = (), then: Sequence[Mention] = (), referent: str | None = None
                   ) -> list[Claim]:
    """A leader named with a title, in office at the sentence's first date or, the sentence giving none, in the year
    the article last wrote (``year``), against Archigos's spells (:func:`_archigos_spells`). A date that is another
    thing's ("under the Taif agreement of October 1989") is not the office's; an office told at no date of its own
    agrees where Archigos has that person leading that state at all, and contradicts nothing."""
    out: list[Claim] = []
    agreements_dates = [d for d in dates if re.search(r"\bof\s+$", s.text[:d.start - s.start]) is not None]
    dates = [d for d in dates if d not in agreements_dates]
    told_dates = dates
    article_year = ([Mention(kind="date", text=str(year), start=s.start, end=s.start, value=str(year),
                             precision="year")] if year is not None else [])
    told_by_pronoun: list[int] = []  # where the claims of offices told by a pronoun begin in ``out``
    for m in s.of("leader"):
        later = _later_office(s, m, told_dates, records)
        if later is not None:  # (a leader who took office after Archigos ends: whatever is told, it is past it)
            out.append(later)
            continue
        # (a date told only in another clause, past a semicolon, is none of the office's: "Albania under Enver Hoxha
        # trusted nobody; it signed only in 1991")
        dates = told_dates if _clause_dated(s, m, told_dates) else []
        # (nor one told in an apposition between the name and the office: "Hun Sen, a defector who crossed to Vietnam
        # in 1977, became prime minister in January 1985": January 1985)
        aside = _apposition(s, m)
        dates = [d for d in dates if not aside[0] <= d.start < aside[1]]
        # (an agreement the leader is told making, dated as its own, dates the office before any other date told:
        # "In 1972 the pact renewed the treaty of 4 February 1948, made under Groza": 1948)
        dates = _signed_by(s, m, agreements_dates) or [d for d in dates if not _in_which_clause(s, m, d)]
        if _told_now(s, m):  # ("the current prime minister, X": now, whatever time the sentence tells)
            dates = [Mention(kind="date", text=str(records.as_of), start=m.start, end=m.start,
                             value=str(records.as_of), precision="year")]
        if not dates and records.as_of > _ARCHIGOS_END.year and _told_present(s, m):
            # "President X has warned against ...", "X is still president today": the office is told held now, at
            # the article's time, past what Archigos knows
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office in {records.as_of}", verdict="not_in_record",
                             record_value=f"Archigos ends on {_ARCHIGOS_END}", reason=_PAST_ARCHIGOS))
            continue
        undated = not dates
        own_dates = dates  # (the dates the office's clause tells, before any is borrowed)
        before = [d for d in told_dates if d.end <= m.start]
        told_then = _told_then(s, m)
        loose = False  # (whether the office is told at any of several times the paragraph told last)
        made: str | None = None  # (the agreement whose making the office is told at)
        if undated and before and (told_then or re.search(r",\s+(?:who\s+)?as\s", m.text)):
            # "Canada followed on 23 July 2010; Australia's prime minister then was Kevin Rudd", "the then president,
            # Charles Helou", "...; and X, as Canada's prime minister, sent ...": at the date the sentence told last
            undated, dates = False, before[-1:]
        elif undated and m.how not in _NAMED_ONLY and _told_then(s, m, of_any=False) and (
                then or any(d.end <= m.start for d in agreements_dates)):
            # "X, then Portugal's leader, signed it for Lisbon", told after "The treaty was signed in 1975.": the
            # clause tells no date of the office's, and "then" is the time told last (an agreement's date before it
            # in the sentence, "The Brussels Treaty of 17 March 1948 ...; X was then prime minister", else any the
            # paragraph's last sentence to tell one told), not any time Archigos has X lead
            dated = [d for d in agreements_dates if d.end <= m.start][-1:]
            made = None if dated else _agreement_made(s, m, records)
            undated, dates, loose = False, dated or list(then), not dated
        elif undated and m.how not in _NAMED_ONLY and (_SIGNING_TOLD.match(s.text[m.end - s.start:])
                                                       or _signed_by_told(s, m)) and not _told_still(s, m):
            # (an office told "still" held is read at the paragraph's time, below; a signer told in the passive,
            # "the treaty was signed for Kyiv by X", is read as "X signed it for Kyiv")
            # "X, Ghana's leader, signed it for Accra", "X, Paraguay's strongman, put his name to Rio": the office is
            # told at the signing of the agreement the leader is told signing (:func:`_signing_told`; a time the
            # sentence told before, past a semicolon, is that signing's: "..., signed in Nairobi on 14 December 2006,
            # added a clause; X, Burundi's president, signed it for Bujumbura")
            made, dates, loose = _signing_told(s, m, records, before[-1:] or then, referent)
            undated = not dates
        elif undated and m.how not in _NAMED_ONLY and (then or before) and _told_at_event(s, m):
            # "X, who led Albania at the time of the withdrawal", "X, Uruguay's president at the signing of the Rio
            # treaty": the office is told at an event, not at no date: at the signing of the agreement the event
            # names, else at the time the sentence, else the paragraph, told last (held at any of them, it is held
            # then)
            made = _agreement_signed_at(s, m, records)
            dates, loose = (before[-1:], False) if before else (list(then), True)
            undated = False
        still = _told_still(s, m)
        if still and undated and (before or article_year):
            # "Sukarno, still president, flew in to sign", "X was still in charge when Hanoi signed": the office is
            # told held at the time the sentence told last (past a semicolon too: "...the civil war of 1947; X was
            # still in charge"), else the paragraph's, not at no time
            undated, dates = False, before[-1:] or article_year
            if m.how in _NAMED_ONLY:
                m = m.model_copy(update={"how": "in office"})
        dates = dates or article_year
        if not dates:
            continue
        if told_by_pronoun and len(told_by_pronoun) % 2:
            told_by_pronoun.append(len(out))
        # "He stepped down": the leader named before, read only where the record agrees (the pronoun may stand for
        # someone else: no contradiction rests on it)
        pronoun = m.value if m.value and m.text.casefold() in {"he", "she"} else ""
        if pronoun:
            told_by_pronoun.append(len(out))
            m = m.model_copy(update={"text": f"{m.text} ({pronoun})"})
        name = pronoun or _leader_name(m)
        # the date the office is told at: "since 1862" right after the apposition, else the sentence's first
        told_end = _office_end(s, m)
        # (or past the state or seat it is held in: "X, in power in Zomba since 1964")
        since = re.match(r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?,?\s+" + _BEGUN_FROM,
                         s.text[told_end - s.start:])
        begun = next((d for d in dates if since is not None and d.start == told_end + since.end()), None)
        date = begun or _when_date(s, m, dates) or _acting_as_date(s, m, dates) or _own_clause_date(s, m, dates) \
            or dates[0]
        anothers = begun is None and _anothers_since(s, m, date)
        m = _taking_after(s, _office_beside_title(s, m))
        told = {int(x.target.split(":")[1]) for x in s.of("state") if x.target and x.target.startswith("state:") and (
            (m.start <= x.start < m.end and not aside[0] <= x.start < aside[1]) or (x.end <= m.start and re.fullmatch(
                r"(?:['’]s)?\s*", s.text[x.end - s.start:m.start - s.start]) is not None))}  # (or "Britain's" before)
        told |= _told_ruled(s, m)
        scope = told or {*s.states(), *pair}
        rows, sha256 = _archigos_spells(records.gaz, name, scope)
        if not rows or _namesake_only(rows, told, scope, date):
            # (a name Archigos spells otherwise: read of a leader in office about then; so too a name Archigos gives
            # only a namesake of another state, far from then or of a state other than the one told: "Enrique
            # Hertzog" of Bolivia in 1947, Archigos's "Herzog", not its South African Hertzog)
            rows = _alike_spells(records.gaz, name, scope, date, alone=m.how not in _NAMED_ONLY
                                 and not _ACTING.match(m.how) and _RULING_OFFICE.search(m.how) is not None) or rows
        acted = _when_acted(s, m, records, told, referent, own_dates)
        if acted is not None and _told_back_by_pronoun(s, m) and not any(
                _holds(r, _day_mention(m, acted)) for r in rows if r["ccode"] in scope):
            acted = None  # ("X was president when it was signed": "it" may stand for another agreement than the
            # one told last; as for a leader told by a pronoun, no contradiction rests on it)
        if acted is not None:  # (the day the record gives the act of an agreement the office is told held "when")
            made, undated, loose = None, False, False
            date = _day_mention(m, acted)
            dates = [date]
        if made is not None:  # (the agreement the sentence tells made, when the state the office is of made it)
            entered = records.entry_dates(made)
            day = next((entered[r["ccode"]] for r in rows if r["ccode"] in scope and r["ccode"] in entered),
                       records.gaz.treaties[made].signed)
            date = Mention(kind="date", text=day, start=m.start, end=m.start, value=day, precision="day")
            dates, loose = [date], False
        if loose:  # (held at one of them, the office is held "then": "in force from September 1961 until it was
            # replaced in March 1964. X, Dahomey's president at the time, ...")
            date = next((d for d in dates if any(_holds(r, d) for r in rows if r["ccode"] in scope)), dates[-1])
        turn = _office_turn(s, m, rows, scope, dates, sha256)
        if turn is not None:
            out.extend(turn)
            continue
        if _ACTING.match(m.how) or m.how in _NAMED_ONLY:
            if m.how == "named" and undated and (not article_year or _told_as_other(s.text, m.start - s.start)):
                continue  # (told at no date, nor after any: "Stalin approved it" after "signed in August 1939" is;
                # told at none and as holding another office, "Reza Khan, then commander of the Cossacks", is not)
            label = (m.target or "").removeprefix("leader:")
            named = _acting_claims(s, m, [r for r in rows if r["name"] == label] or rows, scope, date, sha256)
            if m.how == "named" and undated and named and named[0].verdict != "consistent":
                named = _led_about_then(s, m, [r for r in rows if r["name"] == label] or rows, scope, date, sha256)
            # (a person told beside no office, not leading then, is told of something else: nothing to check)
            # (nor is one told acting after Archigos ends, where Archigos has them leading when it ends: that
            # needs a ledger event)
            out.extend(c for c in named if m.how != "named" or c.verdict == "consistent" or c.reason == _PAST_ARCHIGOS)
            continue
        ranked = _ranked_in_office(s, m, rows, scope, date, sha256)
        if ranked:
            out.extend(ranked)
            continue
        if rows and not _RULING_OFFICE.search(m.how) and not _government_after(s, m) and not _ruler_counterpart(s, m):
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                             record_value=f"Archigos records states' leaders, not a {m.how.lower()}",
                             reason=f"Archigos (1875-2015) records who led each state, not who was its "
                                    f"{m.how.lower()}; that office needs a ledger event"))
            continue
        if not rows:
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                             record_value="no leader of that name in Archigos",
                             reason="Archigos (1875-2015) names no state's leader so; a foreign minister, a "
                                    "governor or a later leader needs a ledger event"))
            continue
        # (the only date told being when another leader's rule began, "X, who had ruled since 1961, received Y,
        # Algeria's ruler", the office is told at no date of its own)
        undated = undated or anothers
        said = _pdate(date.value or "")
        held = [r for r in rows if r["start_date"] <= said.latest() and (r["end_date"] is None
                                                                         or said.earliest() <= r["end_date"])]
        # (``told``: the state the office is told of, "Britain's prime minister, Harold Wilson", in 1917: not
        # America's; else a state the sentence or the article's pair tells) one of that name who led only other
        # states, not then nor within ten years, is someone else ("Francisco Solano López" in 1865: not Venezuela's)
        near = [r for r in rows if r["start_date"].year - 10 <= said.latest().year and said.earliest().year <= (
            r["end_date"].year if r["end_date"] is not None else 9999) + 10]
        own = [r for r in rows if r["ccode"] in scope] or ([] if told else near)
        # (and where Archigos gives that name to several leaders, one of a state told is the one told, not a
        # namesake leading elsewhere then: "Adolfo Suárez" in Spain in 1975, not Bolivia's Banzer Suárez)
        held = [r for r in held if r["ccode"] in scope] if told or any(r["ccode"] in scope for r in held) or (
            len({r["leader_id"] for r in rows}) > 1 and any(r["ccode"] in scope for r in rows)) else held
        if not held and not own:
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                             record_value=f"Archigos's {rows[0]['name']} led COW {rows[0]['ccode']}, a state not told "
                                          "here",
                             reason="Archigos names no leader so of the state told, nor one in office then"))
            continue
        chosen = held[0] if held else own[0]
        if _past_archigos(s, chosen, said, undated):
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                             record_value=_spell_in_words({**chosen, "end_date": None}),
                             reason=f"Archigos ends in {_ARCHIGOS_END.year}: who held the office later needs a "
                                    "ledger event"))
            continue
        spells = [r for r in rows if r["ccode"] == chosen["ccode"]]
        if loose and not held and (_far_from_spells(said, spells) or _long_before_spells(said, spells, name)):
            # (the paragraph's time years away from every spell of a leader so called: a namesake Archigos spells
            # otherwise, "Manuel Prado" in 1945 (its "Ugarteche"), or a time the "then" does not stand for; read as
            # told at no date)
            undated = True
        if not held and not undated and (re.search(r"\bparty$", m.how) is not None  # (a party led in opposition)
                                         or (not still and _far_from_spells(said, spells))
                                         or _long_before_spells(said, spells, name)):
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                             record_value=_spells_in_words(rows, chosen["ccode"]),
                             reason="Archigos has that person leading that state only years away from then; the "
                                    "office told is not one it records (a president beside a ruling premier, a "
                                    "minister)"))
            continue
        ref = RecordRef(kind="leader", id=str(chosen["leader_id"]), ledger="archigos", label=str(chosen["name"]),
                        sources=["archigos:" + sha256[:12]])
        office = _spell_in_words(chosen)
        if held and begun is not None and all(_pdate(begun.value or "").earliest().year != r["start_date"].year
                                              for r in held) and not _crowned_after_ruling(m, begun, held):
            # "Giscard d'Estaing, president of France from 1975": in office then, but since May 1974 (another year;
            # in the same year a "since" may date a re-election or a formal accession: "since November 1974")
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office since {begun.value}", verdict="contradicts",
                             record_value=office, reason=f"in office then, but from {chosen['start_date']}",
                             records=[ref]))
            continue
        edge = None if held or undated else _day_off_spell(said, [r for r in rows if r["ccode"] == chosen["ccode"]])
        if edge is not None:
            # "Ulmanis, prime minister from 15 March 1934": Archigos dates a spell by the day power changed hands
            out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                             claimed=f"{m.text} in office on {date.value}", verdict="within_tolerance",
                             record_value=_spell_in_words(edge),
                             reason="off by one day: Archigos dates a spell by the day power changed hands",
                             records=[ref.model_copy(update={"id": str(edge["leader_id"]),
                                                             "label": str(edge["name"])})]))
            continue
        out.append(Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                         claimed=f"{m.text} in office on {date.value}",
                         verdict="consistent" if held or undated else "contradicts", record_value=office,
                         reason="in office then" if held else "the article tells the office at no date of its own; "
                         "Archigos has that person leading that state" if undated else "not in office then",
                         records=[ref]))
    spans = [*told_by_pronoun, len(out)] if len(told_by_pronoun) % 2 else told_by_pronoun
    dropped = {i for a, b in zip(spans[::2], spans[1::2], strict=True) for i in range(a, b)
               if out[i].verdict not in {"consistent", "within_tolerance"}}
    return [c for i, c in enumerate(out) if i not in dropped]


#: The offices whose holder Archigos records, as a state's effective leader (the head of government or of state,
#: whichever rules); another office told of a person Archigos holds ("Foreign Secretary Eden", "Marshal Zhukov",
#: "Prince Konoe" out of office) is not one it can check.
_RULING_OFFICE = re.compile(
    r"(?<!vice\s)(?<!vice-)(?<!deputy\s)"  # (a vice president's or deputy premier's office is none of these)
    r"\b(?:president|premier|prime\s+minister|chairman|general\s+secretary|first\s+secretary|"
    r"party\s+(?:leader|chief)|tsar|czar|emperor|empress|chancellor|generalissimo|king|queen|shah|sultan|emir|kaiser|"
    r"minister-president|ruler|dictator|strongman|regent|monarch|real\s+power|head\s+of\s+(?:the\s+|a\s+|its\s+)?(?:new\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?:state|government|regime)|"
    r"on\s+the\s+throne|"
    r"led\s+the|ruled|governed|" + _TAKING_POWER + r"|held\s+power|in\s+power|in\s+office|took\s+office|"
    r"installed|taken\s+office|ruling|ran|run|running|led|leading|headed|heading|government|cabinet|junta|leader|under|"
    r"regime|administration|reigned|reigning|succeeded|party|"
    r"downing\s+street|white\s+house|kremlin|[eé]lys[eé]e|fell|" + _LEAVING_POWER + r")\b", re.IGNORECASE)


#: What a leader is told doing at an event, holding no office the sentence tells (:data:`foedus.check.mentions.
#: _LEADER_ACTING`: "signed", "stood beside", "led the Yugoslav delegation").
_ACTING = re.compile(r"^(?:signed|guaranteed|stood\s+\w+(?:\s+to)?|received|hosted|welcomed|hailed|"
                     r"(?:led|leads|headed|heads)\s+the\s+(?:\S+\s+)?delegation)$")


#: What the backstop (:func:`foedus.check.mentions._leaders_named`) tells of a person Archigos names beside no office:
#: nothing ("named"), or being in the capital of a state they led ("in the capital"); read as an act, never a
#: contradiction (:func:`_acting_claims`).
_NAMED_ONLY = frozenset({"named", "in the capital"})


def _acting_claims(s: Sentence, m: Mention, rows: list[dict[str, Any]], scope: set[int], date: Mention,
                   sha256: str) -> list[Claim]:
    """Return the claim of a leader told acting for a state at an event ("Willy Brandt signed the treaty in August
    1970"): consistent where Archigos has that person leading a state told (else any state) then; else not in the
    record, never a contradiction (a former leader, or one acting before taking office, may sign as an envoy or a
    minister: the act tells no office)."""
    said = _pdate(date.value or "")
    held = [r for r in rows if r["start_date"] <= said.latest() and (r["end_date"] is None
                                                                     or said.earliest() <= r["end_date"])]
    held = [r for r in held if r["ccode"] in scope] or held
    if held and not (held[0]["end_date"] is None and said.earliest() > _ARCHIGOS_END):
        chosen = held[0]
        ref = RecordRef(kind="leader", id=str(chosen["leader_id"]), ledger="archigos", label=str(chosen["name"]),
                        sources=["archigos:" + sha256[:12]])
        return [Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                      claimed=f"{m.text} in office on {date.value}", verdict="consistent",
                      record_value=_spell_in_words(chosen), reason="in office then", records=[ref])]
    if not rows:
        return []
    if held and said.earliest() > _ARCHIGOS_END:
        # (leading when Archigos ends, told acting later: "Shinzo Abe visited Manila in January 2017")
        chosen = held[0]
        return [Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                      claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                      record_value=_spell_in_words({**chosen, "end_date": None}),
                      reason=_PAST_ARCHIGOS)]
    return [Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{m.text} in office on {date.value}", verdict="not_in_record",
                  record_value="; ".join(_spell_in_words(r) for r in rows[:3]),
                  reason="Archigos has that person leading no state then; the act tells no office it records")]


#: How many years from the year a paragraph last told a person named there at no date of the sentence's own may
#: have led a state told for the sentence to be read of that rule (:func:`_led_about_then`).
_ABOUT_THEN_YEARS = 10


def _led_about_then(s: Sentence, m: Mention, rows: list[dict[str, Any]], scope: set[int], date: Mention,
                    sha256: str) -> list[Claim]:
    """Return the claim of a person named bare at no date of the sentence's own ("Stalin approved it"), not leading
    in the year the paragraph last told: consistent where Archigos has that one person leading a state the sentence or
    article tells within :data:`_ABOUT_THEN_YEARS` of it (the paragraph's year is not the act's: "In 1945 the war
    ended. Tito broke with Stalin", of 1948); none otherwise, and never a contradiction."""
    said = _pdate(date.value or "")
    if said.earliest() > _ARCHIGOS_END:  # (a paragraph of today's: who leads now is past the table)
        return []
    near = [r for r in rows if r["ccode"] in scope and r["start_date"].year - _ABOUT_THEN_YEARS <= said.latest().year
            and said.earliest().year <= (r["end_date"].year if r["end_date"] is not None else 9999)
            + _ABOUT_THEN_YEARS]
    if not near or len({r["leader_id"] for r in near}) != 1:
        return []
    chosen = min(near, key=lambda r: _gap(said, _pdate(r["start_date"].isoformat())))
    ref = RecordRef(kind="leader", id=str(chosen["leader_id"]), ledger="archigos", label=str(chosen["name"]),
                    sources=["archigos:" + sha256[:12]])
    return [Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{m.text} in office about {date.value}", verdict="consistent",
                  record_value=_spell_in_words(chosen),
                  reason="the article tells the act at no date of its own; Archigos has that person leading that "
                         "state within a few years of the paragraph's", records=[ref])]


#: A military rank told before a name ("Marshal Tito", "Field Marshal Sarit"): no office, but the person may be the
#: state's leader all the same (:func:`_ranked_in_office`).
_RANK = re.compile(r"(?:Field\s+)?Marshal|General|Generalissimo|Admiral|Colonel|Major|Captain", re.IGNORECASE)


def _ranked_in_office(s: Sentence, m: Mention, rows: list[dict[str, Any]], scope: set[int], date: Mention,
                      sha256: str) -> list[Claim]:
    """Return the claim of a person told by a military rank alone ("Marshal Tito received the delegation in July
    1956", "Admiral Horthy"), read as a leader told acting (:func:`_acting_claims`) where Archigos has that person
    leading a state told then: the rank is no office, yet the one who holds it then leads the state; none otherwise
    (the rank is read as another office Archigos does not record, a general's command)."""
    if not rows or _RANK.fullmatch(m.how.strip()) is None:
        return []
    named = _acting_claims(s, m, rows, scope, date, sha256)
    return named if named and named[0].verdict == "consistent" and any(r["ccode"] in scope for r in rows) else []


#: The seats of states' leaders, told for the state ("Churchill was in Downing Street"), by COW code.
_SEATS = {"downing street": 200, "the white house": 2, "the kremlin": 365, "the élysée": 220, "the elysée": 220,
          "the elysee": 220, "the élysee": 220}


#: Offices told taking power (read against a spell's start) and leaving it (against its end).
_TAKING_OFFICE = re.compile(rf"^{_TAKING_POWER}$|^(?:took|taken)\s+office$|^was\s+installed$|^succeeded$")


_LEAVING_OFFICE = re.compile(rf"^(?:{_LEAVING_POWER}|"
                             r"fell|(?:ruled|reigned|governed|(?:held|remained|stayed|was)\s+in\s+(?:power|office)|"
                             r"held\s+power)\s+until)$")


#: Ruling told by a verb, the state told right after ("Marcos ruled in Manila", "Zia ruling Pakistan").
_RULING_VERB = re.compile(r"^(?:ruled|ruling|ran|running|led|leading|governed|held\s+power|was\s+in\s+power|reigned|"
                          r"reigning|on\s+the\s+throne)$")


def _told_ruled(s: Sentence, m: Mention) -> set[int]:
    """Return the state a leader is told ruling by the verb or seat of the office: the state told right after
    "ruled" or "held power in" ("Marcos ruled in Manila"), or the seat's ("Churchill was in Downing Street")."""
    seat = _SEATS.get(re.sub(r"\s+", " ", m.how).casefold())
    if seat is not None:
        return {seat}
    states = [x for x in s.of("state") if x.target and x.target.startswith("state:")]
    if re.fullmatch(r"government|junta|cabinet", m.how) and m.text.startswith(m.how):
        # "Poland's government was headed by Bierut": the state told before the government
        return {int(x.target.split(":")[1]) for x in states if x.target and re.fullmatch(
            r"(?:['’]s)?\s*", s.text[x.end - s.start:m.start - s.start])}
    if not _RULING_VERB.match(m.how):
        return set()
    end = _office_end(s, m)
    return {int(x.target.split(":")[1]) for x in states if x.target and end <= x.start and re.fullmatch(
        r"\s+(?:in\s+|the\s+)?", s.text[end - s.start:x.start - s.start])}


#: A state's leadership told right after a leader named with a rank or another title ("Marshal Ion Antonescu ruling
#: Romania", "General Ne Win was Burma's head of state", "Colonel Qaddafi ruled in Tripoli").
_OFFICE_AFTER_TITLE = re.compile(
    r",?\s+(?:(?:was|had\s+been|became)\s+(?:(?:then|still|already|now|by\s+then)\s+)?"
    r"(?:[A-Z][\w-]*['’]s\s+|the\s+(?:[A-Z][\w-]*\s+)?)?(?:(?:first|new)\s+)?(?P<office>prime\s+minister|president|"
    r"premier|head\s+of\s+(?:the\s+)?(?:state|government)|ruler|dictator|regent|king|emperor|shah|sultan|emir|"
    r"leader|(?:real|true|actual)\s+(?:power|ruler|master))|(?P<verb>ruling|ruled|reigned|governed)\s+(?:in\s+)?"
    r"(?=[A-Z]))\b(?![’'-]s\b)")


def _office_beside_title(s: Sentence, m: Mention) -> Mention:
    """Return a leader's mention by a title that is no state's leadership ("Marshal", "Foreign Minister", "the war
    minister") as one told by the leadership told beside it: the office or ruling right after ("Field Marshal Phibun
    was Thailand's prime minister", "Marshal Antonescu ruling Romania", "Enver Pasha, the war minister, was the real
    power"; ruling only after a title before the name) or "under" right before ("under Marshal Sarit"); the mention
    itself otherwise."""
    if _RULING_OFFICE.search(m.how):
        return m
    after = _OFFICE_AFTER_TITLE.match(s.text[m.end - s.start:])
    if after is not None and (m.text.startswith(m.how) or after.group("office")):  # ("Enver Pasha, the war
        # minister, was the real power in the capital")
        told = after.group("office") or after.group("verb")
        end = m.end + (after.end() if after.group("office") else after.start("verb") + len(told))
        return m.model_copy(update={"how": re.sub(r"\s+", " ", told), "end": end,
                                    "text": s.text[m.start - s.start:end - s.start]})
    if m.text.startswith(m.how) and re.search(r"\bunder\s+(?:(?:Field|Grand)\s+)?$", s.text[:m.start - s.start]):
        return m.model_copy(update={"how": "under"})
    return m


def _taking_after(s: Sentence, m: Mention) -> Mention:
    """Return the leader's mention as one taking office where a relative clause right after it tells so: "his prime
    minister, Abdou Diouf, who took office on 1 January 1981" (read against the spell's start, not as an office held
    at the sentence's first date)."""
    after = re.match(rf",?\s+who\s+(?:had\s+)?(took\s+office|{_TAKING_POWER}|was\s+installed)\b",
                     s.text[m.end - s.start:])
    return m if after is None else m.model_copy(update={"how": re.sub(r"\s+", " ", after.group(1))})


def _agreement_made(s: Sentence, m: Mention, records: _Records, *, signing: bool = False) -> str | None:
    """Return the agreement a leader told "then" is told in the time of, the sentence telling no date: the last the
    record holds named before the leader ("The 1992 pact ...; it was signed for Greece under X, then prime minister"),
    else one the leader is told making right after (:data:`_SIGNING_AFTER`: "X, then president, put Haiti's name to
    the Rio treaty"); ``None`` where the sentence names none so (an agreement told back, "signed it", may be read as
    another than the one meant: the paragraph's time is surer)."""
    told = [x for x in s.of("agreement") if x.target and x.target.removeprefix("treaty:") in records.gaz.treaties
            and x.how != "anaphora"]
    before = [x for x in told if x.end <= m.start]
    after = [x for x in told
             if x.start >= m.end and _SIGNING_AFTER.fullmatch(s.text[m.end - s.start:x.start - s.start])]
    found = after[:1] if signing else before[-1:] or after[:1]
    return (found[0].target or "").removeprefix("treaty:") if found else None


#: A leader told signing right after the mention, past an apposition at most: "X, Ghana's leader, signed it for
#: Accra", "X signed for Kyiv", "X put his name to it" (:func:`_leader_claims` reads the office at that signing).
_SIGNING_TOLD = re.compile(r"(?:,[^,;()]{1,60},|,)?\s+(?:signed|put\s+(?:his|her)\s+(?:name|signature)\s+to)\b")


def _signing_told(s: Sentence, m: Mention, records: _Records, then: Sequence[Mention], referent: str | None
                  ) -> tuple[str | None, list[Mention], bool]:
    """Return the agreement, the dates and whether the office is held at any of them, for a leader told signing
    (:data:`_SIGNING_TOLD`) in a clause telling no date: the agreement named after the verb ("put his name to the
    Rio treaty"), else the time the sentence, else the paragraph, told last ("... signed in Freetown on 29 May 1981.
    X, Ghana's leader, signed it for Accra"), else the agreement "it" stands for, else (the sentence naming none)
    the one the article told last ("signed for Kyiv"), read at the day the record gives for that agreement's
    signing."""
    passive = _signed_by_told(s, m)  # ("the treaty was signed for Kyiv by X": the agreement told before the name)
    named = _agreement_made(s, m, records, signing=not passive)
    if named is None and then:
        return None, list(then), True
    back = [x.target.removeprefix("treaty:") for x in s.of("agreement") if x.target and x.how == "anaphora"
            and (x.start >= m.end or passive)]
    made = named or (back[0] if back else None if s.agreements() else referent)
    if made is None or made not in records.gaz.treaties:
        return None, [], False
    day = records.gaz.treaties[made].signed
    return made, [Mention(kind="date", text=day, start=m.start, end=m.start, value=day, precision="day")], False


#: A leader told signing in the passive, right before the mention ("the treaty was signed for Kyiv by X", "signed by
#: X and Y", "signed by President X"): read as "X signed" is (:func:`_signing_told`).
_SIGNED_BY_BEFORE = re.compile(r"\bsigned(?:\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z][\w'’-]*"
                               r"(?:\s+[A-Z][\w'’-]*)?)?\s+by\s+(?:[^,;.()]{3,40}?,?\s+and\s+(?:by\s+)?)?(?:[A-Z][a-z]+(?:\s+Minister)?\s+)?$")


def _signed_by_told(s: Sentence, m: Mention) -> bool:
    """Whether a leader is told signing in the passive, the name after "by" (:data:`_SIGNED_BY_BEFORE`)."""
    return m.how == "signed" and _SIGNED_BY_BEFORE.search(s.text[:m.start - s.start]) is not None


#: An event a leader's office is told held at, right after the mention (past the state or seat the office is of, a
#: few words at most): "X, who led Albania at the time of the withdrawal", "X, Congo's president at the signing", "X
#: was already prime minister at the time of the coup". Not "at the time" alone (that is a "then":
#: :func:`_told_then`). Offices told "when ..." or "during ..." an event are not read so: measured on texts nobody
#: had read, reading them at the time told last made two verdicts wrong for every three it made right (the event is
#: often not at that time).
_AT_EVENT_AFTER = re.compile(r"(?:,\s+who\s+(?:led|ruled|governed|headed|ran)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|"
                             r"\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
                             r"(?:\s+(?:was|were|had\s+been))?(?:\s+already)?(?:\s+[a-z][\w'-]*){0,4}?"
                             r"\s+(?:at\s+the\s+time\s+of|at\s+the\s+signing)\b")

#: A sentence telling, before the leader, that time has moved on from the time told last ("By then X had died;",
#: "Later,"): the event the office is told at is not at that time.
_TIME_MOVED = re.compile(r"\b(?:[Bb]y\s+(?:then|that\s+time)|[Ll]ater|[Aa]fterwards|[Aa]fter\s+that)\b")

#: A signing told in the event ("at the signing of the pact").
_EVENT_SIGNING = re.compile(r"\b(?:signed|signing|concluded)\b")


def _told_at_event(s: Sentence, m: Mention) -> bool:
    """Whether a leader's office is told held at an event (:data:`_AT_EVENT_AFTER`): the office has a time, the
    event's, which the checker reads at the time the article told last, not as told at no date (where any spell of
    that person leading agrees)."""
    if _TIME_MOVED.search(s.text[:m.start - s.start]):
        return False  # ("By then X had died; Y was prime minister at the time of the war": a time past the one told
        # last)
    return _AT_EVENT_AFTER.match(s.text[m.end - s.start:]) is not None


def _agreement_signed_at(s: Sentence, m: Mention, records: _Records) -> str | None:
    """Return the agreement whose signing the event a leader's office is told at names ("X, Uruguay's president
    at the signing of the Rio treaty"): one the record holds named in the event's clause, which tells a signing; else
    ``None``."""
    clause = re.split(r"[;.]", s.text[m.end - s.start:], maxsplit=1)[0]  # (the event's clause: up to ";" or ".")
    end = m.end + len(clause)
    if _EVENT_SIGNING.search(clause) is None:
        return None
    told = [x for x in s.of("agreement") if m.end <= x.start < end and x.how != "anaphora" and x.target
            and x.target.removeprefix("treaty:") in records.gaz.treaties]
    return (told[0].target or "").removeprefix("treaty:") if told else None


#: A "when" clause right after a leader's mention (past a few words of the office, or a relative clause of rule), or
#: opening the sentence right before it: "X, Uruguay's president when the Rio Treaty was signed", "X was Niger's head
#: of state when the pact was signed", "X, who led Colombia when it signed the declaration", "When Pakistan walked
#: out, X was already prime minister". Not past an apposition ("X, the Soviet leader when ..."): measured, the clause
#: there was as often another's.
_WHEN_AFTER = re.compile(r"(?:,\s+who\s+[a-z][^,;.()]{0,40}?|[^,;.()]{0,50}?)\s+when\s+(?P<event>[^,;.()]{3,90})")
_WHEN_BEFORE = re.compile(r"\W*(?:(?:And|But|So)\s+)?When\s+(?P<event>[^,;.()]{3,90}),\s*")

#: What the "when" clause tells of the agreement: its making ("was signed", "was founded", "Colombia signed it"), a
#: state's entry ("Chile joined"), its end ("lapsed", "was wound up") or a state's exit ("Pakistan walked out").
_EVENT_MADE = re.compile(r"\b(?:(?:was|were)\s+(?:first\s+|formally\s+|finally\s+)?(?:signed|concluded|founded|"
                         r"set\s+up|created|established|formed)|signed|concluded|founded|set\s+up)\b")
_EVENT_JOINED = re.compile(r"\b(?:joined|acceded|adhered|entered)\b")
_EVENT_ENDED = re.compile(r"\b(?:lapsed|expired|ended|collapsed|ran\s+out|came\s+to\s+an\s+end|"
                          r"(?:was|were)\s+(?:formally\s+|finally\s+)?(?:wound\s+up|dissolved|abrogated|terminated|"
                          r"scrapped|disbanded|dismantled))\b")
_EVENT_LEFT = re.compile(r"\b(?:left|withdrew|walked\s+out|pulled\s+out|quit)\b")

#: A word telling the agreement back in the event ("when the pact was signed", "when it lapsed"): the one the
#: article last told of.
_EVENT_ANAPHOR = re.compile(r"^(?:it|the\s+(?:treaty|pact|alliance|agreement|accord|arrangements?|declaration|charter|"
                            r"protocol|convention|entente|league))\b", re.IGNORECASE)


def _when_acted(s: Sentence, m: Mention, records: _Records, told: set[int], referent: str | None,
                own_dates: Sequence[Mention]) -> str | None:
    """Return the day the record gives the act of an agreement a leader's office is told held "when"
    (:data:`_WHEN_AFTER`, :data:`_WHEN_BEFORE`; the sentence telling no date up to the clause's end): its signing
    (the state's entry, where the clause or the office tells the state: "X, Uruguay's president when the Rio Treaty
    was signed"), a state's entry or exit ("When Pakistan walked out, X was already prime minister"), or its end
    ("X, New Zealand's prime minister when SEATO was wound up"). The office is told at that day, not at no date
    (where any spell of that person leading would agree) nor at the year the paragraph told last. ``None`` where the
    clause names no agreement the record holds, nor tells one back, or tells another act (a war, a visit)."""
    found = _when_clause(s, m)
    if found is None or m.how in _NAMED_ONLY or _ACTING.match(m.how) or _RULING_OFFICE.search(m.how) is None:
        return None
    after = found.re is _WHEN_AFTER
    lo = (m.end if after else s.start) + found.start("event")
    hi = (m.end if after else s.start) + found.end("event")
    event = found.group("event")
    if any(d.start < hi for d in own_dates):
        return None  # (a date told before the clause ends is the office's own: "X, president when it was signed in
        # 1947"; one told after it, in the predicate, is another act's: "..., had denounced it since 2012")
    # (an agreement told back by a noun with a word of its own, "when the defence pact was concluded", may be another
    # instrument than the one told last: only a bare noun, or a name, is read)
    named = [x for x in s.of("agreement") if lo <= x.start < hi and x.target
             and x.target.removeprefix("treaty:") in records.gaz.treaties
             and (x.how != "anaphora" or _EVENT_ANAPHOR.match(x.text))]
    actors = [int(x.target.split(":")[1]) for x in s.of("state") if lo <= x.start < hi and x.target
              and x.target.startswith("state:")]
    if after and re.search(r"\b[A-Z][\w-]*['’]s?\s", _states_blanked(s, m.end, lo)):
        return None  # (an office of another person's, "X, who had been Atatürk's prime minister when it was signed":
        # not the state's leadership Archigos records)
    subject = re.match(r"(?:it|he|she)\s", event) is not None
    # (the state's own exit told by a noun: "X, Venezuela's president when the exit took effect")
    own_exit = re.match(r"(?:the|its)\s+(?:exit|withdrawal|departure)\s+(?:took\s+effect|came)\b", event) is not None
    # (a name in the clause that is no state's: "when Britain left the Commonwealth", an agreement the record does
    # not hold, not the one the article told last)
    blanked = _states_blanked(s, lo, hi)
    if named:
        slug = (named[0].target or "").removeprefix("treaty:")
    elif referent is not None and referent in records.gaz.treaties and re.search(r"\b[A-Z]", blanked) is None and (
            _EVENT_ANAPHOR.match(event) or re.search(r"\b(?:it|the\s+(?:treaty|pact|alliance|agreement))$", event)
            or (actors and _EVENT_LEFT.search(event)) or own_exit):
        slug = referent
    else:
        return None
    if actors:
        state: int | None = actors[0]
    elif (own_exit or (subject and not _EVENT_ANAPHOR.match(event))) and len(told) == 1:
        state = next(iter(told))  # ("X, who led Colombia when it signed the declaration": Colombia)
    else:
        state = None
    treaty = records.gaz.treaties[slug]
    if _EVENT_ENDED.search(event) and state is None:
        return _ended_day(records, slug)
    if (_EVENT_LEFT.search(event) or own_exit) and state is not None:
        exits = [exited for agreement, code, _, exited in records.member_dates() if agreement == slug and code == state]
        return exits[0][:10] if exits and exits[0] and len(exits[0]) >= 10 else None
    if _EVENT_MADE.search(event) or (_EVENT_JOINED.search(event) and state is not None):
        entered = records.entry_dates(slug)
        if state is not None:
            return entered.get(state)
        codes = [c for c in told if c in entered]
        return entered[codes[0]] if len(codes) == 1 else treaty.signed if len(treaty.signed) >= 10 else None
    return None


def _when_clause(s: Sentence, m: Mention) -> re.Match[str] | None:
    """Return the "when" clause right after a leader's mention (:data:`_WHEN_AFTER`, matched from the mention's end)
    or opening the sentence right before it (:data:`_WHEN_BEFORE`, from the sentence's start), or None."""
    return _WHEN_AFTER.match(s.text[m.end - s.start:]) or _WHEN_BEFORE.fullmatch(s.text[:m.start - s.start])


def _told_back_by_pronoun(s: Sentence, m: Mention) -> bool:
    """Whether the "when" clause after or before a leader's mention tells its agreement by a pronoun ("when it was
    signed", "when Colombia signed it")."""
    found = _when_clause(s, m)
    return found is not None and re.search(r"\bit\b", found.group("event")) is not None


def _day_mention(m: Mention, day: str) -> Mention:
    """Return ``day`` (``YYYY-MM-DD``) as a date mention standing at ``m``."""
    return Mention(kind="date", text=day, start=m.start, end=m.start, value=day, precision="day")


def _states_blanked(s: Sentence, lo: int, hi: int) -> str:
    """Return the sentence's text from ``lo`` to ``hi`` (offsets in the article) with the states it names blanked."""
    return "".join(" " if any(x.start <= lo + i < x.end for x in s.of("state")) else ch
                   for i, ch in enumerate(s.text[lo - s.start:hi - s.start]))


def _ended_day(records: _Records, slug: str) -> str | None:
    """Return the day the record ends an agreement: its own end, else (a coding telling it ended: SEATO, "dissolved
    jointly", whose ledger dates only its members' exits) the last day a member left it; ``None`` where the record
    gives no day."""
    ended = records.gaz.treaties[slug].ended or records.ended(slug)
    if ended:
        return str(ended)[:10] if len(str(ended)) >= 10 else None
    if not any(r["ending"] not in {None, "in_force"} for r in records.outcomes(slug)):
        return None
    exits = [exited for agreement, _, _, exited in records.member_dates() if agreement == slug and exited]
    last = max(exits, default=None)
    return last[:10] if last is not None and len(last) >= 10 else None


def _holds(spell: dict[str, Any], date: Mention) -> bool:
    """Whether an Archigos ``spell`` in office overlaps the time ``date`` tells (a year or a month at any of its
    days)."""
    said = _pdate(date.value or "")
    return bool(spell["start_date"] <= said.latest() and (spell["end_date"] is None
                                                            or said.earliest() <= spell["end_date"]))


def _told_then(s: Sentence, m: Mention, *, of_any: bool = True) -> bool:
    """Whether a leader's office is told "then" (or "at the time"; not "by then") in its mention, right beside it or
    ending the predicate told of it ("X was leading China then"): the time is the one the sentence, else its
    paragraph, told last before it. Not ``of_any``, not "at the time of" something (which the sentence may not tell:
    "at the time of the announcement")."""
    then = r"(?<!\b[Bb]y\s)\b(?:then|at\s+the\s+time" + ("" if of_any else r"(?!\s+of\b)") + r"|at\s+that\s+time)\b"
    return re.search(then + r"[^,;]{0,40}$", s.text[max(0, m.start - s.start - 40):m.start - s.start]) is not None \
        or re.search(then, m.text) is not None or re.match(r",?\s+" + then, s.text[m.end - s.start:]) is not None \
        or re.match(r"\s+(?:was|were|had\s+been)\s+[^,;.]{0,40}?" + then + r"(?=\s*(?:[,;.]|$))",
                    s.text[m.end - s.start:]) is not None  # ("X was leading China then": ending its predicate)


def _told_now(s: Sentence, m: Mention) -> bool:
    """Whether a leader's office is told as held now, by the article's time ("the current prime minister of Israel,
    X", "its present king, X", "X, the sitting president"), not at the time the sentence tells."""
    now = r"\b(?:current|present|sitting|incumbent|today['’]s)\s+"
    return re.search(now + r"(?:[\w'-]+\s+){0,2}(?:of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+)?$",
                     s.text[max(0, m.start - s.start - 60):m.start - s.start]) is not None \
        or re.search(now, m.text) is not None


#: A present-tense (or future) predicate right after a leader's name, past an apposition at most, the mention's own
#: too ("Erdogan, Turkey's president" + ", is hoping"): "X has warned", "X, the Cuban president, is in Havana", "X,
#: who remains president", "X is still president today", "X's government has said", "X, the prime minister, will
#: want", "King X reigns". Not one of reputation told now of a past office ("X is still remembered", "X is often
#: credited"), nor one whose office is told at a time after it ("X, president when the war ended, is ...": no comma
#: right after the mention).
_PRESENT_PREDICATE = re.compile(r"(?:,[^,;()]{1,60},|,(?=\s))?(?:\s+(?:government|administration|cabinet|office))?"
                                r"\s+(?:who\s+)?(?:has|is|remains|says|will|reigns|rules|governs)\b"
                                r"(?!\s+(?:said|reported|believed|thought|known|remembered)\s+to\b)"
                                r"(?!\s+(?:\w+ly\s+|still\s+)?(?:remembered|credited|known|regarded|seen|described|"
                                r"called|named|blamed|praised|hailed|revered|honoured|honored|celebrated|a\s+name)\b)")


def _told_present(s: Sentence, m: Mention) -> bool:
    """Whether a leader who holds an office the mention tells (or is told "still" holding one) is told acting or
    holding it in the present tense ("President X has warned against any operation", "X is still president
    today"): the office is told held now, at the article's time, not at the time of the paragraph."""
    return (m.how not in _NAMED_ONLY or _told_still(s, m)) and _PRESENT_PREDICATE.match(
        s.text[m.end - s.start:]) is not None


def _told_still(s: Sentence, m: Mention) -> bool:
    """Whether a leader is told "still" holding an office, in the mention or right after it ("Sukarno, still
    president, ...", "X was still in charge when ...", "X is still president"): the office is the one the record
    holds, told at the time the paragraph tells (a former leader "then" holding another office is no such
    continuity)."""
    still = r"\bstill\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:president|premier|prime\s+minister|chancellor|king|queen|emperor|"\
        r"leader|ruler|regent|in\s+(?:charge|power|office)|ruling|running|leading|heading|at\s+the\s+helm)\b"
    held = r",?\s+(?:who\s+)?(?:was|were|remained|is|are|remains)?\s*"
    return re.search(still, m.text, re.IGNORECASE) is not None or re.match(
        held + still, s.text[m.end - s.start:], re.IGNORECASE) is not None


def _acting_as_date(s: Sentence, m: Mention, dates: list[Mention]) -> Mention | None:
    """Return the date of what a leader told "as" an office is told doing, the first date after the mention in its
    clause: "In 1962 the pact was renewed, and Ferdinand Marcos, who as president sent engineers in 1966, ..." (1966,
    not the sentence's first); none where the office is told otherwise, or another leader is told between."""
    if re.search(r",\s+(?:who\s+)?as\s", m.text) is None:
        return None
    return next((d for d in dates if d.start >= m.end and re.search(r"[;:]", s.text[m.end - s.start:d.start - s.start])
                 is None and not any(m.end <= x.start < d.start for x in s.of("leader"))), None)


def _own_clause_date(s: Sentence, m: Mention, dates: list[Mention]) -> Mention | None:
    """Return the date told after a leader in a clause of the leader's own, joined to one before it that tells the
    sentence's first date ("Qaboos took power in July 1970, and Zayed became the UAE's first president in December
    1971": December 1971 for Zayed, not July 1970); none where the sentence's first date is told in the leader's own
    clause, or no date follows the leader in it before another leader."""
    first = dates[0]
    if first.end > m.start or _CLAUSE_JOIN.search(s.text[first.end - s.start:m.start - s.start]) is None:
        return None
    return next((d for d in dates if d.start >= m.end and _CLAUSE_JOIN.search(s.text[m.end - s.start:d.start - s.start])
                 is None and not any(m.end <= x.start < d.start for x in s.of("leader"))), None)


#: Where a clause with a subject of its own joins the one before it: ", and", ", while", ", but", ", whereas", a
#: semicolon.
_CLAUSE_JOIN = re.compile(r",\s+(?:and|while|but|whereas|whilst)\s|;")


#: The words before the date a leader's rule began at: "since 1945", "from the summer of 1961", "since his 1965 coup".
_BEGUN_FROM = r"(?:since|from)\s+(?:the\s+[\w-]+\s+of\s+|(?:his|her|its|their)\s+)?"


def _anothers_since(s: Sentence, m: Mention, date: Mention) -> bool:
    """Whether ``date`` tells when another leader's rule began ("Tito, who had ruled since 1945, received Nasser,
    Egypt's president"; "Franco had ruled since 1939, while Salazar, Portugal's premier, ..."): a "since" or "from"
    date whose nearest leader before it is not ``m``. It dates that one's office, not this one's."""
    if not re.search(r"\b" + _BEGUN_FROM + "$", s.text[:date.start - s.start]):
        return False
    before = [x for x in s.of("leader") if x.end <= date.start]
    return bool(before) and before[-1].start != m.start


def _when_date(s: Sentence, m: Mention, dates: list[Mention]) -> Mention | None:
    """Return the date a "when" clause the leader is told in hangs on: "Nicaragua signed in October 1948, when
    Somoza held power in Managua and Figueres led the junta in San Jose" (October 1948, not the sentence's first); or
    the date a rule told right after hangs on: "Iraq joined on 24 February 1955, under Nuri al-Said"."""
    return next((d for d in reversed(dates) if d.end <= m.start and re.fullmatch(
        r"[^;.]*?,?\s+(?:when|by\s+which\s+time|by\s+then|by\s+that\s+time)\s+[^;.]*|"
        r",?\s+(?:(?:signed|concluded|negotiated|agreed|made|ratified)\s+)?under\s+",
        s.text[d.end - s.start:m.start - s.start])), None)


#: The titles of a crown, which its holder may take years after ruling as regent or heir ("King of Prussia since
#: 1861", regent from 1858).
_CROWN = re.compile(r"\b(?:king|queen|emperor|empress|tsar|czar|kaiser|shah|sultan|emir|monarch)\b", re.IGNORECASE)


#: How many years after Archigos starts a monarch's rule the crown told "since" may have been taken.
_CROWN_YEARS = 5


def _crowned_after_ruling(m: Mention, begun: Mention, held: list[dict[str, Any]]) -> bool:
    """Whether a crown told held "since" a year is one taken within :data:`_CROWN_YEARS` after Archigos starts the
    holder's rule (ruling first as regent or heir: "Wilhelm I, King of Prussia since 1861", Archigos from 1858): no
    contradiction of the rule's start."""
    year = _pdate(begun.value or "").earliest().year
    return _CROWN.search(m.how) is not None and any(
        r["start_date"].year < year <= r["start_date"].year + _CROWN_YEARS for r in held)


#: The last day Archigos records: a spell open then ran on past what it knows.
_ARCHIGOS_END = _dt.date(2015, 12, 31)


def _later_office(s: Sentence, m: Mention, dates: list[Mention], records: _Records) -> Claim | None:
    """Return an office told of a leader who took office after Archigos ends (:func:`later_leaders`, linked by
    name: "Fumio Kishida visited Delhi last month", "Indonesia inaugurated Prabowo Subianto as president") as not
    in the record, at the sentence's first date, else the article's time; ``None`` for any other leader. Archigos
    holds no spell of theirs, so no date told of them can agree with it or contradict it (nor may a namesake it
    holds stand in: "Giuseppe Conte" is not Guinea's Conté)."""
    label = (m.target or "").removeprefix("leader:")
    known = {leader: (ccode, day) for leader, ccode, day in later_leaders().values()}
    if not m.target or label not in known:
        return None
    when = dates[0].value if dates and dates[0].value else str(records.as_of)
    return Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                 claimed=f"{m.text} in office in {when}", verdict="not_in_record",
                 record_value="no leader of that name in Archigos",
                 reason=f"Archigos ends in {_ARCHIGOS_END.year}, before {label} took office on {known[label][1]}: "
                        "who held the office later needs a ledger event")


#: Why an office told after :data:`_ARCHIGOS_END`, of a leader in office when Archigos ends, is not in the record.
_PAST_ARCHIGOS = f"Archigos ends in {_ARCHIGOS_END.year}: who held the office later needs a ledger event"


def _past_archigos(s: Sentence, spell: dict[str, Any], said: PartialDate, undated: bool) -> bool:
    """Whether an office is told at a time after Archigos ends, of a spell open when it ends ("Xi Jinping, China's
    president, in November 2022"): the record cannot tell. An office told at no date of its own, the article's year
    standing for it, is read so only where the sentence tells no year Archigos covers ("Erdogan was prime minister
    when the 2010 treaty was signed" is told of 2010)."""
    return spell["end_date"] is None and said.earliest() > _ARCHIGOS_END and not (
        undated and re.search(r"\b(?:1[89]\d\d|20(?:0\d|1[0-5]))\b", s.text) is not None)


def _clause_dated(s: Sentence, m: Mention, dates: list[Mention]) -> bool:
    """Whether a date is told in the clause of a leader's mention: no semicolon stands between them."""
    return any(";" not in s.text[min(d.end, m.start) - s.start:max(d.start, m.end) - s.start] for d in dates)


#: A leader told making an agreement, between the leader and the agreement's date ("Eden put Britain's name to the
#: Manila treaty of 8 September 1954", "the treaty of 4 April 1949, signed under Truman"): that date is the office's.
_SIGNING_AFTER = re.compile(r"[^;.]{0,80}?\b(?:signed|put\s+\S+\s+name\s+to|concluded|negotiated|initialled|"
                            r"ratified)\b[^;.]*")
_SIGNED_BEFORE = re.compile(r"[^;.]{0,40}?\b(?:signed|concluded|negotiated|agreed|made|ratified)\s+(?:by|under)\s+")


def _signed_by(s: Sentence, m: Mention, dates: list[Mention]) -> list[Mention]:
    """Return the date of an agreement a leader is told making (:data:`_SIGNING_AFTER`, :data:`_SIGNED_BEFORE`),
    told as the agreement's ("the treaty of 8 September 1954") and so none of the office's otherwise; none where the
    leader makes nothing told."""
    after = [d for d in dates if d.start >= m.end and _SIGNING_AFTER.fullmatch(
        s.text[m.end - s.start:d.start - s.start])]
    before = [d for d in dates if d.end <= m.start and _SIGNED_BEFORE.fullmatch(
        s.text[d.end - s.start:m.start - s.start])]
    return (after + before)[:1]


def _in_which_clause(s: Sentence, m: Mention, d: Mention) -> bool:
    """Whether a date told after a leader's mention is told in a "which" clause opened between them, of another
    thing's doing: "Amos Sawyer, the interim president, holds only the capital, which the rebels besieged in July
    1990" (no date of the office: it is read as told at none). A "which" clause the leader is the subject of, told by
    a pronoun, is the leader's doing: "Stroessner's Paraguay, which he ran from 1954" dates the rule."""
    return d.start >= m.end and re.search(r",\s+which\s(?!(?:he|she)\s)",
                                          s.text[m.end - s.start:d.start - s.start]) is not None


def _ruler_counterpart(s: Sentence, m: Mention) -> bool:
    """Whether a leader is told as the counterpart of a state's leader told in the sentence: "when Helmut Kohl was
    chancellor and Francois Mitterrand his French counterpart" (the office the other holds, a state's leadership)."""
    return m.how.casefold() == "counterpart" and any(
        x.start != m.start and x.how.casefold() != "counterpart" and _RULING_OFFICE.search(x.how) is not None
        for x in s.of("leader"))


def _government_after(s: Sentence, m: Mention) -> bool:
    """Whether a leader told by another title is told by their government right after: "Marshal Badoglio's
    government" (the government a state's leader heads)."""
    return m.text.endswith(("'s", "’s")) and re.match(r"\s+(?:own\s+)?(?:government|cabinet)\b",
                                                      s.text[m.end - s.start:]) is not None


def _apposition(s: Sentence, m: Mention) -> tuple[int, int]:
    """Return where an apposition told between a leader's name and the office a verb gives them stands in the
    article ("Hun Sen, a Khmer Rouge defector who crossed to Vietnam in 1977, became prime minister": its dates and
    states are the apposition's, not the office's), or an empty span where the mention holds none."""
    found = re.match(r"[^,;]+?(,\s+[^,;.]{3,60},)\s+(?:who\s+)?(?:became|was|had\s+become|had\s+been|took|served|"
                     r"acted)\b", m.text)
    return (m.start + found.start(1), m.start + found.end(1)) if found is not None else (m.start, m.start)


def _office_end(s: Sentence, m: Mention) -> int:
    """Return where the words telling a leader's office end: the mention's end, or, the mention being the name alone
    ("Marcos" of "Marcos ruled in Manila"), the end of the office told right after it."""
    if m.how.casefold() in m.text.casefold():
        return m.end
    after = re.match(rf"[^.;]{{0,80}}?{re.escape(m.how)}", s.text[m.end - s.start:])
    return m.end + after.end() if after is not None else m.end


def _office_turn(s: Sentence, m: Mention, rows: list[dict[str, Any]], scope: set[int], dates: list[Mention],
                 sha256: str) -> list[Claim] | None:
    """Return the claim of a leader told taking office or leaving it on a date told right after ("Kadar was
    installed on 4 November 1956", "Prince Paul was overthrown in a coup on 27 March 1941"), read against the start
    or end of Archigos's spell nearest it. ``None`` where the office is told taking no turn, or taking one the
    record does not date so (it is read as held then); no claim where a leaving is told at no date, or Archigos has
    no such spell near it: a death or a fall the record does not date contradicts nothing. A name that is one
    person's in Archigos is read against that person's spells whichever state the sentence is told of."""
    leaving = _LEAVING_OFFICE.match(m.how) is not None
    if not leaving and _TAKING_OFFICE.match(m.how) is None:
        return None
    end = _office_end(s, m)
    date = next((d for d in dates if d.start >= end and re.fullmatch(
        r"[^;:.]{0,40}", s.text[end - s.start:d.start - s.start])), None)
    field = "end_date" if leaving else "start_date"
    # (a leader the record knows only as another state's than those told is still that one, where the name is one
    # person's: "His son Joseph Kabila took over" in an article whose "Congo" is read as Brazzaville)
    one = len({r["leader_id"] for r in rows}) == 1
    spells = [r for r in ([r for r in rows if r["ccode"] in scope] or ([] if scope and not one else rows))
              if r[field] is not None]
    if date is None or not spells:
        return [] if leaving else None
    said = _pdate(date.value or "")
    chosen = min(spells, key=lambda r: _gap(said, _pdate(r[field].isoformat())))
    verdict, why = compare_dates(date.value or "", chosen[field].isoformat(), "leader")
    if verdict == "contradicts" and ((not leaving and not _taken_earlier(s, said, chosen)) or m.how.endswith("died")
                                     or _gap(said, _pdate(chosen[field].isoformat())) > 3 * 365):
        # (taking some office then is read as holding it then; a death is no leaving of office the record dates,
        # and a spell ending years away is some other office's)
        return [] if leaving else None
    ref = RecordRef(kind="leader", id=str(chosen["leader_id"]), ledger="archigos", label=str(chosen["name"]),
                    sources=["archigos:" + sha256[:12]])
    what = "left office" if leaving else "took office"
    return [Claim(kind="leader_office", text=s.text.strip(), start=s.start, end=s.end,
                  claimed=f"{m.text} on {date.value}", verdict=verdict,
                  record_value=f"{chosen['name']} {what} as leader of COW {chosen['ccode']} on {chosen[field]}",
                  reason=why if verdict == "contradicts" else f"{why}: {what} then", records=[ref])]


def _taken_earlier(s: Sentence, said: PartialDate, spell: dict[str, Any]) -> bool:
    """Whether a leader told taking power at ``said`` was by then already leading, in the Archigos ``spell`` that
    holds that date and began less than three years before it ("Mwanawasa took over in January 2004", his spell
    begun in January 2002): the record dates the taking earlier, and the article's date is wrong. Not a new term
    ("took office again", "for a second term", "was re-elected": a spell runs on across terms)."""
    start, end = spell["start_date"], spell["end_date"]
    if start is None or not start < said.earliest() or (end is not None and end < said.latest()):
        return False
    if re.search(r"\b(?:again|once\s+more|re-?elected|re-?elect\w*|second|third|fourth|fifth|new\s+term|"
                 r"another\s+term|term)\b", s.text, re.IGNORECASE):
        return False
    return _gap(said, _pdate(start.isoformat())) <= 3 * 365


def _far_from_spells(said: PartialDate, spells: list[dict[str, Any]]) -> bool:
    """Whether every spell of a leader ended more than five years before ``said``: a former leader told in office
    then held another office than the one Archigos records ("Abdullah Gul, then Turkey's president", in 2010), not
    a wrong date (told in office years before leading, the person is read as not in office then)."""
    return all(r["end_date"] is not None and _gap(said, _pdate(f"{r['end_date']}")) > 5 * 365
               and r["end_date"] < said.earliest() for r in spells)


#: How many years before every spell of a leader so called an office told of them is read as someone else's, or
#: another office's, rather than as not held then.
_YEARS_BEFORE_SPELLS = 10


def _long_before_spells(said: PartialDate, spells: list[dict[str, Any]], name: str) -> bool:
    """Whether every spell of a leader starts more than :data:`_YEARS_BEFORE_SPELLS` years after ``said``, Archigos
    naming that leader by a given name the article does not tell: the person told in office then is another of that
    surname ("King Zahir Shah" in 1950 is no "Abdul Zahir", premier in 1971; "B. P. Koirala" in 1959 no "Girija
    Prasad Koirala"), not a wrong date ("Harold Wilson" in 1917, Archigos's "Wilson" from 1964, contradicts)."""
    told = {w.casefold() for w in folded_name(name).replace("-", " ").split()}
    return bool(spells) and all(r["start_date"].year - _YEARS_BEFORE_SPELLS > said.latest().year for r in spells) \
        and all(any(w.casefold() not in told for w in str(r["name"]).replace("-", " ").split()) for r in spells)


def _spells_in_words(rows: list[dict[str, Any]], ccode: int) -> str:
    """Return a leader's spells leading COW ``ccode`` in words: "Gul led COW 640 from 2002-11-19 to 2003-03-14"."""
    return "; ".join(_spell_in_words(r) for r in rows if r["ccode"] == ccode)


def _spell_in_words(row: dict[str, Any]) -> str:
    """Return one spell of a leader's in words: "Gul led COW 640 from 2002-11-19 to 2003-03-14"; a spell the table
    leaves open (the leader still in office when Archigos ends) runs "to the table's end (2015-12-31)"."""
    end = row["end_date"] if row["end_date"] is not None else f"the table's end ({_ARCHIGOS_END})"
    return f"{row['name']} led COW {row['ccode']} from {row['start_date']} to {end}"


#: A generation told after a name: "Ferdinand Marcos Jr.", "Oscar Arias Sr.".
_GENERATIONS = frozenset({"jr", "sr", "junior", "senior"})


def _archigos_spells(gaz: Gazetteer, name: str, states: set[int] | None = None) -> tuple[list[dict[str, Any]], str]:
    """Return Archigos's spells in office (:attr:`Gazetteer.archigos`) of the leaders called by ``name``'s last word,
    or by its last two where the last is a regnal number ("Hassan II"), as a whole word, by start, and the sha256 of
    the data they come from. Where none is so called, the spells of the one leader of ``states`` whose name, or
    surname, is written alike (rapidfuzz's token-sort ratio at least :data:`_LEADER_ALIKE`: "Plaek Phibunsongkhram"
    for Archigos's "Plaek Pibulsongkram", "Clement Attlee" for its "Atlee"), if there is one."""
    from rapidfuzz import fuzz

    def called(word: str, among: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        # (a hyphen is a space: "Kim Jong-un" is Archigos's "Kim Jong Un", "Kim Il Sung" its "Kim Il-Sung")
        pattern = re.compile(rf"\b{re.escape(word.replace('-', ' '))}\b", re.IGNORECASE)
        told = [r for r in among if pattern.search(r["folded"].replace("-", " "))]
        # ("al-Atassi": Archigos's "El-Atassi, N."; "Zia-ul-Haq": its "Zia"; "al-Sabah": its "As-Sabah" too, the
        # article written as the sound it takes before the name, beside a namesake it writes "Al Sabah")
        article = re.fullmatch(rf"{_ARABIC_ARTICLE}-(\w{{3,}})", word, re.IGNORECASE)
        core = re.fullmatch(r"(\w{3,})-(?:ul|ud|al|el|ad)-\w+", word)
        if (told and article is None) or (article is None and core is None):
            return told
        pattern = re.compile(rf"^{re.escape(core.group(1))}$" if core is not None else
                             rf"\b(?:{_ARABIC_ARTICLE}\s)?{re.escape(article.group(1) if article else '')}\b",
                             re.IGNORECASE)
        return [r for r in among if pattern.search(r["folded"].replace("-", " "))]

    def plain(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "folded"} for r in rows]

    words = folded_name(re.sub(r"['’]s$", "", name)).split()
    if len(words) > 1 and words[-1].casefold() in {"shah", "pasha"}:  # "Mohammad Reza Shah", "Enver Pasha"
        words = words[:-1]
    if len(words) > 2 and words[-1].casefold().rstrip(".") in _GENERATIONS:
        # "Ferdinand Marcos Jr.": not Archigos's Marcos, his father, nor a leader called "Jr"; only one Archigos
        # writes with the same suffix ("Guardia Jr., E.")
        suffix = re.compile(rf"\b{words[-1].rstrip('.')}\b", re.IGNORECASE)
        return plain([r for r in called(words[-2], gaz.archigos) if suffix.search(r["folded"])]), gaz.archigos_sha256
    key = " ".join(words[-2:]) if len(words) > 1 and re.fullmatch(r"[IVX]+", words[-1]) else words[-1]
    also = archigos_also(name)  # "Mustafa Kemal": Archigos's "Ataturk"
    rows = [r for r in gaz.archigos if r["name"] == also] if also is not None else called(key, gaz.archigos)
    if key != words[-1]:  # (a monarch's name is the whole of it: "Juan Carlos I" is not Archigos's "Carlos I")
        rows = [r for r in rows if _all_told(words[:-2], r)]
    rows = _by_given_name(rows, words)
    lineage = _patronymic(words)
    if lineage is not None:  # ("Khalifa bin Hamad" is not Archigos's "Hamad ibn Khalifah", his son)
        # (and, the name ending with the father's, one found by that name alone is the father's namesake, "al-Khalifa"
        # for "Hamad bin Khalifa", unless Archigos writes the given name too or that father's: "Ibn Yahya Hamid")
        rows = [r for r in rows if _of_lineage(r, *lineage, named=words[-1].casefold() != lineage[1])]
    if rows or not states:
        return plain(rows), gaz.archigos_sha256
    spells = [r for r in gaz.archigos if r["ccode"] in states]
    if lineage is not None:
        # ("Sheikh Khalifa bin Hamad" of Qatar: Archigos's "Khalifah Ath-Thani", by his own name, the first it writes)
        rows = [r for r in spells if _of_lineage(r, *lineage) and any(
            fuzz.ratio(lineage[0], w) >= _LEADER_ALIKE for w in _name_words(r)[:1])]
        if len({r["leader_id"] for r in rows}) == 1:
            return plain(rows), gaz.archigos_sha256
    # a name written family name first ("Hirota Koki", "Okuma Shigenobu", "General Zia ul-Haq") or with more words
    # than Archigos gives ("Mohammad Reza Pahlavi"): another of its words, where Archigos names a leader of the
    # states told by words all in the name (its initials aside: "Hirota", "Konoe, F.", "Mohammad Reza")
    told = {w.casefold() for w in words}
    for word in [w for w in words[:-1] if len(w) > 2 and w[:1].isupper() and w.casefold() not in _HONORIFICS]:
        rows = [r for r in called(word, spells) if not _other_number(words, r)]
        rows = [r for r in rows
                if all(len(w) == 1 or any(fuzz.ratio(w.casefold(), t) >= _LEADER_ALIKE for t in told)
                       for w in re.findall(r"[^\W\d_]+", r["folded"]))]  # ("Mohammad": its "Mohammed")
        if rows:
            return plain(rows), gaz.archigos_sha256
    regnal = words[-1] if len(words) > 1 and re.fullmatch(r"[IVX]+", words[-1]) else None
    surname = words[-2] if regnal else words[-1]
    scores = {r["leader_id"]: max(fuzz.token_sort_ratio(" ".join(words), r["folded"], processor=str.casefold),
                                  fuzz.ratio(surname, r["folded"], processor=str.casefold)) for r in spells}
    # (a regnal number is part of the name: Oscar I is not Archigos's Oscar II, though "King Zog I" is its "Zogu")
    # (and a later namesake's number, II or more, is not Archigos's unnumbered name: "Abdullah II" is no "Abdul-Ilah")
    other_number = {r["leader_id"] for r in spells if regnal and (_other_number(words, r) or (
        regnal != "I" and re.search(r" [IVX]+$", r["folded"]) is None))}
    alike = [leader for leader, score in scores.items() if score >= _LEADER_ALIKE and leader not in other_number]
    return (plain([r for r in spells if r["leader_id"] == alike[0]]) if len(alike) == 1 else []), gaz.archigos_sha256


def _patronymic(words: list[str]) -> tuple[str, str] | None:
    """Return the given name and the father's name of a name told with "bin" or "ibn" between them ("Sheikh Khalifa
    bin Hamad": khalifa, hamad), in lower case, or None where the name tells no father so."""
    for i, word in enumerate(words[1:-1], start=1):
        if word.casefold() in {"bin", "ibn"} and words[i - 1].casefold() not in _HONORIFICS:
            return words[i - 1].casefold(), words[i + 1].casefold()
    return None


def _name_words(row: dict[str, Any]) -> list[str]:
    """Return the words of Archigos's name for the leader of ``row``, in lower case, a hyphen parting them."""
    return [w.casefold() for w in re.findall(r"[^\W\d_]+", row["folded"])]


def _of_lineage(row: dict[str, Any], given: str, father: str, named: bool = True) -> bool:
    """Whether Archigos's name for the leader of ``row`` may be that of one told by ``given`` name, son of ``father``
    (:func:`_patronymic`): not where it names another father ("Hamad ibn Khalifah" for "Khalifa bin Hamad"), nor where
    it begins with the father's name and not the given one (the father himself, or his namesake); not ``named`` (the
    row found by the father's name alone), only where it writes the given name or that father's after "ibn"."""
    from rapidfuzz import fuzz

    theirs = _name_words(row)

    def alike(a: str, b: str) -> bool:
        return fuzz.ratio(a, b) >= _LEADER_ALIKE

    links = [i for i, w in enumerate(theirs) if w in {"bin", "ibn"}]
    fathers = [w for w in theirs[links[0] + 1:] if not re.fullmatch(_ARABIC_ARTICLE, w)][:1] if links else []
    if fathers and not alike(fathers[0], father):
        return False
    if not named and not fathers and not any(alike(w, given) for w in theirs):
        return False
    return not (theirs and alike(theirs[0], father) and not alike(theirs[0], given))


def _other_number(words: list[str], row: dict[str, Any]) -> bool:
    """Whether Archigos names a leader with a regnal number other than the one ending the told name's ``words``
    ("Mohammed V" for a told "Mohammed VI")."""
    number = re.search(r" ([IVX]+)$", row["folded"])
    return bool(words) and re.fullmatch(r"[IVX]+", words[-1]) is not None and number is not None \
        and number.group(1) != words[-1]


def _all_told(given: list[str], row: dict[str, Any]) -> bool:
    """Whether each given name told before a monarch's regnal name ("Juan" of "Juan Carlos I"), honorifics aside, is
    a word of Archigos's name for the leader of ``row``."""
    theirs = {w.casefold() for w in re.findall(r"[^\W\d_]+", row["folded"])}
    return all(w.casefold() in theirs for w in given if w[:1].isupper() and w.casefold() not in _HONORIFICS)


def _day_off_spell(said: PartialDate, spells: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Return the spell a day told ("from 15 March 1934", "until 28 January 1982") is one day off the start or end
    of, the day told being outside every spell, or ``None`` (a date told by its month or year is never a day off)."""
    if said.day is None:
        return None
    day = said.earliest()
    return next((r for r in spells if abs((r["start_date"] - day).days) <= 1 or (
        r["end_date"] is not None and abs((r["end_date"] - day).days) <= 1)), None)


#: How far (in days) from the date told a leader of the states told may have been in office to be the one whose
#: name the article spells otherwise than Archigos (:func:`_alike_spells`).
_ALIKE_REACH = _dt.timedelta(days=366)


def _namesake_only(rows: list[dict[str, Any]], told: set[int], scope: set[int], date: Mention) -> bool:
    """Whether Archigos's leaders called by the name told (``rows``) are all namesakes of the one told: none of the
    state the office is told of (``told``), or, where none is told, none of the states in ``scope`` and none in
    office within :data:`_ALIKE_REACH` of ``date`` (the reach at which one spelt otherwise is looked for)."""
    if any(r["ccode"] in (told or scope) for r in rows):
        return False
    if told:
        return True
    said = _pdate(date.value or "")
    return all(r["start_date"] > said.latest() + _ALIKE_REACH or (
        r["end_date"] is not None and r["end_date"] < said.earliest() - _ALIKE_REACH) for r in rows)


def _alike_spells(gaz: Gazetteer, name: str, states: set[int], date: Mention, *,
                  alone: bool = False) -> list[dict[str, Any]]:
    """Return the spells in office of ``states`` of the one leader Archigos spells ``name`` otherwise
    (:func:`foedus.check.mentions.archigos_alike`: "René Schick, Nicaragua's president" in 1964 is its "Shick
    Gutierrez"), looked for among those in office within :data:`_ALIKE_REACH` of the date told; none where no one,
    or more than one, is so spelt. A name of one word is looked for only where the office told beside it is one a
    state's leader holds (``alone``: "Sultan Qaboos" is Archigos's "Qabus Bin Said", "Mahathir, who became prime
    minister" its "Mahatir Bin Mohammad")."""
    said = _pdate(date.value or "")
    label = archigos_alike(name, gaz, states, said.earliest() - _ALIKE_REACH, said.latest() + _ALIKE_REACH,
                           alone=alone)
    if label is None:
        return []
    return [{k: v for k, v in r.items() if k != "folded"} for r in gaz.archigos
            if r["name"] == label and r["ccode"] in states]


def _by_given_name(rows: list[dict[str, Any]], words: list[str]) -> list[dict[str, Any]]:
    """Return, of the spells of several leaders Archigos calls by one surname, those of the one whose given name is
    written alike (rapidfuzz ratio at least 80) to one the article tells ("Kukrit Pramoj": Archigos's "Kukrot Pramoj",
    not his brother "Seni Pramoj"); all of them where the article tells none, none is alike, or Archigos gives one
    of them no given name."""
    from rapidfuzz import fuzz

    names = {r["name"]: re.findall(r"[^\W\d_]{3,}", r["folded"])[:-1] for r in rows}
    if len(names) < 2 or not all(names.values()):
        return rows  # (one Archigos calls by the surname alone may be the one told: "Franco", not "Federico Franco")
    given = [w.casefold() for w in words[:-1] if len(w) > 2 and w.casefold() not in _HONORIFICS]
    alike = [r for r in rows if any(fuzz.ratio(w.casefold(), g) >= 80 for w in names[r["name"]] for g in given)]
    return alike or rows


#: Words that stand before a leader's name and are no part of it ("Count Okuma", "General Zia", "Ayatollah Khomeini").
_HONORIFICS = frozenset({"count", "prince", "princess", "general", "marshal", "field", "admiral", "colonel", "major",
                         "captain", "ayatollah", "sheikh", "sir", "lord", "baron", "duke", "king", "queen", "emperor",
                         "president", "premier", "chairman", "comrade", "mister", "doctor", "shah", "sultan", "emir"})


#: The Arabic article as names written in Latin letters carry it, assimilated or not ("al-", "el-", "as-", "ad-",
#: "ash-"): "al-Sabah" and "As-Sabah" are one family name.
_ARABIC_ARTICLE = r"(?:al|el|as|ad|an|ar|ash|at|az|es|ed|ez)"


#: The least rapidfuzz token-sort ratio (0-100) at which a leader's name as written is Archigos's spelling of it.
_LEADER_ALIKE = 85


def _leader_name(mention: Mention) -> str:
    """Return the person's name in a leader's mention, whichever side of the office it stands: "President Xi
    Jinping", "the Israeli prime minister, Shimon Peres", "Molotov, Stalin's foreign commissar"."""
    at = mention.text.casefold().find(mention.how.casefold())
    if at < 0:
        return mention.text.split(",")[0].strip()
    if "," in mention.text[:at]:  # the name before the office
        return mention.text.split(",")[0].strip()
    after = mention.text[at + len(mention.how):].strip().lstrip(",").strip()
    # "Chile's president at the time, Eduardo Frei", "the King of Jordan, Abdullah", "president since 2022, X"
    after = re.sub(r"^(?:at\s+the|of|since|from)\s+[^,]*,\s*", "", after)
    by = re.search(r"\bby\s+(.+)$", after)  # "the government was headed by Boleslaw Bierut"
    if by is not None:
        return by.group(1).strip()
    # "Ali Bogra was prime minister", "Marcos ruled in Manila", "Wilson's government": the name before the verb
    return after if after[:1].isupper() else re.split(
        r"\s+(?:became|was|had|took|led|ruled|governed|as|held|ran|running|ruling|leading|heading|headed|sat|at\s+the|"
        r"abdicated|resigned|stepped|fell|died|still|now|then)\b|['’]s\b|,", mention.text)[0].strip()
