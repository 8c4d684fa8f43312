"""An exercise answered with widgets: one generic form for every declaration.

Choices become drop-downs, numbers and short texts text boxes, long texts text
areas. **Check** turns the values into the answer the exercise's ``check`` reads
and shows its feedback under the form; a value that cannot be read gets a
message next to its field instead. **Show the model answer** opens only after a
first check, so a learner alone tries before reading it. Works the same in
JupyterLab and in Voilà (plain ipywidgets, no code to edit).
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets

from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.exercises.forms import BLANK, Declaration, Field, declare
from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.place import in_voila
from journeykit_widgets.model import Journey

__all__ = ["AnswerForm", "answer_form"]

ERROR_STYLE = "color:#b00020;font-size:0.9em;line-height:1.3"
NOTE_STYLE = "color:#5f6b7a;font-size:0.9em;line-height:1.35;margin:.6em 0 0 0"
_LABEL_WIDTH = "24em"
_MAX_SHOWN = 40  # characters of a value quoted back in a message


def _auto_width() -> widgets.Layout:  # a new Layout per widget
    return widgets.Layout(width="auto")


class AnswerForm:
    """The widgets of one exercise's form; ``widget`` is what the notebook shows."""

    def __init__(self, declaration: Declaration, code_below: bool = False):
        self.declaration = declaration
        self.inputs: dict[str, widgets.Widget] = {}
        self.errors: dict[str, widgets.HTML] = {}
        self.attempts = 0
        self.last: Feedback | None = None
        rows: list[widgets.Widget] = []
        for field in declaration.fields:
            if field.section:
                rows.append(widgets.HTML(f"<b>{html.escape(field.section)}</b>"))
            rows.append(self._row(field))
        # width auto: ipywidgets' fixed button width cuts "Controleer mijn antwoord" short
        self.check_button = widgets.Button(
            description=t("h9learner.check"), button_style="primary", icon="check", layout=_auto_width()
        )
        self.reveal_button = widgets.Button(
            description=t("h9learner.reveal"),
            disabled=True,
            tooltip=t("h9learner.reveal_after"),
            layout=_auto_width(),
        )
        self.check_button.add_class("jk-form-check")
        self.reveal_button.add_class("jk-form-reveal")
        self.feedback = widgets.HTML()
        self.feedback.add_class("jk-form-feedback")
        self.model_view = widgets.HTML()
        self.model_view.add_class("jk-form-model")
        self.check_button.on_click(lambda _button: self.check())
        self.reveal_button.on_click(lambda _button: self.reveal())
        parts = [*rows, widgets.HBox([self.check_button, self.reveal_button]), self.feedback, self.model_view]
        # The optional Python path: a cell under the form, which JupyterLab shows and a
        # Voilà page does not (there, nobody can type code), so only JupyterLab says so.
        if code_below and not in_voila():
            note = widgets.HTML(f'<p style="{NOTE_STYLE}"><i>{html.escape(t("hl.code_option"))}</i></p>')
            note.add_class("jk-form-code-option")
            parts.append(note)
        self.widget = widgets.VBox(parts)
        self.widget.add_class("jk-answer-form")

    # ------------------------------------------------------------------ layout
    def _row(self, field: Field) -> widgets.HBox:
        # a long label (a goal, a statement) wraps; the widget's own line height is a row's
        label = widgets.HTML(
            f'<span style="display:inline-block;line-height:1.35">{html.escape(field.label)}</span>',
            layout=widgets.Layout(width=_LABEL_WIDTH),
        )
        if field.kind == "choice":
            box = widgets.Dropdown(options=list(field.options), value=BLANK)
        elif field.kind == "long_text":
            # continuous_update=False: the value reaches the kernel when the box loses
            # focus, which happens before a click on Check is sent.
            box = widgets.Textarea(continuous_update=False, rows=2, layout=widgets.Layout(width="36em"))
        elif field.kind == "number":
            box = widgets.Text(
                continuous_update=False,
                placeholder=f"{field.low}–{field.high}",
                layout=widgets.Layout(width="6em"),
            )
        else:
            box = widgets.Text(continuous_update=False, layout=widgets.Layout(width="36em"))
        box.add_class(f"jk-form-{field.kind}")
        error = widgets.HTML()
        error.add_class("jk-form-error")
        self.inputs[field.key] = box
        self.errors[field.key] = error
        row = widgets.HBox([label, box, error])
        row.add_class("jk-form-row")
        return row

    # ------------------------------------------------------------------ values
    def fill(self, values: dict) -> None:
        """Put values in the fields (the tests fill in the model answer this way)."""
        for field in self.declaration.fields:
            if field.key not in values:
                continue
            value = values[field.key]
            if field.kind == "number":
                value = "" if value is None else str(value)
            self.inputs[field.key].value = value

    def values(self) -> dict | None:
        """The fields' values, or ``None`` when one cannot be read (its message is shown)."""
        out: dict = {}
        bad = False
        for field in self.declaration.fields:
            raw = self.inputs[field.key].value
            message = ""
            if field.kind == "number":
                value, message = _number(raw, field)
            else:
                value = raw.strip() if isinstance(raw, str) else raw
            self.errors[field.key].value = (
                f'<span style="{ERROR_STYLE}">{html.escape(message)}</span>' if message else ""
            )
            bad = bad or bool(message)
            out[field.key] = value
        return None if bad else out

    def answer(self) -> object | None:
        """The answer the exercise's check reads, or ``None`` after bad input."""
        values = self.values()
        return None if values is None else self.declaration.assemble(values)

    # ----------------------------------------------------------------- actions
    def check(self) -> Feedback | None:
        """Check the answer and show the feedback; the model answer may open after this."""
        answer = self.answer()
        if answer is None:
            self.feedback.value = f'<p style="{ERROR_STYLE}">{html.escape(t("h9learner.fix_fields"))}</p>'
            return None
        feedback = self.declaration.check(answer)
        self.last = feedback
        self.attempts += 1
        self.feedback.value = feedback.html()
        self.reveal_button.disabled = False
        self.reveal_button.tooltip = ""
        return feedback

    @property
    def can_reveal(self) -> bool:
        return self.attempts > 0

    def reveal(self) -> str | None:
        """The model answer, shown under the feedback; ``None`` before a first check."""
        if not self.can_reveal:
            return None
        model = self.declaration.model()
        # A section (an action point, a statement) groups the fields after it, so each
        # line of the model answer still says which one it belongs to.
        groups: list[tuple[str, list[str]]] = [("", [])]
        for field in self.declaration.fields:
            if field.section:
                groups.append((field.section, []))
            value = model.get(field.key, BLANK)
            shown = (
                dict((v, k) for k, v in field.options).get(value, value) if field.kind == "choice" else value
            )
            if shown in (BLANK, None):
                continue
            groups[-1][1].append(f"<li>{html.escape(field.label)} → <b>{html.escape(str(shown))}</b></li>")
        items = []
        for heading, lines in groups:
            if heading and lines:
                items.append(
                    f'<li><b>{html.escape(heading)}</b><ul style="margin:.2em 0">{"".join(lines)}</ul></li>'
                )
            else:
                items.extend(lines)
        self.model_view.value = (
            f'<div class="jk-model-answer" style="border-left:5px solid #5f6b7a;background:#f3f5f7;'
            f'padding:.6em 1em;margin:.4em 0;border-radius:4px"><b>{html.escape(t("h9learner.model_title"))}</b>'
            f'<ul style="margin:.4em 0 0 0">{"".join(items)}</ul></div>'
        )
        return self.model_view.value

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def _number(raw: object, field: Field) -> tuple[int | None, str]:
    text = str(raw or "").strip()
    if not text:
        return None, ""
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        number = None
    if number is None or not number.is_integer() or not field.low <= number <= field.high:
        shown = text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"
        return None, t("h9learner.bad_number", value=shown, low=field.low, high=field.high)
    return int(number), ""


def answer_form(name: str, journey: Journey | str | Path | None = None, code_below: bool = True):
    """The form of exercise ``name`` (on ``journey``, default its sample) to fill in and check.

    ``code_below``: a cell under the form takes the same answer as a Python dictionary
    (the exercise notebooks); JupyterLab then says so under the form.
    A journey file that cannot be read gives a message, not a traceback."""
    try:
        return AnswerForm(declare(name, journey), code_below=code_below)
    except (OSError, ValueError) as error:
        return widgets.HTML(
            f'<p style="{ERROR_STYLE}">{html.escape(t("h9learner.unreadable", error=str(error).splitlines()[0][:120]))}</p>'
        )
