"""``journeykit start``: one command opens the workshop in JupyterLab."""

from __future__ import annotations

import json
import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from journeykit_widgets.cli import main
from journeykit_widgets.cli.start import find_kit_root

ROOT = Path(__file__).resolve().parent.parent


def test_finds_the_kit_from_a_subfolder_and_from_elsewhere(tmp_path):
    assert find_kit_root(ROOT / "journeykit_widgets") == ROOT
    # Outside the kit it falls back to the checkout the package was installed from.
    assert find_kit_root(tmp_path) == ROOT


def test_dry_run_shows_the_command_and_creates_the_workspace(tmp_path, capsys):
    (tmp_path / "notebooks").mkdir()
    assert main(["start", "--dir", str(tmp_path), "--dry-run", "--no-browser", "--port", "8899"]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "workspace").is_dir()
    assert "jupyterlab" in out and "--port=8899" in out and "--no-browser" in out
    assert f"--ServerApp.root_dir={tmp_path}" in out


def test_opens_the_start_notebook_when_it_exists(tmp_path, capsys):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "00_start_here.ipynb").write_text("{}")
    main(["start", "--dir", str(tmp_path), "--dry-run"])
    assert "/lab/tree/notebooks/00_start_here.ipynb?token=" in capsys.readouterr().out


def test_dutch_opens_the_dutch_start_notebook(tmp_path, capsys):
    for folder in ("notebooks", "notebooks/nl"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "00_start_here.ipynb").write_text("{}")
    main(["start", "--dir", str(tmp_path), "--dry-run", "--lang", "nl"])
    out = capsys.readouterr().out
    assert "/lab/tree/notebooks/nl/00_start_here.ipynb?token=" in out


def test_dutch_messages(tmp_path, capsys):
    (tmp_path / "notebooks").mkdir()
    main(["start", "--dir", str(tmp_path), "--dry-run", "--lang", "nl"])
    assert "Je eigen klantreisbestanden komen in" in capsys.readouterr().out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _isolated_env(tmp_path: Path) -> dict:
    env = {**os.environ}
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"):
        env[name] = str(tmp_path / name.lower())
    env.pop("JOURNEYKIT_LANG", None)
    return env


def _read_lines(proc: subprocess.Popen, lines: queue.Queue) -> None:
    for line in proc.stdout:
        lines.put(line)
    lines.put(None)


def _start_for_real(tmp_path: Path, *options: str, env: dict | None = None):
    """Run ``journeykit start`` as a participant would; return the process, the
    lines it printed until the link appeared, and the link."""
    kit = tmp_path / "kit"
    for folder in ("notebooks", "notebooks/nl"):
        (kit / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / folder / "00_start_here.ipynb", kit / folder)
    port = _free_port()
    command = [sys.executable, "-m", "journeykit_widgets", "start", "--dir", str(kit), "--port", str(port)]
    proc = subprocess.Popen(
        [*command, *options],
        env={**_isolated_env(tmp_path), **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_read_lines, args=(proc, lines), daemon=True).start()
    printed: list[str] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            break
        printed.append(line)
        if "Ctrl-C" in line:  # the last line of the kit's message
            break
    links = [word for line in printed for word in line.split() if word.startswith("http")]
    return kit, port, proc, printed, links


def _stop(proc: subprocess.Popen) -> int | None:
    """Stop ``journeykit start`` as a closed terminal does; its exit code, None when it hung."""
    proc.terminate()
    try:
        return proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return None


def _setting_defaults(port: int, token: str, plugin: str) -> dict:
    """The defaults the running JupyterLab gives ``plugin``'s settings (schema and overrides)."""
    url = f"http://127.0.0.1:{port}/lab/api/settings/{plugin}?token={token}"
    with urllib.request.urlopen(url, timeout=30) as reply:
        properties = json.loads(reply.read())["schema"]["properties"]
    return {name: spec.get("default") for name, spec in properties.items()}


def test_really_starts_and_prints_one_link_to_the_dutch_start_notebook(tmp_path):
    """The README's first command, minus the browser: a short message of the kit's own
    in Dutch, one link that opens notebooks/nl/00_start_here.ipynb, JupyterLab's log in
    a file; stopping the command stops the server."""
    kit, port, proc, printed, links = _start_for_real(tmp_path, "--lang", "nl", "--no-browser")
    try:
        assert len(links) == 1, "".join(printed)
        link = links[0]
        assert link.startswith(f"http://127.0.0.1:{port}/lab/tree/notebooks/nl/00_start_here.ipynb?token=")
        assert len(printed) <= 8 and not any("ServerApp" in line or "[I " in line for line in printed)
        assert "De workshop staat klaar" in "".join(printed)
        with urllib.request.urlopen(link, timeout=30) as reply:
            assert reply.status == 200
            page = reply.read().decode()
        # JupyterLab's page says which file it opens: the Dutch step 00, not the Launcher.
        assert '"treePath": "notebooks/nl/00_start_here.ipynb"' in page
        token = link.split("token=", 1)[1]
        contents = f"http://127.0.0.1:{port}/api/contents/notebooks/nl/00_start_here.ipynb?token={token}"
        with urllib.request.urlopen(contents, timeout=30) as reply:
            assert json.loads(reply.read())["name"] == "00_start_here.ipynb"
        # The kit's JupyterLab defaults (deploy/jupyterlab_settings.json, installed with
        # the package): no "news?" question and no update check over the forms, and a
        # notebook starts its Python without a "Select Kernel" question (on a loaded
        # machine the lab raised one over the page, and its "Select" hung).
        notification = _setting_defaults(port, token, "@jupyterlab/apputils-extension:notification")
        assert notification["fetchNews"] == "false" and notification["checkForUpdates"] is False
        tracker = _setting_defaults(port, token, "@jupyterlab/notebook-extension:tracker")
        assert tracker["autoStartDefaultKernel"] is True
        log = (kit / "workspace" / "jupyterlab.log").read_text()
        assert "ServerApp" in log
    finally:
        code = _stop(proc)
    assert code == 0  # stopped by itself, the server with it (not killed after a hang)
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api", timeout=5)


def test_opens_the_browser_on_the_english_start_notebook(tmp_path):
    """Without --no-browser the browser gets the same link (webbrowser follows $BROWSER)."""
    seen = tmp_path / "browser.txt"
    fake = tmp_path / "browser.py"
    fake.write_text(f"import sys, pathlib; pathlib.Path({str(seen)!r}).write_text(sys.argv[1])\n")
    browser = {"BROWSER": f"{sys.executable} {fake} %s"}
    _kit, _port, proc, printed, links = _start_for_real(tmp_path, "--lang", "en", env=browser)
    try:
        assert len(links) == 1, "".join(printed)
        assert "/lab/tree/notebooks/00_start_here.ipynb?token=" in links[0]
        assert "The workshop is ready" in "".join(printed)
        deadline = time.monotonic() + 30
        while not seen.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert seen.read_text() == links[0]
    finally:
        _stop(proc)
