"""With Rasa down, a request for a person or a danger case still asks consent and queues a case."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.models import Conversation
from bot.db.session import Database
from bot.handoff import messages as pm
from bot.handoff.models import Case
from bot.i18n import gettext


def say(client: TestClient, sender: str, text: str, lang: str = "es") -> tuple[str, list[str]]:
    resp = client.post("/api/chat", json={"sender": sender, "text": text, "lang": lang})
    assert resp.status_code == 200, resp.text
    data = resp.json()
    joined = "\n".join(m["text"] for m in data["messages"])
    payloads = [b["payload"] for m in data["messages"] for b in m.get("buttons") or []]
    return joined, payloads


def the_case(db: Database) -> tuple[Case | None, Conversation]:
    with db.session() as s:
        conv = s.scalars(select(Conversation)).one()
        case = s.scalars(select(Case).where(Case.conversation_id == conv.id)).first()
        return case, conv


@pytest.mark.parametrize(
    ("lang", "request_text", "yes"),
    [
        ("es", "quiero hablar con una persona", "sí"),
        ("en", "can I talk to a real person", "yes"),
        ("fr", "je veux parler à quelqu'un", "oui"),
        ("ht", "mwen vle pale ak yon moun", "wi"),
    ],
)
def test_asking_for_a_person_without_rasa_asks_consent_then_queues_a_case(
    client: TestClient, db: Database, lang: str, request_text: str, yes: str
) -> None:
    question, buttons = say(client, "p", request_text, lang)
    assert gettext(lang, pm.CONSENT) in question
    assert buttons == ["/affirm", "/deny"]
    assert the_case(db)[0] is None, "nothing is shared before the person agrees"

    opened, _ = say(client, "p", yes, lang)
    case, conv = the_case(db)
    assert case is not None and case.consent_at is not None and case.source == "request"
    assert case.rasa_pending == "pause", "Rasa's tracker is paused once it is back"
    assert conv.status == "waiting_staff" and "offline_consent" not in conv.state
    assert gettext(lang, pm.SAFETY_REMINDER) in opened


def test_the_request_button_works_without_rasa_and_no_shares_nothing(
    client: TestClient, db: Database
) -> None:
    question, _ = say(client, "q", "/request_human", "en")
    assert gettext("en", pm.CONSENT) in question
    declined, buttons = say(client, "q", "/deny", "en")
    assert gettext("en", pm.DECLINED) in declined and buttons, "the menu comes back"
    case, conv = the_case(db)
    assert case is None and conv.status == "bot"


def test_danger_without_rasa_gets_the_numbers_and_the_consent_question(
    client: TestClient, db: Database
) -> None:
    answer, buttons = say(client, "d", "me tienen encerrada y no me dejan salir")
    assert "911" in answer and "800 5533 000" in answer
    assert gettext("es", pm.CONSENT_DANGER) in answer and "/affirm" in buttons
    case, _ = the_case(db)
    assert case is not None and case.priority == "urgent" and case.consent_at is None

    say(client, "d", "no")
    with db.session() as s:
        declined = s.scalars(select(Case)).one()
        assert declined.close_reason == "consent_declined" and declined.priority == "urgent"
        assert declined.conversation_id is None, "nothing the person refused to share stays linked"
    case, conv = the_case(db)
    assert case is None and conv.status == "bot"


def test_writing_something_else_forgets_the_question(client: TestClient, db: Database) -> None:
    say(client, "e", "quiero hablar con una persona")
    answer, _ = say(client, "e", "asilo")
    assert "asilo" in answer.lower()
    _, conv = the_case(db)
    assert "offline_consent" not in conv.state
    say(client, "e", "sí")  # a late yes, no longer to a question: no case
    assert the_case(db)[0] is None
