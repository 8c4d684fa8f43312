"""Shared test set-up: keep Jupyter, IPython and matplotlib state out of $HOME,
and give tests fresh copies of the sample journeys."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Set before anything imports matplotlib or Jupyter, and inherited by every
# subprocess (kernels, servers, the CLI) that the tests start.
_STATE = Path(tempfile.mkdtemp(prefix="journeykit-test-state-"))
for _var, _sub in (
    ("JUPYTER_CONFIG_DIR", "jupyter-config"),
    ("JUPYTER_DATA_DIR", "jupyter-data"),
    ("JUPYTER_RUNTIME_DIR", "jupyter-runtime"),
    ("IPYTHONDIR", "ipython"),
    ("MPLCONFIGDIR", "matplotlib"),
):
    os.environ[_var] = str(_STATE / _sub)
os.environ["MPLBACKEND"] = "Agg"
os.environ.pop("JOURNEYKIT_LANG", None)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


@pytest.fixture(autouse=True)
def _english_by_default():
    """Every test starts in English, whatever an earlier test switched to."""
    from journeykit_widgets import i18n

    previous = i18n._global_language
    i18n._global_language = None
    yield
    i18n._global_language = previous


@pytest.fixture
def sample_file(tmp_path):
    """Copy a sample case into a temporary folder: ``sample_file("airline", "nl")``."""

    def copy(case: str = "airline", lang: str = "en") -> Path:
        source = DATA / f"{case}.{lang}.json"
        target = tmp_path / f"{case}.{lang}.json"
        shutil.copyfile(source, target)
        return target

    return copy


@pytest.fixture(scope="session", autouse=True)
def _cleanup_state():
    yield
    shutil.rmtree(_STATE, ignore_errors=True)
