"""Twilio forms from other projects and from the red team, signed with the real RequestValidator.

`forms/courier_receive_valid.txt` is the incoming-message form recorded in
nyaruka/courier's Twilio handler tests (MessageSid, SmsMessageSid and SmsSid all present).
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.channels import messages as cm
from bot.db.models import Conversation
from bot.db.session import Database
from bot.i18n import gettext
from tests.fakes.providers import FakeTwilio, post_twilio, wait_until
from tests.fakes.whatsapp import PATH, PERSON, incoming, messages, settled

FORMS = Path(__file__).parent / "forms"
SID = "SMe287d7109a5a925f182f0e07fe5b223b"


def recorded(name: str, **changes: str) -> dict[str, str]:
    """A recorded form, answered to our test person; `changes` with value "" are removed."""
    text = (FORMS / f"{name}.txt").read_text(encoding="utf-8").strip()
    fields = dict(parse_qsl(text, keep_blank_values=True))
    fields["From"] = PERSON
    for key, value in changes.items():
        if value == "":
            fields.pop(key, None)
        else:
            fields[key] = value
    return fields


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


def test_a_recorded_courier_form_is_read(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    assert post_twilio(app_client, PATH, recorded("courier_receive_valid")).status_code == 200
    wait_until(lambda: settled(database, 2))
    (received,) = messages(database, "in")
    assert (received.body, received.channel_message_id) == ("Msg", SID)


@pytest.mark.parametrize("only", ["SmsSid", "SmsMessageSid"])
def test_a_form_with_only_an_older_sid_is_deduplicated(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database, only: str
) -> None:
    others = {k: "" for k in ("MessageSid", "SmsMessageSid", "SmsSid") if k != only}
    fields = recorded("courier_receive_valid", **others)
    for _ in range(3):  # Twilio retrying, and the journal replaying
        assert post_twilio(app_client, PATH, fields).status_code == 200
    wait_until(lambda: settled(database, 2))
    (received,) = messages(database, "in")
    assert received.channel_message_id == SID
    assert len(twilio_api.of("messages.create")) == 2  # the answer and the notice, once


@pytest.mark.parametrize("body", ["", "   ", "\u200b\u2060\ufeff", "\u3164", " \u200d\n"])
def test_an_empty_text_is_never_sent_to_rasa_and_gets_the_polite_answer(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database, body: str
) -> None:
    post_twilio(app_client, PATH, incoming(body))
    wait_until(lambda: settled(database, 2))
    (received,) = messages(database, "in")
    assert received.body == ""
    answer, notice = twilio_api.bodies()
    assert answer == gettext("es", cm.UNSUPPORTED)  # not the catalog's answer to a Rasa turn
    assert "privacy?lang=es" in notice


@pytest.mark.parametrize(
    "place",
    [
        {"Latitude": "19.43"},
        {"Latitude": "nan", "Longitude": "nan"},
        {"Latitude": "inf", "Longitude": "-99.13"},
        {"Latitude": "91", "Longitude": "-99.13"},
        {"Latitude": "19.43", "Longitude": "-181"},
        {"Latitude": "diecinueve", "Longitude": "-99.13"},
    ],
)
def test_a_location_that_does_not_parse_is_no_location(
    app_client: TestClient,
    twilio_api: FakeTwilio,
    database: Database,
    caplog: pytest.LogCaptureFixture,
    place: dict[str, str],
) -> None:
    post_twilio(app_client, PATH, incoming("", MessageType="location", **place))
    wait_until(lambda: settled(database, 2))
    (received,) = messages(database, "in")
    assert (received.kind, received.body) == ("text", "")
    assert twilio_api.bodies()[0] == gettext("es", cm.UNSUPPORTED)
    with database.session() as s:
        assert s.scalars(select(Conversation)).one().location_lat is None
    assert tracebacks(caplog) == []


@pytest.mark.parametrize("count", ["three", "-1", "1e3", "٣", "99999999999999999999"])
def test_a_bad_num_media_counts_as_no_media(
    app_client: TestClient,
    twilio_api: FakeTwilio,
    database: Database,
    caplog: pytest.LogCaptureFixture,
    count: str,
) -> None:
    post_twilio(app_client, PATH, incoming("", NumMedia=count, MediaContentType0="audio/ogg"))
    wait_until(lambda: settled(database, 2))
    (received,) = messages(database, "in")
    assert (received.kind, received.body) == ("text", "")  # no media, no text: not for Rasa
    assert twilio_api.bodies()[0] == gettext("es", cm.UNSUPPORTED)
    assert tracebacks(caplog) == []
