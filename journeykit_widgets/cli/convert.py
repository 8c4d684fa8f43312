"""``journeykit convert FILE --to csv|xlsx|json|mermaid [-o OUT] [--force]``: a journey
file in another form.

An existing output file is never overwritten without ``--force``, and a journey file
never gets a table or a diagram written over it, even with ``--force``: that would
destroy the journey (its backups are only made by journey saves). ``--to json
--force`` over a journey saves it as a journey, with a backup of the old content.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import t

# Format → default suffix of the output file.
FORMATS: dict[str, str] = {"csv": ".csv", "xlsx": ".xlsx", "json": ".json", "mermaid": ".mmd"}


def register(sub) -> None:
    parser = add_command(sub, "convert", "convert.help", run)
    parser.add_argument("file", type=Path, help=t("convert.opt.file"))
    parser.add_argument("--to", required=True, choices=list(FORMATS), help=t("convert.opt.to"))
    parser.add_argument("-o", "--output", help=t("convert.opt.out"))
    parser.add_argument("--force", action="store_true", help=t("convert_safe.opt.force"))


def _is_journey(path: Path) -> bool:
    """A file that is (or was meant to be) a journey: it loads as one, or it is a
    ``.json`` file (a damaged journey still holds a participant's work)."""
    from journeykit_widgets.store import JourneyFileError, load

    if path.suffix.lower() == ".json":
        return True
    try:
        load(path)
    except JourneyFileError:
        return False
    return True


def _refusal(out: Path, args) -> str | None:
    """Why ``out`` may not be written, or None."""
    from journeykit_widgets.store.files import real_path

    if not (out.exists() or out.is_symlink()):
        return None
    if real_path(out) == real_path(args.file):
        return t("convert.same_file", path=out)
    if not args.force:
        return t("convert_safe.exists", path=out)
    if args.to != "json" and _is_journey(real_path(out)):
        return t("convert_safe.journey_target", path=out, format=args.to)
    return None


def run(args) -> int:
    from journeykit_widgets.store import JourneyFileError, load, save, to_json, to_mermaid
    from journeykit_widgets.store.tables import csv_text, export_csv, export_xlsx

    try:
        journey = load(args.file)
    except JourneyFileError as error:
        return fail(str(error))

    if args.output == "-":
        if args.to == "xlsx":
            return fail(t("convert.binary_stdout"))
        if args.to == "json":
            sys.stdout.write(to_json(journey))
        elif args.to == "mermaid":
            sys.stdout.write(to_mermaid(journey))
        else:
            # The same text as the file export (formula cells escaped), without the
            # byte-order mark, with "," and "\n" as a pipe's reader expects (a cell
            # holding a line break, even a lone carriage return, is quoted).
            sys.stdout.write(csv_text(journey, delimiter=",", lineterminator="\n"))
        return 0

    out = Path(args.output) if args.output else args.file.with_suffix(FORMATS[args.to])
    refusal = _refusal(out, args)
    if refusal:
        return fail(refusal)
    try:
        if args.to == "csv":
            result = export_csv(journey, out)
        elif args.to == "xlsx":
            result = export_xlsx(journey, out)
        else:
            if args.to == "json":
                save(journey, out)  # a journey save: backup of what was there, mode kept
            else:
                from journeykit_widgets.store import write_atomic

                write_atomic(out, to_mermaid(journey))
            print(t("convert.done", path=out))
            return 0
    except JourneyFileError as error:
        return fail(str(error))
    except OSError as error:
        return fail(t("store.unreadable", detail=error.strerror or str(error)) + f" ({out})")
    print(t("convert.done_rows", path=out, rows=t("voice.count.touchpoints", count=result.rows)))
    if result.cleaned_cells:
        print(t("convert.cleaned", count=result.cleaned_cells))
    return 0
