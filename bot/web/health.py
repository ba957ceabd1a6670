"""`/health`: is the database reachable, is Rasa up, is the breaker open."""

from __future__ import annotations

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter(tags=["health"])


@router.get("/health")
async def health(request: Request) -> JSONResponse:
    services = request.app.state.services
    db_ok = await anyio.to_thread.run_sync(services.db.ping)
    rasa_status = await services.rasa.status()
    rasa_ok = rasa_status is not None and services.rasa.breaker.state != "open"
    status = "ok" if db_ok and rasa_ok else ("degraded" if db_ok else "down")
    body = {
        "status": status,
        "database": "ok" if db_ok else "unreachable",
        "rasa": {
            "status": "ok" if rasa_status is not None else "unreachable",
            "breaker": services.rasa.breaker.state,
            "model": (rasa_status or {}).get("model_file"),
        },
    }
    return JSONResponse(body, status_code=200 if db_ok else 503)
