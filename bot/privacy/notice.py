"""The privacy notice: a short one at first contact, the full page at /privacy."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from bot.i18n import gettext, language_name
from bot.privacy import messages as m
from bot.reply import OutMessage
from bot.settings import LANGUAGES, Settings

NOTICE_VERSION = "2026-11"
router = APIRouter(tags=["privacy"])
templates = Jinja2Templates(directory=str(Path(__file__).parent.parent / "web" / "templates"))
PARAGRAPHS = (
    m.PAGE_WHO,
    m.PAGE_WHAT,
    m.PAGE_LOCATION,
    m.PAGE_STAFF,
    m.PAGE_RETENTION,
    m.PAGE_DELETE,
    m.PAGE_SHARED_PHONE,
)


def short_notice(lang: str, settings: Settings) -> OutMessage:
    url = f"{settings.public_base_url.rstrip('/')}/privacy?lang={lang}"
    return OutMessage(gettext(lang, m.NOTICE, days=settings.retention_days, url=url))


@router.get("/privacy", response_class=HTMLResponse)
async def privacy_page(request: Request) -> HTMLResponse:
    from bot.web.chat import page_language

    lang = page_language(request)
    days = request.app.state.services.settings.retention_days
    context = {
        "lang": lang,
        "title": f"{gettext(lang, m.PAGE_TITLE)} · Puente",
        "heading": gettext(lang, m.PAGE_TITLE),
        "path": "/privacy",
        "paragraphs": [gettext(lang, p, days=days) for p in PARAGRAPHS],
        "languages": [(c, language_name(c)) for c in LANGUAGES],
    }
    return templates.TemplateResponse(request, "privacy.html", context)
