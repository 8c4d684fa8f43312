"""A team of three on one map through a real JupyterHub (deploy/local_hub.py's hub, as root).

Every member is an OS user of their own with a server of their own (deploy/hub_teams.py:
the team folder belongs to the team's OS group, each home has ``~/team``), logs in
through the hub in a browser context of their own and opens the team map with the
board. Then, interleaved: Ann types into one card, Cas into another field of the same
card, Bob into another card while he places and moves his dots, Cas comments on the
card, Ann adds a dot. Each page must show the others' work; the file must hold every
word, each person's dots once, and the hub users as authors. A member of another team
(a fourth server) cannot open the file from their kernel: a clear refusal, and the
board they would open shows it instead of a map.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pytest
from _board_page import BOARD, run_all, wait_for_file, write_notebook
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))
from hub_kernel import run_in_kernel  # noqa: E402 - deploy/ is a folder of scripts
from hub_process import find_proxy  # noqa: E402
from hub_teams import TEAM_LINK, team_room  # noqa: E402

sys.path.remove(str(ROOT / "deploy"))

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OS_USERS = os.geteuid() == 0 and bool(shutil.which("useradd")) and bool(shutil.which("setpriv"))
WAIT = 120_000  # ms: generous, the machine is shared; every wait ends when the page shows it
ANN, BOB, CAS, OUTSIDER = "t1m1", "t1m2", "t1m3", "t2m1"
DOTS = 3
CELL = (
    f"import os, journeykit_widgets as jk\njk.journey_board(os.path.expanduser('~/{TEAM_LINK}/journey.json'))"
)
PLAIN = ".jp-NotebookPanel:not(.lm-mod-hidden) .jkb"  # for the page's own querySelector
# Who types where: Ann and Cas in the same card (two fields), Bob in another card.
TYPED = {
    ANN: ("tp-a:pain_points", "Te laat", "de klant wacht drie dagen op een offerte"),
    CAS: ("tp-a:opportunities", "Sneller", "bel binnen een uur terug"),
    BOB: ("tp-b:pain_points", "Niemand belt", "ook niet na twee mails"),
}
COMMENT = "Cijfers?"
REFUSED = r"""
import json, os
import journeykit_widgets as jk
from journeykit_widgets import store
path = {path!r}
try:
    store.load(path)
    loaded = "opened"
except store.JourneyFileError as error:
    loaded = str(error)
board = jk.journey_board(path)
print("OUTSIDER " + json.dumps({{"load": loaded, "board": board.view.get("error", "a map"),
                                "os": os.access(path, os.R_OK)}}))
"""


def _missing() -> str:
    import importlib.util

    if not OS_USERS:
        return "needs root (useradd, setpriv): every member is an OS user of their own"
    if importlib.util.find_spec("jupyterhub") is None:
        return "jupyterhub is not installed (pip install -e '.[test]')"
    if shutil.which("configurable-http-proxy") is None and shutil.which("npm") is None:
        return "neither configurable-http-proxy nor npm (to install it) is on the PATH"
    return ""


def _seed(room) -> None:
    """What the facilitator prepared: three cards and an open dot vote (Dutch)."""
    from journeykit_widgets import store
    from journeykit_widgets.model import Touchpoint
    from journeykit_widgets.store.votes import open_vote

    def cards(journey):
        journey.touchpoints += [
            Touchpoint(
                id="tp-a", name="Offerte", phase="touch", pain_points="Te laat", opportunities="Sneller"
            ),
            Touchpoint(id="tp-b", name="Terugbellen", phase="tell", pain_points="Niemand belt"),
            Touchpoint(id="tp-c", name="Factuur", phase="care", pain_points="Onduidelijk"),
        ]

    store.apply_edit(room.journeys[0], cards, "kaarten", author="facilitator")
    open_vote(room.journeys[0], "pain_points", DOTS, by="facilitator")


@pytest.fixture(scope="module")
def hub_team(browser_executable):
    reason = _missing()
    if reason:
        if os.environ.get("CI") and os.geteuid() == 0:
            pytest.fail(f"CI must run the hub team test: {reason}")
        pytest.skip(reason)
    base = Path(tempfile.mkdtemp(prefix="journeykit-hubteam-"))
    base.chmod(0o711)  # the members pass through to their homes and the team folders
    proxy = find_proxy(Path(os.environ.get("JOURNEYKIT_CHP_CACHE") or base / "chp"))
    try:
        with team_room(
            base,
            proxy,
            teams=2,
            size=3,
            start=[ANN, BOB, CAS, OUTSIDER],
            language="nl",
            seed=_seed,
            timeout=300,
        ) as (hub, room):
            for name in (ANN, BOB, CAS):  # the notebook each member opens, in their own home
                folder = room.users.home(name) / "notebooks"
                write_notebook(folder, "team.ipynb", [CELL])
                os.chown(folder / "team.ipynb", folder.stat().st_uid, folder.stat().st_gid)
            yield hub, room
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _log_in(browser, url: str, name: str):
    """A browser context of this member's own, logged in through the hub, on the team notebook."""
    page = browser.new_context(viewport={"width": 1400, "height": 950}).new_page()
    page.goto(f"{url}/hub/login", timeout=WAIT)
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", "workshop")  # the dummy authenticator takes any
    page.click("[type=submit]")
    page.wait_for_url(f"**/user/{name}/**", timeout=WAIT)
    page.goto(f"{url}/user/{name}/lab/tree/notebooks/team.ipynb?reset", timeout=WAIT)
    run_all(page, 1)
    page.wait_for_selector(f"{BOARD} .jkb-card[data-id='tp-c'] .jkb-dot-add", timeout=WAIT)
    return page


def _in_kernel(hub, name: str, code: str) -> str:
    """Run code in ``name``'s kernel (asyncio in a thread of its own: Playwright owns this one's loop)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, run_in_kernel(hub, name, code, 240)).result()


def _dots_told(pages: dict, path: Path) -> str:
    """What each page shows of the dots (card: the viewer's own, everyone's), and the file's."""
    from journeykit_widgets import store

    script = f"""() => [...document.querySelectorAll('{PLAIN} .jkb-card')].map(c =>
        c.dataset.id + ' mine=' + (c.querySelector('.jkb-dots')?.dataset.mine ?? '-')
        + ' total=' + (c.querySelector('.jkb-dot-total')?.textContent ?? '-')).join(', ')"""
    lines = [f"{name}: {page.evaluate(script)}" for name, page in pages.items()]
    rounds = store.load(path).votes
    lines.append(f"file: {[(d.voter, d.item, d.count) for d in rounds[-1].dots] if rounds else 'no round'}")
    return "\n".join(lines)


def _note(page, key: str):
    return page.locator(f"{BOARD} .jkb-note-text[data-key='{key}']")


def test_three_members_on_their_own_servers_edit_comment_and_vote_on_one_map(hub_team, browser, screenshots):
    hub, room = hub_team
    path = room.journeys[0]
    pages = {name: _log_in(browser, hub.url, name) for name in (ANN, BOB, CAS)}
    for name, page in pages.items():  # everyone sees the other two on the map
        others = [o for o in pages if o != name]
        page.wait_for_function(
            "([s, names]) => names.every(n => (document.querySelector(s)?.textContent || '').includes(n))",
            arg=[f"{PLAIN} .jkb-presence", others],
            timeout=WAIT,
        )
    ann, bob, cas = pages[ANN], pages[BOB], pages[CAS]

    # Interleaved, a word each in turn; Bob's dots between his words.
    dots = [("tp-a", "add"), ("tp-b", "add"), ("tp-b", "add"), ("tp-b", "take"), ("tp-c", "add")]
    words = {name: text.split() for name, (_k, _s, text) in TYPED.items()}
    for i in range(max(len(w) for w in words.values())):
        for name, page in pages.items():
            if i < len(words[name]):
                # Back into the field after a click elsewhere (Bob's dots), at its end.
                _note(page, TYPED[name][0]).click()
                page.keyboard.press("Control+End")
                page.keyboard.type(" " + words[name][i])
            if name == BOB and i < len(dots):
                item, act = dots[i]
                bob.locator(f"{BOARD} .jkb-card[data-id='{item}'] .jkb-dot-{act}").click()
    ann.locator(f"{BOARD} .jkb-card[data-id='tp-a'] .jkb-dot-add").click()
    cas.locator(f"{BOARD} .jkb-card[data-id='tp-a'] .jkb-cbadge").click()
    field = cas.locator(f"{BOARD} .jkb-comments textarea.jkb-cfield")
    field.wait_for(timeout=WAIT)
    field.press_sequentially(COMMENT)
    cas.locator(f"{BOARD} .jkb-comments").get_by_role("button", name="Opmerking toevoegen").click()
    sent = time.monotonic()

    full = {name: f"{start} {text}" for name, (_k, start, text) in TYPED.items()}
    seen = {}
    for name, page in pages.items():
        for other, (key, _s, _t) in TYPED.items():
            page.wait_for_function(
                "([s, t]) => document.querySelector(s)?.textContent === t",
                arg=[f"{PLAIN} .jkb-note-text[data-key='{key}']", full[other]],
                timeout=WAIT,
            )
        # Dots by person: Bob one each on a, b, c; Ann one on a.
        try:
            page.wait_for_function(
                "s => [...document.querySelectorAll(s)].map(e => e.textContent).join('|') === '● 2|● 1|● 1'",
                arg=f"{PLAIN} .jkb-card .jkb-dot-total",
                timeout=WAIT,
            )
        except PlaywrightTimeout:
            raise AssertionError(
                f"{name}'s page never showed the dots ● 2|● 1|● 1:\n{_dots_told(pages, path)}"
            ) from None
        page.wait_for_function(
            "s => /1/.test(document.querySelector(s)?.textContent || '')",
            arg=f"{PLAIN} .jkb-card[data-id='tp-a'] .jkb-cbadge",
            timeout=WAIT,
        )
        seen[name] = round(time.monotonic() - sent, 2)
    print(f"\nseconds after the comment until each page showed everyone's work: {seen}")

    def done(data) -> bool:
        votes = data.get("votes") or [{}]
        return len(votes[-1].get("dots", [])) == 4 and any(
            t["item"] == "tp:tp-a" for t in data.get("comments", [])
        )

    data = wait_for_file(path, done)
    cards = {t["id"]: t for t in data["touchpoints"]}
    for name, (key, _s, _t) in TYPED.items():  # every word of every member, in their field
        card, field_name = key.split(":")
        assert cards[card][field_name] == full[name]
    placed = {(d["voter"], d["item"]): d["count"] for d in data["votes"][-1]["dots"]}
    assert placed == {(BOB, "tp-a"): 1, (BOB, "tp-b"): 1, (BOB, "tp-c"): 1, (ANN, "tp-a"): 1}
    assert bob.locator(f"{BOARD} .jkb-vote").get_attribute("data-left") == "0"
    assert ann.locator(f"{BOARD} .jkb-vote").get_attribute("data-left") == str(DOTS - 1)
    thread = next(t for t in data["comments"] if t["item"] == "tp:tp-a")
    assert [(c["author"], c["text"]) for c in thread["comments"]] == [(CAS, COMMENT)]
    from journeykit_widgets import store

    assert {ANN, BOB, CAS} <= {r.author for r in store.load(path).revisions}  # the hub users
    for name, page in pages.items():
        page.screenshot(path=str(screenshots / f"hub_team_{name}.png"))

    # A member of team 2, from their own kernel: refused, in words, and no map to open.
    out = _in_kernel(hub, OUTSIDER, REFUSED.format(path=str(path)))
    tried = json.loads(next(x for x in out.splitlines() if x.startswith("OUTSIDER "))[len("OUTSIDER ") :])
    assert tried["os"] is False
    for said in (tried["load"], tried["board"]):  # what the kit says, and what the board shows
        assert "journey.json" in said and "Traceback" not in said, tried
        assert "Permission denied" in said, tried  # the reason, as the system gives it
    assert store.load(path).touchpoints[0].pain_points == full[ANN]  # and nothing changed
