"""Typed text is cleaned where it enters the model: what validates can be drawn,
printed and stored by every program the kit hands it to (issue 22)."""

from __future__ import annotations

import json

import pytest

from journeykit_widgets.i18n import language
from journeykit_widgets.model import (
    Canvas,
    CanvasColumn,
    Journey,
    JourneyValidationError,
    Touchpoint,
    parse_journey,
)
from journeykit_widgets.store import edit, load, save

# Each control character the issue names, as people paste it.
LINE_BREAKS = {"CR LF": "\r\n", "lone CR": "\r", "vertical tab": "\x0b", "form feed": "\x0c", "LS": "\u2028"}
REMOVED = {
    "NUL": "\x00",
    "ESC": "\x1b",
    "DEL": "\x7f",
    "BEL": "\x07",
    "C1": "\x9b",
    "U+FFFE": "\ufffe",
    "U+FFFF": "\uffff",
    "lone surrogate": "\ud83d",
    "plane-1 non-character": "\U0001fffe",
}


@pytest.mark.parametrize("char", LINE_BREAKS.values(), ids=LINE_BREAKS.keys())
def test_a_pasted_line_break_becomes_a_newline(char):
    point = Touchpoint(name="Offerte", phase="sell", thoughts=f"eerste{char}tweede")
    assert point.thoughts == "eerste\ntweede"


@pytest.mark.parametrize("char", REMOVED.values(), ids=REMOVED.keys())
def test_an_invisible_character_is_removed_from_names_and_notes(char):
    point = Touchpoint(name=f"Fiets{char}en 🚲", phase="touch", pain_points=f"a{char}b")
    assert (point.name, point.pain_points) == ("Fietsen 🚲", "ab")


def test_tabs_newlines_emoji_and_other_scripts_are_kept():
    text = "中文\tالعميل\nग्राहक ลูกค้า 👩‍💻 👍🏽 \ue000"
    assert Touchpoint(name="x", phase="touch", thoughts=text).thoughts == text


def test_assignment_is_cleaned_too():
    """Forms and the board assign to a loaded journey: the same rule holds there."""
    point = Touchpoint(name="x", phase="touch")
    point.name = "Chat\x0bsupport\x00"
    assert point.name == "Chat\nsupport"


def test_text_in_dict_cells_and_history_is_cleaned():
    canvas = Canvas(ideal={"awareness": CanvasColumn(customer_process="zoekt\x00 online\r\n")})
    assert canvas.ideal["awareness"].customer_process == "zoekt online\n"
    journey = Journey.new("T")
    journey.revisions[0].changes = ["a\x1bb"]
    assert journey.revisions[0].changes == ["ab"]


@pytest.mark.parametrize("lang, word", [("en", "Touchpoint 1"), ("nl", "Contactpunt 1")])
def test_a_name_of_only_control_characters_is_refused_naming_the_field(lang, word):
    with language(lang), pytest.raises(JourneyValidationError) as info:
        parse_journey(
            {
                **Journey.new("T").model_dump(mode="json"),
                "touchpoints": [{"name": "\x00\x1b", "phase": "touch"}],
            }
        )
    assert word in str(info.value)
    assert "\x00" not in str(info.value)


def test_a_hand_edited_file_with_control_characters_loads_clean_and_saves_clean(tmp_path):
    path = tmp_path / "j.json"
    save(Journey.new("Reis"), path)
    data = json.loads(path.read_text("utf-8"))
    data["touchpoints"] = [
        {
            "id": "tp-1",
            "name": "Bel\u0007 ons\u000b nu",
            "phase": "touch",
            "thoughts": "lone \ud83d surrogate",
        }
    ]
    path.write_text(json.dumps(data), "utf-8")  # json.dumps escapes them as \\u0007 etc.
    journey = load(path)
    assert (journey.touchpoints[0].name, journey.touchpoints[0].thoughts) == (
        "Bel ons\n nu",
        "lone  surrogate",
    )
    save(journey, path)
    text = path.read_text("utf-8")  # a lone surrogate could not even be written as UTF-8
    assert "\\u0007" not in text and "\\ud83d" not in text


def test_edit_cleans_what_a_change_sets(tmp_path):
    path = tmp_path / "j.json"
    journey = Journey.new("Reis")
    journey.touchpoints = [Touchpoint(id="tp-1", name="Chat", phase="touch")]
    save(journey, path)
    problems = edit(path, lambda j: setattr(j.touchpoint("tp-1"), "name", "Chat\x0bbot\x00"), "rename")
    assert problems == []
    assert load(path).touchpoint("tp-1").name == "Chat\nbot"
