"""Asking Twilio whether the configured WhatsApp templates are approved, and in which language.

Used by `python -m bot whatsapp templates`. For each template SID it fetches the Content
resource (its name and language) and its WhatsApp approval request (`approval_fetch`); a
template WhatsApp has not approved cannot open a conversation, so it is a problem to fix
before staff rely on it. Only template metadata is read: nothing about any person.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import httpx
from twilio.base.exceptions import TwilioException
from twilio.rest import Client

from bot.channels.whatsapp.errors import error_code
from bot.channels.whatsapp.twilio_http import HttpxTwilioClient
from bot.outbox import templates
from bot.outbox.window import PURPOSES
from bot.settings import Settings

APPROVED = "approved"
NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Approval:
    """What Twilio says about one template."""

    sid: str
    status: str  # WhatsApp's: approved, pending, received, rejected, paused, disabled, ...
    name: str = ""
    language: str = ""
    reason: str = ""  # WhatsApp's rejection reason, about the template's words


@dataclass(frozen=True)
class Row:
    """One purpose in one language: the template it would use and what WhatsApp says of it."""

    purpose: str
    language: str
    sid: str | None
    source: str | None
    status: str | None
    name: str = ""
    content_language: str = ""
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


async def _approval(client: Client, sid: str) -> Approval:
    try:
        content: Any = await client.content.v1.contents(sid).fetch_async()
        approval: Any = await client.content.v1.contents(sid).approval_fetch().fetch_async()
    except TwilioException as exc:
        status = int(getattr(exc, "status", 0) or 0)
        found = NOT_FOUND if status == 404 else error_code(getattr(exc, "code", None), status)
        return Approval(sid, found)
    except httpx.HTTPError as exc:
        return Approval(sid, f"unreachable: {type(exc).__name__}")
    whatsapp = approval.whatsapp if isinstance(approval.whatsapp, dict) else {}
    return Approval(
        sid,
        str(whatsapp.get("status") or "unsubmitted").lower(),
        str(content.friendly_name or ""),
        str(content.language or ""),
        str(whatsapp.get("rejection_reason") or ""),
    )


async def check(settings: Settings) -> dict[str, Approval]:
    """Every configured template's approval, by SID (one request pair per distinct SID)."""
    sids = {c.sid for c in templates.coverage(settings) if c.sid}
    sids |= set(settings.whatsapp_templates().values())
    http = HttpxTwilioClient(settings.twilio_api_url, content_url=settings.twilio_content_api_url)
    client = Client(settings.twilio_account_sid, settings.twilio_auth_token, http_client=http)
    try:
        return {sid: await _approval(client, sid) for sid in sorted(sids)}
    finally:
        await http.close()


def rows(settings: Settings, found: dict[str, Approval] | None) -> list[Row]:
    """Every purpose in every language, with its template and (if checked) its approval."""
    out = []
    for choice in templates.coverage(settings):
        approval = found.get(choice.sid) if found is not None and choice.sid else None
        out.append(
            Row(
                choice.purpose,
                choice.language,
                choice.sid,
                choice.source,
                approval.status if approval else None,
                approval.name if approval else "",
                approval.language if approval else "",
                approval.reason if approval else "",
            )
        )
    return out


def problems(settings: Settings, table: list[Row]) -> list[str]:
    """What keeps a configured template from working, in plain words."""
    found = [
        f"TWILIO_TEMPLATES names {p!r}, which nothing sends (purposes: {', '.join(PURPOSES)})"
        for p in templates.unknown_purposes(settings)
    ]
    seen: set[str] = set()
    for row in table:
        if row.sid is None or row.status is None:
            continue
        if row.status != APPROVED and row.sid not in seen:
            seen.add(row.sid)
            why = f" ({row.reason})" if row.reason else ""
            found.append(f"{row.sid} is {row.status} on WhatsApp, not approved{why}")
        exact = row.source == templates.EXACT
        if exact and row.content_language and row.content_language.split("_")[0] != row.language:
            found.append(
                f"{row.sid} is configured for {row.purpose}:{row.language} but its content is "
                f"in {row.content_language}"
            )
    return found
