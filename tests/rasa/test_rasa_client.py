"""The Rasa client over several servers: a person's turn moves on only if it never arrived."""

from __future__ import annotations

import asyncio
import socket
import threading
import uuid
from collections.abc import Iterator

import httpx
import pytest

from bot.rasa.client import RasaClient, RasaUnavailable
from tests.conftest import Stack, free_port


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers: a Rasa server that hangs mid-turn."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
                held.append(conn)
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def user_turns(rasa_url: str, sender: str) -> int:
    tracker = httpx.get(f"{rasa_url}/conversations/{sender}/tracker", timeout=10).json()
    return sum(1 for e in tracker.get("events", []) if e.get("event") == "user")


def home(client: RasaClient, sender: str) -> str:
    """The server a person's turns go to first."""
    return client._order(sender)[0].url


def test_a_dead_server_is_skipped_and_its_breaker_opens(rasa_stack: Stack) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    client = RasaClient(f"{dead},{rasa_stack.rasa_url}", timeout=20)

    homed_on_dead = [s for s in (uuid.uuid4().hex for _ in range(200)) if home(client, s) == dead]
    senders = homed_on_dead[:4] + [uuid.uuid4().hex for _ in range(4)]

    async def talk() -> list[list[dict[str, object]]]:
        try:
            return [await client.send(s, "hola", {"language": "es"}) for s in senders]
        finally:
            await client.close()

    answers = asyncio.run(talk())
    assert all(answers), "every person answered by the live server"
    dead_upstream, live_upstream = client.upstreams
    assert dead_upstream.breaker.state != "closed"
    assert live_upstream.breaker.state == "closed"
    assert client.state == "closed"


def test_a_turn_that_may_have_arrived_is_not_sent_again(
    rasa_stack: Stack, silent_server: str
) -> None:
    """A timeout after the request went out could mean Rasa processed it: never resend it."""
    client = RasaClient(f"{silent_server},{rasa_stack.rasa_url}", timeout=1)
    sender = next(
        s for s in (uuid.uuid4().hex for _ in range(200)) if home(client, s) == silent_server
    )

    async def talk() -> None:
        try:
            await client.send(sender, "hola", {"language": "es"})
        finally:
            await client.close()

    with pytest.raises(RasaUnavailable):
        asyncio.run(talk())
    assert user_turns(rasa_stack.rasa_url, sender) == 0


def test_people_are_spread_over_the_servers() -> None:
    client = RasaClient("http://a:1, http://b:2/")
    homes = {home(client, uuid.uuid4().hex) for _ in range(200)}
    assert homes == {"http://a:1", "http://b:2"}
    with pytest.raises(ValueError):
        RasaClient(" , ")
