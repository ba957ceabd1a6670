"""The ASGI app: routers registered explicitly, services built in the lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from bot import logs
from bot.actions import endpoints as rasa_endpoints
from bot.actions.registry import build_executor
from bot.channels.runtime import Channels
from bot.channels.telegram import webhook as telegram_webhook
from bot.channels.web import chat, privacy_page
from bot.channels.web import page as web_page
from bot.channels.web import updates as web_updates
from bot.channels.web.page import BLANK_PATH
from bot.channels.whatsapp import webhook as twilio_webhook
from bot.core import language
from bot.core.conversation import ConversationCore
from bot.directory.common_words import common_words
from bot.directory.gazetteer import get_gazetteer
from bot.freshness import page as directory_confirm_page
from bot.freshness.ask import ask_daily
from bot.http import errors, health
from bot.http.body import BodyLimit
from bot.http.headers import NO_STORE, PAGE, PathHeaders
from bot.http.limits import Limits
from bot.privacy.purge import purge_daily
from bot.safety import doubt
from bot.services import Services
from bot.settings import Settings, get_settings
from bot.staff import api as staff_api
from bot.staff import console as staff_console
from bot.staff.alerts import Alerter
from bot.staff.followups import FollowUps
from bot.understanding.meaning.model import topic_model


def log_secrets(settings: Settings) -> list[str]:
    """Every configured secret, for the log filter to blank wherever it would appear."""
    return [
        settings.telegram_bot_token,
        settings.telegram_webhook_secret,
        settings.twilio_auth_token,
        settings.secret_key,
        settings.data_key,
        settings.rasa_token,
        settings.rasa_callback_token,
        settings.health_token,
        settings.smtp_password,
        *settings.old_data_keys.split(","),
    ]


def _warm_models() -> None:
    """The models the first messages need, loaded in a worker thread as the app starts, then
    kept out of the garbage collector's way."""
    language.warm()
    doubt.warm()
    # Place names and the words that are not places (about half a second): the first search
    # of the directory from free text needs both.
    get_gazetteer()
    common_words()
    _freeze()


def _warm_topics() -> None:
    """The topic classifier, trained if its cache is missing (seconds), in a thread of its own
    that shutdown need not wait for."""
    topic_model()
    _freeze()


def _freeze() -> None:
    """About 300,000 objects loaded at start live as long as the process: every full garbage
    collection walked them all (about 0.1 s of CPU, every few hundred turns under
    bench/load.py). Frozen, a collection sees only what the turns create. Called after each
    warm-up; freezing twice is harmless."""
    gc.freeze()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    secrets = log_secrets(settings)
    logs.install(secrets, settings.log_level)  # before anything can log

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        logs.install(secrets)  # again: the server (uvicorn) may have added handlers since
        services = Services.build(settings)
        app.state.services = services
        app.state.core = ConversationCore(services)
        app.state.executor = build_executor(services)
        app.state.limits = Limits.per_minute(
            settings.rate_per_sender, settings.rate_per_address, settings.trusted_proxy_networks()
        )
        app.state.channels = await Channels.start(services, app.state.core, app.state.limits)
        app.state.telegram = app.state.channels.telegram
        app.state.whatsapp_inbox = app.state.channels.whatsapp_inbox
        # Trains the topic classifier if its cache is missing (seconds), off the event loop, so
        # the first question does not wait for it.
        threading.Thread(target=_warm_topics, name="topic-model", daemon=True).start()
        # The danger net trains once per process (about two seconds) and langid loads its model
        # (about one): start now, not on the first message that needs them.
        warming = asyncio.create_task(asyncio.to_thread(_warm_models))
        purger = asyncio.create_task(purge_daily(services))
        asker = asyncio.create_task(ask_daily(services))
        alerter = Alerter(services)
        alerter.start()
        followups = FollowUps(services)
        followups.start()
        try:
            yield
        finally:
            await warming
            for task in (purger, asker):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await followups.close()
            await alerter.close()
            await app.state.channels.stop()
            await app.state.core.after_danger.settle()  # before the Rasa client closes
            await services.close()

    app = FastAPI(title="Puente", lifespan=lifespan, docs_url="/api/docs", redoc_url=None)
    errors.install(app)
    # The last one added runs first: bodies are capped before anything reads them.
    app.add_middleware(
        PathHeaders,
        pages={"/": PAGE | NO_STORE, "/privacy": PAGE, BLANK_PATH: PAGE | NO_STORE},
        prefixes={"/api/chat": NO_STORE},
    )
    app.add_middleware(
        BodyLimit,
        max_bytes=settings.max_body_bytes,
        timeout=settings.body_timeout_seconds,
        caps={"/rasa/": settings.rasa_max_body_bytes},
    )
    app.include_router(chat.router)
    app.include_router(web_page.router)
    app.include_router(health.router)
    app.include_router(rasa_endpoints.router)
    app.include_router(telegram_webhook.router)
    app.include_router(twilio_webhook.router)
    app.include_router(web_updates.router)
    app.include_router(privacy_page.router)
    app.include_router(directory_confirm_page.router)
    app.include_router(staff_console.router)
    app.include_router(staff_api.router)
    app.mount("/staff/static", staff_console.static_files(), name="staff-static")
    app.mount(
        "/static",
        StaticFiles(directory=Path(__file__).parent / "channels" / "web" / "static"),
        name="static",
    )
    return app
