// Search page: full-text search over the stored sentences (/api/search,
// BM25). Each hit links to its place in its document and to the records
// coded from it: events, memberships, figures.
"use strict";

(() => {
  const { el, clear, getJSON, query, setTwin, showError, sides, who, typeBadge, eventHref } = DG;
  const form = document.getElementById("search-form");
  const box = document.getElementById("q");
  const limit = document.getElementById("f-limit");
  const hits = document.getElementById("hits");
  const count = document.getElementById("count");
  const twin = document.getElementById("twin");

  // The sentence with the query's words marked (by their first letters,
  // as the index stems them), built from text nodes.
  function marked(text, q) {
    const words = q.toLowerCase().match(/[a-z0-9]+/g) || [];
    const stems = words.filter((w) => w.length > 2).map((w) => w.slice(0, Math.max(4, w.length - 3)));
    if (!stems.length) return [text];
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`\\b(?:${stems.map(escape).join("|")})[a-z]*`, "gi");
    const out = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      out.push(text.slice(last, m.index), el("mark", { class: "term" }, m[0]));
      last = m.index + m[0].length;
    }
    out.push(text.slice(last));
    return out;
  }

  function amount(value, unit) {
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency: unit, notation: "compact" }).format(value);
    } catch (e) {
      return `${value} ${unit || ""}`.trim();
    }
  }

  function coded(r) {
    if (r.kind === "event") {
      const body = [typeBadge(r.what), " ", sides(r), el("span", { class: "muted" }, ` ${r.date || "undated"} · ${r.status}`)];
      return el("li", { class: "coded", dataset: { kind: "event" } },
        r.merged_id ? el("a", { href: eventHref(r.merged_id), class: "evlink" }, body) : body);
    }
    if (r.kind === "membership") {
      const org = (r.target || [])[0] || "";
      return el("li", { class: "coded", dataset: { kind: "membership" } },
        el("a", { href: `/members/${encodeURIComponent(org)}` },
          el("span", { class: "badge" }, r.what), " ", sides(r)),
        el("span", { class: "muted" }, ` ${r.date || "undated"} · ${r.status}`));
    }
    const [from, to] = (r.date || "").split("/");
    const params = { metric: r.what, actor: (r.source || [])[0], from, to: to || from };
    return el("li", { class: "coded", dataset: { kind: "figure" } },
      el("a", { href: `/figures${query(params)}` },
        el("span", { class: "badge" }, r.what.replace("_", " ")), " ", who(r.source, r.source_names),
        `: ${amount(r.value, r.unit)}`),
      el("span", { class: "muted" }, r.date ? ` for ${r.date}` : " period unknown"));
  }

  function hit(h, q) {
    const at = h.start_char !== null && h.end_char !== null ? `?at=${h.start_char}-${h.end_char}` : "";
    const records = h.records || [];
    return el("li", { class: "hit", dataset: { doc: h.doc } },
      el("blockquote", { class: "sentence" }, marked(h.text, q)),
      el("p", { class: "source small" },
        el("a", { href: `/documents/${encodeURIComponent(h.doc)}${at}`, class: "doclink" }, h.title || h.doc),
        ` · ${h.publisher || "unknown publisher"} · published ${h.published || "undated"}`,
        el("span", { class: "muted" }, ` · score ${h.score.toFixed(2)}`)),
      records.length ? el("ul", { class: "codedlist" }, records.map(coded))
        : el("p", { class: "muted small" }, "Nothing coded from this sentence."));
  }

  async function run() {
    const q = box.value.trim();
    const params = { q, limit: limit.value };
    DG.keepInURL(params);
    clear(hits);
    if (!q) {
      count.textContent = "";
      return;
    }
    setTwin(twin, `/api/search${query(params)}`);
    count.textContent = "searching…";
    try {
      const found = await getJSON(`/api/search${query(params)}`);
      count.textContent = `${found.length} sentence${found.length === 1 ? "" : "s"}` +
        (found.length >= Number(limit.value) ? " (the best; show more for the rest)" : "");
      hits.dataset.count = String(found.length);
      hits.append(...found.map((h) => hit(h, q)));
      if (!found.length) hits.append(el("li", { class: "muted" }, "No sentence has these words."));
    } catch (err) {
      count.textContent = "";
      showError(hits, err);
    }
  }

  const wanted = DG.param("limit");
  if (wanted && [...limit.options].some((o) => o.value === wanted)) limit.value = wanted;
  form.addEventListener("submit", (e) => { e.preventDefault(); run(); });
  limit.addEventListener("change", run);
  run();
})();
