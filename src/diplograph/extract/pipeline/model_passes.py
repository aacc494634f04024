"""The learned passes: the predicate classifier (diplograph.learn) reads
each parsed sentence once, then

- `model` (after `events`): a verb or event noun it types with enough
  confidence, where no trigger gave an event of that type, becomes a draft,
  its roles filled by proposals.yaml through the same role machinery as a
  lexicon trigger (and completed, shaped and dated by the passes after);
- `model_veto` (after `background`): a rule's draft whose trigger word the
  classifier thinks very unlikely to state that type is taken out.

Each proposed record's `rules` begin with "model:predicates#TYPE@SCORE";
a veto is kept in the sentence state with its score. Without a shipped
classifier both passes do nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..events.finder import EventFinder
from ..lexicon import entry_id, proposals
from .state import Pass, SentenceState, Tools, register_pass

if TYPE_CHECKING:
    from ...learn.component import Verdict

BY = "model:predicates"
_KEY = "plover_predicates"


def _verdicts(state: SentenceState, classifier: Any) -> dict[int, Verdict]:
    """The classifier's reading of the sentence's words, by token index
    (computed once per sentence and kept on its Doc)."""
    doc = state.span.doc
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = classifier.verdicts(doc)
        doc.user_data[_KEY] = cached
    return {v[0]: v for v in cached if state.span.start <= v[0] < state.span.end}


@register_pass("model")
def model(tools: Tools) -> Pass:
    """Events the classifier finds where no trigger fired."""
    from ...learn import NONE, load_classifier  # spaCy's training code: only where the pass runs

    classifier = load_classifier(tools.learned.path or None)
    finder = EventFinder()
    entries = proposals()
    threshold = tools.learned.propose_at
    # Words the trigger lexicon knows were already read by its rules, whose
    # refusal (no parties, wrong object) is a verdict, not an oversight.
    known = set(finder.index.by_lemma) if tools.learned.unknown_words_only else set()

    def run(state: SentenceState) -> None:
        if classifier is None:
            return
        have = {d.type for d in state.drafts}
        for i, label, score, _all in _verdicts(state, classifier).values():
            if label == NONE or score < threshold or label in have:
                continue
            tok = state.span.doc[i]
            if i in state.actors.entity_at or tok.lemma_.lower() in known:
                continue
            pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN"
            entry = entries.entry(label, pos)
            draft = finder.read_as(tok, entry, state.actors, state.doc.author_agent)
            if draft is None:
                continue
            draft.rules = (entry_id("proposals.yaml", entry.id), *draft.rules[1:])
            state.propose(draft, by=f"{BY}#{label}@{score:.2f}", score=score)
            have.add(label)

    return run


@register_pass("model_veto")
def model_veto(tools: Tools) -> Pass:
    """Rule output the classifier finds very unlikely, taken out."""
    from ...learn import load_classifier  # spaCy's training code: only where the pass runs

    classifier = load_classifier(tools.learned.path or None)
    floor = tools.learned.veto_below

    def run(state: SentenceState) -> None:
        if classifier is None or floor <= 0:
            return
        verdicts = _verdicts(state, classifier)
        for draft in list(state.drafts):
            if draft.score is not None:
                continue  # the classifier's own proposal
            verdict = verdicts.get(draft.trigger.i)
            if verdict is None:
                continue  # not a word it reads (an adjective, a name)
            score = verdict[3].get(draft.type, 0.0)
            if score < floor:
                state.veto(draft, BY, f"{draft.type} scored {score:.3f}")

    return run
