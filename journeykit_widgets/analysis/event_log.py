"""Reading and checking an events table (analytics export, CRM log) and its
event map; the analysis of the checked events is in ``analysis.events``.

An events table has one row per event: ``customer_id``, ``timestamp``, ``event``,
and optionally ``channel`` and ``device`` (Dutch headers such as ``klant_id``,
``tijdstip``, ``apparaat`` work too). An **event map** says which phase each event
belongs to and whether it is a micro-conversion (newsletter, account, …) or a
conversion (a purchase). Each sample case ships a default map in
``data/<case>_event_map.csv``; pass your own table, file or ``{event: phase}``
dict instead. Rows that fail a check are left out and listed, by row and column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journeykit_widgets.analysis._common import quoted
from journeykit_widgets.analysis._tables import (
    FIRST_ROW,
    LoadReport,
    MeasurementFileError,
    ProblemLog,
    coded_text,
    match_columns,
    read_table,
)
from journeykit_widgets.i18n import get_language, t
from journeykit_widgets.i18n.quote import excerpt
from journeykit_widgets.i18n.yes_no import NO_WORDS, YES_WORDS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = [
    "DEVICE_ALIASES",
    "EVENT_COLUMNS",
    "EventLog",
    "event_map",
    "event_map_path",
    "is_checked_map",
    "load_events",
]

EVENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "customer_id": (
        "customer",
        "customer id",
        "client_id",
        "user_id",
        "visitor_id",
        "klant",
        "klant_id",
        "klantnummer",
    ),
    "timestamp": ("time", "date", "datetime", "date_time", "tijdstip", "datum", "tijd", "moment"),
    "event": ("event_name", "action", "gebeurtenis", "actie"),
    "channel": ("source", "medium", "kanaal"),
    "device": ("device_type", "apparaat", "toestel"),
}
REQUIRED_EVENT_COLUMNS = ("customer_id", "timestamp", "event")

MAP_COLUMNS: dict[str, tuple[str, ...]] = {
    "event": ("event_name", "gebeurtenis"),
    "phase": ("phase_id", "fase"),
    "micro_conversion": ("micro", "microconversie", "micro_conversie"),
    "conversion": ("conversie",),
    "touchpoint": ("touchpoint_id", "contactpunt"),
    "name_en": ("label_en",),
    "name_nl": ("label_nl", "naam_nl"),
}

# Device names seen in analytics exports → the kit's device ids.
DEVICE_ALIASES: dict[str, str] = {
    "smartphone": "smartphone",
    "mobile": "smartphone",
    "phone": "smartphone",
    "mobiel": "smartphone",
    "iphone": "smartphone",
    "android": "smartphone",
    "tablet": "tablet",
    "ipad": "tablet",
    "computer": "computer",
    "desktop": "computer",
    "laptop": "computer",
    "pc": "computer",
    "mac": "computer",
    "in_person": "in_person",
    "phone_call": "phone_call",
    "print": "print",
}

# The kit's yes/no words; an empty flag cell in a map means "no".
_TRUE = YES_WORDS
_FALSE = NO_WORDS | {""}


def event_map_path(case: str) -> Path:
    """The default event map of a sample case: ``data/<case>_event_map.csv``."""
    from journeykit_widgets.samples import data_dir

    return data_dir() / f"{case}_event_map.csv"


def _flag(values: pd.Series, column: str, headers: dict, source: str) -> pd.Series:
    text = values.astype(str).str.strip().str.lower()
    bad = ~text.isin(_TRUE | _FALSE)
    if bad.any():
        i = int(bad.to_numpy().nonzero()[0][0])
        raise MeasurementFileError(
            t(
                "analysis.load.cell",
                source=source,
                row=i + FIRST_ROW,
                column=quoted(headers.get(column, column)),
                message=t("analysis.problem.bad_flag", value=excerpt(values.iloc[i])),
            )
        )
    return text.isin(_TRUE)


def event_map(
    source: object = None, *, case: str | None = None, journey: Journey | None = None
) -> pd.DataFrame:
    """The event → phase table: ``event``, ``phase``, ``micro_conversion``,
    ``conversion``, ``touchpoint`` (optional id on the map) and ``name`` (a label in
    the active language). ``source``: None (the case's default map), a CSV/XLSX
    path, a DataFrame, or a dict ``{event: phase}``.

    Without a ``source``, ``case`` is required: the events of one company do not
    belong to another sample's phases. With a ``journey``, every phase must be one
    of its phases.
    """
    import pandas as pd

    if source is None:
        if not case:
            raise MeasurementFileError(t("analysis.events.which_map"))
        source = event_map_path(case)
    if isinstance(source, Mapping):
        source = pd.DataFrame({"event": list(source), "phase": list(source.values())})
    # A stray byte in a hand-made map shows as "\ufffd" in the event's name; the
    # events table, where rows are dropped and reported, is where it is listed.
    frame, name, _stray = read_table(source)
    frame, headers = match_columns(frame, MAP_COLUMNS, ("event", "phase"), name)
    frame = frame.astype(str).apply(lambda col: col.str.strip()) if len(frame) else frame.astype(str)
    for column in ("micro_conversion", "conversion"):
        frame[column] = _flag(frame[column], column, headers, name) if column in frame else False
    for column in ("touchpoint", "name_en", "name_nl"):
        if column not in frame:
            frame[column] = ""
    problems = []
    empty = (frame["event"] == "") | (frame["phase"] == "")
    for i in empty.to_numpy().nonzero()[0]:
        column = "event" if frame["event"].iloc[i] == "" else "phase"
        problems.append((i, column, t("analysis.problem.empty", value="")))
    dupes = frame["event"].duplicated() & ~empty
    for i in dupes.to_numpy().nonzero()[0]:
        problems.append(
            (i, "event", t("analysis.problem.duplicate_event", value=excerpt(frame["event"].iloc[i])))
        )
    if journey is not None:
        unknown = ~frame["phase"].isin(journey.phase_ids) & ~empty
        for i in unknown.to_numpy().nonzero()[0]:
            message = (
                t(
                    "analysis.problem.unknown_phase",
                    value=excerpt(frame["phase"].iloc[i]),
                )
                + " "
                + t("analysis.load.choices", choices=", ".join(journey.phase_ids))
            )
            problems.append((i, "phase", message))
    if problems:
        i, column, message = min(problems)
        raise MeasurementFileError(
            t(
                "analysis.load.cell",
                source=name,
                row=int(i) + FIRST_ROW,
                column=quoted(headers.get(column, column)),
                message=message,
            )
        )
    lang = get_language()
    label = frame[f"name_{lang}"].where(frame[f"name_{lang}"] != "", frame["name_en"])
    frame["name"] = label.where(label != "", frame["event"])
    columns = ["event", "phase", "micro_conversion", "conversion", "touchpoint", "name", "name_en", "name_nl"]
    return frame[columns].reset_index(drop=True)


@dataclass(frozen=True)
class EventLog:
    """Events that passed the checks, each with its phase, plus the load report.

    ``events`` columns: ``row`` (in the file), ``customer_id``, ``timestamp`` (UTC, without zone),
    ``event``, ``channel``, ``device``, ``phase``, ``micro_conversion``, ``conversion``.
    ``phases`` is the phase order; ``phase_names`` their labels.
    """

    events: pd.DataFrame
    report: LoadReport
    mapping: pd.DataFrame
    phases: tuple[str, ...]
    phase_names: dict[str, str]


def _parse_times(text: pd.Series) -> pd.Series:
    """ISO 8601 first (what exports write); then day-first dates (what a Dutch Excel writes)."""
    import pandas as pd

    times = pd.to_datetime(text, format="ISO8601", errors="coerce", utc=True)
    retry = times.isna() & (text != "")
    if retry.any():
        with_day_first = pd.to_datetime(text[retry], format="mixed", dayfirst=True, errors="coerce", utc=True)
        times = times.copy()
        times[retry] = with_day_first
    return times


def _phase_order(mapping: pd.DataFrame, journey: Journey | None) -> tuple[str, ...]:
    """The journey's phases; else the built-in phase model that holds every mapped
    phase (so an empty phase still shows, with 0); else the map's own order."""
    from journeykit_widgets import frameworks

    if journey is not None:
        return tuple(journey.phase_ids)
    mapped = tuple(dict.fromkeys(mapping["phase"]))
    for model in frameworks.phase_models().values():
        if set(mapped) <= set(model.phase_ids):
            return model.phase_ids
    return mapped


def _phase_names(phases: tuple[str, ...], journey: Journey | None) -> dict[str, str]:
    from journeykit_widgets.model import Phase

    if journey is not None:
        return {p: journey.phase(p).label() for p in phases}
    return {p: Phase(id=p).label() for p in phases}


def load_events(
    source: object,
    mapping: object = None,
    *,
    journey: Journey | None = None,
    case: str | None = None,
) -> EventLog:
    """Read and check an events table; map each event to its phase, with
    ``mapping`` or (without one) the default map of the sample ``case``.

    Rows with an empty customer id, an unreadable timestamp, an event that is not
    in the map, or an unknown device are left out and listed in the report.
    """
    import numpy as np
    import pandas as pd

    frame, name, stray = read_table(source)
    frame, headers = match_columns(frame, EVENT_COLUMNS, REQUIRED_EVENT_COLUMNS, name)
    mapping_frame = mapping if is_checked_map(mapping) else event_map(mapping, case=case, journey=journey)
    frame = frame.reset_index(drop=True)
    n = len(frame)
    log = ProblemLog()
    log.add_stray_bytes(stray)  # the row is still used: only the byte is lost
    bad = np.zeros(n, dtype=bool)

    # Text columns are cleaned per distinct value (a few hundred), not per row (a million).
    coded = {c: coded_text(frame.get(c), n) for c in EVENT_COLUMNS if c != "timestamp"}
    # Timestamps are nearly all distinct: parse the column as it is (the ISO parser
    # ignores surrounding spaces) and look closer only at the cells that failed.
    raw_times = frame["timestamp"].to_numpy(dtype=object)
    parsed = _parse_times(pd.Series(raw_times, dtype=object)).dt.tz_localize(None).to_numpy()
    parsed = parsed.astype("datetime64[ns]")
    failed = np.flatnonzero(np.isnat(parsed))
    blank = np.array([v is None or v != v or not str(v).strip() for v in raw_times[failed]], dtype=bool)
    time_empty = np.zeros(n, dtype=bool)
    time_empty[failed[blank]] = True
    unreadable = np.zeros(n, dtype=bool)
    unreadable[failed[~blank]] = True
    for column in REQUIRED_EVENT_COLUMNS:
        empty = time_empty if column == "timestamp" else coded[column].codes < 0
        log.add_rows(empty, headers[column], "empty", frame[column])
        bad |= empty
    log.add_rows(unreadable, headers["timestamp"], "bad_date", frame["timestamp"])
    bad |= unreadable

    event = coded["event"]
    known = np.isin(event.categories, mapping_frame["event"].to_numpy())
    unknown = (event.codes >= 0) & ~known[event.codes]
    log.add_rows(unknown, headers["event"], "unknown_event", frame["event"])
    bad |= unknown

    device = coded["device"]
    device_ids = np.array(
        [DEVICE_ALIASES.get(re.sub(r"[\s\-]+", "_", str(d).lower())) for d in device.categories], dtype=object
    )
    strange = (
        (device.codes >= 0) & pd.isna(device_ids)[device.codes] if len(device_ids) else np.zeros(n, bool)
    )
    if "device" in frame:
        log.add_rows(strange, headers["device"], "unknown_device", frame["device"])
    bad |= strange

    keep = ~bad
    lookup = mapping_frame.set_index("event")
    event_cat = event.categorical(keep)
    events = pd.DataFrame(
        {
            "row": np.flatnonzero(keep) + FIRST_ROW,
            "customer_id": coded["customer_id"].categorical(keep),
            "timestamp": parsed[keep],
            "event": event_cat,
            "channel": coded["channel"].categorical(keep),
            "device": pd.Categorical(
                device_ids[device.codes[keep]] if len(device_ids) else [None] * int(keep.sum())
            ),
        }
    )
    events["device"] = events["device"].cat.remove_unused_categories()
    per_event = lookup.reindex(event_cat.categories)
    phase_index, phase_values = pd.factorize(per_event["phase"].to_numpy(dtype=object))
    events["phase"] = pd.Categorical.from_codes(
        phase_index[event_cat.codes], categories=pd.Index(phase_values, dtype=object)
    )
    events["micro_conversion"] = per_event["micro_conversion"].to_numpy(dtype=bool)[event_cat.codes]
    events["conversion"] = per_event["conversion"].to_numpy(dtype=bool)[event_cat.codes]
    phases = _phase_order(mapping_frame, journey)
    report = LoadReport(source=name, rows_read=n, rows_used=int(keep.sum()), problems=log.frame())
    return EventLog(events, report, mapping_frame, phases, _phase_names(phases, journey))


def is_checked_map(mapping: object) -> bool:
    """Whether ``mapping`` is already the output of ``event_map`` (skip re-checking)."""
    import pandas as pd

    needed = {"event", "phase", "micro_conversion", "conversion", "name_en", "name_nl"}
    return isinstance(mapping, pd.DataFrame) and needed <= set(mapping.columns)
