"""The start form of the workshop (notebook 00): language, then your own journey
or a sample case, saved as ``workspace/my_journey.json``.

Kept apart from ``workshop`` so that module loads without ipywidgets.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import LANGUAGES, get_language, set_language, t

_LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}
_BLANK = "blank"


class StartForm:
    """Builds the widget; every label is redrawn when the language changes."""

    def __init__(self, target: Path):
        from journeykit_widgets.samples import SAMPLE_CASES

        self.target = Path(target)
        self.cases = (_BLANK, *SAMPLE_CASES)
        self.language = w.ToggleButtons(
            options=[(_LANGUAGE_NAMES[code], code) for code in LANGUAGES], value=get_language()
        )
        # Full-width options: at the default 300 px the case descriptions wrap
        # and the wrapped lines run into each other.
        self.start = w.RadioButtons(
            options=[(c, c) for c in self.cases], value=_BLANK, layout=w.Layout(width="auto")
        )
        self.title = w.Text(layout=w.Layout(width="26em"))
        self.phase_model = w.Dropdown(layout=w.Layout(width="26em"))
        self.replace = w.Checkbox(value=False, indent=False, layout=w.Layout(width="auto"))
        self.button = w.Button(button_style="primary", icon="play", layout=w.Layout(width="auto"))
        self.message = w.HTML()
        self.heading = {name: w.HTML() for name in ("language", "start", "title", "model")}
        self.blank_box = w.VBox([self.heading["title"], self.title, self.heading["model"], self.phase_model])

        self.language.observe(self._on_language, names="value")
        self.start.observe(self._on_start, names="value")
        self.button.on_click(self._on_click)
        self.widget = w.VBox(
            [
                self.heading["language"],
                self.language,
                self.heading["start"],
                self.start,
                self.blank_box,
                self.replace,
                self.button,
                self.message,
            ],
            layout=w.Layout(padding="4px 0"),
        )
        self.widget.add_class("jk-start")
        self._relabel()

    # ----------------------------------------------------------------- labels
    def _relabel(self) -> None:
        lang = self.language.value
        self.heading["language"].value = f"<b>{html.escape(t('workshop.start.language', lang=lang))}</b>"
        self.heading["start"].value = f"<b>{html.escape(t('workshop.start.what', lang=lang))}</b>"
        self.heading["title"].value = html.escape(t("workshop.start.title", lang=lang))
        self.heading["model"].value = html.escape(t("workshop.start.phase_model", lang=lang))
        chosen = self.start.value
        self.start.options = [(t(f"workshop.start.case.{c}", lang=lang), c) for c in self.cases]
        self.start.value = chosen
        self.title.placeholder = t("store.untitled", lang=lang)
        model = self.phase_model.value or "touch_tell_sell_care"
        self.phase_model.options = [(m.label(lang), key) for key, m in frameworks.phase_models().items()]
        self.phase_model.value = model
        self.replace.description = t("workshop.start.replace", lang=lang)
        self.button.description = t("workshop.start.button", lang=lang)
        self._show_state()

    def _show_state(self) -> None:
        exists = self.target.exists()
        self.replace.layout.display = None if exists else "none"
        self.blank_box.layout.display = None if self.start.value == _BLANK else "none"
        if exists and not self.message.value:
            self._say("info", t("workshop.start.exists", lang=self.language.value))

    def _say(self, kind: str, text: str) -> None:
        colour = {"info": "#1f4e79", "ok": "#1b5e20", "error": "#b71c1c"}[kind]
        self.message.value = f'<div style="color:{colour};padding:4px 0">{text}</div>'

    # ----------------------------------------------------------------- events
    def _on_language(self, change) -> None:
        set_language(change["new"])
        self.message.value = ""
        self._relabel()

    def _on_start(self, _change) -> None:
        self._show_state()

    def _on_click(self, _button) -> None:
        lang = self.language.value
        if self.target.exists() and not self.replace.value:
            self._say("error", html.escape(t("workshop.start.confirm_replace", lang=lang)))
            return
        try:
            journey = self.create()
        except Exception as error:  # shown in the form: a room full of people must see why
            self._say("error", html.escape(t("workshop.start.failed", lang=lang, error=error)))
            return
        self.replace.value = False
        folder = "notebooks/nl/" if lang == "nl" else "notebooks/"
        self._say(
            "ok",
            html.escape(
                t(
                    "workshop.start.done",
                    lang=lang,
                    title=journey.title,
                    file="workspace/my_journey.json",
                    next=f"{folder}01_touchpoints.ipynb",
                )
            ),
        )
        self._show_state()

    def create(self):
        """Write the chosen journey to the workspace file (the old one is backed up)."""
        from journeykit_widgets.model import Journey
        from journeykit_widgets.samples import load_sample
        from journeykit_widgets.store import save

        lang = self.language.value
        set_language(lang)
        if self.start.value == _BLANK:
            title = self.title.value.strip() or t("store.untitled", lang=lang)
            journey = Journey.new(title, phase_model=self.phase_model.value, language=lang)
        else:
            journey = load_sample(self.start.value, lang)
        save(journey, self.target)
        return journey
