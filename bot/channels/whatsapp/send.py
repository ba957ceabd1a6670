"""Sending one outbox message to WhatsApp through Twilio's Messages API.

Free-form text goes out in parts of at most 1,600 characters, each with a status callback so
delivery and errors come back to the message. Outside the 24-hour window only the approved
template (TWILIO_TEMPLATE_SID, sent with `content_sid`) may go; anything else is refused before
Twilio is asked, with the reason `outside_24h_window`.
"""

from __future__ import annotations

import json

import httpx
from twilio.base.exceptions import TwilioException
from twilio.rest import Client

from bot.channels.whatsapp import render
from bot.channels.whatsapp.twilio_http import HttpxTwilioClient
from bot.outbox.delivery import Job, PermanentError, Record, TransientError
from bot.outbox.window import NO_TEMPLATE, OUTSIDE_WINDOW, TEMPLATE_KIND, may_send
from bot.reply import Button
from bot.settings import Settings

STATUS_PATH = "/webhooks/twilio/status"
TWILIO_ERRORS = {63016: OUTSIDE_WINDOW}
# Authentication (it goes once the settings are fixed) and too many requests: try again later.
TRANSIENT_CODES = {20003, 20429}


def whatsapp_address(number: str) -> str:
    number = number.strip()
    return number if number.startswith("whatsapp:") else f"whatsapp:{number}"


def error_code(code: object, status: int = 0) -> str:
    """Our code for a Twilio failure: `twilio_<error code>`, else `twilio_http_<status>`.

    Only Twilio's numeric code is kept, never its message: that quotes the person's number
    ("The 'To' number whatsapp:+52... is not a valid phone number").
    """
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


class WhatsAppSender:
    """The outbox's sender for the `whatsapp` channel."""

    channel = "whatsapp"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.http = HttpxTwilioClient(settings.twilio_api_url)
        self.client = Client(
            settings.twilio_account_sid, settings.twilio_auth_token, http_client=self.http
        )
        self.sender = whatsapp_address(settings.twilio_whatsapp_from)
        self.status_callback = settings.public_base_url.rstrip("/") + STATUS_PATH

    async def _create(self, job: Job, **fields: object) -> str:
        try:
            created = await self.client.messages.create_async(
                to=whatsapp_address(job.address),
                from_=self.sender,
                status_callback=self.status_callback,
                **fields,
            )
        except TwilioException as exc:
            raise classify(exc) from exc
        except httpx.HTTPError as exc:
            raise TransientError("twilio_network") from exc
        sid = str(getattr(created, "sid", "") or "")
        if not sid:
            raise TransientError("twilio_no_sid")
        return sid

    async def deliver(self, job: Job, record: Record) -> tuple[Button, ...]:
        if job.kind == TEMPLATE_KIND:
            if not self.settings.twilio_template_sid:
                raise PermanentError(NO_TEMPLATE)
            variables = job.message.text.strip() or "{}"
            json.loads(variables)  # stored by outbox.enqueue_template, always JSON
            sid = await self._create(
                job, content_sid=self.settings.twilio_template_sid, content_variables=variables
            )
            await record(0, sid)
            return ()
        if not may_send(self.channel, job.last_inbound_at):
            raise PermanentError(OUTSIDE_WINDOW)
        rendered = render.render(job.message, job.language)
        if not rendered.parts:
            raise PermanentError("empty_message")
        for index, body in enumerate(rendered.parts):
            if index >= job.parts_done:
                await record(index, await self._create(job, body=body))
        return rendered.options

    async def close(self) -> None:
        await self.http.close()
