"""The web chat API: its contract, bad input, storage, and answers while Rasa is down."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from bot.db.models import Contact, Conversation, Message
from bot.db.session import Database
from bot.settings import Settings
from tests.conftest import LiveApp, free_port


def count_messages(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count(Message.id))) or 0)


def test_contract_shape(client: TestClient) -> None:
    resp = client.post("/api/chat", json={"sender": "a", "text": "hola"})
    assert resp.status_code == 200
    data = resp.json()
    assert set(data) == {"messages", "conversation"}
    assert set(data["conversation"]) == {"id", "status", "language"}
    assert data["conversation"]["status"] == "bot"
    assert data["conversation"]["language"] == "es"
    for message in data["messages"]:
        assert isinstance(message["text"], str)
        for b in message["buttons"]:
            assert set(b) == {"title", "payload"}


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"text": "hola"}, 422, "invalid_request"),
        ({"sender": "a"}, 422, "empty_text"),
        ({"sender": "a", "text": "   "}, 422, "empty_text"),
        ({"sender": "", "text": "hola"}, 422, "invalid_request"),
        ({"sender": "a", "text": "hola", "lang": "de"}, 422, "invalid_request"),
        ({"sender": "a", "text": "x" * 2001}, 413, "text_too_long"),
        ({"sender": "a", "text": "x" * 30000}, 422, "invalid_request"),
        ({"sender": "a", "text": 5}, 422, "invalid_request"),
        ({"sender": "a", "text": "hi", "location": {"lat": 200, "lon": 0}}, 422, "invalid_request"),
    ],
)
def test_bad_input_gets_a_clear_error_and_stores_nothing(
    client: TestClient, db: Database, body: dict[str, object], status: int, code: str
) -> None:
    resp = client.post("/api/chat", json=body)
    assert resp.status_code == status
    assert resp.json()["error"]["code"] == code
    assert count_messages(db) == 0


def test_body_that_is_not_json(client: TestClient, db: Database) -> None:
    resp = client.post(
        "/api/chat", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert resp.status_code == 400
    assert resp.json()["error"]["code"] == "invalid_json"
    assert count_messages(db) == 0


def test_rasa_down_gives_a_localized_menu_and_health_degraded(client: TestClient) -> None:
    data = client.post(
        "/api/chat", json={"sender": "d", "text": "hello there", "lang": "en"}
    ).json()
    assert data["messages"][0]["text"].startswith("I can only do a little right now")
    assert "800 5533 000" in data["messages"][0]["text"]
    assert any(b["payload"] == "/ask_asylum" for b in data["messages"][0]["buttons"])
    health = client.get("/health")
    assert health.status_code == 200
    assert health.json() == {"status": "degraded"}  # the details need a token or loopback


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "me tienen encerrada y me quitaron el pasaporte"),
        ("en", "help they are beating me"),
        ("fr", "au secours ils me frappent"),
        ("ht", "anmwe yo ap bat mwen"),
    ],
)
def test_danger_without_rasa_gives_both_numbers_and_flags_urgent(
    client: TestClient, db: Database, lang: str, text: str
) -> None:
    data = client.post("/api/chat", json={"sender": f"x-{lang}", "text": text, "lang": lang}).json()
    joined = " ".join(m["text"] for m in data["messages"])
    assert "911" in joined and "800 5533 000" in joined
    with db.session() as s:
        conv = s.scalars(
            select(Conversation).where(Conversation.public_id == data["conversation"]["id"])
        ).one()
        assert conv.urgent


def test_button_payload_and_menu_number_work_without_rasa(client: TestClient) -> None:
    data = client.post(
        "/api/chat", json={"sender": "p", "text": "/ask_asylum", "lang": "en"}
    ).json()
    assert "asylum" in data["messages"][0]["text"].lower()
    data = client.post("/api/chat", json={"sender": "p", "text": "1", "lang": "en"}).json()
    assert "right" in data["messages"][0]["text"].lower()


def test_repeated_delivery_is_stored_once(client: TestClient, db: Database) -> None:
    body = {"sender": "r", "text": "/ask_rights", "message_id": "m-1", "lang": "es"}
    first = client.post("/api/chat", json=body).json()
    before = count_messages(db)
    second = client.post("/api/chat", json=body).json()
    assert count_messages(db) == before
    assert second["messages"] == first["messages"]
    assert second["conversation"]["id"] == first["conversation"]["id"]


def test_language_is_remembered_and_can_be_set(client: TestClient) -> None:
    first = client.post("/api/chat", json={"sender": "l", "text": "bonjou"}).json()
    assert first["conversation"]["language"] == "ht"
    again = client.post("/api/chat", json={"sender": "l", "text": "ok"}).json()
    assert again["conversation"]["language"] == "ht"
    switched = client.post("/api/chat", json={"sender": "l", "text": "ok", "lang": "fr"}).json()
    assert switched["conversation"]["language"] == "fr"


def test_identifiers_and_bodies_are_encrypted_at_rest(sqlite_url: str) -> None:
    from bot.app import create_app
    from tests.conftest import make_settings

    with TestClient(create_app(make_settings(sqlite_url))) as c:
        c.post(
            "/api/chat",
            json={"sender": "+5215512345678", "text": "necesito albergue para mi hija Rosalinda"},
        )
    db = Database.from_settings(make_settings(sqlite_url))
    try:
        with db.session() as s:
            assert s.scalars(select(Contact)).one().identifier == "+5215512345678"
    finally:
        db.dispose()
    raw = sqlite3.connect(sqlite_url.split("///", 1)[1])
    try:
        dump = "\n".join(raw.iterdump())
    finally:
        raw.close()
    assert "5512345678" not in dump
    assert "Rosalinda" not in dump


def test_a_flood_from_one_sender_is_slowed_down(settings: Settings) -> None:
    from bot.app import create_app

    limited = settings.model_copy(update={"rate_per_sender": 4})
    with TestClient(create_app(limited)) as c:
        codes = [
            c.post("/api/chat", json={"sender": "flood", "text": "/help_menu"}).status_code
            for _ in range(4)
        ]
        assert codes == [200, 200, 429, 429]
        resp = c.post("/api/chat", json={"sender": "flood", "text": "/help_menu"})
        assert resp.json()["error"]["code"] == "rate_limited"
        assert int(resp.headers["Retry-After"]) >= 1
        assert (
            c.post("/api/chat", json={"sender": "other", "text": "/help_menu"}).status_code == 200
        )


def test_danger_over_the_rate_limits_is_answered_and_stored(
    settings: Settings, db: Database
) -> None:
    """A flood must never cost a person in danger their answer, nor a shelter's shared address."""
    from bot.app import create_app

    limited = settings.model_copy(update={"rate_per_sender": 2, "rate_per_address": 2})
    with TestClient(create_app(limited)) as c:
        for _ in range(3):
            c.post("/api/chat", json={"sender": "flood", "text": "/help_menu"})
        assert c.post("/api/chat", json={"sender": "flood", "text": "hola"}).status_code == 429
        before = count_messages(db)
        for sender in ("flood", "neighbour"):  # the same address: the address limit is spent
            resp = c.post(
                "/api/chat",
                json={"sender": sender, "text": "help they are beating me", "lang": "en"},
            )
            assert resp.status_code == 200, resp.text
            joined = " ".join(m["text"] for m in resp.json()["messages"])
            assert "911" in joined and "800 5533 000" in joined
        assert count_messages(db) > before + 2
        assert c.post("/api/chat", json={"sender": "neighbour", "text": "hi"}).status_code == 429


def test_an_overlong_danger_message_is_answered_not_refused(client: TestClient) -> None:
    text = "help they are beating me " + "x" * 3000
    resp = client.post("/api/chat", json={"sender": "long", "text": text, "lang": "en"})
    assert resp.status_code == 200
    assert "911" in " ".join(m["text"] for m in resp.json()["messages"])


def test_every_chat_answer_is_no_store(client: TestClient) -> None:
    answers = [
        client.post("/api/chat", json={"sender": "ns", "text": "hola"}),
        client.post("/api/chat", json={"sender": "ns"}),
        client.post("/api/chat", content=b"{", headers={"content-type": "application/json"}),
        client.get("/api/chat/updates", headers={"X-Puente-Sender": "ns"}),
        client.get("/api/chat/updates"),
        client.get("/api/chat"),
    ]
    assert [r.headers.get("cache-control") for r in answers] == ["no-store"] * len(answers)


def test_updates_take_the_sender_from_a_header_never_the_url(client: TestClient) -> None:
    conv = client.post("/api/chat", json={"sender": "hdr", "text": "hola"}).json()["conversation"]
    resp = client.get("/api/chat/updates", headers={"X-Puente-Sender": "hdr"})
    assert resp.status_code == 200
    assert resp.json()["conversation"]["id"] == conv["id"]
    in_url = client.get("/api/chat/updates", params={"sender": "hdr"})
    assert in_url.status_code == 400
    assert in_url.json()["error"]["code"] == "sender_in_url"
    assert client.get("/api/chat/updates").json()["error"]["code"] == "missing_sender"


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [("get", "/api/chat", 405, "method_not_allowed"), ("get", "/api/nothing", 404, "not_found")],
)
def test_routing_errors_have_the_error_shape(
    client: TestClient, method: str, path: str, status: int, code: str
) -> None:
    resp = client.request(method, path)
    assert resp.status_code == status
    assert resp.json()["error"]["code"] == code


def test_the_chat_page_has_security_headers(client: TestClient) -> None:
    for path in ("/", "/privacy"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
    assert "<script>" not in client.get("/").text, "inline script would break under the CSP"


def test_health_details_need_a_token(settings: Settings) -> None:
    from bot.app import create_app

    with TestClient(create_app(settings.model_copy(update={"health_token": "h" * 32}))) as c:
        assert set(c.get("/health").json()) == {"status"}
        wrong = c.get("/health", headers={"Authorization": "Bearer nope"})
        assert set(wrong.json()) == {"status"}
        right = c.get("/health", headers={"Authorization": "Bearer " + "h" * 32}).json()
        assert right["database"] == "ok" and "servers" in right["rasa"]


def serve(settings: Settings) -> LiveApp:
    """The app on a free port, served with the same uvicorn settings as `run` and `serve`."""
    from bot.app import create_app
    from bot.http.serving import uvicorn_config

    port = free_port()
    app = create_app(settings)
    return LiveApp(app, port, uvicorn_config(app, settings, "127.0.0.1", port, log_level="warning"))


HEAD = "POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{}\r\n"


def answer(sock: socket.socket, wait: float = 10) -> bytes:
    """Everything the server sends until it closes the connection (or `wait` passes)."""
    sock.settimeout(wait)
    data = b""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(65536)
        except (TimeoutError, ConnectionResetError):
            break
        if not chunk:
            break
        data += chunk
    return data


def test_a_declared_oversized_body_is_refused_before_it_is_read(settings: Settings) -> None:
    with serve(settings) as live, socket.create_connection(("127.0.0.1", live.port)) as sock:
        sock.sendall(HEAD.format("Content-Length: 104857600\r\n").encode())
        reply = answer(sock)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert b'"code":"too_large"' in reply


def test_a_streamed_body_is_counted_and_refused_past_the_cap(
    settings: Settings, db: Database
) -> None:
    capped = settings.model_copy(update={"max_body_bytes": 4096})
    with serve(capped) as live, socket.create_connection(("127.0.0.1", live.port)) as sock:
        sock.sendall(HEAD.format("Transfer-Encoding: chunked\r\n").encode())
        chunk = b'{"sender": "big", "text": "' + b"x" * 1000
        with contextlib.suppress(OSError):  # the server may close while we still send
            for _ in range(16):
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        reply = answer(sock)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert count_messages(db) == 0


def test_slow_bodies_are_cut_off_and_their_connections_closed(settings: Settings) -> None:
    """Twenty connections trickling a byte at a time: all answered 408 and closed in seconds."""
    quick = settings.model_copy(update={"body_timeout_seconds": 1.0})
    with serve(quick) as live:
        socks = [socket.create_connection(("127.0.0.1", live.port)) for _ in range(20)]
        try:
            for sock in socks:
                sock.sendall(HEAD.format("Content-Length: 100\r\n").encode() + b'{"se')
            started = time.monotonic()
            for _ in range(4):
                time.sleep(0.4)
                for sock in socks:
                    with contextlib.suppress(OSError):
                        sock.sendall(b" ")
            replies = [answer(sock, wait=5) for sock in socks]
            elapsed = time.monotonic() - started
        finally:
            for sock in socks:
                sock.close()
    assert all(r.startswith(b"HTTP/1.1 408") for r in replies), replies[0][:200]
    assert elapsed < 8, "every slow connection was closed, none kept open"


def test_connections_past_the_concurrency_limit_get_503(settings: Settings) -> None:
    """Two slow requests hold two of three places; the third caller is refused at once.

    uvicorn counts the asking connection too, and decides when it has read a request's head,
    so the slow ones are opened one by one, each waited for until it is being served.
    """
    small = settings.model_copy(update={"http_limit_concurrency": 3})
    with serve(small) as live:
        state = live.server.server_state
        socks: list[socket.socket] = []
        try:
            for held in (1, 2):
                sock = socket.create_connection(("127.0.0.1", live.port))
                socks.append(sock)
                sock.sendall(HEAD.format("Content-Length: 100\r\n").encode())
                deadline = time.monotonic() + 10
                while len(state.tasks) < held and time.monotonic() < deadline:
                    time.sleep(0.02)
                assert len(state.tasks) == held, "the slow request is being served"
            extra = httpx.post(f"{live.url}/api/chat", json={"sender": "c", "text": "hola"})
        finally:
            for sock in socks:
                sock.close()
    assert extra.status_code == 503


@pytest.mark.parametrize(("trusted", "limited"), [("", True), ("127.0.0.1", False)])
def test_forwarded_for_counts_only_from_a_trusted_proxy(
    settings: Settings, trusted: str, limited: bool
) -> None:
    """Untrusted, an invented X-Forwarded-For would give each request a fresh address."""
    tight = settings.model_copy(update={"rate_per_address": 2, "trusted_proxies": trusted})
    with serve(tight) as live, httpx.Client(base_url=live.url, timeout=30) as http:
        codes = [
            http.post(
                "/api/chat",
                json={"sender": f"p{i}", "text": "/help_menu"},
                headers={"X-Forwarded-For": f"203.0.113.{i}"},
            ).status_code
            for i in range(3)
        ]
        health = http.get("/health", headers={"X-Forwarded-For": "203.0.113.9"}).json()
        local = http.get("/health").json()
    assert codes == ([200, 429, 429] if limited else [200, 200, 200])
    assert set(health) == {"status"}, "a forwarded request is not local"
    assert "rasa" in local, "a direct request from this machine sees the details"


def test_two_needs_without_rasa_the_first_answered_the_second_offered(client: TestClient) -> None:
    """Rasa down: the words still get the first need's topic and the second as a button."""
    data = client.post(
        "/api/chat",
        json={
            "sender": "two-down",
            "text": "como pido asilo en mexico? y tambien necesito un albergue en tapachula",
            "lang": "es",
        },
    ).json()
    said = " ".join(m["text"] for m in data["messages"])
    payloads = [b["payload"] for m in data["messages"] for b in m["buttons"]]
    assert "COMAR" in said, said
    assert "/find_shelter" in payloads, payloads


def test_a_request_head_over_16_kib_is_refused_and_the_next_one_served(settings: Settings) -> None:
    """httptools has no bound of its own on a head: `bot.http.head_limit` adds h11's."""
    filler = "X-Filler: " + "a" * 200 + "\r\n"
    with serve(settings) as live:
        with socket.create_connection(("127.0.0.1", live.port)) as sock:
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            with contextlib.suppress(OSError):  # the server may close while we still send
                for _ in range(100):  # about 21 KiB of headers, in pieces, never ended
                    sock.sendall(filler.encode())
            reply = answer(sock)
        assert reply.startswith(b"HTTP/1.1 431"), reply[:200]
        # A head just under the bound, followed by a body bigger than it, is served.
        with socket.create_connection(("127.0.0.1", live.port)) as sock:
            body = b'{"sender": "head", "text": "' + b"x" * 20000 + b'"}'
            head = HEAD.format(
                filler * 60 + f"Content-Length: {len(body)}\r\nConnection: close\r\n"
            )
            sock.sendall(head.encode() + body)
            reply = answer(sock)
        assert reply.startswith(b"HTTP/1.1 "), reply[:200]
        assert not reply.startswith(b"HTTP/1.1 431"), reply[:200]
