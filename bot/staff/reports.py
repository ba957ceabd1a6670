"""The figures a protection team reports: requests received, people canalized, people attended.

Counted over the cases opened in a period, by category, channel, language, ISO week (in the
team's time zone) and the organisation referred to, with the median time to the first staff
reply. People are counted once per group even when they asked more than once. The referrals of
those cases add the loop's outcomes: sent, acknowledged, accepted and attended by the partner,
the median time from sending to acknowledgement, and the people's check-in answers.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from statistics import median
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.models import Case
from bot.referrals.models import ReferralLoop
from bot.staff import audit
from bot.staff.auth import Actor

DIMENSIONS = ("category", "channel", "language", "week", "organization")
CSV_HEADER = (
    "dimension",
    "value",
    "requests_received",
    "people_canalized",
    "people_attended_directly",
    "cases_open",
    "median_minutes_to_first_reply",
    "referrals_sent",
    "referrals_acknowledged",
    "referrals_accepted",
    "referrals_attended",
    "median_minutes_to_acknowledgement",
    "checkin_yes",
    "checkin_no",
    "checkin_still_need_help",
)
# People canalized by the kind of help (IOM Mexico's figures): each case category's kind.
KINDS = ("legal_migration_advice", "health", "education", "employment", "shelter", "other")
KIND_OF = {
    "legal_migration_advice": "legal_migration_advice",
    "health": "health",
    "prenatal_care": "health",
    "education": "education",
    "employment": "employment",
    "shelter": "shelter",
}
NO_ORGANIZATION = "-"


@dataclass(frozen=True)
class _Ref:
    organization: str
    sent: bool
    acknowledged: bool
    accepted: bool
    attended: bool
    ack_minutes: float | None
    checkin_answer: str | None


@dataclass(frozen=True)
class _Row:
    person: str  # the contact, or the case itself once the link to the person is erased
    status: str
    category: str
    channel: str
    language: str
    week: str
    first_reply_minutes: float | None
    referrals: tuple[_Ref, ...] = ()

    @property
    def organization(self) -> tuple[str, ...]:
        return tuple(sorted({r.organization for r in self.referrals})) or (NO_ORGANIZATION,)


def _minutes(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


@dataclass(frozen=True)
class Group:
    value: str
    received: int
    canalized: int
    attended: int
    open: int
    median_first_reply: float | None
    referrals_sent: int = 0
    referrals_acknowledged: int = 0
    referrals_accepted: int = 0
    referrals_attended: int = 0
    median_ack: float | None = None
    checkins: dict[str, int] = field(default_factory=dict)
    canalized_by_kind: dict[str, int] = field(default_factory=dict)

    def as_list(self, dimension: str) -> list[str]:
        return [
            dimension,
            self.value,
            str(self.received),
            str(self.canalized),
            str(self.attended),
            str(self.open),
            _minutes(self.median_first_reply),
            str(self.referrals_sent),
            str(self.referrals_acknowledged),
            str(self.referrals_accepted),
            str(self.referrals_attended),
            _minutes(self.median_ack),
            str(self.checkins.get("yes", 0)),
            str(self.checkins.get("no", 0)),
            str(self.checkins.get("more", 0)),
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
                "people_canalized_by_kind": g.canalized_by_kind,
                "referrals_sent": g.referrals_sent,
                "referrals_acknowledged": g.referrals_acknowledged,
                "referrals_accepted": g.referrals_accepted,
                "referrals_attended": g.referrals_attended,
                "median_minutes_to_acknowledgement": g.median_ack,
                "checkin_answers": {
                    "yes": g.checkins.get("yes", 0),
                    "no": g.checkins.get("no", 0),
                    "still_need_help": g.checkins.get("more", 0),
                },
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


def _group(value: str, rows: Iterable[_Row], organization: str | None = None) -> Group:
    """One group's figures; for an organisation's group, only its own referrals count."""
    rows = list(rows)
    canalized = {r.person for r in rows if r.status == "canalized"}
    attended = {r.person for r in rows if r.status == "attended"}
    waits = [r.first_reply_minutes for r in rows if r.first_reply_minutes is not None]
    by_kind: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for r in rows:
        if r.status == "canalized":
            by_kind[KIND_OF.get(r.category, "other")].add(r.person)
    refs = [
        ref
        for r in rows
        for ref in r.referrals
        if organization is None or ref.organization == organization
    ]
    acks = [ref.ack_minutes for ref in refs if ref.ack_minutes is not None]
    checkins: dict[str, int] = defaultdict(int)
    for ref in refs:
        if ref.checkin_answer:
            checkins[ref.checkin_answer] += 1
    return Group(
        value,
        len(rows),
        len(canalized),
        len(attended),
        sum(1 for r in rows if r.status in ("new", "assigned", "in_progress")),
        round(median(waits), 1) if waits else None,
        sum(1 for ref in refs if ref.sent),
        sum(1 for ref in refs if ref.acknowledged),
        sum(1 for ref in refs if ref.accepted),
        sum(1 for ref in refs if ref.attended),
        round(median(acks), 1) if acks else None,
        dict(checkins),
        {kind: len(people) for kind, people in by_kind.items()},
    )


def _referrals(session: Session, case_ids: list[int]) -> dict[int, list[_Ref]]:
    found: dict[int, list[_Ref]] = defaultdict(list)
    if not case_ids:
        return found
    for loop in session.scalars(
        select(ReferralLoop)
        .where(ReferralLoop.case_id.in_(case_ids))
        .order_by(ReferralLoop.referral_id)
    ):
        ack = None
        if loop.sent_at is not None and loop.acknowledged_at is not None:
            ack = max(0.0, (loop.acknowledged_at - loop.sent_at).total_seconds() / 60)
        found[loop.case_id].append(
            _Ref(
                loop.organization or NO_ORGANIZATION,
                loop.sent_at is not None,
                loop.acknowledged_at is not None,
                loop.answered_at is not None and loop.status != "declined",
                loop.status == "attended",
                ack,
                loop.checkin_answer,
            )
        )
    return found


def build(session: Session, start: date, end: date, timezone: str) -> Report:
    """Cases opened from `start` to `end` inclusive, local dates in `timezone`."""
    zone = ZoneInfo(timezone)
    begin = datetime.combine(start, time.min, zone)
    finish = datetime.combine(end + timedelta(days=1), time.min, zone)
    rows: list[_Row] = []
    cases = list(
        session.scalars(
            select(Case).where(Case.opened_at >= begin, Case.opened_at < finish).order_by(Case.id)
        )
    )
    referrals = _referrals(session, [c.id for c in cases])
    for case in cases:
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
                tuple(referrals.get(case.id, ())),
            )
        )
    groups: dict[str, list[Group]] = {}
    for dim in DIMENSIONS:
        buckets: dict[str, list[_Row]] = defaultdict(list)
        for row in rows:
            values = row.organization if dim == "organization" else (getattr(row, dim),)
            for value in values:
                buckets[value].append(row)
        ordered = (
            sorted(buckets)
            if dim == "week"
            else sorted(buckets, key=lambda k: (-len(buckets[k]), k))
        )
        groups[dim] = [
            _group(key, buckets[key], key if dim == "organization" else None) for key in ordered
        ]
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
