"""Words that depend on where the notebook runs: JupyterLab (cells to run) or a
Voilà page (no cells; everything ran when the page opened).

Voilà starts each page's kernel with ``VOILA_*`` variables in its environment
(``VOILA_BASE_URL``, ``VOILA_SERVER_URL``, ``VOILA_REQUEST_URL``; see voila's
``utils.ENV_VARIABLE``), so a message written in the kernel can say the right
thing: "run this cell again" in JupyterLab, "reload the page" in Voilà. Kept at
the bottom layer so that summaries and checks can use it too.
"""

from __future__ import annotations

import os

from journeykit_widgets.i18n import t

__all__ = ["again", "in_voila", "place"]

_VOILA_VARIABLES = ("VOILA_BASE_URL", "VOILA_SERVER_URL", "VOILA_REQUEST_URL", "VOILA_KERNEL_ID")


def in_voila() -> bool:
    """Whether this kernel serves a Voilà page."""
    return any(os.environ.get(name) for name in _VOILA_VARIABLES)


def place() -> str:
    """ "voila" or "lab": the last part of keys whose text differs between the two."""
    return "voila" if in_voila() else "lab"


def again(lang: str | None = None) -> str:
    """How to see a change here: "run this cell again" (JupyterLab) or "reload the
    page" (Voilà), in ``lang`` or the active language."""
    return t(f"hl.again.{place()}", lang=lang)
