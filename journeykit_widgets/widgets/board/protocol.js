// The page's side of the board protocol: the messages it sends (declared once,
// here; protocol.py declares the kernel's side and tests/test_board_same_field.py
// checks that the two agree), request numbers, answers, timeouts and the heartbeat.
// No DOM: Node's test runner drives it against a fake model (tests/js/).

// Python answers every request within a second or two, even under load; after this
// long without an answer the kernel is gone, busy elsewhere, or the cell must run again.
export const ANSWER_TIMEOUT_MS = 10000;
// The heartbeat: a ping about this often, looked after twice as often; Python counts
// as silent when one is unanswered SILENT_MS (a restart from the Kernel menu is also
// told by the widget manager at once).
export const HEARTBEAT_MS = 1000;
export const SILENT_MS = 2000;
// Pings in flight at most: a kernel that answers none is not sent more.
const MAX_PINGS = 5;

/**
 * The protocol's version, sent as `v` in every message both ways (protocol.py has the
 * same number; tests/test_board_same_field.py checks that they agree). A message
 * without `v` comes from before versions were sent: version 1. Raise it whenever a
 * message type, a field or the meaning of an answer changes.
 */
export const PROTOCOL_VERSION = 2;

/** Every message type the page sends (protocol.MESSAGES in Python has each of them). */
export const SENT_TYPES = Object.freeze(["action", "undo", "redo", "hello", "ping", "role", "state", "presence"]);
/** The types Python answers with an `ack` of the same `seq`. */
export const REQUEST_TYPES = Object.freeze(["action", "undo", "redo", "ping"]);

/**
 * The part of anywidget's model the protocol uses.
 * @typedef {{ send(content: object): void }} Sender
 */

/**
 * A problem Python names, at a field ("" for the card or board).
 * @typedef {{ field: string, message: string }} Problem
 */

/**
 * Python's answer to a request.
 * @typedef {{ type: "ack", seq: number | string | null, ok: boolean, saved?: boolean,
 *   problems: Problem[], notes?: string[] }} Ack
 */

/**
 * What the page keeps about a request until its answer: when it was sent, and for a
 * save the field key, the value sent and the value it was typed over.
 * @typedef {{ sentAt: number, action?: Record<string, any>, key?: string | null,
 *   value?: any, id?: string, base?: any }} Sent
 */

/**
 * A message from Python, read: an ack, an error to show, Python of another protocol
 * version (its answers cannot be trusted to mean what this page thinks), or nothing
 * the page acts on.
 * @param {any} msg
 * @returns {{ kind: "ack", ack: Ack } | { kind: "error", message: string } |
 *   { kind: "version", version: number } | { kind: "other" }}
 */
export function readMessage(msg) {
  if (!msg || typeof msg !== "object" || (msg.type !== "ack" && msg.type !== "error")) return { kind: "other" };
  const version = typeof msg.v === "number" ? msg.v : 1;
  if (version !== PROTOCOL_VERSION) return { kind: "version", version };
  if (msg.type === "error") return { kind: "error", message: String(msg.message ?? "") };
  const problems = Array.isArray(msg.problems)
    ? msg.problems.map((/** @type {any} */ p) => ({ field: String(p?.field ?? ""), message: String(p?.message ?? "") }))
    : [];
  const notes = Array.isArray(msg.notes) ? msg.notes.map(String) : undefined;
  /** @type {Ack} */
  const ack = { type: "ack", seq: msg.seq ?? null, ok: Boolean(msg.ok), problems };
  if (notes) ack.notes = notes;
  if (typeof msg.saved === "boolean") ack.saved = msg.saved;
  return { kind: "ack", ack };
}

/**
 * The requests (seq → {sentAt}) still without an answer after `limit` ms at `now`.
 * @param {Map<number, { sentAt: number }>} sent
 * @param {number} now
 * @param {number} [limit]
 * @returns {number[]}
 */
export function overdue(sent, now, limit = ANSWER_TIMEOUT_MS) {
  return [...sent].filter(([, entry]) => now - entry.sentAt >= limit).map(([seq]) => seq);
}

/**
 * The page's link to Python: numbers requests, remembers them until their answer,
 * runs the heartbeat. Requests are numbered from a random start: every view of one
 * board hears every ack, and one view must not take another's answer for its own.
 */
export class Link {
  /**
   * @param {Sender} model
   * @param {{ now: () => number, start?: number, onGone?: () => void }} options
   */
  constructor(model, { now, start = Math.floor(Math.random() * 1e9), onGone = () => {} }) {
    this.model = model;
    this.now = now;
    this.seq = start;
    this.onGone = onGone;
    /** @type {Map<number, Sent>} seq → what was sent, for requests Python has not answered yet */
    this.sent = new Map();
    /** @type {Set<number>} seqs of requests unanswered after ANSWER_TIMEOUT_MS */
    this.stalled = new Set();
    /** @type {Map<number, number>} seq → sentAt: heartbeats without an answer */
    this.pings = new Map();
  }

  /**
   * Send a message that is not a request (hello, role, state); a failure means the
   * kernel's connection is gone.
   * @param {{ type: string } & Record<string, any>} content
   */
  post(content) {
    if (!SENT_TYPES.includes(content.type)) throw new Error(`undeclared message type ${content.type}`);
    try {
      this.model.send({ ...content, v: PROTOCOL_VERSION });
    } catch (error) {
      this.onGone();
    }
  }

  /**
   * Send a request Python answers with an ack of the same seq, and remember it.
   * @param {{ type: "action" | "undo" | "redo" } & Record<string, any>} content
   * @param {Omit<Sent, "sentAt" | "action">} [entry]
   * @returns {number} the request's seq
   */
  request(content, entry = {}) {
    const seq = ++this.seq;
    this.sent.set(seq, { ...entry, action: content.action, sentAt: this.now() });
    this.post({ ...content, seq });
    return seq;
  }

  /**
   * The requests overdue now that were not overdue before (each is reported once).
   * @returns {number[]}
   */
  newlyOverdue() {
    const late = overdue(this.sent, this.now()).filter((seq) => !this.stalled.has(seq));
    for (const seq of late) this.stalled.add(seq);
    return late;
  }

  /** @param {string} key @returns {boolean} a save of this field waits for its answer */
  saving(key) {
    return [...this.sent.values()].some((entry) => entry.key === key);
  }

  /**
   * Take an ack: "ping" for a heartbeat's answer, "mine" with the request it answers,
   * "other" for another view's request (ignored), "unmatched" for an ack without a
   * seq (a message Python could not read: shown for the whole board).
   * @param {Ack} ack
   * @returns {{ kind: "ping" } | { kind: "other" } | { kind: "mine" | "unmatched", sent: Sent | null }}
   */
  answer(ack) {
    const seq = /** @type {number} */ (ack.seq);
    if (this.pings.delete(seq)) {
      // Python answers in order: every older heartbeat is answered too.
      for (const [older] of this.pings) if (older < seq) this.pings.delete(older);
      return { kind: "ping" };
    }
    const sent = this.sent.get(seq);
    if (!sent && ack.seq !== null && ack.seq !== undefined) return { kind: "other" };
    this.sent.delete(seq);
    this.stalled.delete(seq);
    return { kind: sent ? "mine" : "unmatched", sent: sent || null };
  }

  /**
   * One beat of the heartbeat: a ping when one is due. True when a ping has been
   * unanswered for SILENT_MS (Python is silent).
   * @returns {boolean}
   */
  beat() {
    const now = this.now();
    const late = [...this.pings.values()].some((sentAt) => now - sentAt >= SILENT_MS);
    const last = Math.max(0, ...this.pings.values());
    if (this.pings.size < MAX_PINGS && now - last >= HEARTBEAT_MS) {
      const seq = ++this.seq;
      this.pings.set(seq, now);
      this.post({ type: "ping", seq });
    }
    return late;
  }
}
