"""At most a few kernels per participant's server (journeykit_widgets.kernel_budget):
a real Jupyter server with the kit's settings keeps the most recently started
kernels, stops older idle ones and never a busy one; every place the kit sets up a
server (journeykit start, the hub image, Binder) loads the same settings. Against
stand-ins for the server's kernel and session managers: a kernel replaced in one tab
never costs another tab its kernel, and a kernel no notebook uses goes first."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from traitlets.config import LoggingConfigurable

from journeykit_widgets.cli.start import jupyter_command
from journeykit_widgets.kernel_budget import KernelBudget
from journeykit_widgets.server_settings import SERVER_CONFIG, arguments, config_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))  # the one way to run a server for a test
from _servers import free_port, serving  # noqa: E402

CONFIG_FILE = ROOT / "deploy" / "jupyter_server_config.json"


def test_the_hub_image_and_binder_read_the_same_settings_as_journeykit_start(tmp_path):
    assert CONFIG_FILE.read_text("utf-8") == config_text()
    assert json.loads(CONFIG_FILE.read_text("utf-8"))["KernelBudget"]["keep"] == 3
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text("utf-8")
    assert "deploy/jupyter_server_config.json /etc/jupyter/jupyter_server_config.json" in dockerfile
    post_build = (ROOT / "binder" / "postBuild").read_text("utf-8")
    assert 'cp deploy/jupyter_server_config.json "${HOME}/.jupyter/jupyter_server_config.json"' in post_build
    command = jupyter_command(tmp_path, 8888, "token", "notebooks/00_start_here.ipynb")
    assert "--ServerApp.jpserver_extensions=journeykit_widgets.kernel_budget=True" in command
    assert "--KernelBudget.keep=3" in command
    assert set(arguments()) <= set(command)
    assert SERVER_CONFIG["ServerApp"]["jpserver_extensions"] == {"journeykit_widgets.kernel_budget": True}


class _Server:
    """A token-less jupyter server's REST API (kernels only)."""

    def __init__(self, url: str):
        self.url = url

    def call(self, method: str, path: str) -> object:
        request = urllib.request.Request(
            f"{self.url}{path}", method=method, data=b"" if method == "POST" else None
        )
        with urllib.request.urlopen(request, timeout=60) as reply:
            body = reply.read()
        return json.loads(body) if body else None

    def kernels(self) -> dict[str, str]:
        return {k["id"]: k["execution_state"] for k in self.call("GET", "/api/kernels")}

    def start(self, runtime: Path) -> str:
        """A new kernel, asked for its info as JupyterLab does until the server has
        seen it idle. The server learns the state from the kernel's status messages,
        and its subscription to them can join after the first answer has gone by (on a
        loaded machine: CI waited 120 s for one "idle"); jupyter_server nudges the same
        way when a page connects."""
        kernel = self.call("POST", "/api/kernels")["id"]
        client = _client(runtime, kernel)

        def idle() -> bool:
            if self.kernels().get(kernel) == "idle":
                return True
            client.kernel_info()  # another busy-idle pair for the server to see
            return False

        try:
            self.wait(idle, f"kernel {kernel} idle")
        finally:
            client.stop_channels()
        return kernel

    @staticmethod
    def wait(condition, what: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                pytest.fail(f"waited {timeout:.0f} s for {what}")
            time.sleep(0.2)  # polling the server's state, not a barrier


@pytest.fixture
def server(tmp_path):
    env = dict(os.environ)
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"):
        env[var] = str(tmp_path / var.lower())
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "jupyter_server",
        f"--port={port}",
        "--ip=127.0.0.1",
        "--ServerApp.token=",
        "--ServerApp.password=",
        "--ServerApp.disable_check_xsrf=True",
        f"--ServerApp.root_dir={tmp_path}",
        "--allow-root",
        # The kit's settings; two kernels are enough to show the rule, a quick retry keeps it short.
        *arguments({**SERVER_CONFIG, "KernelBudget": {"keep": 2, "retry": 1}}),
    ]
    with serving(command, tmp_path / "server.log", f"{url}/api/status", "jupyter server", 90, env=env):
        yield _Server(url), Path(env["JUPYTER_RUNTIME_DIR"])


def _client(runtime: Path, kernel: str):
    """A client of ``kernel`` that has had the kernel's first answer."""
    from jupyter_client import BlockingKernelClient

    client = BlockingKernelClient(connection_file=str(runtime / f"kernel-{kernel}.json"))
    client.load_connection_file()
    client.start_channels(hb=False)
    request = client.kernel_info()
    while client.get_shell_msg(timeout=120)["parent_header"].get("msg_id") != request:
        pass
    return client


def _finish(gate: Path) -> None:
    """Let the cell waiting on ``gate`` end (if it has opened it yet)."""
    try:
        fd = os.open(gate, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:  # no reader: the cell never started waiting, nothing to finish
        return
    try:
        os.write(fd, b"done")
    except OSError:  # the cell finished in between: nothing to finish
        pass
    finally:
        os.close(fd)


@pytest.mark.slow
def test_the_server_keeps_the_newest_kernels_and_never_stops_a_busy_one(server, tmp_path):
    api, runtime = server
    first = api.start(runtime)
    # A cell running in the oldest kernel, as a participant's long export would. It
    # stays busy until the test says so (a pipe it reads), not for a guessed number of
    # seconds: long enough however slowly the other kernels start, never longer.
    gate = tmp_path / "cell-gate"
    os.mkfifo(gate)
    client = _client(runtime, first)
    client.execute(f"with open({str(gate)!r}) as gate: gate.read()")
    try:
        api.wait(lambda: api.kernels().get(first) == "busy", "the first kernel busy")
        second, third = api.start(runtime), api.start(runtime)
        # Over the budget: the oldest is busy, so it stays, and so does everything else for now.
        assert api.kernels()[first] == "busy"
        fourth = api.start(runtime)
        # The next start stops the oldest idle kernel; the busy one is still running.
        api.wait(lambda: second not in api.kernels(), "the oldest idle kernel stopped")
        assert set(api.kernels()) == {first, third, fourth}
        assert api.kernels()[first] == "busy"  # still in its cell: the budget waited for it
        _finish(gate)
        # Once its cell is done, the busy one goes too: the two newest are left.
        api.wait(lambda: set(api.kernels()) == {third, fourth}, "the finished kernel stopped", timeout=60)
    finally:
        _finish(gate)  # a failed check must not leave the cell waiting
        client.stop_channels()


class _Kernels:
    """jupyter_server's kernel manager as far as the budget uses it: id → state."""

    def __init__(self):
        self.states: dict[str, str] = {}

    def list_kernel_ids(self) -> list[str]:
        return list(self.states)

    def kernel_model(self, kernel_id: str) -> dict:
        return {"id": kernel_id, "execution_state": self.states[kernel_id]}

    async def shutdown_kernel(self, kernel_id: str) -> None:
        del self.states[kernel_id]


class _Sessions:
    """jupyter_server's session manager as far as the budget uses it: notebook → kernel."""

    def __init__(self, kernels: _Kernels):
        self.kernels = kernels
        self.of: dict[str, str] = {}

    async def list_sessions(self) -> list[dict]:
        return [{"id": path, "path": path, "kernel": {"id": kernel}} for path, kernel in self.of.items()]

    async def delete_session(self, session_id: str) -> None:
        await self.kernels.shutdown_kernel(self.of.pop(session_id))


class _ServerApp(LoggingConfigurable):
    def __init__(self):
        super().__init__(log=logging.getLogger("test_kernel_budget"))
        self.kernel_manager = _Kernels()
        self.session_manager = _Sessions(self.kernel_manager)


def _budget(settle: float = 0.05) -> tuple[KernelBudget, _Kernels, _Sessions]:
    app = _ServerApp()
    return KernelBudget(app, keep=3, settle=settle), app.kernel_manager, app.session_manager


async def _start(budget: KernelBudget, kernels: _Kernels, kernel_id: str) -> None:
    kernels.states[kernel_id] = "idle"
    await budget.on_kernel_action(None, "", {"action": "start", "status": "success", "kernel_id": kernel_id})


async def _until(condition, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "the budget never acted"
        await asyncio.sleep(0.01)  # polling the fake managers, not a barrier


def test_a_replaced_kernel_never_costs_another_tab_its_kernel():
    """Three people's tabs on one server, at the budget; one tab's kernel is replaced
    (the kernel chooser): the server starts the new kernel before it stops the old one.
    Counted at that moment there are four; Ann's tab, the oldest, keeps its kernel."""

    async def scenario():
        budget, kernels, sessions = _budget()
        for name in ("ann", "bob", "cas"):
            await _start(budget, kernels, name)
            sessions.of[f"{name}.ipynb"] = name
        await _start(budget, kernels, "cas-new")
        assert set(kernels.states) == {"ann", "bob", "cas", "cas-new"}  # nothing stopped at the start
        sessions.of["cas.ipynb"] = "cas-new"  # the server moves the session, then stops the old kernel
        # Even before the server stops it, the old kernel is the one over the budget: no tab uses it.
        assert budget.over_budget({"ann", "bob", "cas-new"}) == ["cas"]
        await kernels.shutdown_kernel("cas")
        await _until(lambda: budget.counted == 4)  # one count per start, each after the settle
        assert set(kernels.states) == {"ann", "bob", "cas-new"}

    asyncio.run(scenario())


def test_after_the_settle_the_oldest_idle_tab_goes_and_a_kernel_without_a_tab_first():
    async def scenario():
        budget, kernels, sessions = _budget()
        for name in ("ann", "bob", "cas"):
            await _start(budget, kernels, name)
            sessions.of[f"{name}.ipynb"] = name
        await _start(budget, kernels, "dan")  # a fourth step opened
        sessions.of["dan.ipynb"] = "dan"
        await _until(lambda: "ann" not in kernels.states)
        assert set(kernels.states) == {"bob", "cas", "dan"} and "ann.ipynb" not in sessions.of
        # A kernel no notebook uses (left over from a replacement, or a script's): the one
        # over the budget, although it is the newest; Bob's tab keeps its kernel.
        await _start(budget, kernels, "orphan")
        await _until(lambda: "orphan" not in kernels.states)
        assert set(kernels.states) == {"bob", "cas", "dan"}

    asyncio.run(scenario())
