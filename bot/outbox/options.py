"""The last choices offered in a conversation, and mapping a typed answer back to its payload.

On WhatsApp a person answers "2" or "Papers" instead of pressing a button, and on Telegram a
reply-keyboard key sends its title as text. We keep the last options sent in
`Conversation.state` and read a reply against them. Once the person has answered, the next
message replaces them, so a number typed for a later question ("how many children?") is never
mistaken for an old menu.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.contacts import open_conversation
from bot.db.models import Conversation, Message
from bot.inbound import fold
from bot.reply import Button

STATE_KEY = "reply_options"
FROM_KEY = "reply_options_from"
_KEYCAP = re.compile(r"([0-9])\ufe0f?\u20e3")
_NUMBER = re.compile(r"^\s*#?\s*(\d{1,2})\s*[.)\-:]?\s*$")
MIN_PREFIX = 4


def remember(
    session: Session,
    conversation_id: int,
    options: tuple[Button, ...],
    message_id: int,
    by_bot: bool = True,
) -> None:
    """Replace the conversation's remembered options with those of a message just sent.

    A message without options clears them, except a bot message of the same turn (such as the
    privacy notice sent after a menu): the person has not answered yet, so the menu stands.
    """
    conv = session.get(Conversation, conversation_id)
    if conv is None:
        return
    state: dict[str, Any] = dict(conv.state or {})
    if options:
        state[STATE_KEY] = [b.as_dict() for b in options]
        state[FROM_KEY] = message_id
    else:
        same_turn = by_bot and not _answered_since(
            session, conversation_id, state.get(FROM_KEY), message_id
        )
        if STATE_KEY not in state or same_turn:
            return
        state.pop(STATE_KEY, None)
        state.pop(FROM_KEY, None)
    conv.state = state  # a new dict, so SQLAlchemy sees the change to the JSON column


def _answered_since(session: Session, conversation_id: int, since: Any, until: int) -> bool:
    """Whether the person wrote between the message that offered options and this one."""
    if not isinstance(since, int):
        return True
    found = session.scalar(
        select(Message.id)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == "in",
            Message.id > since,
            Message.id < until,
        )
        .limit(1)
    )
    return found is not None


def remembered(state: dict[str, Any] | None) -> list[Button]:
    raw = (state or {}).get(STATE_KEY) or []
    return [
        Button(str(o.get("title", "")), str(o.get("payload", "")))
        for o in raw
        if isinstance(o, dict) and o.get("payload")
    ]


def match(text: str, options: list[Button]) -> str | None:
    """The payload a reply chooses: its number, its exact words, or a clear start of them."""
    if not options or not text.strip():
        return None
    plain = _KEYCAP.sub(r"\1", text)
    number = _NUMBER.match(plain)
    if number:
        index = int(number.group(1)) - 1
        return options[index].payload if 0 <= index < len(options) else None
    folded = fold(plain)
    if not folded:
        return None
    for option in options:
        if fold(option.title) == folded:
            return option.payload
    if len(folded) >= MIN_PREFIX:
        starts = [o for o in options if fold(o.title).startswith(folded)]
        if len(starts) == 1:
            return starts[0].payload
    return None


def resolve(session: Session, channel: str, sender: str, text: str, idle: timedelta) -> str | None:
    """Read `text` against the options last offered in the sender's open conversation."""
    conv = open_conversation(session, channel, sender)
    if conv is None or utcnow() - conv.last_message_at > idle:
        return None  # the core starts a new conversation: old choices mean nothing there
    return match(text, remembered(conv.state))
