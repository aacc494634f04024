// Shared helpers for the diplograph pages. Every bit of data is put into the
// page with createElement/textContent, never innerHTML: document text is
// untrusted.
"use strict";

const DG = (() => {
  const TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
  ];
  const QUAD_OF = {
    AGREE: "verbal_cooperation", CONSULT: "verbal_cooperation", SUPPORT: "verbal_cooperation",
    CONCEDE: "verbal_cooperation", COOPERATE: "material_cooperation", AID: "material_cooperation",
    RETREAT: "material_cooperation", REQUEST: "verbal_conflict", ACCUSE: "verbal_conflict",
    REJECT: "verbal_conflict", THREATEN: "verbal_conflict", PROTEST: "material_conflict",
    SANCTION: "material_conflict", MOBILIZE: "material_conflict", COERCE: "material_conflict",
    ASSAULT: "material_conflict",
  };
  const QUAD_COLOUR = {
    verbal_cooperation: "#5aa469", material_cooperation: "#1f7a3a",
    verbal_conflict: "#e08a4b", material_conflict: "#c0392b",
  };

  // A safe href: a path on this server, or an http(s) link elsewhere.
  function safeHref(url) {
    if (typeof url !== "string") return null;
    if (url.startsWith("/") && !url.startsWith("//")) return url;
    try {
      const u = new URL(url);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  // el("a", {href: "/x", class: "c", dataset: {k: "v"}}, "text", childNode, ...)
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key === "href") {
        const href = safeHref(value);
        if (href) node.setAttribute("href", href);
      } else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        detail = JSON.stringify((await response.json()).detail);
      } catch (e) { /* not JSON */ }
      throw new Error(`${url}: ${response.status} ${detail}`);
    }
    return response.json();
  }

  // Every merged event matching `params`, paging through /api/events.
  async function allEvents(params, maxPages = 20) {
    const items = [];
    for (let page = 0; page < maxPages; page++) {
      const query = new URLSearchParams(params);
      query.set("limit", "1000");
      query.set("offset", String(page * 1000));
      const data = await getJSON(`/api/events?${query}`);
      items.push(...data.items);
      if (!data.more) break;
    }
    return items;
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
      else if (v) q.set(k, v);
    }
    const s = q.toString();
    return s ? `?${s}` : "";
  }

  // The CSV download of a JSON twin's rows: the same filters, every row
  // (a search keeps its limit: how many of the best sentences).
  function csvOf(url) {
    const u = new URL(url, window.location.origin);
    if (u.pathname !== "/api/search") u.searchParams.delete("limit");
    u.searchParams.delete("offset");
    u.searchParams.set("format", "csv");
    return `${u.pathname}${u.search}`;
  }

  // Point the page's JSON twin (and its CSV download, if it has one) at url.
  function setTwin(link, url, csvLink) {
    if (!link) return;
    link.setAttribute("href", url);
    link.textContent = `JSON: ${url}`;
    const csv = csvLink || document.getElementById("csv");
    if (csv) csv.setAttribute("href", csvOf(url));
  }

  function showError(container, err) {
    console.warn(err);
    container.append(el("p", { class: "notice error" }, `Could not load data: ${err.message}`));
  }

  const codes = (list) => (list && list.length ? list.join(", ") : "—");

  // "Russia (RUS)", the code alone where it is its own name.
  const label = (code, name) => (name && name !== code ? `${name} (${code})` : code);

  // Actors by name with their code beside it, as text...
  function named(list, names) {
    if (list === null || list === undefined || list === "") return "—";
    const all = Array.isArray(list) ? list : [list];
    const given = Array.isArray(names) ? names : [names];
    return all.length ? all.map((c, i) => label(c, given[i])).join(", ") : "—";
  }

  // ... and as elements: the name, then the code in small type.
  function who(list, names) {
    if (list === null || list === undefined || list === "") return "—";
    const all = Array.isArray(list) ? list : [list];
    const given = Array.isArray(names) ? names : [names];
    if (!all.length) return "—";
    return el("span", { class: "who" }, all.map((c, i) => {
      const name = given[i];
      const one = name && name !== c
        ? el("span", { class: "actor", title: c }, name, " ", el("code", { class: "code" }, c))
        : el("span", { class: "actor" }, el("code", { class: "code" }, c));
      return i ? [", ", one] : one;
    }));
  }

  // "Russia → Africa" for an event (or any record with source and target).
  function sides(ev) {
    return [who(ev.source, ev.source_names), " → ", who(ev.target, ev.target_names)];
  }

  function typeBadge(type) {
    return el("span", { class: `badge q-${QUAD_OF[type] || "none"}` }, type || "?");
  }

  function eventHref(id) {
    return `/events/${encodeURIComponent(id)}`;
  }

  // A one-line summary of a merged event, linking to its page.
  function eventItem(ev) {
    return el("li", { class: "evitem" },
      el("a", { href: eventHref(ev.merged_id), class: "evlink" }, typeBadge(ev.type), " ", sides(ev)),
      el("span", { class: "muted" }, ` ${ev.date || "undated"} · ${ev.status}`,
        ev.n_publishers ? ` · ${ev.n_publishers} source${ev.n_publishers > 1 ? "s" : ""}` : ""));
  }

  function eventList(events, limit = 200) {
    if (!events.length) return el("p", { class: "muted" }, "No events.");
    const list = el("ul", { class: "evlist" }, events.slice(0, limit).map(eventItem));
    if (events.length > limit) {
      list.append(el("li", { class: "muted" }, `… and ${events.length - limit} more`));
    }
    return list;
  }

  // The coded record of one event as a definition list.
  function record(ev) {
    const rows = [
      ["type", typeBadge(ev.type)], ["mode", ev.mode || "—"], ["source", who(ev.source, ev.source_names)],
      ["target", who(ev.target, ev.target_names)], ["date", ev.date || "undated"], ["status", ev.status || "—"],
      ["location", ev.location ? who(ev.location, ev.location_name) : "—"],
    ];
    if (ev.trigger) rows.push(["trigger", ev.trigger]);
    return el("dl", { class: "record" }, rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  }

  function param(name) {
    return new URLSearchParams(window.location.search).get(name);
  }

  // A date filter's box: YYYY, YYYY-MM or YYYY-MM-DD, or empty. One that
  // cannot be read is marked and not sent.
  const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  function dateValue(input) {
    const value = input.value.trim();
    const ok = value === "" || DATE.test(value);
    input.classList.toggle("invalid", !ok);
    input.setAttribute("aria-invalid", ok ? "false" : "true");
    return ok ? value : "";
  }

  // The page's filters in its own URL, so that it can be bookmarked and shared.
  function keepInURL(params) {
    const url = new URL(window.location.href);
    url.search = query(params);
    window.history.replaceState(null, "", url);
  }

  return {
    TYPES, QUAD_OF, QUAD_COLOUR, safeHref, el, clear, getJSON, allEvents, query, setTwin, csvOf,
    showError, codes, label, named, who, sides, typeBadge, eventHref, eventItem, eventList, record, param,
    dateValue, keepInURL,
  };
})();
