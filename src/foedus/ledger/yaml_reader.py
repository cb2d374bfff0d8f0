"""Reading a ledger's YAML with bounds: on its size, its aliases, its nesting; no tags, no merge keys.

A ledger is plain data: text, numbers, dates, lists and mappings. This reader builds those values straight from
the YAML parser's events, without PyYAML's composer or constructor, so that nothing a file holds can run code,
expand without bound, recurse, or end in a traceback:

- the file must be a regular file (not a device such as ``/dev/zero``, a FIFO or a folder) of at most
  :data:`MAX_LEDGER_BYTES`, checked before a byte is read;
- an alias (``*name``) may be used at most :data:`MAX_ALIASES` times in a file, the values the aliases add may
  number at most :data:`MAX_ALIAS_VALUES`, and an alias may not refer to a value it sits inside;
- no explicit tag (``!!binary``, ``!!python/...``, ``!mine``, on a value, a list or a mapping) and no merge key
  (``<<``);
- values nest at most :data:`MAX_DEPTH` deep;
- a plain scalar YAML would read as a date or a number it cannot hold (``1900-02-30``, a 5,000-digit integer)
  is kept as text, for the record's own checks to report with its line.

Each refusal is a :class:`~foedus.errors.LedgerError` naming the file, the line and the field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import yaml

from foedus.errors import LedgerError, Problem
from foedus.input_files import read_bounded

__all__ = [
    "MAX_ALIASES",
    "MAX_ALIAS_VALUES",
    "MAX_DEPTH",
    "MAX_LEDGER_BYTES",
    "FieldPath",
    "Lines",
    "field_name",
    "parse_ledger_yaml",
    "read_ledger_bytes",
]

#: The largest ledger file read, in bytes (the shipped ledgers are under 0.2 MB).
MAX_LEDGER_BYTES = 50 * 1024 * 1024
#: How many times a file may use an alias (``*name``).
MAX_ALIASES = 100
#: How many values the aliases of a file may add, counting every value inside an aliased list or mapping.
MAX_ALIAS_VALUES = 10_000
#: How deep lists and mappings may nest (a ledger needs 5 levels: ``treaties[3].members[0].state``).
MAX_DEPTH = 32
#: A plain integer with more digits than this is kept as text (the store holds 32-bit integers: 10 digits).
_MAX_INT_DIGITS = 30

FieldPath = tuple[str | int, ...]

_TAG_PREFIX = "tag:yaml.org,2002:"
#: The last part of the path of a key's own value (a key is not a field: its lines are not kept).
_KEY = "\x00key"
_MERGE = _TAG_PREFIX + "merge"


class Lines:
    """The line each value of a YAML document starts on, by its path from the root."""

    def __init__(self) -> None:
        self.by_path: dict[FieldPath, int] = {}

    def of(self, path: FieldPath) -> int | None:
        """Return the line of the value at ``path``, or of the nearest value that holds it."""
        while True:
            if path in self.by_path:
                return self.by_path[path]
            if not path:
                return None
            path = path[:-1]


def field_name(path: FieldPath) -> str:
    """Return a path as a ledger author reads it: ``treaties[3].members[0].state``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def read_ledger_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """Return the bytes of the ledger file at ``path``, refusing what is not a regular file of at most ``limit``
    bytes (default: :data:`MAX_LEDGER_BYTES`), before it is read.

    Raises
    ------
    LedgerError
        If the file cannot be opened, is not a regular file, or is larger than ``limit``.
    """
    return read_bounded(path, MAX_LEDGER_BYTES if limit is None else limit, LedgerError, "a ledger")


@dataclass
class _Open:
    """A list or mapping being built: where it is, what it holds so far, and how many values that is."""

    path: FieldPath
    value: dict[str, Any] | list[Any]
    anchor: str | None
    size: int = 1
    key: str | None = None  # in a mapping, the key whose value comes next
    awaiting_key: bool = True
    key_line: int = 0
    drop_value: bool = False  # the key was refused: build the value, then drop it


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's parser (libyaml's where present) and its resolver of plain scalars; its composer is not used."""


def _line_of(event: Any) -> int:
    """Return the 1-based line an event starts on."""
    mark = event.start_mark
    return int(mark.line) + 1 if mark is not None else 0


def _tag_text(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG_PREFIX) if tag.startswith(_TAG_PREFIX) else tag


class _Builder:
    """Builds a document's values from the parser's events, one at a time, with an explicit stack."""

    def __init__(self, loader: Any, file: str) -> None:
        self.loader = loader
        self.file = file
        self.lines = Lines()
        self.problems: list[Problem] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.aliases = 0
        self.alias_values = 0
        self.scalars: dict[str, Callable[[str, Any], Any]] = {
            _TAG_PREFIX + "null": lambda text, node: None,
            _TAG_PREFIX + "bool": lambda text, node: loader.bool_values[text.lower()],
            _TAG_PREFIX + "int": self._integer,
            _TAG_PREFIX + "float": lambda text, node: loader.construct_yaml_float(node),
            _TAG_PREFIX + "timestamp": lambda text, node: loader.construct_yaml_timestamp(node),
        }

    def refuse(self, event: Any, path: FieldPath, message: str) -> NoReturn:
        shown = tuple(part for part in path if part != _KEY)
        raise LedgerError([Problem(self.file, _line_of(event), field_name(shown), message)])

    def document(self) -> Any:
        loader = self.loader
        loader.get_event()  # the stream's start
        if loader.check_event(yaml.StreamEndEvent):
            return None
        loader.get_event()  # the document's start
        root = self._values()
        loader.get_event()  # the document's end
        if not loader.check_event(yaml.StreamEndEvent):
            self.refuse(loader.get_event(), (), "holds a second YAML document (after ---): a ledger is one document")
        return root

    def _values(self) -> Any:
        """Build the document's root value and everything in it."""
        stack: list[_Open] = []
        while True:
            event = self.loader.get_event()
            path = self._path_of_next(stack)
            is_key = self._next_is_key(stack)
            if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                done = stack.pop()
                if done.anchor is not None:
                    self.open_anchors.discard(done.anchor)
                    self.anchors[done.anchor] = (done.value, done.size)
                value, size, path = done.value, done.size, done.path
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                self._check_tag(event, path)
                if len(stack) >= MAX_DEPTH:
                    self.refuse(event, path, f"nests lists and mappings more than {MAX_DEPTH} deep")
                self.lines.by_path[path] = _line_of(event)
                opened = _Open(path, {} if isinstance(event, yaml.MappingStartEvent) else [], event.anchor)
                if event.anchor is not None:
                    self.open_anchors.add(event.anchor)
                stack.append(opened)
                continue
            elif isinstance(event, yaml.AliasEvent):
                value, size = self._alias(event, path)
                self.lines.by_path[path] = _line_of(event)
            elif isinstance(event, yaml.ScalarEvent):
                self._check_tag(event, path)
                value, size = self._scalar(event, path, is_key=is_key), 1
                if event.anchor is not None:
                    self.anchors[event.anchor] = (value, 1)
                self.lines.by_path[path] = _line_of(event)
            else:  # pragma: no cover - the parser yields no other event inside a document
                self.refuse(event, path, f"unexpected YAML event {type(event).__name__}")
            if not stack:
                return value
            self._attach(stack[-1], value, size, event)

    @staticmethod
    def _next_is_key(stack: list[_Open]) -> bool:
        return bool(stack) and isinstance(stack[-1].value, dict) and stack[-1].awaiting_key

    @staticmethod
    def _path_of_next(stack: list[_Open]) -> FieldPath:
        if not stack:
            return ()
        parent = stack[-1]
        if isinstance(parent.value, list):
            return (*parent.path, len(parent.value))
        if parent.awaiting_key or parent.key is None:
            return (*parent.path, _KEY)
        return (*parent.path, parent.key)

    def _attach(self, parent: _Open, value: Any, size: int, event: Any) -> None:
        parent.size += size
        if isinstance(parent.value, list):
            parent.value.append(value)
            return
        line = _line_of(event)
        if parent.awaiting_key:
            parent.awaiting_key = False
            parent.key, parent.key_line, parent.drop_value = None, line, False
            if isinstance(value, str | int) and not isinstance(value, bool):
                parent.key = str(value)
            else:
                shown = "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else repr(value)
                message = f"a key must be text, not {shown}"
                self.problems.append(Problem(self.file, line, field_name(parent.path), message))
                parent.drop_value = True
            return
        parent.awaiting_key = True
        if parent.drop_value or parent.key is None:
            return
        key = parent.key
        if key in parent.value:
            self.problems.append(Problem(self.file, parent.key_line, field_name((*parent.path, key)),
                                         "this key appears twice in the same record"))
        parent.value[key] = value
        self.lines.by_path[(*parent.path, key)] = parent.key_line

    def _check_tag(self, event: Any, path: FieldPath) -> None:
        if event.tag is not None:
            self.refuse(event, path, f"the YAML tag {_tag_text(event.tag)} is not allowed: a ledger holds plain text, "
                                     "numbers, dates, lists and mappings (quote a value to keep it as text)")

    def _alias(self, event: Any, path: FieldPath) -> tuple[Any, int]:
        name = event.anchor
        if name in self.open_anchors:
            self.refuse(event, path, f"the alias *{name} refers to a value it sits inside (&{name}): a value cannot "
                                     "hold itself")
        if name not in self.anchors:
            self.refuse(event, path, f"the alias *{name} refers to no anchor &{name} defined before it")
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            self.refuse(event, path, f"uses more than {MAX_ALIASES} aliases (*name): write the values out")
        value, size = self.anchors[name]
        self.alias_values += size
        if self.alias_values > MAX_ALIAS_VALUES:
            self.refuse(event, path, f"its aliases (*name) add more than {MAX_ALIAS_VALUES:,} values: write the "
                                     "values out")
        return value, size

    def _scalar(self, event: Any, path: FieldPath, *, is_key: bool) -> Any:
        text: str = event.value
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            self.refuse(event, path, f"holds a character that is not Unicode text ({exc.reason}); remove the escape")
        tag = self.loader.resolve(yaml.ScalarNode, text, event.implicit)
        if tag == _MERGE and is_key:
            self.refuse(event, path, "a merge key (<<) is not allowed: write the fields out")
        construct = self.scalars.get(tag)
        if construct is None:
            return text
        node = yaml.ScalarNode(tag, text, event.start_mark, event.end_mark)
        try:
            return construct(text, node)
        except (ValueError, OverflowError, KeyError, yaml.YAMLError):
            return text  # not the date or number it looks like: as text, the record's checks say what is wrong

    def _integer(self, text: str, node: yaml.ScalarNode) -> Any:
        if sum(c.isdigit() for c in text) > _MAX_INT_DIGITS:
            return text
        return self.loader.construct_yaml_int(node)


def parse_ledger_yaml(text: str, file: str) -> tuple[Any, Lines, list[Problem]]:
    """Return the document's data, the line of each value, and problems such as duplicate keys.

    Raises
    ------
    LedgerError
        If the text is not valid YAML, or holds what a ledger may not (see the module's rules).
    """
    loader = _Loader(text)
    builder = _Builder(loader, file)
    try:
        data = builder.document()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise LedgerError([Problem(file, line, "", f"not valid YAML: {exc.problem or exc}")]) from None
    except yaml.YAMLError as exc:
        raise LedgerError([Problem(file, None, "", f"not valid YAML: {exc}")]) from None
    finally:
        loader.dispose()
    return data, builder.lines, builder.problems
