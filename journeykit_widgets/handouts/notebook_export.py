"""The export control of the report notebook (08): choose PDF, HTML or slides,
press Export, watch the steps, and get a link to the file, all in the notebook's
own Python and language. No terminal, so nothing depends on a ``journeykit``
command being on the PATH (it is not in a venv install's JupyterLab terminal).

The export runs in a thread of the kernel, so the notebook stays usable while a
second kernel runs the report and Chromium prints it. The file is written next
to the journey file (``reports/``) and offered through ``FileLink``, which gives
the page the file's bytes: a link made in the page works in JupyterLab and in
Voila alike (Voila serves no PDF from disk by default).
"""

from __future__ import annotations

import html
import threading
from pathlib import Path

import anywidget
import ipywidgets as widgets
import traitlets

from journeykit_widgets.i18n import get_language, language, t
from journeykit_widgets.widgets._base import STYLE
from journeykit_widgets.widgets._form import ERROR_STYLE

__all__ = ["ExportControl", "FileLink", "export_control"]

_HERE = Path(__file__).parent
# Format → (file suffix, media type, whether a browser can show it in a tab).
_KINDS = {
    "pdf": (".pdf", "application/pdf", True),
    "html": (".html", "text/html", True),
    "pptx": (".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", False),
}
# The steps each format goes through, in order (``batch.export_notebook``'s progress).
_STEPS = {
    "pdf": ("check", "run", "layout", "print", "save"),
    "html": ("check", "run", "layout", "save"),
    "pptx": ("check", "slides"),
}
_CSS = """
<style>
.jk-export .jk-steps { list-style: none; padding-left: 0; margin: 4px 0; }
.jk-export .jk-steps li { margin: 2px 0; color: #5B6470; }
.jk-export .jk-steps li.jk-now { color: #1F2933; font-weight: 600; }
.jk-export .jk-steps li.jk-done { color: #1F2933; }
.jk-file-link { display: flex; gap: 18px; align-items: baseline; margin: 6px 0; }
.jk-file-link a { font-weight: 600; color: #1558b0; text-decoration: underline; }
</style>
"""


class FileLink(anywidget.AnyWidget):
    """Links that open and download a file the kernel holds, made in the page."""

    _esm = _HERE / "file_link.js"

    open_label = traitlets.Unicode("").tag(sync=True)
    download_label = traitlets.Unicode("").tag(sync=True)
    can_open = traitlets.Bool(False).tag(sync=True)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._file: tuple[dict, bytes] | None = None
        self._serial = 0
        self.on_msg(self._asked)

    def offer(self, data: bytes, name: str, mime: str, can_open: bool) -> None:
        """Give every view (and every view drawn later) links to ``data``."""
        self._serial += 1
        self.can_open = can_open
        self._file = ({"kind": "file", "name": name, "mime": mime, "serial": self._serial}, data)
        self.send(self._file[0], buffers=[self._file[1]])

    def _asked(self, _widget, content, _buffers) -> None:
        if isinstance(content, dict) and content.get("kind") == "ask" and self._file is not None:
            self.send(self._file[0], buffers=[self._file[1]])


def output_for(journey: Path, fmt: str) -> Path:
    """Where an export of ``journey`` goes: ``reports/<journey>.<ext>`` beside it."""
    journey = Path(journey)
    return journey.parent / "reports" / f"{journey.stem}{_KINDS[fmt][0]}"


class ExportControl(widgets.VBox):
    """Export buttons, the steps of the export under way, and the finished file."""

    def __init__(self, journey: Path | str, notebook: Path | str, lang: str | None = None):
        super().__init__(layout=widgets.Layout(width="100%", max_width="1240px"))
        self.add_class("jk-editor")
        self.add_class("jk-export")
        self.journey = Path(journey).expanduser().resolve()
        self.notebook = Path(notebook).expanduser().resolve()
        self.lang = lang or get_language()
        self.output: Path | None = None
        self.thread: threading.Thread | None = None
        self._now: tuple = ("pdf", "check", None, None)  # the step shown last
        with language(self.lang):
            self.choice = widgets.ToggleButtons(
                options=[(t(f"hx.export.format.{fmt}"), fmt) for fmt in _KINDS],
                value="pdf",
                style={"button_width": "150px"},
            )
            self.button = widgets.Button(
                description=t("hx.export.button"), icon="download", button_style="primary"
            )
            heading = f"<b>{html.escape(t('hx.export.title'))}</b><br>{html.escape(t('hx.export.intro'))}"
        self.button.add_class("jk-export-button")
        self.steps = widgets.HTML()
        self.steps.add_class("jk-export-steps")
        self.message = widgets.HTML()
        self.message.add_class("jk-export-message")
        self.saved = widgets.HTML()
        self.saved.add_class("jk-export-saved")
        self.link = FileLink()
        self.button.on_click(lambda _button: self.start())
        self.children = [
            widgets.HTML(STYLE + _CSS),
            widgets.HTML(heading),
            widgets.HBox([self.choice, self.button]),
            self.steps,
            self.message,
            self.saved,
            self.link,
        ]

    # ---------------------------------------------------------------- running
    def start(self) -> None:
        """Export in a thread of this kernel; the notebook stays usable meanwhile."""
        if self.thread is not None and self.thread.is_alive():
            return
        self.button.disabled = self.choice.disabled = True
        self.thread = threading.Thread(target=self.run, args=(self.choice.value,), daemon=True)
        self.thread.start()

    def run(self, fmt: str) -> Path | None:
        """Export as ``fmt`` now; the file's path, or None (the message says why)."""
        from journeykit_widgets.handouts.batch import export_notebook

        self.message.value = self.saved.value = ""
        self.output = None
        self._show(fmt, "check")
        target = output_for(self.journey, fmt)
        try:
            with language(self.lang):
                written = export_notebook(
                    self.notebook,
                    self.journey,
                    target,
                    to=fmt,
                    lang=self.lang,
                    progress=lambda step, **values: self._show(fmt, step, **values),
                )
            data = written.read_bytes()
        except Exception as error:  # shown next to the control, in the participant's language
            self._failed(error)
            return None
        finally:
            self.button.disabled = self.choice.disabled = False
        self.output = written
        self._show(fmt, "done")
        _suffix, mime, can_open = _KINDS[fmt]
        with language(self.lang):
            self.link.open_label = t("hx.export.open", name=written.name)
            self.link.download_label = t("hx.export.download")
            self.saved.value = html.escape(t("hx.export.saved", path=_shown_path(written)))
        self.link.offer(data, written.name, mime, can_open)
        return written

    def _show(
        self, fmt: str, step: str, done: int | None = None, total: int | None = None, failed: bool = False
    ) -> None:
        """The format's steps, those finished ticked and the current one in bold
        (crossed out when it ``failed``)."""
        self._now = (fmt, step, done, total)
        steps = _STEPS[fmt]
        at = len(steps) if step == "done" else steps.index(step) if step in steps else 0
        items = []
        with language(self.lang):
            for i, name in enumerate(steps):
                text = t(f"hx.export.step.{name}")
                if name == "run" and i == at and total:
                    text = t("hx.export.step.run_cells", done=done or 0, total=total)
                mark, css = ("✓", "jk-done") if i < at else ("…", "jk-now") if i == at else ("○", "")
                if failed and i == at:
                    mark = "✗"
                items.append(f'<li class="{css}">{mark} {html.escape(text)}</li>')
            if step == "done":
                items.append(f'<li class="jk-done">✓ {html.escape(t("hx.export.step.done"))}</li>')
        self.steps.value = f'<ol class="jk-steps">{"".join(items)}</ol>'

    def _failed(self, error: BaseException) -> None:
        fmt, step, done, total = self._now
        self._show(fmt, step, done, total, failed=True)
        with language(self.lang):
            text = t("hx.export.failed", reason=_why(error))
        self.message.value = f'<span style="{ERROR_STYLE}">⚠ {html.escape(text)}</span>'


def _shown_path(path: Path) -> str:
    """``path`` from the kit's folder when it is inside it (``workspace/reports/…``), else whole."""
    from journeykit_widgets.paths import kit_root

    try:
        return str(path.relative_to(kit_root().resolve()))
    except ValueError:
        return str(path)


def _why(error: BaseException) -> str:
    """One line a participant can act on: a failing cell as "Error: value", the
    kit's own errors (journey file, browser, a missing file) as their message."""
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    from journeykit_widgets.handouts.batch import _reason

    if isinstance(error, CellExecutionError | CellTimeoutError):
        return _reason(error)
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def export_control(journey: Path | str, notebook: Path | str = "08_report.ipynb") -> ExportControl:
    """The export control for ``notebook`` (default: the report notebook beside the
    running one) run against ``journey``, in the active language."""
    return ExportControl(journey, notebook)
