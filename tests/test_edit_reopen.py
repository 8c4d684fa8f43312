"""A notebook saved with forms reopens as a friendly line, never a dead widget."""

from __future__ import annotations

import copy
import json

import nbformat
import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.cli.start import jupyter_command
from journeykit_widgets.model import Journey
from journeykit_widgets.notebook_save import WIDGET_VIEW, pre_save, strip_widget_views
from journeykit_widgets.widgets import persona_editor


@pytest.fixture
def journey_file(tmp_path):
    path = tmp_path / "journey.json"
    store.save(Journey.new("Reopen", language="en"), path)
    return path


@pytest.mark.parametrize(
    ("language", "line"),
    [("en", "Run this cell to open the form."), ("nl", "Voer deze cel uit om het formulier te openen.")],
)
def test_editor_bundle_carries_the_friendly_line_in_the_notebooks_language(journey_file, language, line):
    i18n.set_language(language)
    try:
        data, metadata = persona_editor(journey_file)._repr_mimebundle_()
    finally:
        i18n.set_language("en")
    assert data["text/plain"] == line
    assert line in data["text/html"] and "PersonaEditor(" not in data["text/html"]
    assert data[WIDGET_VIEW]["model_id"]  # the live view is still there while the kernel runs
    assert metadata["journeykit"]["form"] == "PersonaEditor"


def notebook_with_outputs(editor_bundle):
    data, metadata = editor_bundle
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    ours = nbformat.v4.new_output("display_data", data=copy.deepcopy(data), metadata=metadata)
    theirs = nbformat.v4.new_output(
        "display_data", data={WIDGET_VIEW: {"model_id": "abc"}, "text/plain": "VBox(children=(HTML(..."}
    )
    notebook.cells.append(nbformat.v4.new_code_cell("jk.touchpoints()", outputs=[ours, theirs]))
    return notebook


def test_saving_drops_widget_views_and_state_and_keeps_the_line(journey_file):
    notebook = notebook_with_outputs(persona_editor(journey_file)._repr_mimebundle_())
    model = {"type": "notebook", "content": notebook}
    pre_save(model=model, path="notebooks/nl/01_touchpoints.ipynb")
    ours, theirs = notebook.cells[0].outputs
    assert WIDGET_VIEW not in ours["data"] and WIDGET_VIEW not in theirs["data"]
    assert ours["data"]["text/plain"] == "Run this cell to open the form."
    # A widget that is not one of ours: a plain line instead of its repr, in the notebook's language (nl/).
    assert theirs["data"] == {"text/plain": "Voer deze cel uit om dit onderdeel weer te tonen."}
    assert "widgets" not in notebook.metadata
    nbformat.validate(notebook)
    assert strip_widget_views(notebook) == 0  # a second save changes nothing


def test_other_files_are_left_alone():
    model = {"type": "file", "content": "text"}
    pre_save(model=model, path="notes.txt")
    assert model == {"type": "file", "content": "text"}


def test_journeykit_start_sets_the_save_hook_and_culls_only_unconnected_idle_kernels(tmp_path):
    command = " ".join(jupyter_command(tmp_path, 8888, "token", "notebooks/00_start_here.ipynb"))
    assert "--ContentsManager.pre_save_hook=journeykit_widgets.notebook_save.pre_save" in command
    assert "--MappingKernelManager.cull_idle_timeout=1800" in command
    assert "--MappingKernelManager.cull_connected=False" in command


def test_handouts_leave_out_the_reopen_line(journey_file):
    from journeykit_widgets.handouts.preprocessors import FilterVariant

    notebook = notebook_with_outputs(persona_editor(journey_file)._repr_mimebundle_())
    pre_save(model={"type": "notebook", "content": notebook}, path="01_touchpoints.ipynb")
    report, _ = FilterVariant(variant="report").preprocess(notebook, {})
    assert "Run this cell to open the form" not in json.dumps(report.cells)
