"""The kit uses its dependencies' public API only (issue 27): nbconvert, nbclient,
traitlets, the widget libraries, python-pptx and pydantic install beside the kit at
their current release. (matplotlib has its own test in test_render_public.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from _private_api import private_uses

PACKAGE = Path(__file__).resolve().parent.parent / "journeykit_widgets"
DEPENDENCIES = (
    "nbconvert",
    "nbclient",
    "nbformat",
    "traitlets",
    "ipywidgets",
    "anywidget",
    "pptx",
    "pydantic",
)


def test_the_checker_finds_an_override_a_private_member_and_a_private_call():
    old = (
        "from nbconvert.exporters import HTMLExporter\n"
        "class E(HTMLExporter):\n"
        "    def _init_preprocessors(self):\n"
        "        super()._init_preprocessors()\n"
        "        for step in self._preprocessors: ...\n"
        "    def _own_helper(self): ...\n"
        "    def dirs(self):\n"
        "        return super()._default_extra_template_basedirs()\n"
    )
    found = private_uses(old, "nbconvert")
    assert "E._init_preprocessors" in found
    assert "E: ._preprocessors" in found
    assert "E: ._default_extra_template_basedirs" in found
    assert not any("_own_helper" in f for f in found)  # the kit's own private helper is fine


@pytest.mark.parametrize("dependency", DEPENDENCIES)
def test_no_module_of_the_kit_uses_a_private_member_of(dependency):
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        found = private_uses(path.read_text("utf-8"), dependency)
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found
    assert offenders == {}
