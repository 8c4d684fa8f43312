"""Shared building blocks of the journey model: the base class, ids, scales."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

from journeykit_widgets.model.text import clean_text

# The fixed scales of the method. Kept in one place because validation messages,
# widgets (slider ranges) and charts (axes) all read them from here.
EMOTION_MIN, EMOTION_MAX = -3, 3
RATING_MIN, RATING_MAX = 1, 5
SCORE_MIN, SCORE_MAX = 1, 5

Emotion = Annotated[int, Field(ge=EMOTION_MIN, le=EMOTION_MAX)]
Rating = Annotated[int, Field(ge=RATING_MIN, le=RATING_MAX)]
Score = Annotated[int, Field(ge=SCORE_MIN, le=SCORE_MAX)]
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]


def _not_blank(value: str) -> str:
    # A name of only spaces shows as nothing on a map and a card, and the table import
    # already refuses it: refuse it here too, so every path (form, file, table, script)
    # gives the same answer. Type "required" reads "required" via error.required.
    if not value.strip():
        raise PydanticCustomError("required", "a name of only spaces is empty")
    return value


# Typed text is cleaned where it comes in (``model.text``): a name of only a NUL is
# then empty and refused as such, and what validates can always be drawn.
Name = Annotated[
    str, Field(min_length=1, max_length=300), BeforeValidator(clean_text), AfterValidator(_not_blank)
]
Text = Annotated[str, Field(max_length=5000), BeforeValidator(clean_text)]

# Field name → (low, high), so a range error can say "between -3 and +3".
RANGES: dict[str, tuple[int, int]] = {
    "emotion": (EMOTION_MIN, EMOTION_MAX),
    "importance": (RATING_MIN, RATING_MAX),
    "effort": (RATING_MIN, RATING_MAX),
    "score": (SCORE_MIN, SCORE_MAX),
}


def new_id(prefix: str) -> str:
    """A short, readable, unique id such as ``tp-3f9a1c2e``."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


# The attribute of a ValidationError that holds the model whose assignment it refused.
REFUSED_BY = "journeykit_refused_by"


class JKModel(BaseModel):
    """Base of every model class: unknown keys are errors, assignments are checked."""

    # allow_inf_nan=False: NaN and Infinity cannot be written as JSON (the file must stay
    # readable by other programs), so they are refused where they come in.
    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)

    def __setattr__(self, name: str, value: object) -> None:
        # A refused assignment reports only the field ("status"); the error keeps the
        # item it was made on, so ``edit`` can say *which* action or touchpoint refused
        # it (model/places.py). The error itself is pydantic's, unchanged.
        try:
            super().__setattr__(name, value)
        except ValidationError as error:
            if getattr(error, REFUSED_BY, None) is None:
                setattr(error, REFUSED_BY, self)
            raise
