"""Admins make organisations of the directory partners, and give them accounts.

An account made here has the role `partner` and belongs to one partner: it sees that
partner's referrals and nothing else. Every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.referrals import partners
from bot.staff import audit
from bot.staff.auth import MIN_PASSWORD, Actor, create_user
from bot.staff.console.deps import (
    AdminActor,
    ChangingActor,
    ConsoleRoute,
    RoleRequired,
    services_of,
)
from bot.staff.console.render import render
from bot.staff.models import StaffUser

router = APIRouter(prefix="/staff/admin", route_class=ConsoleRoute, include_in_schema=False)
Short = Annotated[str, Form(max_length=300)]


@dataclass(frozen=True)
class PartnerRow:
    id: int
    organization: str
    email: str | None
    whatsapp: str | None
    language: str
    accepts_transfers: bool
    active: bool
    accounts: tuple[str, ...]


def _rows(session: Session) -> list[PartnerRow]:
    rows = []
    for p in partners.all_partners(session):
        ids = partners.members(session, p.id)
        emails = session.scalars(select(StaffUser.email).where(StaffUser.id.in_(ids))).all()
        rows.append(
            PartnerRow(
                p.id,
                p.organization,
                p.email,
                p.whatsapp,
                p.language,
                p.accepts_transfers,
                p.active,
                tuple(sorted(emails)),
            )
        )
    return rows


async def _page(request: Request, actor: Actor, status: int = 200, error: str = "") -> Response:
    rows = await services_of(request).db.run(_rows)
    return render(
        request, "partners.html", actor, status, rows=rows, error=error, min_password=MIN_PASSWORD
    )


@router.get("/partners")
async def partners_page(request: Request, actor: AdminActor) -> Response:
    return await _page(request, actor)


def _save(
    session: Session,
    actor: Actor,
    organization: str,
    email: str,
    whatsapp: str,
    language: str,
    transfers: bool,
    active: bool,
) -> None:
    partner = partners.save(session, organization, email, whatsapp, language, transfers, active)
    audit.record(session, actor, "partner_saved", None, partner_id=partner.id, active=active)


@router.post("/partners")
async def save_partner(
    request: Request,
    actor: ChangingActor,
    organization: Short,
    email: Short = "",
    whatsapp: Short = "",
    language: Short = "es",
    transfers: Short = "",
    active: Short = "",
) -> Response:
    if not actor.is_admin:
        raise RoleRequired()
    try:
        await services_of(request).db.run(
            _save, actor, organization, email, whatsapp, language, bool(transfers), bool(active)
        )
    except partners.PartnerError as exc:
        return await _page(request, actor, 400, str(exc))
    return RedirectResponse("/staff/admin/partners", status_code=303)


def _add_account(
    session: Session, actor: Actor, partner_id: int, email: str, name: str, password: str
) -> None:
    if partner_id not in {p.id for p in partners.all_partners(session)}:
        raise partners.PartnerError("unknown partner")
    user = create_user(session, email, name, "partner", password)
    partners.add_member(session, partner_id, user.id)
    audit.record(
        session, actor, "user_created", target_user=user.id, role="partner", partner_id=partner_id
    )


@router.post("/partners/{partner_id}/accounts")
async def add_account(
    request: Request,
    partner_id: int,
    actor: ChangingActor,
    email: Short,
    name: Short,
    password: Annotated[str, Form(max_length=200)],
) -> Response:
    if not actor.is_admin:
        raise RoleRequired()
    try:
        await services_of(request).db.run(_add_account, actor, partner_id, email, name, password)
    except ValueError as exc:
        return await _page(request, actor, 400, str(exc))
    return RedirectResponse("/staff/admin/partners", status_code=303)
