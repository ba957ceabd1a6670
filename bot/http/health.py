"""`/health`: is the database reachable, is Rasa up, is the breaker open."""

from __future__ import annotations

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from bot.http import deps

router = APIRouter(tags=["health"])


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
    return JSONResponse(body, status_code=200 if db_ok else 503)
