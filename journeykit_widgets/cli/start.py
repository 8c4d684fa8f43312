"""``journeykit start``: open the workshop in JupyterLab, one command for participants."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import t

START_NOTEBOOK = "00_start_here.ipynb"


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


# A saved notebook keeps a friendly "run this cell" line instead of dead widget
# views and widget state (see ``journeykit_widgets.notebook_save``); kernels no
# tab is connected to any more (a closed notebook tab leaves its kernel running)
# are shut down after half an hour idle, so a day of workshop does not pile up
# twenty kernels. Kernels with an open tab are never culled: their forms may
# hold typing.
SERVER_SETTINGS = (
    "--ContentsManager.pre_save_hook=journeykit_widgets.notebook_save.pre_save",
    "--MappingKernelManager.cull_idle_timeout=1800",
    "--MappingKernelManager.cull_interval=120",
    "--MappingKernelManager.cull_connected=False",
)


def jupyter_command(root: Path, port: int | None, no_browser: bool) -> list[str]:
    start = root / "notebooks" / START_NOTEBOOK
    target = start.relative_to(root) if start.exists() else Path("notebooks")
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={root}",
        *SERVER_SETTINGS,
        str(target),
    ]
    if port:
        command.append(f"--port={port}")
    if no_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Containers and workshop VMs often run as root; JupyterLab refuses that
        # without this flag, which would stop a room full of people at step one.
        command.append("--allow-root")
    return command


def run(args) -> int:
    root = find_kit_root(args.dir)
    if root is None:
        return fail(t("cli.start.no_kit"))
    workspace = root / "workspace"
    workspace.mkdir(exist_ok=True)
    command = jupyter_command(root, args.port, args.no_browser)
    print(t("cli.start.opening", root=root, workspace=workspace))
    if args.dry_run:
        print(" ".join(command))
        return 0
    sys.stdout.flush()
    os.chdir(root)
    if os.name == "posix":
        # Become JupyterLab rather than wait for it, so stopping this process
        # (Ctrl-C, a closed terminal, a test's terminate()) stops the server too.
        os.execv(command[0], command)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0
