"""One person's stuck Rasa conversation must never switch the assistant off for everyone.

Rasa answers `200 []` when it refuses to predict for a tracker (its own loop breaker,
`max_number_of_predictions`, tripped). That empty answer concerns one conversation: the
person gets the catalogs' answer, their tracker is repaired, the shared breaker stays closed,
and a bystander in danger still gets the emergency numbers and an urgent case.
"""

from __future__ import annotations

import uuid

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.models import Conversation
from bot.db.session import Database
from bot.handoff.models import Case
from bot.settings import Settings
from tests.conftest import Stack, make_settings

FALLBACK_ES = "no entendí"
TRAPPED_EN = "my boss locked the door and I can't get out"


def _texts(data: dict[str, object]) -> list[str]:
    return [m["text"] for m in data["messages"]]  # type: ignore[index,union-attr]


def _urgent_cases(database_url: str, public_id: str) -> list[Case]:
    db = Database.from_settings(make_settings(database_url))
    try:
        with db.session() as s:
            conv = s.scalars(select(Conversation).where(Conversation.public_id == public_id)).one()
            cases = list(s.scalars(select(Case).where(Case.conversation_id == conv.id)))
            s.expunge_all()
            return [c for c in cases if c.priority == "urgent"]
    finally:
        db.dispose()


def _assert_danger_answered(data: dict[str, object], database_url: str) -> None:
    said = " ".join(_texts(data))
    assert "911" in said and "800 5533 000" in said, said
    public_id = str(data["conversation"]["id"])  # type: ignore[index]
    assert _urgent_cases(database_url, public_id), "an urgent case is open"


def _jam(stack: Stack, public_id: str) -> None:
    """Leave a tracker as Rasa's loop breaker does: many actions and no `action_listen`."""
    events = [{"event": "action", "name": "action_fallback"}] * 12
    resp = httpx.post(
        f"{stack.rasa_url}/conversations/{public_id}/tracker/events", json=events, timeout=30
    )
    assert resp.is_success, resp.text


@pytest.mark.rasa
def test_a_fallback_after_the_directory_asked_is_said_once(rasa_stack: Stack) -> None:
    sender = f"doctor-{uuid.uuid4().hex[:8]}"
    asked = rasa_stack.chat(sender, "necesito un doctor", lang="es")
    assert "ciudad" in " ".join(_texts(asked)).lower()

    missed = rasa_stack.chat(sender, "blorf qwx zzkt")
    fallbacks = [t for t in _texts(missed) if FALLBACK_ES in t.lower()]
    assert len(fallbacks) == 1, _texts(missed)

    after = rasa_stack.chat(sender, "hola")
    assert _texts(after) and _texts(after)[0].startswith("Hola"), _texts(after)


@pytest.mark.rasa
def test_a_stuck_tracker_is_answered_repaired_and_spares_the_breaker(rasa_stack: Stack) -> None:
    sender = f"stuck-{uuid.uuid4().hex[:8]}"
    first = rasa_stack.chat(sender, "hola", lang="es")
    public_id = str(first["conversation"]["id"])  # type: ignore[index]
    _jam(rasa_stack, public_id)

    # Rasa gives this person `[]` now: each such turn is answered from the catalogs ...
    for _ in range(3):
        jammed = rasa_stack.chat(sender, "hola")
        assert _texts(jammed), "never silence"
        _jam(rasa_stack, public_id)
    # ... and never counts against the server: the breaker stays closed for everyone.
    health = rasa_stack.http.get("/health").json()
    assert health["status"] == "ok", health
    assert rasa_stack.chat(f"bystander-{uuid.uuid4().hex[:8]}", "hola")["messages"]

    # Danger while the person's tracker is stuck: numbers and an urgent case.
    danger = rasa_stack.chat(sender, TRAPPED_EN, lang="en")
    _assert_danger_answered(danger, rasa_stack.settings.database_url)

    # The app answered the danger itself, so Rasa has not heard from this person since the
    # jam: the next message still finds the tracker stuck, gets the catalogs and repairs it;
    # the one after is Rasa's own answer again.
    assert _texts(rasa_stack.chat(sender, "/greet", lang="es")), "never silence"
    after = rasa_stack.chat(sender, "/greet", lang="es")
    assert _texts(after)[0].startswith("Hola"), _texts(after)


def test_danger_opens_a_case_when_rasa_is_unreachable_and_the_breaker_open(
    client: TestClient, settings: Settings
) -> None:
    for _ in range(4):  # Rasa is unreachable in this fixture: the breaker opens
        client.post("/api/chat", json={"sender": "other", "text": "hola", "lang": "en"})
    assert client.get("/health").json()["status"] == "degraded"

    resp = client.post("/api/chat", json={"sender": "boss", "text": TRAPPED_EN, "lang": "en"})
    assert resp.status_code == 200
    _assert_danger_answered(resp.json(), settings.database_url)
