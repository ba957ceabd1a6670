"""FastLinear gives the scores scikit-learn gives, for the shapes the app fits."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.fast_linear import FastLinear, sigmoid, softmax

TEXTS = [
    "me tienen encerrada y no me dejan salir",
    "donde queda la comar en tapachula",
    "how much does the humanitarian visa cost",
    "mwen bezwen yon avoka pou azil",
    "je cherche un refuge pour ma famille ce soir",
    "ayuda por favor ayuda",
    "cuanto cuesta la curp",
    "they took our phones and nobody leaves",
]
LABELS = ["danger", "office", "cost", "lawyer", "shelter", "danger", "cost", "danger"]
UNSEEN = ["", "zzz qqq", "ayuda", "COMAR!!! tapachula???", "a " * 300]


def _vectorizers(sublinear: bool) -> list[TfidfVectorizer]:
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=sublinear)
    words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=sublinear)
    return [chars, words]


@pytest.mark.parametrize("sublinear", [True, False])
def test_multiclass_scores_and_probabilities_match_scikit_learn(sublinear: bool) -> None:
    vectorizers = _vectorizers(sublinear)
    matrix = csr_matrix(hstack([v.fit_transform(TEXTS) for v in vectorizers]))
    model = LogisticRegression(C=10.0, max_iter=2000).fit(matrix, LABELS)
    reader = FastLinear(vectorizers, (model.coef_,), (model.intercept_,))
    for text in TEXTS + UNSEEN:
        row = csr_matrix(hstack([v.transform([text]) for v in vectorizers]))
        expected = model.decision_function(row)[0]
        assert np.allclose(reader.scores(text), expected, atol=1e-9)
        assert np.allclose(softmax(reader.scores(text)), model.predict_proba(row)[0], atol=1e-9)


def test_binary_probability_is_the_sigmoid_of_the_one_score() -> None:
    vectorizers = _vectorizers(True)
    matrix = csr_matrix(hstack([v.fit_transform(TEXTS) for v in vectorizers]))
    model = LogisticRegression(max_iter=2000).fit(matrix, [x == "danger" for x in LABELS])
    reader = FastLinear(vectorizers, (model.coef_,), (model.intercept_,))
    for text in TEXTS + UNSEEN:
        row = csr_matrix(hstack([v.transform([text]) for v in vectorizers]))
        assert sigmoid(float(reader.scores(text)[0])) == pytest.approx(
            model.predict_proba(row)[0, 1], abs=1e-9
        )


def test_features_it_cannot_read_are_refused() -> None:
    vectorizer = TfidfVectorizer(norm="l1").fit(TEXTS)
    model = LogisticRegression().fit(vectorizer.transform(TEXTS), LABELS)
    with pytest.raises(ValueError, match="l2-normalised"):
        FastLinear([vectorizer], (model.coef_,), (model.intercept_,))
    good = TfidfVectorizer().fit(TEXTS)
    with pytest.raises(ValueError, match="coefficients"):
        FastLinear([good], (np.zeros((1, 3)),), (np.zeros(1),))
