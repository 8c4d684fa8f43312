"""The one yes/no vocabulary for cells people type in a table (import, event maps):
English and Dutch words, as they come out of Excel and analytics exports."""

from __future__ import annotations

__all__ = ["NO_WORDS", "YES_WORDS", "yes_no"]

# Compared after strip() and lower(); "x" is the cross people put in a column.
YES_WORDS: frozenset[str] = frozenset({"yes", "y", "true", "1", "x", "ja", "j", "waar"})
NO_WORDS: frozenset[str] = frozenset({"no", "n", "false", "0", "nee", "onwaar"})


def yes_no(text: object) -> bool | None:
    """``True`` for a yes word, ``False`` for a no word, ``None`` for anything else."""
    word = str(text).strip().lower()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None
