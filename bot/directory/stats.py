"""Counts that tell maintainers what the directory covers and what needs checking again."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from bot.directory.models import Location, Organization, Service
from bot.directory.vocab import STALE_AFTER_DAYS


def _counts(session: Session, column: InstrumentedAttribute[Any]) -> dict[str, int]:
    stmt = (
        select(column, func.count())
        .select_from(Service)
        .join(Location, Service.location_id == Location.id)
        .group_by(column)
    )
    counts = {str(value or ""): int(n) for value, n in session.execute(stmt)}
    return dict(sorted(counts.items()))


def stats(session: Session, today: date | None = None) -> dict[str, Any]:
    """Totals, counts by category, country, state, precision and source, and stale entries."""
    cutoff = (today or date.today()) - timedelta(days=STALE_AFTER_DAYS)
    stale = or_(Service.verified_on.is_(None), Service.verified_on < cutoff)
    return {
        "services": session.scalar(select(func.count()).select_from(Service)) or 0,
        "organizations": session.scalar(select(func.count()).select_from(Organization)) or 0,
        "by_category": _counts(session, Service.category),
        "by_country": _counts(session, Location.country),
        "by_state": _counts(session, Location.state),
        "by_precision": _counts(session, Location.precision),
        "by_source": _counts(session, Service.source),
        "stale": session.scalar(select(func.count()).select_from(Service).where(stale)) or 0,
        "stale_after_days": STALE_AFTER_DAYS,
    }
