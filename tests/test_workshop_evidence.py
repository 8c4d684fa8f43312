"""Step 6's evidence outputs, read from the journey file: chart, coverage table and
the assumptions to test first, in the journey's language."""

from __future__ import annotations

import journeykit_widgets as jk
from journeykit_widgets.samples import sample_path


def test_evidence_chart_coverage_and_assumptions_from_the_file():
    path = sample_path("veranda", "nl")
    picture = jk.show_evidence(path)
    assert picture.png[:4] == b"\x89PNG" and "Onderbouwing per fase" in picture.caption
    coverage = jk.show_evidence_coverage(path)
    assert coverage.caption == "Onderbouwing per fase"
    assert list(coverage.frame.columns) == [
        "Fase",
        "Items",
        "Onderzocht",
        "Aangenomen",
        "Niet vastgelegd",
        "Aandeel onderzocht",
    ]
    assert coverage.frame["Items"].tolist()[0] == 11 and coverage.frame["Onderzocht"].tolist()[0] == 7
    to_test = jk.show_assumptions_to_test(path, limit=3)
    assert len(to_test.frame) == 3 and set(to_test.frame["Belang"]) == {5}
    # what to test and how weak it is, narrow enough for a laptop's notebook
    assert list(to_test.frame.columns) == [
        "Rang",
        "Contactpunt",
        "Fase",
        "Belang",
        "Onderbouwing",
        "Zekerheid",
        "Pijnpunt",
    ]
    assert "Eerst te toetsen" in to_test._repr_html_()
