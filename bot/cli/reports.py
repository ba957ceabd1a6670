"""`reports [--json] [--from D] [--to D]`: the team's figures, as the console shows them.

The same report as the console's Reports page (`bot.staff.reports.build`) over the cases
opened from `--from` to `--to` (local dates in STAFF_TIMEZONE; default: the last 28 days),
as JSON or CSV. It prints counts and medians only, never anything a person wrote.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.db.session import Database
from bot.settings import get_settings
from bot.staff import reports


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("reports", help="figures: requests, people canalized and attended")
    p.add_argument("--json", action="store_true", help="print JSON (default: CSV)")
    p.add_argument("--from", dest="start", type=_day, default=None, help="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=_day, default=None, help="YYYY-MM-DD")
    p.set_defaults(func=_report)


def period(start: date | None, end: date | None, timezone: str) -> tuple[date, date]:
    """The console's rule: the last 28 days unless told; a reversed range is put right."""
    end = end or datetime.now(ZoneInfo(timezone)).date()
    start = start or end - timedelta(days=27)
    return (start, end) if start <= end else (end, start)


def _report(args: argparse.Namespace) -> int:
    settings = get_settings()
    start, end = period(args.start, args.end, settings.staff_timezone)
    db = Database.from_settings(settings)
    try:
        with db.session() as s:
            report = reports.build(s, start, end, settings.staff_timezone)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(report.csv(), end="")
    return 0
