"""Short Rasa sessions: a long conversation keeps Rasa's loaded history bounded, and a question
the bot asked just before a session is rolled is still the one the next answer replies to."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import create_engine, select, text

from bot.app import create_app
from bot.db.models import Conversation
from bot.db.session import Database
from bot.rasa.sessions import TurnCounter, new_session_events
from bot.rasa.tracker_store import rasa_tracker_url
from tests.conftest import LiveApp, Stack, free_port, make_settings


def test_counter_rolls_after_every_n_turns() -> None:
    counter = TurnCounter(every=3)
    due = [counter.due("a") for _ in range(4)]
    assert due == [False, False, False, True]
    counter.rolled("a")
    assert [counter.due("a") for _ in range(3)] == [False, False, True]


def test_counter_forgets_the_oldest_senders_first() -> None:
    counter = TurnCounter(every=2, remembered=2)
    for sender in ("a", "b", "c"):
        counter.due(sender)
    assert list(counter.counts) == ["b", "c"]


def test_new_session_carries_slots_and_the_last_question() -> None:
    tracker = {
        "slots": {"language": "es", "topic": None, "asked": "consent"},
        "events": [
            {"event": "user", "text": "hola", "timestamp": 1.0},
            {"event": "action", "name": "action_listen", "timestamp": 1.1},
            {"event": "user", "text": "quiero una persona", "timestamp": 2.0},
            {"event": "action", "name": "action_request_human", "timestamp": 2.1},
            {"event": "bot", "text": "¿Está bien?", "metadata": {"utter_action": "x"}},
            {"event": "slot", "name": "asked", "value": "consent", "timestamp": 2.2},
            {"event": "action", "name": "action_listen", "timestamp": 2.3},
        ],
    }
    events = new_session_events(tracker)
    assert events[:2] == [
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
    ]
    assert {"event": "slot", "name": "language", "value": "es"} in events
    assert not any(e.get("name") == "topic" for e in events)  # empty slots stay empty
    assert [e["event"] for e in events[-4:]] == ["action", "bot", "slot", "action"]
    assert events[-3]["text"] == "¿Está bien?"
    assert events[-1] == {"event": "action", "name": "action_listen"}
    assert all("timestamp" not in e for e in events)


@pytest.mark.rasa
def test_long_conversation_rolls_and_keeps_the_consent_question(rasa_stack: Stack) -> None:
    """With sessions of 3 turns, the consent question asked on turn 3 is answered on turn 4,
    after the roll, and Rasa's loaded history stays short however long the conversation."""
    settings = make_settings(
        rasa_stack.settings.database_url, RASA_URL=rasa_stack.rasa_url, RASA_SESSION_TURNS="3"
    )
    with (
        LiveApp(create_app(settings), free_port()) as live,
        httpx.Client(base_url=live.url, timeout=60) as http,
    ):

        def chat(text: str) -> dict[str, object]:
            resp = http.post("/api/chat", json={"sender": "roller-1", "text": text})
            assert resp.status_code == 200, resp.text
            data: dict[str, object] = resp.json()
            return data

        chat("hola")
        chat("que derechos tengo en mexico")
        asked = chat("quiero hablar con una persona")
        assert asked["conversation"]["status"] == "bot"  # type: ignore[index]
        answered = chat("si")  # the session rolls before this turn is sent
        assert answered["conversation"]["status"] == "waiting_staff"  # type: ignore[index]
        public_id = answered["conversation"]["id"]  # type: ignore[index]

    db = Database.from_settings(rasa_stack.settings)
    try:
        with db.session() as session:
            conv = session.scalars(
                select(Conversation).where(Conversation.public_id == public_id)
            ).one()
            assert conv.language == "es"
    finally:
        db.dispose()
    tracker = httpx.get(
        f"{rasa_stack.rasa_url}/conversations/{public_id}/tracker",
        params={"include_events": "ALL"},
        timeout=30,
    ).json()
    kinds = [e["event"] if e["event"] != "user" else e.get("text") for e in tracker["events"]]
    # A new session began before the "si"; the closed sessions were deleted from Rasa's store
    # (they are never loaded again, and Rasa keeps them in plain text).
    assert "si" in kinds and "session_started" in kinds[: kinds.index("si")]
    assert "hola" not in kinds and "quiero hablar con una persona" not in kinds
    # What Rasa scans per turn: only the current session's events are left in its store.
    engine = create_engine(rasa_tracker_url(rasa_stack.settings))
    try:
        with engine.connect() as conn:
            loaded = (
                conn.execute(
                    text("SELECT type_name FROM events WHERE sender_id = :s ORDER BY id"),
                    {"s": public_id},
                )
                .scalars()
                .all()
            )
    finally:
        engine.dispose()
    assert loaded[0] == "session_started"
    assert loaded.count("user") == 1  # only the "si" of the new session
