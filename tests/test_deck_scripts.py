"""Names in any script, and emoji, draw on the slides: in the deck's file every
emoji has a run with fonts that hold it, and LibreOffice's PDF of the deck shows
the emoji (ink where they stand, not a blank) beside Chinese, Arabic, Hindi and
Thai names. One deck, one conversion for the module."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess

import pytest
from _document_checks import office_pdf

from journeykit_widgets.handouts.deck import emoji_fonts
from journeykit_widgets.samples import load_sample

pptx = pytest.importorskip("pptx")

NAMES = (
    "Check-in ✈️ 😀",
    "中文客户服务",
    "خدمة العملاء",
    "ग्राहक सेवा",
    "บริการลูกค้า",
    "Duim 👍🏽 en 👩‍💻",
    "Fietsen 🚲 kopen",
)
# One word per script that a PDF's text layer keeps as typed (a shaped script may
# be stored in another order).
WORDS = ("Check-in", "中文客户服务", "ग्राहक", "Fietsen", "kopen")
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    from journeykit_widgets.handouts.slides import build_deck

    journey = load_sample("airline", "en")
    for point, name in zip(journey.touchpoints, NAMES, strict=False):
        point.name = name
    journey.title = "Reis 🚲 中文 ✈️"
    path = tmp_path_factory.mktemp("scripts") / "scripts.pptx"
    build_deck(journey).save(path)
    return path


@pytest.fixture(scope="module")
def pdf(deck):
    if not shutil.which("pdftoppm"):
        if os.environ.get("CI"):
            pytest.fail("poppler-utils are required in CI to look at the slides")
        pytest.skip("needs poppler-utils (pdftoppm)")
    return office_pdf(deck, deck.parent)


def test_every_emoji_has_a_run_with_emoji_fonts_and_letters_keep_the_theme(deck):
    runs = 0
    for slide in pptx.Presentation(deck).slides:
        for run in slide.element.iter(f"{_A}r"):
            text = run.findtext(f"{_A}t") or ""
            props = run.find(f"{_A}rPr")
            fonts = {} if props is None else {f.tag[len(_A) :]: f.get("typeface") for f in props}
            if emoji_fonts.has_emoji(text):
                runs += 1
                assert not re.search(r"[A-Za-z\u4e00-\u9fff]", text), text  # the emoji alone
                assert fonts.get("latin") == fonts.get("ea") == fonts.get("cs") == "Symbola", text
                assert fonts.get("sym") == "Segoe UI Emoji", text
            else:
                assert not {"latin", "ea", "cs", "sym"} & set(fonts), text  # the theme's font
    assert runs >= 10  # title, footers, map, emotion lane, priority lists


def _words(pdf, tmp_path) -> list[tuple[int, tuple[float, ...], str]]:
    """(page, box in points, text) of every word of the PDF."""
    out = tmp_path / "words.html"
    subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), str(out)], check=True)
    words, page = [], 0
    # poppler writes the document's title with an emoji as UTF-16 halves: not a word
    for line in out.read_bytes().decode("utf-8", "replace").splitlines():
        if "<page " in line:
            page += 1
        found = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line
        )
        if found:
            words.append((page, tuple(float(v) for v in found.groups()[:4]), html.unescape(found[5])))
    return words


def _ink(pdf, tmp_path, pictures: dict, page: int, box) -> int:
    """Pixels of a word's box (points) that stand out from what is behind it."""
    from PIL import Image

    if page not in pictures:  # 72 dpi: a pixel is a point
        stem = tmp_path / f"page{page}"
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "72",
                "-png",
                "-singlefile",
                "-f",
                str(page),
                "-l",
                str(page),
                str(pdf),
                str(stem),
            ],
            check=True,
        )
        pictures[page] = Image.open(f"{stem}.png").convert("L")
    x0, y0, x1, y1 = box
    counts = pictures[page].crop((int(x0), int(y0), int(x1) + 1, int(y1) + 1)).histogram()
    background = counts.index(max(counts))  # the slide or cell behind the word
    return sum(n for value, n in enumerate(counts) if abs(value - background) > 60)


def test_libreoffice_draws_emoji_beside_every_script(pdf, tmp_path):
    words = _words(pdf, tmp_path)
    texts = {text for _, _, text in words}
    for word in WORDS:
        assert word in texts, word
    emoji = [(page, box, text) for page, box, text in words if emoji_fonts.has_emoji(text)]
    assert len(emoji) >= 10
    # Arabic and Thai are shaped (their text layer may hold another order): drawn, not blank
    shaped = [(p, b, x) for p, b, x in words if re.search("[\u0600-\u06ff\u0e00-\u0e7f]", x)]
    assert len(shaped) >= 4
    pictures: dict = {}
    for page, box, text in emoji + shaped:
        assert _ink(pdf, tmp_path, pictures, page, box) >= 3, f"slide {page}: {text!r} is blank"


def test_no_table_covers_the_slide_number(pdf, tmp_path):
    """A table row LibreOffice draws taller than the file says (an empty cell at the
    default 18 pt) pushed the blueprint over the footer: the number must show."""
    words = _words(pdf, tmp_path)
    pictures: dict = {}
    pages = max(page for page, _, _ in words)
    for number in range(1, pages + 1):
        (box,) = [b for page, b, text in words if page == number and text == str(number) and b[1] > 480]
        assert _ink(pdf, tmp_path, pictures, number, box) >= 3, f"slide {number}'s number is covered"
