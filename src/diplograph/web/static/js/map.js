// Map page: merged events per country on the vendored world-atlas
// (countries-110m TopoJSON, ids are zero-padded M49 codes), drawn with
// d3-geo and topojson-client. Click a country to list its events. The type
// and date filters are kept in the page's URL.
"use strict";

(() => {
  const { el, clear, getJSON, allEvents, query, setTwin, showError, eventList } = DG;
  const SVG = "http://www.w3.org/2000/svg";
  const box = document.getElementById("map");
  const typeField = document.getElementById("f-type");
  const form = document.getElementById("filters");
  const dates = { from: document.getElementById("f-from"), to: document.getElementById("f-to") };
  const twin = document.getElementById("twin");
  const count = document.getElementById("count");
  const sideTitle = document.getElementById("side-title");
  const sideBody = document.getElementById("side-body");
  let features = [];
  let places = [];

  const pad = (code) => String(code).padStart(3, "0");

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  // Light to dark orange by event count (log scale).
  function shade(n, max) {
    const t = max > 1 ? Math.log(n) / Math.log(max) : 1;
    const from = [248, 200, 140];
    const to = [179, 64, 17];
    const rgb = from.map((x, i) => Math.round(x + (to[i] - x) * t));
    return `rgb(${rgb.join(",")})`;
  }

  function draw() {
    clear(box);
    const width = Math.max((box.clientWidth || 800) - 18, 400);
    const height = Math.round(width * 0.52);
    const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
    const path = d3.geoPath(projection);
    const byM49 = new Map(places.filter((p) => p.m49).map((p) => [pad(p.m49), p]));
    const max = Math.max(1, ...places.map((p) => p.events));
    const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
      "aria-label": "events by country" });
    root.append(svg("path", { d: path({ type: "Sphere" }), class: "sphere" }));
    root.append(svg("path", { d: path(d3.geoGraticule10()), class: "graticule" }));
    let shaded = 0;
    for (const f of features) {
      const place = f.id !== undefined ? byM49.get(pad(f.id)) : undefined;
      const shape = svg("path", { d: path(f) || "", class: place ? "country has" : "country" });
      if (place) {
        shape.setAttribute("fill", shade(place.events, max));
        shape.dataset.code = place.code;
        shaded += 1;
      }
      shape.dataset.m49 = f.id === undefined ? "" : pad(f.id);
      const label = place ? `${place.name}: ${place.events} event${place.events > 1 ? "s" : ""}`
        : (f.properties && f.properties.name) || "unknown";
      const title = svg("title");
      title.textContent = label;
      shape.append(title);
      shape.addEventListener("click", () => showCountry(f, place));
      root.append(shape);
    }
    box.append(root);
    box.dataset.shaded = String(shaded);
    const regions = places.filter((p) => !p.m49);
    const total = places.reduce((s, p) => s + p.events, 0);
    count.textContent = `${total} located events in ${places.length} places`;
    if (regions.length) {
      box.append(el("p", { class: "muted small" }, "Also located in regions (not on the map): ",
        regions.map((r) => `${r.name} (${r.events})`).join(", ")));
    }
  }

  async function showCountry(feature, place) {
    const name = place ? place.name : (feature.properties && feature.properties.name) || "this country";
    sideTitle.textContent = name;
    for (const node of box.querySelectorAll(".country.selected")) node.classList.remove("selected");
    const shape = box.querySelector(`.country[data-m49="${feature.id === undefined ? "" : pad(feature.id)}"]`);
    if (shape) shape.classList.add("selected");
    if (!place) {
      clear(sideBody).append(el("p", { class: "muted" }, `No events located in ${name}.`));
      return;
    }
    clear(sideBody).append(el("p", { class: "muted" }, "Loading…"));
    const wanted = { ...params(), location: place.code };
    try {
      const events = await allEvents(wanted);
      clear(sideBody).append(
        el("p", { class: "twins" },
          el("a", { class: "twin", href: `/api/events${query({ ...wanted, limit: 1000 })}` }, "JSON of this list"),
          el("a", { class: "twin csv", id: "side-csv", href: DG.csvOf(`/api/events${query(wanted)}`), download: true },
            "CSV")),
        eventList(events));
    } catch (err) {
      showError(clear(sideBody), err);
    }
  }

  function params() {
    const out = typeField.value ? { type: typeField.value } : {};
    for (const [k, box] of Object.entries(dates)) if (DG.dateValue(box)) out[k] = DG.dateValue(box);
    return out;
  }

  async function loadPlaces() {
    const p = params();
    const url = `/api/places${query(p)}`;
    setTwin(twin, url);
    DG.keepInURL(p);
    places = await getJSON(url);
    draw();
    clear(sideBody);
    sideTitle.textContent = "Country events";
  }

  function reload() {
    loadPlaces().catch((err) => showError(box, err));
  }

  async function init() {
    for (const t of DG.TYPES) typeField.append(el("option", { value: t }, t));
    const type = DG.param("type");
    if (type && DG.TYPES.includes(type)) typeField.value = type;
    for (const [k, box] of Object.entries(dates)) box.value = DG.param(k) || "";
    try {
      const topo = await getJSON(box.dataset.atlas);
      features = topojson.feature(topo, topo.objects.countries).features;
      await loadPlaces();
    } catch (err) {
      showError(box, err);
    }
  }

  form.addEventListener("change", reload);
  form.addEventListener("submit", (e) => { e.preventDefault(); reload(); });
  for (const field of Object.values(dates)) {
    field.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); reload(); } });
  }
  let resize = null;
  window.addEventListener("resize", () => {
    clearTimeout(resize);
    resize = setTimeout(() => features.length && draw(), 200);
  });
  init();
})();
