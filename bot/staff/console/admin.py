"""Admins' pages: staff accounts and directory entries.

Changing an account's role, password or status ends its open sessions (the session version is
bumped). Directory rows go through the directory's own checks; problems are shown as the
directory reports them.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory import messages as dm
from bot.directory.entry import HEADER
from bot.directory.policy import Policy
from bot.staff import audit, directory_link
from bot.staff import directory_messages as sm
from bot.staff import messages as m
from bot.staff.auth import MIN_PASSWORD, Actor, create_user, end_tokens, hash_password
from bot.staff.console.deps import (
    AdminActor,
    ChangingActor,
    ConsoleRoute,
    services_of,
)
from bot.staff.console.render import render
from bot.staff.models import CONSOLE_LANGUAGES, ROLES, StaffUser

router = APIRouter(prefix="/staff/admin", route_class=ConsoleRoute, include_in_schema=False)
Short = Annotated[str, Form(max_length=254)]


def _users(session: Session) -> list[StaffUser]:
    users = list(
        session.scalars(select(StaffUser).order_by(StaffUser.active.desc(), StaffUser.name))
    )
    session.expunge_all()
    return users


async def _users_page(
    request: Request, actor: Actor, status: int = 200, error: str | None = None
) -> Response:
    users = await services_of(request).db.run(_users)
    return render(
        request,
        "users.html",
        actor,
        status,
        users=users,
        roles=ROLES,
        console_languages=CONSOLE_LANGUAGES,
        error=error,
        min_password=MIN_PASSWORD,
    )


@router.get("/users")
async def users(request: Request, actor: AdminActor) -> Response:
    return await _users_page(request, actor)


def _create(
    session: Session, actor: Actor, email: str, name: str, role: str, password: str, language: str
) -> None:
    user = create_user(session, email, name, role, password, language)
    audit.record(session, actor, "user_created", target_user=user.id, role=role)


@router.post("/users")
async def create(
    request: Request,
    email: Short,
    name: Short,
    role: Short,
    password: Short,
    actor: AdminActor,
    _: ChangingActor,
    language: Short = "es",
) -> Response:
    if len(password) < MIN_PASSWORD:
        return await _users_page(request, actor, 422, m.PASSWORD_TOO_SHORT)
    try:
        await services_of(request).db.run(_create, actor, email, name, role, password, language)
    except ValueError:
        return await _users_page(request, actor, 422, m.INVALID_USER)
    return RedirectResponse("/staff/admin/users", status_code=303)


def _update(
    session: Session,
    actor: Actor,
    user_id: int,
    name: str,
    role: str,
    active: bool,
    language: str,
    password: str,
) -> None:
    user = session.get(StaffUser, user_id)
    if user is None or role not in ROLES or not name.strip():
        raise ValueError("invalid account")
    ends_sessions = role != user.role or active != user.active or bool(password)
    user.name, user.role, user.active = name.strip(), role, active
    user.language = language if language in CONSOLE_LANGUAGES else user.language
    ended = 0
    if password:
        user.password_hash = hash_password(password)
        ended = end_tokens(session, user.id)  # tokens do not outlive the old password
    if ends_sessions:
        user.session_version += 1
    audit.record(
        session,
        actor,
        "user_changed",
        target_user=user.id,
        role=role,
        active=active,
        password_changed=bool(password),
        tokens_revoked=ended,
    )


@router.post("/users/{user_id}")
async def update(
    request: Request,
    user_id: int,
    name: Short,
    role: Short,
    actor: AdminActor,
    _: ChangingActor,
    language: Short = "es",
    active: Short = "",
    password: Short = "",
) -> Response:
    if password and len(password) < MIN_PASSWORD:
        return await _users_page(request, actor, 422, m.PASSWORD_TOO_SHORT)
    try:
        await services_of(request).db.run(
            _update, actor, user_id, name, role, active == "on", language, password
        )
    except ValueError:
        return await _users_page(request, actor, 422, m.INVALID_USER)
    return RedirectResponse("/staff/admin/users", status_code=303)


@router.get("/directory")
async def directory(request: Request, actor: AdminActor) -> Response:
    q = request.query_params.get("q", "")[:100]
    policy = Policy.from_settings(services_of(request).settings)
    db = services_of(request).db
    entries = await db.run(directory_link.recent, q, 100, policy)
    waiting = await db.run(directory_link.pending_proposals)
    return render(
        request, "directory.html", actor, entries=entries, q=q, waiting=waiting, sm=sm, dm=dm,
        policy=policy,
    )  # fmt: skip


@router.get("/directory/edit")
async def edit_entry(request: Request, actor: AdminActor) -> Response:
    service_id = request.query_params.get("id", "")[:64]
    row = None
    if service_id:
        row = await services_of(request).db.run(directory_link.row_for, service_id)
    return render(
        request,
        "directory_edit.html",
        actor,
        row=row or dict.fromkeys(HEADER, ""),
        fields=HEADER,
        problems=[],
        is_new=row is None,
    )


def _save(session: Session, actor: Actor, row: dict[str, str]) -> list[str]:
    problems = directory_link.save_row(session, row, date.today())
    if not problems:
        audit.record(session, actor, "directory_changed", service_id=row.get("id", ""))
    return problems


@router.post("/directory/save")
async def save_entry(request: Request, actor: AdminActor, _: ChangingActor) -> Response:
    form = await request.form()
    row = {key: str(form.get(key, ""))[:1000] for key in HEADER}
    problems = await services_of(request).db.run(_save, actor, row)
    if problems:
        return render(
            request,
            "directory_edit.html",
            actor,
            422,
            row=row,
            fields=HEADER,
            problems=problems,
            is_new=form.get("is_new") == "1",
        )
    return RedirectResponse("/staff/admin/directory", status_code=303)


def _verify(session: Session, actor: Actor, service_id: str) -> None:
    if directory_link.mark_verified(session, service_id, date.today()):
        audit.record(session, actor, "directory_changed", service_id=service_id, verified=True)


@router.post("/directory/{service_id}/verify")
async def verify(
    request: Request,
    service_id: str,
    actor: AdminActor,
    _: ChangingActor,
) -> Response:
    await services_of(request).db.run(_verify, actor, service_id[:64])
    return RedirectResponse("/staff/admin/directory", status_code=303)
