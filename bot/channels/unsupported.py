"""Voice notes, photos, stickers, documents, video: noted, never stored, answered politely.

Puente reads text and locations only. A person who sent a voice note must still get an answer
that says what works, and staff should see that something arrived; the file itself is never
downloaded or kept (minimal data: people are told not to send photos of their documents).
"""

from __future__ import annotations

from bot.channels import messages as cm
from bot.i18n import gettext
from bot.reply import OutMessage

KINDS = ("voice", "audio", "photo", "sticker", "document", "video", "contact", "media")


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
