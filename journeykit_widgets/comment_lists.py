"""The team's comment threads as lists a reader scans: open ones first (item, last
comment, author, time), resolved ones folded, threads of removed items apart. One
source for step 6 (the review panel) and the report's appendix."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey
from journeykit_widgets.model.comments import Thread
from journeykit_widgets.model.threads import item_exists, item_label, shown_time

__all__ = ["CommentsAppendix", "CommentsNote", "ThreadLine", "comments_html", "show_comments", "thread_lines"]


@dataclass(frozen=True)
class ThreadLine:
    """One thread as a line: the item in words and its last comment."""

    item: str
    label: str
    last_text: str
    last_author: str
    last_time: str
    count: int
    resolved: bool
    removed: bool
    resolved_by: str = ""
    resolved_time: str = ""


def _line(journey: Journey, thread: Thread, lang: str) -> ThreadLine:
    last = thread.last
    return ThreadLine(
        item=thread.item,
        label=item_label(journey, thread.item, lang),
        last_text=last.text if last else "",
        last_author=(last.author if last else "") or t("comments.anonymous", lang),
        last_time=shown_time(last.at, lang) if last else "",
        count=len(thread.comments),
        resolved=thread.resolved,
        removed=not item_exists(journey, thread.item),
        resolved_by=thread.resolved_by or "",
        resolved_time=shown_time(thread.resolved_at, lang),
    )


def thread_lines(journey: Journey, lang: str | None = None) -> list[ThreadLine]:
    """Every thread with comments, in file order, in ``lang`` (the journey's by default)."""
    lang = lang or journey.language
    return [_line(journey, thread, lang) for thread in journey.comments if thread.comments]


def _item_html(line: ThreadLine, lang: str) -> str:
    said = t("comments.list.last", lang, author=line.last_author, time=line.last_time, n=line.count)
    return (
        f"<li class='jk-thread'><b>{escape(line.label)}</b> — {escape(line.last_text)}"
        f"<br><small>{escape(said)}</small></li>"
    )


def comments_html(journey: Journey, *, resolved: bool = True, lang: str | None = None) -> str:
    """Open threads as a list, then the threads of removed items, then (``resolved``)
    the resolved ones folded in a <details>; a sentence when there are none."""
    lang = lang or journey.language
    lines = thread_lines(journey, lang)
    open_lines = [x for x in lines if not x.resolved and not x.removed]
    removed = [x for x in lines if not x.resolved and x.removed]
    done = [x for x in lines if x.resolved]
    if not open_lines and not removed and not (resolved and done):
        return f"<p class='jk-comments-none'>{escape(t('comments.list.none', lang))}</p>"
    parts = [f"<p><b>{escape(t('comments.list.open', lang, n=len(open_lines)))}</b></p>"]
    if open_lines:
        parts.append(
            "<ul class='jk-comments-open'>" + "".join(_item_html(x, lang) for x in open_lines) + "</ul>"
        )
    if removed:
        parts.append(f"<p><b>{escape(t('comments.list.removed', lang, n=len(removed)))}</b></p>")
        parts.append(
            "<ul class='jk-comments-removed'>" + "".join(_item_html(x, lang) for x in removed) + "</ul>"
        )
    if resolved and done:
        items = "".join(
            _item_html(x, lang).replace(
                "</small></li>",
                f" · {escape(t('comments.list.resolved_by', lang, name=x.resolved_by or t('comments.anonymous', lang), time=x.resolved_time))}</small></li>",
            )
            for x in done
        )
        summary = escape(t("comments.list.resolved", lang, n=len(done)))
        parts.append(
            f"<details class='jk-comments-resolved'><summary>{summary}</summary><ul>{items}</ul></details>"
        )
    return "".join(parts)


class CommentsAppendix:
    """The report's appendix: open threads and those on removed items. With none, a
    reading the report leaves out together with its heading (``jk-reading-alone``)."""

    def __init__(self, journey: Journey):
        self.journey = journey

    def _repr_html_(self) -> str:
        lines = [x for x in thread_lines(self.journey) if not x.resolved]
        if not lines:
            text = escape(t("comments.list.none", self.journey.language))
            return f'<p class="jk-reading jk-reading-alone">{text}</p>'
        return f"<div class='jk-comments-appendix'>{comments_html(self.journey, resolved=False)}</div>"

    def __repr__(self) -> str:
        # Plain text (a console, a notebook's text output) says something too.
        lines = [x for x in thread_lines(self.journey) if not x.resolved]
        if not lines:
            return t("comments.list.none", self.journey.language)
        return "\n".join(f"{x.label}: {x.last_text} ({x.last_author}, {x.last_time})" for x in lines)


class CommentsNote:
    """Step 6's static list of the team's comment threads (the review panel's list,
    for the exported handout and a notebook without live widgets)."""

    def __init__(self, journey: Journey):
        self.journey = journey

    def _repr_html_(self) -> str:
        return f"<div class='jk-comments-list'>{comments_html(self.journey)}</div>"

    def __repr__(self) -> str:
        lang = self.journey.language
        lines = thread_lines(self.journey)
        open_lines = [x for x in lines if not x.resolved]
        if not open_lines:
            head = [t("comments.list.none", lang)]
        else:
            head = [f"{x.label}: {x.last_text} ({x.last_author}, {x.last_time})" for x in open_lines]
        done = len(lines) - len(open_lines)
        return "\n".join([*head, *([t("comments.list.resolved", lang, n=done)] if done else [])])


def show_comments(path) -> CommentsNote:
    """The comment threads of the journey in ``path``: open ones, then resolved ones folded."""
    from journeykit_widgets.store import load

    return CommentsNote(load(path))
