"""The app's own yes/no questions: asked in one turn, answered in the next.

While Rasa is down (or before staff mode) the app itself asks for consent or for confirmation
of an erasure. What it asked is remembered in the conversation's state under a key of the
asking area; the next message takes it back out, whatever it says, since a person who writes
something else has moved on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from bot.db.models import Conversation
from bot.inbound import fold, parse_payload

YES = {"si", "yes", "y", "oui", "wi", "ok", "okay", "claro", "dale", "de acuerdo", "d'accord"}
NO = {"no", "non", "nope", "pa", "non merci", "no gracias", "no thanks"}


def yes_or_no(text: str) -> bool | None:
    """A plain yes or no (or the affirm/deny buttons) in the four languages; None otherwise."""
    parsed = parse_payload(text)
    if parsed is not None:
        return {"affirm": True, "deny": False}.get(parsed[0])
    words = fold(text).strip(" .!¡¿?")
    if words in YES:
        return True
    if words in NO:
        return False
    return None


def remember(conv: Conversation, key: str, asked: Any) -> None:
    conv.state = {**(conv.state or {}), key: asked}


def take(session: Session, conv_id: int, key: str) -> tuple[Conversation, Any]:
    """The conversation and what was asked under `key` (None if nothing), now forgotten."""
    conv = session.get(Conversation, conv_id)
    assert conv is not None
    state: dict[str, Any] = dict(conv.state or {})
    asked = state.pop(key, None)
    conv.state = state
    return conv, asked
