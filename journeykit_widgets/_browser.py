"""Finding a Chromium to drive headless, for PDF handouts and browser tests.

Order: ``$JOURNEYKIT_BROWSER``, a Chromium installed by ``playwright install
chromium``, then the system's ``chromium`` (Debian: ``/usr/bin/chromium``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Flags that keep a headless Chromium quiet and working on locked-down machines
# (no sandbox as root, no background traffic to Google's servers).
LAUNCH_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)

ENV_VAR = "JOURNEYKIT_BROWSER"


def _playwright_chromium() -> Path | None:
    root = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache" / "ms-playwright")
    if not root.is_dir():
        return None
    for pattern in (
        "chromium-*/chrome-linux*/chrome",
        "chromium-*/chrome-mac*/Chromium.app/Contents/MacOS/Chromium",
        "chromium-*/chrome-win*/chrome.exe",
    ):
        found = sorted(root.glob(pattern), reverse=True)
        if found:
            return found[0]
    return None


def find_browser(explicit: str | Path | None = None) -> Path | None:
    """The Chromium executable to use, or None when there is none on this machine."""
    if explicit:
        path = Path(explicit)
        return path if path.exists() else None
    env = os.environ.get(ENV_VAR)
    if env:
        path = Path(env)
        return path if path.exists() else None
    managed = _playwright_chromium()
    if managed:
        return managed
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return None
