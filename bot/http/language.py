"""The language a page was asked in: `?lang=` first, then the browser's Accept-Language.

The web chat, its privacy page, the providers' confirmation page and the staff console all
choose their language this way; each keeps its own default and the languages it offers.
"""

from __future__ import annotations

from collections.abc import Collection

from starlette.requests import Request

from bot.i18n import normalize_language
from bot.settings import LANGUAGES


def request_language(request: Request, offered: Collection[str] = LANGUAGES) -> str | None:
    """The first of `?lang=` and the Accept-Language entries that is one of `offered`."""
    wanted = normalize_language(request.query_params.get("lang"))
    if wanted in offered:
        return wanted
    for part in request.headers.get("accept-language", "").split(","):
        found = normalize_language(part.split(";")[0])
        if found in offered:
            return found
    return None
