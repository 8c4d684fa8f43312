"""Build the sample journey files in this folder, ``<case>.<en|nl>.json``, from the
texts a trainer edits in ``samples/<case>.toml``.

Run from the repository root::

    python data/build_samples.py            # writes into data/
    python data/build_samples.py OUTDIR     # writes into another folder

In a case file every text holds both languages side by side (``name.en = "…"``,
``name.nl = "…"``), so the two journey files stay in step: same ids, phases and
numbers, only the words differ. ``build(case, lang)`` picks one language and turns
the data into ``journeykit_widgets.model`` objects; the store writes the files.
Ids and revision dates are fixed, so rerunning reproduces the files byte for byte.
"""

from __future__ import annotations

import sys
import tomllib
from datetime import UTC, datetime
from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.model import (
    KPI,
    ActionPoint,
    BlueprintStep,
    BuyingRole,
    Canvas,
    CanvasColumn,
    Goal,
    Journey,
    Persona,
    Phase,
    Revision,
    TemplateGrid,
    Touchpoint,
)
from journeykit_widgets.store import save, to_json

LANGUAGES = ("en", "nl")
HERE = Path(__file__).resolve().parent
SOURCES = HERE / "samples"


class SampleError(ValueError):
    """A case file a trainer edited is not usable; the message names file and place."""


def cases(folder: Path = SOURCES) -> dict[str, Path]:
    """Every case file, by case name (the file name without ``.toml``)."""
    return {path.stem: path for path in sorted(folder.glob("*.toml"))}


def read_case(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise SampleError(f"{path.name}: {error}") from None


def pick(value, lang: str, where: str = ""):
    """Replace every text ``{en = "…", nl = "…"}`` in nested data by its ``lang`` words."""
    if isinstance(value, dict):
        languages = set(value) & set(LANGUAGES)
        if languages:
            if set(value) != set(LANGUAGES) or not all(isinstance(v, str) for v in value.values()):
                raise SampleError(f"{where}: a text needs exactly en and nl, this one has {sorted(value)}")
            return value[lang]
        return {
            key: pick(item, lang, f"{where}: {key}" if ":" not in where else f"{where}.{key}")
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [pick(item, lang, f"{where}[{i}]") for i, item in enumerate(value)]
    return value


def when(text: str) -> datetime:
    """A fixed revision time, e.g. ``when("2026-03-02 09:30")`` (UTC)."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def _template(template_id: str, rows: dict[str, list[str]]) -> TemplateGrid:
    columns = [c.id for c in frameworks.template(template_id).columns]
    cells: dict[str, dict[str, str]] = {}
    for row, texts in rows.items():
        if len(texts) > len(columns):
            raise SampleError(f"templates.{template_id}.{row}: {len(texts)} cells for {len(columns)} columns")
        cells[row] = {column: text for column, text in zip(columns, texts, strict=False) if text}
    return TemplateGrid(cells=cells)


def _canvas(spec: dict) -> Canvas:
    return Canvas(
        role=spec.get("role", ""),
        ideal={phase: CanvasColumn(**col) for phase, col in spec.get("ideal", {}).items()},
        current={phase: CanvasColumn(**col) for phase, col in spec.get("current", {}).items()},
    )


def build(case: str, lang: str, folder: Path = SOURCES) -> Journey:
    """The journey of a sample case in one language."""
    path = folder / f"{case}.toml"
    data = pick(read_case(path), lang, where=path.name)
    try:
        return _journey(data, lang)
    except (KeyError, TypeError, ValueError) as error:
        raise SampleError(f"{path.name} ({lang}): {error}") from None


def _journey(data: dict, lang: str) -> Journey:
    return Journey(
        title=data["title"],
        objective=data["objective"],
        scenario=data.get("scenario", ""),
        expectations=data.get("expectations", ""),
        language=lang,
        phase_model=data["phase_model"],
        phases=[Phase(id=phase) for phase in data["phases"]],
        personas=[Persona(**p) for p in data["personas"]],
        buying_group=[BuyingRole(**r) for r in data.get("buying_group", [])],
        goals=[Goal(**g) for g in data["goals"]],
        touchpoints=[Touchpoint(**tp) for tp in data["touchpoints"]],
        canvases=[_canvas(c) for c in data.get("canvases", [])],
        templates={tid: _template(tid, rows) for tid, rows in data.get("templates", {}).items()},
        kpis=[KPI(**k) for k in data["kpis"]],
        revisions=[Revision(**{**r, "at": when(r["at"])}) for r in data["revisions"]],
        actions=[ActionPoint(**a) for a in data.get("actions", [])],
        blueprint=[BlueprintStep(**step) for step in data.get("blueprint", [])],
    )


def write_all(folder: Path) -> list[Path]:
    """Write every case in every language into ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for case in cases():
        for lang in LANGUAGES:
            path = folder / f"{case}.{lang}.json"
            journey = build(case, lang)
            # keep=0: no backup folder next to the committed samples.
            save(journey, path, keep=0)
            if path.read_text("utf-8") != to_json(journey.revalidated()):
                raise SampleError(f"{path.name}: the saved file differs from the journey built")
            written.append(path)
    return written


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else HERE
    try:
        written = write_all(folder)
    except SampleError as error:
        # A trainer's edit went wrong: say where, not a traceback.
        print(f"build_samples: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
