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

import httpx

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


NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout)


class RasaClient:
    """Talks to one or more Rasa servers that share a tracker store (and a Redis lock store).

    Each person has a home server (a stable hash of the sender), so the load spreads evenly; a
    turn moves to the next server only when the request cannot have reached the first (refused
    connection, connect timeout, open breaker), so no message is ever processed twice.
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
        self.http = httpx.AsyncClient(timeout=timeout)
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

    def _params(self) -> dict[str, str]:
        return {"token": self.token} if self.token else {}

    def _order(self, sender: str) -> list[Upstream]:
        home = zlib.crc32(sender.encode()) % len(self.upstreams)
        return self.upstreams[home:] + self.upstreams[:home]

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
            resp = await self.http.post(
                f"{upstream.url}/webhooks/rest/webhook",
                json={"sender": sender, "message": text, "metadata": metadata},
            )
            resp.raise_for_status()
            data = resp.json()
        except NEVER_SENT as exc:
            upstream.breaker.failure()
            log.warning("rasa %s unreachable: %s", upstream.url, exc)
            raise _Unreached from exc
        except (httpx.HTTPError, ValueError) as exc:
            upstream.breaker.failure()
            log.warning("rasa turn failed on %s: %s", upstream.url, exc)
            raise RasaUnavailable(str(exc)) from exc
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
            resp = await self.http.get(f"{upstream.url}/status", params=self._params(), timeout=3)
            resp.raise_for_status()
            data = resp.json()
            return data if isinstance(data, dict) else None
        except (httpx.HTTPError, ValueError):
            return None

    async def _tracker_call(self, method: str, sender: str, events: list[dict[str, Any]]) -> bool:
        """Tracker edits go to the first server that answers: they all share the store."""
        for upstream in self._order(sender):
            try:
                resp = await self.http.request(
                    method,
                    f"{upstream.url}/conversations/{sender}/tracker/events",
                    params=self._params(),
                    json=events,
                )
                return resp.is_success
            except NEVER_SENT:
                continue
            except httpx.HTTPError:
                return False
        return False

    async def roll_session(self, sender: str) -> bool:
        """Start a new Rasa session for `sender` in place (see bot.rasa.sessions)."""
        for upstream in self._order(sender):
            if not upstream.breaker.allow():
                continue
            try:
                resp = await self.http.get(
                    f"{upstream.url}/conversations/{sender}/tracker",
                    params={**self._params(), "include_events": "AFTER_RESTART"},
                )
                resp.raise_for_status()
                tracker = resp.json()
            except NEVER_SENT:
                continue
            except (httpx.HTTPError, ValueError):
                return False
            if not isinstance(tracker, dict):
                return False
            try:
                resp = await self.http.post(
                    f"{upstream.url}/conversations/{sender}/tracker/events",
                    params={**self._params(), "include_events": "NONE"},
                    json=new_session_events(tracker),
                )
            except httpx.HTTPError:
                return False
            return resp.is_success
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
        await self.http.aclose()
        if self.pruner is not None:
            self.pruner.close()


class _Unreached(Exception):
    """The request never reached that server; another may take the turn."""
