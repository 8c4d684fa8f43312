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


LONG_OBJECTIVE = (
    "We willen begrijpen waarom IT-managers van middelgrote zorginstellingen na een geslaagde demo "
    "toch afhaken, welke momenten in de inkoop het vertrouwen in ons platform ondermijnen, en wat "
    "sales, service en marketing samen kunnen doen om de doorlooptijd van eerste contact tot "
    "getekende offerte te halveren zonder extra druk op de klant."
)


def _report_with_summary(tmp_path, with_summary: bool) -> str:
    """A Dutch report of a journey with a long objective: its cover, as HTML."""
    from journeykit_widgets.handouts.summary import summary
    from journeykit_widgets.store import save

    journey = load_sample("b2b_software", "nl")
    journey.objective = LONG_OBJECTIVE
    path = tmp_path / "lang.json"
    save(journey, path)
    nb = _notebook()
    if with_summary:
        cell = nbformat.v4.new_code_cell("report.summary(path)")  # as in 08_report
        cell.outputs = [
            nbformat.v4.new_output(
                "display_data", data={"text/html": summary(path)._repr_html_(), "text/plain": "summary"}
            )
        ]
        nb.cells[1:1] = [nbformat.v4.new_markdown_cell("## Managementsamenvatting"), cell]
    source = tmp_path / "nb.ipynb"
    nbformat.write(nb, source)
    page = export_notebook(source, path, tmp_path / "r.html", execute=False, lang="nl").read_text("utf-8")
    return page[page.index('<section class="jk-cover">') : page.index("</main>")]


def test_a_long_objective_the_summary_gives_whole_is_shortened_on_a_cover_with_the_contents(tmp_path):
    """Whole on the cover, it pushed the contents to a page of their own, mostly empty."""
    from bs4 import BeautifulSoup

    cover = BeautifulSoup(_report_with_summary(tmp_path, with_summary=True), "html.parser")
    assert cover.select_one(".jk-toc-on-cover") is not None
    objective = cover.select_one(".jk-cover-objective")
    # Four lines of it printed (CSS), every word still in the page, and where it stands whole.
    assert objective.select_one(".jk-cover-shortened").get_text() == LONG_OBJECTIVE
    assert objective.select_one(".jk-cover-more").get_text() == "Volledig onder “Managementsamenvatting”"


def test_an_objective_given_only_on_the_cover_stays_whole(tmp_path):
    cover = _report_with_summary(tmp_path, with_summary=False)
    assert "jk-cover-shortened" not in cover and "Volledig onder" not in cover
    assert LONG_OBJECTIVE in cover
