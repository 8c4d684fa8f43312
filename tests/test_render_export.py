"""Saving views as PNG, SVG and PDF (reproducibly), the worksheets PDF, and the
``journeykit map`` / ``journeykit worksheets`` commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeykit_widgets import render
from journeykit_widgets.cli import main
from journeykit_widgets.i18n import t
from journeykit_widgets.store import load

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def journey_file():
    path = DATA / "veranda.nl.json"
    if not path.exists():
        pytest.skip("sample veranda.nl.json is not written yet")
    return path


def test_every_format_is_written_and_svg_and_pdf_are_byte_for_byte_reproducible(journey_file, tmp_path):
    outputs = {}
    for attempt in ("a", "b"):
        journey = load(journey_file)  # a fresh journey and figure each time
        for fmt in ("svg", "pdf", "png"):
            path = render.save_figure(
                render.canvas(journey, state="both"),
                tmp_path / f"{attempt}.{fmt}",
                dpi=40 if fmt == "png" else None,
            )
            outputs[attempt, fmt] = path.read_bytes()
    assert outputs["a", "png"].startswith(b"\x89PNG")
    assert outputs["a", "svg"].lstrip().startswith(b"<?xml")
    assert outputs["a", "pdf"].startswith(b"%PDF")
    for fmt in ("svg", "pdf", "png"):
        assert outputs["a", fmt] == outputs["b", fmt], f"{fmt} differs between two identical runs"
    assert b"CreationDate" not in outputs["a", "pdf"]
    assert b"<dc:date>" not in outputs["a", "svg"]


def test_pdf_keeps_text_as_real_text_with_dutch_characters(journey_file, tmp_path):
    from pypdf import PdfReader

    journey = load(journey_file)
    path = render.save_figure(render.journey_map(journey), tmp_path / "map.pdf")
    text = PdfReader(path).pages[0].extract_text()
    assert t("render.lane.pain_points", lang="nl") in text
    assert journey.phases[0].label("nl") in text


def test_unknown_format_is_refused_in_plain_words(tmp_path):
    fig = render.worksheet("persona", lang="en")
    with pytest.raises(ValueError, match="jpg"):
        render.save_figure(fig, tmp_path / "card.jpg")


def test_worksheets_pdf_is_reproducible(tmp_path):
    kinds = ("persona", "current_state")
    first = render.worksheets_pdf(tmp_path / "a.pdf", lang="nl", kinds=kinds)
    second = render.worksheets_pdf(tmp_path / "b.pdf", lang="nl", kinds=kinds)
    assert first.read_bytes() == second.read_bytes()
    from pypdf import PdfReader

    assert len(PdfReader(first).pages) == len(kinds)


def test_cli_map_draws_the_requested_view(journey_file, tmp_path, capsys):
    out = tmp_path / "canvas.svg"
    code = main(
        ["map", str(journey_file), "-o", str(out), "--view", "canvas", "--state", "both", "--paper", "a3"]
    )
    assert code == 0 and out.stat().st_size > 10_000
    assert str(out) in capsys.readouterr().out
    text = out.read_text("utf-8")
    assert "<svg" in text
    png = tmp_path / "priority.png"
    assert main(["map", str(journey_file), "-o", str(png), "--view", "priority", "--dpi", "40"]) == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    pdf = tmp_path / "template.pdf"
    assert (
        main(["map", str(journey_file), "-o", str(pdf), "--view", "template", "--template", "day_in_life"])
        == 0
    )


def test_cli_map_explains_mistakes_without_a_traceback(journey_file, tmp_path, capsys):
    assert main(["map", str(journey_file), "-o", str(tmp_path / "x.gif")]) == 1
    assert "gif" in capsys.readouterr().err
    assert main(["map", str(journey_file), "-o", str(tmp_path / "x.png"), "--role", "nobody"]) == 1
    assert "nobody" in capsys.readouterr().err
    assert main(["map", str(tmp_path / "missing.json"), "-o", str(tmp_path / "x.png")]) == 1
    assert not (tmp_path / "x.png").exists()


def test_cli_worksheets_writes_every_blank_sheet_into_one_pdf_in_the_chosen_language(tmp_path, capsys):
    from pypdf import PdfReader

    assert main(["worksheets", "--lang", "nl", "-o", str(tmp_path)]) == 0
    pdfs = list(tmp_path.glob("*.pdf"))
    assert len(pdfs) == 1 and ".nl." in pdfs[0].name
    assert str(pdfs[0]) in capsys.readouterr().out
    pages = PdfReader(pdfs[0]).pages
    assert len(pages) >= len(render.WORKSHEETS)  # the handouts pack may add a cover and instructions
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    for key in (
        "render.worksheet.journey.title",
        "render.persona.question.needs",
        "render.canvas.title_blank",
    ):
        assert " ".join(t(key, lang="nl").split()) in text
    for template_id in ("current_state", "future_state", "day_in_life", "service_blueprint"):
        from journeykit_widgets import frameworks

        assert frameworks.template(template_id).label("nl") in text
