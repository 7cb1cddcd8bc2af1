"""The layering of ``reader``, read from every module's imports (parsed with ast, nothing imported).

The core never imports the window or the command line, the window never imports the command line, and no
modules import each other, in two or through more. Inside the window (``reader/ui/``): ``base`` imports
no other part of it, the reading pane ``view`` only ``base``, and a feature package neither another
feature nor the window's top modules (``app``, ``mainwindow``, ``screenshot``), which put them together. Every import counts, also one inside a function or under TYPE_CHECKING:
a lazy import is still a dependency. ``from package import name`` depends on ``package.name`` when that
is a module, else on ``package``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import REPO

#: the window's feature packages, each built on ``reader.ui.base`` and ``reader.ui.view`` alone
FEATURES = ["linking", "annotations", "translation", "files", "words"]
#: the modules at the top of ``reader/ui/`` (everything else sits in a package)
UI_TOP = {"app", "mainwindow", "screenshot", "qtapp"}
#: the top modules that build the window out of the packages
WINDOW = [f"reader.ui.{name}" for name in ("app", "mainwindow", "screenshot")]

#: (importer, imported): no module in or under the first may import a module in or under the second
FORBIDDEN = [
    ("reader.core", "reader.ui"),
    ("reader.core", "reader.cli"),
    ("reader.ui", "reader.cli"),
    *[("reader.ui.base", f"reader.ui.{part}") for part in ["view", *FEATURES]],
    *[("reader.ui.view", f"reader.ui.{feature}") for feature in FEATURES],
    *[(f"reader.ui.{a}", f"reader.ui.{b}") for a in FEATURES for b in FEATURES if a != b],
    *[(f"reader.ui.{part}", top) for part in ["base", "view", *FEATURES] for top in WINDOW],
]

# KNOWN, to be fixed (issue 15): each entry goes when its cause is fixed; the test fails on any other
# violation or cycle, and also on an entry here that no longer happens, so the lists only shrink.
#: (importer, imported) pairs that break FORBIDDEN today: none
KNOWN_VIOLATIONS: set[tuple[str, str]] = set()
#: two-module cycles today: none
KNOWN_CYCLES: set[tuple[str, str]] = set()


def module_names(root: Path) -> dict[str, Path]:
    """Every module of the package at ``root`` by dotted name (a package by its own name)."""
    names = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _imported(node: ast.Import | ast.ImportFrom, name: str, is_package: bool, modules: dict[str, Path]) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:  # relative: from the module's package (a package's own name for its __init__)
        base = name.split(".")[: len(name.split(".")) - node.level + (1 if is_package else 0)]
        package = ".".join(base + ([node.module] if node.module else []))
    else:
        package = node.module or ""
    return [f"{package}.{alias.name}" if f"{package}.{alias.name}" in modules else package for alias in node.names]


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module → the modules of the same package it imports (the nearest module for a name inside one)."""
    modules = module_names(root)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            for target in _imported(node, name, path.name == "__init__.py", modules):
                while target and target not in modules:  # reader.core.errors.ReaderError → reader.core.errors
                    target = target.rpartition(".")[0]
                if target and target != name:
                    found.add(target)
        graph[name] = found
    return graph


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    """The (importer, imported) pairs that FORBIDDEN rules out."""
    return {(a, b) for a, targets in graph.items() for b in targets
            for low, high in FORBIDDEN if _under(a, low) and _under(b, high)}


def two_module_cycles(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    """Pairs of modules that import each other, each pair sorted."""
    return {tuple(sorted((a, b))) for a, targets in graph.items() for b in targets if a in graph.get(b, ())}


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The import cycles of any length: each strongly connected set of two or more modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(name: str) -> None:
        index[name] = low[name] = len(index)
        stack.append(name)
        for target in graph.get(name, ()):
            if target not in index:
                visit(target)
                low[name] = min(low[name], low[target])
            elif target in stack:
                low[name] = min(low[name], index[target])
        if low[name] == index[name]:
            component = set()
            member = ""
            while member != name:
                member = stack.pop()
                component.add(member)
            if len(component) > 1:
                found.append(component)

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return found


def test_layers_are_kept():
    found = violations(import_graph(REPO / "reader"))
    assert found - KNOWN_VIOLATIONS == set(), "imports across the layers (core → ui/cli, ui → cli, inside ui: base ← view ← features ← window)"
    assert KNOWN_VIOLATIONS - found == set(), "fixed: remove these from KNOWN_VIOLATIONS"


def test_no_two_modules_import_each_other():
    found = two_module_cycles(import_graph(REPO / "reader"))
    assert found - KNOWN_CYCLES == set(), "modules that import each other"
    assert KNOWN_CYCLES - found == set(), "fixed: remove these from KNOWN_CYCLES"


def test_no_longer_import_cycles():
    assert cycles(import_graph(REPO / "reader")) == [], "modules that import each other through others"


def test_the_window_is_in_packages():
    """Every module of ``reader/ui/`` but the few on top sits in a package; each feature package and the
    shared ones exist, so that the rules above are about real folders."""
    ui = REPO / "reader" / "ui"
    assert {path.stem for path in ui.glob("*.py")} - {"__init__"} == UI_TOP
    for part in ["base", "view", *FEATURES]:
        assert (ui / part / "__init__.py").is_file(), part


def test_the_window_rules_catch_a_feature_importing_another():
    graph = {
        "reader.ui.view.column": {"reader.ui.base.theme"},
        "reader.ui.linking.editing": {"reader.ui.view.column", "reader.ui.annotations.controller"},
        "reader.ui.annotations.controller": {"reader.ui.view.column"},
        "reader.ui.base.theme": {"reader.ui.view.render"},
        "reader.ui.view.pairview": {"reader.ui.words.places", "reader.ui.mainwindow"},
        "reader.ui.mainwindow": {"reader.ui.linking.editing", "reader.ui.view.pairview"},
    }
    assert violations(graph) == {
        ("reader.ui.linking.editing", "reader.ui.annotations.controller"),
        ("reader.ui.base.theme", "reader.ui.view.render"),
        ("reader.ui.view.pairview", "reader.ui.words.places"),
        ("reader.ui.view.pairview", "reader.ui.mainwindow"),
    }


def test_the_cycle_check_finds_a_longer_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"d"}}
    assert cycles(graph) == [{"a", "b", "c"}]
    assert two_module_cycles(graph) == set()


def test_the_checks_see_every_kind_of_import(tmp_path):
    """On a small package: absolute, relative, lazy and ``from package import module`` imports are all
    seen, and both a cycle and a forbidden import are found."""
    files = {
        "reader/__init__.py": "",
        "reader/core/__init__.py": "from . import text\n",
        "reader/core/text.py": "import os\nfrom reader.core.errors import ReaderError\n",
        "reader/core/errors.py": "class ReaderError(Exception):\n    pass\n",
        "reader/core/late.py": "def show():\n    from ..ui import window\n",
        "reader/ui/__init__.py": "",
        "reader/ui/window.py": "from reader.core import text\nfrom .view import draw\n",
        "reader/ui/view.py": "def draw():\n    import reader.ui.window\n",
        "reader/cli/__init__.py": "",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = import_graph(tmp_path / "reader")
    assert graph["reader.core"] == {"reader.core.text"}
    assert graph["reader.core.text"] == {"reader.core.errors"}
    assert graph["reader.core.late"] == {"reader.ui.window"}
    assert graph["reader.ui.window"] == {"reader.core.text", "reader.ui.view"}
    assert violations(graph) == {("reader.core.late", "reader.ui.window")}
    assert two_module_cycles(graph) == {("reader.ui.view", "reader.ui.window")}
