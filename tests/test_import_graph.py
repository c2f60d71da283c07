"""The modules of ``src/eventwire`` import each other without cycles, and the packages keep their layers.

The graph is built here from the source with :mod:`ast` rather than with a dev tool (import-linter,
pydeps, grimp): about sixty lines, no new dependency to install in CI, and the rules read as plain
Python next to the layering they check (docs/architecture.md).

An edge ``a -> b`` is an ``import`` or ``from ... import`` statement in module ``a`` naming module
``b`` (``from pkg import name`` counts as ``pkg.name`` when that is a module, else as ``pkg``);
relative imports are resolved, and imports inside functions count too. Imports under
``if TYPE_CHECKING:`` are left out: they never run. Packages are not given implicit edges to
their parents: ``import eventwire.store.rows`` is one edge, to ``eventwire.store.rows``.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PKG = SRC / "eventwire"

# Package -> packages it must not import (see docs/architecture.md, "What may import what").
FORBIDDEN = {
    "eventwire.text": (
        "eventwire.coding",
        "eventwire.knowledge",
        "eventwire.store",
        "eventwire.scale",
        "eventwire.serve",
        "eventwire.cli",
        "eventwire.evaluation",
    ),
    "eventwire.knowledge": (
        "eventwire.text",
        "eventwire.coding",
        "eventwire.store",
        "eventwire.scale",
        "eventwire.serve",
        "eventwire.cli",
        "eventwire.evaluation",
    ),
    "eventwire.coding": (
        "eventwire.store",
        "eventwire.scale",
        "eventwire.serve",
        "eventwire.cli",
        "eventwire.evaluation",
    ),
    "eventwire.store": ("eventwire.serve", "eventwire.cli", "eventwire.evaluation"),
    "eventwire.scale": ("eventwire.serve", "eventwire.cli", "eventwire.evaluation"),
    "eventwire.serve": ("eventwire.cli", "eventwire.evaluation"),
    "eventwire.evaluation": ("eventwire.store", "eventwire.scale", "eventwire.serve", "eventwire.cli"),
    "eventwire.record": ("eventwire.",),
    "eventwire.errors": ("eventwire.",),
    "eventwire.gc_pause": ("eventwire.",),
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PKG.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    if isinstance(node, ast.Import):
        return {a.name for a in node.names}
    if node.level:
        package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
        base_parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        base = ".".join(base_parts + ([node.module] if node.module else []))
    else:
        base = node.module or ""
    return {f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names}


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[module] = {t for node in _imports(tree) for t in _targets(module, node) if t in MODULES and t != module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strongconnect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strongconnect(v)
    return found


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package if package.endswith(".") else package + ".")


def _deprecated_aliases() -> set[str]:
    """The shim modules of the old paths: they import ``eventwire._deprecated``."""
    graph = import_graph()
    return {m for m, targets in graph.items() if "eventwire._deprecated" in targets}


def test_the_graph_sees_the_package() -> None:
    graph = import_graph()
    assert "eventwire.coding.coder" in graph["eventwire"]
    assert "eventwire.coding.pipeline" in graph["eventwire.coding.coder"]
    assert len(graph) > 60


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles() -> None:
    found = cycles(import_graph())
    assert not found, "import cycles:\n" + "\n".join("  " + " <-> ".join(c) for c in found)


def test_packages_keep_their_layers() -> None:
    graph = import_graph()
    shims = _deprecated_aliases()
    broken = [
        f"{module} imports {target}"
        for module, targets in sorted(graph.items())
        if module not in shims
        for package, banned in FORBIDDEN.items()
        if _within(module, package)
        for target in sorted(targets)
        if any(_within(target, b) for b in banned)
    ]
    assert not broken, "layering broken:\n" + "\n".join("  " + b for b in broken)


def test_no_module_uses_a_deprecated_path() -> None:
    graph = import_graph()
    shims = _deprecated_aliases()
    users = [
        f"{m} imports {t}" for m, targets in sorted(graph.items()) if m not in shims for t in sorted(targets & shims)
    ]
    assert not users, "\n".join(users)
