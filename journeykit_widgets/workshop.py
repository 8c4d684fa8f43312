"""What the workshop notebooks call: find the journey file, start one, and show
maps, tables and summaries drawn from that file.

Every ``show_*`` function reads the journey FILE (never a widget's state) and
returns an object Jupyter displays as a static output: a PNG for a figure, an
HTML table with escaped text, or Markdown with the participant's text escaped.
Those static outputs are what handouts keep, since they drop live widgets.
Each output also has a plain-text form, so headless tests can check it.
"""

from __future__ import annotations

import base64
import html
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

from journeykit_widgets.i18n import LANGUAGES, get_language, language, set_language, t

__all__ = [
    "WORKSPACE_FILE",
    "about",
    "check_goals",
    "check_persona",
    "check_touchpoints",
    "journey_path",
    "kit_root",
    "show_actions",
    "show_buying_group",
    "show_canvas",
    "show_changes",
    "show_channels",
    "show_emotion_curve",
    "show_funnel",
    "show_gaps",
    "show_goals",
    "show_map",
    "show_peak_end",
    "show_persona",
    "show_phases",
    "show_priorities",
    "show_priority_table",
    "show_template",
    "show_touchpoints",
    "show_view",
    "start_journey",
    "workspace_file",
]

WORKSPACE_FILE = Path("workspace") / "my_journey.json"
DEFAULT_SAMPLE = "airline"
SAMPLE_PREFIX = "sample_"


# --------------------------------------------------------------------- files
def kit_root(start: Path | str | None = None) -> Path:
    """The workshop folder: the nearest folder (from ``start`` or the current one,
    upwards) that holds ``notebooks/``; else the checkout this package runs from;
    else the current folder."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "notebooks").is_dir():
            return folder
    checkout = Path(__file__).resolve().parents[1]
    if (checkout / "notebooks").is_dir():
        return checkout
    return here


def workspace_file(root: Path | str | None = None) -> Path:
    """The participant's own journey: ``workspace/my_journey.json`` in the kit folder."""
    return kit_root(root) / WORKSPACE_FILE


def journey_path(journey_file: Path | str | None = None, language: str | None = None) -> Path:
    """The journey file a notebook works on, and the language of its texts.

    ``journey_file`` wins when given; otherwise the participant's workspace file
    when it exists; otherwise the airline sample in the chosen language.
    ``language`` ("en"/"nl") sets the language of forms and summaries; ``None``
    keeps the language in force.
    """
    from journeykit_widgets.samples import sample_path

    if language:
        set_language(language)
    if journey_file:
        path = Path(journey_file).expanduser()
        if not path.is_absolute() and not path.exists():
            path = kit_root() / path
        if not path.exists():
            raise FileNotFoundError(t("workshop.no_such_file", path=journey_file))
        return _working_copy(path)
    mine = workspace_file()
    if mine.exists():
        return mine
    return _working_copy(sample_path(DEFAULT_SAMPLE, language or get_language()))


def _is_sample(path: Path) -> bool:
    from journeykit_widgets.samples import data_dir

    return path.resolve().parent == data_dir().resolve()


def _working_copy(path: Path) -> Path:
    """A shipped sample is never edited in place: forms work on a copy in the
    workspace (``workspace/sample_airline.en.json``), made once and then kept, so a
    participant who skipped notebook 00 cannot damage the kit's own files."""
    if not _is_sample(path):
        return path
    copy = workspace_file().parent / f"{SAMPLE_PREFIX}{path.name}"
    if copy.exists():
        return copy
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
    except OSError:
        return path  # a read-only kit: show the sample itself
    return copy


def _load(path: Path | str):
    from journeykit_widgets.store import load

    return load(path)


def _shown_path(path: Path) -> str:
    """A path as a participant recognises it: relative to the kit folder when inside it."""
    path = Path(path).resolve()
    for base in (kit_root(), Path(__file__).resolve().parents[1]):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.name


# ------------------------------------------------------------------- outputs
def md_escape(text: object) -> str:
    """Participant text made safe inside Markdown: no HTML, no accidental formatting."""
    value = html.escape(str(text), quote=False)
    value = re.sub(r"([\\`*_{}\[\]()#+!|~>])", r"\\\1", value)
    value = re.sub(r"^(\s*)(\d+)\.", r"\1\2\\.", value, flags=re.MULTILINE)
    value = re.sub(r"^(\s*)-", r"\1\\-", value, flags=re.MULTILINE)
    return value.replace("\n", " ")


class Note:
    """A short Markdown text; its plain-text form is what tests and consoles see."""

    def __init__(self, markdown: str, plain: str):
        self.markdown = markdown
        self.plain = plain

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __repr__(self) -> str:
        return self.plain


class Table:
    """A table shown as HTML (text escaped, no index) and as plain text."""

    def __init__(self, frame, caption: str = "", empty: str = ""):
        self.frame = frame
        self.caption = caption
        self.empty = empty

    def _repr_html_(self) -> str:
        head = f"<p><strong>{html.escape(self.caption)}</strong></p>\n" if self.caption else ""
        if self.frame.empty:
            return head + f"<p><em>{html.escape(self.empty)}</em></p>"
        table = self.frame.to_html(
            index=False, escape=True, border=0, na_rep="", classes="jk-table", justify="left"
        )
        # JupyterLab right-aligns table cells (made for numbers); these are words.
        # Inline: a <style> block in the output did not take effect in JupyterLab 4.
        for tag in ("td", "th"):
            table = table.replace(f"<{tag}>", f'<{tag} style="text-align: left; vertical-align: top">')
        return head + table

    def __repr__(self) -> str:
        if self.frame.empty:
            return f"{self.caption}\n{self.empty}".strip()
        return f"{self.caption}\n{self.frame.to_string(index=False)}".strip()


class Picture:
    """A picture of a journey as PNG bytes; the caption is its plain-text form (alt text)."""

    def __init__(self, png: bytes, caption: str, width: int):
        self.png = png
        self.caption = caption
        self.width = width

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.caption}
        return data, {"image/png": {"width": min(self.width, 1000)}}

    def __repr__(self) -> str:
        return self.caption


def show_view(path, name: str, **options) -> Picture | Note:
    """Any registered view (``render.VIEWS``) of the journey file, as a picture;
    a short note instead when the data the view needs is not there yet."""
    from journeykit_widgets import render

    journey = _load(path)
    chosen = render.view(name)
    missing = chosen.missing(journey)
    if missing:
        return _plain_note(missing)
    png = render.png(name, journey, dpi=render.SCREEN_DPI, **options)
    paper = chosen.resolved(options)["paper"]
    width = round(render.style.paper_size(paper)[0] * render.SCREEN_DPI)
    return Picture(png, chosen.caption(journey, **options), width)


def _frame(rows: list[dict], columns: Iterable[str]):
    import pandas as pd

    return pd.DataFrame(rows, columns=list(columns))


# ------------------------------------------------------------------- figures
# Named for the notebooks; each is ``show_view`` with the view's name.
def show_map(path, role: str | None = None) -> Picture:
    """The journey map: phases as columns, lanes as rows."""
    return show_view(path, "journey", role=role)


def show_emotion_curve(path, role: str | None = None) -> Picture:
    """How the customer feels along the journey, touchpoint by touchpoint."""
    return show_view(path, "emotion", role=role)


def show_persona(path) -> Picture | Note:
    """The persona card of the main persona, or a note that there is none yet."""
    return show_view(path, "persona")


def show_buying_group(path) -> Picture | Note:
    """The roles of a B2B buying group, or a note that this journey has none."""
    return show_view(path, "buying_group")


def show_priorities(path) -> Picture:
    """The priority / gap matrix: customer importance against company effort."""
    return show_view(path, "priority")


def show_channels(path, value: str = "count") -> Picture:
    """Channels × phases: how many touchpoints (or how they feel) where."""
    return show_view(path, "heatmap", value=value)


def show_canvas(path, state: str = "both", role: str = "") -> Picture:
    """The four-lane B2B canvas: ``state`` is "ideal", "current" or "both"."""
    return show_view(path, "canvas", state=state, role=role)


def show_template(path, template_id: str = "current_state") -> Picture:
    """A filled-in map template (current state, future state, day in the life, blueprint)."""
    return show_view(path, "template", template_id=template_id)


def show_funnel(path) -> Picture:
    """The KPIs per phase as one connected chain (funnel)."""
    return show_view(path, "funnel")


# -------------------------------------------------------------------- tables
def show_phases(path) -> Table:
    """The journey's phases with what happens in each, from its phase model."""
    from journeykit_widgets import frameworks

    journey = _load(path)
    with language(journey.language):
        known = {}
        if journey.phase_model in frameworks.phase_models():
            known = {p.id: p for p in frameworks.phase_model(journey.phase_model).phases}
        rows = []
        for phase in journey.phases:
            model_phase = known.get(phase.id)
            about_text = phase.description or (model_phase.description() if model_phase else "")
            rows.append({t("workshop.col.phase"): phase.label(), t("workshop.col.about"): about_text})
        columns = [t("workshop.col.phase"), t("workshop.col.about")]
        return Table(_frame(rows, columns), t("workshop.phases_of", title=journey.title))


def show_touchpoints(path) -> Table:
    """The touchpoint inventory: phase, touchpoint, channel, device, direct or indirect."""
    from journeykit_widgets import frameworks

    journey = _load(path)
    with language(journey.language):
        phases = {p.id: p.label() for p in journey.phases}
        order = {p.id: i for i, p in enumerate(journey.phases)}
        channels, devices = frameworks.channels(), frameworks.devices()
        columns = [
            t("workshop.col.phase"),
            t("workshop.col.touchpoint"),
            t("workshop.col.channel"),
            t("workshop.col.device"),
            t("workshop.col.direct"),
            t("workshop.col.owner"),
        ]
        rows = []
        for tp in sorted(journey.touchpoints, key=lambda tp: order.get(tp.phase, 99)):
            rows.append(
                dict(
                    zip(
                        columns,
                        (
                            phases.get(tp.phase, tp.phase),
                            tp.name,
                            channels[tp.channel].label() if tp.channel in channels else tp.channel,
                            devices[tp.device].label() if tp.device in devices else tp.device,
                            t("workshop.direct") if tp.direct else t("workshop.indirect"),
                            tp.owner,
                        ),
                        strict=True,
                    )
                )
            )
        caption = t("workshop.touchpoints_of", count=len(rows), title=journey.title)
        return Table(_frame(rows, columns), caption, t("workshop.no_touchpoints"))


def show_goals(path) -> Table:
    """The customer goals per phase (and per buying-group role, when there is one)."""
    journey = _load(path)
    with language(journey.language):
        order = {p.id: i for i, p in enumerate(journey.phases)}
        phases = {p.id: p.label() for p in journey.phases}
        roles = {r.id: r.name for r in journey.buying_group}
        columns = [t("workshop.col.phase"), t("workshop.col.goal")]
        if roles:
            columns.insert(1, t("workshop.col.role"))
        rows = []
        for goal in sorted(journey.goals, key=lambda g: order.get(g.phase, 99)):
            row = {columns[0]: phases.get(goal.phase, goal.phase), columns[-1]: goal.text}
            if roles:
                row[columns[1]] = roles.get(goal.role, t("workshop.everyone"))
            rows.append(row)
        caption = t("workshop.goals_of", count=len(rows), title=journey.title)
        return Table(_frame(rows, columns), caption, t("workshop.no_goals"))


# What a participant needs to decide in step 5; ids and the raw gap stay in the analysis.
_PRIORITY_COLUMNS = ("rank", "touchpoint", "phase_name", "importance", "effort", "quadrant", "action")


def show_priority_table(path) -> Table:
    """The touchpoints ranked by priority (from the analysis layer)."""
    from journeykit_widgets import analysis

    journey = _load(path)
    with language(journey.language):
        frame = analysis.localize(analysis.priorities(journey), columns=_PRIORITY_COLUMNS)
        return Table(frame, t("workshop.priorities_of", title=journey.title), t("workshop.no_touchpoints"))


def show_actions(path, role: str = "") -> Table:
    """The action list: where the current situation differs from the ideal one."""
    from journeykit_widgets import analysis

    journey = _load(path)
    with language(journey.language):
        frame = analysis.ideal_vs_current(journey, role=role)
        return Table(
            analysis.localize(frame),
            t("workshop.actions_of", count=len(frame), title=journey.title),
            t("workshop.no_actions"),
        )


# ----------------------------------------------------------------- summaries
def _plain_note(text: str) -> Note:
    return Note(md_escape(text), text)


def _summary_note(heading: str, summary: str) -> Note:
    lines = [line for line in summary.splitlines() if line.strip()]
    markdown = "\n".join(
        [f"**{md_escape(heading)}**", "", *(f"- {md_escape(line.lstrip('-• '))}" for line in lines)]
    )
    return Note(markdown, "\n".join([heading, *lines]))


def show_peak_end(path, role: str | None = None) -> Note:
    """The peak–end reading of the emotion curve, in words."""
    from journeykit_widgets import analysis

    journey = _load(path)
    with language(journey.language):
        result = analysis.peak_end(journey, role=role)
        return _summary_note(t("workshop.peak_end_heading"), result.summary())


def show_gaps(path) -> Note:
    """The gap analysis in words: where the company spends too much or too little."""
    from journeykit_widgets import analysis

    journey = _load(path)
    with language(journey.language):
        return _summary_note(t("workshop.gaps_heading"), analysis.gap_analysis(journey).summary())


def show_changes(path) -> Note:
    """What changed since the last review (step 6), from the journey's history."""
    journey = _load(path)
    with language(journey.language):
        last = journey.last_review()
        since = [r for r in journey.revisions if last is None or r.at > last.at]
        since = [r for r in since if r.kind != "review"]
        if last is None:
            head = t("workshop.never_reviewed")
        else:
            head = t("workshop.last_review", date=last.at.strftime("%Y-%m-%d"), author=last.author or "—")
        plain = [head]
        markdown = [f"**{md_escape(head)}**", ""]
        if not since:
            plain.append(t("workshop.no_changes"))
            markdown.append(md_escape(t("workshop.no_changes")))
        for revision in since:
            kind = t(f"workshop.revision.{revision.kind}")
            text = revision.summary or ", ".join(revision.changes) or kind
            date = revision.at.strftime("%Y-%m-%d")
            plain.append(f"{date} {kind}: {text}")
            markdown.append(f"- {date} · {md_escape(kind)}: {md_escape(text)}")
        return Note("\n".join(markdown), "\n".join(plain))


def about(path) -> Note:
    """Which journey this notebook works on, so nobody edits a sample by mistake."""
    path = Path(path)
    journey = _load(path)
    sample = _is_sample(path) or path.name.startswith(SAMPLE_PREFIX)
    with language(get_language()):
        key = "workshop.about_sample" if sample else "workshop.about_own"
        shown = _shown_path(path)
        text = t(key, title=journey.title, file=shown, touchpoints=len(journey.touchpoints))
        markdown = t(
            key, title=md_escape(journey.title), file=f"`{shown}`", touchpoints=len(journey.touchpoints)
        )
        return Note(markdown, text)


# -------------------------------------------------------------------- checks
def _check_note(heading: str, good: list[str], todo: list[str]) -> Note:
    plain = [heading, *(f"✓ {line}" for line in good), *(f"→ {line}" for line in todo)]
    markdown = [f"**{md_escape(heading)}**", ""]
    markdown += [f"- ✔ {md_escape(line)}" for line in good]
    markdown += [f"- ➜ {md_escape(line)}" for line in todo]
    return Note("\n".join(markdown), "\n".join(plain))


def check_touchpoints(path, per_phase: int = 2) -> Note:
    """Feedback on the inventory: every phase covered, indirect touchpoints found."""
    journey = _load(path)
    with language(get_language()):
        good, todo = [], []
        for phase in journey.phases:
            count = sum(tp.phase == phase.id for tp in journey.touchpoints)
            line = t("workshop.check.phase_count", phase=phase.label(journey.language), count=count)
            (good if count >= per_phase else todo).append(
                line
                if count >= per_phase
                else t(
                    "workshop.check.phase_thin",
                    phase=phase.label(journey.language),
                    count=count,
                    needed=per_phase,
                )
            )
        indirect = sum(not tp.direct for tp in journey.touchpoints)
        if indirect >= 3:
            good.append(t("workshop.check.indirect_ok", count=indirect))
        else:
            todo.append(t("workshop.check.indirect_few", count=indirect))
        channels = {tp.channel for tp in journey.touchpoints}
        if len(channels) >= 4:
            good.append(t("workshop.check.channels_ok", count=len(channels)))
        else:
            todo.append(t("workshop.check.channels_few", count=len(channels)))
        return _check_note(t("workshop.check.heading", title=journey.title), good, todo)


def check_persona(path) -> Note:
    """Feedback on the persona: which parts are still empty."""
    journey = _load(path)
    with language(get_language()):
        persona = journey.persona
        if persona is None:
            return _check_note(
                t("workshop.check.heading", title=journey.title), [], [t("workshop.no_persona")]
            )
        good, todo = [], []
        from journeykit_widgets.model.errors import field_label

        for field in (
            "demographics",
            "buying_behaviour",
            "needs",
            "frustrations",
            "channels",
            "devices",
            "quote",
        ):
            filled = bool(getattr(persona, field))
            (good if filled else todo).append(
                t(
                    "workshop.check.field_ok" if filled else "workshop.check.field_empty",
                    field=field_label(field),
                )
            )
        return _check_note(t("workshop.check.persona_heading", name=persona.name), good, todo)


def check_goals(path) -> Note:
    """Feedback on the goals: at least one goal in every phase."""
    journey = _load(path)
    with language(get_language()):
        good, todo = [], []
        for phase in journey.phases:
            count = sum(g.phase == phase.id for g in journey.goals)
            label = phase.label(journey.language)
            if count:
                good.append(t("workshop.check.goal_count", phase=label, count=count))
            else:
                todo.append(t("workshop.check.goal_missing", phase=label))
        return _check_note(t("workshop.check.heading", title=journey.title), good, todo)


# ------------------------------------------------------------- start widget
def start_journey(root: Path | str | None = None):
    """The start form of notebook 00: choose a language and begin your own journey
    file (blank, on a phase model) or a copy of a sample case."""
    from journeykit_widgets._start import StartForm

    return StartForm(workspace_file(root)).widget


def _languages() -> tuple[str, ...]:
    return LANGUAGES
