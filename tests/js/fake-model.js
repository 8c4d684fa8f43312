// A stand-in for anywidget's model, as the board's protocol and state use it: it
// records what the page sends and lets a test play Python's part (views, acks).

/**
 * @typedef {{ type: string, seq?: number, [part: string]: any }} Sent
 */
export class FakeModel {
  /** @param {Record<string, any>} [values] */
  constructor(values = {}) {
    /** @type {Record<string, any>} */
    this.values = { ...values };
    /** @type {Sent[]} every message the page sent, in order */
    this.sent = [];
    /** @type {Record<string, ((...args: any[]) => void)[]>} */
    this.listeners = {};
    /** set true to make send throw, as a closed comm does */
    this.closed = false;
  }

  /** @param {string} name */
  get(name) {
    return this.values[name];
  }

  /** @param {object} content */
  send(content) {
    if (this.closed) throw new Error("Cannot send: the comm is closed");
    this.sent.push(/** @type {Sent} */ (content));
  }

  /** @param {string} name @param {(...args: any[]) => void} f */
  on(name, f) {
    (this.listeners[name] = this.listeners[name] || []).push(f);
  }

  /** @param {string} name @param {(...args: any[]) => void} f */
  off(name, f) {
    this.listeners[name] = (this.listeners[name] || []).filter((g) => g !== f);
  }

  /** The last message of this type the page sent. @param {string} type */
  last(type) {
    return [...this.sent].reverse().find((m) => m.type === type);
  }
}

/** A clock the test moves by hand. */
export class FakeClock {
  constructor() {
    this.t = 1000;
  }

  now = () => this.t;

  /** @param {number} ms */
  advance(ms) {
    this.t += ms;
  }
}
