"""The error for a journey file that cannot be read or written: names the file
(safely printed) and, where known, the line and column."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import printable_name

__all__ = ["JourneyFileError"]


class JourneyFileError(ValueError):
    """A journey file that cannot be read: names the file and the place."""

    def __init__(
        self,
        path: Path | str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        *,
        hint: str = "",
    ):
        self.path = Path(path)
        self.line = line
        self.column = column
        self.reason = message
        self.hint = hint
        # A name can hold a newline or an escape sequence (a hand-in folder is filled by
        # others): shown escaped, it cannot forge a line or reach the terminal.
        where = printable_name(self.path)
        if line is not None:
            where += ", " + t("store.line_column", line=line, column=column or 1)
        text = f"{where}: {message}"
        super().__init__(f"{text}\n{hint}" if hint else text)

    def _render_traceback_(self) -> list[str]:
        # IPython's protocol for exceptions that are messages for people: a notebook
        # cell that opens a damaged journey shows this sentence instead of a traceback.
        return [str(self)]
