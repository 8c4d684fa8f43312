"""What a saved notebook keeps of its widgets: a friendly line, not a dead view.

A widget output is a display bundle with a widget-view part (a model id that
only the running kernel knows) beside ``text/plain`` and, for the editors,
``text/html``. JupyterLab 4 with ipywidgets 8 always picks the widget-view part
when it exists (its renderer ranks first) and, when the kernel that made the
model is gone, shows "Error displaying widget: model not found": the plain and
HTML parts are never used. So the saved file must not carry the widget-view
part: ``pre_save`` (a Jupyter server ``ContentsManager.pre_save_hook``, set by
``journeykit start``) removes it, and removes the widget state JupyterLab may
store in the notebook's metadata, so saving a notebook does not change it in
git. What stays is the line the editor put in its bundle, in the notebook's
language ("Run this cell to open the form"); other widgets get a generic line
instead of their raw ``repr``.

The running page keeps its live widgets: only the file on disk changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from journeykit_widgets.i18n import LANGUAGES, t

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "widgets"  # notebook metadata key JupyterLab's widget manager writes
MARK = "journeykit"  # output metadata of the editors' bundles (see Editor._repr_mimebundle_)


def notebook_language(path: str, notebook: dict) -> str:
    """The language of a kit notebook: the Dutch ones live under ``nl/``."""
    language = (notebook.get("metadata", {}).get(MARK) or {}).get("language")
    if language in LANGUAGES:
        return language
    return "nl" if "/nl/" in f"/{path.replace(chr(92), '/')}" else "en"


def strip_widget_views(notebook: dict, language: str = "en") -> int:
    """Replace every widget-view output by its friendly line; returns how many."""
    changed = 0
    for cell in notebook.get("cells", []):
        for output in _outputs(cell):
            data = output.get("data")
            if not isinstance(data, dict) or WIDGET_VIEW not in data:
                continue
            del data[WIDGET_VIEW]
            if not ((output.get("metadata") or {}).get(MARK) or {}).get("form"):
                # Not one of ours: its text/plain is a raw repr nobody should read.
                line = t("edit.reopen.other", lang=language)
                data.clear()
                data["text/plain"] = line
            changed += 1
    metadata = notebook.get("metadata")
    if isinstance(metadata, dict) and metadata.pop(WIDGET_STATE, None) is not None:
        changed += 1
    return changed


def pre_save(model: dict, path: str = "", **_kwargs) -> None:
    """Jupyter server pre-save hook: strip widget views from notebooks being saved."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    notebook = model["content"]
    strip_widget_views(notebook, notebook_language(path, notebook))


def _outputs(cell: dict) -> Iterable[dict]:
    outputs = cell.get("outputs") if cell.get("cell_type") == "code" else None
    return [o for o in outputs or () if isinstance(o, dict)]
