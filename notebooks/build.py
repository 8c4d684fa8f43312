"""Build the workshop notebooks, English and Dutch, from one source.

Each notebook is one file in ``notebooks/_source/`` that lists its cells with
both languages side by side, so the two versions can never drift apart:

    python notebooks/build.py           # write notebooks/*.ipynb and notebooks/nl/*.ipynb
    python notebooks/build.py --check   # exit 1 if a committed notebook differs from its source

The notebooks are written without outputs, with stable cell ids, the tags that
drive the handouts (``parameters``, ``widget``, ``solution``, ``facilitator``)
and the kernelspec ``python3``.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "_source"
OUTPUT = {"en": HERE, "nl": HERE / "nl"}

if str(SOURCE) not in sys.path:
    sys.path.insert(0, str(SOURCE))

from _cells import LANGUAGES, Cell  # noqa: E402


def _flatten(items) -> list[Cell]:
    cells: list[Cell] = []
    for item in items:
        if isinstance(item, Cell):
            cells.append(item)
        else:
            cells.extend(_flatten(item))
    return cells


def sources() -> list[Path]:
    return sorted(p for p in SOURCE.glob("[0-9][0-9]_*.py"))


def build_notebook(source: Path, lang: str) -> nbformat.NotebookNode:
    """The notebook of one source file in one language."""
    spec = importlib.util.spec_from_file_location(f"_notebook_{source.stem}", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cells = _flatten(module.CELLS)
    name = source.stem
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "journeykit": {"notebook": name, "language": lang},
    }
    for i, cell in enumerate(cells):
        text = cell.text[lang]
        cell_id = f"{name[:2]}-{i:02d}"
        if cell.kind == "markdown":
            new = nbformat.v4.new_markdown_cell(text, id=cell_id)
        else:
            new = nbformat.v4.new_code_cell(text, id=cell_id)
        if cell.tags:
            new.metadata["tags"] = list(cell.tags)
        nb.cells.append(new)
    nbformat.validate(nb)
    return nb


def render_text(nb: nbformat.NotebookNode) -> str:
    return nbformat.writes(nb, version=4) + "\n"


def expected() -> dict[Path, str]:
    """Every notebook file the build writes, with its exact text."""
    files: dict[Path, str] = {}
    for source in sources():
        for lang in LANGUAGES:
            files[OUTPUT[lang] / f"{source.stem}.ipynb"] = render_text(build_notebook(source, lang))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the notebooks are up to date")
    args = parser.parse_args(argv)
    stale = []
    for path, text in expected().items():
        current = path.read_text("utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8", newline="\n")
    for path in stale:
        print(("out of date: " if args.check else "wrote ") + str(path.relative_to(HERE.parent)))
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
