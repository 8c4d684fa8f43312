// Comments on the board: a badge on each card, lane note and canvas cell, and the
// thread panel (read, add, resolve, reopen). The rules live in comment-state.js; this
// module draws them. The panel is rebuilt with the board on every view; the comment
// being typed comes from the comment state, so it survives any redraw.

import { h } from "./dom.js";
import { badgeOf, closeThread, commentTime, openThread, sendComment, shownComments, threadOf, typeComment } from "./comment-state.js";

/** @typedef {import("./board.js").Board} Board */

/**
 * The badge of one item: the number of open comments, a tick for a resolved thread,
 * a faint speech bubble to start one. Tab reaches it, Enter or Space opens the thread. A
 * span with the button role, not a <button>: a lane note is a <label>, and a button
 * inside it would take every click on the note's text (a label's first control).
 * @param {Board} board
 * @param {string} item the thread key
 * @param {string} label the item in words
 */
export function commentBadge(board, item, label) {
  const badge = badgeOf(board.view, item);
  const text = badge === null ? board.L("comments.add_first") : badge.open ? board.L("comments.badge", { n: badge.open }) : board.L("comments.badge_resolved");
  const shown = badge === null ? "💬" : badge.open ? `💬 ${badge.open}` : "💬 ✓";
  const open = () => {
    openThread(board.comments, item, label);
    board.focusNext = `comment:${item}`;
    board.render();
  };
  return h("span", {
    role: "button",
    tabindex: 0,
    class: `jkb-cbadge${badge === null ? " is-none" : badge.open ? " is-open" : " is-resolved"}`,
    "data-focus": `cbadge:${item}`,
    "data-item": item,
    "aria-label": `${text} · ${label}`,
    "aria-haspopup": "dialog",
    "aria-expanded": String(board.comments.open === item),
    title: text,
    onpointerdown: (/** @type {Event} */ e) => e.stopPropagation(), // not the start of a card's drag
    onkeydown: (/** @type {KeyboardEvent} */ e) => {
      e.stopPropagation(); // not the card's own keys (Delete, arrows)
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        open();
      }
    },
    onclick: (/** @type {Event} */ e) => {
      e.stopPropagation();
      e.preventDefault(); // inside a note's <label>: not a click on its text field
      open();
    },
  }, shown);
}

/** @param {Board} board @param {string} item */
function close(board, item) {
  closeThread(board.comments);
  board.focusNext = `cbadge:${item}`;
  board.render();
}

/** @param {Board} board @param {string} item */
function send(board, item) {
  const cid = `c-${Math.random().toString(16).slice(2, 10)}`;
  const action = sendComment(board.comments, item, cid, board.L("comments.empty_text"));
  if (action) board.send(action);
  board.focusNext = `comment:${item}`;
  board.render();
}

/**
 * The open thread as a small dialog beside the board; nothing when none is open.
 * @param {Board} board
 */
export function renderCommentPanel(board) {
  const state = board.comments;
  const item = state.open;
  if (!item) return;
  const L = board.L.bind(board);
  const view = board.view;
  const thread = threadOf(view, item);
  const label = thread?.label || state.openLabel;
  const lang = view.language || "en";
  const comments = shownComments(view, state, item);
  const problem = state.problems.get(item);
  const resolved = Boolean(thread?.resolved_at);
  const list = h("ol", { class: "jkb-clist" },
    comments.map((c) => h("li", { class: `jkb-comment${c.pending ? " is-pending" : ""}`, "data-comment": c.id },
      h("div", { class: "jkb-cmeta" },
        h("strong", {}, c.author || L("comments.anonymous")),
        " ",
        h("time", { datetime: c.at || null }, c.pending ? L("comments.sending") : commentTime(c.at, lang))),
      h("div", { class: "jkb-ctext" }, c.text))));
  const field = h("textarea", {
    rows: 3,
    maxlength: 5000,
    class: "jkb-cfield",
    "data-focus": `comment:${item}`,
    "aria-label": L("comments.placeholder"),
    placeholder: L("comments.placeholder"),
    value: state.drafts.get(item) || "",
    oninput: (/** @type {Event} */ e) => typeComment(state, item, /** @type {HTMLTextAreaElement} */ (e.target).value),
  });
  const panel = h("aside", {
    class: "jkb-comments",
    role: "dialog",
    "aria-label": L("comments.on", { item: label }),
    "data-item": item,
    onkeydown: (/** @type {KeyboardEvent} */ e) => {
      e.stopPropagation(); // the board's keys (undo, card moves) stay out of the thread
      if (e.key === "Escape") {
        e.preventDefault();
        close(board, item);
      } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target === field) {
        e.preventDefault();
        send(board, item);
      }
    },
  },
    h("div", { class: "jkb-chead" },
      h("h3", {}, L("comments.on", { item: label })),
      h("button", { class: "jkb-icon", type: "button", "aria-label": L("comments.close"), "data-focus": "comment-close", onclick: () => close(board, item) }, "×")),
    comments.length ? list : h("p", { class: "jkb-hint" }, L("comments.none")),
    resolved ? h("p", { class: "jkb-cresolved", role: "status" }, L("comments.resolved", { name: thread?.resolved_by || L("comments.anonymous"), time: commentTime(thread?.resolved_at || "", lang) })) : null,
    field,
    problem ? h("div", { class: "jkb-problem", role: "alert" }, problem) : null,
    h("div", { class: "jkb-cbuttons" },
      h("button", { class: "jkb-btn", type: "button", "data-focus": `comment-send:${item}`, onclick: () => send(board, item) }, L("comments.send")),
      thread && thread.comments.length
        ? h("button", { class: "jkb-btn", type: "button", "data-focus": `comment-state:${item}`,
            onclick: () => { board.send({ op: resolved ? "reopen" : "resolve", item }); board.focusNext = `comment-state:${item}`; } },
          resolved ? L("comments.reopen") : L("comments.resolve"))
        : null));
  board.root.append(panel);
  // Beside its badge, not at the top of a long board (where it would be out of sight).
  const badgeNode = board.root.querySelector(`[data-focus="${CSS.escape(`cbadge:${item}`)}"]`);
  if (badgeNode) {
    const top = badgeNode.getBoundingClientRect().top - board.root.getBoundingClientRect().top;
    panel.style.top = `${Math.max(48, Math.round(top))}px`;
  }
}
