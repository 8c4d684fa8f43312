"""Jinja's compiled templates, kept for the life of the process.

Every export makes a new nbconvert exporter, and with it a new Jinja environment that
compiled the handout's templates again: about 0.23 of the 0.27 CPU-s an HTML handout
took to convert. Jinja's bytecode cache is the supported way to keep them: a template
whose source changed has another checksum, so it is compiled afresh, never served stale.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket

__all__ = ["COMPILED_TEMPLATES", "keep_compiled"]


class _InMemory(BytecodeCache):
    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # checks the source's checksum; resets when it differs

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._code.clear()


COMPILED_TEMPLATES = _InMemory()


def keep_compiled(exporter) -> None:
    """Let ``exporter`` (an nbconvert template exporter) compile each template once per
    process. Called before it loads its first template: Jinja asks that an environment
    is not changed after that."""
    environment = exporter.environment
    if environment.bytecode_cache is None:
        environment.bytecode_cache = COMPILED_TEMPLATES
