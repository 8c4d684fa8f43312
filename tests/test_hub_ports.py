"""The local hub keeps to the ports it is given (``JOURNEYKIT_HUB_PORTS``): on a machine
shared by several people, each person's hub, proxy and servers stay in their own range."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def hub_process():
    sys.path.insert(0, str(ROOT / "deploy"))
    try:
        import hub_process
    finally:
        sys.path.remove(str(ROOT / "deploy"))
    return hub_process


def test_the_hub_s_ports_come_from_the_range_given_and_skip_a_busy_one(hub_process, monkeypatch):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        first = busy.getsockname()[1]
        if first + 6 > 65535:
            pytest.skip("the system gave a port at the very top of the range")
        monkeypatch.setenv(hub_process.PORTS_ENV, f"{first}-{first + 6}")
        given = [hub_process.free_port() for _ in range(3)]
    assert first not in given  # someone listens there
    assert all(first < port <= first + 6 for port in given), given
    assert len(set(given)) == 3  # never the same port twice, even before anything listens on it


def test_a_range_used_up_says_so(hub_process, monkeypatch):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        monkeypatch.setenv(hub_process.PORTS_ENV, f"{port}-{port}")
        with pytest.raises(SystemExit, match="no free port left in JOURNEYKIT_HUB_PORTS"):
            hub_process.free_port()
