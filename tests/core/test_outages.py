"""Outages: Rasa dies and comes back, the database is unreachable."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from bot.app import create_app
from bot.db import migrate
from bot.db.models import Message
from bot.db.session import Database
from bot.rasa import project
from bot.rasa.server import RasaServer
from tests.conftest import LiveApp, free_port, make_settings


class Outage:
    def __init__(self, app: LiveApp, rasa: RasaServer, db_url: str) -> None:
        self.app, self.rasa, self.db_url = app, rasa, db_url
        self.http = httpx.Client(base_url=app.url, timeout=60)

    def chat(self, sender: str, text: str) -> dict[str, object]:
        resp = self.http.post("/api/chat", json={"sender": sender, "text": text, "lang": "es"})
        assert resp.status_code == 200, resp.text
        data: dict[str, object] = resp.json()
        return data


@pytest.fixture
def outage(rasa_model: Path, tmp_path: Path) -> Iterator[Outage]:
    url = f"sqlite:///{tmp_path / 'puente.db'}"
    migrate.upgrade(url)
    app_port, rasa_port = free_port(), free_port()
    settings = make_settings(
        url, RASA_URL=f"http://127.0.0.1:{rasa_port}", RASA_BREAKER_COOLDOWN="2"
    )
    endpoints = project.write_endpoints(settings, f"http://127.0.0.1:{app_port}", tmp_path)
    rasa = RasaServer(rasa_model, endpoints, rasa_port)
    rasa.start()
    try:
        with LiveApp(create_app(settings), app_port) as live:
            rasa.wait_ready()
            o = Outage(live, rasa, url)
            try:
                yield o
            finally:
                o.http.close()
    finally:
        rasa.stop()


def texts(data: dict[str, object]) -> str:
    return " ".join(m["text"] for m in data["messages"])  # type: ignore[index,union-attr]


@pytest.mark.rasa
def test_rasa_dies_and_returns_and_nothing_is_lost(outage: Outage) -> None:
    assert texts(outage.chat("p1", "hola")).startswith("Hola")
    outage.rasa.stop()

    degraded = outage.chat("p1", "hola de nuevo")
    assert "puedo hacer poco" in texts(degraded)
    assert "800 5533 000" in texts(degraded)
    danger = outage.chat("p2", "me tienen encerrado y no me dejan salir")
    assert "911" in texts(danger) and "800 5533 000" in texts(danger)
    topic = outage.chat("p1", "/ask_asylum")
    assert "COMAR" in texts(topic)
    health = outage.http.get("/health").json()
    assert health["status"] == "degraded" and health["rasa"]["status"] == "unreachable"

    outage.rasa.start()
    outage.rasa.wait_ready()
    time.sleep(2.5)
    back = outage.chat("p1", "/greet")
    assert texts(back).startswith("Hola")
    assert outage.http.get("/health").json()["status"] == "ok"

    db = Database.from_settings(make_settings(outage.db_url))
    try:
        with db.session() as s:
            inbound = s.scalar(select(func.count(Message.id)).where(Message.direction == "in"))
    finally:
        db.dispose()
    assert inbound == 5


def test_database_outage_answers_503_and_health_says_so() -> None:
    settings = make_settings(
        "postgresql://puente:puente@127.0.0.1:9/nowhere", HEALTH_TOKEN="health-" + "h" * 32
    )
    with TestClient(create_app(settings)) as client:
        resp = client.post("/api/chat", json={"sender": "a", "text": "hola"})
        assert resp.status_code == 503
        assert resp.json()["error"]["code"] == "database_unavailable"
        assert resp.headers["Retry-After"]
        health = client.get("/health", headers={"Authorization": "Bearer health-" + "h" * 32})
        assert health.status_code == 503
        assert health.json()["database"] == "unreachable"


def test_whatsapp_webhook_answers_503_when_the_database_is_down() -> None:
    from twilio.request_validator import RequestValidator

    settings = make_settings(
        "postgresql://puente:puente@127.0.0.1:9/nowhere",
        TWILIO_ACCOUNT_SID="AC" + "0" * 32,
        TWILIO_AUTH_TOKEN="test-token",
        TWILIO_WHATSAPP_FROM="whatsapp:+14155238886",
        PUBLIC_BASE_URL="https://puente.example.org",
    )
    form = {
        "MessageSid": "SM1",
        "From": "whatsapp:+5215512345678",
        "Body": "hola",
        "WaId": "5215512345678",
    }
    signature = RequestValidator("test-token").compute_signature(
        "https://puente.example.org/webhooks/twilio/whatsapp", form
    )
    with TestClient(create_app(settings)) as client:
        resp = client.post(
            "/webhooks/twilio/whatsapp", data=form, headers={"X-Twilio-Signature": signature}
        )
        assert resp.status_code == 503
        forged = client.post(
            "/webhooks/twilio/whatsapp", data=form, headers={"X-Twilio-Signature": "x"}
        )
        assert forged.status_code == 403
