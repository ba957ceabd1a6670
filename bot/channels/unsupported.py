"""Voice notes, photos, stickers, polls, dice, games, stories...: noted, never stored, answered
politely; and what counts as no text at all.

Puente reads text and locations only. A person who sent a voice note must still get an answer
that says what works, and staff should see that something arrived; the file itself is never
downloaded or kept (minimal data: people are told not to send photos of their documents).
"""

from __future__ import annotations

import unicodedata

from bot.channels import messages as cm
from bot.i18n import gettext
from bot.reply import OutMessage

KINDS = (
    "voice",
    "audio",
    "photo",
    "sticker",
    "document",
    "video",
    "contact",
    "poll",
    "dice",
    "game",
    "checklist",
    "story",
    "live_photo",
    "paid_media",
    "media",
)
# Telegram Message attributes named like our kinds, in the order they are looked for.
TELEGRAM_KINDS = KINDS[:-1]


# Letters that render as nothing (Hangul fillers, the blank Braille pattern); the rest of what
# cannot be read is found by Unicode category: spaces, controls, format (zero-width) characters,
# combining marks on their own.
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_UNREADABLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})


def is_blank(text: str) -> bool:
    """Whether a text holds nothing a person wrote: empty, spaces, zero-width characters.

    Such a text is never sent to Rasa (its classifier fails on an empty message); the person
    gets the polite answer instead.
    """
    return all(
        c.isspace() or c in _INVISIBLE or unicodedata.category(c) in _UNREADABLE_CATEGORIES
        for c in text
    )


def media_kind(content_type: str) -> str:
    """Our message kind for a MIME type, e.g. 'audio/ogg' -> 'voice'."""
    major, _, minor = content_type.lower().partition("/")
    if major == "audio":
        return "voice"
    if major == "image":
        return "sticker" if minor.startswith("webp") else "photo"
    if major == "video":
        return "video"
    if "vcard" in minor:
        return "contact"
    if major in ("application", "text"):
        return "document"
    return "media"


def polite_answer(language: str) -> list[OutMessage]:
    """What a person reads after sending something Puente does not read."""
    return [OutMessage(gettext(language, cm.UNSUPPORTED))]
