"""The outbox: WhatsApp's 24-hour window, templates, one sender per message, order per
conversation, and the web chat's pull of staff replies."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy import update as sql_update

from bot.db.base import utcnow
from bot.db.models import Contact, Conversation, Message
from bot.db.session import Database
from bot.outbox import delivery
from bot.outbox import store as outbox
from bot.outbox.window import NO_TEMPLATE, OUTSIDE_WINDOW, QUIET
from bot.reply import Button, OutMessage
from tests.fakes.providers import (
    TWILIO_FROM,
    FakeBotApi,
    FakeTwilio,
    post_twilio,
    post_update,
    update,
    wait_until,
)
from tests.fakes.whatsapp import PATH


def whatsapp_person(client: TestClient, db: Database, sid: str = "SM" + "1" * 32) -> None:
    fields = {
        "From": "whatsapp:+5215599990000",
        "Body": "hola",
        "MessageSid": sid,
        "WaId": "5215599990000",
        "To": TWILIO_FROM,
        "NumMedia": "0",
    }
    assert post_twilio(client, PATH, fields).status_code == 200
    wait_until(lambda: _out(db) and all(m.status != "pending" for m in _out(db)))


def _out(db: Database) -> list[Message]:
    with db.session() as s:
        return list(
            s.scalars(select(Message).where(Message.direction == "out").order_by(Message.id)).all()
        )


def age_window(db: Database, hours: float) -> None:
    with db.session() as s:
        s.execute(sql_update(Contact).values(last_inbound_at=utcnow() - timedelta(hours=hours)))


def the_conversation(s: object) -> Conversation:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    return s.scalars(select(Conversation)).one()


def test_outside_the_24h_window_staff_learn_why_nothing_went(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    whatsapp_person(app_client, database)
    sent_before = len(twilio_api.calls)
    age_window(database, 25)
    with database.session() as s:
        conv = the_conversation(s)
        assert not outbox.can_send_free_form(s, conv)
        ids = outbox.enqueue(s, conv, [OutMessage("¿Sigues ahí?")], sender="staff", staff_user_id=3)
        results = outbox.results(s, ids)
    assert [(r.status, r.error) for r in results] == [("failed", OUTSIDE_WINDOW)]
    # The approved template may still go, with content_sid.
    with database.session() as s:
        tid = outbox.enqueue_template(s, the_conversation(s), {"1": "Ana"})
    wait_until(lambda: len(twilio_api.calls) == sent_before + 1)
    call = twilio_api.calls[-1]
    assert call.params["ContentSid"] == "HX" + "a" * 32
    assert json.loads(call.params["ContentVariables"]) == {"1": "Ana"}
    assert "Body" not in call.params
    wait_until(lambda: _status(database, tid) == "sent")


def test_nobody_messages_first_a_person_who_asked_for_discretion(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    whatsapp_person(app_client, database)
    sent_before = len(twilio_api.calls)
    with database.session() as s:
        conv = the_conversation(s)
        conv.contact.discreet_at = utcnow()
        staff = outbox.enqueue(s, conv, [OutMessage("Hola")], "staff", 3, purpose="staff_reply")
        template = outbox.enqueue_template(s, conv, {}, purpose="referral_checkin")
        # An answer to the person's own message still goes (it is not a first message).
        answer = outbox.enqueue(s, conv, [OutMessage("De acuerdo")])
        outcomes = outbox.results(s, [*staff, template, *answer])
    assert [(r.status, r.error) for r in outcomes[:2]] == [("failed", QUIET)] * 2
    assert outcomes[2].status == "pending"
    wait_until(lambda: len(twilio_api.calls) == sent_before + 1)
    assert twilio_api.calls[-1].params["Body"] == "De acuerdo"
    # Once the person writes again, staff may write to them.
    whatsapp_person(app_client, database, sid="SM" + "2" * 32)
    wait_until(lambda: not _contact(database).quiet())
    with database.session() as s:
        ids = outbox.enqueue(
            s, the_conversation(s), [OutMessage("Hola")], "staff", 3, purpose="staff_reply"
        )
        assert outbox.results(s, ids)[0].status == "pending"


def _contact(db: Database) -> Contact:
    with db.session() as s:
        return s.scalars(select(Contact)).one()


def _status(db: Database, mid: int) -> str:
    with db.session() as s:
        row = s.get(Message, mid)
        assert row is not None
        return row.status


def test_window_closing_while_a_message_waits_fails_it_without_calling_twilio(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    whatsapp_person(app_client, database)
    calls = len(twilio_api.calls)
    twilio_api.fail_next(
        "messages.create", (503, {"code": 20503, "message": "busy", "status": 503})
    )
    with database.session() as s:
        (mid,) = outbox.enqueue(s, the_conversation(s), [OutMessage("Hola de nuevo")], "staff")
    wait_until(lambda: len(twilio_api.calls) == calls + 1)  # the first try fails (503)
    age_window(database, 24.5)  # ... and the window closes before the retry
    wait_until(lambda: _status(database, mid) == "failed")
    with database.session() as s:
        row = s.get(Message, mid)
        assert row is not None and row.error == OUTSIDE_WINDOW
    assert len(twilio_api.calls) == calls + 1


def test_without_a_template_configured_the_reason_says_so(
    database_url: str, twilio_api: FakeTwilio, database: Database
) -> None:
    from bot.app import create_app
    from tests.fakes.providers import settings_for

    settings = settings_for(database_url, twilio=twilio_api, TWILIO_TEMPLATE_SID="")
    with TestClient(create_app(settings)) as client:
        whatsapp_person(client, database)
        age_window(database, 30)
        with database.session() as s:
            tid = outbox.enqueue_template(s, the_conversation(s))
        wait_until(lambda: _status(database, tid) == "failed")
    with database.session() as s:
        row = s.get(Message, tid)
        assert row is not None and row.error == NO_TEMPLATE


def test_a_message_is_claimed_by_one_worker_only(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    post_update(app_client, update("help"))
    wait_until(lambda: _out(database) and all(m.status != "pending" for m in _out(database)))
    with database.session() as s:
        conv = the_conversation(s)
        conv_id = conv.id
        first, second = outbox.enqueue(s, conv, [OutMessage("a"), OutMessage("b")], "staff")
        # Make them not due, so the app's own worker leaves them to us.
        s.execute(
            sql_update(Message)
            .where(Message.id.in_([first, second]))
            .values(next_attempt_at=utcnow() + timedelta(hours=1))
        )
    with database.session() as s:  # due again, and claimed in the same transaction
        s.execute(
            sql_update(Message)
            .where(Message.id.in_([first, second]))
            .values(next_attempt_at=utcnow() - timedelta(seconds=1))
        )
        job = delivery.claim_head(s, conv_id, ["telegram"])
    with database.session() as s:
        again = delivery.claim_head(s, conv_id, ["telegram"])
    assert job is not None and job.message_id == first
    assert again is None  # the head is leased; the second message must wait behind it
    with database.session() as s:
        assert delivery.due_conversations(s, ["telegram"], 10) == []
        delivery.release(s, job)
    wait_until(lambda: _status(database, second) == "sent")
    assert bot_api.texts()[-2:] == ["a", "b"]


def updates(client: TestClient, sender: str, after: int) -> httpx.Response:
    """The page's poll: the sender id in its header, never in the URL."""
    return client.get(
        "/api/chat/updates", params={"after": after}, headers={"X-Puente-Sender": sender}
    )


def test_web_chat_pulls_staff_replies(app_client: TestClient, database: Database) -> None:
    resp = app_client.post("/api/chat", json={"sender": "web-ana", "text": "hola"})
    assert resp.status_code == 200
    empty = updates(app_client, "web-ana", 0).json()
    assert empty["messages"] == []  # the bot's replies came in the POST answer
    with database.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.channel == "web")).one()
        ids = outbox.enqueue(
            s,
            conv,
            [OutMessage("Soy Laura, del equipo.", (Button("Gracias", "/thank"),))],
            sender="staff",
            staff_user_id=1,
        )
    data = updates(app_client, "web-ana", 0).json()
    assert [m["id"] for m in data["messages"]] == ids
    assert data["messages"][0]["text"] == "Soy Laura, del equipo."
    assert data["messages"][0]["buttons"] == [{"title": "Gracias", "payload": "/thank"}]
    assert data["after"] == ids[0] and data["conversation"]["status"] == "bot"
    assert _status(database, ids[0]) == "sent"
    # A page whose answer was lost asks again with the same `after` and gets it again.
    again = updates(app_client, "web-ana", 0).json()
    assert [m["id"] for m in again["messages"]] == ids
    later = updates(app_client, "web-ana", data["after"]).json()
    assert later["messages"] == []
    unknown = updates(app_client, "nobody", 0).json()
    assert unknown == {"messages": [], "after": 0, "conversation": None}
    assert app_client.get("/api/chat/updates", params={"after": 0}).status_code == 422
