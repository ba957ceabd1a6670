"""The staff JSON API at /api/staff: the console's operations for scripts and other tools.

Authenticated only by a personal token (`Authorization: Bearer pst_...`), never by the console
cookie, so cross-site requests cannot ride on a browser session and need no CSRF token. The
same need-to-know rules and audit trail apply as in the console.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from bot.handoff import rasa_sync
from bot.handoff.cases import CaseError
from bot.http import deps
from bot.http.errors import ApiError
from bot.referrals.consent import Draft
from bot.referrals.transitions import ReferralError
from bot.staff import operations, referral_ops, reports, views
from bot.staff.auth import Actor, user_for_token

router = APIRouter(prefix="/api/staff", tags=["staff"])
T = TypeVar("T")


def _actor(session: Session, token: str, ip: str | None) -> Actor | None:
    user = user_for_token(session, token)
    return Actor.of(user, ip) if user is not None else None


async def api_actor(request: Request) -> Actor:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "send a staff API token as a Bearer token")
    services = deps.services(request)
    ip = request.client.host if request.client else None
    actor = await services.db.run(_actor, token.strip(), ip)
    if actor is None:
        raise ApiError(401, "unauthorized", "unknown or revoked token")
    if actor.is_partner:
        raise ApiError(403, "forbidden", "partner accounts use the console's partner pages")
    return actor


ApiActor = Annotated[Actor, Depends(api_actor)]


async def call(request: Request, fn: Any, actor: Actor, *args: Any) -> Any:
    """Run an operation and map its refusals to HTTP errors."""
    services = deps.services(request)
    try:
        return await services.db.run(fn, actor, *args)
    except operations.Denied as exc:
        await services.db.run(operations.record_denied, actor, exc.case_id)
        raise ApiError(403, "forbidden", "this case is not yours to see") from exc
    except operations.NotFound as exc:
        raise ApiError(404, "not_found", "no such case") from exc
    except CaseError as exc:
        raise ApiError(409, exc.code, exc.code.replace("_", " ")) from exc


class ReplyBody(BaseModel):
    text: str = Field(min_length=1, max_length=4000)


class NoteBody(BaseModel):
    body: str = Field(min_length=1, max_length=4000)


class AssignBody(BaseModel):
    user_id: int | None = None


class ReferralBody(BaseModel):
    service_id: str | None = Field(default=None, max_length=64)
    service_name: str = Field(default="", max_length=200)
    note: str | None = Field(default=None, max_length=2000)
    # What the organisation may see if the person agrees (bot/referrals/consent.py).
    kind: str = Field(default="referral", max_length=16)
    share: list[str] = Field(default_factory=list, max_length=3)
    first_name: str | None = Field(default=None, max_length=60)
    phone: str | None = Field(default=None, max_length=40)
    need: str | None = Field(default=None, max_length=300)


class OutcomeBody(BaseModel):
    outcome: str = Field(max_length=16)
    note: str | None = Field(default=None, max_length=2000)


def _list(session: Session, actor: Actor, f: views.InboxFilters) -> list[dict[str, Any]]:
    return [row.as_json() for row in views.inbox(session, actor, f, limit=500)]


@router.get("/me")
async def me(actor: ApiActor) -> dict[str, Any]:
    return {"id": actor.id, "email": actor.email, "name": actor.name, "role": actor.role}


@router.get("/cases")
async def list_cases(
    request: Request,
    actor: ApiActor,
    status: str = "open",
    priority: str = "",
    category: str = "",
    channel: str = "",
    language: str = "",
    assigned: str = "",
) -> dict[str, Any]:
    f = views.InboxFilters(status, priority, category, channel, language, assigned)
    return {"cases": await call(request, _list, actor, f)}


@router.get("/cases/{case_id}")
async def get_case(request: Request, case_id: int, actor: ApiActor) -> Any:
    detail = await call(request, operations.view_case, actor, case_id)
    return detail.as_json()


@router.post("/cases/{case_id}/claim")
async def claim(request: Request, case_id: int, actor: ApiActor) -> Any:
    await call(request, operations.claim, actor, case_id)
    return (await call(request, operations.view_case, actor, case_id)).row.as_json()


@router.post("/cases/{case_id}/assign")
async def assign(request: Request, case_id: int, body: AssignBody, actor: ApiActor) -> Any:
    await call(request, operations.assign, actor, case_id, body.user_id)
    return {"ok": True}


@router.post("/cases/{case_id}/reply", status_code=201)
async def reply(request: Request, case_id: int, body: ReplyBody, actor: ApiActor) -> Any:
    effect = await call(request, operations.reply, actor, case_id, body.text)
    await rasa_sync.apply(deps.services(request), effect)
    if effect.refused:
        raise ApiError(409, effect.refused, "the channel refused the reply; it is kept as failed")
    return {"ok": True}


@router.post("/cases/{case_id}/notes", status_code=201)
async def note(request: Request, case_id: int, body: NoteBody, actor: ApiActor) -> Any:
    await call(request, operations.add_note, actor, case_id, body.body)
    return {"ok": True}


@router.post("/cases/{case_id}/referrals", status_code=201)
async def refer(request: Request, case_id: int, body: ReferralBody, actor: ApiActor) -> Any:
    """A referral with the person's consent asked first (`refused`: why it could not be)."""
    name = body.service_name or body.service_id or ""
    draft = Draft(
        body.service_id,
        name,
        body.note,
        kind=body.kind,
        items=tuple(body.share),
        first_name=body.first_name,
        phone=body.phone,
        need=body.need,
    )
    settings = deps.services(request).settings
    try:
        ref_id, refused = await call(request, referral_ops.refer, actor, case_id, draft, settings)
    except ReferralError as exc:
        raise ApiError(409, exc.code, exc.code.replace("_", " ")) from exc
    return {"id": ref_id, "refused": refused}


# The older outcome words, as the referral's states (bot/referrals/transitions.py).
OUTCOME_STATES = {"accepted": "accepted", "declined": "declined", "attended": "attended"}


@router.post("/referrals/{referral_id}")
async def referral_outcome(
    request: Request, referral_id: int, body: OutcomeBody, actor: ApiActor
) -> Any:
    """Record what a partner said; `accepted`, `declined`, `attended` move the referral's state."""
    status = OUTCOME_STATES.get(body.outcome)
    try:
        if status is None:
            await call(request, operations.referral_outcome, actor, referral_id, body.outcome)
        else:
            await call(request, referral_ops.staff_outcome, actor, referral_id, status)
    except ReferralError as exc:
        raise ApiError(409, exc.code, exc.code.replace("_", " ")) from exc
    return {"ok": True}


@router.post("/cases/{case_id}/close")
async def close(request: Request, case_id: int, body: OutcomeBody, actor: ApiActor) -> Any:
    effect = await call(request, operations.close, actor, case_id, body.outcome, body.note)
    await rasa_sync.apply(deps.services(request), effect)
    return {"ok": True}


@router.post("/cases/{case_id}/reopen")
async def reopen(request: Request, case_id: int, actor: ApiActor) -> Any:
    effect = await call(request, operations.reopen, actor, case_id)
    await rasa_sync.apply(deps.services(request), effect)
    return {"ok": True}


@router.get("/reports")
async def report(
    request: Request,
    actor: ApiActor,
    start: Annotated[date, Query(alias="from")],
    end: Annotated[date, Query(alias="to")],
) -> Any:
    if not actor.is_supervisor:
        raise ApiError(403, "forbidden", "reports are for supervisors")
    services = deps.services(request)
    tz = services.settings.staff_timezone
    built = await services.db.run(reports.audited, actor, start, end, tz, False)
    return built.as_json()
