"""A real JupyterLab server in a temporary folder and a headless Chromium.

Without a browser the tests skip with the reason, unless
``JOURNEYKIT_REQUIRE_BROWSER=1`` (CI) makes that a failure.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from _servers import free_port, serving

from journeykit_widgets._browser import LAUNCH_ARGS, find_browser
from journeykit_widgets.cli.start import SERVER_SETTINGS


@pytest.fixture(scope="session")
def browser_executable() -> Path:
    found = find_browser()
    if found is None:
        reason = (
            "no Chromium found (set JOURNEYKIT_BROWSER, run `playwright install chromium`, "
            "or install the system package `chromium`)"
        )
        if os.environ.get("JOURNEYKIT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser tests are required here but {reason}")
        pytest.skip(reason)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if os.environ.get("JOURNEYKIT_REQUIRE_BROWSER") == "1":
            pytest.fail("browser tests are required here but the Python package playwright is missing")
        pytest.skip("the Python package playwright is not installed")
    return found


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="journeykit-screenshots-"))
    print(f"\nbrowser screenshots: {folder}")
    return folder


@contextmanager
def jupyterlab(base: Path):
    """A token-less JupyterLab on a free port with ``journeykit start``'s server settings,
    its folder ``base/root`` and its state in ``base``; yields (url, root, server process)."""
    root = base / "root"
    root.mkdir()
    env = dict(os.environ)
    for var, sub in (
        ("JUPYTER_CONFIG_DIR", "config"),
        ("JUPYTER_DATA_DIR", "data"),
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("IPYTHONDIR", "ipython"),
        ("MPLCONFIGDIR", "matplotlib"),
        ("JUPYTERLAB_SETTINGS_DIR", "settings"),
        ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"),
    ):
        env[var] = str(base / sub)
    env["MPLBACKEND"] = "Agg"
    env.pop("JOURNEYKIT_LANG", None)
    toast = base / "settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    toast.parent.mkdir(parents=True)
    toast.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}), "utf-8")
    # Render every cell, not only those in view: off-screen cells would report
    # empty text and invisible images to the tests.
    tracker = base / "settings" / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True)
    tracker.write_text(json.dumps({"windowingMode": "none"}), "utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.token=",
        "--ServerApp.password=",
        f"--ServerApp.root_dir={root}",
        "--ip=127.0.0.1",
        "--allow-root",
        # What ``journeykit start`` sets: the save hook, at most three kernels, culling.
        *SERVER_SETTINGS,
    ]
    with serving(command, base / "server.log", f"{url}/api/status", "JupyterLab", 60, env=env) as process:
        yield url, root, process


@pytest.fixture(scope="session")
def lab_server(browser_executable, tmp_path_factory):
    """(base url, root folder) of a token-less JupyterLab on a free port."""
    with jupyterlab(tmp_path_factory.mktemp("lab")) as (url, root, _process):
        yield url, root


@pytest.fixture(scope="module")
def browser(browser_executable):
    # Module scope, not session: while the sync Playwright driver is alive it
    # owns this thread's running event loop, and every later test that calls
    # asyncio.run() (the widget preview tests) would fail.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(browser_executable), args=list(LAUNCH_ARGS))
        try:
            yield chromium
        finally:
            chromium.close()
