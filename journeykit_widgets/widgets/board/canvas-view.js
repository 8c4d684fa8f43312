// The four-lane B2B canvas as an editor: phases × lanes, the ideal and the current
// state (or both side by side), a score per phase, the source behind each cell, and
// the action list Python derives from the differences.

import { h } from "./dom.js";
import { toolbar } from "./toolbar.js";
import { cellItem } from "./comment-state.js";
import { commentBadge } from "./comments.js";

/**
 * @typedef {import("./board.js").Board} Board
 * @typedef {{ id: string, label: string, question?: string }} Item
 * @typedef {import("./state.js").View & { state: "ideal" | "current" | "both", role: string,
 *   phases: Item[], lanes: Item[], cells: Record<string, Record<string, Record<string, any>>>,
 *   differs: Record<string, string[]>, actions?: Record<string, string>[], score_max: number,
 *   evidence: { sources: Item[] } }} CanvasView
 */

/**
 * @param {Board} board
 * @param {CanvasView} view
 */
export function renderCanvas(board, view) {
  const L = board.L.bind(board);
  const states = view.state === "both" ? ["ideal", "current"] : [view.state];
  const n = view.phases.length;
  const switcher = h("div", { class: "jkb-seg", role: "radiogroup", "aria-label": L("canvas.state") },
    ["ideal", "current", "both"].map((st) =>
      h("button", { type: "button", role: "radio", "aria-checked": String(view.state === st), "data-focus": `state:${st}`, class: view.state === st ? "is-on" : "",
        onclick: () => { board.flush(); board.focusNext = `state:${st}`; board.link.post({ type: "state", state: st }); } }, L(`canvas.${st}`))));
  const grid = h("div", { class: `jkb-grid jkb-canvas${states.length > 1 ? " is-both" : ""}`, style: `--jk-phases:${n}` });
  grid.append(h("div", { class: "jkb-corner" }, h("span", {}, states.length > 1 ? L("canvas.both_hint") : L(`canvas.${view.state}`))));
  view.phases.forEach((phase, i) => grid.append(h("div", { class: "jkb-phase", role: "columnheader" }, h("span", { class: "jkb-phase-no" }, String(i + 1)), h("span", { class: "jkb-phase-name" }, phase.label))));
  for (const lane of view.lanes) {
    grid.append(h("div", { class: `jkb-lane-label lane-${lane.id}`, role: "rowheader" }, h("strong", {}, lane.label), h("small", {}, lane.question)));
    for (const phase of view.phases) {
      const differs = (view.differs[phase.id] || []).includes(lane.id);
      const cell = h("div", { class: `jkb-cell jkb-ccell${differs && states.length > 1 ? " is-diff" : ""}`, "data-phase": phase.id, "data-lane": lane.id });
      for (const st of states) {
        const key = `cell:${st}:${phase.id}:${lane.id}`;
        const value = board.shownValue(key, view.cells[st][phase.id][lane.id]);
        const problem = board.state.problems.get(key);
        const box = h("div", { class: `jkb-cbox is-${st}` },
          states.length > 1 ? h("span", { class: "jkb-ctag" }, L(`canvas.${st}`)) : null,
          h("textarea", {
            rows: 3, maxlength: 5000, "data-key": key, "data-focus": key, value,
            "aria-label": `${lane.label} · ${phase.label} · ${L(`canvas.${st}`)}`,
            placeholder: lane.question,
            oninput: (/** @type {Event} */ e) => board.typed(key, /** @type {HTMLTextAreaElement} */ (e.target).value, { op: "cell", role: view.role, state: st, phase: phase.id, lane: lane.id }),
            onkeydown: (/** @type {KeyboardEvent} */ e) => {
              if (e.key === "Escape") { board.flushKey(key); /** @type {HTMLElement} */ (e.target).blur(); }
              e.stopPropagation();
            },
          }),
          problem ? h("div", { class: "jkb-problem", role: "alert" }, problem) : null,
          board.noteFor(key),
          lane.id === "experience" ? scoreDots(board, view, st, phase) : null,
          cellEvidence(board, view, st, phase, lane),
          commentBadge(board, cellItem(view.role, st, phase.id, lane.id), `${L(`canvas.${st}`)} · ${phase.label} · ${lane.label}`),
        );
        cell.append(box);
      }
      grid.append(cell);
    }
  }
  const actions = view.actions || [];
  const list = h("section", { class: "jkb-actions", "aria-label": L("canvas.actions") },
    h("h3", {}, L("canvas.actions"), h("span", { class: "jkb-count" }, String(actions.length))),
    actions.length
      ? h("table", {},
          h("thead", {}, h("tr", {}, ["phase", "lane", "ideal", "current", "priority"].map((c) => h("th", {}, L(`canvas.col.${c}`))))),
          h("tbody", {}, actions.map((row) => h("tr", {},
            h("td", {}, row.phase_name), h("td", {}, row.lane_name), h("td", {}, row.ideal), h("td", {}, row.current),
            h("td", {}, h("span", { class: `jkb-prio is-${row.priority}` }, L(`canvas.priority.${row.priority}`)))))))
      : h("p", { class: "jkb-hint" }, L("canvas.no_actions")));
  board.root.append(toolbar(board, view, [switcher]), h("div", { class: "jkb-body" }, h("div", { class: "jkb-scroll" }, grid)), list);
}

/**
 * The source type behind a cell's text; a cell with text but no research source is marked.
 * @param {Board} board
 * @param {CanvasView} view
 * @param {string} state
 * @param {Item} phase
 * @param {Item} lane
 */
function cellEvidence(board, view, state, phase, lane) {
  const L = board.L.bind(board);
  const key = `${lane.id}_evidence`;
  const cells = view.cells[state][phase.id];
  const source = cells[key] || "";
  const assumed = Boolean(cells[lane.id]) && cells[`${key}_status`] !== "researched";
  return h("label", { class: `jkb-cevidence${assumed ? " is-assumed" : ""}` },
    h("span", {}, L("cell_evidence")),
    h("select", {
      "data-focus": `cell:${state}:${phase.id}:${key}`,
      "aria-label": `${L("cell_evidence")} · ${lane.label} · ${phase.label} · ${L(`canvas.${state}`)}`,
      onchange: (/** @type {Event} */ e) => {
        board.focusNext = `cell:${state}:${phase.id}:${key}`;
        board.send({ op: "cell", role: view.role, state, phase: phase.id, lane: key, value: /** @type {HTMLSelectElement} */ (e.target).value });
      },
    }, view.evidence.sources.map((o) => h("option", { value: o.id, selected: o.id === source }, o.label))));
}

/**
 * The experience score of a phase: dots to click (again to clear).
 * @param {Board} board
 * @param {CanvasView} view
 * @param {string} state
 * @param {Item} phase
 */
function scoreDots(board, view, state, phase) {
  const L = board.L.bind(board);
  /** @type {number | null} */
  const score = view.cells[state][phase.id].score;
  const key = `cell:${state}:${phase.id}:score`;
  const group = h("div", { class: "jkb-score", role: "radiogroup", "aria-label": `${L("canvas.score")} · ${phase.label} · ${L(`canvas.${state}`)}` });
  for (let v = 1; v <= view.score_max; v++) {
    group.append(h("button", {
      type: "button", role: "radio", class: `jkb-sdot${score !== null && v <= score ? " is-on" : ""}`,
      "aria-checked": String(score === v), "aria-label": `${v}`, "data-focus": `${key}:${v}`,
      onclick: () => {
        board.focusNext = `${key}:${v}`;
        board.send({ op: "cell", role: view.role, state, phase: phase.id, lane: "score", value: score === v ? null : v });
      },
    }));
  }
  group.append(h("span", { class: "jkb-sval" }, score === null ? "–" : `${score}/${view.score_max}`));
  return group;
}
