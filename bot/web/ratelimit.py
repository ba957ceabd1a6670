"""Rate limits per sender and per source address, so one flood cannot starve everyone else.

Token buckets in memory, per process: with several app processes each enforces its own limit,
which still bounds a flood to a small multiple. Refusals answer 429 with Retry-After and lose
nothing already stored.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from fastapi import Request

from bot.web.errors import ApiError


class RateLimited(ApiError):
    def __init__(self, retry_after: float) -> None:
        super().__init__(429, "rate_limited", "too many messages; wait a moment and try again")
        self.retry_after = max(1, int(retry_after + 0.999))


@dataclass
class TokenBucket:
    """`rate` tokens per second, at most `burst` saved up."""

    rate: float
    burst: float
    buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    max_keys: int = 100_000

    def take(self, key: str, now: float | None = None) -> float:
        """0 when allowed, else the seconds to wait."""
        moment = time.monotonic() if now is None else now
        tokens, last = self.buckets.get(key, (self.burst, moment))
        tokens = min(self.burst, tokens + (moment - last) * self.rate)
        if tokens >= 1:
            self.buckets[key] = (tokens - 1, moment)
            self._trim()
            return 0.0
        self.buckets[key] = (tokens, moment)
        return (1 - tokens) / self.rate

    def _trim(self) -> None:
        if len(self.buckets) > self.max_keys:
            for key in list(self.buckets)[: len(self.buckets) // 2]:
                del self.buckets[key]


@dataclass
class Limits:
    per_sender: TokenBucket
    per_address: TokenBucket

    @classmethod
    def per_minute(cls, sender: int, address: int) -> Limits:
        """Sustained rates per minute; bursts of half a minute's worth are allowed."""
        return cls(
            TokenBucket(rate=sender / 60, burst=max(1, sender / 2)),
            TokenBucket(rate=address / 60, burst=max(1, address / 2)),
        )

    def check(self, scope: str, sender: str | None, address: str | None) -> None:
        for bucket, key in ((self.per_address, address), (self.per_sender, sender)):
            if key:
                wait = bucket.take(f"{scope}:{key}")
                if wait:
                    raise RateLimited(wait)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
