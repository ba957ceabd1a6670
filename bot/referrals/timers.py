"""First-reply targets by risk, counted in the team's working time, and who is told when missed.

FIRST_REPLY_TARGETS sets a target per priority (default `urgent=15m,high=2h,normal=1d`).
Minutes and hours count only while the team works (STAFF_HOURS): an urgent case opened at
night is due fifteen minutes after opening time, not fifteen minutes after it arrived, so the
clock measures the team and not the night. A working day is due at the same working moment of
the next working day. A case that misses its target alerts the supervisors (the staff
Telegram group, and a banner in the console); every ON_CALL_STEP_MINUTES after that, the next
person of the on-call list (ON_CALL_TELEGRAM) is called, until someone answers the person.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.handoff.cases import OPEN_STATUSES
from bot.handoff.hours import OfficeHours
from bot.handoff.models import Case
from bot.handoff.routing import office_hours
from bot.referrals.models import ReplyClock
from bot.settings import Settings

HORIZON_DAYS = 60  # office hours always open within this; beyond it the plain clock is used
STALE = timedelta(days=1)


def _intervals(hours: OfficeHours, start: datetime) -> Iterator[tuple[datetime, datetime]]:
    """The team's working intervals from `start` on, in order, clipped to start."""
    zone = hours.zone
    first = start.astimezone(zone).date()
    for offset in range(HORIZON_DAYS):
        day: date = first + timedelta(days=offset)
        spans = []
        for rule in hours.rules:
            if rule.first <= day.weekday() <= rule.last:
                begin = datetime.combine(day, rule.start, zone)
                end = (
                    datetime.combine(day + timedelta(days=1), time.min, zone)
                    if rule.end == time.max
                    else datetime.combine(day, rule.end, zone)
                )
                spans.append((begin, end))
        for begin, end in sorted(spans):
            if end > start:
                yield max(begin, start), end


def add_working(hours: OfficeHours, start: datetime, amount: timedelta) -> datetime:
    """`start` plus `amount` of the team's working time."""
    left = amount
    for begin, end in _intervals(hours, start):
        if end - begin >= left:
            return begin + left
        left -= end - begin
    return start + amount


def next_working_day(hours: OfficeHours, start: datetime, days: int) -> datetime:
    """The same working moment `days` working days later (opening time if `start` is closed)."""
    opening = next(_intervals(hours, start), (start, start))[0]
    local = opening.astimezone(hours.zone)
    found = opening
    offset = 0
    for _ in range(max(days, 1)):
        while offset < HORIZON_DAYS:
            offset += 1
            candidate = datetime.combine(
                local.date() + timedelta(days=offset), local.time(), hours.zone
            )
            if hours.is_open(candidate):
                found = candidate
                break
    return found


def due_at(settings: Settings, priority: str, opened_at: datetime) -> datetime | None:
    """When the first reply to a case of this priority is due; None without a target."""
    target = settings.reply_targets().get(priority)
    if target is None:
        return None
    amount, unit = target
    hours = office_hours(settings)
    if unit == "d":
        return next_working_day(hours, opened_at, max(1, round(amount)))
    minutes = amount * (60 if unit == "h" else 1)
    return add_working(hours, opened_at, timedelta(minutes=minutes))


@dataclass(frozen=True)
class Countdown:
    """What the inbox shows for one case: when the reply is due and whether it is late."""

    due_at: datetime
    overdue: bool
    minutes: int  # left (or, when overdue, past), rounded up


def countdown(settings: Settings, case: Case, now: datetime | None = None) -> Countdown | None:
    return countdown_of(
        settings, case.priority, case.status, case.opened_at, case.first_reply_at, now
    )


def countdown_of(
    settings: Settings,
    priority: str,
    status: str,
    opened_at: datetime,
    first_reply_at: datetime | None,
    now: datetime | None = None,
) -> Countdown | None:
    """The countdown of a case from its fields (the inbox has rows, not cases)."""
    if first_reply_at is not None or status not in OPEN_STATUSES:
        return None
    due = due_at(settings, priority, opened_at)
    if due is None:
        return None
    now = now or utcnow()
    seconds = (due - now).total_seconds()
    return Countdown(due, seconds < 0, int(-(-abs(seconds) // 60)))


def waiting(session: Session, limit: int = 500) -> list[Case]:
    """Open cases nobody has answered yet, oldest first."""
    return list(
        session.scalars(
            select(Case)
            .where(Case.status.in_(OPEN_STATUSES), Case.first_reply_at.is_(None))
            .order_by(Case.opened_at)
            .limit(limit)
        )
    )


def overdue_count(session: Session, settings: Settings, case_ids: set[int] | None = None) -> int:
    """How many unanswered cases are past their target (of `case_ids`, when given)."""
    now = utcnow()
    count = 0
    for case in waiting(session):
        if case_ids is not None and case.id not in case_ids:
            continue
        clock = countdown(settings, case, now)
        if clock is not None and clock.overdue:
            count += 1
    return count


@dataclass(frozen=True)
class Escalation:
    """One alert to post: level 1 goes to the supervisors' group, level n to on-call n - 1."""

    case_id: int
    category: str
    priority: str
    level: int
    chat_id: str
    minutes_late: int


def _unsettled(
    session: Session, settings: Settings, now: datetime
) -> list[tuple[Case, ReplyClock | None]]:
    """Unanswered open cases whose clock is missing, stale or due, oldest first, with it.

    This runs every STAFF_ALERT_POLL_SECONDS: a case whose clock is set and not yet due is left
    to the database, so a backlog of waiting cases costs one query, not one per case."""
    rows = session.execute(
        select(Case, ReplyClock)
        .outerjoin(ReplyClock, ReplyClock.case_id == Case.id)
        .where(
            Case.status.in_(OPEN_STATUSES),
            Case.first_reply_at.is_(None),
            Case.priority.in_(list(settings.reply_targets())),
            or_(
                ReplyClock.case_id.is_(None),
                ReplyClock.priority != Case.priority,
                ReplyClock.due_at <= now,
            ),
        )
        .order_by(Case.opened_at)
        .limit(500)
    )
    return [(case, clock) for case, clock in rows]


def escalations(
    session: Session, settings: Settings, now: datetime | None = None
) -> list[Escalation]:
    """The alerts now due, one per case, each one step further than the last one posted."""
    now = now or utcnow()
    on_call = settings.on_call()
    step = timedelta(minutes=settings.on_call_step_minutes)
    due: list[Escalation] = []
    for case, clock in _unsettled(session, settings, now):
        target = due_at(settings, case.priority, case.opened_at)
        if target is None:
            continue
        if clock is None or clock.priority != case.priority:
            # A new case, or one whose priority changed: the clock starts again from opening.
            fresh = clock is None
            clock = clock or ReplyClock(case_id=case.id, level=0)
            clock.priority, clock.due_at = case.priority, target
            if clock.level and clock.alerted_at and target > now:
                clock.level = 0
            if fresh and now - target > STALE:
                # Missed long before this clock existed (cases from before an upgrade, or a
                # long outage): the banner shows it; calling people now would be a flood.
                clock.level, clock.alerted_at = 1 + len(on_call), now
            session.add(clock)
        if now < clock.due_at:
            continue
        late = int((now - clock.due_at).total_seconds() // 60)
        if clock.level == 0:
            chat = settings.telegram_staff_chat_id
            due.append(Escalation(case.id, case.category, case.priority, 1, chat, late))
        elif clock.alerted_at is not None and now - clock.alerted_at >= step:
            index = clock.level - 1
            if index < len(on_call):
                level = clock.level + 1
                due.append(
                    Escalation(case.id, case.category, case.priority, level, on_call[index], late)
                )
    session.flush()
    return due


def still_due(session: Session, escalation: Escalation) -> bool:
    """Whether this step is still to post (another replica may have posted it, or someone
    answered meanwhile)."""
    case = session.get(Case, escalation.case_id)
    clock = session.get(ReplyClock, escalation.case_id)
    if case is None or clock is None or case.first_reply_at is not None:
        return False
    return case.status in OPEN_STATUSES and clock.level == escalation.level - 1


def mark(session: Session, escalation: Escalation, posted: bool) -> None:
    clock = session.get(ReplyClock, escalation.case_id)
    if clock is None:
        return
    if posted:
        clock.level, clock.alerted_at, clock.attempts = escalation.level, utcnow(), 0
    else:
        clock.attempts += 1
