"""Local stand-ins for Telegram's Bot API and Twilio's Messages API: real HTTP servers in threads.

The real python-telegram-bot and twilio clients talk to them over HTTP (TELEGRAM_API_URL,
TWILIO_API_URL), so everything of ours and of those libraries runs as in production; only the
far end is fake. Each fake records the calls it got (with their arrival time and, for Twilio,
the SID it answered) and can be told to fail the next ones; `listeners` are called with each call
as it arrives, from the server's thread (bench/load.py uses them to see replies arrive).
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import parse_qs

from fastapi.testclient import TestClient
from httpx2 import Response  # what starlette's TestClient answers with
from twilio.request_validator import RequestValidator

from bot.settings import Settings

FIXTURES = Path(__file__).parent.parent / "channels" / "telegram" / "updates"
BOT_TOKEN = "123456789:TEST-token_for-puente"
WEBHOOK_SECRET = "s3cret-Token_for-tests"
PUBLIC_BASE_URL = "https://puente.example.org"
TWILIO_SID = "AC" + "0" * 32
TWILIO_TOKEN = "twilio-auth-token-for-tests"
TWILIO_FROM = "whatsapp:+14155238886"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)  # arrival, on time.monotonic()'s clock
    reply_id: str = ""  # the id the fake answered with (Twilio's message SID), "" if none


class FakeServer:
    """A ThreadingHTTPServer on a free local port; subclasses answer `handle(path, body)`."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.failures: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self.listeners: list[Callable[[Call], None]] = []
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                status, payload = fake.handle(self.path, dict(self.headers), body)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def handle(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        raise NotImplementedError

    def fail_next(self, method: str, *answers: tuple[int, dict[str, Any]]) -> None:
        """Answer the next calls of `method` with these (status, body) instead."""
        with self.lock:
            self.failures.setdefault(method, []).extend(answers)

    def _failure(self, method: str) -> tuple[int, dict[str, Any]] | None:
        with self.lock:
            queued = self.failures.get(method)
            return queued.pop(0) if queued else None

    def record(self, method: str, params: dict[str, Any], reply_id: str = "") -> Call:
        call = Call(method, params, reply_id=reply_id)
        with self.lock:
            self.calls.append(call)
            listeners = list(self.listeners)
        for listener in listeners:
            listener(call)
        return call

    def of(self, method: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int, timeout: float = 10.0) -> list[Call]:
        calls: list[Call] = wait_until(
            lambda: len(self.of(method)) >= count, timeout, lambda: self.of(method)
        )
        return calls


def wait_until(
    check: Callable[[], Any], timeout: float = 10.0, value: Callable[[], Any] | None = None
) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return value() if value else True
        time.sleep(0.02)
    raise AssertionError(f"condition not met within {timeout} s")


class FakeBotApi(FakeServer):
    """Telegram's Bot API at /bot<token>/<method>, form-encoded like python-telegram-bot sends."""

    def __init__(self, token: str = BOT_TOKEN) -> None:
        super().__init__()
        self.token = token
        self.updates: list[dict[str, Any]] = []
        self._ids = itertools.count(1000)

    def handle(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method = path[len(prefix) :]
        form = {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
        params = {k: _maybe_json(v) for k, v in form.items()}
        if method != "getUpdates":
            self.record(method, params)
        failure = self._failure(method)
        if failure is not None:
            return failure
        return 200, {"ok": True, "result": self.result(method, params)}

    def result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {
                "id": 123456789,
                "is_bot": True,
                "first_name": "Puente",
                "username": "puente_test_bot",
                "can_join_groups": False,
            }
        if method == "sendMessage":
            chat_id = int(params["chat_id"])
            return {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private", "first_name": "Ana"},
                "from": {"id": 123456789, "is_bot": True, "first_name": "Puente"},
                "text": params.get("text", ""),
            }
        if method == "getUpdates":
            with self.lock:
                batch, self.updates = self.updates, []
            if not batch:
                time.sleep(0.1)
            return batch
        if method == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        return True

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [
            str(c.params["text"])
            for c in self.of("sendMessage")
            if chat_id is None or int(c.params["chat_id"]) == chat_id
        ]


class FakeTwilio(FakeServer):
    """Twilio's `POST /2010-04-01/Accounts/<sid>/Messages.json`, with basic auth."""

    def handle(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        expected = "Basic " + base64.b64encode(f"{TWILIO_SID}:{TWILIO_TOKEN}".encode()).decode()
        if headers.get("Authorization") != expected:
            return 401, {"code": 20003, "message": "Authenticate", "status": 401}
        if path != f"/2010-04-01/Accounts/{TWILIO_SID}/Messages.json":
            return 404, {"code": 20404, "message": "not found", "status": 404}
        params = {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
        failure = self._failure("messages.create")
        sid = "SM" + uuid.uuid4().hex
        self.record("messages.create", params, reply_id="" if failure else sid)
        if failure is not None:
            return failure
        return 201, {
            "sid": sid,
            "account_sid": TWILIO_SID,
            "status": "queued",
            "to": params.get("To"),
            "from": params.get("From"),
            "body": params.get("Body"),
            "num_segments": "1",
            "direction": "outbound-api",
            "api_version": "2010-04-01",
            "uri": f"/2010-04-01/Accounts/{TWILIO_SID}/Messages/{sid}.json",
        }

    def bodies(self) -> list[str]:
        return [str(c.params.get("Body", "")) for c in self.of("messages.create")]


def _maybe_json(value: str) -> Any:
    if value[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def settings_for(
    database_url: str,
    telegram: FakeBotApi | None = None,
    twilio: FakeTwilio | None = None,
    **extra: str,
) -> Settings:
    env: dict[str, str] = {
        "PUENTE_ENV": "test",
        "DATABASE_URL": database_url,
        "RASA_URL": "http://127.0.0.1:9",
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "OUTBOX_POLL_SECONDS": "0.2",
        "OUTBOX_RETRY_BASE_SECONDS": "0.05",
    }
    if telegram is not None:
        env |= {
            "TELEGRAM_BOT_TOKEN": telegram.token,
            "TELEGRAM_API_URL": f"{telegram.url}/bot",
            "TELEGRAM_WEBHOOK_URL": f"{PUBLIC_BASE_URL}/webhooks/telegram",
            "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
        }
    if twilio is not None:
        env |= {
            "TWILIO_ACCOUNT_SID": TWILIO_SID,
            "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
            "TWILIO_WHATSAPP_FROM": TWILIO_FROM,
            "TWILIO_API_URL": twilio.url,
            "TWILIO_TEMPLATE_SID": "HX" + "a" * 32,
        }
    env |= extra
    return Settings(**{k: v for k, v in env.items() if v is not None})  # type: ignore[arg-type]


_update_ids = itertools.count(500_000)
_message_ids = itertools.count(10)


def update(name: str, chat_id: int = 7001, **changes: Any) -> dict[str, Any]:
    """A recorded Bot API update (tests/channels/telegram/updates/<name>.json), fresh ids."""
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    data["update_id"] = next(_update_ids)
    message = data.get("message") or data.get("callback_query", {}).get("message")
    if message is not None:
        message["chat"]["id"] = chat_id
        if "message" in data:
            message["message_id"] = next(_message_ids)
            message["from"]["id"] = chat_id
    if "callback_query" in data:
        data["callback_query"]["from"]["id"] = chat_id
        data["callback_query"]["id"] = str(uuid.uuid4().int)[:19]
    target: dict[str, Any] = data.get("message") or data["callback_query"]
    for key, value in changes.items():
        target[key] = value
    return data


def iter_json(calls: list[Call], key: str) -> Iterator[Any]:
    for call in calls:
        if key in call.params:
            yield call.params[key]


def wait_ready(client: TestClient, timeout: float = 10.0) -> None:
    channels = client.app.state.channels  # type: ignore[attr-defined]
    if channels.telegram is not None:
        wait_until(lambda: channels.telegram.ready, timeout)


def post_update(
    client: TestClient, data: dict[str, Any], secret: str | None = WEBHOOK_SECRET
) -> Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    return client.post("/webhooks/telegram", json=data, headers=headers)


def twilio_signature(
    path: str, params: dict[str, str], token: str = TWILIO_TOKEN, base: str = PUBLIC_BASE_URL
) -> str:
    return str(RequestValidator(token).compute_signature(base + path, params))


def post_twilio(
    client: TestClient, path: str, params: dict[str, str], signature: str | None = ""
) -> Response:
    """POST form fields as Twilio does; signature "" means: sign them correctly."""
    headers = {}
    if signature == "":
        signature = twilio_signature(path, params)
    if signature is not None:
        headers["X-Twilio-Signature"] = signature
    return client.post(path, data=params, headers=headers)
