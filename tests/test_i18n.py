"""The i18n layer: complete catalogues in both languages and a working switch."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from journeykit_widgets import i18n
from journeykit_widgets.i18n import catalogue, get_language, language, set_language, t, texts_of

PACKAGE = Path(__file__).resolve().parent.parent / "journeykit_widgets"


def _placeholders(entry) -> set[str]:
    """The placeholders of a text, or of all plural forms of an entry together."""
    return {name for text in texts_of(entry) for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_exactly_the_same_keys():
    en, nl = set(catalogue("en")), set(catalogue("nl"))
    assert not en - nl, f"missing in Dutch: {sorted(en - nl)}"
    assert not nl - en, f"missing in English: {sorted(nl - en)}"


def test_each_area_file_exists_in_both_languages():
    locales = PACKAGE / "i18n" / "locales"
    en = {p.name for p in (locales / "en").glob("*.json")}
    nl = {p.name for p in (locales / "nl").glob("*.json")}
    assert en == nl


@pytest.mark.parametrize("key", sorted(catalogue("en")))
def test_translations_use_the_same_placeholders(key):
    assert _placeholders(catalogue("en")[key]) == _placeholders(catalogue("nl")[key]), key


def test_no_translation_is_empty():
    for lang in i18n.LANGUAGES:
        empty = [k for k, v in catalogue(lang).items() if not all(text.strip() for text in texts_of(v))]
        assert not empty, (lang, empty)


def test_every_key_used_in_the_code_exists():
    """A literal ``t("key")`` anywhere in the package must be in the catalogue."""
    pattern = re.compile(r"""\bt\(\s*["']([a-z_][a-z0-9_]*\.[a-z0-9_.]+)["']""")
    known = set(catalogue("en"))
    missing = {}
    for path in PACKAGE.rglob("*.py"):
        for key in pattern.findall(path.read_text("utf-8")):
            if key not in known:
                missing.setdefault(key, path.relative_to(PACKAGE).as_posix())
    assert not missing, f"keys used but not defined: {missing}"


def test_switching_language_changes_the_text():
    assert t("item.touchpoint", n=3) == "Touchpoint 3"
    set_language("nl")
    assert get_language() == "nl"
    assert t("item.touchpoint", n=3) == "Contactpunt 3"


def test_a_language_block_overrides_the_global_choice_and_restores_it():
    set_language("en")
    with language("nl"):
        assert t("field.emotion") == "emotie"
        with language(None):
            assert get_language() == "nl"
    assert t("field.emotion") == "emotion"


def test_environment_variable_sets_the_default(monkeypatch):
    monkeypatch.setenv("JOURNEYKIT_LANG", "nl")
    assert get_language() == "nl"
    monkeypatch.setenv("JOURNEYKIT_LANG", "fr")
    assert get_language() == "en"


def test_unknown_language_is_refused_in_both_languages():
    with pytest.raises(ValueError, match="Onbekende taal"):
        set_language("de")


def test_a_missing_key_shows_itself_instead_of_crashing():
    assert t("no.such.key") == "no.such.key"
