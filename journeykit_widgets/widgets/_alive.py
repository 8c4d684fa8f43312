"""A line at the top of every form that says when Python is no longer there.

ipywidgets forms keep showing and taking typing after the kernel restarted or
stopped, and nothing typed then is saved. This small anywidget pings its kernel
once a second (the board's heartbeat, same timings) and listens for the widget
manager's ``comm_live_update`` (Kernel › Restart): then it says so in the user's
language and closes the form around it (``inert``), so nothing is typed that
could not be saved. A busy kernel (another cell running) is said as such and the
form stays open; the line goes when Python answers again."""

from __future__ import annotations

import anywidget
import traitlets

from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.place import again

_ESM = """
const HEARTBEAT_MS = 1000;
const SILENT_MS = 2000;
export default {
  render({ model, el }) {
    let link = "ok";
    let seq = 0;
    const pings = new Map();
    el.className = "jk-alive";
    el.setAttribute("role", "alert");
    const show = (state) => {
      if (link === "gone" || link === state) return;
      link = state;
      el.dataset.state = state;
      el.textContent = state === "ok" ? "" : model.get(state);
      el.style.cssText = state === "ok" ? "" :
        "padding:8px 12px;margin:4px 0;background:#fef3f2;color:#912018;border-left:3px solid #b42318;font-weight:550";
      const form = el.closest(".jk-editor");
      if (form) form.inert = state === "gone";
    };
    const onMsg = (msg) => {
      if (msg?.type !== "ack" || !pings.has(msg.seq)) return;
      for (const [s] of pings) if (s <= msg.seq) pings.delete(s);
      show("ok");
    };
    const onLive = () => show("gone");
    const send = (content) => { try { model.send(content); } catch (error) { show("gone"); } };
    const beat = setInterval(() => {
      const now = performance.now();
      if ([...pings.values()].some((at) => now - at >= SILENT_MS)) show("quiet");
      const last = Math.max(0, ...pings.values());
      if (pings.size < 5 && now - last >= HEARTBEAT_MS) {
        pings.set(++seq, now);
        send({ type: "ping", seq });
      }
    }, HEARTBEAT_MS / 2);
    model.on("msg:custom", onMsg);
    model.on("comm_live_update", onLive);
    return () => {
      clearInterval(beat);
      model.off("msg:custom", onMsg);
      model.off("comm_live_update", onLive);
    };
  },
};
"""


class KernelWatch(anywidget.AnyWidget):
    """The form's heartbeat and its line; ``relabel()`` puts the texts in the active language."""

    _esm = _ESM
    gone = traitlets.Unicode("").tag(sync=True)
    quiet = traitlets.Unicode("").tag(sync=True)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.relabel()
        self.on_msg(self._answer)

    def relabel(self) -> None:
        # "run this cell again" in JupyterLab, "reload the page" in Voilà
        self.gone, self.quiet = t("alive.gone", again=again()), t("alive.quiet", again=again())

    def _answer(self, _widget, content, _buffers) -> None:
        # Answer every ping at once; anything else is not for this widget.
        if isinstance(content, dict) and content.get("type") == "ping":
            self.send({"type": "ack", "seq": content.get("seq"), "ok": True})
