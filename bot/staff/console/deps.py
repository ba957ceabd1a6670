"""Who is asking, may they, and what goes on every console response.

`ConsoleRoute` wraps every console endpoint: it turns our exceptions into the right page (sign
in, forbidden, not found), adds the security headers and restarts the session's idle clock.
The dependencies read the signed cookie, check the user is still active with the same session
version, and check the CSRF token on every change.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request, Response
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session

from bot.http import deps as http_deps
from bot.services import Services
from bot.staff import audit
from bot.staff import messages as m
from bot.staff.auth import Actor
from bot.staff.console import session as cookies
from bot.staff.console.render import SECURITY_HEADERS, render
from bot.staff.models import StaffUser
from bot.staff.operations import Denied, NotFound, record_denied

T = TypeVar("T")


# The only console paths a partner's account may open (bot/staff/console/partner_pages.py).
PARTNER_PATHS = ("/staff/partner", "/staff/logout", "/staff/language", "/staff/account")


class RoleRequired(Exception):
    """The page needs a supervisor or an admin (or is not for a partner's account)."""


def services_of(request: Request) -> Services:
    services = http_deps.services(request)
    return services


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def _user(session: Session, user_id: int, version: int) -> StaffUser | None:
    user = session.get(StaffUser, user_id)
    if user is None or not user.active or user.session_version != version:
        return None
    session.expunge(user)
    return user


async def current_actor(request: Request) -> Actor:
    services = services_of(request)
    data = cookies.decode(services.settings, request.cookies.get(cookies.COOKIE))
    if data is None:
        raise cookies.LoginRequired()
    user = await services.db.run(_user, data.user_id, data.version)
    if user is None:
        raise cookies.LoginRequired()
    request.state.staff_session = data
    request.state.staff_refresh = cookies.touched(data)
    actor = Actor.of(user, client_ip(request))
    request.state.staff_actor = actor
    if actor.is_partner and not request.url.path.startswith(PARTNER_PATHS):
        # A partner's account opens its referrals and nothing else; a try is audited.
        await services.db.run(_partner_denied, actor, request.url.path[:120])
        raise RoleRequired()
    return actor


def _partner_denied(session: Session, actor: Actor, path: str) -> None:
    audit.record(session, actor, "view_denied", None, path=path)


CurrentActor = Annotated[Actor, Depends(current_actor)]


async def changing_actor(request: Request, actor: CurrentActor) -> Actor:
    """The actor of a state-changing request, after the CSRF and origin checks."""
    form = await request.form()
    given = form.get("csrf_token") or request.headers.get("x-csrf-token")
    expected = request.state.staff_session.csrf
    if not cookies.same_origin(request) or not cookies.tokens_match(expected, str(given or "")):
        raise cookies.CsrfError()
    return actor


async def supervisor(actor: CurrentActor) -> Actor:
    if not actor.is_supervisor:
        raise RoleRequired()
    return actor


async def admin(actor: CurrentActor) -> Actor:
    if not actor.is_admin:
        raise RoleRequired()
    return actor


ChangingActor = Annotated[Actor, Depends(changing_actor)]
SupervisorActor = Annotated[Actor, Depends(supervisor)]
AdminActor = Annotated[Actor, Depends(admin)]


async def run_op(request: Request, fn: Callable[..., T], actor: Actor, *args: Any) -> T:
    """Run an operation; a need-to-know refusal is audited in its own transaction."""
    services = services_of(request)
    try:
        return await services.db.run(fn, actor, *args)
    except Denied as exc:
        await services.db.run(record_denied, actor, exc.case_id)
        raise


def _error_page(request: Request, exc: Exception) -> Response:
    actor = getattr(request.state, "staff_actor", None)
    if isinstance(exc, cookies.LoginRequired):
        if request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": "/staff/login"})
        return RedirectResponse("/staff/login?expired=1", status_code=303)
    if isinstance(exc, cookies.CsrfError):
        return render(request, "error.html", actor, 403, message=m.CSRF_FAILED)
    if isinstance(exc, Denied | RoleRequired):
        return render(request, "error.html", actor, 403, message=m.FORBIDDEN)
    return render(request, "error.html", actor, 404, message=m.NOT_FOUND)


class ConsoleRoute(APIRoute):
    """Adds security headers and error pages to every console endpoint."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                response = await original(request)
            except (
                cookies.LoginRequired,
                cookies.CsrfError,
                Denied,
                RoleRequired,
                NotFound,
            ) as exc:
                response = _error_page(request, exc)
            response.headers.update(SECURITY_HEADERS)
            fresh = getattr(request.state, "staff_refresh", None)
            if fresh is not None and "set-cookie" not in response.headers:
                settings = services_of(request).settings
                cookies.set_cookie(
                    response, settings, cookies.COOKIE, cookies.encode(settings, fresh)
                )
            return response

        return handler
