"""Office hours and the figures supervisors report."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from bot.db.models import Contact, Conversation
from bot.db.session import Database
from bot.handoff import cases
from bot.handoff.hours import HoursError, parse
from bot.staff import reports
from bot.staff.models import StaffUser

ZONE = "America/Mexico_City"  # UTC-6 all year


def test_office_hours_in_the_teams_time_zone() -> None:
    hours = parse("Mo-Fr 09:00-18:00; Sa 10:00-14:00", ZONE)
    monday_9_30_local = datetime(2026, 11, 23, 15, 30, tzinfo=UTC)
    assert hours.is_open(monday_9_30_local)
    assert not hours.is_open(monday_9_30_local - timedelta(hours=1))  # 08:30 local
    assert not hours.is_open(datetime(2026, 11, 24, 0, 30, tzinfo=UTC))  # Mon 18:30 local
    assert hours.is_open(datetime(2026, 11, 28, 17, 0, tzinfo=UTC))  # Sat 11:00 local
    assert not hours.is_open(datetime(2026, 11, 29, 17, 0, tzinfo=UTC))  # Sunday


def test_office_hours_are_described_in_the_persons_language() -> None:
    hours = parse("Mo-Fr 09:00-18:00", ZONE)
    assert hours.describe("es") == "de lunes a viernes, de 09:00 a 18:00 (hora de Ciudad de México)"
    assert "lendi" in hours.describe("ht") and "vandredi" in hours.describe("ht")
    assert hours.describe("en") == "Monday to Friday, from 09:00 to 18:00 (Mexico City time)"


@pytest.mark.parametrize(
    ("spec", "zone"),
    [
        ("Mo-Fr 9-18", ZONE),
        ("Fr-Mo 09:00-18:00", ZONE),
        ("Mo 18:00-09:00", ZONE),
        ("", ZONE),
        ("Mo-Fr 09:00-18:00", "Mars/Olympus"),
    ],
)
def test_bad_office_hours_are_refused(spec: str, zone: str) -> None:
    with pytest.raises(HoursError):
        parse(spec, zone)


def _case(
    s: Session,
    n: int,
    *,
    category: str,
    channel: str,
    lang: str,
    status: str,
    opened: datetime,
    reply_after: timedelta | None,
    contact: Contact | None = None,
) -> Contact:
    if contact is None:
        contact = Contact(channel=channel, identifier_hash=f"{n}".ljust(64, "0"), identifier=str(n))
        s.add(contact)
        s.flush()
    conv = Conversation(contact_id=contact.id, channel=channel, language=lang)
    s.add(conv)
    s.flush()
    case = cases.open_or_escalate(s, conv, category=category, source="request", now=opened)
    if reply_after is not None:
        case.first_reply_at = opened + reply_after
    if status != "new":
        user = s.query(StaffUser).first()
        if status == "canalized":
            assert user is not None
            cases.add_referral(s, case, user.id, None, "Albergue")
            s.refresh(case)
        cases.close(s, case, status)
    return contact


def test_reports_count_requests_people_and_first_reply_times(db: Database) -> None:
    start = datetime(2026, 11, 16, 18, 0, tzinfo=UTC)  # Monday, noon in Mexico City
    with db.session() as s:
        s.add(StaffUser(email="a@example.org", name="A", role="agent", password_hash="x"))
        s.flush()
        same = _case(
            s,
            1,
            category="shelter",
            channel="whatsapp",
            lang="es",
            status="canalized",
            opened=start,
            reply_after=timedelta(minutes=10),
        )
        _case(
            s,
            2,
            category="shelter",
            channel="whatsapp",
            lang="es",
            status="canalized",
            opened=start + timedelta(days=1),
            reply_after=timedelta(minutes=30),
            contact=same,
        )
        _case(
            s,
            3,
            category="health",
            channel="telegram",
            lang="fr",
            status="attended",
            opened=start + timedelta(days=7),
            reply_after=timedelta(minutes=20),
        )
        _case(
            s,
            4,
            category="trafficking",
            channel="web",
            lang="ht",
            status="new",
            opened=start + timedelta(days=8),
            reply_after=None,
        )
        _case(
            s,
            5,
            category="health",
            channel="web",
            lang="es",
            status="attended",
            opened=start - timedelta(days=30),
            reply_after=timedelta(minutes=1),
        )  # outside
        report = reports.build(s, date(2026, 11, 16), date(2026, 11, 30), ZONE)
    total = report.total
    assert (total.received, total.canalized, total.attended, total.open) == (4, 1, 1, 1)
    assert total.median_first_reply == 20.0
    by = {dim: {g.value: g for g in groups} for dim, groups in report.groups.items()}
    assert by["category"]["shelter"].received == 2 and by["category"]["shelter"].canalized == 1
    assert by["channel"]["telegram"].attended == 1
    assert by["language"]["ht"].open == 1
    assert list(by["week"]) == ["2026-W47", "2026-W48"]
    rows = list(csv.reader(io.StringIO(report.csv())))
    assert rows[0] == list(reports.CSV_HEADER)
    assert rows[1][:7] == ["total", "total", "4", "1", "1", "1", "20.0"]
    assert ["week", "2026-W48", "2", "0", "1", "1", "20.0"] in [r[:7] for r in rows]
