"""One Chromium per process prints every PDF (journeykit_widgets/handouts/printer.py):
reused between prints, a clean context per document, replaced after a crash, closed
when idle and at exit, safe from two threads and from inside a running event loop."""

from __future__ import annotations

import asyncio
import io
import json
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest

from journeykit_widgets._browser import LAUNCH_ARGS
from journeykit_widgets.handouts.pdf_print import DocumentInfo, print_html
from journeykit_widgets.handouts.printer import Printer

pytestmark = [pytest.mark.browser]

# Writes to the page's storage, then shows what it found there before: a document
# printed after another must find nothing of it.
PAGE = """<!doctype html><html><body><h1>{title}</h1><p id="seen"></p>
<script>
document.getElementById('seen').textContent = 'seen: ' + (localStorage.getItem('jk-last') || 'nothing');
localStorage.setItem('jk-last', '{title}');
</script></body></html>"""


def _text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _print(printer: Printer, executable: Path, title: str, args=LAUNCH_ARGS) -> str:
    pdf = print_html(
        PAGE.format(title=title), executable, list(args), DocumentInfo(title=title), printer=printer
    )
    assert pdf.startswith(b"%PDF")
    return _text(pdf)


def _chromiums() -> list[psutil.Process]:
    """The Chromium processes this test process started (through Playwright's driver)."""
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if "chrom" in child.name().lower() and child.status() != psutil.STATUS_ZOMBIE:
                found.append(child)
        except psutil.NoSuchProcess:
            continue
    return found


def _wait_for(condition, timeout: float = 90.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)  # polling a condition, not a barrier
    return condition()


@pytest.fixture
def printer():
    made = Printer()
    yield made
    made.close()
    assert _wait_for(lambda: not _chromiums(), 30), "closing the printer left a Chromium running"


def test_prints_share_one_browser_with_a_clean_page_each(printer, browser_executable):
    first = _print(printer, browser_executable, "First handout")
    assert printer.launches == 1 and _chromiums()

    # The second print comes from inside a running event loop, as in a Jupyter kernel.
    async def in_kernel():
        return _print(printer, browser_executable, "Second handout")

    second = asyncio.run(in_kernel())
    assert printer.launches == 1
    assert "First handout" in first and "seen: nothing" in first
    # A fresh browser context: nothing the first document stored reaches the second.
    assert "Second handout" in second and "seen: nothing" in second
    assert "First handout" not in second


def test_another_browser_or_other_arguments_get_their_own_launch(printer, browser_executable):
    _print(printer, browser_executable, "Plain")
    _print(printer, browser_executable, "Dutch", args=[*LAUNCH_ARGS, "--lang=nl"])
    assert printer.launches == 2
    _print(printer, browser_executable, "Plain again")
    assert printer.launches == 2


def test_a_killed_browser_is_replaced_by_the_next_print(printer, browser_executable):
    assert "Before the crash" in _print(printer, browser_executable, "Before the crash")
    for process in _chromiums():
        process.send_signal(signal.SIGKILL)
    assert _wait_for(lambda: not _chromiums(), 30)
    assert "After the crash" in _print(printer, browser_executable, "After the crash")
    assert printer.launches == 2


def test_an_idle_printer_closes_its_browser_and_starts_again(browser_executable):
    printer = Printer(idle_seconds=1.0)
    try:
        _print(printer, browser_executable, "Morning")
        assert _chromiums()
        assert _wait_for(lambda: not _chromiums()), "Chromium still runs long after the idle time"
        assert printer.browsers_open == 0
        assert "Afternoon" in _print(printer, browser_executable, "Afternoon")
        assert printer.launches == 2
    finally:
        printer.close()


def test_two_threads_print_at_once_with_one_browser(printer, browser_executable):
    start = threading.Barrier(2)

    def job(title: str) -> str:
        start.wait(timeout=60)
        return _print(printer, browser_executable, title)

    titles = ["Team Amber", "Team Birch"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        texts = list(pool.map(job, titles))
    assert printer.launches == 1
    for title, text, other in zip(titles, texts, reversed(titles), strict=True):
        assert title in text and other not in text and "seen: nothing" in text


def test_a_failed_launch_keeps_its_message_and_the_printer_works_after(printer, browser_executable, tmp_path):
    from journeykit_widgets.handouts.exporters import BrowserNotFoundError, JourneykitPDFExporter
    from journeykit_widgets.i18n import language, t

    exporter = JourneykitPDFExporter()
    missing = tmp_path / "gone" / "chromium"
    exporter.browser = lambda: missing  # found once, removed before the print
    with language("nl"), pytest.raises(BrowserNotFoundError) as raised:
        exporter.print_pdf("<p>x</p>", footer_title="x")
    with language("nl"):
        expected = t("handouts.error.browser_missing_at", path=missing)
    assert str(raised.value) == expected and str(missing) in expected
    assert "Still here" in _print(printer, browser_executable, "Still here")


def test_a_process_that_printed_leaves_no_browser_behind(browser_executable, tmp_path):
    script = (
        "import json, sys, psutil\n"
        "from journeykit_widgets._browser import LAUNCH_ARGS\n"
        "from journeykit_widgets.handouts.pdf_print import DocumentInfo, print_html\n"
        f"print_html('<h1>Bye</h1>', {str(browser_executable)!r}, list(LAUNCH_ARGS), DocumentInfo())\n"
        "kids = [p.pid for p in psutil.Process().children(recursive=True) if 'chrom' in p.name().lower()]\n"
        "print(json.dumps(kids))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True
    )
    pids = json.loads(out.stdout.strip().splitlines()[-1])
    assert pids, "the print ran without a Chromium?"

    def gone() -> bool:
        for pid in pids:
            try:
                if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                    return False
            except psutil.NoSuchProcess:
                continue
        return True

    assert _wait_for(gone, 30), "Chromium outlived the process that printed with it"
