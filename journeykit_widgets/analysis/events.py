"""KPIs and micro-conversions from an events table (analytics export, CRM log).

An events table has one row per event: ``customer_id``, ``timestamp``, ``event``,
and optionally ``channel`` and ``device`` (Dutch headers such as ``klant_id``,
``tijdstip``, ``apparaat`` work too). An **event map** says which phase each event
belongs to and whether it is a micro-conversion (newsletter, account, …) or a
conversion (a purchase). Each sample case ships a default map in
``data/<case>_event_map.csv``; pass your own table, file or ``{event: phase}``
dict to override it.

The analysis counts, per phase (in journey order): events, customers who reached
it, and how many of the previous phase's customers moved on; how micro-conversions
relate to conversions; and how many buyers switched device before buying.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journeykit_widgets.analysis._common import count, fmt, localize, pct, quoted
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

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = [
    "DEVICE_ALIASES",
    "EVENT_COLUMNS",
    "EventLog",
    "EventsResult",
    "analyse_events",
    "event_map",
    "event_map_path",
    "events_analysis",
    "funnel",
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

_TRUE = {"1", "true", "yes", "y", "ja", "j", "x", "waar"}
_FALSE = {"0", "false", "no", "n", "nee", "", "onwaar"}


def event_map_path(case: str = "airline") -> Path:
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
                message=t("analysis.problem.bad_flag", value=values.iloc[i]),
            )
        )
    return text.isin(_TRUE)


def event_map(
    source: object = None, *, case: str = "airline", journey: Journey | None = None
) -> pd.DataFrame:
    """The event → phase table: ``event``, ``phase``, ``micro_conversion``,
    ``conversion``, ``touchpoint`` (optional id on the map) and ``name`` (a label in
    the active language). ``source``: None (the case's default map), a CSV/XLSX
    path, a DataFrame, or a dict ``{event: phase}``.

    With a ``journey``, every phase must be one of its phases.
    """
    import pandas as pd

    if source is None:
        source = event_map_path(case)
    if isinstance(source, Mapping):
        source = pd.DataFrame({"event": list(source), "phase": list(source.values())})
    frame, name = read_table(source)
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
        problems.append((i, "event", t("analysis.problem.duplicate_event", value=frame["event"].iloc[i])))
    if journey is not None:
        unknown = ~frame["phase"].isin(journey.phase_ids) & ~empty
        for i in unknown.to_numpy().nonzero()[0]:
            message = (
                t(
                    "analysis.problem.unknown_phase",
                    value=frame["phase"].iloc[i],
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
    case: str = "airline",
) -> EventLog:
    """Read and check an events table; map each event to its phase.

    Rows with an empty customer id, an unreadable timestamp, an event that is not
    in the map, or an unknown device are left out and listed in the report.
    """
    import numpy as np
    import pandas as pd

    frame, name = read_table(source)
    frame, headers = match_columns(frame, EVENT_COLUMNS, REQUIRED_EVENT_COLUMNS, name)
    mapping_frame = mapping if _is_checked_map(mapping) else event_map(mapping, case=case, journey=journey)
    frame = frame.reset_index(drop=True)
    n = len(frame)
    log = ProblemLog()
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


def _is_checked_map(mapping: object) -> bool:
    """Whether ``mapping`` is already the output of ``event_map`` (skip re-checking)."""
    import pandas as pd

    needed = {"event", "phase", "micro_conversion", "conversion", "name_en", "name_nl"}
    return isinstance(mapping, pd.DataFrame) and needed <= set(mapping.columns)


# ---------------------------------------------------------------- the analysis
def _codes(values: pd.Series):
    """Integer codes and distinct values of a column; fast for categoricals."""
    import pandas as pd

    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy(), values.cat.categories
    return pd.factorize(values.to_numpy(dtype=object))


def funnel(events: pd.DataFrame, phases: tuple[str, ...] | list[str]) -> pd.DataFrame:
    """Per phase: ``events``, ``customers`` who had at least one event there,
    ``share_of_start`` (customers / customers of the first phase) and
    ``from_previous`` (share of the previous phase's customers who also reached this
    one). Needs the columns ``customer_id`` and ``phase``; events in a phase that is
    not in ``phases`` are not counted."""
    import numpy as np
    import pandas as pd

    n_phases = len(phases)
    phase_codes, phase_values = _codes(events["phase"])
    position = np.array([phases.index(p) if p in phases else -1 for p in phase_values] + [-1], dtype=np.int64)
    phase_idx = position[phase_codes]  # code -1 (missing) → the appended -1
    inside = phase_idx >= 0
    customer_codes, customers_all = _codes(events["customer_id"])
    customer_idx = customer_codes[inside]
    phase_idx = phase_idx[inside]
    reached = np.zeros((len(customers_all), n_phases), dtype=bool)
    reached[customer_idx, phase_idx] = True
    per_phase_events = np.bincount(phase_idx, minlength=n_phases)
    customers = reached.sum(axis=0)
    start = customers[0] if n_phases else 0
    from_previous = [np.nan] if n_phases else []
    for k in range(1, n_phases):
        before = reached[:, k - 1].sum()
        moved = (reached[:, k - 1] & reached[:, k]).sum()
        from_previous.append(moved / before if before else np.nan)
    return pd.DataFrame(
        {
            "phase": list(phases),
            "events": per_phase_events.astype(np.int64),
            "customers": customers.astype(np.int64),
            "share_of_start": customers / start if start else np.full(n_phases, np.nan),
            "from_previous": np.asarray(from_previous, dtype=float),
        }
    )


@dataclass(frozen=True)
class CrossDevice:
    """Buyers who used more than one device before (and including) their first conversion."""

    buyers: int
    switched: int
    paths: pd.DataFrame  # first_device, buying_device, customers (most common first)

    @property
    def share(self) -> float | None:
        return self.switched / self.buyers if self.buyers else None


@dataclass(frozen=True)
class EventsResult:
    """Funnel per phase, micro-conversions, conversions and cross-device switches.

    ``by_touchpoint``: events and customers per touchpoint id of the map, for the
    events whose map row names a touchpoint (to show measured reach on the map).
    """

    funnel: pd.DataFrame
    micro_conversions: pd.DataFrame
    cross_device: CrossDevice
    devices: pd.DataFrame
    customers: int
    converted: int
    report: LoadReport
    phase_names: dict[str, str]
    by_touchpoint: pd.DataFrame | None = None

    @property
    def conversion_rate(self) -> float | None:
        return self.converted / self.customers if self.customers else None

    def table(self, localized: bool = False) -> pd.DataFrame:
        """The funnel: one row per phase."""
        return localize(self.funnel) if localized else self.funnel

    def summary(self) -> str:
        if not self.customers:
            return "\n".join([t("analysis.events.empty"), self.report.summary(limit=5)])
        f = self.funnel
        lines = [
            t(
                "analysis.events.overview",
                customers=count(self.customers),
                events=count(int(f["events"].sum())),
                phases=len(f),
            )
        ]
        if len(f) > 1 and f["customers"].iloc[0]:
            lines.append(
                t(
                    "analysis.events.through",
                    first=f["phase_name"].iloc[0],
                    last=f["phase_name"].iloc[-1],
                    share=pct(f["share_of_start"].iloc[-1]),
                )
            )
            steps = f["from_previous"].iloc[1:]
            if steps.notna().any():
                k = int(steps.idxmin())
                lines.append(
                    t(
                        "analysis.events.drop",
                        a=f["phase_name"].iloc[k - 1],
                        b=f["phase_name"].iloc[k],
                        share=pct(f["from_previous"].iloc[k]),
                    )
                )
        lines.append(
            t("analysis.events.converted", count=count(self.converted), share=pct(self.conversion_rate))
        )
        micro = self.micro_conversions[self.micro_conversions["kind"] == "micro_conversion"]
        if len(micro):
            parts = [
                t(
                    "analysis.events.micro_item",
                    name=quoted(getattr(r, f"name_{get_language()}", r.name)),
                    share=pct(r.share),
                    lift=fmt(r.lift, 1) if r.lift == r.lift else "–",
                )
                for r in micro.itertuples(index=False)
            ]
            lines.append(t("analysis.events.micro", items="; ".join(parts)))
        cd = self.cross_device
        if cd.buyers:
            line = t("analysis.events.cross_device", share=pct(cd.share), buyers=count(cd.buyers))
            switched = cd.paths[cd.paths["first_device"] != cd.paths["buying_device"]]
            if len(switched):
                top = switched.iloc[0]
                line += " " + t(
                    "analysis.events.top_path",
                    first=_device_label(top["first_device"]),
                    last=_device_label(top["buying_device"]),
                    count=count(int(top["customers"])),
                )
            lines.append(line)
        if self.report.rows_skipped:
            lines.append(
                t(
                    "analysis.events.skipped",
                    skipped=count(self.report.rows_skipped),
                    read=count(self.report.rows_read),
                )
            )
        return "\n".join(lines)


def _device_label(device: str) -> str:
    from journeykit_widgets import frameworks

    entry = frameworks.devices().get(device)
    return entry.label() if entry else device


def analyse_events(log: EventLog) -> EventsResult:
    """Funnel, micro-conversions and cross-device switches of a loaded ``EventLog``."""
    import numpy as np
    import pandas as pd

    ev = log.events
    n_phases = len(log.phases)
    table = funnel(ev, log.phases)
    table.insert(1, "phase_name", [log.phase_names[p] for p in log.phases])
    phase_codes, phase_values = _codes(ev["phase"])
    position = np.array([log.phases.index(p) if p in log.phases else -1 for p in phase_values] + [-1])
    phase_idx = position[phase_codes]
    inside = phase_idx >= 0
    micro_mask = ev["micro_conversion"].to_numpy(dtype=bool)
    conv_mask = ev["conversion"].to_numpy(dtype=bool)
    table["micro_conversions"] = np.bincount(phase_idx[inside & micro_mask], minlength=n_phases).astype(
        np.int64
    )
    table["conversions"] = np.bincount(phase_idx[inside & conv_mask], minlength=n_phases).astype(np.int64)

    codes, uniques = _codes(ev["customer_id"])
    n_customers = len(np.unique(codes)) if len(codes) else 0
    n_slots = len(uniques)
    present = np.zeros(n_slots, dtype=bool)
    present[codes] = True
    converted = np.zeros(n_slots, dtype=bool)
    converted[codes[conv_mask]] = True

    # Micro-conversions (and conversions): who did it, and how often they bought.
    event_codes, event_values = _codes(ev["event"])
    event_index = {e: i for i, e in enumerate(event_values)}
    rows = []
    for entry in log.mapping.itertuples(index=False):
        if not (entry.micro_conversion or entry.conversion):
            continue
        did = np.zeros(n_slots, dtype=bool)
        if entry.event in event_index:
            did[codes[event_codes == event_index[entry.event]]] = True
        n_did = int(did.sum())
        rate = converted[did].mean() if n_did else np.nan
        others = converted[present & ~did]
        base = others.mean() if len(others) else np.nan
        rows.append(
            {
                "event": entry.event,
                "name": entry.name,
                "name_en": entry.name_en or entry.event,
                "name_nl": entry.name_nl or entry.name_en or entry.event,
                "phase": entry.phase,
                "phase_name": log.phase_names.get(entry.phase, entry.phase),
                "kind": "conversion" if entry.conversion else "micro_conversion",
                "customers": n_did,
                "share": n_did / n_customers if n_customers else np.nan,
                "conversion_rate": rate,
                "lift": rate / base if entry.micro_conversion and base and base == base else np.nan,
            }
        )
    micro = pd.DataFrame(rows, columns=_MICRO_COLUMNS)

    # Cross-device: the devices each buyer used up to (and with) the first conversion.
    ts = ev["timestamp"].to_numpy().astype("datetime64[ns]").view(np.int64)
    never = np.iinfo(np.int64).min
    first_buy = np.full(n_slots, never, dtype=np.int64)
    if conv_mask.any():
        first = pd.Series(ts[conv_mask]).groupby(codes[conv_mask]).min()
        first_buy[first.index.to_numpy()] = first.to_numpy()
    device_codes, device_values = _codes(ev["device"])
    before = (first_buy[codes] != never) & (ts <= first_buy[codes]) & (device_codes >= 0)
    n_dev = max(len(device_values), 1)
    pairs = np.unique(codes[before].astype(np.int64) * n_dev + device_codes[before])
    per_customer = np.bincount(pairs // n_dev, minlength=n_slots)
    buyers = int(converted.sum())
    switched = int(((per_customer > 1) & converted).sum())
    paths = _device_paths(codes[before], ts[before], device_codes[before], conv_mask[before], device_values)
    counts = np.zeros((n_phases, len(device_values)), dtype=np.int64)
    ok = inside & (device_codes >= 0)
    np.add.at(counts, (phase_idx[ok], device_codes[ok]), 1)
    devices = pd.DataFrame(
        counts, index=pd.Index(list(log.phases), name="phase"), columns=list(device_values)
    )
    devices.columns.name = "device"
    # Events and customers per touchpoint on the map (through the map's touchpoint column).
    touch_of = (
        log.mapping.set_index("event")["touchpoint"]
        .reindex(list(event_values))
        .fillna("")
        .to_numpy(dtype=object)
    )
    tp_rows = []
    for tp_id in dict.fromkeys(t_ for t_ in log.mapping["touchpoint"] if t_):
        mine = np.isin(event_codes, np.flatnonzero(touch_of == tp_id))
        tp_rows.append(
            {"touchpoint_id": tp_id, "events": int(mine.sum()), "customers": len(np.unique(codes[mine]))}
        )
    by_touchpoint = pd.DataFrame(tp_rows, columns=["touchpoint_id", "events", "customers"])
    return EventsResult(
        by_touchpoint=by_touchpoint,
        funnel=table,
        micro_conversions=micro,
        cross_device=CrossDevice(buyers, switched, paths),
        devices=devices,
        customers=n_customers,
        converted=buyers,
        report=log.report,
        phase_names=log.phase_names,
    )


_MICRO_COLUMNS = [
    "event",
    "name",
    "name_en",
    "name_nl",
    "phase",
    "phase_name",
    "kind",
    "customers",
    "share",
    "conversion_rate",
    "lift",
]


def _device_paths(codes, ts, device_codes, conversion, device_values) -> pd.DataFrame:
    """First device used → device of the first conversion, per buyer (most common first)."""
    import numpy as np
    import pandas as pd

    columns = ["first_device", "buying_device", "customers"]
    if not len(codes):
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "customers" else object) for c in columns})
    order = np.lexsort((~conversion, ts, codes))  # by customer, time; a conversion first on a tie
    codes, device_codes, conversion = codes[order], device_codes[order], conversion[order]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    first_device = device_codes[starts]
    # The buying device: the device of the first conversion event of each customer.
    conv_rows = np.flatnonzero(conversion)
    conv_customers, first_conv = np.unique(codes[conv_rows], return_index=True)
    buying_device = np.full(codes.max() + 1, -1)
    buying_device[conv_customers] = device_codes[conv_rows[first_conv]]
    start_customers = codes[starts]
    has = buying_device[start_customers] >= 0
    pair = first_device[has] * len(device_values) + buying_device[start_customers][has]
    values, counts = np.unique(pair, return_counts=True)
    out = pd.DataFrame(
        {
            "first_device": np.asarray(device_values, dtype=object)[values // len(device_values)],
            "buying_device": np.asarray(device_values, dtype=object)[values % len(device_values)],
            "customers": counts.astype(np.int64),
        }
    )
    return out.sort_values(
        ["customers", "first_device", "buying_device"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)


def events_analysis(
    source: object, mapping: object = None, *, journey: Journey | None = None, case: str = "airline"
) -> EventsResult:
    """Load an events table and analyse it in one call (see ``load_events``)."""
    return analyse_events(load_events(source, mapping, journey=journey, case=case))
