"""Forming teams: one journey file per team, from the command or the notebook."""

from __future__ import annotations

import pytest

from journeykit_widgets import store
from journeykit_widgets.cli import main
from journeykit_widgets.i18n import language
from journeykit_widgets.teams import Team, TeamError, form_teams, parse_team, read_teams, team_of


def test_journeykit_teams_makes_one_journey_per_team(tmp_path, capsys):
    code = main(
        ["teams", str(tmp_path), "--team", "Team A: ann, bob, cas", "--team", "Ploeg B: dirk", "--lang", "nl"]
    )
    assert code == 0
    journey = store.load(tmp_path / "team-a" / "journey.json")
    assert journey.title == "Team A" and journey.language == "nl"
    assert (tmp_path / "ploeg-b" / "journey.json").is_file()
    assert [t.members for t in read_teams(tmp_path)] == [["ann", "bob", "cas"], ["dirk"]]
    assert team_of(tmp_path, "dirk").name == "Ploeg B"
    out = capsys.readouterr().out
    assert "Team A (ann, bob, cas)" in out


def test_teams_from_a_file_with_comments(tmp_path):
    lines = tmp_path / "teams.txt"
    lines.write_text("# room 2\nTeam Red: ann, bob\n\nTeam Blue: cas\n", "utf-8")
    assert main(["teams", str(tmp_path / "room"), "--file", str(lines)]) == 0
    assert [t.name for t in read_teams(tmp_path / "room")] == ["Team Red", "Team Blue"]


def test_forming_again_keeps_what_a_team_drew(tmp_path):
    (path,) = form_teams(tmp_path, [Team("Team A", ["ann"])])
    store.apply_edit(path, lambda j: setattr(j, "title", "Our map"), "renamed")
    form_teams(tmp_path, [Team("Team A", ["ann", "bob"])])
    assert store.load(path).title == "Our map"
    assert read_teams(tmp_path)[0].members == ["ann", "bob"]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--team", "ann, bob"], "--team: 'ann, bob' is not a team"),
        (["--team", "Team A:"], "team 'Team A' has no members"),
        (["--team", "A: ann", "--team", "B: ann"], "ann is in two teams ('A' and 'B')"),
        (["--team", "Team 1: ann", "--team", "team-1: bob"], "would share one folder"),
        ([], "no teams given"),
    ],
)
def test_a_bad_team_is_named_without_a_traceback(tmp_path, capsys, argv, says):
    assert main(["teams", str(tmp_path), "--lang", "en", *argv]) == 1
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert not (tmp_path / ".journeykit-teams.json").exists()


def test_a_bad_line_in_a_file_names_the_file_and_line(tmp_path, capsys):
    lines = tmp_path / "teams.txt"
    lines.write_text("Team A: ann\nbob and cas\n", "utf-8")
    assert main(["teams", str(tmp_path / "room"), "--file", str(lines), "--lang", "en"]) == 1
    assert f"{lines}:2: 'bob and cas' is not a team" in capsys.readouterr().err


def test_the_message_speaks_dutch(tmp_path):
    with language("nl"), pytest.raises(TeamError, match="heeft geen leden"):
        parse_team("Team A: ")


def test_a_damaged_teams_file_is_named(tmp_path):
    (tmp_path / ".journeykit-teams.json").write_text("{oops", "utf-8")
    with language("en"), pytest.raises(TeamError, match=r"\.journeykit-teams\.json cannot be read"):
        read_teams(tmp_path)


def test_the_facilitator_collects_the_teams_folder_as_one_journey_per_team(tmp_path):
    """The teams list and the room's timer are the kit's own files: collecting the
    teams' folder lists the team journeys and nothing it could not read."""
    from journeykit_widgets import collect
    from journeykit_widgets.room import start_timer

    form_teams(tmp_path, [Team("Team A", ["ann"]), Team("Team B", ["bob"])], "en")
    start_timer(tmp_path, 5, "Dots")
    found = collect.read_folder(tmp_path)
    assert sorted(team.journey.title for team in found.teams) == ["Team A", "Team B"]
    assert found.skipped == ()
