"""Counts that tell maintainers what the directory covers, how complete and how fresh it is."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.directory import store
from bot.directory.entry import Entry
from bot.directory.models import Organization, Service
from bot.directory.policy import Policy


def _share(n: int, total: int) -> float:
    return round(100 * n / total, 1) if total else 0.0


def completeness(entries: list[Entry], today: date, policy: Policy) -> dict[str, Any]:
    """How many entries people can act on: a way to reach them, an address, hours, a recent
    confirmation; counts and percentages of all services."""
    total = len(entries)
    counts = {
        "with_phone_or_whatsapp": sum(bool(e.phones or e.whatsapp) for e in entries),
        "with_email": sum(bool(e.email) for e in entries),
        "with_website": sum(bool(e.website) for e in entries),
        "with_street_address": sum(bool(e.address) for e in entries),
        "with_hours": sum(bool(e.hours) for e in entries),
        "with_source": sum(bool(e.source_urls) for e in entries),
        "with_update_contact": sum(bool(e.update_email or e.update_whatsapp) for e in entries),
        "reachable": sum(e.reachable() for e in entries),
        "confirmed_within_period": sum(not policy.stale(e, today) for e in entries),
        "confirmed_by_contact_within_period": sum(
            e.live.confirmed_on is not None
            and (today - e.live.confirmed_on).days <= policy.stale_days
            for e in entries
        ),
        "not_confirmed_recently": sum(policy.stale(e, today) for e in entries),
        "left_out": sum(policy.hidden(e, today) for e in entries),
    }
    return {
        **counts,
        "by_precision": dict(sorted(Counter(e.precision for e in entries).items())),
        "percent": {k: _share(v, total) for k, v in counts.items()},
        "period_days": policy.stale_days,
    }


def _counts(values: list[str]) -> dict[str, int]:
    return dict(sorted(Counter(values).items()))


def stats(
    session: Session, today: date | None = None, policy: Policy | None = None
) -> dict[str, Any]:
    """Totals, counts by category, country, state, precision and source, and completeness."""
    today = today or date.today()
    policy = policy or Policy()
    entries = store.all_entries(session)
    sources = dict(session.execute(select(Service.external_id, Service.source)).all())
    return {
        "services": len(entries),
        "organizations": session.scalar(select(func.count()).select_from(Organization)) or 0,
        "by_category": _counts([e.category for e in entries]),
        "by_country": _counts([e.country for e in entries]),
        "by_state": _counts([e.state for e in entries]),
        "by_precision": _counts([e.precision for e in entries]),
        "by_source": _counts([str(sources.get(e.id, "")) for e in entries]),
        "stale": sum(policy.stale(e, today) for e in entries),
        "stale_after_days": policy.stale_days,
        "completeness": completeness(entries, today, policy),
    }
