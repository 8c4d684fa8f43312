"""Handout machinery without a kernel: tags per variant, parameter injection,
escaping, the cover, entry points, and the CLI's batch and error paths."""

from __future__ import annotations

import base64
import io
import json
import re
from datetime import date
from pathlib import Path

import nbformat
import pytest
from nbformat import v4

from journeykit_widgets.handouts.batch import export_notebook, plan_jobs
from journeykit_widgets.handouts.cover import format_date
from journeykit_widgets.handouts.exporters import clean_html
from journeykit_widgets.handouts.preprocessors import FilterVariant, InjectParameters, png_size
from journeykit_widgets.model import Journey, Persona, Touchpoint
from journeykit_widgets.store import save

EVIL = "<script>alert(1)</script>"


def _png(width: int, height: int) -> str:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width / 100, height / 100), dpi=100)
    fig.add_subplot().plot([0, 1], [1, 0])
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    return base64.b64encode(buffer.getvalue()).decode()


def _notebook(outputs_html: str = "<b>fine</b>") -> nbformat.NotebookNode:
    """A small executed notebook with every kind of cell the workshop has."""
    table = v4.new_code_cell("jk.show_touchpoints(path)")
    table.outputs = [
        v4.new_output("display_data", data={"text/html": outputs_html, "text/plain": "table"}),
        v4.new_output("stream", name="stderr", text="DeprecationWarning: noise\n"),
    ]
    figure = v4.new_code_cell("jk.show_map(path)")
    figure.outputs = [
        v4.new_output("display_data", data={"image/png": _png(1500, 1000), "text/plain": "map"})
    ]
    widget = v4.new_code_cell("jk.persona_editor(path)", metadata={"tags": ["widget"]})
    widget.outputs = [
        v4.new_output(
            "display_data",
            data={"application/vnd.jupyter.widget-view+json": {"model_id": "abc"}, "text/plain": "VBox()"},
        )
    ]
    stray_widget = v4.new_code_cell("slider")
    stray_widget.outputs = [
        v4.new_output(
            "display_data",
            data={"application/vnd.jupyter.widget-view+json": {"model_id": "x"}, "text/plain": "IntSlider()"},
        )
    ]
    solution = v4.new_code_cell("print('ANSWER-CODE')", metadata={"tags": ["solution"]})
    solution.outputs = [v4.new_output("stream", name="stdout", text="ANSWER-OUTPUT\n")]
    return v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# Step 1 · Touchpoints\n\nIntro."),
            v4.new_markdown_cell("TRAINER-NOTE ask first", metadata={"tags": ["facilitator"]}),
            v4.new_code_cell("journey_file = None\nlanguage = None", metadata={"tags": ["parameters"]}),
            v4.new_code_cell("import journeykit_widgets as jk\npath = jk.journey_path(journey_file)"),
            v4.new_markdown_cell("## Add touchpoints"),
            widget,
            stray_widget,
            v4.new_markdown_cell("## Inventory"),
            table,
            figure,
            v4.new_markdown_cell("## Your turn\n\nWhich is the peak?"),
            solution,
            v4.new_markdown_cell("MODEL-ANSWER the card", metadata={"tags": ["solution"]}),
        ],
        metadata={"widgets": {"application/vnd.jupyter.widget-state+json": {"state": {}}}},
    )


def _filtered(variant: str):
    nb, resources = FilterVariant(variant=variant).preprocess(_notebook(), {})
    return nb, resources


def _text(nb) -> str:
    return json.dumps(nb.cells)


def test_report_keeps_content_and_drops_widgets_solutions_notes_code_and_warnings():
    nb, _ = _filtered("report")
    text = _text(nb)
    for gone in (
        "TRAINER-NOTE",
        "MODEL-ANSWER",
        "ANSWER-OUTPUT",
        "widget-view",
        "DeprecationWarning",
        "IntSlider",
    ):
        assert gone not in text
    assert "widgets" not in nb.metadata
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.metadata["transient"]["remove_source"] for c in code] == [True, True]
    assert [list(c.outputs[0]["data"]) for c in code] == [
        ["text/html", "text/plain"],
        ["image/png", "text/plain"],
    ]
    assert code[1].outputs[0]["metadata"]["journeykit"] == {"landscape": True}


def test_participant_copy_has_room_to_write_instead_of_the_form():
    nb, _ = _filtered("participant")
    text = _text(nb)
    assert "TRAINER-NOTE" not in text and "MODEL-ANSWER" not in text
    write_in = [c for c in nb.cells if "jk-write-in" in c.metadata.get("tags", [])]
    assert len(write_in) == 1 and write_in[0].metadata["journeykit"]["form"] == "persona_editor"


def test_facilitator_copy_keeps_everything_and_shows_answer_code_only():
    nb, _ = _filtered("facilitator")
    text = _text(nb)
    assert "TRAINER-NOTE" in text and "MODEL-ANSWER" in text and "ANSWER-OUTPUT" in text
    solution_code = next(c for c in nb.cells if "ANSWER-CODE" in c.source)
    assert "remove_source" not in solution_code.metadata.get("transient", {})
    assert "jk-solution" in solution_code.metadata["tags"]
    assert any("jk-marker-in" in c.metadata.get("tags", []) for c in nb.cells)


def test_unknown_variant_is_refused():
    with pytest.raises(ValueError, match="report, participant, facilitator"):
        FilterVariant(variant="everything").preprocess(_notebook(), {})


def test_parameters_are_injected_after_the_parameters_cell_as_safe_literals(tmp_path):
    odd = tmp_path / 'it\'s "odd" \\ name.json'
    nb = _notebook()
    InjectParameters(journey_file=str(odd), language="nl").preprocess(nb, {})
    InjectParameters(journey_file=str(odd), language="nl").preprocess(nb, {})  # twice: still one cell
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1
    index = nb.cells.index(injected[0])
    assert "parameters" in nb.cells[index - 1].metadata["tags"]
    scope: dict = {}
    exec(injected[0].source, scope)
    assert scope["journey_file"] == str(odd.resolve()) and scope["language"] == "nl"


def test_png_size_reads_the_header():
    assert png_size(_png(640, 480)) == (640, 480)
    assert png_size("not a png") is None


def test_html_whitelist_escapes_scripts_and_drops_handlers():
    cleaned = clean_html(f'<table><tr><td>{EVIL}</td></tr></table><img src="x" onerror="alert(2)">')
    assert "<script>" not in cleaned and "&lt;script&gt;alert(1)&lt;/script&gt;" in cleaned
    assert "onerror" not in cleaned and "<table>" in cleaned


def test_raw_user_html_in_an_output_shows_as_text_in_the_report(tmp_path):
    source = tmp_path / "nb.ipynb"
    nbformat.write(_notebook(outputs_html=f"<p>{EVIL}</p><a href='javascript:alert(3)'>x</a>"), source)
    out = export_notebook(source, None, tmp_path / "out.html", execute=False)
    page = out.read_text("utf-8")
    assert "<script" not in page and "javascript:" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_cover_fields_are_escaped(tmp_path):
    journey = Journey.new(f"Trip {EVIL}", objective=f"Goal {EVIL}")
    journey.personas.append(Persona(name=f"Sanne {EVIL}"))
    journey.touchpoints.append(Touchpoint(name=EVIL, phase="touch"))
    path = tmp_path / "evil.json"
    save(journey, path)
    source = tmp_path / "nb.ipynb"
    nbformat.write(_notebook(), source)
    page = export_notebook(source, path, tmp_path / "out.html", execute=False).read_text("utf-8")
    assert "<script" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # title, persona, objective


def test_dates_are_written_in_the_language():
    assert format_date(date(2026, 3, 5), "nl") == "5 maart 2026"
    assert format_date(date(2026, 3, 5), "en") == "5 March 2026"


def test_exporters_are_registered_with_nbconvert():
    from nbconvert.exporters import get_export_names, get_exporter

    names = set(get_export_names())
    expected = {
        "journeykit-report",
        "journeykit-pdf",
        "journeykit-participant",
        "journeykit-participant-pdf",
        "journeykit-facilitator",
        "journeykit-facilitator-pdf",
    }
    assert expected <= names
    assert get_exporter("journeykit-facilitator-pdf")().variant == "facilitator"
    assert get_exporter("journeykit-pdf")().file_extension == ".pdf"


def test_batch_names_each_report_after_its_journey(tmp_path):
    notebooks = [Path("08_report.ipynb")]
    journeys = [Path("anna.json"), Path("bob.json")]
    jobs = plan_jobs(notebooks, journeys, tmp_path, to="pdf", variant="report")
    assert [j.output.name for j in jobs] == ["anna.pdf", "bob.pdf"]
    two = plan_jobs([Path("a.ipynb"), Path("b.ipynb")], journeys, tmp_path, variant="participant")
    assert [str(j.output.relative_to(tmp_path)) for j in two] == [
        "anna/a-participant.html",
        "anna/b-participant.html",
        "bob/a-participant.html",
        "bob/b-participant.html",
    ]


def test_pdf_without_a_browser_says_what_to_do(tmp_path, monkeypatch, capsys):
    from journeykit_widgets.cli import main

    monkeypatch.setenv("JOURNEYKIT_BROWSER", str(tmp_path / "no-chromium"))
    source = tmp_path / "nb.ipynb"
    nbformat.write(_notebook(), source)
    assert main(["export", str(source), "--to", "pdf", "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "no-chromium" in err and "Chromium" in err
    assert not (tmp_path / "out").exists()
    assert main(["export", str(source), "--to", "pdf", "--lang", "nl", "-o", str(tmp_path / "o")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


@pytest.mark.slow
def test_batch_of_participants_reports_the_bad_file_and_finishes_the_rest(tmp_path, capsys):
    from journeykit_widgets.cli import main

    folder = tmp_path / "participants"
    folder.mkdir()
    for name in ("anna", "bob"):
        journey = Journey.new(f"Journey of {name}")
        journey.touchpoints.append(Touchpoint(name=f"{name} sees a banner", phase="touch"))
        save(journey, folder / f"{name}.json")
    (folder / "carl.json").write_text('{"title": "half a file', "utf-8")
    notebook = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# Report\n\nText."),
            v4.new_code_cell("journey_file = None\nlanguage = None", metadata={"tags": ["parameters"]}),
            v4.new_code_cell(
                "from journeykit_widgets.store import load\nj = load(journey_file)\n"
                "print(j.title, '|', j.touchpoints[0].name)"
            ),
        ],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )
    nbformat.write(notebook, tmp_path / "report.ipynb")
    out = tmp_path / "out"
    status = main(
        ["export", str(tmp_path / "report.ipynb"), "--journey", str(folder), "-o", str(out), "-j", "2"]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert sorted(p.name for p in out.iterdir()) == ["anna.html", "bob.html"]
    assert "anna sees a banner" in (out / "anna.html").read_text("utf-8")
    assert "2 of 3 exported" in captured.out
    assert re.search(r"carl\.json → report\.ipynb: .+", captured.err)


def test_worksheet_pack_has_a_cover_and_instructions_before_every_sheet(tmp_path, capsys):
    from pypdf import PdfReader

    from journeykit_widgets.cli import main
    from journeykit_widgets.handouts.pack import PACK_SHEETS

    assert main(["worksheets", "--lang", "nl", "-o", str(tmp_path)]) == 0
    pdf = tmp_path / "worksheets.nl.a4.pdf"
    pages = PdfReader(pdf).pages
    assert len(pages) == 1 + 2 * len(PACK_SHEETS)
    cover = pages[0].extract_text()
    assert "Klantreizen in kaart brengen op papier" in cover and "Inhoud" in cover
    assert "pagina 4" in cover  # the contents point at the sheets' pages
    instructions = pages[1].extract_text()
    assert (
        "WERKBLAD 1" in instructions and "ZO VUL JE HET IN" in instructions and "20 minuten" in instructions
    )
    assert f"({1 + 2 * len(PACK_SHEETS)} pagina's)" in capsys.readouterr().out
    assert main(["worksheets", "--sheets-only", "-o", str(tmp_path / "bare.pdf")]) == 0
    assert len(PdfReader(tmp_path / "bare.pdf").pages) == len(PACK_SHEETS)


def test_a_notebook_without_a_parameters_cell_gets_its_values_with_a_warning(tmp_path, caplog):
    """papermill's rule: injecting into a notebook with no ``parameters`` cell is
    allowed, but said, because the notebook's own set-up may change the values again."""
    nb = v4.new_notebook(cells=[v4.new_code_cell("journey_file = 'mine.json'")])
    with caplog.at_level("WARNING"):
        InjectParameters(journey_file=str(tmp_path / "j.json"), language="nl").preprocess(nb, {})
    assert "injected-parameters" in nb.cells[0].metadata["tags"]
    assert any("parameters" in record.getMessage() for record in caplog.records)
    caplog.clear()
    tagged = v4.new_notebook(cells=[v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]})])
    with caplog.at_level("WARNING"):
        InjectParameters(language="nl").preprocess(tagged, {})
    assert not caplog.records


def test_an_exporter_hands_its_options_to_its_own_steps_and_skips_widget_cells():
    """One option on the exporter drives its steps (they are created with the exporter
    as parent; no private nbconvert member involved), and a headless run skips the
    cells tagged ``widget``."""
    from journeykit_widgets.handouts.cover import CoverPage
    from journeykit_widgets.handouts.exporters import exporter_for
    from journeykit_widgets.handouts.preprocessors import ExecuteHeadless, MarkSections

    exporter = exporter_for("html", "participant", journey_file="/x/j.json", language="nl")
    names = [str(step).rpartition(".")[2] for step in exporter.default_preprocessors]
    assert names.index("InjectParameters") < names.index("ExecuteHeadless") < names.index("FilterVariant")
    assert "ExecutePreprocessor" not in names
    # nbconvert creates each listed step with the exporter as its parent.
    injected = InjectParameters(parent=exporter)
    assert (injected.journey_file, injected.language) == ("/x/j.json", "nl")
    assert FilterVariant(parent=exporter).variant == "participant"
    assert CoverPage(parent=exporter).variant == "participant"
    assert MarkSections(parent=exporter).break_level == exporter.section_break_level
    assert ExecuteHeadless(parent=exporter).skip_cells_with_tag == "widget"
    assert InjectParameters(parent=exporter, journey_file="/own.json").journey_file == "/own.json"
