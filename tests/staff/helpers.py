"""Helpers for the staff tests: accounts, signing in, cases opened the way people open them.

Cases come from the web chat and the Rasa action endpoint, and staff act through the console's
own forms, so nothing of ours is bypassed.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.models import Conversation
from bot.db.session import Database
from bot.handoff.models import Case
from bot.staff.auth import create_user

PASSWORD = "correct horse battery staple"


def add_user(db: Database, email: str, role: str = "agent", name: str | None = None) -> int:
    with db.session() as s:
        user = create_user(s, email, name or email.split("@")[0].title(), role, PASSWORD)
        return user.id


def login_token(client: TestClient) -> str:
    page = client.get("/staff/login")
    found = re.search(r'name="login_token" value="([^"]+)"', page.text)
    assert found, page.text
    return found.group(1)


def login(client: TestClient, email: str, password: str = PASSWORD) -> str:
    """Sign in through the form; returns the session's CSRF token."""
    resp = client.post(
        "/staff/login",
        data={"email": email, "password": password, "login_token": login_token(client)},
        follow_redirects=False,
    )
    assert resp.status_code == 303, resp.text
    return csrf_of(client.get("/staff/inbox").text)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def danger_case(client: TestClient, sender: str, text: str = "me tienen encerrada") -> int:
    """A person writes a danger message on the web chat (Rasa is down in `client`)."""
    data = client.post("/api/chat", json={"sender": sender, "text": text, "lang": "es"}).json()
    return case_of(client, data["conversation"]["id"])


def case_of(client: TestClient, public_id: str) -> int:
    db: Database = client.app.state.services.db  # type: ignore[attr-defined]
    with db.session() as s:
        case_id = s.scalars(
            select(Case.id)
            .join(Conversation, Conversation.id == Case.conversation_id)
            .where(Conversation.public_id == public_id)
            .order_by(Case.id.desc())
        ).first()
    assert case_id is not None
    return int(case_id)


def tracker(sender: str, intent: str, lang: str = "es", **extra: Any) -> dict[str, Any]:
    """A tracker as Rasa 3.6 sends it to the action server."""
    latest = {
        "text": "x",
        "intent": {"name": intent, "confidence": 0.9},
        "entities": [],
        "metadata": {"language": lang, "channel": "web"},
    }
    events = extra.pop("events", None) or [{"event": "user", "parse_data": latest}]
    return {
        "sender_id": sender,
        "slots": extra.pop("slots", {}),
        "latest_message": latest,
        "events": events,
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": "action_listen",
    }


def run_action(client: TestClient, name: str, trk: dict[str, Any]) -> dict[str, Any]:
    body = {
        "next_action": name,
        "sender_id": trk["sender_id"],
        "tracker": trk,
        "domain": {},
        "version": "3.6.21",
    }
    resp = client.post("/rasa/actions", json=body)
    assert resp.status_code == 200, resp.text
    data: dict[str, Any] = resp.json()
    return data


def answered(sender: str, intent: str, bot_metadata: dict[str, Any]) -> dict[str, Any]:
    """A tracker whose last bot message (with its metadata) was followed by `intent`."""
    user = {"intent": {"name": intent, "confidence": 0.9}, "metadata": {"language": "es"}}
    events = [
        {"event": "bot", "text": "?", "metadata": bot_metadata},
        {"event": "user", "parse_data": user},
    ]
    return tracker(sender, intent, events=events)


def consent_to_handoff(client: TestClient, sender: str, text: str = "hola") -> dict[str, Any]:
    """Chat once (to create the conversation), then answer yes to the consent question."""
    data = client.post("/api/chat", json={"sender": sender, "text": text, "lang": "es"}).json()
    public_id = data["conversation"]["id"]
    asked = run_action(client, "action_request_human", tracker(public_id, "request_human"))
    meta = {"utter_action": "utter_handoff_consent", **asked["responses"][0]}
    meta.pop("response", None)
    return run_action(client, "action_handoff_answer", answered(public_id, "affirm", meta)) | {
        "conversation_id": public_id
    }
