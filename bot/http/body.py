"""A cap on every request body, and a deadline for receiving it.

Without it `/api/chat` accepted a 100 MB body, and a hundred connections trickling a byte every
few seconds held the server for as long as they liked. This middleware runs before any route:
a declared Content-Length over the cap is refused with 413 before a byte of the body is read;
a body streamed without one (chunked, or lying about its length) is counted as it arrives and
refused once it passes the cap; a body not complete within the deadline gets 408. Both answers
close the connection (the rest of the body is never read) and are the `{"error": ...}` shape.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.http.errors import ApiError


class BodyTooLarge(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, "too_large", f"body larger than {limit} bytes")


class BodyTimeout(ApiError):
    def __init__(self, seconds: float) -> None:
        super().__init__(408, "body_timeout", f"the body did not arrive within {seconds:g} s")


class BodyLimit:
    """ASGI middleware: `max_bytes` for every path, or a path prefix's own cap in `caps`."""

    def __init__(
        self, app: ASGIApp, max_bytes: int, timeout: float, caps: Mapping[str, int] | None = None
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.caps = dict(caps or {})

    def cap_for(self, path: str) -> int:
        for prefix, cap in self.caps.items():
            if path.startswith(prefix):
                return cap
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cap = self.cap_for(scope["path"])
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > cap:
            await _refuse(send, BodyTooLarge(cap))
            return
        deadline = anyio.current_time() + self.timeout
        received = 0
        complete = False
        refused: ApiError | None = None
        started = replaced = False

        async def limited() -> Message:
            nonlocal received, complete, refused
            if complete:  # after the body: disconnect notices, no deadline
                return await receive()
            if refused is not None:
                raise refused
            message: Message | None = None
            with anyio.move_on_after(max(0.0, deadline - anyio.current_time())):
                message = await receive()
            if message is None:
                refused = BodyTimeout(self.timeout)
                raise refused
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:
                    refused = BodyTooLarge(cap)
                    raise refused
                complete = not message.get("more_body", False)
            else:
                complete = True
            return message

        async def answering(message: Message) -> None:
            # Once the body was refused, whatever the app makes of the error (FastAPI turns an
            # exception while reading into a 400) is replaced by the refusal itself.
            nonlocal started, replaced
            if refused is not None and message["type"] == "http.response.start" and not started:
                started = replaced = True
                await _refuse(send, refused)
                return
            if replaced:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, answering)
        except (BodyTooLarge, BodyTimeout) as exc:
            if started:
                raise
            await _refuse(send, exc)


async def _refuse(send: Send, error: ApiError) -> None:
    shaped = {"error": {"code": error.code, "message": error.message}}
    body = json.dumps(shaped, separators=(",", ":")).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
