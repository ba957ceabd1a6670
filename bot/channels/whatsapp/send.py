"""Sending one outbox message to WhatsApp through Twilio's Messages API.

Free-form text goes out in parts of at most 1,600 characters, each with a status callback so
delivery and errors come back to the message. With TWILIO_CONTENT_API on, choices go out as
WhatsApp's own buttons or list and a service's place as a map pin, each a Twilio Content
resource sent with `content_sid` (`bot.channels.whatsapp.render.plan`); whenever a content is
not available (the API is off, down, or refused it) the numbered text goes instead, which the
person answers with a number or the option's words.

Outside the 24-hour window only an approved template may go (`bot.outbox.templates`: one per
purpose and language, TWILIO_TEMPLATE_SID as the fallback); anything else is refused before
Twilio is asked, with the reason `outside_24h_window`, and a template nobody configured with
`no_template_configured`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import httpx
from twilio.base.exceptions import TwilioException
from twilio.rest import Client

from bot.channels.whatsapp import content, render
from bot.channels.whatsapp.content import ContentStore
from bot.channels.whatsapp.errors import classify, is_content_refusal
from bot.channels.whatsapp.twilio_http import HttpxTwilioClient
from bot.db.session import Database
from bot.outbox import templates
from bot.outbox.delivery import Job, PermanentError, Record, TransientError
from bot.outbox.window import NO_TEMPLATE, OUTSIDE_WINDOW, TEMPLATE_KIND, may_send
from bot.reply import Button
from bot.settings import Settings

STATUS_PATH = "/webhooks/twilio/status"
CONTENT_REFUSED = "twilio_content_refused"


def whatsapp_address(number: str) -> str:
    number = number.strip()
    return number if number.startswith("whatsapp:") else f"whatsapp:{number}"


@dataclass(frozen=True)
class Send:
    """One Messages API call: a body, or a Content SID."""

    body: str = ""
    content_sid: str | None = None


class WhatsAppSender:
    """The outbox's sender for the `whatsapp` channel."""

    channel = "whatsapp"

    def __init__(self, settings: Settings, db: Database | None = None) -> None:
        self.settings = settings
        self.db = db
        self.http = HttpxTwilioClient(
            settings.twilio_api_url, content_url=settings.twilio_content_api_url
        )
        self.client = Client(
            settings.twilio_account_sid, settings.twilio_auth_token, http_client=self.http
        )
        self.sender = whatsapp_address(settings.twilio_whatsapp_from)
        self.status_callback = settings.public_base_url.rstrip("/") + STATUS_PATH
        enabled = settings.twilio_content_api and db is not None
        self.contents = ContentStore(db, self.client) if enabled and db else None

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

    async def _template(self, job: Job, record: Record) -> None:
        sid = templates.template_sid(self.settings, job.purpose, job.language)
        if sid is None:
            raise PermanentError(NO_TEMPLATE)
        variables = job.message.text.strip() or "{}"
        json.loads(variables)  # stored by outbox.enqueue_template, always JSON
        provider = await self._create(job, content_sid=sid, content_variables=variables)
        await record(0, provider, sid)

    async def _sends(self, job: Job) -> tuple[list[Send], tuple[Button, ...]]:
        """The calls this message takes: contents where they can be had, numbered text else."""
        if self.contents is None:
            rendered = render.render(job.message, job.language)
            return [Send(body) for body in rendered.parts], rendered.options
        plan = render.plan(job.message, job.language, job.message_id)
        sends: list[Send] = []
        for part in plan.parts:
            if part.content is None:
                sends.append(Send(part.body))
                continue
            sid = await self.contents.sid_for(part.content)
            if sid is not None:
                sends.append(Send(content_sid=sid))
            else:
                # Numbered text instead; a pin has no fallback: the text names the place.
                sends.extend(Send(body) for body in part.fallback)
        return sends, plan.options

    async def deliver(self, job: Job, record: Record) -> tuple[Button, ...]:
        if job.kind == TEMPLATE_KIND:
            await self._template(job, record)
            return ()
        if not may_send(self.channel, job.last_inbound_at):
            raise PermanentError(OUTSIDE_WINDOW)
        sends, options = await self._sends(job)
        if not sends:
            raise PermanentError("empty_message")
        for index, send in enumerate(sends):
            if index < job.parts_done:
                continue  # went out on an earlier attempt
            if send.content_sid is None:
                await record(index, await self._create(job, body=send.body))
                continue
            try:
                provider = await self._create(job, content_sid=send.content_sid)
            except PermanentError as exc:
                cause = exc.__cause__
                if not (isinstance(cause, TwilioException) and is_content_refusal(cause)):
                    raise
                # Twilio will not send this content here: retire it, and the next attempt
                # (moments later) sends the numbered text in its place.
                if self.db is not None:
                    await self.db.run(content.retire, send.content_sid, exc.reason)
                raise TransientError(CONTENT_REFUSED) from exc
            await record(index, provider, send.content_sid)
        return options

    async def close(self) -> None:
        await self.http.close()
