"""One OutMessage shaped for Telegram: text parts with an inline keyboard under the last one.

Every channel gets the same words and the same choices; only the shape differs. A reply that
asks where the person is (`OutMessage.asks`, or a button with the location payload) gets a
reply keyboard with a "share my location" key; its other choices become keys whose words are
mapped back to their payloads.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from bot.channels import messages as cm
from bot.channels.buttons import asks_location
from bot.channels.split import TELEGRAM_LIMIT, split_text
from bot.i18n import gettext
from bot.reply import Button, OutMessage

CALLBACK_DATA_LIMIT = 64
CALLBACK_REF = "@"  # callback data "@<message id>:<index>" points at a stored button

TelegramMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup


@dataclass(frozen=True)
class TelegramPart:
    text: str
    markup: TelegramMarkup | None = None


@dataclass(frozen=True)
class Rendered:
    """Parts to send in order, and the options a typed answer may refer to afterwards."""

    parts: tuple[TelegramPart, ...] = ()
    options: tuple[Button, ...] = ()


def callback_data(payload: str, message_id: int, index: int) -> str:
    """The payload itself when it fits Telegram's 64 bytes, else a reference to the stored row."""
    if len(payload.encode("utf-8")) <= CALLBACK_DATA_LIMIT and not payload.startswith(CALLBACK_REF):
        return payload
    return f"{CALLBACK_REF}{message_id}:{index}"


def parse_callback_ref(data: str) -> tuple[int, int] | None:
    if not data.startswith(CALLBACK_REF):
        return None
    head, _, tail = data[1:].partition(":")
    if not (head.isdigit() and tail.isdigit()):
        return None
    return int(head), int(tail)


def render(message: OutMessage, lang: str, message_id: int) -> Rendered:
    """Text parts of at most 4,096 units; the keyboard goes with the last part."""
    text = message.text or (gettext(lang, cm.CHOOSE_OPTION) if message.buttons else "")
    parts = split_text(text, TELEGRAM_LIMIT)
    markup: TelegramMarkup | None = None
    options: tuple[Button, ...] = ()
    if message.asks_location or any(asks_location(b) for b in message.buttons):
        # A reply keyboard: the location key, and the other choices as keys whose text we map
        # back to their payloads (reply keyboards cannot carry a payload).
        rows = [
            [KeyboardButton(b.title, request_location=True)]
            if asks_location(b)
            else [KeyboardButton(b.title)]
            for b in message.buttons
        ]
        if not any(asks_location(b) for b in message.buttons):
            key = KeyboardButton(gettext(lang, cm.SHARE_LOCATION_KEY), request_location=True)
            rows.insert(0, [key])
        markup = ReplyKeyboardMarkup(rows, resize_keyboard=True, one_time_keyboard=True)
        options = tuple(b for b in message.buttons if not asks_location(b))
    elif message.buttons:
        markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        b.title, callback_data=callback_data(b.payload, message_id, i)
                    )
                ]
                for i, b in enumerate(message.buttons)
            ]
        )
    out = [TelegramPart(p) for p in parts[:-1]]
    if parts:
        out.append(TelegramPart(parts[-1], markup))
    return Rendered(parts=tuple(out), options=options)
