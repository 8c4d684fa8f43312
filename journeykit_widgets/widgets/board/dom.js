// DOM helpers for the board's views: build elements, read and place the caret.
// Nothing here knows about journeys; the views and the board shell use these.

const SVG = "http://www.w3.org/2000/svg";

/** What may be a child of `h`: nodes, texts, numbers, nothing, or lists of them.
 * @typedef {Node | string | number | null | undefined | false | ChildList} Child
 * @typedef {Child[]} ChildList
 */

/**
 * An element with attributes, listeners (`onclick`…) and children.
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {...Child} children
 * @returns {HTMLElement & Record<string, any>}
 */
export function h(tag, attrs = {}, ...children) {
  /** @type {HTMLElement & Record<string, any>} */
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "value") node.value = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of /** @type {any[]} */ (children).flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/**
 * An SVG element with attributes.
 * @param {string} tag
 * @param {Record<string, string | number>} [attrs]
 * @returns {SVGElement}
 */
export function s(tag, attrs = {}) {
  const node = /** @type {SVGElement} */ (document.createElementNS(SVG, tag));
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/** The elements people type into (or choose in). */
export const FIELD = "textarea, input, [contenteditable]";

/**
 * A text people edit in place: a contenteditable element, far cheaper to lay out
 * than a textarea (a board of 500 cards has thousands of them).
 * @param {string} tag
 * @param {Record<string, any>} attrs
 * @param {string} text
 */
export function editable(tag, attrs, text) {
  const node = h(tag, { contenteditable: "plaintext-only", role: "textbox", spellcheck: "true", ...attrs });
  node.textContent = text;
  return node;
}

/** @param {Element} node */
export function textOf(node) {
  return node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement ? node.value : node.textContent || "";
}

/**
 * Put a text into a field (textarea, input or contenteditable).
 * @param {Element} node
 * @param {string} value
 */
export function setText(node, value) {
  if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) node.value = value;
  else node.textContent = value;
}

/**
 * Where the caret is in an element, as character offsets (textarea, input or contenteditable).
 * @param {Element} node
 * @returns {[number, number] | null}
 */
export function caretOf(node) {
  if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) {
    return node.selectionStart === null ? null : [node.selectionStart, node.selectionEnd ?? node.selectionStart];
  }
  const sel = window.getSelection();
  if (!sel || !sel.rangeCount || !node.contains(sel.anchorNode)) return null;
  const range = sel.getRangeAt(0);
  const before = document.createRange();
  before.selectNodeContents(node);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return [start, start + range.toString().length];
}

/**
 * @param {Element} node
 * @param {[number, number]} caret
 */
export function setCaret(node, [start, end]) {
  if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) {
    node.setSelectionRange(start, end);
    return;
  }
  const text = /** @type {Text | null} */ (node.firstChild);
  if (!text) return;
  const range = document.createRange();
  range.setStart(text, Math.min(start, text.length));
  range.setEnd(text, Math.min(end, text.length));
  const sel = window.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}

/**
 * The element of `root` with this `data-focus`, if any.
 * @param {ParentNode} root
 * @param {string} focus
 * @returns {HTMLElement | null}
 */
export function byFocus(root, focus) {
  return root.querySelector(`[data-focus="${CSS.escape(focus)}"]`);
}
