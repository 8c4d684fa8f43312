"""A Jupyter server extension that keeps a participant's kernels to a few.

The notebooks' "Next" links open each step in a new JupyterLab tab, with a kernel
of its own, and the earlier tabs stay open: walking 00 → 08 left nine kernels of
about 144 MB each on one server. ``KernelBudget`` keeps the ``keep`` (3) most
recently started kernels and shuts down older ones once they are idle, together
with their session; a busy kernel is never stopped (it is tried again later), and a
kernel no notebook uses (no session) goes before any notebook's.

Why "most recently started" and not jupyter_server's ``last_activity`` or its idle
culler (``MappingKernelManager.cull_idle_timeout``): every open board and form pings
its kernel once a second, and every kernel that shows a journey pushes the others'
changes to its page, so every open tab's kernel looks active all the time; the
activity cannot tell which notebook the participant is in, and the culler would
either never fire or stop the notebook in use (``cull_connected``). The order in
which kernels started follows the walk instead: the step just opened is the newest,
and a step the participant goes back to becomes the newest again as soon as a cell
runs there (JupyterLab 4 starts a new kernel for a notebook whose session is gone,
without asking). Kernel › Restart counts as a start.

The budget counts a few seconds (``settle``) after a start, not at once: when a kernel
is replaced (the kernel chooser, Kernel › Change Kernel, a notebook whose kernel was
slow to start), the server starts the new kernel before it shuts down the old one,
and counting at that moment saw one kernel too many and stopped another open tab's.

What the participant sees in a tab whose kernel was stopped: "No Kernel" in the
toolbar, and the boards and forms there say that Python was stopped and what to do
(``board.gone``, ``alive.gone``); text typed on a board is kept in the page.

Public jupyter_server API only: the kernel-action events (jupyter_events), the
kernel manager's ``list_kernel_ids``/``kernel_model``/``shutdown_kernel`` and the
session manager's ``list_sessions``/``delete_session``. Enabled by
``journeykit start`` and by ``jupyter_server_config.json`` (hub image, Binder):
see ``journeykit_widgets.server_settings``.
"""

from __future__ import annotations

import asyncio
import time

from traitlets import Float, Int
from traitlets.config import LoggingConfigurable

KERNEL_ACTIONS = "https://events.jupyter.org/jupyter_server/kernel_actions/v1"


class KernelBudget(LoggingConfigurable):
    """Keeps at most ``keep`` kernels on this server, the most recently started."""

    keep = Int(3, help="How many kernels a server keeps: the most recently started ones.").tag(config=True)
    retry = Float(10.0, help="Seconds before trying again when a kernel over the budget was busy.").tag(
        config=True
    )
    settle = Float(
        3.0,
        help="Seconds after a kernel starts before the budget counts (a replaced kernel is gone by then).",
    ).tag(config=True)

    def __init__(self, serverapp, **kwargs):
        super().__init__(parent=serverapp, log=serverapp.log, **kwargs)
        self.kernels = serverapp.kernel_manager
        self.sessions = serverapp.session_manager
        self.started: dict[str, float] = {}  # kernel id → when it started (monotonic)
        self._lock = asyncio.Lock()
        self._retrying = False
        self._tasks: set[asyncio.Future] = set()  # held: a task nobody holds may vanish
        self.counted = 0  # how many times the budget has counted (a test waits on it)

    async def on_kernel_action(self, logger, schema_id: str, data: dict) -> None:
        """Listener for jupyter_server's kernel-action events (jupyter_events calls it
        with these keyword names). It never raises: the server is more important."""
        try:
            kernel_id = data.get("kernel_id")
            if data.get("status") != "success" or not kernel_id:
                return
            if data.get("action") in ("start", "restart"):
                self.started[kernel_id] = time.monotonic()
                asyncio.get_running_loop().call_later(self.settle, self._enforce_soon)
            elif data.get("action") == "shutdown":
                self.started.pop(kernel_id, None)
        except Exception:
            self.log.exception("JourneyKit: the kernel budget failed on %s", data)

    def over_budget(self, in_use: frozenset[str] | set[str] = frozenset()) -> list[str]:
        """Ids of the kernels beyond the ``keep`` most recently started, the first to
        stop first: kernels no notebook uses (``in_use``: those with a session) before
        any notebook's, each group oldest first. A kernel without a session is no tab's
        (one being replaced, or started by a script), so it goes before an open tab's."""
        ids = list(self.kernels.list_kernel_ids())
        now = time.monotonic()
        for kernel_id in ids:
            self.started.setdefault(kernel_id, now)  # one that started before we loaded
        for gone in set(self.started) - set(ids):
            del self.started[gone]
        ids.sort(key=lambda kernel_id: (kernel_id in in_use, self.started[kernel_id]))
        return ids[: max(0, len(ids) - max(1, self.keep))]

    async def enforce(self) -> list[str]:
        """Shut down the idle kernels over the budget; returns their ids."""
        async with self._lock:
            stopped, busy = [], False
            sessions = await self.sessions.list_sessions()
            in_use = {(session.get("kernel") or {}).get("id") for session in sessions}
            for kernel_id in self.over_budget(in_use):
                try:
                    state = self.kernels.kernel_model(kernel_id).get("execution_state")
                except Exception:  # stopped meanwhile (HTTP 404 from the manager)
                    continue
                if state != "idle":  # busy, starting, restarting: never stopped mid-work
                    busy = True
                    continue
                await self._shut_down(kernel_id, sessions)
                stopped.append(kernel_id)
            self.counted += 1
        if busy and not self._retrying:
            self._retrying = True
            asyncio.get_running_loop().call_later(self.retry, self._again)
        return stopped

    def _again(self) -> None:
        self._retrying = False
        self._enforce_soon()

    def _enforce_soon(self) -> None:
        task = asyncio.ensure_future(self._enforce_logged())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _enforce_logged(self) -> None:
        try:
            await self.enforce()
        except Exception:  # never into the server's loop: the server is more important
            self.log.exception("JourneyKit: the kernel budget failed")

    async def _shut_down(self, kernel_id: str, sessions: list[dict]) -> None:
        # With its session, so JupyterLab shows "No Kernel" and starts a new kernel
        # when a cell of that notebook runs again.
        for session in sessions:
            if (session.get("kernel") or {}).get("id") == kernel_id:
                self.log.info(
                    "JourneyKit: stopping idle kernel of %s (over %d kernels)", session.get("path"), self.keep
                )
                await self.sessions.delete_session(session["id"])
                break
        else:
            self.log.info("JourneyKit: stopping idle kernel %s (over %d kernels)", kernel_id, self.keep)
            await self.kernels.shutdown_kernel(kernel_id)
        self.started.pop(kernel_id, None)


def _jupyter_server_extension_points():
    return [{"module": "journeykit_widgets.kernel_budget"}]


def _load_jupyter_server_extension(serverapp) -> None:
    budget = KernelBudget(serverapp)
    serverapp.event_logger.add_listener(schema_id=KERNEL_ACTIONS, listener=budget.on_kernel_action)
    serverapp.web_app.settings["journeykit_kernel_budget"] = budget
    serverapp.log.info("JourneyKit: at most %d kernels at a time (the most recently started)", budget.keep)
