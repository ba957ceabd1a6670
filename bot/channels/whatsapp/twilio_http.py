"""An httpx transport for the twilio REST client, with an overridable API base URL.

twilio's own async client brings aiohttp sessions and retries of its own; ours retries in the
outbox, so the client here makes one plain request with firm timeouts. TWILIO_API_URL replaces
`https://api.twilio.com` (a regional edge, an egress proxy, or a local fake in tests).
"""

from __future__ import annotations

from typing import Any

import httpx
from twilio.http import AsyncHttpClient
from twilio.http.response import Response

TWILIO_API = "https://api.twilio.com"


class HttpxTwilioClient(AsyncHttpClient):  # type: ignore[misc]  # twilio ships no type hints
    def __init__(self, api_url: str = "", timeout: float = 15.0) -> None:
        super().__init__(logger=None, is_async=True, timeout=timeout)
        self.api_url = api_url.rstrip("/")
        self._client = httpx.AsyncClient(timeout=httpx.Timeout(timeout, connect=5.0))

    def rewrite(self, url: str) -> str:
        if self.api_url and url.startswith(TWILIO_API):
            return self.api_url + url[len(TWILIO_API) :]
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
        response = await self._client.request(
            method.upper(),
            self.rewrite(uri),
            params=params,  # type: ignore[arg-type]
            data=data,
            headers=headers,
            auth=auth,
            timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
            follow_redirects=allow_redirects,
        )
        return Response(response.status_code, response.text, response.headers)

    async def close(self) -> None:
        await self._client.aclose()
