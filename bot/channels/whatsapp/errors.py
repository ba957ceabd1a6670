"""Twilio's failures as our codes: numbers only, never Twilio's sentences.

Twilio explains a failure in words that quote the person ("The 'To' number whatsapp:+52... is
not a valid phone number"), so only its numeric code is kept (`twilio_21211`), and whether
trying again can help.
"""

from __future__ import annotations

from twilio.base.exceptions import TwilioException

from bot.outbox.delivery import PermanentError, TransientError
from bot.outbox.window import OUTSIDE_WINDOW

TWILIO_ERRORS = {63016: OUTSIDE_WINDOW}
# Authentication (it goes once the settings are fixed) and too many requests: try again later.
TRANSIENT_CODES = {20003, 20429}
# Twilio refusing a message for its content rather than its recipient: a Content SID it does
# not know or cannot send here, bad variables, content WhatsApp refuses. Numbered text instead.
CONTENT_CODES = frozenset({21655, 21656, 63005, 63021, 63027, 63028, 63040, 63041})


def error_code(code: object, status: int = 0) -> str:
    """Our code for a Twilio failure: `twilio_<error code>`, else `twilio_http_<status>`."""
    if isinstance(code, int) and not isinstance(code, bool) and 0 < code < 100_000:
        return TWILIO_ERRORS.get(code, f"twilio_{code}")
    return f"twilio_http_{status}" if 0 < status < 1000 else "twilio_error"


def classify(exc: TwilioException) -> Exception:
    status = int(getattr(exc, "status", 0) or 0)
    code = getattr(exc, "code", None)
    reason = error_code(code, status)
    if isinstance(code, int) and code in TWILIO_ERRORS:
        return PermanentError(reason)
    if status == 429 or status >= 500 or status == 0 or code in TRANSIENT_CODES:
        return TransientError(reason)
    return PermanentError(reason)


def is_content_refusal(exc: TwilioException) -> bool:
    """Whether Twilio refused the message because of the content it named."""
    code = getattr(exc, "code", None)
    return isinstance(code, int) and code in CONTENT_CODES
