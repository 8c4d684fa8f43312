// JourneyKit board: the journey map and the B2B canvas as live editors (anywidget).
//
// The widget keeps no data of its own. Python sends a view-model (`view`); the
// views draw it and send actions back as custom messages. Typed text waits in the
// editing state (state.js) until Python acknowledges the save, so a refresh of the
// view never throws away what a participant is typing.
//
// Modules: board.js (this shell: model, timers, focus, redraws), protocol.js
// (messages, request numbers, answers, heartbeat), state.js (the editing rules),
// journey-view.js, canvas-view.js, toolbar.js, dom.js. Python joins them into one
// module for anywidget (esm.py); Node and TypeScript read them as they are.

import { FIELD, byFocus, caretOf, h, setCaret, setText, textOf } from "./dom.js";
import { ANSWER_TIMEOUT_MS, HEARTBEAT_MS, Link, readMessage } from "./protocol.js";
import {
  acknowledge,
  beginEditing,
  createState,
  keptText,
  prepareSave,
  pythonValue,
  restoreKept,
  shownValue,
  signature,
  statusOf,
  type,
  withPending,
} from "./state.js";
import { renderJourney } from "./journey-view.js";
import { cardKeydown } from "./journey-actions.js";
import { emotionLane } from "./emotion-lane.js";
import { renderCanvas } from "./canvas-view.js";

const DEBOUNCE_MS = 300; // typing reaches the file this long after the last key, plus the save (≤ 0.5 s at 500 cards)
const LABEL_W = 150; // lane label column, px
const MIN_COL = 170; // narrowest readable phase column, px
// Typed text not yet confirmed by Python is kept in the browser under this prefix
// and the journey file, so a restart or a closed tab does not lose it.
const KEEP_PREFIX = "journeykit-board:";

/**
 * anywidget's model, as far as the board uses it.
 * @typedef {{ get(name: string): any, send(content: object): void,
 *   on(name: string, f: (...args: any[]) => void): void, off(name: string, f: (...args: any[]) => void): void }} Model
 * @typedef {import("./state.js").View} View
 */

export class Board {
  /**
   * @param {Model} model
   * @param {HTMLElement} el
   */
  constructor(model, el) {
    this.model = model;
    this.el = el;
    this.state = createState();
    this.link = new Link(model, { now: () => performance.now(), onGone: () => this.linkChanged("gone") });
    /** @type {Map<string, ReturnType<typeof setTimeout>>} "id:field" → debounce timer */
    this.timers = new Map();
    /** @type {{ key: string, text: string } | null} the focused field while redrawing; never replaced */
    this.live = null;
    /** @type {Set<string>} fields whose new value waits until the person leaves them */
    this.heldKeys = new Set();
    /** @type {"ok" | "silent" | "gone"} silent: no answer for SILENT_MS; gone: kernel restarted */
    this.linkState = "ok";
    /** @type {[View, number, View] | null} Python's view, pending size, view shown */
    this.merged = null;
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
    this.lastKeyAt = 0;
    this.firstPaint = true;
    this.rendering = false;
    this.destroyed = false;
    /** @type {string | null} signature of what is drawn */
    this.shown = null;
    this.col = MIN_COL;
    /** @type {Map<string, import("./state.js").Card[]> | null} the cards of each phase, as drawn */
    this.byPhase = null;
    // Lumino (JupyterLab) leaves keys alone inside this node, so Enter, arrows and
    // letters reach the board instead of running notebook commands.
    this.root = h("div", { class: "jkb", "data-lm-suppress-shortcuts": "true" });
    el.append(this.root);
    this.onView = () => this.renderIfChanged();
    this.onMsg = (/** @type {any} */ msg) => this.receive(msg);
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
    this.resize = new ResizeObserver(() => this.fitColumns());
    this.resize.observe(el);
    this.render();
    this.link.post({ type: "hello" });
    this.restoreKept();
    this.heart = setInterval(() => this.heartbeat(), HEARTBEAT_MS / 2);
  }

  destroy() {
    this.flush();
    this.destroyed = true;
    clearInterval(this.heart);
    this.model.off("comm_live_update", this.onLive);
    this.model.off("change:view", this.onView);
    this.model.off("msg:custom", this.onMsg);
    window.removeEventListener("pagehide", this.onHide);
    document.removeEventListener("visibilitychange", this.onHide);
    this.resize.disconnect();
  }

  /** Python's view with the changes not yet saved shown in it. @returns {View} */
  get view() {
    const base = this.model.get("view") || {};
    const pending = this.state.pending;
    if (pending.size === 0 || !base.cards) return base;
    const [from, size, shown] = this.merged || [];
    if (from === base && size === pending.size && shown) return shown;
    const view = withPending(base, pending.values());
    this.merged = [base, pending.size, view];
    return view;
  }

  /**
   * A text of the page in the journey's language, with {name} values filled in.
   * @param {string} key
   * @param {Record<string, string | number>} [values]
   */
  L(key, values = {}) {
    const text = (this.view.labels || {})[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (/** @type {string} */ _, /** @type {string} */ name) => String(values[name] ?? ""));
  }

  // ------------------------------------------------------------- messages
  /**
   * Show a card change now and send it.
   * @param {Record<string, any>} action
   * @param {import("./state.js").CardChange} change
   */
  change(action, change) {
    const seq = this.send(action);
    this.state.pending.set(seq, change);
    this.merged = null;
  }

  /** Send an action (a choice, a card change); typing waiting for its save goes first.
   * @param {Record<string, any>} action */
  send(action) {
    this.flush();
    return this.post(action);
  }

  /**
   * @param {Record<string, any>} action
   * @param {string | null} [key] the field of a typed text
   */
  post(action, key = null) {
    let entry = {};
    if (key) {
      action = prepareSave(this.state, this.view, action, key);
      entry = { key, value: action.value, id: action.id, base: action.base };
    } else {
      entry = { id: action.id };
    }
    const seq = this.request({ type: "action", action }, entry);
    if (key) this.keep();
    return seq;
  }

  /**
   * Send a request and look for its answer ANSWER_TIMEOUT_MS later.
   * @param {{ type: "action" | "undo" | "redo" } & Record<string, any>} content
   * @param {Record<string, any>} [entry]
   */
  request(content, entry = {}) {
    const seq = this.link.request(content, entry);
    this.status();
    setTimeout(() => this.checkAnswers(), ANSWER_TIMEOUT_MS);
    return seq;
  }

  // A request without an answer is said at its field (or for the whole board) and in
  // the status, instead of "Saving…" for ever; a late answer still clears it.
  checkAnswers() {
    if (this.destroyed) return;
    const late = this.link.newlyOverdue();
    if (late.length === 0) return;
    for (const seq of late) {
      const sent = this.link.sent.get(seq);
      this.state.problems.set(sent?.key || sent?.id || "", this.L("no_answer"));
    }
    this.renderIfChanged();
  }

  /** @param {unknown} msg */
  receive(msg) {
    const read = readMessage(msg);
    if (read.kind === "error") {
      this.banner(read.message);
      return;
    }
    if (read.kind !== "ack") return;
    const ack = read.ack;
    const answer = this.link.answer(ack);
    if (answer.kind === "ping") {
      if (this.linkState === "silent") this.linkChanged("ok");
      return;
    }
    if (answer.kind === "other") return; // another view's request
    const sent = answer.sent;
    const seq = answer.kind === "mine" ? Number(ack.seq) : undefined;
    if (seq !== undefined && this.state.pending.has(seq)) this.merged = null;
    const { announce } = acknowledge(this.state, sent, ack, seq);
    if (sent) {
      this.root.dataset.lastAckMs = String(Math.round(performance.now() - sent.sentAt));
      if (sent.key) this.root.dataset.lastSaveAfterKeyMs = String(Math.round(performance.now() - this.lastKeyAt));
    }
    if (announce) this.announce(announce);
    if (sent?.key) this.keep();
    this.renderIfChanged();
  }

  // ------------------------------------------------------- Python alive?
  heartbeat() {
    if (this.destroyed) return;
    if (this.link.beat() && this.linkState === "ok") this.linkChanged("silent");
  }

  /** @param {"ok" | "silent" | "gone"} state */
  linkChanged(state) {
    if (this.linkState === "gone" || this.linkState === state || this.destroyed) return;
    this.linkState = state;
    this.keep();
    this.root.dataset.link = state;
    // Gone: a restarted kernel never answers this board again. The fields are
    // closed, so nothing is typed that could not be saved; what was typed is kept.
    this.root.inert = state === "gone";
    this.status();
    let node = /** @type {HTMLElement | null} */ (this.el.querySelector(":scope > .jkb-link"));
    if (state === "ok") {
      node?.remove();
      return;
    }
    if (!node) {
      node = h("div", { class: "jkb-banner jkb-link", role: "alert" });
      this.el.prepend(node);
    }
    node.textContent = this.L(state === "gone" ? "gone" : "quiet");
    node.dataset.state = state;
    this.root.dataset.linkShownMs = String(Math.round(performance.now()));
  }

  // Typed text Python has not confirmed, kept in the browser (per journey file), so it
  // is saved when the cell runs again after a restart.
  keepKey() {
    const file = this.model.get("view")?.file;
    return file ? KEEP_PREFIX + file : null;
  }

  keep() {
    const name = this.keepKey();
    if (!name) return;
    const kept = keptText(this.state, this.view, this.link.sent.values());
    try {
      if (Object.keys(kept).length) localStorage.setItem(name, JSON.stringify(kept));
      else localStorage.removeItem(name);
    } catch (error) {
      // storage full or refused: the page still holds the text while it is open
    }
  }

  restoreKept() {
    const name = this.keepKey();
    let kept = null;
    try {
      kept = name && JSON.parse(localStorage.getItem(name) || "null");
    } catch (error) {
      kept = null;
    }
    const saves = restoreKept(this.state, kept);
    for (const [key, action] of saves) this.post(action, key);
    if (saves.length) {
      this.state.notes.set("", this.L("restored"));
      this.render();
    }
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

  /** @param {string | undefined | null} key */
  flushKey(key) {
    if (!key || !this.timers.has(key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const action = this.state.actions.get(key);
    const value = this.state.drafts.get(key);
    if (action && value !== undefined) this.post({ ...action, value }, key);
  }

  flush() {
    for (const key of [...this.timers.keys()]) this.flushKey(key);
  }

  /** A field with typing not yet saved, or saved without an answer yet. @param {string} key */
  waiting(key) {
    return this.state.drafts.has(key) || this.timers.has(key) || this.link.saving(key);
  }

  /**
   * What a field shows now (see state.shownValue); a held value is noted.
   * @param {string} key
   * @param {any} python
   */
  shownValue(key, python) {
    const { value, held } = shownValue(this.state, this.live, key, python);
    if (held) this.heldKeys.add(key);
    return value;
  }

  /**
   * The person left a field: a value that waited for that is shown with a note (their
   * own unsaved typing, if any, is being saved over it and gets Python's note instead).
   * @param {string} key
   */
  left(key) {
    if (!this.heldKeys.delete(key)) return false;
    if (!this.state.drafts.has(key)) this.state.notes.set(key, this.L("changed_elsewhere"));
    return true;
  }

  /** @param {FocusEvent} event */
  focusOut(event) {
    const target = /** @type {HTMLElement} */ (event.target);
    if (!target.matches(FIELD)) return;
    const key = target.dataset.key;
    this.flushKey(key);
    // A value from another window waited while the field had the focus: show it
    // now (after the focus has landed, so the redraw keeps the next field's).
    if (key && !this.rendering && this.left(key)) setTimeout(() => this.render(), 0);
  }

  /** @param {FocusEvent} event */
  focusIn(event) {
    const target = /** @type {HTMLElement} */ (event.target);
    // A redraw gives the focus to the element an action asked for (focusNext), but
    // only until the participant moves on: a save acknowledged late must not pull
    // the focus back to the point dragged a moment ago, where the next key would land.
    if (!this.rendering && this.focusNext && target.dataset?.focus !== this.focusNext) this.focusNext = null;
    const key = target.dataset?.key;
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

  /** The note next to a field: a value waiting while it has the focus, or another text kept.
   * @param {string} key */
  noteFor(key) {
    const text = this.heldKeys.has(key) ? this.L("held") : this.state.notes.get(key);
    return text ? h("div", { class: "jkb-notice", role: "status", "data-note": key }, text) : null;
  }

  /** The value Python's view has for a field key. @param {string} key */
  pythonValue(key) {
    return pythonValue(this.view, key);
  }

  // ------------------------------------------------------------- rendering
  renderIfChanged() {
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
    const active = /** @type {HTMLElement | null} */ (document.activeElement);
    const inside = Boolean(active && this.root.contains(active));
    if (inside || (active && active !== document.body)) this.lostFocus = null;
    const focusKey = inside && active ? active.dataset.focus || null : this.lostFocus;
    const typing = Boolean(inside && active && active.matches("textarea, input[type=text], [contenteditable]"));
    const selection = focusKey && typing && active ? caretOf(active) : null;
    // The field being typed in keeps its text through the redraw, whatever the view
    // says, unless this redraw takes the focus elsewhere (Enter, Escape: the person leaves it).
    const staying = !this.focusNext || this.focusNext === focusKey;
    const key = typing && active ? active.dataset.key || null : null;
    if (key && !staying) this.left(key);
    this.live = key && staying && active ? { key, text: textOf(active) } : null;
    this.heldKeys = new Set();
    const scroller = this.root.querySelector(".jkb-scroll");
    const scroll = scroller ? [scroller.scrollLeft, scroller.scrollTop] : null;
    const cellScroll = new Map();
    for (const cell of this.root.querySelectorAll("[data-scroll]")) cellScroll.set(/** @type {HTMLElement} */ (cell).dataset.scroll, cell.scrollTop);

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
    this.root.append(h("div", { class: "jkb-live", "aria-live": "polite", role: "status" }));

    const newScroller = this.root.querySelector(".jkb-scroll");
    if (scroll && newScroller) [newScroller.scrollLeft, newScroller.scrollTop] = scroll;
    for (const cell of this.root.querySelectorAll("[data-scroll]")) {
      const at = cellScroll.get(/** @type {HTMLElement} */ (cell).dataset.scroll);
      if (at !== undefined) cell.scrollTop = at;
    }
    this.rendering = true; // focus moved by a redraw is not the participant choosing a card
    if (focusKey && !this.focusNext) {
      const again = byFocus(this.root, focusKey);
      if (again) {
        again.focus({ preventScroll: true });
        if (selection) setCaret(again, selection);
        this.lostFocus = null;
      } else {
        this.lostFocus = focusKey; // back to it when a later view brings the element back
      }
    }
    if (this.focusNext) {
      const target = byFocus(this.root, this.focusNext);
      if (target) {
        target.focus({ preventScroll: false });
        if (this.selectAll && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) target.select();
        else if (this.selectAll) setCaret(target, [0, (target.textContent || "").length]);
      }
      this.focusNext = null;
      this.selectAll = false;
    }
    this.rendering = false;
    this.live = null;
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

  undo() {
    this.flush();
    this.request({ type: "undo" });
    this.announce(this.L("undone"));
  }

  redo() {
    this.flush();
    this.request({ type: "redo" });
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
