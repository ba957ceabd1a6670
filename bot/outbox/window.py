"""WhatsApp's customer-care window: free-form messages only within 24 h of the person's last one.

Outside the window WhatsApp rejects free-form messages (Twilio error 63016); only an approved
template may open the conversation again. We check before sending, so staff learn at once why a
reply did not go out instead of reading a delivery failure later.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.db.base import utcnow

WINDOW = timedelta(hours=24)
OUTSIDE_WINDOW = "outside_24h_window"
NO_TEMPLATE = "no_template_configured"
TEMPLATE_KIND = "template"


def window_open(last_inbound_at: datetime | None, now: datetime | None = None) -> bool:
    if last_inbound_at is None:
        return False
    return (now or utcnow()) - last_inbound_at < WINDOW
