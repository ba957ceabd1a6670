"""What staff may see, shaped for pages and JSON: the inbox, a case, its transcript.

Need-to-know lives here: agents see unassigned cases and their own, supervisors and admins all.
Views are plain dataclasses built inside the transaction, so templates never touch the database.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.models import Contact, Message
from bot.handoff import ceiling
from bot.handoff.cases import CLOSED_STATUSES, DECLINED, OPEN_STATUSES
from bot.handoff.models import Case
from bot.outbox.delivery import safe_code
from bot.outbox.window import has_window, may_send
from bot.staff.auth import Actor
from bot.staff.models import StaffUser

TRANSCRIPT_LIMIT = 300
# A person who wrote within this long is in a live exchange: a reply answers them.
LIVE = timedelta(minutes=30)
PRIORITY_ORDER = sql_case((Case.priority == "urgent", 0), (Case.priority == "high", 1), else_=2)


def can_view(actor: Actor, case: Case) -> bool:
    """Supervisors see every case; agents unassigned ones and their own, never a refused one."""
    if actor.is_supervisor:
        return True
    return case.close_reason != DECLINED and case.assignee_id in (None, actor.id)


def can_work(actor: Actor, case: Case) -> bool:
    """Reply, note, refer, close: the assignee (or anyone on an unassigned case), supervisors."""
    return can_view(actor, case)


def staff_name(session: Session, user_id: int | None) -> str | None:
    """A staff member's name; cases keep only the id, since accounts live a floor above them."""
    user = session.get(StaffUser, user_id) if user_id is not None else None
    return user.name if user is not None else None


@dataclass(frozen=True)
class CaseRow:
    id: int
    conversation_id: str
    category: str
    priority: str
    status: str
    channel: str
    language: str
    source: str
    assignee_id: int | None
    assignee: str | None
    danger: tuple[str, ...]
    consent: bool
    opened_at: datetime
    waiting_since: datetime | None
    first_reply_at: datetime | None
    closed_at: datetime | None
    grade: str | None = None  # the danger screen's most pressing grade in the case

    @classmethod
    def of(cls, session: Session, case: Case) -> CaseRow:
        return cls(
            case.id,
            case.conversation.public_id if case.conversation else "",
            case.category,
            case.priority,
            case.status,
            case.channel,
            case.language,
            case.source,
            case.assignee_id,
            staff_name(session, case.assignee_id),
            tuple(case.danger or ()),
            case.consent_at is not None,
            case.opened_at,
            case.waiting_since,
            case.first_reply_at,
            case.closed_at,
            case.grade,
        )

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, datetime):
                out[key] = value.isoformat()
        out["danger"] = list(self.danger)
        return out


@dataclass(frozen=True)
class InboxFilters:
    status: str = "open"
    priority: str = ""
    category: str = ""
    channel: str = ""
    language: str = ""
    assigned: str = ""  # "", "me" or "none"


def inbox(session: Session, actor: Actor, f: InboxFilters, limit: int = 200) -> list[CaseRow]:
    """Cases in the order staff should take them: priority, then who has waited longest."""
    query = select(Case)
    if not actor.is_supervisor:
        query = query.where(
            or_(Case.assignee_id.is_(None), Case.assignee_id == actor.id),
            or_(Case.close_reason.is_(None), Case.close_reason != DECLINED),
        )
    statuses = {"open": OPEN_STATUSES, "closed": CLOSED_STATUSES, "all": ()}.get(
        f.status, (f.status,)
    )
    if statuses:
        query = query.where(Case.status.in_(statuses))
    for column, value in (
        (Case.priority, f.priority),
        (Case.category, f.category),
        (Case.channel, f.channel),
        (Case.language, f.language),
    ):
        if value:
            query = query.where(column == value)
    if f.assigned == "me":
        query = query.where(Case.assignee_id == actor.id)
    elif f.assigned == "none":
        query = query.where(Case.assignee_id.is_(None))
    query = query.order_by(
        PRIORITY_ORDER, Case.waiting_since.is_(None), Case.waiting_since, Case.opened_at, Case.id
    ).limit(limit)
    return [CaseRow.of(session, c) for c in session.scalars(query)]


def urgent_waiting(session: Session, actor: Actor) -> int:
    query = select(func.count(Case.id)).where(Case.priority == "urgent", Case.status == "new")
    if not actor.is_supervisor:
        query = query.where(Case.assignee_id.is_(None))
    return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class Line:
    id: int
    direction: str
    sender: str
    author: str | None
    text: str
    at: datetime
    status: str
    error: str | None
    buttons: tuple[str, ...] = ()
    grade: str | None = None  # the danger screen's grade of a person's message
    reasons: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["at"] = self.at.isoformat()
        out["buttons"] = list(self.buttons)
        out["reasons"] = list(self.reasons)
        return out


def transcript(session: Session, case: Case, after: int = 0) -> list[Line]:
    """The conversation as staff may read it; nothing once the case lost its conversation.

    A case loses it when the person's data is erased or when they refused to share a danger
    case: then there is nothing staff may read. A closed case shows the conversation up to its
    closing only: what the person then tells the bot is not the team's to read (until a reopen).
    """
    if case.conversation_id is None:
        return []
    shown = [Message.conversation_id == case.conversation_id, Message.id > after]
    if case.closed_at is not None:
        shown.append(Message.created_at <= case.closed_at)
    rows = session.execute(
        select(Message, StaffUser.name)
        .outerjoin(StaffUser, StaffUser.id == Message.staff_user_id)
        .where(*shown)
        .order_by(Message.id.desc())
        .limit(TRANSCRIPT_LIMIT)
    ).all()
    return [
        Line(
            m.id,
            m.direction,
            m.sender,
            name,
            m.body,
            m.created_at,
            m.status,
            safe_code(m.error) if m.error else None,  # a code, never a provider's text
            tuple(str(b.get("title", "")) for b in m.buttons or []),
            m.danger_grade,
            tuple(m.danger_reasons or ()),
        )
        for m, name in reversed(rows)
    ]


@dataclass(frozen=True)
class NoteView:
    id: int
    author: str | None
    body: str
    at: datetime


@dataclass(frozen=True)
class ReferralView:
    id: int
    service_id: str | None
    service_name: str
    note: str | None
    outcome: str
    at: datetime


@dataclass
class CaseDetail:
    row: CaseRow
    conversation_status: str
    topic: str | None
    consent_at: datetime | None
    consent_version: str | None
    close_reason: str | None
    outcome_note: str | None
    reopened_count: int
    whatsapp_window_open: bool | None
    lines: list[Line]
    notes: list[NoteView]
    referrals: list[ReferralView]
    staff: list[tuple[int, str]] = field(default_factory=list)
    # Supervisors were warned that this open case closes for inactivity (bot/handoff/ceiling.py).
    expiry_warned_at: datetime | None = None
    # Discretion: the agreed safe time or code word; since when the person asked us not to
    # write first (None when they may be written to); their last message, for the reminder to
    # use neutral words when a reply would reach them first.
    safe_contact: str | None = None
    quiet_since: datetime | None = None
    last_inbound_at: datetime | None = None
    why: tuple[str, ...] = ()  # the reasons of the message that gave the case its grade

    @property
    def live(self) -> bool:
        """The person wrote in the last minutes: a reply answers them, it does not start."""
        return self.last_inbound_at is not None and utcnow() - self.last_inbound_at < LIVE

    def as_json(self) -> dict[str, Any]:
        out = self.row.as_json()
        out.update(
            conversation_status=self.conversation_status,
            topic=self.topic,
            consent_at=self.consent_at.isoformat() if self.consent_at else None,
            consent_version=self.consent_version,
            close_reason=self.close_reason,
            outcome_note=self.outcome_note,
            reopened_count=self.reopened_count,
            whatsapp_window_open=self.whatsapp_window_open,
            transcript=[line.as_json() for line in self.lines],
            notes=[{**asdict(n), "at": n.at.isoformat()} for n in self.notes],
            referrals=[{**asdict(r), "at": r.at.isoformat()} for r in self.referrals],
            expiry_warned_at=self.expiry_warned_at.isoformat() if self.expiry_warned_at else None,
            safe_contact=self.safe_contact,
            quiet_since=self.quiet_since.isoformat() if self.quiet_since else None,
            why=list(self.why),
        )
        return out


def _why(session: Session, case: Case) -> tuple[str, ...]:
    """The reasons of the latest message graded as the case is (what made it urgent)."""
    if case.conversation_id is None or not case.grade:
        return ()
    reasons = session.scalar(
        select(Message.danger_reasons)
        .where(
            Message.conversation_id == case.conversation_id,
            Message.danger_grade == case.grade,
        )
        .order_by(Message.id.desc())
        .limit(1)
    )
    return tuple(reasons or ())


def detail(session: Session, actor: Actor, case: Case) -> CaseDetail:
    window: bool | None = None
    contact = session.get(Contact, case.contact_id) if case.contact_id is not None else None
    if has_window(case.channel):
        window = may_send(case.channel, contact.last_inbound_at if contact else None)
    staff: list[tuple[int, str]] = []
    if actor.is_supervisor:
        staff = [
            (u.id, u.name)
            for u in session.scalars(
                select(StaffUser).where(StaffUser.active.is_(True)).order_by(StaffUser.name)
            )
        ]
    return CaseDetail(
        row=CaseRow.of(session, case),
        conversation_status=case.conversation.status if case.conversation else "erased",
        topic=case.topic,
        consent_at=case.consent_at,
        consent_version=case.consent_version,
        close_reason=case.close_reason,
        outcome_note=case.outcome_note,
        reopened_count=case.reopened_count,
        whatsapp_window_open=window,
        lines=transcript(session, case),
        notes=[
            NoteView(n.id, staff_name(session, n.author_id), n.body, n.created_at)
            for n in case.notes
        ],
        referrals=[
            ReferralView(r.id, r.service_id, r.service_name, r.note, r.outcome, r.created_at)
            for r in case.referrals
        ],
        staff=staff,
        expiry_warned_at=(
            case.expiry_warned_at
            if case.status in OPEN_STATUSES
            and case.conversation is not None
            and ceiling.warned(case, case.conversation)
            else None
        ),
        safe_contact=case.safe_contact,
        quiet_since=contact.discreet_at if contact is not None and contact.quiet() else None,
        last_inbound_at=contact.last_inbound_at if contact is not None else None,
        why=_why(session, case),
    )
