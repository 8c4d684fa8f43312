"""The organisation and logo a trainer gives for the covers of every handout.

Set once for a workshop by the environment variables ``JOURNEYKIT_ORGANISATION``
and ``JOURNEYKIT_LOGO`` (a hub sets them for every participant), or per export by
the exporters' ``organisation`` and ``logo`` options.
The logo is embedded in the document (a PNG, JPEG or SVG file of at most 2 MB);
an SVG logo is shown as an image, so nothing in it can run.
"""

from __future__ import annotations

import base64
import logging
import os
from pathlib import Path

from journeykit_widgets.i18n import t

__all__ = ["ENV_LOGO", "ENV_ORGANISATION", "logo_data_uri", "organisation"]

ENV_ORGANISATION = "JOURNEYKIT_ORGANISATION"
ENV_LOGO = "JOURNEYKIT_LOGO"
_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml"}
_MAX_BYTES = 2_000_000
_log = logging.getLogger(__name__)


def organisation(given: str = "") -> str:
    """The organisation's name: ``given``, else the environment's, else ""."""
    return " ".join((given or os.environ.get(ENV_ORGANISATION, "")).split())[:120]


def logo_data_uri(given: str = "", lang: str | None = None) -> str:
    """The logo as a ``data:`` URI for the cover, or "" (with a warning in the
    user's language naming the file) when there is none or it cannot be used."""
    value = given or os.environ.get(ENV_LOGO, "")
    if not value:
        return ""
    path = Path(value).expanduser()
    kind = _TYPES.get(path.suffix.lower())
    reason = ""
    if kind is None:
        reason = t("hp.logo.kind", lang=lang, suffix=path.suffix or "—")
    elif not path.is_file():
        reason = t("hp.logo.not_found", lang=lang)
    elif path.stat().st_size > _MAX_BYTES:
        reason = t("hp.logo.too_large", lang=lang, megabytes=_MAX_BYTES // 1_000_000)
    if reason:
        _log.warning(t("hp.error.logo", lang=lang, path=str(path)[-80:], reason=reason))
        return ""
    return f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode("ascii")
