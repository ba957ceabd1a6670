"""A referral's service name is personal data: encrypted at rest, existing rows included."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from bot.crypto import Keys
from bot.db import migrate
from bot.db.session import Database
from bot.handoff.models import Referral
from tests.conftest import make_settings

NAME = "Refugio para mujeres La Esperanza"


def _old_referral(url: str) -> None:
    """A case and its referral as revision 0009 stored them: the name in clear."""
    now = datetime(2026, 11, 1, tzinfo=UTC)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cases (id, channel, language, category, priority, status, source,"
                " danger, opened_at, alert_attempts, reopened_count, updated_at) VALUES"
                " (1, 'web', 'es', 'shelter', 'normal', 'new', 'request', '[]', :t, 0, 0, :t)"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO case_referrals (id, case_id, service_name, outcome, created_at,"
                " updated_at) VALUES (1, 1, :n, 'pending', :t, :t)"
            ),
            {"n": NAME, "t": now},
        )
    engine.dispose()


def test_existing_names_are_encrypted_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "puente.db"
    url = f"sqlite:///{path}"
    settings = make_settings(url)
    migrate.upgrade(url, "0009_case_ceiling")
    _old_referral(url)
    migrate.upgrade(url, keys=Keys.from_settings(settings))
    assert NAME.encode() not in path.read_bytes(), "the name is not in the file in clear"
    db = Database.from_settings(settings)
    try:
        with db.session() as s:
            assert s.scalars(select(Referral.service_name)).one() == NAME
    finally:
        db.dispose()
    migrate.downgrade(url, "0009_case_ceiling", keys=Keys.from_settings(settings))
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT service_name FROM case_referrals")).scalar() == NAME
    engine.dispose()


def test_the_migration_refuses_to_run_without_the_keys_when_names_exist(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'puente.db'}"
    migrate.upgrade(url, "0009_case_ceiling")
    _old_referral(url)
    with pytest.raises(RuntimeError, match="needs the data keys"):
        migrate.upgrade(url)


def test_new_referrals_are_stored_encrypted(settings_path: tuple[str, Path]) -> None:
    url, path = settings_path
    settings = make_settings(url)
    db = Database.from_settings(settings)
    try:
        with db.session() as s:
            s.execute(
                text(
                    "INSERT INTO cases (id, channel, language, category, priority, status,"
                    " source, danger, opened_at, alert_attempts, reopened_count, updated_at)"
                    " VALUES (1, 'web', 'es', 'shelter', 'normal', 'new', 'request', '[]',"
                    " :t, 0, 0, :t)"
                ),
                {"t": datetime(2026, 11, 1, tzinfo=UTC)},
            )
            s.add(Referral(case_id=1, service_name=NAME, outcome="pending"))
        with db.session() as s:
            assert s.scalars(select(Referral.service_name)).one() == NAME
    finally:
        db.dispose()
    assert NAME.encode() not in path.read_bytes()


@pytest.fixture
def settings_path(tmp_path: Path) -> tuple[str, Path]:
    path = tmp_path / "puente.db"
    url = f"sqlite:///{path}"
    migrate.upgrade(url)
    return url, path
