"""``journeykit vote open|close FILE``: the facilitator opens or closes a dot vote.

A team's file on a hub or a shared folder is named by its path; the change goes
through the same locked edit path as the board, so participants may be voting
while the facilitator closes the round.
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.frameworks.voting import MAX_DOTS, VOTE_SUBJECTS
from journeykit_widgets.i18n import t


def register(sub) -> None:
    parser = add_command(sub, "vote", "cli.vote.help", run)
    parser.add_argument("action", choices=("open", "close"), help=t("cli.vote.action"))
    parser.add_argument("file", type=Path, help=t("cli.vote.file"))
    parser.add_argument("--on", choices=VOTE_SUBJECTS, default="pain_points", help=t("cli.vote.on"))
    parser.add_argument(
        "--dots", type=int, default=5, choices=range(1, MAX_DOTS + 1), metavar="N", help=t("cli.vote.dots")
    )
    parser.add_argument("--hidden", action="store_true", help=t("cli.vote.hidden"))
    parser.add_argument("--by", default=None, help=t("cli.vote.by"))


def _who(given: str | None) -> str:
    from journeykit_widgets.identity import current_author

    return given or current_author()


def run(args) -> int:
    from journeykit_widgets.model.votes import vote_counts
    from journeykit_widgets.store import JourneyFileError, close_vote, open_vote

    by = _who(args.by)
    try:
        if args.action == "open":
            result = open_vote(args.file, args.on, args.dots, hidden=args.hidden, by=by)
        else:
            result = close_vote(args.file, by=by)
    except JourneyFileError as error:
        return fail(str(error))
    if result.problems:
        return fail("; ".join(str(p) for p in result.problems))
    journey = result.journey
    if args.action == "open":
        print(t("votes.opened", subject=t(f"votes.subject.{args.on}"), dots=args.dots, file=args.file))
        return 0
    closed = max((r for r in journey.votes if not r.is_open), key=lambda r: r.closed_at)
    print(t("votes.closed", subject=t(f"votes.subject.{closed.subject}"), file=args.file))
    names = {tp.id: tp.name for tp in journey.touchpoints}
    for item, count in vote_counts(journey, closed.id).items():
        print(f"  {count:>3} ●  {names[item]}")
    return 0
