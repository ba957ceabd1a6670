"""Client for Rasa's REST channel, behind a circuit breaker.

After repeated failures of a server (unreachable, an error status, a malformed answer) its
breaker opens: we stop waiting on it for a while and serve the catalog fallback at once, then
probe again. Rasa also answers `200 []` when it gives up on one conversation (its loop breaker
tripped, an action or the NLG failed on that turn): that is the conversation's problem, not the
server's, so it never counts against the breaker shared by everyone; `send` returns `[]` and
the caller answers from the catalogs and calls `restart` for that person.
"""

from __future__ import annotations

import asyncio
import logging
import time
import zlib
from dataclasses import dataclass
from typing import Any

import aiohttp
import orjson

from bot.rasa.sessions import ROLL_EVERY, TurnCounter, new_session_events
from bot.rasa.tracker_store import SessionPruner

log = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa could not produce an answer; the caller serves the degraded reply."""


@dataclass
class CircuitBreaker:
    """Closed -> open after `threshold` failures; half-open after `cooldown` seconds."""

    threshold: int = 3
    cooldown: float = 15.0
    failures: int = 0
    opened_at: float | None = None

    def allow(self) -> bool:
        if self.opened_at is None:
            return True
        return time.monotonic() - self.opened_at >= self.cooldown

    def success(self) -> None:
        self.failures = 0
        self.opened_at = None

    def failure(self) -> None:
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = time.monotonic()

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "half-open" if self.allow() else "open"


@dataclass
class Upstream:
    """One Rasa server and its own breaker."""

    url: str
    breaker: CircuitBreaker


# The request cannot have reached the server: refused, unresolvable, or not connected in time.
NEVER_SENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)
# Idle connections are closed before Rasa's own keep-alive (Sanic's default, 5 s) drops them,
# so a turn is never written into a connection the server is closing.
KEEPALIVE_SECONDS = 3.0
STATUS_TIMEOUT = 3.0


class RasaClient:
    """Talks to one or more Rasa servers that share a tracker store (and a Redis lock store).

    Each person has a home server (a stable hash of the sender), so the load spreads evenly; a
    turn moves to the next server only when the request cannot have reached the first (refused
    connection, connect timeout, open breaker), so no message is ever processed twice.

    aiohttp rather than httpx: a turn's call costs the app about a fifth of the CPU
    (bench/rasa_client.py measures both). Its session is made on first use, inside the loop.
    """

    def __init__(
        self,
        base_url: str,
        token: str = "",
        timeout: float = 10.0,
        breaker_cooldown: float = 15.0,
        session_turns: int = ROLL_EVERY,
        pruner: SessionPruner | None = None,
    ) -> None:
        urls = [u.strip().rstrip("/") for u in base_url.split(",") if u.strip()]
        if not urls:
            raise ValueError("RASA_URL names no server")
        self.upstreams = [Upstream(u, CircuitBreaker(cooldown=breaker_cooldown)) for u in urls]
        self.token = token
        self.timeout = timeout
        # One session per event loop: a session belongs to the loop it was made in, and tests
        # and CLI commands drive the same client from several loops (production uses one).
        self._sessions: dict[asyncio.AbstractEventLoop, aiohttp.ClientSession] = {}
        self.turns = TurnCounter(every=session_turns)
        self.pruner = pruner

    @property
    def base_url(self) -> str:
        return self.upstreams[0].url

    @property
    def state(self) -> str:
        """closed while any server takes turns; open when every breaker is open."""
        states = {u.breaker.state for u in self.upstreams}
        if "closed" in states:
            return "closed"
        return "half-open" if "half-open" in states else "open"

    def _params(self, **extra: str) -> dict[str, str]:
        return {"token": self.token, **extra} if self.token else extra

    def _order(self, sender: str) -> list[Upstream]:
        home = zlib.crc32(sender.encode()) % len(self.upstreams)
        return self.upstreams[home:] + self.upstreams[:home]

    async def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        for other in [other for other in self._sessions if other.is_closed()]:
            # Its connections died with their loop: closing is only bookkeeping now.
            await self._sessions.pop(other).close()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            session = self._sessions[loop] = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_SECONDS),
                timeout=aiohttp.ClientTimeout(
                    total=None, sock_connect=self.timeout, sock_read=self.timeout
                ),
            )
        return session

    async def _call(
        self,
        method: str,
        url: str,
        body: Any = None,
        params: dict[str, str] | None = None,
        total_seconds: float | None = None,
    ) -> tuple[int, Any]:
        """One request; the status and the decoded JSON body (None when it is not JSON).

        Raises the NEVER_SENT errors as they are, any other transport failure as
        aiohttp.ClientError or TimeoutError.
        """
        kwargs: dict[str, Any] = {"params": params or {}}
        if body is not None:
            kwargs["data"] = orjson.dumps(body)
            kwargs["headers"] = {"content-type": "application/json"}
        if total_seconds is not None:
            kwargs["timeout"] = aiohttp.ClientTimeout(total=total_seconds)
        session = await self._session()
        async with session.request(method, url, **kwargs) as resp:
            raw = await resp.read()
            try:
                return resp.status, orjson.loads(raw) if raw else None
            except orjson.JSONDecodeError:
                return resp.status, None

    async def send(self, sender: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        """One turn through the REST channel; raises RasaUnavailable on any server failure.

        `[]` means the server is fine but gave this person nothing (see the module docstring).
        """
        if self.turns.due(sender) and await self.roll_session(sender):
            self.turns.rolled(sender)
            if self.pruner is not None:
                # The closed sessions are never loaded again: drop them, so what Rasa scans
                # per turn stays the size of one short session.
                await asyncio.to_thread(self.pruner.prune, sender)
        tried = False
        for upstream in self._order(sender):
            if not upstream.breaker.allow():
                continue
            tried = True
            try:
                return await self._send(upstream, sender, text, metadata)
            except _Unreached:
                continue
        raise RasaUnavailable("no Rasa server reachable" if tried else "circuit open")

    async def _send(
        self, upstream: Upstream, sender: str, text: str, metadata: dict[str, Any]
    ) -> list[dict[str, Any]]:
        try:
            status, data = await self._call(
                "POST",
                f"{upstream.url}/webhooks/rest/webhook",
                {"sender": sender, "message": text, "metadata": metadata},
            )
        except NEVER_SENT as exc:
            upstream.breaker.failure()
            log.warning("rasa %s unreachable: %s", upstream.url, type(exc).__name__)
            raise _Unreached from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            upstream.breaker.failure()
            log.warning("rasa turn failed on %s: %s", upstream.url, type(exc).__name__)
            raise RasaUnavailable(type(exc).__name__) from exc
        if status >= 400:
            upstream.breaker.failure()
            log.warning("rasa turn failed on %s: status %s", upstream.url, status)
            raise RasaUnavailable(f"status {status}")
        if not isinstance(data, list):
            upstream.breaker.failure()
            raise RasaUnavailable("malformed answer from the REST channel")
        # The server answered, even if with `[]` (one person's tracker stuck): it is up.
        upstream.breaker.success()
        return [d for d in data if isinstance(d, dict)]

    async def status(self) -> list[dict[str, Any] | None]:
        """Each server's /status, None where it does not answer."""
        return [await self._status(u) for u in self.upstreams]

    async def _status(self, upstream: Upstream) -> dict[str, Any] | None:
        try:
            code, data = await self._call(
                "GET", f"{upstream.url}/status", params=self._params(), total_seconds=STATUS_TIMEOUT
            )
        except (aiohttp.ClientError, TimeoutError):
            return None
        return data if code < 400 and isinstance(data, dict) else None

    async def _tracker_call(self, method: str, sender: str, events: list[dict[str, Any]]) -> bool:
        """Tracker edits go to the first server that answers: they all share the store."""
        for upstream in self._order(sender):
            try:
                code, _ = await self._call(
                    method,
                    f"{upstream.url}/conversations/{sender}/tracker/events",
                    events,
                    self._params(),
                )
                return code < 300
            except NEVER_SENT:
                continue
            except (aiohttp.ClientError, TimeoutError):
                return False
        return False

    async def roll_session(self, sender: str) -> bool:
        """Start a new Rasa session for `sender` in place (see bot.rasa.sessions)."""
        for upstream in self._order(sender):
            if not upstream.breaker.allow():
                continue
            try:
                code, tracker = await self._call(
                    "GET",
                    f"{upstream.url}/conversations/{sender}/tracker",
                    params=self._params(include_events="AFTER_RESTART"),
                )
            except NEVER_SENT:
                continue
            except (aiohttp.ClientError, TimeoutError):
                return False
            if code >= 300 or not isinstance(tracker, dict):
                return False
            try:
                code, _ = await self._call(
                    "POST",
                    f"{upstream.url}/conversations/{sender}/tracker/events",
                    new_session_events(tracker),
                    self._params(include_events="NONE"),
                )
            except (aiohttp.ClientError, TimeoutError):
                return False
            return code < 300
        return False

    async def append_events(self, sender: str, events: list[dict[str, Any]]) -> bool:
        return await self._tracker_call("POST", sender, events)

    async def restart(self, sender: str) -> bool:
        """Start this person's Rasa conversation over, for a tracker that answers only `[]`.

        A `restart` event leaves no events to apply, so Rasa runs `action_session_start` (with
        the next message's metadata) and predicts afresh; the old events stay in the store
        until erasure or the purge. The app, not Rasa, holds what must survive (language,
        cases, consent, who is in charge).
        """
        return await self.append_events(sender, [{"event": "restart"}])

    async def delete_tracker(self, sender: str) -> bool:
        """Replace the tracker's history with a restart, erasing what the person said."""
        return await self._tracker_call("PUT", sender, [])

    async def close(self) -> None:
        loop = asyncio.get_running_loop()
        sessions, self._sessions = self._sessions, {}
        for owner, session in sessions.items():
            if owner is loop or owner.is_closed():
                await session.close()
            else:  # still running in another thread: let it close there
                asyncio.run_coroutine_threadsafe(session.close(), owner)
        if self.pruner is not None:
            self.pruner.close()


class _Unreached(Exception):
    """The request never reached that server; another may take the turn."""
