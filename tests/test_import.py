"""``import journeykit_widgets`` stays light: heavy libraries load on first use.

Time is measured in benchmarks/bench_import.py; this test checks the cause of
slowness that a person would notice, which modules the import pulls in.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

HEAVY = ["pandas", "matplotlib", "ipywidgets", "nbconvert", "nbclient", "openpyxl", "IPython", "pydantic"]


def _modules_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_package_import_loads_no_heavy_library():
    loaded = _modules_after("import journeykit_widgets")
    assert not [name for name in HEAVY if name in loaded]


def test_model_and_store_do_not_load_pandas_or_matplotlib():
    loaded = _modules_after("import journeykit_widgets as jk\njk.load, jk.Journey")
    assert "pydantic" in loaded
    assert not {"pandas", "matplotlib", "ipywidgets"} & loaded


def test_public_names_resolve():
    import journeykit_widgets as jk

    for name in jk.__all__:
        assert getattr(jk, name) is not None, name


# The layers of journeykit_widgets, lowest first. A module belongs to the layer of
# the longest prefix that names it, so a new module inside an existing package is
# ranked without touching this list, and a new top-level module must be placed here.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("i18n",),
    ("identity",),
    ("frameworks",),
    ("model",),
    ("store",),
    ("samples",),
    ("analysis",),
    ("render", "views"),
    ("outputs", "room", "paths", "notebook_save", "server_settings", "kernel_budget"),
    ("summaries", "checks", "comment_lists"),
    ("_browser",),
    ("widgets", "_start"),
    ("exercises",),
    ("handouts",),
    ("collect", "teams"),
    ("workshop", "learner_progress"),
    # the package's own __init__ names the public API (lazily, by module path) and
    # holds __version__, which the CLI prints: one top layer with the CLI.
    ("cli", "__init__", "__main__"),
)
PACKAGE = Path(__file__).resolve().parent.parent / "journeykit_widgets"


def _module_names() -> dict[str, Path]:
    """Every module of the package by dotted name below ``journeykit_widgets``
    (``store.files``, ``store`` for ``store/__init__.py``, ``__init__`` for the root)."""
    names = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts.pop()
        names[".".join(parts)] = path
    return names


def _rank(module: str) -> int | None:
    best, best_len = None, -1
    for rank, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = rank, len(prefix)
    return best


def _imports(module: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that ``module`` imports anywhere in its text, inside
    functions too: a lazy import is still a dependency, only a later one."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    if module == "__init__":
        package = []
    found: set[str] = set()

    def resolve(name: str) -> None:
        # ``store.files.load`` is not a module: walk up to the module that defines it.
        while name and name not in known:
            name = name.rpartition(".")[0]
        found.add(name or "__init__")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "journeykit_widgets" or alias.name.startswith("journeykit_widgets."):
                    resolve(alias.name.removeprefix("journeykit_widgets").lstrip("."))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif node.module and (
                node.module == "journeykit_widgets" or node.module.startswith("journeykit_widgets.")
            ):
                target = node.module.removeprefix("journeykit_widgets").lstrip(".")
            else:
                continue
            for alias in node.names:
                candidate = f"{target}.{alias.name}" if target else alias.name
                resolve(candidate if candidate in known else target)
    found.discard(module)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _module_names()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def test_every_module_has_a_layer():
    """A module nobody placed in a layer would be invisible to the layering rule."""
    unranked = sorted(name for name in _module_names() if _rank(name) is None)
    assert not unranked, f"place these modules in LAYERS: {unranked}"


def test_each_module_imports_only_its_own_layer_or_earlier_ones():
    """i18n → frameworks → model → store → analysis → render → outputs → widgets →
    exercises → handouts → workshop → cli: data flows one way, so no module reaches forward."""
    forward = [
        f"{name} (layer {_rank(name)}) imports {other} (layer {_rank(other)})"
        for name, targets in sorted(_graph().items())
        for other in sorted(targets)
        if _rank(name) is not None and _rank(other) is not None and _rank(other) > _rank(name)
    ]
    assert not forward, "\n".join(forward)


def test_no_import_cycle():
    """No two modules depend on each other, directly or around a loop, lazily or not."""
    graph = _graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for other in sorted(graph.get(name, ())):
            # a package's __init__ re-exporting its own submodules is how Python
            # packages work; a submodule importing its package back is a cycle.
            if state.get(other) == 1:
                cycles.append([*path[path.index(other) :], other])
            elif other not in state:
                visit(other, [*path, other])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not cycles, "\n".join(" → ".join(cycle) for cycle in cycles)


def test_the_layering_check_sees_lazy_and_relative_imports(tmp_path):
    """The checker itself: an import inside a function and a relative one both count."""
    (tmp_path / "a.py").write_text("def f():\n    from journeykit_widgets.b import x\n", "utf-8")
    (tmp_path / "b.py").write_text("from . import a\n", "utf-8")
    known = {"a", "b"}
    assert _imports("a", tmp_path / "a.py", known) == {"b"}
    assert _imports("b", tmp_path / "b.py", known) == {"a"}
