"""Generate the airline case's measurement data: an events table and a survey.

    python data/generate_measurements.py            # writes data/airline_events.csv
                                                    # and data/airline_survey.csv
    python data/generate_measurements.py --customers 100000 --out /tmp/big

The data is simulated (numpy, fixed seed), so anyone gets the same files. It follows
the airline sample (data/airline.en.json): event → phase and touchpoint links come
from data/airline_event_map.csv, survey answers are given per touchpoint id of the
sample, and their level follows each touchpoint's emotion on the map. Columns are
described in data/MEASUREMENTS.md.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
SEED = 20260301
START = np.datetime64("2026-01-05T00:00:00")
MINUTE, HOUR, DAY = 60, 3600, 86400
DEVICES = np.array(["smartphone", "computer", "tablet"])

CHANNELS = {
    "banner_click": "advertising",
    "social_referral": "social_media",
    "search_click": "search",
    "youtube_ad_click": "advertising",
    "fare_calendar_view": "website",
    "comparison_click": "reviews",
    "fare_alert_signup": "website",
    "travel_guide_download": "website",
    "booking_started": "website",
    "seat_selected": "website",
    "account_created": "website",
    "booking_completed": "website",
    "app_checkin": "app",
    "rebooking_chat": "chat",
    "loyalty_statement_open": "email",
    "repeat_booking": "website",
}


def sample_touchpoints() -> list[dict]:
    """The airline sample's touchpoints (ids, phases, emotions): the survey refers to them."""
    sample = json.loads((HERE / "airline.en.json").read_text("utf-8"))
    return sample["touchpoints"]


def check_event_map() -> list[dict]:
    """The default event map; every touchpoint it names must exist in the sample."""
    with (HERE / "airline_event_map.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    ids = {tp["id"] for tp in sample_touchpoints()}
    unknown = sorted({r["touchpoint"] for r in rows if r["touchpoint"] and r["touchpoint"] not in ids})
    if unknown:
        raise SystemExit(f"airline_event_map.csv names touchpoints missing from the sample: {unknown}")
    missing = sorted(set(CHANNELS) - {r["event"] for r in rows})
    if missing:
        raise SystemExit(f"events without a row in airline_event_map.csv: {missing}")
    return rows


class _Events:
    """Collects events as arrays (customer index, seconds after START, event, device)."""

    def __init__(self) -> None:
        self.parts: list[tuple[np.ndarray, np.ndarray, str, np.ndarray]] = []

    def add(self, who: np.ndarray, seconds: np.ndarray, event: str, device: np.ndarray) -> None:
        if len(who):
            self.parts.append((who, seconds.astype(np.int64), event, device))


def simulate(n_customers: int, seed: int = SEED) -> dict[str, np.ndarray]:
    """Simulate the journeys of ``n_customers`` (about 6–7 events each).

    A proper funnel for most customers (touch → tell → sell → care), a few who go
    straight from search to booking, micro-conversions that raise the chance to
    buy, and many smartphone researchers who book on a computer.
    """
    rng = np.random.default_rng(seed)
    n = n_customers
    ids = np.arange(n)
    start = rng.integers(0, 80, n) * DAY + rng.integers(7 * HOUR, 23 * HOUR, n)
    primary = rng.choice(3, n, p=[0.58, 0.32, 0.10])
    out = _Events()

    def research_device(who: np.ndarray) -> np.ndarray:
        # Mostly the customer's own device, sometimes another one at hand.
        device = primary[who].copy()
        other = rng.random(len(who)) < 0.07
        device[other] = rng.integers(0, 3, other.sum())
        return device

    def repeat(who: np.ndarray, mean_extra: float, cap: int) -> np.ndarray:
        return np.repeat(who, 1 + np.minimum(rng.poisson(mean_extra, len(who)), cap - 1))

    # Touch: 1–4 first contacts.
    who = repeat(ids, 1.0, 4)
    kind = rng.choice(3, len(who), p=[0.30, 0.25, 0.45])
    seconds = start[who] + rng.integers(0, 3 * DAY, len(who))
    for k, event in enumerate(("banner_click", "social_referral", "search_click")):
        pick = kind == k
        out.add(who[pick], seconds[pick], event, research_device(who[pick]))
    touch_end = start + 3 * DAY

    # Tell: 72 % look further; micro-conversions on the way.
    tell = ids[rng.random(n) < 0.72]
    tell_start = touch_end + rng.integers(HOUR, 4 * DAY, n)
    who = repeat(tell, 2.2, 7)
    kind = rng.choice(3, len(who), p=[0.20, 0.55, 0.25])
    seconds = tell_start[who] + rng.integers(0, 5 * DAY, len(who))
    for k, event in enumerate(("youtube_ad_click", "fare_calendar_view", "comparison_click")):
        pick = kind == k
        out.add(who[pick], seconds[pick], event, research_device(who[pick]))
    fare_alert = np.zeros(n, bool)
    guide = np.zeros(n, bool)
    fare_alert[tell[rng.random(len(tell)) < 0.16]] = True
    guide[tell[rng.random(len(tell)) < 0.09]] = True
    for flag, event in ((fare_alert, "fare_alert_signup"), (guide, "travel_guide_download")):
        who = ids[flag]
        out.add(who, tell_start[who] + rng.integers(0, 5 * DAY, len(who)), event, research_device(who))
    tell_end = tell_start + 5 * DAY

    # Sell: more likely after a micro-conversion; a few skip straight from search.
    in_tell = np.zeros(n, bool)
    in_tell[tell] = True
    p_sell = 0.30 + 0.22 * fare_alert + 0.15 * guide
    sell = (in_tell & (rng.random(n) < p_sell)) | (~in_tell & (rng.random(n) < 0.06))
    sell_ids = ids[sell]
    sell_start = np.where(in_tell, tell_end, touch_end) + rng.integers(HOUR, 7 * DAY, n)
    # Where the booking happens: smartphone researchers often move to a computer.
    book_device = primary.copy()
    r = rng.random(n)
    phone, tab, comp = primary == 0, primary == 2, primary == 1
    book_device[phone & (r < 0.48)] = 1
    book_device[phone & (r >= 0.48) & (r < 0.55)] = 2
    book_device[tab & (r < 0.35)] = 1
    book_device[comp & (r < 0.08)] = 0
    who = repeat(sell_ids, 0.35, 3)
    out.add(
        who, sell_start[who] + rng.integers(0, 20 * MINUTE, len(who)), "booking_started", book_device[who]
    )
    seats = sell_ids[rng.random(len(sell_ids)) < 0.80]
    out.add(
        seats,
        sell_start[seats] + rng.integers(20 * MINUTE, 30 * MINUTE, len(seats)),
        "seat_selected",
        book_device[seats],
    )
    account = np.zeros(n, bool)
    account[sell_ids[rng.random(len(sell_ids)) < 0.35]] = True
    who = ids[account]
    out.add(
        who,
        sell_start[who] + rng.integers(5 * MINUTE, 15 * MINUTE, len(who)),
        "account_created",
        book_device[who],
    )
    bought = sell & (rng.random(n) < 0.50 + 0.15 * account)
    who = ids[bought]
    bought_at = sell_start + 30 * MINUTE + rng.integers(0, 15 * MINUTE, n)
    out.add(who, bought_at[who], "booking_completed", book_device[who])

    # Care: only for buyers.
    buyers = ids[bought]
    for event, share, lo, hi, device in (
        ("app_checkin", 0.52, 14 * DAY, 60 * DAY, np.zeros(n, int)),
        ("loyalty_statement_open", 0.45, 30 * DAY, 90 * DAY, primary),
        ("rebooking_chat", 0.08, 14 * DAY, 60 * DAY, np.zeros(n, int)),
        ("repeat_booking", 0.27, 100 * DAY, 300 * DAY, book_device),
    ):
        who = buyers[rng.random(len(buyers)) < share]
        out.add(who, bought_at[who] + rng.integers(lo, hi, len(who)), event, device[who])

    customer = np.concatenate([p[0] for p in out.parts])
    seconds = np.concatenate([p[1] for p in out.parts])
    event = np.concatenate([np.full(len(p[0]), p[2], dtype=object) for p in out.parts])
    device = np.concatenate([p[3] for p in out.parts])
    order = np.lexsort((seconds, customer))
    return {
        "customer": customer[order],
        "seconds": seconds[order],
        "event": event[order],
        "device": DEVICES[device[order]],
    }


def events_frame(n_customers: int, seed: int = SEED):
    """The simulated events as a pandas DataFrame with the file's columns."""
    import pandas as pd

    sim = simulate(n_customers, seed)
    stamps = START + sim["seconds"].astype("timedelta64[s]")
    events = sim["event"]
    channel = pd.Series(events).map(CHANNELS).to_numpy(dtype=object)
    # In the app the website's pages are app screens.
    in_app = (channel == "website") & (sim["device"] == "smartphone") & (sim["customer"] % 3 == 0)
    channel[in_app] = "app"
    return pd.DataFrame(
        {
            "customer_id": np.char.add("C", np.char.zfill((sim["customer"] + 1).astype(str), 6)),
            "timestamp": np.datetime_as_string(stamps, unit="s"),
            "event": events,
            "channel": channel,
            "device": sim["device"],
        }
    )


def survey_frame(events, n_respondents: int = 1800, seed: int = SEED):
    """Survey answers per touchpoint of the sample, from customers in the events table.

    CSAT 1–5 for every rating, NPS 0–10 from 70 % of respondents, CES 1–7 only
    for sell and care touchpoints (where effort matters); levels follow emotion.
    """
    import pandas as pd

    rng = np.random.default_rng(seed + 1)
    tps = [tp for tp in sample_touchpoints() if tp["channel"] != "advertising" or tp["device"] != "any"]
    reached = (
        events.assign(phase=events["event"].map(_event_phases())).groupby("customer_id")["phase"].agg(set)
    )
    # Most survey invitations go out after a trip: buyers are over-represented.
    buyers = reached.index[reached.map(lambda phases: "care" in phases or "sell" in phases)].to_numpy()
    others = np.setdiff1d(reached.index.to_numpy(), buyers)
    n_buyers = min(len(buyers), int(n_respondents * 0.6))
    people = np.concatenate(
        [
            rng.choice(buyers, size=n_buyers, replace=False),
            rng.choice(others, size=min(len(others), n_respondents - n_buyers), replace=False),
        ]
    )
    last_seen = events.groupby("customer_id")["timestamp"].max()
    rows = []
    for i, customer in enumerate(sorted(people), start=1):
        phases = reached[customer]
        options = [tp for tp in tps if tp["phase"] in phases]
        if not options:
            continue
        k = min(len(options), int(rng.integers(2, 6)))
        date = (np.datetime64(last_seen[customer]) + np.timedelta64(int(rng.integers(1, 10)), "D")).astype(
            "datetime64[D]"
        )
        answers_nps = rng.random() < 0.70
        for j in rng.choice(len(options), size=k, replace=False):
            tp = options[j]
            e = tp["emotion"]
            csat = int(np.clip(np.rint(3.3 + 0.55 * e + rng.normal(0, 0.85)), 1, 5))
            nps = int(np.clip(np.rint(7.0 + 1.0 * e + rng.normal(0, 1.7)), 0, 10)) if answers_nps else None
            ces = (
                int(np.clip(np.rint(5.0 + 0.6 * e + rng.normal(0, 1.0)), 1, 7))
                if tp["phase"] in ("sell", "care")
                else None
            )
            rows.append(
                {
                    "respondent": f"R{i:05d}",
                    "customer_id": customer,
                    "date": str(date),
                    "touchpoint": tp["id"],
                    "csat": csat,
                    "nps": nps,
                    "ces": ces,
                }
            )
    frame = pd.DataFrame(rows)
    for column in ("nps", "ces"):
        frame[column] = frame[column].astype("Int64")
    return frame


def _event_phases() -> dict[str, str]:
    return {row["event"]: row["phase"] for row in check_event_map()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10000)
    parser.add_argument("--respondents", type=int, default=1800)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    check_event_map()
    args.out.mkdir(parents=True, exist_ok=True)
    events = events_frame(args.customers, args.seed)
    events.to_csv(args.out / "airline_events.csv", index=False, lineterminator="\n")
    survey = survey_frame(events, args.respondents, args.seed)
    survey.to_csv(args.out / "airline_survey.csv", index=False, lineterminator="\n")
    print(
        f"{len(events):,} events of {events['customer_id'].nunique():,} customers, "
        f"{len(survey):,} survey answers from {survey['respondent'].nunique():,} respondents → {args.out}"
    )


if __name__ == "__main__":
    main()
