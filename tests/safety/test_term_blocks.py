"""The screen tries its harm terms in blocks: a block skipped must be one none of whose terms
could match, so the hits are the same as trying every term, in the same order."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.safety import grade
from bot.safety.lexicon import TERMS
from bot.safety.terms import term
from bot.safety.text import parts

DEV = Path(__file__).parent / "dev"


def _every_term(text: str) -> list[tuple[int, str]]:
    found = []
    for t in TERMS:
        for match in t.pattern.finditer(text):
            found.append((match.start(), t.pattern.pattern))
    return sorted(found)


def _by_blocks(text: str) -> list[tuple[int, str]]:
    found = []
    for either, block in grade.BLOCKS:
        if either.search(text) is None:
            continue
        for t in block:
            for match in t.pattern.finditer(text):
                found.append((match.start(), t.pattern.pattern))
    return sorted(found)


def test_blocks_find_what_every_term_finds_on_the_development_rounds() -> None:
    texts = []
    for path in sorted(DEV.rglob("*.yml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts += [i["text"] for i in items if isinstance(i, dict) and i.get("text")]
    assert len(texts) > 2000
    matched = 0
    for text in texts:
        for part in parts(text):
            want = _every_term(part.text)
            assert _by_blocks(part.text) == want, part.text
            matched += bool(want)
    assert matched > 1000  # the comparison saw real hits, not only empty lists


def test_a_term_with_alternatives_is_framed_as_a_whole() -> None:
    """ "a|b" once left "a" without its trailing space and "b" without its leading one."""
    fainted = term("medical", "en", "verb", r"passed out|fainted")
    assert fainted.pattern.search(" he fainted ") is not None
    assert fainted.pattern.search(" passed outside ") is None
    assert fainted.pattern.search(" unfainted ") is None
