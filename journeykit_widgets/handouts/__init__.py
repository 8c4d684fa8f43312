"""Handouts: notebooks executed against a journey file and turned into HTML and
PDF reports, participant handouts and facilitator copies (nbconvert exporters
registered as entry points), batches of reports, and the printable worksheet pack.

Nothing heavy loads on import; the modules load nbconvert when used.
"""

from __future__ import annotations

from importlib import import_module

__all__ = [
    "VARIANTS",
    "BrowserNotFoundError",
    "ExportJob",
    "ExportResult",
    "export_batch",
    "export_control",
    "export_notebook",
    "exporter_for",
    "worksheet_pack",
]

_WHERE = {
    "VARIANTS": "journeykit_widgets.handouts.preprocessors",
    "BrowserNotFoundError": "journeykit_widgets.handouts.exporters",
    "exporter_for": "journeykit_widgets.handouts.exporters",
    "ExportJob": "journeykit_widgets.handouts.batch",
    "ExportResult": "journeykit_widgets.handouts.batch",
    "export_batch": "journeykit_widgets.handouts.batch",
    "export_control": "journeykit_widgets.handouts.notebook_export",
    "export_notebook": "journeykit_widgets.handouts.batch",
    "worksheet_pack": "journeykit_widgets.handouts.pack",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)
