"""Signing in and out of the console, and choosing its language.

The sign-in form has its own CSRF token (a signed cookie plus a form field) since there is no
session yet. Failures are audited and throttled; a locked account answers 429 with the wait.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from bot.staff import audit
from bot.staff import messages as m
from bot.staff.auth import Actor, LoginResult, authenticate
from bot.staff.console import session as cookies
from bot.staff.console.deps import (
    ChangingActor,
    ConsoleRoute,
    client_ip,
    services_of,
)
from bot.staff.console.render import render
from bot.staff.models import CONSOLE_LANGUAGES, StaffUser

router = APIRouter(prefix="/staff", route_class=ConsoleRoute, include_in_schema=False)


def _login_page(
    request: Request, status: int = 200, error: str | None = None, minutes: int = 0
) -> Response:
    settings = services_of(request).settings
    token, signed = cookies.new_login_token(settings)
    if error is None and request.query_params.get("expired"):
        error = m.SESSION_EXPIRED
    response = render(
        request,
        "login.html",
        None,
        status,
        login_token=token,
        error=error,
        error_values={"minutes": minutes} if minutes else {},
    )
    cookies.set_cookie(response, settings, cookies.LOGIN_COOKIE, signed, cookies.LOGIN_FORM_SECONDS)
    return response


@router.get("/login")
async def login_form(request: Request) -> Response:
    return _login_page(request)


def _sign_in(
    session: Session,
    email: str,
    password: str,
    ip: str | None,
    max_failures: int,
    lockout: timedelta,
) -> tuple[LoginResult, int]:
    result = authenticate(session, email, password, ip, max_failures, lockout)
    if result.user is None:
        audit.record(session, None, "login_failed", ip=ip, reason=result.code)
        return result, 0
    audit.record(session, Actor.of(result.user, ip), "login")
    return result, result.user.session_version


@router.post("/login")
async def login(
    request: Request,
    email: Annotated[str, Form(max_length=254)],
    password: Annotated[str, Form(max_length=1024)],
    login_token: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    services = services_of(request)
    settings = services.settings
    expected = cookies.login_token(settings, request.cookies.get(cookies.LOGIN_COOKIE))
    if not cookies.same_origin(request) or not cookies.tokens_match(expected, login_token):
        return _login_page(request, 403, m.CSRF_FAILED)
    result, version = await services.db.run(
        _sign_in,
        email,
        password,
        client_ip(request),
        settings.staff_max_failed_logins,
        timedelta(minutes=settings.staff_lockout_minutes),
    )
    if result.user is None:
        if result.locked_for is not None:
            minutes = max(1, math.ceil(result.locked_for.total_seconds() / 60))
            page = _login_page(request, 429, m.LOGIN_LOCKED, minutes)
            page.headers["Retry-After"] = str(int(result.locked_for.total_seconds()) + 1)
            return page
        return _login_page(request, 401, m.LOGIN_FAILED)
    home = Actor.of(result.user).home
    response = RedirectResponse(home, status_code=303)
    data = cookies.new_session(result.user.id, version)
    cookies.set_cookie(response, settings, cookies.COOKIE, cookies.encode(settings, data))
    response.delete_cookie(cookies.LOGIN_COOKIE, path="/staff")
    return response


def _sign_out(session: Session, actor: Actor) -> None:
    user = session.get(StaffUser, actor.id)
    if user is not None:
        user.session_version += 1
    audit.record(session, actor, "logout")


@router.post("/logout")
async def logout(request: Request, actor: ChangingActor) -> Response:
    services = services_of(request)
    await services.db.run(_sign_out, actor)
    request.state.staff_refresh = None
    response = RedirectResponse("/staff/login", status_code=303)
    cookies.clear_cookie(response, services.settings)
    return response


def _set_language(session: Session, user_id: int, lang: str) -> None:
    user = session.get(StaffUser, user_id)
    if user is not None and lang in CONSOLE_LANGUAGES:
        user.language = lang


@router.post("/language")
async def language(
    request: Request,
    actor: ChangingActor,
    lang: Annotated[str, Form(max_length=8)],
    back: Annotated[str, Form(max_length=300)] = "/staff/inbox",
) -> Response:
    await services_of(request).db.run(_set_language, actor.id, lang)
    target = back if back.startswith("/staff/") and "//" not in back else "/staff/inbox"
    return RedirectResponse(target, status_code=303)


@router.get("")
@router.get("/")
async def home() -> Response:
    return RedirectResponse("/staff/inbox", status_code=303)
