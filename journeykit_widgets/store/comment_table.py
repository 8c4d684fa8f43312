"""The comments of a journey as a table: one row per comment, for the XLSX export's
comments sheet (and anyone reading the team's conversation outside the board)."""

from __future__ import annotations

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey
from journeykit_widgets.model.threads import item_exists, item_label, shown_time

__all__ = ["COMMENT_COLUMNS", "add_comments_sheet", "comment_rows"]

COMMENT_COLUMNS: tuple[str, ...] = (
    "item",
    "status",
    "author",
    "time",
    "comment",
    "resolved_by",
    "resolved_at",
)
_WIDTHS = {
    "item": 34,
    "status": 16,
    "author": 16,
    "time": 20,
    "comment": 60,
    "resolved_by": 16,
    "resolved_at": 20,
}


def comment_rows(journey: Journey) -> tuple[list[str], list[list[str]]]:
    """Header and rows in the journey's language; open threads first, then resolved,
    and threads whose item was deleted say so in their status."""
    lang = journey.language
    header = [t(f"comments.column.{name}", lang) for name in COMMENT_COLUMNS]
    rows = []
    ordered = sorted(journey.comments, key=lambda thread: thread.resolved)  # stable: file order inside
    for thread in ordered:
        status = t("comments.status.resolved" if thread.resolved else "comments.status.open", lang)
        if not item_exists(journey, thread.item):
            status = t("comments.status.removed", lang, status=status)
        label = item_label(journey, thread.item, lang)
        for comment in thread.comments:
            rows.append(
                [
                    label,
                    status,
                    comment.author or t("comments.anonymous", lang),
                    shown_time(comment.at, lang),
                    comment.text,
                    thread.resolved_by or "",
                    shown_time(thread.resolved_at, lang),
                ]
            )
    return header, rows


def add_comments_sheet(book, journey: Journey, write_text) -> int:
    """A "Comments" sheet after the touchpoints (none when the journey has no comments);
    the number of comment rows written. ``write_text(cell, value)`` writes a text cell
    the way the touchpoints sheet does (formula-like text stays text)."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    header, rows = comment_rows(journey)
    if not rows:
        return 0
    sheet = book.create_sheet(t("comments.sheet_title", journey.language))
    for col, text in enumerate(header, 1):
        cell = sheet.cell(row=1, column=col, value=text)
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, 2):
        for col, value in enumerate(row, 1):
            cell = sheet.cell(row=r, column=col)
            write_text(cell, value)
            cell.alignment = wrap
    for col, name in enumerate(COMMENT_COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(col)].width = _WIDTHS[name]
    sheet.freeze_panes = "A2"
    return len(rows)
