"""The building blocks of the notebook sources: one cell in both languages.

Every source file imports what it needs from here; ``build.py`` turns the cells
into notebooks. Markdown is written in both languages side by side, so the
English and Dutch notebooks keep exactly the same structure.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

LANGUAGES = ("en", "nl")


@dataclass
class Cell:
    kind: str  # "markdown" | "code"
    text: dict[str, str]  # language → source
    tags: tuple[str, ...] = field(default_factory=tuple)


def _clean(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def md(en: str, nl: str, tags: tuple[str, ...] = ()) -> Cell:
    """A markdown cell in both languages."""
    return Cell("markdown", {"en": _clean(en), "nl": _clean(nl)}, tuple(tags))


def facilitator(en: str, nl: str) -> Cell:
    """Notes for the trainer (kept in the facilitator guide, left out of participant copies)."""
    return md("**Trainer** · " + _clean(en), "**Trainer** · " + _clean(nl), ("facilitator",))


# A model answer is folded away until the learner opens it, so nobody working alone
# reads it before trying; the facilitator's handout unfolds it (handouts.preprocessors).
FOLD = '<details class="jk-model-answer"><summary>{summary}</summary>\n\n{text}\n\n</details>'


def solution(en: str, nl: str) -> Cell:
    """A model answer: folded in the notebook, open in the facilitator's copy, left out
    of participant copies."""
    return md(
        FOLD.format(
            summary="<b>Show the model answer</b> (when you have tried it yourself)",
            text="**Model answer** · " + _clean(en),
        ),
        FOLD.format(
            summary="<b>Toon het modelantwoord</b> (als je het zelf hebt geprobeerd)",
            text="**Modelantwoord** · " + _clean(nl),
        ),
        ("solution",),
    )


def code(source: str, nl: str | None = None, tags: tuple[str, ...] = ()) -> Cell:
    """A code cell: a few short lines that call the package."""
    lines = [line for line in _clean(source).splitlines() if line.strip()]
    if len(lines) > 3:
        raise ValueError(f"code cells have at most three lines:\n{source}")
    return Cell("code", {"en": _clean(source), "nl": _clean(nl if nl is not None else source)}, tuple(tags))


def widget(source: str) -> Cell:
    """A live editor; handouts drop it and keep the static cells after it."""
    return code(source, tags=("widget",))


def header(
    title: tuple[str, str], minutes: int, objectives: tuple[list[str], list[str]], intro=("", "")
) -> Cell:
    """Title, what you will learn and the time needed: the same shape in every notebook."""
    texts = {}
    for i, lang in enumerate(LANGUAGES):
        learn = "What you will learn" if lang == "en" else "Wat je leert"
        time = "Time needed" if lang == "en" else "Tijd"
        unit = "about {} minutes" if lang == "en" else "ongeveer {} minuten"
        bullets = "\n".join(f"- {item}" for item in objectives[i])
        lead = f"\n{_clean(intro[i])}\n" if intro[i] else ""
        texts[lang] = f"# {title[i]}\n{lead}\n**{learn}**\n\n{bullets}\n\n**{time}:** {unit.format(minutes)}"
    # Tagged so a report can leave out the lesson plan (its cover has the title).
    return Cell("markdown", texts, ("header",))


def setup(
    about: bool = True, example: tuple[str, str, tuple[str, str]] | None = None, progress: bool = True
) -> list[Cell]:
    """The parameters cell and the cell that resolves the journey file.

    ``example`` = (notebook, sample case, (English, Dutch) name of the example) adds
    a control to choose that worked example instead of your own journey, so nobody
    edits the parameters cell (exports still inject ``journey_file`` there)."""
    # Phrased for JupyterLab and Voila alike: Voila shows no cells to run.
    choose = ("", "")
    if example:
        choose = (
            f" To practise, choose {example[2][0]} with the buttons below.",
            f" Om te oefenen kies je hieronder {example[2][1]}.",
        )
    intro = md(
        f"""
        ## Your journey file

        This notebook works on your own journey from `00_start_here`, or on the airline
        sample if you have not started one yet.{choose[0]} Nothing here needs changing.
        """,
        f"""
        ## Je klantreisbestand

        Dit notebook werkt aan je eigen klantreis uit `00_start_here`, of aan het
        voorbeeld van de luchtvaartmaatschappij als je er nog geen bent begonnen.{choose[1]}
        Je hoeft hier niets te veranderen.
        """,
        tags=("setup",),
    )
    parameters = code(
        "journey_file = None  # exports fill this in; nothing to change here\nlanguage = None",
        nl='journey_file = None  # exports vullen dit in; hier hoef je niets te veranderen\nlanguage = "nl"',
        tags=("parameters",),
    )
    # The blank line after the import is what `ruff format` writes, so the
    # committed notebooks stay unchanged under the formatter.
    resolve = "import journeykit_widgets as jk\n\npath = jk.journey_path(journey_file, language)"
    if about and not example:
        resolve += "\njk.about(path)"
    cells = [intro, parameters, code(resolve, tags=("setup",))]
    if example:
        notebook, case, _names = example
        chooser = (
            "from journeykit_widgets.widgets.journey_choice import journey_choice\n\n"
            f'path = journey_choice(journey_file, path, "{notebook}", example="{case}")'
        )
        if about:
            chooser += "\njk.about(path)"
        cells.append(code(chooser, tags=("setup",)))
    if progress:
        # Where the learner is in the six steps; for the screen, not for paper.
        cells.append(code(PROGRESS, tags=("setup",)))
    # "setup": how the notebook finds its file; no handout needs to say so.
    return cells


PROGRESS = "from journeykit_widgets.learner_progress import show_progress\n\nshow_progress(path)"


def redraw() -> Cell:
    """One line above the tables, pictures and checks that follow a form: they show the
    journey as it was when drawn, and how to draw them again. Its words depend on where
    the page runs (JupyterLab: run the cells again; Voilà: reload the page), so it is
    written by the kernel; paper has nothing to redraw ("setup": handouts leave it out)."""
    return code("jk.redraw_note()", tags=("setup",))


def your_turn(en: str, nl: str) -> Cell:
    return md("## ✍ Your turn\n\n" + _clean(en), "## ✍ Aan de slag\n\n" + _clean(nl), ("exercise",))


def key_points(points: tuple[list[str], list[str]], next_notebook: tuple[str, str] | None) -> Cell:
    texts = {}
    for i, lang in enumerate(LANGUAGES):
        head = "## Key points" if lang == "en" else "## Kernpunten"
        body = "\n".join(f"- {p}" for p in points[i])
        tail = ""
        if next_notebook:
            name, label = next_notebook
            word = "Next" if lang == "en" else "Volgende stap"
            label_text = label if isinstance(label, str) else label[i]
            tail = f"\n\n**{word}:** [{name}]({name}.ipynb) — {label_text}"
        texts[lang] = f"{head}\n\n{body}{tail}"
    return Cell("markdown", texts, ("key-points",))
