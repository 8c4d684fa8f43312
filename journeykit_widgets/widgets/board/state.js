// The board's editing state and its rules, without the DOM: typed text waiting for
// its save (drafts), what it was typed over (bases), changes shown before Python
// saved them (pending), the answers to saves (problems, notes) and the text kept
// in the browser until Python confirms it. Every function works on the state it is
// given and the arguments only (no model, clock, timer or page), so Node's test
// runner checks these rules directly (tests/js/state.test.js).

/**
 * A card as Python's view-model sends it (viewmodel.py, journey_view).
 * @typedef {{ id: string, name: string, phase: string, [field: string]: any }} Card
 */

/**
 * The view-model Python sends (viewmodel.py); only the parts the rules read are named.
 * @typedef {{ kind?: string, cards?: Card[], cells?: Record<string, Record<string, Record<string, any>>>,
 *   file?: string, version?: number, [part: string]: any }} View
 */

/** A change to the cards, shown before Python saved it.
 * @typedef {(cards: Card[]) => Card[]} CardChange
 */

/**
 * @typedef {object} EditState
 * @property {Map<string, string>} drafts "id:field" → text typed but not yet saved
 * @property {Map<string, Record<string, any>>} actions "id:field" → the action that saves the field
 * @property {Map<string, any>} bases "id:field" → the value Python had when the person
 *   began typing (sent with each save, so Python can tell a change made elsewhere meanwhile)
 * @property {Map<string, Set<any>>} mine "id:field" → the values this page sent for it
 * @property {Map<string, string>} notes "id:field", "id" or "" → a note next to it
 * @property {Map<string, string>} problems "id:field", "id" or "" (the board) → message
 * @property {Map<number, CardChange>} pending seq → an add, delete or move not yet saved
 */

/** @returns {EditState} */
export function createState() {
  return {
    drafts: new Map(),
    actions: new Map(),
    bases: new Map(),
    mine: new Map(),
    notes: new Map(),
    problems: new Map(),
    pending: new Map(),
  };
}

/**
 * Python's view with the pending card changes applied. A view that was on its way
 * before a change (the save of a name typed a moment ago) cannot take it back; each
 * change gives the same cards when the view already has it, since the two can
 * arrive in either order.
 * @param {View} base
 * @param {Iterable<CardChange>} changes
 * @returns {View}
 */
export function withPending(base, changes) {
  if (!base.cards) return base;
  let cards = base.cards;
  let changed = false;
  for (const change of changes) {
    cards = change(cards);
    changed = true;
  }
  return changed ? { ...base, cards } : base;
}

/**
 * The value Python's view has for a field key ("id:field" or "cell:state:phase:lane").
 * @param {View} view
 * @param {string} key
 */
export function pythonValue(view, key) {
  if (key.startsWith("cell:")) {
    const [, state, phase, lane] = key.split(":");
    return view.cells?.[state]?.[phase]?.[lane] ?? "";
  }
  const at = key.lastIndexOf(":");
  const card = (view.cards || []).find((c) => c.id === key.slice(0, at));
  return card ? (card[key.slice(at + 1)] ?? "") : "";
}

/**
 * A new editing session of a field (it got the focus): it starts from what Python
 * has now. True when an old note was dropped.
 * @param {EditState} state
 * @param {View} view
 * @param {string} key
 */
export function beginEditing(state, view, key) {
  state.bases.set(key, pythonValue(view, key));
  state.mine.delete(key);
  return state.notes.delete(key);
}

/**
 * Typing in a field: its text waits in `drafts`, with the action that will save it.
 * @param {EditState} state
 * @param {string} key
 * @param {string} value
 * @param {Record<string, any>} action
 */
export function type(state, key, value, action) {
  state.drafts.set(key, value);
  state.actions.set(key, action);
}

/**
 * A save of typed text: the action with the value it was typed over (`base`); the
 * next save of the same typing continues from the value sent now.
 * @param {EditState} state
 * @param {View} view
 * @param {Record<string, any>} action
 * @param {string} key
 * @returns {Record<string, any>}
 */
export function prepareSave(state, view, action, key) {
  const base = state.bases.has(key) ? state.bases.get(key) : pythonValue(view, key);
  state.bases.set(key, action.value);
  let sent = state.mine.get(key);
  if (!sent) state.mine.set(key, (sent = new Set()));
  sent.add(action.value);
  return { ...action, base };
}

/**
 * What a field shows while the board redraws. The focused field (`live`) keeps what
 * it has; a value from elsewhere waits (`held`: noted, until the person leaves it).
 * Otherwise typed text, then Python's value.
 * @param {EditState} state
 * @param {{ key: string, text: string } | null} live
 * @param {string} key
 * @param {any} python
 * @returns {{ value: any, held: boolean }}
 */
export function shownValue(state, live, key, python) {
  if (live && live.key === key) {
    const known = python === live.text || python === state.bases.get(key) || Boolean(state.mine.get(key)?.has(python));
    return { value: live.text, held: !known };
  }
  return { value: state.drafts.has(key) ? state.drafts.get(key) : python, held: false };
}

/**
 * The answer to one of this page's requests. `sent` is what was sent (null for an
 * answer without a request of this page: shown for the whole board). Returns where
 * the answer belongs ("id:field", "id" or "") and what to announce, if anything.
 * @param {EditState} state
 * @param {{ key?: string | null, id?: string, value?: any, base?: any } | null} sent
 * @param {import("./protocol.js").Ack} ack
 * @param {number} [seq]
 * @returns {{ where: string, announce: string | null }}
 */
export function acknowledge(state, sent, ack, seq) {
  // Python's view sent before this ack already holds the change, or it was refused.
  if (seq !== undefined) state.pending.delete(seq);
  const where = sent ? sent.key || sent.id || "" : "";
  const key = sent?.key || null;
  if (ack.ok) {
    state.problems.delete(where);
    if (where) state.problems.delete("");
    // Forget the draft only when nothing new was typed since it was sent.
    if (key && state.drafts.get(key) === sent?.value) {
      state.drafts.delete(key);
    }
    // Another editor's text was kept in the history: say so at the field.
    if (ack.notes?.length) {
      const note = ack.notes.join(" ");
      state.notes.set(where, note);
      return { where, announce: note };
    }
    return { where, announce: null };
  }
  const said = ack.problems.map((p) => p.message).join(" ");
  state.problems.set(where, said);
  // Not saved: the next save of this field still continues from the older value.
  if (key && state.bases.get(key) === sent?.value) state.bases.set(key, sent?.base);
  return { where, announce: said };
}

/**
 * The typed text Python has not confirmed, to keep in the browser: the newest text of
 * each field, over the base of its oldest unanswered save (what the file held before
 * this page's unconfirmed saves).
 * @param {EditState} state
 * @param {View} view
 * @param {Iterable<{ key?: string | null, action?: Record<string, any>, base?: any }>} unanswered
 * @returns {Record<string, Record<string, any>>}
 */
export function keptText(state, view, unanswered) {
  /** @type {Record<string, Record<string, any>>} */
  const kept = {};
  for (const entry of unanswered) {
    if (!entry.key || !entry.action) continue;
    kept[entry.key] = { ...entry.action, base: kept[entry.key] ? kept[entry.key].base : entry.base };
  }
  for (const [key, value] of state.drafts) {
    const action = state.actions.get(key);
    const base = kept[key] ? kept[key].base : state.bases.has(key) ? state.bases.get(key) : pythonValue(view, key);
    if (action) kept[key] = { ...action, value, base };
  }
  return kept;
}

/**
 * Text kept by an earlier page (parsed from storage), back in the state as drafts;
 * the saves to send again, by field key. Anything malformed is left out.
 * @param {EditState} state
 * @param {unknown} kept
 * @returns {[string, Record<string, any>][]}
 */
export function restoreKept(state, kept) {
  if (!kept || typeof kept !== "object" || Array.isArray(kept)) return [];
  /** @type {[string, Record<string, any>][]} */
  const saves = [];
  for (const [key, action] of Object.entries(kept)) {
    if (!action || typeof action !== "object" || typeof action.op !== "string") continue;
    state.drafts.set(key, action.value);
    state.bases.set(key, action.base);
    state.actions.set(key, { ...action });
    saves.push([key, action]);
  }
  return saves;
}

/**
 * What the board would show, as one string: the view with typed drafts in place. A
 * save of the text being typed comes back as a new view that shows the same; the
 * board skips redrawing 500 cards for it.
 * @param {EditState} state
 * @param {View} shown
 * @param {string | null} selected
 */
export function signature(state, shown, selected) {
  const { version, ...view } = shown;
  const cards = (view.cards || []).map((card) => {
    const copy = { ...card };
    for (const field of Object.keys(card)) {
      const key = `${card.id}:${field}`;
      if (state.drafts.has(key)) copy[field] = state.drafts.get(key);
    }
    return copy;
  });
  return JSON.stringify({ ...view, cards, problems: [...state.problems], notes: [...state.notes], selected });
}

/**
 * The status line's state. `typing`: keys are waiting for their save; `silent`:
 * Python does not answer (what waits is not being saved now, whatever the timers say).
 * @param {EditState} state
 * @param {{ unanswered: number, stalled: number, typing: boolean, silent: boolean }} link
 * @returns {"stalled" | "problem" | "saving" | "saved"}
 */
export function statusOf(state, { unanswered, stalled, typing, silent }) {
  const waiting = unanswered > 0 || typing || state.drafts.size > 0;
  if (stalled > 0 || (silent && waiting)) return "stalled";
  if (state.problems.size > 0) return "problem";
  if (typing || unanswered > 0) return "saving";
  return "saved";
}

// ------------------------------------------------------------ card changes

/**
 * A new card as the board shows it until Python's view has it.
 * @param {string} id
 * @param {string} name
 * @param {string} phase
 * @param {string} role
 * @returns {Card}
 */
export function newCard(id, name, phase, role) {
  // emotion: null, not 0: a new card is not rated yet.
  return { id, name, phase, channel: "other", device: "any", direct: true, owner: "", action: "", thoughts: "", emotion: null, importance: 3, effort: 3, pain_points: "", opportunities: "", kpi: "", evidence_source: "", evidence_reference: "", evidence_confidence: "", pain_evidence_source: "", pain_evidence_reference: "", pain_evidence_confidence: "", evidence_status: "not_recorded", role };
}

/**
 * @param {Card} card
 * @param {string | null} before the card it goes before (null: the end)
 * @returns {CardChange}
 */
export function addChange(card, before) {
  return (cards) => {
    if (cards.some((c) => c.id === card.id)) return cards;
    const next = [...cards];
    const at = before ? next.findIndex((c) => c.id === before) : -1;
    if (at >= 0) next.splice(at, 0, card);
    else next.push(card);
    return next;
  };
}

/** @param {string} id @returns {CardChange} */
export function deleteChange(id) {
  return (cards) => cards.filter((c) => c.id !== id);
}

/**
 * A value set on a card without typing (an emotion from the line): shown until its
 * save is answered, so a view that left Python before it cannot put the old value
 * back under a second key press.
 * @param {string} id
 * @param {string} field
 * @param {any} value
 * @returns {CardChange}
 */
export function setChange(id, field, value) {
  return (cards) => cards.map((c) => (c.id === id ? { ...c, [field]: value } : c));
}

/**
 * @param {string} id
 * @param {string} phase
 * @param {string | null} before
 * @returns {CardChange}
 */
export function moveChange(id, phase, before) {
  return (cards) => {
    const current = cards.find((c) => c.id === id);
    if (!current) return cards;
    const next = cards.filter((c) => c.id !== id);
    let at = before ? next.findIndex((c) => c.id === before) : -1;
    if (at < 0) {
      const last = next.map((c) => c.phase).lastIndexOf(phase);
      at = last >= 0 ? last + 1 : next.length;
    }
    next.splice(at, 0, { ...current, phase });
    return next;
  };
}

/**
 * The cards of each phase, in order.
 * @param {{ phases: { id: string }[], cards: Card[] }} view
 * @returns {Map<string, Card[]>}
 */
export function cardsByPhase(view) {
  /** @type {Map<string, Card[]>} */
  const by = new Map(view.phases.map((p) => [p.id, []]));
  for (const card of view.cards) by.get(card.phase)?.push(card);
  return by;
}
