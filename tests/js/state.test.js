// The board's editing rules without a page: typing, saves and their answers, two
// editors on one field, changes shown before Python saved them, text kept for a
// restart. Python's part is played by plain views and acks (a fake model's values).

import assert from "node:assert/strict";
import { test } from "node:test";

import { Link } from "../../journeykit_widgets/widgets/board/protocol.js";
import {
  acknowledge,
  addChange,
  beginEditing,
  createState,
  deleteChange,
  keptText,
  moveChange,
  newCard,
  prepareSave,
  restoreKept,
  setChange,
  shownValue,
  signature,
  statusOf,
  type,
  withPending,
} from "../../journeykit_widgets/widgets/board/state.js";
import { FakeClock, FakeModel } from "./fake-model.js";

/** @param {string} id @param {string} name @param {string} phase */
const card = (id, name, phase) => ({ id, name, phase, thoughts: "" });
const VIEW = { kind: "journey", version: 1, cards: [card("a", "Banner", "touch"), card("b", "Booking", "sell"), card("c", "Bag drop", "sell")] };

/** A page's typing and saving against a fake model, as the board does it. */
function page(view = VIEW) {
  const model = new FakeModel({ view });
  const link = new Link(model, { now: new FakeClock().now, start: 0 });
  const state = createState();
  /** @param {string} key @param {string} text */
  const save = (key, text) => {
    type(state, key, text, { op: "set", id: key.split(":")[0], field: key.split(":")[1] });
    const action = prepareSave(state, model.get("view"), { ...state.actions.get(key), value: text }, key);
    return link.request({ type: "action", action }, { key, value: text, id: action.id, base: action.base });
  };
  /** @param {number} seq @param {Partial<import("../../journeykit_widgets/widgets/board/protocol.js").Ack>} [ack] */
  const answer = (seq, ack = {}) => {
    const full = { type: /** @type {"ack"} */ ("ack"), seq, ok: true, problems: [], ...ack };
    const got = link.answer(full);
    assert.equal(got.kind, "mine");
    return acknowledge(state, "sent" in got ? got.sent : null, full, seq);
  };
  return { model, link, state, save, answer };
}

test("a save carries the value it was typed over, and the next save continues from it", () => {
  const { model, state, save } = page();
  beginEditing(state, VIEW, "a:name");
  save("a:name", "Banner ad");
  save("a:name", "Banner ad 2");
  const [first, second] = model.sent.map((m) => m.action);
  assert.equal(first.base, "Banner");
  assert.equal(second.base, "Banner ad");
  assert.equal(state.drafts.get("a:name"), "Banner ad 2");
});

test("an answer forgets the draft only when nothing was typed since the save", () => {
  const { state, save, answer } = page();
  const seq = save("a:name", "Banner ad");
  type(state, "a:name", "Banner ad, then more", { op: "set", id: "a", field: "name" });
  answer(seq);
  assert.equal(state.drafts.get("a:name"), "Banner ad, then more", "the newer typing stays");
  const again = save("a:name", "Banner ad, then more");
  answer(again);
  assert.equal(state.drafts.has("a:name"), false);
});

test("a refused save is said at its field, and the next save still continues from the older value", () => {
  const { model, state, save, answer } = page();
  beginEditing(state, VIEW, "a:name");
  const seq = save("a:name", "x".repeat(10));
  const said = answer(seq, { ok: false, problems: [{ field: "name", message: "Name: too long" }] });
  assert.deepEqual(said, { where: "a:name", announce: "Name: too long" });
  assert.equal(state.problems.get("a:name"), "Name: too long");
  save("a:name", "Banner");
  assert.equal(model.sent.at(-1)?.action.base, "Banner", "typed over the file's value, not the refused one");
  answer(/** @type {number} */ (model.sent.at(-1)?.seq));
  assert.equal(state.problems.has("a:name"), false);
});

test("another editor's kept text is noted at the field", () => {
  const { state, save, answer } = page();
  const seq = save("b:thoughts", "mine");
  assert.deepEqual(answer(seq, { notes: ["The other text is in the history (10:02)."] }), {
    where: "b:thoughts",
    announce: "The other text is in the history (10:02).",
  });
  assert.equal(state.notes.get("b:thoughts"), "The other text is in the history (10:02).");
});

test("the field being typed in keeps its text; a value from elsewhere waits, unless it is one of ours", () => {
  const state = createState();
  beginEditing(state, VIEW, "a:name");
  const live = { key: "a:name", text: "Banner a" };
  assert.deepEqual(shownValue(state, live, "a:name", "Banner"), { value: "Banner a", held: false }, "the base: nothing new");
  assert.deepEqual(shownValue(state, live, "a:name", "Banner a"), { value: "Banner a", held: false });
  assert.deepEqual(shownValue(state, live, "a:name", "Flyer"), { value: "Banner a", held: true }, "another window's text waits");
  prepareSave(state, VIEW, { op: "set", id: "a", field: "name", value: "Banner" }, "a:name");
  prepareSave(state, VIEW, { op: "set", id: "a", field: "name", value: "Banner" + " " }, "a:name");
  assert.equal(shownValue(state, live, "a:name", "Banner").held, false, "an older save of this page is not news");
  type(state, "b:name", "Booked", { op: "set", id: "b", field: "name" });
  assert.deepEqual(shownValue(state, live, "b:name", "Booking"), { value: "Booked", held: false }, "typed text over Python's");
  assert.deepEqual(shownValue(state, null, "c:name", "Bag drop"), { value: "Bag drop", held: false });
});

test("a change shown before its save survives a view sent before it, and is not applied twice after", () => {
  const state = createState();
  const added = newCard("n", "New touchpoint", "touch", "");
  assert.equal(added.emotion, null, "a new card is not rated yet");
  state.pending.set(1, addChange(added, "a"));
  state.pending.set(2, moveChange("c", "touch", null));
  state.pending.set(3, deleteChange("b"));
  const shown = withPending(VIEW, state.pending.values());
  assert.deepEqual(shown.cards?.map((c) => `${c.id}@${c.phase}`), ["n@touch", "a@touch", "c@touch"]);
  const python = { ...VIEW, version: 2, cards: shown.cards };
  assert.deepEqual(withPending(python, state.pending.values()).cards, shown.cards, "the view that has them: the same cards");
  assert.equal(withPending(VIEW, []), VIEW, "nothing pending: Python's view as it is");
});

test("an emotion set from the line survives a view that left Python before it, until its answer", () => {
  const { state, link } = page();
  const rated = { ...VIEW, cards: VIEW.cards.map((c) => ({ ...c, emotion: 0 })) };
  const seq = link.request({ type: "action", action: { op: "set", id: "c", field: "emotion", value: -1 } }, { id: "c" });
  state.pending.set(seq, setChange("c", "emotion", -1));
  // The view of an earlier save (Card B's) arrives after the key press: Card C keeps −1,
  // so a second press goes on from −1, not from the old 0.
  const shown = withPending({ ...rated, version: 2 }, state.pending.values());
  assert.deepEqual(shown.cards?.map((c) => c.emotion), [0, 0, -1]);
  acknowledge(state, { id: "c" }, { type: "ack", seq, ok: true, saved: true, problems: [] }, seq);
  assert.equal(state.pending.size, 0, "answered: Python's view is shown as it is");
});

test("a refused add disappears with its answer", () => {
  const { state, link } = page();
  const seq = link.request({ type: "action", action: { op: "add", id: "n" } }, { id: "n" });
  state.pending.set(seq, addChange(newCard("n", "New", "touch", ""), null));
  const full = { type: /** @type {"ack"} */ ("ack"), seq, ok: false, problems: [{ field: "", message: "no such phase" }] };
  const got = link.answer(full);
  acknowledge(state, "sent" in got ? got.sent : null, full, seq);
  assert.equal(state.pending.size, 0);
  assert.deepEqual(withPending(VIEW, state.pending.values()).cards?.map((c) => c.id), ["a", "b", "c"]);
  assert.equal(state.problems.get("n"), "no such phase");
});

test("kept text: the newest words of each field over the base of its oldest unanswered save", () => {
  const { state, link, save } = page();
  beginEditing(state, VIEW, "a:name");
  save("a:name", "Banner 1");
  save("a:name", "Banner 12");
  type(state, "a:name", "Banner 123", { op: "set", id: "a", field: "name" });
  type(state, "b:thoughts", "long queue", { op: "set", id: "b", field: "thoughts" });
  const kept = keptText(state, VIEW, link.sent.values());
  assert.deepEqual(kept, {
    "a:name": { op: "set", id: "a", field: "name", value: "Banner 123", base: "Banner" },
    "b:thoughts": { op: "set", id: "b", field: "thoughts", value: "long queue", base: "" },
  });
  const again = createState();
  const saves = restoreKept(again, JSON.parse(JSON.stringify(kept)));
  assert.deepEqual(saves.map(([key]) => key), ["a:name", "b:thoughts"]);
  assert.equal(again.drafts.get("a:name"), "Banner 123");
  assert.equal(again.bases.get("a:name"), "Banner");
});

test("kept text that is not what a page wrote is ignored", () => {
  for (const junk of [null, "text", 42, [], { "a:name": "plain" }, { "a:name": { value: "no op" } }]) {
    const state = createState();
    assert.deepEqual(restoreKept(state, junk), []);
    assert.equal(state.drafts.size, 0);
  }
});

test("the signature ignores the version and shows drafts, problems and the selection", () => {
  const state = createState();
  const before = signature(state, VIEW, null);
  assert.equal(signature(state, { ...VIEW, version: 9 }, null), before, "a save of the same text: no redraw");
  type(state, "a:name", "Banner ad", { op: "set", id: "a", field: "name" });
  const typed = signature(state, VIEW, null);
  assert.notEqual(typed, before);
  const saved = { ...VIEW, cards: [{ ...card("a", "Banner ad", "touch") }, ...VIEW.cards.slice(1)] };
  assert.equal(signature(state, saved, null), typed, "Python's view of the typed text looks the same");
  assert.notEqual(signature(state, VIEW, "a"), typed);
  state.problems.set("a:name", "too long");
  assert.notEqual(signature(state, VIEW, null), typed);
});

test("the status: stalled beats a problem, a problem beats saving", () => {
  const state = createState();
  const link = { unanswered: 0, stalled: 0, typing: false, silent: false };
  assert.equal(statusOf(state, link), "saved");
  assert.equal(statusOf(state, { ...link, typing: true }), "saving");
  state.problems.set("a:name", "too long");
  assert.equal(statusOf(state, { ...link, unanswered: 1 }), "problem");
  assert.equal(statusOf(state, { ...link, stalled: 1 }), "stalled");
  state.problems.clear();
  assert.equal(statusOf(state, { ...link, silent: true }), "saved", "silent with nothing waiting: nothing lost");
  type(state, "a:name", "x", { op: "set", id: "a", field: "name" });
  assert.equal(statusOf(state, { ...link, silent: true }), "stalled", "silent with a draft waiting");
});
