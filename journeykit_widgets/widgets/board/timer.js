// The room's timer on the board: the facilitator starts it (room.py), Python sends
// its label and the seconds left, and the page counts down by itself. The time left
// comes from the start time on the server, so a board opened late shows the same
// time as the others; the page's own clock only measures the seconds since then.

import { h } from "./dom.js";

/**
 * @typedef {{ running: boolean, label?: string, remaining?: number, up?: string, title?: string,
 *   receivedAt?: number }} RoomTimer
 */

/**
 * A timer message read (anything else: null); `receivedAt` is when it arrived.
 * @param {any} msg
 * @param {number} now
 * @returns {RoomTimer | null}
 */
export function readTimer(msg, now) {
  if (!msg || msg.type !== "timer") return null;
  if (!msg.running) return { running: false };
  return {
    running: true,
    label: String(msg.label ?? ""),
    remaining: Math.max(0, Number(msg.remaining) || 0),
    up: String(msg.up ?? ""),
    title: String(msg.title ?? ""),
    receivedAt: now,
  };
}

/**
 * Seconds as the clock shows them: "9:05", "1:02:03".
 * @param {number} seconds
 */
export function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/**
 * Seconds left at `now`.
 * @param {RoomTimer} timer
 * @param {number} now
 */
export function left(timer, now) {
  return Math.max(0, (timer.remaining || 0) - (now - (timer.receivedAt || now)) / 1000);
}

/**
 * Draw (or update) the timer in the board's toolbar.
 * @param {HTMLElement} root
 * @param {RoomTimer | null} timer
 * @param {number} now
 */
export function drawTimer(root, timer, now) {
  let node = /** @type {HTMLElement | null} */ (root.querySelector(".jkb-timer"));
  if (!timer || !timer.running) {
    node?.remove();
    return;
  }
  if (!node) {
    node = h("span", { class: "jkb-timer", role: "timer" });
    const tools = root.querySelector(".jkb-tools");
    if (tools) tools.prepend(node);
    else root.prepend(node);
  }
  const seconds = left(timer, now);
  node.title = timer.title || "";
  node.dataset.left = String(Math.ceil(seconds));
  node.dataset.up = String(seconds <= 0);
  node.textContent = seconds > 0 ? `${timer.label} ${clock(seconds)}` : `${timer.label}: ${timer.up}`;
}
