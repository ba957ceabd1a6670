"""Declarative base and column types shared by every model."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import DateTime, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

from bot.crypto import Keys

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on SQLite too, which stores them naive."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


# Each engine's keys, found through its dialect: a column type sees only the dialect. Filled by
# `bind_keys` when a `Database` is built, so the keys always come from that database's settings.
_ENGINE_KEYS: WeakKeyDictionary[Dialect, Keys] = WeakKeyDictionary()


def bind_keys(dialect: Dialect, keys: Keys) -> None:
    _ENGINE_KEYS[dialect] = keys


def keys_for(dialect: Dialect) -> Keys:
    try:
        return _ENGINE_KEYS[dialect]
    except KeyError:
        raise RuntimeError(
            "this database handle has no data keys: build it with Database(url, keys)"
        ) from None


class EncryptedText(TypeDecorator[str]):
    """Text stored encrypted with DATA_KEY; reads return the plain text."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else keys_for(dialect).encrypt(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else keys_for(dialect).decrypt(str(value))
