"""Fixtures for the staff tests; the helpers they share live in helpers.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from fastapi.testclient import TestClient

from bot.settings import Settings
from tests.conftest import LiveApp, free_port, make_settings

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ALWAYS_OPEN = "Mo-Su 00:00-24:00"


@pytest.fixture
def open_settings(database_url: str) -> Settings:
    """Settings whose office hours never close, so answers do not depend on the clock."""
    return make_settings(database_url, STAFF_HOURS=ALWAYS_OPEN)


@pytest.fixture
def open_client(open_settings: Settings) -> Iterator[TestClient]:
    """The app in-process (Rasa unreachable) with the team always at work."""
    from bot.app import create_app

    with TestClient(create_app(open_settings)) as c:
        yield c


@pytest.fixture
def staff_page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context(locale="es-MX", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def live(sqlite_url: str) -> Iterator[LiveApp]:
    """The app on a real local port, for the browser (Rasa unreachable, team always at work)."""
    from bot.app import create_app

    settings = make_settings(sqlite_url, STAFF_HOURS=ALWAYS_OPEN)
    with LiveApp(create_app(settings), free_port()) as app:
        yield app
