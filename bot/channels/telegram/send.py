"""Sending one outbox message to Telegram, part by part, and sorting failures.

Telegram answers 429 with a wait (RetryAfter), 403 when the person blocked the bot, 400 when
the chat is gone; only the first kind, and network trouble, are worth trying again. A reply that
carries a service's place is followed by a venue (a map pin with the name and the address), sent
last so a keyboard stays with the words it belongs to.
"""

from __future__ import annotations

from telegram import Bot, LinkPreviewOptions
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.channels.telegram import render
from bot.crypto import Keys
from bot.outbox.delivery import Job, PermanentError, Record, TransientError
from bot.reply import Button, Place


def message_key(keys: Keys, chat_id: int | str, message_id: int | str) -> str:
    """A message's unique id for our tables, keyed-hashed: the chat id is a person's id."""
    return "tg:" + keys.lookup_hash("telegram-message", f"{chat_id}:{message_id}")[:48]


def retry_after_seconds(exc: RetryAfter) -> float:
    # The private timedelta avoids the property's deprecation warning about its future type.
    return float(exc._retry_after.total_seconds())


def classify(exc: TelegramError) -> Exception:
    """The outbox error for a Telegram failure: transient ones are retried.

    Only a code is kept, never Telegram's description: it can name the chat or the person.
    """
    if isinstance(exc, RetryAfter):
        return TransientError("telegram_rate_limited", retry_after_seconds(exc))
    if isinstance(exc, Forbidden):
        return PermanentError("telegram_forbidden")
    if isinstance(exc, ChatMigrated):
        return PermanentError("telegram_chat_migrated")
    if isinstance(exc, BadRequest):  # before NetworkError: BadRequest subclasses it
        return PermanentError("telegram_bad_request")
    if isinstance(exc, InvalidToken):
        return TransientError("telegram_invalid_token")  # check TELEGRAM_BOT_TOKEN
    if isinstance(exc, NetworkError):
        return TransientError("telegram_network")
    return TransientError("telegram_error")


class TelegramSender:
    """The outbox's sender for the `telegram` channel."""

    channel = "telegram"

    def __init__(self, bot: Bot, keys: Keys) -> None:
        self.bot = bot
        self.keys = keys

    async def deliver(self, job: Job, record: Record) -> tuple[Button, ...]:
        rendered = render.render(job.message, job.language, job.message_id)
        if not rendered.parts:
            raise PermanentError("empty_message")
        try:
            chat_id: int | str = int(job.address)
        except ValueError:
            chat_id = job.address
        for index, part in enumerate(rendered.parts):
            if index < job.parts_done:
                continue  # went out on an earlier attempt
            try:
                sent = await self.bot.send_message(
                    chat_id=chat_id,
                    text=part.text,
                    reply_markup=part.markup,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
            except TelegramError as exc:
                raise classify(exc) from exc
            await record(index, message_key(self.keys, chat_id, sent.message_id))
        place = job.message.place
        if place is not None and len(rendered.parts) >= job.parts_done:
            sent_id = await self._venue(chat_id, place)
            await record(len(rendered.parts), message_key(self.keys, chat_id, sent_id))
        return rendered.options

    async def _venue(self, chat_id: int | str, place: Place) -> int:
        """The place as a map pin; Telegram wants an address, so the name stands in for none."""
        try:
            sent = await self.bot.send_venue(
                chat_id=chat_id,
                latitude=place.lat,
                longitude=place.lon,
                title=place.name,
                address=place.address or place.name,
            )
        except TelegramError as exc:
            raise classify(exc) from exc
        return int(sent.message_id)
