// The emotion line of the journey map: one point per touchpoint, in journey order,
// dragged up or down (or moved by the arrow keys) to set the card's emotion.

import { h, s } from "./dom.js";
import { cardsByPhase, setChange } from "./state.js";
import { select } from "./journey-actions.js";

const EMOTION_H = 150; // height of the emotion lane, px
const PAD = 18; // room above the highest and below the lowest value, px

/**
 * @typedef {import("./board.js").Board} Board
 * @typedef {import("./state.js").Card} Card
 * @typedef {import("./journey-view.js").JourneyView} JourneyView
 * @typedef {{ card: Card, x: number, value: number | null }} Point
 */

/** @param {number} v */
function signed(v) {
  return v > 0 ? `+${v}` : String(v);
}

/**
 * @param {Board} board
 * @param {JourneyView} view
 */
export function emotionLane(board, view) {
  const L = board.L.bind(board);
  const col = board.col;
  const n = view.phases.length;
  const width = n * col;
  const [lo, hi] = view.scales.emotion;
  /** @param {number} v */
  const y = (v) => PAD + ((hi - v) / (hi - lo)) * (EMOTION_H - 2 * PAD);
  const svg = s("svg", { width, height: EMOTION_H, viewBox: `0 0 ${width} ${EMOTION_H}`, role: "group", "aria-label": L("emotion_line") });
  for (let v = lo; v <= hi; v++) {
    svg.append(s("line", { x1: 0, x2: width, y1: y(v), y2: y(v), class: v === 0 ? "jkb-zero" : "jkb-rule" }));
    const label = s("text", { x: 4, y: y(v) + 3.5, class: "jkb-axis" });
    label.textContent = signed(v);
    svg.append(label);
  }
  for (let i = 1; i < n; i++) svg.append(s("line", { x1: i * col, x2: i * col, y1: 0, y2: EMOTION_H, class: "jkb-rule" }));
  /** @type {Point[]} */
  const points = [];
  const byPhase = board.byPhase || cardsByPhase(view);
  view.phases.forEach((phase, i) => {
    const cards = byPhase.get(phase.id) || [];
    cards.forEach((card, k) => points.push({ card, x: i * col + ((k + 0.5) / cards.length) * col, value: card.emotion == null ? null : Number(card.emotion) }));
  });
  const path = s("path", { class: "jkb-curve", d: "" });
  const redraw = () => {
    // The line joins rated points only: a card without an emotion is not a 0.
    const rated = /** @type {(Point & { value: number })[]} */ (points.filter((p) => p.value !== null));
    path.setAttribute("d", rated.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${y(p.value).toFixed(1)}`).join(" "));
  };
  svg.append(path);
  const marks = view.marks || {};
  for (const p of points) {
    const g = s("g", {
      class: `jkb-point${board.selected === p.card.id ? " is-selected" : ""}${p.value === null ? " is-unrated" : ""}`,
      tabindex: 0,
      role: "slider",
      "aria-label": `${L("field.emotion")} · ${p.card.name}`,
      "aria-valuemin": lo,
      "aria-valuemax": hi,
      "aria-valuenow": p.value ?? 0,
      "aria-valuetext": p.value === null ? L("no_emotion") : signed(p.value),
      "data-id": p.card.id,
      "data-focus": `point:${p.card.id}`,
      transform: `translate(${p.x.toFixed(1)},${y(p.value ?? 0).toFixed(1)})`,
    });
    // An unrated card waits as a hollow dot on the zero line until it is dragged or keyed.
    const dot = s("circle", { r: 7, fill: p.value === null ? "#fff" : view.palette.emotion[String(p.value)], class: "jkb-dot" });
    g.append(s("circle", { r: 14, class: "jkb-hit" }), dot);
    /** @type {[string, string][]} */
    const flags = [];
    if (marks.peaks?.includes(p.card.id)) flags.push(["peak", L("peak")]);
    if (marks.lows?.includes(p.card.id)) flags.push(["low", L("low")]);
    if (marks.end === p.card.id) flags.push(["end", L("end")]);
    flags.forEach(([kind, text], j) => {
      const above = kind !== "low" && !(kind === "end" && (p.value ?? 0) > 1);
      const label = s("text", { class: `jkb-flag is-${kind}`, y: above ? -13 - j * 12 : 22 + j * 12, "text-anchor": "middle" });
      label.textContent = text;
      g.append(label);
    });
    /** @param {number} value @param {boolean} send */
    const set = (value, send) => {
      value = Math.max(lo, Math.min(hi, value));
      p.value = value;
      g.classList.remove("is-unrated");
      g.setAttribute("aria-valuetext", signed(value));
      g.setAttribute("transform", `translate(${p.x.toFixed(1)},${y(value).toFixed(1)})`);
      g.setAttribute("aria-valuenow", String(value));
      dot.setAttribute("fill", view.palette.emotion[String(value)]);
      redraw();
      if (send && (p.card.emotion == null || value !== Number(p.card.emotion))) {
        p.card.emotion = value;
        board.change({ op: "set", id: p.card.id, field: "emotion", value }, setChange(p.card.id, "emotion", value));
        board.announce(`${p.card.name}: ${signed(value)}`);
      }
    };
    g.addEventListener("keydown", (/** @type {Event} */ event) => {
      const e = /** @type {KeyboardEvent} */ (event);
      const step = /** @type {Record<string, number>} */ ({ ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1 })[e.key];
      if (step) {
        e.preventDefault();
        e.stopPropagation();
        board.focusNext = `point:${p.card.id}`;
        set((p.value ?? 0) + step, true);
      } else if (e.key === "Enter") {
        e.stopPropagation();
        select(board, p.card.id, true);
      }
    });
    g.addEventListener("pointerdown", (/** @type {Event} */ event) => {
      const e = /** @type {PointerEvent} */ (event);
      e.preventDefault();
      g.setPointerCapture(e.pointerId);
      g.classList.add("is-dragging");
      const box = svg.getBoundingClientRect();
      /** @param {Event} ev */
      const move = (ev) => {
        const local = ((/** @type {PointerEvent} */ (ev).clientY - box.top) / box.height) * EMOTION_H;
        set(Math.round(hi - ((local - PAD) / (EMOTION_H - 2 * PAD)) * (hi - lo)), false);
      };
      /** @param {Event} ev */
      const up = (ev) => {
        move(ev);
        g.classList.remove("is-dragging");
        g.removeEventListener("pointermove", move);
        g.removeEventListener("pointerup", up);
        board.focusNext = `point:${p.card.id}`;
        set(p.value ?? 0, true);
      };
      g.addEventListener("pointermove", move);
      g.addEventListener("pointerup", up);
    });
    svg.append(g);
  }
  redraw();
  if (!points.length) {
    const empty = s("text", { x: width / 2, y: EMOTION_H / 2, "text-anchor": "middle", class: "jkb-axis" });
    empty.textContent = L("emotion_empty");
    svg.append(empty);
  }
  return h("div", { class: "jkb-emotion", style: `grid-column: 2 / span ${n}` }, svg);
}
