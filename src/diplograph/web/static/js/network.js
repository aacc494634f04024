// Network page: actors as nodes, relations as edges coloured from
// cooperation (green) to conflict (red), a month window, click for events.
"use strict";

(() => {
  const { el, clear, getJSON, allEvents, query, setTwin, showError, eventList } = DG;
  const container = document.getElementById("cy");
  const fromSlider = document.getElementById("from-slider");
  const toSlider = document.getElementById("to-slider");
  const fromLabel = document.getElementById("from-label");
  const toLabel = document.getElementById("to-label");
  const twin = document.getElementById("twin");
  const count = document.getElementById("graph-count");
  const sideTitle = document.getElementById("side-title");
  const sideBody = document.getElementById("side-body");
  let months = [];
  let cy = null;
  let pending = null;

  const KIND_COLOUR = { state: "#3b6ea8", organisation: "#8e5ea2", region: "#7a8b99" };
  const GREEN = [46, 157, 79];
  const AMBER = [222, 160, 40];
  const RED = [200, 50, 40];

  // Conflict share 0 → green, 0.5 → amber, 1 → red.
  function edgeColour(edge) {
    const coop = edge.verbal_cooperation + edge.material_cooperation;
    const conf = edge.verbal_conflict + edge.material_conflict;
    const share = coop + conf ? conf / (coop + conf) : edge.mean_score < 0 ? 1 : 0;
    const [a, b, t] = share < 0.5 ? [GREEN, AMBER, share * 2] : [AMBER, RED, (share - 0.5) * 2];
    const mix = a.map((x, i) => Math.round(x + (b[i] - x) * t));
    return `#${mix.map((x) => x.toString(16).padStart(2, "0")).join("")}`;
  }

  function monthsBetween(first, last) {
    const out = [];
    let [y, m] = first.slice(0, 7).split("-").map(Number);
    m = m || 1;
    const [y2, m2raw] = last.slice(0, 7).split("-").map(Number);
    const m2 = m2raw || 12;
    while (y < y2 || (y === y2 && m <= m2)) {
      out.push(`${y}-${String(m).padStart(2, "0")}`);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  function windowParams() {
    if (!months.length) return {};
    const a = Number(fromSlider.value);
    const b = Number(toSlider.value);
    const full = a === 0 && b === months.length - 1;
    return full ? {} : { from: months[Math.min(a, b)], to: months[Math.max(a, b)] };
  }

  function updateLabels() {
    if (!months.length) return;
    fromLabel.textContent = months[Number(fromSlider.value)];
    toLabel.textContent = months[Number(toSlider.value)];
  }

  function elements(data) {
    const weight = {};
    for (const e of data.edges) {
      weight[e.source] = (weight[e.source] || 0) + e.events;
      weight[e.target] = (weight[e.target] || 0) + e.events;
    }
    const nodes = data.nodes.map((n) => ({
      data: {
        // States and organisations by their well-known codes (RUS, NATO);
        // regions and groups (M49:002, GRP:BALTIC) by name (Africa).
        id: n.code, label: n.code.includes(":") && n.name ? n.name : n.code, name: n.name,
        kind: n.kind || "other", weight: weight[n.code] || 1,
        colour: KIND_COLOUR[n.kind] || "#999999",
      },
    }));
    const edges = data.edges.map((e, i) => ({
      data: { ...e, id: `e${i}`, colour: edgeColour(e) },
    }));
    return [...nodes, ...edges];
  }

  function draw(data) {
    const style = [
      {
        selector: "node",
        style: {
          "background-color": "data(colour)", label: "data(label)", color: "#222",
          "font-size": 12, "text-outline-color": "#fff", "text-outline-width": 2, "text-valign": "center", "text-halign": "right", "text-margin-x": 3,
          width: "mapData(weight, 1, 40, 14, 46)", height: "mapData(weight, 1, 40, 14, 46)",
          "border-width": 1, "border-color": "#fff",
        },
      },
      {
        selector: "edge",
        style: {
          "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", "arrow-scale": 0.6, "curve-style": "bezier",
          width: "mapData(events, 1, 10, 1.2, 7)", opacity: 0.8,
        },
      },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#111" } },
      { selector: "edge:selected", style: { opacity: 1, width: 8 } },
    ];
    if (cy) cy.destroy();
    cy = cytoscape({
      container, elements: elements(data), style,
      layout: {
        name: "cose", animate: false, randomize: true, padding: 24, numIter: 2500, gravity: 0.2,
        nodeRepulsion: () => 250000, idealEdgeLength: () => 70,
        nodeOverlap: 20, componentSpacing: 60,
        boundingBox: { x1: 0, y1: 0, w: container.clientWidth || 900, h: container.clientHeight || 600 },
      },
    });
    window.__cy = cy;
    cy.on("tap", "node", (evt) => showActor(evt.target.data()));
    cy.on("tap", "edge", (evt) => showEdge(evt.target.data()));
    count.textContent = `${data.nodes.length} actors, ${data.edges.length} relations`;
    container.dataset.nodes = String(data.nodes.length);
  }

  async function showList(title, params) {
    sideTitle.textContent = title;
    clear(sideBody).append(el("p", { class: "muted" }, "Loading…"));
    try {
      const events = await allEvents({ ...params, ...windowParams() });
      clear(sideBody).append(
        el("p", {}, el("a", { href: `/api/events${query({ ...params, ...windowParams(), limit: 1000 })}`, class: "twin" },
          "JSON of this list")),
        eventList(events));
    } catch (err) {
      showError(clear(sideBody), err);
    }
  }

  function showActor(node) {
    showList(`${node.name} (${node.id})`, { actor: node.id });
  }

  // "Russia (RUS)": the node's name from /api/graph beside its code.
  function nodeLabel(code) {
    const node = cy && cy.getElementById(code);
    return node && node.length ? DG.label(code, node.data("name")) : code;
  }

  function showEdge(edge) {
    const quads = [
      ["verbal cooperation", edge.verbal_cooperation], ["material cooperation", edge.material_cooperation],
      ["verbal conflict", edge.verbal_conflict], ["material conflict", edge.material_conflict],
      ["mean score", edge.mean_score], ["first", edge.first || "—"], ["last", edge.last || "—"],
    ];
    const title = `${nodeLabel(edge.source)} — ${nodeLabel(edge.target)}: ${edge.events} events`;
    showList(title, { actor: [edge.source, edge.target] })
      .then(() => sideBody.prepend(el("dl", { class: "record" },
        quads.map(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))]))));
  }

  async function load() {
    const params = windowParams();
    const url = `/api/graph${query(params)}`;
    setTwin(twin, url);
    try {
      draw(await getJSON(url));
    } catch (err) {
      showError(sideBody, err);
    }
  }

  function onSlide() {
    updateLabels();
    clearTimeout(pending);
    pending = setTimeout(load, 250);
  }

  async function init() {
    try {
      const data = await getJSON("/api/graph");
      const firsts = data.edges.map((e) => e.first).filter(Boolean).sort();
      const lasts = data.edges.map((e) => e.last).filter(Boolean).sort();
      if (firsts.length) months = monthsBetween(firsts[0], lasts[lasts.length - 1]);
      for (const s of [fromSlider, toSlider]) {
        s.max = String(Math.max(months.length - 1, 0));
        s.addEventListener("input", onSlide);
      }
      fromSlider.value = "0";
      toSlider.value = String(Math.max(months.length - 1, 0));
      updateLabels();
      draw(data);
    } catch (err) {
      showError(sideBody, err);
    }
  }

  document.getElementById("reset-window").addEventListener("click", () => {
    fromSlider.value = "0";
    toSlider.value = String(Math.max(months.length - 1, 0));
    onSlide();
  });
  init();
})();
