"""Changes to and readings of a journey's comment threads (``model.comments``).

Each change finds its thread by key in the journey as it is on disk now (the edit
path hands it over inside the lock), so two people commenting at once both land.
"""

from __future__ import annotations

from journeykit_widgets.model.comments import Comment, Thread, parse_key
from journeykit_widgets.model.journey import Journey

__all__ = [
    "add_comment",
    "item_exists",
    "item_label",
    "reopen",
    "resolve",
    "shown_time",
    "thread_of",
]


def item_exists(journey: Journey, key: str) -> bool:
    """Whether the item a thread is about is still in the journey."""
    parts = parse_key(key)
    if parts is None:
        return False
    if parts["kind"] == "card":
        return any(tp.id == parts["touchpoint"] for tp in journey.touchpoints)
    role_known = not parts["role"] or any(r.id == parts["role"] for r in journey.buying_group)
    return role_known and parts["phase"] in journey.phase_ids


def thread_of(journey: Journey, key: str) -> Thread | None:
    return next((thread for thread in journey.comments if thread.item == key), None)


def add_comment(
    journey: Journey, key: str, text: str, *, author: str, at, label: str = "", id: str = ""
) -> Comment:
    """Add a comment to the item's thread (made on the first comment). A comment
    reopens a resolved thread: someone has something more to say. Sent twice (a
    retry with the same id): added once."""
    thread = thread_of(journey, key)
    if thread is None:
        thread = Thread(item=key)
        journey.comments.append(thread)
    if id and any(c.id == id for c in thread.comments):
        return next(c for c in thread.comments if c.id == id)
    comment = Comment(author=author, at=at, text=text, **({"id": id} if id else {}))
    thread.comments = [*thread.comments, comment]
    if label:
        thread.label = label
    thread.resolved_by, thread.resolved_at = None, None
    return comment


def resolve(journey: Journey, key: str, *, by: str, at) -> None:
    """Mark the thread settled (by whom, when); a thread already resolved keeps its first resolution."""
    thread = thread_of(journey, key)
    if thread is not None and not thread.resolved:
        thread.resolved_by, thread.resolved_at = by, at


def reopen(journey: Journey, key: str) -> None:
    thread = thread_of(journey, key)
    if thread is not None:
        thread.resolved_by, thread.resolved_at = None, None


def item_label(journey: Journey, key: str, lang: str | None = None) -> str:
    """The item in words, as a reader finds it on the map ("Check-in · Pain points",
    "Ideal · Tell · Experience"); the label kept on the thread when the item is gone."""
    from journeykit_widgets.i18n import language

    with language(lang or journey.language):
        return _item_label(journey, key)


def _item_label(journey: Journey, key: str) -> str:
    from journeykit_widgets.i18n import t
    from journeykit_widgets.model.errors import field_label

    lang = None
    parts = parse_key(key)
    thread = thread_of(journey, key)
    kept = thread.label if thread is not None and thread.label else key
    if parts is None or not item_exists(journey, key):
        return kept
    if parts["kind"] == "card":
        name = next(tp.name for tp in journey.touchpoints if tp.id == parts["touchpoint"])
        if not parts["part"]:
            return name
        return t(
            "comments.item.part", lang, item=name, part=t(f"render.lane.{_LANE_OF[parts['part']]}", lang)
        )
    return t(
        "comments.item.cell",
        lang,
        state=field_label(parts["state"]),
        phase=journey.phase_label(parts["phase"], lang),
        lane=field_label(parts["lane"]),
    )


# A card part (a touchpoint field) → the map lane that shows it (render.lane.* texts).
_LANE_OF = {
    "action": "actions",
    "thoughts": "thoughts",
    "pain_points": "pain_points",
    "opportunities": "opportunities",
    "kpi": "kpi",
}


def shown_time(at, lang: str | None = None) -> str:
    """A comment's time (stored in UTC) in this computer's time zone, as the language
    writes it ("7 dec 2026 10:30"). The board shows it in the reader's browser zone."""
    from babel.dates import format_date, format_time

    from journeykit_widgets.i18n import babel_locale, get_language

    if at is None:
        return ""
    local, locale = at.astimezone(), babel_locale(lang or get_language())
    return f"{format_date(local, 'medium', locale=locale)} {format_time(local, 'short', locale=locale)}"
