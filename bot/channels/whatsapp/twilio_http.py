"""An httpx transport for the twilio REST client, with overridable API base URLs.

twilio's own async client brings aiohttp sessions and retries of its own; ours retries in the
outbox, so the client here makes one plain request with firm timeouts. TWILIO_API_URL replaces
`https://api.twilio.com` (Messages) and TWILIO_CONTENT_API_URL `https://content.twilio.com`
(Content API): a regional edge, an egress proxy, or a local fake in tests. The Content API takes
JSON (the library marks it with `Content-Type: application/json`); everything else is a form.
"""

from __future__ import annotations

from typing import Any

import httpx
from twilio.http import AsyncHttpClient
from twilio.http.response import Response

TWILIO_API = "https://api.twilio.com"
TWILIO_CONTENT_API = "https://content.twilio.com"
JSON = "application/json"


class HttpxTwilioClient(AsyncHttpClient):  # type: ignore[misc]  # twilio ships no type hints
    def __init__(self, api_url: str = "", timeout: float = 15.0, content_url: str = "") -> None:
        super().__init__(logger=None, is_async=True, timeout=timeout)
        self.bases = {
            TWILIO_API: api_url.rstrip("/"),
            TWILIO_CONTENT_API: content_url.rstrip("/"),
        }
        self._client = httpx.AsyncClient(timeout=httpx.Timeout(timeout, connect=5.0))

    def rewrite(self, url: str) -> str:
        for origin, replacement in self.bases.items():
            if replacement and (url == origin or url.startswith(origin + "/")):
                return replacement + url[len(origin) :]
        return url

    async def request(
        self,
        method: str,
        uri: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - twilio's interface names it so
        allow_redirects: bool = False,
    ) -> Any:
        as_json = bool(headers) and (headers or {}).get("Content-Type") == JSON
        response = await self._client.request(
            method.upper(),
            self.rewrite(uri),
            params=params,  # type: ignore[arg-type]
            data=None if as_json else data,
            json=data if as_json else None,
            headers=headers,
            auth=auth,
            timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
            follow_redirects=allow_redirects,
        )
        return Response(response.status_code, response.text, response.headers)

    async def close(self) -> None:
        await self._client.aclose()
