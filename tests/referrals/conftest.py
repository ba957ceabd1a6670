"""Fixtures for the referral tests: the app with the team always at work, and its database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from bot.db.session import Database
from bot.settings import Settings
from tests.conftest import make_settings

ALWAYS_OPEN = "Mo-Su 00:00-24:00"


@pytest.fixture
def ref_settings(database_url: str) -> Settings:
    return make_settings(database_url, STAFF_HOURS=ALWAYS_OPEN, REFERRAL_POLL_SECONDS="3600")


@pytest.fixture
def ref_client(ref_settings: Settings) -> Iterator[TestClient]:
    from bot.app import create_app

    with TestClient(create_app(ref_settings)) as c:
        yield c


@pytest.fixture
def ref_db(ref_settings: Settings) -> Iterator[Database]:
    database = Database.from_settings(ref_settings)
    yield database
    database.dispose()
