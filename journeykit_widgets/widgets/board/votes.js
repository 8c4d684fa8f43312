// Dot voting on the board: the voter's own dots on each card a round covers, the
// dots left, and the counts once the round closes. Python decides who the voter is
// and checks every limit under the file's lock (store/votes.py); the page shows a
// click at once (a pending card change, as for a moved card) and sends the voter's
// new count on that card: a count, not a click, so a message sent twice counts once.

import { h } from "./dom.js";

/**
 * @typedef {import("./board.js").Board} Board
 * @typedef {import("./state.js").Card} Card
 * @typedef {import("./state.js").CardChange} CardChange
 * @typedef {{ id: string, open: boolean, subject: string, subject_label: string, total: number,
 *   hidden: boolean, elsewhere: number, voters: number | null, dots: number | null }} Vote
 */

/** The largest number of dots drawn one by one on a card; more are written as a number. */
export const DOTS_DRAWN = 10;

/**
 * The voter's dots not yet placed: the round's N less those on the cards (as shown,
 * with clicks not yet answered) and those on cards this view leaves out.
 * @param {Vote | null | undefined} vote
 * @param {Card[]} cards
 * @returns {number}
 */
export function dotsLeft(vote, cards) {
  if (!vote || !vote.open) return 0;
  const placed = cards.reduce((sum, card) => sum + (card.voted ? Number(card.my_dots) || 0 : 0), 0);
  return Math.max(0, vote.total - (vote.elsewhere || 0) - placed);
}

/**
 * The card change that shows the voter's new count on a card before Python answers.
 * It sets, never adds: applied to a view that already has the count it changes
 * nothing, so a view and its answer may arrive in either order. A visible total
 * moves with the voter's own dots.
 * @param {string} id
 * @param {number} count
 * @returns {CardChange}
 */
export function dotChange(id, count) {
  return (cards) =>
    cards.map((c) => {
      if (c.id !== id) return c;
      const mine = Number(c.my_dots) || 0;
      const dots = typeof c.dots === "number" ? Math.max(0, c.dots + count - mine) : c.dots;
      return { ...c, my_dots: count, dots };
    });
}

/**
 * The action and change for one more (+1) or one fewer (-1) dot on a card; null when
 * it cannot be: no round open, the card is not in it, no dots left, none to take back.
 * @param {Vote | null | undefined} vote
 * @param {Card[]} cards
 * @param {string} id
 * @param {1 | -1} step
 * @returns {{ action: Record<string, any>, change: CardChange } | null}
 */
export function dotStep(vote, cards, id, step) {
  const card = cards.find((c) => c.id === id);
  if (!vote || !vote.open || !card || !card.voted) return null;
  const mine = Number(card.my_dots) || 0;
  if (step > 0 && dotsLeft(vote, cards) < 1) return null;
  if (step < 0 && mine < 1) return null;
  const count = mine + step;
  return { action: { op: "dot", round: vote.id, item: id, count }, change: dotChange(id, count) };
}

/**
 * Place (+1) or take back (-1) one of the voter's dots on a card.
 * @param {Board} board
 * @param {string} id
 * @param {1 | -1} step
 */
export function stepDot(board, id, step) {
  const view = board.view;
  const cards = /** @type {Card[]} */ (view.cards || []);
  const next = dotStep(/** @type {Vote | null} */ (view.vote), cards, id, step);
  if (!next) {
    if (step > 0) board.announce(board.L("vote.none_left"));
    return;
  }
  board.change(next.action, next.change);
  board.render();
}

/**
 * The dots on a card: while the round is open the voter's own (click one to take it
 * back) and a button to place one more; everyone's total when it may be seen.
 * @param {Board} board
 * @param {Card} card
 * @returns {HTMLElement | null}
 */
export function cardDots(board, card) {
  const vote = /** @type {Vote | null | undefined} */ (board.view.vote);
  if (!vote || !card.voted) return null;
  const L = board.L.bind(board);
  const total = typeof card.dots === "number" ? card.dots : null;
  if (!vote.open) {
    if (!total) return null;
    return h("div", { class: "jkb-dots is-closed", "data-dots": String(total) },
      h("span", { class: "jkb-dot-total", title: L("vote.total", { n: total }) }, `● ${total}`));
  }
  const mine = Number(card.my_dots) || 0;
  const left = dotsLeft(vote, /** @type {Card[]} */ (board.view.cards || []));
  const own = [];
  for (let i = 0; i < Math.min(mine, DOTS_DRAWN); i++) {
    own.push(h("button", { class: "jkb-vote-dot is-mine", type: "button", tabindex: -1, title: L("vote.take"), "aria-label": L("vote.take"), onclick: () => stepDot(board, card.id, -1) }));
  }
  return h("div", { class: "jkb-dots", role: "group", "aria-label": L("vote.mine", { n: mine }), "data-mine": String(mine) },
    own,
    mine > DOTS_DRAWN ? h("span", { class: "jkb-dot-more" }, `+${mine - DOTS_DRAWN}`) : null,
    h("button", { class: "jkb-dot-add", type: "button", disabled: left < 1, title: L(left < 1 ? "vote.none_left" : "vote.place"), "aria-label": L("vote.place"), "data-focus": `dot:${card.id}`, onclick: () => stepDot(board, card.id, 1) }, "+"),
    mine > 0 ? h("button", { class: "jkb-dot-take", type: "button", title: L("vote.take"), "aria-label": L("vote.take"), "data-focus": `undot:${card.id}`, onclick: () => stepDot(board, card.id, -1) }, "−") : null,
    total !== null ? h("span", { class: "jkb-dot-total", title: L("vote.total", { n: total }) }, `● ${total}`) : null,
  );
}

/**
 * The line above the map while a round is open ("3 of 5 dots left") or after it closed.
 * @param {Board} board
 * @returns {HTMLElement | null}
 */
export function voteBar(board) {
  const vote = /** @type {Vote | null | undefined} */ (board.view.vote);
  if (!vote) return null;
  const L = board.L.bind(board);
  if (!vote.open) {
    return h("div", { class: "jkb-vote is-closed", role: "status" },
      L("vote.closed", { subject: vote.subject_label, dots: vote.dots ?? 0, voters: vote.voters ?? 0 }));
  }
  const left = dotsLeft(vote, /** @type {Card[]} */ (board.view.cards || []));
  return h("div", { class: "jkb-vote", role: "status", "data-left": String(left) },
    h("strong", {}, L("vote.open", { subject: vote.subject_label, left, total: vote.total })),
    vote.hidden ? h("span", { class: "jkb-vote-hidden" }, " ", L("vote.hidden")) : null);
}
