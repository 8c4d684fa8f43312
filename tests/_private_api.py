"""Find where the kit's source reaches into a dependency's private members: the
kit must install beside the current release of each, so only public API is used."""

from __future__ import annotations

import ast
import importlib


def _imported_names(tree: ast.Module, package: str) -> tuple[dict[str, str], list[str]]:
    """Local names bound to ``package``'s modules or objects (name → dotted origin), and
    the underscored names the imports themselves reach."""
    names: dict[str, str] = {}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == package:
                    if any(part.startswith("_") for part in alias.name.split(".")):
                        found.append(alias.name)
                    local = (alias.asname or alias.name).split(".")[0]
                    names[local] = alias.name if alias.asname else local
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == package:
            if any(part.startswith("_") for part in node.module.split(".")):
                found.append(node.module)
            for alias in node.names:
                if alias.name.startswith("_"):
                    found.append(f"{node.module}.{alias.name}")
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names, found


def _resolve(dotted: str):
    module, _, name = dotted.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        try:
            return importlib.import_module(dotted)
        except ImportError:
            return None


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(
    source: str, package: str, settings: tuple[str, ...] = (), any_override: bool = False
) -> list[str]:
    """What ``source`` uses of ``package`` that is private: underscored names it imports
    or reaches through a name imported from ``package``; in a subclass of one of its
    classes, the private methods it overrides and the private members it reaches on
    ``self`` or ``super()``; and the setting keys in ``settings`` that only tune private
    code. ``any_override``: count every underscored method of such a subclass as an
    override (for a package whose private methods come and go between releases)."""
    tree = ast.parse(source)
    names, found = _imported_names(tree, package)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in names:
                found.append(f"{base.id}...{node.attr}")
        if not isinstance(node, ast.ClassDef):
            continue
        bases = [names[b.id] for b in node.bases if isinstance(b, ast.Name) and b.id in names]
        if not bases:
            continue
        classes = [c for c in map(_resolve, bases) if c is not None]

        def dependency_has(member: str, classes=classes) -> bool:
            return any(hasattr(c, member) for c in classes)

        for member in node.body:
            if (
                isinstance(member, ast.FunctionDef)
                and _private(member.name)
                and (any_override or dependency_has(member.name))
            ):
                found.append(f"{node.name}.{member.name}")
        for member in ast.walk(node):
            if not (isinstance(member, ast.Attribute) and _private(member.attr)):
                continue
            on_self = isinstance(member.value, ast.Name) and member.value.id == "self"
            on_super = isinstance(member.value, ast.Call) and getattr(member.value.func, "id", "") == "super"
            if (on_self or on_super) and dependency_has(member.attr):
                found.append(f"{node.name}: .{member.attr}")
    found += [key for key in settings if key in source]
    return found
