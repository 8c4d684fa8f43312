"""The board's page code as one ES module, assembled from its source modules.

Why assemble: anywidget loads ``_esm`` from a string through a ``blob:`` URL
(``import(URL.createObjectURL(new Blob([esm])))``), and a ``blob:`` URL has no
folder, so ``import … from "./state.js"`` inside it cannot be resolved. Serving the
files over HTTP would need a different route in JupyterLab, Voilà, a hub and the
tests' stand-in page; ``data:`` URLs per module may be refused by a page's content
security policy. Joining the modules here, once at import time, works wherever the
widget works, needs no build step (no Node.js on a user's machine) and keeps one
source of truth per module: the ``*.js`` files next to this one, which Node's test
runner and TypeScript read as they are.

The modules keep to a small subset of ES module syntax, which this file checks
(anything else is an error naming the file and line, never a silently broken page):

- ``import { a, b as c } from "./name.js";`` (one or more lines), relative, no cycles;
- ``export function``, ``export async function``, ``export class``, ``export const``
  or ``export let`` at the start of a line;
- ``export default`` in the entry module only.

Each imported module becomes a function scope that returns its exports, so names
never collide between modules; the entry module stays a module of its own.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["EsmError", "assemble"]

_IMPORT = re.compile(r'^import\s*\{([^}]*)\}\s*from\s*"\./([\w-]+)\.js";[ \t]*$', re.MULTILINE)
_EXPORT = re.compile(
    r"^export\s+(?:async\s+)?(?:function\*?|class|const|let)\s+([A-Za-z_$][\w$]*)", re.MULTILINE
)
_ANY_IMPORT_EXPORT = re.compile(r"^(import|export)\b.*$", re.MULTILINE)
_NAME = re.compile(r"^[A-Za-z_$][\w$]*$")


class EsmError(ValueError):
    """A page module uses syntax the assembler does not join (a developer's error)."""


def _line_of(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def _imports(name: str, text: str) -> list[tuple[str, list[tuple[str, str]], re.Match]]:
    """The modules ``text`` imports, with (imported, local) name pairs."""
    found = []
    for match in _IMPORT.finditer(text):
        pairs = []
        for part in match.group(1).split(","):
            words = part.split()
            if not words:
                continue
            if len(words) == 1 and _NAME.match(words[0]):
                pairs.append((words[0], words[0]))
            elif len(words) == 3 and words[1] == "as" and _NAME.match(words[0]) and _NAME.match(words[2]):
                pairs.append((words[0], words[2]))
            else:
                raise EsmError(
                    f"{name}.js line {_line_of(text, match.start())}: cannot join {part.strip()!r}"
                )
        found.append((match.group(2), pairs, match))
    return found


def _check_syntax(name: str, text: str, entry: bool) -> None:
    """Every line starting with import/export is one of the forms the assembler joins."""
    handled = {m.start() for m in _IMPORT.finditer(text)} | {m.start() for m in _EXPORT.finditer(text)}
    for match in _ANY_IMPORT_EXPORT.finditer(text):
        if match.start() in handled:
            continue
        if entry and match.group(0).startswith("export default "):
            continue
        raise EsmError(f"{name}.js line {_line_of(text, match.start())}: cannot join {match.group(0)[:60]!r}")


def _scope(name: str) -> str:
    return "__jk_" + name.replace("-", "_")


def _rewrite_imports(name: str, text: str) -> str:
    """``import { a, b as c } from "./x.js";`` → ``const { a, b: c } = __jk_x;``"""

    def replace(match: re.Match) -> str:
        ((module, pairs, _),) = _imports(name, match.group(0))
        names = ", ".join(a if a == b else f"{a}: {b}" for a, b in pairs)
        return f"const {{ {names} }} = {_scope(module)};"

    return _IMPORT.sub(replace, text)


def assemble(folder: Path, entry: str = "board") -> str:
    """One ES module: ``entry``.js with every module it imports (directly or not)
    placed before it, each in a scope of its own."""
    order: list[str] = []
    texts: dict[str, str] = {}

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in order:
            return
        if name in path:
            raise EsmError(f"import cycle: {' → '.join((*path, name))}")
        file = folder / f"{name}.js"
        if not file.is_file():
            raise EsmError(f"{path[-1] if path else name}.js imports ./{name}.js, which does not exist")
        text = file.read_text("utf-8")
        _check_syntax(name, text, entry=name == entry)
        texts[name] = text
        for module, _pairs, _match in _imports(name, text):
            visit(module, (*path, name))
        order.append(name)

    visit(entry, ())
    parts = [
        f"// Assembled from {', '.join(f'{n}.js' for n in order)} (journeykit_widgets/widgets/board/esm.py).\n"
    ]
    for name in order:
        text = _rewrite_imports(name, texts[name])
        if name == entry:
            parts.append(f"// ---- {name}.js\n{text}")
            continue
        exported = _EXPORT.findall(text)
        body = _EXPORT.sub(lambda m: m.group(0).removeprefix("export").lstrip(), text)
        parts.append(
            f"// ---- {name}.js\nconst {_scope(name)} = (() => {{\n{body}\nreturn {{ {', '.join(exported)} }};\n}})();\n"
        )
    return "\n".join(parts)
