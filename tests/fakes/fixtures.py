"""Fixtures for tests that talk to the providers: the fake Bot API and Twilio servers, and an app
wired to them. Registered for the whole suite by `pytest_plugins` in tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from bot.app import create_app
from bot.db.session import Database
from bot.settings import Settings
from tests.fakes.providers import FakeBotApi, FakeTwilio, settings_for, wait_ready


@pytest.fixture
def bot_api() -> Iterator[FakeBotApi]:
    with FakeBotApi() as fake:
        yield fake


@pytest.fixture
def twilio_api() -> Iterator[FakeTwilio]:
    with FakeTwilio() as fake:
        yield fake


@pytest.fixture
def channel_settings(database_url: str, bot_api: FakeBotApi, twilio_api: FakeTwilio) -> Settings:
    return settings_for(database_url, bot_api, twilio_api)


@pytest.fixture
def app_client(channel_settings: Settings, bot_api: FakeBotApi) -> Iterator[TestClient]:
    """The app in-process (Rasa unreachable: the core answers from the catalogs)."""
    with TestClient(create_app(channel_settings)) as client:
        wait_ready(client)
        yield client


@pytest.fixture
def database(channel_settings: Settings) -> Iterator[Database]:
    db = Database.from_settings(channel_settings)
    yield db
    db.dispose()
