"""The owned action list: suggestions from every analysis, adopting them, and
the action list as a table and an Excel file (comparing two versions of the list:
``analysis.action_versions``).

Every analysis that proposes work is a *source* of ``Suggestion``s (``SOURCES``:
ideal vs current canvas, future vs current template, peak–end, gaps, assumptions
worth testing). Each suggestion has a stable ``key`` (its origin key), so
adopting it twice keeps one ``ActionPoint``. A new source is one entry in
``SOURCES``: a function from a journey to its suggestions.

``adopt_suggestion`` and ``add_action`` change a journey in place; pass them to the
locked edit path (``store.edit``), which applies them to the file as it is *now*,
so two notebooks adopting at the same moment both keep their action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journeykit_widgets.analysis._common import quoted
from journeykit_widgets.i18n import t
from journeykit_widgets.model import ACTION_STATUSES, ActionPoint, new_id

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = [
    "ACTION_LIST_COLUMNS",
    "SOURCES",
    "Suggestion",
    "action_list",
    "action_list_summary",
    "add_action",
    "adopt_suggestion",
    "adopted_keys",
    "delete_action",
    "export_action_list",
    "origin_label",
    "status_label",
    "suggestions",
]


def status_label(status: str) -> str:
    """The name of an action status (open, doing, done) in the active language."""
    return t(f"actions.status.{status}")


def origin_label(origin: str) -> str:
    """The name of an action's origin (canvas, template, peak_end …) in the active language."""
    return t(f"actions.origin.{origin}")


@dataclass(frozen=True)
class Suggestion:
    """One action an analysis proposes. ``key`` identifies it across edits (its
    wording may change, the key does not); ``phase`` is a journey phase id or ""."""

    key: str
    origin: str
    text: str
    phase: str = ""
    role: str = ""
    owner: str = ""
    detail: str = ""


SuggestionSource = Callable[["Journey"], Iterable[Suggestion]]


# --------------------------------------------------------------------- sources
def _canvas_suggestions(journey: Journey) -> Iterable[Suggestion]:
    from journeykit_widgets.analysis.actions import ideal_vs_current

    for canvas in journey.canvases:
        frame = ideal_vs_current(journey, role=canvas.role)
        for row in frame.itertuples(index=False):
            yield Suggestion(
                key=f"canvas:{canvas.role}:{row.phase}:{row.lane}",
                origin="canvas",
                text=str(row.change),
                phase=str(row.phase),
                role=canvas.role,
                owner=str(row.owner or ""),
                detail=str(row.lane_name),
            )


def _template_suggestions(journey: Journey) -> Iterable[Suggestion]:
    from journeykit_widgets.analysis.actions import ideal_vs_current

    if "future_state" not in journey.templates:
        return  # no future state written yet: every current cell would read "reconsider"
    frame = ideal_vs_current(journey, source="template")
    for row in frame.itertuples(index=False):
        # Template columns are steps, not phases of this journey: the step goes in the detail.
        yield Suggestion(
            key=f"template:{row.phase}:{row.lane}",
            origin="template",
            text=str(row.change),
            detail=f"{row.phase_name} · {row.lane_name}",
        )


def _owner_of(journey: Journey, touchpoint_id: str) -> str:
    return next((tp.owner for tp in journey.touchpoints if tp.id == touchpoint_id), "")


def _peak_end_suggestions(journey: Journey) -> Iterable[Suggestion]:
    from journeykit_widgets.analysis.peak_end import STRONG_EMOTION, peak_end

    result = peak_end(journey)
    if len(result.moments) < 2:
        return
    moments = []
    if result.peaks and result.peaks[0].emotion < STRONG_EMOTION:
        moments.append(("make_peak", result.peaks[0]))
    elif result.flat:
        moments.append(("make_peak", result.moments[0]))
    end = result.end
    if end.emotion < STRONG_EMOTION or (result.mean is not None and end.emotion < result.mean):
        moments.append(("fix_end", end))
    for low in result.lows:
        if low.emotion < 0 and low.index != end.index:
            moments.append(("fix_low", low))
    for kind, moment in moments:
        yield Suggestion(
            key=f"peak_end:{kind}:{moment.touchpoint_id}",
            origin="peak_end",
            text=t(f"actions.suggest.{kind}", name=quoted(moment.name)),
            phase=moment.phase,
            owner=_owner_of(journey, moment.touchpoint_id),
            detail=moment.name,
        )


def _gap_suggestions(journey: Journey) -> Iterable[Suggestion]:
    from journeykit_widgets.analysis.gap import gap_analysis

    result = gap_analysis(journey)
    for kind, frame in (("invest", result.under_investment), ("reduce", result.over_investment)):
        for row in frame.itertuples(index=False):
            yield Suggestion(
                key=f"gap:{kind}:{row.touchpoint_id}",
                origin="gap",
                text=t(f"actions.suggest.{kind}", name=quoted(row.touchpoint)),
                phase=str(row.phase),
                owner=str(row.owner or ""),
                detail=str(row.touchpoint),
            )


def _assumption_suggestions(journey: Journey) -> Iterable[Suggestion]:
    from journeykit_widgets.analysis.evidence import assumptions_to_test

    for row in assumptions_to_test(journey).itertuples(index=False):
        kind = "test_pain" if row.kind == "pain_point" else "test_touchpoint"
        yield Suggestion(
            key=f"assumption:{row.kind}:{row.touchpoint_id}",
            origin="assumption",
            text=t(f"actions.suggest.{kind}", name=quoted(row.touchpoint)),
            phase=str(row.phase),
            owner=_owner_of(journey, row.touchpoint_id),
            detail=str(row.text or row.touchpoint),
        )


# Origin → the function that lists its suggestions, in the order they are shown.
SOURCES: dict[str, SuggestionSource] = {
    "canvas": _canvas_suggestions,
    "template": _template_suggestions,
    "peak_end": _peak_end_suggestions,
    "gap": _gap_suggestions,
    "assumption": _assumption_suggestions,
}


def suggestions(journey: Journey, include_adopted: bool = True) -> list[Suggestion]:
    """Every suggested action of every source, each key once: those about the
    touchpoints with the most dots in the last closed dot vote first, then the rest
    in source order."""
    from journeykit_widgets.model.votes import vote_counts

    found: dict[str, Suggestion] = {}
    for source in SOURCES.values():
        for suggestion in source(journey):
            found.setdefault(suggestion.key, suggestion)
    adopted = adopted_keys(journey)
    # The vote is the group's own choice of what to work on: a suggestion about a card
    # with dots moves up, most dots first. The sort is stable, so without a vote (or
    # among equal dots) the sources' order stays; suggestions about a whole phase
    # (canvas, template) have no card and keep their place after the voted ones.
    dots = vote_counts(journey)
    ranked = sorted(found.values(), key=lambda s: -dots.get(_touchpoint_of(s), 0))
    return [s for s in ranked if include_adopted or s.key not in adopted]


# Sources whose key ends in the touchpoint the suggestion is about ("gap:invest:tp-1").
_ABOUT_A_CARD = frozenset({"peak_end", "gap", "assumption"})


def _touchpoint_of(suggestion: Suggestion) -> str:
    return suggestion.key.rsplit(":", 1)[-1] if suggestion.origin in _ABOUT_A_CARD else ""


def adopted_keys(journey: Journey) -> dict[str, str]:
    """Origin key → id of the action that adopted it."""
    return {a.origin_key: a.id for a in journey.actions if a.origin_key}


# --------------------------------------------------------------------- changes
def adopt_suggestion(journey: Journey, key: str, action_id: str | None = None, **fields) -> str:
    """Adopt the suggestion ``key`` as an action of ``journey`` (changed in place);
    returns the action's id. Adopted already: nothing changes, the existing id comes back.

    Run it inside the edit path: the suggestions are computed from the journey it is
    given, the file as it is at that moment. ``fields`` (owner, status, due …) override
    the suggestion's."""
    existing = adopted_keys(journey).get(key)
    if existing is not None:
        return existing
    found = next((s for s in suggestions(journey) if s.key == key), None)
    if found is None:
        raise KeyError(key)
    values = {
        "id": action_id or new_id("act"),
        "text": found.text[:300],
        "phase": found.phase,
        "role": found.role,
        "owner": found.owner,
        "origin": found.origin,
        "origin_key": found.key,
        **fields,
    }
    journey.actions.append(ActionPoint(**values))
    return values["id"]


def add_action(journey: Journey, text: str, action_id: str | None = None, **fields) -> str:
    """Add an action of the team's own (origin "own") to ``journey``; returns its id."""
    action = ActionPoint(id=action_id or new_id("act"), text=text, origin="own", **fields)
    journey.actions.append(action)
    return action.id


def delete_action(journey: Journey, action_id: str) -> ActionPoint:
    """Remove the action with this id; returns it (a ValueError when it is gone)."""
    ids = [a.id for a in journey.actions]
    return journey.actions.pop(ids.index(action_id))


def action_list_summary(journey: Journey) -> str:
    """One or two sentences about the owned action list, in the active language."""
    actions = journey.actions
    if not actions:
        return t("actions.summary.none")
    counts = {s: sum(1 for a in actions if a.status == s) for s in ACTION_STATUSES}
    text = t("actions.summary.counts", count=len(actions), **counts)
    missing = sum(1 for a in actions if not a.owner.strip())
    if missing:
        text += " " + t("actions.summary.no_owner", count=missing)
    return text


# --------------------------------------------------------------------- tables
ACTION_LIST_COLUMNS: tuple[str, ...] = (
    "id",
    "phase",
    "phase_name",
    "text",
    "owner",
    "status",
    "due",
    "origin",
    "role",
)


def action_list(journey: Journey) -> pd.DataFrame:
    """The owned actions, one row each, in the file's order."""
    import pandas as pd

    rows = [
        {
            "id": a.id,
            "phase": a.phase,
            "phase_name": journey.phase_label(a.phase) if a.phase else "",
            "text": a.text,
            "owner": a.owner,
            "status": a.status,
            "due": a.due.isoformat() if a.due else "",
            "origin": a.origin,
            "role": a.role,
        }
        for a in journey.actions
    ]
    return pd.DataFrame(rows, columns=list(ACTION_LIST_COLUMNS))


# Columns of the XLSX a person reads (the id last: it lets a later import find each row).
_XLSX_COLUMNS = ("phase_name", "text", "owner", "status", "due", "origin", "id")
_XLSX_WIDTHS = {"phase_name": 18, "text": 60, "owner": 20, "status": 12, "due": 12, "origin": 22, "id": 14}


def export_action_list(journey: Journey, path: str | Path) -> Path:
    """Write the owned action list as an Excel workbook, headers and values in the
    journey's language; a text that looks like a formula stays text."""
    from io import BytesIO

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from journeykit_widgets.i18n import language
    from journeykit_widgets.store import write_atomic
    from journeykit_widgets.store.cells import set_text_cell

    with language(journey.language):
        frame = action_list(journey)
        book = Workbook()
        sheet = book.active
        sheet.title = t("actions.xlsx.sheet")[:31]
        sheet.append([t(f"actions.col.{c}") for c in _XLSX_COLUMNS])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDE7F0")
        for r, record in enumerate(frame.to_dict("records"), 2):
            for c, column in enumerate(_XLSX_COLUMNS, 1):
                value = record[column]
                if column == "status":
                    value = status_label(value)
                elif column == "origin":
                    value = origin_label(value)
                cell = sheet.cell(row=r, column=c)
                set_text_cell(cell, str(value))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for c, column in enumerate(_XLSX_COLUMNS, 1):
            sheet.column_dimensions[get_column_letter(c)].width = _XLSX_WIDTHS[column]
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(_XLSX_COLUMNS))}{max(len(frame) + 1, 2)}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    buffer = BytesIO()
    book.save(buffer)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, buffer.getvalue())
    return path
