"""`GET /privacy`: the full privacy notice as a page, in the language the page asks for."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from bot.channels import messages as cm
from bot.channels.web.page import page_language
from bot.http import deps
from bot.i18n import gettext, language_name
from bot.privacy import messages as m
from bot.privacy.notice import PARAGRAPHS
from bot.settings import LANGUAGES

router = APIRouter(tags=["privacy"])
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


@router.get("/privacy", response_class=HTMLResponse)
async def privacy_page(request: Request) -> HTMLResponse:
    lang = page_language(request)
    days = deps.services(request).settings.retention_days
    context = {
        "lang": lang,
        "title": f"{gettext(lang, m.PAGE_TITLE)} · Puente",
        "heading": gettext(lang, m.PAGE_TITLE),
        "path": "/privacy",
        "paragraphs": [gettext(lang, p, days=days) for p in PARAGRAPHS],
        "languages": [(c, language_name(c)) for c in LANGUAGES],
        "nav_label": gettext(lang, cm.WEB_LANGUAGE),
    }
    return templates.TemplateResponse(request, "privacy.html", context)
