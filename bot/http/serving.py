"""How uvicorn serves the app, in one place for `run`, `serve` and the tests.

Concurrency and keep-alive are bounded so slow or idle connections cannot pile up without end:
past HTTP_LIMIT_CONCURRENCY open connections and tasks uvicorn answers 503 at once; an idle
keep-alive connection closes after HTTP_KEEP_ALIVE_SECONDS; requests are parsed by httptools
(C), with a bound of 16 KiB on a request's head (`bot.http.head_limit`: h11, settable but pure
Python, cost an eighth of a web turn's CPU). uvicorn's own X-Forwarded-For rewriting is off:
it believes loopback by default, and `bot.http.limits.client_address` decides instead, from
TRUSTED_PROXIES.
"""

from __future__ import annotations

from typing import Any

import uvicorn
from starlette.types import ASGIApp

from bot.http.head_limit import BoundedHttpToolsProtocol
from bot.settings import Settings


def uvicorn_config(
    app: ASGIApp, settings: Settings, host: str, port: int, **extra: Any
) -> uvicorn.Config:
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        # uvicorn sets its own loggers (access lines included) to this level.
        "log_level": settings.log_level.lower(),
        "http": BoundedHttpToolsProtocol,
        "limit_concurrency": settings.http_limit_concurrency,
        "timeout_keep_alive": settings.http_keep_alive_seconds,
        "proxy_headers": False,
        "server_header": False,
        **extra,
    }
    return uvicorn.Config(app, **options)
