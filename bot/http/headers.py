"""Response headers by path: `no-store` on the web chat API, security headers on public pages.

Added in one middleware so no route (or error handler, or a 422 from validation) can forget
them: every /api/chat answer carries the person's conversation and must not sit in a shared
cache, and the public pages get the same policy as the staff console (no inline script, no
framing, no sniffing, no referrer beyond this site).
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.types import ASGIApp, Message, Receive, Scope, Send

NO_STORE = {"cache-control": "no-store"}
PAGE = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}
EVERYWHERE = {"x-content-type-options": "nosniff"}


class PathHeaders:
    """Adds `pages[path]` on an exact path and `prefixes[p]` under a prefix, unless already set."""

    def __init__(
        self,
        app: ASGIApp,
        pages: Mapping[str, Mapping[str, str]],
        prefixes: Mapping[str, Mapping[str, str]],
    ) -> None:
        self.app = app
        self.pages = dict(pages)
        self.prefixes = dict(prefixes)

    def headers_for(self, path: str) -> dict[str, str]:
        found = dict(EVERYWHERE)
        for prefix, headers in self.prefixes.items():
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                found.update(headers)
        found.update(self.pages.get(path, {}))
        return found

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.headers_for(scope["path"])

        async def adding(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [
                    (k.encode(), v.encode()) for k, v in extra.items() if k.encode() not in present
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, adding)
