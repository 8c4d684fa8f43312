"""What the board's browser side does, played from a test: send one custom message."""

from __future__ import annotations

from journeykit_widgets.widgets.board.protocol import PROTOCOL_VERSION


def _as_sent(content):
    """The page's protocol puts its version in every message (protocol.js, Link.post);
    a test that means to send another version or none says so with its own ``v``."""
    if isinstance(content, dict) and "v" not in content:
        return {**content, "v": PROTOCOL_VERSION}
    return content


def message(board, content):
    """Send ``content`` as the browser does (a custom message); returns the ack sent back."""
    sent = []
    board.send = sent.append
    board._on_message(board, _as_sent(content), [])
    return sent[-1] if sent else None


def answers(board, content):
    """Every message the board sends back for one message from the page (a list)."""
    sent = []
    board.send = sent.append
    board._on_message(board, _as_sent(content), [])
    return sent
