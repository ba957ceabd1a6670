"""Words people write that are not places, to keep a town named "Señor" or "Taretán" from
answering "el señor" or a misspelt "tarjeta".

Taken from the messages Puente already learns from (its NLU data and topic examples, four
languages): a word used in them is common speech. A common word may still be a place a person
names ("tijuana", "laredo"); `bot.directory.gazetteer` then asks that place to be a big one.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.directory.placedata import fold
from bot.settings import ROOT

SOURCES = (ROOT / "nlu_data", ROOT / "content" / "examples")
SHORTEST = 4  # shorter words are never looked up on their own


@lru_cache(maxsize=1)
def common_words(sources: tuple[Path, ...] = SOURCES) -> frozenset[str]:
    """Every folded word of four letters or more in the example files."""
    words: set[str] = set()
    for source in sources:
        for path in sorted(source.rglob("*.yml")):
            text = fold(path.read_text(encoding="utf-8"))
            words.update(w for w in text.split() if len(w) >= SHORTEST and w.isalpha())
    return frozenset(words)
