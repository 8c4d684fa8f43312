"""KPIs and micro-conversions from a checked events table (see ``event_log`` for
reading and checking one): per phase, in journey order, how many events and
customers, and how many of the previous phase's customers moved on; how
micro-conversions relate to conversions; how many buyers switched device before
buying. Plain pandas (``groupby``, ``crosstab``, ``nunique``): a million events
take about a second, so the code can read like the question it answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from journeykit_widgets import frameworks
from journeykit_widgets.analysis._common import count, fmt, localize, pct, quoted
from journeykit_widgets.analysis._tables import LoadReport
from journeykit_widgets.analysis.event_log import (
    DEVICE_ALIASES,
    EVENT_COLUMNS,
    EventLog,
    event_map,
    event_map_path,
    load_events,
)
from journeykit_widgets.i18n import get_language, t

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = [
    "DEVICE_ALIASES",
    "EVENT_COLUMNS",
    "CrossDevice",
    "EventLog",
    "EventsResult",
    "analyse_events",
    "event_map",
    "event_map_path",
    "events_analysis",
    "funnel",
    "load_events",
]


def _in_phases(events: pd.DataFrame, phases) -> pd.DataFrame:
    """The events in one of ``phases``, with ``phase`` a categorical in that order
    (so a phase nobody reached still has its row, with 0)."""
    import pandas as pd

    inside = events[events["phase"].isin(list(phases))]
    return inside.assign(phase=pd.Categorical(inside["phase"], categories=list(phases)))


def funnel(events: pd.DataFrame, phases: tuple[str, ...] | list[str]) -> pd.DataFrame:
    """Per phase: ``events``, ``customers`` who had at least one event there,
    ``share_of_start`` (customers / customers of the first phase) and
    ``from_previous`` (share of the previous phase's customers who also reached this
    one). Needs the columns ``customer_id`` and ``phase``; events in a phase that is
    not in ``phases`` are not counted."""
    import pandas as pd

    phases = list(phases)
    inside = _in_phases(events, phases)
    # reached[customer, phase]: did this customer have any event in that phase?
    visits = inside[["customer_id", "phase"]].drop_duplicates()
    reached = (
        visits.assign(seen=True)
        .pivot(index="customer_id", columns="phase", values="seen")
        .reindex(columns=phases)
        .notna()
    )
    customers = reached.sum()
    moved = [float("nan")] + [
        (reached[a] & reached[b]).sum() / reached[a].sum() if reached[a].any() else float("nan")
        for a, b in pairwise(phases)
    ]
    start = customers.iloc[0] if phases else 0
    return pd.DataFrame(
        {
            "phase": phases,
            "events": inside.groupby("phase", observed=False).size().to_numpy(dtype="int64"),
            "customers": customers.to_numpy(dtype="int64"),
            "share_of_start": (customers / start).to_numpy(dtype=float) if start else float("nan"),
            "from_previous": pd.Series(moved[: len(phases)], dtype=float).to_numpy(),
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
                customers=t("h24.count.customers", count=int(self.customers)),
                events=t("h24.count.events", count=int(f["events"].sum())),
                phases=t("voice.count.phases", count=len(f)),
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
        lines.append(t("analysis.events.converted", count=self.converted, share=pct(self.conversion_rate)))
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
            line = t("analysis.events.cross_device", share=pct(cd.share), count=int(cd.buyers))
            switched = cd.paths[cd.paths["first_device"] != cd.paths["buying_device"]]
            if len(switched):
                top = switched.iloc[0]
                line += " " + t(
                    "analysis.events.top_path",
                    first=frameworks.device_label(top["first_device"]),
                    last=frameworks.device_label(top["buying_device"]),
                    count=int(top["customers"]),
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


def _micro_conversions(log: EventLog, converted: pd.Series) -> pd.DataFrame:
    """Per micro-conversion and conversion of the map: how many customers did it,
    how many of them bought, and how much likelier to buy than the others (lift)."""
    import pandas as pd

    events = log.events
    flagged = log.mapping[log.mapping["micro_conversion"] | log.mapping["conversion"]]
    did = events.loc[events["event"].isin(flagged["event"]), ["event", "customer_id"]].drop_duplicates()
    did["converted"] = converted.reindex(did["customer_id"]).to_numpy(dtype=bool)
    per_event = did.groupby("event", observed=True).agg(
        customers=("customer_id", "size"), bought=("converted", "sum")
    )
    n_customers, n_converted = len(converted), int(converted.sum())
    rows = []
    for entry in flagged.itertuples(index=False):
        n_did, bought = per_event.loc[entry.event] if entry.event in per_event.index else (0, 0)
        rate = bought / n_did if n_did else float("nan")
        others = n_customers - n_did
        base = (n_converted - bought) / others if others else float("nan")
        rows.append(
            {
                "event": entry.event,
                "name": entry.name,
                "name_en": entry.name_en or entry.event,
                "name_nl": entry.name_nl or entry.name_en or entry.event,
                "phase": entry.phase,
                "phase_name": log.phase_names.get(entry.phase, entry.phase),
                "kind": "conversion" if entry.conversion else "micro_conversion",
                "customers": int(n_did),
                "share": n_did / n_customers if n_customers else float("nan"),
                "conversion_rate": rate,
                "lift": rate / base if entry.micro_conversion and base else float("nan"),
            }
        )
    return pd.DataFrame(rows, columns=_MICRO_COLUMNS)


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


def _cross_device(events: pd.DataFrame) -> CrossDevice:
    """Each buyer's devices up to and including the first conversion: how many
    buyers used more than one, and the paths first device → buying device."""
    import pandas as pd

    # first_buy: per event, when its customer first converted (NaT: never).
    first_buy = (
        events["timestamp"]
        .where(events["conversion"])
        .groupby(events["customer_id"], observed=True)
        .transform("min")
    )
    buyers = events[(events["timestamp"] <= first_buy) & events["device"].notna()]
    switched = int((buyers.groupby("customer_id", observed=True)["device"].nunique() > 1).sum())
    # In time order, and on a tie the conversion first: it is the moment of buying.
    ordered = buyers.sort_values(
        ["customer_id", "timestamp", "conversion"], ascending=[True, True, False], kind="stable"
    )
    first_device = ordered.groupby("customer_id", observed=True)["device"].first()
    buying_device = ordered[ordered["conversion"]].groupby("customer_id", observed=True)["device"].first()
    pairs = pd.DataFrame({"first_device": first_device, "buying_device": buying_device}).dropna()
    paths = (
        pairs.astype(object)
        .value_counts()
        .rename("customers")
        .reset_index()
        .sort_values(
            ["customers", "first_device", "buying_device"], ascending=[False, True, True], kind="stable"
        )
        .reset_index(drop=True)
    )
    paths["customers"] = paths["customers"].astype("int64")
    n_buyers = int(events.loc[events["conversion"], "customer_id"].nunique())
    return CrossDevice(buyers=n_buyers, switched=switched, paths=paths)


def _devices_per_phase(inside: pd.DataFrame, phases: list[str], devices) -> pd.DataFrame:
    """Events per phase (rows) and device (columns)."""
    import pandas as pd

    table = pd.crosstab(inside["phase"], inside["device"], dropna=False)
    table = table.reindex(index=phases, columns=list(devices), fill_value=0).astype("int64")
    table.index.name, table.columns.name = "phase", "device"
    return table


def _by_touchpoint(log: EventLog) -> pd.DataFrame:
    """Events and customers per touchpoint that the map names (measured reach on the map)."""

    named = log.mapping[log.mapping["touchpoint"] != ""]
    touchpoint = log.events["event"].map(named.set_index("event")["touchpoint"])
    rows = log.events.assign(touchpoint_id=touchpoint).dropna(subset=["touchpoint_id"])
    stats = rows.groupby("touchpoint_id", observed=True).agg(
        events=("event", "size"), customers=("customer_id", "nunique")
    )
    order = list(dict.fromkeys(named["touchpoint"]))
    stats = stats.reindex(order, fill_value=0).astype("int64").reset_index()
    return stats.rename(columns={"index": "touchpoint_id"})[["touchpoint_id", "events", "customers"]]


def analyse_events(log: EventLog) -> EventsResult:
    """Funnel, micro-conversions and cross-device switches of a loaded ``EventLog``."""
    events, phases = log.events, list(log.phases)
    table = funnel(events, phases)
    table.insert(1, "phase_name", [log.phase_names[p] for p in phases])
    inside = _in_phases(events, phases)
    by_phase = inside.groupby("phase", observed=False)
    table["micro_conversions"] = by_phase["micro_conversion"].sum().to_numpy(dtype="int64")
    table["conversions"] = by_phase["conversion"].sum().to_numpy(dtype="int64")
    # converted[customer]: did this customer buy at all?
    converted = events.groupby("customer_id", observed=True)["conversion"].any()
    devices = (
        events["device"].cat.categories
        if hasattr(events["device"], "cat")
        else events["device"].dropna().unique()
    )
    return EventsResult(
        funnel=table,
        micro_conversions=_micro_conversions(log, converted),
        cross_device=_cross_device(events),
        devices=_devices_per_phase(inside, phases, devices),
        customers=len(converted),
        converted=int(converted.sum()),
        report=log.report,
        phase_names=log.phase_names,
        by_touchpoint=_by_touchpoint(log),
    )


def events_analysis(
    source: object, mapping: object = None, *, case: str | None = None, journey: Journey | None = None
) -> EventsResult:
    """Load an events table and analyse it in one call. Give the event ``mapping``
    or the sample ``case`` whose default map fits (see ``load_events``)."""
    return analyse_events(load_events(source, mapping, journey=journey, case=case))
