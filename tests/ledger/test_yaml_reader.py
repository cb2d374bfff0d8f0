"""The YAML a ledger may hold: bounded aliases, no tags, no merge keys, regular files of a bounded size.

Each case here is one an attack on the ledger reader found (issue 10, findings 3, 4, 11 and 12): each must end in a
problem naming the file, the line and the field, never in a traceback, a hang or a growing memory.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from foedus.errors import LedgerError, Problem
from foedus.ledger import yaml_reader
from foedus.ledger.files import read_ledger, validate_ledger
from foedus.ledger.yaml_reader import MAX_ALIASES, MAX_DEPTH, MAX_LEDGER_BYTES, parse_ledger_yaml
from tests.ledgers import TINY, line_of, write


def only_problem(path: Path) -> Problem:
    problems = validate_ledger(path)
    assert len(problems) == 1, problems
    return problems[0]


def _bomb(levels: int) -> str:
    """The billion-laughs document: each level an anchored list of nine aliases of the level before."""
    lines = ["format: 1", "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_at_the_alias_that_breaks_the_budget(tmp_path: Path) -> None:
    text = _bomb(9)  # 385 bytes that PyYAML's loader expands to 9**10 values
    problem = only_problem(write(tmp_path, text))
    assert problem.file.endswith("tiny.yaml") and problem.line == line_of(text, "l4: &l4")
    assert problem.field == "l4[0]" and "aliases (*name) add more than 10,000 values" in problem.message


def test_more_aliases_than_the_budget_are_refused(tmp_path: Path) -> None:
    text = "format: 1\nx: &x 1\nys:\n" + "".join("  - *x\n" for _ in range(MAX_ALIASES + 1))
    problem = only_problem(write(tmp_path, text))
    assert problem.line == 4 + MAX_ALIASES and f"more than {MAX_ALIASES} aliases" in problem.message


@pytest.mark.parametrize("text", ["x: &a [*a]\n", "x: &a {k: *a}\n", "x: &a [1, [2, *a]]\n"])
def test_a_value_that_holds_itself_is_refused(tmp_path: Path, text: str) -> None:
    problem = only_problem(write(tmp_path, "format: 1\n" + text))
    assert problem.line == 2 and problem.field.startswith("x") and "sits inside (&a)" in problem.message


def test_an_alias_to_no_anchor_is_refused(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, "format: 1\nx: *nowhere\n"))
    assert (problem.line, problem.field) == (2, "x") and "no anchor &nowhere" in problem.message


def test_aliases_within_the_budget_work(tmp_path: Path) -> None:
    first = "    sources: [paine1996]\n  - slug: tiny-1950"
    text = (TINY.replace(first, first.replace("sources: [", "sources: &mine ["))
            .replace("    sources: [paine1996]\n", "    sources: *mine\n"))
    assert text.count("*mine") > 2
    document = read_ledger(write(tmp_path, text))
    assert all(e.sources == ["paine1996"] for e in document.events)


@pytest.mark.parametrize(
    ("old", "new", "tag"),
    [
        ("    obligations: [defense]\n    multilateral: false\n    signed: 1896",
         "    obligations: [defense]\n    alt_titles: !!python/object/apply:os.system [echo owned]\n"
         "    multilateral: false\n    signed: 1896", "!!python/object/apply:os.system"),
        ("title: Li-Lobanov Treaty", "title: !!binary TGktTG9iYW5vdg==", "!!binary"),
        ("title: Li-Lobanov Treaty", "title: !!str Li-Lobanov Treaty", "!!str"),
        ("title: Li-Lobanov Treaty", "title: !mine Li-Lobanov Treaty", "!mine"),
        ("    members:\n      - state: Russian Empire", "    members: !!set\n      - state: Russian Empire", "!!set"),
        ("      - state: Russian Empire", "      - !!python/name:os.system {state: Russian Empire}",
         "!!python/name:os.system"),
    ],
)
def test_a_tag_anywhere_is_refused_with_its_line(tmp_path: Path, old: str, new: str, tag: str) -> None:
    text = TINY.replace(old, new, 1)
    assert text != TINY
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, tag) and problem.field.startswith("treaties[0]")
    assert f"the YAML tag {tag} is not allowed" in problem.message


def test_a_merge_key_is_refused(tmp_path: Path) -> None:
    text = TINY.replace("  - slug: tiny-1950-alliance\n", "  - <<: {kind: alliance}\n    slug: tiny-1950-alliance\n")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.field) == (line_of(text, "<<:"), "treaties[1]")
    assert "merge key (<<) is not allowed" in problem.message


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 100_000])
def test_deep_nesting_is_refused(tmp_path: Path, depth: int) -> None:
    text = "format: 1\nx: " + "[" * depth + "]" * depth + "\n"
    problem = only_problem(write(tmp_path, text))
    assert problem.line == 2
    assert f"more than {MAX_DEPTH} deep" in problem.message or "nesting depth" in problem.message  # libyaml's own


def test_a_second_document_is_refused(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, TINY + "---\nformat: 1\n"))
    assert problem.line == line_of(TINY + "---\n", "---") and "second YAML document" in problem.message


def test_an_impossible_unquoted_date_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    text = TINY.replace("signed: 1896-06-03", "signed: 1900-02-30")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.field) == (line_of(text, "1900-02-30"), "treaties[0].signed")
    assert "day 30 does not exist in 1900-02" in problem.message


def test_an_impossible_date_in_a_text_field_is_text(tmp_path: Path) -> None:
    text = TINY.replace("title: Li-Lobanov Treaty", "title: 1900-02-30")
    assert read_ledger(write(tmp_path, text)).treaties[0].title == "1900-02-30"


def test_a_5000_digit_integer_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    text = TINY.replace("atopid: 1395", "atopid: " + "7" * 5000)
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.field) == (line_of(text, "atopid: 777"), "treaties[0].atopid")
    assert len(problem.message) < 200


def test_an_integer_key_is_a_field_name_and_other_keys_are_problems(tmp_path: Path) -> None:
    data, _, problems = parse_ledger_yaml("1: one\n? [a, b]\n: two\nnull: three\n", "k.yaml")
    assert data == {"1": "one"}
    assert [(p.line, p.message) for p in problems] == [(2, "a key must be text, not a list"),
                                                       (4, "a key must be text, not None")]


def test_lines_of_values_keys_and_aliases(tmp_path: Path) -> None:
    data, lines, _ = parse_ledger_yaml("a:\n  - x\n  - &y\n    b: 1\nc: *y\n", "l.yaml")
    assert data == {"a": ["x", {"b": 1}], "c": {"b": 1}}
    assert [lines.of(p) for p in (("a",), ("a", 0), ("a", 1, "b"), ("c",), ("c", "b"))] == [1, 2, 4, 5, 5]


# --- the file itself ----------------------------------------------------------------------------------------------
def test_a_device_is_refused_before_it_is_read() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    problem = only_problem(Path("/dev/zero"))
    assert problem.file == "/dev/zero" and "not a regular file" in problem.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "ledger.yaml"
    os.mkfifo(fifo)
    assert "not a regular file" in only_problem(fifo).message


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert "not a regular file" in only_problem(tmp_path).message


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:  # sparse: takes no room on disk
        handle.truncate(MAX_LEDGER_BYTES + 1)
    problem = only_problem(path)
    assert f"{MAX_LEDGER_BYTES + 1:,} bytes" in problem.message and "split it" in problem.message


def test_the_limit_is_the_modules_documented_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_reader, "MAX_LEDGER_BYTES", len(TINY) - 1)
    with pytest.raises(LedgerError, match="more than a ledger may be"):
        read_ledger(write(tmp_path))
    monkeypatch.setattr(yaml_reader, "MAX_LEDGER_BYTES", len(TINY))
    assert read_ledger(write(tmp_path)).header.ledger == "tiny"
