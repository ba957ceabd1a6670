"""A real Rasa server and the app wired to it, for `eval-nlu`: Rasa parses messages, and
journeys go through the app's web chat API exactly as a person's messages do."""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from bot.app import create_app
from bot.db import migrate
from bot.directory.importer import load_directory
from bot.rasa import project
from bot.rasa.server import RasaServer
from bot.settings import Settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Stack:
    def __init__(self, rasa_url: str, app_url: str) -> None:
        self.rasa = httpx.Client(base_url=rasa_url, timeout=30)
        self.app = httpx.Client(base_url=app_url, timeout=60)

    def parse(self, text: str) -> tuple[str, list[tuple[str, float]]]:
        """Rasa's intent and ranking for a text (already in the form the app sends)."""
        resp = self.rasa.post("/model/parse", json={"text": text})
        resp.raise_for_status()
        data: dict[str, Any] = resp.json()
        intent = str((data.get("intent") or {}).get("name") or "nlu_fallback")
        ranking = [
            (str(r["name"]), float(r.get("confidence") or 0.0))
            for r in data.get("intent_ranking") or []
            if isinstance(r, dict) and r.get("name")
        ]
        return intent, ranking

    def chat(self, sender: str, text: str, lang: str) -> list[dict[str, Any]]:
        resp = self.app.post("/api/chat", json={"sender": sender, "text": text, "lang": lang})
        resp.raise_for_status()
        messages: list[dict[str, Any]] = resp.json().get("messages") or []
        return messages


@contextmanager
def running(model: Path) -> Iterator[Stack]:
    """Rasa with `model` and the app on free local ports, a throwaway SQLite database."""
    with tempfile.TemporaryDirectory(prefix="puente-eval-") as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'eval.db'}"
        migrate.upgrade(url)
        load_directory(url)
        app_port, rasa_port = _free_port(), _free_port()
        settings = Settings(
            PUENTE_ENV="test",
            DATABASE_URL=url,
            RASA_URL=f"http://127.0.0.1:{rasa_port}",
            RASA_TIMEOUT="30",
            RASA_CALLBACK_TOKEN="eval-callback-token",  # noqa: S106 - a throwaway local one
            RATE_PER_SENDER_PER_MIN="100000",
        )
        endpoints = project.write_endpoints(settings, f"http://127.0.0.1:{app_port}", folder)
        rasa = RasaServer(model, endpoints, rasa_port)
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(settings),
                host="127.0.0.1",
                port=app_port,
                log_level="warning",
                lifespan="on",
            )
        )
        thread = threading.Thread(target=server.run, daemon=True)
        rasa.start()
        thread.start()
        try:
            deadline = time.monotonic() + 60
            while not server.started:
                if time.monotonic() > deadline:
                    raise TimeoutError("the app did not start")
                time.sleep(0.05)
            rasa.wait_ready()
            yield Stack(rasa.url, f"http://127.0.0.1:{app_port}")
        finally:
            server.should_exit = True
            thread.join(timeout=15)
            rasa.stop()
