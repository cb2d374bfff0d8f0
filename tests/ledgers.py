"""Small ledgers written for the tests, in the real file format."""

from __future__ import annotations

from pathlib import Path

#: A sound ledger: two treaties between Russia and China, one with Japan, events and three codings.
TINY = """\
format: 1
ledger: tiny
version: "1"
title: A tiny ledger for tests
codings:
  - name: skeptic
    kind: user
    description: A reader who sees betrayal everywhere.
sources:
  - id: paine1996
    type: book
    author: Paine, S. C. M.
    title: "Imperial Rivals: China, Russia, and Their Disputed Frontier"
    publisher: M. E. Sharpe
    year: 1996
  - id: untreaty
    type: treaty
    title: United Nations Treaty Series
treaties:
  - slug: tiny-1896-defense
    title: Li-Lobanov Treaty
    kind: alliance
    obligations: [defense]
    multilateral: false
    signed: 1896-06-03
    ended: 1900
    atopid: 1395
    members:
      - state: Russian Empire
      - state: Qing China
    sources: [paine1996]
  - slug: tiny-1950-alliance
    title: Treaty of Friendship, Alliance and Mutual Assistance
    kind: alliance
    obligations: [defense, non_aggression]
    multilateral: false
    signed: 1950-02-14
    ended: 1980-04-11
    term_years: 30
    members:
      - state: Soviet Union
      - state: People's Republic of China
    sources: [untreaty]
  - slug: tiny-1941-neutrality
    title: Soviet-Japanese Neutrality Pact
    kind: other
    obligations: [neutrality]
    multilateral: false
    signed: 1941-04-13
    ended: "1945-08"
    members:
      - state: Soviet Union
      - state: Japan
    sources: [untreaty]
events:
  - id: port-arthur
    date: 1898-03-27
    kind: lease
    actors: [Russian Empire]
    targets: [Qing China]
    treaty: tiny-1896-defense
    description: Russia leases Port Arthur.
    sources: [paine1996]
  - id: zhenbao
    date: 1969-03-02
    kind: armed_clash
    actors: [Soviet Union, People's Republic of China]
    description: Border clash on the Ussuri.
    sources: [paine1996]
outcomes:
  - treaty: tiny-1896-defense
    coding: atop
    ending: violated
    termmode: 3
    termcaus: 6
    rationale: ATOP codes an early end by hostilities between the members.
    sources: [paine1996]
  - treaty: tiny-1896-defense
    coding: curated
    ending: violated
    breached_by: [Russian Empire]
    events: [port-arthur]
    contested: true
    rationale: The lease turned the ally into a predator.
    sources: [paine1996]
  - treaty: tiny-1950-alliance
    coding: curated
    ending: expired
    events: [zhenbao]
    rationale: It ran its term after notice of non-renewal.
    sources: [untreaty]
  - treaty: tiny-1950-alliance
    coding: skeptic
    ending: violated
    breached_by: [Soviet Union]
    rationale: The split was a breach in all but name.
    sources: [untreaty]
"""


def write(folder: Path, text: str = TINY, name: str = "tiny.yaml") -> Path:
    """Write ``text`` as a ledger file in ``folder`` and return its path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """Return the 1-based line of the ``occurrence``-th line containing ``needle``."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in the text")
