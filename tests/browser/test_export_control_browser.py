"""Notebook 08's export control, clicked as a participant would: in JupyterLab
(PDF, saved through the Download link) and in Voilà (HTML in Dutch, opened
through its link in a new tab). The file appears beside the journey, and the
link gives the browser that very file. No terminal anywhere."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from _lab_page import VISIBLE, run_cells, shows
from _servers import voila

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EXPORT_WAIT_MS = 420_000  # a second kernel runs the report; on a loaded machine that takes minutes


def _files(root, lang: str) -> None:
    """A journey, a short report notebook to export, and the notebook with the control."""
    journey = Journey.new("Showroombezoek en proefrit", language=lang)
    journey.touchpoints.append(Touchpoint(id="tp-1", name="Showroombezoek", phase="touch", emotion=1))
    store.save(journey, root / "journey.json")
    report = nbformat.v4.new_notebook()
    report.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    parameters = nbformat.v4.new_code_cell("journey_file = None\nlanguage = None")
    parameters.metadata["tags"] = ["parameters"]
    heading = nbformat.v4.new_markdown_cell("# Customer journey report")
    heading.metadata["tags"] = ["report"]
    summary = nbformat.v4.new_code_cell(
        "from journeykit_widgets.handouts import report\nreport.summary(journey_file)"
    )
    summary.metadata["tags"] = ["report"]
    report.cells = [parameters, heading, summary]
    nbformat.write(report, root / "short_report.ipynb")
    control = nbformat.v4.new_notebook()
    control.metadata["kernelspec"] = report.metadata["kernelspec"]
    control.cells = [
        nbformat.v4.new_code_cell(
            f"from journeykit_widgets.i18n import set_language\nset_language({lang!r})\n"
            "from journeykit_widgets.handouts import export_control\n"
            'export_control("journey.json", "short_report.ipynb")'
        )
    ]
    nbformat.write(control, root / "export.ipynb")


def _export(page, scope: str, fmt_label: str, button_label: str) -> None:
    page.locator(f"{scope} .jk-export .widget-toggle-button", has_text=fmt_label).first.click()
    page.locator(f"{scope} .jk-export-button", has_text=button_label).click()
    # the steps show while it runs: the journey file is read first
    page.wait_for_selector(f"{scope} .jk-export-steps li", timeout=30_000)
    page.wait_for_selector(f"{scope} .jk-file-link a.jk-file-download", timeout=EXPORT_WAIT_MS)


def test_export_a_pdf_from_jupyterlab(lab_server, browser, screenshots):
    url, root = lab_server
    _files(root, "en")
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    try:
        page.goto(f"{url}/lab/tree/export.ipynb?reset")
        run_cells(page, 1, shows(".jk-export-button"))
        _export(page, VISIBLE, "PDF", "Export")
        control = page.locator(f"{VISIBLE} .jk-export")
        control.screenshot(path=str(screenshots / "export_lab_pdf.png"))
        steps = control.locator(".jk-export-steps").inner_text()
        assert "✓ Print the PDF" in steps and "✓ Ready" in steps, steps
        assert "…" not in steps
        assert control.locator(".jk-export-message").inner_text().strip() == ""
        written = root / "reports" / "journey.pdf"
        assert written.read_bytes().startswith(b"%PDF")
        assert "reports/journey.pdf" in control.locator(".jk-export-saved").inner_text()
        # the participant's click on Download saves that very file
        with page.expect_download() as download:
            control.locator("a.jk-file-download").click()
        assert download.value.suggested_filename == "journey.pdf"
        assert Path(download.value.path()).read_bytes() == written.read_bytes()
    finally:
        page.close()


def test_export_html_in_dutch_from_voila(browser, tmp_path, screenshots):
    pytest.importorskip("voila")
    root = tmp_path / "root"
    root.mkdir()
    _files(root, "nl")
    with voila(root, tmp_path, "export.ipynb") as url:
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        try:
            page.goto(url, timeout=120_000)
            page.wait_for_selector(".jk-export-button", timeout=120_000)
            _export(page, "body", "Webpagina (HTML)", "Exporteren")
            control = page.locator(".jk-export")
            control.screenshot(path=str(screenshots / "export_voila_html_nl.png"))
            steps = control.locator(".jk-export-steps").inner_text()
            assert "✓ Pagina's opmaken" in steps and "✓ Klaar" in steps, steps
            written = root / "reports" / "journey.html"
            assert "Showroombezoek" in written.read_text(encoding="utf-8")
            opener = control.locator("a.jk-file-open")
            assert opener.inner_text() == "journey.html openen"
            # the link opens the report in a tab of its own
            with page.context.expect_page() as opened:
                opener.click()
            tab = opened.value
            tab.wait_for_load_state()
            assert "Showroombezoek" in tab.content()
            tab.close()
        finally:
            page.close()
