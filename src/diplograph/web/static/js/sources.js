// Sources page: each source's stance towards an actor as a bar from -1 to 1
// with its top phrases, and the contradictions between sources.
"use strict";

(() => {
  const { el, clear, getJSON, showError, named, eventHref } = DG;
  const SVG = "http://www.w3.org/2000/svg";
  const select = document.getElementById("f-actor");
  const stanceBox = document.getElementById("stance");
  const conflictBox = document.getElementById("conflicts");
  const twin = document.getElementById("twin");
  const actorName = document.getElementById("actor-name");
  let actor = select.dataset.actor;
  let docNames = new Set();
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  function bar(value) {
    const w = 320;
    const h = 26;
    const mid = w / 2;
    const x = (v) => mid + (v * (w - 20)) / 2;
    const root = svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, class: "bar",
      role: "img", "aria-label": `stance ${value}` });
    root.append(svg("rect", { x: x(-1), y: 8, width: x(1) - x(-1), height: 10, class: "track" }));
    const v = Math.max(-1, Math.min(1, value));
    root.append(svg("rect", {
      x: Math.min(x(0), x(v)), y: 5, width: Math.max(Math.abs(x(v) - x(0)), 1.5), height: 16,
      class: v < 0 ? "neg" : "pos",
    }));
    for (const t of [-1, 0, 1]) root.append(svg("line", { x1: x(t), x2: x(t), y1: 2, y2: 24, class: "tickline" }));
    return root;
  }

  function docLink(doc) {
    if (doc === "knowledge base") return el("i", {}, doc);
    return el("a", { href: `/documents/${encodeURIComponent(doc)}` }, doc);
  }

  function sourceLabel(row) {
    if (row.docs.length === 1 && row.docs[0] === row.source && docNames.has(row.source)) return docLink(row.source);
    return el("span", {}, row.source);
  }

  function drawStance(rows) {
    clear(stanceBox);
    stanceBox.dataset.count = String(rows.length);
    if (!rows.length) {
      stanceBox.append(el("p", { class: "muted" }, `No source says anything about ${actor}.`));
      return;
    }
    stanceBox.append(el("div", { class: "stance-row head" },
      el("span", {}, "source"), el("span", { class: "scale" }, "−1 hostile · 0 · +1 favourable"),
      el("span", {}, "stance"), el("span", {}, "top phrases")));
    for (const row of [...rows].sort((a, b) => a.stance - b.stance)) {
      const top = [...row.phrases].sort((a, b) => Math.abs(b.weight * b.count) - Math.abs(a.weight * a.count));
      stanceBox.append(el("div", { class: "stance-row" },
        el("span", { class: "src" }, sourceLabel(row),
          el("span", { class: "small muted" }, ` ${plural(row.n_events, "event")}, ${plural(row.n_phrases, "phrase")}`)),
        el("span", { class: "scale" }, bar(row.stance)),
        el("span", { class: `val ${row.stance < 0 ? "neg" : "pos"}` }, row.stance.toFixed(2)),
        el("span", { class: "phrases" }, top.slice(0, 8).map((p) =>
          el("span", { class: `chip ${p.weight < 0 ? "neg" : "pos"}`, title: `weight ${p.weight}` },
            p.phrase, p.count > 1 ? ` ×${p.count}` : "")))));
    }
  }

  function side(v, c) {
    const amount = (x) => `${x.toLocaleString("en", { notation: "compact", maximumFractionDigits: 2 })} ${c.unit || ""}`;
    const what = v.value !== undefined ? `${amount(v.value)}${v.period ? ` in ${v.period}` : ""}`
      : v.date || v.status || "?";
    return el("div", { class: "side" }, el("p", { class: "claim" }, what),
      el("p", { class: "small" }, "according to ", (v.docs || []).map((d, i) => [i ? ", " : "", docLink(d)])));
  }

  function conflictTitle(c) {
    if (c.kind === "figure") return `${c.metric} of ${named(c.actors, c.actor_names)}: different figures`;
    if (c.kind === "event") {
      return el("span", {}, el("a", { href: eventHref(c.event) }, `${c.type} event`),
        ` between ${named(c.actors, c.actor_names)}, ${c.date || "undated"}: occurred or not?`);
    }
    const what = c.kind === "membership_date" ? "date of" : "whether";
    return `${what} ${named(c.member, c.member_name)} ${c.mode} ${named(c.organization, c.organization_name)}`;
  }

  function involves(c) {
    return [c.member, c.organization, ...(c.actors || [])].includes(actor);
  }

  function drawConflicts(items) {
    clear(conflictBox);
    conflictBox.dataset.count = String(items.length);
    if (!items.length) {
      conflictBox.append(el("p", { class: "muted" }, "No contradictions between the stored sources."));
      return;
    }
    const sorted = [...items.filter(involves), ...items.filter((c) => !involves(c))];
    for (const c of sorted) {
      conflictBox.append(el("section", { class: `conflict ${involves(c) ? "mine" : ""}` },
        el("h3", {}, el("span", { class: "badge" }, c.kind.replace("_", " ")), " ", conflictTitle(c)),
        el("div", { class: "sides" }, c.values.map((v) => side(v, c)))));
    }
  }

  async function load() {
    const url = `/api/stance?actor=${encodeURIComponent(actor)}`;
    DG.setTwin(twin, url);
    const chosen = [...select.options].find((o) => o.value === actor);
    actorName.textContent = chosen ? chosen.textContent : actor;
    try {
      const [rows, conflicts] = await Promise.all([getJSON(url), getJSON("/api/conflicts")]);
      drawStance(rows);
      drawConflicts(conflicts);
    } catch (err) {
      showError(clear(stanceBox), err);
    }
  }

  async function init() {
    try {
      const [actors, docs] = await Promise.all([getJSON("/api/actors"), getJSON("/api/documents")]);
      docNames = new Set(docs.map((d) => d.name));
      clear(select);
      if (!actors.some((a) => a.code === actor)) select.append(el("option", { value: actor }, actor));
      for (const a of actors) select.append(el("option", { value: a.code }, `${a.code} — ${a.name}`));
      select.value = actor;
    } catch (err) {
      showError(stanceBox, err);
    }
    await load();
  }

  select.addEventListener("change", () => {
    actor = select.value;
    const url = new URL(window.location.href);
    url.searchParams.set("actor", actor);
    window.history.replaceState(null, "", url);
    load();
  });
  init();
})();
