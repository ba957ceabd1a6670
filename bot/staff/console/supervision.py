"""Supervisors' pages: the reports (with CSV export) and the audit log.

Reports default to the last four weeks in the team's time zone; viewing and exporting them is
audited like any other access.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request, Response

from bot.i18n import gettext
from bot.staff import audit, charts, reports
from bot.staff import messages as m
from bot.staff import referral_messages as rm
from bot.staff.console.deps import (
    ConsoleRoute,
    SupervisorActor,
    services_of,
)
from bot.staff.console.render import console_language, render
from bot.staff.labels import label_id
from bot.staff.operations import NotFound

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


def _chart(report: reports.Report, name: str, lang: str) -> str:
    """The report's chart `name` (category bars or the weekly trend) in the console language."""
    series_names = (gettext(lang, m.REQUESTS_RECEIVED), gettext(lang, m.PEOPLE_CANALIZED))
    if name == "category":
        groups = report.groups["category"]
        labels = [gettext(lang, label_id("category", g.value)) for g in groups]
        return charts.bars(
            gettext(lang, rm.CHART_BY_CATEGORY),
            labels,
            [
                charts.Series(series_names[0], tuple(g.received for g in groups)),
                charts.Series(series_names[1], tuple(g.canalized for g in groups)),
            ],
        )
    weeks = report.groups["week"]
    return charts.trend(
        gettext(lang, rm.CHART_BY_WEEK),
        [g.value for g in weeks],
        [
            charts.Series(series_names[0], tuple(g.received for g in weeks)),
            charts.Series(series_names[1], tuple(g.canalized for g in weeks)),
        ],
    )


@router.get("/reports/chart/{name}.svg")
async def report_chart(request: Request, name: str, actor: SupervisorActor) -> Response:
    """A chart of the report, as an SVG image the page shows with <img> (CSP: img-src self)."""
    if name not in ("category", "week"):
        raise NotFound(name)
    settings = services_of(request).settings
    start, end = period(request, settings.staff_timezone)
    report = await services_of(request).db.run(reports.build, start, end, settings.staff_timezone)
    svg = _chart(report, name, console_language(request, actor))
    return Response(svg, media_type="image/svg+xml; charset=utf-8")


@router.get("/audit")
async def audit_page(request: Request, actor: SupervisorActor) -> Response:
    raw = request.query_params.get("case", "")
    case_id = int(raw) if raw.isdigit() else None
    rows = await services_of(request).db.run(audit.recent, 300, case_id)
    return render(request, "audit.html", actor, rows=rows, case_id=case_id)
