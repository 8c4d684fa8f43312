"""Start a Jupyter server for a browser test and stop it again, one way for all."""

from __future__ import annotations

import subprocess
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest


def _answers(probe: str, any_status: bool) -> bool:
    try:
        with urllib.request.urlopen(probe, timeout=2) as response:
            return any_status or response.status == 200
    except urllib.error.HTTPError:
        return any_status  # the server answers, with an error page
    except OSError:
        return False


@contextmanager
def serving(
    command: list[str], log_path: Path, probe: str, what: str, timeout: float, any_status=False, **popen
):
    """Run ``command`` (output to ``log_path``) until ``probe`` answers; stop it on exit.

    ``any_status``: an HTTP error page counts as ready too (Voilà's static folder)."""
    log = log_path.open("w")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, **popen)
    try:
        deadline = time.monotonic() + timeout
        while not _answers(probe, any_status):
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(f"{what} did not start:\n" + log_path.read_text()[-3000:])
            time.sleep(0.3)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
