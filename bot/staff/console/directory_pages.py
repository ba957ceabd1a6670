"""The console's pages for keeping the directory true: what services proposed, and "keep it".

Admins review changes a service's contact proposed through their link: each is checked by
the directory's own row rules when approved, so a proposal can never store what `directory
import` would refuse. Keeping an entry shows it to people although nobody confirmed it lately.
Every decision is audited.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from bot.directory import freshness
from bot.directory import messages as dm
from bot.directory.policy import Policy
from bot.http import deps as http_deps
from bot.staff import audit
from bot.staff import directory_messages as sm
from bot.staff.auth import Actor
from bot.staff.console.deps import AdminActor, ChangingActor, ConsoleRoute, services_of
from bot.staff.console.render import render

router = APIRouter(
    prefix="/staff/admin/directory", route_class=ConsoleRoute, include_in_schema=False
)


def _pending(session: Session) -> list[dict[str, Any]]:
    out = []
    for proposal, entry in freshness.pending(session):
        now = entry.as_row()
        out.append({
            "id": proposal.id, "entry": entry, "at": proposal.created_at, "note": proposal.note,
            "changes": [(k, now.get(k, ""), v) for k, v in sorted(proposal.changes.items())],
        })  # fmt: skip
    return out


async def _page(request: Request, actor: Actor, status: int = 200, **extra: Any) -> Response:
    proposals = await services_of(request).db.run(_pending)
    extra.setdefault("problems", [])
    return render(request, "directory_proposals.html", actor, status, proposals=proposals,
                  sm=sm, dm=dm, **extra)  # fmt: skip


@router.get("/proposals")
async def proposals(request: Request, actor: AdminActor) -> Response:
    return await _page(request, actor)


def _decide(session: Session, actor: Actor, proposal_id: int, approve: bool) -> list[str]:
    if approve:
        problems = freshness.approve(session, proposal_id, actor.id, date.today())
    else:
        problems = [] if freshness.reject(session, proposal_id, actor.id) else ["gone"]
    if not problems:
        audit.record(session, actor, "directory_changed", proposal=proposal_id, approved=approve)
    return problems


@router.post("/proposals/{proposal_id}/{decision}")
async def decide(
    request: Request, proposal_id: int, decision: str, actor: AdminActor, _: ChangingActor
) -> Response:
    if decision not in ("approve", "reject"):
        return RedirectResponse("/staff/admin/directory/proposals", status_code=303)
    problems = await services_of(request).db.run(_decide, actor, proposal_id, decision == "approve")
    if problems:
        return await _page(request, actor, 422, problems=problems, failed=proposal_id)
    return RedirectResponse("/staff/admin/directory/proposals", status_code=303)


def _keep(session: Session, actor: Actor, service_id: str, until: date | None) -> None:
    if freshness.keep(session, service_id, until):
        kept = until.isoformat() if until else None
        audit.record(session, actor, "directory_changed", service_id=service_id, kept_until=kept)


@router.post("/{service_id}/keep")
async def keep(request: Request, service_id: str, actor: AdminActor, _: ChangingActor) -> Response:
    form = await request.form()
    policy = Policy.from_settings(http_deps.services(request).settings)
    until = None if form.get("stop") else date.today() + timedelta(days=policy.hide_days)
    await services_of(request).db.run(_keep, actor, service_id[:64], until)
    return RedirectResponse("/staff/admin/directory", status_code=303)
