"""The NLG and action endpoints Rasa calls back, driven with Rasa's own request shapes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.models import Conversation, Feedback
from bot.db.session import Database
from bot.responses import RenderContext, render
from bot.settings import Settings


def tracker(sender: str, intent: str, lang: str = "es", **extra: Any) -> dict[str, Any]:
    latest = {
        "text": "x",
        "intent": {"name": intent, "confidence": 0.9},
        "entities": extra.pop("entities", []),
        "metadata": {"language": lang, "channel": "web"},
    }
    return {
        "sender_id": sender,
        "slots": extra.pop("slots", {}),
        "latest_message": latest,
        "events": extra.pop("events", [{"event": "user", "parse_data": latest}]),
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": "action_listen",
    }


def action_call(name: str, trk: dict[str, Any]) -> dict[str, Any]:
    return {
        "next_action": name,
        "sender_id": trk["sender_id"],
        "tracker": trk,
        "domain": {},
        "version": "3.6.21",
    }


@pytest.mark.parametrize(
    ("lang", "word"), [("es", "Hola"), ("en", "Hello"), ("fr", "Bonjour"), ("ht", "Bonjou")]
)
def test_nlg_renders_in_the_conversation_language(client: TestClient, lang: str, word: str) -> None:
    body = {
        "response": "utter_greet",
        "arguments": {},
        "tracker": tracker("s", "greet", lang),
        "channel": {"name": "collector"},
    }
    data = client.post("/rasa/nlg", json=body).json()
    assert data["text"].startswith(word)
    assert len(data["buttons"]) >= 6


def test_nlg_slot_language_wins_over_metadata(client: TestClient) -> None:
    body = {
        "response": "utter_language_changed",
        "arguments": {},
        "tracker": tracker("s", "change_language", "es", slots={"language": "en"}),
    }
    assert "English" in client.post("/rasa/nlg", json=body).json()["text"]


def test_nlg_unknown_response_answers_an_empty_object(client: TestClient) -> None:
    body = {"response": "utter_nope", "arguments": {}, "tracker": tracker("s", "greet")}
    resp = client.post("/rasa/nlg", json=body)
    assert resp.status_code == 200 and resp.json() == {}


def test_nlg_topic_part(client: TestClient) -> None:
    body = {
        "response": "utter_topic",
        "arguments": {"topic": "asylum", "part": 0},
        "tracker": tracker("s", "ask_asylum", "en"),
    }
    assert "asylum" in client.post("/rasa/nlg", json=body).json()["text"].lower()


def test_unknown_action_is_404(client: TestClient) -> None:
    resp = client.post("/rasa/actions", json=action_call("action_nope", tracker("s", "greet")))
    assert resp.status_code == 404


def test_bad_action_body_is_400(client: TestClient) -> None:
    assert client.post("/rasa/actions", content=b"nope").status_code == 400


def test_show_topic_action_returns_responses_and_sets_the_topic(client: TestClient) -> None:
    trk = tracker("s", "ask_asylum")
    trk["latest_message"]["text"] = "quiero pedir asilo en mexico"
    data = client.post("/rasa/actions", json=action_call("action_show_topic", trk)).json()
    names = [r["utter_action"] for r in data["responses"]]
    # The first page of the overview; "was this useful?" waits for the last page.
    assert names and set(names) == {"utter_topic_page"} and len(names) <= 2
    assert {"event": "slot", "name": "topic", "value": "asylum"}.items() <= data["events"][
        0
    ].items()


def test_button_topic_entity_wins(client: TestClient) -> None:
    trk = tracker("s", "ask_rights", entities=[{"entity": "topic", "value": "rights_health"}])
    data = client.post("/rasa/actions", json=action_call("action_show_topic", trk)).json()
    assert data["responses"][0]["topic"] == "rights_health"


def test_set_language_updates_the_conversation(client: TestClient, db: Database) -> None:
    sender = client.post("/api/chat", json={"sender": "lang", "text": "hola"}).json()[
        "conversation"
    ]["id"]
    trk = tracker(sender, "change_language", entities=[{"entity": "language", "value": "fr"}])
    data = client.post("/rasa/actions", json=action_call("action_set_language", trk)).json()
    assert data["events"][0]["value"] == "fr"
    with db.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.public_id == sender)).one()
        assert conv.language == "fr"


def test_a_language_only_named_does_not_switch_the_conversation(
    client: TestClient, db: Database
) -> None:
    """ "they want him to sign papers in spanish he cant read": Rasa hears change_language;
    the language is someone else's, so the topic logic answers and nothing switches."""
    sender = client.post("/api/chat", json={"sender": "named", "text": "hi", "lang": "en"}).json()[
        "conversation"
    ]["id"]
    trk = tracker(sender, "change_language", "en", entities=[{"entity": "language", "value": "es"}])
    trk["latest_message"]["text"] = "they want him to sign papers in spanish he cant read"
    data = client.post("/rasa/actions", json=action_call("action_set_language", trk)).json()
    assert data["events"] == [
        {"event": "followup", "timestamp": None, "name": "action_show_topic"}
    ], data
    with db.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.public_id == sender)).one()
        assert conv.language == "en"


@pytest.mark.parametrize(
    ("lang", "text", "interpreter"),
    [
        ("fr", "je parle pas espagnol", "interprète"),
        ("ht", "m pa pale panyol", "entèprèt"),
        ("en", "i dont speak spanish", "interpreter"),
    ],
)
def test_not_speaking_spanish_said_in_the_chat_s_language_asks_for_the_interpreter(
    client: TestClient, db: Database, lang: str, text: str, interpreter: str
) -> None:
    """ "Je parle pas espagnol", written in French after the asylum topic, asked which language
    to use (development journeys, round 2, fr #0): the chat is French already; the procedure's
    interpreter answers, and nothing switches."""
    sender = client.post("/api/chat", json={"sender": f"interp-{lang}", "text": "hi", "lang": lang})
    public_id = sender.json()["conversation"]["id"]
    trk = tracker(
        public_id,
        "change_language",
        lang,
        entities=[{"entity": "language", "value": "es"}],
        slots={"topic": "asylum"},
    )
    trk["latest_message"]["text"] = text
    data = client.post("/rasa/actions", json=action_call("action_set_language", trk)).json()
    shown = [
        render(
            r["custom"]["response"],
            RenderContext(lang=lang, channel="web", args=r["custom"]["args"]),
        )
        for r in data["responses"]
    ]
    assert any(interpreter in (m.text if m else "") for m in shown), data
    with db.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.public_id == public_id)).one()
        assert conv.language == lang


def test_feedback_yes_is_stored_against_the_topic(client: TestClient, db: Database) -> None:
    events = [
        {
            "event": "bot",
            "text": "Was this useful?",
            "metadata": {"utter_action": "utter_feedback_ask", "topic": "asylum"},
        },
        {"event": "action", "name": "action_listen"},
        {"event": "user", "parse_data": {"intent": {"name": "affirm"}}},
    ]
    trk = tracker("s", "affirm", "en", events=events)
    data = client.post("/rasa/actions", json=action_call("action_yes_no", trk)).json()
    assert data["responses"][0]["utter_action"] == "utter_feedback_thanks"
    with db.session() as s:
        row = s.scalars(select(Feedback)).one()
        assert (row.topic, row.useful, row.language) == ("asylum", True, "en")


def test_second_miss_in_a_row_offers_a_person(client: TestClient) -> None:
    miss = {"event": "user", "parse_data": {"intent": {"name": "nlu_fallback"}}}
    one = client.post(
        "/rasa/actions",
        json=action_call("action_fallback", tracker("s", "nlu_fallback", events=[miss])),
    ).json()
    assert one["responses"][0]["utter_action"] == "utter_fallback"
    # Always the end of the turn, also as a follow-up where no rule says what comes next.
    assert one["events"][-1]["event"] == "followup"
    assert one["events"][-1]["name"] == "action_listen"
    two = client.post(
        "/rasa/actions",
        json=action_call(
            "action_fallback", tracker("s", "nlu_fallback", events=[miss, {"event": "bot"}, miss])
        ),
    ).json()
    assert two["responses"][0]["utter_action"] == "utter_fallback_offer_human"


TOKEN = "callback-" + "t" * 32


@pytest.fixture
def guarded(settings: Settings) -> Iterator[TestClient]:
    """The app as production runs it: Rasa's callbacks must carry RASA_CALLBACK_TOKEN."""
    from bot.app import create_app

    with TestClient(create_app(settings.model_copy(update={"rasa_callback_token": TOKEN}))) as c:
        yield c


@pytest.mark.parametrize("path", ["/rasa/actions", "/rasa/nlg"])
@pytest.mark.parametrize(
    "auth", [{}, {"headers": {"X-Puente-Token": "wrong"}}, {"params": {"token": "wrong"}}]
)
def test_a_callback_without_the_right_token_is_403(
    guarded: TestClient, path: str, auth: dict[str, Any]
) -> None:
    body = {"response": "utter_greet", "tracker": tracker("s", "greet")}
    resp = guarded.post(path, json=body, **auth)
    assert resp.status_code == 403
    assert resp.json()["error"]["code"] == "forbidden"


def test_a_refused_action_changes_nothing(guarded: TestClient, db: Database) -> None:
    sender = guarded.post("/api/chat", json={"sender": "tok", "text": "hola"}).json()[
        "conversation"
    ]["id"]
    trk = tracker(sender, "change_language", entities=[{"entity": "language", "value": "fr"}])
    call = action_call("action_set_language", trk)
    assert guarded.post("/rasa/actions", json=call).status_code == 403
    with db.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.public_id == sender)).one()
        assert conv.language == "es"
    ok = guarded.post("/rasa/actions", json=call, headers={"X-Puente-Token": TOKEN})
    assert ok.status_code == 200 and ok.json()["events"][0]["value"] == "fr"


def test_the_right_token_in_the_header_or_rasas_query_parameter_is_accepted(
    guarded: TestClient,
) -> None:
    body = {"response": "utter_greet", "arguments": {}, "tracker": tracker("s", "greet", "en")}
    by_header = guarded.post("/rasa/nlg", json=body, headers={"X-Puente-Token": TOKEN})
    by_query = guarded.post("/rasa/nlg", json=body, params={"token": TOKEN})
    assert by_header.json()["text"].startswith("Hello")
    assert by_query.json()["text"].startswith("Hello")


def test_endpoints_file_carries_the_token_and_is_private(
    settings: Settings, tmp_path: Path
) -> None:
    """What Rasa 3.6's EndpointConfig reads: `headers` are sent on every action call."""
    import yaml

    from bot.rasa.project import write_endpoints

    folder = tmp_path / "rasa"
    folder.mkdir()
    (folder / "endpoints.yml").write_text("old", encoding="utf-8")
    (folder / "endpoints.yml").chmod(0o644)
    path = write_endpoints(
        settings.model_copy(update={"rasa_callback_token": TOKEN}), "http://app", folder
    )
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["action_endpoint"]["headers"] == {"X-Puente-Token": TOKEN}
    assert "nlg" not in data  # the app renders Rasa's responses itself
    assert path.stat().st_mode & 0o777 == 0o600
