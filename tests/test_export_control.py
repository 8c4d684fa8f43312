"""Notebook 08's export control, on the Python side: the steps it shows, the
file it offers, its messages in the participant's language, a kernel left free
while it runs. The real export, clicked in JupyterLab and Voilà, is in
tests/browser/test_export_control_browser.py."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from journeykit_widgets.handouts import batch, export_control
from journeykit_widgets.i18n import language


def _fake_export(release: threading.Event | None = None):
    """Stands in for the kernel run: tells the same steps, writes a small file."""

    def export(notebook, journey, output, *, to, lang, progress):
        progress("check")
        for done in range(4):
            progress("run", done=done, total=3)
            if release is not None and done == 1:
                assert release.wait(30)
        progress("layout")
        progress("save")
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_bytes(b"%PDF-1.7 fake " + lang.encode())
        return Path(output)

    return export


@pytest.fixture
def journey(tmp_path, sample_file):
    path = tmp_path / "mine.json"
    path.write_bytes(Path(sample_file("airline", "nl")).read_bytes())
    return path


def test_the_control_shows_its_steps_and_offers_the_written_file(journey, monkeypatch):
    monkeypatch.setattr(batch, "export_notebook", _fake_export())
    with language("nl"):
        control = export_control(journey, "08_report.ipynb")
    sent = []
    monkeypatch.setattr(control.link, "send", lambda content, buffers=None: sent.append((content, buffers)))
    written = control.run("pdf")
    assert written == journey.parent / "reports" / "mine.pdf"
    assert written.read_bytes().endswith(b"nl")  # exported in the notebook's language
    steps = control.steps.value
    for text in ("Klantreisbestand lezen", "Pagina&#x27;s opmaken", "Pdf afdrukken", "Klaar"):
        assert f"✓ {text}" in steps
    assert control.message.value == ""
    assert "reports/mine.pdf" in control.saved.value
    assert control.link.open_label == "mine.pdf openen" and control.link.can_open
    (content, buffers) = sent[-1]
    assert content["name"] == "mine.pdf" and content["mime"] == "application/pdf"
    assert bytes(buffers[0]) == written.read_bytes()
    # a view drawn later asks for the file and gets it too
    control.link._asked(control.link, {"kind": "ask"}, [])
    assert sent[-1][0]["serial"] == content["serial"]


def test_while_it_runs_the_current_step_shows_cells_and_the_kernel_is_free(journey, monkeypatch):
    release = threading.Event()
    monkeypatch.setattr(batch, "export_notebook", _fake_export(release))
    control = export_control(journey, "08_report.ipynb")
    control.choice.value = "html"
    control.start()  # returns at once: the export runs in a thread of the kernel
    assert control.button.disabled
    try:
        for _ in range(300):
            if "cell 1 of 3" in control.steps.value:
                break
            threading.Event().wait(0.05)
        assert "… Run the report notebook: cell 1 of 3" in control.steps.value
        assert "✓ Read the journey file" in control.steps.value
        assert "○ Save the file" in control.steps.value
    finally:
        release.set()
        control.thread.join(30)
    assert not control.button.disabled
    assert control.output == journey.parent / "reports" / "mine.html"


def test_a_failed_export_says_why_next_to_the_control_in_dutch(tmp_path):
    broken = tmp_path / "kapot.json"
    broken.write_text("{ niet af", encoding="utf-8")
    with language("nl"):
        control = export_control(broken, "08_report.ipynb")
    assert control.run("html") is None
    message = control.message.value
    assert "De export is niet gelukt" in message and "kapot.json" in message
    assert "Traceback" not in message
    assert "✗ Klantreisbestand lezen" in control.steps.value  # the step that failed
    assert not control.button.disabled and control.output is None
