"""`run`: migrate, train if needed, start and supervise Rasa, serve the app; `serve`: app only."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import secrets

import uvicorn

from bot import logs
from bot.app import create_app
from bot.cli.private import keep_private
from bot.crypto import Keys
from bot.db import migrate
from bot.directory.importer import load_directory
from bot.http.serving import uvicorn_config
from bot.rasa import project
from bot.rasa.server import RasaServer
from bot.settings import ROOT, Settings, get_settings

log = logging.getLogger("bot.run")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("run", help="set up and start everything (what `make run` calls)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--rasa-port", type=int, default=5005)
    p.add_argument("--no-train", action="store_true", help="use the newest model as it is")
    p.set_defaults(func=_run)
    s = sub.add_parser("serve", help="serve the app only (Rasa runs elsewhere: RASA_URL)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    keep_private()
    settings = get_settings()
    migrate.upgrade(settings.database_url, keys=Keys.from_settings(settings))
    # log_config=None: uvicorn's loggers go through the root handlers, where lines are redacted.
    config = uvicorn_config(create_app(settings), settings, args.host, args.port, log_config=None)
    uvicorn.Server(config).run()
    return 0


def _run(args: argparse.Namespace) -> int:
    logs.install(level="INFO")
    keep_private()
    settings = get_settings()
    if not settings.rasa_callback_token:
        # Only this process and the Rasa it starts need it: a fresh one each run.
        settings = settings.model_copy(update={"rasa_callback_token": secrets.token_urlsafe(32)})
    migrate.upgrade(settings.database_url, keys=Keys.from_settings(settings))
    load_directory(settings.database_url)  # a broken directory file is logged, never fatal
    model = project.latest_model() if args.no_train else project.train()
    if model is None:
        raise RuntimeError("no trained model; run without --no-train")
    app_url = f"http://127.0.0.1:{args.port}"
    endpoints = project.write_endpoints(settings, app_url, ROOT / "var")
    rasa = RasaServer(model, endpoints, args.rasa_port, token=settings.rasa_token)
    if settings.rasa_url.rstrip("/") != rasa.url:
        log.warning("RASA_URL is %s but make run starts Rasa on %s", settings.rasa_url, rasa.url)
    print(
        f"\nPuente\n  web chat       http://localhost:{args.port}/\n"
        f"  API            http://localhost:{args.port}/api/chat (docs: /api/docs)\n"
        f"  health         http://localhost:{args.port}/health\n"
        f"  Rasa server    {rasa.url} (model {model.name}, log var/rasa.log)\n"
        f"  database       {settings.database_url}\n  Ctrl-C stops everything.\n",
        flush=True,
    )
    rasa.start()
    try:
        asyncio.run(_serve_with(rasa, settings, args.host, args.port))
    finally:
        rasa.stop()
        print("stopped.")
    return 0


async def _serve_with(rasa: RasaServer, settings: Settings, host: str, port: int) -> None:
    config = uvicorn_config(create_app(settings), settings, host, port, log_config=None)
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    await asyncio.to_thread(rasa.wait_ready)
    log.info("Rasa is ready on %s", rasa.url)
    watcher = asyncio.create_task(rasa.supervise())
    try:
        await serving
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
