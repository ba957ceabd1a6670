"""Staff's referral pages: every referral's state, and the changes staff make to one.

Thin: the rules are in `bot.referrals`, need-to-know and the audit in `bot.staff.referral_ops`.
The list of all referrals is for supervisors and shows the same rows as
`python -m bot referrals list --json` (`bot.referrals.listing`).
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from bot.handoff.cases import CaseError
from bot.referrals import listing, transitions
from bot.referrals.transitions import ReferralError
from bot.staff import audit, referral_ops
from bot.staff.auth import Actor
from bot.staff.console.deps import (
    ChangingActor,
    ConsoleRoute,
    SupervisorActor,
    run_op,
    services_of,
)
from bot.staff.console.render import render

router = APIRouter(prefix="/staff", route_class=ConsoleRoute, include_in_schema=False)
Code = Annotated[str, Form(max_length=32)]


def _back(case_id: int, error: str | None = None) -> Response:
    query = f"?error={error}" if error else ""
    return RedirectResponse(f"/staff/cases/{case_id}{query}#referrals", status_code=303)


def _case_of(session: Session, referral_id: int) -> int | None:
    from bot.referrals.models import ReferralLoop

    loop = session.get(ReferralLoop, referral_id)
    return loop.case_id if loop is not None else None


async def _fail(request: Request, referral_id: int, code: str) -> Response:
    case_id = await services_of(request).db.run(_case_of, referral_id)
    if case_id is None:
        return RedirectResponse("/staff/inbox", status_code=303)
    return _back(case_id, code)


@router.post("/referrals/{referral_id}/send")
async def send_without_details(
    request: Request, referral_id: int, actor: ChangingActor
) -> Response:
    settings = services_of(request).settings
    try:
        case_id = await run_op(
            request, referral_ops.send_without_details, actor, referral_id, settings
        )
    except (ReferralError, CaseError) as exc:
        return await _fail(request, referral_id, exc.code)
    return _back(case_id)


@router.post("/referrals/{referral_id}/withdraw")
async def withdraw(request: Request, referral_id: int, actor: ChangingActor) -> Response:
    try:
        case_id = await run_op(request, referral_ops.withdraw, actor, referral_id)
    except (ReferralError, CaseError) as exc:
        return await _fail(request, referral_id, exc.code)
    return _back(case_id)


@router.post("/referrals/{referral_id}/status")
async def record_status(
    request: Request,
    referral_id: int,
    actor: ChangingActor,
    status: Code,
    reason: Code = "other",
) -> Response:
    try:
        case_id = await run_op(
            request, referral_ops.staff_outcome, actor, referral_id, status, reason
        )
    except (ReferralError, CaseError) as exc:
        return await _fail(request, referral_id, exc.code)
    return _back(case_id)


@router.post("/referrals/{referral_id}/link")
async def make_link(request: Request, referral_id: int, actor: ChangingActor) -> Response:
    """A fresh link shown once, for staff to pass on by phone or WhatsApp themselves."""
    settings = services_of(request).settings
    try:
        url = await run_op(request, referral_ops.make_link, actor, referral_id, settings)
    except (ReferralError, CaseError) as exc:
        return await _fail(request, referral_id, exc.code)
    case_id = await services_of(request).db.run(_case_of, referral_id)
    return render(
        request,
        "referral_link.html",
        actor,
        url=url,
        case_id=case_id,
        days=int(settings.referral_link_days),
    )


def _listed(session: Session, actor: Actor, status: str) -> list[dict[str, Any]]:
    audit.record(session, actor, "view_referrals", None, status=status or None)
    return listing.rows(session, status or None)


@router.get("/referrals")
async def referrals_page(request: Request, actor: SupervisorActor) -> Response:
    status = request.query_params.get("status", "")
    status = status if status in transitions.STATUSES else ""
    rows = await services_of(request).db.run(_listed, actor, status)
    return render(
        request,
        "referrals.html",
        actor,
        rows=rows,
        wanted=status,
        statuses=transitions.STATUSES,
    )


@router.get("/referrals.json")
async def referrals_json(request: Request, actor: SupervisorActor) -> Response:
    rows = await services_of(request).db.run(_listed, actor, "")
    return Response(
        json.dumps(rows, ensure_ascii=False, indent=2),
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="puente-referrals.json"'},
    )
