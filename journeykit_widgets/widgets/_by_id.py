"""Delete and undo-delete of a list item by its id, as changes for the locked edit path.

Editors of lists (touchpoints, owned actions …) delete the item a person selected,
found by id in the file as it is *now* (another notebook may have reordered the
list), and an undo puts it back after the item it followed. Both are changes to
pass to ``Editor.apply``; ``place`` carries where the deleted item stood.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from journeykit_widgets.model import new_id

if TYPE_CHECKING:  # pragma: no cover
    from journeykit_widgets.model import Journey

Items = Callable[["Journey"], list]


def remove(items: Items, item_id: str, place: dict) -> Callable[[Journey], None]:
    """A change that deletes ``item_id`` from ``items(journey)`` and records the id
    before it in ``place["after"]`` (None: it was first). A ValueError when it is
    gone already: nothing is deleted, and the editor says so."""

    def change(journey: Journey) -> None:
        listed = items(journey)
        ids = [item.id for item in listed]
        index = ids.index(item_id)
        place["after"] = ids[index - 1] if index > 0 else None
        del listed[index]

    return change


def restore(items: Items, after: str | None, saved: dict, build: Callable, prefix: str) -> Callable:
    """A change that puts ``saved`` (a model dump) back after ``after``: first when
    ``after`` is None, last when that item is gone. A fresh id when its own was
    taken in the meantime; ``saved["id"]`` is updated to the id it got."""

    def change(journey: Journey) -> None:
        listed = items(journey)
        ids = [item.id for item in listed]
        if saved["id"] in ids:
            saved["id"] = new_id(prefix)
        index = ids.index(after) + 1 if after in ids else (0 if after is None else len(ids))
        listed.insert(index, build(**saved))

    return change
