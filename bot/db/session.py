"""The database handle: one engine, short transactions run off the event loop.

The app is async but SQLAlchemy sessions here are synchronous; `Database.run` runs a unit of
work in a worker thread inside one transaction so a slow database never blocks other people.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import anyio
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from bot.crypto import Keys
from bot.db.base import bind_keys
from bot.db.write_order import WriteOrder, is_urgent
from bot.settings import Settings

P = ParamSpec("P")
T = TypeVar("T")


class DatabaseUnavailable(Exception):
    """The database cannot be reached; webhooks answer 503 so providers deliver again."""


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        memory = path in ("", ":memory:") or "mode=memory" in url
        if not memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 15},
            poolclass=StaticPool if memory else None,
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            if not memory:
                # WAL with synchronous=NORMAL survives an app crash intact and saves an fsync
                # per commit; only a power cut can lose the last few transactions.
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=15000")
            cur.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=10,
        max_overflow=20,
        connect_args={"connect_timeout": 3},
    )


class Database:
    """Engine plus session factory and the data keys; one per process.

    The keys encrypt and decrypt the encrypted columns (`bot.db.base.EncryptedText`) and hash
    identifiers for look-ups; each session carries them (`keys_of`). A handle without keys
    works for tables without personal data (the directory) and refuses encrypted columns.
    """

    def __init__(self, url: str, keys: Keys | None = None) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._keys = keys
        if keys is not None:
            bind_keys(self.engine.dialect, keys)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False, info={"keys": keys})
        # SQLite writes one transaction at a time: the app queues its own, danger first.
        self._order = WriteOrder() if url.startswith("sqlite") else None

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        return cls(settings.database_url, Keys.from_settings(settings))

    @property
    def keys(self) -> Keys:
        if self._keys is None:
            raise RuntimeError("this database handle has no data keys: use Database.from_settings")
        return self._keys

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.sessions() as s, s.begin():
            yield s

    async def run(
        self, fn: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run `fn(session, *args, **kwargs)` in a worker thread inside one transaction.

        Typed with the unit of work's own parameters, so mypy checks every call's arguments.
        On SQLite the units take turns (`bot.db.write_order`), a person in danger's first.
        """

        def work() -> T:
            from sqlalchemy.exc import OperationalError

            try:
                with self.session() as s:
                    return fn(s, *args, **kwargs)
            except OperationalError as exc:
                if _is_connection_error(exc):
                    raise DatabaseUnavailable(str(exc.orig)) from exc
                raise

        if self._order is None:
            return await anyio.to_thread.run_sync(work)
        await self._order.acquire(is_urgent())
        try:
            return await anyio.to_thread.run_sync(work)
        finally:
            self._order.release()

    async def require(self) -> None:
        """Raise DatabaseUnavailable unless the database answers; webhooks call this before
        they acknowledge, so a provider delivers again instead of losing the message."""
        if not await anyio.to_thread.run_sync(self.ping):
            raise DatabaseUnavailable(f"cannot reach {self.engine.url.render_as_string()}")

    def ping(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    def dispose(self) -> None:
        self.engine.dispose()


def _is_connection_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    return any(
        s in msg
        for s in ("connection", "could not connect", "server closed", "unable to open", "timeout")
    )


def keys_of(session: Session) -> Keys:
    """The data keys of the database this session belongs to."""
    keys = session.info.get("keys")
    if not isinstance(keys, Keys):
        raise RuntimeError("this session has no data keys: use Database.from_settings")
    return keys
