"""WhatsApp's own buttons, lists and map pins through Twilio's Content API, end to end.

The real twilio client creates Content resources at a local fake of the Content API (which
checks WhatsApp's limits) and sends them with `content_sid` through the fake Messages API; taps
come back as signed webhooks with `ButtonPayload` or `ListId`, as Twilio posts them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.app import create_app
from bot.channels.whatsapp import interactive
from bot.channels.whatsapp.content import ContentStore
from bot.channels.whatsapp.models import READY, REFUSED, WhatsAppContent
from bot.channels.whatsapp.send import WhatsAppSender
from bot.db import migrate
from bot.db.models import Conversation
from bot.db.session import Database
from bot.outbox import store as outbox
from bot.reply import Button, OutMessage, Place
from bot.settings import Settings
from tests.fakes.providers import FakeTwilio, post_twilio, settings_for, wait_ready, wait_until
from tests.fakes.whatsapp import PATH, STATUS, incoming, messages, settled

LIST = interactive.LIST_PICKER
QUICK = interactive.QUICK_REPLY
PIN = interactive.LOCATION


@pytest.fixture
def content_settings(database_url: str, twilio_api: FakeTwilio) -> Settings:
    return settings_for(database_url, twilio=twilio_api, TWILIO_CONTENT_API="true")


@pytest.fixture
def client(content_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(content_settings)) as test_client:
        wait_ready(test_client)
        yield test_client


@pytest.fixture
def db(content_settings: Settings) -> Iterator[Database]:
    database = Database.from_settings(content_settings)
    yield database
    database.dispose()


def contents(db: Database) -> list[WhatsAppContent]:
    with db.session() as s:
        return list(s.scalars(select(WhatsAppContent).order_by(WhatsAppContent.id)).all())


def say(db: Database, out: OutMessage) -> int:
    """Queue a bot message in the person's open WhatsApp conversation (as a turn would)."""
    with db.session() as s:
        conv = s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()
        assert conv is not None
        [message_id] = outbox.enqueue(s, conv, [out])
        s.commit()
    return message_id


def start(client: TestClient, db: Database) -> None:
    """The person writes first (the 24-hour window opens); the menu and the notice go out."""
    post_twilio(client, PATH, incoming("hola"))
    wait_until(lambda: settled(db, 2))


def test_a_long_menu_is_a_list_and_a_tap_comes_back_as_its_payload(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    start(client, db)
    menu = twilio_api.sent_contents()[0][LIST]
    assert menu["body"].startswith("En este momento puedo hacer poco")
    assert menu["button"] == "Ver las opciones"
    items = {i["item"]: i["id"] for i in menu["items"]}
    assert items["Papeles"] == "/ask_regularization"
    assert len(items) == 9
    notice = twilio_api.bodies()[-1]
    assert "privacy?lang=es" in notice  # the notice stays plain text
    # The person taps "Papeles": Twilio posts the item's id and title.
    tap = incoming("Papeles", ListId="/ask_regularization", ListTitle="Papeles")
    post_twilio(client, PATH, tap)
    wait_until(lambda: len(messages(db, "in")) == 2 and settled(db, 3))
    assert messages(db, "in")[-1].body == "/ask_regularization"
    # Its answer offers the papers as a list, every title within WhatsApp's 24 characters.
    papers = twilio_api.sent_contents()[-1][LIST]["items"]
    assert len(papers) >= 4 and all(len(i["item"]) <= 24 for i in papers)
    # A long title is cut between words, the whole of it kept as the description; should
    # only the words arrive (the Body), the shortened title still chooses its item.
    long_titles = OutMessage(
        "¿Qué papel te interesa?",
        tuple(
            Button(title, f'/ask_regularization{{"topic":"t{n}"}}')
            for n, title in enumerate(
                [
                    "Tarjeta de visitante por razones humanitarias",
                    "Residencia temporal por unidad familiar",
                    "CURP temporal",
                    "Asilo",
                ]
            )
        ),
    )
    before = len(messages(db, "out"))
    say(db, long_titles)
    wait_until(lambda: settled(db, before + 1))
    items = twilio_api.sent_contents()[-1][LIST]["items"]
    humanitarian = items[0]
    assert humanitarian["item"] == "Tarjeta de visitante…"
    assert humanitarian["description"] == "Tarjeta de visitante por razones humanitarias"
    post_twilio(client, PATH, incoming("Tarjeta de visitante…"))
    wait_until(lambda: len(messages(db, "in")) == 3)
    assert messages(db, "in")[-1].body == humanitarian["id"]


def test_a_short_menu_is_quick_replies_created_once_and_tapped_back(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    start(client, db)
    choice = OutMessage(
        "¿Te ayudó esta información?",
        (
            Button("Sí", "/affirm"),
            Button("No", "/deny"),
            Button("Hablar con alguien", "/request_human"),
        ),
    )
    say(db, choice)
    wait_until(lambda: settled(db, 3))
    quick = twilio_api.sent_contents()[-1][QUICK]
    assert quick == {
        "body": "¿Te ayudó esta información?",
        "actions": [
            {"title": "Sí", "id": "/affirm"},
            {"title": "No", "id": "/deny"},
            {"title": "Hablar con alguien", "id": "/request_human"},
        ],
    }
    created = len(twilio_api.of("content.create"))
    say(db, choice)  # the same menu again: the same Content, not a new one
    wait_until(lambda: settled(db, 4))
    assert len(twilio_api.of("content.create")) == created
    sent = twilio_api.of("messages.create")
    assert sent[-1].params["ContentSid"] == sent[-2].params["ContentSid"]
    assert "Body" not in sent[-1].params
    tap = incoming("No", ButtonPayload="/deny", ButtonText="No")
    post_twilio(client, PATH, tap)
    wait_until(lambda: len(messages(db, "in")) == 2)
    assert messages(db, "in")[-1].body == "/deny"
    assert [c.status for c in contents(db)] == [READY] * len(contents(db))


def test_a_failing_content_api_falls_back_to_numbered_text_that_still_answers(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    twilio_api.fail_next("content.create", (503, {"code": 20500, "message": "down", "status": 503}))
    start(client, db)
    menu = twilio_api.bodies()[0]
    assert "\n1. Tus derechos\n2. Papeles\n" in menu
    assert "ContentSid" not in twilio_api.of("messages.create")[0].params
    post_twilio(client, PATH, incoming("2"))  # answered with a number, as ever
    wait_until(lambda: len(messages(db, "in")) == 2 and settled(db, 3))
    assert messages(db, "in")[-1].body == "/ask_regularization"
    # Or with the words of an option, as the numbered menu showed them.
    options = [
        line.split(". ", 1)[1]
        for line in twilio_api.bodies()[-1].splitlines()[1:]
        if line[:1].isdigit() and ". " in line
    ]
    post_twilio(client, PATH, incoming(options[1].lower()))
    wait_until(lambda: len(messages(db, "in")) == 3)
    assert messages(db, "in")[-1].body.startswith("/")


def test_a_content_twilio_refuses_is_never_tried_again(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    twilio_api.fail_next("content.create", (400, {"code": 20001, "message": "no", "status": 400}))
    start(client, db)
    assert [c.status for c in contents(db)] == [REFUSED]
    assert contents(db)[0].error == "twilio_20001"
    post_twilio(client, PATH, incoming("hola"))  # the same menu: numbered, without asking
    wait_until(lambda: len(messages(db, "in")) == 2 and settled(db, 3))
    assert len(twilio_api.of("content.create")) == 1
    assert "\n1. Tus derechos\n" in twilio_api.bodies()[-1]


def test_twilio_refusing_to_send_a_content_sends_numbered_text_instead(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    start(client, db)
    refused = (400, {"code": 63021, "message": "Channel invalid content error", "status": 400})
    twilio_api.fail_next("messages.create", refused)
    say(db, OutMessage("¿Seguimos?", (Button("Sí", "/affirm"), Button("No", "/deny"))))
    wait_until(lambda: settled(db, 3))
    assert twilio_api.bodies()[-1].startswith("¿Seguimos?\n\n1. Sí\n2. No\n")
    assert [c.status for c in contents(db)][-1] == REFUSED


def test_a_delivery_failure_of_a_content_resends_the_reply_as_text(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    start(client, db)
    say(db, OutMessage("¿Seguimos?", (Button("Sí", "/affirm"), Button("No", "/deny"))))
    wait_until(lambda: settled(db, 3))
    sid = twilio_api.of("messages.create")[-1].reply_id
    failed = {"MessageSid": sid, "MessageStatus": "undelivered", "ErrorCode": "63021"}
    assert post_twilio(client, STATUS, failed).status_code == 204
    wait_until(lambda: settled(db, 4))
    assert twilio_api.bodies()[-1].startswith("¿Seguimos?\n\n1. Sí\n2. No\n")
    assert [m.status for m in messages(db, "out")][-2:] == ["failed", "sent"]


def test_a_service_arrives_as_a_pin_after_its_words(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    start(client, db)
    place = Place("Casa del Migrante", "Av. Juárez 100, Tijuana", 32.5331, -117.0192)
    details = OutMessage(
        "Casa del Migrante\n📍 Av. Juárez 100, Tijuana",
        (Button("Cómo llegar", "/find_shelter"), Button("Hablar con alguien", "/request_human")),
        place=place,
    )
    say(db, details)
    wait_until(lambda: settled(db, 3))
    *_, words, pin = twilio_api.sent_contents()
    assert words[QUICK]["body"].startswith("Casa del Migrante")
    assert pin[PIN] == {
        "latitude": 32.5331,
        "longitude": -117.0192,
        "label": "Casa del Migrante",
        "address": "Av. Juárez 100, Tijuana",
    }


def test_text_longer_than_an_interactive_body_goes_first(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    start(client, db)
    long_text = " ".join(["Una frase corta para leer con calma."] * 40)  # ~1,500 characters
    say(db, OutMessage(long_text, (Button("Sí", "/affirm"), Button("No", "/deny"))))
    wait_until(lambda: settled(db, 3))
    calls = twilio_api.of("messages.create")[-2:]
    assert "Body" in calls[0].params and "ContentSid" in calls[1].params
    body = twilio_api.sent_contents()[-1][QUICK]["body"]
    assert len(body) <= 1024 and len(calls[0].params["Body"]) <= 1600
    assert (calls[0].params["Body"] + " " + body).split() == long_text.split()


def test_a_payload_too_long_for_an_id_travels_as_a_reference(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    start(client, db)
    long_payload = '/ask_rights{"topic":"' + "r" * 220 + '"}'
    message_id = say(
        db, OutMessage("Elige:", (Button("Derechos", long_payload), Button("No", "/deny")))
    )
    wait_until(lambda: settled(db, 3))
    actions = twilio_api.sent_contents()[-1][QUICK]["actions"]
    assert actions[0]["id"] == f"@{message_id}:0"
    tap = incoming("Derechos", ButtonPayload=f"@{message_id}:0", ButtonText="Derechos")
    post_twilio(client, PATH, tap)
    wait_until(lambda: len(messages(db, "in")) == 2 and settled(db, 4))
    assert messages(db, "in")[-1].body == long_payload
    # A reference that leads nowhere (not a bot message with buttons) is not followed: the
    # button's words are read instead, like any typed answer.
    post_twilio(client, PATH, incoming("No", ButtonPayload="@1:0", ButtonText="No"))
    wait_until(lambda: len(messages(db, "in")) == 3)
    assert messages(db, "in")[-1].body == "No"


def test_two_replicas_needing_one_new_content_create_it_once(
    content_settings: Settings, twilio_api: FakeTwilio, db: Database
) -> None:
    spec = interactive.menu("¿Seguimos?", (Button("Sí", "/affirm"),), "es", 1)
    assert spec is not None

    async def race() -> list[str | None]:
        senders = [WhatsAppSender(content_settings, db) for _ in range(2)]
        try:
            stores = [s.contents for s in senders]
            assert all(isinstance(s, ContentStore) for s in stores)
            return list(await asyncio.gather(*(s.sid_for(spec) for s in stores if s)))
        finally:
            for sender in senders:
                await sender.close()

    migrate.upgrade(content_settings.database_url, keys=db.keys)
    first, second = asyncio.run(race())
    assert first is not None and first == second
    assert len(twilio_api.of("content.create")) == 1
