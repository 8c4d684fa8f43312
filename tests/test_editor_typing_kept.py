"""No editor writes over the cell being typed in: after a save (its own or another
notebook's), the template editor refreshes only the cells that still show
what they were given; a cell with newer typed text keeps it, keystroke for keystroke.

(In the notebook, step 6 lost the first characters of cells typed right after
tabbing in: the save of the previous cell rewrote every cell from the file.)"""

from __future__ import annotations

import asyncio

import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets import template_editor


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def journey_file(tmp_path):
    journey = Journey.new("Workshop", language="en")
    journey.touchpoints.append(Touchpoint(id="tp-1", name="Quote", phase="touch"))
    path = tmp_path / "journey.json"
    store.save(journey, path)
    return path


def _writes(area) -> list[str]:
    """Every value the kernel gives the box (what the browser is sent) from now on."""
    seen: list[str] = []
    area.observe(lambda change: seen.append(change["new"]), names="value")
    return seen


def test_a_save_leaves_the_cell_being_typed_in_alone(journey_file):
    async def scenario():
        editor = template_editor(journey_file, "current_state")
        (first, a), (second, b), (third, c) = list(editor.cells.items())[:3]
        a.value = "Lead time"  # typed; its save waits for the pause
        writes = _writes(b)
        b.value = "Teksten h"  # tabbed in and typing: the kernel has these keys, unsaved
        editor.pending.flush()  # the pause is over: both saves, in the order typed
        assert writes == ["Teksten h"]  # never rewritten to "" (the file before its save)
        b.value = "Teksten herschrijven met de werkplaats"  # typing on
        # Another notebook fills the third cell and changes the second meanwhile.
        store.edit(
            journey_file,
            lambda j: (
                j.template("current_state").cells.setdefault(third[0], {}).update({third[1]: "Elsewhere"})
            ),
            "other",
        )
        editor.session.refresh()  # saves the waiting typing first, then re-reads
        assert c.value == "Elsewhere"  # an untouched cell shows the other notebook's text
        assert b.value == "Teksten herschrijven met de werkplaats"
        grid = store.load(journey_file).templates["current_state"]
        assert grid.cell(*first) == "Lead time"
        assert grid.cell(*second) == "Teksten herschrijven met de werkplaats"

    asyncio.run(scenario())


def test_a_refresh_with_newer_typing_in_a_cell_keeps_it(journey_file):
    """Keys that reach the kernel while the file is re-read (between the flush and the
    re-read) are newer than the file: the refresh leaves them."""
    editor = template_editor(journey_file, "current_state")
    key, b = list(editor.cells.items())[1]
    b.value = "Saved text"  # no kernel loop here: saved at once
    writes = _writes(b)
    editor._muted = True  # the next keys arrive while nothing saves (mid-refresh)
    b.value = "Saved text and more"
    editor._muted = False
    store.edit(
        journey_file,
        lambda j: j.template("current_state").cells.setdefault(key[0], {}).update({key[1]: "Other"}),
        "other",
    )
    editor.sync()
    assert b.value == "Saved text and more"
    assert writes == ["Saved text and more"]
