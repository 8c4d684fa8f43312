"""Notebook preprocessors for handouts: parameters in, tags and widgets out.

Four steps, in this order:

1. ``InjectParameters`` (before executing): a cell after the ``parameters`` cell
   sets ``journey_file`` and ``language``, papermill-style (with a warning, like
   papermill's, when the notebook has no such cell).
   ``ExecuteHeadless`` then runs the notebook: nbconvert's ``ExecutePreprocessor``
   skipping the cells tagged ``widget`` (an editor has nothing to show on paper, and
   opening one would start a file watcher in a kernel that is about to stop).
2. ``FilterVariant`` (after executing): keeps what a variant shows, by cell tag
   (see ``VARIANTS``), drops live-widget outputs, warnings and code.
3. ``MarkSections``: marks the cells that start a section, for page breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from nbconvert.preprocessors import ExecutePreprocessor, Preprocessor
from nbformat import v4
from traitlets import Bool, Int, Unicode, default

from journeykit_widgets.i18n import t

__all__ = [
    "VARIANTS",
    "WIDGET_MIMETYPES",
    "ExecuteHeadless",
    "FilterVariant",
    "InjectParameters",
    "JourneyOptions",
    "MarkSections",
    "Variant",
    "cell_tags",
    "variant",
]

TAG_WIDGET, TAG_SOLUTION, TAG_FACILITATOR, TAG_PARAMETERS = "widget", "solution", "facilitator", "parameters"
TAG_INJECTED = "injected-parameters"
# Cells about the lesson rather than the journey (see notebooks/_source/_cells.py).
TAG_HEADER, TAG_SETUP, TAG_EXERCISE, TAG_KEY_POINTS = "header", "setup", "exercise", "key-points"
# In a notebook that has cells tagged "report", the report is those cells and nothing else.
TAG_REPORT = "report"

WIDGET_MIMETYPES = (
    "application/vnd.jupyter.widget-view+json",
    "application/vnd.jupyter.widget-state+json",
)


@dataclass(frozen=True)
class Variant:
    """What one kind of handout keeps.

    ``drop``: cells with any of these tags are left out.
    ``widget_space``: what stands where a widget cell was: ``"write"`` a box to
    write in (a printed form), ``"marker"`` a note naming the live form, ``""``
    nothing. ``solution_code``: solution cells show their code. ``keep``: when
    the notebook tags any cell with it, only those cells are kept.
    """

    name: str
    drop: frozenset[str]
    widget_space: str = ""
    solution_code: bool = False
    keep: str = ""


VARIANTS: dict[str, Variant] = {
    # The participant's take-home record: their journey's maps and tables only.
    # No exercises, key points or set-up text: a report is not a lesson.
    "report": Variant(
        "report",
        frozenset({TAG_WIDGET, TAG_SOLUTION, TAG_FACILITATOR, TAG_SETUP, TAG_EXERCISE, TAG_KEY_POINTS}),
        keep=TAG_REPORT,
    ),
    # The worksheet handed out before a session: the teaching text and exercises,
    # with room to write where the workshop has a form; no answers, no trainer notes,
    # and not how the notebook finds its file (paper has no cells to run).
    "participant": Variant(
        "participant", frozenset({TAG_SOLUTION, TAG_FACILITATOR, TAG_SETUP}), widget_space="write"
    ),
    # The trainer's copy: everything, with answers (and their code) and notes marked.
    "facilitator": Variant("facilitator", frozenset({TAG_SETUP}), widget_space="marker", solution_code=True),
}


def variant(name: str) -> Variant:
    try:
        return VARIANTS[name]
    except KeyError:
        raise ValueError(f"unknown handout variant {name!r}; choose one of: {', '.join(VARIANTS)}") from None


def cell_tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def _add_tag(cell, tag: str) -> None:
    tags = cell.setdefault("metadata", {}).setdefault("tags", [])
    if tag not in tags:
        tags.append(tag)


class _EnabledPreprocessor(Preprocessor):
    # nbconvert's preprocessors are off unless switched on; ours always run
    # when an exporter lists them.
    enabled = Bool(True, help="Whether to use this preprocessor.").tag(config=True)

    def exporter_option(self, name: str, fallback=""):
        """The exporter's option ``name`` (``journey_file``, ``language`` …): an exporter
        creates its preprocessors with itself as their traitlets ``parent``, so one
        option on the exporter drives its own steps. Used as the trait defaults below;
        a value configured on the step itself still wins."""
        return getattr(self.parent, name, fallback) if self.parent is not None else fallback


class JourneyOptions(_EnabledPreprocessor):
    """A step that works on one journey in one language: by default the exporter's."""

    journey_file = Unicode(help="Journey file (default: the exporter's journey_file).").tag(config=True)
    language = Unicode(help="Language, en or nl (default: the exporter's language).").tag(config=True)

    @default("journey_file")
    def _journey_file_default(self):
        return self.exporter_option("journey_file")

    @default("language")
    def _language_default(self):
        return self.exporter_option("language")


class InjectParameters(JourneyOptions):
    """Insert ``journey_file = ...`` and ``language = ...`` after the ``parameters`` cell.

    Nothing is injected when neither is set, so the notebook keeps its own
    default (the participant's workspace file, else the airline sample).
    """

    def preprocess(self, nb, resources):
        values = {}
        if self.journey_file:
            values["journey_file"] = str(Path(self.journey_file).expanduser().resolve())
        if self.language:
            values["language"] = self.language
        meta = nb.metadata.setdefault("journeykit", {})
        meta.update(values)
        if not values:
            return nb, resources
        # repr() of a str is a valid Python literal whatever the path contains.
        source = "\n".join(f"{name} = {value!r}" for name, value in values.items())
        cell = v4.new_code_cell(source, metadata={"tags": [TAG_INJECTED]})
        cells = [c for c in nb.cells if TAG_INJECTED not in cell_tags(c)]
        at = next((i + 1 for i, c in enumerate(cells) if TAG_PARAMETERS in cell_tags(c)), None)
        if at is None:
            # The notebook's own set-up may then overwrite the injected values: say so.
            self.log.warning(t("handouts.warn.no_parameters_cell", tag=TAG_PARAMETERS))
            at = 0
        cells.insert(at, cell)
        nb.cells = cells
        return nb, resources


# jupyter_client's words when a kernel process ends before it answered its first
# request. On a shared machine (a hub, a room's server, CI) the usual cause is a
# port: the kernel's ports are picked free and closed again before the kernel binds
# them, and another kernel starting at that moment can take one (jupyter_client
# #154). A second start picks fresh ports; a kernel that dies every time still fails.
DIED_AT_START = "Kernel died before replying to kernel_info"


class ExecuteHeadless(ExecutePreprocessor):
    """nbconvert's ``ExecutePreprocessor``, skipping the cells tagged ``widget``
    (nbclient's ``skip_cells_with_tag``; a value configured for it still wins), and
    starting a kernel once more when the first died before its first answer, as a
    trainer would click Export again. Every export runs through here: the kit's own
    (``export_notebook``) and ``jupyter nbconvert --to journeykit-...``."""

    @default("skip_cells_with_tag")
    def _skip_widget_cells(self):
        return TAG_WIDGET

    def preprocess(self, nb, resources=None, km=None):
        try:
            return super().preprocess(nb, resources, km)
        except RuntimeError as error:
            # No cell ran yet: the kernel died while starting, so ``nb`` is as it was.
            # A kernel manager the caller passed in is theirs to start again.
            if km is not None or DIED_AT_START not in str(error):
                raise
        return super().preprocess(nb, resources, km)


# "<Figure size 640x480 with 1 Axes>", "<object at 0x7f...>": a repr, not content.
_BARE_REPR = re.compile(r"^<[^<>]*(?: at 0x[0-9a-fA-F]+|Figure size [^<>]*)>$")


def _strip_outputs(outputs: list) -> list:
    """Outputs worth printing: no live widgets, warnings or empty displays."""
    kept = []
    for output in outputs:
        kind = output.get("output_type")
        if kind == "stream" and output.get("name") == "stderr":
            continue
        if kind in ("display_data", "execute_result"):
            if ((output.get("metadata") or {}).get("journeykit") or {}).get("form"):
                continue  # a form, or its "run this cell" line in a saved notebook: nothing for paper
            data = {k: v for k, v in output.get("data", {}).items() if k not in WIDGET_MIMETYPES}
            # A widget's text/plain fallback ("HBox(children=...)") is noise on paper.
            if set(output.get("data", {})) & set(WIDGET_MIMETYPES) and set(data) <= {"text/plain"}:
                continue
            if not data or (set(data) == {"text/plain"} and _BARE_REPR.match(str(data["text/plain"]))):
                continue
            output["data"] = data
        kept.append(output)
    return kept


# A figure this wide (width / height) and this large is a wall map: it gets a
# landscape page of its own instead of shrinking to the portrait text width.
LANDSCAPE_RATIO = 1.3
LANDSCAPE_MIN_WIDTH = 1100


def png_size(data: str) -> tuple[int, int] | None:
    """Width and height of a base64 PNG, read from its header."""
    import base64
    import binascii

    try:
        head = base64.b64decode(str(data)[:64].replace("\n", "") + "==", validate=False)[:24]
    except (binascii.Error, ValueError):
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def _mark_landscape(outputs: list) -> None:
    for output in outputs:
        size = png_size(output.get("data", {}).get("image/png", "")) if "data" in output else None
        if size and size[0] >= LANDSCAPE_MIN_WIDTH and size[0] / max(size[1], 1) >= LANDSCAPE_RATIO:
            # A figure that names its page (the report's maps) keeps that name.
            output.setdefault("metadata", {}).setdefault("journeykit", {})["landscape"] = True


_EDITOR_CALL = re.compile(r"\b(\w+_(?:editor|panel|switch|board))\s*\(")


# A model answer folded away in the live notebook (notebooks/_source/_cells.py): paper
# cannot be clicked open, so the facilitator's copy shows it without the fold.
_FOLDED = re.compile(r'<details class="jk-model-answer"><summary>.*?</summary>\s*(.*?)\s*</details>', re.S)


def unfold(markdown: str) -> str:
    """A model answer's Markdown without the fold that hides it in the notebook."""
    return _FOLDED.sub(lambda m: m.group(1), markdown)


class FilterVariant(_EnabledPreprocessor):
    """Keep what the chosen variant shows; code is hidden except solution code
    in the facilitator copy."""

    variant = Unicode(help="report, participant or facilitator").tag(config=True)

    @default("variant")
    def _variant_default(self):
        return self.exporter_option("variant", "report")

    def preprocess(self, nb, resources):
        chosen = variant(self.variant)
        only = chosen.keep if chosen.keep and any(chosen.keep in cell_tags(c) for c in nb.cells) else ""
        cells = []
        for cell in nb.cells:
            tags = cell_tags(cell)
            if TAG_INJECTED in tags or TAG_PARAMETERS in tags:
                continue
            if tags & chosen.drop or (only and only not in tags):
                continue
            if TAG_WIDGET in tags:
                if chosen.widget_space:
                    match = _EDITOR_CALL.search(cell.get("source", ""))
                    space = v4.new_markdown_cell("", metadata={"tags": [f"jk-{chosen.widget_space}-in"]})
                    space.metadata["journeykit"] = {"form": match.group(1) if match else ""}
                    cells.append(space)
                continue
            if cell.cell_type == "code":
                cell.outputs = _strip_outputs(cell.get("outputs", []))
                _mark_landscape(cell.outputs)
                show_code = chosen.solution_code and TAG_SOLUTION in tags
                if not show_code:
                    # nbconvert's templates leave out sources marked this way.
                    cell.metadata.setdefault("transient", {})["remove_source"] = True
                if not cell.outputs and not show_code:
                    continue
            if cell.cell_type == "markdown" and TAG_SOLUTION in tags:
                cell.source = unfold(cell.source)
            for tag in (TAG_SOLUTION, TAG_FACILITATOR):
                if tag in tags:
                    _add_tag(cell, f"jk-{tag}")
            cells.append(cell)
        nb.cells = cells
        # Widget state would only make the page fetch scripts from the internet.
        nb.metadata.pop("widgets", None)
        resources.setdefault("journeykit", {}).update(variant=chosen.name, report_only=bool(only))
        return nb, resources


_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+\S", re.M)


def heading_level(source: str) -> int | None:
    """Level of the first Markdown heading when the cell starts with one."""
    stripped = source.lstrip()
    match = _HEADING.match(stripped)
    return len(match.group(1)) if match and stripped.startswith("#") else None


class MarkSections(_EnabledPreprocessor):
    """Tag Markdown cells that open a section (a heading of ``break_level`` or
    higher) so the print style starts them on a new page, unless nothing came
    since the last break (the first heading follows the cover and contents)."""

    break_level = Int(help="Headings of this level or higher start a new page (0: never).").tag(config=True)

    @default("break_level")
    def _break_level_default(self):
        return self.exporter_option("section_break_level", 1)

    def preprocess(self, nb, resources):
        content_since_break = False
        for cell in nb.cells:
            level = heading_level(cell.source) if cell.cell_type == "markdown" else None
            if level is None or level > max(self.break_level, 0):
                content_since_break = True
                continue
            # A heading straight after another (a title, then its first section)
            # stays on the same page.
            if content_since_break:
                _add_tag(cell, "jk-new-page")
            content_since_break = False
        return nb, resources
