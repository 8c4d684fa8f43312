"""Texts that depend on where a notebook runs say the right thing in JupyterLab and
in Voilà: a Voilà page has no cells to run, so no text tells the learner to run one
unless the same paragraph says what to do in Voilà; messages the kernel writes say
"run this cell again" in JupyterLab and "reload the page" in Voilà."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from journeykit_widgets.i18n import catalogue, t
from journeykit_widgets.i18n.place import again, in_voila

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(
    path
    for pattern in ("notebooks/*.ipynb", "notebooks/nl/*.ipynb", "exercises/*/*/*.ipynb")
    for path in ROOT.glob(pattern)
)

# "Run the cell below", "run it and the check after it", "press Shift + Enter",
# "Voer de cel hieronder uit", "voer de actielijst opnieuw uit", "cellen uitvoeren" …
RUN_PHRASES = re.compile(
    r"\brun (?:the|this|that|each|every|all|it|them|its)\b"
    r"|\bcells? (?:below|above)\b"
    r"|Shift \+ Enter"
    r"|\bvoer\b[^.;:]*\buit\b"
    r"|\bcel(?:len)?\b[^.;:]*\buit(?:voeren|gevoerd)\b"
    r"|\bcel(?:len)? (?:hieronder|hierboven)\b",
    re.IGNORECASE,
)
VOILA = re.compile(r"Voil[àa]", re.IGNORECASE)


def _paragraphs(text: str) -> list[str]:
    # A model answer is folded in <details>; its HTML is not what a learner reads.
    text = re.sub(r"<[^>]+>", " ", text)
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def cell_texts_that_do_not_fit_voila(path: Path) -> list[str]:
    """Paragraphs of ``path``'s Markdown cells that ask to run a cell without saying
    what to do on a Voilà page, where there are none."""
    found = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "markdown":
            continue
        for paragraph in _paragraphs(cell.source):
            if RUN_PHRASES.search(paragraph) and not VOILA.search(paragraph):
                found.append(" ".join(paragraph.split())[:160])
    return found


def test_the_scan_finds_what_it_looks_for(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("Fill it in, run it and the check after it."),
        nbformat.v4.new_markdown_cell("## De emotiecurve\n\nVoer de cel hieronder uit als je klaar bent."),
        nbformat.v4.new_markdown_cell("*In JupyterLab* press **Shift + Enter**; *in Voilà* it has run."),
        nbformat.v4.new_markdown_cell("Three lines run between the lanes. De kaart voert je mee."),
    ]
    path = tmp_path / "probe.ipynb"
    nbformat.write(nb, path)
    assert cell_texts_that_do_not_fit_voila(path) == [
        "Fill it in, run it and the check after it.",
        "Voer de cel hieronder uit als je klaar bent.",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_notebook_text_asks_to_run_a_cell_that_voila_does_not_show(path):
    assert cell_texts_that_do_not_fit_voila(path) == []


# Lab-only by nature: the comment in a code cell, the line a saved notebook shows in
# place of a form, and the board's page (its texts are looked up in JavaScript).
LAB_ONLY = re.compile(r"^(exercises\.placeholder|edit\.reopen\.|board\.|board_message\.)|\.lab$")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_kernel_messages_ask_to_run_a_cell_only_in_jupyterlab(lang):
    words = "run this cell" if lang == "en" else "voer deze cel"
    fixed = {key: text for key, text in catalogue(lang).items() if words in text and not LAB_ONLY.search(key)}
    assert fixed == {}


@pytest.mark.parametrize(
    ("environment", "lang", "expected"),
    [
        ({}, "en", "Add them in the form above, then run this cell again."),
        ({"VOILA_KERNEL_ID": "k1"}, "en", "Add them in the form above, then reload the page."),
        ({"VOILA_BASE_URL": "/"}, "nl", "hierboven en laad de pagina opnieuw."),
        ({}, "nl", "hierboven en voer deze cel opnieuw uit."),
    ],
)
def test_an_empty_table_says_what_to_do_where_it_runs(monkeypatch, tmp_path, environment, lang, expected):
    from journeykit_widgets import i18n, store, summaries
    from journeykit_widgets.model import Journey

    for name in ("VOILA_BASE_URL", "VOILA_SERVER_URL", "VOILA_REQUEST_URL", "VOILA_KERNEL_ID"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert in_voila() == bool(environment)
    path = tmp_path / "empty.json"
    store.save(Journey.new("Leeg", language=lang), path)
    with i18n.language(lang):
        table = summaries.show_touchpoints(path)
    assert expected in table._repr_html_()
    assert again(lang) == t(f"hl.again.{'voila' if environment else 'lab'}", lang=lang)
