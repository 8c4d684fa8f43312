"""Shared by the handout tests: the real workshop notebooks, executed once per
test session against every sample case in both languages, then converted as
often as the tests like (conversion needs no kernel).

Once per session, not once per test process: pytest-xdist's workers share one
folder (``JOURNEYKIT_TEST_SHARED``, made by tests/conftest.py in the process that
starts them), and a lock per notebook lets the first worker that needs it execute
it while the other waits and then reads the result.
"""

from __future__ import annotations

import os
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
DATA = ROOT / "data"
CASES = ("airline", "veranda", "b2b_software")
LANGS = ("en", "nl")
# Two notebooks per case and language: a table-heavy one and a figure-heavy one.
HANDOUT_NOTEBOOKS = ("01_touchpoints", "04_flow")

_WORK = Path(os.environ["JOURNEYKIT_TEST_SHARED"]) / "handouts"


def notebook_path(name: str, lang: str) -> Path:
    return (NOTEBOOKS / name if lang == "en" else NOTEBOOKS / lang / name).with_suffix(".ipynb")


def journey_copy(case: str, lang: str) -> Path:
    """A private copy of a sample journey (notebooks must never touch data/)."""
    target = _WORK / "journeys" / f"{case}.{lang}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(target.with_suffix(".lock")):
        if not target.exists():
            shutil.copyfile(DATA / f"{case}.{lang}.json", target)
    return target


def _execute(name: str, case: str, lang: str) -> Path:
    """The executed notebook's path: executed here, or by another worker before."""
    source = notebook_path(name, lang)
    out = _WORK / "executed" / f"{case}.{lang}" / source.name
    out.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(out.with_suffix(".lock")):
        if not out.exists():
            _run(source, case, lang, out)
    return out


def _run(source: Path, case: str, lang: str, out: Path) -> None:
    from nbclient import NotebookClient

    from journeykit_widgets.handouts.preprocessors import InjectParameters

    nb = nbformat.read(source, as_version=4)
    journey = journey_copy(case, lang)
    InjectParameters(journey_file=str(journey), language=lang).preprocess(nb, {})
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(source.parent)}}
    ).execute()
    # Written aside and renamed: a worker that finds the file finds all of it.
    part = out.with_suffix(".part")
    nbformat.write(nb, part)
    part.replace(out)


_DONE: dict[tuple[str, str, str], Path] = {}


def executed_many(combos) -> dict[tuple[str, str, str], Path]:
    """Execute the (notebook, case, language) combinations not run yet, two at a time."""
    todo = [combo for combo in dict.fromkeys(combos) if combo not in _DONE]
    with ThreadPoolExecutor(max_workers=2) as pool:
        for combo, path in zip(todo, pool.map(lambda combo: _execute(*combo), todo), strict=True):
            _DONE[combo] = path
    return {combo: _DONE[combo] for combo in combos}


def executed(name: str, case: str, lang: str) -> Path:
    return executed_many([(name, case, lang)])[(name, case, lang)]


def markdown_by_tag(name: str, lang: str) -> dict[str, list[str]]:
    """Markdown cell sources of a notebook, grouped by tag ("" for untagged)."""
    nb = nbformat.read(notebook_path(name, lang), as_version=4)
    groups: dict[str, list[str]] = {}
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        tags = cell.metadata.get("tags", []) or [""]
        for tag in tags:
            groups.setdefault(tag, []).append(cell.source)
    return groups


def code_sources(name: str, lang: str) -> list[str]:
    nb = nbformat.read(notebook_path(name, lang), as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "code" and c.source.strip()]


def headings(markdown: str, levels: str = "12") -> list[str]:
    """Heading texts (without Markdown marks) of the given levels."""
    found = []
    for match in re.finditer(r"^\s{0,3}(#{1,6})\s+(.+?)\s*$", markdown, re.M):
        if str(len(match.group(1))) in levels:
            found.append(re.sub(r"[*_`]", "", match.group(2)).strip())
    return found


def distinctive_line(markdown: str) -> str:
    """A plain sentence from a Markdown cell, long enough to be unique in a page."""
    for line in markdown.splitlines():
        text = re.sub(r"[*_`#>\[\]]|\(http[^)]*\)", "", line).strip(" -·")
        if len(text) >= 25 and not re.search(r"[<>&\"'“”‘’]", text):
            return text[:40]
    return ""
