"""The one way the kit turns a view into PNG bytes, with a bounded content cache.

A picture is keyed by a hash of everything that decides its pixels: the view,
its options, the resolution, the journey fields the view reads (see
``views.View.reads``) and the versions of the kit, matplotlib and pyphen. A
second request for the same picture is a dictionary look-up; an edit to a field
the view does not draw (a goal, for the journey map; the revision log, for
every view) gives the same key and so no redraw. Drawing happens under the
render lock; matplotlib's global settings are never touched.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache

from journeykit_widgets.model import Journey
from journeykit_widgets.render._common import RENDER_LOCK
from journeykit_widgets.render.export import SCREEN_DPI
from journeykit_widgets.render.views import view

__all__ = ["CacheInfo", "cache_info", "clear_cache", "figure_png", "picture_key", "png", "png_bytes"]

MAX_PICTURES = 48  # about two of every view for a couple of journeys open at once
MAX_BYTES = 64 * 1024 * 1024

_pictures: OrderedDict[str, bytes] = OrderedDict()
_guard = threading.Lock()  # the table itself; drawing is under RENDER_LOCK
_counts = {"hits": 0, "draws": 0}


@dataclass(frozen=True)
class CacheInfo:
    hits: int
    draws: int
    pictures: int
    bytes: int


@cache
def _versions() -> tuple[str, ...]:
    from importlib.metadata import version

    import matplotlib

    from journeykit_widgets.render.hyphens import RULES

    # The distribution's version (the package's __init__ is a later layer); where
    # words break depends on the patterns, the word lists and our rules.
    return version("journeykit"), matplotlib.__version__, version("pyphen"), version("wordfreq"), str(RULES)


def picture_key(name: str, journey: Journey, dpi: float, options: dict) -> str:
    """The cache key of a picture (a hex digest); see the module docstring."""
    chosen = view(name)
    # pydantic's own JSON writer (compiled): a few times faster than dumping to
    # Python objects and encoding those, which matters for a cache hit.
    content = journey.model_dump_json(include=set(chosen.reads))
    head = json.dumps([name, sorted(chosen.resolved(options).items()), float(dpi), _versions()], default=str)
    digest = hashlib.blake2b(head.encode("utf-8"), digest_size=20)
    digest.update(content.encode("utf-8"))
    return digest.hexdigest()


def figure_png(figure, dpi: float = SCREEN_DPI, compress_level: int = 6) -> bytes:
    """A figure as PNG bytes on a white page, by matplotlib's own Agg backend."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    buffer = io.BytesIO()
    with RENDER_LOCK:
        FigureCanvasAgg(figure).print_figure(
            buffer,
            format="png",
            dpi=dpi,
            facecolor="white",
            metadata={"Software": None},
            pil_kwargs={"compress_level": compress_level},
        )
    return buffer.getvalue()


def png_bytes(figure, dpi: float, compress_level: int = 6) -> bytes:
    """The earlier name of ``figure_png`` (``collect.report`` uses it); same path."""
    return figure_png(figure, dpi, compress_level)


def png(name: str, journey: Journey, *, dpi: float = SCREEN_DPI, compress_level: int = 6, **options) -> bytes:
    """The view ``name`` of ``journey`` as PNG bytes, from the cache when the same
    picture was made before."""
    key = picture_key(name, journey, dpi, options)
    with _guard:
        found = _pictures.get(key)
        if found is not None:
            _pictures.move_to_end(key)
            _counts["hits"] += 1
            return found
    with RENDER_LOCK:
        data = figure_png(view(name).figure(journey, **options), dpi, compress_level)
    with _guard:
        _counts["draws"] += 1
        _pictures[key] = data
        while len(_pictures) > MAX_PICTURES or sum(map(len, _pictures.values())) > MAX_BYTES:
            _pictures.popitem(last=False)
    return data


def cache_info() -> CacheInfo:
    with _guard:
        return CacheInfo(_counts["hits"], _counts["draws"], len(_pictures), sum(map(len, _pictures.values())))


def clear_cache() -> None:
    """Forget every picture (and the counts): the next request draws."""
    with _guard:
        _pictures.clear()
        _counts.update(hits=0, draws=0)
