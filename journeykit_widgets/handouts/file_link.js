// A link to a file the kernel just wrote (an exported report), made from the
// file's bytes in the page itself: a blob URL works the same in JupyterLab and in
// Voila, whatever file paths the server serves (Voila serves no PDF by default).
//
// The bytes come as a custom message with one buffer, never as widget state: a
// report is megabytes, and widget state can be saved into the notebook.

const links = new WeakMap(); // model -> {url, name, serial}: every view of a model shows the same file

function draw(el, model) {
  el.replaceChildren();
  const file = links.get(model);
  if (!file) return;
  const box = document.createElement("div");
  box.className = "jk-file-link";
  if (model.get("can_open")) {
    const open = document.createElement("a");
    open.href = file.url;
    open.target = "_blank";
    open.rel = "noopener";
    open.className = "jk-file-open";
    open.textContent = model.get("open_label");
    box.append(open);
  }
  const save = document.createElement("a");
  save.href = file.url;
  save.download = file.name;
  save.className = "jk-file-download";
  save.textContent = model.get("download_label");
  box.append(save);
  el.append(box);
}

function render({ model, el }) {
  const redraw = () => draw(el, model);
  const received = (message, buffers) => {
    if (!message || message.kind !== "file" || !buffers || !buffers.length) return;
    const old = links.get(model);
    // Every view hears the message: the first one makes the link, the others show it.
    if (!old || old.serial !== message.serial) {
      if (old) URL.revokeObjectURL(old.url);
      const blob = new Blob([buffers[0]], { type: message.mime || "application/octet-stream" });
      links.set(model, { url: URL.createObjectURL(blob), name: message.name, serial: message.serial });
    }
    redraw();
  };
  const labels = ["change:open_label", "change:download_label", "change:can_open"];
  model.on("msg:custom", received);
  for (const name of labels) model.on(name, redraw);
  redraw();
  // A view drawn after the file was sent (a second view, a re-rendered output) asks for it.
  if (!links.has(model)) model.send({ kind: "ask" });
  return () => {
    model.off("msg:custom", received);
    for (const name of labels) model.off(name, redraw);
  };
}

export default { render };
