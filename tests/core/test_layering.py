"""Layering: plugins depend on the core, never on each other; the core imports no plugin; no
module-level import cycle. Read from the source (``ast``), so a lazy import inside a function
counts as much as one at the top; an import by a name built at run time
(``importlib.import_module``, entry points) is not seen."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = "contactkit_plugins"


@dataclass(frozen=True)
class Module:
    name: str  # dotted, as installed
    path: Path
    is_package: bool


def modules(root: Path = ROOT) -> dict[str, Module]:
    """Every module of the host (src/contactkit) and the built-in plugins, by dotted name."""
    found = {}
    for top, package in (("src/contactkit", "contactkit"), ("plugins", PLUGINS)):
        for path in (root / top).rglob("*.py"):
            parts = [package, *path.relative_to(root / top).with_suffix("").parts]
            is_package = parts[-1] == "__init__"
            name = ".".join(parts[:-1] if is_package else parts)
            found[name] = Module(name, path, is_package)
    return found


def imported_names(module: Module, top_level_only: bool = False) -> Iterator[tuple[str, int]]:
    """(dotted name, line) of every import; ``from a import b`` gives both ``a`` and ``a.b``."""
    tree = ast.parse(module.path.read_text(encoding="utf-8"))
    base = module.name if module.is_package else module.name.rpartition(".")[0]
    # Top level only for cycles: an import inside a function or under ``if TYPE_CHECKING`` runs
    # after every module has loaded, which is how a cycle is broken on purpose.
    nodes = run_on_load(tree.body) if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:
                anchor = base
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                source = f"{anchor}.{source}" if source else anchor
            yield source, node.lineno
            for alias in node.names:
                yield f"{source}.{alias.name}", node.lineno


def run_on_load(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements that run when the module loads: its top level, and what a ``try``, ``if``
    or ``with`` there holds (an optional import in ``try``/``except ImportError`` still loads
    with the module), but not the body of a function or class, nor ``if TYPE_CHECKING``."""
    for node in body:
        yield node
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from run_on_load(node.orelse)
        elif isinstance(node, (ast.If, ast.Try, ast.With)):
            for block in ("body", "orelse", "finalbody"):
                yield from run_on_load(getattr(node, block, []))
            for handler in getattr(node, "handlers", []):
                yield from run_on_load(handler.body)


def plugin_of(name: str) -> str | None:
    """The built-in plugin a dotted name belongs to, or None for the core and the rest."""
    parts = name.split(".")
    return parts[1] if parts[0] == PLUGINS and len(parts) > 1 else None


def crossings(root: Path = ROOT) -> list[str]:
    """Imports across the layers: a plugin importing another plugin, the core importing one."""
    found = []
    for module in modules(root).values():
        own = plugin_of(module.name)
        for name, line in imported_names(module):
            into_plugins = name.split(".")[0] == PLUGINS
            if into_plugins and (own is None or plugin_of(name) not in (None, own)):
                found.append(f"{module.path.relative_to(root)}:{line} imports {name}")
    return sorted(set(found))


def import_cycles(root: Path = ROOT) -> list[list[str]]:
    """Cycles of top-level imports between modules (Tarjan's strongly connected components).

    A module's edge to its own parent packages is left out: importing a submodule always loads
    its parents first, so ``pkg/__init__`` importing ``pkg.a`` and ``pkg.a`` importing
    ``from pkg import b`` is no cycle.
    """
    found = modules(root)
    graph: dict[str, set[str]] = {}
    for name, module in found.items():
        parents = {name.rsplit(".", k)[0] for k in range(1, name.count(".") + 1)}
        graph[name] = {
            target
            for target, _ in imported_names(module, top_level_only=True)
            if target in found and target != name and target not in parents
        }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_no_plugin_imports_another_plugin_and_the_core_imports_none():
    assert crossings() == []


def test_no_import_cycle():
    assert import_cycles() == []


def write(root: Path, files: dict[str, str]) -> None:
    (root / "src" / "contactkit").mkdir(parents=True)
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_checks_see_a_crossing_and_a_cycle(tmp_path):
    """The checks themselves: a plugin importing another (even lazily) or the core importing a
    plugin is caught, relative imports within a plugin are not; a top-level cycle is caught (an
    import in a top-level ``try`` too), a package importing its own submodules or an import
    under ``if TYPE_CHECKING`` is not."""
    write(
        tmp_path,
        {
            "plugins/one/__init__.py": "from .fine import g\n",
            "plugins/one/fine.py": "from . import helpers\nimport contactkit\n\n"
            "def g():\n    from contactkit_plugins.two import thing\n",
            "plugins/one/helpers.py": "",
            "src/contactkit/core.py": "import contactkit_plugins.two.sink\n",
            "src/contactkit/a.py": "from contactkit import b\n",
            "src/contactkit/b.py": "from contactkit.a import x\n",
            "src/contactkit/c.py": "try:\n    from contactkit import d\n"
            "except ImportError:\n    d = None\n",
            "src/contactkit/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from contactkit import e\n",
            "src/contactkit/e.py": "import contactkit.c\n",
        },
    )
    assert crossings(tmp_path) == [
        "plugins/one/fine.py:5 imports contactkit_plugins.two",
        "plugins/one/fine.py:5 imports contactkit_plugins.two.thing",
        "src/contactkit/core.py:1 imports contactkit_plugins.two.sink",
    ]
    # c -> d in a try block counts, d -> e under TYPE_CHECKING does not: c, d, e make no cycle.
    assert import_cycles(tmp_path) == [["contactkit.a", "contactkit.b"]]
    (tmp_path / "src/contactkit/d.py").write_text("import contactkit.e\n", encoding="utf-8")
    assert import_cycles(tmp_path) == [
        ["contactkit.a", "contactkit.b"],
        ["contactkit.c", "contactkit.d", "contactkit.e"],
    ]
