// Membership page: an organisation's members over time as Gantt-like bars
// (open-ended bars run to today) and the members on an "as of" date.
"use strict";

(() => {
  const { el, clear, getJSON, showError } = DG;
  const SVG = "http://www.w3.org/2000/svg";
  const gantt = document.getElementById("gantt");
  const org = gantt.dataset.org;
  const asOf = document.getElementById("as-of");
  const tbody = document.querySelector("#asof tbody");
  const asofLabel = document.getElementById("asof-label");
  const twin = document.getElementById("twin-asof");
  const STATUSES = ["member", "observer", "partner", "suspended", "invited", "applicant"];
  const today = new Date().toISOString().slice(0, 10);
  let scale = null;

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function year(date) {
    const [y, m, d] = date.split("-").map(Number);
    return y + ((m || 1) - 1) / 12 + ((d || 1) - 1) / 365;
  }

  function statusClass(status) {
    return `s-${STATUSES.includes(status) ? status : "other"}`;
  }

  function legend() {
    const box = document.getElementById("legend");
    clear(box).append(...STATUSES.map((s) => el("span", { class: "key" }, el("i", { class: `sw ${statusClass(s)}` }), s)));
  }

  function draw(rows) {
    clear(gantt);
    gantt.dataset.bars = String(rows.length);
    if (!rows.length) {
      gantt.append(el("p", { class: "muted" }, `No membership known for ${org}.`));
      return;
    }
    const members = [];
    const first = {};
    for (const r of rows) {
      if (!(r.member in first)) members.push(r.member);
      const s = r.start ? year(r.start) : -Infinity;
      first[r.member] = Math.min(first[r.member] ?? Infinity, s);
    }
    members.sort((a, b) => first[a] - first[b] || a.localeCompare(b));
    const starts = rows.filter((r) => r.start).map((r) => year(r.start));
    const hi = year(today) + 0.5;
    let lo = Math.floor(starts.length ? Math.min(...starts) : hi - 10) - 1;
    if (hi - lo < 5) lo = Math.floor(hi - 5);
    const width = Math.max((gantt.clientWidth || 900) - 18, 480);
    const margin = { left: 150, right: 16, top: 24, bottom: 8 };
    const rowH = 18;
    const height = margin.top + margin.bottom + rowH * members.length;
    const x = (t) => margin.left + ((t - lo) / (hi - lo)) * (width - margin.left - margin.right);
    scale = { x, top: margin.top, bottom: height - margin.bottom };
    const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
      "aria-label": `${org} membership over time` });
    const span = hi - lo;
    const step = span > 60 ? 10 : span > 25 ? 5 : span > 10 ? 2 : 1;
    for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) {
      root.append(svg("line", { x1: x(t), x2: x(t), y1: margin.top - 4, y2: height - margin.bottom, class: "grid" }));
      root.append(svg("text", { x: x(t), y: margin.top - 8, class: "tick", "text-anchor": "middle" }, t));
    }
    const names = {};
    for (const r of rows) names[r.member] = r.name;
    members.forEach((m, i) => {
      const y = margin.top + i * rowH;
      root.append(svg("text", { x: margin.left - 6, y: y + rowH - 5, class: "label", "text-anchor": "end" },
        `${names[m]} (${m})`));
    });
    for (const r of rows) {
      const i = members.indexOf(r.member);
      const a = r.start ? year(r.start) : lo;
      const b = r.end ? year(r.end) : hi - 0.5;
      const bar = svg("rect", {
        x: x(a), y: margin.top + i * rowH + 3, width: Math.max(x(b) - x(a), 2), height: rowH - 6, rx: 2,
        class: `gbar ${statusClass(r.status)}${r.end ? "" : " open"}`,
      });
      bar.append(svg("title", {}, `${r.name}: ${r.status} from ${r.start || "an unknown date"} ` +
        `${r.end ? `to ${r.end}` : "until today"} — evidence: ${(r.evidence || []).join(", ")}`));
      root.append(bar);
    }
    root.append(svg("line", { x1: x(hi - 0.5), x2: x(hi - 0.5), y1: margin.top - 4, y2: height, class: "today" }));
    root.append(svg("line", { id: "asof-line", x1: 0, x2: 0, y1: margin.top - 4, y2: height, class: "asof hidden" }));
    gantt.append(root);
  }

  function evidence(list) {
    return (list || []).map((d, i) => [i ? ", " : "",
      d === "knowledge base" ? el("i", {}, d) : el("a", { href: `/documents/${encodeURIComponent(d)}` }, d)]);
  }

  async function loadAsOf() {
    const date = asOf.value;
    const url = `/api/members/${encodeURIComponent(org)}${date ? `?as_of=${date}` : ""}`;
    DG.setTwin(twin, url);
    asofLabel.textContent = date ? `as of ${date}` : "today";
    const line = document.getElementById("asof-line");
    if (line && scale) {
      line.classList.toggle("hidden", !date);
      if (date) {
        line.setAttribute("x1", String(scale.x(year(date))));
        line.setAttribute("x2", String(scale.x(year(date))));
      }
    }
    try {
      const rows = await getJSON(url);
      clear(tbody);
      tbody.dataset.count = String(rows.length);
      for (const r of rows) {
        tbody.append(el("tr", {},
          el("td", {}, `${r.name} (${r.member})`),
          el("td", {}, el("span", { class: `pill ${statusClass(r.status)}` }, r.status)),
          el("td", {}, r.since || "—"), el("td", {}, r.until || "—"),
          el("td", { class: "small" }, evidence(r.evidence))));
      }
      if (!rows.length) tbody.append(el("tr", {}, el("td", { colspan: "5", class: "muted" }, "No members on that date.")));
    } catch (err) {
      showError(gantt, err);
    }
  }

  document.getElementById("f-org").addEventListener("change", (e) => {
    window.location.assign(`/members/${encodeURIComponent(e.target.value)}`);
  });
  document.getElementById("org-form").addEventListener("submit", (e) => {
    e.preventDefault();
    loadAsOf();
  });
  asOf.addEventListener("change", loadAsOf);
  const wanted = DG.param("as_of");
  if (wanted && /^\d{4}-\d{2}-\d{2}$/.test(wanted)) asOf.value = wanted;
  legend();
  getJSON(`/api/timeline/${encodeURIComponent(org)}`)
    .then((rows) => { draw(rows); return loadAsOf(); })
    .catch((err) => showError(gantt, err));
})();
