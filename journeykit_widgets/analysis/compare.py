"""Compare journeys: teams, buying-group roles or versions of one map, side by side.

Touchpoints are matched by id (versions of one file keep their ids) and otherwise
by name, ignoring case and spaces (teams that built their own maps). The result is
one row per difference: the item, the field, and each journey's value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journeykit_widgets import frameworks
from journeykit_widgets.analysis._common import (
    column_label,
    join_limited,
    join_names,
    quoted,
    signed,
)
from journeykit_widgets.i18n import has_key, t
from journeykit_widgets.model import in_map_order

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = ["TOUCHPOINT_COMPARED", "CompareResult", "compare_journeys"]

# The touchpoint fields a comparison looks at (free-text notes are left out: teams
# word things differently, and that is not a difference in the map).
TOUCHPOINT_COMPARED: tuple[str, ...] = (
    "phase",
    "channel",
    "device",
    "direct",
    "emotion",
    "importance",
    "effort",
    "owner",
)
NUMERIC = frozenset({"emotion", "importance", "effort", "score"})
KINDS: tuple[str, ...] = ("touchpoint", "phase", "goal", "canvas", "persona")
_RESERVED = frozenset({"item_kind", "key", "item", "field", "spread"})


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


def _labels(
    journeys: Sequence[Journey], sources: Sequence[object], labels: Sequence[str] | None
) -> list[str]:
    if labels is not None:
        if len(labels) != len(journeys):
            raise ValueError(t("analysis.compare.label_count", labels=len(labels), journeys=len(journeys)))
        names = [str(label) for label in labels]
    else:
        names = [
            Path(src).stem if isinstance(src, str | Path) else journey.title
            for journey, src in zip(journeys, sources, strict=True)
        ]
    # A label may not take the name of one of the table's own columns.
    names = [f"{n} " if n in _RESERVED else n for n in names]
    # Two identical names would make one column: number them.
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if names.count(name) == 1 else f"{name} ({seen[name]})")
    return unique


def _match_touchpoints(journeys: Sequence[Journey]) -> tuple[list[str], list[dict[str, object]]]:
    """Keys in first-seen journey order, and per journey: key → touchpoint."""
    keys: list[str] = []
    names: dict[str, str] = {}  # normalised name → key
    per_journey: list[dict[str, object]] = []
    for journey in journeys:
        mine: dict[str, object] = {}
        for tp in in_map_order(journey):
            key = tp.id if tp.id in keys and tp.id not in mine else None
            if key is None:
                candidate = names.get(_norm(tp.name))
                if candidate is not None and candidate not in mine:
                    key = candidate
            if key is None:
                key = tp.id if tp.id not in keys else f"{tp.id}~{len(keys)}"
                keys.append(key)
                names.setdefault(_norm(tp.name), key)
            mine[key] = tp
        per_journey.append(mine)
    return keys, per_journey


def _shown(field: str, value: object, journey: Journey | None) -> object:
    """A value as a person reads it: phase and channel names, yes/no, signed emotions."""
    if value is None:
        return None
    if field == "phase" and journey is not None:
        return journey.phase_label(str(value))
    if field == "channel":
        entry = frameworks.channels().get(str(value))
        return entry.label() if entry else value
    if field == "device":
        entry = frameworks.devices().get(str(value))
        return entry.label() if entry else value
    if field == "direct":
        return t("analysis.value.yes") if value else t("analysis.value.no")
    if field == "emotion":
        return signed(value, 0)
    return value


@dataclass(frozen=True)
class CompareResult:
    """Where two or more journeys differ.

    ``differences`` columns: ``item_kind`` (touchpoint, phase, goal, canvas,
    persona), ``key`` (an id), ``item`` (a readable name), ``field``, one column per
    journey label (values as stored; None = not on that map), and ``spread``
    (max − min for numbers such as emotion).
    """

    labels: tuple[str, ...]
    differences: pd.DataFrame
    touchpoints_compared: int

    def table(self, localized: bool = False) -> pd.DataFrame:
        if not localized:
            return self.differences
        out = self.differences.drop(columns=["key"]).copy()
        out["item_kind"] = out["item_kind"].map(lambda k: t(f"analysis.value.{k}"))
        out["field"] = out["field"].map(_field_label)
        for label in self.labels:
            out[label] = out[label].map(_readable)
        return out.rename(columns={c: column_label(c) for c in ("item_kind", "item", "field", "spread")})

    def summary(self) -> str:
        lines = [t("analysis.compare.overview", count=len(self.labels), names=join_names(self.labels))]
        d = self.differences
        if d.empty:
            lines.append(t("analysis.compare.same"))
            return "\n".join(lines)
        tps = d[d["item_kind"] == "touchpoint"]
        only_some = tps[tps["field"] == "present"]
        if len(only_some):
            lines.append(
                t(
                    "analysis.compare.only_some",
                    count=len(only_some),
                    names=join_limited(only_some["item"].tolist()),
                )
            )
        moved = tps[tps["field"] == "phase"]
        if len(moved):
            lines.append(
                t("analysis.compare.moved", count=len(moved), names=join_limited(moved["item"].tolist()))
            )
        rated = tps[tps["field"].isin(["emotion", "importance", "effort"])]
        if len(rated):
            top = rated.sort_values("spread", ascending=False, kind="stable").head(3)
            parts = []
            for _, r in top.iterrows():
                values = [r[label] for label in self.labels]
                numbers = [v for v in values if v is not None and v == v]
                low, high = min(numbers), max(numbers)
                if r.field == "emotion":
                    low, high = signed(low, 0), signed(high, 0)
                parts.append(
                    t(
                        "analysis.compare.rated_item",
                        name=quoted(r["item"]),
                        field=_field_label(r["field"]),
                        low=low,
                        high=high,
                    )
                )
            lines.append(
                t(
                    "analysis.compare.rated",
                    count=rated["key"].nunique(),
                    items="; ".join(parts),
                )
            )
        other = d[d["item_kind"] != "touchpoint"]
        for kind in KINDS[1:]:
            n = int((other["item_kind"] == kind).sum())
            if n:
                lines.append(t(f"analysis.compare.other_{kind}", count=n))
        return "\n".join(lines)


def _readable(value: object) -> object:
    if value is None or value != value:
        return "—"
    if isinstance(value, bool):
        return t("analysis.value.yes") if value else t("analysis.value.no")
    return value


def _field_label(field: str) -> str:
    key = f"analysis.field.{field}"
    if has_key(key):
        return t(key)
    return t(f"field.{field}") if has_key(f"field.{field}") else field


def compare_journeys(
    journeys: Sequence[Journey | str | Path], labels: Sequence[str] | None = None
) -> CompareResult:
    """Compare two or more journeys (``Journey`` objects or file paths).

    ``labels`` name the columns (default: the file name, or the journey's title).
    """
    import numpy as np
    import pandas as pd

    from journeykit_widgets.store import load

    sources = list(journeys)
    if len(sources) < 2:
        raise ValueError(t("analysis.compare.too_few", count=len(sources)))
    loaded = [j if not isinstance(j, str | Path) else load(j) for j in sources]
    names = _labels(loaded, sources, labels)
    rows: list[dict] = []

    def add(kind: str, key: str, item: str, field: str, values: list[object]) -> None:
        present = [v for v in values if v is not None]
        if not present or (len(present) == len(values) and len({repr(v) for v in values}) == 1):
            return
        spread = np.nan
        if field in NUMERIC and len(present) > 1:
            spread = float(max(present) - min(present))
        rows.append(
            {
                "item_kind": kind,
                "key": key,
                "item": item,
                "field": field,
                **dict(zip(names, values, strict=True)),
                "spread": spread,
            }
        )

    # Touchpoints: present on every map? then field by field.
    keys, per_journey = _match_touchpoints(loaded)
    for key in keys:
        tps = [mine.get(key) for mine in per_journey]
        first = next(tp for tp in tps if tp is not None)
        if any(tp is None for tp in tps):
            add("touchpoint", key, first.name, "present", [tp is not None for tp in tps])
        for field in TOUCHPOINT_COMPARED:
            values = [getattr(tp, field) if tp is not None else None for tp in tps]
            if sum(v is not None for v in values) < 2:
                continue
            if field == "phase":
                shown = [_shown("phase", v, j) for v, j in zip(values, loaded, strict=True)]
                if len({s for s in shown if s is not None}) > 1:
                    add("touchpoint", key, first.name, field, shown)
                continue
            add("touchpoint", key, first.name, field, values)

    # Phases: the columns of each map.
    add(
        "phase",
        "phases",
        t("analysis.compare.phases_item"),
        "phases",
        [" → ".join(j.phase_label(p) for p in j.phase_ids) for j in loaded],
    )

    # Goals per phase id (ids of built-in phase models are shared between maps).
    all_phases = list(dict.fromkeys(p for j in loaded for p in j.phase_ids))
    for pid in all_phases:
        texts = []
        for j in loaded:
            if pid not in j.phase_ids:
                texts.append(None)
                continue
            texts.append("; ".join(g.text for g in j.goals if g.phase == pid) or "")
        label = next(j.phase_label(pid) for j in loaded if pid in j.phase_ids)
        add("goal", pid, label, "goals", texts)

    # Canvas cells, per role, phase, state and lane.
    roles = list(dict.fromkeys(c.role for j in loaded for c in j.canvases))
    for role in roles:
        for pid in all_phases:
            label = next(j.phase_label(pid) for j in loaded if pid in j.phase_ids)
            for state in ("ideal", "current"):
                for lane in (*frameworks.LANE_IDS, "score"):
                    values = []
                    for j in loaded:
                        canvas = next((c for c in j.canvases if c.role == role), None)
                        column = canvas.column(state, pid) if canvas else None
                        value = getattr(column, lane) if column else None
                        values.append(value if value not in ("",) else None)
                    if all(v is None for v in values):
                        continue
                    item = f"{label} · {t(f'analysis.value.{state}')}" + (f" · {role}" if role else "")
                    add("canvas", f"{role}/{pid}/{state}/{lane}", item, lane, values)

    # The main persona.
    add(
        "persona",
        "persona",
        t("analysis.compare.persona_item"),
        "name",
        [j.persona.name if j.persona else None for j in loaded],
    )

    columns = ["item_kind", "key", "item", "field", *names, "spread"]
    frame = pd.DataFrame(rows, columns=columns)
    for name in names:
        frame[name] = frame[name].astype(object).where(frame[name].notna(), None)
    return CompareResult(tuple(names), frame, len(keys))
