"""Entries that stay true: signed links to a service's contact, what they answer, staff's review.

A link carries only a random nonce, signed with SECRET_KEY for this one purpose (its own salt)
and valid for DIRECTORY_LINK_DAYS; the nonce names a `ConfirmationRequest` row, so a link can
be revoked, is tied to one service, and every view and answer through it is recorded
(`LinkEvent`, no address or agent kept). A confirmation moves `confirmed_on`; room tonight is
stored with its time; proposed changes wait for staff as a `Proposal`, which goes through the
same row checks as a source file before it changes anything.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.directory import store
from bot.directory.entry import Entry
from bot.directory.gazetteer import get_gazetteer
from bot.directory.models import ConfirmationRequest, LinkEvent, Proposal, Service
from bot.directory.policy import Policy
from bot.directory.sourcefile import check_row
from bot.directory.vocab import CAPACITIES

SALT = "puente/directory-confirmation/v1"
# What a provider may propose to change through the link (never the id, category or source).
PROPOSABLE = (
    "name", "address", "city", "phone", "whatsapp", "email", "website", "hours",
    "populations", "languages", "cost", "fees",
)  # fmt: skip
MAX_FIELD = 500


class LinkError(ValueError):
    """A link that does not open the page: `reason` is one of bad, expired, revoked, gone."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Link:
    request_id: int
    service_key: int
    entry: Entry
    expires_at: datetime


def _serializer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=SALT)


def issue(
    session: Session, service: Service, channel: str, secret: str, policy: Policy, now: datetime
) -> tuple[ConfirmationRequest, str]:
    """A new request row and its signed token (the link's last path segment)."""
    request = ConfirmationRequest(
        service_id=service.id,
        nonce=secrets.token_hex(16),
        channel=channel,
        status="sent",
        sent_at=now,
        expires_at=now + timedelta(days=policy.link_days),
    )
    session.add(request)
    session.flush()
    return request, str(_serializer(secret).dumps(request.nonce))


def event(session: Session, request_id: int | None, action: str, **detail: Any) -> None:
    session.add(LinkEvent(request_id=request_id, action=action, detail=detail))


def open_link(session: Session, token: str, secret: str, policy: Policy, now: datetime) -> Link:
    """The request a token stands for, or LinkError (recorded) with why it does not open."""
    try:
        nonce = _serializer(secret).loads(token[:200], max_age=policy.link_days * 86400)
    except SignatureExpired:
        event(session, None, "refused", reason="expired")
        raise LinkError("expired") from None
    except BadSignature:
        event(session, None, "refused", reason="bad")
        raise LinkError("bad") from None
    request = session.scalars(
        select(ConfirmationRequest).where(ConfirmationRequest.nonce == str(nonce))
    ).first()
    if request is None:
        event(session, None, "refused", reason="gone")
        raise LinkError("gone")
    if request.status == "revoked":
        event(session, request.id, "refused", reason="revoked")
        raise LinkError("revoked")
    if request.expires_at <= now:
        event(session, request.id, "refused", reason="expired")
        raise LinkError("expired")
    service = session.get(Service, request.service_id)
    if service is None:
        raise LinkError("gone")
    return Link(request.id, service.id, store.entry_of(service), request.expires_at)


def _service(session: Session, link: Link) -> Service:
    service = session.get(Service, link.service_key)
    if service is None:
        raise LinkError("gone")
    return service


def _used(session: Session, link: Link, now: datetime) -> None:
    request = session.get(ConfirmationRequest, link.request_id)
    if request is not None:
        request.used_at = now


def confirm(session: Session, link: Link, today: date, now: datetime) -> None:
    """ "Yes, all of this is still right": the entry counts as checked today."""
    _service(session, link).confirmed_on = today
    _used(session, link, now)
    event(session, link.request_id, "confirmed")


def set_capacity(
    session: Session, link: Link, status: str, beds: int | None, now: datetime
) -> None:
    """Room tonight, as the provider says it; shown for DIRECTORY_CAPACITY_HOURS."""
    if status not in CAPACITIES:
        raise ValueError(f"unknown capacity {status!r}")
    service = _service(session, link)
    service.capacity = status
    service.capacity_beds = beds if status == "beds_available" and beds and beds > 0 else None
    service.capacity_at = now
    _used(session, link, now)
    event(session, link.request_id, "capacity", status=status, beds=service.capacity_beds)


def propose(
    session: Session, link: Link, changes: dict[str, str], note: str, now: datetime
) -> int | None:
    """Store proposed changes for staff; only fields that differ are kept. None: nothing new."""
    current = link.entry.as_row()
    clean = {
        k: " ".join(v.split())[:MAX_FIELD]
        for k, v in changes.items()
        if k in PROPOSABLE and " ".join(v.split()) != current.get(k, "")
    }
    note = " ".join(note.split())[:1000]
    if not clean and not note:
        return None
    proposal = Proposal(
        service_id=link.service_key, request_id=link.request_id, changes=clean, note=note or None
    )
    session.add(proposal)
    session.flush()
    _used(session, link, now)
    event(session, link.request_id, "proposed", fields=sorted(clean))
    return proposal.id


def pending(session: Session) -> list[tuple[Proposal, Entry]]:
    """Proposals waiting for staff, oldest first, with the entry as it is now."""
    rows = session.scalars(
        select(Proposal).where(Proposal.status == "pending").order_by(Proposal.created_at)
    ).all()
    out = []
    for proposal in rows:
        service = session.get(Service, proposal.service_id)
        if service is not None:
            out.append((proposal, store.entry_of(service)))
    return out


def approve(session: Session, proposal_id: int, staff_id: int | None, today: date) -> list[str]:
    """Apply a proposal through the source-file checks; returns the problems ([] when applied)."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or proposal.status != "pending":
        return ["this proposal is no longer pending"]
    service = session.get(Service, proposal.service_id)
    if service is None:
        return ["the entry no longer exists"]
    row = {**store.entry_of(service).as_row(), **proposal.changes}
    checked = check_row(row, today, get_gazetteer())
    if checked.entry is None:
        return checked.reasons
    entry = replace(checked.entry, live=store.live_of(service))
    store.upsert(session, [entry], service.source)
    service.confirmed_on = today
    proposal.status, proposal.decided_at, proposal.decided_by = "approved", utcnow(), staff_id
    event(session, proposal.request_id, "approved", proposal=proposal.id)
    return []


def reject(session: Session, proposal_id: int, staff_id: int | None) -> bool:
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or proposal.status != "pending":
        return False
    proposal.status, proposal.decided_at, proposal.decided_by = "rejected", utcnow(), staff_id
    event(session, proposal.request_id, "rejected", proposal=proposal.id)
    return True


def keep(session: Session, external_id: str, until: date | None) -> bool:
    """Staff keep an entry people can see although nobody confirmed it (None: stop keeping)."""
    service = session.scalars(select(Service).where(Service.external_id == external_id)).first()
    if service is None:
        return False
    service.kept_until = until
    return True


def due(session: Session, policy: Policy, today: date, now: datetime) -> list[Service]:
    """Services whose contact should be asked now: due by the policy, and not asked (by a
    request that went out) within DIRECTORY_CONFIRM_EVERY_DAYS."""
    since = now - timedelta(days=policy.confirm_every_days)
    asked = set(
        session.scalars(
            select(ConfirmationRequest.service_id).where(
                ConfirmationRequest.sent_at >= since, ConfirmationRequest.status == "sent"
            )
        )
    )
    query = select(Service).where(
        (Service.update_email.is_not(None)) | (Service.update_whatsapp.is_not(None))
    )
    return [
        s
        for s in session.scalars(query.order_by(Service.id))
        if s.id not in asked and policy.due(store.entry_of(s), today)
    ]
