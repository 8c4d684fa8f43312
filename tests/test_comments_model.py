"""Comment threads in the journey (schema version 3): the model, old files, the edit path."""

from __future__ import annotations

import json
import multiprocessing
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journeykit_widgets.i18n import language
from journeykit_widgets.model import SCHEMA_VERSION, Journey, JourneyValidationError, parse_journey
from journeykit_widgets.model.comments import canvas_key, card_key
from journeykit_widgets.model.threads import add_comment, item_exists, item_label, reopen, resolve, thread_of
from journeykit_widgets.store import apply_edit, load, save
from journeykit_widgets.widgets.board.comment_actions import comment_change

DATA = Path(__file__).resolve().parent / "data"
V1_FILE = DATA / "airline.v1.en.json"
V2_FILE = DATA / "airline.v2.en.json"  # the airline sample as schema version 2 wrote it
AT = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(("old", "version"), [(V1_FILE, 1), (V2_FILE, 2)])
def test_an_older_file_loads_with_no_comments_and_saves_as_version_3(tmp_path, old, version):
    data = json.loads(old.read_text("utf-8"))
    assert data["schema_version"] == version and SCHEMA_VERSION == 3
    path = Path(shutil.copy(old, tmp_path / "old.json"))
    journey = load(path)
    assert journey.comments == [] and journey.title == data["title"]
    assert len(journey.touchpoints) == len(data["touchpoints"])
    if version == 2:  # nothing but the number changes
        dumped = journey.model_dump(mode="json", exclude={"comments", "votes", "schema_version"})
        assert dumped == {k: v for k, v in data.items() if k != "schema_version"}
    assert path.read_text("utf-8") == old.read_text("utf-8")  # loading never writes
    again = load(save(journey, path))
    assert json.loads(path.read_text("utf-8"))["schema_version"] == 3 and again == journey


def _journey() -> Journey:
    return parse_journey(json.loads(V2_FILE.read_text("utf-8")))


def test_a_thread_keeps_author_time_text_and_its_resolution_through_a_save(tmp_path):
    journey = _journey()
    tp = journey.touchpoints[0]
    key = card_key(tp.id, "pain_points")
    add_comment(journey, key, "Is this measured?", author="Ann", at=AT, label="x")
    add_comment(journey, key, "Yes, in March", author="Bo", at=AT)
    resolve(journey, key, by="Ann", at=AT)
    again = load(save(journey, tmp_path / "j.json"))
    thread = thread_of(again, key)
    assert [(c.author, c.text) for c in thread.comments] == [
        ("Ann", "Is this measured?"),
        ("Bo", "Yes, in March"),
    ]
    assert thread.comments[0].at == AT and thread.resolved and thread.resolved_by == "Ann"
    reopen(again, key)
    assert not thread_of(again, key).resolved
    # A new comment on a resolved thread opens it again: someone has more to say.
    resolve(again, key, by="Ann", at=AT)
    add_comment(again, key, "Not for the app, though", author="Cy", at=AT)
    assert not thread_of(again, key).resolved


def test_a_thread_outlives_its_deleted_card_and_still_names_it():
    journey = _journey()
    tp = journey.touchpoints[0]
    key = card_key(tp.id)
    add_comment(journey, key, "Why here?", author="Ann", at=AT, label=item_label(journey, card_key(tp.id)))
    journey.touchpoints.remove(tp)
    journey = journey.revalidated()
    assert not item_exists(journey, key)
    assert thread_of(journey, key).comments[0].text == "Why here?"
    assert item_label(journey, key) == tp.name


def test_canvas_cell_labels_are_in_the_journeys_language():
    journey = _journey()
    phase = journey.phases[1]
    key = canvas_key("", "ideal", phase.id, "experience")
    assert item_exists(journey, key)
    assert item_label(journey, key, "nl") == f"ideale situatie · {phase.label('nl')} · ervaring"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_second_thread_on_one_item_or_an_unknown_key_is_named_not_a_traceback(lang):
    data = json.loads(V2_FILE.read_text("utf-8"))
    thread = {"item": "tp:x", "comments": []}
    words = {"en": ("used twice", "names no card"), "nl": ("twee keer", "geen kaart")}[lang]
    with language(lang), pytest.raises(JourneyValidationError) as info:
        parse_journey({**data, "comments": [thread, thread]})
    assert "tp:x" in str(info.value) and words[0] in str(info.value)
    with language(lang), pytest.raises(JourneyValidationError) as info:
        parse_journey({**data, "comments": [{"item": "map:whatever"}]})
    assert "map:whatever" in str(info.value) and words[1] in str(info.value)


def _comment_many(path: str, who: str, barrier, n: int) -> None:
    barrier.wait()  # both writers start together
    for i in range(n):
        action = {"op": "comment", "item": "tp:tp-both", "text": f"{who} {i}", "author": who}
        apply_edit(path, comment_change(action), "comment", author=who)


def test_two_people_commenting_at_once_both_land(tmp_path):
    journey = _journey()
    path = tmp_path / "shared.json"
    save(journey, path)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    writers = [
        context.Process(target=_comment_many, args=(str(path), who, barrier, 8)) for who in ("Ann", "Bo")
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
        assert writer.exitcode == 0
    texts = [c.text for c in thread_of(load(path), "tp:tp-both").comments]
    assert sorted(texts) == sorted([f"{who} {i}" for who in ("Ann", "Bo") for i in range(8)])
