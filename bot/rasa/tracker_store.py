"""Rasa's tracker store: where it lives, and deleting a person's rows from it.

Rasa keeps each conversation's events in its own SQL store, beside the app's database. Replacing
a tracker through Rasa's API only appends to an SQL store, so erasure and the purge delete the
rows here themselves.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, create_engine, text

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


# Everything of a sender before their latest session start: Rasa never loads it again.
_EARLIER_SESSIONS = text(
    "DELETE FROM events WHERE sender_id = :sender AND id < ("
    "SELECT MAX(id) FROM events WHERE sender_id = :sender AND type_name = 'session_started')"
)


class SessionPruner:
    """Deletes a sender's events from their earlier Rasa sessions once a new one has started.

    Rasa's SQL tracker store finds a sender's latest session by scanning every event the sender
    ever had, on each load and each save, and its tracker API returns them all: a person's 240th
    turn would cost far more than their 10th even with short sessions. The events of closed
    sessions are never read again (the app keeps its own encrypted copy of the conversation),
    and they are plain text in a store Rasa does not encrypt, so keeping them only costs speed
    and privacy. One engine for the process, made on first use.
    """

    def __init__(self, tracker_url: str) -> None:
        self.tracker_url = tracker_url
        self._engine: Engine | None = None

    def prune(self, sender: str) -> int:
        """Delete `sender`'s events before their latest `session_started`; the rows deleted."""
        sqlite_file = self.tracker_url.startswith("sqlite") and self.tracker_url.split("///", 1)[1]
        if sqlite_file and not Path(sqlite_file).exists():
            return 0
        if self._engine is None:
            self._engine = create_engine(self.tracker_url)
        try:
            with self._engine.begin() as conn:
                return conn.execute(_EARLIER_SESSIONS, {"sender": sender}).rowcount or 0
        except Exception:
            log.exception("could not prune earlier Rasa sessions")
            return 0

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
