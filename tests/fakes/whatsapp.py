"""WhatsApp webhook forms as Twilio posts them, and reading back what the app stored."""

from __future__ import annotations

from sqlalchemy import select

from bot.db.models import Message
from bot.db.session import Database
from tests.fakes.providers import TWILIO_FROM

PATH = "/webhooks/twilio/whatsapp"
STATUS = "/webhooks/twilio/status"
PERSON = "whatsapp:+5215512345678"
_sids = iter(range(10_000, 99_999))


def incoming(body: str = "hola", **extra: str) -> dict[str, str]:
    fields = {
        "SmsMessageSid": "",
        "NumMedia": "0",
        "ProfileName": "Ana",
        "MessageType": "text",
        "WaId": "5215512345678",
        "SmsStatus": "received",
        "Body": body,
        "To": TWILIO_FROM,
        "NumSegments": "1",
        "From": PERSON,
        "AccountSid": "AC" + "0" * 32,
        "ApiVersion": "2010-04-01",
        "MessageSid": f"SM{next(_sids):032d}",
    }
    fields["SmsMessageSid"] = fields["MessageSid"]
    fields.update(extra)
    return fields


def messages(db: Database, direction: str) -> list[Message]:
    with db.session() as s:
        return list(
            s.scalars(
                select(Message).where(Message.direction == direction).order_by(Message.id)
            ).all()
        )


def settled(db: Database, count: int = 1) -> bool:
    out = messages(db, "out")
    return len(out) >= count and all(m.status != "pending" for m in out)
