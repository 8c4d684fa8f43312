"""Exercises answered with widgets: the form of every exercise gives the same
feedback as the Python dictionary of the built solution notebook, a wrong choice
the same wrong-answer feedback, a bad number a message next to its field, and the
model answer opens only after a first check."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from journeykit_widgets import analysis, i18n, samples
from journeykit_widgets.exercises import exercise
from journeykit_widgets.exercises.answer_form import AnswerForm, answer_form
from journeykit_widgets.exercises.forms import BLANK, declare

ROOT = Path(__file__).resolve().parent.parent
EXERCISES_DIR = ROOT / "exercises"

# Built notebook → the exercises it checks, in the order of its answer cells.
NOTEBOOK_EXERCISES = {
    "01_classify_touchpoints": ["classify_touchpoints"],
    "02_peak_end": ["peak_end"],
    "03_gap_analysis": ["gap_analysis"],
    "04_buying_group_canvas": ["buying_group_canvas"],
    "05_action_points": ["action_points"],
    "06_choose_template": ["choose_template"],
    "07_own_journey": ["peak_end", "gap_analysis"],
    "08_evidence": ["evidence"],
    "09_peak_end_vs_mean": ["peak_end_vs_mean"],
    "10_buying_group_divergence": ["buying_group_divergence"],
    "11_blueprint_lines": ["blueprint_lines"],
}
CASES = [(stem, lang) for stem in NOTEBOOK_EXERCISES for lang in ("en", "nl")]


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def _solution_answers(stem: str, lang: str) -> list[object]:
    """The answers of the built solution notebook, run as a participant would type them."""
    import journeykit_widgets as jk

    nb = nbformat.read(EXERCISES_DIR / "solutions" / lang / f"{stem}.ipynb", as_version=4)
    namespace = {"jk": jk, "analysis": analysis, "path": samples.sample_path("airline", lang)}
    answers = []
    for cell in nb.cells:
        if "solution" in cell.metadata.get("tags", []):
            exec(cell.source, namespace)  # our own committed solution cells
            answers.append(namespace["answer"])
    return answers


def _journey(stem: str, lang: str):
    return samples.sample_path("airline", lang) if stem == "07_own_journey" else None


def _form(name: str, journey=None) -> AnswerForm:
    form = answer_form(name, journey)
    assert isinstance(form, AnswerForm)
    return form


@pytest.mark.parametrize("stem,lang", CASES)
def test_the_form_filled_with_the_model_answer_gives_the_feedback_of_the_dictionary(stem, lang):
    i18n.set_language(lang)
    answers = _solution_answers(stem, lang)
    assert len(answers) == len(NOTEBOOK_EXERCISES[stem])
    for name, answer in zip(NOTEBOOK_EXERCISES[stem], answers, strict=True):
        journey = _journey(stem, lang)
        module = exercise(name)
        if isinstance(answer, dict):  # feedback lists touchpoints in the order typed; the form sorts them
            answer = {k: sorted(v) if isinstance(v, list) else v for k, v in answer.items()}
        by_code = module.check(answer, journey) if journey else module.check(answer)
        form = _form(name, journey)
        form.fill(form.declaration.model())
        form.check_button.click()
        assert form.last is not None
        assert str(form.last) == str(by_code)
        assert form.last.passed and form.last.language == lang
        assert 'data-status="done"' in form.feedback.value


def _wrong(values: dict, key: str, value) -> dict:
    return {**values, key: value}


def test_a_wrong_peak_gets_the_same_feedback_as_in_the_dictionary():
    i18n.set_language("nl")
    form = _form("peak_end")
    form.fill(_wrong(form.declaration.model(), "peak", 1))
    form.check_button.click()
    from journeykit_widgets.exercises import peak_end

    by_code = peak_end.check(
        {"piek": 1, "dal": 13, "einde": 16, "verbeter": 16, "waarom": form.declaration.model()["why"]}
    )
    assert str(form.last) == str(by_code)
    assert form.last.status == "partial" and any("1 (" in w for w in form.last.wrongs)


def test_a_misplaced_touchpoint_gets_the_same_feedback_as_in_the_dictionary():
    from journeykit_widgets.exercises import classify_touchpoints

    journey = samples.load_sample("airline", "en")
    items = classify_touchpoints.numbered(journey)
    answer: dict[str, list[int]] = {}
    for n, tp in enumerate(items, 1):
        answer.setdefault(tp.phase, []).append(n)
    first_sell = answer["sell"][0]
    answer["sell"].remove(first_sell)
    answer["care"].append(first_sell)
    form = _form("classify_touchpoints")
    form.fill(_wrong(form.declaration.model(), f"tp.{first_sell}", "care"))
    form.check_button.click()
    assert str(form.last) == str(classify_touchpoints.check(answer))
    assert any("does not belong in Care" in w for w in form.last.wrongs)


@pytest.mark.parametrize(
    "name,key,value,answer",
    [
        (
            "choose_template",
            "1",
            "future_state",
            {1: "future", 2: "future_state", 3: "day_in_life", 4: "service_blueprint", 5: "day_in_life"},
        ),
        (
            "buying_group_divergence",
            "role",
            "role-b2b-influencer",
            {"phase": "Aankoopbeslissing", "role": "IT-architect"},
        ),
        (
            "peak_end_vs_mean",
            "1.differ",
            False,
            {1: {"differ": "nee", "applies": "ja"}}
            | {
                n: {"differ": d, "applies": a}
                for n, d, a in ((2, "nee", "ja"), (3, "ja", "ja"), (4, "ja", "nee"))
            }
            | {5: {"differ": "nee", "applies": "nee"}},
        ),
        (
            "evidence",
            "3.source",
            "survey",
            {1: ("analytics", "high"), 2: ("interview", "medium"), 3: ("survey", "low")}
            | {4: ("staff", "medium"), 5: ("observation", "low"), 6: ("survey", "high")},
        ),
    ],
)
def test_a_wrong_choice_gets_the_same_feedback_as_in_the_dictionary(name, key, value, answer):
    i18n.set_language("nl")
    form = _form(name)
    if name == "buying_group_divergence":
        assert value in [v for _, v in next(f for f in form.declaration.fields if f.key == "role").options]
    form.fill(_wrong(form.declaration.model(), key, value))
    form.check_button.click()
    assert form.last.status == "partial" and form.last.wrongs
    assert str(form.last) == str(exercise(name).check(answer))


def test_the_model_answer_opens_only_after_a_first_check():
    i18n.set_language("nl")
    form = _form("peak_end")
    assert form.reveal_button.disabled and not form.can_reveal
    assert form.reveal() is None and form.model_view.value == ""
    form.reveal_button.click()  # a click that slips through changes nothing
    assert form.model_view.value == ""
    form.check_button.click()  # an empty first attempt counts
    assert form.last.status == "empty" and "Nog geen antwoord" in str(form.last)
    assert not form.reveal_button.disabled
    form.reveal_button.click()
    shown = form.model_view.value
    assert "Modelantwoord" in shown and "Het einde blijft hangen" in shown
    # the form itself is left as the learner filled it
    assert all(form.inputs[k].value == BLANK for k in ("peak", "low", "end", "improve"))


def test_a_number_that_cannot_be_read_gets_a_message_next_to_its_field_in_dutch():
    i18n.set_language("nl")
    form = _form("buying_group_canvas")
    form.fill(form.declaration.model())
    form.inputs["score"].value = "zeven"
    form.check_button.click()
    assert form.last is None and form.attempts == 0 and form.reveal_button.disabled
    assert "‘zeven’ is geen heel getal van 1 tot en met 5" in form.errors["score"].value
    assert "rode meldingen" in form.feedback.value
    form.inputs["score"].value = "9"
    form.check_button.click()
    assert "‘9’" in form.errors["score"].value
    form.inputs["score"].value = "2"
    form.check_button.click()
    assert form.errors["score"].value == "" and form.last.passed


def test_choices_come_from_the_exercise_journey_in_the_active_language():
    i18n.set_language("nl")
    declaration = declare("gap_analysis")
    veranda = samples.load_sample("veranda", "nl")
    assert len(declaration.fields) == len(veranda.touchpoints)
    labels = [label for label, _ in declaration.fields[0].options]
    assert labels == ["—", "te veel inspanning", "te weinig inspanning", "ongeveer goed"]
    canvas = declare("buying_group_canvas")
    roles = next(f for f in canvas.fields if f.key == "role")
    assert [label for label, _ in roles.options][1:] == [
        r.name for r in samples.load_sample("b2b_software", "nl").buying_group
    ]


def test_an_unreadable_own_journey_gives_a_message_instead_of_a_form(tmp_path):
    i18n.set_language("nl")
    broken = tmp_path / "mijn_reis.json"
    broken.write_text("{ niet af", "utf-8")
    shown = answer_form("peak_end", broken)
    assert not isinstance(shown, AnswerForm)
    assert "niet te lezen" in shown.value


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_participant_notebook_offers_the_form_before_the_dictionary(lang):
    for stem, names in NOTEBOOK_EXERCISES.items():
        nb = nbformat.read(EXERCISES_DIR / "participant" / lang / f"{stem}.ipynb", as_version=4)
        forms = [i for i, c in enumerate(nb.cells) if "answer_form(" in c.source]
        answers = [i for i, c in enumerate(nb.cells) if "answer" in c.metadata.get("tags", [])]
        assert len(forms) == len(names) == len(answers), stem
        for form_cell, answer_cell in zip(forms, answers, strict=True):
            assert form_cell < answer_cell
            assert "widget" in nb.cells[form_cell].metadata.get("tags", [])
            # the form itself says, in JupyterLab only, that the next cell takes a dictionary
            assert answer_cell == form_cell + 1, stem
            assert "code_below=False" not in nb.cells[form_cell].source


def _place(monkeypatch, voila: bool) -> None:
    for name in ("VOILA_BASE_URL", "VOILA_SERVER_URL", "VOILA_REQUEST_URL", "VOILA_KERNEL_ID"):
        monkeypatch.delenv(name, raising=False)
    if voila:
        monkeypatch.setenv("VOILA_KERNEL_ID", "k1")


@pytest.mark.parametrize("voila", [False, True], ids=["lab", "voila"])
def test_the_form_mentions_the_python_path_only_where_there_are_cells(monkeypatch, voila):
    _place(monkeypatch, voila)
    i18n.set_language("nl")
    form = _form("peak_end")
    texts = [getattr(w, "value", "") for w in form.widget.children]
    notes = [v for v in texts if isinstance(v, str) and "Python-dictionary" in v]
    if voila:
        assert notes == []
    else:
        assert len(notes) == 1 and "Voor wie van code houdt" in notes[0]
        assert "de cel onder dit formulier" in notes[0]


@pytest.mark.parametrize("voila", [False, True], ids=["lab", "voila"])
def test_the_untouched_dictionary_shows_no_empty_box_in_voila(monkeypatch, voila):
    """Under the form, the check of the handed-out dictionary ({"piek": None, …}): in
    JupyterLab it says what is missing; on a Voilà page, where nobody can type a
    dictionary, it shows nothing instead of an empty "Nog geen antwoord" box."""
    from IPython.core.formatters import DisplayFormatter

    _place(monkeypatch, voila)
    i18n.set_language("nl")
    nb = nbformat.read(EXERCISES_DIR / "participant" / "nl" / "02_peak_end.ipynb", as_version=4)
    skeleton = next(c.source for c in nb.cells if "answer" in c.metadata.get("tags", []))
    namespace: dict = {}
    exec(skeleton, namespace)  # our own committed participant cell
    feedback = exercise("peak_end").check(namespace["answer"])
    assert feedback.status == "empty"
    shown, _ = DisplayFormatter().format(feedback)
    text = " ".join(str(v) for v in shown.values())
    if voila:
        assert "Nog geen antwoord" not in text and not text.strip()
    else:
        assert "Nog geen antwoord" in shown["text/html"]
    # a dictionary someone did fill in shows its feedback everywhere
    filled = exercise("peak_end").check({"piek": 1, "dal": None, "einde": None, "verbeter": None})
    assert "jk-feedback" in DisplayFormatter().format(filled)[0]["text/html"]
    # and the form shows its own feedback for an empty try, in Voilà too
    form = _form("peak_end")
    form.check_button.click()
    assert 'data-status="empty"' in form.feedback.value


def test_every_line_of_a_model_answer_says_which_action_point_it_belongs_to():
    """Exercise 5 has three action points of three fields each: in the model answer
    each "Wat we gaan doen" sits under its own "Actiepunt n", not loose in one list."""
    from html.parser import HTMLParser

    i18n.set_language("nl")
    form = _form("action_points")
    form.check_button.click()
    page = form.reveal()

    class Nesting(HTMLParser):
        def __init__(self):
            super().__init__()
            self.depth, self.heading, self.under = 0, "", {}

        def handle_starttag(self, tag, attrs):
            self.depth += tag == "ul"

        def handle_endtag(self, tag):
            self.depth -= tag == "ul"

        def handle_data(self, data):
            if data.startswith("Actiepunt"):
                self.heading = data
            elif data.startswith("Wat we gaan doen"):
                self.under.setdefault(self.heading if self.depth == 2 else "", []).append(data)

    nesting = Nesting()
    nesting.feed(page)
    assert sorted(nesting.under) == ["Actiepunt 1", "Actiepunt 2", "Actiepunt 3"]
    assert all(len(lines) == 1 for lines in nesting.under.values())
