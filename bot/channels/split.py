"""Splitting long text into parts a platform accepts, on the most natural boundary available.

Telegram refuses text over 4,096 characters and a WhatsApp body holds at most 1,600. A reply cut
mid-word is hard to read on a small screen, so we cut at a paragraph, then a line, then a
sentence, then a word, and only as a last resort inside a word. Sizes are counted in UTF-16 code
units, as Telegram does, so emoji never push a part over the limit.
"""

from __future__ import annotations

import re

TELEGRAM_LIMIT = 4096
WHATSAPP_LIMIT = 1600

# Where a part may end, best first: after a blank line, a line break, a sentence, a word.
_BOUNDARIES = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"(?<=[.!?…。؟])[\"'»”)\]]*\s+"),
    re.compile(r"(?<=[;:,])\s+"),
    re.compile(r"\s+"),
)


def size(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram's limits are counted in."""
    return len(text.encode("utf-16-le")) // 2


def _prefix_within(text: str, limit: int) -> int:
    """The largest index `i` with size(text[:i]) <= limit."""
    total = 0
    for index, char in enumerate(text):
        total += 2 if ord(char) > 0xFFFF else 1
        if total > limit:
            return index
    return len(text)


def _cut(text: str, limit: int) -> tuple[str, str]:
    """One part of at most `limit` units and the rest, cut on the best boundary."""
    end = _prefix_within(text, limit)
    window = text[: end + 1]  # a boundary right after the last character that fits is fine too
    for pattern in _BOUNDARIES:
        cuts = [m for m in pattern.finditer(window) if 0 < m.start() <= end]
        if cuts:
            last = cuts[-1]
            # Keep at least a third of the limit in the part, or a tiny first part looks odd.
            if last.start() >= end // 3:
                return text[: last.start()].rstrip(), text[last.end() :].lstrip()
    return text[:end], text[end:].lstrip()


def split_text(text: str, limit: int) -> list[str]:
    """Parts of at most `limit` UTF-16 units each, in order, none of them empty."""
    if limit < 1:
        raise ValueError("limit must be positive")
    text = text.strip()
    parts: list[str] = []
    while size(text) > limit:
        head, text = _cut(text, limit)
        if head:
            parts.append(head)
    if text:
        parts.append(text)
    return parts
