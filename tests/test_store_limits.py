"""A journey file has a size limit, checked before anything is parsed, and a message
quotes at most a short excerpt of a value: a 200 MB hand-in or a 1 MB value in a
field gives one short sentence, never a machine out of memory or a 1 MB message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _board_support import message

from journeykit_widgets import collect, store
from journeykit_widgets.cli import main
from journeykit_widgets.i18n import language
from journeykit_widgets.i18n.quote import excerpt
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.samples import load_sample
from journeykit_widgets.store import JourneyFileError, load, recover, save, to_json
from journeykit_widgets.store import files as store_files
from journeykit_widgets.store.reading import MAX_FILE_BYTES

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

MB = 1_000_000


def _sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that costs no disk (a hole), starting like a journey."""
    with open(path, "wb") as handle:
        handle.write(b'{"title": "huge"')
        handle.truncate(size)
    return path


@pytest.fixture
def never_parsed(monkeypatch):
    """Fails the test when any journey text reaches the JSON parser."""
    calls = []

    def spy(*args, **kwargs):
        calls.append(args)
        raise AssertionError("a file over the size limit was parsed")

    # Every reader hands the file's text to ``store.files.loads``, which parses it.
    monkeypatch.setattr(store_files, "loads", spy)
    return calls


def test_an_oversized_file_is_refused_before_parsing_naming_file_size_and_limit(tmp_path, never_parsed):
    path = _sparse(tmp_path / "team.json", 200 * MB)
    with pytest.raises(JourneyFileError) as caught:
        load(path)
    text = str(caught.value)
    assert str(path) in text and "200.0 MB" in text and "10 MB" in text
    assert not never_parsed
    with language("nl"), pytest.raises(JourneyFileError, match=r"200,0 MB, groter dan de 10 MB"):
        load(path)


def test_the_limit_is_exact_and_a_file_growing_past_it_is_still_refused(tmp_path):
    text = to_json(Journey.new("Padded")).encode("utf-8")
    path = tmp_path / "padded.json"
    path.write_bytes(text + b" " * (MAX_FILE_BYTES - len(text)))
    assert load(path).title == "Padded"  # exactly at the limit: read
    with open(path, "ab") as handle:
        handle.write(b" ")
    with pytest.raises(JourneyFileError, match="more than the 10 MB"):
        load(path)


def test_validate_collect_board_and_recover_use_the_same_check(tmp_path, capsys, never_parsed):
    folder = tmp_path / "handin"
    folder.mkdir()
    huge = _sparse(folder / "huge.json", 200 * MB)
    assert main(["validate", str(huge)]) == 1
    err = capsys.readouterr().err
    assert "huge.json" in err and "200.0 MB" in err and len(err) < 500

    collection = collect.read_folder(folder)
    assert not collection.teams
    [skipped] = collection.left_out
    assert skipped.path == huge and "200.0 MB" in skipped.reason and "10 MB" in skipped.reason

    from journeykit_widgets.widgets.board import JourneyBoard

    board = JourneyBoard(huge)
    assert "200.0 MB" in board.view["error"]

    with pytest.raises(JourneyFileError, match="backup"):
        recover(huge)
    assert not never_parsed


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read as Linux shows it")
def test_collect_over_a_200_mb_hand_in_stays_small(tmp_path):
    folder = tmp_path / "handin"
    folder.mkdir()
    save(load_sample("airline", "en"), folder / "team.json")
    _sparse(folder / "huge.json", 200 * MB)
    # VmHWM: the peak of this process's own memory (getrusage's maxrss would include
    # the pytest process it was forked from, which keeps it across exec).
    probe = (
        "import re, sys\n"
        "from journeykit_widgets.cli import main\n"
        f"code = main(['collect', {str(folder)!r}])\n"
        "status = open('/proc/self/status').read()\n"
        "print(re.search(r'VmHWM:\\s+(\\d+)', status).group(1), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, "MPLBACKEND": "Agg"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "1 journeys read" in result.stdout
    assert "huge.json: the file is 200.0 MB" in result.stdout
    peak_mb = int(result.stderr.strip().splitlines()[-1]) / 1024  # Linux reports KiB
    # About 80 MB with or without the big file; reading it whole took 430 MB (sparse)
    # and parsing a real 200 MB hand-in 1.9 GB.
    assert peak_mb < 200, f"collect peaked at {peak_mb:.0f} MB"


def test_a_save_that_would_pass_the_limit_is_refused_so_every_file_still_loads(tmp_path):
    journey = Journey.new("Full", language="en")
    text = "x" * 5000  # the longest text a field takes
    journey.touchpoints = [
        Touchpoint(id=f"tp-{i}", name="n", phase="touch", action=text, thoughts=text) for i in range(1100)
    ]
    path = tmp_path / "full.json"
    with pytest.raises(JourneyFileError, match="more than the 10 MB"):
        save(journey, path)
    assert not path.exists()


def _validate_message(tmp_path: Path, capsys, change) -> str:
    data = json.loads(to_json(load_sample("airline", "en")))
    change(data)
    path = tmp_path / "j.json"
    path.write_text(json.dumps(data), "utf-8")
    assert main(["validate", str(path)]) == 1
    return capsys.readouterr().err


BIG = "x\x1b" * 500_000  # 1 MB, with escape characters that must not reach the terminal


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["touchpoints"][0].__setitem__("emotion", BIG),
        lambda d: d["touchpoints"][0].__setitem__("channel", BIG),
        lambda d: d["touchpoints"][0].__setitem__("importance", [BIG, BIG]),
        lambda d: d.__setitem__("phase_model", BIG),
        lambda d: d.__setitem__(BIG, 1),
        lambda d: d["revisions"][0].__setitem__("at", BIG),
    ],
    ids=["emotion", "channel", "list", "phase_model", "unknown_key", "date"],
)
def test_validate_quotes_a_1_mb_value_as_a_short_excerpt(tmp_path, capsys, change):
    err = _validate_message(tmp_path, capsys, change)
    assert "1 problem in" in err
    assert len(err) < 600 and "\x1b" not in err
    assert err.count("\\x1b") < 40  # quoted, escaped and cut, never pasted whole


@pytest.mark.parametrize(
    "action",
    [
        {"op": "set", "id": "tp-1", "field": "emotion", "value": BIG},
        {"op": "set", "id": "tp-1", "field": "channel", "value": BIG},
        {"op": "set", "id": "tp-1", "field": BIG, "value": 1},
        {"op": BIG},
        {"op": "restore", "touchpoint": {"id": "tp-5", "name": "n", "phase": "touch", BIG: 1}},
    ],
    ids=["emotion", "channel", "field", "op", "unknown_key"],
)
def test_the_board_answers_a_1_mb_value_briefly(tmp_path, action):
    from journeykit_widgets.widgets.board import JourneyBoard

    journey = Journey.new("Board", language="en")
    journey.touchpoints.append(Touchpoint(id="tp-1", name="Banner", phase="touch"))
    path = tmp_path / "b.json"
    save(journey, path)
    board = JourneyBoard(path)
    ack = message(board, {"type": "action", "seq": 1, "action": action})
    assert ack["ok"] is False and ack["problems"]
    assert len(json.dumps(ack)) < 800


def test_excerpt_keeps_short_values_and_cuts_long_ones_cheaply():
    assert excerpt("tel") == "tel" and excerpt(7) == 7 and excerpt(None) is None
    assert excerpt("x" * 100, 10) == "x" * 9 + "…"
    assert "{v!r}".format(v=excerpt("a\x1bb" * 100, 10)) == "'a\\x1bba\\x1bba\\x1bb…'"
    assert len(str(excerpt(list(range(10**6))))) <= 60
    assert len(str(excerpt({"k": "v" * 10**6}))) <= 60
    assert store.MAX_FILE_BYTES == MAX_FILE_BYTES
