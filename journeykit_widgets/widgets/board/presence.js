// Presence on the board: who else is on the map, and a name on the field someone
// else is editing. Python (roomwatch.py) sends `presence` messages read from the
// presence files beside the journey; this page tells Python which field its person
// is in. Only a change of field is sent (never a key press), a moment after the
// focus settles, so moving through the fields with Tab sends one message, not ten.

import { h } from "./dom.js";

const SETTLE_MS = 150;

/**
 * One other person on the map, as Python sends them.
 * @typedef {{ author: string, key: string | null, card: string | null, label: string }} Person
 * @typedef {{ here: string, people: Person[] }} PresenceShown
 */

/**
 * A presence message read (anything else from Python: null).
 * @param {any} msg
 * @returns {PresenceShown | null}
 */
export function readPresence(msg) {
  if (!msg || msg.type !== "presence") return null;
  const people = Array.isArray(msg.people) ? msg.people : [];
  return {
    here: String(msg.here ?? ""),
    people: people.map((/** @type {any} */ p) => ({
      author: String(p?.author ?? ""),
      key: typeof p?.key === "string" ? p.key : null,
      card: typeof p?.card === "string" ? p.card : null,
      label: String(p?.label ?? ""),
    })),
  };
}

/**
 * The names editing each field key and each card ("ann, bob").
 * @param {Person[]} people
 * @returns {{ fields: Map<string, string>, cards: Map<string, string> }}
 */
export function whoIsWhere(people) {
  /** @type {Map<string, string[]>} */ const fields = new Map();
  /** @type {Map<string, string[]>} */ const cards = new Map();
  for (const person of people) {
    if (person.key) fields.set(person.key, [...(fields.get(person.key) || []), person.label]);
    if (person.card) cards.set(person.card, [...(cards.get(person.card) || []), person.author]);
  }
  const join = (/** @type {Map<string, string[]>} */ m) => new Map([...m].map(([k, v]) => [k, [...new Set(v)].join(", ")]));
  return { fields: join(fields), cards: join(cards) };
}

/** The presence key of someone writing in a comment thread: "comment:" and the thread's item. */
export const COMMENT_KEY = "comment:";

/**
 * Where the focus is, as a presence key: a field's key ("tp-1:name"), or for the
 * field of an open comment thread "comment:" and its item ("comment:tp:tp-1"), so
 * that a teammate writing a comment on a card shows at that card too; else null.
 * @param {Element | null} active
 * @returns {string | null}
 */
export function presenceKey(active) {
  const el = /** @type {HTMLElement | null} */ (active);
  if (!el) return null;
  if (el.dataset?.key) return el.dataset.key;
  const thread = /** @type {HTMLElement | null} */ (el.closest?.(".jkb-comments[data-item]") ?? null);
  return thread?.dataset.item ? `${COMMENT_KEY}${thread.dataset.item}` : null;
}

/**
 * Tells Python which field this page's person is in, once the focus has settled.
 */
export class PresenceSender {
  /**
   * @param {{ post(content: { type: string } & Record<string, any>): void }} link
   * @param {() => string | null} where the field key the focus is in now (null: none); read
   *   when the focus has settled, so a redraw that takes the focus away and gives it back
   *   sends nothing
   */
  constructor(link, where) {
    this.link = link;
    this.where = where;
    /** @type {string | null} what Python was told */
    this.told = null;
    /** @type {string | null} */
    this.wanted = null;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.timer = undefined;
  }

  /** The focus moved: look where it is once it has settled. */
  moved() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.send(), SETTLE_MS);
  }

  send() {
    this.wanted = this.where();
    if (this.wanted === this.told) return;
    this.told = this.wanted;
    this.link.post({ type: "presence", key: this.wanted });
  }

  /** A new page or a restarted kernel: say it again. */
  again() {
    this.told = null;
    if (this.wanted !== null) this.send();
  }
}

/**
 * Draw presence onto the board as it is drawn now: the line under the toolbar and a
 * name on each card and field someone else is in. Called after each redraw and when
 * presence changes (no redraw for that: it must never disturb typing).
 * @param {HTMLElement} root the board's root
 * @param {PresenceShown | null} shown
 */
export function drawPresence(root, shown) {
  for (const old of root.querySelectorAll(".jkb-presence, .jkb-editing")) old.remove();
  for (const card of root.querySelectorAll("[data-editing-by]")) card.removeAttribute("data-editing-by");
  if (!shown) return;
  const { fields, cards } = whoIsWhere(shown.people);
  const bar = h("div", { class: "jkb-presence", role: "status", "aria-live": "polite" }, shown.here);
  if (!shown.here) bar.hidden = true;
  const toolbar = root.querySelector(".jkb-toolbar");
  if (toolbar) toolbar.after(bar);
  else root.prepend(bar);
  for (const [id, names] of cards) {
    for (const card of root.querySelectorAll(`[data-id="${CSS.escape(id)}"]`)) card.setAttribute("data-editing-by", names);
  }
  for (const [key, label] of fields) {
    for (const field of root.querySelectorAll(`[data-key="${CSS.escape(key)}"]`)) {
      field.before(h("div", { class: "jkb-editing", "data-editing": key }, label));
    }
    // Someone writing a comment: the name under the thread's badge (its card's foot
    // or its note), where the others look for comments.
    if (key.startsWith(COMMENT_KEY)) {
      const item = key.slice(COMMENT_KEY.length);
      for (const badge of root.querySelectorAll(`[data-focus="${CSS.escape(`cbadge:${item}`)}"]`)) {
        badge.parentElement?.after(h("div", { class: "jkb-editing", "data-editing": key }, label));
      }
    }
  }
}
