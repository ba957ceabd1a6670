"""One OutMessage, shaped for each channel: inline keyboards, numbered options, web buttons.

Every channel gets the same words and the same choices; only the shape differs. Telegram shows
buttons under the message, WhatsApp (plain Twilio messages have no buttons outside templates)
lists them as numbered options a person answers with a number or the option's words, and the web
chat draws buttons itself. A button whose payload is `LOCATION_PAYLOAD` asks for the person's
location: a location-sharing key on Telegram, a how-to line on WhatsApp.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from bot.channels import messages as cm
from bot.channels.split import TELEGRAM_LIMIT, WHATSAPP_LIMIT, split_text
from bot.i18n import gettext
from bot.reply import Button, OutMessage

LOCATION_PAYLOAD = "/inform_location"
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

    telegram: tuple[TelegramPart, ...] = ()
    whatsapp: tuple[str, ...] = ()
    options: tuple[Button, ...] = field(default_factory=tuple)


def asks_location(button: Button) -> bool:
    return button.payload.strip() == LOCATION_PAYLOAD


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


def telegram(message: OutMessage, lang: str, message_id: int) -> Rendered:
    """Text parts of at most 4,096 units; the keyboard goes with the last part."""
    text = message.text or (gettext(lang, cm.CHOOSE_OPTION) if message.buttons else "")
    parts = split_text(text, TELEGRAM_LIMIT)
    markup: TelegramMarkup | None = None
    options: tuple[Button, ...] = ()
    if any(asks_location(b) for b in message.buttons):
        # A reply keyboard: the location key, and the other choices as keys whose text we map
        # back to their payloads (reply keyboards cannot carry a payload).
        rows = [
            [KeyboardButton(b.title, request_location=True)]
            if asks_location(b)
            else [KeyboardButton(b.title)]
            for b in message.buttons
        ]
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
    return Rendered(telegram=tuple(out), options=options)


def join_or(lang: str, items: list[str]) -> str:
    """'1, 2 or 3' in the person's language."""
    if len(items) < 2:
        return "".join(items)
    return gettext(lang, cm.OPTIONS_OR, first=", ".join(items[:-1]), last=items[-1])


def whatsapp(message: OutMessage, lang: str) -> Rendered:
    """Text with numbered options and how to answer them, in parts of at most 1,600."""
    options = tuple(b for b in message.buttons if not asks_location(b))
    lines = [message.text.strip()] if message.text.strip() else []
    if options:
        numbered = "\n".join(f"{i}. {b.title}" for i, b in enumerate(options, start=1))
        choices = join_or(lang, [str(i) for i in range(1, len(options) + 1)])
        lines.append(numbered + "\n\n" + gettext(lang, cm.OPTIONS_REPLY, choices=choices))
    if len(options) != len(message.buttons):
        lines.append("📍 " + gettext(lang, cm.SHARE_LOCATION_HOWTO))
    return Rendered(whatsapp=tuple(split_text("\n\n".join(lines), WHATSAPP_LIMIT)), options=options)


def web(message: OutMessage) -> dict[str, Any]:
    """The web chat's shape: the API contract's {"text", "buttons": [{"title", "payload"}]}."""
    return message.as_dict()
