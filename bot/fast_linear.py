"""Scoring one message with fitted TF-IDF vectorizers and linear models, fast.

scikit-learn checks and converts its inputs on every call; for one short message those checks
cost several times the arithmetic (the danger net took about 4 ms a message through
`FeatureUnion.transform` and `predict_proba`). This keeps the same fitted numbers as plain
dictionaries and one dense weight matrix and gives the same scores: each vectorizer's block is
weighted (1 + log tf) * idf (or tf * idf) and l2-normalised on its own, as a `FeatureUnion` of
`TfidfVectorizer`s does, then multiplied by the stacked coefficients of one or more linear
models that read those features. The topic classifier and the danger net both read through it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

_Block = tuple[Callable[[str], list[str]], dict[str, int], np.ndarray, int, bool]


class FastLinear:
    """The decision scores of linear models over the concatenated TF-IDF blocks."""

    def __init__(
        self,
        vectorizers: Sequence[TfidfVectorizer],
        coefficients: Sequence[np.ndarray],
        intercepts: Sequence[np.ndarray],
    ) -> None:
        self._blocks: list[_Block] = []
        offset = 0
        for vectorizer in vectorizers:
            if vectorizer.norm != "l2" or not vectorizer.use_idf:
                raise ValueError("FastLinear reads l2-normalised TF-IDF features only")
            vocab = {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}
            idf = np.asarray(vectorizer.idf_, dtype=np.float64)
            analyze = vectorizer.build_analyzer()
            self._blocks.append((analyze, vocab, idf, offset, bool(vectorizer.sublinear_tf)))
            offset += len(vocab)
        weights = np.vstack([np.asarray(c, dtype=np.float64) for c in coefficients])
        if weights.shape[1] != offset:
            raise ValueError(f"{weights.shape[1]} coefficients for {offset} features")
        self._weights = np.ascontiguousarray(weights.T)  # features x outputs
        self._bias = np.concatenate([np.asarray(i, dtype=np.float64) for i in intercepts])

    def scores(self, text: str) -> np.ndarray:
        """One decision score per output row of the stacked models, for one text."""
        columns: list[int] = []
        values: list[float] = []
        for analyze, vocab, idf, offset, sublinear in self._blocks:
            counts: dict[int, int] = {}
            for gram in analyze(text):
                index = vocab.get(gram)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            if not counts:
                continue
            idx = np.fromiter(counts, dtype=np.int64, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            weight = ((1.0 + np.log(tf)) if sublinear else tf) * idf[idx]
            weight /= np.sqrt(np.dot(weight, weight))
            columns.extend((idx + offset).tolist())
            values.extend(weight.tolist())
        scores = self._bias.copy()
        if columns:
            scores += np.asarray(values) @ self._weights[columns]
        return np.asarray(scores)


def softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max())
    return np.asarray(shifted / shifted.sum())


def sigmoid(score: float) -> float:
    return float(1.0 / (1.0 + np.exp(-score)))
