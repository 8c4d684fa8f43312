"""Where a learner is: which of the six steps (and the B2B canvas) their own journey
has done, and what is still missing, in the journey's language.

The same tests as the facilitator's overview (``collect.progress``), seen from one
learner's side, with the notebook to open for each step that is still open.
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.collect.progress import steps_done
from journeykit_widgets.i18n import language, t
from journeykit_widgets.outputs import Note, check_note
from journeykit_widgets.paths import SAMPLE_PREFIX, is_sample

__all__ = ["NOTEBOOKS", "show_progress"]

# Step id → the notebook where it is done.
NOTEBOOKS: dict[str, str] = {
    "touchpoints": "01_touchpoints",
    "persona": "02_persona",
    "goals": "03_goals",
    "flow": "04_flow",
    "priorities": "05_priorities",
    "review": "06_review",
    "canvas": "07_b2b_canvas",
}


def _is_sample(path: Path) -> bool:
    # a shipped sample, or the working copy notebooks make of one (workspace/sample_*.json)
    return is_sample(path) or path.name.startswith(SAMPLE_PREFIX)


def show_progress(path) -> Note:
    """The six steps (and the canvas of a B2B map) of the journey at ``path``:
    done (✔) or still open (➜, with what is missing and where to do it)."""
    from journeykit_widgets.store import load

    path = Path(path)
    if _is_sample(path):
        return Note(t("h9learner.progress.sample"), t("h9learner.progress.sample"))
    try:
        journey = load(path)
    except (OSError, ValueError) as error:
        text = t("h9learner.progress.unreadable", error=str(error).splitlines()[0][:120])
        return Note(text, text)
    with language(journey.language):
        done = {step: state for step, state in steps_done(journey).items() if state is not None}
        good, todo = [], []
        for step, state in done.items():
            # the step as its notebook calls it (the facilitator's table has short column names)
            label = t(f"hl.step.{step}")
            if state:
                good.append(t("h9learner.progress.done", step=label))
            else:
                todo.append(
                    t(
                        "h9learner.progress.open",
                        step=label,
                        missing=t(f"h9learner.progress.missing.{step}"),
                        notebook=NOTEBOOKS[step],
                    )
                )
        heading = t(
            "h9learner.progress.heading", title=journey.title, done=sum(done.values()), count=len(done)
        )
        return check_note(heading, good, todo)
