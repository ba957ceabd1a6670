"""The audit log: every view of a case and every change, by whom and from where.

Entries are written in the same transaction as the change they describe, so a change without
its entry cannot exist. Details carry ids, states and outcomes, never what the person wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.staff.auth import Actor
from bot.staff.models import AuditEntry

ACTIONS = (
    "login",
    "login_failed",
    "logout",
    "view_case",
    "view_transcript",
    "view_denied",
    "claim",
    "assign",
    "reply",
    "note",
    "refer",
    "referral_outcome",
    "close",
    "reopen",
    "view_reports",
    "export_reports",
    "user_created",
    "user_changed",
    "token_created",
    "token_revoked",
    "directory_changed",
    # Referrals (bot/staff/referral_ops.py, followups.py, console/partners_admin.py).
    "referral_sent",
    "referral_withdrawn",
    "referral_link",
    "referral_checkin",
    "view_referrals",
    "partner_saved",
    "partner_list",
    "partner_view",
    "partner_accept",
    "partner_decline",
    "partner_outcome",
    "link_view",
    "link_accept",
    "link_decline",
    "link_outcome",
    "link_refused",
    "reply_overdue_alert",
)


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    case_id: int | None = None,
    ip: str | None = None,
    **detail: Any,
) -> None:
    session.add(
        AuditEntry(
            user_id=actor.id if actor else None,
            action=action,
            case_id=case_id,
            detail=detail,
            ip=ip if ip is not None else (actor.ip if actor else None),
        )
    )


def last_seen(session: Session, actor: Actor, case_id: int) -> int | None:
    """The newest message id this staff member was recorded reading in the case's transcript."""
    entry = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.case_id == case_id,
            AuditEntry.user_id == actor.id,
            AuditEntry.action == "view_transcript",
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    last = (entry.detail or {}).get("last") if entry is not None else None
    return int(last) if isinstance(last, int) else None


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    user: str
    action: str
    case_id: int | None
    detail: dict[str, Any]
    ip: str | None


def recent(
    session: Session, limit: int = 200, case_id: int | None = None, user_id: int | None = None
) -> list[AuditRow]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if case_id is not None:
        query = query.where(AuditEntry.case_id == case_id)
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    return [
        AuditRow(
            e.at, e.user.email if e.user else "-", e.action, e.case_id, dict(e.detail or {}), e.ip
        )
        for e in session.scalars(query)
    ]
