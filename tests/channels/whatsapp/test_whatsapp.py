"""WhatsApp through Twilio end to end: signed webhooks into our app, the real twilio REST client
sending to a local fake of the Messages API, signatures from the real RequestValidator."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.channels import messages as cm
from bot.core.turns import Lease, give_back, take
from bot.db.base import utcnow
from bot.db.models import Contact, Message
from bot.db.session import Database
from bot.i18n import gettext
from tests.fakes.providers import (
    PUBLIC_BASE_URL,
    TWILIO_FROM,
    FakeTwilio,
    post_twilio,
    twilio_signature,
    wait_until,
    warm_models,
)
from tests.fakes.whatsapp import PATH, PERSON, STATUS, incoming, messages, settled


def test_forged_requests_get_403_and_store_nothing(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    fields = incoming()
    internal = twilio_signature(PATH, fields, base="http://testserver")  # the URL we see inside
    tampered = incoming()
    good = twilio_signature(PATH, tampered)
    tampered["Body"] = "otro texto"
    for sig, data in (
        (None, fields),
        ("nope", fields),
        (internal, fields),
        (good, tampered),
        (twilio_signature(PATH, fields, token="another-token"), fields),
    ):
        assert post_twilio(app_client, PATH, data, signature=sig).status_code == 403
    assert (
        post_twilio(
            app_client,
            STATUS,
            {"MessageSid": "SM1", "MessageStatus": "delivered"},
            signature="forged",
        ).status_code
        == 403
    )
    with database.session() as s:
        assert s.scalars(select(Contact)).first() is None
        assert s.scalars(select(Message)).first() is None
    assert twilio_api.calls == []


def test_signed_request_is_acknowledged_and_its_replay_processed_once(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    fields = incoming("hola")
    resp = post_twilio(app_client, PATH, fields)
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/xml")
    assert resp.text.endswith("<Response />")
    for _ in range(2):  # Twilio retrying, or someone replaying the captured request
        assert post_twilio(app_client, PATH, fields).status_code == 200
    wait_until(lambda: settled(database))
    twilio_api.wait_for("messages.create", 2)
    assert len(messages(database, "in")) == 1
    # The answer and, on a first contact, the privacy notice: each sent once.
    assert len(twilio_api.of("messages.create")) == len(messages(database, "out")) == 2
    call = twilio_api.of("messages.create")[0]
    assert call.params["To"] == PERSON and call.params["From"] == TWILIO_FROM
    assert call.params["StatusCallback"] == PUBLIC_BASE_URL + STATUS
    reply = messages(database, "out")[0]
    assert reply.channel_message_id and reply.channel_message_id.startswith("SM")
    with database.session() as s:
        contact = s.scalars(select(Contact)).one()
        # The profile name is never stored: nothing uses it (issue 12).
        assert contact.display_name is None and contact.identifier == PERSON


def test_signature_with_query_string_and_proxy_base(
    app_client: TestClient, database: Database
) -> None:
    fields = incoming()
    sig = twilio_signature(PATH + "?source=twilio", fields)
    resp = app_client.post(
        PATH + "?source=twilio", data=fields, headers={"X-Twilio-Signature": sig}
    )
    assert resp.status_code == 200
    wait_until(lambda: len(messages(database, "in")) == 1)


def test_options_are_numbered_and_a_number_or_words_choose_them(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    post_twilio(app_client, PATH, incoming("hola"))
    wait_until(lambda: settled(database, 2))
    body, notice = twilio_api.bodies()
    assert "privacy?lang=es" in notice  # sent after the menu, the menu's numbers still count
    assert "\n1. Tus derechos\n2. Papeles\n" in body
    assert body.endswith("Responde con el número de tu opción: 1, 2, 3, 4, 5, 6, 7, 8 o 9.")
    post_twilio(app_client, PATH, incoming("2"))
    wait_until(lambda: len(messages(database, "in")) == 2 and settled(database, 3))
    assert messages(database, "in")[-1].body == "/ask_regularization"
    # The answer to "2" offers new options; its words choose one of them.
    last = twilio_api.bodies()[-1]
    assert "\n1. " in last
    title = last.split("\n1. ", 1)[1].split("\n", 1)[0]
    post_twilio(app_client, PATH, incoming(title.upper()))
    wait_until(lambda: len(messages(database, "in")) == 3)
    assert messages(database, "in")[-1].body.startswith("/")


def test_a_location_is_read_from_latitude_and_longitude(
    app_client: TestClient, database: Database
) -> None:
    fields = incoming(
        "",
        Latitude="19.432608",
        Longitude="-99.133209",
        MessageType="location",
        Address="Zócalo, CDMX",
    )
    post_twilio(app_client, PATH, fields)
    wait_until(lambda: settled(database))
    (received,) = messages(database, "in")
    assert received.kind == "location"
    from bot.db.models import Conversation

    with database.session() as s:
        conv = s.scalars(select(Conversation)).one()
        assert (conv.location_lat, conv.location_lon) == (19.43, -99.13)


def test_a_voice_note_is_noted_and_answered_without_fetching_it(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    fields = incoming(
        "",
        NumMedia="1",
        MediaContentType0="audio/ogg",
        MessageType="audio",
        MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME",
        WaId="50937000000",
    )
    post_twilio(app_client, PATH, fields)
    wait_until(lambda: settled(database, 2))
    (received,) = messages(database, "in")
    assert (received.kind, received.body) == ("voice", "")
    # +509: a Haitian number, so the first language is Haitian Creole; a first contact also
    # gets the privacy notice.
    answer, notice = twilio_api.bodies()
    assert answer == gettext("ht", cm.UNSUPPORTED) and "privacy?lang=ht" in notice
    assert [c.method for c in twilio_api.calls] == ["messages.create"] * 2


def test_status_callbacks_record_delivery_and_errors(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    post_twilio(app_client, PATH, incoming("hola"))
    wait_until(lambda: settled(database, 2))
    reply = messages(database, "out")[0]
    sid = str(reply.channel_message_id)
    for state in ("sent", "delivered", "sent"):  # callbacks can arrive out of order
        resp = post_twilio(
            app_client,
            STATUS,
            {"MessageSid": sid, "MessageStatus": state, "AccountSid": "AC" + "0" * 32},
        )
        assert resp.status_code == 204
    assert messages(database, "out")[0].status == "delivered"
    post_twilio(
        app_client,
        STATUS,
        {"MessageSid": sid, "MessageStatus": "undelivered", "ErrorCode": "63016"},
    )
    row = messages(database, "out")[0]
    assert (row.status, row.error) == ("failed", "outside_24h_window")
    # Unknown SIDs are acknowledged and ignored.
    assert (
        post_twilio(
            app_client, STATUS, {"MessageSid": "SMunknown", "MessageStatus": "delivered"}
        ).status_code
        == 204
    )


def test_long_replies_are_split_at_1600(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    from bot.db.models import Conversation
    from bot.outbox import store as outbox
    from bot.reply import OutMessage

    post_twilio(app_client, PATH, incoming("hola"))
    wait_until(lambda: settled(database))
    text = "El trámite es gratuito y nadie te puede cobrar por él. " * 70
    with database.session() as s:
        (mid,) = outbox.enqueue(
            s, s.scalars(select(Conversation)).one(), [OutMessage(text)], "staff"
        )
    wait_until(lambda: settled(database, 3))
    bodies = twilio_api.bodies()[2:]
    assert len(bodies) == 3 and all(len(b) <= 1600 for b in bodies)
    assert " ".join(bodies).split() == text.split()
    with database.session() as s:
        row = s.get(Message, mid)
        assert row is not None and row.status == "sent"


@pytest.mark.parametrize(
    ("failure", "outcome"),
    [
        ((500, {"code": 20500, "message": "Internal Server Error", "status": 500}), "sent"),
        ((429, {"code": 20429, "message": "Too Many Requests", "status": 429}), "sent"),
        ((400, {"code": 21211, "message": "Invalid 'To' Phone Number", "status": 400}), "failed"),
    ],
)
def test_transient_errors_are_retried_and_permanent_ones_recorded(
    app_client: TestClient,
    twilio_api: FakeTwilio,
    database: Database,
    failure: tuple[int, dict[str, object]],
    outcome: str,
) -> None:
    twilio_api.fail_next("messages.create", failure, failure)
    post_twilio(app_client, PATH, incoming("hola"))
    wait_until(lambda: settled(database, 2))
    reply = messages(database, "out")[0]
    assert reply.status == outcome
    calls = twilio_api.of("messages.create")
    tries = [c for c in calls if str(c.params.get("Body")).startswith(reply.body)]
    if outcome == "sent":
        assert reply.attempts == 3 and len(tries) == 3
    else:
        assert reply.error is not None and reply.error.startswith("twilio_21211")
        assert len(tries) == 1


def test_window_bookkeeping_uses_the_persons_last_message(
    app_client: TestClient, database: Database
) -> None:
    post_twilio(app_client, PATH, incoming("hola"))
    wait_until(lambda: settled(database))
    with database.session() as s:
        contact = s.scalars(select(Contact)).one()
        assert contact.last_inbound_at is not None
        assert utcnow() - contact.last_inbound_at < timedelta(minutes=1)


def test_a_number_answering_a_staff_question_is_not_read_as_an_old_menu(
    app_client: TestClient, database: Database
) -> None:
    from bot.db.models import Conversation
    from bot.outbox import store as outbox
    from bot.reply import OutMessage

    post_twilio(app_client, PATH, incoming("hola"))
    wait_until(lambda: settled(database, 2))
    with database.session() as s:
        conv = s.scalars(select(Conversation)).one()
        outbox.enqueue(s, conv, [OutMessage("¿Cuántos hijos viajan contigo?")], "staff", 7)
    wait_until(lambda: settled(database, 3))
    post_twilio(app_client, PATH, incoming("2"))
    wait_until(lambda: len(messages(database, "in")) == 2)
    assert messages(database, "in")[-1].body == "2"


def test_an_oversized_body_is_refused_before_it_is_read_whole(
    app_client: TestClient, database: Database
) -> None:
    """Twilio's forms are a few kilobytes: a huge one, declared or streamed, gets 413."""
    fields = incoming("x" * 70_000)
    assert post_twilio(app_client, PATH, fields).status_code == 413

    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"Body=" + b"y" * 1_000 + b"&"

    streamed = app_client.post(
        PATH,
        content=chunks(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": "anything",
        },
    )
    assert streamed.status_code == 413
    assert streamed.json()["error"]["code"] == "too_large"
    assert messages(database, "in") == []


def test_a_body_that_is_not_utf8_counts_as_forged(
    app_client: TestClient, database: Database
) -> None:
    resp = app_client.post(
        PATH,
        content=b"Body=\xff\xfe&From=whatsapp%3A%2B1",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": "x",
        },
    )
    assert resp.status_code == 403
    assert messages(database, "in") == []


def test_provider_errors_are_stored_as_codes_without_the_persons_number(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    quoted = f"The 'To' number {PERSON} is not a valid phone number."
    twilio_api.fail_next(
        "messages.create", (400, {"code": 21211, "message": quoted, "status": 400})
    )
    post_twilio(app_client, PATH, incoming("hola"))
    wait_until(lambda: settled(database, 2))
    first, second = messages(database, "out")[:2]
    assert (first.status, first.error) == ("failed", "twilio_21211")
    # A status callback's ErrorMessage is never read, and an ErrorCode that is not a number
    # is not copied either.
    post_twilio(
        app_client,
        STATUS,
        {
            "MessageSid": str(second.channel_message_id),
            "MessageStatus": "failed",
            "ErrorCode": f"bad {PERSON}",
            "ErrorMessage": quoted,
        },
    )
    assert messages(database, "out")[1].error == "twilio_failed"


def test_danger_is_answered_within_two_seconds_behind_the_persons_stuck_turn(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    """Issue 14: the person's earlier message waits for a turn another replica holds (a lease
    for two minutes); their danger message skips both the inbox's queue and the lease."""
    warm_models()  # what the app loads in threads as it starts: measured apart
    stuck = Lease(database.keys.lookup_hash("whatsapp", PERSON), timedelta(seconds=120))
    with database.session() as s:
        take(s, stuck)
    assert post_twilio(app_client, PATH, incoming("hola, una pregunta")).status_code == 200
    time.sleep(0.2)  # the first message is now queued behind the held lease
    started = time.monotonic()
    danger = incoming("ayuda me tienen encerrado en una casa y no me dejan salir")
    assert post_twilio(app_client, PATH, danger).status_code == 200
    waited = min(call.at for call in twilio_api.wait_for("messages.create", 1)) - started
    bodies = " ".join(c.params.get("Body", "") for c in twilio_api.of("messages.create"))
    assert "911" in bodies and "800 5533 000" in bodies
    assert waited < 2.0, f"the danger reply took {waited:.2f} s"
    with database.session() as s:
        give_back(s, stuck)
    wait_until(lambda: settled(database) and len(messages(database, "in")) == 2)
