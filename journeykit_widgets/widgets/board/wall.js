// The wall view: a team's map for the projector (wall.py). Read-only: it draws the
// board's view-model in large type, the whole map or one phase at a time, fitted to
// the screen and zoomable, with the room's timer (timer.js). Keys: ← → (phase by
// phase), Home (the whole map), + − 0 (zoom, fit), F (full screen).

import { h } from "./dom.js";
import { Link } from "./protocol.js";
import { drawTimer, readTimer } from "./timer.js";

// The range of the fitted scale: below 0.5 the 22 px type is unreadable from the back
// of a room (a bigger map scrolls instead); above 2 a sparse phase looks shouted.
const MIN_SCALE = 0.5;
const MAX_SCALE = 2;

/**
 * The part of anywidget's model the wall uses.
 * @typedef {{ get(name: string): any, on(event: string, cb: (...args: any[]) => void): void,
 *   off(event: string, cb: (...args: any[]) => void): void, send(content: object): void }} Model
 */

/**
 * Which page comes after `page` (-1: the whole map, 0…n-1: a phase) for a step.
 * @param {number} page
 * @param {number} step +1 next, -1 previous
 * @param {number} phases
 */
export function turn(page, step, phases) {
  const next = page + step;
  if (next < -1) return -1;
  if (next >= phases) return phases - 1;
  return next;
}

/**
 * A label with {name} values filled in.
 * @param {Record<string, string>} labels
 * @param {string} key
 * @param {Record<string, string | number>} [values]
 */
function say(labels, key, values = {}) {
  return (labels[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

export class Wall {
  /** @param {Model} model @param {HTMLElement} el */
  constructor(model, el) {
    this.model = model;
    this.el = el;
    this.page = -1;
    this.zoom = 1;
    /** @type {import("./timer.js").RoomTimer | null} */
    this.timer = null;
    this.root = h("div", { class: "jkw", tabindex: 0, "data-lm-suppress-shortcuts": "true" });
    el.append(this.root);
    this.onView = () => this.render();
    this.onMsg = (/** @type {any} */ msg) => {
      const timer = readTimer(msg, performance.now());
      if (timer) {
        this.timer = timer;
        drawTimer(this.root, this.timer, performance.now());
      }
    };
    model.on("change:view", this.onView);
    model.on("msg:custom", this.onMsg);
    this.root.addEventListener("keydown", (event) => this.keydown(event));
    this.resize = new ResizeObserver(() => this.fit());
    this.resize.observe(this.root);
    this.clock = setInterval(() => drawTimer(this.root, this.timer, performance.now()), 1000);
    this.render();
    // The board's protocol: the wall says only hello (Python answers with the room's timer).
    new Link(model, { now: () => performance.now() }).post({ type: "hello" });
  }

  destroy() {
    clearInterval(this.clock);
    this.resize.disconnect();
    this.model.off("change:view", this.onView);
    this.model.off("msg:custom", this.onMsg);
  }

  get view() {
    return this.model.get("view") || {};
  }

  /** @param {number} page */
  show(page) {
    this.page = page;
    this.render();
  }

  /** @param {KeyboardEvent} event */
  keydown(event) {
    const phases = (this.view.phases || []).length;
    const keys = {
      ArrowRight: () => this.show(turn(this.page, 1, phases)),
      ArrowLeft: () => this.show(turn(this.page, -1, phases)),
      PageDown: () => this.show(turn(this.page, 1, phases)),
      PageUp: () => this.show(turn(this.page, -1, phases)),
      Home: () => this.show(-1),
      "+": () => this.setZoom(this.zoom * 1.2),
      "=": () => this.setZoom(this.zoom * 1.2),
      "-": () => this.setZoom(this.zoom / 1.2),
      "0": () => this.setZoom(1),
      f: () => this.fullScreen(),
    };
    const act = keys[/** @type {keyof typeof keys} */ (event.key)];
    if (!act || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    event.stopPropagation();
    act();
  }

  /** @param {number} zoom */
  setZoom(zoom) {
    this.zoom = Math.min(4, Math.max(0.4, zoom));
    this.fit();
  }

  fullScreen() {
    if (document.fullscreenElement) document.exitFullscreen?.();
    else this.root.requestFullscreen?.().catch(() => {});
  }

  /**
   * The largest type at which the map fits the screen, times the zoom. The map is laid
   * out at the stage's width (so its texts wrap instead of running on) and scaled: a
   * few trial layouts find the scale whose map is as tall as the room below the bar.
   * Scaling a map laid out at its widest lines instead gave 8 px text on a 1920 px
   * projector with half the screen empty.
   */
  fit() {
    const stage = /** @type {HTMLElement | null} */ (this.root.querySelector(".jkw-stage"));
    const map = /** @type {HTMLElement | null} */ (this.root.querySelector(".jkw-map"));
    if (!stage || !map) return;
    map.style.transform = "none";
    map.style.transformOrigin = "top left";
    const room = stage.clientWidth || 1;
    const tall = this.roomHeight(stage);
    /** @param {number} scale */
    const layout = (scale) => {
      map.style.width = `${room / scale}px`;
      return { high: map.scrollHeight, wide: map.scrollWidth };
    };
    /** @param {number} scale */
    const fits = (scale) => {
      const { high, wide } = layout(scale);
      return high * scale <= tall && wide * scale <= room + 1;
    };
    let low = MIN_SCALE;
    let high = MAX_SCALE;
    if (fits(high)) low = high;
    else {
      for (let i = 0; i < 7; i += 1) {
        const mid = (low + high) / 2;
        if (fits(mid)) low = mid;
        else high = mid;
      }
    }
    const scale = low * this.zoom;
    const { high: mapHigh, wide } = layout(scale);
    // A map too wide even at the smallest type (many phases) is shrunk to the width.
    const shown = Math.min(scale, room / wide);
    map.style.transform = `scale(${shown})`;
    stage.style.height = `${Math.ceil(mapHigh * shown)}px`;
    this.root.dataset.scale = shown.toFixed(3);
  }

  /**
   * The height the map may take: the screen (or the full-screen wall) below the
   * bar, less the keys' line under the map.
   * @param {HTMLElement} stage
   */
  roomHeight(stage) {
    const screen = document.fullscreenElement === this.root ? this.root.clientHeight : this.visibleHeight();
    const above = stage.getBoundingClientRect().top - this.root.getBoundingClientRect().top;
    const keys = /** @type {HTMLElement | null} */ (this.root.querySelector(".jkw-keys"));
    const below = (keys ? keys.offsetHeight : 0) + 24;
    return Math.max(200, screen - above - below);
  }

  /**
   * The height of what scrolls the wall: a JupyterLab notebook's panel, or the window
   * (Voila). The tallest scrolling box around it: an output area scrolls sideways
   * (and so, by CSS's rules, downwards too) but is only as tall as what it holds.
   */
  visibleHeight() {
    let tallest = 0;
    for (let node = this.root.parentElement; node; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowY;
      if (overflow === "auto" || overflow === "scroll") tallest = Math.max(tallest, node.clientHeight);
    }
    return tallest > 0 ? Math.min(tallest, window.innerHeight) : window.innerHeight;
  }

  render() {
    const view = this.view;
    // A button the person clicked goes with the redraw: keep the keys on the wall.
    const focused = this.root.contains(document.activeElement);
    this.root.replaceChildren();
    if (view.error) {
      this.root.append(h("div", { class: "jkw-error", role: "alert" }, view.error));
      return;
    }
    if (!view.phases) return;
    const labels = view.wall || {};
    const phases = view.phases;
    if (this.page >= phases.length) this.page = phases.length - 1;
    const shown = this.page < 0 ? phases : [phases[this.page]];
    this.root.lang = view.language || "en";
    this.root.dataset.page = String(this.page);
    const where =
      this.page < 0
        ? say(labels, "all")
        : say(labels, "phase_of", { number: this.page + 1, count: phases.length, phase: phases[this.page].label });
    const button = (/** @type {string} */ key, /** @type {string} */ text, /** @type {() => void} */ onclick, disabled = false) =>
      h("button", { class: "jkw-btn", type: "button", title: say(labels, key), "aria-label": say(labels, key), "data-act": key, disabled, onclick }, text);
    this.root.append(
      h("div", { class: "jkw-bar" },
        h("div", { class: "jkw-title" }, h("strong", {}, view.title), h("span", { class: "jkw-where", "aria-live": "polite" }, where)),
        h("div", { class: "jkw-tools jkb-tools" },
          button("previous", "◀", () => this.show(turn(this.page, -1, phases.length)), this.page < 0),
          button("all", "▦", () => this.show(-1), this.page < 0),
          button("next", "▶", () => this.show(turn(this.page, 1, phases.length)), this.page >= phases.length - 1),
          button("zoom_out", "−", () => this.setZoom(this.zoom / 1.2)),
          button("fit", "⤢", () => this.setZoom(1)),
          button("zoom_in", "+", () => this.setZoom(this.zoom * 1.2)),
          button("full_screen", "⛶", () => this.fullScreen()),
        ),
      ),
      h("div", { class: "jkw-stage" }, this.map(view, shown, labels)),
      h("div", { class: "jkw-keys" }, say(labels, "keys")),
    );
    drawTimer(this.root, this.timer, performance.now());
    if (focused) this.root.focus({ preventScroll: true });
    requestAnimationFrame(() => this.fit());
  }

  /**
   * The phases × lanes grid, read-only, in large type.
   * @param {any} view
   * @param {{ id: string, label: string }[]} phases
   * @param {Record<string, string>} labels
   */
  map(view, phases, labels) {
    const cards = view.cards || [];
    const colours = (view.palette || {}).emotion || {};
    const grid = h("div", { class: "jkw-map", style: `grid-template-columns: 9em repeat(${phases.length}, minmax(10em, 1fr))` });
    grid.append(h("div", { class: "jkw-corner" }));
    for (const phase of phases) grid.append(h("div", { class: "jkw-phase", "data-phase": phase.id }, phase.label));
    const colour = (/** @type {any} */ c) => colours[String(c.emotion)] || "#c2c2c2";
    const card = (/** @type {any} */ c) =>
      h("div", { class: "jkw-card", "data-id": c.id, style: `border-color: ${colour(c)}` },
        c.emotion === null || c.emotion === undefined ? null : h("span", { class: "jkw-emotion", style: `background: ${colour(c)}` }, c.emotion > 0 ? `+${c.emotion}` : String(c.emotion)),
        c.name);
    for (const lane of view.lanes || []) {
      const field = (view.lane_fields || {})[lane.id];
      // The touchpoints' lane holds the cards; a lane without a text of its own (the
      // emotion line) is left out: each card shows its emotion.
      if (!field && lane.id !== "touchpoints") continue;
      grid.append(h("div", { class: "jkw-lane" }, lane.label));
      for (const phase of phases) {
        const here = cards.filter((/** @type {any} */ c) => c.phase === phase.id);
        if (!field) {
          grid.append(h("div", { class: "jkw-cards", "data-phase": phase.id }, here.length ? here.map((/** @type {any} */ c) => card(c)) : h("div", { class: "jkw-empty" }, say(labels, "empty"))));
          continue;
        }
        const texts = here.filter((/** @type {any} */ c) => c[field]).map((/** @type {any} */ c) => h("li", {}, String(c[field])));
        grid.append(h("div", { class: "jkw-cell", "data-lane": lane.id }, texts.length ? h("ul", {}, texts) : null));
      }
    }
    return grid;
  }
}

export default {
  /** @param {{ model: Model, el: HTMLElement }} args */
  render({ model, el }) {
    const wall = new Wall(model, el);
    return () => wall.destroy();
  },
};
