"""Alembic driven from code, so `python -m bot db upgrade` needs no alembic.ini."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from bot.crypto import Keys

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(url: str, keys: Keys | None = None) -> Config:
    """`keys` reach migrations that encrypt existing rows (`context.config.attributes`)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["keys"] = keys
    return cfg


def upgrade(url: str, revision: str = "heads", keys: Keys | None = None) -> None:
    command.upgrade(alembic_config(url, keys), revision)


def downgrade(url: str, revision: str = "base", keys: Keys | None = None) -> None:
    command.downgrade(alembic_config(url, keys), revision)
