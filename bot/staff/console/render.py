"""Server-rendered pages: one Jinja2 environment with autoescaping, and the helpers pages use.

A person's messages are untrusted input, so every value is escaped (autoescape on, no `|safe`
anywhere) and pages are served under a strict Content-Security-Policy with no inline script or
style. Strings go through gettext in the staff member's console language.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_timedelta
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot.db.base import utcnow
from bot.handoff import categories
from bot.http import deps
from bot.http.language import request_language
from bot.i18n import gettext
from bot.staff import labels
from bot.staff import messages as m
from bot.staff import referral_messages as rm
from bot.staff.auth import Actor
from bot.staff.models import CONSOLE_LANGUAGES

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
ENV = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
templates = Jinja2Templates(env=ENV)
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def console_language(request: Request, actor: Actor | None) -> str:
    if actor is not None and actor.language in CONSOLE_LANGUAGES:
        return actor.language
    return request_language(request, CONSOLE_LANGUAGES) or "es"


class Helpers:
    """What templates call: t(), label(), when(), ago()."""

    def __init__(self, lang: str, timezone: str) -> None:
        self.lang = lang
        self.zone = ZoneInfo(timezone)

    def t(self, msgid: str, **values: Any) -> str:
        return gettext(self.lang, msgid, **values)

    def label(self, kind: str, code: str | None) -> str:
        return gettext(self.lang, labels.label_id(kind, code)) if code else ""

    def when(self, at: datetime | None) -> str:
        return at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M") if at else ""

    def ago(self, at: datetime | None) -> str:
        if at is None:
            return ""
        return format_timedelta(utcnow() - at, locale=self.lang, threshold=1.5)


def render(
    request: Request,
    name: str,
    actor: Actor | None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    settings = deps.services(request).settings
    helpers = Helpers(console_language(request, actor), settings.staff_timezone)
    session = getattr(request.state, "staff_session", None)
    context.update(
        m=m,
        rm=rm,
        rlabel=lambda kind, code: (
            helpers.t(rm.REFERRAL_LABELS.get(kind, {}).get(code) or code) if code else ""
        ),
        actor=actor,
        lang=helpers.lang,
        t=helpers.t,
        label=helpers.label,
        delivery_reason=labels.delivery_reason,
        when=helpers.when,
        ago=helpers.ago,
        csrf=session.csrf if session else "",
        labels=labels.LABELS,
        categories=categories.CATEGORIES,
        priorities=categories.PRIORITIES,
    )
    return templates.TemplateResponse(request, name, context, status_code=status)
