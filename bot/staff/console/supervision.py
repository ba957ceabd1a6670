"""Supervisors' pages: the reports (with CSV export) and the audit log.

Reports default to the last four weeks in the team's time zone; viewing and exporting them is
audited like any other access.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request, Response

from bot.staff import audit, reports
from bot.staff.console.deps import (
    ConsoleRoute,
    SupervisorActor,
    services_of,
)
from bot.staff.console.render import render

router = APIRouter(prefix="/staff", route_class=ConsoleRoute, include_in_schema=False)


def period(request: Request, timezone: str) -> tuple[date, date]:
    """`from`/`to` (YYYY-MM-DD) from the query, else the last 28 days."""
    today = datetime.now(ZoneInfo(timezone)).date()
    try:
        end = date.fromisoformat(request.query_params.get("to", "") or today.isoformat())
        start = date.fromisoformat(
            request.query_params.get("from", "") or (end - timedelta(days=27)).isoformat()
        )
    except ValueError:
        end, start = today, today - timedelta(days=27)
    if start > end:
        start, end = end, start
    return start, min(end, start + timedelta(days=3660))


@router.get("/reports")
async def reports_page(request: Request, actor: SupervisorActor) -> Response:
    settings = services_of(request).settings
    start, end = period(request, settings.staff_timezone)
    report = await services_of(request).db.run(
        reports.audited, actor, start, end, settings.staff_timezone, False
    )
    return render(request, "reports.html", actor, report=report)


@router.get("/reports.csv")
async def reports_csv(request: Request, actor: SupervisorActor) -> Response:
    settings = services_of(request).settings
    start, end = period(request, settings.staff_timezone)
    report = await services_of(request).db.run(
        reports.audited, actor, start, end, settings.staff_timezone, True
    )
    name = f"puente-report-{start.isoformat()}-{end.isoformat()}.csv"
    return Response(
        report.csv(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/audit")
async def audit_page(request: Request, actor: SupervisorActor) -> Response:
    raw = request.query_params.get("case", "")
    case_id = int(raw) if raw.isdigit() else None
    rows = await services_of(request).db.run(audit.recent, 300, case_id)
    return render(request, "audit.html", actor, rows=rows, case_id=case_id)
