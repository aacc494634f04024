// Document reader: the text with actor mentions and event sentences
// highlighted. Spans are code-point offsets into the text; every piece of
// text is put in with textContent.
"use strict";

(() => {
  const { el, clear, getJSON, showError, record, eventHref } = DG;
  const article = document.getElementById("doc-text");
  const panel = document.getElementById("record");
  const name = article.dataset.doc;
  let sentences = [];
  let mentions = [];
  // ?at=START-END (a search hit's sentence, a figure): marked and scrolled to.
  const at = /^(\d+)-(\d+)$/.exec(DG.param("at") || "");
  const hit = at ? { start: Number(at[1]), end: Number(at[2]) } : null;

  function segments(length) {
    const cuts = new Set([0, length]);
    for (const s of [...sentences, ...mentions, ...(hit ? [hit] : [])]) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
    return [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
  }

  function render(doc) {
    const chars = Array.from(doc.text || "");
    const bySpan = new Map();
    for (const ev of doc.events) {
      if (ev.start_char === null || ev.end_char === null) continue;
      const key = `${ev.start_char}:${ev.end_char}`;
      if (!bySpan.has(key)) bySpan.set(key, { start: ev.start_char, end: ev.end_char, events: [] });
      bySpan.get(key).events.push(ev);
    }
    sentences = [...bySpan.values()].sort((a, b) => a.start - b.start);
    mentions = doc.mentions
      .filter((m) => m.start_char !== null && m.end_char !== null)
      .map((m) => ({ ...m, start: m.start_char, end: m.end_char }));
    const cuts = segments(chars.length);
    clear(article);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [a, b] = [cuts[i], cuts[i + 1]];
      const text = chars.slice(a, b).join("");
      const s = sentences.findIndex((x) => x.start <= a && x.end >= b);
      const ms = mentions.map((m, j) => (m.start <= a && m.end >= b ? j : -1)).filter((j) => j >= 0);
      const marked = hit !== null && hit.start <= a && hit.end >= b && hit.end > hit.start;
      if (s < 0 && !ms.length && !marked) {
        article.append(document.createTextNode(text));
        continue;
      }
      const span = el(ms.length ? "mark" : "span", {
        class: [s >= 0 ? "m-event" : "", ms.length ? "m-actor" : "", marked ? "m-hit" : ""].join(" ").trim(),
        tabindex: "0",
        dataset: { sentence: s >= 0 ? String(s) : "", mentions: ms.join(",") },
      }, text);
      article.append(span);
    }
    article.dataset.sentences = String(sentences.length);
    article.dataset.mentions = String(mentions.length);
  }

  function select(sIndex, mIndexes) {
    for (const node of article.querySelectorAll(".active")) node.classList.remove("active");
    if (sIndex !== "") {
      for (const node of article.querySelectorAll(`[data-sentence="${sIndex}"]`)) node.classList.add("active");
    }
    clear(panel);
    for (const j of mIndexes) {
      const m = mentions[j];
      panel.append(el("div", { class: "mention-card" },
        el("p", {}, el("b", {}, m.text), ` — ${m.form || "mention"} of `, DG.who(m.codes, m.code_names)),
        el("p", { class: "small" }, m.codes.map((c, i) => [
          el("a", { href: `/timeline?actor=${encodeURIComponent(c)}` },
            `${DG.label(c, (m.code_names || [])[i])} on the timeline`), " · ",
          el("a", { href: `/sources?actor=${encodeURIComponent(c)}` }, `stance towards ${c}`), " ",
        ]))));
    }
    const sentence = sIndex === "" ? null : sentences[Number(sIndex)];
    if (sentence) {
      for (const ev of sentence.events) {
        panel.append(el("div", { class: "event-card" },
          record(ev),
          ev.merged_id
            ? el("a", { href: eventHref(ev.merged_id), class: "evlink" }, "Merged event and all its sources →")
            : el("span", { class: "muted" }, "not merged")));
      }
    }
    if (!panel.firstChild) panel.append(el("p", { class: "muted" }, "Nothing coded here."));
  }

  article.addEventListener("click", (e) => {
    const node = e.target.closest("[data-sentence]");
    if (!node) return;
    select(node.dataset.sentence, node.dataset.mentions ? node.dataset.mentions.split(",").map(Number) : []);
  });
  article.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && e.target.dataset.sentence !== undefined) e.target.click();
  });

  getJSON(`/api/documents/${encodeURIComponent(name)}`)
    .then((doc) => {
      render(doc);
      const wanted = DG.param("event");
      const s = sentences.findIndex((x) => x.events.some((ev) => ev.event_id === wanted));
      if (s >= 0) {
        select(String(s), []);
        const first = article.querySelector(`[data-sentence="${s}"]`);
        if (first) first.scrollIntoView({ block: "center" });
      } else if (hit) {
        const first = article.querySelector(".m-hit");
        if (first) first.scrollIntoView({ block: "center" });
      }
    })
    .catch((err) => showError(article, err));
})();
