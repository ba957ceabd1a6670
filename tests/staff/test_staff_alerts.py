"""Urgent cases alert a staff Telegram group (a local stand-in for the Bot API), without details."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bot.app import create_app
from bot.db.session import Database
from bot.handoff.models import Case
from bot.settings import Settings
from tests.conftest import make_settings
from tests.staff.helpers import consent_to_handoff, danger_case

TOKEN = "42:staff-alert-token"


class FakeBotApi:
    """Records `sendMessage` calls; answers like Telegram does."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.calls.append((self.path, body))
                data = json.dumps({"ok": True, "result": {"message_id": len(fake.calls)}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/bot"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def wait_for(self, count: int, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while len(self.calls) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(self.calls) >= count, self.calls


@pytest.fixture
def bot_api() -> Iterator[FakeBotApi]:
    fake = FakeBotApi()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


@pytest.fixture
def alert_settings(database_url: str, bot_api: FakeBotApi) -> Settings:
    return make_settings(
        database_url,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_STAFF_CHAT_ID="-1001234",
        TELEGRAM_API_URL=bot_api.url,
        STAFF_ALERT_POLL_SECONDS="0.1",
        PUBLIC_BASE_URL="https://puente.example.org",
    )


def test_a_new_urgent_case_alerts_the_staff_group_once(
    alert_settings: Settings, bot_api: FakeBotApi
) -> None:
    with TestClient(create_app(alert_settings)) as client:
        case_id = danger_case(client, "+5215512345678", "me tienen encerrada en una casa")
        consent_to_handoff(client, "calm-person")  # normal priority: no alert
        bot_api.wait_for(1)
        time.sleep(0.5)
        db: Database = client.app.state.services.db  # type: ignore[attr-defined]
        with db.session() as s:
            case = s.get(Case, case_id)
            assert case is not None and case.alerted_at is not None
    sends = [(path, body) for path, body in bot_api.calls if path.endswith("/sendMessage")]
    assert len(sends) == 1
    path, body = sends[0]
    assert path == f"/bot{TOKEN}/sendMessage" and body["chat_id"] == "-1001234"
    assert f"#{case_id}" in body["text"]
    assert f"https://puente.example.org/staff/cases/{case_id}" in body["text"]
    assert "5512345678" not in body["text"] and "encerrada" not in body["text"]


def test_without_telegram_settings_the_console_alone_shows_urgent_cases(client: TestClient) -> None:
    case_id = danger_case(client, "no-telegram")
    deadline = time.monotonic() + 10
    db: Database = client.app.state.services.db  # type: ignore[attr-defined]
    while time.monotonic() < deadline:
        with db.session() as s:
            case = s.get(Case, case_id)
            if case is not None and case.alerted_at is not None:
                break
        time.sleep(0.1)
    assert case is not None and case.alerted_at is not None


def test_two_replicas_post_each_alert_once(alert_settings: Settings, bot_api: FakeBotApi) -> None:
    """Both replicas poll for urgent cases; a lease lets exactly one post each alert."""
    with (
        TestClient(create_app(alert_settings)) as first,
        TestClient(create_app(alert_settings)) as _second,
    ):
        cases = [
            danger_case(first, f"+52155100000{i:02d}", "me tienen encerrada en una casa")
            for i in range(8)
        ]
        bot_api.wait_for(len(cases))
        time.sleep(1.0)  # several more polls by both replicas
    sends = [body["text"] for path, body in bot_api.calls if path.endswith("/sendMessage")]
    assert sorted(sends) == sorted(set(sends)) and len(sends) == len(cases)
    assert all(any(f"#{case_id}" in text for text in sends) for case_id in cases)
