"""``journeykit convert FILE --to csv|xlsx|json|mermaid [-o OUT]``: a journey file in another form."""

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


def run(args) -> int:
    from journeykit_widgets.store import JourneyFileError, load, to_json, to_mermaid
    from journeykit_widgets.store.tables import export_csv, export_xlsx, table_rows

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
            import csv

            header, rows = table_rows(journey)
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerows([header, *rows])
        return 0

    out = Path(args.output) if args.output else args.file.with_suffix(FORMATS[args.to])
    if out.resolve() == args.file.resolve():
        return fail(t("convert.same_file", path=out))
    try:
        if args.to == "csv":
            result = export_csv(journey, out)
        elif args.to == "xlsx":
            result = export_xlsx(journey, out)
        else:
            from journeykit_widgets.store import write_atomic

            write_atomic(out, to_json(journey) if args.to == "json" else to_mermaid(journey))
            print(t("convert.done", path=out))
            return 0
    except OSError as error:
        return fail(t("store.unreadable", detail=error.strerror or str(error)) + f" ({out})")
    print(t("convert.done_rows", path=out, rows=result.rows))
    if result.cleaned_cells:
        print(t("convert.cleaned", count=result.cleaned_cells))
    return 0
