"""The web chat channel: `POST /api/chat`, the page at `/` that uses it, and the quick exit.

`lang` in a request is the person's choice and sets the conversation's language; `lang_hint`
is only a hint (the browser's language), used like Telegram's `language_code`: what the person
writes decides. A phone set to English on which someone writes "hola" is answered in Spanish
until the person picks a language on the page.

The page is built for a shared or borrowed phone on a slow connection (`bot.channels.web.page`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from bot.core.conversation import ConversationCore
from bot.http import deps as http_deps
from bot.http.errors import ApiError
from bot.http.limits import client_address
from bot.i18n import normalize_language
from bot.inbound import Inbound, Location, normalize_text
from bot.safety.screen import screen
from bot.settings import LANGUAGES

router = APIRouter(tags=["web chat"])
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
HARD_TEXT_LIMIT = 20000


class ChatLocation(BaseModel):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    sender: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128)]
    text: str = Field(default="", max_length=HARD_TEXT_LIMIT)
    lang: str | None = None
    lang_hint: str | None = Field(default=None, max_length=35)  # a BCP 47 tag, e.g. "en-US"
    location: ChatLocation | None = None
    message_id: str | None = Field(default=None, max_length=128)

    @field_validator("lang")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        if value is not None and value not in LANGUAGES:
            raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}")
        return value


@router.post("/api/chat")
async def chat(body: ChatRequest, request: Request) -> dict[str, object]:
    settings = http_deps.services(request).settings
    text = normalize_text(body.text)
    # Danger first: a message the screen flags is never refused for a rate limit, neither the
    # sender's nor the address's (a shelter's shared wifi is one address for everyone there).
    # An over-long one is cut to MAX_TEXT_CHARS rather than refused: the numbers matter more.
    limits = http_deps.limits(request)
    found = screen(text)  # once: the core takes this verdict instead of screening again
    if found.danger:
        limits.wait("web", body.sender, client_address(request))  # counted, never refused
        text = text[: settings.max_text_chars]
    else:
        limits.check("web", body.sender, client_address(request))
    if not text and body.location is None:
        raise ApiError(422, "empty_text", "text must not be empty")
    if len(text) > settings.max_text_chars:
        raise ApiError(
            413, "text_too_long", f"text must be at most {settings.max_text_chars} characters"
        )
    inbound = Inbound(
        channel="web",
        sender=body.sender,
        text=text,
        message_id=body.message_id,
        lang=body.lang,
        lang_hint=normalize_language(body.lang_hint),
        location=Location(body.location.lat, body.location.lon) if body.location else None,
        kind="location" if body.location and not text else "text",
    )
    core = http_deps.state(request, "core", ConversationCore)
    result = await core.handle(inbound, found=found)
    return {
        "messages": [m.as_dict() for m in result.messages],
        "conversation": result.conversation_json(),
    }
