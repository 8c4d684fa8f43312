"""The board: the journey map and the B2B canvas as live editors (anywidget).

The front-end (``board.js``, ``board.css``) ships inside the package; nothing is
fetched at run time. The widget keeps no data: the journey file is the truth.
"""

from __future__ import annotations

from journeykit_widgets.widgets.board.widget import CanvasBoard, JourneyBoard

__all__ = ["CanvasBoard", "JourneyBoard"]
