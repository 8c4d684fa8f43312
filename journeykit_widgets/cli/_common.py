"""Helpers shared by the sub-commands: the --lang option and error reporting."""

from __future__ import annotations

import argparse
import sys

from journeykit_widgets.i18n import LANGUAGES, t


def add_command(sub, name: str, help_key: str, handler) -> argparse.ArgumentParser:
    """Add a sub-command with a translated help text and the common --lang option."""
    parser = sub.add_parser(name, help=t(help_key), description=t(help_key))
    parser.add_argument("--lang", choices=LANGUAGES, help=t("cli.opt.lang"))
    parser.set_defaults(handler=handler)
    return parser


def fail(message: str) -> int:
    """Print an error for a person (no traceback) and return the failure exit code."""
    print(t("cli.error", message=message), file=sys.stderr)
    return 1
