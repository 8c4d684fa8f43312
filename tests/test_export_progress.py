"""``export_notebook`` tells each step as it happens (what notebook 08's export
control shows): reading the journey, each cell of the run, the layout, the file."""

from __future__ import annotations

import nbformat
import pytest

from journeykit_widgets.handouts.batch import export_notebook

pytestmark = pytest.mark.slow  # starts a kernel


def test_a_real_export_tells_every_cell_and_then_the_layout(tmp_path, sample_file):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    parameters = nbformat.v4.new_code_cell("journey_file = None\nlanguage = None")
    parameters.metadata["tags"] = ["parameters"]
    control = nbformat.v4.new_code_cell("raise RuntimeError('an editor: never run in an export')")
    control.metadata["tags"] = ["widget"]
    notebook.cells = [
        parameters,
        nbformat.v4.new_markdown_cell("# Report"),
        nbformat.v4.new_code_cell("print(journey_file)"),
        control,
        nbformat.v4.new_code_cell("1 + 1"),
    ]
    source = tmp_path / "short.ipynb"
    nbformat.write(notebook, source)
    heard = []
    out = export_notebook(
        source,
        sample_file("airline", "en"),
        tmp_path / "short.html",
        progress=lambda step, **values: heard.append((step, values.get("done"), values.get("total"))),
    )
    assert out.is_file()
    # parameters, injected parameters, print, 1 + 1: four cells; the widget cell is skipped
    assert heard == [
        ("check", None, None),
        ("run", 0, 4),
        ("run", 1, 4),
        ("run", 2, 4),
        ("run", 3, 4),
        ("run", 4, 4),
        ("layout", None, None),
        ("save", None, None),
    ]
