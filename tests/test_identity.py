"""Who is editing: every edit in a journey's history carries the name of the person."""

from __future__ import annotations

import os
import pwd

import pytest

from journeykit_widgets import store
from journeykit_widgets.identity import current_author, set_author, settings_file
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets.board import JourneyBoard
from journeykit_widgets.widgets.board.protocol import PROTOCOL_VERSION


@pytest.fixture(autouse=True)
def _no_outside_names(monkeypatch, tmp_path):
    """Each test decides which sources of a name exist."""
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.delenv("JOURNEYKIT_AUTHOR", raising=False)
    monkeypatch.setenv("JOURNEYKIT_SETTINGS", str(tmp_path / "config" / "settings.json"))


def test_the_hub_user_wins_over_every_other_name(monkeypatch):
    set_author("Someone Else")
    monkeypatch.setenv("JOURNEYKIT_AUTHOR", "Also Not")
    monkeypatch.setenv("JUPYTERHUB_USER", "ann")
    assert current_author() == "ann"


def test_a_chosen_name_counts_off_the_hub(monkeypatch):
    monkeypatch.setenv("JOURNEYKIT_AUTHOR", "  Bob   de  Vries ")
    assert current_author() == "Bob de Vries"
    monkeypatch.delenv("JOURNEYKIT_AUTHOR")
    written = set_author("Cas")
    assert written == settings_file() and written.is_file()
    assert current_author() == "Cas"


def test_without_a_choice_the_accounts_name_counts():
    account = pwd.getpwuid(os.getuid())
    full = account.pw_gecos.split(",")[0].strip()
    assert current_author() == (full or account.pw_name)


def test_clearing_the_choice_brings_back_the_accounts_name():
    account = current_author()
    set_author("Dana")
    assert current_author() == "Dana"
    set_author("")
    assert current_author() == account


def test_a_damaged_settings_file_does_not_stop_editing():
    settings_file().parent.mkdir(parents=True)
    settings_file().write_text("{not json", "utf-8")
    assert current_author()  # the account's name, no traceback
    set_author("Eva")  # and saving a name repairs it
    assert current_author() == "Eva"


def test_a_pasted_text_is_not_a_name(monkeypatch):
    monkeypatch.setenv("JOURNEYKIT_AUTHOR", "x" * 5000 + "\nline two")
    assert len(current_author()) <= 60 and "\n" not in current_author()


def test_every_board_edit_in_the_history_carries_its_author(monkeypatch, tmp_path):
    monkeypatch.setenv("JUPYTERHUB_USER", "ann")
    journey = Journey.new("Authors", language="en")
    journey.touchpoints.append(Touchpoint(id="tp-1", name="Banner", phase="touch"))
    path = tmp_path / "team.json"
    store.save(journey, path)
    board = JourneyBoard(path)
    board.send = lambda content: None
    board._on_message(
        board,
        {
            "type": "action",
            "v": PROTOCOL_VERSION,
            "seq": 1,
            "action": {"op": "add", "id": "tp-2", "name": "App", "phase": "tell"},
        },
        [],
    )
    last = store.load(path).revisions[-1]
    assert last.author == "ann"


def test_an_edit_from_a_form_carries_its_author_too(monkeypatch, tmp_path):
    from journeykit_widgets.widgets import session_for

    monkeypatch.setenv("JOURNEYKIT_AUTHOR", "Bob")
    path = store.save(Journey.new("Forms", language="en"), tmp_path / "forms.json")
    problems = session_for(path).apply(lambda journey: setattr(journey, "title", "Renamed"), "renamed")
    assert problems == []
    assert store.load(path).revisions[-1].author == "Bob"
