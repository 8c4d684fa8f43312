"""``import journeykit_widgets`` stays light: heavy libraries load on first use.

Time is measured in benchmarks/bench_import.py; this test checks the cause of
slowness that a person would notice, which modules the import pulls in.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ["pandas", "matplotlib", "ipywidgets", "nbconvert", "nbclient", "openpyxl", "IPython", "pydantic"]


def _modules_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_package_import_loads_no_heavy_library():
    loaded = _modules_after("import journeykit_widgets")
    assert not [name for name in HEAVY if name in loaded]


def test_model_and_store_do_not_load_pandas_or_matplotlib():
    loaded = _modules_after("import journeykit_widgets as jk\njk.load, jk.Journey")
    assert "pydantic" in loaded
    assert not {"pandas", "matplotlib", "ipywidgets"} & loaded


def test_public_names_resolve():
    import journeykit_widgets as jk

    for name in jk.__all__:
        assert getattr(jk, name) is not None, name


def test_each_layer_imports_only_the_layers_before_it():
    """i18n → frameworks → model → store → analysis → render → widgets → handouts → cli:
    data flows one way, so a layer never reaches forward."""
    import re
    from pathlib import Path

    order = [
        "i18n",
        "frameworks",
        "model",
        "store",
        "analysis",
        "render",
        "widgets",
        "handouts",
        "collect",
        "cli",
    ]
    rank = {name: i for i, name in enumerate(order)}
    package = Path(__file__).resolve().parent.parent / "journeykit_widgets"
    forward = []
    for path in package.rglob("*.py"):
        layer = path.relative_to(package).parts[0]
        if layer not in rank:
            continue
        text = path.read_text("utf-8")
        for match in re.finditer(r"(?:from|import) journeykit_widgets(?:\.| import )(\w+)", text):
            other = match.group(1)
            if other in rank and rank[other] > rank[layer]:
                forward.append(f"{path.relative_to(package)} imports {other}")
    assert not forward, forward
