"""The facilitator's dot-vote form: open a round on a team's journey file, see how
many people have voted, close it. Every click is one edit through the locked path
(``store.open_vote`` / ``close_vote``); the form keeps nothing of its own and follows
the file through its session, so votes placed on the board show as they come in."""

from __future__ import annotations

import getpass
from pathlib import Path

import ipywidgets as widgets

from journeykit_widgets import store
from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import one_line
from journeykit_widgets.model.votes import MAX_DOTS, VOTE_SUBJECTS, open_round_of
from journeykit_widgets.widgets._session import session_for

__all__ = ["VoteForm"]


def _facilitator() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class VoteForm:
    """Open and close dot votes on one journey file (``widget`` is what to display)."""

    def __init__(self, path: Path | str, by: str | None = None):
        self.path = Path(path).expanduser()
        self.by = by if by is not None else _facilitator()
        self.subject = widgets.Dropdown(
            options=[(t(f"votes.subject.{s}"), s) for s in VOTE_SUBJECTS],
            value="pain_points",
            description=t("votes.form.subject"),
            style={"description_width": "initial"},
        )
        self.dots = widgets.BoundedIntText(
            value=5,
            min=1,
            max=MAX_DOTS,
            description=t("votes.form.dots"),
            style={"description_width": "initial"},
        )
        self.hidden = widgets.Checkbox(value=False, description=t("votes.form.hidden"), indent=False)
        self.open_button = widgets.Button(description=t("votes.form.open"), button_style="primary")
        self.close_button = widgets.Button(description=t("votes.form.close"))
        self.state = widgets.HTML()
        self.problem = widgets.HTML()
        self.open_button.on_click(lambda _b: self._open())
        self.close_button.on_click(lambda _b: self._close())
        self.widget = widgets.VBox(
            [
                widgets.HBox([self.subject, self.dots, self.hidden]),
                widgets.HBox([self.open_button, self.close_button]),
                self.state,
                self.problem,
            ]
        )
        self.widget.add_class("jk-vote-form")
        self.session = None
        try:
            # An existing team file only: a mistyped path must not create an empty journey.
            if not self.path.is_file():
                raise store.JourneyFileError(self.path, t("votes.form.missing"))
            self.session = session_for(self.path)
        except store.JourneyFileError as error:
            self.problem.value = _escape(str(error))
            self.open_button.disabled = self.close_button.disabled = True
            return
        self.session.subscribe(self._sync)
        self.session.watch()
        self._sync()

    def _open(self) -> None:
        self._answer(
            store.open_vote(
                self.path, self.subject.value, self.dots.value, hidden=self.hidden.value, by=self.by
            )
        )

    def _close(self) -> None:
        self._answer(store.close_vote(self.path, by=self.by))

    def _answer(self, result) -> None:
        # A refused click (a round already open, none to close) is said next to the buttons.
        self.problem.value = "" if not result.problems else _escape(str(result.problems[0]))
        self.session.refresh()
        self._sync()

    def _sync(self) -> None:
        journey = self.session.journey
        current = open_round_of(journey)
        self.open_button.disabled = current is not None
        self.close_button.disabled = current is None
        if current is None:
            self.state.value = f"<span>{_escape(t('votes.form.state_none'))}</span>"
            return
        text = t(
            "votes.form.state_open",
            subject=t(f"votes.subject.{current.subject}"),
            dots=current.dots_per_person,
            voters=len(current.voters()),
        )
        self.state.value = f"<b>{_escape(text)}</b>"

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def _escape(text: str) -> str:
    import html

    return html.escape(one_line(text, 300))
