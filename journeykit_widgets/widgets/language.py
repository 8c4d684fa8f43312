"""The language switch: English / Nederlands for every open editor at once."""

from __future__ import annotations

import weakref

import ipywidgets as widgets

from journeykit_widgets import i18n

_SWITCHES: weakref.WeakSet = weakref.WeakSet()


def relabel_all() -> None:
    """Relabel every live editor (and switch) in the active language."""
    from journeykit_widgets.widgets._base import LIVE

    for editor in list(LIVE):
        editor.safe(editor.relabel)()
    for switch in list(_SWITCHES):
        switch.description = i18n.t("widgets.language.label")


def set_language(code: str) -> None:
    i18n.set_language(code)
    for switch in list(_SWITCHES):
        if switch.value != code:
            switch.value = code
    relabel_all()


def language_switch() -> widgets.ToggleButtons:
    """Buttons to choose English or Dutch; relabels all editors in this notebook."""
    switch = widgets.ToggleButtons(
        options=[("English", "en"), ("Nederlands", "nl")],
        value=i18n.get_language(),
        description=i18n.t("widgets.language.label"),
        style={"button_width": "110px", "description_width": "initial"},
    )
    switch.add_class("jk-language")

    def changed(change) -> None:
        if change["new"] != i18n.get_language():
            set_language(change["new"])

    switch.observe(changed, names="value")
    _SWITCHES.add(switch)
    return switch
