"""The board's comment actions: add a comment, resolve a thread, reopen it.

They travel as board actions (``{"op": "comment", "item": …, "text": …}``) through
the same locked edit path as every card change, so two people commenting at once
both land, and each is answered like any save. The author is the board's
(``BoardWidget.author``), never what the page says. Comments are conversation, not
map edits: Ctrl+Z does not take one back (there is no inverse).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import one_line
from journeykit_widgets.model import Journey, threads
from journeykit_widgets.model.comments import Comment

__all__ = ["COMMENT_OPS", "comment_change", "comment_history", "comment_summary", "thread_views"]

COMMENT_OPS: tuple[str, ...] = ("comment", "resolve", "reopen")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def comment_change(action: dict) -> Callable[[Journey], None]:
    """The change for one comment action; ``action["author"]`` is set by the board."""
    op, key = action["op"], action["item"]
    author = action.get("author", "")

    if op == "comment":

        def add(journey: Journey) -> None:
            label = threads.item_label(journey, key) if threads.item_exists(journey, key) else ""
            threads.add_comment(
                journey, key, action["text"], author=author, at=_now(), label=label, id=action.get("cid", "")
            )

        return add
    if op == "resolve":
        return lambda journey: threads.resolve(journey, key, by=author, at=_now())
    return lambda journey: threads.reopen(journey, key)


def comment_summary(action: dict, lang: str | None) -> tuple[str, list[str]]:
    return t(f"comments.summary.{action['op']}", lang), [action["item"]]


def comment_history(action: dict, journey: Journey) -> list[str]:
    """The history line in words: which item, and for a comment a short excerpt."""
    item = threads.item_label(journey, action["item"])
    if action["op"] == "comment":
        return [t("comments.history.comment", item=item, text=one_line(action["text"], 60))]
    return [t(f"comments.history.{action['op']}", item=item)]


def _comment_view(comment: Comment) -> dict[str, str]:
    # The time as UTC ISO text: the page shows it in the reader's own time zone.
    return {"id": comment.id, "author": comment.author, "at": comment.at.isoformat(), "text": comment.text}


def thread_views(journey: Journey) -> dict[str, dict]:
    """Every thread for the page, by item key: its comments, whether resolved, by whom, when."""
    return {
        thread.item: {
            "comments": [_comment_view(c) for c in thread.comments],
            "open": 0 if thread.resolved else len(thread.comments),
            "resolved_by": thread.resolved_by,
            "resolved_at": thread.resolved_at.isoformat() if thread.resolved_at else None,
            "label": threads.item_label(journey, thread.item),
        }
        for thread in journey.comments
    }
