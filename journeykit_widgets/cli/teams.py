"""``journeykit teams FOLDER --team "Team A: ann, bob"``: one journey per team."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import get_language, t


def register(sub) -> None:
    parser = add_command(sub, "teams", "cli.teams.help", run)
    parser.add_argument("folder", type=Path, help=t("cli.teams.opt.folder"))
    parser.add_argument("--team", action="append", default=[], help=t("cli.teams.opt.team"))
    parser.add_argument("--file", type=Path, help=t("cli.teams.opt.file"))


def run(args) -> int:
    from journeykit_widgets.store import JourneyFileError
    from journeykit_widgets.teams import TeamError, form_teams, parse_team, read_team_lines

    try:
        teams = read_team_lines(args.file) if args.file else []
        teams += [parse_team(line) for line in args.team]
        journeys = form_teams(args.folder, teams, language=args.lang or get_language())
    except (TeamError, JourneyFileError) as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"{args.folder}: {error.strerror}")
    for team, journey in zip(teams, journeys, strict=True):
        print(t("teams.done", team=team.name, members=", ".join(team.members), path=journey))
    return 0
