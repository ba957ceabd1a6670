"""Detecting the language of a new conversation from its first message.

langid ships its model in the package (nothing downloaded at run time); restricted to our four
languages. Very short greetings are ambiguous for any statistical model, so a small lexicon of
unmistakable words decides those first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.inbound import fold
from bot.settings import LANGUAGES

# Words that on their own settle the language of a short message.
_WORDS = {
    "es": "hola buenas buenos gracias ayuda necesito quiero donde estoy tengo",
    "en": "hello hi hey thanks thank please help need want where",
    "fr": "bonjour salut merci besoin aide svp stp je suis",
    "ht": "bonjou bonswa mesi mwen sak pase kijan koman bezwen kote ede",
}
LEXICON: dict[str, str] = {word: lang for lang, words in _WORDS.items() for word in words.split()}
WORD = re.compile(r"[a-z']+")


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from langid.langid import LanguageIdentifier, model

    ident = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


def warm() -> None:
    """Load langid's model (about a second, decompressing it) before the first message needs
    it: a person in danger writing first after a restart must not wait for it."""
    _identifier()


def detect(text: str, default: str = "es") -> str:
    """Best guess of es/en/fr/ht; `default` when there is nothing to go on."""
    words = WORD.findall(fold(text))
    if not words:
        return default
    votes: dict[str, int] = {}
    for w in words:
        if w in LEXICON:
            votes[LEXICON[w]] = votes.get(LEXICON[w], 0) + 1
    if votes and len(words) <= 4:
        return max(votes, key=lambda k: votes[k])
    lang, confidence = _identifier().classify(text)
    if confidence < 0.6 and votes:
        return max(votes, key=lambda k: votes[k])
    return str(lang) if confidence >= 0.5 else default
