"""Which channels refuse free-form messages some time after the person's last one.

WhatsApp's customer-care window: free-form messages only within 24 h of the person's last one.
Outside it WhatsApp rejects them (Twilio error 63016); only an approved template may open the
conversation again. We check before sending, so staff learn at once why a reply did not go
out instead of reading a delivery failure later. The rule is a table per channel, so the
outbox and the console ask `may_send` instead of testing for a channel's name.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.db.base import utcnow

WINDOW = timedelta(hours=24)
# Channels whose provider takes free-form messages only this long after the person's last one.
WINDOWS: dict[str, timedelta] = {"whatsapp": WINDOW}
OUTSIDE_WINDOW = "outside_24h_window"
NO_TEMPLATE = "no_template_configured"
TEMPLATE_KIND = "template"
# Messages that start a conversation rather than answer the person: each has its own approved
# template per language outside WhatsApp's window, and none goes to a person who asked for
# discretion (`Contact.quiet`) until they write again.
PURPOSES = ("staff_reply", "referral_checkin", "directory_confirmation")
QUIET = "person_asked_for_discretion"


def has_window(channel: str) -> bool:
    """Whether free-form messages on this channel expire after the person's last message."""
    return channel in WINDOWS


def may_send(
    channel: str, last_inbound_at: datetime | None, kind: str = "text", now: datetime | None = None
) -> bool:
    """Whether a message of `kind` may go out on `channel` now; a template always may."""
    window = WINDOWS.get(channel)
    if window is None or kind == TEMPLATE_KIND:
        return True
    if last_inbound_at is None:
        return False
    return (now or utcnow()) - last_inbound_at < window
