"""Whatever a participant types reaches every export whole (issue 22): the report
(HTML and PDF), the deck, the group report and the table exports, for names in
several scripts, with emoji, and with control characters pasted from Office.

One journey carries every kind of text at once (an export per script would cost a
notebook run each); each export must succeed and must still hold the words.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest
from _handouts_support import NOTEBOOKS

from journeykit_widgets.cli import main
from journeykit_widgets.model import ActionPoint, Goal
from journeykit_widgets.store import load, save

pytestmark = pytest.mark.slow

# Name → what must come out again (control characters are cleaned at the model).
NAMES = {
    "Fietsen 🚲 kopen": "Fietsen 🚲 kopen",
    "Duim 👍🏽 en 👩‍💻": "Duim 👍🏽 en 👩‍💻",
    "中文客户服务": "中文客户服务",
    "خدمة العملاء": "خدمة العملاء",
    "ग्राहक सेवा": "ग्राहक सेवा",
    "บริการลูกค้า": "บริการลูกค้า",
    "Privé \ue000 teken": "Privé",
    "Bel\x0bons\x00 nu\x1b\x7f\ufffe": "Bel\nons nu",
}
# What a PDF's text layer is checked for: one word per script (a shaped script's
# text layer may be stored in another order, so whole phrases are not compared).
PDF_WORDS = ("Fietsen", "中文客户服务", "Privé")


@pytest.fixture(scope="module")
def hostile_journey(tmp_path_factory):
    journey = load(NOTEBOOKS.parent / "data" / "airline.nl.json")
    names = list(NAMES)
    for point, name in zip(journey.touchpoints, names, strict=False):
        point.name = name
        point.pain_points = f"{name}\n- nog een punt \x0b met tab\t"
    journey.title = "Reis 🚲 中文 \x1b"
    journey.personas[0].name = "Sanne 👩‍💻 ग्राहक"
    phase = journey.phases[0].id
    journey.goals.append(Goal(phase=phase, text="هدف العميل ✅"))
    journey.actions.append(ActionPoint(text='=HYPERLINK("http://x") ลูกค้า 🙂', phase=phase, owner="中"))
    path = tmp_path_factory.mktemp("hostile") / "hostile.nl.json"
    save(journey, path)
    return path


def _export(journey_file, to: str, out):
    notebook = NOTEBOOKS / "nl" / "08_report.ipynb"
    assert main(["export", str(notebook), "--journey", str(journey_file), "--to", to, "-o", str(out)]) == 0
    return out / f"08_report.{ {'pdf': 'pdf', 'html': 'html', 'pptx': 'pptx'}[to] }"


# What the report and the deck always print as text: the title, the persona, a goal
# and an action (cards are listed where an analysis names them; the maps draw them all).
ALWAYS_PRINTED = ("Reis 🚲 中文", "Sanne 👩‍💻 ग्राहक", "هدف العميل ✅", "ลูกค้า 🙂")


def test_the_report_html_holds_the_texts_and_draws_the_maps(hostile_journey, tmp_path):
    html = _export(hostile_journey, "html", tmp_path).read_text("utf-8")
    for text in ALWAYS_PRINTED:
        assert text in html
    assert "Bel\nons nu" not in html and "\x1b" not in html
    # The maps were drawn (vector, written into the page with their texts as text), not
    # replaced by an error.
    maps = re.findall(r"<svg\b.*?</svg>", html, re.S)
    assert len(maps) >= 3
    assert all("<text" in drawn for drawn in maps)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)")
def test_the_report_pdf_holds_the_words(hostile_journey, tmp_path):
    pdf = _export(hostile_journey, "pdf", tmp_path)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for word in PDF_WORDS:
        assert word in text


def test_the_deck_holds_every_name(hostile_journey, tmp_path):
    from pptx import Presentation

    deck = _export(hostile_journey, "pptx", tmp_path)
    with zipfile.ZipFile(deck) as archive:
        xml = "".join(
            archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml")
        )
    # the texts as a reader gets them (an emoji is a run of its own: deck.emoji_fonts)
    texts = [
        cell.text if hasattr(cell, "text") else ""
        for slide in Presentation(deck).slides
        for shape in slide.shapes
        for cell in (
            [shape.text_frame]
            if shape.has_text_frame
            else [c for row in shape.table.rows for c in row.cells]
            if shape.has_table
            else []
        )
    ]
    for text in ("Reis 🚲 中文", "ลูกค้า 🙂"):  # the title and the action list are text
        assert any(text in shown for shown in texts), text
    assert "\x1b" not in xml


@pytest.mark.parametrize("to", ["csv", "xlsx", "json", "mermaid"])
def test_the_table_and_diagram_exports_succeed(hostile_journey, tmp_path, to):
    out = tmp_path / f"out.{ {'mermaid': 'mmd'}.get(to, to) }"
    assert main(["convert", str(hostile_journey), "--to", to, "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    if to in ("csv", "json", "mermaid"):
        text = out.read_text("utf-8-sig")
        assert "中文客户服务" in text and "\x1b" not in text and "\x00" not in text


def test_the_group_report_holds_the_team(hostile_journey, tmp_path):
    folder = tmp_path / "handin"
    folder.mkdir()
    shutil.copyfile(hostile_journey, folder / "team01.json")
    out = tmp_path / "group.html"
    assert main(["collect", str(folder), "-o", str(out)]) == 0
    assert "中文" in out.read_text("utf-8")
