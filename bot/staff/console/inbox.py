"""The inbox: cases by priority then waiting time, filtered, refreshed every few seconds.

The page polls a fragment (htmx, `every 5s`) that also carries the urgent banner, so a new
urgent case shows up without anyone reloading.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.handoff import categories
from bot.referrals import timers
from bot.settings import Settings
from bot.staff import views
from bot.staff.auth import Actor
from bot.staff.console.deps import (
    ConsoleRoute,
    CurrentActor,
    services_of,
)
from bot.staff.console.render import render
from bot.staff.labels import LABELS

router = APIRouter(prefix="/staff", route_class=ConsoleRoute, include_in_schema=False)
ALLOWED = {
    "status": ("open", "closed", "all", *LABELS["status"]),
    "priority": categories.PRIORITIES,
    "category": categories.CATEGORIES,
    "channel": tuple(LABELS["channel"]),
    "language": tuple(LABELS["language"]),
    "assigned": ("me", "none"),
}


def filters_of(request: Request) -> views.InboxFilters:
    """Only known values pass; anything else is ignored rather than echoed back."""
    values = {
        key: request.query_params.get(key, "")
        for key in ALLOWED
        if request.query_params.get(key, "") in ALLOWED[key]
    }
    values.setdefault("status", "open")
    return views.InboxFilters(**values)


def _inbox(
    session: Session, actor: Actor, f: views.InboxFilters, settings: Settings
) -> tuple[list[views.CaseRow], int, dict[int, timers.Countdown], int]:
    rows = views.inbox(session, actor, f)
    now = utcnow()
    clocks = {
        row.id: clock
        for row in rows
        if (
            clock := timers.countdown_of(
                settings, row.priority, row.status, row.opened_at, row.first_reply_at, now
            )
        )
        is not None
    }
    # The banner counts every open case this person may take, whatever the filter shows.
    visible = {row.id for row in views.inbox(session, actor, views.InboxFilters(status="open"))}
    overdue = timers.overdue_count(session, settings, visible)
    return rows, views.urgent_waiting(session, actor), clocks, overdue


async def _context(request: Request, actor: Actor) -> dict[str, Any]:
    f = filters_of(request)
    services = services_of(request)
    rows, urgent, clocks, overdue = await services.db.run(_inbox, actor, f, services.settings)
    query = urlencode({k: v for k, v in vars(f).items() if v})
    return {
        "rows": rows,
        "urgent": urgent,
        "clocks": clocks,
        "overdue": overdue,
        "filters": f,
        "query": query,
        "allowed": ALLOWED,
    }


@router.get("/inbox")
async def inbox(request: Request, actor: CurrentActor) -> Response:
    return render(request, "inbox.html", actor, **await _context(request, actor))


@router.get("/inbox/rows")
async def inbox_rows(request: Request, actor: CurrentActor) -> Response:
    return render(request, "_inbox_rows.html", actor, **await _context(request, actor))
