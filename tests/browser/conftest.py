"""A real JupyterLab server in a temporary folder and a headless Chromium.

Without a browser the tests skip with the reason, unless
``JOURNEYKIT_REQUIRE_BROWSER=1`` (CI) makes that a failure.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from _servers import jupyterlab, stop_kernels

from journeykit_widgets._browser import LAUNCH_ARGS, find_browser


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


@pytest.fixture(scope="session")
def lab_server(browser_executable, tmp_path_factory):
    """(base url, root folder) of a token-less JupyterLab on a free port."""
    with jupyterlab(tmp_path_factory.mktemp("lab")) as (url, root, _process):
        yield url, root


@pytest.fixture(autouse=True)
def _kernels_stopped_after_each_test(request):
    """Every test that used the lab leaves it without kernels: the next test starts
    on a quiet server (and no test can lean on an earlier test's kernel)."""
    yield
    if "lab_server" in request.fixturenames:
        url, _root = request.getfixturevalue("lab_server")
        stop_kernels(url)


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
