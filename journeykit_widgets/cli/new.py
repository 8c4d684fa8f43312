"""``journeykit new FILE``: start a journey file."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import get_language, t


def register(sub) -> None:
    parser = add_command(sub, "new", "cli.new.help", run)
    parser.add_argument("file", type=Path, help=t("cli.new.opt.file"))
    choices = [*frameworks.phase_models(), frameworks.CUSTOM_PHASE_MODEL]
    parser.add_argument(
        "--framework", choices=choices, default="touch_tell_sell_care", help=t("cli.new.opt.framework")
    )
    parser.add_argument("--phases", help=t("cli.new.opt.phases"))
    parser.add_argument("--title", help=t("cli.new.opt.title"))
    parser.add_argument("--sample", help=t("cli.new.opt.sample"))
    parser.add_argument("--force", action="store_true", help=t("cli.new.opt.force"))


def run(args) -> int:
    from journeykit_widgets.model import Journey, JourneyValidationError
    from journeykit_widgets.samples import SAMPLE_CASES, load_sample
    from journeykit_widgets.store import JourneyFileError, save

    if args.file.exists() and not args.force:
        return fail(t("cli.new.exists", path=args.file))
    lang = args.lang or get_language()
    try:
        if args.sample:
            if args.sample not in SAMPLE_CASES:
                return fail(t("cli.new.unknown_sample", name=args.sample, choices=", ".join(SAMPLE_CASES)))
            journey = load_sample(args.sample, lang)
        elif args.framework == frameworks.CUSTOM_PHASE_MODEL:
            names = [n.strip() for n in (args.phases or "").split(",") if n.strip()]
            if not names:
                return fail(t("cli.new.needs_phases"))
            journey = Journey.new(args.title or t("store.untitled"), language=lang, phases=names)
        else:
            journey = Journey.new(
                args.title or t("store.untitled"), phase_model=args.framework, language=lang
            )
        save(journey, args.file)
    except (JourneyValidationError, JourneyFileError, OSError) as error:
        return fail(str(error))
    print(t("cli.new.done", path=args.file, phases=", ".join(p.label(lang) for p in journey.phases)))
    return 0
