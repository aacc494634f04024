// Event page: a merged event and every mention of it, each with its
// sentence, source, date, status and link.
"use strict";

(() => {
  const { el, clear, getJSON, showError, named, sides, typeBadge, record } = DG;
  const head = document.getElementById("event");
  const list = document.getElementById("mentions");
  const id = head.dataset.event;

  // The sentence with its trigger word marked, built from text nodes.
  function sentence(m) {
    const text = m.sentence || "";
    const at = m.trigger ? text.toLowerCase().indexOf(m.trigger.toLowerCase()) : -1;
    if (at < 0) return el("blockquote", { class: "sentence" }, text);
    return el("blockquote", { class: "sentence" },
      text.slice(0, at), el("mark", { class: "trigger" }, text.slice(at, at + m.trigger.length)),
      text.slice(at + m.trigger.length));
  }

  // "Why is this a SANCTION?": the lexicon entry that fired, then each
  // pass's rule that changed the record, in the order they ran.
  function why(m) {
    const rules = m.rules || [];
    if (!rules.length) return [];
    return el("div", { class: "why" },
      el("p", { class: "small" }, el("b", {}, `Why is this a ${m.type}?`)),
      el("ol", { class: "rules small" }, ...rules.map((r, i) => el("li", {},
        i === 0 ? "fired: " : "then: ", el("code", {}, r)))));
  }

  function mentionCard(m) {
    const reader = `/documents/${encodeURIComponent(m.doc)}?event=${encodeURIComponent(m.event_id)}`;
    const link = DG.safeHref(m.url);
    return el("section", { class: "mention" },
      sentence(m),
      el("p", { class: "source" },
        el("b", {}, m.publisher || m.doc), " · ",
        el("a", { href: reader }, m.title || m.doc), " · published ", m.published || "undated",
        link ? [" · ", el("a", { href: link, rel: "noopener noreferrer" }, "original")] : []),
      el("p", { class: "small muted" },
        `coded as ${m.type}${m.mode ? ` (${m.mode})` : ""}: `,
        `${named(m.source, m.source_names)} → ${named(m.target, m.target_names)}`,
        `, date ${m.date || "undated"}, status ${m.status}`,
        m.location ? `, in ${named(m.location, m.location_name)}` : "", m.rule ? ` · rule ${m.rule}` : ""),
      why(m));
  }

  getJSON(`/api/events/${encodeURIComponent(id)}`)
    .then((ev) => {
      const plain = (list, names) => (names && names.length ? names : list || []).join(", ") || "—";
      const said = `${plain(ev.source, ev.source_names)} → ${plain(ev.target, ev.target_names)}`;
      document.getElementById("page-title").textContent = `${ev.type}: ${said}`;
      document.title = `${ev.type} ${said} · diplograph`;
      clear(head).append(
        el("div", { class: "card" },
          el("p", {}, typeBadge(ev.type), " ", el("b", {}, sides(ev)),
            ` on ${ev.date || "an unknown date"}${ev.date_end ? ` to ${ev.date_end}` : ""}`),
          record(ev),
          el("p", { class: "muted" },
            `Reported in ${ev.n_mentions} sentence${ev.n_mentions === 1 ? "" : "s"} by `,
            `${ev.n_publishers} source${ev.n_publishers === 1 ? "" : "s"}: ${(ev.publishers || []).join("; ")}`),
          el("p", { class: "small" }, "Timelines: ", (ev.actors || []).map((c, i) => [
            i ? " · " : "",
            el("a", { href: `/timeline?actor=${encodeURIComponent(c)}` }, DG.label(c, (ev.actor_names || [])[i])),
          ]))));
      clear(list).append(...ev.mentions.map(mentionCard));
    })
    .catch((err) => showError(head, err));
})();
