"""A member's board in their own kernel, driven through the hub's proxy by the board's
message protocol, as the board's page does it.

``RemoteBoard`` starts a kernel on the member's server (the kernel REST API), runs
``jk.journey_board(PATH)`` in it, and then talks to that widget over its comm on the
kernel's websocket: it sends the page's messages (``{"type": "action", ...}``, the
ones widgets/board/protocol.py declares) as ``custom`` comm messages and receives the
board's answers (``ack``) and every new view (``update``). Nothing is simulated: the
edits go through the member's kernel, under the member's OS account, into the team
file, and a change another member saved reaches this board through its own kernel's
file watcher, as it would reach a browser. Used by benchmarks/bench_hub_teams.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from collections.abc import Callable

from hub_process import Hub

PROTOCOL_VERSION = 2  # journeykit_widgets/widgets/board/protocol.py (checked by the board)

OPEN = """
import os, journeykit_widgets as jk
_board = jk.journey_board(os.path.expanduser({path!r}))
print("JKBOARD", _board.model_id, _board.author, _board.path, flush=True)
"""


class RemoteBoard:
    """One member's board, reached over the widget comm through the hub."""

    def __init__(self, hub: Hub, user: str, on_view: Callable[[str, float], None] | None = None):
        self.hub, self.user = hub, user
        self.on_view = on_view  # called with each view update's raw JSON and the time it arrived
        self.session = uuid.uuid4().hex
        self.kernel = ""
        self.comm = ""
        self.author = ""
        self.path = ""
        self.views = 0
        self._conn = None
        self._reader: asyncio.Task | None = None
        self._seq = 0
        self._acks: dict[int, asyncio.Future] = {}
        self._replies: dict[str, asyncio.Future] = {}
        self._stdout: dict[str, list[str]] = {}
        self._errors: dict[str, str] = {}

    # ------------------------------------------------------------ connection
    async def open(self, path: str, timeout: float = 300) -> None:
        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect

        api = f"/user/{self.user}/api/kernels"
        kernel = await asyncio.to_thread(self.hub.api, "POST", api, {"name": "python3"})
        self.kernel = kernel["id"]
        url = self.hub.url.replace("http", "ws", 1) + f"{api}/{self.kernel}/channels"
        request = HTTPRequest(
            url,
            headers={"Authorization": f"token {self.hub.token}"},
            connect_timeout=timeout,
            request_timeout=timeout,
        )
        # Views of a team map are tens of kB; the default limit (10 MB) is plenty.
        self._conn = await websocket_connect(request)
        self._reader = asyncio.create_task(self._read())
        out = await self.execute(OPEN.format(path=path), timeout)
        line = next((x for x in out.splitlines() if x.startswith("JKBOARD ")), "")
        if not line:
            raise RuntimeError(f"{self.user}: the board did not open: {out[-400:]}")
        _, self.comm, self.author, self.path = line.split(" ", 3)
        await self.send({"type": "hello"})

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
        if self._conn is not None:
            self._conn.close()
        if self.kernel:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(
                    self.hub.api, "DELETE", f"/user/{self.user}/api/kernels/{self.kernel}"
                )

    def _message(self, kind: str, content: dict) -> dict:
        return {
            "header": {
                "msg_id": uuid.uuid4().hex,
                "msg_type": kind,
                "username": self.user,
                "session": self.session,
                "version": "5.3",
            },
            "parent_header": {},
            "metadata": {},
            "channel": "shell",
            "content": content,
        }

    async def execute(self, code: str, timeout: float = 300) -> str:
        """Run ``code`` in the member's kernel; its stdout (an error raises)."""
        message = self._message(
            "execute_request",
            {"code": code, "silent": False, "store_history": False, "user_expressions": {},
             "allow_stdin": False, "stop_on_error": True},
        )  # fmt: skip
        msg_id = message["header"]["msg_id"]
        done = asyncio.get_running_loop().create_future()
        self._replies[msg_id] = done
        self._stdout[msg_id] = []
        await self._conn.write_message(json.dumps(message))
        try:
            error = await asyncio.wait_for(done, timeout)
        finally:
            self._replies.pop(msg_id, None)
        out = "".join(self._stdout.pop(msg_id, []))
        if error:
            raise RuntimeError(f"{self.user}: {error}\n{out[-400:]}")
        return out

    # ---------------------------------------------------------- the protocol
    async def send(self, content: dict) -> None:
        """A message as the page sends it (``model.send``): a ``custom`` comm message."""
        data = {"method": "custom", "content": {"v": PROTOCOL_VERSION, **content}}
        await self._conn.write_message(
            json.dumps(self._message("comm_msg", {"comm_id": self.comm, "data": data}))
        )

    async def request(self, content: dict, timeout: float = 120) -> dict:
        """Send a request (an action) and wait for the board's ``ack``."""
        self._seq += 1
        seq = self._seq
        answer = asyncio.get_running_loop().create_future()
        self._acks[seq] = answer
        await self.send({**content, "seq": seq})
        try:
            return await asyncio.wait_for(answer, timeout)
        finally:
            self._acks.pop(seq, None)

    async def act(self, action: dict, timeout: float = 120) -> dict:
        return await self.request({"type": "action", "action": action}, timeout)

    async def _read(self) -> None:
        while True:
            raw = await self._conn.read_message()
            if raw is None:
                for waiting in [*self._acks.values(), *self._replies.values()]:
                    if not waiting.done():
                        waiting.set_exception(RuntimeError(f"{self.user}: the kernel connection closed"))
                return
            arrived = time.monotonic()
            msg = json.loads(raw)
            kind = msg.get("msg_type") or msg["header"]["msg_type"]
            content = msg.get("content") or {}
            parent = (msg.get("parent_header") or {}).get("msg_id", "")
            if kind == "comm_msg" and content.get("comm_id") == self.comm:
                data = content.get("data") or {}
                if data.get("method") == "update" and "view" in (data.get("state") or {}):
                    self.views += 1
                    if self.on_view is not None:
                        self.on_view(raw, arrived)
                elif data.get("method") == "custom":
                    answer = data.get("content") or {}
                    waiting = self._acks.get(answer.get("seq")) if answer.get("type") == "ack" else None
                    if waiting is not None and not waiting.done():
                        waiting.set_result(answer)
            elif parent in self._replies:
                if kind == "stream":
                    self._stdout[parent].append(content.get("text", ""))
                elif kind == "error":
                    self._errors[parent] = f"{content.get('ename')}: {content.get('evalue')}"
                elif (
                    kind == "status"
                    and content.get("execution_state") == "idle"
                    and not self._replies[parent].done()
                ):  # idle on iopub comes after every output of the request
                    self._replies[parent].set_result(self._errors.pop(parent, ""))
