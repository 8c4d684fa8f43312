"""``journeykit start``: one command opens the workshop in JupyterLab."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

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
    assert "notebooks/00_start_here.ipynb" in capsys.readouterr().out


def test_dutch_messages(tmp_path, capsys):
    (tmp_path / "notebooks").mkdir()
    main(["start", "--dir", str(tmp_path), "--dry-run", "--lang", "nl"])
    assert "Je eigen klantreisbestanden komen in" in capsys.readouterr().out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_really_starts_jupyterlab(tmp_path):
    """The README's first command, minus the browser: a JupyterLab answers on the port."""
    kit = tmp_path / "kit"
    (kit / "notebooks").mkdir(parents=True)
    port = _free_port()
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    command = [sys.executable, "-m", "journeykit_widgets", "start", "--dir", str(kit)]
    command += ["--no-browser", "--port", str(port)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api", timeout=2) as reply:
                    status = json.loads(reply.read())
                    break
            except OSError:
                time.sleep(0.5)
        assert status is not None, proc.stdout.read() if proc.poll() is not None else "no answer in 60 s"
        assert (kit / "workspace").is_dir()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
