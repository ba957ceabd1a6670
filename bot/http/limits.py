"""Rate limits per sender and per source address, so one flood cannot starve everyone else.

Token buckets in memory, per process: with several app processes each enforces its own limit,
which still bounds a flood to a small multiple. Refusals answer 429 with Retry-After and lose
nothing already stored. Webhooks never refuse a provider for one person's flood (see
`bot/channels/sender_limit.py`); there only requests that fail authentication count per address.
"""

from __future__ import annotations

import ipaddress
import time
from dataclasses import dataclass, field

from fastapi import Request

from bot.http.errors import ApiError, Forbidden


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


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass
class Limits:
    per_sender: TokenBucket
    per_address: TokenBucket
    trusted_proxies: tuple[Network, ...] = ()

    @classmethod
    def per_minute(
        cls, sender: int, address: int, trusted_proxies: tuple[Network, ...] = ()
    ) -> Limits:
        """Sustained rates per minute; bursts of half a minute's worth are allowed."""
        return cls(
            TokenBucket(rate=sender / 60, burst=max(1, sender / 2)),
            TokenBucket(rate=address / 60, burst=max(1, address / 2)),
            trusted_proxies,
        )

    def wait(self, scope: str, sender: str | None, address: str | None) -> float:
        """0 when allowed, else the seconds to wait; for callers that must not answer 429."""
        for bucket, key in ((self.per_address, address), (self.per_sender, sender)):
            if key:
                wait = bucket.take(f"{scope}:{key}")
                if wait:
                    return wait
        return 0.0

    def check(self, scope: str, sender: str | None, address: str | None) -> None:
        wait = self.wait(scope, sender, address)
        if wait:
            raise RateLimited(wait)


def client_address(request: Request) -> str:
    """The address the request came from, believing X-Forwarded-For only from a trusted proxy.

    A forwarded header from anyone else is ignored, loopback included: otherwise any local
    process, or a proxy that appends rather than overwrites, could pick the address that the
    per-address limit counts. Behind trusted proxies the rightmost address that is not one of
    them is the client (everything left of it was written by the client and proves nothing).
    """
    peer = request.client.host if request.client else "unknown"
    limits = getattr(request.app.state, "limits", None)
    trusted = limits.trusted_proxies if isinstance(limits, Limits) else ()
    if not trusted or not _within(peer, trusted):
        return peer
    client = peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",")]
    for hop in reversed([h for h in hops if h]):
        try:
            ipaddress.ip_address(hop)
        except ValueError:
            return client
        client = hop
        if not _within(hop, trusted):
            return hop
    return client


def _within(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def refuse_unauthenticated(request: Request, reason: str) -> ApiError:
    """403 for a forged webhook request; 429 once its address keeps sending them.

    Providers call from their own shared servers, so only failed authentication counts against
    an address: a valid signed request is never address-limited. All webhooks share one count.
    """
    limits = request.app.state.limits
    assert isinstance(limits, Limits), "bot.app sets app.state.limits in its lifespan"
    wait = limits.per_address.take(f"forged:{client_address(request)}")
    return RateLimited(wait) if wait else Forbidden(reason)


async def read_capped(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes.

    Read in chunks, so an oversized body is never held in memory whole, whatever its
    Content-Length claims.
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
