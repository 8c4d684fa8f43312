"""Handout templates are compiled once per process (Jinja's bytecode cache), and a
template whose source changed is compiled afresh, never served stale."""

from __future__ import annotations

import sys
from pathlib import Path

import jinja2
import nbformat
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_handouts_preprocessors import _notebook

from journeykit_widgets.handouts.batch import export_notebook
from journeykit_widgets.handouts.compiled_templates import COMPILED_TEMPLATES, keep_compiled
from journeykit_widgets.samples import sample_path

pytestmark = pytest.mark.unit


@pytest.fixture
def compiles(monkeypatch):
    """The names of the templates Jinja compiles from source."""
    names: list[str] = []
    compile_source = jinja2.Environment.compile

    def counted(self, source, name=None, filename=None, raw=False, defer_init=False):
        names.append(name)
        return compile_source(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    COMPILED_TEMPLATES.clear()
    yield names
    COMPILED_TEMPLATES.clear()


def test_a_second_export_compiles_no_template_and_writes_the_same_page(tmp_path, compiles):
    source = tmp_path / "nb.ipynb"
    nbformat.write(_notebook(), source)
    journey = sample_path("veranda", "nl")
    first = export_notebook(source, journey, tmp_path / "a.html", execute=False).read_text("utf-8")
    assert "index.html.j2" in compiles
    compiled_first = len(compiles)
    second = export_notebook(source, journey, tmp_path / "b.html", execute=False).read_text("utf-8")
    assert len(compiles) == compiled_first  # every template came from the cache
    assert second == first


def test_a_changed_template_is_compiled_again(compiles):
    class Exporter:  # what keep_compiled needs of an nbconvert exporter: its environment
        def __init__(self, text):
            self.environment = jinja2.Environment(loader=jinja2.DictLoader({"page.j2": text}))

    old, new = Exporter("old {{ x }}"), Exporter("new {{ x }}")
    for exporter in (old, new):
        keep_compiled(exporter)
    assert old.environment.get_template("page.j2").render(x=1) == "old 1"
    assert new.environment.get_template("page.j2").render(x=1) == "new 1"
    assert compiles == ["page.j2", "page.j2"]
    again = Exporter("new {{ x }}")
    keep_compiled(again)
    assert again.environment.get_template("page.j2").render(x=2) == "new 2"
    assert compiles == ["page.j2", "page.j2"]  # the source last compiled: from the cache
