"""One table from exceptions to HTTP status, and one handler that logs with context."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from bot.db.session import DatabaseUnavailable

log = logging.getLogger("bot.web")


class ApiError(Exception):
    """An error we chose to show the caller, with its status and a stable code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Forbidden(ApiError):
    def __init__(self, message: str = "forbidden") -> None:
        super().__init__(403, "forbidden", message)


STATUS: dict[type[Exception], tuple[int, str]] = {
    DatabaseUnavailable: (503, "database_unavailable"),
}


def _body(code: str, message: str, details: object = None) -> dict[str, object]:
    error: dict[str, object] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error}


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        log.info("%s %s -> %s %s", request.method, request.url.path, exc.status, exc.code)
        retry = getattr(exc, "retry_after", None)
        headers = {"Retry-After": str(retry)} if retry else None
        return JSONResponse(_body(exc.code, exc.message), status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {"field": ".".join(str(p) for p in e.get("loc", ())[1:]), "problem": e.get("msg")}
            for e in exc.errors()
        ]
        code = (
            "invalid_json"
            if any(e.get("type") == "json_invalid" for e in exc.errors())
            else ("invalid_request")
        )
        status = 400 if code == "invalid_json" else 422
        return JSONResponse(_body(code, "the request is not valid", details), status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        """Starlette's own refusals (404, 405, a bad header) in the same shape as ours."""
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        return JSONResponse(_body(code, message), status_code=exc.status_code, headers=exc.headers)

    async def mapped(request: Request, exc: Exception) -> JSONResponse:
        status, code = next(v for k, v in STATUS.items() if isinstance(exc, k))
        log.warning("%s %s -> %s: %s", request.method, request.url.path, status, exc)
        headers = {"Retry-After": "30"} if status == 503 else None
        return JSONResponse(_body(code, code.replace("_", " ")), status, headers)

    for kind in STATUS:
        app.add_exception_handler(kind, mapped)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(_body("internal_error", "something went wrong"), status_code=500)
