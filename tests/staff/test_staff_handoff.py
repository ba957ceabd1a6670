"""The handoff through Rasa's own protocols: consent asked and answered, staff mode, danger.

Rasa is unreachable in `client`, so the actions are driven the way Rasa drives them (the action
endpoint with its tracker shape) and the web chat shows what a person gets without Rasa.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.models import Conversation
from bot.db.session import Database
from bot.handoff.models import Case
from bot.staff.auth import new_api_token
from tests.staff.helpers import (
    add_user,
    answered,
    case_of,
    consent_to_handoff,
    login,
    run_action,
    tracker,
)


def conv_status(db: Database, public_id: str) -> str:
    with db.session() as s:
        return s.scalars(
            select(Conversation.status).where(Conversation.public_id == public_id)
        ).one()


def test_request_human_explains_what_staff_see_and_asks(client: TestClient) -> None:
    data = client.post("/api/chat", json={"sender": "p1", "text": "hola", "lang": "fr"}).json()
    result = run_action(
        client,
        "action_request_human",
        tracker(data["conversation"]["id"], "request_human", "fr", slots={"topic": "trafficking"}),
    )
    [asked] = result["responses"]
    assert asked["utter_action"] == "utter_handoff_consent"
    assert (asked["category"], asked["source"], asked["topic"]) == (
        "trafficking",
        "request",
        "trafficking",
    )
    body = {
        "response": "utter_handoff_consent",
        "arguments": asked,
        "tracker": tracker("p1", "request_human", "fr"),
        "channel": {"name": "collector"},
    }
    text = client.post("/rasa/nlg", json=body).json()
    assert "confidentiel" in text["text"] and "documents" in text["text"]
    assert [b["payload"] for b in text["buttons"]] == ["/affirm", "/deny"]


def test_yes_no_hands_the_consent_answer_on(client: TestClient) -> None:
    result = run_action(
        client,
        "action_yes_no",
        answered("p2", "affirm", {"utter_action": "utter_handoff_consent", "category": "other"}),
    )
    assert result["events"] == [
        {"event": "followup", "timestamp": None, "name": "action_handoff_answer"}
    ]


def test_yes_opens_the_case_tells_the_place_in_line_and_pauses(
    open_client: TestClient, db: Database
) -> None:
    client = open_client
    result = consent_to_handoff(client, "p3")
    assert result["responses"][0]["utter_action"] == "utter_handoff_opened"
    assert result["responses"][0]["position"] == 1
    assert {"event": "pause", "timestamp": None} in result["events"]
    public_id = result["conversation_id"]
    assert conv_status(db, public_id) == "waiting_staff"
    with db.session() as s:
        case = s.get(Case, case_of(client, public_id))
        assert case is not None and case.consent_at is not None and case.status == "new"
    # While the case is open the bot is quiet: the person hears where they stand, once.
    first = client.post("/api/chat", json={"sender": "p3", "text": "hola?"}).json()
    assert first["conversation"]["status"] == "waiting_staff"
    assert first["messages"] == []  # told just now, at consent
    with db.session() as s:
        case = s.get(Case, case_of(client, public_id))
        assert case is not None
        case.person_notified_at = None
    later = client.post("/api/chat", json={"sender": "p3", "text": "sigo aquí"}).json()
    assert len(later["messages"]) == 1 and "número 1" in later["messages"][0]["text"]


def test_no_is_respected_and_the_bot_goes_on(client: TestClient, db: Database) -> None:
    data = client.post("/api/chat", json={"sender": "p4", "text": "hola", "lang": "es"}).json()
    public_id = data["conversation"]["id"]
    result = run_action(
        client,
        "action_handoff_answer",
        answered(public_id, "deny", {"utter_action": "utter_handoff_consent"}),
    )
    assert result["responses"][0]["utter_action"] == "utter_handoff_declined"
    assert result["events"] == []
    assert conv_status(db, public_id) == "bot"
    with db.session() as s:
        assert s.scalars(select(Case)).all() == []


def test_danger_opens_an_urgent_case_even_when_rasa_is_down(client: TestClient) -> None:
    data = client.post(
        "/api/chat", json={"sender": "p5", "text": "ayuda me tienen encerrada", "lang": "es"}
    ).json()
    assert "911" in " ".join(m["text"] for m in data["messages"])
    case_id = case_of(client, data["conversation"]["id"])
    db: Database = client.app.state.services.db  # type: ignore[attr-defined]
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and (case.priority, case.source) == ("urgent", "danger")


def test_danger_consent_is_asked_after_the_numbers_and_no_closes_the_case(
    client: TestClient, db: Database
) -> None:
    text = "me quitaron el pasaporte y no me dejan salir"
    data = client.post("/api/chat", json={"sender": "p6", "text": text, "lang": "es"}).json()
    public_id = data["conversation"]["id"]
    graded = tracker(public_id, "report_danger")  # the app sends the screen's grade
    graded["latest_message"]["metadata"].update(grade="immediate", danger=["trapped"])
    danger = run_action(client, "action_danger", graded)
    assert danger["events"][-1]["name"] == "action_request_human"
    asked = run_action(client, "action_request_human", tracker(public_id, "report_danger"))
    assert asked["responses"][0]["source"] == "danger"
    case_id = case_of(client, public_id)
    run_action(
        client,
        "action_handoff_answer",
        answered(public_id, "deny", {"utter_action": "utter_handoff_consent", "source": "danger"}),
    )
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and (case.status, case.close_reason) == (
            "closed",
            "consent_declined",
        )
        assert case.conversation_id is None, "a refused case keeps counts only"


def test_danger_in_staff_mode_still_gets_the_numbers(client: TestClient) -> None:
    result = consent_to_handoff(client, "p7")
    data = client.post("/api/chat", json={"sender": "p7", "text": "me van a matar"}).json()
    assert data["conversation"]["status"] == "waiting_staff"
    assert "911" in " ".join(m["text"] for m in data["messages"])
    db: Database = client.app.state.services.db  # type: ignore[attr-defined]
    with db.session() as s:
        case = s.get(Case, case_of(client, result["conversation_id"]))
        assert case is not None and case.priority == "urgent"


@pytest.mark.parametrize("topic", ["trafficking", "missing_person"])
def test_topics_that_need_a_person_offer_one(client: TestClient, topic: str) -> None:
    intent = {"trafficking": "ask_trafficking_signs", "missing_person": "ask_missing_person"}[topic]
    asked = tracker("p8", intent)
    # A question of the topic's area (the helper's "x" reads as Spanish "por", which the topic
    # examples may tip to any topic).
    asked["latest_message"]["text"] = {
        "trafficking": "como se si alguien es victima de trata",
        "missing_person": "busco a mi hermano que desaparecio",
    }[topic]
    result = run_action(client, "action_show_topic", asked)
    last = result["responses"][-1]
    if last["utter_action"] != "utter_offer_human":
        # A topic longer than one screen: its first page ends with buttons, a person first.
        body = {
            "response": last["utter_action"],
            "arguments": {k: v for k, v in last.items() if k != "utter_action"},
            "tracker": asked,
            "channel": {"name": "collector"},
        }
        page = client.post("/rasa/nlg", json=body).json()
        payloads = [b["payload"] for b in page["buttons"]]
        assert payloads[0].startswith("/show_more") and payloads[1] == "/request_human"
        return
    offer = run_action(
        client, "action_yes_no", answered("p8", "affirm", {"utter_action": "utter_offer_human"})
    )
    assert offer["events"][0]["name"] == "action_request_human"


@pytest.mark.parametrize(("lang", "word"), [("es", "fila"), ("fr", "file"), ("ht", "liy")])
def test_place_in_line_in_the_persons_language(client: TestClient, lang: str, word: str) -> None:
    body = {
        "response": "utter_handoff_opened",
        "arguments": {"position": 3, "hours": ""},
        "tracker": tracker("p9", "affirm", lang),
        "channel": {"name": "collector"},
    }
    text = client.post("/rasa/nlg", json=body).json()["text"]
    assert word in text and "3" in text and "911" in text


def test_a_refused_danger_case_keeps_counts_only(client: TestClient, db: Database) -> None:
    """No to sharing: no agent reads the conversation, nor what the person writes afterwards."""
    add_user(db, "ana@example.org")
    boss = add_user(db, "sara@example.org", role="supervisor")
    data = client.post(
        "/api/chat", json={"sender": "p-no", "text": "me tienen encerrada", "lang": "es"}
    ).json()
    case_id = case_of(client, data["conversation"]["id"])
    client.post("/api/chat", json={"sender": "p-no", "text": "no"})  # the app's own question
    client.post("/api/chat", json={"sender": "p-no", "text": "me llamo Marisol Pérez"})
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.close_reason == "consent_declined"
        assert (case.conversation_id, case.contact_id) == (None, None)
        assert (case.priority, case.source, case.danger) == ("urgent", "danger", ["trapped"])
        token = new_api_token(s, boss, "t")

    login(client, "ana@example.org")
    for status in ("open", "closed", "all"):
        assert f"/staff/cases/{case_id}" not in client.get(f"/staff/inbox?status={status}").text
    assert client.get(f"/staff/cases/{case_id}").status_code == 403
    assert client.get(f"/staff/cases/{case_id}/transcript").status_code == 403

    headers = {"Authorization": f"Bearer {token}"}
    shown = client.get(f"/api/staff/cases/{case_id}", headers=headers).json()
    assert shown["transcript"] == [] and shown["close_reason"] == "consent_declined"
    assert "Marisol" not in str(shown) and "encerrada" not in str(shown)


def test_after_closing_staff_no_longer_read_the_bot_conversation(
    client: TestClient, db: Database
) -> None:
    boss = add_user(db, "sup@example.org", role="supervisor")
    opened = consent_to_handoff(client, "p-after")
    case_id = case_of(client, opened["conversation_id"])
    with db.session() as s:
        headers = {"Authorization": f"Bearer {new_api_token(s, boss, 't')}"}
    closed = client.post(
        f"/api/staff/cases/{case_id}/close", headers=headers, json={"outcome": "attended"}
    )
    assert closed.status_code == 200
    client.post("/api/chat", json={"sender": "p-after", "text": "ahora busco un albergue"})
    shown = client.get(f"/api/staff/cases/{case_id}", headers=headers).json()["transcript"]
    assert shown and all("albergue" not in line["text"] for line in shown)
    client.post(f"/api/staff/cases/{case_id}/reopen", headers=headers)
    shown = client.get(f"/api/staff/cases/{case_id}", headers=headers).json()["transcript"]
    assert any("albergue" in line["text"] for line in shown), "a reopened case shows it again"
