"""Every harm term the screen knows, in the four languages, compiled once at import."""

from __future__ import annotations

from bot.safety import (
    lexicon_en,
    lexicon_es,
    lexicon_fr,
    lexicon_ht,
    signs_en,
    signs_es,
    signs_fr,
    signs_ht,
)
from bot.safety.terms import Term

TERMS: tuple[Term, ...] = (
    *lexicon_es.TERMS,
    *lexicon_en.TERMS,
    *lexicon_fr.TERMS,
    *lexicon_ht.TERMS,
    *signs_es.TERMS,
    *signs_en.TERMS,
    *signs_fr.TERMS,
    *signs_ht.TERMS,
)
