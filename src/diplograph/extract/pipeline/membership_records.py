"""The memberships pass: membership cues of memberships.yaml, dated, as
records; leaving an organisation is also a SANCTION event of it, and an
invitation to join next year also a planned join."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...nlp import token_text
from ...records import Event, Membership, stable_id
from ..events.memberships import MembershipDraft, MembershipFinder
from ..time import dating
from .state import Pass, SentenceState, Tools, register_pass


@register_pass("memberships")
def memberships(tools: Tools) -> Pass:
    finder = MembershipFinder()

    def run(state: SentenceState) -> None:
        doc, ctx, times = state.doc, state.doc.ctx, state.times
        doc_id, result = doc.document.doc_id, doc.result
        found = finder.find(state.span, state.actors, doc.discourse.last_org)
        claimed = state.event_triggers() | {m.trigger.i for m in found}
        for m in found:
            value, _ = dating.date_for_token(
                m.trigger, dating.act_times(m.trigger, times, ctx.published), claimed
            )
            if value is None and ctx.scope and m.status == "occurred":
                value = ctx.scope
            if value is None:
                value = dating.story_date(m.trigger, m.status, ctx, times)
            _add(result.memberships, _memberships(doc_id, state.sent_id, state.offset, state.span, m, value))
            if m.mode == "leave":
                result.events += _leaving(doc_id, state.sent_id, state.offset, m, value, result.events)
            if dating.invited_to(m.trigger) is not None and m.mode == "invite":
                # "invited Belarus to join next year": the join to come is a
                # record of its own, dated by its own clause.
                later = next(
                    (t.value for t in dating.joining_times(m.trigger, times, ctx.published) if t.value), None
                )
                rules = (*m.rules, "memberships:invited_to_join")
                joining = replace(m, mode="join", status="planned", rules=rules)
                _add(
                    result.memberships,
                    _memberships(doc_id, state.sent_id, state.offset, state.span, joining, later),
                )

    return run


def _add(stored: list[Membership], new: list[Membership]) -> None:
    """A membership the document has already reported (the same member,
    organisation, mode, status and date) is one record: the first mention
    keeps its provenance."""
    seen = {_key(m) for m in stored}
    for m in new:
        if _key(m) not in seen:
            stored.append(m)
            seen.add(_key(m))


def _key(m: Membership) -> tuple[str, str, str, str, str | None]:
    return (m.member, m.organization, m.mode, m.status, m.date)


def _leaving(
    doc_id: str, sent_id: str, offset: int, m: MembershipDraft, value: str | None, events: list[Event]
) -> list[Event]:
    """Leaving an organisation is a SANCTION by the leaver against it
    (PLOVER: "leaving or suspending an agreement")."""
    trig = m.trigger
    sent = trig.doc[:]
    out = []
    for code, _ in m.members:
        source, target = (code,), (m.organization,)
        if any(
            e.sent_id == sent_id and e.type == "SANCTION" and e.source == source and e.target == target
            for e in events
        ):
            continue
        out.append(
            Event(
                event_id=stable_id(doc_id, "event", offset + trig.idx, "SANCTION", source, target),
                doc_id=doc_id,
                sent_id=sent_id,
                start=offset + sent.start_char,
                end=offset + sent.end_char,
                trigger=token_text(trig),
                type="SANCTION",
                mode="withdraw",
                source=source,
                target=target,
                participants=(),
                date=value,
                date_end=None,
                status=m.status,  # type: ignore[arg-type]
                location=None,
                rule="membership.leave",
                rules=(*m.rules, "memberships:leaving_is_sanction"),
            )
        )
    return out


def _memberships(
    doc_id: str, sent_id: str, offset: int, sent: Any, m: MembershipDraft, value: str | None
) -> list[Membership]:
    return [
        Membership(
            membership_id=stable_id(
                doc_id, "membership", offset + m.trigger.idx, code, m.organization, m.mode
            ),
            doc_id=doc_id,
            sent_id=sent_id,
            start=offset + sent.start_char,
            end=offset + sent.end_char,
            trigger=token_text(m.trigger),
            member=code,
            organization=m.organization,
            mode=m.mode,  # type: ignore[arg-type]
            date=value,
            status=m.status,  # type: ignore[arg-type]
            rules=m.rules,
        )
        for code, _head in m.members
    ]
