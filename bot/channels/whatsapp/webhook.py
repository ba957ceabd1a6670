"""Twilio's webhooks: WhatsApp messages and delivery status callbacks, signature checked.

Twilio signs the exact public URL it called: behind a proxy that is PUBLIC_BASE_URL plus the
path (and query), not the URL this process sees. A request without a valid `X-Twilio-Signature`
gets 403 and changes nothing (429 once its address keeps forging; signed requests are never
address-limited). A message is written to the journal, acknowledged with empty TwiML at once
and processed in the background; its MessageSid makes a retried or replayed delivery a no-op.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import ImmutableMultiDict
from twilio.request_validator import (
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    RequestValidator,
    get_signature_algorithm,
)
from twilio.twiml.messaging_response import MessagingResponse

from bot.channels import journal
from bot.channels.whatsapp import content
from bot.channels.whatsapp import inbound as whatsapp_inbound
from bot.channels.whatsapp.errors import error_code
from bot.channels.whatsapp.inbound import WhatsAppInbox
from bot.channels.whatsapp.interactive import LOCATION
from bot.channels.whatsapp.send import STATUS_PATH
from bot.db.base import utcnow
from bot.db.models import Conversation, Message
from bot.http import deps as http_deps
from bot.http.errors import ApiError
from bot.http.limits import read_capped, refuse_unauthenticated
from bot.outbox import delivery
from bot.outbox import store as outbox
from bot.outbox.delivery import PART_RANK
from bot.outbox.models import OutboundPart
from bot.settings import Settings

log = logging.getLogger(__name__)
router = APIRouter(tags=["channels"])
MESSAGE_PATH = "/webhooks/twilio/whatsapp"
MAX_BODY = 64_000  # a 1,600-character message with every field is a few kilobytes
STATUS_MAP = {
    "queued": "sent",
    "accepted": "sent",
    "sending": "sent",
    "sent": "sent",
    "delivered": "delivered",
    "read": "read",
}
FAILED = {"failed", "undelivered"}


def public_url(settings: Settings, path: str, query: str) -> str:
    url = settings.public_base_url.rstrip("/") + path
    return f"{url}?{query}" if query else url


async def signed(request: Request, path: str) -> ImmutableMultiDict[str, str] | None:
    """The form's fields when the signature is valid for our public URL, else None.

    Twilio posts small url-encoded forms; anything larger than MAX_BODY is refused (413) before
    it is parsed.
    """
    settings = http_deps.services(request).settings
    body = await read_capped(request, MAX_BODY)
    signature = request.headers.get(SIGNATURE_HEADER)
    if not settings.twilio_auth_token or not signature:
        return None
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=1000)
    except (UnicodeDecodeError, ValueError):
        return None
    fields = ImmutableMultiDict(pairs)
    algorithm = get_signature_algorithm(request.headers.get(SIGNATURE_SETTINGS_HEADER))
    url = public_url(settings, path, request.url.query)
    valid = RequestValidator(settings.twilio_auth_token).validate(url, fields, signature, algorithm)
    return fields if valid else None


def empty_twiml() -> Response:
    return Response(str(MessagingResponse()), media_type="application/xml")


@router.post(MESSAGE_PATH, include_in_schema=False)
async def whatsapp_webhook(request: Request) -> Response:
    fields = await signed(request, MESSAGE_PATH)
    if fields is None:
        raise refuse_unauthenticated(request, "invalid Twilio signature")
    inbox = http_deps.state(request, "whatsapp_inbox", WhatsAppInbox)
    settings = http_deps.services(request).settings
    db = http_deps.services(request).db
    inbound = whatsapp_inbound.parse(fields, settings.max_text_chars)
    if inbound is None:
        log.info("WhatsApp webhook without a sender; ignored")
        return empty_twiml()
    if inbound.message_id:
        # Written down before the acknowledgement: a crash now cannot lose the message.
        await db.run(journal.record, whatsapp_inbound.CHANNEL, inbound.message_id, dict(fields))
    else:
        await db.require()
    inbox.submit(inbound)
    return empty_twiml()


def _reason(code: str) -> str:
    """The part's error code from the callback's `ErrorCode`; `ErrorMessage` is never read.

    Twilio's message may quote the person's number, so only a plain number is kept.
    """
    code = code.strip()
    if re.fullmatch(r"[0-9]{1,5}", code):
        return error_code(int(code))
    return "twilio_failed"


def record_status(session: Session, sid: str, status: str, error_code: str) -> bool:
    """Apply one status callback to its part and its message; False if the SID is unknown."""
    part = session.scalars(
        select(OutboundPart).where(
            OutboundPart.channel == "whatsapp", OutboundPart.provider_id == sid
        )
    ).first()
    if part is None:
        return False
    if part.status != "failed":
        if status in FAILED:
            part.status, part.error = "failed", _reason(error_code)
            if part.content_sid:
                resend_as_text(session, part)
        elif PART_RANK.get(STATUS_MAP.get(status, ""), 0) > PART_RANK.get(part.status, 0):
            part.status = STATUS_MAP[status]
        part.updated_at = utcnow()
    session.flush()
    row = session.get(Message, part.message_id)
    if row is not None and row.status != "pending":
        delivery.settle(session, row)  # while pending, the worker settles it when done
    return True


def resend_as_text(session: Session, part: OutboundPart) -> None:
    """WhatsApp refused an interactive message after Twilio took it: never use that content
    again, and send the reply once more (now as numbered text) if nothing was said after it.

    A map pin that failed is only retired: the text already named the place.
    """
    kind = content.kind_of(session, part.content_sid or "")
    if kind is None or not content.retire(session, part.content_sid or "", part.error or ""):
        return  # an approved template, not one of our contents
    row = session.get(Message, part.message_id)
    if kind == LOCATION or row is None or row.sender != "bot" or row.kind != "text":
        return
    later = session.scalar(
        select(Message.id)
        .where(Message.conversation_id == row.conversation_id, Message.id > row.id)
        .limit(1)
    )
    conv = session.get(Conversation, row.conversation_id)
    if later is None and conv is not None and conv.closed_at is None:
        outbox.enqueue(session, conv, [outbox.out_message(row)], purpose=row.purpose)


@router.post(STATUS_PATH, include_in_schema=False)
async def twilio_status(request: Request) -> Response:
    fields = await signed(request, STATUS_PATH)
    if fields is None:
        raise refuse_unauthenticated(request, "invalid Twilio signature")
    sid = fields.get("MessageSid") or fields.get("SmsSid") or ""
    status = (fields.get("MessageStatus") or fields.get("SmsStatus") or "").lower()
    if not sid or not status:
        raise ApiError(400, "invalid_status", "MessageSid and MessageStatus are required")
    db = http_deps.services(request).db
    if not await db.run(record_status, sid, status, fields.get("ErrorCode") or ""):
        log.info("status %s for an unknown message", status)
    return Response(status_code=204)
