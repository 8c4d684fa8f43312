"""The result of every exercise check: what is right, what is missing, a hint.

A ``Feedback`` renders itself in Jupyter (HTML, with every piece of user text
escaped), in Markdown and as plain text, always in the language that was active
when the check ran. It never just says pass or fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from journeykit_widgets.i18n import get_language, t
from journeykit_widgets.i18n.place import in_voila
from journeykit_widgets.outputs import NO_MATH_CLASS, html_escape, md_escape

Status = Literal["done", "partial", "empty"]
MAX_HINTS = 3

_MARK = {"right": "✓", "missing": "✗", "todo": "…", "hint": "☞"}
_MARK_COLOUR = {"right": "#1b7f3b", "missing": "#b3261e", "todo": "#5f6b7a", "hint": "#8a6d00"}
_COLOUR = {"done": "#1b7f3b", "partial": "#b26a00", "empty": "#5f6b7a"}
_BACKGROUND = {"done": "#eef8f1", "partial": "#fff6e8", "empty": "#f3f5f7"}


@dataclass
class Feedback:
    """Feedback on one answer. Build it with ``right``/``wrong``/``todo``/``hint``.

    ``status`` is ``"done"`` when nothing is wrong or missing, ``"empty"`` when
    there was no usable answer yet, and ``"partial"`` otherwise.
    """

    title: str
    language: str = field(default_factory=get_language)
    rights: list[str] = field(default_factory=list)
    wrongs: list[str] = field(default_factory=list)
    todos: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    empty: bool = False
    blank: bool = False  # the answer was left as it came (the untouched skeleton)

    # --------------------------------------------------------------- building
    def right(self, key: str, **values: object) -> Feedback:
        self.rights.append(t(key, lang=self.language, **values))
        return self

    def wrong(self, key: str, **values: object) -> Feedback:
        self.wrongs.append(t(key, lang=self.language, **values))
        return self

    def todo(self, key: str, **values: object) -> Feedback:
        self.todos.append(t(key, lang=self.language, **values))
        return self

    def hint(self, key: str, **values: object) -> Feedback:
        text = t(key, lang=self.language, **values)
        # A few hints help; a wall of them does not.
        if text not in self.hints and len(self.hints) < MAX_HINTS:
            self.hints.append(text)
        return self

    def no_answer(self, key: str, **values: object) -> Feedback:
        """There is nothing to judge yet: say what is expected instead."""
        self.empty = True
        return self.todo(key, **values)

    def blank_answer(self, key: str, **values: object) -> Feedback:
        """The answer is still blank, as handed out: say what is expected."""
        self.blank = True
        return self.no_answer(key, **values)

    # ---------------------------------------------------------------- reading
    @property
    def status(self) -> Status:
        if self.empty:
            return "empty"
        return "partial" if (self.wrongs or self.todos) else "done"

    @property
    def passed(self) -> bool:
        return self.status == "done"

    @property
    def headline(self) -> str:
        if self.status == "done":
            return t("exercises.status.done", lang=self.language)
        if self.status == "empty":
            return t("exercises.status.empty", lang=self.language)
        return t(
            "exercises.status.partial",
            lang=self.language,
            right=len(self.rights),
            open=len(self.wrongs) + len(self.todos),
        )

    def _items(self) -> list[tuple[str, str]]:
        return [
            *(("right", text) for text in self.rights),
            *(("missing", text) for text in self.wrongs),
            *(("todo", text) for text in self.todos),
            *(("hint", text) for text in self.hints),
        ]

    # -------------------------------------------------------------- rendering
    def __str__(self) -> str:
        lines = [f"{self.title} — {self.headline}"]
        lines += [f"  {_MARK[kind]} {text}" for kind, text in self._items()]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    @property
    def shown_as_output(self) -> bool:
        """Whether this feedback shows as a cell's output. On a Voilà page nobody can
        type a Python answer, so the check of the untouched dictionary would only show
        an empty "No answer yet" box under the form: it shows nothing there. The form
        shows its own feedback (``html``) everywhere."""
        return not (self.blank and in_voila())

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(str(self) if self.shown_as_output else "")

    def _repr_markdown_(self) -> str | None:
        if not self.shown_as_output:
            return None
        lines = [f"**{md_escape(self.title)}** — {md_escape(self.headline)}", ""]
        lines += [f"- {_MARK[kind]} {md_escape(text)}" for kind, text in self._items()]
        return "\n".join(lines)

    def _repr_html_(self) -> str | None:
        return self.html() if self.shown_as_output else None

    def html(self) -> str:
        """The feedback as HTML, wherever it is shown."""
        colour, background = _COLOUR[self.status], _BACKGROUND[self.status]
        rows = "".join(
            f'<li class="jk-fb-{kind}" style="list-style:none;margin:.2em 0;padding-left:1.6em;'
            f'text-indent:-1.6em"><span aria-hidden="true" style="display:inline-block;width:1.6em;'
            f'text-indent:0;font-weight:700;color:{_MARK_COLOUR[kind]}">{_MARK[kind]}</span>'
            f"{html_escape(text)}</li>"
            for kind, text in self._items()
        )
        return (
            # the outer element keeps MathJax off a participant's "$5 … $9" (see outputs)
            f'<div class="{NO_MATH_CLASS}"><div class="jk-feedback" data-status="{self.status}" lang="{self.language}" '
            f'style="border-left:5px solid {colour};background:{background};padding:.6em 1em;'
            f'margin:.4em 0;border-radius:4px;font-family:system-ui,sans-serif;line-height:1.45">'
            f'<div style="font-weight:600;color:{colour}">{html_escape(self.title)} — '
            f"{html_escape(self.headline)}</div>"
            f'<ul style="margin:.4em 0 0 0;padding:0">{rows}</ul></div></div>'
        )
