"""What the board's browser side does, played from a test: send one custom message."""

from __future__ import annotations


def message(board, content):
    """Send ``content`` as the browser does (a custom message); returns the ack sent back."""
    sent = []
    board.send = sent.append
    board._on_message(board, content, [])
    return sent[-1] if sent else None


def answers(board, content):
    """Every message the board sends back for one message from the page (a list)."""
    sent = []
    board.send = sent.append
    board._on_message(board, content, [])
    return sent
