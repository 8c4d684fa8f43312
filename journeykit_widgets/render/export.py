"""Saving figures as PNG, SVG or PDF, byte-for-byte reproducible.

Dates, tool versions and random ids are left out of the files, so the same
journey gives the same file: handouts can be rebuilt and compared.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from journeykit_widgets.i18n import t
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import RENDER_LOCK

__all__ = ["FORMATS", "PNG_DPI", "PREVIEW_DPI", "SCREEN_DPI", "pdf_pages", "save_figure", "vector_output"]

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
# The three resolutions pictures are made at, in one place.
PNG_DPI = 200  # files: crisp on a projector and in print; A3 at 200 dpi is ~3300 px wide
SCREEN_DPI = 110  # pictures in a notebook's output (``workshop.show_*``)
PREVIEW_DPI = 80  # an editor's live preview, redrawn while typing

_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}


def _format(path: Path, fmt: str | None) -> str:
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValueError(t("render.error.format", value=fmt or str(path), choices=", ".join(FORMATS)))
    return fmt


def save_figure(fig, path, *, format: str | None = None, dpi: float | None = None) -> Path:
    """Write ``fig`` to ``path`` (format from the suffix: png, svg or pdf)."""
    path = Path(path)
    fmt = _format(path, format)
    path.parent.mkdir(parents=True, exist_ok=True)
    with vector_output():
        fig.savefig(
            path,
            format=fmt,
            dpi=dpi or (PNG_DPI if fmt == "png" else 72),
            metadata=_METADATA[fmt],
            facecolor=fig.get_facecolor(),
        )
    return path


@contextmanager
def vector_output():
    """The render lock and the vector-backend settings (``style.VECTOR_RC``) while
    a file is written; matplotlib's global settings are as before afterwards."""
    import matplotlib

    with RENDER_LOCK, matplotlib.rc_context(_style.VECTOR_RC):
        yield


@contextmanager
def pdf_pages(path):
    """A multi-page PDF writer with reproducible metadata, as a context manager;
    pages are written under ``vector_output``."""
    from matplotlib.backends.backend_pdf import PdfPages

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with vector_output(), PdfPages(path, metadata=dict(_METADATA["pdf"])) as pdf:
        yield pdf
