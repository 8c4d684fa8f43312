"""What notebooks display: a short text (``Note``), a table (``Table``) and a
figure (``Picture``), each with a plain-text form for consoles and headless tests.

Shared by the workshop facade, the exercises and the handouts, so a participant's
text is escaped the same way everywhere it reaches Markdown or HTML: no HTML of
its own, no accidental formatting, and no ``$…$`` typeset as math (a price list
"$49 … $99" must stay a price list, not italics).
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Iterable

from journeykit_widgets.i18n import language, t

__all__ = [
    "NO_MATH_CLASS",
    "Note",
    "Picture",
    "Table",
    "check_note",
    "frame",
    "html_escape",
    "md_escape",
    "picture",
    "plain_note",
    "summary_note",
]

# MathJax leaves an element with one of these classes (and all inside it) alone:
# mathjax_ignore for MathJax 3/4 (JupyterLab 4), tex2jax_ignore for MathJax 2
# (older nbconvert templates). HTML outputs are typeset too, and an entity such as
# &#36; is a plain "$" again once it is in the page, so escaping alone does not help.
NO_MATH_CLASS = "mathjax_ignore tex2jax_ignore"

# ":" too: "http://x" would otherwise become a link that keeps the escapes in its URL.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>$:])")


def md_escape(text: object) -> str:
    """Participant text made safe inside Markdown: HTML shown as text, Markdown
    syntax backslash-escaped, no math, one line (a list item stays one).

    A ``$`` becomes ``<span>\\$</span>``: the backslash keeps Jupyter's Markdown
    renderer from taking it as a math delimiter, and the element keeps MathJax,
    which runs on the rendered page, from pairing it with the next ``$``
    (checked in JupyterLab 4 and in nbconvert's HTML)."""
    value = html.escape(str(text), quote=False)
    value = _MD_SPECIAL.sub(r"\\\1", value)
    value = re.sub(r"^(\s*)(\d+)\.", r"\1\2\\.", value, flags=re.MULTILINE)
    value = re.sub(r"^(\s*)-", r"\1\\-", value, flags=re.MULTILINE)
    return value.replace("\\$", "<span>\\$</span>").replace("\n", " ")


def html_escape(text: object) -> str:
    """Participant text made safe inside HTML (attributes included). Keep math
    off by putting it inside an element of class ``NO_MATH_CLASS``."""
    return html.escape(str(text), quote=True)


class Note:
    """A short Markdown text; its plain-text form is what tests and consoles see."""

    def __init__(self, markdown: str, plain: str):
        self.markdown = markdown
        self.plain = plain

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __repr__(self) -> str:
        return self.plain


# A table cell holding just a date (as pandas writes it into the HTML).
_ISO_DATE_CELL = re.compile(r">(\d{4}-\d{2}-\d{2})<")


class Table:
    """A table shown as HTML (text escaped, no index, no math) and as plain text."""

    def __init__(self, frame, caption: str = "", empty: str = ""):
        self.frame = frame
        self.caption = caption
        self.empty = empty

    def _repr_html_(self) -> str:
        head = (
            f'<p class="{NO_MATH_CLASS}"><strong>{html_escape(self.caption)}</strong></p>\n'
            if self.caption
            else ""
        )
        if self.frame.empty:
            return head + f'<p class="{NO_MATH_CLASS}"><em>{html_escape(self.empty)}</em></p>'
        table = self.frame.to_html(
            index=False,
            escape=True,
            border=0,
            na_rep="",
            classes=["jk-table", *NO_MATH_CLASS.split()],
            justify="left",
        )
        # JupyterLab right-aligns table cells (made for numbers); these are words.
        # Inline: a <style> block in the output did not take effect in JupyterLab 4.
        for tag in ("td", "th"):
            table = table.replace(f"<{tag}>", f'<{tag} style="text-align: left; vertical-align: top">')
        # A date is one word: a narrow column would break "2026-05-15" at a hyphen.
        table = _ISO_DATE_CELL.sub(r'><span style="white-space: nowrap">\1</span><', table)
        return head + table

    def __repr__(self) -> str:
        if self.frame.empty:
            return f"{self.caption}\n{self.empty}".strip()
        return f"{self.caption}\n{self.frame.to_string(index=False)}".strip()


class Picture:
    """A picture as PNG bytes; the caption is its plain-text form (alt text)."""

    def __init__(self, png: bytes, caption: str, width: int):
        self.png = png
        self.caption = caption
        self.width = width

    @classmethod
    def from_figure(cls, figure, caption: str) -> Picture:
        """A matplotlib figure drawn through render's one PNG path, at screen resolution."""
        from journeykit_widgets import render

        png = render.figure_png(figure, dpi=render.SCREEN_DPI)
        return cls(png, caption, round(figure.get_figwidth() * render.SCREEN_DPI))

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.caption}
        return data, {"image/png": {"width": min(self.width, 1000)}}

    def __repr__(self) -> str:
        return self.caption


def picture(path, draw: Callable, caption_key: str, **options) -> Picture:
    """Draw the journey FILE at ``path`` with ``draw(journey, **options)``, in the
    journey's language, captioned with the catalogue text ``caption_key``."""
    from journeykit_widgets.store import load

    journey = load(path)
    with language(journey.language):
        figure = draw(journey, **options)
        caption = t(caption_key, title=journey.title)
    return Picture.from_figure(figure, caption)


def frame(rows: list[dict], columns: Iterable[str]):
    """A DataFrame with exactly these columns, also when there are no rows."""
    import pandas as pd

    return pd.DataFrame(rows, columns=list(columns))


def plain_note(text: str) -> Note:
    return Note(md_escape(text), text)


def summary_note(heading: str, summary: str, caution: str = "") -> Note:
    """A bold heading and the lines of an analysis summary as a bullet list;
    ``caution`` (to read before the summary) as a quoted block above the list."""
    lines = [line for line in summary.splitlines() if line.strip()]
    head = [f"**{md_escape(heading)}**", ""]
    if caution:
        head += [f"> {md_escape(caution)}", ""]
    markdown = "\n".join([*head, *(f"- {md_escape(line.lstrip('-• '))}" for line in lines)])
    return Note(markdown, "\n".join([heading, *([caution] if caution else []), *lines]))


def check_note(heading: str, good: list[str], todo: list[str]) -> Note:
    """Feedback as a list: what is done (✔) and what is still to do (➜)."""
    plain = [heading, *(f"✓ {line}" for line in good), *(f"→ {line}" for line in todo)]
    markdown = [f"**{md_escape(heading)}**", ""]
    markdown += [f"- ✔ {md_escape(line)}" for line in good]
    markdown += [f"- ➜ {md_escape(line)}" for line in todo]
    return Note("\n".join(markdown), "\n".join(plain))
