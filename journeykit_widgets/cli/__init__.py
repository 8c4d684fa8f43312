"""The ``journeykit`` command. Each sub-command lives in its own module with a
``register(subparsers)`` function; this file only assembles them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module

from journeykit_widgets import __version__
from journeykit_widgets.i18n import LANGUAGES, set_language, t

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# Sub-command modules, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = (
    "start",
    "new",
    "validate",
    "recover",
    "convert",
    "import_table",
    "map",
    "worksheets",
    "export",
    "collect",
    "handin",
    "vote",
    "teams",
    "timer",
)


def _language_from_argv(argv: Sequence[str]) -> None:
    # The language has to be known before the parser is built, because every
    # help text is translated; so peek at --lang here.
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            set_language(argv[i + 1])
        elif arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            set_language(arg.split("=", 1)[1])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="journeykit", description=t("cli.description"))
    parser.add_argument("--version", action="version", version=f"journeykit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar=t("cli.command_metavar"))
    for name in COMMANDS:
        # A listed command whose module is missing is a broken install: fail loudly.
        import_module(f"journeykit_widgets.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _language_from_argv(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.handler(args) or EXIT_OK)
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
