// The board's dot logic without a page: dots left, the change shown before Python
// answers (a count, so a view that already has it is not counted twice), the limits.

import assert from "node:assert/strict";
import { test } from "node:test";

import { dotChange, dotStep, dotsLeft } from "../../journeykit_widgets/widgets/board/votes.js";
import { withPending } from "../../journeykit_widgets/widgets/board/state.js";

const vote = { id: "vote-1", open: true, subject: "pain_points", subject_label: "pain points", total: 5, hidden: false, elsewhere: 0, voters: 1, dots: 2 };

/** @param {Record<string, number>} mine @param {Record<string, number | null>} [dots] */
function cards(mine, dots = {}) {
  return ["a", "b", "c"].map((id) => ({ id, name: id, phase: "p", voted: id !== "c", my_dots: mine[id] || 0, dots: id in dots ? dots[id] : null }));
}

test("dots left: the round's N less the voter's dots on the cards and elsewhere", () => {
  assert.equal(dotsLeft(vote, cards({})), 5);
  assert.equal(dotsLeft(vote, cards({ a: 2, b: 1 })), 2);
  assert.equal(dotsLeft({ ...vote, elsewhere: 2 }, cards({ a: 2, b: 1 })), 0);
  assert.equal(dotsLeft({ ...vote, open: false }, cards({})), 0, "a closed round has no dots to place");
  assert.equal(dotsLeft(null, cards({})), 0);
});

test("placing three dots, moving one and taking one back, as the voter sees it", () => {
  /** @type {import("../../journeykit_widgets/widgets/board/state.js").Card[]} */
  let shown = cards({});
  for (const id of ["a", "a", "b"]) {
    const step = dotStep(vote, shown, id, 1);
    assert.ok(step, `a dot on ${id}`);
    shown = step.change(shown);
  }
  assert.deepEqual(shown.map((c) => c.my_dots), [2, 1, 0]);
  assert.equal(dotsLeft(vote, shown), 2);
  // move one from a to b: take it back, place it
  const back = dotStep(vote, shown, "a", -1);
  assert.deepEqual(back?.action, { op: "dot", round: "vote-1", item: "a", count: 1 });
  shown = /** @type {any} */ (back).change(shown);
  shown = /** @type {any} */ (dotStep(vote, shown, "b", 1)).change(shown);
  assert.deepEqual(shown.map((c) => c.my_dots), [1, 2, 0]);
  assert.equal(dotsLeft(vote, shown), 2);
});

test("no dot beyond N, none taken back that was not placed, none on a card outside the round", () => {
  const full = cards({ a: 3, b: 2 });
  assert.equal(dotStep(vote, full, "a", 1), null);
  assert.equal(dotStep(vote, cards({}), "a", -1), null);
  assert.equal(dotStep(vote, cards({}), "c", 1), null, "c has no pain point: not in the round");
  assert.equal(dotStep({ ...vote, open: false }, cards({}), "a", 1), null);
});

test("the shown change sets a count: a view that already has it is not counted twice", () => {
  const base = { kind: "journey", cards: cards({ a: 1 }, { a: 3, b: 0 }) };
  const change = dotChange("a", 2);
  const once = withPending(base, [change]);
  assert.equal(once.cards?.[0].my_dots, 2);
  assert.equal(once.cards?.[0].dots, 4, "everyone's total moves with the voter's own dots");
  // Python's next view already has the new count: applying the change again changes nothing
  const answered = { kind: "journey", cards: cards({ a: 2 }, { a: 4, b: 0 }) };
  assert.deepEqual(withPending(answered, [change]).cards, answered.cards);
  // a hidden round's total stays hidden
  const hidden = { kind: "journey", cards: cards({ a: 1 }) };
  assert.equal(withPending(hidden, [change]).cards?.[0].dots, null);
});
