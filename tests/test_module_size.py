"""No module of the package or of deploy/ grows past 450 lines: a module that long
holds more than one purpose, and the next engineer has to read all of it to change
one. Split it along its purposes (see ``store/table_*.py`` for an example)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 450


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _modules() -> list[Path]:
    return sorted([*(ROOT / "journeykit_widgets").rglob("*.py"), *(ROOT / "deploy").rglob("*.py")])


def test_no_module_is_longer_than_450_lines():
    too_long = {
        path.relative_to(ROOT).as_posix(): _lines(path) for path in _modules() if _lines(path) > MAX_LINES
    }
    assert not too_long, f"split these modules (lines): {too_long}"
