"""Keeping under Telegram's flood limits without the optional `aiolimiter` dependency.

Telegram allows about 30 messages a second overall, about one a second in one private chat
(short bursts pass) and 20 a minute in a group. Going over earns a 429 with `retry_after`; we
throttle every request that names a chat so that rarely happens, and leave a 429 that still
comes to the outbox, which retries the message after the wait Telegram named.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import BaseRateLimiter

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]
MAX_BUCKETS = 2048


class TokenBucket:
    """`rate` tokens a second, holding at most `burst`; waiters are served in arrival order."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.updated = time.monotonic()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    @property
    def idle(self) -> bool:
        self._refill()
        return self.tokens >= self.burst and not self._lock.locked()

    async def take(self) -> None:
        async with self._lock:
            self._refill()
            while self.tokens < 1:
                await asyncio.sleep((1 - self.tokens) / self.rate)
                self._refill()
            self.tokens -= 1


class FloodLimiter(BaseRateLimiter[None]):
    """A python-telegram-bot rate limiter: one bucket overall and one per chat."""

    def __init__(
        self,
        overall_per_second: float = 30.0,
        private_per_second: float = 1.0,
        private_burst: float = 3.0,
        group_per_minute: float = 20.0,
    ) -> None:
        self.overall = TokenBucket(overall_per_second, overall_per_second)
        self.private_per_second = private_per_second
        self.private_burst = private_burst
        self.group_per_minute = group_per_minute
        self._chats: dict[int | str, TokenBucket] = {}

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        self._chats.clear()

    def _bucket(self, chat_id: int | str) -> TokenBucket:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) >= MAX_BUCKETS:
                for key in [k for k, b in self._chats.items() if b.idle]:
                    del self._chats[key]
            group = isinstance(chat_id, str) or chat_id < 0
            bucket = (
                TokenBucket(self.group_per_minute / 60.0, 1.0)
                if group
                else TokenBucket(self.private_per_second, self.private_burst)
            )
            self._chats[chat_id] = bucket
        return bucket

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> JSONResult:
        chat_id = data.get("chat_id")
        if chat_id is not None:
            try:
                key: int | str = int(chat_id)
            except (TypeError, ValueError):
                key = str(chat_id)
            await self._bucket(key).take()
            await self.overall.take()
        return await callback(*args, **kwargs)
