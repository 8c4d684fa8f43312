"""The kit's languages are listed once, in ``i18n.LANGUAGES``: the journey model and
the notebook save hook read that list, so a third language is one entry there (and
its catalogue), not a hunt for every spelled-out ``"en", "nl"``."""

from __future__ import annotations

import ast
from pathlib import Path

from journeykit_widgets import i18n
from journeykit_widgets.model import Journey
from journeykit_widgets.notebook_save import notebook_language

PACKAGE = Path(__file__).resolve().parent.parent / "journeykit_widgets"


def _spelled_out(node: ast.AST) -> bool:
    """A tuple, list or set of exactly the catalogue's language codes (or ``Literal[...]`` of them)."""
    items = node.elts if isinstance(node, ast.Tuple | ast.List | ast.Set) else None
    if items is None:
        return False
    values = {item.value for item in items if isinstance(item, ast.Constant)}
    return len(items) > 1 and values == set(i18n.LANGUAGES)


def test_no_module_outside_i18n_spells_out_the_languages():
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}"
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "i18n"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _spelled_out(node)
    ]
    assert found == [], f"use i18n.LANGUAGES in: {found}"


def test_the_model_and_the_save_hook_take_every_catalogue_language():
    for code in i18n.LANGUAGES:
        assert Journey.new("x", language=code).language == code
        assert notebook_language("a.ipynb", {"metadata": {"journeykit": {"language": code}}}) == code
