"""Start a Jupyter server for a browser test and stop it again, one way for all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from journeykit_widgets.cli.start import SERVER_SETTINGS


def _answers(probe: str, any_status: bool) -> bool:
    try:
        with urllib.request.urlopen(probe, timeout=2) as response:
            return any_status or response.status == 200
    except urllib.error.HTTPError:
        return any_status  # the server answers, with an error page
    except OSError:
        return False


@contextmanager
def serving(
    command: list[str], log_path: Path, probe: str, what: str, timeout: float, any_status=False, **popen
):
    """Run ``command`` (output to ``log_path``) until ``probe`` answers; stop it on exit.

    ``timeout`` is a cap far above a quiet machine's few seconds: a loaded CI machine
    took over 60 s to start JupyterLab, and the wait ends as soon as it answers.

    ``any_status``: an HTTP error page counts as ready too (Voilà's static folder)."""
    log = log_path.open("w")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, **popen)
    try:
        deadline = time.monotonic() + timeout
        while not _answers(probe, any_status):
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(f"{what} did not start:\n" + log_path.read_text()[-3000:])
            time.sleep(0.3)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def free_port() -> int:
    """A port nobody listens on now, on the loopback address."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def voila(root: Path, state: Path, notebook: str | None = None):
    """Voilà serving ``notebook`` (single-notebook mode, page at ``/``) or, without one,
    every notebook in ``root`` (at ``/voila/render/NAME``); Jupyter, IPython and
    matplotlib state kept in ``state``, the language left to the page. Yields the URL."""
    env = dict(os.environ)
    for var, sub in (
        ("JUPYTER_CONFIG_DIR", "config"),
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("IPYTHONDIR", "ipython"),
        ("MPLCONFIGDIR", "matplotlib"),
    ):
        env[var] = str(state / sub)
    env.pop("JOURNEYKIT_LANG", None)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "voila", *([notebook] if notebook else [])]
    command += ["--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"]
    probe = f"{url}/voila/static/"
    with serving(command, state / "voila.log", probe, "Voilà", 240, any_status=True, cwd=root, env=env):
        yield url


def stop_kernels(url: str) -> None:
    """Shut down every kernel of the JupyterLab at ``url`` through its REST API.

    A test's kernels keep running after its page closes, and each one's journey
    watcher keeps reading its file: on a shared 2-core machine a dozen idle
    kernels slow every later test. (A token-less server still checks XSRF on
    DELETE: the ``_xsrf`` cookie goes back as ``X-XSRFToken``.)"""
    import http.cookiejar
    import json

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(f"{url}/lab", timeout=30) as response:
        response.read()
    xsrf = next((cookie.value for cookie in jar if cookie.name == "_xsrf"), "")

    def listed() -> set[str]:
        with opener.open(f"{url}/api/kernels", timeout=30) as response:
            return {kernel["id"] for kernel in json.load(response)}

    def delete(kernel: str) -> None:
        request = urllib.request.Request(
            f"{url}/api/kernels/{kernel}", method="DELETE", headers={"X-XSRFToken": xsrf}
        )
        try:
            with opener.open(request, timeout=60):
                pass
        except urllib.error.HTTPError:
            # Gone meanwhile (the kernel budget stopped it), or in the middle of a
            # restart the test asked for, when jupyter_client cannot shut it down
            # yet: asked again below until it is no longer listed.
            pass

    kernels = listed()
    deadline = time.monotonic() + 90
    left = kernels
    while left and time.monotonic() < deadline:
        for kernel in left:
            delete(kernel)
        left = kernels & listed()
        if left:
            time.sleep(1)  # polling the server: a restart still under way
    assert not left, f"kernels still running after the test: {sorted(left)}"


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
    # Render every cell, not only those in view: off-screen cells would report
    # empty text and invisible images to the tests.
    tracker = base / "settings" / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True)
    # A notebook starts its kernel without asking by the kit's own JupyterLab defaults
    # (deploy/jupyterlab_settings.json), as in the room.
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
    with serving(command, base / "server.log", f"{url}/api/status", "JupyterLab", 240, env=env) as process:
        yield url, root, process
