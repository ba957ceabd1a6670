"""The web chat API: its contract, bad input, storage, and answers while Rasa is down."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from bot.db.models import Contact, Conversation, Message
from bot.db.session import Database
from bot.settings import Settings


def count_messages(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count(Message.id))) or 0)


def test_contract_shape(client: TestClient) -> None:
    resp = client.post("/api/chat", json={"sender": "a", "text": "hola"})
    assert resp.status_code == 200
    data = resp.json()
    assert set(data) == {"messages", "conversation"}
    assert set(data["conversation"]) == {"id", "status", "language"}
    assert data["conversation"]["status"] == "bot"
    assert data["conversation"]["language"] == "es"
    for message in data["messages"]:
        assert isinstance(message["text"], str)
        for b in message["buttons"]:
            assert set(b) == {"title", "payload"}


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"text": "hola"}, 422, "invalid_request"),
        ({"sender": "a"}, 422, "empty_text"),
        ({"sender": "a", "text": "   "}, 422, "empty_text"),
        ({"sender": "", "text": "hola"}, 422, "invalid_request"),
        ({"sender": "a", "text": "hola", "lang": "de"}, 422, "invalid_request"),
        ({"sender": "a", "text": "x" * 2001}, 413, "text_too_long"),
        ({"sender": "a", "text": "x" * 30000}, 422, "invalid_request"),
        ({"sender": "a", "text": 5}, 422, "invalid_request"),
        ({"sender": "a", "text": "hi", "location": {"lat": 200, "lon": 0}}, 422, "invalid_request"),
    ],
)
def test_bad_input_gets_a_clear_error_and_stores_nothing(
    client: TestClient, db: Database, body: dict[str, object], status: int, code: str
) -> None:
    resp = client.post("/api/chat", json=body)
    assert resp.status_code == status
    assert resp.json()["error"]["code"] == code
    assert count_messages(db) == 0


def test_body_that_is_not_json(client: TestClient, db: Database) -> None:
    resp = client.post(
        "/api/chat", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert resp.status_code == 400
    assert resp.json()["error"]["code"] == "invalid_json"
    assert count_messages(db) == 0


def test_rasa_down_gives_a_localized_menu_and_health_degraded(client: TestClient) -> None:
    data = client.post(
        "/api/chat", json={"sender": "d", "text": "hello there", "lang": "en"}
    ).json()
    assert data["messages"][0]["text"].startswith("I can only do a little right now")
    assert "800 5533 000" in data["messages"][0]["text"]
    assert any(b["payload"] == "/ask_asylum" for b in data["messages"][0]["buttons"])
    health = client.get("/health")
    assert health.status_code == 200
    assert health.json()["status"] == "degraded"
    assert health.json()["database"] == "ok"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "me tienen encerrada y me quitaron el pasaporte"),
        ("en", "help they are beating me"),
        ("fr", "au secours ils me frappent"),
        ("ht", "anmwe yo ap bat mwen"),
    ],
)
def test_danger_without_rasa_gives_both_numbers_and_flags_urgent(
    client: TestClient, db: Database, lang: str, text: str
) -> None:
    data = client.post("/api/chat", json={"sender": f"x-{lang}", "text": text, "lang": lang}).json()
    joined = " ".join(m["text"] for m in data["messages"])
    assert "911" in joined and "800 5533 000" in joined
    with db.session() as s:
        conv = s.scalars(
            select(Conversation).where(Conversation.public_id == data["conversation"]["id"])
        ).one()
        assert conv.urgent


def test_button_payload_and_menu_number_work_without_rasa(client: TestClient) -> None:
    data = client.post(
        "/api/chat", json={"sender": "p", "text": "/ask_asylum", "lang": "en"}
    ).json()
    assert "asylum" in data["messages"][0]["text"].lower()
    data = client.post("/api/chat", json={"sender": "p", "text": "1", "lang": "en"}).json()
    assert "right" in data["messages"][0]["text"].lower()


def test_repeated_delivery_is_stored_once(client: TestClient, db: Database) -> None:
    body = {"sender": "r", "text": "/ask_rights", "message_id": "m-1", "lang": "es"}
    first = client.post("/api/chat", json=body).json()
    before = count_messages(db)
    second = client.post("/api/chat", json=body).json()
    assert count_messages(db) == before
    assert second["messages"] == first["messages"]
    assert second["conversation"]["id"] == first["conversation"]["id"]


def test_language_is_remembered_and_can_be_set(client: TestClient) -> None:
    first = client.post("/api/chat", json={"sender": "l", "text": "bonjou"}).json()
    assert first["conversation"]["language"] == "ht"
    again = client.post("/api/chat", json={"sender": "l", "text": "ok"}).json()
    assert again["conversation"]["language"] == "ht"
    switched = client.post("/api/chat", json={"sender": "l", "text": "ok", "lang": "fr"}).json()
    assert switched["conversation"]["language"] == "fr"


def test_identifiers_and_bodies_are_encrypted_at_rest(sqlite_url: str) -> None:
    from bot.app import create_app
    from tests.conftest import make_settings

    with TestClient(create_app(make_settings(sqlite_url))) as c:
        c.post(
            "/api/chat",
            json={"sender": "+5215512345678", "text": "necesito albergue para mi hija Rosalinda"},
        )
    db = Database(sqlite_url)
    try:
        with db.session() as s:
            assert s.scalars(select(Contact)).one().identifier == "+5215512345678"
    finally:
        db.dispose()
    raw = sqlite3.connect(sqlite_url.split("///", 1)[1])
    try:
        dump = "\n".join(raw.iterdump())
    finally:
        raw.close()
    assert "5512345678" not in dump
    assert "Rosalinda" not in dump


def test_a_flood_from_one_sender_is_slowed_down(settings: Settings) -> None:
    from bot.app import create_app

    limited = settings.model_copy(update={"rate_per_sender": 4})
    with TestClient(create_app(limited)) as c:
        codes = [
            c.post("/api/chat", json={"sender": "flood", "text": "/help_menu"}).status_code
            for _ in range(4)
        ]
        assert codes == [200, 200, 429, 429]
        resp = c.post("/api/chat", json={"sender": "flood", "text": "/help_menu"})
        assert resp.json()["error"]["code"] == "rate_limited"
        assert int(resp.headers["Retry-After"]) >= 1
        assert (
            c.post("/api/chat", json={"sender": "other", "text": "/help_menu"}).status_code == 200
        )
