// The page's side of the protocol against a fake model: what it sends, how it
// matches answers to requests, when a request counts as unanswered, the heartbeat.

import assert from "node:assert/strict";
import { test } from "node:test";

import { ANSWER_TIMEOUT_MS, HEARTBEAT_MS, Link, PROTOCOL_VERSION, SENT_TYPES, SILENT_MS, overdue, readMessage } from "../../journeykit_widgets/widgets/board/protocol.js";
import { FakeClock, FakeModel } from "./fake-model.js";

function link(start = 100) {
  const model = new FakeModel();
  const clock = new FakeClock();
  let gone = 0;
  const l = new Link(model, { now: clock.now, start, onGone: () => gone++ });
  return { model, clock, link: l, gone: () => gone };
}

test("a request is numbered, sent with its seq and remembered until its answer", () => {
  const { model, link: l } = link(100);
  const seq = l.request({ type: "action", action: { op: "delete", id: "tp-1" } }, { id: "tp-1" });
  assert.equal(seq, 101);
  assert.deepEqual(model.sent, [{ type: "action", action: { op: "delete", id: "tp-1" }, seq: 101, v: PROTOCOL_VERSION }]);
  assert.equal(l.sent.get(101)?.id, "tp-1");
  const answer = l.answer({ type: "ack", seq: 101, ok: true, problems: [] });
  assert.equal(answer.kind, "mine");
  assert.equal(l.sent.size, 0);
});

test("another view's answer is left alone; an answer without a seq is for the whole board", () => {
  const { link: l } = link(100);
  l.request({ type: "undo" });
  assert.deepEqual(l.answer({ type: "ack", seq: 555, ok: true, problems: [] }), { kind: "other" });
  assert.equal(l.sent.size, 1, "the page's own request still waits");
  assert.deepEqual(l.answer({ type: "ack", seq: null, ok: false, problems: [] }), { kind: "unmatched", sent: null });
});

test("a request without an answer is reported once, after the timeout, and a late answer clears it", () => {
  const { clock, link: l } = link();
  const seq = l.request({ type: "redo" });
  clock.advance(ANSWER_TIMEOUT_MS - 1);
  assert.deepEqual(l.newlyOverdue(), []);
  clock.advance(1);
  assert.deepEqual(l.newlyOverdue(), [seq]);
  assert.deepEqual(l.newlyOverdue(), [], "reported once");
  assert.equal(l.stalled.size, 1);
  l.answer({ type: "ack", seq, ok: true, problems: [] });
  assert.equal(l.stalled.size, 0);
});

test("overdue picks exactly the requests older than the limit", () => {
  const sent = new Map([[1, { sentAt: 0 }], [2, { sentAt: 50 }], [3, { sentAt: 99 }]]);
  assert.deepEqual(overdue(sent, 100, 50), [1, 2]);
});

test("the heartbeat pings, counts Python silent after SILENT_MS, and one answer covers older pings", () => {
  const { model, clock, link: l } = link(10);
  assert.equal(l.beat(), false);
  assert.equal(model.sent.length, 1);
  assert.equal(model.sent[0].type, "ping");
  clock.advance(HEARTBEAT_MS / 2);
  l.beat();
  assert.equal(model.sent.length, 1, "no second ping within HEARTBEAT_MS");
  clock.advance(HEARTBEAT_MS / 2);
  l.beat();
  assert.equal(model.sent.length, 2);
  clock.advance(SILENT_MS - HEARTBEAT_MS);
  assert.equal(l.beat(), true, "the first ping is SILENT_MS old");
  const newest = /** @type {number} */ (model.sent.at(-1)?.seq);
  assert.deepEqual(l.answer({ type: "ack", seq: newest, ok: true, problems: [] }), { kind: "ping" });
  assert.equal(l.pings.size, 0, "older pings count as answered");
  assert.equal(l.beat(), false);
});

test("a kernel that answers nothing gets at most five pings", () => {
  const { model, clock, link: l } = link();
  for (let i = 0; i < 20; i++) {
    l.beat();
    clock.advance(HEARTBEAT_MS);
  }
  assert.equal(model.sent.length, 5);
});

test("a closed connection is reported, not thrown", () => {
  const { model, link: l, gone } = link();
  model.closed = true;
  l.post({ type: "hello" });
  l.request({ type: "undo" });
  assert.equal(gone(), 2);
});

test("the page sends only declared message types", () => {
  const { link: l } = link();
  assert.throws(() => l.post({ type: "shout" }), /undeclared message type shout/);
  assert.ok(SENT_TYPES.includes("hello") && SENT_TYPES.includes("ping"));
});

test("readMessage reads acks and errors and tells anything else apart", () => {
  assert.deepEqual(readMessage({ type: "error", v: PROTOCOL_VERSION, message: "broken.json" }), { kind: "error", message: "broken.json" });
  const read = readMessage({ type: "ack", v: PROTOCOL_VERSION, seq: 4, ok: false, problems: [{ field: "name", message: "too long" }], notes: ["kept"] });
  assert.deepEqual(read, { kind: "ack", ack: { type: "ack", seq: 4, ok: false, problems: [{ field: "name", message: "too long" }], notes: ["kept"] } });
  const bare = readMessage({ type: "ack", v: PROTOCOL_VERSION, seq: 5, ok: true });
  assert.equal(bare.kind === "ack" && bare.ack.problems.length, 0, "an ack without problems has an empty list");
  assert.deepEqual(readMessage({ type: "view" }), { kind: "other" });
  assert.deepEqual(readMessage("ack"), { kind: "other" });
  assert.deepEqual(readMessage(null), { kind: "other" });
});

test("every message carries the protocol version; Python of another version is told apart", () => {
  const { model, link: l } = link();
  l.post({ type: "hello" });
  l.request({ type: "undo" });
  l.beat();
  assert.deepEqual(model.sent.map((m) => m.v), [PROTOCOL_VERSION, PROTOCOL_VERSION, PROTOCOL_VERSION]);
  const ack = { type: "ack", seq: 1, ok: true, problems: [] };
  assert.equal(readMessage({ ...ack, v: PROTOCOL_VERSION }).kind, "ack");
  assert.deepEqual(readMessage({ ...ack, v: PROTOCOL_VERSION + 1 }), { kind: "version", version: PROTOCOL_VERSION + 1 });
  // Python from before versions were sent says nothing: version 1
  assert.deepEqual(readMessage(ack), { kind: "version", version: 1 });
  assert.deepEqual(readMessage({ type: "error", message: "x" }), { kind: "version", version: 1 });
});
