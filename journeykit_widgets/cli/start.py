"""``journeykit start``: open the workshop in JupyterLab, one command for participants.

JupyterLab runs as a child process whose log goes to ``workspace/jupyterlab.log``;
the terminal shows only the kit's own short message and one link that opens step 00
in the chosen language (``--lang nl`` opens ``notebooks/nl/``).
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import webbrowser
from pathlib import Path
from urllib.parse import quote

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import get_language, t
from journeykit_widgets.server_settings import arguments

START_NOTEBOOK = "00_start_here.ipynb"
LOG_NAME = "jupyterlab.log"
HOST = "127.0.0.1"
# A cold JupyterLab is ready in 2–3 s; a busy workshop laptop may need much longer.
READY_TIMEOUT = 180.0


def register(sub) -> None:
    parser = add_command(sub, "start", "cli.start.help", run)
    parser.add_argument("--dir", type=Path, help=t("cli.start.opt.dir"))
    parser.add_argument("--port", type=int, help=t("cli.start.opt.port"))
    parser.add_argument("--no-browser", action="store_true", help=t("cli.start.opt.no_browser"))
    parser.add_argument("--dry-run", action="store_true", help=t("cli.start.opt.dry_run"))


def find_kit_root(start: Path | None = None) -> Path | None:
    """The folder holding ``notebooks/``: the given or current folder (or a parent),
    else the checkout this package was installed from in editable mode."""
    candidates = []
    here = (start or Path.cwd()).resolve()
    candidates.extend([here, *here.parents])
    candidates.append(Path(__file__).resolve().parents[2])
    return next((c for c in candidates if (c / "notebooks").is_dir()), None)


def start_notebook(root: Path, lang: str) -> str:
    """Path (relative to the kit, with ``/``) of step 00 in ``lang``; the English one
    when that language has no notebooks, the notebooks folder when neither exists."""
    for folder in (("notebooks", lang), ("notebooks",)) if lang != "en" else (("notebooks",),):
        candidate = root.joinpath(*folder, START_NOTEBOOK)
        if candidate.exists():
            return "/".join((*folder, START_NOTEBOOK))
    return "notebooks"


def start_url(port: int, token: str, notebook: str) -> str:
    """The one link people click: it opens the start notebook itself, not the Launcher."""
    return f"http://{HOST}:{port}/lab/tree/{quote(notebook)}?token={token}"


# The workshop's server settings (save hook, at most three kernels, idle culling):
# the same ones the hub image and Binder read from deploy/jupyter_server_config.json.
SERVER_SETTINGS = arguments()


def jupyter_command(root: Path, port: int, token: str, notebook: str) -> list[str]:
    """JupyterLab never opens a browser itself: we open the start notebook once the
    server answers, and its own log (with the Launcher's address) goes to a file."""
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={root}",
        f"--ServerApp.ip={HOST}",
        f"--port={port}",
        # Fail on a taken port rather than quietly move to another one the link does not name.
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        # The server's own front page (/) leads to step 00 as well.
        f"--ServerApp.default_url=/lab/tree/{quote(notebook)}",
        "--no-browser",
        *SERVER_SETTINGS,
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Containers and workshop VMs often run as root; JupyterLab refuses that
        # without this flag, which would stop a room full of people at step one.
        command.append("--allow-root")
    return command


def free_port(first: int = 8888, tries: int = 50) -> int:
    """The first port from ``first`` on that nothing listens on."""
    for port in range(first, first + tries):
        with socket.socket() as sock:
            try:
                sock.bind((HOST, port))
            except OSError:
                continue
            return port
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port}/api", timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


def _wait_until_ready(server: subprocess.Popen, port: int) -> bool:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline and server.poll() is None:
        if _answers(port):
            return True
        time.sleep(0.25)  # polling interval while the server boots, not a barrier
    return False


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def run(args) -> int:
    root = find_kit_root(args.dir)
    if root is None:
        return fail(t("cli.start.no_kit"))
    workspace = root / "workspace"
    workspace.mkdir(exist_ok=True)
    log_path = workspace / LOG_NAME
    notebook = start_notebook(root, get_language())
    port = args.port or free_port()
    token = secrets.token_hex(24)
    command = jupyter_command(root, port, token, notebook)
    if args.dry_run:
        print(t("cli.start.opening", root=root, workspace=workspace))
        print(" ".join(command))
        print(start_url(port, token, notebook))
        return 0
    print(t("cli.start.starting"), flush=True)
    with open(log_path, "w", encoding="utf-8") as log:
        # stdin from /dev/null: JupyterLab then stops at once on Ctrl-C instead of
        # asking a question in a log nobody reads.
        server = subprocess.Popen(
            command, cwd=root, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
        )
    # Stopping this command (a closed terminal, a test's terminate()) stops the server too.
    # The handler only passes the signal on: waiting for the server inside it would
    # deadlock with the ``server.wait()`` it interrupts.
    stopping: list[int] = []

    def forward(signum, _frame) -> None:
        stopping.append(signum)
        if server.poll() is None:
            server.terminate()

    previous = signal.signal(signal.SIGTERM, forward)
    try:
        if not _wait_until_ready(server, port):
            _stop(server)
            return 0 if stopping else fail(t("cli.start.failed", log=log_path))
        url = start_url(port, token, notebook)
        print(t("cli.start.ready", workspace=workspace, log=log_path))
        print(f"\n    {url}\n", flush=True)
        print(t("cli.start.stop_hint"), flush=True)
        if not args.no_browser:
            webbrowser.open(url)
        return 0 if server.wait() in (0, -signal.SIGTERM, -signal.SIGINT) else 1
    except KeyboardInterrupt:
        _stop(server)
        print(t("cli.interrupted"), file=sys.stderr)
        return 0
    finally:
        _stop(server)
        signal.signal(signal.SIGTERM, previous)
