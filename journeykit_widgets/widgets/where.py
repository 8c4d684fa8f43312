"""Where the notebook runs: JupyterLab (cells to run) or Voilà (a page, no cells).

Voilà starts each page's kernel with ``VOILA_*`` variables in its environment
(``VOILA_BASE_URL``, ``VOILA_SERVER_URL``, ``VOILA_REQUEST_URL``; see voila's
``utils.ENV_VARIABLE``), so the kernel can tell which texts fit.
"""

from __future__ import annotations

import os

__all__ = ["PlaceText", "how_to_use", "in_voila", "place"]

_VOILA_VARIABLES = ("VOILA_BASE_URL", "VOILA_SERVER_URL", "VOILA_REQUEST_URL", "VOILA_KERNEL_ID")


def in_voila() -> bool:
    """Whether this kernel serves a Voilà page."""
    return any(os.environ.get(name) for name in _VOILA_VARIABLES)


def place() -> str:
    """ "voila" or "lab": the key part of texts that differ between the two."""
    return "voila" if in_voila() else "lab"


class PlaceText:
    """A text that shows as Markdown in the notebook and as itself in plain text."""

    def __init__(self, text: str):
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def how_to_use(language: str | None = None) -> PlaceText:
    """ "How this page works", in the words of the place it runs in (Markdown)."""
    from journeykit_widgets.i18n import set_language, t

    if language:
        set_language(language)
    return PlaceText(t(f"h9learner.how.{place()}"))
