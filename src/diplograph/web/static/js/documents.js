// Documents page: every stored document, linking to its reader.
"use strict";

(() => {
  const { el, getJSON, showError } = DG;
  const tbody = document.querySelector("#docs tbody");
  getJSON("/api/documents")
    .then((docs) => {
      for (const d of docs) {
        tbody.append(el("tr", {},
          el("td", {}, el("a", { href: `/documents/${encodeURIComponent(d.name)}` }, d.title || d.name)),
          el("td", {}, d.publisher || "—"),
          el("td", {}, d.published || "undated"),
          el("td", { class: "num" }, String(d.sentences)),
          el("td", { class: "num" }, String(d.events))));
      }
    })
    .catch((err) => showError(document.querySelector("main"), err));
})();
