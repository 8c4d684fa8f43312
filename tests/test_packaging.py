"""The project's shell: the two README commands, CI, pyproject and environment.yml in step."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _requirement_names(requirements: list[str]) -> dict[str, str]:
    pattern = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*(.*)$")
    out = {}
    for req in requirements:
        match = pattern.match(req)
        assert match, req
        out[match.group(1).lower().replace("_", "-")] = match.group(2).replace(" ", "")
    return out


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def _environment_dependencies() -> dict[str, str]:
    lines = (ROOT / "environment.yml").read_text("utf-8").splitlines()
    deps, inside = [], False
    for line in lines:
        if line.startswith("dependencies:"):
            inside = True
            continue
        if inside and re.match(r"^\s{2}- [A-Za-z]", line):
            deps.append(line.split(" #")[0].strip()[2:])  # without a YAML comment
    return _requirement_names([d for d in deps if d not in {"pip"} and not d.startswith("pip:")])


def test_environment_yml_mirrors_pyproject_dependencies():
    runtime = _requirement_names(_pyproject()["project"]["dependencies"])
    conda = _environment_dependencies()
    conda.pop("python", None)
    assert conda == runtime, "environment.yml and pyproject.toml list different dependencies"


def test_environment_yml_installs_the_kit_itself():
    text = (ROOT / "environment.yml").read_text("utf-8")
    assert "conda-forge" in text
    assert re.search(r"^\s+- -e \.\s*$", text, re.M), "Binder needs the package itself installed"


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = re.findall(r"```(?:bash|sh)\n(.*?)```", readme, re.S)
    return [b.strip() for b in blocks if b.strip().startswith("pip install")]


def test_readme_has_exactly_two_setup_commands():
    commands = _readme_commands()
    assert len(commands) == 2, commands
    assert "journeykit start" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert _readme_commands()[1] in ci.splitlines()
    assert "set -euo pipefail" in ci
    assert "ruff check" in ci and "ruff format --check" in ci


def test_console_script_and_test_extra_are_declared():
    project = _pyproject()["project"]
    assert project["scripts"]["journeykit"] == "journeykit_widgets.cli:main"
    test_extra = _requirement_names(project["optional-dependencies"]["test"])
    assert {"pytest", "nbval", "hypothesis", "ruff"} <= set(test_extra)
