"""Rasa's tracker store: where it lives, and deleting a person's rows from it.

Rasa keeps each conversation's events in its own SQL store, beside the app's database. Replacing
a tracker through Rasa's API only appends to an SQL store, so erasure and the purge delete the
rows here themselves.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import create_engine, text

from bot.settings import ROOT, Settings

log = logging.getLogger(__name__)


def rasa_tracker_url(settings: Settings) -> str:
    """The SQLAlchemy URL of Rasa's tracker store, as `write_endpoints` configures it."""
    if settings.is_sqlite:
        return f"sqlite:///{tracker_sqlite_path(settings)}"
    return settings.database_url.replace("postgresql://", "postgresql+psycopg://", 1)


def tracker_sqlite_path(settings: Settings) -> Path:
    """With SQLite, Rasa's tracker store is a file beside the app's database."""
    app_db = settings.database_url.split("///", 1)[-1]
    folder = Path(app_db).parent if app_db not in ("", ":memory:") else ROOT / "var"
    return folder / "rasa-tracker.db"


def erase_tracker_events(tracker_url: str, senders: list[str]) -> int:
    """Delete the senders' rows from Rasa's SQL tracker store; 0 when there is no store."""
    if not senders:
        return 0
    if tracker_url.startswith("sqlite") and not Path(tracker_url.split("///", 1)[1]).exists():
        return 0
    engine = create_engine(tracker_url)
    try:
        with engine.begin() as conn:
            tables = conn.dialect.get_table_names(conn)
            if "events" not in tables:
                return 0
            deleted = 0
            for sender in senders:
                result = conn.execute(
                    text("DELETE FROM events WHERE sender_id = :sender"), {"sender": sender}
                )
                deleted += result.rowcount or 0
            return deleted
    except Exception:
        log.exception("could not erase Rasa tracker events")
        return 0
    finally:
        engine.dispose()
