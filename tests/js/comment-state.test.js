// The board's comment rules without a page: the comment being typed survives views
// with other people's comments, a comment shows as pending until answered, a refused
// one comes back into the field, badges count open comments only.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  badgeOf,
  cardItem,
  cellItem,
  commentAnswered,
  commentTime,
  createComments,
  isCommentAction,
  sendComment,
  shownComments,
  typeComment,
} from "../../journeykit_widgets/widgets/board/comment-state.js";

const ITEM = cardItem("tp-1");

/** @param {{ id: string, author: string, text: string }[]} comments @param {string | null} [resolvedAt] */
function view(comments, resolvedAt = null) {
  const entries = comments.map((c) => ({ ...c, at: "2026-12-07T09:30:00+00:00" }));
  return {
    threads: {
      [ITEM]: { comments: entries, open: resolvedAt ? 0 : entries.length, resolved_by: resolvedAt ? "Ann" : null, resolved_at: resolvedAt, label: "Check-in" },
    },
  };
}

test("thread keys match the model's (tp:<id>[:<part>], cell:<role>:<state>:<phase>:<lane>)", () => {
  assert.equal(cardItem("tp-1"), "tp:tp-1");
  assert.equal(cardItem("tp-1", "pain_points"), "tp:tp-1:pain_points");
  assert.equal(cellItem("", "ideal", "tell", "experience"), "cell::ideal:tell:experience");
});

test("a comment being typed is kept when another person's comment arrives", () => {
  const state = createComments();
  typeComment(state, ITEM, "I think the queue is the re");
  const before = view([{ id: "c-1", author: "Ann", text: "Why here?" }]);
  const after = view([
    { id: "c-1", author: "Ann", text: "Why here?" },
    { id: "c-2", author: "Bo", text: "Data from March" },
  ]);
  assert.deepEqual(shownComments(before, state, ITEM).map((c) => c.text), ["Why here?"]);
  assert.deepEqual(shownComments(after, state, ITEM).map((c) => c.text), ["Why here?", "Data from March"]);
  assert.equal(state.drafts.get(ITEM), "I think the queue is the re");
});

test("a sent comment shows as pending until Python's view has it, then once", () => {
  const state = createComments();
  typeComment(state, ITEM, "  Measured in March  ");
  const action = sendComment(state, ITEM, "c-9", "write something");
  assert.deepEqual(action, { op: "comment", item: ITEM, text: "Measured in March", cid: "c-9" });
  assert.ok(isCommentAction(action || {}));
  assert.equal(state.drafts.has(ITEM), false); // the field is empty for the next comment
  const shown = shownComments(view([]), state, ITEM);
  assert.deepEqual(shown.map((c) => [c.text, c.pending]), [["Measured in March", true]]);
  const saved = view([{ id: "c-9", author: "Bo", text: "Measured in March" }]);
  assert.deepEqual(shownComments(saved, state, ITEM).map((c) => c.pending ?? false), [false]);
  commentAnswered(state, action || {}, { ok: true, problems: [] });
  assert.equal(state.sending.size, 0);
});

test("an empty comment is not sent; the problem is said at the thread", () => {
  const state = createComments();
  typeComment(state, ITEM, "   ");
  assert.equal(sendComment(state, ITEM, "c-1", "write something"), null);
  assert.equal(state.problems.get(ITEM), "write something");
});

test("a refused comment comes back into the field, before what was typed since", () => {
  const state = createComments();
  typeComment(state, ITEM, "first");
  const action = sendComment(state, ITEM, "c-1", "") || {};
  typeComment(state, ITEM, "second");
  commentAnswered(state, action, { ok: false, problems: [{ message: "The file is locked" }] });
  assert.equal(state.drafts.get(ITEM), "first\nsecond");
  assert.equal(state.problems.get(ITEM), "The file is locked");
  assert.deepEqual(shownComments(view([]), state, ITEM), []);
});

test("the badge counts open comments; a resolved thread shows as resolved; none without comments", () => {
  assert.equal(badgeOf(view([]), ITEM), null);
  assert.equal(badgeOf(view([]), cardItem("tp-2")), null);
  const two = view([{ id: "a", author: "A", text: "x" }, { id: "b", author: "B", text: "y" }]);
  assert.deepEqual(badgeOf(two, ITEM), { open: 2, resolved: false });
  const done = view([{ id: "a", author: "A", text: "x" }], "2026-12-07T10:00:00+00:00");
  assert.deepEqual(badgeOf(done, ITEM), { open: 0, resolved: true });
});

test("a comment's UTC time is shown in the reader's time zone and language", () => {
  const iso = "2026-12-07T23:30:00+00:00";
  assert.match(commentTime(iso, "en", "UTC"), /Dec 7, 2026.*11:30/);
  // Amsterdam is an hour ahead in December: the next day, in Dutch words.
  assert.match(commentTime(iso, "nl", "Europe/Amsterdam"), /8 dec.* 2026.*00:30/);
  assert.equal(commentTime("", "en"), "");
});
