"""Alembic migrations upgrade and downgrade, and match the models exactly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

import bot.models_registry  # noqa: F401
from bot.db import migrate
from bot.db.base import Base
from bot.db.session import make_engine


def test_upgrade_downgrade_upgrade(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        assert {"contacts", "conversations", "messages"} <= set(inspect(engine).get_table_names())
        migrate.downgrade(database_url, "base")
        assert "messages" not in inspect(engine).get_table_names()
        migrate.upgrade(database_url)
        assert "messages" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_migrations_match_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": False})
            diff = compare_metadata(ctx, Base.metadata)
        assert diff == []
    finally:
        engine.dispose()
