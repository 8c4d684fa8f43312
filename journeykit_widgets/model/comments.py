"""Comment threads: a team's conversation about one card or canvas cell.

A thread belongs to an item by a stable key (``thread_key``), never by position:
cards move, phases are renamed, and the thread must stay with its item. When the
item is deleted the thread is kept (it may hold a decision nobody wrote down
elsewhere); ``model.threads.item_exists`` tells it apart, and the report lists it
under the removed items. ``label`` keeps the item's name as it was at the last comment, so
a removed item can still be named.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, field_validator
from pydantic_core import PydanticCustomError

from journeykit_widgets.model._base import JKModel, Text, _not_blank, new_id
from journeykit_widgets.model.dates import TypedDateTime
from journeykit_widgets.model.text import clean_text

__all__ = [
    "CARD_PARTS",
    "Comment",
    "CommentText",
    "Thread",
    "canvas_key",
    "card_key",
    "parse_key",
]

# The parts of a touchpoint the board shows as a card of their own (a lane's note):
# a thread on a pain point is about the pain point, not the touchpoint as a whole.
CARD_PARTS: tuple[str, ...] = ("action", "thoughts", "pain_points", "opportunities", "kpi")


# A comment of only spaces says nothing: refused like a blank name, on every way in.
CommentText = Annotated[
    str, Field(min_length=1, max_length=5000), BeforeValidator(clean_text), AfterValidator(_not_blank)
]


class Comment(JKModel):
    """One remark: who wrote it, when (UTC), what."""

    id: str = Field(default_factory=lambda: new_id("c"), min_length=1, max_length=64)
    author: Text = ""
    at: TypedDateTime
    text: CommentText


class Thread(JKModel):
    """The comments on one item, oldest first, and whether the question is settled."""

    item: str = Field(min_length=1, max_length=300)
    label: Text = ""
    comments: list[Comment] = Field(default_factory=list)
    resolved_by: Text | None = None
    resolved_at: TypedDateTime | None = None

    @field_validator("item")
    @classmethod
    def _known_kind_of_item(cls, value: str) -> str:
        if parse_key(value) is None:
            raise PydanticCustomError(
                "unknown_thread_item",
                "'{value}' names no card or canvas cell (tp:<id>[:<part>] or cell:<role>:<state>:<phase>:<lane>)",
                {"value": value[:60]},
            )
        return value

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None

    @property
    def last(self) -> Comment | None:
        return self.comments[-1] if self.comments else None


def card_key(touchpoint_id: str, part: str = "") -> str:
    """``tp:<id>`` for a touchpoint card, ``tp:<id>:<part>`` for one of its lane notes."""
    return f"tp:{touchpoint_id}:{part}" if part else f"tp:{touchpoint_id}"


def canvas_key(role: str, state: str, phase: str, lane: str) -> str:
    """``cell:<role>:<state>:<phase>:<lane>`` for a cell of a role's canvas ("" = the customer)."""
    return f"cell:{role}:{state}:{phase}:{lane}"


def parse_key(key: str) -> dict[str, str] | None:
    """The parts of a thread key, or None for a key no board makes."""
    parts = key.split(":")
    if parts[0] == "tp" and len(parts) in (2, 3) and parts[1]:
        part = parts[2] if len(parts) == 3 else ""
        if part and part not in CARD_PARTS:
            return None
        return {"kind": "card", "touchpoint": parts[1], "part": part}
    if parts[0] == "cell" and len(parts) == 5 and all(parts[2:]):
        return {"kind": "cell", "role": parts[1], "state": parts[2], "phase": parts[3], "lane": parts[4]}
    return None
