"""The ASGI app: routers registered explicitly, services built in the lifespan."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from bot.actions.registry import build_executor
from bot.core.conversation import ConversationCore
from bot.services import Services
from bot.settings import Settings, get_settings
from bot.web import chat, errors, health, rasa_endpoints


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services = Services.build(settings)
        app.state.services = services
        app.state.core = ConversationCore(services)
        app.state.executor = build_executor(services)
        try:
            yield
        finally:
            await services.close()

    app = FastAPI(title="Puente", lifespan=lifespan, docs_url="/api/docs", redoc_url=None)
    errors.install(app)
    app.include_router(chat.router)
    app.include_router(health.router)
    app.include_router(rasa_endpoints.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    return app
