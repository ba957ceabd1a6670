"""`GET /api/chat/updates`: what staff (or the system) said to a web-chat person since `after`.

Bot replies reach the web chat in the answer to `POST /api/chat`; messages written later, such
as a staff reply, wait in the outbox as `pending` until the page polls here. A fetched message is
marked sent and remembered as pulled, so a page whose request was lost asks again with the same
`after` and gets it again.

The sender id is the web chat's only credential, so it travels in the `X-Puente-Sender` header,
never in the URL (URLs end up in access logs, proxies and browser history); a `?sender=` is
refused. Every /api/chat answer carries `Cache-Control: no-store` (see `bot.app`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.contacts import open_conversation
from bot.db.models import Message
from bot.http import deps
from bot.http.errors import ApiError
from bot.outbox.models import OutboundPart
from bot.outbox.store import out_message

router = APIRouter(tags=["web chat"])
CHANNEL = "web"
LIMIT = 50
SENDER_HEADER = "X-Puente-Sender"


def pull(session: Session, sender: str, after: int) -> dict[str, Any]:
    conv = open_conversation(session, CHANNEL, sender)
    if conv is None:
        return {"messages": [], "after": after, "conversation": None}
    pulled = exists().where(OutboundPart.message_id == Message.id)
    rows = session.scalars(
        select(Message)
        .where(
            Message.conversation_id == conv.id,
            Message.direction == "out",
            Message.id > after,
            or_(Message.status == "pending", pulled),
        )
        .order_by(Message.id)
        .limit(LIMIT)
    ).all()
    out: list[dict[str, Any]] = []
    for row in rows:
        if row.status == "pending":
            row.status, row.sent_at, row.next_attempt_at = "sent", utcnow(), None
            row.attempts += 1
            session.add(
                OutboundPart(
                    message_id=row.id, part=0, channel=CHANNEL, provider_id=f"web:{row.id}"
                )
            )
        shaped = out_message(row).as_dict()
        out.append({"id": row.id, "sender": row.sender, **shaped})
    return {
        "messages": out,
        "after": max([after, *(m["id"] for m in out)]),
        "conversation": {"id": conv.public_id, "status": conv.status, "language": conv.language},
    }


@router.get("/api/chat/updates")
async def chat_updates(
    request: Request,
    after: Annotated[int, Query(ge=0)] = 0,
    sender: Annotated[str | None, Header(alias=SENDER_HEADER, max_length=128)] = None,
) -> dict[str, Any]:
    """New outbound messages for the sender's open conversation, oldest first."""
    if "sender" in request.query_params:
        raise ApiError(
            400, "sender_in_url", f"send the sender id in the {SENDER_HEADER} header, not the URL"
        )
    if not sender or not sender.strip():
        raise ApiError(422, "missing_sender", f"the {SENDER_HEADER} header is required")
    db = deps.services(request).db
    result: dict[str, Any] = await db.run(pull, sender.strip(), after)
    return result
