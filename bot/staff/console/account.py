"""A staff member's own account: API tokens (shown once) and their password.

Changing the password ends every session of the account, this one included, so a stolen
cookie dies with the old password.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.staff import audit
from bot.staff import messages as m
from bot.staff.auth import (
    MIN_PASSWORD,
    Actor,
    check_password,
    end_tokens,
    hash_password,
    new_api_token,
)
from bot.staff.console import session as cookies
from bot.staff.console.deps import (
    ChangingActor,
    ConsoleRoute,
    CurrentActor,
    services_of,
)
from bot.staff.console.render import render
from bot.staff.models import ApiToken, StaffUser

router = APIRouter(prefix="/staff", route_class=ConsoleRoute, include_in_schema=False)
Short = Annotated[str, Form(max_length=1024)]


@dataclass(frozen=True)
class TokenRow:
    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None


def _tokens(session: Session, user_id: int) -> list[TokenRow]:
    rows = session.scalars(
        select(ApiToken)
        .where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None))
        .order_by(ApiToken.id)
    )
    return [TokenRow(t.id, t.name, t.created_at, t.last_used_at) for t in rows]


async def _page(
    request: Request,
    actor: Actor,
    status: int = 200,
    new_token: str | None = None,
    error: str | None = None,
) -> Response:
    tokens = await services_of(request).db.run(_tokens, actor.id)
    return render(
        request,
        "account.html",
        actor,
        status,
        tokens=tokens,
        new_token=new_token,
        error=error,
        min_password=MIN_PASSWORD,
    )


@router.get("/account")
async def account(request: Request, actor: CurrentActor) -> Response:
    return await _page(request, actor)


def _create_token(session: Session, actor: Actor, name: str) -> str:
    token = new_api_token(session, actor.id, name)
    audit.record(session, actor, "token_created", name=name[:64])
    return token


@router.post("/account/tokens")
async def create_token(
    request: Request, actor: ChangingActor, name: Annotated[str, Form(max_length=64)] = "api"
) -> Response:
    token = await services_of(request).db.run(_create_token, actor, name)
    return await _page(request, actor, new_token=token)


def _revoke(session: Session, actor: Actor, token_id: int) -> None:
    token = session.get(ApiToken, token_id)
    if token is not None and token.user_id == actor.id and token.revoked_at is None:
        token.revoked_at = utcnow()
        audit.record(session, actor, "token_revoked", token_id=token_id)


@router.post("/account/tokens/{token_id}/revoke")
async def revoke(request: Request, token_id: int, actor: ChangingActor) -> Response:
    await services_of(request).db.run(_revoke, actor, token_id)
    return RedirectResponse("/staff/account", status_code=303)


def _change_password(session: Session, actor: Actor, current: str, new: str) -> bool:
    user = session.get(StaffUser, actor.id)
    if user is None or not check_password(user, current):
        return False
    user.password_hash = hash_password(new)
    user.session_version += 1
    ended = end_tokens(session, user.id)  # a token taken with the old password dies with it
    audit.record(
        session,
        actor,
        "user_changed",
        target_user=user.id,
        password_changed=True,
        tokens_revoked=ended,
    )
    return True


@router.post("/account/password")
async def change_password(
    request: Request, current: Short, new: Short, actor: ChangingActor
) -> Response:
    if len(new) < MIN_PASSWORD:
        return await _page(request, actor, 422, error=m.PASSWORD_TOO_SHORT)
    if not await services_of(request).db.run(_change_password, actor, current, new):
        return await _page(request, actor, 422, error=m.WRONG_PASSWORD)
    request.state.staff_refresh = None
    response = RedirectResponse("/staff/login", status_code=303)
    cookies.clear_cookie(response, services_of(request).settings)
    return response
