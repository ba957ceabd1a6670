"""The figures a protection team reports: requests received, people canalized, people attended.

Counted over the cases opened in a period, by category, channel, language and ISO week (in the
team's time zone), with the median time to the first staff reply. People are counted once per
group even when they asked more than once.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from statistics import median
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.models import Case
from bot.staff import audit
from bot.staff.auth import Actor

DIMENSIONS = ("category", "channel", "language", "week")
CSV_HEADER = (
    "dimension",
    "value",
    "requests_received",
    "people_canalized",
    "people_attended_directly",
    "cases_open",
    "median_minutes_to_first_reply",
)


@dataclass(frozen=True)
class _Row:
    person: str  # the contact, or the case itself once the link to the person is erased
    status: str
    category: str
    channel: str
    language: str
    week: str
    first_reply_minutes: float | None


@dataclass(frozen=True)
class Group:
    value: str
    received: int
    canalized: int
    attended: int
    open: int
    median_first_reply: float | None

    def as_list(self, dimension: str) -> list[str]:
        minutes = "" if self.median_first_reply is None else f"{self.median_first_reply:.1f}"
        return [
            dimension,
            self.value,
            str(self.received),
            str(self.canalized),
            str(self.attended),
            str(self.open),
            minutes,
        ]


@dataclass(frozen=True)
class Report:
    start: date
    end: date
    total: Group
    groups: dict[str, list[Group]]

    def as_json(self) -> dict[str, object]:
        def one(g: Group) -> dict[str, object]:
            return {
                "value": g.value,
                "requests_received": g.received,
                "people_canalized": g.canalized,
                "people_attended_directly": g.attended,
                "cases_open": g.open,
                "median_minutes_to_first_reply": g.median_first_reply,
            }

        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "total": one(self.total),
            **{dim: [one(g) for g in groups] for dim, groups in self.groups.items()},
        }

    def csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        writer.writerow(self.total.as_list("total"))
        for dim in DIMENSIONS:
            for group in self.groups[dim]:
                writer.writerow(group.as_list(dim))
        return buf.getvalue()


def _group(value: str, rows: Iterable[_Row]) -> Group:
    rows = list(rows)
    canalized = {r.person for r in rows if r.status == "canalized"}
    attended = {r.person for r in rows if r.status == "attended"}
    waits = [r.first_reply_minutes for r in rows if r.first_reply_minutes is not None]
    return Group(
        value,
        len(rows),
        len(canalized),
        len(attended),
        sum(1 for r in rows if r.status in ("new", "assigned", "in_progress")),
        round(median(waits), 1) if waits else None,
    )


def build(session: Session, start: date, end: date, timezone: str) -> Report:
    """Cases opened from `start` to `end` inclusive, local dates in `timezone`."""
    zone = ZoneInfo(timezone)
    begin = datetime.combine(start, time.min, zone)
    finish = datetime.combine(end + timedelta(days=1), time.min, zone)
    rows: list[_Row] = []
    for case in session.scalars(
        select(Case).where(Case.opened_at >= begin, Case.opened_at < finish).order_by(Case.id)
    ):
        local = case.opened_at.astimezone(zone).isocalendar()
        wait = None
        if case.first_reply_at is not None:
            wait = (case.first_reply_at - case.opened_at).total_seconds() / 60
        rows.append(
            _Row(
                f"contact:{case.contact_id}" if case.contact_id else f"case:{case.id}",
                case.status,
                case.category,
                case.channel,
                case.language,
                f"{local.year}-W{local.week:02d}",
                wait,
            )
        )
    groups: dict[str, list[Group]] = {}
    for dim in DIMENSIONS:
        buckets: dict[str, list[_Row]] = defaultdict(list)
        for row in rows:
            buckets[getattr(row, dim)].append(row)
        ordered = (
            sorted(buckets)
            if dim == "week"
            else sorted(buckets, key=lambda k: (-len(buckets[k]), k))
        )
        groups[dim] = [_group(key, buckets[key]) for key in ordered]
    return Report(start, end, _group("total", rows), groups)


def audited(
    session: Session, actor: Actor, start: date, end: date, timezone: str, export: bool
) -> Report:
    """The report, with its viewing or export written to the audit log."""
    audit.record(
        session,
        actor,
        "export_reports" if export else "view_reports",
        start=start.isoformat(),
        end=end.isoformat(),
    )
    return build(session, start, end, timezone)
