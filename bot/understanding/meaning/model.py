"""The topic and follow-up classifier: character and word n-grams, linear models with
probabilities, trained from the examples and cached by their hash.

Character n-grams (2 to 5 letters inside words) carry typos, missing accents and phonetic
spellings ("asilio", "azil", "papye"); word pairs carry phrases ("tarjeta humanitaria",
"how much"). Two logistic regressions read the same features: one names the topic (or none),
one the follow-up asked (or none). Both give probabilities, so the caller can tell a confident
answer from a close call. Training takes seconds; the fitted model is pickled into `models/`
under the hash of everything it was trained from (never committed) and loaded once.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import sklearn
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.fast_linear import FastLinear, softmax
from bot.settings import ROOT
from bot.understanding import text as wording
from bot.understanding.meaning import examples as ex

log = logging.getLogger(__name__)

MODELS = ROOT / "models"
NO_KIND = "none"
KEEP = 3
# Bump when the features or the models change in a way the hash of the sources cannot see.
VERSION = b"topic-model-1"


@dataclass(frozen=True)
class Reading:
    """What the classifier makes of one message."""

    topics: tuple[tuple[str, float], ...]  # topic ids with their probability, best first
    no_topic: float  # probability that the message names no topic
    kind: str | None  # the follow-up asked, if any
    kind_p: float

    @property
    def best(self) -> tuple[str, float]:
        return self.topics[0] if self.topics else ("", 0.0)


class TopicModel:
    def __init__(self, examples: list[ex.Example]) -> None:
        texts = [wording.normalise(e.text, e.lang) for e in examples]
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1, dtype=np.float32
        )
        self.words = TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, 2),
            sublinear_tf=True,
            token_pattern=r"(?u)\b\w+\b",  # noqa: S106 - a regex, not a password
            dtype=np.float32,
        )
        features = self._fit(texts)
        self.topic_model = LogisticRegression(C=20.0, max_iter=2000, class_weight="balanced")
        self.topic_model.fit(features, [e.topic for e in examples])
        self.kind_model = LogisticRegression(C=20.0, max_iter=2000, class_weight="balanced")
        self.kind_model.fit(features, [e.kind or NO_KIND for e in examples])
        self.topic_labels = [str(c) for c in self.topic_model.classes_]
        self.kind_labels = [str(c) for c in self.kind_model.classes_]

    def _fit(self, texts: list[str]) -> csr_matrix:
        return csr_matrix(
            hstack([self.chars.fit_transform(texts), self.words.fit_transform(texts)])
        )

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop("_fast", None)  # rebuilt after loading
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    def _prepare(self) -> _Fast:
        """Plain arrays for reading one message fast (sklearn's per-call checks cost more
        than the arithmetic: this reads a message in well under a millisecond)."""
        fast = self.__dict__.get("_fast")
        if fast is None:
            fast = _Fast(self)
            self.__dict__["_fast"] = fast
        return fast

    def read(self, text: str, lang: str | None = None) -> Reading:
        topic_p, kind_p = self._prepare().probabilities(wording.normalise(text, lang))
        ranked = sorted(zip(self.topic_labels, topic_p, strict=True), key=lambda x: -x[1])
        topics = tuple((t, float(p)) for t, p in ranked if t != ex.NO_TOPIC)
        no_topic = next((float(p) for t, p in ranked if t == ex.NO_TOPIC), 0.0)
        best_kind = int(np.argmax(kind_p))
        kind = self.kind_labels[best_kind]
        return Reading(
            topics=topics,
            no_topic=no_topic,
            kind=None if kind == NO_KIND else kind,
            kind_p=float(kind_p[best_kind]),
        )


class _Fast:
    """The topic and follow-up models read through one FastLinear (bot.fast_linear)."""

    def __init__(self, model: TopicModel) -> None:
        self.reader = FastLinear(
            (model.chars, model.words),
            (model.topic_model.coef_, model.kind_model.coef_),
            (model.topic_model.intercept_, model.kind_model.intercept_),
        )
        self.n_topics = int(model.topic_model.coef_.shape[0])

    def probabilities(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        scores = self.reader.scores(text)
        return softmax(scores[: self.n_topics]), softmax(scores[self.n_topics :])


def model_hash() -> str:
    # What is read as training data is code too: a change to the examples' reader retrains.
    code = b"".join(Path(f).read_bytes() for f in (__file__, wording.__file__, ex.__file__) if f)
    return ex.sources_hash(extra=(VERSION, code, sklearn.__version__.encode()))


def _train() -> TopicModel:
    return TopicModel(ex.topic_examples() + ex.conversation_examples())


def build(models: Path = MODELS) -> TopicModel:
    """The model for the current examples: from the cache when it is there, else trained (and
    cached when `models/` is writable; a read-only checkout still works, it trains in memory)."""
    path = models / f"understanding-{model_hash()}.pkl"
    if path.exists():
        try:
            with path.open("rb") as fh:
                loaded = pickle.load(fh)  # noqa: S301 - our own file, written below
            if isinstance(loaded, TopicModel):
                return loaded
        except (OSError, pickle.UnpicklingError, AttributeError, EOFError) as exc:
            log.warning("retraining the topic model: cached copy unreadable (%s)", exc)
    model = _train()
    try:
        models.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=models, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(models, keep=path)
    except OSError as exc:
        log.warning("topic model not cached (%s); it lives in memory only", exc)
    return model


def _prune(models: Path, keep: Path) -> None:
    old = sorted(
        (p for p in models.glob("understanding-*.pkl") if p != keep),
        key=lambda p: p.stat().st_mtime,
    )
    for stale in old[: max(0, len(old) - (KEEP - 1))]:
        stale.unlink(missing_ok=True)


_lock = threading.Lock()
_model: TopicModel | None = None


def topic_model() -> TopicModel:
    """The process's model, built once on first use."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = build()
    return _model
