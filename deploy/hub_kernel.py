"""Run code in a kernel on a participant's server through the hub's proxy, as a
browser tab would (the kernel REST API, then its websocket channel)."""

from __future__ import annotations

import asyncio
import json
import time
import uuid

from hub_process import Hub


async def run_in_kernel(hub: Hub, user: str, code: str, timeout: float) -> str:
    """Start a kernel on ``user``'s server through the proxy, run ``code``, return stdout."""
    from tornado.httpclient import HTTPClientError, HTTPRequest
    from tornado.websocket import websocket_connect

    base = f"/user/{user}/api/kernels"
    kernel = await asyncio.to_thread(hub.api, "POST", base, {"name": "python3"})
    headers = {"Authorization": f"token {hub.token}"}
    ws_url = hub.url.replace("http", "ws", 1) + f"{base}/{kernel['id']}/channels"
    try:
        conn = await websocket_connect(
            HTTPRequest(ws_url, headers=headers, connect_timeout=timeout, request_timeout=timeout)
        )
    except HTTPClientError as error:
        raise RuntimeError(f"{user}: no kernel connection ({error})") from None
    msg_id = uuid.uuid4().hex
    conn.write_message(
        json.dumps(
            {
                "header": {
                    "msg_id": msg_id,
                    "msg_type": "execute_request",
                    "username": user,
                    "session": uuid.uuid4().hex,
                    "version": "5.3",
                },
                "parent_header": {},
                "metadata": {},
                "channel": "shell",
                "content": {
                    "code": code,
                    "silent": False,
                    "store_history": False,
                    "user_expressions": {},
                    "allow_stdin": False,
                    "stop_on_error": True,
                },
            }
        )
    )
    out, error = [], ""
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"{user}: the flow took longer than {timeout:.0f} s")
            raw = await asyncio.wait_for(conn.read_message(), remaining)
            if raw is None:
                raise RuntimeError(f"{user}: the kernel connection closed")
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if kind == "stream":
                out.append(msg["content"]["text"])
            elif kind == "error":
                error = f"{msg['content']['ename']}: {msg['content']['evalue']}"
            elif kind == "status" and msg["content"]["execution_state"] == "idle":
                break
    finally:
        conn.close()
    if error:
        raise RuntimeError(f"{user}: {error}")
    return "".join(out)
