"""Client for Rasa's REST channel, behind a circuit breaker.

Rasa answers `200 []` when something fails inside it, so an empty answer counts as a failure
for the breaker; after repeated failures we stop waiting on Rasa for a while and serve the
catalog fallback at once, then probe again.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import httpx

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


class RasaClient:
    def __init__(
        self, base_url: str, token: str = "", timeout: float = 10.0, breaker_cooldown: float = 15.0
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.breaker = CircuitBreaker(cooldown=breaker_cooldown)
        self.http = httpx.AsyncClient(timeout=timeout)

    def _params(self) -> dict[str, str]:
        return {"token": self.token} if self.token else {}

    async def send(self, sender: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        """One turn through the REST channel; raises RasaUnavailable on any failure."""
        if not self.breaker.allow():
            raise RasaUnavailable("circuit open")
        try:
            resp = await self.http.post(
                f"{self.base_url}/webhooks/rest/webhook",
                json={"sender": sender, "message": text, "metadata": metadata},
            )
            resp.raise_for_status()
            data = resp.json()
        except (httpx.HTTPError, ValueError) as exc:
            self.breaker.failure()
            log.warning("rasa turn failed: %s", exc)
            raise RasaUnavailable(str(exc)) from exc
        if not isinstance(data, list) or not data:
            self.breaker.failure()
            raise RasaUnavailable("empty answer from the REST channel")
        self.breaker.success()
        return [d for d in data if isinstance(d, dict)]

    async def status(self) -> dict[str, Any] | None:
        try:
            resp = await self.http.get(f"{self.base_url}/status", params=self._params(), timeout=3)
            resp.raise_for_status()
            data = resp.json()
            return data if isinstance(data, dict) else None
        except (httpx.HTTPError, ValueError):
            return None

    async def append_events(self, sender: str, events: list[dict[str, Any]]) -> bool:
        try:
            resp = await self.http.post(
                f"{self.base_url}/conversations/{sender}/tracker/events",
                params=self._params(),
                json=events,
            )
            return resp.is_success
        except httpx.HTTPError:
            return False

    async def delete_tracker(self, sender: str) -> bool:
        """Replace the tracker's history with a restart, erasing what the person said."""
        try:
            resp = await self.http.put(
                f"{self.base_url}/conversations/{sender}/tracker/events",
                params=self._params(),
                json=[],
            )
            return resp.is_success
        except httpx.HTTPError:
            return False

    async def close(self) -> None:
        await self.http.aclose()
