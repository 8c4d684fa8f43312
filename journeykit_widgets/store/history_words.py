"""History entries in words: which item changed, and how ("‘Chat’: name ‘Chat’ →
‘Livechat’", "‘Offer by e-mail’: emotion 2 → −1"), in the active language.

Made inside the edit path from the journey as it is on disk just before the change,
so the old value is the one the file held, not what an editor last saw. Texts are
cut to a short excerpt; numbers get a real minus sign.

Typing reaches the file in several saves (the board saves 0.3 s after the last key);
an entry that continues the last entry of the same revision (the same field, its old
value being the value that entry ended with) replaces it, so a revision says
"‘Chat’: name ‘Chat’ → ‘Livechat’" once instead of once per pause.
"""

from __future__ import annotations

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import formats, has_key, t
from journeykit_widgets.model import Journey

__all__ = ["EXCERPT", "Entry", "added", "cell_change", "deleted", "excerpt", "field_change", "moved", "shown"]

EXCERPT = 40  # characters of a text kept in a history entry
_ARROW = " → "
_NUMBERS = frozenset({"emotion", "importance", "effort", "score"})


class Entry(str):
    """One history line. When it continues the last line on disk (typing saved in
    steps), ``replaces`` is that line and ``joined`` the one line for both; the edit
    path uses them only when this change joins that line's revision."""

    replaces: str | None = None
    joined: str = ""


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """``text`` on one line, cut at a word to at most ``limit`` characters plus "…"."""
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,.;:") + "…"


def _quoted(text: str) -> str:
    return t("history.quote", text=excerpt(text))


def _number(value: int | float) -> str:
    return formats.signed(value, 1)  # a real minus sign, as on the map


def shown(journey: Journey, field: str, value: object) -> str:
    """A value as a person reads it: labels for ids, quoted excerpts for texts."""
    if value is None or value == "":
        return t("history.no_emotion") if field == "emotion" else t("history.empty")
    if field in _NUMBERS:
        return _number(value) if field == "emotion" else str(value)
    if field == "direct":
        return t("value.yes") if value else t("value.no")
    if field == "phase":
        phase = next((p for p in journey.phases if p.id == value), None)
        return phase.label() if phase else str(value)
    if field in ("channel", "device"):
        entry = (frameworks.channels() if field == "channel" else frameworks.devices()).get(str(value))
        return entry.label() if entry else str(value)
    if field == "role":
        role = next((r for r in journey.buying_group if r.id == value), None)
        return role.name if role else str(value)
    if field.endswith("_source"):
        entry = frameworks.evidence_sources().get(str(value))
        return entry.label() if entry else str(value)
    if field.endswith("_confidence"):
        key = f"evidence.confidence.{value}"
        return t(key) if has_key(key) else str(value)
    return _quoted(str(value))


def _label(field: str) -> str:
    key = f"field.{field}"
    return t(key) if has_key(key) else field


def _read(touchpoint, field: str) -> object:
    for part in ("source", "reference", "confidence"):
        for parent in ("pain_evidence", "evidence"):
            if field == f"{parent}_{part}":
                return getattr(getattr(touchpoint, parent), part)
    return getattr(touchpoint, field)


def _continuing(journey: Journey, head: str, old: str, text: str, *, anywhere: bool = False) -> Entry:
    """``text`` as an Entry; when the last history line ends where this change starts
    (same field, same value), one line from the first old value to the new one."""
    entry = Entry(text)
    last = journey.revisions[-1].changes[-1:] if journey.revisions else []
    same = last and (head in last[0] if anywhere else last[0].startswith(head))
    if same and last[0].endswith(_ARROW + old):
        entry.joined = last[0][: len(last[0]) - len(old)] + text.rsplit(_ARROW, 1)[1]
        entry.replaces = last[0]
    return entry


def field_change(journey: Journey, touchpoint_id: str, field: str, value: object) -> list[str]:
    """ "‘Chat’: emotion −1 → +2" for a touchpoint's field about to become ``value``."""
    touchpoint = next((tp for tp in journey.touchpoints if tp.id == touchpoint_id), None)
    if touchpoint is None:
        return []
    old = shown(journey, field, _read(touchpoint, field))
    new = shown(journey, field, value)
    label = _label(field)
    text = t("history.change", item=_quoted(touchpoint.name), field=label, old=old, new=new)
    # The same item's same field: a rename run is known by its field alone (the
    # item's name is what changes), any other field by the item's name too.
    if field == "name":
        return [_continuing(journey, f": {label} ", old, text, anywhere=True)]
    return [_continuing(journey, f"{_quoted(touchpoint.name)}: {label} ", old, text)]


def cell_change(journey: Journey, where: str, old: object, value: object, field: str = "text") -> list[str]:
    """ "Ideal, Tell: experience ‘…’ → ‘…’" for a canvas cell (``where`` names it)."""
    text = t("history.cell", where=where, old=shown(journey, field, old), new=shown(journey, field, value))
    return [_continuing(journey, f"{where}: ", shown(journey, field, old), text)]


def added(journey: Journey, name: str, phase: str) -> list[str]:
    return [t("history.added", item=_quoted(name), phase=shown(journey, "phase", phase))]


def deleted(journey: Journey, touchpoint_id: str) -> list[str]:
    touchpoint = next((tp for tp in journey.touchpoints if tp.id == touchpoint_id), None)
    return [t("history.deleted", item=_quoted(touchpoint.name))] if touchpoint else []


def moved(journey: Journey, touchpoint_id: str, phase: str) -> list[str]:
    touchpoint = next((tp for tp in journey.touchpoints if tp.id == touchpoint_id), None)
    if touchpoint is None:
        return []
    if touchpoint.phase == phase:
        return [
            t("history.moved_within", item=_quoted(touchpoint.name), phase=shown(journey, "phase", phase))
        ]
    old, new = shown(journey, "phase", touchpoint.phase), shown(journey, "phase", phase)
    return [t("history.change", item=_quoted(touchpoint.name), field=_label("phase"), old=old, new=new)]
