"""One OutMessage shaped for WhatsApp, as numbered text or as WhatsApp's own buttons and pins.

Numbered text always works: the choices are listed as numbered options a person answers with a
number or the option's words (mapped back by `bot.outbox.options`), in bodies of at most 1,600
characters. With Twilio's Content API on, `plan` turns the same message into WhatsApp's own
shapes (`bot.channels.whatsapp.interactive`): the text first when it is longer than an
interactive body may be, then the last part of the text with its buttons or list, and a map pin
after it all when the message carries a place (last, so a pin that cannot be sent moves no other
part's place in a retry). The numbered form of the last part of the text stands ready in case
Twilio cannot take the interactive one.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.channels import messages as cm
from bot.channels.buttons import asks_location
from bot.channels.split import WHATSAPP_LIMIT, size, split_text
from bot.channels.whatsapp import interactive
from bot.channels.whatsapp.interactive import ContentSpec
from bot.i18n import gettext
from bot.reply import Button, OutMessage


@dataclass(frozen=True)
class Rendered:
    """Bodies to send in order, and the options a typed answer may refer to afterwards."""

    parts: tuple[str, ...] = ()
    options: tuple[Button, ...] = ()


@dataclass(frozen=True)
class Part:
    """One WhatsApp message: a body, or a Content resource (with the text to fall back on)."""

    body: str = ""
    content: ContentSpec | None = None
    fallback: tuple[str, ...] = ()  # the numbered text that replaces a content Twilio refuses


@dataclass(frozen=True)
class Plan:
    parts: tuple[Part, ...]
    options: tuple[Button, ...]


def join_or(lang: str, items: list[str]) -> str:
    """'1, 2 or 3' in the person's language."""
    if len(items) < 2:
        return "".join(items)
    return gettext(lang, cm.OPTIONS_OR, first=", ".join(items[:-1]), last=items[-1])


def choices(message: OutMessage) -> tuple[Button, ...]:
    """The buttons a person can choose; a location button is a how-to line instead."""
    return tuple(b for b in message.buttons if not asks_location(b))


def asks_for_location(message: OutMessage) -> bool:
    return message.asks_location or any(asks_location(b) for b in message.buttons)


def _text(message: OutMessage, lang: str) -> str:
    """The message's words, with the how-to line when it asks for the person's location."""
    lines = [message.text.strip()] if message.text.strip() else []
    if asks_for_location(message):
        lines.append("📍 " + gettext(lang, cm.SHARE_LOCATION_HOWTO))
    return "\n\n".join(lines)


def numbered(text: str, options: tuple[Button, ...], lang: str) -> tuple[str, ...]:
    """`text` and the numbered options with how to answer them, in parts of at most 1,600."""
    lines = [text] if text else []
    if options:
        listed = "\n".join(f"{i}. {b.title}" for i, b in enumerate(options, start=1))
        numbers = join_or(lang, [str(i) for i in range(1, len(options) + 1)])
        lines.append(listed + "\n\n" + gettext(lang, cm.OPTIONS_REPLY, choices=numbers))
    return tuple(split_text("\n\n".join(lines), WHATSAPP_LIMIT))


def render(message: OutMessage, lang: str) -> Rendered:
    """Text with numbered options and how to answer them, in parts of at most 1,600."""
    options = choices(message)
    return Rendered(parts=numbered(_text(message, lang), options, lang), options=options)


def _chunks(text: str) -> list[str]:
    """Parts of at most 1,600, the last of at most 1,024 (an interactive body's limit)."""
    parts = split_text(text, WHATSAPP_LIMIT)
    if parts and size(parts[-1]) > interactive.BODY:
        parts[-1:] = split_text(parts[-1], interactive.BODY)
    return parts


def plan(message: OutMessage, lang: str, message_id: int) -> Plan:
    """WhatsApp's own shapes where they help: a pin for a place, buttons or a list for choices."""
    options = choices(message)
    parts: list[Part] = []
    text = _text(message, lang)
    if not options or len(options) > interactive.MAX_ITEMS:
        parts.extend(Part(body) for body in numbered(text, options, lang))
    else:
        chunks = _chunks(text or gettext(lang, cm.CHOOSE_OPTION))
        parts.extend(Part(body) for body in chunks[:-1])
        spec = interactive.menu(chunks[-1], options, lang, message_id)
        fallback = numbered(chunks[-1], options, lang)
        if spec is None:
            parts.extend(Part(body) for body in fallback)
        else:
            parts.append(Part(content=spec, fallback=fallback))
    if message.place is not None:
        parts.append(Part(content=interactive.location(message.place, lang)))
    return Plan(tuple(parts), options)
