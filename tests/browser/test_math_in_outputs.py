"""In a real JupyterLab, a participant's "$49 … $99" in a table, a note or exercise
feedback stays prices: MathJax (which typesets Markdown AND HTML outputs) leaves it
alone, while a trainer's own $x^2$ in the same notebook is still typeset."""

from __future__ import annotations

import nbformat
import pandas as pd
import pytest

from journeykit_widgets.exercises import classify_touchpoints
from journeykit_widgets.outputs import Note, Table, md_escape

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PRICES = "Early bird $49 or flexible $99"
VISIBLE = ".jp-NotebookPanel:visible"


def _display(data: dict, label: str):
    cell = nbformat.v4.new_code_cell(f"# {label}")
    cell.outputs = [nbformat.v4.new_output("display_data", data=data)]
    return cell


def test_participant_prices_are_not_typeset_but_real_math_is(lab_server, browser, screenshots):
    url, root = lab_server
    feedback = classify_touchpoints.check({"touch": [PRICES]})
    nb = nbformat.v4.new_notebook()
    # a known kernel: JupyterLab starts it instead of asking over the outputs
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [
        _display({"text/markdown": "Trainer's formula: $x^2$"}, "math"),
        _display({"text/markdown": Note(md_escape(PRICES), PRICES).markdown}, "note"),
        _display({"text/html": Table(pd.DataFrame({"touchpoint": [PRICES]}))._repr_html_()}, "table"),
        _display({"text/html": feedback._repr_html_()}, "feedback html"),
        _display({"text/markdown": feedback._repr_markdown_()}, "feedback markdown"),
    ]
    nbformat.write(nb, root / "prices.ipynb")
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    try:
        page.goto(f"{url}/lab/tree/prices.ipynb?reset", timeout=120_000)
        # MathJax typesets after the outputs appear: the formula is the signal it has run.
        page.wait_for_selector(f"{VISIBLE} .jp-OutputArea-output mjx-container", timeout=120_000)
        outputs = page.locator(f"{VISIBLE} .jp-OutputArea-output")
        assert outputs.count() == 5
        assert outputs.nth(0).locator("mjx-container").count() == 1
        for i in range(1, 5):
            assert outputs.nth(i).locator("mjx-container").count() == 0, i
            assert PRICES in outputs.nth(i).inner_text(), i
        page.locator(f"{VISIBLE} .jp-Notebook").screenshot(path=str(screenshots / "prices_not_math.png"))
    finally:
        page.close()
