"""The rules of dot voting that a command line needs before any journey is read:
what a round can be on, and the most dots one person may get. Kept apart from
``model/votes.py`` so that ``journeykit --help`` loads no validation library."""

from __future__ import annotations

__all__ = ["MAX_DOTS", "VOTE_SUBJECTS"]

# What a round can be on: the touchpoint field whose text is voted on ("touchpoints": the card).
VOTE_SUBJECTS: tuple[str, ...] = ("pain_points", "opportunities", "touchpoints")
# More dots than this per person make the vote meaningless (everything gets some).
MAX_DOTS = 20
