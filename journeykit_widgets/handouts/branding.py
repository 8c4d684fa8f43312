"""The organisation, logo and report date a trainer gives for every handout.

Set once for a workshop by the environment variables ``JOURNEYKIT_ORGANISATION``,
``JOURNEYKIT_LOGO`` and ``JOURNEYKIT_REPORT_DATE`` (a hub sets them for every
participant), or per export by the exporters' ``organisation`` and ``logo``
options and ``journeykit export --date``. The report date is the day on the
cover and the day against which open actions are marked overdue: a report
written up on Monday about Friday's workshop says Friday.
The logo is embedded in the document (a PNG, JPEG or SVG file of at most 2 MB);
an SVG logo is shown as an image, so nothing in it can run.
"""

from __future__ import annotations

import base64
import logging
import os
from datetime import date
from pathlib import Path

from journeykit_widgets.i18n import t

__all__ = [
    "ENV_LOGO",
    "ENV_ORGANISATION",
    "ENV_REPORT_DATE",
    "ReportDateError",
    "logo_data_uri",
    "organisation",
    "parse_report_date",
    "report_date",
]

ENV_ORGANISATION = "JOURNEYKIT_ORGANISATION"
ENV_LOGO = "JOURNEYKIT_LOGO"
ENV_REPORT_DATE = "JOURNEYKIT_REPORT_DATE"
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


class ReportDateError(ValueError):
    """A report date that is no day written YYYY-MM-DD; the message names where it came from."""


def parse_report_date(value: str, source: str = ENV_REPORT_DATE, lang: str | None = None) -> date:
    """``value`` ("2026-12-04") as a date, or ``ReportDateError`` naming ``source``
    (the setting or option it came from) and a short excerpt of the value."""
    text = value.strip()
    try:
        if len(text) != 10:  # YYYY-MM-DD only: "4-12-2026" is ambiguous between readers
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        excerpt = text if len(text) <= 24 else text[:23] + "…"
        raise ReportDateError(t("h24.report_date.bad", lang=lang, source=source, value=excerpt)) from None


def report_date(given: str = "", lang: str | None = None) -> date:
    """The report's date: ``given``, else ``$JOURNEYKIT_REPORT_DATE``, else today.
    A bad setting is said once as a warning in the user's language and today is used,
    so a typo never stops a report in the middle of a workshop."""
    value = given or os.environ.get(ENV_REPORT_DATE, "")
    if not value.strip():
        return date.today()
    try:
        return parse_report_date(value, "--date" if given else ENV_REPORT_DATE, lang)
    except ReportDateError as error:
        _log.warning("%s", error)
        return date.today()
