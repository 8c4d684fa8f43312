// The journey map as an editor: phases × lanes, cards, the text lanes, the detail
// panel. Drawn from the board's view; every action goes through the board
// (journey-actions.js for cards, board.typed for text).

import { editable, h, s } from "./dom.js";
import { cardsByPhase } from "./state.js";
import { SHOWN_PER_PHASE, addCard, deleteCard, focusCard, pointerDown, select } from "./journey-actions.js";
import { emotionLane } from "./emotion-lane.js";
import { toolbar } from "./toolbar.js";
import { cardDots, voteBar } from "./votes.js";
import { cardItem } from "./comment-state.js";
import { commentBadge } from "./comments.js";

/**
 * @typedef {import("./board.js").Board} Board
 * @typedef {import("./state.js").Card} Card
 * @typedef {import("./state.js").View} View
 * @typedef {{ id: string, label: string, description?: string, question?: string }} Item
 * @typedef {View & { phases: Item[], lanes: Item[], cards: Card[], palette: Record<string, any>,
 *   channels: Item[], devices: Item[], roles: Item[], field_labels: Record<string, string>,
 *   lane_fields: Record<string, string>, scales: Record<string, [number, number]>,
 *   evidence: { sources: Item[], confidences: Item[] }, marks?: Record<string, any> }} JourneyView
 */

/**
 * What a card's field shows (typed text first, see Board.shownValue).
 * @param {Board} board
 * @param {Card} card
 * @param {string} field
 */
export function value(board, card, field) {
  return board.shownValue(`${card.id}:${field}`, card[field]);
}

/**
 * @param {Board} board
 * @param {JourneyView} view
 */
export function renderJourney(board, view) {
  const L = board.L.bind(board);
  const byPhase = cardsByPhase(view);
  board.byPhase = byPhase;
  const n = view.phases.length;
  const grid = h("div", { class: "jkb-grid", style: `--jk-phases:${n}` });
  grid.append(h("div", { class: "jkb-corner" }, h("span", {}, L("lanes"))));
  view.phases.forEach((phase, i) => {
    const count = (byPhase.get(phase.id) || []).length;
    grid.append(
      h("div", { class: "jkb-phase", role: "columnheader", title: phase.description || null },
        h("span", { class: "jkb-phase-no" }, String(i + 1)),
        h("span", { class: "jkb-phase-name" }, phase.label),
        h("span", { class: "jkb-count", "aria-label": L("count", { n: count }) }, String(count)),
      ),
    );
  });
  for (const lane of view.lanes) {
    grid.append(h("div", { class: `jkb-lane-label lane-${lane.id}`, role: "rowheader" }, h("strong", {}, lane.label), h("small", {}, lane.question)));
    if (lane.id === "emotion") {
      grid.append(emotionLane(board, view));
      continue;
    }
    for (const phase of view.phases) {
      const cards = byPhase.get(phase.id) || [];
      if (lane.id === "touchpoints") grid.append(cardCell(board, phase, cards));
      else grid.append(textCell(board, lane, phase, cards, view));
    }
  }
  const body = h("div", { class: "jkb-body" }, h("div", { class: "jkb-scroll", "data-scrollmain": "1" }, grid), detail(board, view));
  board.root.append(toolbar(board, view), body);
  const vote = voteBar(board);
  if (vote) body.before(vote);
  if (board.toast) board.root.append(board.toast);
  if (!view.cards.length) grid.classList.add("is-empty");
}

// The cards a phase shows: the first SHOWN_PER_PHASE until the participant
// expands it. The text lanes follow the same cards, so a phase of 200 cards
// does not build a thousand editable notes (and the lanes stay next to their cards).
/**
 * @param {Board} board
 * @param {Item} phase
 * @param {Card[]} cards
 */
function shownCards(board, phase, cards) {
  return board.expanded.has(phase.id) ? cards : cards.slice(0, SHOWN_PER_PHASE);
}

/**
 * @param {Board} board
 * @param {Item} phase
 * @param {Card[]} cards
 */
function cardCell(board, phase, cards) {
  const L = board.L.bind(board);
  const expanded = board.expanded.has(phase.id);
  const shown = shownCards(board, phase, cards);
  const list = h("div", { class: "jkb-cards", "data-phase": phase.id, "data-scroll": `cards:${phase.id}`, role: "list", "aria-label": L("cards_in", { phase: phase.label }) });
  for (const card of shown) list.append(cardNode(board, card));
  if (!cards.length) list.append(h("div", { class: "jkb-empty-hint" }, L("empty_phase")));
  const hidden = cards.length - shown.length;
  const more =
    hidden > 0
      ? h("button", { class: "jkb-more", type: "button", "data-focus": `more:${phase.id}`, onclick: () => { board.expanded.add(phase.id); board.render(); } }, L("more", { n: hidden }))
      : expanded && cards.length > SHOWN_PER_PHASE
        ? h("button", { class: "jkb-more", type: "button", "data-focus": `more:${phase.id}`, onclick: () => { board.expanded.delete(phase.id); board.render(); } }, L("collapse"))
        : null;
  const add = h(
    "button",
    { class: "jkb-add", type: "button", "data-focus": `add:${phase.id}`, "aria-label": L("add_in", { phase: phase.label }), onclick: () => addCard(board, phase.id) },
    h("span", { "aria-hidden": "true" }, "+"), " ", L("add_card"),
  );
  return h("div", { class: "jkb-cell lane-touchpoints", "data-phase": phase.id }, list, more, add);
}

/**
 * A device's mark, the same shapes as the printed map's markers.
 * @param {string} marker
 * @param {string} colour
 */
function deviceMark(marker, colour) {
  const style = { fill: colour, stroke: "#1F2328", "stroke-width": 0.8 };
  /** @type {Record<string, () => SVGElement>} */
  const shapes = {
    o: () => s("circle", { r: 4.2, ...style }),
    s: () => s("rect", { x: -3.8, y: -3.8, width: 7.6, height: 7.6, ...style }),
    D: () => s("path", { d: "M0,-4.8 L4.8,0 L0,4.8 L-4.8,0Z", ...style }),
    "^": () => s("path", { d: "M0,-4.6 L4.6,3.8 L-4.6,3.8Z", ...style }),
    v: () => s("path", { d: "M0,4.6 L4.6,-3.8 L-4.6,-3.8Z", ...style }),
    P: () => s("path", { d: "M-1.6,-4.6h3.2v3h3v3.2h-3v3h-3.2v-3h-3v-3.2h3z", ...style }),
  };
  if (!shapes[marker]) return null;
  const svg = s("svg", { viewBox: "-6 -6 12 12", width: 12, height: 12, "aria-hidden": "true", class: "jkb-device" });
  svg.append(shapes[marker]());
  return svg;
}

/**
 * @param {Board} board
 * @param {Card} card
 */
function cardNode(board, card) {
  const L = board.L.bind(board);
  const view = /** @type {JourneyView} */ (board.view);
  const colour = view.palette.channels[card.channel] || view.palette.channels.other;
  const channel = (view.channels.find((c) => c.id === card.channel) || {}).label || card.channel;
  const device = (view.devices.find((d) => d.id === card.device) || {}).label || card.device;
  const marker = (view.palette.device_markers || {})[card.device];
  const problem = board.state.problems.get(`${card.id}:name`) || board.state.problems.get(card.id);
  const name = value(board, card, "name");
  const nameInput = editable("div", {
    class: "jkb-card-name",
    "data-key": `${card.id}:name`,
    "data-focus": `name:${card.id}`,
    "aria-label": L("field.name"),
    "aria-invalid": problem ? "true" : null,
    "aria-describedby": problem ? `jkb-p-${card.id}` : null,
    oninput: (/** @type {Event} */ e) => board.typed(`${card.id}:name`, /** @type {HTMLElement} */ (e.target).textContent || "", { op: "set", id: card.id, field: "name" }),
    onkeydown: (/** @type {KeyboardEvent} */ e) => {
      if ((e.key === "Enter" && !e.shiftKey) || e.key === "Escape") {
        e.preventDefault(); // a name is one line: Enter finishes it
        board.flushKey(`${card.id}:name`);
        focusCard(board, card.id);
      }
      e.stopPropagation();
    },
  }, name);
  // null = not rated yet (a new card): shown as such, never as a 0.
  const emotion = card.emotion == null ? null : Number(card.emotion);
  const node = h(
    "div",
    {
      class: `jkb-card${card.direct ? "" : " is-indirect"}${card.evidence_status === "researched" ? "" : " is-assumed"}${board.selected === card.id ? " is-selected" : ""}${problem ? " has-problem" : ""}`,
      role: "listitem",
      tabindex: 0,
      "data-id": card.id,
      "data-focus": `card:${card.id}`,
      "aria-label": `${name} · ${channel} · ${card.direct ? L("direct") : L("indirect")}`,
      "aria-keyshortcuts": "Enter Delete Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown",
      style: `--ch:${colour}`,
      onpointerdown: (/** @type {PointerEvent} */ e) => pointerDown(board, e, card),
      onfocus: (/** @type {FocusEvent} */ e) => {
        if (!board.rendering && e.target === node && board.selected !== card.id) select(board, card.id, false);
      },
    },
    h("div", { class: "jkb-card-top" },
      h("span", { class: "jkb-chip" }, channel),
      h("span", { class: "jkb-marks" },
        card.direct ? null : h("span", { class: "jkb-indirect", title: L("indirect") }, L("indirect_short")),
        card.evidence_status === "researched" ? null : h("span", { class: "jkb-assumed", title: L(`evidence_${card.evidence_status}`) }, "?"),
        marker ? h("span", { class: "jkb-dev", title: device }, deviceMark(marker, colour)) : null,
      ),
    ),
    nameInput,
    problem ? h("div", { class: "jkb-problem", id: `jkb-p-${card.id}`, role: "alert" }, problem) : null,
    board.noteFor(`${card.id}:name`),
    h("div", { class: "jkb-card-foot" },
      emotion === null
        ? h("span", { class: "jkb-emo is-unrated", title: L("no_emotion") }, L("no_emotion_short"))
        : h("span", { class: `jkb-emo${emotion === 0 ? " is-neutral" : ""}`, style: `--emo:${view.palette.emotion[String(emotion)]}`, title: L("field.emotion") }, emotion > 0 ? `+${emotion}` : String(emotion)),
      card.owner ? h("span", { class: "jkb-owner" }, card.owner) : null,
      commentBadge(board, cardItem(card.id), name),
      h("button", { class: "jkb-open", type: "button", tabindex: -1, "aria-label": L("open_details"), onclick: () => select(board, card.id, true) }, "⋯"),
    ),
    cardDots(board, card),
  );
  return node;
}

/**
 * A text lane's cell: the notes of the phase's shown cards (and the selected one).
 * @param {Board} board
 * @param {Item} lane
 * @param {Item} phase
 * @param {Card[]} cards
 * @param {JourneyView} view
 */
function textCell(board, lane, phase, cards, view) {
  const field = view.lane_fields[lane.id];
  const cell = h("div", { class: `jkb-cell lane-${lane.id}`, "data-phase": phase.id, "data-scroll": `${lane.id}:${phase.id}` });
  const shown = shownCards(board, phase, cards);
  const selected = cards.find((c) => c.id === board.selected && !shown.includes(c));
  const hidden = cards.filter((c) => !shown.includes(c) && c !== selected && value(board, c, field)).length;
  for (const card of selected ? [...shown, selected] : shown) {
    const text = value(board, card, field) || "";
    const key = `${card.id}:${field}`;
    if (!text && board.selected !== card.id && !board.state.drafts.has(key)) continue;
    cell.append(
      h("label", { class: `jkb-note${board.selected === card.id ? " is-selected" : ""}`, style: `--ch:${view.palette.channels[card.channel] || view.palette.channels.other}` },
        h("span", { class: "jkb-note-of" }, value(board, card, "name")),
        editable("div", {
          class: "jkb-note-text",
          "aria-multiline": "true",
          "data-key": key,
          "data-focus": `note:${key}`,
          "aria-label": `${lane.label} · ${value(board, card, "name")}`,
          "data-placeholder": lane.question,
          oninput: (/** @type {Event} */ e) => board.typed(key, /** @type {HTMLElement} */ (e.target).textContent || "", { op: "set", id: card.id, field }),
          onkeydown: (/** @type {KeyboardEvent} */ e) => {
            if (e.key === "Escape") { board.flushKey(key); focusCard(board, card.id); }
            e.stopPropagation();
          },
        }, text),
        board.state.problems.has(key) ? h("div", { class: "jkb-problem", role: "alert" }, board.state.problems.get(key)) : null,
        board.noteFor(key),
        commentBadge(board, cardItem(card.id, field), `${value(board, card, "name")} · ${lane.label}`),
      ),
    );
  }
  if (hidden > 0) cell.append(h("div", { class: "jkb-more-notes" }, board.L("more", { n: hidden })));
  return cell;
}

/**
 * The detail panel of the selected card: every field.
 * @param {Board} board
 * @param {JourneyView} view
 */
function detail(board, view) {
  const L = board.L.bind(board);
  const card = view.cards.find((c) => c.id === board.selected);
  if (!card) return null;
  const aside = h("aside", { class: "jkb-detail", "aria-label": L("details") });
  /** @param {string} name @param {HTMLElement} control */
  const field = (name, control) => {
    const problem = board.state.problems.get(`${card.id}:${name}`);
    const id = `jkb-f-${card.id}-${name}`;
    control.id = id;
    if (problem) {
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-describedby", `${id}-p`);
    }
    return h("div", { class: `jkb-f f-${name}` }, h("label", { for: id }, view.field_labels[name]), control, problem ? h("div", { class: "jkb-problem", id: `${id}-p`, role: "alert" }, problem) : null, control.dataset.key ? board.noteFor(control.dataset.key) : null);
  };
  /** @param {string} name @param {boolean} multi */
  const text = (name, multi) =>
    field(name, h(multi ? "textarea" : "input", {
      type: multi ? null : "text",
      rows: multi ? 2 : null,
      "data-key": `${card.id}:${name}`,
      "data-focus": `detail:${name}`,
      value: value(board, card, name) ?? "",
      oninput: (/** @type {Event} */ e) => board.typed(`${card.id}:${name}`, /** @type {HTMLInputElement} */ (e.target).value, { op: "set", id: card.id, field: name }),
      onkeydown: (/** @type {KeyboardEvent} */ e) => {
        if (e.key === "Escape") { board.flushKey(`${card.id}:${name}`); focusCard(board, card.id); }
        e.stopPropagation();
      },
    }));
  /** @param {string} name @param {Item[]} options */
  const choose = (name, options) =>
    field(name, h("select", { "data-focus": `detail:${name}`, onchange: (/** @type {Event} */ e) => { const chosen = /** @type {HTMLSelectElement} */ (e.target).value; board.send({ op: name === "phase" ? "move" : "set", id: card.id, field: name, phase: chosen, value: chosen }); } },
      options.map((o) => h("option", { value: o.id, selected: o.id === card[name] }, o.label))));
  /** @param {string} name */
  const scale = (name) => {
    const [lo, hi] = view.scales[name];
    const unrated = card[name] == null; // a new card's emotion: not given yet
    const out = h("output", {}, unrated ? L("no_emotion") : String(card[name]));
    const input = h("input", { type: "range", min: lo, max: hi, step: 1, value: unrated ? 0 : card[name], "data-focus": `detail:${name}`,
      oninput: (/** @type {Event} */ e) => { out.textContent = /** @type {HTMLInputElement} */ (e.target).value; },
      onchange: (/** @type {Event} */ e) => board.send({ op: "set", id: card.id, field: name, value: Number(/** @type {HTMLInputElement} */ (e.target).value) }) });
    const f = field(name, input);
    f.append(out);
    return f;
  };
  const direct = h("input", { type: "checkbox", checked: card.direct, "data-focus": "detail:direct", onchange: (/** @type {Event} */ e) => board.send({ op: "set", id: card.id, field: "direct", value: /** @type {HTMLInputElement} */ (e.target).checked }) });
  const colour = view.palette.channels[card.channel] || view.palette.channels.other;
  aside.append(
    h("div", { class: "jkb-detail-head", style: `--ch:${colour}` },
      h("h3", {}, L("details")),
      h("button", { class: "jkb-icon", type: "button", "aria-label": L("close"), "data-focus": "detail:close", onclick: () => { board.selected = null; board.focusNext = `card:${card.id}`; board.render(); } }, "×"),
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
      h("button", { class: "jkb-btn is-danger", type: "button", "data-focus": "detail:delete", onclick: () => deleteCard(board, card.id) }, L("delete")),
    ),
  );
  return aside;
}
