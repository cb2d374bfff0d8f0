"""The layers of ARCHITECTURE.md hold: no import circle between modules, and no arrow from a lower layer to a
higher one except those ARCHITECTURE.md names (at most two).

Pure Python over the source (``ast``), so it runs in well under a second. An import counts wherever it is written
(at the top or inside a function); only those under ``if TYPE_CHECKING:`` do not, since they never run.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from fnmatch import fnmatchcase
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "foedus"
ARCHITECTURE = ROOT / "ARCHITECTURE.md"

Edge = tuple[str, str]


def _modules() -> dict[str, Path]:
    found = {}
    for path in SOURCE.rglob("*.py"):
        parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _owner(name: str) -> str | None:
    """Return the module an imported name lives in (``foedus.store.facts.codings`` -> ``foedus.store.facts``)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(module: str, path: Path) -> Iterator[str]:
    """Yield the foedus modules ``module`` imports at run time (at the top or in a function)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                yield from (n for c in child.orelse for n in visit(ast.Module(body=[c], type_ignores=[])))
                continue
            if isinstance(child, ast.Import):
                yield from (a.name for a in child.names if a.name.split(".")[0] == "foedus")
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parent = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*parent, *([base] if base else [])])
                if base.split(".")[0] == "foedus":
                    yield from (f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in child.names)
            yield from visit(child)

    yield from visit(ast.parse(path.read_text(encoding="utf-8")))


def _edges() -> set[Edge]:
    edges = set()
    for module, path in MODULES.items():
        for name in _imports(module, path):
            target = _owner(name)
            if target is not None and target != module:
                edges.add((module, target))
    return edges


def _section(title: str) -> str:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"ARCHITECTURE.md has no section '## {title}'"
    return match.group(1)


def _layers() -> list[tuple[str, list[str]]]:
    """Return ARCHITECTURE.md's layers, lowest first, each with its module patterns."""
    block = re.search(r"```text\n(.*?)```", _section("Layers"), re.DOTALL)
    assert block, "the Layers section of ARCHITECTURE.md has no ```text block"
    layers = []
    for line in block.group(1).splitlines():
        if line.strip():
            name, _, modules = line.partition(":")
            layers.append((name.strip(), modules.split()))
    return layers


def _named(title: str) -> list[tuple[str, str]]:
    """Return the arrows a section of ARCHITECTURE.md names: lines ``- `FROM -> TO`: why``."""
    return re.findall(r"^- `(\S+) -> (\S+)`", _section(title), re.MULTILINE)


def _layer_of(module: str, layers: list[tuple[str, list[str]]]) -> int | None:
    """Return the index of the layer whose most specific pattern matches ``module``."""
    best: tuple[int, int] | None = None
    short = module.removeprefix("foedus.") if module != "foedus" else "foedus"
    for index, (_, patterns) in enumerate(layers):
        for pattern in patterns:
            matches = short == pattern or short.startswith(pattern + ".")
            if matches and (best is None or len(pattern) > best[1]):
                best = (index, len(pattern))
    return None if best is None else best[0]


def _matches(edge: Edge, named: list[tuple[str, str]]) -> bool:
    return any(fnmatchcase(edge[0], a) and fnmatchcase(edge[1], b) for a, b in named)


def _circles(edges: set[Edge]) -> list[list[str]]:
    """Return the strongly connected components of more than one module (Tarjan's algorithm, iteratively)."""
    graph: dict[str, list[str]] = {m: [] for m in MODULES}
    for a, b in edges:
        graph[a].append(b)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


@pytest.fixture(scope="module")
def edges() -> set[Edge]:
    return _edges()


def test_no_module_imports_another_that_imports_it_back(edges: set[Edge]) -> None:
    kept = edges  # no exception: an import inside a function counts as any other
    circles = _circles(kept)
    described = [" <-> ".join(c) + ": " + ", ".join(f"{a} -> {b}" for a, b in sorted(kept) if a in c and b in c)
                 for c in circles]
    assert not circles, "import circles:\n" + "\n".join(described)


def test_every_module_has_a_layer() -> None:
    layers = _layers()
    assert [name for name, _ in layers] == ["ground", "sources", "store", "queries", "models", "reports", "shells"]
    assert [m for m in sorted(MODULES) if _layer_of(m, layers) is None] == []


def test_arrows_run_down_except_the_named_ones(edges: set[Edge]) -> None:
    layers = _layers()
    named = _named("Arrows that run back up")
    assert len(named) <= 2, "ARCHITECTURE.md names more than two arrows that run back up"
    upward = sorted((a, b) for a, b in edges if (_layer_of(b, layers) or 0) > (_layer_of(a, layers) or 0))
    unnamed = [f"{a} ({layers[_layer_of(a, layers) or 0][0]}) -> {b} ({layers[_layer_of(b, layers) or 0][0]})"
               for a, b in upward if not _matches((a, b), named)]
    assert not unnamed, "imports from a lower layer to a higher one:\n" + "\n".join(unnamed)
    for a, b in named:  # each named arrow is still needed: none is left behind once its import goes
        assert any(fnmatchcase(x, a) and fnmatchcase(y, b) for x, y in upward), f"{a} -> {b} no longer runs up"


def test_the_checker_sees_circles_and_upward_arrows() -> None:
    """The checks above can fail: a circle and an upward arrow made up here are found."""
    assert _circles({("foedus.store", "foedus.history"), ("foedus.history", "foedus.store")}) == [
        ["foedus.history", "foedus.store"]]
    layers = _layers()
    assert (_layer_of("foedus.store.facts", layers) or 0) < (_layer_of("foedus.reliability.fits", layers) or 0)
    assert not _matches(("foedus.store.facts", "foedus.reliability.fits"), _named("Arrows that run back up"))
