// JourneyKit board: the journey map and the B2B canvas as live editors (anywidget).
//
// The widget keeps no data of its own. Python sends a view-model (`view`); the
// views draw it and send actions back as custom messages. Typed text waits in the
// editing state (state.js) until Python acknowledges the save, so a refresh of the
// view never throws away what a participant is typing.
//
// Modules: board.js (this shell: the page's events, status, redraws), editor.js
// (model, typing timers, saves and answers, kept text), protocol.js (messages,
// request numbers, timeouts, heartbeat), state.js (the editing rules, no DOM),
// redraw.js (focus, caret and scroll through a redraw), journey-view.js,
// journey-actions.js, emotion-lane.js, canvas-view.js, toolbar.js, dom.js. Python
// joins them into one module for anywidget (esm.py); Node and TypeScript read the
// files as they are.

import { FIELD, h, setText, textOf } from "./dom.js";
import { Editor } from "./editor.js";
import { afterRedraw, beforeRedraw } from "./redraw.js";
import { HEARTBEAT_MS } from "./protocol.js";
import { beginEditing, signature, statusOf, type } from "./state.js";
import { renderJourney } from "./journey-view.js";
import { cardKeydown } from "./journey-actions.js";
import { emotionLane } from "./emotion-lane.js";
import { renderCanvas } from "./canvas-view.js";
import { PresenceSender, drawPresence, presenceKey, readPresence } from "./presence.js";
import { drawTimer, readTimer } from "./timer.js";
import { renderCommentPanel } from "./comments.js";

const DEBOUNCE_MS = 300; // typing reaches the file this long after the last key, plus the save (≤ 0.5 s at 500 cards)
const LABEL_W = 150; // lane label column, px
const MIN_COL = 170; // narrowest readable phase column, px
// A redraw from outside waits at most this long for a pressed mouse button: longer
// is a drag or a button that never came up, and the board must not stand still.
const PRESS_HOLD_MS = 5000;

/** @typedef {import("./editor.js").Model} Model */

export class Board extends Editor {
  /**
   * @param {Model} model
   * @param {HTMLElement} el
   */
  constructor(model, el) {
    super(model);
    this.el = el;
    /** @type {string | null} data-focus of an element a redraw took away while it had focus */
    this.lostFocus = null;
    /** @type {string | null} data-focus a redraw gives the focus to (an action asked for it) */
    this.focusNext = null;
    this.selectAll = false;
    /** @type {string | null} */
    this.selected = null;
    /** @type {Set<string>} phases showing all their cards */
    this.expanded = new Set();
    /** @type {HTMLElement | null} */
    this.toast = null;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.toastTimer = undefined;
    this.firstPaint = true;
    this.rendering = false;
    /** @type {number | null} when a mouse button went down on the board, while it is down */
    this.pressedAt = null;
    /** @type {"changed" | "full" | null} the redraw that waits for the button to come up */
    this.held = null;
    /** @type {string | null} signature of what is drawn */
    this.shown = null;
    this.col = MIN_COL;
    /** @type {Map<string, import("./state.js").Card[]> | null} the cards of each phase, as drawn */
    this.byPhase = null;
    // Lumino (JupyterLab) leaves keys alone inside this node, so Enter, arrows and
    // letters reach the board instead of running notebook commands. tabindex -1: a
    // click on a part that takes no keys (the title, a lane's label) gives the focus
    // to the board, not to the notebook's cell, where the next letters would run
    // notebook commands ("a" inserts a cell, "d d" deletes the board's own).
    this.root = h("div", { class: "jkb", "data-lm-suppress-shortcuts": "true", tabindex: -1 });
    el.append(this.root);
    this.onView = () => this.renderIfChanged();
    this.onMsg = (/** @type {any} */ msg) => this.roomMessage(msg) || this.receive(msg);
    // Who else is on the map, and the room's timer (presence.js, timer.js).
    this.presence = new PresenceSender(this.link, () => {
      const active = document.activeElement;
      return active instanceof HTMLElement && this.root.contains(active) ? presenceKey(active) : null;
    });
    /** @type {import("./presence.js").PresenceShown | null} */
    this.others = null;
    /** @type {import("./timer.js").RoomTimer | null} */
    this.timer = null;
    this.onHide = () => this.flush();
    this.onLive = () => this.linkChanged("gone"); // the widget manager saw the kernel restart
    model.on("change:view", this.onView);
    model.on("msg:custom", this.onMsg);
    model.on("comm_live_update", this.onLive);
    window.addEventListener("pagehide", this.onHide);
    document.addEventListener("visibilitychange", this.onHide);
    this.root.addEventListener("focusout", (event) => this.focusOut(event));
    this.root.addEventListener("focusin", (event) => this.focusIn(event));
    this.root.addEventListener("keydown", (event) => this.keydown(event));
    this.root.addEventListener("pointerdown", () => { this.pressedAt = performance.now(); }, true);
    this.onRelease = () => this.released();
    window.addEventListener("pointerup", this.onRelease, true);
    window.addEventListener("pointercancel", this.onRelease, true);
    this.resize = new ResizeObserver(() => this.fitColumns());
    this.resize.observe(el);
    this.render();
    this.link.post({ type: "hello" });
    this.restoreKept();
    this.heart = setInterval(() => this.heartbeat(), HEARTBEAT_MS / 2);
    this.clock = setInterval(() => drawTimer(this.root, this.timer, performance.now()), 1000);
  }

  /** A presence or timer message: shown without a redraw (true); anything else: false.
   * @param {any} msg */
  roomMessage(msg) {
    const others = readPresence(msg);
    const timer = others ? null : readTimer(msg, performance.now());
    if (!others && !timer) return false;
    if (others) this.others = others;
    if (timer) this.timer = timer;
    drawPresence(this.root, this.others);
    drawTimer(this.root, this.timer, performance.now());
    return true;
  }

  destroy() {
    this.flush();
    this.destroyed = true;
    clearInterval(this.heart);
    clearInterval(this.clock);
    this.model.off("comm_live_update", this.onLive);
    window.removeEventListener("pointerup", this.onRelease, true);
    window.removeEventListener("pointercancel", this.onRelease, true);
    this.model.off("change:view", this.onView);
    this.model.off("msg:custom", this.onMsg);
    window.removeEventListener("pagehide", this.onHide);
    document.removeEventListener("visibilitychange", this.onHide);
    this.resize.disconnect();
  }

  /** @param {"ok" | "silent" | "gone" | "version"} state */
  linkChanged(state) {
    if (!super.linkChanged(state)) return false;
    this.root.dataset.link = state;
    // Gone (or another version): this Python never answers this board again. The
    // fields are closed, so nothing is typed that could not be saved; what was typed
    // is kept.
    const closed = state === "gone" || state === "version";
    this.root.inert = closed;
    this.status();
    let node = /** @type {HTMLElement | null} */ (this.el.querySelector(":scope > .jkb-link"));
    if (state === "ok") {
      node?.remove();
      return true;
    }
    if (!node) {
      node = h("div", { class: "jkb-banner jkb-link", role: "alert" });
      this.el.prepend(node);
    }
    node.textContent = this.L({ gone: "gone", version: "other_version", silent: "quiet" }[state]);
    node.dataset.state = state;
    this.root.dataset.linkShownMs = String(Math.round(performance.now()));
    return true;
  }

  // ---------------------------------------------------------------- typing
  /**
   * A key typed in a field: the text waits DEBOUNCE_MS for the next key, then is saved.
   * @param {string} key
   * @param {string} value
   * @param {Record<string, any>} action
   */
  typed(key, value, action) {
    const t0 = performance.now();
    this.lastKeyAt = t0;
    type(this.state, key, value, action);
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => this.flushKey(key), DEBOUNCE_MS));
    // Mirror the text into the other place it shows (card ↔ detail panel) in this frame.
    for (const other of this.root.querySelectorAll(`[data-key="${CSS.escape(key)}"]`)) {
      if (other === document.activeElement || textOf(other) === value) continue;
      setText(other, value);
    }
    this.keep();
    this.status("typing");
    this.root.dataset.lastKeyScriptMs = (performance.now() - t0).toFixed(2);
  }

  /** @param {FocusEvent} event */
  focusOut(event) {
    const target = /** @type {HTMLElement} */ (event.target);
    if (!target.matches(FIELD)) return;
    const key = target.dataset.key;
    this.flushKey(key);
    this.presence.moved();
    // A value from another window waited while the field had the focus: show it
    // now (after the focus has landed, so the redraw keeps the next field's).
    if (key && !this.rendering && this.left(key)) setTimeout(() => this.renderFromOutside(), 0);
  }

  /** @param {FocusEvent} event */
  focusIn(event) {
    const target = /** @type {HTMLElement} */ (event.target);
    // A redraw gives the focus to the element an action asked for (focusNext), but
    // only until the participant moves on: a save acknowledged late must not pull
    // the focus back to the point dragged a moment ago, where the next key would land.
    if (!this.rendering && this.focusNext && target.dataset?.focus !== this.focusNext) this.focusNext = null;
    const key = target.dataset?.key;
    this.presence.moved();
    if (!key || this.rendering || this.waiting(key)) return;
    // A new editing session: it starts from what Python has now. Its old note goes;
    // no redraw here, in the middle of a click (it would move the focus).
    if (beginEditing(this.state, this.view, key)) {
      for (const note of this.root.querySelectorAll(`[data-note="${CSS.escape(key)}"]`)) note.remove();
    }
  }

  /** @param {string} [state] "typing" while keys wait for their save */
  status(state) {
    const node = this.root.querySelector(".jkb-status");
    if (!(node instanceof HTMLElement)) return;
    const shown = statusOf(this.state, {
      unanswered: this.link.sent.size,
      stalled: this.link.stalled.size,
      typing: state === "typing" || this.timers.size > 0,
      silent: this.linkState !== "ok",
    });
    node.dataset.state = shown;
    node.textContent = this.L(shown === "stalled" ? "status.no_answer" : `status.${shown}`);
  }

  /** @param {string} message */
  banner(message) {
    let node = this.root.querySelector(".jkb-banner");
    if (!node) {
      node = h("div", { class: "jkb-banner", role: "alert" });
      this.root.prepend(node);
    }
    node.textContent = message;
  }

  /** @param {string} text */
  announce(text) {
    const live = this.root.querySelector(".jkb-live");
    if (live) live.textContent = text;
  }

  /** @param {string} name @param {number} ms */
  measured(name, ms) {
    this.root.dataset[name] = String(Math.round(ms));
  }

  /** The note next to a field: a value waiting while it has the focus, or another text kept.
   * @param {string} key */
  noteFor(key) {
    const text = this.heldKeys.has(key) ? this.L("held") : this.state.notes.get(key);
    return text ? h("div", { class: "jkb-notice", role: "status", "data-note": key }, text) : null;
  }

  // ------------------------------------------------------------- rendering
  // Redraws the person did not ask for (a teammate's edit, an answer, a value that
  // waited until they left a field) wait while a mouse button is down on the board.
  // Drawn anew between the press and the release, the button under the pointer is
  // another element, and the browser fires no click: a dot placed while a teammate
  // typed was lost that way. The person's own actions still draw at once.

  /**
   * True when a redraw must wait for the button to come up (it is remembered).
   * @param {"changed" | "full"} kind
   */
  holding(kind) {
    if (this.pressedAt === null || performance.now() - this.pressedAt > PRESS_HOLD_MS) return false;
    if (kind === "full" || !this.held) this.held = kind;
    return true;
  }

  released() {
    this.pressedAt = null;
    const held = this.held;
    this.held = null;
    // In a task of its own: the click of this release reaches the elements it was pressed on first.
    if (held) setTimeout(() => {
      if (this.destroyed) return;
      if (held === "full") this.render();
      else this.renderIfChanged();
    }, 0);
  }

  renderFromOutside() {
    if (!this.holding("full")) this.render();
  }

  renderIfChanged() {
    if (this.holding("changed")) return;
    if (signature(this.state, this.view, this.selected) === this.shown) {
      this.status();
      return;
    }
    this.render();
  }

  render() {
    this.shown = signature(this.state, this.view, this.selected);
    const t0 = performance.now();
    const view = this.view;
    const kept = beforeRedraw(this);

    // Column width from the space we have, read before the board is rebuilt so the
    // browser lays the new board out once, not twice.
    this.col = this.columnWidth();
    this.root.style.setProperty("--jk-col", `${this.col}px`);
    this.root.replaceChildren();
    this.root.lang = view.language || "en";
    this.root.dataset.kind = view.kind || "";
    if (view.error) {
      this.root.append(h("div", { class: "jkb-banner", role: "alert" }, view.error));
      return;
    }
    if (!view.kind) return;
    this.applyPalette(view.palette || {});
    // The view's kind says which shape Python sent (viewmodel.py: canvas_view, journey_view).
    if (view.kind === "canvas") renderCanvas(this, /** @type {import("./canvas-view.js").CanvasView} */ (view));
    else renderJourney(this, /** @type {import("./journey-view.js").JourneyView} */ (view));
    renderCommentPanel(this);
    this.root.append(h("div", { class: "jkb-live", "aria-live": "polite", role: "status" }));

    afterRedraw(this, kept);
    drawPresence(this.root, this.others);
    drawTimer(this.root, this.timer, performance.now());
    this.status();
    const ms = performance.now() - t0;
    this.root.dataset.renderMs = ms.toFixed(1);
    if (this.firstPaint) {
      this.firstPaint = false;
      requestAnimationFrame(() => {
        this.root.dataset.firstPaintMs = (performance.now() - t0).toFixed(1);
      });
    }
  }

  /** @param {Record<string, unknown>} palette */
  applyPalette(palette) {
    const style = this.root.style;
    for (const [name, value] of Object.entries(palette)) {
      if (typeof value === "string") style.setProperty(`--jk-${name}`, value);
    }
  }

  columnWidth() {
    const view = this.view;
    const n = (view.phases || []).length || 1;
    const width = this.el.clientWidth || 1200;
    const open = view.kind === "journey" && (view.cards || []).some((c) => c.id === this.selected);
    const detail = open ? 340 : 0;
    return Math.max(MIN_COL, Math.floor((width - LABEL_W - detail - 24) / n));
  }

  fitColumns() {
    const col = this.columnWidth();
    if (col !== this.col) {
      this.col = col;
      this.root.style.setProperty("--jk-col", `${col}px`);
      const lane = this.root.querySelector(".jkb-emotion");
      if (lane) lane.replaceWith(emotionLane(this, /** @type {import("./journey-view.js").JourneyView} */ (this.view)));
    }
  }

  /** Ctrl+Z / Ctrl+Y outside a text field; a card's own keys (journey-view.js).
   * @param {KeyboardEvent} event */
  keydown(event) {
    const target = /** @type {HTMLElement} */ (event.target);
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && !target.matches(FIELD) && (key === "z" || key === "y")) {
      event.preventDefault();
      event.stopPropagation();
      if (key === "y" || event.shiftKey) this.redo();
      else this.undo();
      return;
    }
    cardKeydown(this, event);
  }
}

export default {
  /** @param {{ model: Model, el: HTMLElement }} args */
  render({ model, el }) {
    const board = new Board(model, el);
    return () => board.destroy();
  },
};
