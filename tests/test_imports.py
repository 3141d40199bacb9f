"""factcli's modules import one another without cycles: not at module level, not inside
functions, not behind TYPE_CHECKING. A cycle means two modules share one job or a value
type lives in the wrong module; lazy imports only hide it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "factcli"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path, known: set[str]) -> Iterator[str]:
    """Every factcli module that the module `name` imports, wherever the import statement is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                if f"{base}.{alias.name}" in known:  # `from package import module`
                    yield f"{base}.{alias.name}"
                elif base in known:
                    yield base


def import_graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: set(imported(name, path, known)) - {name} for name, path in found.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
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

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_finder_sees_every_kind_of_import(tmp_path: Path) -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    source = tmp_path / "mod.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "import factcli.model\n"
        "if TYPE_CHECKING:\n    from factcli.values import Quantity\n"
        "def f():\n    from factcli.cli import render\n    from . import errors\n",
        encoding="utf-8",
    )
    known = {
        "factcli.model",
        "factcli.values",
        "factcli.cli",
        "factcli.cli.render",
        "factcli.errors",
    }
    assert set(imported("factcli.mod", source, known)) == {
        "factcli.model",
        "factcli.values",
        "factcli.cli.render",
        "factcli.errors",
    }


def test_no_import_cycles() -> None:
    graph = import_graph()
    assert "factcli.cli.app" in graph["factcli.cli.commands"]  # the graph is read at all
    assert cycles(graph) == []


MAX_MODULE_LINES = 650  # "no module over about 600 lines": split a module along its seams


def test_no_module_outgrows_its_job() -> None:
    package = Path(__file__).resolve().parents[1] / "factcli"
    sizes = {
        str(path.relative_to(package)): len(path.read_text(encoding="utf-8").splitlines())
        for path in package.rglob("*.py")
    }
    assert {name: size for name, size in sizes.items() if size > MAX_MODULE_LINES} == {}


def test_no_module_holds_a_control_character() -> None:
    """A "\\b" typed where r"\\b" was meant is a backspace in a pattern: it never matches."""
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        bad = [c for c in set(text) if ord(c) < 32 and c not in "\n\t"]
        assert not bad, f"{path.relative_to(PACKAGE)}: {bad}"
