"""python-telegram-bot's Application inside our ASGI process: webhook in production, polling
in development.

The Application is built without an Updater in webhook mode (our route puts updates on its
queue) and with one in development, where the lifespan starts polling instead of
`run_polling()`, which would block the event loop. Updates of one chat are handled one at a
time and in arrival order; different chats run concurrently. Start-up never blocks the app:
if Telegram cannot be reached, we keep trying in the background.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import traceback
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from typing import Any

from telegram import Message, Update
from telegram.ext import (
    Application,
    BaseUpdateProcessor,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.channels.telegram import parse
from bot.channels.telegram.limits import FloodLimiter
from bot.channels.telegram.updates import TelegramHandlers
from bot.db import write_order
from bot.safety.screen import ScreenResult
from bot.serial import SerialLocks
from bot.settings import Settings

log = logging.getLogger(__name__)
# Opt in to python-telegram-bot's timedelta time periods (read when a RetryAfter is built), as
# its deprecation warning asks; otherwise every 429 from Telegram also logs that warning.
os.environ.setdefault("PTB_TIMEDELTA", "true")
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
TgApplication = Application[Any, Any, Any, Any, Any, Any]


class PerChatProcessor(BaseUpdateProcessor):
    """Concurrent across chats, sequential and in order within one chat."""

    def __init__(
        self,
        max_concurrent_updates: int,
        screened: Callable[[object], AbstractContextManager[ScreenResult]],
        finished: Callable[[int], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._queue: SerialLocks[int] = SerialLocks()
        self._screened = screened
        self._finished = finished

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            await self._done(update)
            return
        with self._screened(update) as found, write_order.urgent(found.danger):
            # A person in danger does not wait here behind their earlier message (the core's
            # gate waits URGENT_PATIENCE at most), nor for other people's transactions.
            async with self._queue.hold(chat.id, 0.0 if found.danger else None):
                await coroutine
        await self._done(update)

    async def _done(self, update: object) -> None:
        """The update's turn is over: its journal entry can go (webhook mode)."""
        if self._finished is not None and isinstance(update, Update):
            try:
                await self._finished(update.update_id)
            except Exception:  # the entry stays and is replayed as a no-op later
                log.exception("could not clear the journal entry of update %s", update.update_id)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""


class _Unreadable(filters.MessageFilter):
    """A message whose content `parse.read_update` had to drop (a shape the library refuses)."""

    def filter(self, message: Message) -> bool:
        return bool(message.api_kwargs.get(parse.UNREADABLE))


# Everything a person can send that is not text or a place: answered politely, never read.
NOT_TEXT = (
    filters.VOICE
    | filters.AUDIO
    | filters.PHOTO
    | filters.Sticker.ALL
    | filters.Document.ALL
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.ANIMATION
    | filters.CONTACT
    | filters.POLL
    | filters.Dice.ALL
    | filters.GAME
    | filters.CHECKLIST
    | filters.STORY
    | filters.LIVE_PHOTO
    | filters.PAID_MEDIA
    | filters.CAPTION  # words beside something else: the words are read (on_unsupported)
    | _Unreadable()
)


def handler_name(application: TgApplication, update: object) -> str:
    """The callback that took this update, for the log: the first handler that matches it."""
    for group in sorted(application.handlers):
        for handler in application.handlers[group]:
            try:
                matched = handler.check_update(update)
            except Exception:  # a malformed update can trip a filter; that is not our answer
                matched = None
            if matched is not None and matched is not False:
                return str(getattr(handler.callback, "__name__", type(handler).__name__))
    return "no handler"


async def log_error(update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Every failure inside the Application, with its update id and handler, and no personal
    data: no text, no chat id, and not the exception's message (which may quote either); the
    traceback's frames say where it happened."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    frames = "".join(traceback.format_tb(error.__traceback__)) if error is not None else ""
    log.error(
        "Telegram update %s failed in %s: %s\n%s",
        update_id,
        handler_name(context.application, update),
        type(error).__name__,
        frames.rstrip(),
    )


def build_application(
    settings: Settings,
    handlers: TelegramHandlers,
    finished: Callable[[int], Awaitable[None]] | None = None,
) -> TgApplication:
    """`finished(update_id)` is awaited after each update's handlers are done."""
    builder = (
        Application.builder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_url)
        .rate_limiter(FloodLimiter())
        .concurrent_updates(PerChatProcessor(64, handlers.screened, finished))
        .job_queue(None)
        .connect_timeout(5)
        .read_timeout(15)
        .write_timeout(15)
        .pool_timeout(5)
    )
    if settings.telegram_webhook_url:
        builder = builder.updater(None)
    app: TgApplication = builder.build()
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("start", handlers.on_start, filters=private))
    app.add_handler(CommandHandler(["lang", "language"], handlers.on_lang, filters=private))
    app.add_handler(CommandHandler(["help", "delete"], handlers.on_command, filters=private))
    places = filters.LOCATION | filters.VENUE
    app.add_handler(MessageHandler(private & places, handlers.on_location))
    app.add_handler(MessageHandler(private & filters.TEXT, handlers.on_text))
    app.add_handler(MessageHandler(private & NOT_TEXT, handlers.on_unsupported))
    edited = filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE
    app.add_handler(MessageHandler(edited & (filters.TEXT | filters.CAPTION), handlers.on_edit))
    app.add_handler(CallbackQueryHandler(handlers.on_callback))  # private chats only, inside
    app.add_error_handler(log_error)
    return app


class TelegramChannel:
    """Owns the Application's life: start in the background, stop cleanly."""

    def __init__(self, settings: Settings, application: TgApplication) -> None:
        self.settings = settings
        self.application = application
        self.webhook = bool(settings.telegram_webhook_url)
        self._boot: asyncio.Task[None] | None = None

    @property
    def bot(self) -> Any:
        return self.application.bot

    @property
    def ready(self) -> bool:
        return bool(self.application.running)

    def start(self) -> None:
        self._boot = asyncio.create_task(self._start(), name="telegram-start")

    async def _start(self, delay: float = 1.0) -> None:
        while True:
            try:
                await self.application.initialize()
                break
            except Exception as exc:  # Telegram unreachable or a bad token: keep trying
                log.warning("Telegram not ready (%s); trying again in %.0f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 60.0)
        await self.application.start()
        if not self.webhook and self.application.updater is not None:
            await self.application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
            log.info("Telegram: long polling (development); set TELEGRAM_WEBHOOK_URL for webhooks")
        else:
            log.info("Telegram: receiving updates at /webhooks/telegram")

    def read(self, data: dict[str, Any]) -> Update:
        """The update, read tolerantly (parse.read_update); BadUpdate if it cannot be read."""
        return parse.read_update(data, self.application.bot)

    async def feed(self, update: Update) -> None:
        """Queue one update received by our webhook route."""
        await self.application.update_queue.put(update)

    async def replay(self, data: dict[str, Any]) -> None:
        """A journaled update that was acknowledged but never finished (bot.channels.journal)."""
        if not self.ready:
            raise RuntimeError("Telegram is not ready; the update stays in the journal")
        try:
            update = self.read(data)
        except parse.BadUpdate as exc:  # journaled before updates were checked: never readable
            log.warning(
                "journaled Telegram update %s cannot be read: %s", data.get("update_id"), exc.reason
            )
            return
        await self.feed(update)

    async def stop(self) -> None:
        """Stop receiving; the updates already queued are handled first."""
        if self._boot is not None and not self._boot.done():
            self._boot.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._boot
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()

    async def close(self) -> None:
        """Release the HTTP clients, once nothing is sent any more."""
        with contextlib.suppress(Exception):
            await self.application.shutdown()
