"""Shared fixtures: a real database per test, the app in-process or on a real port, real Rasa.

Nothing of ours is patched. The only stand-ins are for Telegram's and Twilio's servers.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from bot.db import migrate
from bot.db.session import Database
from bot.settings import ROOT, Settings

if TYPE_CHECKING:
    from playwright.sync_api import Browser

# The providers' fakes and the fixtures around them (bot_api, twilio_api, app_client, ...).
pytest_plugins = ["tests.fakes.fixtures"]

CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "")
TEST_RASA_CONFIG = ROOT / "config.yml"


def require(condition: bool, reason: str) -> None:
    """Skip on a developer machine that lacks a part; in CI a missing part is a failure."""
    if not condition:
        if CI:
            pytest.fail(f"CI must provide this: {reason}")
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_settings(database_url: str, **extra: str) -> Settings:
    env = {
        "PUENTE_ENV": "test",
        "DATABASE_URL": database_url,
        "RASA_URL": extra.pop("RASA_URL", "http://127.0.0.1:9"),
        "RASA_TIMEOUT": "20",
        **extra,
    }
    return Settings(**{k: v for k, v in env.items()})  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database: a SQLite file, and in CI also a real PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'puente.db'}"
        migrate.upgrade(url)
        yield url
        return
    require(bool(POSTGRES_URL), "PostgreSQL tests need TEST_POSTGRES_URL")
    reset_postgres(POSTGRES_URL)
    migrate.upgrade(POSTGRES_URL)
    yield POSTGRES_URL
    reset_postgres(POSTGRES_URL)


def reset_postgres(url: str) -> None:
    """An empty schema, whatever an earlier test left (rows encrypted under other keys, Rasa's
    tables): dropped and made again, rather than downgraded, which some migrations refuse to do
    on data they cannot decrypt."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'puente.db'}"
    migrate.upgrade(url)
    return url


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url)


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    database = Database.from_settings(settings)
    yield database
    database.dispose()


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    """The app in-process with Rasa unreachable (the degraded path)."""
    from bot.app import create_app

    with TestClient(create_app(settings)) as c:
        yield c


class LiveApp:
    """The app served by uvicorn on a real local port, in a thread."""

    def __init__(self, app: FastAPI, port: int, config: uvicorn.Config | None = None) -> None:
        """`config`: serve as production does (`bot.http.serving.uvicorn_config`) instead."""
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(
            config
            or uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveApp:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise TimeoutError("app did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


@pytest.fixture(scope="session")
def rasa_model() -> Path:
    """A model trained from the repository with the test config, cached by content hash."""
    from bot.rasa import project

    require(project.rasa_bin().exists(), "Rasa tests need .venv-rasa (make setup)")
    return project.train(TEST_RASA_CONFIG)


class Stack:
    """A live app and a real Rasa server wired to each other."""

    def __init__(self, app: LiveApp, rasa_url: str, settings: Settings) -> None:
        self.app = app
        self.rasa_url = rasa_url
        self.settings = settings
        self.http = httpx.Client(base_url=app.url, timeout=60)

    def chat(self, sender: str, text: str, **extra: object) -> dict[str, object]:
        resp = self.http.post("/api/chat", json={"sender": sender, "text": text, **extra})
        assert resp.status_code == 200, resp.text
        data: dict[str, object] = resp.json()
        return data


@pytest.fixture(scope="session")
def rasa_stack(rasa_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """One Rasa server and one app for the whole session (Rasa takes ~30 s to start)."""
    from bot.app import create_app
    from bot.rasa import project
    from bot.rasa.server import RasaServer

    folder = tmp_path_factory.mktemp("stack")
    url = f"sqlite:///{folder / 'puente.db'}"
    migrate.upgrade(url)
    app_port, rasa_port = free_port(), free_port()
    # With a callback token, as in production: every turn proves Rasa sends it on each call.
    # Every test's people write from one address, faster than any crowd behind one address
    # would: the per-address limit (600 a minute) refused the journeys with 429 on a fast
    # machine (twice on 2026-12-07), so the shared stack lifts it; per-sender limits stay.
    settings = make_settings(
        url,
        RASA_URL=f"http://127.0.0.1:{rasa_port}",
        RASA_CALLBACK_TOKEN="stack-callback-token",
        RATE_PER_ADDRESS_PER_MIN="100000",
    )
    endpoints = project.write_endpoints(settings, f"http://127.0.0.1:{app_port}", folder)
    rasa = RasaServer(rasa_model, endpoints, rasa_port)
    rasa.start()
    try:
        with LiveApp(create_app(settings), app_port) as live:
            rasa.wait_ready()
            stack = Stack(live, rasa.url, settings)
            # One unmeasured turn first: Rasa's first prediction and the topic classifier's and
            # the danger net's first reads are slow, and no test should carry that cost.
            warm = stack.http.post(
                "/api/chat", json={"sender": "warm-up", "text": "hola"}, timeout=300
            )
            assert warm.status_code == 200, warm.text
            try:
                yield stack
            finally:
                stack.http.close()
    finally:
        rasa.stop()


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    """Debian's Chromium through Playwright (`playwright install` cannot download here).

    Module-scoped and started here rather than through pytest-playwright's session fixtures:
    the sync API keeps an event loop running while it is open, which would break every later
    test that calls asyncio.run().
    """
    require(CHROMIUM.exists(), "browser tests need Debian's chromium at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
