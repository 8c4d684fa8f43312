"""The workshop notebooks: built from their one source, shaped the same way in
English and Dutch, and executed headless against sample, blank and participant
journeys, with the static cells checked against the journey file.

Executions run two at a time in one session fixture (each in its own kernel and
its own temporary kit folder), so the whole set stays near two minutes on two cores.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from html import escape
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
DATA = ROOT / "data"
NAMES = [
    "00_start_here",
    "01_touchpoints",
    "02_persona",
    "03_goals",
    "04_flow",
    "05_priorities",
    "06_review",
    "07_b2b_canvas",
    "08_report",
    "10_service_blueprint",
]
# The trainer's notebook reads a folder of journeys, not one journey: it has no
# journey_file parameter or exercise (tests/test_collect_notebook.py checks it).
TRAINER_NAMES = ["09_facilitator"]
LANGS = ("en", "nl")
FIGURE_CALLS = (
    "show_map",
    "show_emotion_curve",
    "show_priorities",
    "show_canvas",
    "show_channels",
    "show_template",
    "show_funnel",
    "show_blueprint",
)
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
# What a memory address or a default object repr looks like in text output.
UNHELPFUL_TEXT = re.compile(r"0x[0-9a-fA-F]{6,}|<[\w.]+ object>|<Figure size")


def notebook_file(name: str, lang: str) -> Path:
    return (NOTEBOOKS / "nl" if lang == "nl" else NOTEBOOKS) / f"{name}.ipynb"


def load_build():
    spec = importlib.util.spec_from_file_location("journeykit_notebooks_build", NOTEBOOKS / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------- the source
def test_committed_notebooks_are_what_the_build_writes():
    build = load_build()
    expected = build.expected()
    assert len(expected) == 2 * len(NAMES + TRAINER_NAMES)
    stale = [str(p.relative_to(ROOT)) for p, text in expected.items() if p.read_text("utf-8") != text]
    assert not stale, f"run `python notebooks/build.py`; out of date: {stale}"


def test_no_extra_notebooks_without_a_source():
    built = {p.stem for p in NOTEBOOKS.glob("*.ipynb")} | {p.stem for p in (NOTEBOOKS / "nl").glob("*.ipynb")}
    assert built == set(NAMES + TRAINER_NAMES)


def _read(name: str, lang: str):
    return nbformat.read(notebook_file(name, lang), as_version=4)


def _tags(cell) -> list[str]:
    return list(cell.metadata.get("tags", []))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_notebook_shape(name, lang):
    nb = _read(name, lang)
    assert nb.metadata.kernelspec.name == "python3"
    assert nb.metadata.journeykit == {"notebook": name, "language": lang}
    first, last = nb.cells[0], nb.cells[-1]
    learn, time = ("What you will learn", "Time needed") if lang == "en" else ("Wat je leert", "Tijd")
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert learn in first.source and time in first.source and re.search(r"\d+ min", first.source)
    assert last.cell_type == "markdown"
    assert last.source.startswith("## Key points" if lang == "en" else "## Kernpunten")
    turn = "Your turn" if lang == "en" else "Aan de slag"
    assert any(c.cell_type == "markdown" and turn in c.source for c in nb.cells)
    assert any("solution" in _tags(c) for c in nb.cells)
    assert any("facilitator" in _tags(c) for c in nb.cells)
    for cell in nb.cells:
        assert not cell.get("outputs"), "notebooks are committed without outputs"
        if cell.cell_type == "code":
            lines = [line for line in cell.source.splitlines() if line.strip()]
            assert len(lines) <= 3, cell.source
            assert all(len(line) <= 100 for line in lines), cell.source


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_parameters_cell_then_journey_path(name, lang):
    nb = _read(name, lang)
    params = [i for i, c in enumerate(nb.cells) if "parameters" in _tags(c)]
    assert len(params) == 1
    cell = nb.cells[params[0]]
    assert cell.cell_type == "code"
    assert re.search(r"^journey_file = None\b", cell.source, re.M)
    assert re.search(r"^language = " + ("None" if lang == "en" else '"nl"') + "$", cell.source, re.M)
    nxt = nb.cells[params[0] + 1]
    assert "import journeykit_widgets as jk" in nxt.source
    assert "path = jk.journey_path(journey_file, language)" in nxt.source


@pytest.mark.parametrize("name", NAMES + TRAINER_NAMES)
def test_english_and_dutch_have_the_same_structure(name):
    en, nl = _read(name, "en"), _read(name, "nl")
    assert [(c.cell_type, _tags(c)) for c in en.cells] == [(c.cell_type, _tags(c)) for c in nl.cells]
    for a, b in zip(en.cells, nl.cells, strict=True):
        if a.cell_type == "code" and "parameters" not in _tags(a):
            assert a.source == b.source
        if a.cell_type == "markdown":
            assert a.source != b.source or a.source.startswith("#"), "an untranslated cell"


@pytest.mark.parametrize("name", NAMES)
def test_every_widget_is_followed_by_a_static_cell(name):
    """Handouts drop widget cells; the content must still be on the page."""
    nb = _read(name, "en")
    cells = [c for c in nb.cells if c.cell_type == "code"]
    for i, cell in enumerate(cells):
        # The export control makes the document itself: nothing stands in its place.
        if "widget" in _tags(cell) and not {"start_journey", "export_control"} & set(
            re.findall(r"\w+", cell.source)
        ):
            # "setup" cells (how to redraw, where the page runs) are for the screen only
            later = [c for c in cells[i + 1 :] if not {"widget", "setup"} & set(_tags(c))]
            assert later and "jk.show_" in later[0].source, cell.source


def test_dutch_notebooks_use_the_dutch_terms():
    text = " ".join(c.source for name in NAMES for c in _read(name, "nl").cells if c.cell_type == "markdown")
    for term in ("klantreis", "contactpunt", "klantreiskaart", "persona", "koopgroep", "piek-eindregel"):
        assert term in text.lower(), term


# ------------------------------------------------------------ execution
@dataclass(frozen=True)
class Run:
    name: str
    lang: str
    journey: str  # "default" (no workspace file: airline), "blank", or a sample case

    @property
    def id(self) -> str:
        return f"{self.name}-{self.lang}-{self.journey}"


# Every notebook runs on the default journey; in both languages where a test
# compares the two (01, 08), otherwise in one, taking turns: the English and Dutch
# notebooks have the same code cells (test_english_and_dutch_have_the_same_structure),
# the language is a parameter, and the sample runs below give most notebooks their
# other language too. (All twenty took about a CI minute more.)
BOTH_LANGUAGES = ("01_touchpoints", "08_report")
RUNS = (
    [
        Run(name, lang, "default")
        for i, name in enumerate(NAMES)
        for lang in (LANGS if name in BOTH_LANGUAGES else LANGS[i % 2 : i % 2 + 1])
    ]
    + [
        Run(name, lang, case)
        for name, lang, case in [
            ("01_touchpoints", "nl", "veranda"),
            ("01_touchpoints", "en", "b2b_software"),
            ("04_flow", "en", "veranda"),
            ("04_flow", "nl", "b2b_software"),
            ("05_priorities", "nl", "veranda"),
            ("05_priorities", "en", "b2b_software"),
            ("07_b2b_canvas", "en", "veranda"),
            ("07_b2b_canvas", "nl", "b2b_software"),
            ("08_report", "nl", "veranda"),
            ("08_report", "en", "b2b_software"),
        ]
    ]
    + [
        Run(name, lang, "blank")
        for name, lang in [("04_flow", "en"), ("07_b2b_canvas", "nl"), ("08_report", "en")]
    ]
)


# For working on one notebook: JOURNEYKIT_NOTEBOOKS=04_flow pytest tests/test_notebooks.py
_ONLY = [n for n in os.environ.get("JOURNEYKIT_NOTEBOOKS", "").split(",") if n]
if _ONLY:
    RUNS = [r for r in RUNS if r.name in _ONLY]


@dataclass
class Executed:
    nb: nbformat.NotebookNode
    journey_file: Path
    root: Path


def _execute(run: Run, base: Path, data: Path) -> Executed:
    from nbclient import NotebookClient

    from journeykit_widgets.model import Journey
    from journeykit_widgets.store import save

    root = base / run.id
    folder = root / "notebooks" / ("nl" if run.lang == "nl" else "")
    folder.mkdir(parents=True)
    nb = _read(run.name, run.lang)
    journey_file = root / "workspace" / "my_journey.json"
    if run.journey == "blank":
        save(
            Journey.new("Mijn lege klantreis" if run.lang == "nl" else "My blank journey", language=run.lang),
            journey_file,
        )
    elif run.journey != "default":
        # A sample named in the parameters cell, as a trainer or the handouts would.
        sample = data / f"{run.journey}.{run.lang}.json"
        for cell in nb.cells:
            if "parameters" in _tags(cell):
                cell.source = cell.source.replace("journey_file = None", f"journey_file = {str(sample)!r}", 1)
        journey_file = root / "workspace" / f"sample_{sample.name}"
    else:
        journey_file = root / "workspace" / f"sample_airline.{run.lang}.json"
    client = NotebookClient(
        nb,
        timeout=180,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute()
    return Executed(nb, journey_file, root)


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.json"))}


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    """A private copy of the shipped samples, seen by the kernels through
    ``JOURNEYKIT_DATA``, so we can tell whether a notebook writes into them."""
    folder = tmp_path_factory.mktemp("data")
    for path in DATA.glob("*.json"):
        shutil.copyfile(path, folder / path.name)
    previous = os.environ.get("JOURNEYKIT_DATA")
    os.environ["JOURNEYKIT_DATA"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("JOURNEYKIT_DATA", None)
    else:
        os.environ["JOURNEYKIT_DATA"] = previous


@pytest.fixture(scope="module")
def executed(tmp_path_factory, samples):
    base = tmp_path_factory.mktemp("notebook-runs")
    before = _fingerprint(samples)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {run.id: pool.submit(_execute, run, base, samples) for run in RUNS}
        results = {}
        for key, future in futures.items():
            try:
                results[key] = future.result()
            except Exception as error:  # reported by the test of that run, not for all runs
                results[key] = error
    results["samples unchanged"] = _fingerprint(samples) == before
    return results


def _result(executed, key: str) -> Executed:
    result = executed[key]
    if isinstance(result, Exception):
        pytest.fail(f"{key} could not be executed: {type(result).__name__}: {result}")
    return result


def test_notebooks_never_write_into_the_shipped_samples(executed):
    assert executed["samples unchanged"], "a notebook changed a sample file instead of a workspace copy"


def _outputs(cell):
    return [o for o in cell.get("outputs", []) if o.output_type in ("execute_result", "display_data")]


def _text(cell) -> str:
    return "\n".join(o.get("data", {}).get("text/plain", "") for o in _outputs(cell))


def _cells_calling(nb, call: str):
    return [c for c in nb.cells if c.cell_type == "code" and call in c.source]


@pytest.mark.parametrize("run", RUNS, ids=lambda r: r.id)
def test_notebook_runs_headless_without_errors(executed, run):
    result = _result(executed, run.id)
    for cell in result.nb.cells:
        if cell.cell_type != "code":
            continue
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert not errors, f"{cell.source!r} raised {errors[0].ename}: {errors[0].evalue}"
        stderr = [o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stderr"]
        assert not stderr, f"{cell.source!r} wrote warnings a participant would see: {stderr}"
        assert (
            _outputs(cell)
            or "parameters" in _tags(cell)
            or cell.source.lstrip().startswith(("import ", "from "))
        ), f"{cell.source!r} showed nothing"


@pytest.mark.parametrize("run", RUNS, ids=lambda r: r.id)
def test_static_cells_show_pictures_tables_and_text(executed, run):
    nb = _result(executed, run.id).nb
    for cell in nb.cells:
        if cell.cell_type != "code" or "parameters" in _tags(cell):
            continue
        outputs = _outputs(cell)
        if "widget" in _tags(cell):
            assert any(WIDGET_MIME in o.data for o in outputs), cell.source
            continue
        for output in outputs:
            text = output.data.get("text/plain", "")
            assert text.strip() and not UNHELPFUL_TEXT.search(text), f"{cell.source!r}: {text[:80]!r}"
        if any(call in cell.source for call in FIGURE_CALLS):
            assert any("image/png" in o.data for o in outputs), f"{cell.source!r} drew no picture"


def _journey(result: Executed):
    from journeykit_widgets.store import load

    return load(result.journey_file)


@pytest.mark.parametrize("run", [r for r in RUNS if r.name == "01_touchpoints"], ids=lambda r: r.id)
def test_touchpoint_table_and_check_match_the_file(executed, run):
    """NBVAL_CHECK_OUTPUT-style: the key cells' output follows from the journey file."""
    from journeykit_widgets.i18n import language
    from journeykit_widgets.workshop import check_touchpoints

    result = _result(executed, run.id)
    journey = _journey(result)
    (table,) = _cells_calling(result.nb, "jk.show_touchpoints(path)")
    html = "".join(o.data.get("text/html", "") for o in _outputs(table))
    assert html.count("<tr") == len(journey.touchpoints) + 1  # + the header row
    for tp in journey.touchpoints:
        assert escape(tp.name, quote=False) in html
    (check,) = _cells_calling(result.nb, "jk.check_touchpoints(path)")
    with language(run.lang):
        assert _text(check) == repr(check_touchpoints(result.journey_file))
    first_phase = journey.phases[0].label(journey.language)
    assert first_phase in _text(check)


@pytest.mark.parametrize("run", [r for r in RUNS if r.name in ("04_flow", "08_report")], ids=lambda r: r.id)
def test_peak_end_cell_is_the_analysis_of_the_file(executed, run):
    from journeykit_widgets import analysis
    from journeykit_widgets.i18n import language

    result = _result(executed, run.id)
    journey = _journey(result)
    (cell,) = _cells_calling(result.nb, "jk.show_peak_end(path)")
    with language(journey.language):
        summary = analysis.peak_end(journey).summary()
    shown = _text(cell)
    for line in (line.strip().lstrip("-• ") for line in summary.splitlines()):
        if line:
            assert line in shown


@pytest.mark.parametrize(
    "run", [r for r in RUNS if r.name in ("07_b2b_canvas", "08_report")], ids=lambda r: r.id
)
def test_action_list_has_one_row_per_difference(executed, run):
    from journeykit_widgets import analysis

    result = _result(executed, run.id)
    journey = _journey(result)
    expected = analysis.ideal_vs_current(journey)
    # 08 shows the report's own action table (columns that fit a portrait page):
    # the owned actions when the journey has them, else the differences
    if run.name == "08_report" and journey.actions:
        expected = journey.actions
    call = "report.action_table(path)" if run.name == "08_report" else "jk.show_actions(path)"
    (cell,) = _cells_calling(result.nb, call)
    html = "".join(o.data.get("text/html", "") for o in _outputs(cell))
    if len(expected):
        assert html.count("<tr") == len(expected) + 1
    else:
        assert "<table" not in html and "<em>" in html
    if run.journey == "veranda":
        assert len(expected) > 0, "the veranda case has an ideal and a current canvas"


@pytest.mark.parametrize("lang", LANGS)
def test_about_cell_names_the_journey_and_the_file(executed, lang):
    result = _result(executed, f"01_touchpoints-{lang}-default")
    journey = _journey(result)
    (cell,) = _cells_calling(result.nb, "jk.about(path)")
    text = _text(cell)
    assert journey.title in text and f"workspace/sample_airline.{lang}.json" in text
    assert ("sample case" if lang == "en" else "voorbeeldcasus") in text


def test_default_journey_is_the_airline_in_the_notebook_language(executed):
    for lang in LANGS:
        result = _result(executed, f"08_report-{lang}-default")
        journey = _journey(result)
        assert journey.language == lang
        assert json.loads(result.journey_file.read_text("utf-8"))["phase_model"] == "touch_tell_sell_care"


def test_start_widget_renders_in_notebook_00(executed):
    nb = _result(executed, "00_start_here-en-default").nb
    (cell,) = _cells_calling(nb, "jk.start_journey()")
    assert any(WIDGET_MIME in o.data for o in _outputs(cell))
    assert not (
        _result(executed, "00_start_here-en-default").root / "workspace" / "my_journey.json"
    ).exists(), "showing the start form must not create a journey by itself"
