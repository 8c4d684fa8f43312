// What a full redraw of the board must keep: the focus, the caret, the text being
// typed, the scroll positions. The board is rebuilt from the view on every change
// (simple, and fast enough at 500 cards); these two steps run around it.

import { byFocus, caretOf, setCaret, textOf } from "./dom.js";

/**
 * @typedef {import("./board.js").Board} Board
 * @typedef {{ focusKey: string | null, selection: [number, number] | null,
 *   scroll: [number, number] | null, cellScroll: Map<string, number> }} Kept
 */

/**
 * Read what the redraw must keep, before the board is emptied.
 * @param {Board} board
 * @returns {Kept}
 */
export function beforeRedraw(board) {
  const root = board.root;
  // SVG counts too: the emotion line's points take the focus (and the arrow keys).
  // Read as HTML-only, a redraw while a point had the focus dropped it on the page,
  // and the next arrow key with it.
  const focused = document.activeElement;
  const active = focused instanceof HTMLElement || focused instanceof SVGElement ? focused : null;
  const inside = Boolean(active && root.contains(active));
  if (inside || (active && active !== document.body)) board.lostFocus = null;
  const focusKey = inside && active ? active.dataset.focus || null : board.lostFocus;
  const typing = inside && active ? active.matches("textarea, input[type=text], [contenteditable]") : false;
  const selection = focusKey && typing && active ? caretOf(active) : null;
  // The field being typed in keeps its text through the redraw, whatever the view
  // says, unless this redraw takes the focus elsewhere (Enter, Escape: the person leaves it).
  const staying = !board.focusNext || board.focusNext === focusKey;
  const key = typing && active ? active.dataset.key || null : null;
  if (key && !staying) board.left(key);
  board.live = key && staying && active instanceof HTMLElement ? { key, text: textOf(active) } : null;
  board.heldKeys = new Set();
  const scroller = root.querySelector(".jkb-scroll");
  /** @type {Map<string, number>} */
  const cellScroll = new Map();
  for (const cell of root.querySelectorAll("[data-scroll]")) {
    cellScroll.set(/** @type {HTMLElement} */ (cell).dataset.scroll || "", cell.scrollTop);
  }
  return { focusKey, selection, scroll: scroller ? [scroller.scrollLeft, scroller.scrollTop] : null, cellScroll };
}

/**
 * Put back what `beforeRedraw` read, then give the focus where an action asked for it.
 * @param {Board} board
 * @param {Kept} kept
 */
export function afterRedraw(board, { focusKey, selection, scroll, cellScroll }) {
  const root = board.root;
  const scroller = root.querySelector(".jkb-scroll");
  if (scroll && scroller) [scroller.scrollLeft, scroller.scrollTop] = scroll;
  for (const cell of root.querySelectorAll("[data-scroll]")) {
    const at = cellScroll.get(/** @type {HTMLElement} */ (cell).dataset.scroll || "");
    if (at !== undefined) cell.scrollTop = at;
  }
  board.rendering = true; // focus moved by a redraw is not the participant choosing a card
  if (focusKey && !board.focusNext) {
    const again = byFocus(root, focusKey);
    if (again) {
      again.focus({ preventScroll: true });
      if (selection) setCaret(again, selection);
      board.lostFocus = null;
    } else {
      board.lostFocus = focusKey; // back to it when a later view brings the element back
    }
  }
  if (board.focusNext) {
    const target = byFocus(root, board.focusNext);
    if (target) {
      target.focus({ preventScroll: false });
      if (board.selectAll && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) target.select();
      else if (board.selectAll) setCaret(target, [0, (target.textContent || "").length]);
    }
    board.focusNext = null;
    board.selectAll = false;
  }
  board.rendering = false;
  board.live = null;
}
