"""What every form shares: the journey session (shared with the board), a status
line, callbacks that never raise into the notebook, and relabelling in the active
language."""

from __future__ import annotations

import functools
import html
import logging
import traceback
from collections.abc import Callable, Iterable
from datetime import datetime

import ipywidgets as widgets

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, Problem
from journeykit_widgets.outputs import html_escape
from journeykit_widgets.store import Conflict, Guard, JourneyFileError, history_words
from journeykit_widgets.widgets._alive import KernelWatch
from journeykit_widgets.widgets._form import ERROR_STYLE, NOTICE_STYLE, Debouncer, Form
from journeykit_widgets.widgets._preview import Preview
from journeykit_widgets.widgets._session import JourneySession

_log = logging.getLogger("journeykit_widgets.widgets")

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


def row_layout() -> widgets.Layout:
    """A form's columns side by side, wrapping under each other in a narrow notebook."""
    return widgets.Layout(display="flex", flex_flow="row wrap", width="100%", align_items="flex-start")


def column_layout(basis: str) -> widgets.Layout:
    return widgets.Layout(flex=f"1 1 {basis}", min_width="0", margin="0 8px 0 0")


# User text for an HTML widget: shown as text, never interpreted (one escape for the kit).
esc = html_escape


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
        # Says when the kernel is restarted or gone, and closes the form then.
        self.alive = KernelWatch()
        # Typed text waiting to be saved (see ``Debouncer``); every button and
        # every selection saves it first, and so does a refresh from disk.
        self.pending = Debouncer()
        session.subscribe(self._session_changed)
        session.before_refresh(self._flush_typing)
        session.watch()

    def _repr_mimebundle_(self, **kwargs):
        """The display bundle (IPython's display protocol): the live view, plus
        the line a reopened notebook shows when its kernel is gone.

        The line is in the active language, the notebook's; ``notebook_save``
        keeps it and drops the dead widget view when the notebook is saved."""
        from journeykit_widgets.notebook_save import MARK

        bundle = super()._repr_mimebundle_(**kwargs)
        data = dict(bundle[0] if isinstance(bundle, tuple) else bundle or {})
        line = t("edit.reopen.line")
        data["text/plain"] = line
        data["text/html"] = (
            f"<div class='jk-reopen' style='padding:6px 10px;border-left:3px solid #1f4e79;"
            f"background:#f3f6fa;color:#1f4e79'>▶ {esc(line)}</div>"
        )
        return data, {MARK: {"form": type(self).__name__}}

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
        """Observe a selection or filter: waiting typing is saved before it acts."""

        def changed(change) -> None:
            self.flush_pending()
            handler(change["new"])

        widget.observe(self.safe(changed), names=names)

    def button(
        self, key: str, handler: Callable[[], None], icon: str = "", style: str = ""
    ) -> widgets.Button:
        """A button whose action first saves what waits and looks at the file,
        so it acts on everything typed and on the journey as it is now."""
        button = widgets.Button(icon=icon, button_style=style, layout=widgets.Layout(width="auto"))
        button._jk_key = key  # relabelled with the language
        button.description = t(key)

        def run() -> None:
            self.flush_pending()
            self.session.refresh()
            handler()

        # After the typing still on its way from the browser (see ``Debouncer``).
        button.on_click(lambda _button: self.pending.act(key, self.safe(run)))
        return button

    def _flush_typing(self) -> None:
        # Before the file is re-read: typing must be saved first, but a clicked
        # action may still be waiting for its last keystrokes.
        self.pending.flush_typed()

    def flush_pending(self) -> None:
        """Save typing that still waits for its debounce, now (and run clicked actions)."""
        self.pending.flush()

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
        changes: Iterable[str] | Callable[[Journey], Iterable[str]] = (),
        form: Form | None = None,
        guards: Iterable[Guard] = (),
        field: str | None = None,
        item_name: str = "",
    ) -> bool:
        """Apply a change through the session; show problems or 'saved'. True when saved.

        ``guards``: the values the person saw before this change; when one was
        changed elsewhere meanwhile, a note says so next to ``field`` (or in the
        status line) and the other value is in the revision history."""
        if form is not None:
            form.clear_errors()
        try:
            if not callable(changes):
                changes = list(changes)
            problems = self.session.apply(change, t(summary_key), changes, source=self, guards=guards)
        except (StopIteration, KeyError, ValueError):
            # The item went away in another notebook between the click and the save.
            self.session.refresh()
            self.sync()
            self.say(t("edit.gone", item=item_name or "?"), problem=True)
            return False
        gone = next((p for p in problems if p.kind == "gone"), None)
        if gone is not None:
            # edit found the item deleted elsewhere: show the journey as it is now, and
            # say so by the name the person saw (edit's own words when no name is known).
            self.session.refresh()
            self.sync()
            self.say(t("edit.gone", item=item_name) if item_name else gone.what, problem=True)
            return False
        if problems:
            self.show_problems(problems, form)
            return False
        self.say(t("widgets.status.saved", time=datetime.now().strftime("%H:%M:%S")))
        self.sync()
        for conflict in self.session.conflicts:
            self.show_conflict(conflict, form, field)
        return True

    def show_conflict(self, conflict: Conflict, form: Form | None, field: str | None) -> None:
        when = conflict.at.astimezone().strftime("%H:%M") if conflict.at else "?"
        if form is not None and field in form.errors:
            form.notice(field, t("edit.conflict.notice", time=when))
            return
        text = t("edit.conflict.notice_cell", place=conflict.label, time=when)
        self.status.value += f'<div style="{NOTICE_STYLE}">ℹ {esc(text)}</div>'

    def show_problems(self, problems: list[Problem], form: Form | None = None) -> None:
        leftover = form.show(problems) if form is not None else problems
        lines = [t("widgets.status.not_saved")] + [str(p) for p in leftover]
        if not leftover and problems:
            # Every reason sits under its field; say which one, never a bare "Not saved:".
            shown = next((p for p in problems if form is not None and p.field in form.errors), problems[0])
            lines.append(t("edit.not_saved.see_field", field=form.label_text(shown.field) if form else ""))
        self.say(" ".join(lines), problem=True)

    def guard(self, read: Callable[[Journey], object], label: str) -> list[Guard]:
        """A guard on the value ``read`` finds in the journey this editor shows."""
        try:
            seen = read(self.journey)
        except (LookupError, AttributeError, ValueError, StopIteration):
            return []
        return [Guard(read, seen, label)]

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
        self.alive.relabel()
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
        self.children = (self._style, self.alive, self.heading, self.intro, *body, self.status)
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

    def _field_changed(self, name: str, value: object) -> bool | None:
        from journeykit_widgets.model.errors import field_label

        selected = self.form.change_item or self.list.selected
        if selected is None or selected not in {tp.id for tp in self.journey.touchpoints}:
            return None
        label = self.journey.touchpoint(selected).name
        what = t("widgets.change.field", item=label, field=field_label(name))
        return self.apply(
            lambda journey: setattr(journey.touchpoint(selected), name, value),
            self.revision_key,
            # In words, from the file as it is just before the save: "‘Chat’: emotion +1 → −2".
            lambda journey: history_words.field_change(journey, selected, name, value),
            form=self.form,
            guards=self.guard(lambda journey: getattr(journey.touchpoint(selected), name), what),
            field=name,
            item_name=label,
        )


def _walk(widget: widgets.Widget):
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from _walk(child)
