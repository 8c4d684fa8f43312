"""Exercise: do peak–end and the average tell the team different things, and does
peak–end apply at all?

The emotion lines are part of the exercise (a phase model and one emotion per
phase); the expected answers come from ``analysis.peak_end`` on a journey built
from each line, so the exercise and the kit's own reading never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping

from journeykit_widgets import frameworks
from journeykit_widgets.analysis import peak_end
from journeykit_widgets.analysis._common import fmt, signed
from journeykit_widgets.analysis.peak_end import DISAGREE_POINTS, PeakEndResult
from journeykit_widgets.exercises._common import fold, is_blank, short, table, type_name
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.yes_no import yes_no
from journeykit_widgets.model import Journey, Touchpoint

TITLE = "lens.ex9.title"

# Line number → (phase model, one emotion per phase from the first phase on).
# The story of each line is ``lens.ex9.story.<n>``.
LINES: dict[int, tuple[str, tuple[int, ...]]] = {
    1: ("touch_tell_sell_care", (0, -1, 1, 3)),  # a warm end lifts peak–end far above the mean
    2: ("touch_tell_sell_care", (1, 2, 1, 1)),  # even: both lenses agree
    3: ("touch_tell_sell_care", (2, -1, -1, -1)),  # only 0.75 apart, but on both sides of zero
    4: ("b2b_seven", (0, -1, 1, 2, -1, 1, 3)),  # months, several people, ends in loyalty
    5: ("b2b_five", (1, 1, 2, -1)),  # B2B, but the line stops at the purchase
}
QUESTIONS = ("differ", "applies")
_ALIASES = {
    "differ": ("differ", "different", "disagree", "verschillen", "verschil", "anders"),
    "applies": ("applies", "apply", "peak-end applies", "geldt", "van toepassing", "toepasbaar"),
}


def line_journey(number: int) -> Journey:
    """The journey of line ``number``: one touchpoint per phase with that emotion."""
    model, emotions = LINES[number]
    journey = Journey.new(f"Line {number}", phase_model=model)
    for phase, emotion in zip(journey.phase_ids, emotions, strict=False):
        journey.touchpoints.append(Touchpoint(name=phase, phase=phase, emotion=emotion))
    return journey


def expected(number: int) -> PeakEndResult:
    return peak_end(line_journey(number))


def _line_text(number: int) -> str:
    """ "Touch 0 → Tell -1 → …": the line as participants read it."""
    journey = line_journey(number)
    return " → ".join(f"{journey.phase(tp.phase).label()} {signed(tp.emotion)}" for tp in journey.touchpoints)


def show():
    """The numbered emotion lines with their story and phase model."""
    rows = [
        {
            t("lens.ex9.col.story"): t(f"lens.ex9.story.{n}"),
            t("lens.ex9.col.model"): frameworks.phase_model(LINES[n][0]).label(),
            t("lens.ex9.col.line"): _line_text(n),
        }
        for n in LINES
    ]
    return table(rows)


def _question(key: object) -> str | None:
    text = fold(key)
    for question, aliases in _ALIASES.items():
        if text in {fold(a) for a in aliases}:
            return question
    return None


def _line_number(key: object) -> int | None:
    if isinstance(key, bool):
        return None
    if isinstance(key, int):
        return key if key in LINES else None
    text = fold(key).removeprefix("line").removeprefix("lijn").strip()
    return int(text) if text.isdigit() and int(text) in LINES else None


def check(answer: object) -> Feedback:
    """Feedback on ``{1: {"differ": "yes", "applies": "yes"}, 2: ..., 5: ...}``."""
    fb = Feedback(t(TITLE))
    if not isinstance(answer, Mapping):
        return fb.no_answer("lens.ex9.expected_dict", got=type_name(answer), count=len(LINES))
    given: dict[int, dict[str, bool]] = {}
    for key, value in answer.items():
        number = _line_number(key)
        if number is None:
            fb.wrong("lens.ex9.unknown_line", value=short(key), count=len(LINES))
            continue
        if not isinstance(value, Mapping):
            if not is_blank(value):
                fb.wrong("lens.ex9.expected_pair", n=number, got=type_name(value))
            continue
        for question_key, reply in value.items():
            question = _question(question_key)
            if question is None:
                fb.wrong("lens.ex9.unknown_question", n=number, value=short(question_key))
                continue
            if is_blank(reply):
                continue
            said = reply if isinstance(reply, bool) else yes_no(reply)
            if said is None:
                fb.wrong("lens.ex9.not_yes_no", n=number, value=short(reply))
                continue
            given.setdefault(number, {})[question] = said
    if not given and not fb.wrongs:
        fb.blank_answer("lens.ex9.nothing", count=len(LINES))
        return fb.hint("lens.ex9.hint_start", points=fmt(DISAGREE_POINTS))
    for number in LINES:
        result = expected(number)
        said = given.get(number, {})
        _judge_differ(fb, number, result, said.get("differ"))
        _judge_applies(fb, number, result, said.get("applies"))
    return fb


def _judge_differ(fb: Feedback, n: int, result: PeakEndResult, said: bool | None) -> None:
    values = {"n": n, "score": signed(result.classic), "mean": signed(result.mean)}
    if said is None:
        fb.todo("lens.ex9.differ_missing", n=n)
        return
    apart = fmt(abs(result.classic - result.mean))
    opposite = result.classic * result.mean < 0
    if said == result.disagree:
        key = "lens.ex9.differ_right_yes" if result.disagree else "lens.ex9.differ_right_no"
        fb.right(key, apart=apart, **values)
        return
    if result.disagree:
        fb.wrong(
            "lens.ex9.differ_wrong_sign" if opposite else "lens.ex9.differ_wrong_yes", apart=apart, **values
        )
    else:
        fb.wrong("lens.ex9.differ_wrong_no", apart=apart, **values)
    fb.hint("lens.ex9.hint_differ", points=fmt(DISAGREE_POINTS))


def _judge_applies(fb: Feedback, n: int, result: PeakEndResult, said: bool | None) -> None:
    if said is None:
        fb.todo("lens.ex9.applies_missing", n=n)
        return
    if said == result.applies:
        fb.right("lens.ex9.applies_right_yes" if result.applies else "lens.ex9.applies_right_no", n=n)
        return
    if result.applies:
        fb.wrong("lens.ex9.applies_wrong_no", n=n)
    else:
        reasons = " ".join(
            t(f"lens.peak_end.caution.{code}", lang=fb.language, phase=result.end.phase_name)
            for code in result.cautions
        )
        fb.wrong("lens.ex9.applies_wrong_yes", n=n, reasons=reasons)
    fb.hint("lens.ex9.hint_applies")
