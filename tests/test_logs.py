"""No secret, phone number, Telegram id or message text in any log line or any file a run writes.

A whole run at DEBUG: Telegram through the fake Bot API, WhatsApp through the fake Twilio (with
provider errors that quote the person's number), the web chat. Every record of every logger is
captured as the handlers would write it, and every file under the test's directory (the SQLite
database, its journal, anything else written there) is read byte by byte.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot import logs
from bot.app import create_app
from bot.db import migrate
from bot.db.models import Message
from bot.db.session import Database
from bot.outbox.delivery import safe_code
from tests.fakes.providers import (
    BOT_TOKEN,
    TWILIO_FROM,
    TWILIO_TOKEN,
    WEBHOOK_SECRET,
    FakeBotApi,
    FakeTwilio,
    post_twilio,
    post_update,
    settings_for,
    update,
    wait_ready,
    wait_until,
)

SECRET_KEY = "secret-key-for-the-log-test-0123456789"
DATA_KEY = "data-key-for-the-log-test-9876543210"
TELEGRAM_ID = 5550001234
PHONE = "+5215598765432"
WAID = PHONE.lstrip("+")
TEXTS = {
    "telegram": "me robaron la mochila en la estación de Tapachula",
    "whatsapp": "mi hermana Lucía está en Reynosa y no contesta",
    "web": "trabajo en una obra en Monterrey y no me pagan",
}
BLOCKED = (
    403,
    {"ok": False, "error_code": 403, "description": f"Forbidden: user {TELEGRAM_ID} blocked"},
)
INVALID_NUMBER = (
    400,
    {
        "code": 21211,
        "message": f"The 'To' number whatsapp:{PHONE} is not a valid phone number.",
        "more_info": "https://www.twilio.com/docs/errors/21211",
        "status": 400,
    },
)


class Capture(logging.Handler):
    """Every record, formatted as a log file would hold it (with exceptions and stacks)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter(logs.FORMAT))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def capture() -> Iterator[Capture]:
    """The capture on the root handler list and on every logger that does not propagate."""
    handler = Capture()
    root = logging.getLogger()
    level = root.level
    loose = [
        lg
        for lg in logging.Logger.manager.loggerDict.values()
        if isinstance(lg, logging.Logger) and not lg.propagate
    ]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for lg in loose:
        lg.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    for lg in loose:
        lg.removeHandler(handler)
    root.setLevel(level)


def forbidden() -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": BOT_TOKEN,
        "the token's secret half": BOT_TOKEN.split(":", 1)[1],
        "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "SECRET_KEY": SECRET_KEY,
        "DATA_KEY": DATA_KEY,
        "phone number": PHONE,
        "WhatsApp id": WAID,
        "Telegram id": str(TELEGRAM_ID),
        **{f"{channel} text": text for channel, text in TEXTS.items()},
    }


def outbound(db: Database) -> list[Message]:
    with db.session() as s:
        rows = s.scalars(select(Message).where(Message.direction == "out")).all()
        for row in rows:
            s.expunge(row)
        return list(rows)


def settled(db: Database, channel: str, count: int) -> bool:
    rows = [m for m in outbound(db) if m.channel == channel]
    return len(rows) >= count and all(m.status != "pending" for m in rows)


def test_a_debug_run_leaves_no_secret_number_or_text_in_logs_or_files(
    tmp_path: Path, capture: Capture
) -> None:
    url = f"sqlite:///{tmp_path / 'puente.db'}"
    migrate.upgrade(url)
    with FakeBotApi() as bot_api, FakeTwilio() as twilio:
        settings = settings_for(
            url, bot_api, twilio, LOG_LEVEL="DEBUG", SECRET_KEY=SECRET_KEY, DATA_KEY=DATA_KEY
        )
        with TestClient(create_app(settings)) as client:
            wait_ready(client)
            db: Database = client.app.state.services.db  # type: ignore[attr-defined]

            # Telegram: the first reply is refused with a description naming the person.
            bot_api.fail_next("sendMessage", BLOCKED)
            message = update("text", chat_id=TELEGRAM_ID, text=TEXTS["telegram"])
            assert post_update(client, message).status_code == 200
            wait_until(lambda: settled(db, "telegram", 2))

            # WhatsApp: the first reply is refused with Twilio's sentence quoting the number,
            # a later one fails on a status callback whose ErrorMessage quotes it too.
            twilio.fail_next("messages.create", INVALID_NUMBER)
            fields = {
                "MessageSid": "SM" + "1" * 32,
                "AccountSid": "AC" + "0" * 32,
                "From": f"whatsapp:{PHONE}",
                "To": TWILIO_FROM,
                "WaId": WAID,
                "ProfileName": "Lucía",
                "Body": TEXTS["whatsapp"],
                "NumMedia": "0",
            }
            assert post_twilio(client, "/webhooks/twilio/whatsapp", fields).status_code == 200
            wait_until(lambda: settled(db, "whatsapp", 2))
            sent = [m for m in outbound(db) if m.channel == "whatsapp" and m.status == "sent"]
            assert sent, [(m.status, m.error) for m in outbound(db)]
            callback = {
                "MessageSid": str(sent[0].channel_message_id),
                "MessageStatus": "undelivered",
                "ErrorCode": "63024",
                "ErrorMessage": f"Invalid message recipient whatsapp:{PHONE}",
                "To": f"whatsapp:{PHONE}",
            }
            assert post_twilio(client, "/webhooks/twilio/status", callback).status_code == 204

            # The web chat.
            chat = client.post("/api/chat", json={"sender": "web-log-test", "text": TEXTS["web"]})
            assert chat.status_code == 200

            errors = {m.error for m in outbound(db) if m.status == "failed"}
    assert any(" DEBUG " in line for line in capture.lines)  # the run did log at DEBUG
    assert any("failed for good: twilio_21211" in line for line in capture.lines)
    secrets = forbidden()
    leaks = {
        what: [line for line in capture.lines if value in line] for what, value in secrets.items()
    }
    assert {k: v for k, v in leaks.items() if v} == {}

    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "puente.db" for p in files)
    in_files = {
        f"{what} in {path.name}": True
        for path in files
        for what, value in secrets.items()
        if value.encode() in path.read_bytes()
    }
    assert in_files == {}
    # What staff and operators read: the provider's code, never its sentence.
    assert errors == {"telegram_forbidden", "twilio_21211", "twilio_63024"}
    assert all(safe_code(e) == e for e in errors)


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        (f"POST https://api.telegram.org/bot{BOT_TOKEN}/sendMessage 200", BOT_TOKEN),
        ("The 'To' number whatsapp:+52 1 55 9876 5432 is not valid", "9876 5432"),
        (f"number {PHONE} and %2B{WAID}", WAID),
        ("{'chat_id': 7001, 'text': 'x'}", "7001"),
        ("User(first_name='Ana', id=7001)", "7001"),
        ("chat -1001234567890 migrated", "1001234567890"),
        ("mail ana.perez+ayuda@example.org", "ana.perez"),
        ("Authorization: Basic QUMwMDA6dG9rZW4=", "QUMwMDA6dG9rZW4"),
    ],
)
def test_redact_blanks_identifiers_and_secrets(line: str, hidden: str) -> None:
    assert hidden not in logs.redact(line)


def test_redact_keeps_ordinary_lines() -> None:
    line = "message 12 failed for good: twilio_21211; retry 3 in 0.1 s on 2024-05-01 (port 8000)"
    assert logs.redact(line) == line


def test_a_secret_in_a_traceback_or_an_argument_is_blanked(capture: Capture) -> None:
    logs.install(["a-long-configured-secret"])
    log = logging.getLogger("tests.logs")
    log.setLevel(logging.INFO)
    try:
        raise RuntimeError("failed with a-long-configured-secret for +5215598765432")
    except RuntimeError:
        log.exception("calling %s", "https://example.org/?key=a-long-configured-secret")
    text = "\n".join(capture.lines)
    assert "calling https://example.org/?key=[secret]" in text
    assert "a-long-configured-secret" not in text and PHONE not in text


def test_library_lines_are_redacted_even_when_an_operator_turns_them_up(capture: Capture) -> None:
    """The quiet levels are the first guard; the filter still blanks what httpx and
    python-telegram-bot write when someone sets them to DEBUG by hand."""
    from telegram import Bot

    logs.install([BOT_TOKEN])
    loud = [logging.getLogger(name) for name in ("httpx", "httpcore", "telegram")]
    levels = [lg.level for lg in loud]
    for lg in loud:
        lg.setLevel(logging.DEBUG)

    async def talk(url: str) -> None:
        async with Bot(BOT_TOKEN, base_url=f"{url}/bot") as bot:
            await bot.send_message(chat_id=TELEGRAM_ID, text="hola")

    try:
        with FakeBotApi() as bot_api:
            asyncio.run(talk(bot_api.url))
    finally:
        for lg, level in zip(loud, levels, strict=True):
            lg.setLevel(level)
    httpx_lines = [line for line in capture.lines if " httpx " in line]
    assert httpx_lines and all("/bot[secret]/" in line for line in httpx_lines)
    text = "\n".join(capture.lines)
    assert BOT_TOKEN not in text and BOT_TOKEN.split(":")[1] not in text
    assert str(TELEGRAM_ID) not in text
