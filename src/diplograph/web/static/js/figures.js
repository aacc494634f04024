// Figures page: the money figures the documents give (trade, aid, debt
// cancelled, investment), filtered by actor, metric and period; the
// filters are kept in the page's URL.
"use strict";

(() => {
  const { el, clear, getJSON, query, setTwin, showError, who } = DG;
  const form = document.getElementById("filters");
  const fields = { actor: document.getElementById("f-actor"), metric: document.getElementById("f-metric") };
  const dates = { from: document.getElementById("f-from"), to: document.getElementById("f-to") };
  const tbody = document.querySelector("#rows tbody");
  const count = document.getElementById("count");
  const twin = document.getElementById("twin");
  let generation = 0;

  function amount(value, unit) {
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency: unit, notation: "compact" }).format(value);
    } catch (e) {
      return `${value} ${unit || ""}`.trim();
    }
  }

  function params() {
    const out = {};
    for (const [k, field] of Object.entries(fields)) if (field.value) out[k] = field.value;
    for (const [k, box] of Object.entries(dates)) if (DG.dateValue(box)) out[k] = DG.dateValue(box);
    return out;
  }

  function row(f) {
    const at = f.start_char !== null && f.end_char !== null ? `?at=${f.start_char}-${f.end_char}` : "";
    return el("tr", { dataset: { metric: f.metric } },
      el("td", {}, f.period ? f.period.replace("/", " – ") : "—"),
      el("td", {}, el("span", { class: "badge" }, f.metric.replace("_", " "))),
      el("td", {}, who(f.actors, f.actor_names)),
      el("td", { class: "num", title: `${f.value} ${f.unit}` }, amount(f.value, f.unit)),
      el("td", { class: "small" }, `“${f.text}”`),
      el("td", { class: "small" },
        el("a", { href: `/documents/${encodeURIComponent(f.doc)}${at}` }, f.title || f.doc),
        el("span", { class: "muted" }, ` ${f.publisher || ""} · ${f.published || "undated"}`)));
  }

  async function load() {
    const mine = ++generation;
    const p = params();
    const url = `/api/figures${query(p)}`;
    setTwin(twin, url);
    DG.keepInURL(p);
    count.textContent = "loading…";
    try {
      const figures = await getJSON(url);
      if (mine !== generation) return;
      clear(tbody);
      tbody.dataset.count = String(figures.length);
      tbody.append(...figures.map(row));
      count.textContent = `${figures.length} figure${figures.length === 1 ? "" : "s"}`;
    } catch (err) {
      count.textContent = "";
      clear(tbody);
      showError(tbody.parentElement.parentElement, err);
    }
  }

  // The actor choices: every actor some figure is between.
  async function fillChoices() {
    const all = await getJSON("/api/figures");
    const names = new Map();
    for (const f of all) f.actors.forEach((c, i) => names.set(c, (f.actor_names || [])[i] || c));
    for (const [code, name] of [...names].sort((a, b) => a[1].localeCompare(b[1]))) {
      fields.actor.append(el("option", { value: code }, DG.label(code, name)));
    }
    for (const [k, field] of Object.entries(fields)) {
      const wanted = DG.param(k);
      if (wanted && [...field.options].some((o) => o.value === wanted)) field.value = wanted;
    }
    for (const [k, box] of Object.entries(dates)) box.value = DG.param(k) || "";
  }

  form.addEventListener("change", load);
  form.addEventListener("reset", () => setTimeout(load, 0));
  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  for (const box of Object.values(dates)) {
    box.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); load(); } });
  }
  fillChoices().catch((err) => showError(tbody.parentElement.parentElement, err)).then(load);
})();
