"""The Python API: `diplograph.open(path)` and its queries, as DataFrames.

The CLI, the HTTP API and the web UI call these methods and nothing else.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...formats.graphs import relations_file
from ...kb import loader
from ...knowledge import conflicts as conflict_rules
from ...knowledge import relations, timeline
from ...knowledge.rebuild import finish_interrupted
from ...knowledge.stance import stances
from ...store import EventFilter, FigureFilter, Store
from ...store import document_queries as qd
from ...store import queries as q
from ...store import search as qs
from ...vocabulary import QUADS
from . import validate as check
from .names import named
from .rows import frame as _frame
from .rows import row as _plain
from .validate import InvalidQuery

if TYPE_CHECKING:
    import pandas as pd  # imported where used: an ingest never needs it


class Diplograph:
    """A read-only view of a store."""

    def __init__(self, path: str | Path = "diplograph.duckdb", store: Store | None = None):
        """Opens the store at `path` read-only, or reads through `store`, a
        connection already open on it (the server's, one per request)."""
        self.path = str(path)
        self.store = store if store is not None else Store(self.path, read_only=True)
        self.kb = loader.default()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Diplograph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries -------------------------------------------------------
    def events(
        self,
        actors: tuple[str, ...] | list[str] = (),
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        status: str | None = None,
        source: str | None = None,
        doc: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        location: str | None = None,
    ) -> pd.DataFrame:
        """Every event mention, one row per sentence that reports it."""
        args = actors, type, date_from, date_to, status, source, doc, limit, offset, location
        return q.event_rows(self.store, self._event_filter(*args))

    def merged_events(
        self,
        actors: tuple[str, ...] | list[str] = (),
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        status: str | None = None,
        source: str | None = None,
        doc: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        location: str | None = None,
    ) -> pd.DataFrame:
        """Real-world events, each with every document and publisher reporting it."""
        args = actors, type, date_from, date_to, status, source, doc, limit, offset, location
        return q.merged_event_rows(self.store, self._event_filter(*args))

    def count_merged_events(
        self,
        actors: tuple[str, ...] | list[str] = (),
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        status: str | None = None,
        source: str | None = None,
        doc: str | None = None,
        location: str | None = None,
    ) -> int:
        """How many real-world events merged_events would give without a limit."""
        args = actors, type, date_from, date_to, status, source, doc, None, 0, location
        return q.merged_event_count(self.store, self._event_filter(*args))

    def actor_timeline(self, actor: str, limit: int = 100) -> pd.DataFrame:
        """An actor's latest events, newest first."""
        return q.actor_timeline(self.store, self._actor(actor), limit)

    def actors(self) -> pd.DataFrame:
        return q.actor_rows(self.store)

    def documents(self) -> pd.DataFrame:
        return qd.document_rows(self.store)

    def memberships(self, organization: str | None = None) -> pd.DataFrame:
        return q.membership_rows(self.store, organization.upper() if organization else None)

    def figures(
        self,
        actors: tuple[str, ...] | list[str] = (),
        metric: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> pd.DataFrame:
        """Money figures of all the `actors`, of a metric, for a period overlapping the window."""
        start, end = check.window(date_from, date_to)
        wanted = FigureFilter(check.actors(actors, self._known), check.metric(metric), start, end)
        return q.figure_rows(self.store, wanted)

    def search(self, text: str, limit: int = 20, coded: bool = False) -> pd.DataFrame:
        """Sentences ranked by BM25; `coded` adds the records coded from each, with names."""
        frame = qs.search_rows(self.store, text, limit)
        if coded:
            coded_rows = qs.sentence_records(self.store, list(frame["sent_id"])).to_dict("records")
            found = named(map(_plain, coded_rows), self._name)
            frame["records"] = frame["sent_id"].map(lambda s: [r for r in found if r["sent_id"] == s])
        return frame

    def event_sentences(self, merged_ids: list[str]) -> dict[str, str]:  # in its first report
        return q.merged_event_sentences(self.store, merged_ids)

    def count_search(self, text: str) -> int:
        """How many sentences search would rank without a limit."""
        return qs.search_count(self.store, text)

    def stats(self) -> dict[str, int]:
        return q.stats(self.store)

    def members(self, organization: str, as_of: str | None = None) -> pd.DataFrame:
        """States and their status in an organisation on a date (today's
        known status without a date), with the evidence behind each."""
        org = organization.upper()
        if org not in self.kb.organisations:
            known = ", ".join(sorted(self.kb.organisations))
            raise KeyError(f"unknown organisation {organization!r}; known: {known}")
        as_of = check.date(as_of, "as-of")
        lines = timeline.timelines(self._membership_evidence(org))
        rows: list[dict[str, Any]] = []
        for (state, _), intervals in sorted(lines.items()):
            iv = timeline.status_on(intervals, as_of)
            if iv is None:
                continue
            rows.append(
                {
                    "member": state,
                    "name": self._name(state),
                    "status": iv.status,
                    "since": iv.start,
                    "until": iv.end,
                    "evidence": iv.evidence,
                }
            )
        return _frame(rows, columns=["member", "name", "status", "since", "until", "evidence"])

    def organisations(self) -> pd.DataFrame:
        """The organisations the knowledge base knows, with how many states
        are members today by its records and the documents."""
        members: Counter[str] = Counter()
        for (_, org), intervals in timeline.timelines(self._membership_evidence()).items():
            now = timeline.status_on(intervals, None)
            if now is not None and now.status == "member":
                members[org] += 1
        rows = [
            {"code": code, "name": org.name, "qid": org.qid, "parent": org.parent, "members": members[code]}
            for code, org in sorted(self.kb.organisations.items())
        ]
        return _frame(rows, columns=["code", "name", "qid", "parent", "members"])

    def membership_timeline(self, organization: str) -> pd.DataFrame:
        org = organization.upper()
        lines = timeline.timelines(self._membership_evidence(org))
        rows = [
            {
                "member": iv.state,
                "name": self._name(iv.state),
                "status": iv.status,
                "start": iv.start,
                "end": iv.end,
                "evidence": iv.evidence,
            }
            for (_, _), ivs in sorted(lines.items())
            for iv in ivs
        ]
        return _frame(rows, columns=["member", "name", "status", "start", "end", "evidence"])

    def document(self, key: str) -> dict[str, Any] | None:
        """A document (by id or name) with its text, the actor mentions in it
        and the sentences that report events, as character spans."""
        doc = qd.document_row(self.store, key)
        if doc is None:
            return None
        mentions, events = qd.document_spans(self.store, doc["doc_id"])
        doc = _plain(doc)
        doc["mentions"] = [_plain(r) for r in mentions.to_dict("records")]
        doc["events"] = [_plain(r) for r in events.to_dict("records")]
        return doc

    def actor(self, code: str) -> dict[str, Any] | None:
        """What the knowledge base and the store know about one actor."""
        code = code.upper()
        actor = self.kb.actor(code)
        if actor is None:
            return None
        mentions, documents = q.actor_mentions(self.store, code)
        out: dict[str, Any] = {
            "code": code,
            "kind": actor.kind,
            "name": actor.name,
            "qid": actor.qid,
            "parent": actor.parent,
            "mentions": mentions,
            "documents": documents,
            "events": self.count_merged_events(actors=[code]),
        }
        if code in self.kb.organisations:
            out["members"] = [_plain(r) for r in self.members(code).to_dict("records")]
        if code in self.kb.states:
            lines = timeline.timelines(self._membership_evidence(state=code))
            now = {org: timeline.status_on(ivs, None) for (_, org), ivs in lines.items()}
            out["memberships"] = [
                {"organization": org, "status": iv.status, "since": iv.start}
                for org in sorted(self.kb.organisations)
                if (iv := now.get(org)) is not None
            ]
        out["relations"] = [e.as_dict() for e in self.relations(code)][:20]
        return out

    def event(self, merged_id: str) -> dict[str, Any] | None:
        """A merged event with each mention: sentence, source, date, link."""
        frame = q.merged_event_rows(self.store, EventFilter(merged_id=merged_id))
        if not len(frame):
            return None
        out = _plain(frame.to_dict("records")[0])
        out["mentions"] = [
            _plain(r) for r in q.merged_event_mentions(self.store, merged_id).to_dict("records")
        ]
        return out

    def conflicts(self) -> list[dict[str, Any]]:
        """Contradictions between sources: figures, memberships, events."""
        figures = [_plain(r) for r in self.figures().to_dict("records")]
        members = [_plain(r) for r in self.memberships().to_dict("records")]
        mentions = [_plain(r) for r in q.event_mention_rows(self.store).to_dict("records")]
        return (
            conflict_rules.figure_conflicts(figures)
            + conflict_rules.membership_conflicts(members, self.kb)
            + conflict_rules.event_conflicts(m for m in mentions if m["merged_id"])
        )

    def relations(
        self, actor: str | None = None, date_from: str | None = None, date_to: str | None = None
    ) -> list[relations.Edge]:
        code = self._actor(actor) if actor else None
        rows = q.pair_rows(self.store, code, *check.window(date_from, date_to))
        return relations.from_pairs(_plain(r) for r in rows.to_dict("records"))

    def graph(
        self, actor: str | None = None, date_from: str | None = None, date_to: str | None = None
    ) -> pd.DataFrame:
        """Actor-to-actor edges with counts by PLOVER quad class and mean score."""
        rows = [e.as_dict() for e in self.relations(actor, date_from, date_to)]
        columns = ["source", "target", "events", *QUADS, "mean_score", "first", "last"]
        return _frame(rows, columns=columns)

    def graph_file(
        self, fmt: str, actor: str | None = None, date_from: str | None = None, date_to: str | None = None
    ) -> str:
        if fmt not in ("graphml", "gexf"):
            raise ValueError(f"unknown graph format {fmt!r}; choose graphml or gexf")
        edges = self.relations(actor, date_from, date_to)
        names = {e: self._name(e) for edge in edges for e in (edge.source, edge.target)}
        return relations_file(fmt, edges, names)

    def places(
        self,
        date_from: str | None = None,
        date_to: str | None = None,
        type: str | None = None,
        actor: str | None = None,
    ) -> pd.DataFrame:
        """Merged events per country where they happened, for the map; the UN
        M49 numeric code matches the world atlas's country ids."""
        events = self.merged_events([actor] if actor else (), type, date_from, date_to)
        counts = events[events["location"].notna()].groupby("location").size()
        rows = []
        for code, n in sorted(counts.items()):
            state = self.kb.states.get(str(code))
            rows.append(
                {
                    "code": code,
                    "name": self._name(str(code)),
                    "m49": state.m49 if state else None,
                    "events": int(n),
                }
            )
        return _frame(rows, columns=["code", "name", "m49", "events"])

    def stance(self, actor: str) -> pd.DataFrame:
        """Each source's portrayal of an actor, in [-1, 1], with the phrases behind it."""
        code = self._actor(actor)
        events = [_plain(r) for r in q.event_mention_rows(self.store, side=code).to_dict("records")]
        mentions = [_plain(r) for r in q.actor_mention_rows(self.store, code).to_dict("records")]
        rows = stances(code, events, mentions)
        return _frame(rows, columns=["source", "docs", "stance", "n_events", "n_phrases", "phrases"])

    def _membership_evidence(
        self, org: str | None = None, state: str | None = None
    ) -> list[timeline.Evidence]:
        """Evidence of membership from the knowledge base and the documents:
        of one organisation, one state, or all."""
        evidence = [e for e in timeline.kb_evidence(self.kb, org) if state is None or e.state == state]
        for member, organization, mode, date, status, doc in q.membership_evidence(self.store, org, state):
            evidence.append(timeline.Evidence(member, organization, mode, date, status, doc))
        return evidence

    def actor_name(self, code: str) -> str:
        return self._name(code)

    def actor_kind(self, code: str) -> str | None:
        actor = self.kb.actor(code)
        return actor.kind if actor else None

    def _name(self, code: str) -> str:
        actor = self.kb.actor(code)
        return actor.name if actor else code

    def _known(self, codes: list[str]) -> set[str]:
        in_kb = {c for c in codes if self.kb.actor(c) is not None}
        rest = [c for c in codes if c not in in_kb]
        return in_kb | q.known_actors(self.store, rest)

    def _actor(self, code: str) -> str:
        return check.actors([code], self._known)[0]

    def _event_filter(
        self,
        actors: tuple[str, ...] | list[str],
        type: str | None,
        date_from: str | None,
        date_to: str | None,
        status: str | None,
        source: str | None,
        doc: str | None,
        limit: int | None,
        offset: int,
        location: str | None,
    ) -> EventFilter:
        """The filter, every argument checked: a typo is an error naming it,
        not an empty answer."""
        codes = check.actors(actors, self._known)
        where = check.actors([location], self._known, "location")[0] if location else None
        start, end = check.window(date_from, date_to)
        return EventFilter(
            codes,
            check.event_type(type),
            start,
            end,
            check.status(status),
            check.source(source, lambda s: qd.has_source(self.store, s), lambda: qd.publishers(self.store)),
            doc,
            limit,
            offset,
            location=where,
        )


__all__ = ["Diplograph", "InvalidQuery", "open"]


def open(path: str | Path = "diplograph.duckdb") -> Diplograph:
    graph = Diplograph(path)
    if graph.store.unfinished():
        # An ingest was killed before it rebuilt the merged events and the
        # search index: finish it, then read.
        graph.close()
        finish_interrupted(path)
        graph = Diplograph(path)
    return graph
