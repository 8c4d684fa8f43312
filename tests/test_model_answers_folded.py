"""Model answers in the step notebooks stay folded until the learner opens them
(after trying), in both languages; the facilitator's handout shows them unfolded,
participant copies leave them out."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from journeykit_widgets.handouts.preprocessors import FilterVariant, unfold

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = {"en": "Show the model answer", "nl": "Toon het modelantwoord"}
HEAD = {"en": "**Model answer** ·", "nl": "**Modelantwoord** ·"}


@pytest.mark.parametrize("lang,folder", [("en", "notebooks"), ("nl", "notebooks/nl")])
def test_every_model_answer_is_folded_until_the_learner_opens_it(lang, folder):
    found = 0
    for path in sorted((ROOT / folder).glob("[0-9][0-9]_*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if "solution" not in cell.metadata.get("tags", []):
                continue
            found += 1
            assert cell.source.startswith('<details class="jk-model-answer"><summary>'), path.name
            assert SUMMARY[lang] in cell.source.split("</summary>")[0]
            assert cell.source.rstrip().endswith("</details>")
            # the answer itself is inside the fold, not before it
            assert cell.source.index(HEAD[lang]) > cell.source.index("</summary>")
    assert found >= 8


def _notebook():
    source = nbformat.read(ROOT / "notebooks" / "nl" / "04_flow.ipynb", as_version=4)
    nb = nbformat.v4.new_notebook()
    nb.cells = [c for c in source.cells if c.cell_type == "markdown"]
    return nb


def test_the_facilitator_copy_shows_the_model_answer_unfolded():
    nb, _ = FilterVariant(variant="facilitator").preprocess(_notebook(), {})
    answers = [c for c in nb.cells if "solution" in c.metadata.get("tags", [])]
    assert answers
    for cell in answers:
        assert "<details" not in cell.source and "<summary" not in cell.source
        assert cell.source.startswith(HEAD["nl"])


def test_the_participant_copy_leaves_the_model_answer_out():
    nb, _ = FilterVariant(variant="participant").preprocess(_notebook(), {})
    assert not [c for c in nb.cells if "solution" in c.metadata.get("tags", [])]
    assert all("jk-model-answer" not in c.source for c in nb.cells)


def test_unfold_leaves_other_markdown_alone():
    text = "Some <details><summary>x</summary>y</details> of our own"
    assert unfold(text) == text
