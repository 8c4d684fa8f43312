"""What every editor shares: the journey session, a status line, callbacks that
never raise into the notebook, relabelling on a language switch, and a weak
registry of the editors that are alive."""

from __future__ import annotations

import functools
import html
import logging
import traceback
import weakref
from collections.abc import Callable, Iterable
from datetime import datetime

import ipywidgets as widgets

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, Problem
from journeykit_widgets.store import JourneyFileError
from journeykit_widgets.widgets._form import ERROR_STYLE, Form
from journeykit_widgets.widgets._preview import Preview
from journeykit_widgets.widgets._session import JourneySession

_log = logging.getLogger("journeykit_widgets.widgets")

# Every live editor, so a language switch can relabel them all. Weak: an editor
# that is closed and forgotten disappears from here by itself.
LIVE: weakref.WeakSet[Editor] = weakref.WeakSet()

STYLE = """
<style>
.jk-editor { box-sizing: border-box; max-width: 1240px; padding: 4px 2px; }
.jk-editor .jk-label { font-weight: 600; color: #333; }
.jk-editor .widget-textarea textarea { font-family: inherit; }
.jk-editor .jk-preview { border: 1px solid #ddd; background: white; box-sizing: border-box; }
.jk-editor .jk-label { white-space: normal; line-height: 1.3; }
.jk-editor .widget-html-content { line-height: 1.4; }
.jk-editor .widget-text, .jk-editor .widget-textarea, .jk-editor .widget-dropdown,
.jk-editor .widget-select, .jk-editor .widget-select-multiple { margin-left: 0; margin-right: 0; }
.jk-editor .jk-intro { white-space: normal; color: #444; margin-bottom: 6px; }
.jk-editor .jk-touchpoint-list select { font-family: var(--jp-code-font-family, monospace); font-size: 12px; }
</style>
"""


def esc(text: object) -> str:
    """User text for an HTML widget: shown as text, never interpreted."""
    return html.escape(str(text), quote=True)


def text_html(text: str) -> str:
    """Plain text for an HTML widget that wraps long lines (a Label cuts them off)."""
    return f"<div style='white-space:normal;line-height:1.4'>{esc(text)}</div>"


class Editor(widgets.VBox):
    """Base of the editors: a VBox with ``heading``, the editor's body and ``status``."""

    title_key = ""
    intro_key = ""

    def __init__(self, session: JourneySession, **kwargs):
        super().__init__(layout=widgets.Layout(width="100%", max_width="1240px", overflow="hidden"), **kwargs)
        self.add_class("jk-editor")
        self.session = session
        self.preview: Preview | None = None
        self.last_error: BaseException | None = None
        self.last_traceback = ""
        self._style = widgets.HTML(STYLE)
        self.heading = widgets.HTML()
        self.intro = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.intro.add_class("jk-intro")
        self.status = widgets.HTML(layout=widgets.Layout(min_height="1.6em"))
        self.status.add_class("jk-status")
        LIVE.add(self)
        session.subscribe(self._session_changed)

    # ---------------------------------------------------------------- helpers
    @property
    def journey(self) -> Journey:
        return self.session.journey

    def safe(self, function: Callable) -> Callable:
        """Wrap a callback: any exception becomes a message in the status line."""

        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            try:
                return function(*args, **kwargs)
            except Exception as error:
                self.report_error(error)
                return None

        return wrapper

    def on(self, widget: widgets.Widget, handler: Callable, names: str = "value") -> None:
        widget.observe(self.safe(lambda change: handler(change["new"])), names=names)

    def button(
        self, key: str, handler: Callable[[], None], icon: str = "", style: str = ""
    ) -> widgets.Button:
        button = widgets.Button(icon=icon, button_style=style, layout=widgets.Layout(width="auto"))
        button._jk_key = key  # relabelled with the language
        button.description = t(key)
        button.on_click(self.safe(lambda _button: handler()))
        return button

    def report_preview_error(self, error: BaseException) -> None:
        """A preview that cannot be drawn: the data is safe, only the picture is missing."""
        self.report_error(error, key="widgets.status.preview_failed")

    def report_error(self, error: BaseException, key: str = "widgets.status.unexpected") -> None:
        self.last_error = error
        self.last_traceback = "".join(traceback.format_exception(error))
        _log.debug("editor callback failed", exc_info=error)
        if isinstance(error, JourneyFileError | OSError):
            text = t("widgets.status.file_problem", detail=str(error))
        else:
            detail = f"{type(error).__name__}: {error}"
            text = t(key, detail=detail[:300])
        self.status.value = f'<span style="{ERROR_STYLE}">⚠ {esc(text)}</span>'

    def say(self, text: str, problem: bool = False) -> None:
        if problem:
            self.status.value = f'<span style="{ERROR_STYLE}">⚠ {esc(text)}</span>'
        else:
            self.status.value = f'<span style="color:#2e7d32">✓ {esc(text)}</span>'

    def status_text(self) -> str:
        """The status line as plain text (tests, screen readers)."""
        import re

        return html.unescape(re.sub(r"<[^>]+>", "", self.status.value)).lstrip("✓⚠ ").strip()

    def apply(
        self,
        change: Callable[[Journey], object],
        summary_key: str,
        changes: Iterable[str] = (),
        form: Form | None = None,
    ) -> bool:
        """Apply a change through the session; show problems or 'saved'. True when saved."""
        if form is not None:
            form.clear_errors()
        problems = self.session.apply(change, t(summary_key), list(changes), source=self)
        if problems:
            self.show_problems(problems, form)
            return False
        self.say(t("widgets.status.saved", time=datetime.now().strftime("%H:%M:%S")))
        self.sync()
        return True

    def show_problems(self, problems: list[Problem], form: Form | None = None) -> None:
        leftover = form.show(problems) if form is not None else problems
        lines = [t("widgets.status.not_saved")] + [str(p) for p in leftover]
        self.say(" ".join(lines), problem=True)

    # ------------------------------------------------------------- life cycle
    def _make_preview(self, view: str, arguments: Callable[[], dict]) -> Preview:
        """A live preview of the registered view ``view`` (``render.VIEWS``) of this journey."""

        def draw() -> bytes:
            from journeykit_widgets import render

            # The shared PNG path: an unchanged picture (same fields, same options)
            # comes from the cache; fast zlib, since a preview is soon replaced.
            return render.png(view, self.journey, dpi=render.PREVIEW_DPI, compress_level=1, **arguments())

        self.preview = Preview(draw, on_error=self.report_preview_error)
        return self.preview

    def _session_changed(self) -> None:
        self.safe(self.sync)()

    def sync(self) -> None:
        """Show the journey as it is now (after own or others' changes)."""
        self._sync()
        if self.preview is not None:
            self.preview.request()

    def relabel(self) -> None:
        """Show every label in the active language."""
        self.heading.value = f"<h3 style='margin:4px 0'>{esc(t(self.title_key))}</h3>"
        self.intro.value = f"<div class='jk-intro'>{esc(t(self.intro_key))}</div>" if self.intro_key else ""
        for widget in _walk(self):
            key = getattr(widget, "_jk_key", None)
            if not key:
                continue
            if isinstance(widget, widgets.Label | widgets.HTML):
                widget.value = t(key)
            else:
                widget.description = t(key)
        self._relabel()
        self.sync()

    def flush(self) -> bool:
        """Draw a pending preview now (tests and scripts; the kernel does it by itself)."""
        return self.preview.flush() if self.preview is not None else False

    def refresh(self) -> None:
        """Re-read the file when it changed on disk."""
        self.safe(self.session.refresh)()

    # Subclasses fill these in.
    def _sync(self) -> None:
        raise NotImplementedError

    def _relabel(self) -> None:
        pass

    def _finish(self, *body: widgets.Widget) -> None:
        self.children = (self._style, self.heading, self.intro, *body, self.status)
        self.relabel()


class TouchpointFieldsEditor(Editor):
    """An editor with a touchpoint list (``self.list``) and a form (``self.form``)
    for some of the selected touchpoint's fields: the flow and priority steps.
    Each accepted field change is one revision of kind ``revision_key``."""

    revision_key = ""

    def _selected(self) -> None:
        selected = self.list.selected
        self.form.clear_errors()
        if selected:
            self.form.set(self.journey.touchpoint(selected).model_dump())
        self.sync()

    def _field_changed(self, name: str, value: object) -> None:
        from journeykit_widgets.model.errors import field_label

        selected = self.list.selected
        if selected is None:
            return
        label = self.journey.touchpoint(selected).name
        self.apply(
            lambda journey: setattr(journey.touchpoint(selected), name, value),
            self.revision_key,
            [t("widgets.change.field", item=label, field=field_label(name))],
            form=self.form,
        )


def _walk(widget: widgets.Widget):
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from _walk(child)


def keyed_label(key: str, **layout) -> widgets.Label:
    label = widgets.Label(t(key), layout=widgets.Layout(**layout))
    label._jk_key = key
    return label
