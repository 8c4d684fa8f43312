"""A cover that looks designed: who made the journey, which version, the date,
the organisation and its logo when a trainer gives them, and a band that is
never an empty block of colour."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_handouts_preprocessors import _notebook

from journeykit_widgets.handouts.batch import export_notebook
from journeykit_widgets.handouts.cover import cover_texts
from journeykit_widgets.samples import load_sample, sample_path

pytestmark = pytest.mark.unit

# The smallest PNG there is: one transparent pixel.
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def test_cover_names_the_authors_and_the_version_in_the_language():
    journey = load_sample("airline", "nl")
    texts = cover_texts(journey, "nl", "report", journey.title)
    authors = [" ".join(r.author.split()) for r in journey.revisions if r.author.strip()]
    assert texts["author"] == ", ".join(dict.fromkeys(authors))
    assert texts["version"].startswith(f"{len(journey.revisions)}, laatst gewijzigd op ")
    assert texts["labels"]["author"] == "Gemaakt door"


def _cover(page: str) -> str:
    return page[page.index('<section class="jk-cover">') : page.index("</section>")]


def test_cover_band_names_the_organisation_with_its_logo(tmp_path, monkeypatch):
    source = tmp_path / "nb.ipynb"
    nbformat.write(_notebook(), source)
    journey = sample_path("veranda", "en")
    plain = _cover(export_notebook(source, journey, tmp_path / "a.html", execute=False).read_text("utf-8"))
    band = plain[plain.index("jk-cover-band") : plain.index("jk-cover-body")]
    assert "Customer journey report".upper() in band.upper()  # without an organisation: what it is
    assert "<img" not in band

    logo = tmp_path / "logo.png"
    logo.write_bytes(PIXEL)
    monkeypatch.setenv("JOURNEYKIT_ORGANISATION", "Tuinhuis & Co")
    monkeypatch.setenv("JOURNEYKIT_LOGO", str(logo))
    page = export_notebook(source, journey, tmp_path / "b.html", execute=False).read_text("utf-8")
    band = _cover(page)[: _cover(page).index("jk-cover-body")]
    assert "Tuinhuis &amp; Co" in band and 'src="data:image/png;base64,' in band
    assert 'name="author"' in page


def test_a_logo_that_cannot_be_used_is_named_and_left_out(tmp_path, monkeypatch, caplog):
    source = tmp_path / "nb.ipynb"
    nbformat.write(_notebook(), source)
    monkeypatch.setenv("JOURNEYKIT_LOGO", str(tmp_path / "logo.gif"))
    page = export_notebook(source, sample_path("veranda", "nl"), tmp_path / "c.html", execute=False)
    assert "<img" not in _cover(page.read_text("utf-8"))
    assert "logo.gif" in caplog.text and "Geef een PNG-, JPEG- of SVG-bestand" in caplog.text
