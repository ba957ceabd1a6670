"""A ceiling for open cases: a case nobody acts on is closed, so its data can be purged.

The purge deletes closed conversations after RETENTION_DAYS, but a conversation held by an open
case is never closed: if nobody closes the case, its messages and Rasa's unencrypted tracker
stay forever. So a case without activity for STAFF_CASE_MAX_OPEN_DAYS is closed
(`close_reason = expired`), after the supervisors were warned STAFF_CASE_WARN_DAYS_BEFORE days
ahead (the staff alert loop, bot/staff/alerts.py, posts the warning and runs the closing).

Activity is the later of `Case.updated_at` and `Conversation.last_message_at`. `updated_at`
moves on every act of staff on the case (a reply that went out, a note, a referral, a claim or
an assignment, an escalation) and on every message the person sends while staff hold the
conversation (bot/handoff/routing.py). `last_message_at` adds what `updated_at` misses: a
person still talking to the bot while a danger case waits for their consent. Neither the person's
last message alone (staff may be working the case through notes and referrals) nor the last staff
reply alone (the person may still be writing, maybe in danger) says that nobody is there; the
time the case opened says nothing about activity at all.

A case is never closed without a warning for its current idle stretch: any activity after the
warning makes it stale, and the case is closed no sooner than STAFF_CASE_WARN_DAYS_BEFORE after
the warning, so cases found far past the ceiling (the first run after an upgrade) get their full
notice too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from bot.db.models import Conversation
from bot.handoff.cases import EXPIRED, OPEN_STATUSES, close
from bot.handoff.models import Case
from bot.handoff.rasa_sync import Effect
from bot.settings import Settings

BATCH = 20


@dataclass(frozen=True)
class Expiring:
    """A case the supervisors must hear about: it closes at `closes_at` unless someone acts."""

    case_id: int
    category: str
    closes_at: datetime


def _ceiling(settings: Settings) -> timedelta:
    return timedelta(days=settings.staff_case_max_open_days)


def _notice(settings: Settings) -> timedelta:
    return timedelta(days=settings.staff_case_warn_days_before)


def last_activity(case: Case, conv: Conversation) -> datetime:
    return max(case.updated_at, conv.last_message_at)


def warned(case: Case, conv: Conversation) -> bool:
    """Whether the supervisors were warned since the case's last activity."""
    return case.expiry_warned_at is not None and case.expiry_warned_at >= last_activity(case, conv)


def closes_at(case: Case, conv: Conversation, settings: Settings, now: datetime) -> datetime:
    """When the case closes if nobody acts: the ceiling, and never before its full notice."""
    at = last_activity(case, conv) + _ceiling(settings)
    if settings.staff_case_warn_days_before:
        since = case.expiry_warned_at if warned(case, conv) else None
        at = max(at, (since or now) + _notice(settings))
    return at


def _idle_since(cutoff: datetime) -> ColumnElement[bool]:
    """Open cases with no activity after `cutoff` (both times before it: portable SQL)."""
    return and_(
        Case.status.in_(OPEN_STATUSES),
        Case.updated_at < cutoff,
        Conversation.last_message_at < cutoff,
    )


def to_warn(session: Session, settings: Settings, now: datetime) -> list[Expiring]:
    """Cases within STAFF_CASE_WARN_DAYS_BEFORE of the ceiling not yet warned about."""
    if not settings.staff_case_warn_days_before:
        return []
    cutoff = now - (_ceiling(settings) - _notice(settings))
    rows = session.execute(
        select(Case, Conversation)
        .join(Conversation, Conversation.id == Case.conversation_id)
        .where(
            _idle_since(cutoff),
            or_(
                Case.expiry_warned_at.is_(None),
                Case.expiry_warned_at < Case.updated_at,
                Case.expiry_warned_at < Conversation.last_message_at,
            ),
        )
        .order_by(Case.id)
        .limit(BATCH)
    ).all()
    return [Expiring(c.id, c.category, closes_at(c, conv, settings, now)) for c, conv in rows]


def still_to_warn(session: Session, case_id: int, settings: Settings, now: datetime) -> bool:
    """Re-checked in the transaction that claims the warning: someone may have acted since."""
    case = session.get(Case, case_id)
    conv = case.conversation if case is not None else None
    if case is None or conv is None or case.status not in OPEN_STATUSES or warned(case, conv):
        return False
    return last_activity(case, conv) < now - (_ceiling(settings) - _notice(settings))


def mark_warned(session: Session, case_id: int, now: datetime) -> None:
    case = session.get(Case, case_id)
    if case is not None:
        case.expiry_warned_at = now


def due(session: Session, settings: Settings, now: datetime) -> list[int]:
    """Ids of the cases past the ceiling whose warning has run its notice."""
    query = (
        select(Case.id)
        .join(Conversation, Conversation.id == Case.conversation_id)
        .where(_idle_since(now - _ceiling(settings)))
        .order_by(Case.id)
        .limit(BATCH)
    )
    if settings.staff_case_warn_days_before:
        query = query.where(
            Case.expiry_warned_at.is_not(None),
            Case.expiry_warned_at >= Case.updated_at,
            Case.expiry_warned_at >= Conversation.last_message_at,
            Case.expiry_warned_at <= now - _notice(settings),
        )
    return [int(i) for i in session.scalars(query)]


def expire(session: Session, case_id: int, settings: Settings, now: datetime) -> Effect | None:
    """Close one idle case as `expired`, silently; None if it is no longer due.

    Through the normal close path (bot/handoff/cases.py), so the conversation goes back to the
    bot and the daily purge treats it like any closed one. The person is not messaged: a person
    in a dangerous situation may have deleted the chat so that nobody finds it on their phone,
    and an unasked "your case was closed" could betray them; they get no goodbye, and when they
    write again the bot answers (and can hand them to a person again). The Rasa resume is
    remembered on the case (`rasa_pending`) until Rasa records it.
    """
    case = session.get(Case, case_id)
    conv = case.conversation if case is not None else None
    if case is None or conv is None or case.status not in OPEN_STATUSES:
        return None
    if closes_at(case, conv, settings, now) > now or (
        settings.staff_case_warn_days_before and not warned(case, conv)
    ):
        return None
    paused = close(session, case, "closed", reason=EXPIRED, tell_person=False)
    if paused:
        case.rasa_pending = "resume"
    return Effect(case.id, conv.public_id, resume=paused)
