"""The outbox: every outbound message is stored before it is sent.

Bot replies on asynchronous channels and staff replies on every channel are written here as
`Message` rows with status `pending`; a delivery worker (`bot.outbox.worker`) sends them in
order per conversation and is woken as soon as the storing transaction commits. The web chat
reads its pending messages when the page polls (`bot.channels.web.updates`).

A WhatsApp message that cannot go out because the 24-hour window is closed is stored `failed`
with the reason `outside_24h_window` at once, so the caller can tell staff why (`results`).
A message with a `purpose` starts a conversation (a staff message, a check-in, a request to a
provider): it is stored `failed` with `person_asked_for_discretion` while the person asked for
discretion and has not written since (`Contact.quiet`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, event, insert, select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.models import Conversation, Message
from bot.outbox.window import OUTSIDE_WINDOW, PURPOSES, QUIET, TEMPLATE_KIND, may_send
from bot.reply import OutMessage

log = logging.getLogger(__name__)
_listeners: list[Callable[[], None]] = []
_MESSAGES = cast(Table, Message.__table__)
# One INSERT ... RETURNING for a turn's replies, ids in the order given.
_INSERT = insert(_MESSAGES).returning(_MESSAGES.c.id, sort_by_parameter_order=True)


@dataclass(frozen=True)
class OutboxResult:
    """What became of a stored message: `pending`, `sent`, `delivered`, `read` or `failed`."""

    id: int
    status: str
    error: str | None


def add_listener(wake: Callable[[], None]) -> None:
    """Call `wake` (thread-safe, cheap) after every transaction that enqueued something."""
    _listeners.append(wake)


def remove_listener(wake: Callable[[], None]) -> None:
    if wake in _listeners:
        _listeners.remove(wake)


def notify() -> None:
    for wake in list(_listeners):
        try:
            wake()
        except Exception:  # a stopped worker must not break the caller's commit
            log.exception("outbox listener failed")


def _wake_after_commit(session: Session) -> None:
    event.listen(session, "after_commit", lambda _s: notify(), once=True)


def _may_send(conv: Conversation, kind: str) -> bool:
    return may_send(conv.channel, conv.contact.last_inbound_at, kind)


def _refusal(conv: Conversation, kind: str, purpose: str | None) -> str | None:
    """Why a message may not go out now, or None."""
    if purpose is not None and conv.contact.quiet():
        return QUIET
    return None if _may_send(conv, kind) else OUTSIDE_WINDOW


def _row(
    conv: Conversation,
    out: OutMessage,
    sender: str,
    staff_user_id: int | None,
    kind: str = "text",
    sent: bool = False,
    purpose: str | None = None,
) -> dict[str, Any]:
    """The columns of one outbound `Message` row."""
    if purpose is not None and purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    refused = None if sent else _refusal(conv, kind, purpose)
    return _columns(conv.id, conv.channel, out, sender, staff_user_id, kind, sent, purpose, refused)


def _columns(
    conv_id: int,
    channel: str,
    out: OutMessage,
    sender: str,
    staff_user_id: int | None,
    kind: str,
    sent: bool,
    purpose: str | None,
    refused: str | None,
) -> dict[str, Any]:
    now = utcnow()
    allowed = refused is None
    return {
        "conversation_id": conv_id,
        "direction": "out",
        "sender": sender,
        "channel": channel,
        "kind": kind,
        "purpose": purpose,
        "body": out.text,
        "buttons": [b.as_dict() for b in out.buttons],
        "extras": extras_json(out),
        "status": "sent" if sent else "pending" if allowed else "failed",
        "error": refused,
        "next_attempt_at": now if allowed and not sent else None,
        "sent_at": now if sent else None,
        "staff_user_id": staff_user_id,
        "attempts": 0,
        "created_at": now,
    }


def extras_json(out: OutMessage) -> str | None:
    """The stored form of a message's place and question; None when it has neither."""
    extras = out.extras()
    return json.dumps(extras, ensure_ascii=False, sort_keys=True) if extras else None


def out_message(row: Message) -> OutMessage:
    """A stored outbound message as the channels send it: text, buttons, place, question."""
    data: dict[str, object] = {}
    if row.extras:
        try:
            loaded = json.loads(row.extras)
        except ValueError:
            loaded = None
        if isinstance(loaded, dict):
            data.update(loaded)
    data.update(text=row.body, buttons=row.buttons)
    return OutMessage.from_dict(data)


def _store(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert in order with one statement; ids follow the order of `rows`.

    A table insert rather than the ORM's unit of work, which costs several times as much CPU
    and runs on every turn (bench/turn_db.py). New ORM objects (a conversation made in this
    transaction) are flushed first, for the foreign key.
    """
    if not rows:
        return []
    if session.new:
        session.flush()
    return list(session.execute(_INSERT, rows).scalars())


def enqueue(
    session: Session,
    conv: Conversation,
    messages: list[OutMessage],
    sender: str = "bot",
    staff_user_id: int | None = None,
    purpose: str | None = None,
) -> list[int]:
    """Store messages for delivery on the conversation's channel; returns their ids in order.

    `purpose` (one of `PURPOSES`) marks messages that start a conversation rather than answer
    the person. Check `results(session, ids)` to learn whether one was refused (`failed`, with
    the reason).
    """
    rows = [_row(conv, out, sender, staff_user_id, purpose=purpose) for out in messages]
    ids = _store(session, rows)
    conv.last_message_at = utcnow()
    _wake_after_commit(session)
    return ids


def record_sent(
    session: Session, conv_id: int, channel: str, messages: list[OutMessage]
) -> list[int]:
    """Store bot replies that go back in the HTTP response itself (the web chat).

    Takes the conversation's id and channel rather than the conversation: the turn's end
    touches the conversation with one statement instead of loading it (bench/turn_db.py).
    """
    rows = [
        _columns(conv_id, channel, out, "bot", None, "text", True, None, None) for out in messages
    ]
    return _store(session, rows)


def enqueue_template(
    session: Session,
    conv: Conversation,
    variables: dict[str, str] | None = None,
    sender: str = "staff",
    staff_user_id: int | None = None,
    purpose: str = "staff_reply",
) -> int:
    """Store the approved WhatsApp template for `purpose` for this conversation.

    The only message allowed outside the 24-hour window; its body records the template's
    variables as JSON.
    """
    body = json.dumps(variables or {}, ensure_ascii=False, sort_keys=True)
    row = _row(conv, OutMessage(body), sender, staff_user_id, TEMPLATE_KIND, purpose=purpose)
    [message_id] = _store(session, [row])
    conv.last_message_at = utcnow()
    _wake_after_commit(session)
    return message_id


def can_send_free_form(session: Session, conv: Conversation) -> bool:
    """Whether a free-form message to this conversation may go out now."""
    return _may_send(conv, "text")


def results(session: Session, ids: list[int]) -> list[OutboxResult]:
    """The state of stored messages, in the order of `ids` (unknown ids are left out)."""
    rows = {
        row.id: row for row in session.scalars(select(Message).where(Message.id.in_(ids))).all()
    }
    return [OutboxResult(rows[i].id, rows[i].status, rows[i].error) for i in ids if i in rows]
