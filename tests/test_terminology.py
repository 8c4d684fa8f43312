"""One term per concept in each language, kept in i18n/terminology.json.

A Dutch reader met "dal" for the lowest phase and "dal" again for the worst single
touchpoint; the list names the term of each concept, and this test holds every catalogue
text to it in both languages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from journeykit_widgets.i18n import catalogue, texts_of

TERMS = json.loads(
    (Path(__file__).resolve().parent.parent / "journeykit_widgets/i18n/terminology.json").read_text("utf-8")
)["concepts"]
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _text(lang: str, key: str) -> str:
    """Every form of a text, without its placeholders ({touchpoint} is no word)."""
    return " ".join(_PLACEHOLDER.sub(" ", text) for text in texts_of(catalogue(lang)[key]))


@pytest.mark.parametrize("term", TERMS, ids=[t["en"] for t in TERMS])
def test_a_concept_named_in_one_language_is_named_in_the_other(term):
    apart = []
    for key in catalogue("en"):
        en = bool(re.search(term["en"], _text("en", key), re.I))
        nl = bool(re.search(term["nl"], _text("nl", key), re.I))
        if en != nl:
            apart.append((key, _text("en", key)[:80], _text("nl", key)[:80]))
    assert not apart, apart


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_text_uses_an_avoided_word(lang):
    found = [
        (key, word)
        for term in TERMS
        for word in term["avoid"][lang]
        for key in catalogue(lang)
        if re.search(word, _text(lang, key), re.I)
    ]
    assert not found, found


@pytest.mark.parametrize("case", ["airline", "veranda", "b2b_software"])
def test_the_sample_journeys_keep_the_terms_too(case):
    """The samples' own texts (actions, goals, notes) are what a report prints as well."""
    from journeykit_widgets.samples import sample_path

    def words(value) -> list[str]:
        """The texts people typed: string values with a space (not keys, ids or codes)."""
        if isinstance(value, dict):
            return [w for v in value.values() for w in words(v)]
        if isinstance(value, list):
            return [w for v in value for w in words(v)]
        return [value] if isinstance(value, str) and " " in value else []

    for lang in ("en", "nl"):
        text = "\n".join(words(json.loads(sample_path(case, lang).read_text("utf-8"))))
        found = [word for term in TERMS for word in term["avoid"][lang] if re.search(word, text, re.I)]
        assert not found, (case, lang, found)
