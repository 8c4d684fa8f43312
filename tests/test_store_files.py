"""Journey files on disk: loss-free round trip, atomic saves under SIGKILL, backups,
readable errors for damaged files, and recovery."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from _store_fixtures import rich_journey
from hypothesis import given, settings
from hypothesis import strategies as st

from journeykit_widgets.i18n import language
from journeykit_widgets.model import CanvasColumn, Journey, Touchpoint
from journeykit_widgets.model.evidence import Evidence
from journeykit_widgets.model.text import clean_text
from journeykit_widgets.samples import open_journey
from journeykit_widgets.store import (
    JourneyFileError,
    backup_dir,
    backups,
    load,
    recover,
    save,
    to_json,
)


def _temp_files(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f".{name}.*.tmp"))


# ----------------------------------------------------------------------------- round trip
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_full_journey_round_trip_is_loss_free(tmp_path, lang):
    journey = rich_journey(lang, touchpoints=20)
    path = save(journey, tmp_path / "j.json")
    again = load(path)
    assert again == journey
    assert to_json(again) == path.read_text("utf-8")  # stable text: a second save changes nothing
    assert "Café, reünie" in path.read_text("utf-8")  # readable UTF-8, not \u escapes


def test_sample_files_round_trip(tmp_path):
    data = Path(__file__).resolve().parent.parent / "data"
    files = sorted(data.glob("*.json"))
    for source in files:
        journey = load(source)
        assert load(save(journey, tmp_path / source.name)) == journey, source.name


def test_open_journey_creates_the_file_once(tmp_path):
    path = tmp_path / "workspace" / "mine.json"
    first = open_journey(path, language="nl")
    assert path.exists() and first.language == "nl"
    first.touchpoints.append(Touchpoint(name="Banner", phase="touch"))
    save(first, path)
    assert open_journey(path).touchpoints[0].name == "Banner"  # existing file is loaded, not replaced


# ----------------------------------------------------------------------------- atomic saves
def _save_forever(target: Path, journeys: list[Journey], ready, took) -> None:  # runs in the forked child
    # Fault injection: a slow disk. The time between writing the temporary file and
    # renaming it over the journey file is the dangerous window; widening it makes
    # the kills below land inside it often, instead of by rare luck.
    real_fsync = os.fsync

    def slow_fsync(fd: int) -> None:
        real_fsync(fd)
        time.sleep(0.02)

    os.fsync = slow_fsync
    n = 0
    try:
        while True:
            start = time.perf_counter()
            save(journeys[n % 2], target, keep=3)
            if n == 0:
                took.value = time.perf_counter() - start  # how long one save takes on this machine now
                ready.set()
            n += 1
    finally:
        os._exit(1)  # never return into pytest in the child


@pytest.mark.skipif(
    not hasattr(signal, "SIGKILL") or sys.platform == "win32", reason="needs fork and SIGKILL"
)
def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_file(tmp_path):
    """A participant's kernel can die mid-save; the file must never be half written."""
    import multiprocessing

    context = multiprocessing.get_context("fork")  # starts in milliseconds, shares the built journeys
    old = rich_journey("en", touchpoints=300).revalidated()
    new = old.model_copy(update={"title": "Second version"}, deep=True)
    new.touchpoints[5].name = "changed"
    new = new.revalidated()
    texts = {to_json(old), to_json(new)}
    target = tmp_path / "work" / "journey.json"
    save(old, target, keep=3)

    rng = random.Random(20261122)
    # Rounds are counted, not timed: on a loaded machine a round takes longer, and
    # the test still runs every round it needs.
    rounds = in_flight = 0
    while (rounds < 8 or in_flight < 3) and rounds < 60:
        ready, took = context.Event(), context.Value("d", 0.0)
        proc = context.Process(target=_save_forever, args=(target, [old, new], ready, took), daemon=True)
        proc.start()
        try:
            assert ready.wait(120), "the saving process did not start"
            # The kill lands at a random moment of the next save or two, measured in
            # this process's own save time, so a loaded machine moves it along.
            time.sleep(rng.uniform(0.0, 2 * took.value))
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.join(10)
        rounds += 1
        assert proc.exitcode == -signal.SIGKILL
        assert target.read_text("utf-8") in texts, f"round {rounds}: the file is neither version"
        assert load(target) in (old, new)
        left = _temp_files(target.parent, target.name)
        # At most the one temporary file of the save that was in flight.
        assert len(left) <= 1, left
        in_flight += len(left)
    assert rounds >= 8
    assert in_flight >= 1, "no kill landed inside a save; the test did not test anything"

    # A later save ignores and removes what the killed processes left behind.
    final = old.model_copy(update={"title": "After the crash"})
    save(final, target)
    assert load(target).title == "After the crash"
    assert _temp_files(target.parent, target.name) == []
    assert all(load(b) in (old, new) for b in backups(target))
    assert list(backup_dir(target).glob(".*.tmp")) == []  # killed backup copies were cleaned up


def test_stale_temporary_files_of_dead_processes_are_removed_live_ones_kept(tmp_path):
    target = tmp_path / "j.json"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".j.json.{dead.pid}.abc123_x.tmp"
    mine = tmp_path / f".j.json.{os.getpid()}.zzzzzzzz.tmp"
    other_file = tmp_path / f".j.json.bak.{dead.pid}.abc123_x.tmp"  # belongs to another file name
    for path in (stale, mine, other_file):
        path.write_text("{", "utf-8")
    save(Journey.new("A"), target)
    assert not stale.exists()
    assert mine.exists(), "a save in flight in a live process (this one) must not be touched"
    assert other_file.exists()


# ----------------------------------------------------------------------------- backups
def test_backups_keep_the_last_n_versions_newest_first(tmp_path):
    path = tmp_path / "j.json"
    journey = Journey.new("Version 0")
    for i in range(7):
        journey = journey.model_copy(update={"title": f"Version {i}"})
        save(journey, path, keep=4)
        time.sleep(0.002)  # backup names carry a microsecond time stamp
    found = backups(path)
    assert len(found) == 4
    assert [load(b).title for b in found] == ["Version 5", "Version 4", "Version 3", "Version 2"]
    assert found[0].parent == backup_dir(path) and backup_dir(path).name == ".j.json.backups"


def test_saving_an_unchanged_journey_makes_no_backup(tmp_path):
    path = tmp_path / "j.json"
    journey = Journey.new("Same")
    save(journey, path)
    save(journey, path)
    save(journey, path)
    assert backups(path) == []


def test_an_invalid_journey_is_not_saved_and_the_file_is_untouched(tmp_path):
    path = tmp_path / "j.json"
    journey = Journey.new("Good")
    save(journey, path)
    before = path.read_bytes()
    journey.touchpoints.append(Touchpoint(name="x", phase="touch"))
    journey.touchpoints[0].phase = "nowhere"  # only the journey-level check sees this
    with pytest.raises(ValueError, match="nowhere"):
        save(journey, path)
    assert path.read_bytes() == before


# ----------------------------------------------------------------------------- damaged files
def _damaged(tmp_path: Path, content: bytes, name: str = "broken.json") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_truncated_file_names_the_file_line_and_column(tmp_path):
    text = to_json(rich_journey("en"))
    path = _damaged(tmp_path, text[: len(text) // 2].encode("utf-8"))
    with pytest.raises(JourneyFileError) as caught:
        load(path)
    error = caught.value
    assert error.path == path and str(path) in str(error)
    assert error.line and error.line > 10 and error.column
    assert f"line {error.line}, column {error.column}" in str(error)
    assert "damaged" in str(error)


def test_empty_and_blank_files(tmp_path):
    for content in (b"", b"  \n\n"):
        with pytest.raises(JourneyFileError, match="empty") as caught:
            load(_damaged(tmp_path, content))
        assert caught.value.path.name == "broken.json"


def test_non_utf8_file_names_the_line_and_column_of_the_bad_byte(tmp_path):
    text = to_json(Journey.new("Caf\u00e9")).replace("Café", "CAFE_MARK")
    raw = text.encode("utf-8").replace(b"CAFE_MARK", b"Caf\xe9")  # Latin-1 é, as Notepad might save
    line = text[: text.index("CAFE_MARK")].count("\n") + 1
    with pytest.raises(JourneyFileError, match="not UTF-8") as caught:
        load(_damaged(tmp_path, raw))
    assert caught.value.line == line
    assert caught.value.column == len('  "title": "Caf') + 1


def test_not_json_and_not_a_journey(tmp_path):
    with pytest.raises(JourneyFileError) as caught:
        load(_damaged(tmp_path, b"title: my journey\n"))
    assert (caught.value.line, caught.value.column) == (1, 1)
    with pytest.raises(JourneyFileError, match="not a journey file"):
        load(_damaged(tmp_path, b"[1, 2, 3]"))


def test_a_journey_with_wrong_values_names_the_place_in_english_and_dutch(tmp_path):
    data = json.loads(to_json(rich_journey("en")))
    data["touchpoints"][2]["emotion"] = 9
    path = _damaged(tmp_path, json.dumps(data).encode("utf-8"))
    with pytest.raises(JourneyFileError, match=r"Touchpoint 3, emotion: must be between -3 and \+3, got 9"):
        load(path)
    with (
        language("nl"),
        pytest.raises(JourneyFileError, match=r"Contactpunt 3, emotie: moet tussen -3 en \+3"),
    ):
        load(path)


def test_missing_file(tmp_path):
    with pytest.raises(JourneyFileError, match="not found"):
        load(tmp_path / "nope.json")


# ----------------------------------------------------------------------------- recovery
def test_recover_restores_the_newest_good_backup_and_keeps_the_broken_file(tmp_path):
    path = tmp_path / "j.json"
    for title in ("one", "two", "three"):
        save(Journey.new(title), path)
        time.sleep(0.002)
    path.write_bytes(b'{"title": "thr')  # damaged, e.g. by a full disk
    newest, older = backups(path)[:2]
    newest.write_text("{ broken", "utf-8")  # the newest backup is damaged too

    used = recover(path)
    assert used == older
    assert load(path).title == "one"
    corrupt = list(tmp_path.glob("j.json.*.corrupt"))
    assert len(corrupt) == 1 and corrupt[0].read_bytes() == b'{"title": "thr'

    path.write_bytes(b"")  # damaged again at once: the first damaged copy is not overwritten
    recover(path)
    assert len(list(tmp_path.glob("j.json.*.corrupt"))) == 2


def test_recover_without_a_good_backup_fails_and_changes_nothing(tmp_path):
    path = _damaged(tmp_path, b"{", "j.json")
    with pytest.raises(JourneyFileError, match="no backup"):
        recover(path)
    assert path.read_bytes() == b"{"
    assert not list(tmp_path.glob("*.corrupt"))


@settings(max_examples=30, deadline=None)
@given(
    # Texts as the model keeps them (model.text cleans control characters where text
    # comes in; model_copy below does not validate, so the drawn text must be clean).
    texts=st.lists(st.text(max_size=60).map(clean_text), min_size=6, max_size=6),
    # A name must hold more than white space (the model refuses " "; tested elsewhere).
    name=st.text(min_size=1, max_size=80).map(clean_text).filter(str.strip),
    number=st.floats(allow_nan=False, allow_infinity=False),
    emotion=st.integers(-3, 3),
)
def test_property_any_text_and_numbers_survive_save_and_load(texts, name, number, emotion):
    journey = rich_journey("nl")
    journey.objective = texts[0]
    journey.personas[0].quote = texts[1]
    journey.touchpoints[0] = journey.touchpoints[0].model_copy(
        update={
            "name": name,
            "thoughts": texts[2],
            "evidence": Evidence(reference=texts[3]),
            "emotion": emotion,
        }
    )
    journey.kpis[0].target = number
    journey.templates["day_in_life"].cells["think_feel"]["afternoon"] = texts[4]
    journey.canvas("").current["interest"] = CanvasColumn(experience=texts[5], score=1)
    with tempfile.TemporaryDirectory() as folder:
        again = load(save(journey, Path(folder) / "j.json"))
    assert again == journey


def test_the_file_text_stays_indented_json_in_the_models_field_order():
    """Saving writes with pydantic's serializer (the faster path every edit takes);
    the text must stay what people diff and other programs read: the model's field
    order, two-space indents, letters as they are (no \\u escapes), one final newline."""
    journey = rich_journey("nl")
    journey.objective = 'Één "klantreis" — met é, ß, 日本, \\ en een tab\there'
    journey.kpis[0].target = 12.5
    text = to_json(journey)
    assert text == json.dumps(journey.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    assert "Één" in text and "日本" in text and '\n  "' in text
