"""Which approved WhatsApp template opens a conversation, by purpose and language.

Outside WhatsApp's 24-hour window only an approved template may go out (Twilio error 63016
otherwise). Each purpose (`window.PURPOSES`: a staff reply, a referral check-in, a directory
confirmation request) needs its own words, and the person's language, so TWILIO_TEMPLATES names
one template per purpose and language (`staff_reply:es=HX...`), or one for every language of a
purpose (`staff_reply=HX...`). TWILIO_TEMPLATE_SID stays the fallback for every purpose, as
before. When nothing fits, nothing is sent and the staff are told why
(`no_template_configured`): a template in the wrong words or language would do more harm than
a message that waits for the person to write.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.outbox.window import PURPOSES
from bot.settings import LANGUAGES, Settings

EXACT, PURPOSE, FALLBACK = "purpose and language", "purpose, any language", "TWILIO_TEMPLATE_SID"


@dataclass(frozen=True)
class Choice:
    """The template for one purpose and language, and which setting gave it."""

    purpose: str
    language: str
    sid: str | None
    source: str | None  # EXACT, PURPOSE, FALLBACK; None when no template fits


def choose(settings: Settings, purpose: str | None, language: str) -> Choice:
    """The template for `purpose` (None counts as a staff reply) in `language`."""
    wanted = purpose or "staff_reply"
    book = settings.whatsapp_templates()
    for key, source in (((wanted, language), EXACT), ((wanted, None), PURPOSE)):
        if key in book:
            return Choice(wanted, language, book[key], source)
    if settings.twilio_template_sid:
        return Choice(wanted, language, settings.twilio_template_sid, FALLBACK)
    return Choice(wanted, language, None, None)


def template_sid(settings: Settings, purpose: str | None, language: str) -> str | None:
    return choose(settings, purpose, language).sid


def coverage(settings: Settings) -> list[Choice]:
    """Every purpose in every language, with the template each would use (or none)."""
    return [choose(settings, p, lang) for p in PURPOSES for lang in LANGUAGES]


def unknown_purposes(settings: Settings) -> list[str]:
    """Purposes named in TWILIO_TEMPLATES that no part of Puente sends (a typo, usually)."""
    return sorted({p for p, _lang in settings.whatsapp_templates() if p not in PURPOSES})
