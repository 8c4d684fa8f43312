"""Shared test set-up: keep Jupyter, IPython and matplotlib state out of $HOME,
and give tests fresh copies of the sample journeys."""

from __future__ import annotations

import atexit
import json
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

# One folder for the whole run, shared by pytest-xdist's workers: the process that
# imports this first (the one that starts the workers, or the only one) makes it,
# the workers inherit it. What is expensive and the same for every worker (the
# executed handout notebooks, tests/_handouts_support.py) is made there once.
if "JOURNEYKIT_TEST_SHARED" not in os.environ:
    os.environ["JOURNEYKIT_TEST_SHARED"] = tempfile.mkdtemp(prefix="journeykit-test-shared-")
    atexit.register(shutil.rmtree, os.environ["JOURNEYKIT_TEST_SHARED"], ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


# Tests in tiers, told apart by where they live and what they run, so a new test
# file lands in a tier without anyone marking it:
# - browser: tests/browser/ (a real JupyterLab in headless Chromium);
# - notebooks: tests that execute notebooks or kernels (these files, or marked slow);
# - unit: everything else, the quick loop while developing (`pytest -m unit`).
NOTEBOOK_FILES = frozenset({"test_notebooks.py", "test_handouts_export.py"})


def tier_of(item) -> str:
    path = Path(str(item.path))
    if "browser" in path.relative_to(ROOT / "tests").parts[:-1]:
        return "browser"
    if path.name in NOTEBOOK_FILES or item.get_closest_marker("slow"):
        return "notebooks"
    return "unit"


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by these markers
def pytest_collection_modifyitems(config, items):
    for item in items:
        tier = tier_of(item)
        item.add_marker(getattr(pytest.mark, tier))
        item.user_properties.append(("tier", tier))  # for .ci/timing.py, through --junitxml
    items[:] = interleaved(items)


# Seconds each test file took in a CI run (``python .ci/timing.py .ci-junit.xml
# --write tests/durations.json`` refreshes it); a file not listed counts as this long.
DURATIONS = ROOT / "tests" / "durations.json"
UNLISTED_SECONDS = 5.0


def interleaved(items: list) -> list:
    """The test files in an order that mixes browser files among the others, longest
    first.

    pytest-xdist (``--dist loadfile --no-loadscope-reorder``) hands the files out in
    this order, one to each worker that runs short. Browser tests spend much of their
    time waiting on a kernel, a server or a page, so two of them side by side leave
    the 2-core CI machine partly idle, while the unit and notebook tiers keep a core
    busy each: spread out, a worker waiting in a browser test leaves its core to the
    other's work. Each browser file is followed by an even share of the rest, and both
    lists go longest first (by tests/durations.json): the files left for the end are
    short ones, so the two workers finish together instead of one waiting for the
    other's last long file (up to 40 s of a run before)."""
    took = json.loads(DURATIONS.read_text("utf-8")) if DURATIONS.exists() else {}
    files: dict[str, list] = {}
    for item in items:
        files.setdefault(str(item.path), []).append(item)

    def seconds(name: str) -> float:
        module = Path(name).relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
        return took.get(module, UNLISTED_SECONDS)

    browser = sorted((f for f in files if tier_of(files[f][0]) == "browser"), key=seconds, reverse=True)
    # In collection order before sorting (not a set's order): every worker must list the
    # files alike, and files of equal seconds keep their order.
    others = sorted((f for f in files if f not in browser), key=seconds, reverse=True)
    order: list[str] = []
    for n, name in enumerate(browser):
        order.append(name)
        # others[a:b]: this browser file's share, so both lists end together
        a, b = len(others) * n // len(browser), len(others) * (n + 1) // len(browser)
        order.extend(others[a:b])
    if not browser:
        order = others
    return [item for name in order for item in files[name]]


def pytest_collection_finish(session):
    if any(tier_of(item) != "unit" for item in session.items):
        # Kernels share this session's fresh MPLCONFIGDIR: build matplotlib's font
        # cache once here, or the first kernel prints "building the font cache" into
        # a cell, which the notebook tests rightly count as a warning a participant
        # sees. (When the whole suite runs, an earlier unit test happens to do this.)
        import matplotlib.font_manager  # noqa: F401


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
