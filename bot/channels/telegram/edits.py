"""An edited Telegram message: a correction of what the person just said, or a note for staff.

People fix typos after sending ("tijuan" -> "tijuana"). The rule, kept simple enough to explain:

- An edit of the person's **latest** message (nothing else sent by them since, a button press
  included), made within EDIT_WINDOW of sending it, is a **new turn** with the corrected words:
  the bot answers the correction as if it had been sent that way.
- An edit of an **older** message, or one made later than that, is **stored for staff** (kind
  `edit`, the new words) and the bot does not answer it: answering a changed question from
  long ago would confuse more than help.
- Danger first: whatever its age, an edit the danger screen flags gets a full turn.

Each edit is stored once (its id is the original's plus the edit's time), so a repeated
delivery of the same edit is a no-op while a second correction is a new one.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.contacts import open_conversation
from bot.db.models import Message
from bot.reply import OutMessage

CHANNEL = "telegram"
EDIT_WINDOW = timedelta(minutes=5)
KIND = "edit"


def edit_id(original: str, edited_at: datetime) -> str:
    """The channel message id of one edit of `original` (a keyed hash, see `message_key`)."""
    return f"{original}:e{int(edited_at.timestamp())}"


def is_correction(
    session: Session, sender: str, original: str, sent_at: datetime, edited_at: datetime
) -> bool:
    """Whether the edit corrects the person's latest message, soon enough to answer anew."""
    if edited_at - sent_at > EDIT_WINDOW:
        return False
    conv = open_conversation(session, CHANNEL, sender)
    if conv is None:
        return False
    latest = session.scalar(
        select(Message.channel_message_id)
        .where(Message.conversation_id == conv.id, Message.direction == "in")
        .order_by(Message.id.desc())
        .limit(1)
    )
    return bool(latest) and (latest == original or str(latest).startswith(original + ":e"))


def no_answer(language: str) -> list[OutMessage]:
    """What the bot says to an edit it does not take as a new turn: nothing."""
    return []
