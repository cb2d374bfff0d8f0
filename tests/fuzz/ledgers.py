"""Mutated ledgers for fuzzing the reader: real ledgers damaged the ways an attack on the reader damaged them.

Each example starts from a sound ledger (the tests' small one, or a shipped one) and applies a few mutations: a
value replaced by a hostile one (a 5,000-digit integer, 2**31, an impossible date, a tag, an alias that holds
itself, a ``javascript:`` link...), an alias bomb, anchors and aliases on records, tags on lists and mappings,
merge keys, deep nesting, lines deleted, repeated, swapped or re-indented, characters and bytes inserted, the text
cut short. :func:`check_one` reads the result and, when it is sound, loads it: either step may refuse it, with
problems that name the file; anything else (a traceback) is a failure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from hypothesis import strategies as st

from foedus.errors import LedgerError
from foedus.ledger.files import read_ledger
from foedus.store import Store
from tests.ledgers import TINY

__all__ = ["Outcome", "check_one", "mutated_ledgers"]


def _shipped(name: str) -> str:
    return (resources.files("foedus.ledger") / "data" / name).read_text(encoding="utf-8")


#: The sound ledgers mutations start from, with how often each is drawn (the shipped ones are large and slower).
SEEDS: list[tuple[str, int]] = [(TINY, 16), (_shipped("sino_russian.yaml"), 3), (_shipped("notable_alliances.yaml"), 1)]

HOSTILE_VALUES: list[str] = [
    "9" * 5000, "-" + "9" * 5000, str(2**31), str(2**31 - 1), str(-(2**31) - 1), str(2**63), "0x7fffffffffffffff",
    "0o777", "0b101", "1_000_000", "190:20:30", "1e999", "-.inf", ".nan", "1900-02-30", "0000-01-01", "2023-13-01",
    "1896-06-31", "10000-01-01", "2001-12-14t21:59:43.10-05:00", "1896-6-3", "null", "~", "true", "off", "yes",
    "!!binary aGVsbG8=", "!!python/object/apply:os.system [echo owned]", "!!python/name:os.system", "!foo bar",
    "!!str x", "! x", "!!int 12", "!!timestamp 2001-01-01", "&a [*a]", "&b {k: *b}", "*undefined", "<<", "=",
    "[]", "{}", "[[[[[[]]]]]]", "{a: {b: {c: {d: []}}}}", '"\\ud800"', '"\\0"', '"\\x00abc"', "'javascript:alert(1)'",
    "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", '"=HYPERLINK(""http://x"")"', "'@SUM(1)'",
    "x" * 100_000, "é" * 1000, '"' + "\\u0041" * 100 + '"', "|\n  block\n  text", ">-\n  folded", "- a\n- b",
    "? complex\n: key", "%TAG ! tag:evil.example,2000:", "--- !!map", "...", "&x 1", "*x", "", "''", '""',
]

TAGS = ["!!python/object/apply:os.system", "!!set", "!!omap", "!!pairs", "!!binary", "!mine", "!!map", "!!seq"]


def bomb(levels: int, width: int) -> str:
    """Return an alias bomb: each level an anchored list of ``width`` aliases of the level before."""
    lines = [f"lol0: &lol0 [{', '.join(['lol'] * width)}]"]
    lines += [f"lol{i}: &lol{i} [{', '.join([f'*lol{i - 1}'] * width)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


_VALUE = re.compile(r"^(\s*(?:- )?[A-Za-z_]+:) (.+)$")


@st.composite
def _mutate(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    kind = draw(st.sampled_from([
        "value", "value", "value", "bomb", "anchor-record", "tag-collection", "merge", "deep", "delete-line",
        "repeat-line", "swap-lines", "indent", "insert-chars", "insert-bytes", "cut", "many-aliases", "duplicate-key",
    ]))
    at = draw(st.integers(0, max(len(lines) - 1, 0)))
    if kind == "value":
        candidates = [i for i, line in enumerate(lines) if _VALUE.match(line)]
        if candidates:
            i = draw(st.sampled_from(candidates))
            match = _VALUE.match(lines[i])
            assert match is not None
            lines[i] = f"{match.group(1)} {draw(st.sampled_from(HOSTILE_VALUES))}"
    elif kind == "bomb":
        lines.insert(draw(st.sampled_from([0, len(lines)])), bomb(draw(st.integers(1, 12)), draw(st.integers(1, 12))))
    elif kind == "anchor-record":
        items = [i for i, line in enumerate(lines) if line.startswith("  - ")]
        if len(items) >= 2:
            first, second = sorted(draw(st.lists(st.sampled_from(items), min_size=2, max_size=2, unique=True)))
            lines[first] = lines[first].replace("  - ", "  - &rec ", 1)
            lines.insert(second, "  - *rec")
    elif kind == "tag-collection":
        keys = [i for i, line in enumerate(lines) if re.match(r"^\s*[a-z_]+:\s*$", line)]
        if keys:
            i = draw(st.sampled_from(keys))
            lines[i] = lines[i].rstrip() + " " + draw(st.sampled_from(TAGS))
    elif kind == "merge":
        lines.insert(at, re.match(r"^\s*", lines[at]).group(0) + "<<: {title: merged}")  # type: ignore[union-attr]
    elif kind == "deep":
        depth = draw(st.integers(1, 5000))
        lines.insert(at, "deep: " + "[" * depth + "]" * depth)
    elif kind == "delete-line" and lines:
        del lines[at]
    elif kind == "repeat-line" and lines:
        lines.insert(at, lines[at])
    elif kind == "swap-lines" and len(lines) > 1:
        other = draw(st.integers(0, len(lines) - 1))
        lines[at], lines[other] = lines[other], lines[at]
    elif kind == "indent" and lines:
        lines[at] = " " * draw(st.integers(0, 8)) + lines[at].lstrip()
    elif kind == "insert-chars":
        noise = draw(st.text(st.sampled_from(list("abc:-[]{}#&*!|>'\"%@`, \n\t0123456789<=?é")), max_size=30))
        lines[at] = lines[at][: len(lines[at]) // 2] + noise + lines[at][len(lines[at]) // 2:]
    elif kind == "insert-bytes":  # control characters, and bytes that are not UTF-8 (written as lone surrogates)
        junk = "".join(chr(0xDC80 + b - 0x80) if b >= 0x80 else chr(b) for b in draw(st.binary(min_size=1, max_size=8)))
        lines[at] = lines[at][: len(lines[at]) // 2] + junk + lines[at][len(lines[at]) // 2:]
    elif kind == "cut":
        return "\n".join(lines)[: draw(st.integers(0, len(text)))]
    elif kind == "many-aliases":
        lines.insert(0, "anchor: &a [x]")
        lines.append("aliases: [" + ", ".join(["*a"] * draw(st.integers(1, 300))) + "]")
    elif kind == "duplicate-key":
        lines.insert(at, lines[at])
    return "\n".join(lines)


@st.composite
def mutated_ledgers(draw: st.DrawFn) -> str:
    """Return the text of a sound ledger after one to four mutations."""
    seed = draw(st.sampled_from([text for text, weight in SEEDS for _ in range(weight)]))
    for _ in range(draw(st.integers(1, 4))):
        seed = draw(_mutate(seed))
    return seed


@dataclass(frozen=True)
class Outcome:
    """What reading (and, if sound, loading) one mutated ledger gave: ``loaded``, ``refused``, or a traceback; and
    how long the reader took, and the load."""

    kind: str
    detail: str = ""
    read_seconds: float = 0.0
    load_seconds: float = 0.0


def check_one(text: str, path: Path, store: Store) -> Outcome:
    """Read the ledger ``text`` (written to ``path``) and load it into ``store`` if it is sound.

    A refusal must be a :class:`~foedus.errors.LedgerError` whose problems each name the file; what is sound
    must load (or be refused by the store's own check, a slug another stored ledger holds). Anything else is
    returned as a traceback.
    """
    import time
    import traceback

    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    started = time.perf_counter()
    try:
        document = read_ledger(path)
    except LedgerError as exc:
        took = time.perf_counter() - started
        if not exc.problems or any(p.file != str(path) for p in exc.problems):
            return Outcome("traceback", f"problems that do not name the file: {exc.problems[:3]}", took)
        return Outcome("refused", exc.problems[0].message, took)
    except Exception:
        return Outcome("traceback", traceback.format_exc(), time.perf_counter() - started)
    read = time.perf_counter() - started
    try:
        store.load(document)
    except LedgerError as exc:  # a slug another ledger of the scratch store holds: the store's own check
        return Outcome("refused", exc.problems[0].message, read, time.perf_counter() - started - read)
    except Exception:
        return Outcome("traceback", "validated, then the load failed:\n" + traceback.format_exc(), read)
    return Outcome("loaded", "", read, time.perf_counter() - started - read)
