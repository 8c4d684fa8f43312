"""The report's action list: the team's own actions when it has any, else the
differences between ideal and current (the canvas's suggestions), as rows of
text for the deck's native table and as an HTML table for the report.
"""

from __future__ import annotations

import html
from datetime import date

from journeykit_widgets.handouts._journey import journey_of
from journeykit_widgets.i18n import formats, language, t

__all__ = [
    "OWNED_COLUMNS",
    "SUGGESTED_COLUMNS",
    "ActionTable",
    "action_columns",
    "action_rows",
    "action_table",
    "due_text",
    "report_date",
]


def report_date() -> date:
    """The date a report is made on, against which due dates are overdue: the
    trainer's setting (``handouts.branding.report_date``), else today."""
    from journeykit_widgets.handouts import branding

    return branding.report_date()


def due_text(action, today: date | None = None) -> str:
    """An action's due date as the reader writes it (``15 Apr 2026``), marked as
    overdue when it lies before the report's date and the action is not done; a
    dash when it has none. ``today`` is the report's date (today unless given)."""
    if action.due is None:
        return "—"
    text = formats.day(action.due, short=True)
    if action.status != "done" and action.due < (today or report_date()):
        return t("voice.due.overdue", date=text)
    return text


def action_rows(journey) -> tuple[list[str], list[list[str]]]:
    """The action list as header and rows of text (for the slides' native table)."""
    with language(journey.language):
        return _action_rows(journey)


# The columns of the action list: the team's owned actions when it has any, else
# the differences between ideal and current (the suggestions of the canvas).
OWNED_COLUMNS = ("phase_name", "text", "owner", "status", "due")
SUGGESTED_COLUMNS = ("phase_name", "lane_name", "change", "owner", "priority")


def action_columns(journey) -> tuple[str, ...]:
    """Which columns ``action_rows`` gives for this journey (ids, for widths)."""
    return OWNED_COLUMNS if journey.actions else SUGGESTED_COLUMNS


def _owned_rows(journey) -> tuple[list[str], list[list[str]]]:
    from journeykit_widgets.analysis.owned_actions import status_label

    header = [t(f"actions.col.{c}") for c in OWNED_COLUMNS]
    # In the map's phase order (the journey as a whole last), the file's order within a phase.
    order = {pid: i for i, pid in enumerate(journey.phase_ids)}
    actions = sorted(journey.actions, key=lambda a: order.get(a.phase, len(order)))
    rows = [
        [
            journey.phase(a.phase).label() if a.phase else "—",
            a.text,
            a.owner or "—",
            status_label(a.status),
            due_text(a),
        ]
        for a in actions
    ]
    return header, rows


def _action_rows(journey) -> tuple[list[str], list[list[str]]]:
    from journeykit_widgets import analysis

    if journey.actions:
        return _owned_rows(journey)
    frame = analysis.ideal_vs_current(journey)
    columns = ["phase_name", "lane_name", "change", "owner", "priority"]
    header = [t(f"report.col.{c}") for c in columns]
    rows = [
        [
            str(v) if k != "priority" else t(f"report.priority.{v}")
            for k, v in zip(columns, record, strict=True)
        ]
        for record in frame[columns].itertuples(index=False)
    ]
    return header, rows


class ActionTable:
    """The action list as an HTML table that fits a portrait page: five columns
    with set widths, text that wraps, the header repeated on every page."""

    _COLUMNS = ("phase", "lane", "change", "owner", "priority")  # widths in the style sheet

    def __init__(self, header: list[str], rows: list[list[str]], empty: str, columns=None, lang: str = "en"):
        self.header, self.rows, self.empty, self.lang = header, rows, empty, lang
        self.columns = self._COLUMNS if columns is None else tuple(c.removesuffix("_name") for c in columns)

    def _repr_html_(self) -> str:
        from journeykit_widgets.render import soft_hyphens

        e = html.escape
        if not self.rows:
            return f'<p class="jk-reading"><em>{e(self.empty)}</em></p>'
        cols = "".join(f'<col class="jk-col-{c}">' for c in self.columns)
        owned = " jk-actions-owned" if "status" in self.columns else ""
        head = "".join(f"<th>{e(h)}</th>" for h in self.header)
        # Narrow columns ("Aankoopbeslissing" as a phase) break between syllables.
        body = "".join(
            "<tr>" + "".join(f"<td>{e(soft_hyphens(c, self.lang))}</td>" for c in row) + "</tr>"
            for row in self.rows
        )
        return (
            f'<table class="jk-table jk-actions{owned}"><colgroup>{cols}</colgroup>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )

    def __repr__(self) -> str:
        return "\n".join(" | ".join(row) for row in [self.header, *self.rows]) or self.empty


def action_table(path) -> ActionTable:
    """The action list of the journey in ``path`` for the report."""
    journey = journey_of(path)
    with language(journey.language):
        header, rows = action_rows(journey)
        columns = action_columns(journey)
        return ActionTable(header, rows, t("report.sum.no_actions"), columns, lang=journey.language)
