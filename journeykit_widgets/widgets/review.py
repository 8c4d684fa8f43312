"""Step 6: what changed since the last review, and 'mark reviewed' with a note."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import ipywidgets as widgets

from journeykit_widgets.comment_lists import comments_html
from journeykit_widgets.i18n import get_language, t
from journeykit_widgets.model import Revision
from journeykit_widgets.widgets._base import Editor, esc, text_html
from journeykit_widgets.widgets._session import JourneySession


def _when(revision: Revision) -> str:
    return revision.at.astimezone().strftime("%Y-%m-%d %H:%M")


class ReviewPanel(Editor):
    title_key = "widgets.review.title"
    intro_key = "widgets.review.intro"

    def __init__(self, session: JourneySession):
        super().__init__(session)
        self.last = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.changes = widgets.HTML(layout=widgets.Layout(max_height="320px", overflow="auto"))
        self.changes.add_class("jk-review-changes")
        # The team's open comment threads: what still needs an answer before the review.
        self.comments = widgets.HTML(layout=widgets.Layout(max_height="320px", overflow="auto"))
        self.comments.add_class("jk-review-comments")
        self.author = widgets.Text(continuous_update=True, layout=widgets.Layout(width="100%"))
        self.note = widgets.Textarea(continuous_update=True, rows=3, layout=widgets.Layout(width="100%"))
        self.author_label = widgets.Label()
        self.author_label._jk_key = "widgets.review.author"
        self.note_label = widgets.Label()
        self.note_label._jk_key = "widgets.review.note"
        self.mark_button = self.button(
            "widgets.review.mark", self.mark_reviewed, icon="check", style="success"
        )
        self._finish(
            self.last,
            self.changes,
            self.comments,
            widgets.GridBox(
                [
                    widgets.VBox([self.author_label, self.author], layout=widgets.Layout(min_width="0")),
                    widgets.VBox([self.note_label, self.note], layout=widgets.Layout(min_width="0")),
                ],
                layout=widgets.Layout(grid_template_columns="1fr 2fr", grid_gap="0 12px", width="100%"),
            ),
            widgets.HBox([self.mark_button]),
        )

    def since_review(self) -> list[Revision]:
        last = self.journey.last_review()
        revisions = self.journey.revisions
        start = revisions.index(last) + 1 if last is not None else 0
        return [r for r in revisions[start:] if r.kind != "review"]

    def _sync(self) -> None:
        head = f"<h4>{esc(t('widgets.review.comments'))}</h4>"
        # In the panel's language, like the rest of it (the report uses the journey's).
        self.comments.value = head + comments_html(self.journey, lang=get_language())
        last = self.journey.last_review()
        if last is None:
            self.last.value = text_html(t("widgets.review.never"))
        else:
            who = last.author or t("value.none")
            self.last.value = text_html(
                t("widgets.review.last", when=_when(last), author=who, note=last.summary or "—")
            )
        pending = self.since_review()
        if not pending:
            self.changes.value = f"<p>{esc(t('widgets.review.nothing'))}</p>"
        else:
            items = []
            for revision in reversed(pending):
                details = "".join(f"<li>{esc(change)}</li>" for change in revision.changes[:12])
                more = len(revision.changes) - 12
                if more > 0:
                    details += f"<li>{esc(t('widgets.review.more', n=more))}</li>"
                summary = revision.summary or t(f"widgets.review.kind_{revision.kind}")
                items.append(f"<li><b>{esc(_when(revision))}</b> — {esc(summary)}<ul>{details}</ul></li>")
            head = esc(t("widgets.review.pending", n=len(pending)))
            self.changes.value = f"<p>{head}</p><ul>{''.join(items)}</ul>"

    def mark_reviewed(self) -> None:
        note, author = self.note.value.strip(), self.author.value.strip()
        problems = self.session.apply(
            lambda journey: None, note, [], source=self, kind="review", author=author
        )
        if problems:
            self.show_problems(problems)
            return
        self.note.value = ""
        self.say(t("widgets.review.done", time=datetime.now().strftime("%H:%M")))
        self.sync()


class ActionChangesPanel(Editor):
    """Step 6: how the action list changed since an earlier version of the journey
    (the newest backup from before the last review, another backup, or a second
    journey file the participant names): added, removed, status and owner changes."""

    title_key = "owned_actions.compare_title"
    intro_key = "owned_actions.compare_intro"

    def __init__(self, session: JourneySession):
        super().__init__(session)
        self.version = widgets.Dropdown(layout=widgets.Layout(width="auto", min_width="0"))
        self.version._jk_key = "owned_actions.compare_with"
        self.version.style.description_width = "initial"
        self.version.add_class("jk-action-version")
        self.other = widgets.Text(continuous_update=False, layout=widgets.Layout(width="100%"))
        self.other.add_class("jk-action-other")
        self.other_label = widgets.Label()
        self.other_label._jk_key = "owned_actions.other_file"
        self.result = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.result.add_class("jk-action-changes")
        self.on(self.version, lambda _v: self.sync())
        self.on(self.other, lambda _v: self.sync())
        self._backups: tuple = ()
        self._finish(
            self.version,
            widgets.VBox([self.other_label, self.other], layout=widgets.Layout(width="100%")),
            self.result,
        )

    def _options(self) -> list[tuple[str, str]]:
        from journeykit_widgets.store import backups, load
        from journeykit_widgets.summaries import version_label

        options = [(t("owned_actions.auto_version"), "")]
        for backup in backups(self.session.path):
            try:
                options.append((version_label(load(backup), backup), str(backup)))
            except Exception:  # a damaged backup is simply not offered
                continue
        return options

    def comparison(self):
        """The comparison shown now, or None when there is nothing to compare with."""
        from journeykit_widgets.analysis.action_versions import baseline_version, compare_actions
        from journeykit_widgets.store import load
        from journeykit_widgets.summaries import version_label

        other = self.other.value.strip()
        if other:
            source = Path(other).expanduser()
            if not source.is_absolute():
                source = self.session.path.parent / source
            before = load(source)
        elif self.version.value:
            source = Path(self.version.value)
            before = load(source)
        else:
            found = baseline_version(self.session.path)
            if found is None:
                return None
            source, before = found
        return compare_actions(before, self.journey, version_label(before, source))

    def _sync(self) -> None:
        from journeykit_widgets.store import backups

        names = tuple(p.name for p in backups(self.session.path))
        if names != self._backups:
            self._backups = names
            value = self.version.value
            options = self._options()
            self.version.options = options
            self.version.value = value if value in [v for _, v in options] else ""
        result = self.comparison()
        if result is None:
            self.result.value = text_html(t("owned_actions.no_version"))
            return
        table = result.table(localized=True)
        head = f"<p><b>{esc(result.summary())}</b></p>"
        if table.empty:
            self.result.value = head
            return
        header = "".join(f"<th style='text-align:left;padding:2px 8px'>{esc(c)}</th>" for c in table.columns)
        rows = "".join(
            "<tr>" + "".join(f"<td style='padding:2px 8px'>{esc(str(v))}</td>" for v in row) + "</tr>"
            for row in table.itertuples(index=False)
        )
        self.result.value = f"{head}<table><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>"
