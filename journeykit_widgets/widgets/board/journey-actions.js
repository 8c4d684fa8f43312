// What a participant does with cards on the journey map: select, add, delete (with
// undo), move by keys or by dragging. Each change is shown at once (state.js's card
// changes, kept until Python's view has them) and sent through the board.

import { FIELD, byFocus, h } from "./dom.js";
import { addChange, deleteChange, moveChange, newCard } from "./state.js";

export const SHOWN_PER_PHASE = 12; // cards shown in a phase before "+N more"
const TOAST_MS = 8000; // how long "Deleted … Undo" stays

/**
 * @typedef {import("./board.js").Board} Board
 * @typedef {import("./state.js").Card} Card
 * @typedef {import("./journey-view.js").JourneyView} JourneyView
 */

/** @param {Board} board */
function journeyView(board) {
  return /** @type {JourneyView} */ (board.view);
}

/**
 * Select a card; the focus goes to it, or to the detail panel's name.
 * @param {Board} board
 * @param {string} id
 * @param {boolean} openDetail
 */
export function select(board, id, openDetail) {
  board.flush();
  board.selected = id;
  board.focusNext = openDetail ? "detail:name" : `card:${id}`;
  board.render();
}

/** @param {Board} board @param {string} id */
export function focusCard(board, id) {
  board.focusNext = `card:${id}`;
  board.selected = id;
  board.render();
}

/** A random id for a new card. @param {string} prefix */
function newId(prefix) {
  const hex = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2)).replace(/-/g, "");
  return `${prefix}-${hex.slice(0, 8)}`;
}

/**
 * @param {Board} board
 * @param {string} phaseId
 * @param {string | null} [before]
 */
export function addCard(board, phaseId, before = null) {
  const view = journeyView(board);
  const id = newId("tp");
  const name = board.L("new_card");
  const fields = view.role && view.role !== "*" ? { role: view.role } : {};
  const card = newCard(id, name, phaseId, fields.role || "");
  board.change({ op: "add", id, name, phase: phaseId, before, fields }, addChange(card, before));
  board.selected = id;
  board.focusNext = `name:${id}`;
  board.selectAll = true;
  board.expanded.add(phaseId);
  board.render();
  board.announce(board.L("added"));
}

/** @param {Board} board @param {string} id */
export function deleteCard(board, id) {
  const view = journeyView(board);
  const card = view.cards.find((c) => c.id === id);
  if (!card) return;
  const phaseCards = view.cards.filter((c) => c.phase === card.phase);
  const i = phaseCards.indexOf(card);
  const neighbour = phaseCards[i + 1] || phaseCards[i - 1];
  board.change({ op: "delete", id }, deleteChange(id));
  board.selected = null;
  board.focusNext = neighbour ? `card:${neighbour.id}` : `add:${card.phase}`;
  const undo = () => {
    board.toast = null;
    board.focusNext = `card:${id}`;
    board.undo();
  };
  board.toast = h("div", { class: "jkb-toast", role: "status" },
    h("span", {}, board.L("deleted", { name: card.name })),
    h("button", { class: "jkb-btn", type: "button", "data-focus": "toast-undo", onclick: undo }, board.L("undo")));
  clearTimeout(board.toastTimer);
  board.toastTimer = setTimeout(() => {
    board.toast = null;
    board.root.querySelector(".jkb-toast")?.remove();
  }, TOAST_MS);
  board.render();
  board.announce(board.L("deleted", { name: card.name }));
}

/**
 * @param {Board} board
 * @param {string} id
 * @param {string} phaseId
 * @param {string | null} before
 */
export function moveCard(board, id, phaseId, before) {
  const view = journeyView(board);
  const card = view.cards.find((c) => c.id === id);
  if (!card || (card.phase === phaseId && before === id)) return;
  board.change({ op: "move", id, phase: phaseId, before }, moveChange(id, phaseId, before));
  board.focusNext = `card:${id}`;
  board.render();
  const phase = view.phases.find((p) => p.id === phaseId);
  board.announce(board.L("moved", { phase: phase ? phase.label : phaseId }));
}

/**
 * A card's keys (the card itself has the focus, not one of its fields). JupyterLab
 * treats Enter, arrows and letters as notebook commands; the board keeps them.
 * @param {Board} board
 * @param {KeyboardEvent} event
 */
export function cardKeydown(board, event) {
  const target = /** @type {HTMLElement} */ (event.target);
  if (!target.classList?.contains("jkb-card")) return;
  event.stopPropagation();
  const mod = event.ctrlKey || event.metaKey;
  const id = target.dataset.id || "";
  const view = journeyView(board);
  const card = view.cards.find((c) => c.id === id);
  if (!card) return;
  const phases = view.phases.map((p) => p.id);
  const same = view.cards.filter((c) => c.phase === card.phase);
  const i = same.findIndex((c) => c.id === id);
  /** @param {string} cardId */
  const focus = (cardId) => byFocus(board.root, `card:${cardId}`)?.focus();
  if (event.key === "Enter") {
    event.preventDefault();
    if (event.shiftKey) select(board, id, true);
    else {
      board.focusNext = `name:${id}`;
      board.selected = id;
      board.render();
    }
  } else if (event.key === "Delete" || event.key === "Backspace") {
    event.preventDefault();
    deleteCard(board, id);
  } else if (event.key === "Escape") {
    board.selected = null;
    board.render();
  } else if (event.altKey && (event.key === "ArrowLeft" || event.key === "ArrowRight")) {
    event.preventDefault();
    const p = phases.indexOf(card.phase) + (event.key === "ArrowRight" ? 1 : -1);
    if (p >= 0 && p < phases.length) moveCard(board, id, phases[p], null);
  } else if (event.altKey && event.key === "ArrowUp" && i > 0) {
    event.preventDefault();
    moveCard(board, id, card.phase, same[i - 1].id);
  } else if (event.altKey && event.key === "ArrowDown" && i < same.length - 1) {
    event.preventDefault();
    moveCard(board, id, card.phase, same[i + 2] ? same[i + 2].id : null);
  } else if (!event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
    event.preventDefault();
    const next = same[i + (event.key === "ArrowDown" ? 1 : -1)];
    if (next) focus(next.id);
  } else if (!event.altKey && (event.key === "ArrowLeft" || event.key === "ArrowRight")) {
    event.preventDefault();
    const p = phases.indexOf(card.phase) + (event.key === "ArrowRight" ? 1 : -1);
    const first = view.cards.find((c) => c.phase === phases[p]);
    if (first) focus(first.id);
  } else if (event.key.toLowerCase() === "n" && !mod) {
    event.preventDefault();
    addCard(board, card.phase, same[i + 1] ? same[i + 1].id : null);
  }
}

/**
 * Drag a card to another phase or place: pointer events, so mouse, pen and touch work.
 * A press without a drag selects the card.
 * @param {Board} board
 * @param {PointerEvent} event
 * @param {Card} card
 */
export function pointerDown(board, event, card) {
  const pressed = /** @type {HTMLElement} */ (event.target);
  if (event.button !== 0 || pressed.closest(`${FIELD}, button, select`)) return;
  /** @type {{ x: number, y: number, dx: number, dy: number }} */
  const start = { x: event.clientX, y: event.clientY, dx: 0, dy: 0 };
  const node = /** @type {HTMLElement} */ (event.currentTarget);
  /** @type {HTMLElement | null} */
  let ghost = null;
  /** @type {{ phase: string, before: string | null } | null} */
  let drop = null;
  const marker = h("div", { class: "jkb-drop" });
  /** @param {PointerEvent} ev */
  const move = (ev) => {
    if (!ghost) {
      if (Math.hypot(ev.clientX - start.x, ev.clientY - start.y) < 5) return;
      const box = node.getBoundingClientRect();
      ghost = /** @type {HTMLElement} */ (node.cloneNode(true));
      ghost.classList.add("jkb-ghost");
      ghost.style.width = `${box.width}px`;
      start.dx = start.x - box.left;
      start.dy = start.y - box.top;
      board.root.append(ghost);
      node.classList.add("is-dragged");
    }
    ghost.style.transform = `translate(${ev.clientX - start.dx}px, ${ev.clientY - start.dy}px)`;
    const under = document.elementFromPoint(ev.clientX, ev.clientY);
    const cell = /** @type {HTMLElement | null} */ (under?.closest?.(".jkb-cell.lane-touchpoints") ?? null);
    const list = cell?.querySelector(".jkb-cards");
    if (!cell || !list || !board.root.contains(cell)) {
      marker.remove();
      drop = null;
      return;
    }
    const others = /** @type {HTMLElement[]} */ ([...list.querySelectorAll(".jkb-card")]).filter((c) => c !== node);
    const after = others.find((c) => {
      const r = c.getBoundingClientRect();
      return ev.clientY < r.top + r.height / 2;
    });
    drop = { phase: cell.dataset.phase || "", before: after ? after.dataset.id || null : null };
    if (after) list.insertBefore(marker, after);
    else list.append(marker);
  };
  const up = () => {
    window.removeEventListener("pointermove", move);
    window.removeEventListener("pointerup", up);
    marker.remove();
    if (!ghost) {
      if (board.selected !== card.id) select(board, card.id, false);
      return;
    }
    ghost.remove();
    node.classList.remove("is-dragged");
    if (drop) {
      // "Before the next card" when dropped at the end of a phase whose hidden cards follow.
      const phase = drop.phase;
      if (!drop.before && !board.expanded.has(phase)) {
        const rest = journeyView(board).cards.filter((c) => c.phase === phase && c.id !== card.id);
        if (rest.length > SHOWN_PER_PHASE) drop.before = rest[SHOWN_PER_PHASE].id;
      }
      moveCard(board, card.id, drop.phase, drop.before);
    }
  };
  window.addEventListener("pointermove", move);
  window.addEventListener("pointerup", up);
}
