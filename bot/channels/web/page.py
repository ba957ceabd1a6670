"""The web chat page at `/`, and `/blank`, where its quick exit goes.

Made for a shared or borrowed phone on a slow connection:

- **Quick exit**: a button always in view replaces the page (`location.replace`, so Back does
  not return to it) with `/blank`, an empty page on this site that says nothing about Puente,
  and erases whatever the page kept. Escape does the same on a keyboard.
- **Nothing kept unless asked**: the conversation lives in the page's memory only; a reload or
  closing the tab ends it on this phone. A person who ticks "keep this conversation" keeps it in
  the browser's storage (sender id, last update, what was said), so a reload continues it.
- **Small**: HTML, CSS and JavaScript together stay under 60 kB (a test measures it), with no
  web fonts, frameworks or third-party scripts; a map link goes to OpenStreetMap.
- **Language**: the page's words follow `?lang=`, else the browser's languages. The browser's
  language is sent to the API as `lang_hint` only; `lang` (a choice) is sent once the person
  picks a language on the page, which switches the page's words in place, without a reload.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from bot import messages as m
from bot.channels import messages as cm
from bot.http.language import request_language
from bot.i18n import gettext, language_name, normalize_language
from bot.settings import DEFAULT_LANGUAGE, LANGUAGES

router = APIRouter(tags=["web chat"])
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
BLANK_PATH = "/blank"
LABELS = {
    "title": m.WEB_TITLE,
    "input_label": m.WEB_INPUT_LABEL,
    "placeholder": m.WEB_PLACEHOLDER,
    "send": m.WEB_SEND,
    "conversation": m.WEB_CONVERSATION,
    "private": m.WEB_PRIVATE,
    "error": m.WEB_ERROR,
    "language": cm.WEB_LANGUAGE,
    "quick_exit": cm.WEB_QUICK_EXIT,
    "quick_exit_label": cm.WEB_QUICK_EXIT_LABEL,
    "keep": cm.WEB_KEEP,
    "keep_hint": cm.WEB_KEEP_HINT,
    "safety_tip": cm.WEB_SAFETY_TIP,
    "use_location": cm.WEB_USE_LOCATION,
    "location_failed": cm.WEB_LOCATION_FAILED,
    "map": cm.WEB_MAP,
    "retry": cm.WEB_RETRY,
}


def page_language(request: Request) -> str:
    """?lang= first, then the browser's Accept-Language, then the default."""
    return request_language(request) or DEFAULT_LANGUAGE


def labels(lang: str) -> dict[str, str]:
    return {key: gettext(lang, msgid) for key, msgid in LABELS.items()}


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def page(request: Request) -> HTMLResponse:
    lang = page_language(request)
    chosen = normalize_language(request.query_params.get("lang")) is not None
    return templates.TemplateResponse(
        request,
        "chat.html",
        {
            "lang": lang,
            "chosen": chosen,
            "t": labels(lang),
            "all_labels": {code: labels(code) for code in LANGUAGES},
            "title": labels(lang)["title"],
            "nav_label": labels(lang)["language"],
            "path": "/",
            "languages": [(c, language_name(c)) for c in LANGUAGES],
        },
    )


@router.get(BLANK_PATH, response_class=HTMLResponse, include_in_schema=False)
async def blank() -> HTMLResponse:
    """Where the quick exit goes: an empty page that names nothing."""
    return HTMLResponse(
        '<!doctype html><html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>&#8203;</title></head><body></body></html>"
    )
