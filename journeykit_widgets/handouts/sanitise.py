"""The HTML whitelist every handout output passes: document tags only, so text a
participant typed can never run as a script, style or form in a report."""

from __future__ import annotations

from functools import cache

__all__ = ["clean_html"]


_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    ]
)
_ATTRIBUTES = {
    "*": ["class", "id", "title", "lang", "dir"],
    "a": ["href", "title"],
    "img": ["src", "alt", "width", "height"],
    "td": ["colspan", "rowspan", "align"],
    "th": ["colspan", "rowspan", "align", "scope"],
    "ol": ["start"],
}


@cache
def _cleaner():
    import bleach

    # Tags outside the list are escaped, not removed: a touchpoint called
    # "<script>" is printed as that text, and nothing runs.
    return bleach.Cleaner(
        tags=_TAGS, attributes=_ATTRIBUTES, protocols={"http", "https", "mailto", "data"}, strip=False
    )


def clean_html(markup: str) -> str:
    """Outputs and Markdown reduced to a whitelist of document tags (no scripts,
    styles, event handlers, iframes or forms)."""
    return _cleaner().clean(str(markup))
