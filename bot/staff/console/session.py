"""Console sessions: a signed cookie (SECRET_KEY) that expires, and the CSRF token inside it.

The cookie is HttpOnly and SameSite=Strict, holds no personal data, and stops working when it
is older than STAFF_SESSION_HOURS, idle longer than STAFF_IDLE_MINUTES, or when the user's
session version changes (sign-out, password change, deactivation). Every state-changing request
must echo the session's CSRF token in the form or the X-CSRF-Token header.
"""

from __future__ import annotations

import hmac
import secrets
import time
from dataclasses import asdict, dataclass, replace
from urllib.parse import urlsplit

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from bot.settings import Settings

COOKIE = "puente_staff"
LOGIN_COOKIE = "puente_staff_login"
REFRESH_AFTER = 60.0
LOGIN_FORM_SECONDS = 3600


class LoginRequired(Exception):
    """No valid session: send the browser to the sign-in page."""


class CsrfError(Exception):
    """A change without this session's CSRF token, or from another origin."""


@dataclass(frozen=True)
class SessionData:
    user_id: int
    version: int
    csrf: str
    issued: float
    seen: float


def _serializer(settings: Settings, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.secret_key, salt=salt)


def new_session(user_id: int, version: int) -> SessionData:
    now = time.time()
    return SessionData(user_id, version, secrets.token_urlsafe(32), now, now)


def encode(settings: Settings, data: SessionData) -> str:
    return _serializer(settings, "puente-staff-session").dumps(asdict(data))


def decode(settings: Settings, raw: str | None) -> SessionData | None:
    """The session in the cookie, or None when it is missing, forged or expired."""
    if not raw:
        return None
    try:
        payload = _serializer(settings, "puente-staff-session").loads(
            raw, max_age=int(settings.staff_session_hours * 3600)
        )
        data = SessionData(**payload)
    except (BadSignature, TypeError, ValueError):
        return None
    now = time.time()
    if now - data.seen > settings.staff_idle_minutes * 60 or now < data.issued - 60:
        return None
    return data


def touched(data: SessionData) -> SessionData | None:
    """A refreshed copy when the idle clock should restart, else None."""
    now = time.time()
    return replace(data, seen=now) if now - data.seen > REFRESH_AFTER else None


def set_cookie(
    response: Response, settings: Settings, name: str, value: str, max_age: int | None = None
) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age or int(settings.staff_session_hours * 3600),
        path="/staff",
        httponly=True,
        samesite="strict",
        secure=settings.public_base_url.startswith("https://"),
    )


def clear_cookie(response: Response, settings: Settings) -> None:
    response.delete_cookie(
        COOKIE,
        path="/staff",
        httponly=True,
        samesite="strict",
        secure=settings.public_base_url.startswith("https://"),
    )


def login_token(settings: Settings, raw: str | None) -> str | None:
    """The pre-session CSRF token of the sign-in form (double submit, signed)."""
    if not raw:
        return None
    try:
        value = _serializer(settings, "puente-staff-login").loads(raw, max_age=LOGIN_FORM_SECONDS)
    except BadSignature:
        return None
    return str(value)


def new_login_token(settings: Settings) -> tuple[str, str]:
    token = secrets.token_urlsafe(24)
    return token, _serializer(settings, "puente-staff-login").dumps(token)


def same_origin(request: Request) -> bool:
    """Browsers send Origin on POST; when they do it must be this host."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host", "")


def tokens_match(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and hmac.compare_digest(str(expected), str(given))
