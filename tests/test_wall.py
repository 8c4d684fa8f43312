"""The wall view: a team's map for the projector, read-only, live from the file."""

from __future__ import annotations

import pytest

import journeykit_widgets as jk
from journeykit_widgets import store
from journeykit_widgets.model import Touchpoint
from journeykit_widgets.room import start_timer
from journeykit_widgets.samples import load_sample


@pytest.fixture
def path(tmp_path):
    return store.save(load_sample("airline", "nl"), tmp_path / "team-a" / "journey.json")


def test_the_wall_shows_the_teams_map_in_its_language(path):
    wall = jk.wall(path)
    assert [p["id"] for p in wall.view["phases"]] == [p.id for p in store.load(path).phases]
    assert wall.view["title"] == store.load(path).title
    assert wall.view["wall"]["next"] == "Volgende fase (→)"
    assert len(wall.view["cards"]) == len(store.load(path).touchpoints)


def test_a_change_a_member_saves_shows_on_the_wall(path):
    wall = jk.wall(path)
    store.apply_edit(
        path, lambda j: j.touchpoints.append(Touchpoint(id="tp-wall", name="Muur", phase="touch")), "added"
    )
    wall.session.refresh()  # the kernel's watcher does this every second
    assert "Muur" in [c["name"] for c in wall.view["cards"]]


def test_the_wall_never_writes_the_file(path):
    before = path.read_bytes()
    wall = jk.wall(path)
    wall._on_message(wall, {"type": "action", "action": {"op": "delete", "id": "x"}}, [])
    wall.send = lambda content: None
    wall.tick()
    assert path.read_bytes() == before


def test_a_missing_team_file_is_named_not_made(tmp_path):
    wall = jk.wall(tmp_path / "team-x" / "journey.json")
    assert "team-x" in wall.view["error"] and "journey" in wall.view["error"]
    assert not (tmp_path / "team-x").exists()


def test_the_wall_shows_the_room_timer(path):
    sent = []
    wall = jk.wall(path)
    wall.send = sent.append
    start_timer(path.parent.parent, 7, "Stemmen")
    wall.tick()
    assert sent[-1]["label"] == "Stemmen" and sent[-1]["up"] == "De tijd is om"
