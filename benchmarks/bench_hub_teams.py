"""Teams on a real local JupyterHub: 4 teams × 5 members typing, moving and voting.

    python benchmarks/bench_hub_teams.py --minutes 10 [--json out.json]   (as root)

Starts deploy/local_hub.py's hub with an OS user per member and a team folder per team
(deploy/hub_teams.py). Every member's board runs in that member's own kernel on their
own server; this script drives it with the board's message protocol over the widget's
comm, through the hub's proxy (deploy/hub_board.py), as the board's page would. One
real Chromium page per team (logged in through the hub as the team's first member)
watches the team's map in JupyterLab the whole time.

Each member, in turn with short pauses: types a word into their card's pain point
(every word a unique token), moves their card to another phase, or moves their dots.
Measured:
- acknowledged edits lost: at the end every member's last acknowledged text, phase
  and dots must be what the team file holds (nothing else writes those);
- time until a change is seen: from sending a typed word to its token arriving in each
  teammate's board view (their kernel's watcher read the file and pushed a new view);
- memory (RSS of each member's server and its kernels) and CPU per participant, the hub's.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy"))
from hub_board import RemoteBoard  # noqa: E402 - deploy/ is a folder of scripts
from hub_process import Sampler, find_proxy, servers_of, tree_rss_and_cpu  # noqa: E402
from hub_teams import TEAM_LINK, team_room  # noqa: E402
from local_hub import DEFAULT_CHP_CACHE, _hub_rss  # noqa: E402

ROUND, DOTS = "r1", 5
WINDOW = 20  # words a card keeps: the oldest drops out, so a text never nears the model's limit
TEAM_FILE = f"~/{TEAM_LINK}/journey.json"
CELL = f"import os, journeykit_widgets as jk\njk.journey_board(os.path.expanduser({TEAM_FILE!r}))"


def seed(room) -> None:
    """What the facilitator prepared: a card per member, and an open dot vote on the cards."""
    from journeykit_widgets import store
    from journeykit_widgets.model import Touchpoint
    from journeykit_widgets.store.votes import open_vote

    for team, path in zip(room.teams, room.journeys, strict=True):

        def cards(journey, team=team):
            for name in team.members:
                journey.touchpoints.append(
                    Touchpoint(id=f"{name}-card", name=name, phase=journey.phases[0].id)
                )

        store.apply_edit(path, cards, "a card per member", author="facilitator")
        open_vote(path, "touchpoints", DOTS, by="facilitator", round_id=ROUND)


class Member:
    """One participant: what they sent, what the board acknowledged, what they saw of the others."""

    def __init__(self, name: str, cards: list[str], phases: list[str], seen: list[float]):
        self.name, self.card, self.cards, self.phases = name, f"{name}-card", cards, phases
        self.words: list[str] = []
        self.typed = 0
        self.text = ""  # last acknowledged pain point
        self.phase = phases[0]
        self.dots: dict[str, int] = {}  # last acknowledged count per card
        self.unseen: dict[str, float] = {}  # a teammate's token → when it was sent
        self.seen = seen  # shared: seconds until a teammate's word reached this board
        self.acks: list[float] = []
        self.refused: list[str] = []

    def on_view(self, raw: str, arrived: float) -> None:
        for token, sent in list(self.unseen.items()):
            if token in raw:
                self.seen.append(arrived - sent)
                del self.unseen[token]

    def next_action(self, rng: random.Random, mates: list[Member]) -> tuple[dict, callable]:
        """The next action and what to remember once it is acknowledged."""
        roll = rng.random()
        if roll < 0.6:  # a word typed: the board saves typing within half a second
            self.typed += 1
            token = f"{self.name}x{self.typed:05d}"  # fixed width: no token is part of another
            words = [*self.words, token][-WINDOW:]
            value = " ".join(words)
            sent = time.monotonic()
            for mate in mates:
                mate.unseen[token] = sent
            action = {"op": "set", "id": self.card, "field": "pain_points", "value": value, "base": self.text}

            def typed() -> None:
                self.words, self.text = words, value

            return action, typed
        if roll < 0.8:
            phase = rng.choice([p for p in self.phases if p != self.phase])
            return {"op": "move", "id": self.card, "phase": phase}, lambda: setattr(self, "phase", phase)
        item = rng.choice(self.cards)
        others = sum(n for key, n in self.dots.items() if key != item)
        count = rng.randint(0, DOTS - others)
        return {"op": "dot", "round": ROUND, "item": item, "count": count}, lambda: self.dots.__setitem__(
            item, count
        )


async def work(
    member: Member, board: RemoteBoard, mates: list[Member], until: float, pause: float, seed_: int
):
    rng = random.Random(seed_)
    while time.monotonic() < until:
        action, remember = member.next_action(rng, mates)
        started = time.monotonic()
        ack = await board.act(action)
        member.acks.append(time.monotonic() - started)
        if ack.get("ok", True) and not ack.get("problems"):
            remember()
        else:
            member.refused.append(json.dumps(ack)[:200])
        await asyncio.sleep(rng.uniform(0.5, 1.5) * pause)


async def drive(hub, room, minutes: float, pause: float) -> dict:
    from journeykit_widgets import store

    seen: list[float] = []
    members, boards, teams = {}, {}, []
    for team, path in zip(room.teams, room.journeys, strict=True):
        journey = store.load(path)
        cards = [f"{name}-card" for name in team.members]
        group = [Member(n, cards, [p.id for p in journey.phases], seen) for n in team.members]
        teams.append(group)
        for member in group:
            members[member.name] = member
            boards[member.name] = RemoteBoard(hub, member.name, member.on_view)
    # Kernels start a few at a time: a room's people do not all press Run in the same second.
    gate = asyncio.Semaphore(4)

    async def open_one(name: str) -> None:
        async with gate:
            await boards[name].open(TEAM_FILE)

    await asyncio.gather(*(open_one(name) for name in boards))
    wrong = {n: b.author for n, b in boards.items() if b.author != n}
    if wrong:
        raise RuntimeError(f"boards whose author is not their hub user: {wrong}")
    cpu_before = {name: tree_rss_and_cpu(proc)[1] for name, proc in servers_of(room.users.base).items()}
    started = time.monotonic()
    until = started + minutes * 60
    jobs = []
    for k, group in enumerate(teams):
        for j, member in enumerate(group):
            mates = [m for m in group if m is not member]
            jobs.append(work(member, boards[member.name], mates, until, pause, 1000 * k + j))
    await asyncio.gather(*jobs)
    ran = time.monotonic() - started
    # The last words reach the teammates' boards (their watchers look about once a second).
    deadline = time.monotonic() + 60
    while any(m.unseen for m in members.values()) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    cpu_after = {name: tree_rss_and_cpu(proc)[1] for name, proc in servers_of(room.users.base).items()}
    for board in boards.values():
        await board.close()
    return {
        "members": members,
        "teams": teams,
        "seen": seen,
        "ran": ran,
        "cpu": {n: cpu_after.get(n, 0.0) - cpu_before.get(n, 0.0) for n in members},
        "views": {n: b.views for n, b in boards.items()},
    }


def lost_edits(room, teams: list[list[Member]]) -> list[str]:
    """Every member's last acknowledged text, phase and dots, compared with the team file."""
    from journeykit_widgets import store

    lost = []
    for path, group in zip(room.journeys, teams, strict=True):
        journey = store.load(path)
        cards = {tp.id: tp for tp in journey.touchpoints}
        chosen = next(r for r in journey.votes if r.id == ROUND)
        for member in group:
            card = cards.get(member.card)
            if card is None:
                lost.append(f"{member.name}: the card is gone")
                continue
            if card.pain_points != member.text:
                lost.append(f"{member.name}: text {card.pain_points[-40:]!r} != {member.text[-40:]!r}")
            if card.phase != member.phase:
                lost.append(f"{member.name}: phase {card.phase} != {member.phase}")
            wanted = {item: n for item, n in member.dots.items() if n}
            if chosen.mine(member.name) != wanted:
                lost.append(f"{member.name}: dots {chosen.mine(member.name)} != {wanted}")
    return lost


def watch(hub, room, ready: threading.Event, stop: threading.Event, result: dict, shots: Path) -> None:
    """One Chromium page per team, logged in through the hub as its first member, showing the
    team's map in JupyterLab; at the end, how long each took to show the last words typed."""
    sys.path.insert(0, str(ROOT / "tests" / "browser"))
    from playwright.sync_api import sync_playwright

    from journeykit_widgets._browser import LAUNCH_ARGS, find_browser

    pages: dict = {}
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(find_browser()), args=list(LAUNCH_ARGS))
        try:
            _watch_pages(hub, room, chromium, pages, ready, stop, result, shots)
        except Exception as error:  # reported with the figures, never hidden
            result["browser_error"] = f"{type(error).__name__}: {str(error)[:400]}"
            for name, page in pages.items():
                with contextlib.suppress(Exception):
                    page.screenshot(path=str(shots / f"hub_team_{name}_failed.png"))
                    result["browser_error"] += f"\n{name} at {page.url}"
        finally:
            ready.set()
            chromium.close()


def _watch_pages(hub, room, chromium, pages, ready, stop, result, shots) -> None:
    from _board_page import BOARD, run_all
    from _lab_page import write_notebook

    for team in room.teams:
        name = team.members[0]
        folder = room.users.home(name) / "notebooks"
        notebook = write_notebook(folder, "team_board.ipynb", [CELL])
        owner = folder.stat()
        os.chown(folder / notebook, owner.st_uid, owner.st_gid)
        page = chromium.new_context(viewport={"width": 1400, "height": 900}).new_page()
        pages[name] = page
        log_in(page, hub.url, name)
        page.goto(f"{hub.url}/user/{name}/lab/tree/notebooks/{notebook}?reset", timeout=120_000)
        run_all(page, 1)
    ready.set()
    stop.wait()
    result["browser_seen"] = {}
    for (name, page), (card, text) in zip(pages.items(), result["expect"], strict=True):
        started = time.monotonic()
        page.wait_for_function(
            "([s, t]) => document.querySelector(s)?.textContent === t",
            arg=[
                f".jp-NotebookPanel:not(.lm-mod-hidden) .jkb .jkb-note-text[data-key='{card}:pain_points']",
                text,
            ],
            timeout=120_000,
        )
        result["browser_seen"][name] = round(time.monotonic() - started, 2)
        page.locator(BOARD).first.screenshot(path=str(shots / f"hub_team_{name}.png"))


def log_in(page, url: str, name: str) -> None:
    """The hub's login form (dummy authenticator: any password)."""
    page.goto(f"{url}/hub/login", timeout=120_000)
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", "workshop")
    page.click("[type=submit]")
    page.wait_for_url(f"**/user/{name}/**", timeout=120_000)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def run(args) -> dict:
    proxy = find_proxy(args.proxy_cache)
    base = Path(tempfile.mkdtemp(prefix="journeykit-hubteams-"))
    base.chmod(0o711)
    try:
        return _run_in(base, proxy, args)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _run_in(base: Path, proxy: Path, args) -> dict:
    load = [os.getloadavg()[0]]
    with team_room(base, proxy, args.teams, args.team_size, seed=seed, timeout=900) as (hub, room):
        ready, stop, browser = threading.Event(), threading.Event(), {}
        shots = Path(args.shots)
        shots.mkdir(parents=True, exist_ok=True)
        watcher = threading.Thread(target=watch, args=(hub, room, ready, stop, browser, shots), daemon=True)
        watcher.start()
        ready.wait(900)
        sampler = Sampler(base)
        sampler.start()
        loads = threading.Event()

        def sample_load() -> None:
            while not loads.wait(15):
                load.append(os.getloadavg()[0])

        threading.Thread(target=sample_load, daemon=True).start()
        done = asyncio.run(drive(hub, room, args.minutes, args.pause))
        loads.set()
        browser["expect"] = [(group[1].card, group[1].text) for group in done["teams"]]
        stop.set()
        watcher.join(300)
        sampler.halt.set()
        sampler.join()
        idle = {n: tree_rss_and_cpu(p)[0] for n, p in servers_of(base).items()}
        hub_rss = _hub_rss(hub)
        lost = lost_edits(room, done["teams"])
    members = done["members"].values()
    seen = done["seen"]
    acks = [a for m in members for a in m.acks]
    typed = sum(m.typed for m in members)
    return {
        "teams": args.teams,
        "team_size": args.team_size,
        "minutes": round(done["ran"] / 60, 2),
        "cpu_count": os.cpu_count(),
        "load_average": {
            "before": round(load[0], 1),
            "mean": round(statistics.mean(load), 1),
            "max": round(max(load), 1),
        },
        "acknowledged_edits": len(acks) - sum(len(m.refused) for m in members),
        "refused": [r for m in members for r in m.refused][:20],
        "words_typed": typed,
        "lost": lost,
        "seen_samples": len(seen),
        "never_seen": sum(len(m.unseen) for m in members),
        "seen_median_s": round(statistics.median(seen), 3) if seen else None,
        "seen_p95_s": round(percentile(seen, 0.95), 3) if seen else None,
        "seen_max_s": round(max(seen), 3) if seen else None,
        "ack_median_s": round(statistics.median(acks), 3) if acks else None,
        "ack_p95_s": round(percentile(acks, 0.95), 3) if acks else None,
        "rss_peak_mb": {n: round(v) for n, v in sorted(sampler.peaks.items())},
        "rss_end_mb": {n: round(v) for n, v in sorted(idle.items())},
        "cpu_seconds": {n: round(v, 1) for n, v in sorted(done["cpu"].items())},
        "hub_proxy_rss_mb": round(hub_rss),
        "peak_total_rss_mb": round(sampler.peak_total + hub_rss),
        "browser": browser,
    }


def report(r: dict) -> str:
    people = [n for n in r["cpu_seconds"]]
    watched = [f"t{k}m1" for k in range(1, r["teams"] + 1)]
    plain = [n for n in people if n not in watched]

    def spread(values, digits: int = 0) -> str:
        values = list(values)
        if not values:
            return "—"
        return f"median {statistics.median(values):.{digits}f}, max {max(values):.{digits}f}"

    seconds = r["minutes"] * 60
    return "\n".join(
        [
            f"{r['teams']} teams × {r['team_size']} members, {r['minutes']} min on {r['cpu_count']} cores; "
            f"load average before {r['load_average']['before']}, during mean {r['load_average']['mean']}, "
            f"max {r['load_average']['max']}",
            f"acknowledged edits: {r['acknowledged_edits']} ({r['words_typed']} words typed); "
            f"lost: {len(r['lost'])}; refused: {len(r['refused'])}",
            f"a typed word seen on a teammate's board after: median {r['seen_median_s']} s, p95 {r['seen_p95_s']} s, "
            f"max {r['seen_max_s']} s ({r['seen_samples']} samples, {r['never_seen']} never seen)",
            f"ack round trip: median {r['ack_median_s']} s, p95 {r['ack_p95_s']} s",
            f"RSS per member (server + board kernel), peak: {spread(r['rss_peak_mb'][n] for n in plain)} MB; "
            f"with the watching browser's kernel: {spread(r['rss_peak_mb'].get(n, 0) for n in watched)} MB",
            f"CPU per member: {spread((r['cpu_seconds'][n] for n in plain), 1)} s over {seconds:.0f} s "
            f"({statistics.median(r['cpu_seconds'][n] for n in plain) / seconds * 100:.1f} % of a core, median)",
            f"hub + proxy RSS: {r['hub_proxy_rss_mb']} MB; peak total RSS: {r['peak_total_rss_mb']} MB",
            f"browsers: {r['browser'].get('browser_seen') or r['browser'].get('browser_error')}",
            *(f"  LOST {line}" for line in r["lost"]),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--teams", type=int, default=4)
    parser.add_argument("--team-size", type=int, default=5)
    parser.add_argument(
        "--minutes", type=float, default=10.0, help="how long the room works (10 for the record)"
    )
    parser.add_argument("--pause", type=float, default=2.0, help="mean seconds between one member's actions")
    parser.add_argument("--proxy-cache", type=Path, default=DEFAULT_CHP_CACHE)
    parser.add_argument("--shots", default=tempfile.gettempdir() + "/journeykit-hub-teams")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        raise SystemExit("needs root: every member is an OS user of their own (deploy/hub_teams.py)")
    result = run(args)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), "utf-8")
    return 0 if not result["lost"] and not result["browser"].get("browser_error") else 1


if __name__ == "__main__":
    raise SystemExit(main())
