"""The journey as a Mermaid ``journey`` diagram, for wikis, GitHub and slides.

One ``section`` per phase (named in the journey's language), one task per
touchpoint, its score from the emotion, its actors the persona or buying-group
role it belongs to. A touchpoint whose evidence is not researched ends in "(?)",
the map's sign for an assumption, explained once in the title. Mermaid has no
diagram for a service blueprint; the blueprint is printed as a map instead.

Mermaid's diagram syntax has no quoting, so characters that would end a name
early (``:`` ``#`` ``;`` newlines, ``,`` between actors) are replaced by
look-alikes or spaces; the text stays readable and the diagram parses.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from journeykit_widgets.i18n import language, t
from journeykit_widgets.model import Journey, Touchpoint

__all__ = ["EMOTION_TO_SCORE", "export_mermaid", "mermaid_text", "to_mermaid"]

# Emotion -3..+3 onto Mermaid's 1..5 (5 = happiest): neutral stays in the middle and
# the scale stays symmetric, so -2/-1 and +1/+2 share a step.
EMOTION_TO_SCORE: dict[int, int] = {-3: 1, -2: 2, -1: 2, 0: 3, 1: 4, 2: 4, 3: 5}

_REPLACE = {
    ":": "\ua789",  # MODIFIER LETTER COLON, looks like ':' but does not split a task
    "#": "\uff03",  # FULLWIDTH NUMBER SIGN, '#' starts an entity / comment
    ";": ",",  # ';' ends a statement
}
# Line starts the diagram's lexer (journey.jison, case-insensitive, first rule wins) reads
# as a statement instead of a name: "journey" even inside a word, "title "/"section ".
_KEYWORDS = re.compile(r"^(journey|(title|section)\s|(accTitle|accDescr)\s*[:{])", re.IGNORECASE)
_INDENT = "    "
# After a task's name when its evidence is not researched (as the "?" on the map's card).
ASSUMED = " (?)"
# After a task's name when it has no emotion yet: Mermaid needs a score, so it gets the
# neutral middle, and the mark says that the middle is not a rating.
UNRATED = " (–)"


def _strip_invisible_start(text: str) -> str:
    # Invisible characters before the first letter (a BOM pasted from a file, a
    # zero-width space or joiner from a web page) carry nothing for a reader, but the
    # lexer skips some of them as white space (JavaScript's \s includes the BOM),
    # which would make "\ufeffsection" a section. Take them off, then check keywords.
    while text and (text[0].isspace() or unicodedata.category(text[0]) == "Cf"):
        text = text[1:]
    return text


def mermaid_text(text: str, *, actor: bool = False) -> str:
    """``text`` made safe for one Mermaid journey name (a title, section, task or actor)."""
    text = " ".join(text.split())  # newlines, tabs and runs of spaces become one space
    text = _strip_invisible_start(text)
    text = "".join(_REPLACE.get(ch, ch) for ch in text)
    text = text.replace("%%", "% %")  # '%%' starts a comment
    if text.startswith("%"):
        text = "\uff05" + text[1:]  # FULLWIDTH PERCENT SIGN: Mermaid drops a line starting with '%'
    if actor:
        text = text.replace(",", "\u201a")  # SINGLE LOW-9 QUOTATION MARK: ',' separates actors
    if _KEYWORDS.match(text):
        text = "\u200b" + text  # an invisible zero-width space keeps it a name
    return text or "…"


def _actor(journey: Journey, touchpoint: Touchpoint) -> str:
    if touchpoint.role:
        role = next((r for r in journey.buying_group if r.id == touchpoint.role), None)
        if role is not None:
            return role.name
    if journey.persona is not None:
        return journey.persona.name
    return t("convert.customer")


def to_mermaid(journey: Journey, *, role: str | None = None) -> str:
    """The Mermaid source of the journey (``role``: only that buying-group role's
    touchpoints; ``""`` the main persona's; ``None`` all). Phases without touchpoints
    are left out: Mermaid cannot draw an empty section."""
    with language(journey.language):
        lines = ["journey", f"{_INDENT}title {mermaid_text(journey.title)}"]
        assumed = unrated = False
        for phase in journey.phases:
            touchpoints = journey.touchpoints_in(phase.id, role)
            if not touchpoints:
                continue
            lines.append(f"{_INDENT}section {mermaid_text(phase.label())}")
            for tp in touchpoints:
                score = EMOTION_TO_SCORE[0 if tp.emotion is None else tp.emotion]
                actor = mermaid_text(_actor(journey, tp), actor=True)
                mark = "" if tp.evidence.researched else ASSUMED
                assumed = assumed or bool(mark)
                if tp.emotion is None:
                    mark += UNRATED
                    unrated = True
                lines.append(f"{_INDENT * 2}{mermaid_text(tp.name)}{mark}: {score}: {actor}")
        if assumed:
            lines[1] += " · " + mermaid_text(t("convert.mermaid.assumed", mark=ASSUMED.strip()))
        if unrated:
            lines[1] += " · " + mermaid_text(t("convert.mermaid.unrated", mark=UNRATED.strip()))
    return "\n".join(lines) + "\n"


def export_mermaid(journey: Journey, path: Path | str, *, role: str | None = None) -> Path:
    """Write ``to_mermaid(journey)`` to ``path`` (e.g. ``journey.mmd``)."""
    from journeykit_widgets.store.files import write_atomic

    path = Path(path)
    write_atomic(path, to_mermaid(journey, role=role))
    return path
