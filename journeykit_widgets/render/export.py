"""Saving figures as PNG, SVG or PDF, byte-for-byte reproducible.

Dates, tool versions and random ids are left out of the files, so the same
journey gives the same file: handouts can be rebuilt and compared.
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.i18n import t
from journeykit_widgets.render import _style

__all__ = ["FORMATS", "pdf_pages", "save_figure"]

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
PNG_DPI = 200  # crisp on a projector and in print; A3 at 200 dpi is ~3300 px wide

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
    with _style.style():
        fig.savefig(
            path,
            format=fmt,
            dpi=dpi or (PNG_DPI if fmt == "png" else 72),
            metadata=_METADATA[fmt],
            facecolor=fig.get_facecolor(),
        )
    return path


def pdf_pages(path):
    """A multi-page PDF writer with reproducible metadata (use as a context manager)."""
    from matplotlib.backends.backend_pdf import PdfPages

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return PdfPages(path, metadata=dict(_METADATA["pdf"]))
