"""`/health`: is the database reachable, is Rasa up, is the breaker open.

Anyone may ask whether the service is up, so the public answer is only `{"status"}`. The
details (internal Rasa URLs, breaker states, model file) help an attacker map the inside, so
they come only with `Authorization: Bearer <HEALTH_TOKEN>` or to a caller on this machine that
no proxy forwarded (a monitor on localhost, `make run`'s operator).
"""

from __future__ import annotations

import hmac
import ipaddress

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from bot.http import deps
from bot.http.limits import client_address

router = APIRouter(tags=["health"])
FORWARDING = ("x-forwarded-for", "forwarded", "x-real-ip")


def may_see_details(request: Request, token: str) -> bool:
    """A right HEALTH_TOKEN, or loopback without any sign of having been forwarded."""
    given = request.headers.get("authorization", "")
    if token and hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        return True
    if any(name in request.headers for name in FORWARDING):
        return False
    try:
        return ipaddress.ip_address(client_address(request)).is_loopback
    except ValueError:
        return False


@router.get("/health")
async def health(request: Request) -> JSONResponse:
    services = deps.services(request)
    db_ok = await anyio.to_thread.run_sync(services.db.ping)
    statuses = await services.rasa.status()
    servers = [
        {
            "url": upstream.url,
            "status": "ok" if answer is not None else "unreachable",
            "breaker": upstream.breaker.state,
            "model": (answer or {}).get("model_file"),
        }
        for upstream, answer in zip(services.rasa.upstreams, statuses, strict=True)
    ]
    up = [s for s in servers if s["status"] == "ok" and s["breaker"] != "open"]
    rasa_ok = len(up) == len(servers)
    status = "ok" if db_ok and rasa_ok else ("degraded" if db_ok else "down")
    code = 200 if db_ok else 503
    headers = {"Cache-Control": "no-store"}
    if not may_see_details(request, services.settings.health_token):
        return JSONResponse({"status": status}, status_code=code, headers=headers)
    first = up[0] if up else servers[0]
    body = {
        "status": status,
        "database": "ok" if db_ok else "unreachable",
        "rasa": {
            "status": "ok" if up else "unreachable",
            "breaker": services.rasa.state,
            "model": first["model"],
            "servers": servers,
        },
    }
    return JSONResponse(body, status_code=code, headers=headers)
