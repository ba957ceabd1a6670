"""The privacy notice: a short one with the first reply to a new contact, and the page's parts.

The page itself is served by the web chat (`bot.channels.web.privacy_page`); this module only
says what the notice is, so the core can send it without knowing about web pages.
"""

from __future__ import annotations

from bot.i18n import gettext
from bot.privacy import messages as m
from bot.reply import OutMessage
from bot.settings import Settings

# 2026-12: what partners see and how to stop sharing; in danger a case opens before consent.
NOTICE_VERSION = "2026-12"
PARAGRAPHS = (
    m.PAGE_WHO,
    m.PAGE_WHAT,
    m.PAGE_LOCATION,
    m.PAGE_STAFF,
    m.PAGE_PARTNERS,
    m.PAGE_DANGER,
    m.PAGE_RETENTION,
    m.PAGE_DELETE,
    m.PAGE_SHARED_PHONE,
    m.PAGE_DISCREET,
)


def short_notice(lang: str, settings: Settings) -> OutMessage:
    url = f"{settings.public_base_url.rstrip('/')}/privacy?lang={lang}"
    return OutMessage(gettext(lang, m.NOTICE, days=settings.retention_days, url=url))
