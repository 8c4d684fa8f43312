// The board without its page: anywidget's model, the editing state (state.js), the
// link to Python (protocol.js), typing timers, the text kept for a restart. The
// board (board.js) extends it with the DOM: drawing, focus, status and banners,
// through the hooks at the end of this class.

import { ANSWER_TIMEOUT_MS, Link, readMessage } from "./protocol.js";
import { commentAnswered, createComments, isCommentAction } from "./comment-state.js";
import { acknowledge, createState, keptText, prepareSave, pythonValue, restoreKept, shownValue, withPending } from "./state.js";

// Typed text not yet confirmed by Python is kept in the browser under this prefix
// and the journey file, so a restart or a closed tab does not lose it.
const KEEP_PREFIX = "journeykit-board:";

/**
 * anywidget's model, as far as the board uses it.
 * @typedef {{ get(name: string): any, send(content: object): void,
 *   on(name: string, f: (...args: any[]) => void): void, off(name: string, f: (...args: any[]) => void): void }} Model
 * @typedef {import("./state.js").View} View
 */

export class Editor {
  /** @param {Model} model */
  constructor(model) {
    this.model = model;
    this.state = createState();
    this.comments = createComments(); // comment-state.js: the open thread, the comment being typed
    this.link = new Link(model, { now: () => performance.now(), onGone: () => this.linkChanged("gone") });
    /** @type {Map<string, ReturnType<typeof setTimeout>>} "id:field" → debounce timer */
    this.timers = new Map();
    /** @type {{ key: string, text: string } | null} the focused field while redrawing; never replaced */
    this.live = null;
    /** @type {Set<string>} fields whose new value waits until the person leaves them */
    this.heldKeys = new Set();
    /** @type {"ok" | "silent" | "gone" | "version"} silent: no answer for SILENT_MS; gone: kernel
     * restarted; version: Python speaks another protocol version */
    this.linkState = "ok";
    /** @type {[View, number, View] | null} Python's view, pending size, view shown */
    this.merged = null;
    this.lastKeyAt = 0;
    this.destroyed = false;
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
    if (read.kind === "version") {
      this.linkChanged("version");
      return;
    }
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
    if (sent?.action && isCommentAction(sent.action)) {
      // A comment's answer belongs to its thread, not to a card's field.
      commentAnswered(this.comments, sent.action, ack);
      // A late answer also takes back the board's "no answer" (as a field's answer does).
      if (ack.ok) this.state.problems.delete("");
      this.renderFromOutside();
      return;
    }
    const { announce } = acknowledge(this.state, sent, ack, seq);
    if (sent) {
      this.measured("lastAckMs", performance.now() - sent.sentAt);
      if (sent.key) this.measured("lastSaveAfterKeyMs", performance.now() - this.lastKeyAt);
    }
    if (announce) this.announce(announce);
    if (sent?.key) this.keep();
    this.renderIfChanged();
  }

  // ------------------------------------------------------- Python alive?
  heartbeat() {
    if (this.destroyed || this.linkState === "version") return;
    if (this.link.beat() && this.linkState === "ok") this.linkChanged("silent");
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

  /** The value Python's view has for a field key. @param {string} key */
  pythonValue(key) {
    return pythonValue(this.view, key);
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


  // ------------------------------------------------ hooks the board fills in
  /** Draw the board again. */
  render() {}

  /** Draw the board again when what it would show changed (Python's view or answer). */
  renderIfChanged() {}

  /** Draw the board again for a reason the person did not act on (an answer, a value that waited). */
  renderFromOutside() {}

  /** @param {string} [state] */
  status(state) {}

  /** @param {string} text said to screen readers */
  announce(text) {}

  /** @param {string} message a problem with the file, for the whole board */
  banner(message) {}

  /**
   * Python answers again, is silent, is gone (a restarted kernel never answers this
   * page again) or speaks another protocol version (this page and its Python come from
   * different JourneyKit releases: nothing more is sent, as if gone): what waits is kept
   * in the browser. False when nothing changed.
   * @param {"ok" | "silent" | "gone" | "version"} state
   */
  linkChanged(state) {
    if (this.linkState === "gone" || this.linkState === "version") return false;
    if (this.linkState === state || this.destroyed) return false;
    this.linkState = state;
    this.keep();
    return true;
  }

  /** A timing the browser tests read. @param {string} name @param {number} ms */
  measured(name, ms) {}
}
