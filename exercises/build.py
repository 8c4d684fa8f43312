"""Build the exercise notebooks from their one source each.

Every exercise is written once, in ``exercises/source/NN_name.py``, in both
languages and with its solution between ``### BEGIN SOLUTION`` / ``### END
SOLUTION`` markers. This script writes

* ``exercises/participant/{en,nl}/NN_name.ipynb`` — solutions replaced by a
  placeholder comment and a runnable skeleton (``### SKELETON`` lines), so the
  check cell runs and says what is still missing;
* ``exercises/solutions/{en,nl}/NN_name.ipynb`` — solutions in, markers out,
  solution cells tagged ``solution``.

Usage: ``python exercises/build.py`` (write) or ``python exercises/build.py --check``
(exit 1 when the committed notebooks differ from a fresh build).

Source format (a small cousin of jupytext's percent format):

``# %% [markdown]`` starts a Markdown cell; lines start with ``# ``. Inside it,
``<!-- en -->`` and ``<!-- nl -->`` start the English and Dutch text; text before
the first marker is shared. ``# %%`` starts a code cell for both languages,
``# %% [en]`` / ``# %% [nl]`` one for a single language; ``tags=["a", "b"]`` after
the ``%%`` adds cell tags. ``__LANG__`` in code becomes ``"en"`` or ``"nl"``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
LANGUAGES = ("en", "nl")
VARIANTS = ("participant", "solutions")

BEGIN, END, SKELETON = "### BEGIN SOLUTION", "### END SOLUTION", "### SKELETON"
_HEADER = re.compile(r"^# %%(?P<rest>.*)$")
_LANG_MARK = re.compile(r"^<!--\s*(en|nl)\s*-->\s*$")


def placeholder(lang: str) -> str:
    """The comment that replaces a solution: "# YOUR ANSWER HERE ..." in the notebook's language."""
    from journeykit_widgets.i18n import t

    return t("exercises.placeholder", lang=lang)


@dataclass
class Cell:
    kind: str  # "markdown" | "code"
    lines: list[str] = field(default_factory=list)
    language: str | None = None  # only for this language
    tags: list[str] = field(default_factory=list)

    @property
    def has_solution(self) -> bool:
        return any(line.strip() == BEGIN for line in self.lines)


def parse(text: str) -> list[Cell]:
    """The cells of one source file."""
    cells: list[Cell] = []
    for line in text.splitlines():
        match = _HEADER.match(line)
        if match:
            rest = match.group("rest")
            tags = json.loads(m.group(1)) if (m := re.search(r"tags=(\[.*?\])", rest)) else []
            kind = "markdown" if "[markdown]" in rest else "code"
            lang = m.group(1) if (m := re.search(r"\[(en|nl)\]", rest)) else None
            cells.append(Cell(kind, [], lang, tags))
        elif cells:
            cells[-1].lines.append(line)
        elif line.strip():
            raise ValueError(f"text before the first cell: {line!r}")
    for cell in cells:
        while cell.lines and not cell.lines[-1].strip():
            cell.lines.pop()
        while cell.lines and not cell.lines[0].strip():
            cell.lines.pop(0)
    return cells


def markdown_for(cell: Cell, lang: str) -> str:
    """The Markdown of one language: shared text plus that language's section."""
    out: list[str] = []
    current: str | None = None
    for raw in cell.lines:
        if raw and not raw.startswith("#"):
            raise ValueError(f"a Markdown line must start with '# ': {raw!r}")
        line = raw[2:] if raw.startswith("# ") else raw[1:]
        if m := _LANG_MARK.match(line.strip()):
            current = m.group(1)
            continue
        if current in (None, lang):
            out.append(line)
    while out and not out[-1].strip():
        out.pop()
    while out and not out[0].strip():
        out.pop(0)
    return "\n".join(out)


def code_for(cell: Cell, lang: str, variant: str) -> str:
    """The code of one variant: the solution in, or the placeholder and skeleton."""
    out: list[str] = []
    inside = False
    for line in cell.lines:
        stripped = line.strip()
        if stripped == BEGIN:
            if inside:
                raise ValueError("nested ### BEGIN SOLUTION")
            inside = True
            if variant == "participant":
                out.append(line[: len(line) - len(line.lstrip())] + placeholder(lang))
            continue
        if stripped == END:
            if not inside:
                raise ValueError("### END SOLUTION without BEGIN")
            inside = False
            continue
        if stripped.startswith(SKELETON):
            if variant == "participant":
                indent = line[: len(line) - len(line.lstrip())]
                rest = stripped[len(SKELETON) :]
                # one space after the marker; everything after it (indentation too) is code
                out.append(indent + (rest[1:] if rest.startswith(" ") else rest).rstrip())
            continue
        if inside and variant == "participant":
            continue
        out.append(line)
    if inside:
        raise ValueError("### BEGIN SOLUTION without END")
    return "\n".join(out).replace("__LANG__", lang)


def notebook(cells: list[Cell], lang: str, variant: str, stem: str) -> dict:
    """One notebook as nbformat 4.5 JSON (outputs cleared, ids fixed)."""
    nb_cells = []
    for cell in cells:
        if cell.language not in (None, lang):
            continue
        cell_id = f"{stem.replace('_', '-')}-{len(nb_cells):02d}"[:64]
        tags = list(cell.tags)
        if cell.kind == "markdown":
            nb_cells.append(
                {
                    "cell_type": "markdown",
                    "id": cell_id,
                    "metadata": _meta(tags),
                    "source": markdown_for(cell, lang),
                }
            )
            continue
        if cell.has_solution:
            tags.append("solution" if variant == "solutions" else "answer")
        nb_cells.append(
            {
                "cell_type": "code",
                "execution_count": None,
                "id": cell_id,
                "metadata": _meta(tags),
                "outputs": [],
                "source": code_for(cell, lang, variant),
            }
        )
    return {
        "cells": nb_cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
            "journeykit": {"exercise": stem, "language": lang, "variant": variant},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def _meta(tags: list[str]) -> dict:
    return {"tags": tags} if tags else {}


def dumps(nb: dict) -> str:
    """Like nbformat.writes: source as a list of lines, one-space indent, newline at the end."""
    data = json.loads(json.dumps(nb))
    for cell in data["cells"]:
        text = cell["source"]
        cell["source"] = text.splitlines(keepends=True)
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def sources() -> list[Path]:
    return sorted(SOURCE.glob("[0-9][0-9]_*.py"))


def build_all() -> dict[Path, str]:
    """Every built notebook: path → text."""
    built: dict[Path, str] = {}
    for source in sources():
        cells = parse(source.read_text("utf-8"))
        for lang in LANGUAGES:
            for variant in VARIANTS:
                path = HERE / variant / lang / f"{source.stem}.ipynb"
                built[path] = dumps(notebook(cells, lang, variant, source.stem))
    return built


def stale(built: dict[Path, str] | None = None) -> list[Path]:
    """Built notebooks that are missing or differ on disk, plus orphans on disk."""
    built = build_all() if built is None else built
    out = [path for path, text in built.items() if not path.exists() or path.read_text("utf-8") != text]
    for variant in VARIANTS:
        for path in sorted((HERE / variant).glob("*/*.ipynb")):
            if path not in built:
                out.append(path)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report notebooks that are out of date")
    args = parser.parse_args(argv)
    built = build_all()
    if args.check:
        wrong = stale(built)
        for path in wrong:
            print(f"out of date: {path.relative_to(HERE.parent)}")
        return 1 if wrong else 0
    for path in stale(built):
        if path in built:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(built[path], "utf-8")
            print(f"wrote {path.relative_to(HERE.parent)}")
        else:
            path.unlink()
            print(f"removed {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
