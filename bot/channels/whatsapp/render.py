"""One OutMessage shaped for WhatsApp: text with numbered options, in parts of at most 1,600.

Plain Twilio messages carry no buttons, so the choices are listed as numbered options a person
answers with a number or the option's words (mapped back by `bot.outbox.options`).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.channels import messages as cm
from bot.channels.buttons import asks_location
from bot.channels.split import WHATSAPP_LIMIT, split_text
from bot.i18n import gettext
from bot.reply import Button, OutMessage


@dataclass(frozen=True)
class Rendered:
    """Bodies to send in order, and the options a typed answer may refer to afterwards."""

    parts: tuple[str, ...] = ()
    options: tuple[Button, ...] = ()


def join_or(lang: str, items: list[str]) -> str:
    """'1, 2 or 3' in the person's language."""
    if len(items) < 2:
        return "".join(items)
    return gettext(lang, cm.OPTIONS_OR, first=", ".join(items[:-1]), last=items[-1])


def render(message: OutMessage, lang: str) -> Rendered:
    """Text with numbered options and how to answer them, in parts of at most 1,600."""
    options = tuple(b for b in message.buttons if not asks_location(b))
    lines = [message.text.strip()] if message.text.strip() else []
    if options:
        numbered = "\n".join(f"{i}. {b.title}" for i, b in enumerate(options, start=1))
        choices = join_or(lang, [str(i) for i in range(1, len(options) + 1)])
        lines.append(numbered + "\n\n" + gettext(lang, cm.OPTIONS_REPLY, choices=choices))
    if len(options) != len(message.buttons):
        lines.append("📍 " + gettext(lang, cm.SHARE_LOCATION_HOWTO))
    return Rendered(parts=tuple(split_text("\n\n".join(lines), WHATSAPP_LIMIT)), options=options)
