"""The outbox's bookkeeping: which message is next, claiming it, and recording the outcome.

Order per conversation is the rule: only a conversation's oldest pending outbound message (its
head) may be sent, and the next one waits until the head went out or failed for good. A claim
moves the head's `next_attempt_at` forward by a lease with a compare-and-set, so two workers
(two replicas, or an old and a new process) never send the same message at once, and a worker
that dies mid-send leaves a message another picks up after the lease.
"""

from __future__ import annotations

import random
import re
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.models import Contact, Conversation, Message
from bot.outbox import options
from bot.outbox.models import OutboundPart
from bot.outbox.store import out_message
from bot.reply import Button, OutMessage

LEASE = timedelta(seconds=60)
MAX_DELAY = 600.0
DELIVERY_FAILED = "delivery_failed"
_CODE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_LONG_NUMBER = re.compile(r"[0-9]{6,}")


def safe_code(reason: str | None) -> str:
    """The code of a delivery reason (`twilio_21211`, `telegram_forbidden`), never free text.

    Providers explain failures in sentences that quote the person ("The 'To' number
    whatsapp:+52... is not a valid phone number"). `messages.error` is not encrypted, outlives
    an erasure in logs and is shown to staff, so only a code is kept: lowercase words, digits
    and underscores, at most 64 characters, no run of six digits (no phone number or chat id
    fits). Older rows may hold "code: free text"; their code is kept and the text dropped.
    Anything else becomes `delivery_failed`.
    """
    head = (reason or "").split(":", 1)[0].strip()
    if len(head) <= 64 and _CODE.fullmatch(head) and not _LONG_NUMBER.search(head):
        return head
    return DELIVERY_FAILED


class DeliveryError(Exception):
    """A send did not succeed; `reason`, a code (see `safe_code`), is stored on the message."""

    def __init__(self, reason: str) -> None:
        self.reason = safe_code(reason)
        super().__init__(self.reason)


class TransientError(DeliveryError):
    """Worth trying again later: network, 5xx, 429 (with the platform's wait, if it gave one)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class PermanentError(DeliveryError):
    """Will never succeed as it is: blocked bot, invalid number, closed 24-hour window."""


@dataclass(frozen=True)
class Job:
    """One claimed outbound message with what a sender needs to deliver it."""

    message_id: int
    conversation_id: int
    channel: str
    address: str
    language: str
    kind: str
    sender: str
    message: OutMessage
    parts_done: int
    attempts: int
    last_inbound_at: datetime | None
    purpose: str | None = None  # why a message that starts a conversation is sent (templates)


class Record(Protocol):
    """Called after each part a platform accepted: its index, the platform's id for it and, on
    WhatsApp, the Content SID it was sent as (an interactive message or a map pin)."""

    def __call__(
        self, index: int, provider_id: str, content_sid: str | None = None
    ) -> Awaitable[None]: ...


class Sender(Protocol):
    channel: str

    async def deliver(self, job: Job, record: Record) -> tuple[Button, ...]:
        """Send parts `job.parts_done` onwards, calling `record(index, provider_id)` after each.

        Returns the options a typed reply may refer to; raises a DeliveryError on failure.
        """
        ...


def due_conversations(
    session: Session, channels: Sequence[str], limit: int, now: datetime | None = None
) -> list[tuple[int, bool]]:
    """Conversations whose head pending message on these channels is due, each with whether
    it is urgent (a person in danger): urgent ones first, then oldest first."""
    heads = (
        select(func.min(Message.id).label("head"))
        .where(
            Message.direction == "out",
            Message.status == "pending",
            Message.channel.in_(channels),
        )
        .group_by(Message.conversation_id)
        .subquery()
    )
    rows = session.execute(
        select(Message.conversation_id, Conversation.urgent)
        .join(heads, Message.id == heads.c.head)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Message.next_attempt_at <= (now or utcnow()))
        .order_by(Conversation.urgent.desc(), Message.id)
        .limit(limit)
    ).all()
    return [(int(r[0]), bool(r[1])) for r in rows]


def claim_head(session: Session, conversation_id: int, channels: Sequence[str]) -> Job | None:
    """Take the conversation's head message for one delivery attempt, if it is due."""
    now = utcnow()
    head = session.scalars(
        select(Message)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == "out",
            Message.status == "pending",
        )
        .order_by(Message.id)
        .limit(1)
    ).first()
    if head is None or head.channel not in channels:
        return None
    due_at = head.next_attempt_at
    if due_at is not None and due_at > now:
        return None
    claimed = session.execute(
        update(Message)
        .where(
            Message.id == head.id,
            Message.status == "pending",
            Message.next_attempt_at == due_at
            if due_at is not None
            else Message.next_attempt_at.is_(None),
        )
        .values(next_attempt_at=now + LEASE)
        .execution_options(synchronize_session=False)
    )
    if getattr(claimed, "rowcount", 0) != 1:
        return None  # another worker took it first
    conv = session.get(Conversation, conversation_id)
    assert conv is not None
    contact = session.get(Contact, conv.contact_id)
    assert contact is not None
    done = session.scalar(
        select(func.count()).select_from(OutboundPart).where(OutboundPart.message_id == head.id)
    )
    return Job(
        message_id=head.id,
        conversation_id=conversation_id,
        channel=head.channel,
        address=contact.identifier,
        language=conv.language,
        kind=head.kind,
        sender=head.sender,
        message=out_message(head),
        parts_done=int(done or 0),
        attempts=head.attempts,
        last_inbound_at=contact.last_inbound_at,
        purpose=head.purpose,
    )


def record_part(
    session: Session,
    message_id: int,
    index: int,
    channel: str,
    provider_id: str,
    content_sid: str | None = None,
) -> None:
    session.add(
        OutboundPart(
            message_id=message_id,
            part=index,
            channel=channel,
            provider_id=provider_id,
            content_sid=content_sid,
        )
    )


PART_RANK = {"sent": 1, "delivered": 2, "read": 3}


def settle(session: Session, row: Message) -> None:
    """A sent message's state from its parts: failed if one failed, else the least advanced."""
    parts = session.scalars(select(OutboundPart).where(OutboundPart.message_id == row.id)).all()
    failed = [p for p in parts if p.status == "failed"]
    if failed:
        row.status, row.error = "failed", safe_code(failed[0].error)
    elif parts:
        row.status = min((p.status for p in parts), key=lambda s: PART_RANK.get(s, 0))


def mark_sent(session: Session, job: Job, remember: tuple[Button, ...]) -> None:
    row = session.get(Message, job.message_id)
    if row is None:
        return  # erased while it was being sent
    session.flush()
    first = session.scalar(
        select(OutboundPart.provider_id)
        .where(OutboundPart.message_id == job.message_id)
        .order_by(OutboundPart.part)
        .limit(1)
    )
    row.status, row.error, row.sent_at = "sent", None, utcnow()
    row.next_attempt_at = None
    row.attempts = job.attempts + 1
    row.channel_message_id = first
    settle(session, row)  # status callbacks may have come in while later parts went out
    options.remember(session, job.conversation_id, remember, job.message_id, job.sender == "bot")


def mark_failed(session: Session, job: Job, reason: str) -> None:
    row = session.get(Message, job.message_id)
    if row is None:
        return
    row.status, row.error, row.next_attempt_at = "failed", safe_code(reason), None
    row.attempts = job.attempts + 1


def backoff(attempt: int, base: float, retry_after: float | None = None) -> float:
    """Seconds to wait after the `attempt`-th failure: exponential with jitter, or the
    platform's own wait when it named one."""
    if retry_after is not None:
        return max(retry_after, base)
    delay = min(MAX_DELAY, base * 2.0 ** max(attempt - 1, 0))
    return delay * random.uniform(0.8, 1.2)  # noqa: S311 - jitter, not security


def mark_retry(session: Session, job: Job, reason: str, delay: float) -> None:
    row = session.get(Message, job.message_id)
    if row is None:
        return
    row.attempts = job.attempts + 1
    row.error = safe_code(reason)
    row.next_attempt_at = utcnow() + timedelta(seconds=delay)


def release(session: Session, job: Job) -> None:
    """Give a claimed message back untouched (the worker is stopping before sending it)."""
    session.execute(
        update(Message)
        .where(Message.id == job.message_id, Message.status == "pending")
        .values(next_attempt_at=utcnow())
    )
