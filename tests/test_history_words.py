"""Step 6's "what changed?" in words (issue 23, point 4): history lines name the item
and the change ("‘Offerte per e-mail’: emotie +2 → −1"), for board edits and forms."""

from __future__ import annotations

from datetime import timedelta

import pytest
from _board_support import message

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.summaries import show_changes
from journeykit_widgets.widgets.board import JourneyBoard


@pytest.fixture
def path(tmp_path):
    journey = Journey.new("Offerte", language="nl")
    journey.touchpoints += [
        Touchpoint(id="tp-1", name="Offerte per e-mail", phase="sell", emotion=2, channel="email"),
        Touchpoint(id="tp-2", name="Chat", phase="care", emotion=0, thoughts="Kort"),
        Touchpoint(id="tp-3", name="Banner", phase="touch", emotion=1),
    ]
    file = tmp_path / "journey.json"
    store.save(journey, file)
    return file


def _board_does(path, *actions) -> list[str]:
    board = JourneyBoard(path)
    for seq, action in enumerate(actions, start=1):
        ack = message(board, {"type": "action", "seq": seq, "action": action})
        assert ack["ok"], ack
    return [line for revision in store.load(path).revisions for line in revision.changes]


def test_board_edits_name_the_item_and_the_change_in_the_journeys_language(path):
    lines = _board_does(
        path,
        {"op": "set", "id": "tp-1", "field": "emotion", "value": -1},
        {"op": "set", "id": "tp-2", "field": "channel", "value": "chat"},
        {"op": "add", "id": "tp-new", "name": "Webinar", "phase": "tell"},
        {"op": "move", "id": "tp-new", "phase": "care"},
        {"op": "delete", "id": "tp-3"},
    )
    assert "‘Offerte per e-mail’: emotie +2 → \u22121" in lines  # a real minus sign
    assert "‘Chat’: kanaal Overig → Chat" in lines  # labels, not ids
    assert "Nieuw contactpunt ‘Webinar’ in fase Tell" in lines
    assert "‘Webinar’: fase Tell → Care" in lines
    assert "‘Banner’ verwijderd" in lines
    assert not any(x.startswith("tp-") for x in lines)  # no card ids


def test_typing_saved_in_steps_is_one_line_from_the_old_to_the_new_text(path):
    steps = ["L", "Live", "Livechat"]
    lines = _board_does(path, *({"op": "set", "id": "tp-2", "field": "name", "value": s} for s in steps))
    assert lines[-1] == "‘Chat’: naam ‘Chat’ → ‘Livechat’"
    assert sum("naam" in x for x in lines) == 1


def test_the_same_value_on_two_cards_stays_two_lines(path):
    lines = _board_does(
        path,
        {"op": "set", "id": "tp-1", "field": "emotion", "value": 0},
        {"op": "set", "id": "tp-2", "field": "emotion", "value": 3},
    )
    assert lines[-2:] == ["‘Offerte per e-mail’: emotie +2 → 0", "‘Chat’: emotie 0 → +3"]


def test_a_later_edit_in_a_new_revision_starts_from_the_value_on_disk(path):
    _board_does(path, {"op": "set", "id": "tp-1", "field": "emotion", "value": 1})
    journey = store.load(path)
    last = journey.revisions[-1]  # an hour ago: the next edit starts a revision of its own
    journey.revisions[-1] = last.model_copy(update={"at": last.at - timedelta(hours=1)})
    store.save(journey, path)
    lines = _board_does(path, {"op": "set", "id": "tp-1", "field": "emotion", "value": 3})
    assert lines[-2:] == ["‘Offerte per e-mail’: emotie +2 → +1", "‘Offerte per e-mail’: emotie +1 → +3"]


def test_long_texts_are_cut_to_an_excerpt(path):
    long = "Waarom duurt het zo lang voordat er iemand reageert op mijn vraag over de factuur"
    lines = _board_does(path, {"op": "set", "id": "tp-2", "field": "thoughts", "value": long})
    line = lines[-1]
    assert line.startswith("‘Chat’: gedachten en gevoelens ‘Kort’ → ‘Waarom duurt")
    assert line.endswith("…’") and len(line) < len("‘Chat’: gedachten en gevoelens ‘Kort’ → ") + 45


def test_step_6_shows_the_words_and_older_entries_as_they_were(path):
    journey = store.load(path)
    # An entry written before history lines had words: summary plus a card id.
    journey.record(summary="Bord: contactpunt bewerkt", changes=["tp-5672c870"])
    store.save(journey, path)
    _board_does(path, {"op": "set", "id": "tp-1", "field": "emotion", "value": -1})
    text = show_changes(path).plain
    assert "Bord: contactpunt bewerkt: ‘Offerte per e-mail’: emotie +2 → \u22121" in text
    assert "tp-5672c870" not in text and "Bord: contactpunt bewerkt" in text


def test_english_journey_gets_english_words(tmp_path):
    journey = Journey.new("Offer", language="en")
    journey.touchpoints.append(Touchpoint(id="tp-1", name="Chat", phase="tell"))
    store.save(journey, tmp_path / "j.json")
    lines = _board_does(
        tmp_path / "j.json",
        {"op": "set", "id": "tp-1", "field": "emotion", "value": 2},
        {"op": "add", "id": "tp-2", "name": "Webinar", "phase": "tell"},
    )
    assert lines[-2:] == ["‘Chat’: emotion no emotion → +2", "New touchpoint ‘Webinar’ in phase Tell"]


def test_forms_write_the_same_words_in_the_users_language(path):
    from journeykit_widgets.i18n import language
    from journeykit_widgets.model.errors import field_label
    from journeykit_widgets.widgets import priority_editor

    with language("nl"):
        form = priority_editor(path)
        form.list.select.value = "tp-1"
        form.form.inputs["importance"].value = 5
        form.form.pending.flush()
        importance = field_label("importance")
    lines = [line for revision in store.load(path).revisions for line in revision.changes]
    assert f"‘Offerte per e-mail’: {importance} 3 → 5" in lines


def test_canvas_cells_on_the_board_are_described_with_their_place(path):
    from journeykit_widgets.widgets.board import CanvasBoard

    board = CanvasBoard(path)
    cell = {"op": "cell", "state": "ideal", "phase": "sell", "lane": "experience"}
    for seq, text in enumerate(["Snel", "Snel antwoord"], start=1):
        message(board, {"type": "action", "seq": seq, "action": {**cell, "value": text}})
    lines = store.load(path).revisions[-1].changes
    assert len(lines) == 1 and lines[0].endswith(": (leeg) → ‘Snel antwoord’")
    assert "Sell" in lines[0]
