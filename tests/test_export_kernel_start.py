"""An export whose kernel dies while starting starts it once more.

Seen in CI (ci38): in the hub test, one participant's handout export failed with
"Kernel died before replying to kernel_info" while the other test process was
starting kernels for the workshop notebooks. The kernel's own output was not kept;
the known cause is a port (jupyter_client picks a kernel's ports free, and another
kernel can take one before it binds). The kernels here are real; the first one of a
kind ends before it answers, as that one did.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest

from journeykit_widgets.handouts.batch import export_notebook

pytestmark = pytest.mark.slow  # starts kernels


def _kernel(folder: Path, name: str, deaths: int) -> None:
    """A kernelspec ``name`` whose first ``deaths`` kernels exit before answering;
    the ones after are ordinary Python kernels."""
    spec = folder / "kernels" / name
    spec.mkdir(parents=True)
    count = spec / "started"
    launcher = spec / "launch.py"
    launcher.write_text(
        textwrap.dedent(
            f"""
            import pathlib, runpy, sys
            count = pathlib.Path({str(count)!r})
            started = int(count.read_text()) if count.exists() else 0
            count.write_text(str(started + 1))
            if started < {deaths}:
                sys.exit(1)  # dead before the first answer
            sys.argv[0] = "ipykernel_launcher"
            runpy.run_module("ipykernel_launcher", run_name="__main__")
            """
        ),
        "utf-8",
    )
    argv = [sys.executable, str(launcher), "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": name, "language": "python"}), "utf-8"
    )


def _notebook(folder: Path, kernel: str) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("print('the cell ran')")]
    notebook.metadata["kernelspec"] = {"name": kernel, "display_name": kernel, "language": "python"}
    path = folder / "tiny.ipynb"
    nbformat.write(notebook, path)
    return path


@pytest.fixture
def kernels(tmp_path, monkeypatch):
    folder = tmp_path / "jupyter"
    monkeypatch.setenv("JUPYTER_PATH", str(folder))
    return folder


def test_a_kernel_that_dies_while_starting_is_started_once_more(kernels, tmp_path):
    _kernel(kernels, "dies-once", deaths=1)
    out = export_notebook(_notebook(tmp_path, "dies-once"), output=tmp_path / "tiny.html")
    assert "the cell ran" in out.read_text("utf-8")
    assert (kernels / "kernels" / "dies-once" / "started").read_text() == "2"


def test_a_kernel_that_dies_every_time_fails_after_the_second_start(kernels, tmp_path):
    _kernel(kernels, "always-dies", deaths=99)
    with pytest.raises(RuntimeError, match="Kernel died before replying to kernel_info"):
        export_notebook(_notebook(tmp_path, "always-dies"), output=tmp_path / "tiny.html")
    assert (kernels / "kernels" / "always-dies" / "started").read_text() == "2"
    assert not (tmp_path / "tiny.html").exists()


def test_nbconvert_with_the_kits_exporter_starts_it_once_more_too(kernels, tmp_path):
    # `jupyter nbconvert --to journeykit-report --execute` takes the same step.
    from nbconvert.exporters import get_exporter
    from traitlets.config import Config

    _kernel(kernels, "dies-once", deaths=1)
    exporter = get_exporter("journeykit-report")(config=Config({"ExecutePreprocessor": {"enabled": True}}))
    body, _ = exporter.from_filename(str(_notebook(tmp_path, "dies-once")))
    assert "the cell ran" in body
    assert (kernels / "kernels" / "dies-once" / "started").read_text() == "2"
