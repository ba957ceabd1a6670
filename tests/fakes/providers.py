"""Local stand-ins for Telegram's Bot API and Twilio's Messages and Content APIs: real HTTP
servers in threads.

The real python-telegram-bot and twilio clients talk to them over HTTP (TELEGRAM_API_URL,
TWILIO_API_URL, TWILIO_CONTENT_API_URL), so everything of ours and of those libraries runs as in
production; only the far end is fake. The Content API fake checks what Twilio and WhatsApp
check (JSON bodies, WhatsApp's limits on titles, bodies and counts) and answers approval
requests for the templates a test registers. Each fake records the calls it got (with their
arrival time and, for Twilio, the SID it answered) and can be told to fail the next ones;
`listeners` are called with each call as it arrives, from the server's thread (bench/load.py
uses them to see replies arrive).
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

from bot.core import language
from bot.safety import doubt
from bot.settings import Settings
from bot.understanding.meaning.model import topic_model

FIXTURES = Path(__file__).parent.parent / "channels" / "telegram" / "updates"
BOT_TOKEN = "123456789:TEST-token_for-puente"
WEBHOOK_SECRET = "s3cret-Token_for-tests"
PUBLIC_BASE_URL = "https://puente.example.org"
TWILIO_SID = "AC" + "0" * 32
TWILIO_TOKEN = "twilio-auth-token-for-tests"
TWILIO_FROM = "whatsapp:+14155238886"
TEMPLATE_SID = "HX" + "a" * 32  # TWILIO_TEMPLATE_SID in the tests' settings: approved


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
            do_DELETE = do_POST

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
        self._stalled: dict[str, threading.Event] = {}

    def stall(self, chat_id: int) -> threading.Event:
        """Hold every sendMessage to this chat until the returned event is set (at most 20 s):
        a provider that is slow for one person, while it answers everyone else."""
        release = self._stalled[str(chat_id)] = threading.Event()
        return release

    def handle(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method = path[len(prefix) :]
        form = {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
        params = {k: _maybe_json(v) for k, v in form.items()}
        if method != "getUpdates":
            self.record(method, params)
        held = self._stalled.get(str(params.get("chat_id", "")))
        if method == "sendMessage" and held is not None:
            held.wait(20)
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
        if method == "sendVenue":
            chat_id = int(params["chat_id"])
            venue = {
                "location": {
                    "latitude": float(params["latitude"]),
                    "longitude": float(params["longitude"]),
                },
                "title": params.get("title", ""),
                "address": params.get("address", ""),
            }
            return {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private", "first_name": "Ana"},
                "from": {"id": 123456789, "is_bot": True, "first_name": "Puente"},
                "venue": venue,
                "location": venue["location"],
            }
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
    """Twilio's Messages API (`POST /2010-04-01/Accounts/<sid>/Messages.json`, a form) and
    Content API (`/v1/Content`, JSON), with basic auth."""

    def __init__(self) -> None:
        super().__init__()
        self.contents: dict[str, dict[str, Any]] = {}
        self.approvals: dict[str, str] = {TEMPLATE_SID: "approved"}

    def handle(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        expected = "Basic " + base64.b64encode(f"{TWILIO_SID}:{TWILIO_TOKEN}".encode()).decode()
        if headers.get("Authorization") != expected:
            return 401, {"code": 20003, "message": "Authenticate", "status": 401}
        path = path.split("?", 1)[0]
        if path.startswith("/v1/Content"):
            return self.content(path, headers, body)
        if path != f"/2010-04-01/Accounts/{TWILIO_SID}/Messages.json":
            return 404, {"code": 20404, "message": "not found", "status": 404}
        params = {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
        failure = self._failure("messages.create")
        sid = "SM" + uuid.uuid4().hex
        self.record("messages.create", params, reply_id="" if failure else sid)
        if failure is not None:
            return failure
        content_sid = params.get("ContentSid")
        if content_sid and content_sid not in self.contents and content_sid not in self.approvals:
            return 400, {"code": 21655, "message": "The ContentSid is Invalid", "status": 400}
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

    def content(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        parts = [p for p in path.split("/") if p][2:]  # after "v1", "Content"
        if not parts:
            if headers.get("Content-Type") != "application/json":
                return 400, {"code": 20001, "message": "JSON expected", "status": 400}
            request = json.loads(body or b"{}")
            failure = self._failure("content.create")
            self.record("content.create", request)
            if failure is not None:
                return failure
            problem = whatsapp_problem(request)
            if problem:
                return 400, {"code": 20001, "message": problem, "status": 400}
            sid = "HX" + uuid.uuid4().hex
            with self.lock:
                self.contents[sid] = request
            return 201, {"sid": sid, "account_sid": TWILIO_SID, **request, "variables": {}}
        sid = parts[0]
        if len(parts) == 1:
            found = self.contents.get(sid)
            if found is None and sid in self.approvals:
                found = {"friendly_name": f"template {sid[:8]}", "language": "es", "types": {}}
            if found is None:
                return 404, {"code": 20404, "message": "not found", "status": 404}
            return 200, {"sid": sid, "account_sid": TWILIO_SID, **found, "variables": {}}
        if parts[1] == "ApprovalRequests":
            self.record("content.approval", {"sid": sid})
            status = self.approvals.get(sid, "unsubmitted")
            return 200, {
                "sid": sid,
                "account_sid": TWILIO_SID,
                "whatsapp": {"status": status, "type": "whatsapp", "rejection_reason": ""},
            }
        return 404, {"code": 20404, "message": "not found", "status": 404}

    def add_template(self, sid: str, status: str = "approved") -> None:
        """An approved (or pending, rejected...) template the tests' settings may name."""
        with self.lock:
            self.approvals[sid] = status

    def bodies(self) -> list[str]:
        return [str(c.params.get("Body", "")) for c in self.of("messages.create")]

    def sent_contents(self) -> list[dict[str, Any]]:
        """The Content resources the sent messages named, in order (types only)."""
        with self.lock:
            return [
                self.contents[str(c.params["ContentSid"])]["types"]
                for c in self.calls
                if c.method == "messages.create" and c.params.get("ContentSid") in self.contents
            ]


# WhatsApp's limits, as Twilio's Content API and WhatsApp apply them to session messages.
LIMITS = {"body": 1024, "button": 20, "item": 24, "description": 72, "list_button": 20}


def whatsapp_problem(request: dict[str, Any]) -> str:
    """Why WhatsApp would refuse this content, or "" (lengths in UTF-16 units)."""

    def size(text: object) -> int:
        return len(str(text).encode("utf-16-le")) // 2

    types = request.get("types") or {}
    if not types:
        return "types is required"
    quick = types.get("twilio/quick-reply")
    if quick is not None:
        titles = [a.get("title", "") for a in quick.get("actions") or []]
        if not 1 <= len(titles) <= 3 or size(quick.get("body", "")) > LIMITS["body"]:
            return "quick-reply: 1 to 3 actions and a body of at most 1,024"
        if any(not t or size(t) > LIMITS["button"] for t in titles):
            return "quick-reply: titles of 1 to 20 characters"
        if len({t.casefold() for t in titles}) < len(titles):
            return "quick-reply: titles must be unique"
    listed = types.get("twilio/list-picker")
    if listed is not None:
        items = listed.get("items") or []
        if not 1 <= len(items) <= 10 or size(listed.get("body", "")) > LIMITS["body"]:
            return "list-picker: 1 to 10 items and a body of at most 1,024"
        if not listed.get("button") or size(listed["button"]) > LIMITS["list_button"]:
            return "list-picker: a button of 1 to 20 characters"
        for item in items:
            if not item.get("item") or size(item["item"]) > LIMITS["item"] or not item.get("id"):
                return "list-picker: items of 1 to 24 characters with an id"
            if size(item.get("description", "")) > LIMITS["description"]:
                return "list-picker: descriptions of at most 72 characters"
        if len({i["item"].casefold() for i in items}) < len(items):
            return "list-picker: items must be unique"
    pin = types.get("twilio/location")
    if pin is not None:
        if not (-90 <= float(pin.get("latitude", 999)) <= 90):
            return "location: latitude out of range"
        if not (-180 <= float(pin.get("longitude", 999)) <= 180):
            return "location: longitude out of range"
    return ""


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
            "TWILIO_CONTENT_API_URL": twilio.url,
            "TWILIO_TEMPLATE_SID": TEMPLATE_SID,
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


def warm_models() -> None:
    """Load what the app loads in threads as it starts (langid, the danger net, the topic
    model), so that a test timing one message does not time the start-up instead."""
    language.warm()
    doubt.warm()
    topic_model()


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
