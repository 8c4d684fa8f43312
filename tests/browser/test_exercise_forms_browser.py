"""A Dutch learner alone does exercise 2 (peak–end) with the form, in JupyterLab
and in Voilà: a wrong first try, the feedback next to the form, the model answer
that opens only after that check, then the right answer."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from _lab_page import dismiss_dialogs, run_cells, shows
from _servers import voila

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "exercises" / "participant" / "nl" / "02_peak_end.ipynb"
FORM = ".jk-answer-form"
# Feedback boxes that are not the form's own: the check of the Python dictionary.
_LOOSE_FEEDBACK = "() => [...document.querySelectorAll('.jk-feedback')].filter(e => !e.closest('.jk-answer-form')).map(e => e.innerText)"


def _model_answer_cell():
    """The first model answer of the Dutch step notebook 04, as it stands there."""
    flow = nbformat.read(ROOT / "notebooks" / "nl" / "04_flow.ipynb", as_version=4)
    return next(c for c in flow.cells if "solution" in c.metadata.get("tags", []))


def _model_answer_opens_on_request(page, shot) -> None:
    fold = page.locator("details.jk-model-answer").first
    fold.wait_for(timeout=60_000)
    answer = fold.locator("strong", has_text="Modelantwoord")
    assert fold.get_attribute("open") is None and not answer.is_visible()
    assert "Toon het modelantwoord" in fold.locator("summary").inner_text()
    fold.locator("summary").click()
    answer.wait_for(state="visible", timeout=10_000)
    shot()


def _learner_does_the_exercise(page, shot) -> None:
    """Choose, check, see the feedback and the reveal button open, then answer right."""
    form = page.locator(FORM).first
    form.scroll_into_view_if_needed()
    check = form.locator("button.jk-form-check")
    reveal = form.locator("button.jk-form-reveal")
    assert check.inner_text().strip() == "Controleer mijn antwoord"
    assert reveal.is_disabled()  # no model answer before a first try
    for button in (check, reveal):  # the whole label shows, not "Controleer mijn …"
        assert button.evaluate("b => b.scrollWidth <= b.clientWidth"), button.inner_text()
    selects = form.locator(".jk-form-choice select")
    assert selects.count() == 4
    # a first try: touchpoint 1 as the peak, the rest left open
    selects.nth(0).select_option(index=1)
    check.click()
    page.wait_for_selector(f'{FORM} .jk-feedback[data-status="partial"]', timeout=30_000)
    feedback = form.locator(".jk-form-feedback").inner_text()
    assert "Oefening 2" in feedback and "✗" in feedback
    assert reveal.is_enabled()
    shot("after_first_try")
    reveal.click()
    page.wait_for_selector(f"{FORM} .jk-model-answer", timeout=30_000)
    model = form.locator(".jk-model-answer").inner_text()
    assert "Modelantwoord" in model and "14 ·" in model
    # the learner now answers as the model answer says
    for n, index in enumerate((14, 13, 16, 16)):
        selects.nth(n).select_option(index=index)
    form.locator(".jk-form-text input").fill("Het einde blijft hangen, dus daar winnen we het meest.")
    check.click()
    page.wait_for_selector(f'{FORM} .jk-feedback[data-status="done"]', timeout=30_000)
    assert "Helemaal goed" in form.locator(".jk-form-feedback").inner_text()
    shot("done")


def test_dutch_exercise_with_the_form_in_jupyterlab(lab_server, browser, screenshots):
    url, root = lab_server
    shutil.copyfile(NOTEBOOK, root / "oefening_02.ipynb")
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    try:
        page.goto(f"{url}/lab/tree/oefening_02.ipynb?reset", timeout=90_000)
        run_cells(page, None, shows(f"{FORM} button.jk-form-check"), timeout=300_000)
        # JupyterLab shows the dictionary cell under the form, and the form says what it is for
        note = page.locator(f"{FORM} .jk-form-code-option")
        assert (
            "Voor wie van code houdt" in note.inner_text()
            and "de cel onder dit formulier" in note.inner_text()
        )
        _learner_does_the_exercise(
            page,
            lambda name: page.locator(FORM).first.screenshot(path=str(screenshots / f"form_lab_{name}.png")),
        )
    finally:
        page.close()


@pytest.fixture
def voila_exercise(browser_executable, tmp_path):
    pytest.importorskip("voila")
    root = tmp_path / "root"
    root.mkdir()
    shutil.copyfile(NOTEBOOK, root / "oefening_02.ipynb")
    for stem in ("04_buying_group_canvas", "06_choose_template"):
        shutil.copyfile(NOTEBOOK.parent / f"{stem}.ipynb", root / f"oefening_{stem[:2]}.ipynb")
    page = nbformat.v4.new_notebook()
    page.cells = [
        nbformat.v4.new_code_cell(
            "from journeykit_widgets.widgets.where import how_to_use\nhow_to_use('nl')"
        ),
        _model_answer_cell(),
    ]
    page.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(page, root / "zo_werkt_het.ipynb")
    with voila(root, tmp_path) as url:
        yield url


def test_dutch_exercise_with_the_form_in_voila(voila_exercise, browser, screenshots):
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    try:
        page.goto(f"{voila_exercise}/voila/render/oefening_02.ipynb", timeout=120_000)
        page.wait_for_selector(f"{FORM} button.jk-form-check", timeout=120_000)
        page.wait_for_selector("text=Denk na", timeout=120_000)  # the page's last cell, after the check
        # No Python path on a page without cells: no note about it, no empty "Nog geen antwoord"
        body = page.locator("body").inner_text()
        assert "Python-dictionary" not in body and "Nog geen antwoord" not in body
        assert page.evaluate(_LOOSE_FEEDBACK) == []
        _learner_does_the_exercise(
            page,
            lambda name: page.locator(FORM).first.screenshot(
                path=str(screenshots / f"form_voila_{name}.png")
            ),
        )
    finally:
        page.close()


def test_voila_pages_say_how_voila_works(voila_exercise, browser, screenshots):
    """The kernel of a Voila page knows where it runs: no 'Shift + Enter' there."""
    page = browser.new_page()
    try:
        page.goto(f"{voila_exercise}/voila/render/zo_werkt_het.ipynb", timeout=120_000)
        page.wait_for_selector("text=Zo werkt deze pagina", timeout=120_000)
        text = page.locator("body").inner_text()
        assert "(Voilà)" in text and "Laad de pagina opnieuw" in text and "Shift" not in text
        _model_answer_opens_on_request(
            page, lambda: page.screenshot(path=str(screenshots / "voila_model_answer.png"))
        )
    finally:
        page.close()


def test_two_more_dutch_exercises_in_voila(voila_exercise, browser, screenshots):
    """Exercise 4 (a canvas column: choices, texts and a score) with a score that cannot
    be read, and exercise 6 (templates): what a learner alone meets in Voila."""
    page = browser.new_page(viewport={"width": 1400, "height": 1300})
    try:
        page.goto(f"{voila_exercise}/voila/render/oefening_04.ipynb", timeout=120_000)
        page.wait_for_selector(f"{FORM} button.jk-form-check", timeout=120_000)
        form = page.locator(FORM).first
        form.scroll_into_view_if_needed()
        selects = form.locator(".jk-form-choice select")
        selects.nth(0).select_option(label="Inkoper")
        selects.nth(1).select_option(label="Aankoopbeslissing")
        texts = form.locator(".jk-form-long_text textarea")
        for n, text in enumerate(
            (
                "Vergelijkt drie offertes regel voor regel en onderhandelt over de prijs per agent.",
                "Verkoop stuurt binnen twee dagen een offerte in het format van de klant.",
                "Wacht 9 dagen op onze offerte, terwijl 2 van de 3 concurrenten binnen een week antwoordden.",
                "Geef inkoop bij de start van de evaluatie een standaardprijslijst en een conceptcontract.",
            )
        ):
            texts.nth(n).fill(text)
        score = form.locator(".jk-form-number input")
        score.fill("zeven")
        form.locator("button.jk-form-check").click()
        page.wait_for_selector(f"{FORM} .jk-form-error:has-text('geen heel getal')", timeout=30_000)
        assert form.locator("button.jk-form-reveal").is_disabled()  # a bad score is no attempt yet
        form.screenshot(path=str(screenshots / "form_voila_04_bad_score.png"))
        score.fill("2")
        form.locator("button.jk-form-check").click()
        page.wait_for_selector(f"{FORM} .jk-feedback", timeout=30_000)
        assert "geen heel getal" not in form.inner_text()
        assert form.locator("button.jk-form-reveal").is_enabled()
        form.screenshot(path=str(screenshots / "form_voila_04_checked.png"))

        page.goto(f"{voila_exercise}/voila/render/oefening_06.ipynb", timeout=120_000)
        page.wait_for_selector(f"{FORM} button.jk-form-check", timeout=120_000)
        form = page.locator(FORM).first
        form.scroll_into_view_if_needed()
        selects = form.locator(".jk-form-choice select")
        assert selects.count() == 5
        for n in range(5):
            selects.nth(n).select_option(index=1)  # the same template for every goal
        form.locator("button.jk-form-check").click()
        page.wait_for_selector(f'{FORM} .jk-feedback[data-status="partial"]', timeout=30_000)
        form.locator("button.jk-form-reveal").click()
        page.wait_for_selector(f"{FORM} .jk-model-answer", timeout=30_000)
        assert "Modelantwoord" in form.locator(".jk-model-answer").inner_text()
        form.screenshot(path=str(screenshots / "form_voila_06_model.png"))
    finally:
        page.close()


def test_a_step_notebooks_model_answer_is_folded_in_jupyterlab(lab_server, browser, screenshots):
    url, root = lab_server
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Stap 4"), _model_answer_cell()]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, root / "stap_04.ipynb")
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    try:
        page.goto(f"{url}/lab/tree/stap_04.ipynb?reset", timeout=90_000)
        page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
        dismiss_dialogs(page)
        _model_answer_opens_on_request(
            page, lambda: page.screenshot(path=str(screenshots / "lab_model_answer.png"))
        )
    finally:
        page.close()
