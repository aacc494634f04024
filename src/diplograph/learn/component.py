"""The predicate classifier as a spaCy pipeline component.

A linear model over hashed features (thinc's SparseLinear, the layer under
spaCy's bag-of-words text classifier) gives each candidate predicate a
probability per PLOVER type and one for NONE. It is trained by `spacy
train` (see `learn/config.cfg` and `make train`); at run time the
extraction's `model` pass calls `PredicateClassifier.verdicts` on the
sentences it parsed. The weights are stored sparsely: features never seen
in training keep weight zero and take no room in the package.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

import numpy as np
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.training import Example
from spacy.util import registry
from thinc.api import Model, Optimizer, SparseLinear_v2
from thinc.types import Floats1d

from ..vocabulary import EVENT_TYPES
from .features import LexiconTypes, candidates, features

NONE = "NONE"
LABELS = (NONE, *EVENT_TYPES)  # the order the shipped weights were trained in
GOLD_KEY = "plover"  # the reference Doc's span group naming each labelled predicate
# One verdict per candidate token: (token index, best label, its probability, all probabilities).
Verdict = tuple[int, str, float, dict[str, float]]
Feats = tuple[np.ndarray, np.ndarray, np.ndarray]


@registry.architectures("diplograph.PredicateLinear.v1")  # type: ignore[untyped-decorator]
def build_linear(length: int = 2**18) -> Model[Feats, Any]:
    return cast(Model[Feats, Any], SparseLinear_v2(nO=len(LABELS), length=length))


@registry.misc("diplograph.trigger_lexicon_types.v1")  # type: ignore[untyped-decorator]
def trigger_lexicon_types(path: str = "") -> dict[str, list[str]]:
    """lemma -> PLOVER types, read from the event trigger lexicon (a data
    file; the extraction layer owns its schema). The classifier keeps its
    own copy, so a later change to the lexicon cannot shift a trained model."""
    import yaml

    # A path, not an import: the extraction layer sits above this one.
    source = (
        Path(path) if path else Path(str(resources.files("diplograph") / "extract" / "data" / "events.yaml"))
    )
    data = yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    out: dict[str, set[str]] = {}
    for entry in data["triggers"]:
        for lemma in entry.get("lemmas", []):
            out.setdefault(str(lemma).lower(), set()).add(entry["type"])
    return {k: sorted(v) for k, v in sorted(out.items())}


@Language.factory(
    "plover_predicates",
    default_config={
        "model": {"@architectures": "diplograph.PredicateLinear.v1", "length": 2**18},
        "lexicon": {"@misc": "diplograph.trigger_lexicon_types.v1", "path": ""},
    },
)
def make_classifier(
    nlp: Language, name: str, model: Model[Feats, Any], lexicon: dict[str, list[str]]
) -> PredicateClassifier:
    return PredicateClassifier(nlp.vocab, model, name, lexicon)


class PredicateClassifier(TrainablePipe):  # type: ignore[misc]
    def __init__(self, vocab: Any, model: Model[Feats, Any], name: str, lexicon: Mapping[str, list[str]]):
        self.vocab = vocab
        self.model = model
        self.name = name
        self.cfg: dict[str, Any] = {"labels": list(LABELS)}
        self.lexicon: LexiconTypes = {k: frozenset(v) for k, v in lexicon.items()}

    # -- features ------------------------------------------------------
    def featurize(self, docs: Iterable[Any]) -> tuple[list[list[int]], Feats]:
        """Candidate token indices per doc, and the hashed features of all
        candidates in SparseLinear's (keys, values, lengths) form."""
        per_doc: list[list[int]] = []
        keys: list[int] = []
        lengths: list[int] = []
        for doc in docs:
            toks = candidates(doc)
            per_doc.append([t.i for t in toks])
            for tok in toks:
                names = features(tok, self.lexicon)
                keys.extend(hash_string(f) for f in names)
                lengths.append(len(names))
        return per_doc, (
            np.asarray(keys, dtype="uint64"),
            np.ones(len(keys), dtype="float32"),
            np.asarray(lengths, dtype="int32"),
        )

    # -- prediction ----------------------------------------------------
    def predict(self, docs: Iterable[Any]) -> tuple[list[list[int]], np.ndarray]:
        per_doc, feats = self.featurize(docs)
        if not len(feats[2]):
            return per_doc, np.zeros((0, len(LABELS)), dtype="float32")
        return per_doc, _softmax(np.asarray(self.model.predict(feats)))

    def set_annotations(self, docs: Iterable[Any], scores: tuple[list[list[int]], np.ndarray]) -> None:
        per_doc, probs = scores
        row = 0
        for doc, idxs in zip(docs, per_doc, strict=True):
            doc.user_data[self.name] = _verdicts(idxs, probs[row : row + len(idxs)])
            row += len(idxs)

    def verdicts(self, doc: Any) -> list[Verdict]:
        """The classifier's reading of one parsed sentence or document."""
        per_doc, probs = self.predict([doc])
        return _verdicts(per_doc[0], probs)

    # -- training ------------------------------------------------------
    def update(
        self,
        examples: Iterable[Example],
        *,
        drop: float = 0.0,
        sgd: Optimizer | None = None,
        losses: dict[str, float] | None = None,
    ) -> dict[str, float]:
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = list(examples)
        per_doc, feats = self.featurize(eg.predicted for eg in examples)
        if not len(feats[2]):
            return losses
        logits, backprop = self.model.begin_update(feats)
        gold = _gold_matrix(examples, per_doc)
        probs = _softmax(np.asarray(logits))
        d_logits = (probs - gold) / max(1, len(gold))
        backprop(self.model.ops.asarray2f(d_logits))
        if sgd is not None:
            self.finish_update(sgd)
        losses[self.name] += float(-(gold * np.log(probs + 1e-9)).sum())
        return losses

    def get_loss(self, examples: Iterable[Example], scores: Any) -> tuple[float, Any]:
        examples = list(examples)
        per_doc, probs = scores
        gold = _gold_matrix(examples, per_doc)
        return float(-(gold * np.log(probs + 1e-9)).sum()), probs - gold

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Any = None) -> None:
        self.model.initialize()

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """Micro precision and recall over labelled predicates (NONE aside)."""
        tp = fp = fn = 0
        for eg in examples:
            gold = _gold_labels(eg)
            guess = {i: lab for i, lab, _p, _all in eg.predicted.user_data.get(self.name, []) if lab != NONE}
            tp += sum(1 for i, lab in guess.items() if gold.get(i) == lab)
            fp += sum(1 for i, lab in guess.items() if gold.get(i) != lab)
            fn += sum(1 for i, lab in gold.items() if guess.get(i) != lab)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {"pred_p": p, "pred_r": r, "pred_f": 2 * p * r / (p + r) if p + r else 0.0}

    # -- serialisation (sparse: only features seen in training) --------
    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        W = np.asarray(self.model.get_param("W")).reshape(len(LABELS), -1)
        cols = np.flatnonzero(np.abs(W).sum(axis=0))
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            cols=cols.astype("int64"),
            W=W[:, cols].astype("float16"),
            b=np.asarray(self.model.get_param("b")),
            length=np.asarray([W.shape[1]]),
            lexicon=np.frombuffer(json.dumps(_plain(self.lexicon)).encode("utf-8"), dtype="uint8"),
        )
        return buf.getvalue()

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> PredicateClassifier:
        stored = np.load(io.BytesIO(data))
        length = int(stored["length"][0])
        W = np.zeros((len(LABELS), length), dtype="float32")
        W[:, stored["cols"]] = stored["W"].astype("float32")
        self.model = build_linear(length)
        self.model.initialize()
        self.model.set_param("W", cast(Floats1d, W.reshape(-1)))
        self.model.set_param("b", cast(Floats1d, stored["b"].astype("float32")))
        self.lexicon = {k: frozenset(v) for k, v in json.loads(bytes(stored["lexicon"])).items()}
        return self

    def to_disk(self, path: Any, *, exclude: tuple[str, ...] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / "weights.npz").write_bytes(self.to_bytes())

    def from_disk(self, path: Any, *, exclude: tuple[str, ...] = ()) -> PredicateClassifier:
        return self.from_bytes((Path(path) / "weights.npz").read_bytes())


def _plain(lexicon: LexiconTypes) -> dict[str, list[str]]:
    return {k: sorted(v) for k, v in lexicon.items()}


def _softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True), dtype="float32")


def _verdicts(idxs: list[int], probs: np.ndarray) -> list[Verdict]:
    out = []
    for i, row in zip(idxs, probs, strict=True):
        best = int(row.argmax())
        out.append(
            (i, LABELS[best], float(row[best]), {LABELS[k]: float(row[k]) for k in range(len(LABELS))})
        )
    return out


def _gold_labels(eg: Example) -> dict[int, str]:
    """token index -> PLOVER type of the labelled predicates (the first
    label where one word states two events)."""
    out: dict[int, str] = {}
    for span in eg.reference.spans.get(GOLD_KEY, []):
        out.setdefault(span.root.i, span.label_)
    return out


def _gold_matrix(examples: list[Example], per_doc: list[list[int]]) -> np.ndarray:
    rows = []
    for eg, idxs in zip(examples, per_doc, strict=True):
        gold = _gold_labels(eg)
        for i in idxs:
            row = np.zeros(len(LABELS), dtype="float32")
            row[LABELS.index(gold.get(i, NONE))] = 1.0
            rows.append(row)
    return np.asarray(rows, dtype="float32").reshape(-1, len(LABELS))


@lru_cache(maxsize=4)
def load_classifier(path: str | None = None) -> PredicateClassifier | None:
    """The shipped classifier (package data), or None when none is shipped."""
    folder = Path(path) if path else Path(str(resources.files("diplograph.learn") / "model"))
    weights = folder / "weights.npz"
    if not weights.is_file():
        return None
    import spacy

    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("plover_predicates")
    assert isinstance(pipe, PredicateClassifier)
    return pipe.from_disk(folder)


def pipe_docs(pipe: PredicateClassifier, docs: Iterable[Any]) -> Iterator[Any]:
    docs = list(docs)
    pipe.set_annotations(docs, pipe.predict(docs))
    yield from docs
