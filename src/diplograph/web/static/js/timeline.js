// Timeline page: merged events over time as an SVG dot plot (one row per
// PLOVER type) and a table, filtered by actor, type, source, status and a
// date range; the filters are kept in the page's URL.
"use strict";

(() => {
  const { el, clear, getJSON, allEvents, query, setTwin, showError, named, who, typeBadge, eventHref } = DG;
  const SVG = "http://www.w3.org/2000/svg";
  const form = document.getElementById("filters");
  const fields = {
    actor: document.getElementById("f-actor"),
    type: document.getElementById("f-type"),
    source: document.getElementById("f-source"),
    status: document.getElementById("f-status"),
  };
  const dates = { from: document.getElementById("f-from"), to: document.getElementById("f-to") };
  const plot = document.getElementById("plot");
  const tbody = document.querySelector("#rows tbody");
  const count = document.getElementById("count");
  const twin = document.getElementById("twin");
  let generation = 0;

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  // "2024", "2024-05" or "2024-05-17" as a fractional year, and how precise.
  function when(date) {
    const [y, m, d] = date.split("-").map(Number);
    const value = y + ((m || 1) - 1) / 12 + ((d || 1) - 1) / 365;
    return { value, precise: Boolean(d) };
  }

  function params() {
    const out = {};
    for (const [k, field] of Object.entries(fields)) if (field.value) out[k] = field.value;
    for (const [k, field] of Object.entries(dates)) if (DG.dateValue(field)) out[k] = DG.dateValue(field);
    return out;
  }

  function drawPlot(events) {
    clear(plot);
    const dated = events.filter((e) => e.date);
    plot.dataset.count = String(dated.length);
    if (!dated.length) {
      plot.append(el("p", { class: "muted" }, "No dated events to plot."));
      return;
    }
    const types = DG.TYPES.filter((t) => dated.some((e) => e.type === t));
    const times = dated.map((e) => when(e.date).value);
    let lo = Math.floor(Math.min(...times));
    let hi = Math.floor(Math.max(...times)) + 1;
    if (hi - lo < 2) { lo -= 1; hi += 1; }
    const width = Math.max((plot.clientWidth || 900) - 18, 480);
    const margin = { left: 96, right: 16, top: 10, bottom: 28 };
    const rowH = 24;
    const height = margin.top + margin.bottom + rowH * types.length;
    const x = (t) => margin.left + ((t - lo) / (hi - lo)) * (width - margin.left - margin.right);
    const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
      "aria-label": "events over time by type" });
    const step = Math.max(1, Math.ceil((hi - lo) / 12));
    for (let year = lo; year <= hi; year += step) {
      root.append(svg("line", { x1: x(year), x2: x(year), y1: margin.top, y2: height - margin.bottom, class: "grid" }));
      root.append(svg("text", { x: x(year), y: height - 8, class: "tick", "text-anchor": "middle" }, year));
    }
    types.forEach((type, i) => {
      const y = margin.top + rowH * i + rowH / 2;
      root.append(svg("line", { x1: margin.left, x2: width - margin.right, y1: y, y2: y, class: "row" }));
      root.append(svg("text", { x: margin.left - 8, y: y + 4, class: "label", "text-anchor": "end" }, type));
    });
    const seen = {};
    for (const ev of dated) {
      const t = when(ev.date);
      const key = `${ev.type}|${ev.date}`;
      const k = (seen[key] = (seen[key] || 0) + 1) - 1;
      const jitter = [0, 4, -4, 8, -8][k % 5];
      const y = margin.top + rowH * types.indexOf(ev.type) + rowH / 2 + jitter;
      const colour = DG.QUAD_COLOUR[DG.QUAD_OF[ev.type]] || "#666";
      const dot = svg("circle", {
        cx: x(t.value), cy: y, r: 5, class: `dot ${t.precise ? "" : "approx"}`,
        fill: t.precise ? colour : "#fff", stroke: colour,
      });
      const said = `${named(ev.source, ev.source_names)} → ${named(ev.target, ev.target_names)}`;
      dot.append(svg("title", {}, `${ev.type} ${said}, ${ev.date} (${ev.status})`));
      const link = svg("a", { href: eventHref(ev.merged_id), class: "dotlink" }, dot);
      link.dataset.id = ev.merged_id;
      root.append(link);
    }
    plot.append(root, el("p", { class: "muted small" },
      "Colour: ", Object.keys(DG.QUAD_COLOUR).map((q) =>
        [el("span", { class: `badge q-${q}` }, q.replace("_", " ")), " "]),
      "· filled dots: day-precise dates; hollow: month or year only. Click a dot for its evidence."));
  }

  function drawTable(events) {
    clear(tbody);
    const sorted = [...events].sort((a, b) => (b.date || "").localeCompare(a.date || ""));
    for (const ev of sorted) {
      tbody.append(el("tr", { dataset: { type: ev.type } },
        el("td", {}, el("a", { href: eventHref(ev.merged_id) }, ev.date || "undated")),
        el("td", {}, typeBadge(ev.type), ev.mode ? ` ${ev.mode}` : ""),
        el("td", {}, who(ev.source, ev.source_names)),
        el("td", {}, who(ev.target, ev.target_names)),
        el("td", {}, ev.status),
        el("td", {}, (ev.publishers || []).join("; "))));
    }
  }

  async function load() {
    const mine = ++generation;
    const p = params();
    setTwin(twin, `/api/events${query({ ...p, limit: 1000 })}`);
    DG.keepInURL(p);
    count.textContent = "loading…";
    try {
      const events = await allEvents(p);
      if (mine !== generation) return;
      count.textContent = `${events.length} event${events.length === 1 ? "" : "s"}`;
      drawPlot(events);
      drawTable(events);
    } catch (err) {
      count.textContent = "";
      showError(clear(plot), err);
    }
  }

  async function fillChoices() {
    for (const t of DG.TYPES) fields.type.append(el("option", { value: t }, t));
    const [actors, docs] = await Promise.all([getJSON("/api/actors"), getJSON("/api/documents")]);
    for (const a of actors) fields.actor.append(el("option", { value: a.code }, `${a.code} — ${a.name}`));
    const sources = [...new Set(docs.map((d) => d.publisher || d.name))].sort();
    for (const s of sources) fields.source.append(el("option", { value: s }, s));
    for (const [k, field] of Object.entries(fields)) {
      const wanted = DG.param(k);
      if (wanted && [...field.options].some((o) => o.value === wanted)) field.value = wanted;
    }
    for (const [k, field] of Object.entries(dates)) field.value = DG.param(k) || "";
  }

  form.addEventListener("change", load);
  for (const box of Object.values(dates)) {
    box.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); load(); } });
  }
  form.addEventListener("reset", () => setTimeout(load, 0));
  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  fillChoices().catch((err) => showError(plot, err)).then(load);
})();
