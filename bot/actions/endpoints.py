"""Rasa calls back into the app: custom actions and response generation (NLG).

Both can change a conversation (actions write to the database, NLG renders what a person
reads), so every call must carry RASA_CALLBACK_TOKEN, which `write_endpoints` puts into Rasa's
endpoints.yml. Rasa sends it as the `X-Puente-Token` header (kept out of access logs); the
`token` query parameter that Rasa's own `token:` option sends is accepted as well.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import (
    ActionExecutionRejection,
    ActionMissingDomainException,
    ActionNotFoundException,
)

from bot.http.deps import services, state
from bot.i18n import normalize_language
from bot.responses import RenderContext, UnknownResponse, render
from bot.settings import DEFAULT_LANGUAGE

log = logging.getLogger(__name__)
router = APIRouter(prefix="/rasa", tags=["rasa"])
TOKEN_HEADER = "x-puente-token"  # noqa: S105 - a header name, not a secret


def _authorized(request: Request) -> bool:
    """The call carries the callback token; without a configured token (development) any."""
    expected = services(request).settings.rasa_callback_token
    if not expected:
        return True
    given = request.headers.get(TOKEN_HEADER) or request.query_params.get("token") or ""
    return hmac.compare_digest(given.encode(), expected.encode())


def _forbidden(request: Request) -> JSONResponse:
    log.warning("refused a Rasa callback to %s without the right token", request.url.path)
    body = {"error": {"code": "forbidden", "message": "missing or wrong callback token"}}
    return JSONResponse(body, status_code=403)


@router.post("/actions")
async def run_action(request: Request) -> JSONResponse:
    """rasa-sdk's webhook protocol, keeping its status codes."""
    if not _authorized(request):
        return _forbidden(request)
    try:
        # orjson: each call carries the tracker and the domain, the biggest body the app reads.
        call = orjson.loads(await request.body())
    except ValueError:
        return JSONResponse({"error": "Invalid body request"}, status_code=400)
    if not isinstance(call, dict):
        return JSONResponse({"error": "Invalid body request"}, status_code=400)
    executor = state(request, "executor", ActionExecutor)
    try:
        result = await executor.run(call)
    except ActionExecutionRejection as e:
        return JSONResponse({"error": e.message, "action_name": e.action_name}, status_code=400)
    except ActionNotFoundException as e:
        log.error("unknown action %s", e.action_name)
        return JSONResponse({"error": e.message, "action_name": e.action_name}, status_code=404)
    except ActionMissingDomainException as e:
        return JSONResponse({"error": e.message, "action_name": e.action_name}, status_code=449)
    return JSONResponse(result.model_dump() if result else {"events": [], "responses": []})


def _context(body: dict[str, Any]) -> RenderContext:
    tracker = body.get("tracker") or {}
    slots = tracker.get("slots") or {}
    meta = (tracker.get("latest_message") or {}).get("metadata") or {}
    args = body.get("arguments") or {}
    if not isinstance(args, dict):
        args = {}
    # An action that changes the language names it in its arguments: Rasa renders an action's
    # responses before it applies the action's events, so the slot is not set yet.
    lang = (
        normalize_language(str(args.get("language") or ""))
        or normalize_language(slots.get("language"))
        or normalize_language(meta.get("language"))
        or DEFAULT_LANGUAGE
    )
    return RenderContext(lang=lang, channel=str(meta.get("channel") or "web"), args=args)


@router.post("/nlg")
async def generate(request: Request) -> JSONResponse:
    """Render a named response in the conversation's language; `{}` when there is nothing."""
    if not _authorized(request):
        return _forbidden(request)
    try:
        body = orjson.loads(await request.body())
    except ValueError:
        return JSONResponse({}, status_code=400)
    if not isinstance(body, dict):
        return JSONResponse({}, status_code=400)
    name = str(body.get("response") or body.get("template") or "")
    try:
        out = render(name, _context(body))
    except UnknownResponse:
        log.error("Rasa asked for unknown response %s", name)
        return JSONResponse({})
    return JSONResponse(out.as_dict() if out is not None else {})
