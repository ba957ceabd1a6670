"""The referral's link goes by e-mail through a real SMTP server (aiosmtpd on a local port).

The follow-up loop sends it once the referral leaves; the message names the organisation and
the kind of need but never what the person shared; its link opens the partner's page. A mail
server that does not answer leaves a reason staff can see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient

from bot.app import create_app
from bot.db.session import Database
from bot.settings import Settings
from tests.conftest import free_port, make_settings
from tests.fakes.providers import wait_until
from tests.referrals.helpers import (
    ORGANIZATION,
    directory_with_partners,
    refer,
    referral,
    say,
    shelter_case,
)
from tests.staff.helpers import add_user, login


class Inbox:
    """aiosmtpd's handler: keeps every message it is handed."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(
            (list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default))
        )
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def mail_settings(database_url: str, port: int) -> Settings:
    return make_settings(
        database_url,
        STAFF_HOURS="Mo-Su 00:00-24:00",
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(port),
        SMTP_FROM="puente@example.org",
        SMTP_SECURITY="none",
        REFERRAL_POLL_SECONDS="0.3",
    )


def test_the_link_goes_by_email_and_opens_the_partners_page(
    database_url: str, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    settings = mail_settings(database_url, port)
    db = Database.from_settings(settings)
    try:
        with TestClient(create_app(settings)) as client:
            directory_with_partners(db)
            add_user(db, "agente@example.org", "agent")
            csrf = login(client, "agente@example.org")
            case_id, _ = shelter_case(client, "web-mail")
            refer(client, csrf, case_id, share=["first_name"], first_name="Rosa")
            say(client, "web-mail", "si")
            wait_until(lambda: inbox.messages, timeout=20)
            [(to, message)] = inbox.messages
            assert to == ["refugio@example.org"]
            assert ORGANIZATION in str(message["Subject"])
            assert isinstance(message, EmailMessage)
            body = message.get_content()
            assert "albergue" in body and "Rosa" not in body
            url = re.search(r"(https?://\S+/partner/r/\S+)", body)
            assert url is not None
            path = url.group(1).removeprefix(settings.public_base_url)
            page = client.get(path)
            assert page.status_code == 200 and "Rosa" in page.text
            row = wait_until(lambda: referral(db, 1)["link_sent_at"], value=lambda: referral(db, 1))
            assert (row["link_channel"], row["status"]) == ("email", "acknowledged")
    finally:
        db.dispose()


def test_a_mail_server_that_does_not_answer_leaves_a_reason(database_url: str) -> None:
    settings = mail_settings(database_url, free_port())  # nothing listens there
    db = Database.from_settings(settings)
    try:
        with TestClient(create_app(settings)) as client:
            directory_with_partners(db)
            add_user(db, "agente@example.org", "agent")
            csrf = login(client, "agente@example.org")
            case_id, _ = shelter_case(client, "web-nomail")
            refer(client, csrf, case_id)
            wait_until(lambda: referral(db, 1)["link_error"], timeout=20)
            assert referral(db, 1)["link_error"] == "smtp_unreachable"
            page = client.get(f"/staff/cases/{case_id}")
            assert "El servidor de correo no respondió" in page.text
    finally:
        db.dispose()
