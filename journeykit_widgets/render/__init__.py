"""Pictures of a journey: pure functions that return a matplotlib ``Figure``."""

from journeykit_widgets.render.canvas import canvas
from journeykit_widgets.render.journey_map import emotion_curve, journey_map
