// The toolbar both boards share: title, role, undo and redo, keys help, save status.

import { h } from "./dom.js";

/**
 * @typedef {import("./board.js").Board} Board
 * @typedef {import("./state.js").View} View
 */

/**
 * @param {Board} board
 * @param {View} view
 * @param {Node[]} [extra] more tools (the canvas's ideal/current switch)
 */
export function toolbar(board, view, extra = []) {
  const L = board.L.bind(board);
  /** @type {{ id: string, label: string }[]} */
  const roles = view.roles || [];
  const roleSelect =
    roles.length > 1
      ? h(
          "label",
          { class: "jkb-field-inline" },
          h("span", {}, L("role")),
          h(
            "select",
            {
              "data-focus": "role",
              onchange: (/** @type {Event} */ e) => {
                board.flush();
                board.link.post({ type: "role", role: /** @type {HTMLSelectElement} */ (e.target).value });
              },
            },
            (view.kind === "journey" ? [{ id: "*", label: L("role.all") }, ...roles] : roles).map((r) =>
              h("option", { value: r.id, selected: r.id === view.role }, r.label),
            ),
          ),
        )
      : null;
  return h(
    "div",
    { class: "jkb-toolbar" },
    h("div", { class: "jkb-title" }, h("span", { class: "jkb-kicker" }, L(view.kind === "canvas" ? "canvas.kicker" : "kicker")), h("strong", {}, view.title)),
    h("div", { class: "jkb-tools" }, roleSelect, ...extra,
      h("button", { class: "jkb-btn", type: "button", "data-focus": "undo", disabled: !view.can_undo, title: L("undo.hint"), onclick: () => board.undo() }, "↶ ", L("undo")),
      h("button", { class: "jkb-btn", type: "button", "data-focus": "redo", disabled: !view.can_redo, title: L("redo.hint"), onclick: () => board.redo() }, "↷ ", L("redo")),
      view.kind === "journey"
        ? h("details", { class: "jkb-help" },
            h("summary", { "aria-label": L("keys") }, "?"),
            h("div", { class: "jkb-help-pop" },
              h("p", { class: "jkb-hint" }, L("details.hint")),
              h("ul", { class: "jkb-keys" }, ["keys.add", "keys.edit", "keys.move", "keys.delete", "keys.undo"].map((k) => h("li", {}, L(k))))))
        : null,
      h("span", { class: "jkb-status", role: "status", "data-state": "saved" }, L("status.saved")),
    ),
    board.state.problems.has("") ? h("div", { class: "jkb-problem jkb-board-problem", role: "alert" }, board.state.problems.get("")) : null,
    board.noteFor(""),
  );
}
