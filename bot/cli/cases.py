"""`cases list`: the cases, newest first, for scripts (`--json`) and for a quick look.

Reads the database directly so it works while the app is stopped; it prints no message text or
personal detail, only what a case is (ids, category, priority, status, times).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.session import Database
from bot.handoff.cases import CLOSED_STATUSES, OPEN_STATUSES, STATUSES
from bot.handoff.models import Case
from bot.settings import get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cases", help="handoff cases")
    csub = p.add_subparsers(dest="cases_command", required=True)
    ls = csub.add_parser("list", help="list cases, newest first")
    ls.add_argument("--json", action="store_true", help="print a JSON array")
    ls.add_argument("--status", choices=("open", "closed", *STATUSES), default=None)
    ls.add_argument("--limit", type=int, default=500)
    ls.set_defaults(func=_list)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def rows(session: Session, status: str | None, limit: int) -> list[dict[str, Any]]:
    query = select(Case).order_by(Case.id.desc()).limit(limit)
    wanted: tuple[str, ...] = {"open": OPEN_STATUSES, "closed": CLOSED_STATUSES}.get(
        status or "", ()
    )
    if status and not wanted:
        wanted = (status,)
    if wanted:
        query = query.where(Case.status.in_(wanted))
    return [
        {
            "id": c.id,
            "conversation_id": c.conversation.public_id if c.conversation else None,
            "category": c.category,
            "priority": c.priority,
            "status": c.status,
            "source": c.source,
            "channel": c.channel,
            "language": c.language,
            "assignee_id": c.assignee_id,
            "consent_at": _iso(c.consent_at),
            "opened_at": _iso(c.opened_at),
            "first_reply_at": _iso(c.first_reply_at),
            "closed_at": _iso(c.closed_at),
        }
        for c in session.scalars(query)
    ]


def _list(args: argparse.Namespace) -> int:
    db = Database.from_settings(get_settings())
    try:
        with db.session() as s:
            found = rows(s, args.status, args.limit)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    for c in found:
        print(
            f"#{c['id']:<5} {c['priority']:<7} {c['status']:<12} {c['category']:<24} "
            f"{c['channel']:<9} {c['opened_at']}"
        )
    print(f"{len(found)} case(s)")
    return 0
