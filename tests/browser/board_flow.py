"""The participant's flow on the boards, shared by the JupyterLab and Voilà tests:
add five cards (mouse and keyboard), type, drag one to another phase, shape the
emotion line, delete and undo, fill two canvas cells in ideal and current; each
step is checked in the journey file, the way the next notebook will read it."""

from __future__ import annotations

from pathlib import Path

from _board_page import wait_for_file

NAMES = ("Card A", "Card B", "Card C", "Card D", "Card E")
IDEAL = "Ideal: quote within a day"
CURRENT = "Current: waits a week"


def card_id(board, name: str) -> str:
    return board.evaluate(
        "(b, name) => [...b.querySelectorAll('.jkb-card')]"
        ".find(c => c.querySelector('.jkb-card-name').textContent === name)?.dataset.id",
        name,
    )


def _names(data) -> list[str]:
    return [tp["name"] for tp in data["touchpoints"]]


def add_five_cards(page, board, path: Path, shot) -> None:
    adds = board.locator(".jkb-add")
    # Mouse: click "+ Add touchpoint" in the first three phases and type the name.
    for phase, name in zip(range(3), NAMES[:3], strict=True):
        adds.nth(phase).click()
        page.wait_for_function(
            "() => document.activeElement?.classList.contains('jkb-card-name')", timeout=30_000
        )
        page.keyboard.type(name)
        page.keyboard.press("Enter")  # back to the card
    # Keyboard: focus the add button of the last phase, Enter, type; then N on the card adds the next.
    adds.nth(3).focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.activeElement?.classList.contains('jkb-card-name')", timeout=30_000
    )
    page.keyboard.type(NAMES[3])
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement?.classList.contains('jkb-card')", timeout=30_000)
    page.keyboard.press("n")
    page.wait_for_function(
        "() => document.activeElement?.classList.contains('jkb-card-name')", timeout=30_000
    )
    page.keyboard.type(NAMES[4])
    page.keyboard.press("Escape")
    data = wait_for_file(path, lambda d: sorted(_names(d)) == sorted(NAMES))
    phases = {tp["name"]: tp["phase"] for tp in data["touchpoints"]}
    assert [phases[n] for n in NAMES] == ["touch", "tell", "sell", "care", "care"]
    # Measured by the board: last keystroke → Python's "saved" ack (0.3 s debounce included).
    print(f"\nboard type→saved: {board.get_attribute('data-last-save-after-key-ms')} ms")
    shot("01_five_cards")


def drag_card_to_phase(page, board, path: Path, shot) -> None:
    # Close the detail panel (Escape on a card) so the whole map is in view.
    board.locator(".jkb-card").first.focus()
    page.keyboard.press("Escape")
    board.locator(".jkb-detail").wait_for(state="detached", timeout=30_000)
    card = board.locator(f".jkb-card[data-id='{card_id(board, 'Card A')}'] .jkb-chip")
    target = board.locator(".jkb-cell.lane-touchpoints[data-phase='care'] .jkb-add")
    target.scroll_into_view_if_needed()
    card.scroll_into_view_if_needed()
    start, end = card.bounding_box(), target.bounding_box()
    page.mouse.move(start["x"] + 10, start["y"] + 5)
    page.mouse.down()
    for step in range(1, 11):  # a person's drag: several moves, not a jump
        page.mouse.move(
            start["x"] + 10 + (end["x"] + 20 - start["x"] - 10) * step / 10,
            start["y"] + 5 + (end["y"] - 10 - start["y"] - 5) * step / 10,
        )
    page.mouse.up()
    data = wait_for_file(
        path, lambda d: next(tp for tp in d["touchpoints"] if tp["name"] == "Card A")["phase"] == "care"
    )
    care = [tp["name"] for tp in data["touchpoints"] if tp["phase"] == "care"]
    assert care == ["Card D", "Card E", "Card A"], care
    print(f"board drop→saved: {board.get_attribute('data-last-ack-ms')} ms")
    shot("02_dragged_to_care")


def shape_emotion_line(page, board, path: Path, shot) -> None:
    point = board.locator(f".jkb-point[data-id='{card_id(board, 'Card B')}'] .jkb-dot")
    point.scroll_into_view_if_needed()
    box = point.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(1, 8):
        page.mouse.move(x, y - 12 * step)
    page.mouse.up()
    # Keyboard: the point of Card C two steps down.
    board.locator(f".jkb-point[data-id='{card_id(board, 'Card C')}']").focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_function(
        "id => document.querySelector(`.jkb-point[data-id='${id}']`)?.getAttribute('aria-valuenow') === '-1'",
        arg=card_id(board, "Card C"),
        timeout=30_000,
    )
    page.keyboard.press("ArrowDown")
    data = wait_for_file(
        path,
        lambda d: (
            {tp["name"]: tp["emotion"] for tp in d["touchpoints"]}.get("Card C") == -2
            and {tp["name"]: tp["emotion"] for tp in d["touchpoints"]}.get("Card B") == 3
        ),
    )
    # Card A was never given an emotion: it has none (not a 0), so it is not the journey's end.
    assert {tp["name"]: tp["emotion"] for tp in data["touchpoints"]}["Card A"] is None
    board.locator(".jkb-flag.is-peak").wait_for(timeout=30_000)
    # The lane is redrawn when each save comes back: photograph its place, not the node.
    board.locator(".jkb-status[data-state='saved']").wait_for(timeout=30_000)
    box = board.locator(".jkb-emotion").bounding_box()
    page.screenshot(path=str(shot("03_emotion_line", path_only=True)), clip=box)


def delete_and_undo(page, board, path: Path, shot) -> None:
    board.locator(f".jkb-card[data-id='{card_id(board, 'Card E')}']").focus()
    page.keyboard.press("Delete")
    wait_for_file(path, lambda d: "Card E" not in _names(d))
    board.locator(".jkb-toast").wait_for(timeout=30_000)
    shot("04_deleted")
    board.locator(".jkb-toast button").click()
    data = wait_for_file(path, lambda d: "Card E" in _names(d))
    care = [tp["name"] for tp in data["touchpoints"] if tp["phase"] == "care"]
    assert care == ["Card D", "Card E", "Card A"], care  # back in its own place
    board.page.wait_for_function(
        "() => [...document.querySelectorAll('.jkb-card-name')].some(n => n.textContent === 'Card E')",
        timeout=30_000,
    )
    shot("05_undone")


def fill_canvas(page, canvas, path: Path, shot) -> None:
    ideal = canvas.locator("[data-key='cell:ideal:touch:customer_process']")
    ideal.click()
    page.keyboard.type(IDEAL)
    canvas.locator("[data-focus='state:current']").click()  # flushes the typing first
    current = canvas.locator("[data-key='cell:current:touch:customer_process']")
    current.wait_for(timeout=15_000)
    current.click()
    page.keyboard.type(CURRENT)
    current.blur()
    data = wait_for_file(
        path,
        lambda d: (
            d["canvases"]
            and d["canvases"][0]["ideal"].get("touch", {}).get("customer_process") == IDEAL
            and d["canvases"][0]["current"].get("touch", {}).get("customer_process") == CURRENT
        ),
    )
    assert data["canvases"][0]["role"] == ""
    canvas.locator("[data-focus='state:both']").click()
    canvas.locator(".jkb-ccell.is-diff").first.wait_for(timeout=15_000)
    canvas.locator(".jkb-actions tbody tr").first.wait_for(timeout=15_000)
    shot("06_canvas_both")


def check_after_restart(board, canvas) -> None:
    """Everything is back on the boards, read from the file by a fresh kernel."""
    names = board.evaluate("b => [...b.querySelectorAll('.jkb-card-name')].map(t => t.textContent)")
    assert sorted(names) == sorted(NAMES)
    care = board.evaluate(
        "b => [...b.querySelectorAll(\".jkb-cell.lane-touchpoints[data-phase='care'] .jkb-card-name\")].map(t => t.textContent)"
    )
    assert care == ["Card D", "Card E", "Card A"]
    assert (
        board.locator(f".jkb-point[data-id='{card_id(board, 'Card B')}']").get_attribute("aria-valuenow")
        == "3"
    )
    canvas.locator("[data-focus='state:both']").click()
    canvas.locator("[data-key='cell:ideal:touch:customer_process']").wait_for(timeout=15_000)
    assert canvas.locator("[data-key='cell:ideal:touch:customer_process']").input_value() == IDEAL
    assert canvas.locator("[data-key='cell:current:touch:customer_process']").input_value() == CURRENT
