"""Exercises: the checks give specific, friendly feedback in both languages; the
built participant copies hide every solution; the solution copies run headless and
every check in them reports success."""

from __future__ import annotations

import functools
import html
import importlib.util
import re
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
import pytest

from journeykit_widgets import analysis, i18n, samples
from journeykit_widgets.exercises import (
    EXERCISES,
    Feedback,
    action_points,
    buying_group_canvas,
    choose_template,
    classify_touchpoints,
    exercise,
    gap_analysis,
    own_journey,
    peak_end,
)
from journeykit_widgets.model import Journey, Touchpoint, in_map_order

ROOT = Path(__file__).resolve().parent.parent
EXERCISES_DIR = ROOT / "exercises"


def _build_module():
    spec = importlib.util.spec_from_file_location("exercises_build", EXERCISES_DIR / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


build = _build_module()
SOURCES = build.sources()
NOTEBOOKS = [(src.stem, lang) for src in SOURCES for lang in build.LANGUAGES]


def _text(fb: Feedback) -> str:
    return str(fb)


# ------------------------------------------------------------------ feedback
def test_feedback_escapes_participant_text_in_html_and_markdown():
    fb = classify_touchpoints.check({"touch": ["<script>alert(1)</script>"]})
    page = fb._repr_html_()
    assert "<script>" not in page
    assert html.escape("<script>alert(1)</script>") in page
    markdown = fb._repr_markdown_()
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert 'data-status="partial"' in page


def test_feedback_status_and_marks():
    fb = Feedback("T")
    assert fb.status == "done" and fb.passed
    fb.todo("exercises.gap.nothing")
    assert fb.status == "partial"
    fb.no_answer("exercises.gap.nothing")
    assert fb.status == "empty" and not fb.passed
    assert "…" in str(fb) and "No answer yet" in str(fb)


def test_every_exercise_module_is_registered_and_has_check():
    for name in EXERCISES:
        assert callable(exercise(name).check)


# ------------------------------------------------------- checks never raise
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    "answer",
    [None, "", 0, 3.5, True, [], {}, "touch", [None, {}], {"x": object()}, {None: None}, {1: [None, 2.5]}],
)
def test_checks_never_raise_and_say_what_they_expected(lang, answer):
    i18n.set_language(lang)
    for module in (classify_touchpoints, peak_end, gap_analysis, action_points, choose_template):
        fb = module.check(answer)
        assert isinstance(fb, Feedback)
        assert fb.status != "done", (module.__name__, answer)
        assert fb.todos or fb.wrongs
        assert fb.language == lang


# ------------------------------------------------------------------ exercise 1
def _classify_solution(journey: Journey) -> dict:
    items = classify_touchpoints.numbered(journey)
    answer: dict[str, list[int]] = {}
    for n, tp in enumerate(items, 1):
        answer.setdefault(tp.phase, []).append(n)
    return answer


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_classify_accepts_the_phases_of_the_sample_file(lang):
    i18n.set_language(lang)
    journey = samples.load_sample("airline", lang)
    assert classify_touchpoints.check(_classify_solution(journey)).passed
    # names (either form) and the inverted form work too
    by_name = {tp.name: tp.phase for tp in journey.touchpoints}
    assert classify_touchpoints.check(by_name).passed


def test_classify_numbers_are_the_same_in_both_languages():
    en = [tp.id for tp in classify_touchpoints.numbered(samples.load_sample("airline", "en"))]
    nl = [tp.id for tp in classify_touchpoints.numbered(samples.load_sample("airline", "nl"))]
    assert en == nl
    # and the mixed order does not give the phases away
    phases = [tp.phase for tp in classify_touchpoints.numbered(samples.load_sample("airline", "en"))]
    assert phases != sorted(phases, key=["touch", "tell", "sell", "care"].index)


def test_classify_names_a_misplaced_touchpoint_and_hints_at_its_phase():
    journey = samples.load_sample("airline", "en")
    answer = _classify_solution(journey)
    moved = answer["sell"].pop()  # a Sell touchpoint put in Care
    answer["care"].append(moved)
    tp = classify_touchpoints.numbered(journey)[moved - 1]
    fb = classify_touchpoints.check(answer)
    assert fb.status == "partial"
    assert any(f"{moved} ({tp.name}) does not belong in Care" in w for w in fb.wrongs)
    assert any("threshold" in h for h in fb.hints)  # the Sell question
    assert any("Touch is complete" in r for r in fb.rights)


def test_classify_in_dutch_reports_unknown_phase_and_unplaced():
    i18n.set_language("nl")
    fb = classify_touchpoints.check({"verkoop": [1], "touch": [2]})
    text = _text(fb)
    assert "'verkoop' is geen fase van deze klantreis" in text
    assert "Nog in te delen (15)" in text


# ------------------------------------------------------------------ exercise 2
def test_peak_end_expected_answers_come_from_the_analysis():
    journey = samples.load_sample("airline", "en")
    result = analysis.peak_end(journey)
    answer = {
        "peak": result.peaks[0].index + 1,
        "low": result.lows[0].index + 1,
        "end": result.end.index + 1,
        "improve": result.strengthen[0].index + 1,
        "why": "the end is what people remember",
    }
    assert peak_end.check(answer).passed


def test_peak_end_typical_mistakes_get_specific_feedback():
    journey = samples.load_sample("airline", "en")
    result = analysis.peak_end(journey)
    low = result.lows[0].index + 1
    second_best = next(m for m in result.moments if m.emotion == result.peaks[0].emotion - 1)
    fb = peak_end.check(
        {
            "peak": second_best.index + 1,
            "low": low,
            "end": low,
            "improve": result.peaks[0].index + 1,
            "why": "",
        }
    )
    text = _text(fb)
    assert (
        f"scores +{second_best.emotion}, but the highest score on the curve is +{result.peaks[0].emotion}"
        in text
    )
    assert "is a low point, not the end" in text
    assert "already the peak" in text
    assert "Say in one sentence why" in text
    assert any("Low point" in r for r in fb.rights)


def test_peak_end_flags_an_improvement_that_only_raises_the_average():
    i18n.set_language("nl")
    result = analysis.peak_end(samples.load_sample("airline", "nl"))
    middle = result.no_effect[0]
    fb = peak_end.check({"piek": 1, "verbeter": middle.index + 1})
    assert "verhoogt het gemiddelde, maar niet de herinnerde ervaring" in _text(fb)


def test_peak_end_on_a_built_journey_and_empty_answer():
    journey = Journey.new("Mini")
    for i, (phase, emotion) in enumerate([("touch", 1), ("tell", 3), ("sell", -2), ("care", 0)], 1):
        journey.touchpoints.append(Touchpoint(id=f"t{i}", name=f"Step {i}", phase=phase, emotion=emotion))
    assert peak_end.check(
        {"peak": 2, "low": 3, "end": 4, "improve": "Step 3", "why": "a b c d"}, journey
    ).passed
    empty = peak_end.check({"peak": None, "low": None, "end": None, "improve": None}, journey)
    assert empty.status == "empty" and "fill in the numbers (1 to 4)" in _text(empty)


# ------------------------------------------------------------------ exercise 3
def _gap_solution(journey: Journey) -> dict:
    expected = gap_analysis.expected(journey)
    order = in_map_order(journey)
    return {
        "over": [order.index(tp) + 1 for tp in expected["over_investing"]],
        "under": [order.index(tp) + 1 for tp in expected["under_investing"]],
    }


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_gap_expected_answer_follows_the_quadrants_of_the_data(lang):
    i18n.set_language(lang)
    journey = samples.load_sample("veranda", lang)
    solution = _gap_solution(journey)
    assert solution["over"] and solution["under"]
    assert gap_analysis.check(solution).passed
    result = analysis.gap_analysis(journey)
    assert sorted(solution["over"]) == sorted(result.over_investment["position"])


def test_gap_explains_a_wrong_quadrant_with_the_ratings():
    journey = samples.load_sample("veranda", "en")
    order = in_map_order(journey)
    keep = next(tp for tp in order if analysis.quadrant(tp.importance, tp.effort) == "keep")
    n = order.index(keep) + 1
    fb = gap_analysis.check({"over": [n], "under": []})
    text = _text(fb)
    assert f"{n} ({keep.name}) has importance {keep.importance} and effort {keep.effort}" in text
    assert "not over-investment but well invested" in text
    assert "still to find" in text


def test_gap_dutch_keys_and_missing_lists():
    i18n.set_language("nl")
    fb = gap_analysis.check({"te veel": None, "te weinig": None})
    assert fb.status == "empty" and "Nog geen antwoord" in _text(fb)
    fb = gap_analysis.check({"groot": [1]})
    assert "Ik vond de lijsten 'te veel' en 'te weinig' niet" in _text(fb)


# ------------------------------------------------------------------ exercise 5
def test_actions_point_at_high_priority_gaps_and_vague_or_ownerless_items():
    journey = samples.load_sample("veranda", "en")
    gaps = action_points.gaps(journey)
    high = [g for g in gaps.values() if g.priority == "high"]
    assert high and all(g.score_gap >= 2 for g in high)  # the analysis' rule, read from the canvas
    other = next(g for g in gaps.values() if g.differs and g.priority != "high")
    fb = action_points.check([(other.phase, "Do better", "")])
    text = _text(fb)
    assert "is too vague" in text and "has no owner" in text
    for gap in high:
        label = journey.phase(gap.phase).label("en")
        assert (
            f"{label} has a high-priority gap (ideal {gap.ideal_score}, current {gap.current_score})" in text
        )


def test_actions_reject_copying_the_ideal_text():
    i18n.set_language("nl")
    journey = samples.load_sample("veranda", "nl")
    ideal = journey.canvas("").column("ideal", "purchase").internal_process
    fb = action_points.check([("aankoop", ideal, "verkoop")])
    assert "neemt de ideale situatie over" in _text(fb)


def test_actions_skeleton_counts_as_empty():
    fb = action_points.check([("", "", ""), ("", "", "")])
    assert fb.status == "empty"


# ------------------------------------------------------------------ exercise 6
def test_templates_accept_ids_and_names_in_both_languages():
    answer = {n: template for n, template in choose_template.GOALS.items()}
    assert choose_template.check(answer).passed
    dutch = {
        1: "Huidige situatie",
        2: "toekomstige situatie",
        3: "dag",
        4: "Service-blauwdruk",
        5: "Een dag uit het leven",
    }
    assert choose_template.check(dutch).passed


def test_templates_wrong_choice_quotes_what_the_template_is_for():
    fb = choose_template.check(
        {1: "current_state", 2: "current_state", 3: "day_in_life", 4: "blueprint", 5: "x"}
    )
    text = _text(fb)
    assert (
        "Goal 2: 'Current state' is for something else — How customers experience your company today" in text
    )
    assert "does not exist yet" in text  # the hint for goal 2
    assert "Goal 5: I don't know the template 'x'" in text


# ------------------------------------------------------------------ exercise 7
def test_own_journey_readiness_names_what_is_missing(tmp_path):
    journey = Journey.new("Mine", language="nl")
    journey.touchpoints.append(Touchpoint(name="Website", phase="tell"))
    path = tmp_path / "mine.json"
    from journeykit_widgets import store

    store.save(journey, path)
    i18n.set_language("nl")
    text = _text(own_journey.check(path))
    assert "Nog geen persona" in text
    assert "Pas 1 contactpunt;" in text
    assert "Fasen zonder contactpunt: Touch, Sell, Care" in text
    fb = own_journey.check(tmp_path / "missing.json")
    assert fb.status == "empty" and "Ik kon je klantreisbestand niet lezen" in _text(fb)


# ------------------------------------------------------------------ notebooks
def test_committed_notebooks_equal_a_fresh_build():
    assert build.stale() == [], "run: python exercises/build.py"


def _solution_blocks(source: Path) -> list[str]:
    text = source.read_text("utf-8")
    blocks = re.findall(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", text, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


@pytest.mark.parametrize("stem,lang", NOTEBOOKS)
def test_participant_copy_hides_the_solution(stem, lang):
    source = EXERCISES_DIR / "source" / f"{stem}.py"
    participant = nbformat.read(EXERCISES_DIR / "participant" / lang / f"{stem}.ipynb", as_version=4)
    solution = nbformat.read(EXERCISES_DIR / "solutions" / lang / f"{stem}.ipynb", as_version=4)
    code = "\n".join(c.source for c in participant.cells if c.cell_type == "code")
    lines = _solution_blocks(source)
    # lines that carry the answer: a value, a number or a call (not a bare "answer = [")
    telling = [line for line in lines if re.search(r"[\"'\d]|\w\(", line)]
    assert telling
    code_lines = {line.strip() for line in code.splitlines()}
    for line in telling:
        assert line not in code_lines and line not in code, line
    for nb in (participant, solution):
        raw = nbformat.writes(nb)
        assert "BEGIN SOLUTION" not in raw and "END SOLUTION" not in raw and "### SKELETON" not in raw
    solution_code = "\n".join(c.source for c in solution.cells if c.cell_type == "code")
    assert any(line in solution_code for line in lines)
    assert build.placeholder(lang) in code
    tagged = [c for c in solution.cells if "solution" in c.metadata.get("tags", [])]
    assert tagged and all(c.cell_type == "code" for c in tagged)
    assert not [c for c in participant.cells if "solution" in c.metadata.get("tags", [])]
    assert any("parameters" in c.metadata.get("tags", []) for c in participant.cells)
    for nb in (participant, solution):
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None


def _inject_sample(nb: nbformat.NotebookNode, lang: str) -> None:
    """Run the own-journey exercise on the airline sample, as papermill would inject
    it, so a developer's own ``workspace/my_journey.json`` cannot change the result."""
    for cell in nb.cells:
        if "parameters" in cell.metadata.get("tags", []) and "journey_file" in cell.source:
            cell.source += f"\njourney_file = {str(samples.sample_path('airline', lang))!r}"


@functools.cache
def _executed(variant: str, lang: str) -> dict[str, nbformat.NotebookNode]:
    """Every notebook of one variant and language, run headless in ONE kernel.

    Starting a kernel and importing pandas/matplotlib is most of the cost, so the
    notebooks share a kernel; ``%reset -f`` before each one empties the namespace,
    so no notebook can lean on variables left by another.
    """
    from jupyter_client import KernelManager
    from nbclient import NotebookClient

    workdir = tempfile.mkdtemp(prefix="journeykit-exercises-")
    km = KernelManager(kernel_name="python3")
    km.start_kernel(cwd=workdir)
    results = {}
    try:
        for source in SOURCES:
            nb = nbformat.read(EXERCISES_DIR / variant / lang / f"{source.stem}.ipynb", as_version=4)
            _inject_sample(nb, lang)
            nb.cells.insert(0, nbformat.v4.new_code_cell("%reset -f"))
            client = NotebookClient(nb, km=km, timeout=180, resources={"metadata": {"path": workdir}})
            client.execute()
            nb.cells.pop(0)
            results[source.stem] = nb
    finally:
        km.shutdown_kernel(now=True)
        shutil.rmtree(workdir, ignore_errors=True)
    return results


def _feedback_statuses(nb) -> list[tuple[int, str]]:
    found = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            page = output.get("data", {}).get("text/html", "")
            match = re.search(r'class="jk-feedback" data-status="(\w+)"', page)
            if match:
                found.append((index, match.group(1)))
    return found


def _check_cells(nb) -> list[int]:
    return [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and ".check(" in c.source]


@pytest.mark.slow
@pytest.mark.parametrize("stem,lang", NOTEBOOKS)
def test_solution_copy_runs_headless_and_every_check_succeeds(stem, lang):
    nb = _executed("solutions", lang)[stem]
    statuses = _feedback_statuses(nb)
    assert [i for i, _ in statuses] == _check_cells(nb)
    assert all(status == "done" for _, status in statuses), statuses
    language = 'lang="nl"' if lang == "nl" else 'lang="en"'
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error"
            page = output.get("data", {}).get("text/html", "")
            if "jk-feedback" in page:
                assert language in page


@pytest.mark.slow
@pytest.mark.parametrize("stem,lang", NOTEBOOKS)
def test_participant_copy_runs_and_its_checks_ask_for_the_answer(stem, lang):
    nb = _executed("participant", lang)[stem]
    statuses = dict(_feedback_statuses(nb))
    answer_cells = [i for i, c in enumerate(nb.cells) if "answer" in c.metadata.get("tags", [])]
    assert answer_cells
    for i in answer_cells:
        check = next(j for j in _check_cells(nb) if j > i)
        assert statuses[check] == "empty", (check, statuses)
        plain = "".join(o.get("data", {}).get("text/plain", "") for o in nb.cells[check].outputs)
        assert ("No answer yet" if lang == "en" else "Nog geen antwoord") in plain


# ------------------------------------------------------------------ exercise 4
def _role_without_canvas(journey: Journey):
    with_canvas = {c.role for c in journey.canvases}
    return next(r for r in journey.buying_group if r.id not in with_canvas)


def test_canvas_column_for_a_role_passes_when_all_lanes_are_written():
    journey = samples.load_sample("b2b_software", "en")
    role = _role_without_canvas(journey)
    answer = {
        "role": role.name,
        "phase": journey.phase_ids[-1],
        "customer_process": "Checks the monthly invoices against the contract and asks for changes.",
        "internal_process": "Finance sends one clear invoice per month with usage per team.",
        "experience": "Finds 2 errors per quarter in the invoices; 3 days to get them fixed.",
        "score": 3,
        "improvements": "Show usage per team in the portal so invoices can be checked without e-mail.",
    }
    fb = buying_group_canvas.check(answer)
    assert fb.passed, str(fb)
    assert any(role.interests in h for h in fb.hints)  # the role's interests come from the data


def test_canvas_typical_mistakes_in_dutch():
    i18n.set_language("nl")
    journey = samples.load_sample("b2b_software", "nl")
    owner = next(c for c in journey.canvases if c.role)
    phase = next(iter(owner.current))
    copied = owner.current[phase].customer_process
    role = _role_without_canvas(journey)
    fb = buying_group_canvas.check(
        {
            "rol": role.name,
            "fase": phase,
            "klantproces": copied,
            "intern_proces": "We sturen een mooie demo",
            "ervaring": "Een goed gevoel bij het team",
            "score": 9,
        }
    )
    text = _text(fb)
    owner_name = next(r.name for r in journey.buying_group if r.id == owner.role)
    assert f"is overgenomen uit het canvas van {owner_name}" in text
    assert "De score 9 valt buiten de schaal" in text
    assert "noemt nog geen meetbare indicator" in text
    assert "De baan 'Leerdoelen en verbeterpunten' is nog leeg" in text
    fb = buying_group_canvas.check({"rol": "klant", "fase": "", "klantproces": "We bellen de klant op"})
    text = _text(fb)
    assert "'klant' is geen rol in deze koopgroep" in text
    assert "begint met 'wij'" in text


def test_gap_two_empty_lists_are_right_only_when_there_is_no_gap():
    journey = Journey.new("Balanced")
    journey.touchpoints.append(Touchpoint(name="Shop", phase="sell", importance=5, effort=5))
    fb = gap_analysis.check({"over": [], "under": []}, journey)
    assert fb.passed and "Right: this journey has no over-investment" in _text(fb)
    assert gap_analysis.check({"over": [], "under": []}).status == "empty"  # the veranda has gaps


def test_gap_wrong_quadrant_in_dutch():
    i18n.set_language("nl")
    journey = samples.load_sample("veranda", "nl")
    order = in_map_order(journey)
    over = next(tp for tp in order if analysis.quadrant(tp.importance, tp.effort) == "over_investing")
    n = order.index(over) + 1
    text = _text(gap_analysis.check({"te veel": [], "te weinig": [n]}))
    assert f"{n} ({over.name}) heeft belang {over.importance} en inspanning {over.effort}" in text
    assert "hoort niet bij te weinig investering, het is te veel investering" in text


def test_templates_wrong_choice_in_dutch():
    i18n.set_language("nl")
    text = _text(choose_template.check({"doel 1": "toekomst", "2": "toekomst", 3: "", 4: "service"}))
    assert "Doel 1: 'Toekomstige situatie' is voor iets anders" in text
    assert "Doel 2: Toekomstige situatie — past goed." in text
    assert "Doel 3 heeft nog geen sjabloon." in text
    assert "hoe het vandaag werkt" in text  # the hint for goal 1


def test_canvas_wrong_role_and_score_in_english():
    fb = buying_group_canvas.check({"role": "CEO", "phase": "Trigger", "score": "great"})
    text = _text(fb)
    assert "'CEO' is not a role in this buying group; choose one of: " in text
    assert "Phase: Trigger." in text
    assert "The score 'great' should be a whole number from 1 to 5." in text


def test_checks_on_a_missing_or_damaged_own_file_say_so(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", "utf-8")
    for path in (broken, tmp_path / "missing.json"):
        for fb in (
            peak_end.check({"peak": 1}, path),
            gap_analysis.check({"over": [1]}, path),
            own_journey.check(path),
        ):
            assert fb.status == "empty"
            assert "could not read" in _text(fb)
    assert own_journey.check(123).status == "empty"
    assert "I expected your journey file" in _text(own_journey.check(123))
