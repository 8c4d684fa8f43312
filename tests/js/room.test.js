// The room on the board without a browser: presence messages read, names per field
// and card, the focus reported once it settles, and the timer's countdown.
import { test } from "node:test";
import assert from "node:assert/strict";

import { PresenceSender, presenceKey, readPresence, whoIsWhere } from "../../journeykit_widgets/widgets/board/presence.js";
import { clock, left, readTimer } from "../../journeykit_widgets/widgets/board/timer.js";

test("a presence message names everyone and the field each is in", () => {
  const shown = readPresence({
    type: "presence",
    here: "Also on this map: ann, bob",
    people: [
      { author: "ann", key: "tp-1:name", card: "tp-1", label: "ann is editing" },
      { author: "bob", key: null, card: null, label: "bob is editing" },
      { author: "cas", key: "tp-1:thoughts", card: "tp-1", label: "cas is editing" },
    ],
  });
  assert.ok(shown);
  const { fields, cards } = whoIsWhere(shown.people);
  assert.equal(fields.get("tp-1:name"), "ann is editing");
  assert.equal(cards.get("tp-1"), "ann, cas");
  assert.equal(fields.size, 2);
  assert.equal(readPresence({ type: "ack" }), null);
});

test("the page tells Python its field once the focus settles, and only a change", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  /** @type {any[]} */ const posted = [];
  let where = /** @type {string | null} */ ("tp-1:name");
  const sender = new PresenceSender({ post: (m) => posted.push(m) }, () => where);
  sender.moved();
  sender.moved(); // a redraw took the focus and gave it back
  t.mock.timers.tick(200);
  assert.deepEqual(posted, [{ type: "presence", key: "tp-1:name" }]);
  sender.moved();
  t.mock.timers.tick(200);
  assert.equal(posted.length, 1); // the same field: nothing new to say
  where = null;
  sender.moved();
  t.mock.timers.tick(200);
  assert.deepEqual(posted.at(-1), { type: "presence", key: null });
});

test("the timer counts down from what Python sent, on the page's own clock", () => {
  const timer = readTimer({ type: "timer", running: true, label: "Vote", remaining: 125, up: "Time is up" }, 1000);
  assert.ok(timer && timer.running);
  assert.equal(clock(left(timer, 1000)), "2:05");
  assert.equal(clock(left(timer, 1000 + 65_000)), "1:00");
  assert.equal(left(timer, 1000 + 200_000), 0);
  assert.equal(clock(3723), "1:02:03");
  assert.deepEqual(readTimer({ type: "timer", running: false }, 0), { running: false });
});

test("the wall pages from the whole map through each phase and stops at the ends", async () => {
  const { turn } = await import("../../journeykit_widgets/widgets/board/wall.js");
  assert.equal(turn(-1, 1, 4), 0);
  assert.equal(turn(3, 1, 4), 3);
  assert.equal(turn(0, -1, 4), -1);
  assert.equal(turn(-1, -1, 4), -1);
});

test("writing a comment on a card puts the person at that card", () => {
  /** @returns {any} a stand-in for a focused element */
  const field = (/** @type {any} */ dataset, /** @type {any} */ thread) => ({ dataset, closest: () => thread });
  assert.equal(presenceKey(field({ key: "tp-1:name" }, null)), "tp-1:name");
  const thread = { dataset: { item: "tp:tp-1" } };
  assert.equal(presenceKey(field({}, thread)), "comment:tp:tp-1");
  assert.equal(presenceKey(field({}, null)), null); // a button of the board: no field
  assert.equal(presenceKey(null), null);
});
