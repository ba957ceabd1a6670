"""`POST /webhooks/telegram`: Telegram's webhook, checked against TELEGRAM_WEBHOOK_SECRET.

Telegram sends the secret given to setWebhook in `X-Telegram-Bot-Api-Secret-Token`; anything
without the right one is refused with 403 before it is read further (429 once its address
keeps trying; Telegram's own servers, which know the secret, are never address-limited).
Updates are read tolerantly first (bot.channels.telegram.parse: older Bot API shapes are filled
in; malformed JSON, lone surrogates, deep nesting or a message without a chat get 400 with a clear
error, are logged without their content and are never journaled). Accepted updates are written
to the journal, go on the Application's queue and the request is
answered at once, so Telegram never waits on Rasa.
"""

from __future__ import annotations

import hmac
import logging

from fastapi import APIRouter, Request, Response

from bot.channels import journal
from bot.channels.telegram import parse
from bot.channels.telegram.bot import TelegramChannel
from bot.http import deps as http_deps
from bot.http.errors import ApiError
from bot.http.limits import read_capped, refuse_unauthenticated

log = logging.getLogger(__name__)
router = APIRouter(tags=["channels"])
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
MAX_BODY = 1_000_000


def secret_matches(given: str | None, expected: str) -> bool:
    if not expected or given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


@router.post("/webhooks/telegram", include_in_schema=False)
async def telegram_webhook(request: Request) -> Response:
    settings = http_deps.services(request).settings
    if not secret_matches(request.headers.get(SECRET_HEADER), settings.telegram_webhook_secret):
        raise refuse_unauthenticated(request, "wrong or missing secret token")
    channel = http_deps.optional(request, "telegram", TelegramChannel)
    if channel is None:
        raise ApiError(404, "telegram_disabled", "Telegram is not configured")
    if not channel.ready:
        # Telegram delivers the update again later; nothing is lost.
        raise ApiError(503, "telegram_starting", "Telegram is not ready yet")
    body = await read_capped(request, MAX_BODY)
    try:
        data = parse.decode(body)
        update = channel.read(data)
    except parse.BadUpdate as exc:
        # Read before it is journaled: a malformed update is refused once, never replayed.
        log.warning("refused a Telegram update (%s): %s", exc.code, exc.reason)
        raise ApiError(400, exc.code, exc.reason) from exc
    # Written down before the acknowledgement: a crash now cannot lose the update.
    await http_deps.services(request).db.run(
        journal.record, "telegram", str(data["update_id"]), data
    )
    await channel.feed(update)
    return Response(status_code=200)
