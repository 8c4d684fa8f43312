"""What notebook 09_facilitator shows: each function reads the folder afresh and
returns a table, picture or note (the kit's notebook outputs), so running a cell
again is the refresh, and an exported copy of the notebook shows the same."""

from __future__ import annotations

import os
from pathlib import Path

from journeykit_widgets.collect.charts import emotion_lines, model_title, touchpoints_per_phase
from journeykit_widgets.collect.folder import Collection, read_folder
from journeykit_widgets.collect.progress import progress_table
from journeykit_widgets.collect.side_by_side import combined_actions, differences
from journeykit_widgets.i18n import set_language, t
from journeykit_widgets.i18n.quote import printable_name
from journeykit_widgets.outputs import Note, Picture, Table, md_escape

__all__ = [
    "HANDIN_ENV",
    "default_folder",
    "export_report",
    "live_progress",
    "progress_board",
    "show_actions",
    "show_differences",
    "show_emotion_lines",
    "show_left_out",
    "show_progress",
    "show_touchpoints_per_phase",
]

# Set by the hub (deploy/) to the shared hand-in folder.
HANDIN_ENV = "JOURNEYKIT_HANDIN"


def default_folder(folder: Path | str | None = None, language: str | None = None) -> Path:
    """``folder`` when given; else the hub's hand-in folder; else the kit's sample journeys.

    ``language`` ("en"/"nl") sets the language of the tables and charts that follow.
    """
    if language:
        set_language(language)
    if folder:
        return Path(folder)
    if os.environ.get(HANDIN_ENV):
        return Path(os.environ[HANDIN_ENV])
    from journeykit_widgets.samples import data_dir

    return data_dir()


def _read(folder: Path | str | Collection) -> Collection:
    return folder if isinstance(folder, Collection) else read_folder(default_folder(folder))


class ProgressTable(Table):
    """The progress table with its marks in colour: green for done, red for not yet,
    so a facilitator sees the gaps from across the room."""

    _MARKS = (("✓", "#2F7D5B", "bold"), ("–", "#A50026", "normal"))

    def _repr_html_(self) -> str:
        page = super()._repr_html_()
        for mark, colour, weight in self._MARKS:
            page = page.replace(
                f">{mark}</td>", f'><span style="color: {colour}; font-weight: {weight}">{mark}</span></td>'
            )
        return page


def show_progress(folder=None) -> Table:
    """Which steps each team has done, read from the files now."""
    collection = _read(folder)
    caption = t(
        "collect.view.read_at",
        date=collection.read_at.strftime("%H:%M:%S UTC"),
        teams=len(collection.teams),
        skipped=len(collection.left_out),
    )
    return ProgressTable(
        progress_table(collection, localized=True), caption=caption, empty=t("collect.chart.nothing")
    )


def show_left_out(folder=None) -> Table:
    """The files that were left out, and why."""
    import pandas as pd

    collection = _read(folder)
    frame = pd.DataFrame(
        [(s.name, s.reason) for s in collection.left_out],
        columns=[t("collect.column.file"), t("collect.column.reason")],
    )
    return Table(frame, caption=t("collect.report.skipped"), empty=t("collect.report.none_skipped"))


def show_emotion_lines(folder=None) -> Picture:
    return Picture.from_figure(emotion_lines(_read(folder)), t("collect.report.emotions_caption"))


def show_touchpoints_per_phase(folder=None) -> Picture:
    return Picture.from_figure(touchpoints_per_phase(_read(folder)), t("collect.report.phases_caption"))


def show_differences(folder=None) -> list[Note | Table]:
    """Per phase model: what ``analysis.compare`` says, and the whole differences table."""
    found = differences(_read(folder))
    if not found:
        text = t("collect.report.no_differences")
        return [Note(f"*{md_escape(text)}*", text)]
    out: list[Note | Table] = []
    for model, result in found.items():
        summary = result.summary()
        title = model_title(model)
        body = "\n".join(f"- {md_escape(line)}" for line in summary.splitlines())
        out.append(Note(f"**{md_escape(title)}**\n\n{body}", f"{title}\n{summary}"))
        out.append(Table(result.table(localized=True)))
    return out


def show_actions(folder=None) -> Table:
    return Table(
        combined_actions(_read(folder), localized=True),
        caption=t("collect.report.actions"),
        empty=t("collect.report.no_actions"),
    )


def show_votes(folder=None) -> Table:
    """Each team's last closed dot vote: the items with dots, most first."""
    from journeykit_widgets.analysis import localize
    from journeykit_widgets.collect.votes import team_votes

    columns = ["team", "touchpoint", "phase_name", "voted_text", "votes", "voters"]
    return Table(
        localize(team_votes(_read(folder)), columns=columns),
        caption=t("votes.report.caption"),
        empty=t("votes.result.none"),
    )


def live_progress():
    """A line under the cell that says what a long run is doing ("journey 3 of 20
    (airline): drawing its page and map"), replaced at every step; outside a
    notebook it prints the line. Returns the ``progress`` callback."""
    from IPython.display import display

    from journeykit_widgets.collect.report_parts import progress_text

    handle = None

    def report(n: int, total: int, step: str, team: str) -> None:
        nonlocal handle
        text = progress_text(n, total, step, printable_name(team))
        note = Note(f"*{md_escape(text)}*", text)
        if handle is None:
            handle = display(note, display_id=True)
        else:
            handle.update(note)

    return report


def export_report(folder=None, output: Path | str = "output/group_report.html", **options) -> Note:
    """Write the combined report (HTML or PDF, by the suffix) and say where it is,
    telling each step while it works (reading, drawing each team, printing)."""
    from journeykit_widgets.collect.report import write_report

    progress = options.pop("progress", None) or live_progress()
    collection = folder if isinstance(folder, Collection) else read_folder(default_folder(folder), progress)
    path = write_report(collection, output, progress=progress, **options)
    text = t("collect.cli.written", path=path)
    return Note(md_escape(text), text)


def progress_board(folder=None):
    """The progress table with a Refresh button: press it while teams work, and the
    table is read from the folder again (nothing is kept in the widget)."""
    import ipywidgets as w

    table = w.HTML()
    button = w.Button(description=t("collect.view.refresh"), icon="refresh", button_style="primary")

    def refresh(_button=None) -> None:
        try:
            table.value = show_progress(folder)._repr_html_() + show_left_out(folder)._repr_html_()
        except FileNotFoundError:
            text = t("collect.view.no_folder", folder=printable_name(default_folder(folder)))
            table.value = f"<p style='color:#A50026'>{md_escape(text)}</p>"
        except OSError as error:  # a folder that may not be listed: its message, not a traceback
            text = error.strerror or str(error)
            table.value = f"<p style='color:#A50026'>{md_escape(text)}</p>"

    button.on_click(refresh)
    refresh()
    board = w.VBox([button, table])
    board.add_class("jk-collect-board")
    return board
