"""An intent classifier over TF-IDF word and character n-grams, with calibrated probabilities.

Rasa 3.6's LogisticRegressionClassifier reads raw n-gram counts with a fixed regularisation;
on messages written the way people write on a phone (tested on a blind set nobody trained on),
sublinear TF-IDF over word uni- and bigrams and character 2-5-grams inside words, with a linear
SVM whose scores are calibrated into probabilities (isotonic, cross-validated), was about 1.5
points more accurate at the same fallback threshold, and trains in seconds. The probabilities
feed Rasa's FallbackClassifier and the intent ranking the app reads on a fallback.

It reads the message text itself (no featurizer needed) and is trained and loaded by Rasa like
any intent classifier: `rasa_components.tfidf_intents.TfidfIntentClassifier` in config.yml.
"""

from __future__ import annotations

import logging
import pickle
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import hstack
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

logger = logging.getLogger(__name__)
FILE = "tfidf_intents.pkl"
# A message with no known word and fewer known 4-letter pieces than this is not understood.
UNKNOWN_BELOW = 0.3


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfIntentClassifier(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "C": 0.5,  # the SVM's regularisation
            "calibration_folds": 5,
            "char_ngrams": [2, 5],
            "word_ngrams": [1, 2],
            "ranking_length": 10,
        }

    @staticmethod
    def required_packages() -> list[str]:
        return ["sklearn"]

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: dict[str, Any] | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TfidfIntentClassifier:
        return cls(config, model_storage, resource)

    def _vectorizers(self) -> list[TfidfVectorizer]:
        low, high = self.config["char_ngrams"]
        w_low, w_high = self.config["word_ngrams"]
        return [
            TfidfVectorizer(
                analyzer="word",
                ngram_range=(w_low, w_high),
                token_pattern=r"(?u)\b\w+\b",  # noqa: S106 - a regex, not a password
                sublinear_tf=True,
            ),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(low, high), sublinear_tf=True),
        ]

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            logger.debug("No intent examples: %s not trained.", self.__class__.__name__)
            return self._resource
        texts = [str(e.get(TEXT)) for e in examples]
        labels = [str(e.get(INTENT)) for e in examples]
        vectorizers = self._vectorizers()
        features = hstack([v.fit_transform(texts) for v in vectorizers]).tocsr()
        folds = min(self.config["calibration_folds"], min(labels.count(x) for x in set(labels)))
        svm = LinearSVC(C=self.config["C"], class_weight="balanced")
        if folds >= 2:
            classifier: Any = CalibratedClassifierCV(svm, cv=folds, method="isotonic")
        else:  # too few examples of some intent to calibrate: plain scores, squashed
            classifier = svm
        classifier.fit(features, np.asarray(labels))  # an array: sklearn 1.1 miscounts a list
        self.model = {"vectorizers": vectorizers, "classifier": classifier}
        with (
            self._model_storage.write_to(self._resource) as directory,
            (directory / FILE).open("wb") as fh,
        ):
            pickle.dump(self.model, fh, protocol=pickle.HIGHEST_PROTOCOL)
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TfidfIntentClassifier:
        try:
            with (
                model_storage.read_from(resource) as directory,
                (directory / FILE).open("rb") as fh,
            ):
                model = pickle.load(fh)  # noqa: S301 - written by train() above
        except (ValueError, OSError):
            logger.warning("%s: no trained model found; it will predict nothing.", cls.__name__)
            model = None
        return cls(config, model_storage, resource, model)

    def _probabilities(self, texts: list[str]) -> np.ndarray:
        assert self.model is not None
        features = hstack([v.transform(texts) for v in self.model["vectorizers"]]).tocsr()
        classifier = self.model["classifier"]
        if hasattr(classifier, "predict_proba"):
            return np.asarray(classifier.predict_proba(features))
        scores = np.asarray(classifier.decision_function(features))
        exp = np.exp(scores - scores.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)

    def _known(self, text: str) -> float:
        """How much of a message the model has seen: 0 for keyboard mashing ("asdkjh qwpeoiu"),
        whose calibrated scores would otherwise be the classes' priors, confidently wrong."""
        assert self.model is not None
        words, chars = self.model["vectorizers"]
        tokens = words.build_analyzer()(text)
        if any(t in words.vocabulary_ for t in tokens):
            return 1.0
        grams = [g for g in chars.build_analyzer()(text) if len(g) == 4]
        if not grams:
            return 1.0
        seen = sum(g in chars.vocabulary_ for g in grams) / len(grams)
        return 1.0 if seen >= UNKNOWN_BELOW else seen

    def process(self, messages: list[Message]) -> list[Message]:
        if self.model is None:
            return messages
        texts = [str(m.get(TEXT) or "") for m in messages]
        probabilities = self._probabilities(texts)
        probabilities *= np.asarray([[self._known(t)] for t in texts])
        labels = list(self.model["classifier"].classes_)
        for message, row in zip(messages, probabilities, strict=True):
            ranking = sorted(
                (
                    {"name": str(n), "confidence": float(p)}
                    for n, p in zip(labels, row, strict=True)
                ),
                key=lambda r: -r["confidence"],
            )
            message.set(INTENT, ranking[0], add_to_output=True)
            length = self.config["ranking_length"]
            kept = ranking[:length] if length else ranking
            message.set("intent_ranking", kept, add_to_output=True)
        return messages
