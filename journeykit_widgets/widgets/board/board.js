// JourneyKit board: the journey map and the B2B canvas as live editors.
//
// The widget keeps no data of its own. Python sends a view-model (`view`);
// this module draws it and sends actions back as custom messages. Typed text
// waits in `drafts` until Python acknowledges the save, so a refresh of the
// view never throws away what a participant is typing.

const DEBOUNCE_MS = 300; // typing reaches the file this long after the last key, plus the save (≤ 0.5 s at 500 cards)
const SHOWN_PER_PHASE = 12; // cards shown in a phase before "+N more"
const EMOTION_H = 150; // height of the emotion lane, px
const LABEL_W = 150; // lane label column, px
const MIN_COL = 170; // narrowest readable phase column, px
// Python answers every request within a second or two, even under load; after this
// long without an answer the kernel is gone, busy elsewhere, or the cell must run again.
const ANSWER_TIMEOUT_MS = 10000;
// The heartbeat: a ping about this often, looked after twice as often; Python counts
// as silent when one is unanswered SILENT_MS (a restart from the Kernel menu is also
// told by the widget manager at once).
const HEARTBEAT_MS = 1000;
const SILENT_MS = 2000;
// Typed text not yet confirmed by Python is kept in the browser under this prefix
// and the journey file, so a restart or a closed tab does not lose it.
const KEEP_PREFIX = "journeykit-board:";

const SVG = "http://www.w3.org/2000/svg";

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "value") node.value = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Where the caret is in an element, as a character offset (textarea or contenteditable).
function caretOf(node) {
  if ("selectionStart" in node && node.matches("textarea, input")) return [node.selectionStart, node.selectionEnd];
  const sel = window.getSelection();
  if (!sel.rangeCount || !node.contains(sel.anchorNode)) return null;
  const range = sel.getRangeAt(0);
  const before = document.createRange();
  before.selectNodeContents(node);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return [start, start + range.toString().length];
}

function setCaret(node, [start, end]) {
  if (node.setSelectionRange) return node.setSelectionRange(start, end);
  const text = node.firstChild;
  if (!text) return;
  const range = document.createRange();
  range.setStart(text, Math.min(start, text.length));
  range.setEnd(text, Math.min(end, text.length));
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
}

// A text people edit in place: a contenteditable element, far cheaper to lay out
// than a textarea (a board of 500 cards has thousands of them).
function editable(tag, attrs, text) {
  const node = h(tag, { contenteditable: "plaintext-only", role: "textbox", spellcheck: "true", ...attrs });
  node.textContent = text;
  return node;
}

function textOf(node) {
  return node.matches("textarea, input") ? node.value : node.textContent;
}

function s(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

// The requests (seq → {sentAt}) still without an answer after `limit` ms at `now`.
// Pure, so the rule can move into the protocol module as it is.
function overdue(sent, now, limit = ANSWER_TIMEOUT_MS) {
  return [...sent].filter(([, entry]) => now - entry.sentAt >= limit).map(([seq]) => seq);
}

function newId(prefix) {
  const hex = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2)).replace(/-/g, "");
  return `${prefix}-${hex.slice(0, 8)}`;
}

// A device's mark, the same shapes as the printed map's markers.
function deviceMark(marker, colour) {
  const svg = s("svg", { viewBox: "-6 -6 12 12", width: 12, height: 12, "aria-hidden": "true", class: "jkb-device" });
  const style = { fill: colour, stroke: "#1F2328", "stroke-width": 0.8 };
  const shapes = {
    o: () => s("circle", { r: 4.2, ...style }),
    s: () => s("rect", { x: -3.8, y: -3.8, width: 7.6, height: 7.6, ...style }),
    D: () => s("path", { d: "M0,-4.8 L4.8,0 L0,4.8 L-4.8,0Z", ...style }),
    "^": () => s("path", { d: "M0,-4.6 L4.6,3.8 L-4.6,3.8Z", ...style }),
    v: () => s("path", { d: "M0,4.6 L4.6,-3.8 L-4.6,-3.8Z", ...style }),
    P: () => s("path", { d: "M-1.6,-4.6h3.2v3h3v3.2h-3v3h-3.2v-3h-3v-3.2h3z", ...style }),
  };
  if (!shapes[marker]) return null;
  svg.append(shapes[marker]());
  return svg;
}

class Board {
  constructor(model, el) {
    this.model = model;
    this.el = el;
    this.drafts = new Map(); // "id:field" → text typed but not yet saved
    this.timers = new Map(); // "id:field" → debounce timer
    this.sent = new Map(); // seq → {key, value, id, sentAt}: requests Python has not answered yet
    this.stalled = new Set(); // seqs of requests unanswered after ANSWER_TIMEOUT_MS
    this.problems = new Map(); // "id:field", "id", or "" (the board as a whole) → message
    // Two editors on one field. bases: "id:field" → the value Python had when the
    // person began typing (sent with each save, so Python can tell a change made
    // elsewhere meanwhile); mine: the values this page sent for a field; notes:
    // "id:field" → a note next to it (another editor's text was kept in the history).
    this.bases = new Map();
    this.mine = new Map();
    this.notes = new Map();
    this.live = null; // {key, text}: the focused field while redrawing; never replaced
    this.pings = new Map(); // seq → sentAt: heartbeats without an answer
    this.link = "ok"; // "ok", "silent" (no answer for SILENT_MS) or "gone" (kernel restarted)
    // seq → cards => cards: an add, delete or move shown before Python saved it. The
    // board shows Python's view with these applied, so a view that was on its way
    // before the change (the save of a name typed a moment ago) cannot take it back.
    this.pending = new Map();
    this.merged = null; // [Python's view, pending size, view shown], rebuilt when either changes
    this.lostFocus = null; // data-focus of an element a redraw took away while it had focus
    // Requests are numbered from a random start: every view of one board hears every
    // ack, and one view must not take another's answer for its own.
    this.seq = Math.floor(Math.random() * 1e9);
    this.selected = null;
    this.expanded = new Set();
    this.lastKeyAt = 0;
    this.firstPaint = true;
    // Lumino (JupyterLab) leaves keys alone inside this node, so Enter, arrows and
    // letters reach the board instead of running notebook commands.
    this.root = h("div", { class: "jkb", "data-lm-suppress-shortcuts": "true" });
    el.append(this.root);
    this.onView = () => this.renderIfChanged();
    this.onMsg = (msg) => this.receive(msg);
    this.onHide = () => this.flush();
    model.on("change:view", this.onView);
    model.on("msg:custom", this.onMsg);
    window.addEventListener("pagehide", this.onHide);
    document.addEventListener("visibilitychange", this.onHide);
    this.root.addEventListener("focusout", (event) => {
      if (!event.target.matches("textarea, input, [contenteditable]")) return;
      const key = event.target.dataset.key;
      this.flushKey(key);
      // A value from another window waited while the field had the focus: show it
      // now (after the focus has landed, so the redraw keeps the next field's).
      if (key && !this.rendering && this.left(key)) setTimeout(() => this.render(), 0);
    });
    this.root.addEventListener("focusin", (event) => {
      const key = event.target.dataset?.key;
      if (!key || this.rendering || this.waiting(key)) return;
      // A new editing session: it starts from what Python has now.
      this.bases.set(key, this.pythonValue(key));
      this.mine.delete(key);
      // Its old note goes; no redraw here, in the middle of a click (it would move the focus).
      if (this.notes.delete(key)) {
        for (const note of this.root.querySelectorAll(`[data-note="${CSS.escape(key)}"]`)) note.remove();
      }
    });
    // A redraw gives the focus to the element an action asked for (focusNext), but
    // only until the participant moves on: a save acknowledged late must not pull
    // the focus back to the point dragged a moment ago, where the next key would land.
    this.root.addEventListener("focusin", (event) => {
      if (!this.rendering && this.focusNext && event.target.dataset?.focus !== this.focusNext) this.focusNext = null;
    });
    this.root.addEventListener("keydown", (event) => this.keydown(event));
    this.resize = new ResizeObserver(() => this.fitColumns());
    this.resize.observe(el);
    this.onLive = () => this.linkChanged("gone");
    model.on("comm_live_update", this.onLive); // the widget manager saw the kernel restart
    this.render();
    this.sendSafely({ type: "hello" });
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

  get view() {
    const base = this.model.get("view") || {};
    if (this.pending.size === 0 || !base.cards) return base;
    const [from, size, shown] = this.merged || [];
    if (from === base && size === this.pending.size) return shown;
    let cards = base.cards;
    for (const change of this.pending.values()) cards = change(cards);
    const view = { ...base, cards };
    this.merged = [base, this.pending.size, view];
    return view;
  }

  // Show a card change now and send it; `change` must give the same cards when
  // Python's view already has it, since the two can arrive in either order.
  change(action, change) {
    const seq = this.send(action);
    this.pending.set(seq, change);
    this.merged = null;
  }

  L(key, values = {}) {
    const text = (this.view.labels || {})[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
  }

  // ------------------------------------------------------------- messages
  send(action) {
    this.flush(action);
    return this.post(action);
  }

  post(action, key = null) {
    let base;
    if (key) {
      // The value this text was typed over; the next save of the same typing continues from it.
      base = this.bases.has(key) ? this.bases.get(key) : this.pythonValue(key);
      action = { ...action, base };
      this.bases.set(key, action.value);
      if (!this.mine.has(key)) this.mine.set(key, new Set());
      this.mine.get(key).add(action.value);
    }
    const seq = this.request({ type: "action", action }, { key, value: action.value, id: action.id, base });
    if (key) this.keep();
    return seq;
  }

  // The person left a field: a value that waited for that is shown with a note (their own
  // unsaved typing, if any, is being saved over it and gets Python's note instead).
  left(key) {
    if (!this.heldKeys?.has(key)) return false;
    this.heldKeys.delete(key);
    if (!this.drafts.has(key)) this.notes.set(key, this.L("changed_elsewhere"));
    return true;
  }

  // A field with typing not yet saved, or saved without an answer yet.
  waiting(key) {
    return this.drafts.has(key) || this.timers.has(key) || [...this.sent.values()].some((entry) => entry.key === key);
  }

  // The value Python's view has for a field key ("id:field" or "cell:state:phase:lane").
  pythonValue(key) {
    const view = this.view;
    if (key.startsWith("cell:")) {
      const [, state, phase, lane] = key.split(":");
      return view.cells?.[state]?.[phase]?.[lane] ?? "";
    }
    const at = key.lastIndexOf(":");
    const card = (view.cards || []).find((c) => c.id === key.slice(0, at));
    return card ? (card[key.slice(at + 1)] ?? "") : "";
  }

  sendSafely(content) {
    try {
      this.model.send(content);
    } catch (error) {
      this.linkChanged("gone"); // the kernel's connection is gone
    }
  }

  // ------------------------------------------------------- Python alive?
  heartbeat() {
    if (this.destroyed) return;
    const now = performance.now();
    const late = [...this.pings.values()].some((sentAt) => now - sentAt >= SILENT_MS);
    if (late && this.link === "ok") this.linkChanged("silent");
    const last = Math.max(0, ...this.pings.values());
    if (this.pings.size < 5 && now - last >= HEARTBEAT_MS) {
      const seq = ++this.seq;
      this.pings.set(seq, now);
      this.sendSafely({ type: "ping", seq });
    }
  }

  linkChanged(state) {
    if (this.link === "gone" || this.link === state || this.destroyed) return;
    this.link = state;
    this.keep();
    this.root.dataset.link = state;
    // Gone: a restarted kernel never answers this board again. The fields are
    // closed, so nothing is typed that could not be saved; what was typed is kept.
    this.root.inert = state === "gone";
    this.status();
    let node = this.el.querySelector(":scope > .jkb-link");
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
    // The newest text of each field, over the base of its oldest unanswered save
    // (what the file held before this page's unconfirmed saves).
    const kept = {};
    for (const entry of this.sent.values()) {
      if (!entry.key || !entry.action) continue;
      kept[entry.key] = { ...entry.action, base: kept[entry.key] ? kept[entry.key].base : entry.base };
    }
    for (const [key, value] of this.drafts) {
      const action = this.pendingAction?.get(key);
      const base = kept[key] ? kept[key].base : this.bases.has(key) ? this.bases.get(key) : this.pythonValue(key);
      if (action) kept[key] = { ...action, value, base };
    }
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
    if (!kept || typeof kept !== "object") return;
    for (const [key, action] of Object.entries(kept)) {
      if (!action || typeof action !== "object") continue;
      this.drafts.set(key, action.value);
      this.bases.set(key, action.base);
      this.pendingAction = this.pendingAction || new Map();
      this.pendingAction.set(key, { ...action });
      this.post(action, key);
    }
    if (Object.keys(kept).length) {
      this.notes.set("", this.L("restored"));
      this.render();
    }
  }

  // Send a message Python answers with an ack of the same seq; watch for the answer.
  request(content, entry = {}) {
    const seq = ++this.seq;
    this.sent.set(seq, { ...entry, action: content.action, sentAt: performance.now() });
    this.status();
    this.sendSafely({ ...content, seq });
    setTimeout(() => this.checkAnswers(), ANSWER_TIMEOUT_MS);
    return seq;
  }

  // A request without an answer is said at its field (or for the whole board) and in
  // the status, instead of "Saving…" for ever; a late answer still clears it.
  checkAnswers() {
    if (this.destroyed) return;
    const late = overdue(this.sent, performance.now()).filter((seq) => !this.stalled.has(seq));
    if (late.length === 0) return;
    for (const seq of late) {
      this.stalled.add(seq);
      const sent = this.sent.get(seq);
      this.problems.set(sent.key || sent.id || "", this.L("no_answer"));
    }
    this.renderIfChanged();
  }

  receive(msg) {
    if (msg.type === "error") {
      this.banner(msg.message);
      return;
    }
    if (msg.type !== "ack") return;
    if (this.pings.delete(msg.seq)) {
      // Python answers: every older heartbeat is answered too (they run in order).
      for (const [seq] of this.pings) if (seq < msg.seq) this.pings.delete(seq);
      if (this.link === "silent") this.linkChanged("ok");
      return;
    }
    const sent = this.sent.get(msg.seq);
    if (!sent && msg.seq !== null && msg.seq !== undefined) return; // another view's request
    this.sent.delete(msg.seq);
    this.stalled.delete(msg.seq);
    // Python's view sent before this ack already holds the change, or it was refused.
    if (this.pending.delete(msg.seq)) this.merged = null;
    const said = (msg.problems || []).map((p) => p.message).join(" ");
    // A refusal with no field to show it at (a canvas choice, undo, a message Python
    // could not read its id from) is shown for the whole board, next to the status.
    const where = sent ? sent.key || sent.id || "" : "";
    if (sent) {
      this.root.dataset.lastAckMs = String(Math.round(performance.now() - sent.sentAt));
      if (sent.key) this.root.dataset.lastSaveAfterKeyMs = String(Math.round(performance.now() - this.lastKeyAt));
    }
    if (msg.ok) {
      this.problems.delete(where);
      if (where) this.problems.delete("");
      // Only forget the draft when nothing new was typed since it was sent.
      if (sent?.key && this.drafts.get(sent.key) === sent.value) this.drafts.delete(sent.key);
      // Another editor's text was kept in the history: say so at the field.
      if (msg.notes?.length) {
        this.notes.set(where, msg.notes.join(" "));
        this.announce(msg.notes.join(" "));
      }
    } else {
      this.problems.set(where, said);
      this.announce(said);
      // Not saved: the next save of this field still continues from the older value.
      if (sent?.key && this.bases.get(sent.key) === sent.value) this.bases.set(sent.key, sent.base);
    }
    if (sent?.key) this.keep();
    this.renderIfChanged();
  }

  // ---------------------------------------------------------------- typing
  typed(key, value, action) {
    const t0 = performance.now();
    this.lastKeyAt = t0;
    this.drafts.set(key, value);
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => this.flushKey(key), DEBOUNCE_MS),
    );
    this.pendingAction = this.pendingAction || new Map();
    this.pendingAction.set(key, action);
    // Mirror the text into the other place it shows (card ↔ detail panel) in this frame.
    for (const other of this.root.querySelectorAll(`[data-key="${CSS.escape(key)}"]`)) {
      if (other === document.activeElement || textOf(other) === value) continue;
      if (other.matches("textarea, input")) other.value = value;
      else other.textContent = value;
    }
    this.keep();
    this.status("typing");
    this.root.dataset.lastKeyScriptMs = (performance.now() - t0).toFixed(2);
  }

  flushKey(key) {
    if (!key || !this.timers.has(key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const action = this.pendingAction.get(key);
    const value = this.drafts.get(key);
    if (action && value !== undefined) this.post({ ...action, value }, key);
  }

  flush(except = null) {
    for (const key of [...this.timers.keys()]) this.flushKey(key);
  }

  status(state) {
    const node = this.root.querySelector(".jkb-status");
    if (!node) return;
    // Python silent or gone: what waits is not being saved now, whatever the timers say.
    const waiting = this.sent.size > 0 || this.timers.size > 0 || this.drafts.size > 0;
    const stalled = this.stalled.size > 0 || (this.link !== "ok" && waiting);
    const problem = this.problems.size > 0;
    const busy = state === "typing" || this.sent.size > 0 || this.timers.size > 0;
    node.dataset.state = stalled ? "stalled" : problem ? "problem" : busy ? "saving" : "saved";
    node.textContent = this.L(stalled ? "status.no_answer" : problem ? "status.problem" : busy ? "status.saving" : "status.saved");
  }

  banner(message) {
    let node = this.root.querySelector(".jkb-banner");
    if (!node) {
      node = h("div", { class: "jkb-banner", role: "alert" });
      this.root.prepend(node);
    }
    node.textContent = message;
  }

  announce(text) {
    const live = this.root.querySelector(".jkb-live");
    if (live) live.textContent = text;
  }

  // ------------------------------------------------------------- rendering
  // What the board would show: the view with typed drafts in place. A save of the
  // text being typed comes back as a new view that shows the same; redrawing 500
  // cards for it would only cost time, so it is skipped.
  signature() {
    const { version, ...view } = this.view;
    const cards = (view.cards || []).map((card) => {
      const shown = { ...card };
      for (const field of Object.keys(card)) {
        const key = `${card.id}:${field}`;
        if (this.drafts.has(key)) shown[field] = this.drafts.get(key);
      }
      return shown;
    });
    return JSON.stringify({ ...view, cards, problems: [...this.problems], notes: [...this.notes], selected: this.selected });
  }

  renderIfChanged() {
    const signature = this.signature();
    if (signature === this.shown) {
      this.status();
      return;
    }
    this.render();
  }

  render() {
    this.shown = this.signature();
    const t0 = performance.now();
    const view = this.view;
    const active = document.activeElement;
    const inside = active && this.root.contains(active);
    if (inside || (active && active !== document.body)) this.lostFocus = null;
    const focusKey = inside ? active.dataset.focus : this.lostFocus;
    const typing = inside && active.matches("textarea, input[type=text], [contenteditable]");
    const selection = focusKey && typing ? caretOf(active) : null;
    // The field being typed in keeps its text through the redraw, whatever the view
    // says, unless this redraw takes the focus elsewhere (Enter, Escape: the person leaves it).
    const staying = !this.focusNext || this.focusNext === focusKey;
    const key = typing ? active.dataset.key : null;
    if (key && !staying) this.left(key);
    this.live = key && staying ? { key, text: textOf(active) } : null;
    this.heldKeys = new Set();
    const scroller = this.root.querySelector(".jkb-scroll");
    const scroll = scroller ? [scroller.scrollLeft, scroller.scrollTop] : null;
    const cellScroll = new Map();
    for (const cell of this.root.querySelectorAll("[data-scroll]")) cellScroll.set(cell.dataset.scroll, cell.scrollTop);

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
    if (view.kind === "canvas") this.renderCanvas(view);
    else this.renderJourney(view);
    this.root.append(h("div", { class: "jkb-live", "aria-live": "polite", role: "status" }));

    const newScroller = this.root.querySelector(".jkb-scroll");
    if (scroll && newScroller) [newScroller.scrollLeft, newScroller.scrollTop] = scroll;
    for (const cell of this.root.querySelectorAll("[data-scroll]")) {
      if (cellScroll.has(cell.dataset.scroll)) cell.scrollTop = cellScroll.get(cell.dataset.scroll);
    }
    this.rendering = true; // focus moved by a redraw is not the participant choosing a card
    if (focusKey && !this.focusNext) {
      const again = this.root.querySelector(`[data-focus="${CSS.escape(focusKey)}"]`);
      if (again) {
        again.focus({ preventScroll: true });
        if (selection) setCaret(again, selection);
        this.lostFocus = null;
      } else {
        this.lostFocus = focusKey; // back to it when a later view brings the element back
      }
    }
    if (this.focusNext) {
      const target = this.root.querySelector(`[data-focus="${CSS.escape(this.focusNext)}"]`);
      if (target) {
        target.focus({ preventScroll: false });
        if (this.selectAll && target.select) target.select();
        else if (this.selectAll) setCaret(target, [0, target.textContent.length]);
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

  applyPalette(palette) {
    const style = this.root.style;
    for (const [name, value] of Object.entries(palette)) {
      if (typeof value === "string") style.setProperty(`--jk-${name}`, value);
    }
  }

  columnWidth() {
    const n = (this.view.phases || []).length || 1;
    const width = this.el.clientWidth || 1200;
    const open = this.view.kind === "journey" && (this.view.cards || []).some((c) => c.id === this.selected);
    const detail = open ? 340 : 0;
    return Math.max(MIN_COL, Math.floor((width - LABEL_W - detail - 24) / n));
  }

  fitColumns() {
    const col = this.columnWidth();
    if (col !== this.col) {
      this.col = col;
      this.root.style.setProperty("--jk-col", `${col}px`);
      const lane = this.root.querySelector(".jkb-emotion");
      if (lane) lane.replaceWith(this.emotionLane(this.view));
    }
  }

  toolbar(view, extra = []) {
    const roles = view.roles || [];
    const roleSelect =
      roles.length > 1 || view.kind === "journey" && roles.length > 1
        ? h(
            "label",
            { class: "jkb-field-inline" },
            h("span", {}, this.L("role")),
            h(
              "select",
              {
                "data-focus": "role",
                onchange: (e) => {
                  this.flush();
                  this.model.send({ type: "role", role: e.target.value });
                },
              },
              (view.kind === "journey" ? [{ id: "*", label: this.L("role.all") }, ...roles] : roles).map((r) =>
                h("option", { value: r.id, selected: r.id === view.role }, r.label),
              ),
            ),
          )
        : null;
    return h(
      "div",
      { class: "jkb-toolbar" },
      h("div", { class: "jkb-title" }, h("span", { class: "jkb-kicker" }, this.L(view.kind === "canvas" ? "canvas.kicker" : "kicker")), h("strong", {}, view.title)),
      h("div", { class: "jkb-tools" }, roleSelect, ...extra,
        h("button", { class: "jkb-btn", type: "button", "data-focus": "undo", disabled: !view.can_undo, title: this.L("undo.hint"), onclick: () => this.undo() }, "↶ ", this.L("undo")),
        h("button", { class: "jkb-btn", type: "button", "data-focus": "redo", disabled: !view.can_redo, title: this.L("redo.hint"), onclick: () => this.redo() }, "↷ ", this.L("redo")),
        view.kind === "journey"
          ? h("details", { class: "jkb-help" },
              h("summary", { "aria-label": this.L("keys") }, "?"),
              h("div", { class: "jkb-help-pop" },
                h("p", { class: "jkb-hint" }, this.L("details.hint")),
                h("ul", { class: "jkb-keys" }, ["keys.add", "keys.edit", "keys.move", "keys.delete", "keys.undo"].map((k) => h("li", {}, this.L(k))))))
          : null,
        h("span", { class: "jkb-status", role: "status", "data-state": "saved" }, this.L("status.saved")),
      ),
      this.problems.has("") ? h("div", { class: "jkb-problem jkb-board-problem", role: "alert" }, this.problems.get("")) : null,
      this.noteFor(""),
    );
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

  // --------------------------------------------------------- journey board
  cardsByPhase(view) {
    const by = new Map(view.phases.map((p) => [p.id, []]));
    for (const card of view.cards) if (by.has(card.phase)) by.get(card.phase).push(card);
    return by;
  }

  value(card, field) {
    return this.shownValue(`${card.id}:${field}`, card[field]);
  }

  // What a field shows: the focused field keeps what it has (a value from elsewhere
  // waits, noted, until the person leaves it), then typed text, then Python's value.
  shownValue(key, python) {
    if (this.live?.key === key) {
      const known = python === this.live.text || python === this.bases.get(key) || this.mine.get(key)?.has(python);
      if (!known) this.heldKeys.add(key);
      return this.live.text;
    }
    return this.drafts.has(key) ? this.drafts.get(key) : python;
  }

  // The note next to a field: a value waiting while it has the focus, or another text kept.
  noteFor(key) {
    const text = this.heldKeys?.has(key) ? this.L("held") : this.notes.get(key);
    return text ? h("div", { class: "jkb-notice", role: "status", "data-note": key }, text) : null;
  }

  renderJourney(view) {
    const byPhase = this.cardsByPhase(view);
    this.byPhase = byPhase;
    const n = view.phases.length;
    const grid = h("div", { class: "jkb-grid", style: `--jk-phases:${n}` });
    grid.append(h("div", { class: "jkb-corner" }, h("span", {}, this.L("lanes"))));
    view.phases.forEach((phase, i) => {
      const count = byPhase.get(phase.id).length;
      grid.append(
        h("div", { class: "jkb-phase", role: "columnheader", title: phase.description || null },
          h("span", { class: "jkb-phase-no" }, String(i + 1)),
          h("span", { class: "jkb-phase-name" }, phase.label),
          h("span", { class: "jkb-count", "aria-label": this.L("count", { n: count }) }, String(count)),
        ),
      );
    });
    for (const lane of view.lanes) {
      grid.append(h("div", { class: `jkb-lane-label lane-${lane.id}`, role: "rowheader" }, h("strong", {}, lane.label), h("small", {}, lane.question)));
      if (lane.id === "emotion") {
        grid.append(this.emotionLane(view));
        continue;
      }
      for (const phase of view.phases) {
        const cards = byPhase.get(phase.id);
        if (lane.id === "touchpoints") grid.append(this.cardCell(phase, cards));
        else grid.append(this.textCell(lane, phase, cards, view));
      }
    }
    const body = h("div", { class: "jkb-body" }, h("div", { class: "jkb-scroll", "data-scrollmain": "1" }, grid), this.detail(view));
    this.root.append(this.toolbar(view), body);
    if (this.toast) this.root.append(this.toast);
    if (!view.cards.length) {
      grid.classList.add("is-empty");
    }
  }

  // The cards a phase shows: the first SHOWN_PER_PHASE until the participant
  // expands it. The text lanes follow the same cards, so a phase of 200 cards
  // does not build a thousand editable notes (and the lanes stay next to their cards).
  shownCards(phase, cards) {
    return this.expanded.has(phase.id) ? cards : cards.slice(0, SHOWN_PER_PHASE);
  }

  cardCell(phase, cards) {
    const expanded = this.expanded.has(phase.id);
    const shown = this.shownCards(phase, cards);
    const list = h("div", { class: "jkb-cards", "data-phase": phase.id, "data-scroll": `cards:${phase.id}`, role: "list", "aria-label": this.L("cards_in", { phase: phase.label }) });
    for (const card of shown) list.append(this.card(card));
    if (!cards.length) list.append(h("div", { class: "jkb-empty-hint" }, this.L("empty_phase")));
    const hidden = cards.length - shown.length;
    const more =
      hidden > 0
        ? h("button", { class: "jkb-more", type: "button", "data-focus": `more:${phase.id}`, onclick: () => { this.expanded.add(phase.id); this.render(); } }, this.L("more", { n: hidden }))
        : expanded && cards.length > SHOWN_PER_PHASE
          ? h("button", { class: "jkb-more", type: "button", "data-focus": `more:${phase.id}`, onclick: () => { this.expanded.delete(phase.id); this.render(); } }, this.L("collapse"))
          : null;
    const add = h(
      "button",
      { class: "jkb-add", type: "button", "data-focus": `add:${phase.id}`, "aria-label": this.L("add_in", { phase: phase.label }), onclick: () => this.addCard(phase.id) },
      h("span", { "aria-hidden": "true" }, "+"), " ", this.L("add_card"),
    );
    return h("div", { class: "jkb-cell lane-touchpoints", "data-phase": phase.id }, list, more, add);
  }

  card(card) {
    const view = this.view;
    const colour = view.palette.channels[card.channel] || view.palette.channels.other;
    const channel = (view.channels.find((c) => c.id === card.channel) || {}).label || card.channel;
    const device = (view.devices.find((d) => d.id === card.device) || {}).label || card.device;
    const marker = (view.palette.device_markers || {})[card.device];
    const problem = this.problems.get(`${card.id}:name`) || this.problems.get(card.id);
    const name = this.value(card, "name");
    const nameInput = editable("div", {
      class: "jkb-card-name",
      "data-key": `${card.id}:name`,
      "data-focus": `name:${card.id}`,
      "aria-label": this.L("field.name"),
      "aria-invalid": problem ? "true" : null,
      "aria-describedby": problem ? `jkb-p-${card.id}` : null,
      oninput: (e) => this.typed(`${card.id}:name`, e.target.textContent, { op: "set", id: card.id, field: "name" }),
      onkeydown: (e) => {
        if (e.key === "Enter" && !e.shiftKey) {
          e.preventDefault(); // a name is one line: Enter finishes it
          this.flushKey(`${card.id}:name`);
          this.focusCard(card.id);
        } else if (e.key === "Escape") {
          e.preventDefault();
          this.flushKey(`${card.id}:name`);
          this.focusCard(card.id);
        }
        e.stopPropagation();
      },
    }, name);
    // null = not rated yet (a new card): shown as such, never as a 0.
    const emotion = card.emotion == null ? null : Number(card.emotion);
    const node = h(
      "div",
      {
        class: `jkb-card${card.direct ? "" : " is-indirect"}${card.evidence_status === "researched" ? "" : " is-assumed"}${this.selected === card.id ? " is-selected" : ""}${problem ? " has-problem" : ""}`,
        role: "listitem",
        tabindex: 0,
        "data-id": card.id,
        "data-focus": `card:${card.id}`,
        "aria-label": `${name} · ${channel} · ${card.direct ? this.L("direct") : this.L("indirect")}`,
        "aria-keyshortcuts": "Enter Delete Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown",
        style: `--ch:${colour}`,
        onpointerdown: (e) => this.pointerDown(e, card),
        onfocus: (e) => {
          if (!this.rendering && e.target === node && this.selected !== card.id) this.select(card.id, false);
        },
      },
      h("div", { class: "jkb-card-top" },
        h("span", { class: "jkb-chip" }, channel),
        h("span", { class: "jkb-marks" },
          card.direct ? null : h("span", { class: "jkb-indirect", title: this.L("indirect") }, this.L("indirect_short")),
          card.evidence_status === "researched" ? null : h("span", { class: "jkb-assumed", title: this.L(`evidence_${card.evidence_status}`) }, "?"),
          marker ? h("span", { class: "jkb-dev", title: device }, deviceMark(marker, colour)) : null,
        ),
      ),
      nameInput,
      problem ? h("div", { class: "jkb-problem", id: `jkb-p-${card.id}`, role: "alert" }, problem) : null,
      this.noteFor(`${card.id}:name`),
      h("div", { class: "jkb-card-foot" },
        emotion === null
          ? h("span", { class: "jkb-emo is-unrated", title: this.L("no_emotion") }, this.L("no_emotion_short"))
          : h("span", { class: `jkb-emo${emotion === 0 ? " is-neutral" : ""}`, style: `--emo:${view.palette.emotion[String(emotion)]}`, title: this.L("field.emotion") }, emotion > 0 ? `+${emotion}` : String(emotion)),
        card.owner ? h("span", { class: "jkb-owner" }, card.owner) : null,
        h("button", { class: "jkb-open", type: "button", tabindex: -1, "aria-label": this.L("open_details"), onclick: () => this.select(card.id, true) }, "⋯"),
      ),
    );
    return node;
  }

  textCell(lane, phase, cards, view) {
    const field = view.lane_fields[lane.id];
    const cell = h("div", { class: `jkb-cell lane-${lane.id}`, "data-phase": phase.id, "data-scroll": `${lane.id}:${phase.id}` });
    const shown = this.shownCards(phase, cards);
    const selected = cards.find((c) => c.id === this.selected && !shown.includes(c));
    const hidden = cards.filter((c) => !shown.includes(c) && c !== selected && this.value(c, field)).length;
    for (const card of selected ? [...shown, selected] : shown) {
      const text = this.value(card, field) || "";
      const key = `${card.id}:${field}`;
      if (!text && this.selected !== card.id && !this.drafts.has(key)) continue;
      cell.append(
        h("label", { class: `jkb-note${this.selected === card.id ? " is-selected" : ""}`, style: `--ch:${view.palette.channels[card.channel] || view.palette.channels.other}` },
          h("span", { class: "jkb-note-of" }, this.value(card, "name")),
          editable("div", {
            class: "jkb-note-text",
            "aria-multiline": "true",
            "data-key": key,
            "data-focus": `note:${key}`,
            "aria-label": `${lane.label} · ${this.value(card, "name")}`,
            "data-placeholder": lane.question,
            oninput: (e) => this.typed(key, e.target.textContent, { op: "set", id: card.id, field }),
            onkeydown: (e) => {
              if (e.key === "Escape") { this.flushKey(key); this.focusCard(card.id); }
              e.stopPropagation();
            },
          }, text),
          this.problems.has(key) ? h("div", { class: "jkb-problem", role: "alert" }, this.problems.get(key)) : null,
          this.noteFor(key),
        ),
      );
    }
    if (hidden > 0) cell.append(h("div", { class: "jkb-more-notes" }, this.L("more", { n: hidden })));
    return cell;
  }

  // The emotion line: one point per touchpoint, in journey order, dragged up or down.
  emotionLane(view) {
    const col = this.col || MIN_COL;
    const n = view.phases.length;
    const width = n * col;
    const [lo, hi] = view.scales.emotion;
    const pad = 18;
    const y = (v) => pad + ((hi - v) / (hi - lo)) * (EMOTION_H - 2 * pad);
    const svg = s("svg", { width, height: EMOTION_H, viewBox: `0 0 ${width} ${EMOTION_H}`, role: "group", "aria-label": this.L("emotion_line") });
    for (let v = lo; v <= hi; v++) {
      svg.append(s("line", { x1: 0, x2: width, y1: y(v), y2: y(v), class: v === 0 ? "jkb-zero" : "jkb-rule" }));
      const label = s("text", { x: 4, y: y(v) + 3.5, class: "jkb-axis" });
      label.textContent = v > 0 ? `+${v}` : String(v);
      svg.append(label);
    }
    for (let i = 1; i < n; i++) svg.append(s("line", { x1: i * col, x2: i * col, y1: 0, y2: EMOTION_H, class: "jkb-rule" }));
    const points = [];
    view.phases.forEach((phase, i) => {
      const cards = (this.byPhase || this.cardsByPhase(view)).get(phase.id) || [];
      cards.forEach((card, k) => points.push({ card, x: i * col + ((k + 0.5) / cards.length) * col }));
    });
    const path = s("path", { class: "jkb-curve", d: "" });
    const redraw = () => {
      // The line joins rated points only: a card without an emotion is not a 0.
      const rated = points.filter((p) => p.value !== null);
      path.setAttribute("d", rated.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${y(p.value).toFixed(1)}`).join(" "));
    };
    for (const p of points) p.value = p.card.emotion == null ? null : Number(p.card.emotion);
    svg.append(path);
    const marks = view.marks || {};
    for (const p of points) {
      const g = s("g", {
        class: `jkb-point${this.selected === p.card.id ? " is-selected" : ""}${p.value === null ? " is-unrated" : ""}`,
        tabindex: 0,
        role: "slider",
        "aria-label": `${this.L("field.emotion")} · ${p.card.name}`,
        "aria-valuemin": lo,
        "aria-valuemax": hi,
        "aria-valuenow": p.value ?? 0,
        "aria-valuetext": p.value === null ? this.L("no_emotion") : p.value > 0 ? `+${p.value}` : String(p.value),
        "data-id": p.card.id,
        "data-focus": `point:${p.card.id}`,
        transform: `translate(${p.x.toFixed(1)},${y(p.value ?? 0).toFixed(1)})`,
      });
      // An unrated card waits as a hollow dot on the zero line until it is dragged or keyed.
      const dot = s("circle", { r: 7, fill: p.value === null ? "#fff" : view.palette.emotion[String(p.value)], class: "jkb-dot" });
      g.append(s("circle", { r: 14, class: "jkb-hit" }), dot);
      const flags = [];
      if (marks.peaks?.includes(p.card.id)) flags.push(["peak", this.L("peak")]);
      if (marks.lows?.includes(p.card.id)) flags.push(["low", this.L("low")]);
      if (marks.end === p.card.id) flags.push(["end", this.L("end")]);
      flags.forEach(([kind, text], j) => {
        const above = kind !== "low" && !(kind === "end" && p.value > 1);
        const label = s("text", { class: `jkb-flag is-${kind}`, y: above ? -13 - j * 12 : 22 + j * 12, "text-anchor": "middle" });
        label.textContent = text;
        g.append(label);
      });
      const set = (value, send) => {
        value = Math.max(lo, Math.min(hi, value));
        p.value = value;
        g.classList.remove("is-unrated");
        g.setAttribute("aria-valuetext", value > 0 ? `+${value}` : String(value));
        g.setAttribute("transform", `translate(${p.x.toFixed(1)},${y(value).toFixed(1)})`);
        g.setAttribute("aria-valuenow", value);
        dot.setAttribute("fill", view.palette.emotion[String(value)]);
        redraw();
        if (send && (p.card.emotion == null || value !== Number(p.card.emotion))) {
          p.card.emotion = value;
          this.send({ op: "set", id: p.card.id, field: "emotion", value });
          this.announce(`${p.card.name}: ${value > 0 ? "+" + value : value}`);
        }
      };
      g.addEventListener("keydown", (e) => {
        const step = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1 }[e.key];
        if (step) {
          e.preventDefault();
          e.stopPropagation();
          this.focusNext = `point:${p.card.id}`;
          set((p.value ?? 0) + step, true);
        } else if (e.key === "Enter") {
          e.stopPropagation();
          this.select(p.card.id, true);
        }
      });
      g.addEventListener("pointerdown", (e) => {
        e.preventDefault();
        g.setPointerCapture(e.pointerId);
        g.classList.add("is-dragging");
        const box = svg.getBoundingClientRect();
        const move = (ev) => {
          const local = ((ev.clientY - box.top) / box.height) * EMOTION_H;
          set(Math.round(hi - ((local - pad) / (EMOTION_H - 2 * pad)) * (hi - lo)), false);
        };
        const up = (ev) => {
          move(ev);
          g.classList.remove("is-dragging");
          g.removeEventListener("pointermove", move);
          g.removeEventListener("pointerup", up);
          this.focusNext = `point:${p.card.id}`;
          set(p.value, true);
        };
        g.addEventListener("pointermove", move);
        g.addEventListener("pointerup", up);
      });
      svg.append(g);
    }
    redraw();
    if (!points.length) {
      const empty = s("text", { x: width / 2, y: EMOTION_H / 2, "text-anchor": "middle", class: "jkb-axis" });
      empty.textContent = this.L("emotion_empty");
      svg.append(empty);
    }
    return h("div", { class: "jkb-emotion", style: `grid-column: 2 / span ${n}` }, svg);
  }

  detail(view) {
    const card = view.cards.find((c) => c.id === this.selected);
    if (!card) return null;
    const aside = h("aside", { class: "jkb-detail", "aria-label": this.L("details") });
    const field = (name, control) => {
      const problem = this.problems.get(`${card.id}:${name}`);
      const id = `jkb-f-${card.id}-${name}`;
      control.id = id;
      if (problem) {
        control.setAttribute("aria-invalid", "true");
        control.setAttribute("aria-describedby", `${id}-p`);
      }
      return h("div", { class: `jkb-f f-${name}` }, h("label", { for: id }, view.field_labels[name]), control, problem ? h("div", { class: "jkb-problem", id: `${id}-p`, role: "alert" }, problem) : null, control.dataset.key ? this.noteFor(control.dataset.key) : null);
    };
    const text = (name, multi) =>
      field(name, h(multi ? "textarea" : "input", {
        type: multi ? null : "text",
        rows: multi ? 2 : null,
        "data-key": `${card.id}:${name}`,
        "data-focus": `detail:${name}`,
        value: this.value(card, name) ?? "",
        oninput: (e) => this.typed(`${card.id}:${name}`, e.target.value, { op: "set", id: card.id, field: name }),
        onkeydown: (e) => {
          if (e.key === "Escape") { this.flushKey(`${card.id}:${name}`); this.focusCard(card.id); }
          e.stopPropagation();
        },
      }));
    const choose = (name, options) =>
      field(name, h("select", { "data-focus": `detail:${name}`, onchange: (e) => this.send({ op: name === "phase" ? "move" : "set", id: card.id, field: name, phase: e.target.value, value: e.target.value }) },
        options.map((o) => h("option", { value: o.id, selected: o.id === card[name] }, o.label))));
    const scale = (name) => {
      const [lo, hi] = view.scales[name];
      const unrated = card[name] == null; // a new card's emotion: not given yet
      const out = h("output", {}, unrated ? this.L("no_emotion") : String(card[name]));
      const input = h("input", { type: "range", min: lo, max: hi, step: 1, value: unrated ? 0 : card[name], "data-focus": `detail:${name}`,
        oninput: (e) => { out.textContent = e.target.value; },
        onchange: (e) => this.send({ op: "set", id: card.id, field: name, value: Number(e.target.value) }) });
      const f = field(name, input);
      f.append(out);
      return f;
    };
    const direct = h("input", { type: "checkbox", checked: card.direct, "data-focus": "detail:direct", onchange: (e) => this.send({ op: "set", id: card.id, field: "direct", value: e.target.checked }) });
    const colour = view.palette.channels[card.channel] || view.palette.channels.other;
    aside.append(
      h("div", { class: "jkb-detail-head", style: `--ch:${colour}` },
        h("h3", {}, this.L("details")),
        h("button", { class: "jkb-icon", type: "button", "aria-label": this.L("close"), "data-focus": "detail:close", onclick: () => { const id = card.id; this.selected = null; this.focusNext = `card:${id}`; this.render(); } }, "×"),
      ),
      h("div", { class: "jkb-form" },
        text("name", true),
        h("div", { class: "jkb-row" }, choose("phase", view.phases), choose("channel", view.channels)),
        h("div", { class: "jkb-row" }, choose("device", view.devices), h("div", { class: "jkb-f f-direct" }, h("label", { class: "jkb-check" }, direct, " ", view.field_labels.direct))),
        view.roles.length > 1 ? choose("role", view.roles) : null,
        text("owner", false),
        text("action", true),
        text("thoughts", true),
        scale("emotion"),
        h("div", { class: "jkb-row" }, scale("importance"), scale("effort")),
        text("pain_points", true),
        h("div", { class: "jkb-row" }, choose("pain_evidence_source", view.evidence.sources), choose("pain_evidence_confidence", view.evidence.confidences)),
        text("pain_evidence_reference", false),
        text("opportunities", true),
        text("kpi", false),
        h("div", { class: "jkb-row" }, choose("evidence_source", view.evidence.sources), choose("evidence_confidence", view.evidence.confidences)),
        text("evidence_reference", false),
        h("button", { class: "jkb-btn is-danger", type: "button", "data-focus": "detail:delete", onclick: () => this.deleteCard(card.id) }, this.L("delete")),
      ),
    );
    return aside;
  }

  // ---------------------------------------------------------- card actions
  select(id, openDetail) {
    this.flush();
    this.selected = id;
    if (openDetail) this.focusNext = "detail:name";
    else this.focusNext = `card:${id}`;
    this.render();
  }

  focusCard(id) {
    this.focusNext = `card:${id}`;
    this.selected = id;
    this.render();
  }

  addCard(phaseId, before = null) {
    const view = this.view;
    const id = newId("tp");
    const name = this.L("new_card");
    const fields = view.role && view.role !== "*" ? { role: view.role } : {};
    const card = { id, name, phase: phaseId, channel: "other", device: "any", direct: true, owner: "", action: "", thoughts: "", emotion: null, importance: 3, effort: 3, pain_points: "", opportunities: "", kpi: "", evidence_source: "", evidence_reference: "", evidence_confidence: "", pain_evidence_source: "", pain_evidence_reference: "", pain_evidence_confidence: "", evidence_status: "not_recorded", role: fields.role || "" };
    this.change({ op: "add", id, name, phase: phaseId, before, fields }, (cards) => {
      if (cards.some((c) => c.id === id)) return cards;
      const next = [...cards];
      const at = before ? next.findIndex((c) => c.id === before) : -1;
      if (at >= 0) next.splice(at, 0, card);
      else next.push(card);
      return next;
    });
    this.selected = id;
    this.focusNext = `name:${id}`;
    this.selectAll = true;
    this.expanded.add(phaseId);
    this.render();
    this.announce(this.L("added"));
  }

  deleteCard(id) {
    const view = this.view;
    const card = view.cards.find((c) => c.id === id);
    if (!card) return;
    const phaseCards = view.cards.filter((c) => c.phase === card.phase);
    const i = phaseCards.indexOf(card);
    const neighbour = phaseCards[i + 1] || phaseCards[i - 1];
    this.change({ op: "delete", id }, (cards) => cards.filter((c) => c.id !== id));
    this.selected = null;
    this.focusNext = neighbour ? `card:${neighbour.id}` : `add:${card.phase}`;
    this.toast = h("div", { class: "jkb-toast", role: "status" },
      h("span", {}, this.L("deleted", { name: card.name })),
      h("button", { class: "jkb-btn", type: "button", "data-focus": "toast-undo", onclick: () => { this.toast = null; this.focusNext = `card:${id}`; this.undo(); } }, this.L("undo")));
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => { this.toast = null; this.root.querySelector(".jkb-toast")?.remove(); }, 8000);
    this.render();
    this.announce(this.L("deleted", { name: card.name }));
  }

  moveCard(id, phaseId, before) {
    const view = this.view;
    const card = view.cards.find((c) => c.id === id);
    if (!card || (card.phase === phaseId && before === id)) return;
    this.change({ op: "move", id, phase: phaseId, before }, (cards) => {
      const current = cards.find((c) => c.id === id);
      if (!current) return cards;
      const next = cards.filter((c) => c.id !== id);
      let at = before ? next.findIndex((c) => c.id === before) : -1;
      if (at < 0) {
        const last = next.map((c) => c.phase).lastIndexOf(phaseId);
        at = last >= 0 ? last + 1 : next.length;
      }
      next.splice(at, 0, { ...current, phase: phaseId });
      return next;
    });
    this.focusNext = `card:${id}`;
    this.render();
    const phase = view.phases.find((p) => p.id === phaseId);
    this.announce(this.L("moved", { phase: phase ? phase.label : phaseId }));
  }

  keydown(event) {
    const target = event.target;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === "z" && !target.matches("textarea, input, [contenteditable]")) {
      event.preventDefault();
      event.stopPropagation();
      if (event.shiftKey) this.redo();
      else this.undo();
      return;
    }
    if (mod && event.key.toLowerCase() === "y" && !target.matches("textarea, input, [contenteditable]")) {
      event.preventDefault();
      event.stopPropagation();
      this.redo();
      return;
    }
    const cardNode = target.classList?.contains("jkb-card") ? target : null;
    if (!cardNode) return;
    // JupyterLab treats Enter, arrows and letters as notebook commands; the board keeps them.
    event.stopPropagation();
    const id = cardNode.dataset.id;
    const view = this.view;
    const card = view.cards.find((c) => c.id === id);
    if (!card) return;
    const phases = view.phases.map((p) => p.id);
    const same = view.cards.filter((c) => c.phase === card.phase);
    const i = same.findIndex((c) => c.id === id);
    if (event.key === "Enter") {
      event.preventDefault();
      if (event.shiftKey) this.select(id, true);
      else {
        this.focusNext = `name:${id}`;
        this.selected = id;
        this.render();
      }
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      this.deleteCard(id);
    } else if (event.key === "Escape") {
      this.selected = null;
      this.render();
    } else if (event.altKey && (event.key === "ArrowLeft" || event.key === "ArrowRight")) {
      event.preventDefault();
      const p = phases.indexOf(card.phase) + (event.key === "ArrowRight" ? 1 : -1);
      if (p >= 0 && p < phases.length) this.moveCard(id, phases[p], null);
    } else if (event.altKey && event.key === "ArrowUp" && i > 0) {
      event.preventDefault();
      this.moveCard(id, card.phase, same[i - 1].id);
    } else if (event.altKey && event.key === "ArrowDown" && i < same.length - 1) {
      event.preventDefault();
      this.moveCard(id, card.phase, same[i + 2] ? same[i + 2].id : null);
    } else if (!event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      const next = same[i + (event.key === "ArrowDown" ? 1 : -1)];
      if (next) this.root.querySelector(`[data-focus="card:${CSS.escape(next.id)}"]`)?.focus();
    } else if (!event.altKey && (event.key === "ArrowLeft" || event.key === "ArrowRight")) {
      event.preventDefault();
      const p = phases.indexOf(card.phase) + (event.key === "ArrowRight" ? 1 : -1);
      const first = view.cards.find((c) => c.phase === phases[p]);
      if (first) this.root.querySelector(`[data-focus="card:${CSS.escape(first.id)}"]`)?.focus();
    } else if (event.key.toLowerCase() === "n" && !mod) {
      event.preventDefault();
      this.addCard(card.phase, same[i + 1] ? same[i + 1].id : null);
    }
  }

  // Drag a card to another phase or place: pointer events, so mouse, pen and touch work.
  pointerDown(event, card) {
    if (event.button !== 0 || event.target.closest("textarea, input, button, select, [contenteditable]")) return;
    const start = { x: event.clientX, y: event.clientY };
    const node = event.currentTarget;
    let ghost = null;
    let drop = null;
    const marker = h("div", { class: "jkb-drop" });
    const move = (ev) => {
      if (!ghost) {
        if (Math.hypot(ev.clientX - start.x, ev.clientY - start.y) < 5) return;
        const box = node.getBoundingClientRect();
        ghost = node.cloneNode(true);
        ghost.classList.add("jkb-ghost");
        ghost.style.width = `${box.width}px`;
        start.dx = start.x - box.left;
        start.dy = start.y - box.top;
        this.root.append(ghost);
        node.classList.add("is-dragged");
      }
      ghost.style.transform = `translate(${ev.clientX - start.dx}px, ${ev.clientY - start.dy}px)`;
      const under = document.elementFromPoint(ev.clientX, ev.clientY);
      const cell = under?.closest?.(".jkb-cell.lane-touchpoints");
      if (!cell || !this.root.contains(cell)) {
        marker.remove();
        drop = null;
        return;
      }
      const list = cell.querySelector(".jkb-cards");
      const others = [...list.querySelectorAll(".jkb-card")].filter((c) => c !== node);
      const after = others.find((c) => {
        const r = c.getBoundingClientRect();
        return ev.clientY < r.top + r.height / 2;
      });
      drop = { phase: cell.dataset.phase, before: after ? after.dataset.id : null };
      if (after) list.insertBefore(marker, after);
      else list.append(marker);
    };
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      marker.remove();
      if (!ghost) {
        if (this.selected !== card.id) this.select(card.id, false);
        return;
      }
      ghost.remove();
      node.classList.remove("is-dragged");
      if (drop) {
        // "Before the next card" when dropped at the end of a phase whose hidden cards follow.
        if (!drop.before && !this.expanded.has(drop.phase)) {
          const rest = this.view.cards.filter((c) => c.phase === drop.phase && c.id !== card.id);
          if (rest.length > SHOWN_PER_PHASE) drop.before = rest[SHOWN_PER_PHASE].id;
        }
        this.moveCard(card.id, drop.phase, drop.before);
      }
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  }

  // ----------------------------------------------------------- canvas board
  renderCanvas(view) {
    const states = view.state === "both" ? ["ideal", "current"] : [view.state];
    const n = view.phases.length;
    const switcher = h("div", { class: "jkb-seg", role: "radiogroup", "aria-label": this.L("canvas.state") },
      ["ideal", "current", "both"].map((st) =>
        h("button", { type: "button", role: "radio", "aria-checked": String(view.state === st), "data-focus": `state:${st}`, class: view.state === st ? "is-on" : "",
          onclick: () => { this.flush(); this.focusNext = `state:${st}`; this.model.send({ type: "state", state: st }); } }, this.L(`canvas.${st}`))));
    const grid = h("div", { class: `jkb-grid jkb-canvas${states.length > 1 ? " is-both" : ""}`, style: `--jk-phases:${n}` });
    grid.append(h("div", { class: "jkb-corner" }, h("span", {}, states.length > 1 ? this.L("canvas.both_hint") : this.L(`canvas.${view.state}`))));
    view.phases.forEach((phase, i) => grid.append(h("div", { class: "jkb-phase", role: "columnheader" }, h("span", { class: "jkb-phase-no" }, String(i + 1)), h("span", { class: "jkb-phase-name" }, phase.label))));
    for (const lane of view.lanes) {
      grid.append(h("div", { class: `jkb-lane-label lane-${lane.id}`, role: "rowheader" }, h("strong", {}, lane.label), h("small", {}, lane.question)));
      for (const phase of view.phases) {
        const differs = (view.differs[phase.id] || []).includes(lane.id);
        const cell = h("div", { class: `jkb-cell jkb-ccell${differs && states.length > 1 ? " is-diff" : ""}`, "data-phase": phase.id, "data-lane": lane.id });
        for (const st of states) {
          const key = `cell:${st}:${phase.id}:${lane.id}`;
          const value = this.shownValue(key, view.cells[st][phase.id][lane.id]);
          const problem = this.problems.get(key);
          const box = h("div", { class: `jkb-cbox is-${st}` },
            states.length > 1 ? h("span", { class: "jkb-ctag" }, this.L(`canvas.${st}`)) : null,
            h("textarea", {
              rows: 3, maxlength: 5000, "data-key": key, "data-focus": key, value,
              "aria-label": `${lane.label} · ${phase.label} · ${this.L(`canvas.${st}`)}`,
              placeholder: lane.question,
              oninput: (e) => this.typed(key, e.target.value, { op: "cell", role: view.role, state: st, phase: phase.id, lane: lane.id }),
              onkeydown: (e) => { if (e.key === "Escape") { this.flushKey(key); e.target.blur(); } e.stopPropagation(); },
            }),
            problem ? h("div", { class: "jkb-problem", role: "alert" }, problem) : null,
            this.noteFor(key),
            lane.id === "experience" ? this.scoreDots(view, st, phase) : null,
            this.cellEvidence(view, st, phase, lane),
          );
          cell.append(box);
        }
        grid.append(cell);
      }
    }
    const actions = view.actions || [];
    const list = h("section", { class: "jkb-actions", "aria-label": this.L("canvas.actions") },
      h("h3", {}, this.L("canvas.actions"), h("span", { class: "jkb-count" }, String(actions.length))),
      actions.length
        ? h("table", {},
            h("thead", {}, h("tr", {}, ["phase", "lane", "ideal", "current", "priority"].map((c) => h("th", {}, this.L(`canvas.col.${c}`))))),
            h("tbody", {}, actions.map((row) => h("tr", {},
              h("td", {}, row.phase_name), h("td", {}, row.lane_name), h("td", {}, row.ideal), h("td", {}, row.current),
              h("td", {}, h("span", { class: `jkb-prio is-${row.priority}` }, this.L(`canvas.priority.${row.priority}`)))))))
        : h("p", { class: "jkb-hint" }, this.L("canvas.no_actions")));
    this.root.append(this.toolbar(view, [switcher]), h("div", { class: "jkb-body" }, h("div", { class: "jkb-scroll" }, grid)), list);
  }

  cellEvidence(view, state, phase, lane) {
    // The source type behind a cell's text; a cell with text but no research source is marked.
    const key = `${lane.id}_evidence`;
    const cells = view.cells[state][phase.id];
    const source = cells[key] || "";
    const assumed = Boolean(cells[lane.id]) && cells[`${key}_status`] !== "researched";
    return h("label", { class: `jkb-cevidence${assumed ? " is-assumed" : ""}` },
      h("span", {}, this.L("cell_evidence")),
      h("select", {
        "data-focus": `cell:${state}:${phase.id}:${key}`,
        "aria-label": `${this.L("cell_evidence")} · ${lane.label} · ${phase.label} · ${this.L(`canvas.${state}`)}`,
        onchange: (e) => { this.focusNext = `cell:${state}:${phase.id}:${key}`; this.send({ op: "cell", role: view.role, state, phase: phase.id, lane: key, value: e.target.value }); },
      }, view.evidence.sources.map((o) => h("option", { value: o.id, selected: o.id === source }, o.label))));
  }

  scoreDots(view, state, phase) {
    const score = view.cells[state][phase.id].score;
    const key = `cell:${state}:${phase.id}:score`;
    const group = h("div", { class: "jkb-score", role: "radiogroup", "aria-label": `${this.L("canvas.score")} · ${phase.label} · ${this.L(`canvas.${state}`)}` });
    for (let v = 1; v <= view.score_max; v++) {
      group.append(h("button", {
        type: "button", role: "radio", class: `jkb-sdot${score !== null && v <= score ? " is-on" : ""}`,
        "aria-checked": String(score === v), "aria-label": `${v}`, "data-focus": `${key}:${v}`,
        onclick: () => {
          this.focusNext = `${key}:${v}`;
          this.send({ op: "cell", role: view.role, state, phase: phase.id, lane: "score", value: score === v ? null : v });
        },
      }));
    }
    group.append(h("span", { class: "jkb-sval" }, score === null ? "–" : `${score}/${view.score_max}`));
    return group;
  }
}

export default {
  render({ model, el }) {
    const board = new Board(model, el);
    return () => board.destroy();
  },
};
