"""From Telegram updates to the core's Inbound: commands, text, locations, buttons, the rest.

Commands map onto Rasa intent payloads (`/help` -> `/help_menu`, `/delete` -> `/delete_my_data`),
`/start` reads deep-link payloads such as `t.me/<bot>?start=fr-asylum`, and a user's
`language_code` is a hint for the first conversation's language. Replies are stored by the core
as pending and delivered by the outbox worker, so a handler never waits on Telegram. Webhook and
long polling both come through here, so RATE_PER_SENDER_PER_MIN is applied here (SenderLimit).

Every button press is answered (`answerCallbackQuery`), whatever happens next: a press in a
group, a repeated delivery, a button whose message is gone (the person is told it no longer
works), an error. Otherwise the person's button keeps spinning.

An edited message is a correction (`bot.channels.telegram.edits`): an edit of the person's
latest message within EDIT_WINDOW is a new turn with the corrected words; an edit of an older
message, or a later one, is stored for staff and the bot does not answer it, unless the
danger screen flags the new words (danger first).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session
from telegram import CallbackQuery, Chat, Update
from telegram import Message as TgMessage
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.channels import messages as cm
from bot.channels import unsupported
from bot.channels.sender_limit import SenderLimit
from bot.channels.telegram import edits, parse, render
from bot.channels.telegram.send import message_key
from bot.content.topics import load_topics
from bot.core.conversation import ConversationCore
from bot.db.contacts import open_conversation
from bot.db.models import Message
from bot.db.session import Database
from bot.i18n import gettext, normalize_language
from bot.inbound import Inbound, Location, normalize_text
from bot.nlg.menus import payload, topic_payload
from bot.outbox import options
from bot.safety.screen import NOTHING, ScreenResult, screen
from bot.settings import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)
CHANNEL = "telegram"
DEEP_LINK_INTENTS = frozenset(
    {
        "help_menu",
        "request_human",
        "find_shelter",
        "find_legal_help",
        "find_health",
        "ask_rights",
        "ask_regularization",
        "ask_asylum",
        "ask_trafficking_signs",
        "ask_voluntary_return",
        "ask_missing_person",
        "change_language",
    }
)
COMMANDS = {"help": "/help_menu", "delete": "/delete_my_data"}


def start_payload(args: list[str]) -> tuple[str, str | None]:
    """`/start [lang][-topic|-intent]` -> (text for the core, explicit language or None)."""
    tokens = "-".join(args).strip().split("-") if args else []
    lang = tokens.pop(0).lower() if tokens and tokens[0].lower() in LANGUAGES else None
    wanted = tokens[0] if tokens else ""
    if wanted and wanted in load_topics():
        return topic_payload(wanted), lang
    if wanted in DEEP_LINK_INTENTS:
        return payload(wanted), lang
    return payload("greet"), lang


def lang_payload(args: list[str]) -> tuple[str, str | None]:
    code = args[0].lower() if args else ""
    if code in LANGUAGES:
        return payload("change_language", language=code), code
    return payload("change_language"), None


def content_kind(message: TgMessage) -> str:
    """What arrived, for staff (the Message's kind); never its content."""
    for kind in unsupported.TELEGRAM_KINDS:
        if getattr(message, kind, None):
            return kind
    if message.video_note or message.animation:
        return "video"
    dropped = str(message.api_kwargs.get(parse.UNREADABLE) or "")  # a part we could not read
    return dropped if dropped in unsupported.TELEGRAM_KINDS else "media"


def is_private(chat: Chat | None) -> bool:
    """Puente talks in private chats only: a group or channel would expose the person."""
    return chat is not None and chat.type == ChatType.PRIVATE


def resolve_ref(session: Session, sender: str, data: str) -> str | None:
    """The payload behind a long button's `@<message id>:<index>`, if it is this chat's."""
    ref = render.parse_callback_ref(data)
    conv = open_conversation(session, CHANNEL, sender)
    if ref is None or conv is None:
        return None
    row = session.get(Message, ref[0])
    if row is None or row.conversation_id != conv.id or not 0 <= ref[1] < len(row.buttons):
        return None
    return str(row.buttons[ref[1]].get("payload") or "") or None


def conversation_language(session: Session, sender: str) -> str | None:
    conv = open_conversation(session, CHANNEL, sender)
    return conv.language if conv is not None else None


class TelegramHandlers:
    """The Application's callbacks; each turns an update into one call to the core."""

    def __init__(
        self,
        core: ConversationCore,
        db: Database,
        idle: timedelta,
        max_chars: int,
        limit: SenderLimit,
    ) -> None:
        self.core, self.db, self.idle, self.max_chars = core, db, idle, max_chars
        self.limit = limit
        # The screen's verdict on each text update under way, taken once before the chat's
        # queue (PerChatProcessor) and read here, so the screen runs once per message.
        self._verdicts: dict[int, ScreenResult] = {}

    def _text(self, message: TgMessage) -> str:
        return normalize_text(message.text or message.caption or "")[: self.max_chars]

    @contextlib.contextmanager
    def screened(self, update: object) -> Iterator[ScreenResult]:
        """The danger screen's verdict on a new text message, kept while its update runs."""
        message = update.message if isinstance(update, Update) else None
        text = self._text(message) if message is not None else ""
        if not text or message is None or not isinstance(update, Update):
            yield NOTHING
            return
        found = self._verdicts[update.update_id] = screen(text)
        try:
            yield found
        finally:
            self._verdicts.pop(update.update_id, None)

    def _inbound(self, update: Update, text: str, **extra: Any) -> Inbound | None:
        message, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if message is None or chat is None:
            return None
        fields: dict[str, Any] = {
            "channel": CHANNEL,
            "sender": str(chat.id),
            "text": text,
            "message_id": message_key(self.db.keys, chat.id, message.message_id),
            "lang_hint": user.language_code if user else None,
            "display_name": user.first_name if user else None,
        }
        fields.update(extra)
        return Inbound(**fields)

    async def _handle(self, inbound: Inbound | None, found: ScreenResult | None = None) -> None:
        if inbound is None:
            return
        await self.limit.turn(inbound, found)

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        text, lang = start_payload(list(context.args or []))
        await self._handle(self._inbound(update, text, lang=lang))

    async def on_lang(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        text, lang = lang_payload(list(context.args or []))
        await self._handle(self._inbound(update, text, lang=lang))

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        command = (message.text or "").split()[0].lstrip("/").split("@")[0] if message else ""
        await self._handle(self._inbound(update, COMMANDS.get(command.lower(), "/help_menu")))

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None:
            return
        text = self._text(message)
        if not text:
            return
        chosen = await self.db.run(options.resolve, CHANNEL, str(chat.id), text, self.idle)
        found = None if chosen else self._verdicts.get(update.update_id)
        await self._handle(self._inbound(update, chosen or text), found)

    async def on_location(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        place = message.location or (message.venue.location if message.venue else None)
        if place is None:
            return
        where = Location(float(place.latitude), float(place.longitude))
        await self._handle(self._inbound(update, "", location=where, kind="location"))

    async def on_unsupported(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        if message.caption:  # a photo with words: the words are the message
            await self.on_text(update, context)
            return
        inbound = self._inbound(update, "", kind=content_kind(message))
        if inbound is None:
            return
        await self.limit.note(inbound, unsupported.polite_answer)

    async def on_edit(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A correction: a new turn for the latest message, a note for staff for older ones."""
        message, chat = update.edited_message, update.effective_chat
        if message is None or chat is None or not is_private(chat):
            return
        text = normalize_text(message.text or message.caption or "")[: self.max_chars]
        if not text:
            return
        original = message_key(self.db.keys, chat.id, message.message_id)
        edited_at = message.edit_date or message.date
        fresh = await self.db.run(
            edits.is_correction, str(chat.id), original, message.date, edited_at
        )
        inbound = self._inbound(
            update, text, message_id=edits.edit_id(original, edited_at), kind="text"
        )
        if inbound is None:
            return
        if fresh or screen(text).danger:
            chosen = await self.db.run(options.resolve, CHANNEL, str(chat.id), text, self.idle)
            await self._handle(replace(inbound, text=chosen or text))
            return
        await self.limit.note(replace(inbound, kind=edits.KIND), edits.no_answer)

    async def on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        answered = False
        try:
            # A press in a group, a channel or on an inline message: answered, nothing stored.
            if query.message is None or not is_private(query.message.chat):
                return
            chat_id = query.message.chat.id
            data = query.data or ""
            if data.startswith(render.CALLBACK_REF):
                found: str | None = await self.db.run(resolve_ref, str(chat_id), data)
                if not found:
                    answered = await self._expired(query, str(chat_id))
                    return
                data = found
            answered = await _answer(query)  # stops the spinner; the reply follows as a message
            if not data:
                return
            user = query.from_user
            await self._handle(
                Inbound(
                    channel=CHANNEL,
                    sender=str(chat_id),
                    text=data,
                    message_id=f"tgcb:{query.id}",
                    lang_hint=user.language_code,
                    display_name=user.first_name,
                )
            )
        finally:
            if not answered:
                await _answer(query)

    async def _expired(self, query: CallbackQuery, sender: str) -> bool:
        """Tell the person a button of a finished conversation no longer works."""
        lang = await self.db.run(conversation_language, sender)
        lang = lang or normalize_language(query.from_user.language_code) or DEFAULT_LANGUAGE
        return await _answer(query, gettext(lang, cm.BUTTON_EXPIRED))


async def _answer(query: CallbackQuery, text: str | None = None) -> bool:
    """answerCallbackQuery; a repeated or late press makes Telegram refuse it, which is fine."""
    try:
        await query.answer(text=text)
    except TelegramError as exc:
        log.info("could not answer a callback query: %s", type(exc).__name__)
    return True
