"""Two editors on one field keep every text: the board's typed text carries the value
it was typed over (``base``), the kernel compares it with the file under the edit's
lock, and a text someone else saved meanwhile goes into the revision history while the
board's answer carries a note for the field (the forms' conflict rule, one policy).

Two ``JourneyBoard``s on one file stand for two kernels (two notebooks or two tabs
on separate kernels): the guard compares the page's ``base`` with the file, so it
holds whether or not the two share a session."""

from __future__ import annotations

import pytest
from _board_support import message

from journeykit_widgets import i18n, store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets._session import JourneySession
from journeykit_widgets.widgets.board import CanvasBoard, JourneyBoard
from journeykit_widgets.widgets.board.protocol import PROTOCOL_VERSION
from journeykit_widgets.widgets.persona import PersonaEditor


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def _journey_file(tmp_path, language="en"):
    journey = Journey.new("One field", language=language)
    journey.touchpoints += [
        Touchpoint(id="tp-1", name="Quote by e-mail", phase="touch"),
        Touchpoint(id="tp-2", name="Call back", phase="sell"),
    ]
    path = tmp_path / "journey.json"
    store.save(journey, path)
    return path


@pytest.fixture
def journey_file(tmp_path):
    return _journey_file(tmp_path)


def _typed(board, seq, value, base, field="thoughts", card="tp-1"):
    """The save the page sends for text typed into a card's field over ``base``."""
    action = {"op": "set", "id": card, "field": field, "value": value, "base": base}
    return message(board, {"type": "action", "seq": seq, "action": action})


def _history(path) -> str:
    return " ".join(" ".join(r.changes) for r in store.load(path).revisions)


def _shown(board, card="tp-1", field="thoughts"):
    return next(c[field] for c in board.view["cards"] if c["id"] == card)


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "Also changed elsewhere"), ("nl", "Ook elders gewijzigd")],
)
def test_two_boards_on_one_field_keep_the_last_typed_and_the_other_in_the_history(tmp_path, language, words):
    path = _journey_file(tmp_path, language)
    a, b = JourneyBoard(path), JourneyBoard(path)
    assert _typed(a, 1, "Why is there no WhatsApp", base="")["ok"]
    # B began typing before A's text reached B's page: its base is still "".
    ack = _typed(b, 1, "Takes too long to answer", base="")
    assert ack["ok"] and ack["saved"]
    assert store.load(path).touchpoint("tp-1").thoughts == "Takes too long to answer"
    assert "Why is there no WhatsApp" in _history(path)
    assert len(ack["notes"]) == 1 and words in ack["notes"][0]
    assert "“Quote by e-mail”" in _history(path) or "‘Quote by e-mail’" in _history(path)


def test_typing_on_in_one_board_is_no_conflict(journey_file):
    a = JourneyBoard(journey_file)
    assert "notes" not in _typed(a, 1, "Why", base="")
    # The next save of the same typing carries the text it continues from.
    assert "notes" not in _typed(a, 2, "Why no WhatsApp", base="Why")
    assert "the other version" not in _history(journey_file)


def test_ping_pong_keeps_every_text_of_both_boards(journey_file):
    """Two people typing in turn in one field, each over what their page last saved."""
    a, b = JourneyBoard(journey_file), JourneyBoard(journey_file)
    base_a = base_b = ""
    texts = []
    for round_ in range(6):
        text_a, text_b = f"A{round_} because", f"B{round_} since"
        assert _typed(a, 10 + round_, text_a, base=base_a)["ok"]
        assert _typed(b, 10 + round_, text_b, base=base_b)["ok"]
        base_a, base_b = text_a, text_b
        texts += [text_a, text_b]
    assert store.load(journey_file).touchpoint("tp-1").thoughts == texts[-1]
    history = _history(journey_file)
    assert [t for t in texts[:-1] if t not in history] == []


def test_a_canvas_cell_typed_in_two_boards_keeps_both(journey_file):
    a, b = CanvasBoard(journey_file), CanvasBoard(journey_file)

    def cell(board, seq, value, base):
        action = {"op": "cell", "role": "", "state": "ideal", "phase": "touch", "lane": "experience"}
        return message(
            board, {"type": "action", "seq": seq, "action": {**action, "value": value, "base": base}}
        )

    assert "notes" not in cell(a, 1, "Finds us at once", "")
    assert cell(b, 1, "Sees an advert", "")["notes"]
    assert "Finds us at once" in _history(journey_file)


def test_a_card_deleted_meanwhile_is_no_conflict(journey_file):
    a, b = JourneyBoard(journey_file), JourneyBoard(journey_file)
    assert message(b, {"type": "action", "seq": 1, "action": {"op": "delete", "id": "tp-1"}})["ok"]
    ack = _typed(a, 1, "Too late", base="")
    assert ack["ok"] and "notes" not in ack


def test_the_heartbeat_is_answered(journey_file):
    board = JourneyBoard(journey_file)
    assert message(board, {"type": "ping", "seq": 41}) == {
        "type": "ack",
        "v": PROTOCOL_VERSION,
        "seq": 41,
        "ok": True,
        "saved": False,
        "problems": [],
    }


def test_the_page_sends_only_declared_messages_and_has_every_text_it_shows():
    """The page's side of the protocol (``protocol.js``: SENT_TYPES, REQUEST_TYPES) agrees
    with ``protocol.MESSAGES`` and ``REQUESTS``; every message of every page module goes
    through it (only protocol.js calls ``model.send``, and ``Link.post`` refuses an
    undeclared type); every text a module looks up (``L("…")``) is a ``board.*`` text in
    both languages."""
    import re
    from pathlib import Path

    from journeykit_widgets.i18n import catalogue
    from journeykit_widgets.widgets.board import protocol

    folder = Path(protocol.__file__).parent
    modules = {path.name: path.read_text("utf-8") for path in sorted(folder.glob("*.js"))}
    assert len(modules) >= 6, sorted(modules)

    def declared(name: str) -> set[str]:
        body = re.search(rf"export const {name} = Object\.freeze\(\[([^\]]*)\]\)", modules["protocol.js"])
        assert body, name
        return set(re.findall(r'"(\w+)"', body.group(1)))

    sent_types, request_types = declared("SENT_TYPES"), declared("REQUEST_TYPES")
    assert sent_types == set(protocol.MESSAGES), "the page declares exactly the kernel's message types"
    assert request_types == set(protocol.REQUESTS)
    sent = set()
    for name, source in modules.items():
        sent |= set(re.findall(r'(?:post|request)\(\{ type: "(\w+)"', source))
        if name != "protocol.js":
            assert "model.send(" not in source, f"{name} sends past the protocol module"
    assert sent >= {"action", "undo", "redo", "hello", "role", "state", "ping"}
    assert sent <= sent_types
    assert "base" in protocol.ACTIONS["set"] and "base" in protocol.ACTIONS["cell"]
    looked_up = set()
    for source in modules.values():
        looked_up |= set(re.findall(r'\bL\("([\w.]+)"', source))
    assert {
        "no_answer",
        "status.saved",
        "changed_elsewhere",
        "no_emotion_short",
        "canvas.actions",
    } <= looked_up
    for lang in ("en", "nl"):
        missing = sorted(key for key in looked_up if f"board.{key}" not in catalogue(lang))
        assert missing == [], (lang, missing)


def test_every_form_answers_its_heartbeat_in_the_active_language(journey_file):
    """The forms' line for a restarted kernel: answered pings, texts in the language."""
    from journeykit_widgets.widgets._alive import KernelWatch

    form = PersonaEditor(JourneySession(journey_file))
    assert isinstance(form.children[1], KernelWatch)
    sent = []
    form.alive.send = sent.append
    form.alive._answer(form.alive, {"type": "ping", "seq": 3}, [])
    assert sent == [{"type": "ack", "seq": 3, "ok": True}]
    i18n.set_language("nl")
    form.relabel()
    assert "Kies Run › Run All Cells" in form.alive.gone
