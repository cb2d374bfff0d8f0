"""Checking ledger files: every problem found, each with file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foedus.errors import LedgerError, Problem
from foedus.ledger.files import read_ledger, validate_ledger
from tests.ledgers import TINY, line_of, write


def problems_for(tmp_path: Path, text: str) -> list[Problem]:
    return validate_ledger(write(tmp_path, text))


def only_problem(tmp_path: Path, text: str) -> Problem:
    problems = problems_for(tmp_path, text)
    assert len(problems) == 1, problems
    return problems[0]


def test_tiny_ledger_is_sound(tmp_path: Path) -> None:
    document = read_ledger(write(tmp_path))
    assert document.header.ledger == "tiny"
    assert [t.slug for t in document.treaties] == ["tiny-1896-defense", "tiny-1950-alliance",
                                                    "tiny-1941-neutrality"]
    assert [m.ccode for m in document.members["tiny-1896-defense"]] == [365, 710]
    assert document.event_states["zhenbao"] == ([365, 710], [])
    assert str(document.treaties[0].ended) == "1900"
    assert document.treaties[0].ended is not None and document.treaties[0].ended.precision == "year"


def test_unknown_state_names_file_line_and_field_with_suggestions(tmp_path: Path) -> None:
    text = TINY.replace("      - state: Qing China", "      - state: Qnig China")
    problem = only_problem(tmp_path, text)
    assert problem.file.endswith("tiny.yaml")
    assert problem.line == line_of(text, "Qnig China")
    assert problem.field == "treaties[0].members[1].state"
    assert "unknown state 'Qnig China'" in problem.message and "Qing China" in problem.message


def test_state_outside_its_period_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("      - state: Russian Empire", "      - state: Soviet Union")
    problem = only_problem(tmp_path, text)
    assert problem.line == line_of(text, "      - state: Soviet Union")
    assert problem.field == "treaties[0].members[0].state"
    assert "1896" in problem.message and "1922" in problem.message


def test_exit_before_entry_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("      - state: Qing China", "      - state: Qing China\n        exited: 1895")
    problem = only_problem(tmp_path, text)
    assert problem.line == line_of(text, "exited: 1895")
    assert problem.field == "treaties[0].members[1].exited"
    assert "before its entry" in problem.message


def test_treaty_ending_before_signing_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("    ended: 1980-04-11", "    ended: 1949-04-11")
    problem = only_problem(tmp_path, text)
    assert (problem.line, problem.field) == (line_of(text, "ended: 1949-04-11"), "treaties[1].ended")
    assert "before the signing" in problem.message


def test_event_before_signing_of_its_treaty_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("    date: 1898-03-27", "    date: 1895-03-27")
    problem = only_problem(tmp_path, text)
    assert (problem.line, problem.field) == (line_of(text, "date: 1895-03-27"), "events[0].date")
    assert "before the treaty's signing" in problem.message


def test_dates_of_different_precision_are_compared_fairly(tmp_path: Path) -> None:
    # ended "1896" is the signing's year: not surely before it, so not a problem
    text = TINY.replace("    ended: 1900\n", "    ended: 1896\n")
    assert problems_for(tmp_path, text) == []


def test_unknown_treaty_reference_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("  - treaty: tiny-1950-alliance\n    coding: skeptic",
                        "  - treaty: tiny-1951-alliance\n    coding: skeptic")
    problem = only_problem(tmp_path, text)
    assert (problem.line, problem.field) == (line_of(text, "tiny-1951-alliance"), "outcomes[3].treaty")
    assert "unknown treaty 'tiny-1951-alliance'" in problem.message


def test_unknown_event_and_source_references_are_reported(tmp_path: Path) -> None:
    text = TINY.replace("    events: [zhenbao]", "    events: [zhenbow]").replace(
        "    sources: [untreaty]\n  - slug: tiny-1941", "    sources: [untreatie]\n  - slug: tiny-1941")
    problems = problems_for(tmp_path, text)
    assert {(p.field, p.line) for p in problems} == {
        ("outcomes[2].events[0]", line_of(text, "events: [zhenbow]")),
        ("treaties[1].sources[0]", line_of(text, "untreatie")),
    }


def test_duplicate_slug_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("  - slug: tiny-1941-neutrality", "  - slug: tiny-1950-alliance")
    problems = problems_for(tmp_path, text)
    duplicate = [p for p in problems if "duplicate treaty slug" in p.message]
    assert len(duplicate) == 1
    assert (duplicate[0].line, duplicate[0].field) == (line_of(text, "slug: tiny-1950-alliance", 2),
                                                       "treaties[2].slug")


def test_outcome_without_rationale_or_sources_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("    rationale: It ran its term after notice of non-renewal.\n    sources: [untreaty]\n", "")
    problems = problems_for(tmp_path, text)
    assert {(p.field, p.message) for p in problems} == {
        ("outcomes[2].rationale", "is required"),
        ("outcomes[2].sources", "is required"),
    }
    assert all(p.line == line_of(text, "  - treaty: tiny-1950-alliance\n".strip()) for p in problems)


def test_empty_sources_are_reported(tmp_path: Path) -> None:
    text = TINY.replace("    sources: [untreaty]\n  - slug: tiny-1941", "    sources: []\n  - slug: tiny-1941")
    problem = only_problem(tmp_path, text)
    assert (problem.field, problem.message) == ("treaties[1].sources", "must not be empty")


def test_unknown_coding_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("    coding: skeptic", "    coding: cynic")
    problem = only_problem(tmp_path, text)
    assert (problem.line, problem.field) == (line_of(text, "coding: cynic"), "outcomes[3].coding")
    assert "unknown coding 'cynic'" in problem.message and "skeptic" in problem.message


def test_unknown_vocabulary_values_are_reported(tmp_path: Path) -> None:
    text = (TINY.replace("    kind: lease", "    kind: leased")
            .replace("    ending: expired", "    ending: lapsed")
            .replace("obligations: [defense, non_aggression]", "obligations: [defence, non_aggression]"))
    problems = problems_for(tmp_path, text)
    assert {(p.field, p.line) for p in problems} == {
        ("events[0].kind", line_of(text, "kind: leased")),
        ("outcomes[2].ending", line_of(text, "ending: lapsed")),
        ("treaties[1].obligations[0]", line_of(text, "[defence")),
    }
    assert all("is not one of" in p.message for p in problems)


def test_unknown_field_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("    term_years: 30", "    term_yeras: 30")
    problem = only_problem(tmp_path, text)
    assert (problem.line, problem.field) == (line_of(text, "term_yeras"), "treaties[1].term_yeras")


def test_breached_by_on_an_ending_that_is_no_breach(tmp_path: Path) -> None:
    text = TINY.replace("    ending: expired\n", "    ending: expired\n    breached_by: [Soviet Union]\n")
    problem = only_problem(tmp_path, text)
    assert problem.field == "outcomes[2].breached_by"
    assert "not a breach" in problem.message


def test_breaching_party_must_be_a_member(tmp_path: Path) -> None:
    text = TINY.replace("    breached_by: [Soviet Union]", "    breached_by: [Japan]")
    problem = only_problem(tmp_path, text)
    assert problem.field == "outcomes[3].breached_by[0]"
    assert "not a member" in problem.message


def test_atop_codes_must_map_to_the_ending(tmp_path: Path) -> None:
    text = TINY.replace("    termcaus: 6", "    termcaus: 3")
    problem = only_problem(tmp_path, text)
    assert problem.field == "outcomes[0].ending"
    assert "dissolved_jointly" in problem.message


def test_second_outcome_under_one_coding_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("    coding: skeptic", "    coding: curated")
    problem = only_problem(tmp_path, text)
    assert problem.field == "outcomes[3]" and "second outcome" in problem.message


def test_bilateral_treaty_needs_two_members(tmp_path: Path) -> None:
    text = TINY.replace("      - state: Japan\n", "      - state: Japan\n      - state: United Kingdom\n")
    problem = only_problem(tmp_path, text)
    assert problem.field == "treaties[2].members" and "2 members at a time, not 3" in problem.message


def test_a_successor_state_may_take_a_bilateral_members_place(tmp_path: Path) -> None:
    text = TINY.replace("      - state: Japan\n", "      - state: Japan\n        exited: 1944-02-01\n"
                        "      - state: United Kingdom\n        entered: 1944-02-01\n")
    assert problems_for(tmp_path, text) == []


def test_a_members_own_outcome_resolves_at_its_entry(tmp_path: Path) -> None:
    # "West Germany" did not exist when the treaty was signed in 1941, but did when it entered
    text = TINY.replace("      - state: Japan\n", "      - state: Japan\n        exited: 1950-01-01\n"
                        "      - state: West Germany\n        entered: 1955-05-05\n").replace(
        "    ended: \"1945-08\"\n", "")
    text += """  - treaty: tiny-1941-neutrality
    coding: curated
    member: West Germany
    ending: expired
    rationale: It lapsed.
    sources: [untreaty]
"""
    assert problems_for(tmp_path, text) == []


def test_invented_day_is_rejected(tmp_path: Path) -> None:
    text = TINY.replace("    ended: 1980-04-11", '    ended: "1980-02-30"')
    problem = only_problem(tmp_path, text)
    assert problem.field == "treaties[1].ended" and "does not exist" in problem.message


def test_duplicate_key_is_reported(tmp_path: Path) -> None:
    text = TINY.replace("    term_years: 30", "    term_years: 30\n    term_years: 31")
    problem = only_problem(tmp_path, text)
    assert (problem.line, problem.field) == (line_of(text, "term_years: 31"), "treaties[1].term_years")
    assert "twice" in problem.message


def test_several_problems_are_reported_at_once(tmp_path: Path) -> None:
    text = (TINY.replace("      - state: Qing China", "      - state: Atlantis")
            .replace("    coding: skeptic", "    coding: cynic")
            .replace("    kind: lease", "    kind: leased"))
    with pytest.raises(LedgerError) as caught:
        read_ledger(write(tmp_path, text))
    assert len(caught.value.problems) == 3
    message = str(caught.value)
    assert message.startswith("3 problems found")
    assert "Atlantis" in message and "cynic" in message and "leased" in message


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    text = TINY.replace("    title: Li-Lobanov Treaty", "    title: [Li-Lobanov Treaty")
    problem = only_problem(tmp_path, text)
    assert problem.line is not None and problem.line >= line_of(text, "[Li-Lobanov")
    assert "not valid YAML" in problem.message


def test_missing_file_is_a_ledger_error(tmp_path: Path) -> None:
    problem = validate_ledger(tmp_path / "nowhere.yaml")[0]
    assert "cannot read the file" in problem.message


def test_problem_prints_file_line_and_field() -> None:
    assert str(Problem("a.yaml", 12, "treaties[0].slug", "duplicate")) == "a.yaml:12: treaties[0].slug: duplicate"


_yaml_chars = st.sampled_from([*list("abc:-[]{}#&*!|>'\"%@`, \n\t0123456789"), "é", "- ", ": ", "\n  "])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(noise=st.lists(_yaml_chars, max_size=80).map("".join), cut=st.integers(0, len(TINY)))
def test_malformed_yaml_never_raises_anything_but_a_ledger_error(tmp_path: Path, noise: str, cut: int) -> None:
    text = TINY[:cut] + noise + TINY[cut:]
    try:
        read_ledger(write(tmp_path, text))
    except LedgerError as exc:
        assert exc.problems and all(p.file.endswith("tiny.yaml") for p in exc.problems)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10) | st.dates().map(str),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
))
def test_any_yaml_value_is_checked_without_a_traceback(tmp_path: Path, data: object) -> None:
    import yaml

    path = tmp_path / "any.yaml"
    path.write_text(yaml.safe_dump({"format": 1, "ledger": "x", "treaties": data}), encoding="utf-8")
    problems = validate_ledger(path)
    assert all(isinstance(p, Problem) for p in problems)


#: Defects of the tiny ledger, each on one line of it (by line number, the old text, the new): several records fail
#: their own checks (a kind, an ending, a date) while also naming an unknown state or source.
_DEFECTS: dict[str, tuple[int, str, str]] = {
    "treaty kind": (22, "kind: alliance", "kind: allianc"),
    "treaty member": (30, "state: Qing China", "state: Qing Chyna"),
    "treaty source": (31, "sources: [paine1996]", "sources: [paine1997]"),
    "second treaty's date": (37, "signed: 1950-02-14", "signed: 1950-02-31"),
    "second treaty's member": (41, "state: Soviet Union", "state: Soviet Onion"),
    "event kind": (58, "kind: lease", "kind: leased"),
    "event actor": (59, "actors: [Russian Empire]", "actors: [Russian Empyre]"),
    "outcome ending": (80, "ending: violated", "ending: violatd"),
    "outcome breacher": (81, "breached_by: [Russian Empire]", "breached_by: [Russian Empyre]"),
}


def _with_defects(names: set[str]) -> str:
    lines = TINY.splitlines(keepends=True)
    for name in names:
        number, old, new = _DEFECTS[name]
        assert old in lines[number - 1], name
        lines[number - 1] = lines[number - 1].replace(old, new)
    return "".join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sets(st.sampled_from(sorted(_DEFECTS)), min_size=2))
def test_one_pass_reports_every_problem_a_record_has(tmp_path: Path, defects: set[str]) -> None:
    """A record that fails its own checks still has its states and sources checked: fixing one problem never
    reveals another that the first pass could have named."""
    def found(names: set[str]) -> set[tuple[int | None, str, str]]:
        return {(p.line, p.field, p.message) for p in problems_for(tmp_path, _with_defects(names))}

    alone = [found({name}) for name in defects]
    assert all(alone)
    assert found(defects) == set().union(*alone)
