// The rules of the board's comment threads, without the DOM: which thread is open,
// the comment being typed (kept here, never in the view, so another person's comment
// arriving never replaces it), comments sent but not yet answered, and the answers.
// Node's test runner checks these rules directly (tests/js/comment-state.test.js).

/**
 * A comment as Python sends it (comment_actions.py, thread_views); `at` is UTC ISO text.
 * @typedef {{ id: string, author: string, at: string, text: string, pending?: boolean }} CommentEntry
 * @typedef {{ comments: CommentEntry[], open: number, resolved_by: string | null,
 *   resolved_at: string | null, label: string }} ThreadView
 */

/**
 * @typedef {object} CommentState
 * @property {string | null} open the item whose thread is shown
 * @property {string} openLabel the item in words, for a thread not yet in the view
 * @property {Map<string, string>} drafts item → the comment being typed
 * @property {Map<string, { item: string, text: string }>} sending comment id → a comment not yet answered
 * @property {Map<string, string>} problems item → why the last request was refused
 */

/** The board actions about comments (protocol.py ACTIONS has each of them). */
export const COMMENT_OPS = Object.freeze(["comment", "resolve", "reopen"]);

/** @returns {CommentState} */
export function createComments() {
  return { open: null, openLabel: "", drafts: new Map(), sending: new Map(), problems: new Map() };
}

/** The thread key of a touchpoint card, or of one of its lane notes (model/comments.py card_key).
 * @param {string} id @param {string} [part] */
export function cardItem(id, part = "") {
  return part ? `tp:${id}:${part}` : `tp:${id}`;
}

/** The thread key of a canvas cell (model/comments.py canvas_key).
 * @param {string} role @param {string} state @param {string} phase @param {string} lane */
export function cellItem(role, state, phase, lane) {
  return `cell:${role}:${state}:${phase}:${lane}`;
}

/** @param {Record<string, any>} action */
export function isCommentAction(action) {
  return COMMENT_OPS.includes(action?.op);
}

/**
 * @param {Record<string, any>} view
 * @param {string} item
 * @returns {ThreadView | null}
 */
export function threadOf(view, item) {
  return (view.threads || {})[item] || null;
}

/**
 * What an item's badge says: open comments, or a resolved thread; null without comments.
 * @param {Record<string, any>} view
 * @param {string} item
 * @returns {{ open: number, resolved: boolean } | null}
 */
export function badgeOf(view, item) {
  const thread = threadOf(view, item);
  if (!thread || !thread.comments.length) return null;
  return { open: thread.open, resolved: Boolean(thread.resolved_at) };
}

/**
 * The comments to show: Python's, then this page's still on their way (marked pending).
 * @param {Record<string, any>} view
 * @param {CommentState} state
 * @param {string} item
 * @returns {CommentEntry[]}
 */
export function shownComments(view, state, item) {
  const saved = threadOf(view, item)?.comments || [];
  const ids = new Set(saved.map((c) => c.id));
  const mine = [...state.sending]
    .filter(([id, sent]) => sent.item === item && !ids.has(id))
    .map(([id, sent]) => ({ id, author: "", at: "", text: sent.text, pending: true }));
  return [...saved, ...mine];
}

/** @param {CommentState} state @param {string} item @param {string} label */
export function openThread(state, item, label) {
  state.open = item;
  state.openLabel = label;
}

/** @param {CommentState} state */
export function closeThread(state) {
  state.open = null;
}

/** A key typed in the comment field. @param {CommentState} state @param {string} item @param {string} text */
export function typeComment(state, item, text) {
  if (text) state.drafts.set(item, text);
  else state.drafts.delete(item);
}

/**
 * The action that adds the typed comment (null, with a problem, when nothing is typed).
 * The text leaves the field at once and is shown as pending until Python's answer.
 * @param {CommentState} state
 * @param {string} item
 * @param {string} cid a new comment id (a retry of the same request adds it once)
 * @param {string} emptyProblem what to say when nothing is typed
 * @returns {{ op: "comment", item: string, text: string, cid: string } | null}
 */
export function sendComment(state, item, cid, emptyProblem) {
  const text = (state.drafts.get(item) || "").trim();
  if (!text) {
    state.problems.set(item, emptyProblem);
    return null;
  }
  state.drafts.delete(item);
  state.problems.delete(item);
  state.sending.set(cid, { item, text });
  return { op: "comment", item, text, cid };
}

/**
 * Python's answer to a comment action. A refused comment comes back into the field
 * (before anything typed since), with the problem next to it: no text is lost.
 * @param {CommentState} state
 * @param {Record<string, any>} action
 * @param {{ ok: boolean, problems: { message: string }[] }} ack
 */
export function commentAnswered(state, action, ack) {
  if (action.op === "comment") state.sending.delete(action.cid);
  if (ack.ok) {
    state.problems.delete(action.item);
    return;
  }
  state.problems.set(action.item, ack.problems.map((p) => p.message).join(" "));
  if (action.op === "comment") {
    const typed = state.drafts.get(action.item);
    state.drafts.set(action.item, typed ? `${action.text}\n${typed}` : action.text);
  }
}

/**
 * A comment's time in the reader's own time zone and language (Python sends UTC).
 * @param {string} iso
 * @param {string} lang
 * @param {string} [timeZone] the reader's by default
 */
export function commentTime(iso, lang, timeZone) {
  const at = new Date(iso);
  if (!iso || Number.isNaN(at.getTime())) return "";
  return new Intl.DateTimeFormat(lang || "en", { dateStyle: "medium", timeStyle: "short", timeZone }).format(at);
}
