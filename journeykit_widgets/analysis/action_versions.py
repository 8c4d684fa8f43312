"""How the owned action list changed between two versions of a journey: what was
added, removed, and whose status, owner or due date changed; and which backup is
the version to compare with (the map as it was at the last review)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from journeykit_widgets.analysis.owned_actions import status_label
from journeykit_widgets.i18n import t
from journeykit_widgets.model import ACTION_STATUSES, ActionPoint

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = ["ACTION_CHANGES", "ActionComparison", "baseline_version", "compare_actions"]

# Kinds of difference between two versions of the action list, in table order.
ACTION_CHANGES: tuple[str, ...] = ("added", "removed", "status", "owner", "due")


@dataclass(frozen=True)
class ActionComparison:
    """How the action list changed from ``before`` to ``after`` (matched by id).

    ``rows``: one dict per difference with ``change`` (one of ``ACTION_CHANGES``),
    ``id``, ``text``, ``phase_name``, ``before`` and ``after`` (for a status, the
    status ids; for added/removed, the status of the action where it exists)."""

    before_label: str
    after_label: str
    rows: tuple[dict, ...]
    done_now: int = 0

    def count(self, change: str) -> int:
        return sum(1 for row in self.rows if row["change"] == change)

    def table(self, localized: bool = False) -> pd.DataFrame:
        import pandas as pd

        columns = ["change", "text", "phase_name", "before", "after"]
        frame = pd.DataFrame(list(self.rows), columns=["id", *columns])
        if not localized:
            return frame
        out = frame[columns].copy()
        out["change"] = out["change"].map(lambda c: t(f"actions.change.{c}"))
        for side in ("before", "after"):
            out[side] = [
                status_label(v) if v in ACTION_STATUSES and c in ("status", "added", "removed") else v
                for v, c in zip(frame[side], frame["change"], strict=True)
            ]
        return out.rename(columns={c: t(f"actions.col.{c}") for c in columns})

    def summary(self) -> str:
        """One line: what changed in the action list between the two versions."""
        if not self.rows:
            return t("actions.compare.same", before=self.before_label)
        parts = [
            t(f"actions.compare.n_{change}", count=self.count(change))
            for change in ACTION_CHANGES
            if self.count(change)
        ]
        changes = (
            parts[0]
            if len(parts) == 1
            else t("analysis.list_join", head=", ".join(parts[:-1]), last=parts[-1])
        )
        text = t("actions.compare.summary", before=self.before_label, changes=changes)
        if self.done_now:
            text += " " + t("actions.compare.done_now", count=self.done_now)
        return text


def compare_actions(
    before: Journey, after: Journey, before_label: str = "", after_label: str = ""
) -> ActionComparison:
    """The actions added, removed, and whose status, owner or due date changed
    between two versions of one journey. Actions are matched by id."""
    old = {a.id: a for a in before.actions}
    new = {a.id: a for a in after.actions}
    rows = []

    def row(change: str, action: ActionPoint, journey: Journey, was: object, now: object) -> dict:
        return {
            "id": action.id,
            "change": change,
            "text": action.text,
            "phase_name": journey.phase_label(action.phase) if action.phase else "",
            "before": "" if was is None else str(was),
            "after": "" if now is None else str(now),
        }

    for action in after.actions:
        if action.id not in old:
            rows.append(row("added", action, after, "", action.status))
    for action in before.actions:
        if action.id not in new:
            rows.append(row("removed", action, before, action.status, ""))
    for action in after.actions:
        was = old.get(action.id)
        if was is None:
            continue
        for field in ("status", "owner", "due"):
            a, b = getattr(was, field), getattr(action, field)
            if a != b:
                shown = [v.isoformat() if isinstance(v, date) else v for v in (a, b)]
                rows.append(row(field, action, after, *shown))
    order = {c: i for i, c in enumerate(ACTION_CHANGES)}
    rows.sort(key=lambda r: order[r["change"]])  # stable: file order within a kind
    done_now = sum(
        1 for a in after.actions if a.status == "done" and (a.id not in old or old[a.id].status != "done")
    )
    return ActionComparison(before_label, after_label, tuple(rows), done_now)


def baseline_version(path: str | Path) -> tuple[Path, Journey] | None:
    """The earlier version of a journey file to compare with: the newest backup
    saved before the last review, else the oldest backup kept; None without backups.

    A backup holds the file as it was before a save. The history only grows, so a
    backup whose history is no longer than the history up to the review is the map
    as it was reviewed (or before); counting entries, not comparing times, since
    several saves can fall in one second."""
    from journeykit_widgets.store import JourneyFileError, backups, load

    current = load(path)
    review = current.last_review()
    upto = None if review is None else current.revisions.index(review) + 1
    kept = []
    for backup in backups(path):  # newest first
        try:
            journey = load(backup)
        except (JourneyFileError, ValueError, OSError):
            continue  # a damaged backup is no version to compare with
        kept.append((backup, journey))
        if upto is not None and len(journey.revisions) <= upto:
            return backup, journey
    return kept[-1] if kept else None
