"""``journeykit import TABLE -o FILE``: make or extend a journey from a touchpoints table.

Every rejected row is printed with its row number (as Excel shows it) and the
exit code is 1. Nothing is written then, unless ``--keep-good`` asks to write
the good rows anyway.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import get_language, t


def register(sub) -> None:
    parser = add_command(sub, "import", "convert.import.help", run)
    parser.add_argument("table", type=Path, help=t("convert.import.opt.table"))
    parser.add_argument("-o", "--output", type=Path, required=True, help=t("convert.import.opt.out"))
    parser.add_argument("--journey", type=Path, help=t("convert.import.opt.journey"))
    choices = [*frameworks.phase_models(), frameworks.CUSTOM_PHASE_MODEL]
    parser.add_argument(
        "--framework", choices=choices, default="touch_tell_sell_care", help=t("convert.import.opt.framework")
    )
    parser.add_argument("--title", help=t("convert.import.opt.title"))
    parser.add_argument("--keep-good", action="store_true", help=t("convert.import.opt.keep_good"))
    parser.add_argument("--force", action="store_true", help=t("convert.import.opt.force"))


def run(args) -> int:
    from journeykit_widgets.model import BuyingRole, Journey, JourneyValidationError
    from journeykit_widgets.store import JourneyFileError, TableImportError, import_touchpoints, load, save
    from journeykit_widgets.store.tables import table_column_values, table_phase_names

    same = args.journey is not None and args.output.resolve() == args.journey.resolve()
    if args.output.exists() and not same and not args.force:
        return fail(t("convert.import.exists", path=args.output))
    try:
        if args.journey is not None:
            journey = load(args.journey)
        else:
            lang = args.lang or get_language()
            title = args.title or args.table.stem
            if args.framework == frameworks.CUSTOM_PHASE_MODEL:
                names = table_phase_names(args.table)
                if not names:
                    return fail(t("convert.import.no_phases"))
                journey = Journey.new(title, language=lang, phases=names)
            else:
                journey = Journey.new(title, phase_model=args.framework, language=lang)
            # A new journey has no buying group yet: the table's role names make it.
            roles = [name[:300] for name in table_column_values(args.table, "role")]
            journey.buying_group = [BuyingRole(id=f"role_{i}", name=name) for i, name in enumerate(roles, 1)]
        result = import_touchpoints(args.table, journey)
    except (JourneyFileError, TableImportError, JourneyValidationError) as error:
        return fail(str(error))

    for warning in result.warnings:
        print(t("convert.import.warning", message=str(warning)), file=sys.stderr)
    for problem in result.problems:
        print(str(problem), file=sys.stderr)
    rejected = len(result.rejected_rows) if result.rejected_rows else len(result.problems)
    if result.problems and not args.keep_good:
        print(t("convert.import.rejected", rejected=rejected, rows=result.rows), file=sys.stderr)
        return 1

    merged = result.merged_into(journey)
    merged.record(summary=t("convert.import.revision", count=len(result.touchpoints), table=args.table.name))
    try:
        save(merged, args.output)
    except (JourneyFileError, JourneyValidationError, OSError) as error:
        return fail(str(error))
    if result.problems:
        print(
            t(
                "convert.import.kept",
                rejected=rejected,
                rows=result.rows,
                count=len(result.touchpoints),
                path=args.output,
            ),
            file=sys.stderr,
        )
        return 1
    print(t("convert.import.done", count=len(result.touchpoints), path=args.output))
    return 0
