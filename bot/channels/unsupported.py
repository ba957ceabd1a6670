"""Voice notes, photos, stickers, documents, video: noted, never stored, answered politely.

Puente reads text and locations only. A person who sent a voice note must still get an answer
that says what works, and staff should see that something arrived; the file itself is never
downloaded or kept (minimal data: people are told not to send photos of their documents).
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from bot.channels import messages as cm
from bot.channels import outbox
from bot.core.conversation import _begin
from bot.core.inbound import Inbound
from bot.db.models import Conversation
from bot.i18n import gettext
from bot.reply import OutMessage
from bot.safety.screen import ScreenResult

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


def note(session: Session, inbound: Inbound, idle: timedelta) -> list[int]:
    """Store an empty inbound message of the content's kind and queue the polite answer.

    Returns the ids of the queued answers; none for a repeated delivery.
    """
    begun = _begin(session, inbound, idle, ScreenResult((), False))
    if begun.duplicate:
        return []
    conv = session.get(Conversation, begun.conv_id)
    assert conv is not None
    return outbox.enqueue(session, conv, [OutMessage(gettext(conv.language, cm.UNSUPPORTED))])
